// How the technique widgets get their text: one language's common part (UI words, menu names, notes, shared
// precautions) with the parts of the techniques an element first shows, then one technique's part at a time
// (part-data.ts). In tests and dev this module imports the whole content and cuts the parts at run time; the
// build (scripts/technique-parts.mjs) replaces it with imports of files that hold only those parts and the
// references they cite, so a card page downloads its own technique and a Spanish page no English text.
import type { TechniqueId } from '../../content/technique-base.js';
import type { Locale } from '../../core/locale.js';
import { commonPart, techniquePart, type FormatSource, type TechniqueCommon, type TechniqueModules, type TechniquePart } from './part-data.js';
import type { TechniqueStrings } from './strings.js';

/** One language's common part with its UI words. */
export type TechniqueLocale = TechniqueCommon & { strings: TechniqueStrings };

async function modules(locale: Locale): Promise<{ m: TechniqueModules; format: FormatSource }> {
  const [en, es, bibliography] = await Promise.all([
    import('../../content/techniques.js'),
    locale === 'es' ? import('../../content/es/techniques.js') : undefined,
    import('./sources.js'),
  ]);
  return { m: { ...en, ...es }, format: (id) => bibliography.footerSources([id])[0] };
}

/** The common part and the parts of `ids` (the build's files hold the comparison's defaults, or one technique). */
export async function loadText(locale: Locale, ids: readonly TechniqueId[]): Promise<{ common: TechniqueLocale; parts: TechniquePart[] }> {
  const [{ m, format }, { strings }] = await Promise.all([modules(locale), locale === 'es' ? import('./strings-es.js') : import('./strings-en.js')]);
  const common = commonPart(locale, m, format);
  return { common: { ...common, strings }, parts: ids.map((id) => techniquePart(locale, id, m, format, common)) };
}

export async function loadPart(locale: Locale, id: TechniqueId): Promise<TechniquePart> {
  const { m, format } = await modules(locale);
  return techniquePart(locale, id, m, format, commonPart(locale, m, format));
}
