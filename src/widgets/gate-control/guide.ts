// The guided tour's caption box with Back/Next, and its styles: imported when a tour starts (the page's
// `guided` attribute or the reader's "Step by step"), so a page without a tour does not download them.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { GateUi } from '../../content/gate-control-base.js';
// Types only: importing a value from the widget's entry would make the bundler give the entry a namespace runtime.
import type { StepText } from './tour.js';

export const guideStyles = css`
  .guide {
    margin: 0 0 0.75rem;
    padding: 0.75rem 1rem;
    border-inline-start: 6px solid var(--_accent);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface-2);
  }
  .guide .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 700;
  }
  .guide .step-title {
    margin: 0.1em 0 0.25em;
    font-size: 1.0625em;
  }
  .guide .step-text {
    margin: 0;
    min-height: 3em;
  }
  .guide-nav .pt-button[aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .guide-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.6rem;
  }
`;

/** The caption box of step `step` (1-based) of `count`, with Back and Next calling `go(-1)` / `go(1)`. */
export function renderGuide(step: number, count: number, text: StepText, ui: GateUi, go: (delta: number) => void): TemplateResult {
  return html`<section class="guide" part="guide" aria-labelledby="step-count">
    <p class="count" id="step-count">${ui.stepOf(step, count)}</p>
    ${text.title ? html`<h3 class="step-title">${text.title}</h3>` : nothing}
    <p class="step-text">${text.text}</p>
    <div class="guide-nav">
      <!-- aria-disabled, not disabled: the button keeps focus at the first and last step -->
      <button class="pt-button" type="button" aria-disabled=${step <= 1 ? 'true' : 'false'} @click=${() => go(-1)}>
        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M10.5 2 4.5 8l6 6 1.4-1.4L7.3 8l4.6-4.6z"></path></svg>${ui.back}
      </button>
      <button class="pt-button primary" type="button" aria-disabled=${step >= count ? 'true' : 'false'} @click=${() => go(1)}>
        ${ui.next}<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d="M5.5 2 4.1 3.4 8.7 8l-4.6 4.6L5.5 14l6-6z"></path></svg>
      </button>
    </div>
  </section>`;
}
