// Pure helpers (no DOM): merge the loaded technique parts (in the page's language) and a clinic's JSON config
// into the list the elements render, and parse the `techniques` attribute.
import type { Statement } from '../../content/types.js';
import { TECHNIQUE_IDS, type Pressure, type PressureLevel, type TechniqueId, type Tissue } from '../../content/technique-base.js';
import type { SourceId } from '../../content/types.js';
import type { Locale } from '../../core/locale.js';
import type { FieldKey } from './fields.js';
import type { TechniqueCommon, TechniquePart } from './part-data.js';

export interface TextOverride {
  name?: string;
  aka?: string;
  summary?: string;
  feels?: string;
  usedFor?: string;
  after?: string;
  evidence?: string;
  precautions?: string[];
}

export interface TechniqueOverride extends TextOverride {
  pressure?: number;
  worksOn?: Tissue[];
  sessionMinutes?: number[];
  es?: TextOverride;
}

export interface AddedTechnique extends TechniqueOverride {
  id: string;
  name: string;
  summary: string;
  pressure: number;
}

/** The clinic config after schema validation (only valid parts remain). */
export interface TechniqueConfig {
  disclaimer?: string;
  hideFields?: FieldKey[];
  techniques?: Partial<Record<TechniqueId, TechniqueOverride>>;
  addTechniques?: AddedTechnique[];
}

/** One technique, ready to render in the active locale. Missing text means "not given". */
export interface ResolvedTechnique {
  id: string;
  name: string;
  aka?: string;
  summary: string;
  feels?: string;
  /** 'none' for dry needling (not a pressure treatment); clinic values are always 1–5. */
  pressure: PressureLevel;
  worksOn: readonly Tissue[];
  usedFor?: string;
  sessionMinutes?: readonly [number, number];
  after?: string;
  precautions: readonly string[];
  evidence?: string;
  /** Sources behind the built-in text still shown (clinic-rewritten fields cite nothing of ours). */
  cite: readonly SourceId[];
  /** The built-in statements still shown, with their locators, for the "Sources" list. */
  claims: readonly Statement[];
  /** True for a technique the clinic added. */
  clinic: boolean;
}

export interface Catalog {
  /** Ids in menu order: built-in first, then the clinic's. */
  ids: string[];
  /** Every technique's name (the clinic's, where it renamed one), loaded or not: for the menu. */
  names: Map<string, string>;
  /** The techniques whose text is here (built-in ones once their part is loaded; the clinic's always). */
  byId: Map<string, ResolvedTechnique>;
  /** Problems the schema cannot see (e.g. an added id that is already built in), for warn(). */
  problems: { what: string; valid: string[] }[];
}

export function minutes(value: readonly number[] | undefined): readonly [number, number] | undefined {
  if (!value || value.length === 0) return undefined;
  const a = value[0];
  const b = value[1] ?? a;
  return [Math.min(a, b), Math.max(a, b)];
}

export function clampPressure(n: number): Pressure {
  return Math.min(5, Math.max(1, Math.round(n))) as Pressure;
}

/** Clinic text for the locale: Spanish fields win in 'es', the plain fields apply everywhere. */
export function localText(o: TechniqueOverride | undefined, locale: Locale): TextOverride {
  if (!o) return {};
  return locale === 'es' && o.es ? { ...o, ...o.es } : o;
}

function resolveBuiltIn(t: TechniquePart, shared: readonly Statement[], o: TechniqueOverride | undefined, locale: Locale): ResolvedTechnique {
  const clinic = localText(o, locale);
  const precautions = t.precautions.map((p) => (typeof p === 'number' ? shared[p]! : p));
  const claims: Statement[] = [];
  for (const key of ['summary', 'feels', 'usedFor', 'after', 'evidence'] as const) {
    if (clinic[key] === undefined) claims.push(t[key]);
  }
  if (!clinic.precautions) claims.push(...precautions);
  const cite = new Set<SourceId>(claims.flatMap((c) => c.cite));
  return {
    id: t.id,
    name: clinic.name ?? t.name,
    aka: clinic.aka ?? t.aka,
    summary: clinic.summary ?? t.summary.text,
    feels: clinic.feels ?? t.feels.text,
    pressure: o?.pressure !== undefined ? clampPressure(o.pressure) : t.pressure,
    worksOn: o?.worksOn ?? t.worksOn,
    usedFor: clinic.usedFor ?? t.usedFor.text,
    sessionMinutes: minutes(o?.sessionMinutes) ?? t.sessionMinutes,
    after: clinic.after ?? t.after.text,
    precautions: clinic.precautions ?? precautions.map((p) => p.text),
    evidence: clinic.evidence ?? t.evidence.text,
    cite: [...cite],
    claims,
    clinic: false,
  };
}

/**
 * Adds the clinic's own techniques to a catalog (clinic-techniques.ts: imported with the config schema, as
 * only a page with a config has them).
 */
export type AddClinicTechniques = (catalog: Catalog, added: readonly AddedTechnique[], locale: Locale) => void;

/**
 * The built-in techniques whose parts are loaded (in the common part's language) and, with `addClinic`, the
 * clinic's own ones, merged with the clinic config; every built-in technique's name for the menu, loaded or not.
 */
export function buildCatalog(
  common: Pick<TechniqueCommon, 'names' | 'shared'>,
  parts: ReadonlyMap<string, TechniquePart>,
  locale: Locale,
  config: TechniqueConfig | undefined,
  addClinic?: AddClinicTechniques,
): Catalog {
  const byId = new Map<string, ResolvedTechnique>();
  const names = new Map<string, string>();
  for (const id of TECHNIQUE_IDS) {
    const override = config?.techniques?.[id];
    names.set(id, localText(override, locale).name ?? common.names[id]);
    const part = parts.get(id);
    if (part) byId.set(id, resolveBuiltIn(part, common.shared, override, locale));
  }
  const catalog: Catalog = { ids: [...TECHNIQUE_IDS], names, byId, problems: [] };
  if (config?.addTechniques && addClinic) addClinic(catalog, config.addTechniques, locale);
  return catalog;
}

/** The built-in ids among `ids` (the ones that have a part to load). */
export function builtInIds(ids: readonly string[]): TechniqueId[] {
  return ids.filter((id): id is TechniqueId => (TECHNIQUE_IDS as readonly string[]).includes(id));
}

/** "a, b ,A" → ['a', 'b']: trimmed, lower-case, each once, in order. Commas or spaces separate ids. */
export function parseIdList(value: string | null | undefined): string[] {
  if (!value) return [];
  const out: string[] = [];
  for (const raw of value.split(/[\s,]+/)) {
    const id = raw.trim().toLowerCase();
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

export interface Picked {
  ids: string[];
  unknown: string[];
  /** Known ids beyond `max`, left out. */
  dropped: string[];
}

/** Splits requested ids into those the catalog knows (at most `max`), unknown ones and extras. */
export function pickIds(requested: readonly string[], known: readonly string[], max: number): Picked {
  const unknown = requested.filter((id) => !known.includes(id));
  const valid = requested.filter((id) => known.includes(id));
  return { ids: valid.slice(0, max), unknown, dropped: valid.slice(max) };
}

/** The built-in statements of the techniques shown (they carry the locators the "Sources" list shows). */
export function citedClaims(shown: readonly ResolvedTechnique[]): Statement[] {
  return shown.flatMap((t) => t.claims);
}
