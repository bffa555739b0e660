// Numbers, ranges and lists formatted with Intl for the active locale. Spanish defaults to es-US, the way
// Spanish readers of US and Latin American clinics write numbers (0.5, 12,345); a regional tag written
// on the page (lang="es-ES", "es-MX", "en-GB") is passed through to Intl as written.
import type { Locale } from './locale.js';

/** The region used when the page names only the language. */
const DEFAULT_REGION: Readonly<Record<string, string>> = { es: 'es-US' };

const canonical = (tag: string): string | undefined => {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined; // not a valid BCP 47 tag
  }
};

/**
 * The tag to hand to Intl: `requested` (the page's own `lang`) when it is a regional form of `locale`
 * ('es-MX' for 'es'), else `locale` itself when it already has a region, else the default region
 * ('es' → 'es-US'). `locale` may be a shipped locale or a full tag.
 */
export function intlTag(locale: Locale | string, requested = ''): string {
  const primary = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  const req = requested && /[-_]/.test(requested) && requested.toLowerCase().split(/[-_]/)[0] === primary ? canonical(requested) : undefined;
  if (req) return req;
  if (/[-_]/.test(locale)) return canonical(locale) ?? DEFAULT_REGION[primary] ?? primary;
  return DEFAULT_REGION[primary] ?? locale;
}

const cache = new Map<string, Intl.NumberFormat>();

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = intlTag(locale);
  const key = `${tag}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(tag, options)));
  return f;
}

export function formatNumber(locale: Locale | string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return nf(locale, options).format(value);
}

/** "30–60 minutes" / "30–60 minutos", with the unit spelled out in the locale's words. */
export function formatRange(
  locale: Locale | string,
  min: number,
  max: number,
  unit?: 'minute' | 'second' | 'day' | 'week' | 'hour',
): string {
  const f = nf(locale, unit ? { style: 'unit', unit, unitDisplay: 'long' } : {});
  if (min === max) return f.format(min);
  const fr = f as Intl.NumberFormat & { formatRange?: (a: number, b: number) => string };
  return fr.formatRange ? fr.formatRange(min, max) : `${f.format(min)}–${f.format(max)}`;
}

export function formatPercent(locale: Locale | string, value0to100: number): string {
  return nf(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value0to100 / 100);
}

/** "a, b and c" / "a, b y c". */
export function formatList(locale: Locale | string, items: readonly string[]): string {
  return new Intl.ListFormat(intlTag(locale), { style: 'long', type: 'conjunction' }).format(items);
}
