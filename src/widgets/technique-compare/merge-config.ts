// Pure helpers (no DOM): merge built-in technique content, its Spanish text and a clinic's JSON config
// into the list the elements render, and parse the `techniques` attribute.
import type { Statement } from '../../content/types.js';
import { TECHNIQUE_IDS, type Pressure, type PressureLevel, type Technique, type TechniqueId, type TechniqueText, type Tissue } from '../../content/techniques.js';
import type { SourceId } from '../../content/types.js';
import type { Locale } from '../../core/locale.js';
import type { FieldKey } from './fields.js';

type TextKey = 'name' | 'aka' | 'summary' | 'feels' | 'usedFor' | 'after' | 'evidence';

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
  byId: Map<string, ResolvedTechnique>;
  /** Problems the schema cannot see (e.g. an added id that is already built in), for warn(). */
  problems: { what: string; valid: string[] }[];
}

const TEXT_KEYS: readonly TextKey[] = ['name', 'aka', 'summary', 'feels', 'usedFor', 'after', 'evidence'];

function minutes(value: readonly number[] | undefined): readonly [number, number] | undefined {
  if (!value || value.length === 0) return undefined;
  const a = value[0];
  const b = value[1] ?? a;
  return [Math.min(a, b), Math.max(a, b)];
}

function clampPressure(n: number): Pressure {
  return Math.min(5, Math.max(1, Math.round(n))) as Pressure;
}

/** Clinic text for the locale: Spanish fields win in 'es', the plain fields apply everywhere. */
function localText(o: TechniqueOverride | undefined, locale: Locale): TextOverride {
  if (!o) return {};
  return locale === 'es' && o.es ? { ...o, ...o.es } : o;
}

function resolveBuiltIn(t: Technique, es: TechniqueText | undefined, o: TechniqueOverride | undefined, locale: Locale): ResolvedTechnique {
  const text: TechniqueText =
    locale === 'es' && es
      ? es
      : { name: t.name, aka: t.aka, summary: t.summary.text, feels: t.feels.text, usedFor: t.usedFor.text, after: t.after.text, precautions: t.precautions.map((p) => p.text), evidence: t.evidence.text };
  const clinic = localText(o, locale);
  const claims: Statement[] = [];
  for (const key of ['summary', 'feels', 'usedFor', 'after', 'evidence'] as const) {
    if (clinic[key] === undefined) claims.push(t[key]);
  }
  if (!clinic.precautions) claims.push(...t.precautions);
  const cite = new Set<SourceId>(claims.flatMap((c) => c.cite));
  const pick = (key: TextKey): string | undefined => clinic[key] ?? text[key];
  return {
    id: t.id,
    name: pick('name') ?? t.name,
    aka: pick('aka'),
    summary: pick('summary') ?? '',
    feels: pick('feels'),
    pressure: o?.pressure !== undefined ? clampPressure(o.pressure) : t.pressure,
    worksOn: o?.worksOn ?? t.worksOn,
    usedFor: pick('usedFor'),
    sessionMinutes: minutes(o?.sessionMinutes) ?? t.sessionMinutes,
    after: pick('after'),
    precautions: clinic.precautions ?? text.precautions,
    evidence: pick('evidence'),
    cite: [...cite],
    claims,
    clinic: false,
  };
}

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
  for (const key of TEXT_KEYS) if (key !== 'name' && key !== 'summary' && text[key] !== undefined) out[key] = text[key];
  return out;
}

/** Built-in content (+ Spanish text when `es` is given and the locale is 'es') merged with the clinic config. */
export function buildCatalog(
  builtIn: Readonly<Record<TechniqueId, Technique>>,
  es: Readonly<Record<TechniqueId, TechniqueText>> | undefined,
  locale: Locale,
  config: TechniqueConfig | undefined,
): Catalog {
  const byId = new Map<string, ResolvedTechnique>();
  const problems: Catalog['problems'] = [];
  for (const id of TECHNIQUE_IDS) byId.set(id, resolveBuiltIn(builtIn[id], es?.[id], config?.techniques?.[id], locale));
  const ids: string[] = [...TECHNIQUE_IDS];
  (config?.addTechniques ?? []).forEach((a, i) => {
    if (byId.has(a.id)) {
      const builtInId = (TECHNIQUE_IDS as readonly string[]).includes(a.id);
      problems.push({
        what: builtInId
          ? `config.addTechniques[${i}].id "${a.id}" is already a built-in technique (change it under "techniques" instead); this entry is skipped`
          : `config.addTechniques[${i}].id "${a.id}" is used twice; the repeat is skipped`,
        valid: ['a new id, not one of: ' + ids.join(', ')],
      });
      return;
    }
    byId.set(a.id, resolveAdded(a, locale));
    ids.push(a.id);
  });
  return { ids, byId, problems };
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

/** Distinct sources cited by the techniques shown, in first-use order. */
export function citedSources(shown: readonly ResolvedTechnique[]): SourceId[] {
  const out: SourceId[] = [];
  for (const t of shown) for (const c of t.cite) if (!out.includes(c)) out.push(c);
  return out;
}

/** The built-in statements of the techniques shown (they carry the locators the "Sources" list shows). */
export function citedClaims(shown: readonly ResolvedTechnique[]): Statement[] {
  return shown.flatMap((t) => t.claims);
}
