// What an English page imports: the English text (its statements carry their own sources and locators).
// A module of its own so the chunk holds the text only, not content/visit-guide.ts's re-exported ids.
export { visitGuide } from '../../content/visit-guide.js';
