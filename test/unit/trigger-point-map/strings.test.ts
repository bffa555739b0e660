// The map's own UI words: same keys in English and Spanish, and plain English (grade 8 or lower).
import { expect } from '@open-wc/testing';
import { mapStrings } from '../../../src/widgets/trigger-point-map/strings.js';
import { fleschKincaidGrade } from '../../helpers/readability.js';

const texts = (o: unknown): string[] =>
  typeof o === 'string' ? [o] : typeof o === 'function' ? [String((o as (s: string) => string)('the temple'))] : o && typeof o === 'object' ? Object.values(o).flatMap(texts) : [];

describe('trigger-point map UI strings', () => {
  it('has the same keys in English and Spanish', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v).map((x) => `${k}.${x}`) : [k]));
    expect(keys(mapStrings.es).sort()).to.deep.equal(keys(mapStrings.en).sort());
  });

  it('keeps every English sentence-length string at grade 8 or lower', () => {
    for (const t of texts(mapStrings.en).filter((s) => s.split(/\s+/).length >= 6)) {
      expect(fleschKincaidGrade(t), t).to.be.at.most(8);
    }
  });
});
