// Pure merging of the loaded technique parts (English or Spanish) and clinic config, the parts themselves,
// and parsing of the techniques attribute.
import { expect } from '@open-wc/testing';
import { TECHNIQUE_IDS, techniqueNotes, techniques, type TechniqueId } from '../../../src/content/techniques.js';
import * as es from '../../../src/content/es/techniques.js';
import { footerSources } from '../../../src/content/sources.js';
import type { Locale } from '../../../src/core/locale.js';
import { validate } from '../../../src/core/schema.js';
import { addClinicTechniques, techniqueCompareSchema } from '../../../src/widgets/technique-compare/config-schema.js';
import { buildCatalog, builtInIds, parseIdList, pickIds, type TechniqueConfig } from '../../../src/widgets/technique-compare/merge-config.js';
import { commonPart, sharedPrecautions, sourceList, techniquePart, type TechniquePart } from '../../../src/widgets/technique-compare/part-data.js';

const modules = { techniques, techniqueNotes, ...es };
const format = (id: string) => footerSources([id])[0];

/** The catalog an element builds once the common part and the parts of `ids` are here. */
function buildFor(locale: Locale, config?: TechniqueConfig, ids: readonly TechniqueId[] = TECHNIQUE_IDS) {
  const common = commonPart(locale, modules, format);
  const parts = new Map<string, TechniquePart>(ids.map((id) => [id, techniquePart(locale, id, modules, format, common)]));
  return buildCatalog(common, parts, locale, config, addClinicTechniques);
}

describe('parseIdList / pickIds', () => {
  it('splits on commas and spaces, trims, lower-cases and removes repeats', () => {
    expect(parseIdList(' Swedish, deep-tissue ,swedish  dry-needling,,')).to.deep.equal(['swedish', 'deep-tissue', 'dry-needling']);
    expect(parseIdList(null)).to.deep.equal([]);
    expect(parseIdList('')).to.deep.equal([]);
  });

  it('keeps known ids up to the maximum and reports unknown and extra ones', () => {
    const r = pickIds(['a', 'x', 'b', 'c', 'd', 'e'], ['a', 'b', 'c', 'd', 'e'], 4);
    expect(r).to.deep.equal({ ids: ['a', 'b', 'c', 'd'], unknown: ['x'], dropped: ['e'] });
  });
});

describe('buildCatalog', () => {
  it('gives English by default and Spanish text with Spanish data, keeping numbers', () => {
    const en = buildFor('en');
    const sp = buildFor('es');
    expect(en.byId.get('swedish')!.name).to.equal('Swedish massage');
    expect(sp.byId.get('swedish')!.name).to.equal('Masaje sueco');
    expect(sp.byId.get('swedish')!.pressure).to.equal(techniques.swedish.pressure);
    expect(sp.byId.get('swedish')!.precautions).to.deep.equal(es.techniquesEs.swedish.precautions);
    expect(en.byId.get('dry-needling')!.precautions).to.deep.equal(techniques['dry-needling'].precautions.map((p) => p.text));
    expect(en.ids).to.have.length(10);
  });

  it('names every technique for the menu but resolves only those whose part is here', () => {
    const c = buildFor('es', { techniques: { swedish: { es: { name: 'Sueco de la clínica' } } } }, ['deep-tissue']);
    expect([...c.byId.keys()]).to.deep.equal(['deep-tissue']);
    expect(c.names.size).to.equal(10);
    expect(c.names.get('lymphatic-drainage')).to.equal(es.techniquesEs['lymphatic-drainage'].name);
    expect(c.names.get('swedish')).to.equal('Sueco de la clínica');
  });

  it('relabels a built-in technique and drops the sources behind text the clinic replaced', () => {
    const config: TechniqueConfig = { techniques: { 'deep-tissue': { name: 'Deep massage', evidence: 'Our own note.', es: { name: 'Masaje profundo' } } } };
    const en = buildFor('en', config).byId.get('deep-tissue')!;
    const sp = buildFor('es', config).byId.get('deep-tissue')!;
    expect(en.name).to.equal('Deep massage');
    expect(en.evidence).to.equal('Our own note.');
    expect(sp.name).to.equal('Masaje profundo');
    // The plain clinic text applies in every language when no Spanish wording is given.
    expect(sp.evidence).to.equal('Our own note.');
    expect(en.summary).to.equal(techniques['deep-tissue'].summary.text);
    expect(en.cite).to.include('furlan-2015');
    expect(en.claims).not.to.include(techniques['deep-tissue'].evidence);
  });

  it("adds the clinic's own technique after the built-in ones, without sources", () => {
    const config: TechniqueConfig = {
      addTechniques: [{ id: 'cupping', name: 'Cupping', summary: 'Cups lift the skin.', pressure: 2, sessionMinutes: [20, 10], worksOn: ['fascia'] }],
    };
    const c = buildFor('en', config, []);
    expect(c.ids.at(-1)).to.equal('cupping');
    const t = c.byId.get('cupping')!;
    expect(t).to.include({ name: 'Cupping', clinic: true, pressure: 2 });
    expect(t.sessionMinutes).to.deep.equal([10, 20]);
    expect(t.feels).to.equal(undefined);
    expect(t.cite).to.deep.equal([]);
    expect(builtInIds(c.ids)).to.deep.equal([...TECHNIQUE_IDS]);
  });

  it('reports an added id that is already built in, and skips it', () => {
    const c = buildFor('en', { addTechniques: [{ id: 'swedish', name: 'X', summary: 'Y', pressure: 1 }] });
    expect(c.problems).to.have.length(1);
    expect(c.problems[0].what).to.contain('addTechniques[0].id "swedish"');
    expect(c.byId.get('swedish')!.name).to.equal('Swedish massage');
  });
});

describe('technique parts (what a page downloads)', () => {
  it('writes each precaution several techniques share once, in the common part, in the page language', () => {
    const shared = sharedPrecautions(techniques);
    expect(shared.length).to.be.greaterThan(5);
    const common = commonPart('es', modules, format);
    expect(common.shared.map((p) => p.at)).to.deep.equal(shared.map((p) => p.at));
    expect(common.shared[0].text).to.equal(es.techniquesEs['active-release'].precautions[0]);
    const part = techniquePart('es', 'dry-needling', modules, format, common);
    expect(part.precautions.filter((p) => typeof p !== 'number')).to.have.length(3);
  });

  it('gives a Spanish part Spanish words with the English sources and locators, and no English text', () => {
    const common = commonPart('es', modules, format);
    const part = techniquePart('es', 'trigger-point-therapy', modules, format, common);
    const en = techniques['trigger-point-therapy'];
    expect(part.summary).to.deep.equal({ text: es.techniquesEs['trigger-point-therapy'].summary, cite: en.summary.cite, at: en.summary.at });
    const english = [en.summary, en.feels, en.usedFor, en.after, en.evidence].map((st) => st.text);
    const json = JSON.stringify([part, common]);
    expect(english.filter((t) => json.includes(t))).to.deep.equal([]);
  });

  it('carries each reference once: the common part has those of shared text, a part only its own', () => {
    const common = commonPart('en', modules, format);
    expect(Object.keys(common.sources)).to.include.members(['batavia-2004', 'crane-2012']);
    const part = techniquePart('en', 'swedish', modules, format, common);
    expect(Object.keys(part.sources)).to.include.members(['rapaport-2010', 'moyer-2011', 'cambron-2007']);
    expect(Object.keys(part.sources).filter((id) => id in common.sources)).to.deep.equal([]);
    expect(Object.keys(part.sources)).not.to.include('furlan-2015');
  });

  it('lists sources like the bibliography does: each once, in first-cited order, with every locator', () => {
    const tp = techniques['trigger-point-therapy'];
    // DOI references (their link comes from the citation) and ISBN ones (no link).
    const statements = [techniques.swedish.evidence, techniques.swedish.summary, techniques.swedish.feels, tp.summary, tp.evidence, techniqueNotes.myth];
    const common = commonPart('en', modules, format);
    const known = { ...common.sources, ...techniquePart('en', 'swedish', modules, format, common).sources, ...techniquePart('en', 'trigger-point-therapy', modules, format, common).sources };
    expect(sourceList(statements, known)).to.deep.equal(footerSources(statements));
    expect(sourceList([tp.summary], known).map((s) => s.href)).to.deep.equal([undefined, undefined]);
  });
});

describe('techniqueCompareSchema', () => {
  it('keeps valid parts and names each bad field with its valid values', () => {
    const { value, problems } = validate<TechniqueConfig>(techniqueCompareSchema, {
      hideFields: ['evidence', 'colour'],
      techniques: { 'deep-tissue': { name: 'Deep massage', pressure: 9 }, nope: { name: 'x' } },
      addTechniques: [{ id: 'cupping', name: 'Cupping', summary: 'Cups.', pressure: 2 }, { id: 'Bad Id', name: 'x', summary: 'y', pressure: 1 }],
    });
    expect(value?.hideFields).to.deep.equal(['evidence']);
    // Only the bad field is dropped; the valid relabel next to it is kept.
    expect(value?.techniques?.['deep-tissue']).to.deep.equal({ name: 'Deep massage' });
    expect(value?.addTechniques).to.have.length(1);
    const paths = problems.map((p) => p.path);
    expect(paths).to.include('config.hideFields[1]');
    expect(paths).to.include('config.techniques.deep-tissue.pressure');
    const nope = problems.find((p) => p.path === 'config.techniques.nope');
    expect(nope?.message).to.equal('is not a known key');
    expect(nope?.valid).to.contain('"deep-tissue"');
    expect(problems.find((p) => p.path === 'config.hideFields[1]')!.valid).to.contain('"evidence"');
  });
});
