// What a Spanish page imports first: the words every page shows and the UI words (words.ts). The build
// writes this file with only those words (scripts/gate-words.mjs); here it picks them from the content.
import { gateWords } from '../../content/es/gate-control.js';
import { firstWords } from './words.js';

export { gateUi } from '../../content/es/gate-control.js';
export const gateFirst = firstWords(gateWords);
