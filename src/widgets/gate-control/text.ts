// The gate's words per locale: English ships in the first-load code, Spanish is imported once per page
// when an element first needs it (core/locale-text.ts does the loading, retrying and waiting).
import { sharedImport } from '../../core/locale-text.js';
import { gateControl, gateUi, GATE_PART_IDS, type GateControlContent, type GateUi } from '../../content/gate-control.js';
import type { Statement } from '../../content/types.js';

/** A locale's medical text and UI words. */
export interface GateText {
  content: GateControlContent;
  ui: GateUi;
}

export const englishText: GateText = { content: gateControl, ui: gateUi };

export const gateTextByLocale = {
  es: sharedImport(() => import('../../content/es/gate-control.js').then((m): GateText => ({ content: m.gateControl, ui: m.gateUi }))),
};

/** Every statement the widget shows, for its list of sources. */
export function statements(c: GateControlContent): Statement[] {
  return [c.intro, ...GATE_PART_IDS.map((id) => c.parts[id].role), ...c.steps.map((s) => s.text), ...c.note.items, c.speeds];
}
