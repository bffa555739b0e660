// The gate's words per locale, in two imports each (words.ts): the first part when a page shows that
// language, the rest the first time the reader asks for it (tour, technical names, a disclosure). A Spanish
// page downloads no English text: every statement's sources and locators are in the first-load code
// (GATE_CITES), so a language's files hold words only. core/locale-text.ts does the loading, retrying and waiting.
import { sharedImport } from '../../core/locale-text.js';
import { GATE_CITES, GATE_PART_IDS, type GateUi } from '../../content/gate-control-base.js';
import type { Locators } from '../../content/types.js';
import type { GateFirstWords, GateMoreWords } from './words.js';

/** A locale's first words and UI words. */
export interface GateText {
  words: GateFirstWords;
  ui: GateUi;
}

export const gateTextByLocale = {
  en: sharedImport(() => import('./english.js').then((m): GateText => ({ words: m.gateFirst, ui: m.gateUi }))),
  es: sharedImport(() => import('./spanish.js').then((m): GateText => ({ words: m.gateFirst, ui: m.gateUi }))),
};

export const gateMoreByLocale = {
  en: sharedImport(() => import('./english-more.js').then((m): GateMoreWords => m.gateMore)),
  es: sharedImport(() => import('./spanish-more.js').then((m): GateMoreWords => m.gateMore)),
};

const C = GATE_CITES;
/**
 * Every statement's sources with where in each its claim is supported, in the order the widget shows the
 * statements (intro, each part's role, the steps, the note, the speeds): the Sources list, in every language.
 */
export const GATE_CITED: readonly { cite: string[]; at: Locators }[] = [C.intro, ...GATE_PART_IDS.map((id) => C.parts[id]), ...C.steps, ...C.note, C.speeds].map(
  (at: Locators) => ({ cite: Object.keys(at), at }),
);
