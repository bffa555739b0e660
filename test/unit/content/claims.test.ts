// Honest wording: no marketing claims (cancer, immunity, detox, cures, guarantees, miracles) in any
// content or UI string, English or Spanish; statements about immune function or cortisol are hedged.
import { expect } from '@open-wc/testing';
import { allTexts, findBannedClaims, unhedgedImmuneClaims } from './checks.js';
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
