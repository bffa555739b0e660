// Styles of <pt-trigger-point-map>: stage (canvas, markers, 2D drawing) beside the lists and panel
// on wide containers, stacked (picture first) on narrow ones.
import { css } from 'lit';
import { chartStyles } from './chart-styles.js';

export const mapStyles = [chartStyles, css`
  .pt-root {
    padding: var(--_space);
  }
  h2 {
    margin: 0 0 0.25rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  h3 {
    margin: 0 0 0.5rem;
    font-size: 1.05rem;
  }
  h4 {
    margin: 0.75rem 0 0.25rem;
    font-size: 0.9rem;
    color: var(--_muted);
  }
  p {
    margin: 0 0 0.5rem;
  }
  .intro {
    max-width: 60ch;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    margin-top: var(--_space);
  }
  @container pt-root (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
      align-items: start;
    }
  }
  .stage {
    min-width: 0;
  }
  .viewport {
    position: relative;
    width: 100%;
    aspect-ratio: 3 / 4;
    max-height: 36rem;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .viewport.flat {
    aspect-ratio: auto;
    max-height: none;
    touch-action: auto;
  }
  .viewport:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  canvas {
    display: block;
    width: 100%;
    height: 100%;
    cursor: grab;
  }
  canvas[hidden] {
    display: none;
  }
  .loading {
    position: absolute;
    inset: auto 0 0.5rem;
    text-align: center;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  /* Shown only while the Spanish text loads. */
  .text-loading {
    margin: 0;
    color: var(--_muted);
  }
  .marker {
    position: absolute;
    left: 0;
    top: 0;
    width: 28px;
    height: 28px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    cursor: pointer;
    transform: translate(calc(var(--x, 0px) - 50%), calc(var(--y, 0px) - 50%));
    display: grid;
    place-items: center;
  }
  .marker[hidden] {
    display: none;
  }
  .marker:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
  }
  .marker svg {
    width: 20px;
    height: 20px;
    overflow: visible;
  }
  .marker.chosen svg {
    width: var(--x-size, 22px);
    height: var(--x-size, 22px);
  }
  .marker.receded {
    width: 24px;
    height: 24px;
    opacity: 0.75;
  }
  .marker.receded svg {
    width: 12px;
    height: 12px;
  }
  .marker.receded .x-over {
    stroke: var(--_outline);
    stroke-width: 2.5;
  }
  .x-under {
    fill: none;
    stroke: #ffffff;
    stroke-width: 7;
    stroke-linecap: round;
  }
  .x-over {
    fill: none;
    stroke: #111111;
    stroke-width: 3.5;
    stroke-linecap: round;
  }
  .inset-box {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    width: 34%;
    aspect-ratio: 4 / 5;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    overflow: hidden;
    pointer-events: none;
  }
  .inset-box[hidden] {
    display: none;
  }
  .inset-box.big {
    width: 51%;
  }
  .inset-box.left {
    inset: 0.5rem auto auto 0.5rem;
  }
  .inset-box canvas {
    height: calc(100% - 1.2rem);
  }
  .inset-label {
    position: absolute;
    inset: auto 0 0;
    height: 1.2rem;
    text-align: center;
    font-size: 0.8rem;
    line-height: 1.2rem;
    color: var(--_muted);
    background: var(--_surface);
    border-top: 1px solid var(--_border);
  }
  .chart {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7rem, 1fr));
    gap: 0.25rem;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
  }
  .chart figure {
    margin: 0;
    text-align: center;
  }
  .chart figcaption {
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .chart svg {
    width: 100%;
    height: auto;
    max-height: 30rem;
    cursor: pointer;
  }
  .print-only {
    display: none;
  }
  .show-all {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 24px;
    margin: 0 0 0.5rem;
    font-size: 0.9rem;
  }
  .show-all input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
  }
  .deep-note {
    font-size: 0.9rem;
    color: var(--_muted);
  }
  .help {
    font-size: 0.875rem;
    color: var(--_muted);
    margin: 0.5rem 0;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  .toolbar [role='group'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    display: inline-block;
    width: 1.25rem;
    height: 1.25rem;
    border: 1px solid var(--_outline);
    border-radius: 4px;
    flex: none;
  }
  .swatch.essential {
    background: var(--_zone);
  }
  .swatch.spillover {
    background-color: var(--_zone-tint);
    background-image: radial-gradient(circle, var(--_zone) 1.6px, transparent 2px);
    background-size: 5px 5px;
  }
  .swatch.area {
    background: repeating-linear-gradient(45deg, var(--_area) 0 3px, color-mix(in srgb, var(--_area) 30%, var(--_skin)) 3px 6px);
  }
  .swatch.muscle {
    background: repeating-linear-gradient(135deg, var(--_muscle) 0 1.5px, color-mix(in srgb, var(--_muscle) 22%, var(--_skin)) 1.5px 5px);
    border-color: var(--_muscle);
  }
  .swatch.deep {
    background: transparent;
    border: 2px dashed var(--_muscle);
  }
  .swatch.x {
    border: 0;
    display: grid;
    place-items: center;
  }
  .side {
    min-width: 0;
  }
  [part='muscles'] + section,
  section + section {
    margin-top: var(--_space);
  }
  .muscle-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .muscle-list .pt-button {
    text-align: start;
  }
  select {
    min-height: 44px;
    width: 100%;
    max-width: 24rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25rem 0.5rem;
  }
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .panel .technical {
    color: var(--_muted);
    font-style: italic;
  }
  .panel ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .panel .results {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.25rem;
  }
  .results .pt-button {
    width: 100%;
    justify-content: flex-start;
    gap: 0.5rem;
    text-align: start;
  }
  .zone-tag {
    margin-inline-start: auto;
    font-size: 0.85rem;
    white-space: nowrap;
    overflow-wrap: normal;
  }
  .seek {
    border-inline-start: 4px solid var(--_warning);
    padding: 0.5rem 0.75rem;
    background: var(--_surface-2);
    border-radius: 4px;
    margin: 0.5rem 0;
  }
  .seek strong {
    color: var(--_warning);
  }
  .panel .zones {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
    display: grid;
    gap: 0.4rem;
  }
  .panel .zones li {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .cites {
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .notes {
    margin-top: var(--_space);
    font-size: 0.9rem;
  }
  .notes .urgent {
    font-weight: 600;
  }
  .clinic-tag {
    font-size: 0.8rem;
    color: var(--_muted);
  }
  /* The handout: the chart, the chosen muscle's details and the sources on one page. */
  @media print {
    .viewport,
    .toolbar,
    .help,
    .show-all,
    [part='muscles'],
    [part='areas'],
    .intro {
      display: none !important;
    }
    .print-only {
      display: grid;
    }
    ol.print-only {
      display: block;
      font-size: 0.8rem;
      padding-inline-start: 1.25rem;
    }
    .pt-sources,
    .legend .swatch.x + * {
      break-inside: avoid;
    }
    .swatch,
    .chart svg {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    /* chart on the left, the muscle's details on the right: one page */
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr);
      align-items: start;
    }
    .chart {
      grid-template-columns: repeat(auto-fit, minmax(3cm, 1fr));
      border: 0;
      background: none;
      break-inside: avoid;
    }
    .chart svg {
      max-height: 8cm;
    }
    .pt-root {
      font-size: 9.5pt;
      line-height: 1.3;
    }
    .panel h4 {
      margin: 0.3rem 0 0.1rem;
    }
    .notes,
    .legend {
      font-size: 8.5pt;
    }
    /* the chosen muscle's own sources print in the panel; the whole list would push it to a second page */
    .has-muscle .pt-sources {
      display: none;
    }
    .panel {
      border: 0;
      padding: 0;
    }
  }
`];
