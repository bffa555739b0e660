// What a Spanish page imports, in one file: the Spanish text and the English statements' sources and
// locators (./citations.ts, without the English words in the build).
export { visitGuideEs } from '../../content/es/visit-guide.js';
export { citations } from './citations.js';
