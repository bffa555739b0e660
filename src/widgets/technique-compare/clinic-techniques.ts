// The clinic's own techniques (config "addTechniques"), added to the catalog. Imported with the config schema
// (config-schema.ts): a page without a config never downloads it.
import { TECHNIQUE_IDS } from '../../content/technique-base.js';
import type { Locale } from '../../core/locale.js';
import { clampPressure, localText, minutes, type AddClinicTechniques, type AddedTechnique, type ResolvedTechnique } from './merge-config.js';

const TEXT_KEYS = ['aka', 'feels', 'usedFor', 'after', 'evidence'] as const;

function resolveAdded(a: AddedTechnique, locale: Locale): ResolvedTechnique {
  const text = localText(a, locale);
  const out: ResolvedTechnique = {
    id: a.id,
    name: text.name ?? a.name,
    summary: text.summary ?? a.summary,
    pressure: clampPressure(a.pressure),
    worksOn: a.worksOn ?? [],
    sessionMinutes: minutes(a.sessionMinutes),
    precautions: text.precautions ?? [],
    cite: [],
    claims: [],
    clinic: true,
  };
  for (const key of TEXT_KEYS) if (text[key] !== undefined) out[key] = text[key];
  return out;
}

/** Adds each valid added technique after the built-in ones; a repeated or built-in id is a problem, skipped. */
export const addClinicTechniques: AddClinicTechniques = (catalog, added, locale) => {
  added.forEach((a, i) => {
    if (catalog.names.has(a.id)) {
      const builtInId = (TECHNIQUE_IDS as readonly string[]).includes(a.id);
      catalog.problems.push({
        what: builtInId
          ? `config.addTechniques[${i}].id "${a.id}" is already a built-in technique (change it under "techniques" instead); this entry is skipped`
          : `config.addTechniques[${i}].id "${a.id}" is used twice; the repeat is skipped`,
        valid: ['a new id, not one of: ' + catalog.ids.join(', ')],
      });
      return;
    }
    const t = resolveAdded(a, locale);
    catalog.byId.set(a.id, t);
    catalog.names.set(a.id, t.name);
    catalog.ids.push(a.id);
  });
};
