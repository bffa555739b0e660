// The visit guide's content: every medical statement cites real sources with a locator, practical tips cite
// nothing and say so, English reads at grade 8 or below, Spanish has every field and reads "bastante fácil"
// or better, and no myth or marketing claim slips in. Reuses the shared content checks (test/unit/content).
import { expect } from '@open-wc/testing';
import { FAQ_IDS, PLAN_IDS, ROLE_IDS, VISIT_STEP_IDS, planRanges, visitGuide } from '../../../src/content/visit-guide.js';
import { visitGuideEs } from '../../../src/content/es/visit-guide.js';
import { sources } from '../../../src/content/sources.js';
import {
  MAX_GRADE,
  allTexts,
  citationProblems,
  describeFailures,
  findBannedClaims,
  gradeTopic,
  informalSpanish,
  locatorProblems,
  parityProblems,
  scoreSpanish,
} from '../content/checks.js';

/** Every statement or tip in the English guide, with its path. */
function points(): { path: string; p: { text: string; cite?: readonly string[]; at?: object; practical?: true } }[] {
  const out: ReturnType<typeof points> = [];
  const walk = (v: unknown, path: string): void => {
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.text === 'string' && ('cite' in o || 'practical' in o)) return void out.push({ path, p: o as never });
    for (const [k, child] of Object.entries(o)) walk(child, Array.isArray(v) ? `${path}[${k}]` : `${path}.${k}`);
  };
  walk(visitGuide, 'visitGuide');
  return out;
}

describe('visit guide content (en)', () => {
  it('has every step, plan, role and question', () => {
    expect(Object.keys(visitGuide.steps)).to.deep.equal([...VISIT_STEP_IDS]);
    expect(Object.keys(visitGuide.plans)).to.deep.equal([...PLAN_IDS]);
    expect(Object.keys(visitGuide.roles)).to.deep.equal([...ROLE_IDS]);
    expect(Object.keys(visitGuide.faq)).to.deep.equal([...FAQ_IDS]);
    for (const id of PLAN_IDS) {
      const r = planRanges[id];
      if (r) expect(r.visits[0], id).to.be.at.most(r.visits[1]);
    }
  });

  it('gives every point either sources with a locator each, or marks it a practical tip (never both, never neither)', () => {
    const all = points();
    expect(all.length).to.be.greaterThan(30);
    for (const { path, p } of all) {
      const cited = Array.isArray(p.cite) && p.cite.length > 0;
      expect(cited !== (p.practical === true), `${path}: "${p.text}"`).to.equal(true);
      for (const id of p.cite ?? []) expect(sources, `${path} cites unknown ${id}`).to.have.property(id);
    }
    expect(citationProblems(visitGuide, 'visitGuide')).to.deep.equal([]);
    expect(locatorProblems(visitGuide, 'visitGuide')).to.deep.equal([]);
  });

  it('cites a source for every medical claim the issue asks for (soreness, heat and ice, toxins, frequency, direct access, dry needling, urgent care)', () => {
    const cites = (text: RegExp): string[] => points().filter(({ p }) => text.test(p.text)).flatMap(({ p }) => [...(p.cite ?? [])]);
    expect(cites(/sore for a day or two/)).to.include('cambron-2007');
    expect(cites(/Heat may ease/)).to.include('french-2006');
    expect(cites(/toxins or lactic acid/)).to.include('wiltshire-2010');
    expect(cites(/60-minute massages 2 or 3 times a week/)).to.deep.equal(['sherman-2014']);
    expect(cites(/without one/)).to.include('apta-direct-access-2025');
    expect(cites(/dry needling is different from state to state/)).to.include('wa-ago-2016');
    expect(cites(/short of breath after dry needling/)).to.include('brady-2014');
    expect(cites(/chest pain/)).to.include('gulati-2021');
  });

  it('says the honest things: ranges are not rules, ice only if it feels good, no toxins, an active plan', () => {
    const text = allTexts(visitGuide, 'en').map((t) => t.text).join('\n');
    expect(text).to.match(/not rules/).and.match(/depends on your problem and how you respond/);
    expect(text).to.match(/only if it feels good/);
    expect(text).to.match(/does not flush out toxins or lactic acid/);
    expect(text).to.match(/active plan/);
    expect(findBannedClaims(allTexts(visitGuide, 'en'))).to.deep.equal([]);
  });

  it(`reads at Flesch–Kincaid grade ${MAX_GRADE} or below, string by string`, () => {
    const r = gradeTopic('visit-guide', visitGuide);
    expect(r.units.length).to.be.greaterThan(10);
    expect(r.failing.length, `\n${describeFailures(r.failing)}\n`).to.equal(0);
  });
});

describe('visit guide content (es)', () => {
  it('has every English field, translated (not copied)', () => {
    expect(parityProblems(visitGuide, visitGuideEs, 'visitGuide')).to.deep.equal([]);
  });

  it('uses "usted", not "tú", and no banned claim', () => {
    const texts = allTexts(visitGuideEs, 'es');
    expect(informalSpanish(texts)).to.deep.equal([]);
    expect(findBannedClaims(texts)).to.deep.equal([]);
  });

  it('reads "bastante fácil" or better (Szigriszt-Pazos / INFLESZ ≥ 65 on average)', () => {
    const s = scoreSpanish('visit-guide', visitGuideEs);
    expect(s.szigrisztPazos, `hardest: ${s.hardest?.path} ${s.hardest?.grade.toFixed(0)} "${s.hardest?.text}"`).to.be.at.least(65);
    expect(['bastante fácil', 'muy fácil']).to.include(s.band);
  });
});
