// Styles for <pt-gate-control>: diagram colours (light and dark), the fixed-ratio figure, controls with
// 44px targets, and the narrow layout that swaps on-picture labels for numbered badges and a key.
import { css } from 'lit';

// Written when the build minified css`` with clean-css 4, which silently dropped declaration-only
// fragments and @container blocks. The build's CSS minifier now only strips comments and whitespace
// (vite.config.ts minifyCss, checked by test/package), but these parts stay hand-compacted.
const unminified = css;

export const gateStyles = css`
  :host {
    --_abeta: var(--pt-gate-touch-color, light-dark(#1d5fd1, #86b4ff));
    --_adelta: var(--pt-gate-sharp-color, light-dark(#c2410c, #ffa066));
    --_c: var(--pt-gate-ache-color, light-dark(#7e2fc0, #d5a6ff));
    --_inhib: var(--pt-gate-calm-color, light-dark(#0b7a55, #53d6a6));
    --_tcell: var(--pt-gate-signal-color, light-dark(#c0262d, #ff8080));
    --_stress: light-dark(#b45309, #ffb454);
    --_skin-top: light-dark(#e9b597, #b98870);
    --_skin-mid: light-dark(#f7dcc8, #6e4c3e);
    --_skin-deep: light-dark(#fbe9dd, #4c362d);
    --_skin-edge: light-dark(#c98d6c, #d4a58d);
    --_brain-fill: light-dark(#f6ecf8, #3b2f4a);
    --_brain-line: light-dark(#8b5b9c, #c8a7e0);
    --_cord: light-dark(#eef2f5, #1b2530);
    --_horn: light-dark(#e1e7ec, #263341);
    --_pulse-ring: light-dark(#ffffff, #0d1218);
  }

  .pt-root {
    /* The theme's spacing token, not the viewport: the widget may sit in a narrow column of a wide page. */
    --_pad: var(--_space);
    padding: var(--_pad);
    border: 1px solid var(--_border);
  }

  /* Shown only while the Spanish text loads. */
  .loading {
    margin: 0;
    color: var(--_muted);
  }

  .title {
    margin: 0 0 0.25em;
    font-size: 1.25em;
    line-height: 1.25;
  }
  .intro {
    margin: 0 0 0.75em;
    max-width: 60ch;
  }

  /* Fixed aspect ratio: the box is the same size before and after the drawing arrives. */
  .figure {
    position: relative;
    width: 100%;
    aspect-ratio: 960 / 600;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
  }
  .diagram {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
    font-family: var(--_font);
  }

  /* --- diagram drawing --- */
  .part {
    transition: opacity 0.3s ease;
  }
  .part.dim {
    opacity: 0.3;
  }
  .skin-top {
    stop-color: var(--_skin-top);
  }
  .skin-mid {
    stop-color: var(--_skin-mid);
  }
  .skin-deep {
    stop-color: var(--_skin-deep);
  }
  .skin {
    stroke: var(--_skin-edge);
    stroke-width: 2;
  }
  .press path {
    fill: none;
    stroke: var(--_abeta);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .spark {
    fill: var(--_adelta);
    stroke: var(--_pulse-ring);
    stroke-width: 2;
  }
  .corpuscle {
    fill: none;
    stroke: var(--_abeta);
    stroke-width: 2.5;
  }
  .ending {
    fill: none;
    stroke-linecap: round;
    stroke-width: 2.5;
  }
  .ending-adelta {
    stroke: var(--_adelta);
  }
  .ending-c {
    stroke: var(--_c);
  }
  .cord {
    fill: var(--_cord);
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .cord-horn {
    fill: var(--_horn);
  }
  .brain {
    fill: var(--_brain-fill);
    stroke: var(--_brain-line);
    stroke-width: 3;
  }
  .brain.glow {
    fill: var(--_tcell);
    fill-opacity: 0.35;
    stroke: none;
    transition: opacity 0.4s ease;
  }
  .gyri {
    fill: none;
    stroke: var(--_brain-line);
    stroke-width: 2.5;
    stroke-linecap: round;
    opacity: 0.7;
  }
  .fibre {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Drawn thickness follows the real fibre diameter; the C fibre is also dashed so colour is not the only cue. */
  .fibre-abeta {
    stroke: var(--_abeta);
    stroke-width: 11;
  }
  .fibre-adelta {
    stroke: var(--_adelta);
    stroke-width: 6;
  }
  .fibre-c {
    stroke: var(--_c);
    stroke-width: 4;
    stroke-dasharray: 10 6;
  }
  .legend-icon .fibre-c {
    stroke-dasharray: 6 4;
  }
  .link {
    fill: none;
    stroke: var(--_inhib);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .link-bar {
    stroke: var(--_inhib);
    stroke-width: 5;
    stroke-linecap: round;
  }
  .link.pain-link,
  .link-bar.pain-link {
    stroke: var(--_adelta);
    stroke-width: 3;
  }
  .sign-bg {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .sign {
    fill: var(--_text);
    font-size: 18px;
    font-weight: 700;
  }
  .interneuron,
  .tcell {
    fill: var(--_surface);
    stroke: var(--_inhib);
    stroke-width: 5;
  }
  .interneuron-glow {
    fill: var(--_inhib);
    stroke: none;
    transition: opacity 0.4s ease;
  }
  .tcell {
    stroke: var(--_tcell);
  }
  .tcell-glow {
    fill: var(--_tcell);
    fill-opacity: 0.55;
    stroke: none;
    transition: opacity 0.4s ease;
  }
  .gate-post,
  .gate-pivot {
    fill: var(--_text);
  }
  .gate-arm {
    transform-box: view-box;
    transition: transform 0.5s ease;
  }
  .gate-bar {
    fill: var(--_surface);
    stroke: var(--_text);
    stroke-width: 3;
  }
  .gate-stripes {
    stroke: var(--_tcell);
    stroke-width: 6;
  }
  .gate-word {
    fill: var(--_text);
    font-size: 19px;
    font-weight: 700;
  }
  .path-line {
    fill: none;
    stroke-width: 7;
    stroke-linecap: round;
  }
  .path-line.ascending {
    stroke: var(--_tcell);
  }
  .path-line.descending {
    stroke: var(--_muted);
    stroke-dasharray: 2 10;
  }
  .path-line.descending.inhibit {
    stroke: var(--_inhib);
    stroke-dasharray: none;
  }
  .path-line.descending.facilitate {
    stroke: var(--_stress);
    stroke-dasharray: 14 8;
  }
  .brain-pill {
    fill: var(--_surface);
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .brain-pill.inhibit {
    stroke: var(--_inhib);
    stroke-width: 3;
  }
  .brain-pill.facilitate {
    stroke: var(--_stress);
    stroke-width: 3;
  }
  .pill-text {
    fill: var(--_text);
    font-size: 17px;
    font-weight: 700;
  }
  marker path {
    stroke: none;
  }

  /* Still arrows replace the moving dots when paused or when less motion is preferred. */
  .static-flow {
    display: none;
  }
  .is-static .static-flow {
    display: inline;
  }
  .is-static .pulses {
    display: none;
  }
  .flow-arrow {
    stroke-linejoin: round;
  }
  .flow-arrow,
  .pulse {
    stroke: var(--_pulse-ring);
    stroke-width: 2.5;
  }
  /* One colour per pathway, shared by its arrowhead marker, still arrows and moving pulses. */
  .marker-abeta path,
  .flow-abeta .flow-arrow,
  .pulse-abeta {
    fill: var(--_abeta);
  }
  .flow-adelta .flow-arrow,
  .pulse-adelta {
    fill: var(--_adelta);
  }
  .flow-c .flow-arrow,
  .pulse-c {
    fill: var(--_c);
  }
  .marker-ascending path,
  .flow-ascending .flow-arrow,
  .pulse-ascending {
    fill: var(--_tcell);
  }
  .marker-calm path,
  .flow-descending .flow-arrow,
  .pulse-descending {
    fill: var(--_inhib);
  }
  .marker-stress path,
  .facilitate-mode .flow-descending .flow-arrow,
  .facilitate-mode .pulse-descending {
    fill: var(--_stress);
  }

  .label {
    fill: var(--_text);
  }
  .label-plain {
    font-size: 19px;
    font-weight: 700;
  }
  .speed-text {
    fill: var(--_text);
    font-size: 16px;
  }
  .speed-key .fibre-abeta {
    stroke-width: 9;
  }
  .label-tech {
    font-size: 15px;
    fill: var(--_muted);
  }
  .badge {
    fill: var(--_text);
    stroke: var(--_surface);
    stroke-width: 3;
  }
  .badge-num {
    fill: var(--_surface);
    font-size: 40px;
    font-weight: 700;
  }
  /* Narrow: numbered badges and a key below, because text scaled to fit would be too small to read. */
  .labels {
    display: none;
  }
  .badges {
    display: inline;
  }
  .legend {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }
  .legend li {
    display: grid;
    grid-template-columns: 1.75rem 2.75rem 1fr;
    align-items: center;
    gap: 0.4rem;
  }
  .legend .num {
    display: inline-grid;
    place-items: center;
    width: 1.6rem;
    height: 1.6rem;
    border-radius: 50%;
    background: var(--_text);
    color: var(--_surface);
    font-weight: 700;
    font-size: 0.875em;
  }
  .legend-icon {
    width: 2.75rem;
    height: 2rem;
  }
  .legend .tech,
  .slider .hint {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* Badges keep roughly the same on-screen size as the picture grows. */
  .badge-g {
    transform-box: fill-box;
    transform-origin: center;
  }

  /* --- guided tour --- */
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

  /* Windows high contrast: keep the meter's fill and the selected brain state visible. */
  @media (forced-colors: active) {
    .meter-fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .segmented label:has(:checked) {
      border-width: 4px;
      border-color: Highlight;
    }
  }

  /* On paper the moving dots mean nothing: print the still arrows instead. */
  @media print {
    .static-flow {
      display: inline;
    }
    .pulses,
    .toolbar {
      display: none;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .part,
    .gate-arm,
    .brain.glow,
    .interneuron-glow,
    .tcell-glow,
    .meter-fill {
      transition: none;
    }
  }
`;

/**
 * Layout by the widget's own width (a size container named pt-root): smaller badges once the picture
 * is larger, a full-bleed picture when very narrow, two control columns, and on-picture labels (the key
 * kept for screen readers only) when wide.
 */
export const gateLayout = unminified`
@container pt-root (min-width:30rem){.badge-g{transform:scale(.55)}}
@container pt-root (max-width:30rem){.figure{width:calc(100% + 2 * var(--_pad) - 2px);margin-inline:calc(1px - var(--_pad))}}
@container pt-root (min-width:40rem){.controls{grid-template-columns:1fr 1fr}.controls fieldset{grid-column:1/-1}}
@container pt-root (min-width:52rem){.labels{display:inline}.badges{display:none}.legend{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}}
`;
