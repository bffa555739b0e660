// The five-step guided tour: what each step sets and points at, and its caption box with Back/Next.
import { html, nothing, type TemplateResult } from 'lit';
import type { GatePartId, GateUi } from '../../content/gate-control-base.js';
import type { BrainState } from './gate-model.js';

export const STEP_COUNT = 5;

/** What each guided step shows: the inputs it sets and the parts it points at. */
export const STEPS: readonly { pain: number; touch: number; brain: BrainState; focus: readonly GatePartId[] }[] = [
  { pain: 70, touch: 0, brain: 'neutral', focus: ['skin', 'adelta', 'c'] },
  { pain: 70, touch: 0, brain: 'neutral', focus: ['interneuron', 'tcell', 'ascending', 'brain'] },
  { pain: 70, touch: 80, brain: 'neutral', focus: ['skin', 'abeta'] },
  { pain: 70, touch: 80, brain: 'neutral', focus: ['interneuron', 'tcell', 'ascending'] },
  // Massage stays on, so the brain's share shows as a further closing of the gate.
  { pain: 70, touch: 80, brain: 'calm', focus: ['brain', 'descending', 'interneuron'] },
];

export interface StepText {
  title: string;
  text: string;
}

/** The caption box of step `step` (1-based), with Back and Next calling `go(-1)` / `go(1)`. */
export function renderGuide(step: number, text: StepText, ui: GateUi, go: (delta: number) => void): TemplateResult {
  return html`<section class="guide" part="guide" aria-labelledby="step-count">
    <p class="count" id="step-count">${ui.stepOf(step, STEP_COUNT)}</p>
    ${text.title ? html`<h3 class="step-title">${text.title}</h3>` : nothing}
    <p class="step-text">${text.text}</p>
    <div class="guide-nav">
      <!-- aria-disabled, not disabled: the button keeps focus at the first and last step -->
      <button class="pt-button" type="button" aria-disabled=${step <= 1 ? 'true' : 'false'} @click=${() => go(-1)}>
        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 2 4.5 8l6 6 1.4-1.4L7.3 8l4.6-4.6z"></path></svg>${ui.back}
      </button>
      <button class="pt-button primary" type="button" aria-disabled=${step >= STEP_COUNT ? 'true' : 'false'} @click=${() => go(1)}>
        ${ui.next}<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M5.5 2 4.1 3.4 8.7 8l-4.6 4.6L5.5 14l6-6z"></path></svg>
      </button>
    </div>
  </section>`;
}
