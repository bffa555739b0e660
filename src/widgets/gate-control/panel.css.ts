// Gate control's panel around the drawing (the tour's caption box: guide.ts): the meter and description, the sliders and
// brain-state choice (44px targets), the toolbar and the two disclosures.
import { css } from 'lit';

export const panelStyles = css`
  /* --- meter and description --- */
  .readout {
    margin-top: 0.75rem;
  }
  .meter-label {
    display: block;
    font-weight: 700;
  }
  .meter {
    position: relative;
    height: 1.1rem;
    margin-top: 0.3rem;
    border: 2px solid var(--_text);
    border-radius: 999px;
    background: var(--_surface-2);
    overflow: hidden;
  }
  .meter-fill {
    position: absolute;
    inset: 0;
    background: var(--_tcell);
    transform-origin: left center;
    transition: transform 0.3s ease;
  }
  :host(:dir(rtl)) .meter-fill {
    transform-origin: right center;
  }
  .state {
    margin: 0.5rem 0 0;
    color: var(--_text);
  }
  .reduced-note {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* --- controls --- */
  .controls {
    display: grid;
    gap: 0.75rem 1.5rem;
    margin-top: 1rem;
  }
  .slider label {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 0.5rem;
    font-weight: 700;
  }
  .slider output {
    font-weight: 400;
    color: var(--_muted);
  }
  .slider.pain {
    --_thumb: var(--_adelta);
  }
  .slider.touch {
    --_thumb: var(--_abeta);
  }
  input[type='range'] {
    display: block;
    width: 100%;
    height: 44px;
    margin: 0;
    background: transparent;
    accent-color: var(--_accent);
    cursor: pointer;
    appearance: none;
  }
  input[type='range']::-webkit-slider-runnable-track {
    height: 10px;
    border-radius: 999px;
    background: var(--_surface-2);
    border: 2px solid var(--_border);
  }
  input[type='range']::-webkit-slider-thumb {
    appearance: none;
    width: 30px;
    height: 30px;
    margin-top: -12px;
    border-radius: 50%;
    background: var(--_thumb, var(--_accent));
    border: 3px solid var(--_surface);
    box-shadow: 0 0 0 2px var(--_thumb, var(--_accent));
  }
  input[type='range']::-moz-range-track {
    height: 10px;
    border-radius: 999px;
    background: var(--_surface-2);
    border: 2px solid var(--_border);
  }
  input[type='range']::-moz-range-thumb {
    width: 28px;
    height: 28px;
    border-radius: 50%;
    background: var(--_thumb, var(--_accent));
    border: 3px solid var(--_surface);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 700;
  }
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.3rem;
  }
  .segmented label {
    display: inline-flex;
    align-items: center;
    gap: 0.45rem;
    min-height: 44px;
    padding: 0.35rem 0.9rem 0.35rem 0.6rem;
    border: 2px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .segmented label:has(:checked) {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .segmented label:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .segmented input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_on-accent);
  }
  .segmented input:focus-visible {
    outline: none;
  }
  .segmented .sub {
    font-size: 0.8125em;
    opacity: 0.95;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .icon {
    width: 1em;
    height: 1em;
    fill: currentColor;
  }

  /* --- notes --- */
  .more {
    margin-top: 0.75rem;
  }
  .more summary {
    display: list-item;
    padding-block: 0.6rem;
    cursor: pointer;
    font-weight: 700;
  }
  .more ul,
  .more dl {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25em;
  }
  .more li {
    margin-bottom: 0.35em;
  }
  .more dt {
    font-weight: 700;
  }
  .more dd {
    margin: 0 0 0.5em;
  }
  .more .tech {
    font-weight: 400;
    color: var(--_muted);
  }

`;
