// What one page downloads of the technique content, per language: a common part (menu names, the notes,
// the precautions several techniques share, the references those cite) and one part per technique (its
// text with sources and locators, and the references only it cites). Pure functions over the content
// modules: the dev loader (parts.ts) calls them at run time, the build (scripts/technique-parts.mjs) once,
// writing each part as a file of its own.
import { TECHNIQUE_IDS, type PressureLevel, type Technique, type TechniqueId, type TechniqueNotes, type TechniqueText, type Tissue } from '../../content/technique-base.js';
import type { Statement } from '../../content/types.js';
import type { SourceLike } from '../../core/footer.js';
import type { Locale } from '../../core/locale.js';

/** A formatted reference, by id (the Sources list adds its locators); `href` only when the citation's DOI does not give it. */
export type SourceEntries = Record<string, Omit<SourceLike, 'id' | 'at'>>;

/** The link a citation ending in "doi:<doi>" gets (content/sources.ts's sourceHref). */
const doiHref = (citation: string): string | undefined => {
  const doi = / doi:(\S+)$/.exec(citation)?.[1];
  return doi && `https://doi.org/${doi}`;
};

/** One technique in one language: its statements keep the English sources and locators. */
export interface TechniquePart {
  id: TechniqueId;
  name: string;
  aka?: string;
  pressure: PressureLevel;
  worksOn: readonly Tissue[];
  sessionMinutes: readonly [number, number];
  summary: Statement;
  feels: Statement;
  usedFor: Statement;
  after: Statement;
  evidence: Statement;
  /** A statement, or the index of a precaution in the common part's `shared`. */
  precautions: readonly (Statement | number)[];
  /** References cited here and not in the common part. */
  sources: SourceEntries;
}

/** What every technique page of one language needs, whichever techniques it shows. */
export interface TechniqueCommon {
  /** The language of this text (English after a failed import of another). */
  locale: Locale;
  /** Every built-in technique's name, for the comparison's menu. */
  names: Record<TechniqueId, string>;
  /** Precautions more than one technique lists (each written once). */
  shared: readonly Statement[];
  notes: Record<keyof TechniqueNotes, Statement>;
  sources: SourceEntries;
}

/** The content modules the parts are made from (English always: it holds the sources). */
export interface TechniqueModules {
  techniques: Readonly<Record<TechniqueId, Technique>>;
  techniqueNotes: TechniqueNotes;
  techniquesEs?: Readonly<Record<TechniqueId, TechniqueText>>;
  techniqueNotesEs?: Record<keyof TechniqueNotes, string>;
}

/** Formats one reference (content/sources.ts's footerSources, passed in so this module imports no bibliography). */
export type FormatSource = (id: string) => SourceLike | undefined;

const TEXT = ['summary', 'feels', 'usedFor', 'after', 'evidence'] as const;

/** English precaution statements listed by two or more techniques, in first-use order. */
export function sharedPrecautions(techniques: TechniqueModules['techniques']): Statement[] {
  const count = new Map<Statement, number>();
  for (const id of TECHNIQUE_IDS) for (const p of techniques[id].precautions) count.set(p, (count.get(p) ?? 0) + 1);
  return [...count].filter(([, n]) => n > 1).map(([p]) => p);
}

/** A statement in `locale`: the translated words with the English statement's sources and locators. */
const say = (en: Statement, text: string): Statement => ({ text, cite: en.cite, at: en.at });

function entries(statements: readonly Statement[], format: FormatSource, skip: SourceEntries = {}): SourceEntries {
  const out: SourceEntries = {};
  for (const st of statements) {
    for (const id of st.cite) {
      if (id in skip || id in out) continue;
      const s = format(id);
      if (!s) throw new Error(`technique parts: no reference "${id}" in content/sources.ts`);
      out[id] = s.href && s.href !== doiHref(s.citation) ? { citation: s.citation, href: s.href } : { citation: s.citation };
    }
  }
  return out;
}

function translation(locale: Locale, m: TechniqueModules): { techniques: Readonly<Record<TechniqueId, TechniqueText>>; notes: Record<keyof TechniqueNotes, string> } | undefined {
  if (locale === 'en') return undefined;
  if (!m.techniquesEs || !m.techniqueNotesEs) throw new Error(`technique parts: no ${locale} text given`);
  return { techniques: m.techniquesEs, notes: m.techniqueNotesEs };
}

export function commonPart(locale: Locale, m: TechniqueModules, format: FormatSource): TechniqueCommon {
  const tr = translation(locale, m);
  const sharedEn = sharedPrecautions(m.techniques);
  const shared = sharedEn.map((p) => {
    if (!tr) return p;
    // The same English precaution must read the same in every technique's translation.
    const texts = new Set(TECHNIQUE_IDS.flatMap((id) => m.techniques[id].precautions.flatMap((q, i) => (q === p ? [tr.techniques[id].precautions[i]] : []))));
    if (texts.size !== 1) throw new Error(`technique parts: the shared precaution "${p.text.slice(0, 40)}…" has ${texts.size} ${locale} translations`);
    return say(p, [...texts][0]!);
  });
  const notes = {
    precautions: tr ? say(m.techniqueNotes.precautions, tr.notes.precautions) : m.techniqueNotes.precautions,
    myth: tr ? say(m.techniqueNotes.myth, tr.notes.myth) : m.techniqueNotes.myth,
  };
  const names = Object.fromEntries(TECHNIQUE_IDS.map((id) => [id, tr ? tr.techniques[id].name : m.techniques[id].name])) as Record<TechniqueId, string>;
  return { locale, names, shared, notes, sources: entries([...shared, notes.precautions, notes.myth], format) };
}

export function techniquePart(locale: Locale, id: TechniqueId, m: TechniqueModules, format: FormatSource, common: TechniqueCommon): TechniquePart {
  const t = m.techniques[id];
  const tr = translation(locale, m)?.techniques[id];
  const sharedEn = sharedPrecautions(m.techniques);
  const text = (key: (typeof TEXT)[number]): Statement => (tr ? say(t[key], tr[key]) : t[key]);
  const precautions = t.precautions.map((p, i) => {
    const k = sharedEn.indexOf(p);
    return k >= 0 ? k : tr ? say(p, tr.precautions[i]!) : p;
  });
  const aka = tr ? tr.aka : t.aka;
  const own = [...TEXT.map((k) => t[k]), ...t.precautions.filter((p) => !sharedEn.includes(p))];
  return {
    id,
    name: tr ? tr.name : t.name,
    ...(aka === undefined ? {} : { aka }),
    pressure: t.pressure,
    worksOn: t.worksOn,
    sessionMinutes: t.sessionMinutes,
    summary: text('summary'),
    feels: text('feels'),
    usedFor: text('usedFor'),
    after: text('after'),
    evidence: text('evidence'),
    precautions,
    sources: entries(own, format, common.sources),
  };
}

/**
 * The Sources list for these statements: each reference once, in first-cited order, with where in it each
 * claim is supported (as content/sources.ts's footerSources, over the references the loaded parts brought).
 */
export function sourceList(statements: Iterable<Statement>, known: SourceEntries): SourceLike[] {
  const out = new Map<string, SourceLike & { at: string[] }>();
  for (const st of statements) {
    for (const id of st.cite) {
      const s = known[id];
      if (!s) continue;
      let entry = out.get(id);
      if (!entry) out.set(id, (entry = { id, citation: s.citation, href: s.href ?? doiHref(s.citation), at: [] }));
      const at = st.at?.[id];
      if (at && !entry.at.includes(at)) entry.at.push(at);
    }
  }
  return [...out.values()];
}
