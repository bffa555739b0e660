// Every medical statement cites at least one real source, and every source is a complete reference.
import { expect } from '@open-wc/testing';
import { sourceIds, sources } from '../../../src/content/sources.js';
import { citationProblems, citedIds, isValidIsbn, sourceProblems } from './checks.js';
import { topics } from './topics.js';

const contentTopics = topics.filter((t) => t.content);

describe('citations: the checks themselves', () => {
  it('flag a statement without a source, an empty cite and an unknown id', () => {
    const problems = citationProblems(
      {
        ok: { text: 'Massage may ease pain for a short time.', cite: ['furlan-2015'] },
        none: { text: 'Rubbing closes the gate.' },
        empty: { text: 'Heat helps.', cite: [] },
        unknown: { text: 'Stretching helps.', cite: ['nobody-2020'] },
        nested: [{ title: 'Step', text: { text: 'Pain travels up.', cite: [] } }],
      },
      'x',
    );
    expect(problems).to.have.length(4);
    expect(problems.join('\n')).to.include('x.none').and.include('x.empty').and.include('nobody-2020').and.include('x.nested[0].text');
  });
  it('check ISBN check digits and source fields', () => {
    expect(isValidIsbn('978-0-323-59712-8')).to.equal(true);
    expect(isValidIsbn('0-683-08366-X')).to.equal(true);
    expect(isValidIsbn('978-0-323-59712-9')).to.equal(false);
    expect(sourceProblems({ id: 'x', authors: 'A', year: 1850, title: 'T', container: 'C' })).to.have.length(2);
    expect(sourceProblems({ id: 'x', authors: 'A', year: 2000, title: 'T', container: 'C', doi: '10.1000/xyz' })).to.deep.equal([]);
  });
});

describe('citations: content', () => {
  for (const t of contentTopics) {
    it(`${t.name}: every statement cites ≥ 1 source that exists in sources.ts`, () => {
      const problems = citationProblems(t.en, t.name);
      expect(problems, `\n${problems.join('\n')}\n`).to.deep.equal([]);
    });
    it(`${t.name}: Spanish cites, where repeated, are valid too`, () => {
      const bad = citationProblems(t.es, `es:${t.name}`).filter((p) => p.includes('unknown source'));
      expect(bad, `\n${bad.join('\n')}\n`).to.deep.equal([]);
    });
  }

  it('the medical topics cite something (the walk finds their statements)', () => {
    for (const name of ['gate-control', 'techniques', 'trigger-points']) {
      const t = topics.find((x) => x.name === name)!;
      expect(citedIds(t.en).size, name).to.be.greaterThan(0);
    }
  });
});

describe('citations: sources.ts', () => {
  it('has unique ids, each keyed under its own id', () => {
    expect(new Set(sourceIds).size).to.equal(sourceIds.length);
    for (const id of sourceIds) expect(sources[id].id).to.equal(id);
  });

  it('lists authors, a year 1900–2026, a title, a journal or book, and a DOI (10.x/…) or ISBN', () => {
    const problems = sourceIds.flatMap((id) => sourceProblems(sources[id] as unknown as Record<string, unknown>));
    expect(problems, `\n${problems.join('\n')}\n`).to.deep.equal([]);
  });

  // Report only: method references (INFLESZ, PEMAT) and sources a widget cites from its own code are fine.
  after(() => {
    const cited = new Set(contentTopics.flatMap((t) => [...citedIds(t.en)]));
    const unused = sourceIds.filter((id) => !cited.has(id));
    console.log(`[content] sources cited by no content module: ${unused.join(', ') || 'none'}`);
  });
});
