// Build plugin: gate control's words per language in two files (src/widgets/gate-control/words.ts): what
// every page shows, and what the reader asks for (technical names, what each part does, the note, the tour).
// In tests and dev english.ts, english-more.ts, spanish.ts and spanish-more.ts pick their words from the
// whole content module; the build gives each one only its words, made by the same functions.
import { resolve } from 'node:path';
import * as en from '../src/content/gate-control.ts';
import * as es from '../src/content/es/gate-control.ts';
import { firstWords, moreWords } from '../src/widgets/gate-control/words.ts';

/** @param {{ root: string }} options */
export function gateWords({ root }) {
  const dir = resolve(root, 'src/widgets/gate-control');
  const json = (v) => JSON.stringify(v);
  const files = new Map([
    [resolve(dir, 'english.ts'), `export { gateUi } from '../../content/gate-control.js';\nexport const gateFirst = ${json(firstWords(en.gateWords))};`],
    [resolve(dir, 'english-more.ts'), `export const gateMore = ${json(moreWords(en.gateWords))};`],
    [resolve(dir, 'spanish.ts'), `export { gateUi } from '../../content/es/gate-control.js';\nexport const gateFirst = ${json(firstWords(es.gateWords))};`],
    [resolve(dir, 'spanish-more.ts'), `export const gateMore = ${json(moreWords(es.gateWords))};`],
  ]);
  return { name: 'pt-gate-words', load: (id) => files.get(id.split('?')[0]) ?? null };
}
