// Pure merging of built-in content, Spanish text and clinic config, and parsing of the techniques attribute.
import { expect } from '@open-wc/testing';
import { techniques } from '../../../src/content/techniques.js';
import { techniquesEs } from '../../../src/content/es/techniques.js';
import { validate } from '../../../src/core/schema.js';
import { techniqueCompareSchema } from '../../../src/widgets/technique-compare/config-schema.js';
import { buildCatalog, citedSources, parseIdList, pickIds, type TechniqueConfig } from '../../../src/widgets/technique-compare/merge-config.js';

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
    const en = buildCatalog(techniques, undefined, 'en', undefined);
    const es = buildCatalog(techniques, techniquesEs, 'es', undefined);
    expect(en.byId.get('swedish')!.name).to.equal('Swedish massage');
    expect(es.byId.get('swedish')!.name).to.equal('Masaje sueco');
    expect(es.byId.get('swedish')!.pressure).to.equal(techniques.swedish.pressure);
    expect(en.ids).to.have.length(10);
  });

  it('relabels a built-in technique and drops the sources behind text the clinic replaced', () => {
    const config: TechniqueConfig = { techniques: { 'deep-tissue': { name: 'Deep massage', evidence: 'Our own note.', es: { name: 'Masaje profundo' } } } };
    const en = buildCatalog(techniques, undefined, 'en', config).byId.get('deep-tissue')!;
    const es = buildCatalog(techniques, techniquesEs, 'es', config).byId.get('deep-tissue')!;
    expect(en.name).to.equal('Deep massage');
    expect(en.evidence).to.equal('Our own note.');
    expect(es.name).to.equal('Masaje profundo');
    // The plain clinic text applies in every language when no Spanish wording is given.
    expect(es.evidence).to.equal('Our own note.');
    expect(en.summary).to.equal(techniques['deep-tissue'].summary.text);
    expect(en.cite).to.include('furlan-2015');
  });

  it("adds the clinic's own technique after the built-in ones, without sources", () => {
    const config: TechniqueConfig = {
      addTechniques: [{ id: 'cupping', name: 'Cupping', summary: 'Cups lift the skin.', pressure: 2, sessionMinutes: [20, 10], worksOn: ['fascia'] }],
    };
    const c = buildCatalog(techniques, undefined, 'en', config);
    expect(c.ids.at(-1)).to.equal('cupping');
    const t = c.byId.get('cupping')!;
    expect(t).to.include({ name: 'Cupping', clinic: true, pressure: 2 });
    expect(t.sessionMinutes).to.deep.equal([10, 20]);
    expect(t.feels).to.equal(undefined);
    expect(citedSources([t])).to.deep.equal([]);
  });

  it('reports an added id that is already built in, and skips it', () => {
    const c = buildCatalog(techniques, undefined, 'en', { addTechniques: [{ id: 'swedish', name: 'X', summary: 'Y', pressure: 1 }] });
    expect(c.problems).to.have.length(1);
    expect(c.problems[0].what).to.contain('addTechniques[0].id "swedish"');
    expect(c.byId.get('swedish')!.name).to.equal('Swedish massage');
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
