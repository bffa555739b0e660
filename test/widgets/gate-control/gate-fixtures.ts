// Shared by the <pt-gate-control> browser tests: rendering, shadow-root queries, a requestAnimationFrame
// counter, the content's patient-facing texts, what a reader is shown, and setting a slider.
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { PtGateControl } from '../../../src/widgets/gate-control/pt-gate-control.js';
import { GATE_PART_IDS, type GateControlContent } from '../../../src/content/gate-control.js';

export const $ = <T extends Element = HTMLElement>(el: PtGateControl, sel: string): T => {
  const found = el.shadowRoot!.querySelector<T>(sel);
  if (!found) throw new Error(`no ${sel}`);
  return found;
};
export const $$ = (el: PtGateControl, sel: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(sel));

/** Counts requestAnimationFrame calls from now on (the animator calls window.requestAnimationFrame). */
export function spyRaf() {
  const original = window.requestAnimationFrame;
  const spy = { calls: 0, restore: () => void (window.requestAnimationFrame = original) };
  window.requestAnimationFrame = (cb: FrameRequestCallback) => {
    spy.calls++;
    return original.call(window, cb);
  };
  return spy;
}

export async function render(markup: TemplateResult = html`<pt-gate-control></pt-gate-control>`): Promise<PtGateControl> {
  const el = await fixture<PtGateControl>(markup);
  await el.updateComplete;
  return el;
}

/** Every patient-facing text of the content module (not the technical names, which may be shared). */
export const contentTexts = (c: GateControlContent): string[] => [
  c.title,
  c.intro.text,
  ...GATE_PART_IDS.flatMap((id) => [c.parts[id].label, c.parts[id].role.text]),
  ...c.steps.flatMap((st) => [st.title, st.text.text]),
  c.note.summary,
  ...c.note.items.map((st) => st.text),
  c.speeds.text,
];

export function setSlider(el: PtGateControl, which: 'pain' | 'touch', value: number) {
  const input = $<HTMLInputElement>(el, `#${which}-input`);
  input.value = String(value);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
