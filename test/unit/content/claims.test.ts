// Honest wording: no marketing claims (cancer, immunity, detox, cures, guarantees, miracles) in any
// content or UI string, English or Spanish; statements about immune function or cortisol are hedged.
import { expect } from '@open-wc/testing';
import { allTexts, findBannedClaims, immuneStatements, unhedgedImmuneClaims } from './checks.js';
import { topics } from './topics.js';

describe('claims: the checks themselves', () => {
  const entries = (texts: string[]) => texts.map((text, i) => ({ path: `t[${i}]`, text }));
  it('catch each banned claim in English and Spanish', () => {
    const bad = [
      'Massage prevents cancer.',
      'Regular massage boosts your immune system.',
      'It flushes toxins out of your muscles.',
      'A detox massage.',
      'This technique cures back pain.',
      'Results guaranteed.',
      'A miracle for sore necks.',
      'El masaje previene el cáncer.',
      'Fortalece el sistema inmunitario.',
      'Aumenta las defensas.',
      'Elimina las toxinas.',
      'Cura el dolor de espalda.',
      'Resultados garantizados.',
      'Un masaje milagroso.',
    ];
    const hits = findBannedClaims(entries(bad));
    expect(new Set(hits.map((h) => h.path)).size).to.equal(bad.length);
  });
  it('allow honest denials and ordinary words', () => {
    const ok = [
      'Massage does not prevent cancer.',
      'There is no cure for this, but it may ease.',
      'Tell your therapist if you are being treated for cancer.',
      'No hay cura, pero puede aliviar.',
      'Busque atención médica el mismo día.',
      'Procure moverse con suavidad.',
    ];
    expect(findBannedClaims(entries(ok))).to.deep.equal([]);
  });
  it('want a hedge on immune statements', () => {
    expect(unhedgedImmuneClaims(entries(['Massage raises immune cells.', 'El masaje mejora las defensas.']))).to.have.length(2);
    expect(unhedgedImmuneClaims(entries(['One small study saw a brief change in some immune cells.', 'Puede haber un pequeño cambio en algunas defensas.']))).to.deep.equal([]);
    expect(unhedgedImmuneClaims(entries(['Massage lowers stress hormones.', 'Le protege de las enfermedades.']))).to.have.length(2);
    expect(immuneStatements(entries(['Tell your therapist if you have a fever or an infection.']))).to.deep.equal([]);
  });
});

describe('claims: the honest note on massage and immune function (issue 6)', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`is present in the content (${lang}) and hedged`, () => {
      const texts = topics.filter((t) => t.content).flatMap((t) => allTexts(t[lang], `${lang}:${t.name}`));
      const found = immuneStatements(texts);
      expect(found.length, 'no statement on immune function or stress hormones found').to.be.greaterThan(0);
      expect(unhedgedImmuneClaims(found)).to.deep.equal([]);
    });
  }
});

describe('claims: the honest note on finding trigger points by hand (issue 6)', () => {
  it('is present, cites the reliability review (Lucas 2009), and says the evidence is debated', () => {
    const tp = topics.find((t) => t.name === 'trigger-points')!;
    const notes: string[] = [];
    const walk = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      const o = v as { text?: unknown; cite?: unknown };
      if (typeof o.text === 'string' && Array.isArray(o.cite) && o.cite.includes('lucas-2009')) notes.push(o.text);
      Object.values(v).forEach(walk);
    };
    walk(tp.en);
    expect(notes.length, 'no statement cites lucas-2009').to.be.greaterThan(0);
    expect(notes.some((t) => /\b(debate\w*|disagree\w*|not sure|unclear|uncertain|how well|hard to find|not reliabl\w*)\b/i.test(t)), notes.join(' | ')).to.equal(true);
  });
});

describe('claims: content and UI strings', () => {
  for (const t of topics) {
    for (const lang of ['en', 'es'] as const) {
      it(`${t.name} (${lang}): no banned claims`, () => {
        const texts = allTexts(t[lang], `${lang}:${t.name}`);
        expect(texts.length).to.be.greaterThan(0);
        const hits = findBannedClaims(texts);
        expect(hits, `\n${hits.map((h) => `  ${h.path}: "${h.match}" (${h.claim}) in "${h.text}"`).join('\n')}\n`).to.deep.equal([]);
      });
      it(`${t.name} (${lang}): immune and cortisol statements are hedged`, () => {
        const bad = unhedgedImmuneClaims(allTexts(t[lang], `${lang}:${t.name}`));
        expect(bad, `\n${bad.map((e) => `  ${e.path}: ${e.text}`).join('\n')}\n`).to.deep.equal([]);
      });
    }
  }
});
