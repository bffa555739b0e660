// The gate's words per locale. English and Spanish are each imported only when a page shows that language,
// so a Spanish page downloads no English text: every statement's sources and locators are in the first-load
// code (content/gate-control-base.ts), joined to the words here (withCites), so a language's file imports
// nothing from the first-load code. core/locale-text.ts does the loading, retrying and waiting.
import { sharedImport } from '../../core/locale-text.js';
import { GATE_PART_IDS, withCites, type GateControlContent, type GateUi } from '../../content/gate-control-base.js';
import type { Statement } from '../../content/types.js';

/** A locale's medical text and UI words. */
export interface GateText {
  content: GateControlContent;
  ui: GateUi;
}

export const gateTextByLocale = {
  en: sharedImport(() => import('./english.js').then((m): GateText => ({ content: withCites(m.gateWords), ui: m.gateUi }))),
  es: sharedImport(() => import('../../content/es/gate-control.js').then((m): GateText => ({ content: withCites(m.gateWords), ui: m.gateUi }))),
};

/** Every statement the widget shows, for its list of sources. */
export function statements(c: GateControlContent): Statement[] {
  return [c.intro, ...GATE_PART_IDS.map((id) => c.parts[id].role), ...c.steps.map((s) => s.text), ...c.note.items, c.speeds];
}
