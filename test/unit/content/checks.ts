// The content checks of issue 6 as plain functions (citations, plain-language grades, Spanish parity and
// readability, banned claims), so every *.test.ts applies the same rules and each rule is itself tested.
import { sources } from '../../../src/content/sources.js';
import {
  DATA_KEYS,
  collectTexts,
  fernandezHuerta,
  fleschKincaidGrade,
  gradeUnits,
  inflesz,
  meanGrade,
  szigrisztPazos,
  words,
  type GradedUnit,
  type InfleszBand,
  type TextEntry,
} from '../../helpers/readability.js';

// ---------------------------------------------------------------------------------------------
// Citations
// ---------------------------------------------------------------------------------------------

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Citation problems under `value`: a statement (an object with a `text` string and no other prose, or any
 * object with `cite`) without a cite, and cite ids that are not in sources.ts. Returns one line per problem.
 */
export function citationProblems(value: unknown, path: string): string[] {
  const problems: string[] = [];
  const known = new Set(Object.keys(sources));
  const walk = (v: unknown, p: string, depth: number): void => {
    if (depth > 30 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${p}[${i}]`, depth + 1));
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    const looksLikeStatement = typeof o.text === 'string' && keys.every((k) => k === 'text' || k === 'cite' || k === 'at');
    if ('cite' in o || looksLikeStatement) {
      const cite = o.cite;
      if (!Array.isArray(cite) || cite.length === 0) problems.push(`${p}: no source cited${typeof o.text === 'string' ? ` for "${o.text}"` : ''}`);
      else
        for (const id of cite)
          if (typeof id !== 'string' || !known.has(id)) problems.push(`${p}.cite: unknown source id ${JSON.stringify(id)}`);
    }
    for (const [k, child] of Object.entries(o)) if (k !== 'cite' && k !== 'at') walk(child, p ? `${p}.${k}` : k, depth + 1);
  };
  walk(value, path, 0);
  return problems;
}

/**
 * Statements under `value` whose cited sources lack a locator (where in the source the claim is supported),
 * or whose locators name a source the statement does not cite. One line per problem.
 */
export function locatorProblems(value: unknown, path: string): string[] {
  const problems: string[] = [];
  const walk = (v: unknown, p: string, depth: number): void => {
    if (depth > 30 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${p}[${i}]`, depth + 1));
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && Array.isArray(o.cite)) {
      const at = isObject(o.at) ? o.at : {};
      for (const id of o.cite as unknown[])
        if (typeof id === 'string' && !(typeof at[id] === 'string' && (at[id] as string).trim().length >= 8))
          problems.push(`${p}: no locator for ${id} ("${o.text.slice(0, 60)}")`);
      for (const id of Object.keys(at)) if (!(o.cite as unknown[]).includes(id)) problems.push(`${p}.at.${id}: locator for a source not cited`);
    }
    for (const [k, child] of Object.entries(o)) if (k !== 'cite' && k !== 'at') walk(child, p ? `${p}.${k}` : k, depth + 1);
  };
  walk(value, path, 0);
  return problems;
}

/** Every (statement text, source id, locator) under `value`, for the content review document. */
export function citedClaims(value: unknown, path: string): { path: string; text: string; id: string; at: string }[] {
  const out: { path: string; text: string; id: string; at: string }[] = [];
  const walk = (v: unknown, p: string, depth: number): void => {
    if (depth > 30 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${p}[${i}]`, depth + 1));
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && Array.isArray(o.cite)) {
      const at = isObject(o.at) ? o.at : {};
      for (const id of o.cite as unknown[]) if (typeof id === 'string') out.push({ path: p, text: o.text, id, at: String(at[id] ?? '') });
    }
    for (const [k, child] of Object.entries(o)) if (k !== 'cite' && k !== 'at') walk(child, p ? `${p}.${k}` : k, depth + 1);
  };
  walk(value, path, 0);
  return out;
}

/** Every source id cited anywhere under `value`. */
export function citedIds(value: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown, depth: number): void => {
    if (depth > 30 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    const cite = (v as { cite?: unknown }).cite;
    if (Array.isArray(cite)) for (const id of cite) if (typeof id === 'string') out.add(id);
    for (const child of Object.values(v)) walk(child, depth + 1);
  };
  walk(value, 0);
  return out;
}

/** Problems with one bibliography entry: required fields, plausible year, DOI or ISBN (or, failing both, a URL). */
export function sourceProblems(s: Record<string, unknown>): string[] {
  const id = String(s.id);
  const out: string[] = [];
  for (const f of ['id', 'authors', 'title', 'container'])
    if (typeof s[f] !== 'string' || !(s[f] as string).trim()) out.push(`${id}: missing ${f}`);
  if (typeof s.year !== 'number' || !Number.isInteger(s.year) || s.year < 1900 || s.year > 2026) out.push(`${id}: year ${String(s.year)} is not 1900–2026`);
  const doi = s.doi;
  const isbn = s.isbn;
  if (doi !== undefined && (typeof doi !== 'string' || !/^10\.\d{4,9}\/\S+$/.test(doi))) out.push(`${id}: DOI ${JSON.stringify(doi)} is not 10.x/...`);
  if (isbn !== undefined && !isValidIsbn(String(isbn))) out.push(`${id}: ISBN ${JSON.stringify(isbn)} has a bad check digit`);
  if (doi === undefined && isbn === undefined) {
    if (typeof s.url === 'string' && /^https:\/\//.test(s.url)) return out; // agency guides: types.ts allows a URL
    out.push(`${id}: needs a DOI or an ISBN`);
  }
  return out;
}

/** ISBN-10 or ISBN-13 with a correct check digit (hyphens ignored). */
export function isValidIsbn(isbn: string): boolean {
  const d = isbn.replace(/[-\s]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(d)) {
    const sum = [...d].reduce((n, c, i) => n + (c === 'X' ? 10 : Number(c)) * (10 - i), 0);
    return sum % 11 === 0;
  }
  if (/^\d{13}$/.test(d)) {
    const sum = [...d].reduce((n, c, i) => n + Number(c) * (i % 2 ? 3 : 1), 0);
    return sum % 10 === 0;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// English readability
// ---------------------------------------------------------------------------------------------

export const MAX_GRADE = 8;
export const TARGET_GRADE = 7;

export interface TopicGrades {
  topic: string;
  units: GradedUnit[];
  mean: number;
  max: GradedUnit | undefined;
  failing: GradedUnit[];
}

/** Grades every patient-facing English string of a topic (short strings pooled, see gradeUnits). */
export function gradeTopic(topic: string, value: unknown, path = topic): TopicGrades {
  const units = gradeUnits(collectTexts(value, path), fleschKincaidGrade);
  const max = units.reduce<GradedUnit | undefined>((m, u) => (!m || u.grade > m.grade ? u : m), undefined);
  return { topic, units, mean: meanGrade(units), max, failing: units.filter((u) => u.grade > MAX_GRADE) };
}

const fixed = (n: number, d = 1): string => (Number.isFinite(n) ? n.toFixed(d) : '–');

/** "path (grade 9.3): text" lines a writer can act on. */
export function describeFailures(units: readonly GradedUnit[], score = 'grade'): string {
  return units
    .map((u) => `  ${u.path} (${score} ${fixed(u.grade)}, ${u.words} words): ${u.text.length > 400 ? `${u.text.slice(0, 400)}…` : u.text}`)
    .join('\n');
}

/** A plain-text table of topic averages, for the console and the report. */
export function gradeTable(rows: readonly TopicGrades[]): string {
  const all = rows.flatMap((r) => r.units);
  const lines = rows.map(
    (r) =>
      `${r.topic.padEnd(26)} ${String(r.units.length).padStart(5)} ${fixed(r.mean).padStart(6)} ${fixed(r.max?.grade ?? NaN).padStart(6)} ${String(r.failing.length).padStart(5)}  ${r.max?.path ?? ''}`,
  );
  return [
    `${'topic'.padEnd(26)} ${'units'.padStart(5)} ${'mean'.padStart(6)} ${'max'.padStart(6)} ${'>8'.padStart(5)}  hardest`,
    ...lines,
    `${'ALL'.padEnd(26)} ${String(all.length).padStart(5)} ${fixed(meanGrade(all)).padStart(6)} ${fixed(Math.max(...all.map((u) => u.grade))).padStart(6)} ${String(rows.reduce((n, r) => n + r.failing.length, 0)).padStart(5)}`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Spanish: same keys as English, really translated, readable
// ---------------------------------------------------------------------------------------------

/** Keys that are data in both languages: not compared. */
const PARITY_SKIP = new Set(['id', 'ids', 'cite', 'cites', 'at', 'href', 'url', 'doi', 'isbn']);

/** Texts that may be the same in both languages (abbreviations, names, words Spanish shares). */
export const SAME_IN_BOTH = new Set(['ART', 'IASTM', 'DVT', 'TENS', 'SI', 'OK', 'Normal', 'Total', 'Local', 'Final', 'Error', 'Sacro', 'A-beta', 'A-delta', 'C']);
/** Fields where the English text may stay (proper nouns, brand names, abbreviations). */
const SAME_ALLOWED_KEYS = new Set(['technicalName', 'technical', 'aka']);

const ID_LIKE = /^[a-z][a-zA-Z0-9_-]*$/;

/** Whether `v` (the value of key `k`) holds any text to translate. */
function hasText(v: unknown, k: string): boolean {
  if (PARITY_SKIP.has(k)) return false;
  if (DATA_KEYS.has(k) && typeof v === 'string' && ID_LIKE.test(v)) return false; // region: 'trunk'
  return collectTexts(v, '', { skip: PARITY_SKIP }).length > 0;
}

// Common English words that are not Spanish words: a Spanish string containing them was left half-translated.
const ENGLISH_WORDS = /\b(the|and|your|with|you|this|that|from|when|what|which|should|may|can|pain|muscle|there|their|about|into|only|often)\b/gi;

const isStatement = (v: unknown): v is { text: string; cite?: unknown } =>
  isObject(v) && typeof v.text === 'string' && Object.keys(v).every((k) => k === 'text' || k === 'cite' || k === 'at');

/** Strings that need no translation: numbers, symbols, abbreviations in capitals, or the short allow-list. */
export function mayStayTheSame(text: string, key: string): boolean {
  const t = text.trim();
  if (SAME_IN_BOTH.has(t)) return true;
  if (!/\p{L}/u.test(t)) return true; // numbers, symbols
  if (/^[\p{Lu}\d\s&+/-]+$/u.test(t) && t.length <= 8) return true; // ART, IASTM
  if (SAME_ALLOWED_KEYS.has(key) && words(t).length <= 4 && /^\p{Lu}/u.test(t)) return true; // proper nouns
  return false;
}

/**
 * Differences between an English data tree and its Spanish counterpart: missing or extra keys, arrays of
 * other lengths, empty strings, and prose left in English. Handles the shapes content uses: a Spanish
 * string for an English Statement, a Spanish record keyed by id for an English array of `{id, …}`, and a
 * Spanish string for an English object with exactly one text field (a label).
 */
export function parityProblems(en: unknown, es: unknown, path: string, key = ''): string[] {
  const out: string[] = [];
  const compare = (a: unknown, b: unknown, p: string, k: string): void => {
    if (typeof a === 'number' || typeof a === 'boolean' || a === null || a === undefined) return; // data
    if (typeof a !== 'function' && !hasText(a, k)) return; // ids, id lists, numbers, slugs
    if (b === undefined) return void out.push(`${p}: missing in Spanish`);
    if (isStatement(a)) return compare(a.text, isStatement(b) ? b.text : b, p, k);
    if (typeof a === 'string') {
      if (typeof b !== 'string') return void out.push(`${p}: Spanish is ${typeof b}, English is a string`);
      if (!b.trim()) return void out.push(`${p}: empty in Spanish`);
      if (b.trim() === a.trim() && !mayStayTheSame(a, k)) out.push(`${p}: same as English ("${a}")`);
      else if (!SAME_ALLOWED_KEYS.has(k)) {
        const english = b.match(ENGLISH_WORDS);
        if (english) out.push(`${p}: Spanish text has English words (${english.join(', ')}): "${b}"`);
      }
      return;
    }
    if (typeof a === 'function') {
      if (typeof b !== 'function') return void out.push(`${p}: Spanish is ${typeof b}, English is a function`);
      if (b.length !== a.length) return void out.push(`${p}: Spanish takes ${b.length} arguments, English ${a.length}`);
      // Compare what both build from the same sample arguments ("Sources (3)" / "Fuentes (3)").
      const [ta, tb] = [allTexts({ f: a }, ''), allTexts({ f: b }, '')];
      if (ta.length === 1 && tb.length === 1) compare(ta[0]!.text, tb[0]!.text, `${p}(3)`, k);
      return;
    }
    if (Array.isArray(a)) {
      const byId = a.every((x) => isObject(x) && typeof x.id === 'string');
      if (Array.isArray(b)) {
        if (b.length !== a.length) out.push(`${p}: ${b.length} items in Spanish, ${a.length} in English`);
        a.forEach((x, i) => {
          if (byId && isObject(b[i]) && typeof b[i].id === 'string' && b[i].id !== (x as { id: string }).id)
            out.push(`${p}[${i}]: id ${JSON.stringify(b[i].id)} in Spanish, ${JSON.stringify((x as { id: string }).id)} in English`);
          if (i < b.length) compare(x, b[i], `${p}[${i}]`, k);
        });
        return;
      }
      if (byId && isObject(b)) {
        const ids = a.map((x) => (x as { id: string }).id);
        for (const x of a) compare(x, b[(x as { id: string }).id], `${p}.${(x as { id: string }).id}`, k);
        for (const extra of Object.keys(b)) if (!ids.includes(extra)) out.push(`${p}.${extra}: in Spanish only`);
        return;
      }
      return void out.push(`${p}: Spanish is not a list`);
    }
    if (isObject(a)) {
      const prose = Object.entries(a).filter(([kk, v]) => hasText(v, kk));
      if (typeof b === 'string' && prose.length === 1) return compare(prose[0]![1], b, `${p}.${prose[0]![0]}`, prose[0]![0]);
      if (!isObject(b)) return void out.push(`${p}: Spanish is ${Array.isArray(b) ? 'a list' : typeof b}, English is an object`);
      for (const [kk, v] of Object.entries(a)) if (!PARITY_SKIP.has(kk)) compare(v, b[kk], `${p}.${kk}`, kk);
      for (const kk of Object.keys(b)) if (!(kk in a)) out.push(`${p}.${kk}: in Spanish only`);
    }
  };
  compare(en, es, path, key);
  return out;
}

/**
 * Pairs the exports of an English content module with those of its Spanish module: `gateControl` with
 * `gateControl` or `gateControlEs`. English exports without text (id lists, types) need no partner.
 */
export function pairExports(
  en: Record<string, unknown>,
  es: Record<string, unknown>,
): { pairs: [name: string, en: unknown, es: unknown][]; unpaired: string[]; extra: string[] } {
  const pairs: [string, unknown, unknown][] = [];
  const unpaired: string[] = [];
  const used = new Set<string>();
  for (const [name, value] of Object.entries(en)) {
    if (typeof value === 'function' || collectTexts(value, '', { skip: PARITY_SKIP }).length === 0) continue;
    const esName = name in es ? name : `${name}Es` in es ? `${name}Es` : undefined;
    if (!esName) unpaired.push(name);
    else {
      used.add(esName);
      pairs.push([name, value, es[esName]]);
    }
  }
  let extra = Object.keys(es).filter((n) => !used.has(n) && typeof es[n] !== 'function');
  // One export each left over (bodyAreas ↔ bodyAreaLabels): they are the same content under another name.
  if (unpaired.length === 1 && extra.length === 1) {
    pairs.push([unpaired[0]!, en[unpaired[0]!], es[extra[0]!]]);
    unpaired.length = 0;
    extra = [];
  }
  return { pairs, unpaired, extra };
}

// Informal "tú" (and "vos") forms: the Spanish text addresses the patient as "usted".
// Letter lookarounds, not \b: \b is ASCII-only in JS, so it would find "tú" inside "túnel".
const INFORMAL = /(?<!\p{L})(t[uú]|te|ti|contigo|vos|tienes|puedes|sientes|est[aá]s|eres|quieres|debes|necesitas|haces|tuyos?|tuyas?|hazlo|p[ií]dele|pregúntale|avísale|díselo)(?!\p{L})/giu;

/** Strings that use informal "tú" forms where the house style is "usted". */
export function informalSpanish(entries: readonly TextEntry[]): { path: string; words: string[]; text: string }[] {
  return entries
    .map((e) => ({ path: e.path, words: [...e.text.matchAll(INFORMAL)].map((m) => m[0]), text: e.text }))
    .filter((h) => h.words.length > 0);
}

export interface SpanishScores {
  topic: string;
  units: GradedUnit[];
  /** Word-weighted means of the per-unit scores. */
  fernandezHuerta: number;
  szigrisztPazos: number;
  band: InfleszBand;
  /** The lowest Szigriszt-Pazos unit. */
  hardest: GradedUnit | undefined;
}

export const MIN_INFLESZ = 55; // "normal"
export const TARGET_INFLESZ = 65; // "bastante fácil"

/** Fernández-Huerta and Szigriszt-Pazos of a Spanish topic, per string (short strings pooled), averaged by words. */
export function scoreSpanish(topic: string, value: unknown, path = topic): SpanishScores {
  const entries = collectTexts(value, path);
  const sp = gradeUnits(entries, szigrisztPazos);
  const fh = gradeUnits(entries, fernandezHuerta);
  const mean = meanGrade(sp);
  const hardest = sp.reduce<GradedUnit | undefined>((m, u) => (!m || u.grade < m.grade ? u : m), undefined);
  return { topic, units: sp, fernandezHuerta: meanGrade(fh), szigrisztPazos: mean, band: inflesz(mean), hardest };
}

export function spanishTable(rows: readonly SpanishScores[]): string {
  const w = (r: SpanishScores): number => r.units.reduce((n, u) => n + u.words, 0);
  const total = rows.reduce((n, r) => n + w(r), 0);
  const avg = (f: (r: SpanishScores) => number): number => rows.reduce((s, r) => s + f(r) * w(r), 0) / total;
  const sp = avg((r) => r.szigrisztPazos);
  return [
    `${'tema'.padEnd(26)} ${'units'.padStart(5)} ${'F-Huerta'.padStart(8)} ${'Szigriszt'.padStart(9)}  INFLESZ          más difícil`,
    ...rows.map(
      (r) =>
        `${r.topic.padEnd(26)} ${String(r.units.length).padStart(5)} ${fixed(r.fernandezHuerta).padStart(8)} ${fixed(r.szigrisztPazos).padStart(9)}  ${r.band.padEnd(16)} ${r.hardest ? `${fixed(r.hardest.grade)} ${r.hardest.path}` : ''}`,
    ),
    `${'ALL'.padEnd(26)} ${String(rows.reduce((n, r) => n + r.units.length, 0)).padStart(5)} ${fixed(avg((r) => r.fernandezHuerta)).padStart(8)} ${fixed(sp).padStart(9)}  ${inflesz(sp)}`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Honest wording
// ---------------------------------------------------------------------------------------------

/** Claims the evidence does not support, in English and Spanish. */
export const BANNED_CLAIMS: readonly { name: string; re: RegExp }[] = [
  { name: 'prevents/cures/fights cancer', re: /\b(prevent\w*|cur(e|es|ed|ing)|fight\w*|beat\w*)\s+(\w+\s+){0,2}cancers?\b/i },
  { name: 'prevents/cures cancer (es)', re: /\b(previen\w*|prevenir|cura|curan|curar|combat\w*)\s+(\w+\s+){0,2}c[aá]ncer/i },
  { name: 'boosts immunity', re: /\b(boost\w*|strengthen\w*|supercharg\w*|turbocharg\w*)\s+(\w+\s+){0,2}(immun\w*|defen[cs]es)/i },
  { name: 'boosts immunity (es)', re: /\b(refuerz\w*|reforz\w*|fortalec\w*|aument\w*|estimul\w*|potenci\w*|sube|suben|subir)\s+(\w+\s+){0,3}(inmun\w*|defensas)/i },
  { name: 'detox', re: /\b(detox\w*|de-tox\w*|toxins?|toxic\s+build-?up|flush(es|ed|ing)?\b(\s+\w+){0,3}\s+(out|away|toxins?|waste))/i },
  { name: 'detox (es)', re: /\b(desintoxic\w*|detox\w*|toxinas?|depura\w*|purific\w*)/i },
  { name: 'cures', re: /\b(cures?|cured|curing|curative)\b/i },
  { name: 'cures (es)', re: /\b(cura|curan|curar\w*|curativ\w*|sana\s+(el|la|los|las|su)\b)/i },
  { name: 'guaranteed', re: /\b(guarantee\w*|garantiza\w*|garant[ií]a)\b/i },
  { name: 'miracle', re: /\b(miracle\w*|milagro\w*|magic\w*|m[aá]gic\w*)\b/i },
  { name: 'proven/100%', re: /\b(clinically\s+proven|100\s*%\s*(safe|effective)|no\s+side\s+effects|sin\s+efectos\s+secundarios|clínicamente\s+comprobad\w*)\b/i },
];

// "does not prevent cancer", "no hay cura", "no cura": an honest denial is allowed.
const NEGATION = /\b(not|no|never|cannot|can't|doesn't|don't|won't|isn't|aren't|nor|without|nunca|ni|sin|tampoco)\b[^.!?;]{0,40}$/i;

export interface ClaimHit {
  path: string;
  claim: string;
  match: string;
  text: string;
}

/** Banned claims in `entries`, ignoring ones denied just before ("Massage does not prevent cancer"). */
export function findBannedClaims(entries: readonly TextEntry[]): ClaimHit[] {
  const hits: ClaimHit[] = [];
  for (const e of entries)
    for (const { name, re } of BANNED_CLAIMS) {
      const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
      for (const m of e.text.matchAll(g)) {
        const before = e.text.slice(0, m.index);
        if (!NEGATION.test(before)) hits.push({ path: e.path, claim: name, match: m[0], text: e.text });
      }
    }
  return hits;
}

// Statements about immune function, stress hormones or protection from illness (massage claims the evidence
// does not support firmly: Rapaport 2010 is a small preliminary study; Moyer 2011 found no reliable cortisol drop).
const IMMUNE =
  /\b(immun\w*|inmun\w*|defensas|(white\s+)?blood\s+cells?|gl[oó]bulos\s+blancos|c[eé]lulas\s+de\s+la\s+sangre|linfocitos|lymphocytes?|cortisol|stress\s+hormones?|hormonas?\s+del\s+estr[eé]s|protects?\s+(you\s+)?(from|against)\s+(illness|disease|infection|colds?)|prote(ge|ja)\w*\s+(\w+\s+){0,2}(enfermedad\w*|infecci\w*|resfriados?))\b/i;
const HEDGE = /\b(may|might|could|small|smaller|slight\w*|some|few|little|limited|unclear|not clear|not sure|not known|short-term|brief\w*|puede\w*|podr\w*|pequeñ\w*|alg[uú]n\w*|poc[oa]s?|limitad\w*|no est[aá] claro|no se sabe|breve\w*|leve\w*)\b/i;

/** Strings about immune function (or the stress hormone cortisol) that state an effect without a hedge. */
export function unhedgedImmuneClaims(entries: readonly TextEntry[]): TextEntry[] {
  return immuneStatements(entries).filter((e) => !HEDGE.test(e.text) && !/\b(not|no|does not|doesn't|unclear)\b/i.test(e.text));
}

/** Strings that talk about immune function, stress hormones or protection from illness. */
export function immuneStatements(entries: readonly TextEntry[]): TextEntry[] {
  return entries.filter((e) => IMMUNE.test(e.text));
}

/** All text for the claims check: names and technical names included, only ids and links left out. */
export function allTexts(value: unknown, path: string): TextEntry[] {
  return collectTexts(value, path, { skip: PARITY_SKIP });
}
