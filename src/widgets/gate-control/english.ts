// What an English page imports: the English text and UI words (their sources are in the first-load code).
// A module of its own so the chunk holds the text only, not content/gate-control.ts's re-exported ids.
export { gateControl, gateUi } from '../../content/gate-control.js';
