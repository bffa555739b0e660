// The gate's words per locale, in two imports each (words.ts): the first part when a page shows that
// language, the rest the first time the reader asks for it (tour, technical names, a disclosure). A Spanish
// page downloads no English text: the Sources list, with every locator, is in the first-load code
// (sources.ts), so a language's files hold words only. core/locale-text.ts does the loading, retrying and waiting.
import { sharedImport } from '../../core/locale-text.js';
import type { GateUi } from '../../content/gate-control-base.js';
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

