// What an English page imports: the English words and UI words (their sources are in the first-load code).
// A module of its own so the chunk holds the text only, not content/gate-control.ts's re-exported ids.
export { gateWords, gateUi } from '../../content/gate-control.js';
