// Readability scores for patient-facing text: Flesch–Kincaid grade (English), Fernández-Huerta and
// Szigriszt-Pazos/INFLESZ (Spanish), plus a walker that finds the patient-facing strings in content data.
// Pure TypeScript, no DOM: content writers can call it from any test.

// ---------------------------------------------------------------------------------------------
// Tokenising (shared by both languages)
// ---------------------------------------------------------------------------------------------

// Abbreviations whose full stop does not end a sentence ("e.g. heat", "Dr. Travell").
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|St|approx|fig|p\.ej|aprox|Sr|Sra|Dra|pág)\./giu;

/** Words: letter sequences (with inner apostrophes: "don't"); a number such as "30–60" or "1.5" is one short word. */
const WORD = /\p{L}+(?:['’]\p{L}+)*|\d+(?:[.,:–—-]\d+)*/gu;

/** Every word of `text`, in order. */
export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

const isNumber = (w: string): boolean => /^\d/.test(w);

/**
 * Sentences of `text`. A sentence ends at . ! ? ; : … or a line break / bullet (•, ·, or "-", "*" at the
 * start of a line). Decimal points and common abbreviations do not end sentences. A string without any of
 * these marks (a label, a heading) is one sentence. Pieces without words are dropped.
 */
export function sentences(text: string): string[] {
  const protectedText = text
    .replace(ABBREVIATIONS, (m) => m.replace(/\./g, '\uE000'))
    .replace(/(\d)[.,:](\d)/g, '$1\uE000$2');
  return protectedText
    .split(/[.!?;:…]+(?=\s|$|["'”’)\]])|[\r\n]+\s*(?:[-*•·]\s+)?|\s[•·]\s/u)
    .map((s) => s.replace(/\uE000/g, '.').trim())
    .filter((s) => words(s).length > 0);
}

// ---------------------------------------------------------------------------------------------
// English syllables
// ---------------------------------------------------------------------------------------------

// Words the rules below get wrong, with their dictionary counts (Merriam-Webster / CMU).
const EN_EXCEPTIONS: Record<string, number> = {
  people: 2, create: 2, created: 3, creates: 2, creating: 3, area: 3, areas: 3, idea: 3, ideas: 3, ideal: 3,
  really: 2, real: 1, maybe: 2, recipe: 3, science: 2, quiet: 2, society: 4, anyone: 3, business: 2,
  every: 2, everything: 3, everyday: 3, everywhere: 3, evening: 2, poem: 2, react: 2, reaction: 3,
  reactions: 3, reality: 4, being: 2, ocean: 2, naive: 2, haven: 2, havent: 2, doesnt: 2, simile: 3,
  forearm: 2, forearms: 2, forehead: 2, eyebrow: 2, eyebrows: 2, whereas: 2, however: 3, hour: 1,
  hours: 1, fire: 1, tired: 1, entire: 2, wire: 1, our: 1, ours: 1, sacrum: 2, temple: 2, variable: 4,
  preliminary: 5, theatre: 3, aerobic: 3, cooperate: 4, coordinate: 4, coordination: 5,
  pre: 1, reenter: 3, orient: 3, lion: 2, diet: 2, quite: 1, guide: 1, guides: 1, guided: 2, juice: 1,
  fluid: 2, fluids: 2, ruin: 2, hue: 1, cue: 1, cues: 1, due: 1, sue: 1, eye: 1, eyes: 1, bye: 1,
  goodbye: 2, done: 1, gone: 1, none: 1, one: 1, once: 1, someone: 2, everyone: 3, whose: 1,
  move: 1, moved: 1, moves: 1, lose: 1, loses: 2, give: 1, gives: 1, live: 1, lives: 1, love: 1,
  above: 2, come: 1, comes: 1, some: 1, have: 1, were: 1, there: 1, where: 1, here: 1, more: 1,
  recognize: 3, tissue: 2, tissues: 2, issue: 2, issues: 2, value: 2, values: 2, continue: 3,
  avenue: 3, rescue: 2, argue: 2, statue: 2, rhythm: 2, rhythms: 2, wherever: 3, placenta: 3, heredity: 4,
};

// First halves of compounds that end in a silent e ("sometimes", "therefore", "lifestyle").
const SILENT_E_HEADS = [
  'some', 'time', 'life', 'home', 'where', 'there', 'here', 'care', 'more', 'whole', 'base', 'side', 'like',
  'wide', 'safe', 'sure', 'shape', 'house', 'name', 'line', 'place', 'face', 'note', 'case', 'bone',
  'store', 'wise', 'ware', 'none', 'else', 'use', 'make', 'take', 'state',
];

const EN_VOWEL_GROUP = /[aeiouy]+/g;

function countSimpleEn(w: string): number {
  if (w in EN_EXCEPTIONS) return EN_EXCEPTIONS[w]!;
  if (w.length <= 3) return 1;
  let word = w;
  let extra = 0;

  // Compounds with a silent e inside: count each half.
  for (const head of SILENT_E_HEADS) {
    const rest = word.slice(head.length);
    if (word.startsWith(head) && rest.length >= 3 && /[aeiouy]/.test(rest) && !/^(s|d|r|ly|n|st|rs)$/.test(rest)) {
      if (/^(ment|ful|ly|less|ness)/.test(rest) || head.length >= 4) return countSimpleEn(head) + countSimpleEn(rest);
    }
  }

  // A silent e before a suffix: "move-ment", "safe-ly", "care-ful", "sore-ness".
  const suffixed = /^(.*[aeiouy][^aeiouy])e(ments?|ly|ful|fully|ness|less|ty)$/.exec(word);
  if (suffixed && suffixed[1]!.length >= 3) return countSimpleEn(suffixed[1]!) + countSimpleEn(suffixed[2]!);

  // Consonant + le/les/led is its own syllable: ta-ble, mus-cles, set-tled.
  if (/[^aeiouylr]l(e|es|ed)$/.test(word) && /[aeiouy]/.test(word.replace(/l(e|es|ed)$/, ''))) {
    word = word.replace(/l(e|es|ed)$/, '');
    extra += 1;
  } else if (/ed$/.test(word) && !/[td]ed$/.test(word) && /[aeiouy]/.test(word.slice(0, -2))) {
    // -ed is silent except after t or d (help-ed, want-ed).
    word = word.slice(0, -2);
  } else if (/es$/.test(word) && !/([sxz]|ch|sh|[cg])es$/.test(word) && /[aeiouy]/.test(word.slice(0, -2))) {
    // -es is silent except after a hissing sound (box-es, chang-es, plac-es).
    word = word.slice(0, -2);
  } else if (/[^e]e$/.test(word) && /[aeiouy]/.test(word.slice(0, -1))) {
    // Silent final e (make, there), but not -ee (free).
    word = word.slice(0, -1);
  }

  // y between vowels is a consonant (play-er); at the start too (you, year).
  // The u of qu is a consonant sound (tech-nique, e-qual).
  const marked = word.replace(/^y/, 'j').replace(/([aeiou])y(?=[aeiou])/g, '$1j').replace(/qu/g, 'qw');
  let count = (marked.match(EN_VOWEL_GROUP) ?? []).length;

  // Adjacent vowels that are two syllables.
  const splits = [
    /[^ctsgx]i(?:a|o(?!u|ns?$))/g, // me-di-a, ra-di-o, di-ag-no-sis (not so-cial, na-tion, re-gion, mil-lion)
    /[^ctsgx]iou/g, // se-ri-ous, pre-vi-ous (not an-xious, pre-cious)
    /[^aeiou]eo(?![nu])/g, // vi-de-o, the-o-ry (not pi-geon, gor-geous)
    /[^aeiougq]ua/g, // u-su-al, ac-tu-al, grad-u-al (not lan-guage, e-qual)
    /[^aeiougq]ue[nlt]/g, // in-flu-ence, flu-ent, cru-el
    /[^ctsaeiou]ie(?:n[ct]|t)/g, // cli-ent, ex-pe-ri-ence, di-et (not pa-tient, an-cient)
    /[^aeiou]i(?:er|est)$/g, // eas-i-er, hap-pi-est
    /[^aeiou]ism$/g, // mech-a-nism
    /[aeiouy]ings?$/g, // do-ing, be-ing, try-ing
    /[^aeiou]i(?:us|um)$/g, // ra-di-us, tra-pe-zi-us
    /[^aeiou]eu[ms]$/g, // glu-te-us, mu-se-um
    /[^aeiou]yo/g, // my-o-fas-cial, em-bry-o
  ];
  for (const re of splits) count += (marked.match(re) ?? []).length;
  return Math.max(1, count + extra);
}

/**
 * English syllables in one word, by rule: vowel groups, silent final e, -le, -ed, -es, a list of
 * split vowel pairs and a short exception list. It matches the dictionary on the ~120 words of
 * test/unit/content/readability.test.ts (chosen to exercise each rule and our most common words); rare
 * words may be off by one, which moves a grade far less than the formula's own error.
 */
export function countSyllablesEn(word: string): number {
  if (isNumber(word)) return 1;
  const w = word.toLowerCase().replace(/’/g, "'").replace(/[^a-z']/g, '');
  if (!w) return 0;
  const apostrophe = w.indexOf("'");
  if (apostrophe > 0) {
    const base = w.slice(0, apostrophe);
    const tail = w.slice(apostrophe + 1);
    // "did-n't", "is-n't" add a syllable; "don't", "can't", "it's", "you're" do not.
    if (tail === 't' && base.endsWith('n')) {
      const stem = base.slice(0, -1);
      return countSimpleEn(stem) + (/[^aeiouy]$/.test(stem) || stem === 'have' ? 1 : 0);
    }
    return countSimpleEn(base);
  }
  return countSimpleEn(w);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

function stats(text: string, syllables: (w: string) => number): TextStats {
  const ws = words(text);
  return {
    words: ws.length,
    sentences: Math.max(1, sentences(text).length),
    syllables: ws.reduce((n, w) => n + syllables(w), 0),
  };
}

export const statsEn = (text: string): TextStats => stats(text, countSyllablesEn);

/** Flesch–Kincaid grade level: 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59. NaN for no words. */
export function fleschKincaidGrade(text: string): number {
  return gradeOf(statsEn(text));
}

export function gradeOf(s: TextStats): number {
  if (!s.words) return Number.NaN;
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

/** Flesch Reading Ease (English; higher is easier). Reported only. */
export function fleschReadingEase(text: string): number {
  const s = statsEn(text);
  if (!s.words) return Number.NaN;
  return 206.835 - 1.015 * (s.words / s.sentences) - 84.6 * (s.syllables / s.words);
}

// ---------------------------------------------------------------------------------------------
// Spanish syllables
// ---------------------------------------------------------------------------------------------

// Vowels that form a syllable nucleus on their own: a e o, and í ú (an accent on a weak vowel breaks the diphthong).
const ES_STRONG = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú', 'à', 'è', 'ò']);
const ES_WEAK = new Set(['i', 'u', 'ü', 'ï']);

/**
 * Spanish syllables in one word: one per vowel nucleus. Weak vowels (i, u, ü) joined to a strong vowel
 * or to each other make one nucleus (diphthong, triphthong: cien, ciu-dad, buey); two strong vowels, or a
 * weak vowel with a written accent (í, ú), are a hiatus (le-er, pa-ís, ba-úl). Silent u in que/qui/gue/gui,
 * h between vowels does not split them (ahu-ma-do), y is a vowel only at the end after a vowel (hoy, muy)
 * or alone (y).
 */
export function countSyllablesEs(word: string): number {
  if (isNumber(word)) return 1;
  const w = word.toLowerCase().replace(/[^a-záéíóúüñïàèò]/g, '');
  if (!w) return 0;
  if (w === 'y') return 1;
  // Letters as vowel classes: S strong, W weak, C consonant, H transparent h.
  const classes: string[] = [];
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    const prev = w[i - 1];
    const next = w[i + 1];
    if (c === 'u' && (prev === 'q' || (prev === 'g' && (next === 'e' || next === 'i' || next === 'é' || next === 'í')))) {
      classes.push('C'); // silent u: que, qui, guerra, guitarra
    } else if (ES_STRONG.has(c)) classes.push('S');
    else if (ES_WEAK.has(c)) classes.push('W');
    else if (c === 'y' && i === w.length - 1 && i > 0 && (ES_STRONG.has(prev!) || ES_WEAK.has(prev!))) classes.push('W');
    else if (c === 'h' && i > 0 && next !== undefined) classes.push('H');
    else classes.push('C');
  }
  let count = 0;
  let prevVowel: string | null = null; // class of the previous vowel in the current vowel run
  let prevLetter: string | null = null;
  for (let i = 0; i < classes.length; i++) {
    const k = classes[i]!;
    if (k === 'H') continue; // keep the run going across h
    if (k === 'C') {
      prevVowel = null;
      prevLetter = null;
      continue;
    }
    const letter = w[i]!;
    if (prevVowel === null) count += 1;
    else if (prevVowel === 'S' && k === 'S') count += 1; // hiatus: le-er, pa-ís, ba-úl
    else if (prevVowel === 'W' && k === 'W' && prevLetter === letter) count += 1; // chi-i-ta
    prevVowel = k;
    prevLetter = letter;
  }
  return Math.max(1, count);
}

export const statsEs = (text: string): TextStats => stats(text, countSyllablesEs);

/**
 * Fernández-Huerta (1959) lecturabilidad: 206.84 − 0.60·P − 1.02·F, P = syllables per 100 words.
 * F is used here as words per sentence, the reading every software implementation (e.g. textstat) uses
 * and the one that makes the formula a Flesch adaptation (Flesch's term is 1.015·words/sentence; Law 2011
 * showed the "sentences per 100 words" wording of the original paper makes longer sentences score easier).
 * For 10-word sentences both readings give the same number. Higher is easier; 60–70 "normal".
 */
export function fernandezHuerta(text: string): number {
  const s = statsEs(text);
  if (!s.words) return Number.NaN;
  const P = (100 * s.syllables) / s.words;
  const F = s.words / s.sentences;
  return 206.84 - 0.6 * P - 1.02 * F;
}

/** Szigriszt-Pazos perspicuity (1993): 206.835 − 62.3·(syllables/words) − (words/sentences). Higher is easier. */
export function szigrisztPazos(text: string): number {
  const s = statsEs(text);
  if (!s.words) return Number.NaN;
  return 206.835 - 62.3 * (s.syllables / s.words) - s.words / s.sentences;
}

export type InfleszBand = 'muy difícil' | 'algo difícil' | 'normal' | 'bastante fácil' | 'muy fácil';

/** INFLESZ band of a Szigriszt-Pazos score (Barrio-Cantalejo et al. 2008): <40, 40–55, 55–65, 65–80, >80. */
export function inflesz(score: number): InfleszBand {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

// ---------------------------------------------------------------------------------------------
// Finding patient-facing text in content data
// ---------------------------------------------------------------------------------------------

/**
 * Keys never read as patient prose: identifiers, citations, links, and names. `technicalName` and
 * `technical` are proper nouns or textbook terms ("Upper trapezius", "A-beta fibre") shown next to a plain
 * name; their long Latin words would swamp every grade. `aka` holds other names and abbreviations ("ART").
 */
export const NON_PROSE_KEYS: ReadonlySet<string> = new Set([
  'id', 'ids', 'cite', 'cites', 'href', 'url', 'doi', 'isbn', 'technicalName', 'technical', 'aka',
  // Citation locators ("Results: 19 % of treatments…") are for clinicians checking the source.
  'at',
]);

/**
 * Keys that hold ids or enum values in content (`region: 'trunk'`, `view: 'front'`): a one-word id-like
 * string under them is skipped. Lists of ids (`essential: ['jaw', 'temple']`) are skipped anywhere. A real
 * phrase under one of these keys (the UI string `questions.worksOn: "What does it work on?"`) is prose and
 * is kept, and so are objects of labels (`regions: { trunk: 'Chest, back and belly' }`).
 */
export const DATA_KEYS: ReadonlySet<string> = new Set([
  'sources', 'source', 'region', 'group', 'view', 'essential', 'spillover', 'worksOn', 'kind', 'type', 'unit',
  'side', 'variant',
  // A technique's pressure is 1–5 or 'none' (needles): data, not text.
  'pressure',
]);

export interface TextEntry {
  /** Where, in dotted form: `techniques[2].summary.text`. */
  path: string;
  text: string;
}

export interface CollectOptions {
  /** Keys skipped with everything under them. Default NON_PROSE_KEYS. */
  skip?: ReadonlySet<string>;
  /** Keys whose one-word id-like string values are skipped. Default DATA_KEYS. */
  dataKeys?: ReadonlySet<string>;
}

// Kebab-case slugs ("back-of-neck") are ids wherever they appear.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
const ID_LIKE = /^[a-z][a-zA-Z0-9_-]*$/;
const SAMPLE_ARG = 3;

/**
 * Every patient-facing string under `value`, with its path. Skips `skip` keys, id-like strings under
 * `dataKeys`, lists of ids, kebab-case slugs, URLs and empty strings. A function (a UI string built from a count, like
 * `sourcesSummary(n)`) is called with 3 for each parameter; its text is kept when the call works and the
 * result reads as text (no "undefined", "NaN" or "[object").
 */
export function collectTexts(value: unknown, path = '', options: CollectOptions = {}): TextEntry[] {
  const skip = options.skip ?? NON_PROSE_KEYS;
  const dataKeys = options.dataKeys ?? DATA_KEYS;
  const out: TextEntry[] = [];
  const ancestors = new Set<unknown>(); // cycle guard only: shared objects are text in each place they appear
  const walk = (v: unknown, p: string, underData: boolean): void => {
    if (typeof v === 'string') {
      const t = v.trim();
      if (!t || SLUG.test(t) || /^(https?:|doi:|10\.\d)/.test(t) || (underData && ID_LIKE.test(t))) return;
      out.push({ path: p, text: v });
      return;
    }
    if (typeof v === 'function') {
      const fn = v as (...args: number[]) => unknown;
      try {
        const r = fn(...Array.from({ length: fn.length }, () => SAMPLE_ARG));
        if (typeof r === 'string' && !/undefined|NaN|\[object/.test(r)) walk(r, `${p}(${SAMPLE_ARG})`, false);
      } catch {
        /* needs other arguments: not checked as text */
      }
      return;
    }
    if (!v || typeof v !== 'object' || ancestors.has(v)) return;
    // A list of ids (['muscle', 'fascia'], ['skin', 'spinalCord']) is data, not text.
    if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string' && ID_LIKE.test(x))) return;
    ancestors.add(v);
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${p}[${i}]`, false));
    else
      for (const [k, child] of Object.entries(v as Record<string, unknown>)) {
        if (!skip.has(k)) walk(child, p ? `${p}.${k}` : k, dataKeys.has(k));
      }
    ancestors.delete(v);
  };
  walk(value, path, false);
  return out;
}

/** The container path of a text path: `a.b[2].text` → `a.b[2]`, `a.b[2]` → `a.b`. */
export function parentPath(path: string): string {
  const m = /^(.*)(?:\.[^.[\]]+|\[\d+\]|\(\d+\))$/.exec(path);
  return m ? m[1]! : '';
}

export interface GradedUnit {
  /** The string's path, or for a pool of short strings the container path followed by `/*`. */
  path: string;
  /** The text that was graded (for a pool: its short strings, then the container's longer text). */
  text: string;
  /** Words this unit stands for in averages (for a pool: the short strings' words only). */
  words: number;
  grade: number;
  /** Paths of the short strings pooled into this unit (empty for prose graded alone). */
  members: string[];
}

const isInside = (path: string, container: string): boolean =>
  container === '' || path.startsWith(`${container}.`) || path.startsWith(`${container}[`) || path.startsWith(`${container}(`);

/**
 * Units to grade, with a fair rule for labels. A string of at least `minWords` words is graded on its
 * own. Shorter strings (labels, headings, buttons, one-line list items) are graded as part of their
 * parent: the short strings of a container are pooled, one sentence each; a pool of fewer than
 * `minWords` words climbs to the next container; the pool is then graded together with the longer text
 * inside that container, the way a reader meets a label next to the text it names. (Graded alone, a
 * two-word label such as "Pause animation" scores grade 10 from one three-syllable word, which says
 * nothing about how hard it is to read.) Every short string is graded exactly once.
 */
export function gradeUnits(
  entries: readonly TextEntry[],
  grade: (text: string) => number = fleschKincaidGrade,
  minWords = 8,
): GradedUnit[] {
  const units: GradedUnit[] = [];
  const long: TextEntry[] = [];
  const pools = new Map<string, TextEntry[]>();
  for (const e of entries) {
    const n = words(e.text).length;
    if (n >= minWords) {
      long.push(e);
      units.push({ path: e.path, text: e.text, words: n, grade: grade(e.text), members: [] });
    } else if (n > 0) {
      const key = parentPath(e.path);
      pools.set(key, [...(pools.get(key) ?? []), e]);
    }
  }
  const asSentences = (list: readonly TextEntry[]): string =>
    list.map((e) => e.text.trim().replace(/[.!?;:…]*$/u, '.')).join(' ');
  const depth = (key: string): number => (key ? 1 + (key.match(/[.[(]/g) ?? []).length : 0);
  // Deepest pools first, so a container has received all its children's short strings before it is judged.
  while (pools.size) {
    const key = [...pools.keys()].reduce((a, b) => (depth(b) > depth(a) ? b : a));
    const list = pools.get(key)!;
    pools.delete(key);
    const own = asSentences(list);
    const n = words(own).length;
    if (n >= minWords || key === '') {
      const context = long.filter((e) => isInside(e.path, key));
      const text = context.length ? `${own} ${asSentences(context)}` : own;
      units.push({ path: `${key || '(top)'}/*`, text, words: n, grade: grade(text), members: list.map((e) => e.path) });
    } else {
      const up = parentPath(key);
      pools.set(up, [...(pools.get(up) ?? []), ...list]);
    }
  }
  return units;
}

/** Word-weighted mean grade of graded units (long texts count more than short ones). */
export function meanGrade(units: readonly { words: number; grade: number }[]): number {
  const total = units.reduce((n, u) => n + u.words, 0);
  return total ? units.reduce((s, u) => s + u.grade * u.words, 0) / total : Number.NaN;
}
