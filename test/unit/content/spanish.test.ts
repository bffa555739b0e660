// Spanish ships for every content field and UI string: same keys and ids as English, not left in
// English, and readable (Szigriszt-Pazos / INFLESZ "normal" or easier on average; aim "bastante fácil").
import { expect } from '@open-wc/testing';
import { inflesz } from '../../helpers/readability.js';
import { MIN_INFLESZ, allTexts, informalSpanish, pairExports, parityProblems, scoreSpanish, spanishTable, type SpanishScores } from './checks.js';
import { topics, uiStringTables } from './topics.js';

describe('Spanish: the checks themselves', () => {
  it('find missing keys, extra keys, short lists, empty and untranslated strings', () => {
    const en = {
      title: 'The pain gate',
      intro: { text: 'Pain signals travel to the brain.', cite: ['melzack-wall-1965'] },
      items: [{ id: 'a', label: 'Skin' }, { id: 'b', label: 'Brain' }],
      steps: ['One', 'Two'],
      aka: 'ART',
      count: 3,
      fn: (n: number) => `${n} sources`,
    };
    const es = {
      title: 'The pain gate',
      intro: 'Las señales de dolor viajan al cerebro.',
      items: { a: 'Piel', c: 'Cerebro' },
      steps: ['Uno'],
      aka: 'ART',
      extra: 'Sobra',
      fn: 'Fuentes',
    };
    const problems = parityProblems(en, es, 'x');
    expect(problems).to.have.members([
      'x.title: same as English ("The pain gate")',
      'x.items.b: missing in Spanish',
      'x.items.c: in Spanish only',
      'x.steps: 1 items in Spanish, 2 in English',
      'x.fn: Spanish is string, English is a function',
      'x.extra: in Spanish only',
    ]);
    expect(parityProblems(en, { ...es, title: '' }, 'x')).to.include('x.title: empty in Spanish');
    expect(parityProblems({ f: (n: number) => `${n} sources` }, { f: (n: number) => `${n} sources` }, 'x')).to.deep.equal([
      'x.f(3): same as English ("3 sources")',
    ]);
    expect(parityProblems({ t: 'Rest your back' }, { t: 'Descanse your espalda' }, 'x')).to.deep.equal([
      'x.t: Spanish text has English words (your): "Descanse your espalda"',
    ]);
  });

  it('pairs exports by name, with an Es suffix, or the single one left over', () => {
    const r = pairExports({ a: { t: 'Hi there' }, b: { t: 'Bye now' }, ids: ['x-y'] }, { a: { t: 'Hola' }, bEs: { t: 'Adiós' } });
    expect(r.pairs.map(([n]) => n)).to.deep.equal(['a', 'b']);
    expect(r.unpaired).to.deep.equal([]);
  });
});

describe('Spanish: content and UI strings have every English field', () => {
  for (const t of topics) {
    it(`${t.name}: same keys, ids and list lengths, no empty or untranslated text`, () => {
      const { pairs, unpaired, extra } = t.content ? pairExports(t.en, t.es) : { pairs: [[t.name, t.en, t.es] as [string, unknown, unknown]], unpaired: [], extra: [] };
      expect(pairs.length, 'nothing paired').to.be.greaterThan(0);
      expect(unpaired, 'English exports without a Spanish partner').to.deep.equal([]);
      expect(extra, 'Spanish exports without an English partner').to.deep.equal([]);
      const problems = pairs.flatMap(([name, en, es]) => parityProblems(en, es, name));
      expect(problems, `\n${problems.join('\n')}\n`).to.deep.equal([]);
    });
  }

  for (const { name, table } of uiStringTables) {
    it(`${name}: en and es have identical keys`, () => {
      expect(Object.keys(table).sort()).to.deep.equal(['en', 'es']);
      const keys = (o: object, p = ''): string[] =>
        Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v as object, `${p}${k}.`) : [`${p}${k}`]));
      expect(keys(table.es!).sort()).to.deep.equal(keys(table.en!).sort());
    });
  }
});

describe('Spanish: "usted", not "tú"', () => {
  it('the check finds informal forms and passes formal ones', () => {
    const e = (text: string) => [{ path: 'x', text }];
    expect(informalSpanish(e('Pregúntale a tu terapeuta si puedes estirarte.')).flatMap((h) => h.words)).to.deep.equal(['Pregúntale', 'tu', 'puedes']);
    expect(informalSpanish(e('Pregúntele a su terapeuta si puede estirarse. Té caliente.'))).to.deep.equal([]);
  });
  for (const t of topics) {
    it(`${t.name}: addresses the reader as "usted"`, () => {
      const hits = informalSpanish(allTexts(t.es, `es:${t.name}`));
      expect(hits, `\n${hits.map((h) => `  ${h.path}: ${h.words.join(', ')} in "${h.text}"`).join('\n')}\n`).to.deep.equal([]);
    });
  }
});

describe('numbers written the way each language writes them', () => {
  // Spanish text is written for US and Latin American clinics (es-US, the Intl default for 'es'): "0.5"
  // in both languages, never "0,5" (a 5-digit "12,345" is grouping and is allowed). Issue 12.
  const COMMA_DECIMAL = /\d,\d(?!\d\d)/;
  for (const t of topics) {
    it(`${t.name}: decimal point in Spanish (es-US) and in English`, () => {
      const es = allTexts(t.es, `es:${t.name}`).filter((e) => COMMA_DECIMAL.test(e.text));
      const en = allTexts(t.en, `en:${t.name}`).filter((e) => COMMA_DECIMAL.test(e.text));
      expect([...es, ...en].map((e) => `${e.path}: ${e.text}`)).to.deep.equal([]);
    });
  }
});

describe('Spanish: readability (Fernández-Huerta, Szigriszt-Pazos / INFLESZ)', () => {
  const rows: SpanishScores[] = [];

  for (const t of topics) {
    it(`${t.name}: average Szigriszt-Pazos ≥ ${MIN_INFLESZ} ("normal"; aim ≥ 65 "bastante fácil")`, () => {
      const r = scoreSpanish(t.name, t.es);
      rows.push(r);
      expect(r.units.length, 'no Spanish text found').to.be.greaterThan(0);
      expect(
        r.szigrisztPazos,
        `${t.name}: ${r.szigrisztPazos.toFixed(1)} (${inflesz(r.szigrisztPazos)}); hardest: ${r.hardest?.path} ${r.hardest?.grade.toFixed(1)} "${r.hardest?.text}"`,
      ).to.be.at.least(MIN_INFLESZ);
    });
  }

  after(() => console.log(`[content] Spanish readability by topic (word-weighted)\n${spanishTable(rows)}`));
});
