// Numbers and ranges formatted with Intl for the active locale.
import type { Locale } from './locale.js';

const cache = new Map<string, Intl.NumberFormat>();

function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
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
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
