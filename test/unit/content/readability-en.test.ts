// Plain language: every English patient-facing string reads at Flesch–Kincaid grade 8 or below.
// Rule for short strings: a string of 8+ words is graded on its own; shorter ones (labels, headings,
// buttons, one-line list items) are graded together with the other short strings of the same container,
// one sentence each, the way a reader meets a list (see gradeUnits in test/helpers/readability.ts).
import { expect } from '@open-wc/testing';
import { meanGrade } from '../../helpers/readability.js';
import { MAX_GRADE, describeFailures, gradeTable, gradeTopic, type TopicGrades } from './checks.js';
import { topics } from './topics.js';

describe('readability (English): the check itself', () => {
  it('fails a hard sentence and passes a plain one, naming the path', () => {
    const hard = gradeTopic('sample', {
      a: { text: 'Myofascial trigger points constitute hyperirritable loci within taut bands of skeletal musculature.', cite: [] },
      b: { text: 'A tight spot in a muscle can hurt when you press it.', cite: [] },
    });
    expect(hard.failing.map((u) => u.path)).to.deep.equal(['sample.a.text']);
    expect(describeFailures(hard.failing)).to.include('sample.a.text (grade').and.include('hyperirritable');
  });
});

describe('readability (English): content and UI strings', () => {
  const rows: TopicGrades[] = [];

  for (const t of topics) {
    it(`${t.name}: every string at grade ≤ ${MAX_GRADE}`, () => {
      const r = gradeTopic(t.name, t.en);
      rows.push(r);
      expect(r.units.length, 'no text found').to.be.greaterThan(0);
      expect(r.failing.length, `\nAbove grade ${MAX_GRADE}:\n${describeFailures(r.failing)}\n`).to.equal(0);
    });
  }

  it(`the overall average is at most grade ${MAX_GRADE} (aim: 7)`, () => {
    const all = topics.flatMap((t) => gradeTopic(t.name, t.en).units);
    expect(meanGrade(all)).to.be.at.most(MAX_GRADE);
  });

  after(() => console.log(`[content] Flesch–Kincaid grade by topic (word-weighted)\n${gradeTable(rows)}`));
});
