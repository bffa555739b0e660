// Styles for the technique card and comparison; the card's own are in card-styles.ts (the comparison's stay
// here: in one file with the shared rules they compress better for the page that uses them). Layout follows
// the widget's own width (container queries on .pt-root), never the viewport; print gives a plain handout.
import { css } from 'lit';

/** Shared by both elements (after core's boxStyles): answers, the pressure scale, badges, print basics. */
export const fieldStyles = css`
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.25em;
  }

  .aka,
  .badge {
    display: block;
    font-size: 0.875em;
    font-weight: 400;
    color: var(--_muted);
  }

  .badge {
    display: inline-block;
    margin-top: 0.25em;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: 0.4em;
  }

  .pressure {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }

  .scale {
    display: inline-flex;
    gap: 3px;
    flex: none;
  }

  /* Filled versus outlined boxes: the shape difference carries the meaning, not the hue. */
  .step {
    width: 0.9em;
    height: 0.9em;
    border: 2px solid var(--_text);
    border-radius: 2px;
    background: transparent;
  }

  .step.on {
    background: var(--_accent);
    border-color: var(--_text);
  }

  .not-given {
    color: var(--_muted);
    font-style: italic;
  }

  ul.precautions {
    margin: 0;
    padding-inline-start: 1.1em;
  }

  .note {
    margin: 0.75em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  @media print {
    .pt-root {
      border: none;
      padding: 0;
      background: #fff !important;
      color: #000 !important;
      font-size: 9.5pt;
      line-height: 1.25;
    }
    .aka,
    .badge,
    .note,
    .not-given {
      color: #000 !important;
    }
    .step {
      border-color: #000 !important;
    }
    .step.on {
      background: #000 !important;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    /* Compact lists and references so a typical comparison fits one page. */
    ul.precautions {
      padding: 0;
      list-style: none;
    }
    ul.precautions li {
      display: inline;
    }
    ul.precautions li:not(:last-child)::after {
      content: '; ';
    }
    .pt-sources {
      font-size: 7pt;
    }
    .pt-sources ol {
      columns: 3;
      column-gap: 1.5em;
    }
    .pt-sources li {
      break-inside: avoid;
    }
    /* The citation already carries the DOI; the link text would print it twice. */
    .pt-sources a {
      display: none;
    }
    /* (core's theme opens the list and hides its marker on paper) */
  }
`;

export const compareStyles = css`
  .title {
    margin-bottom: 0.5em;
  }

  .controls {
    display: grid;
    gap: 0.5em;
    margin-bottom: 1em;
    padding: 0.75em;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface-2);
  }

  .controls-label {
    margin: 0;
    font-weight: 700;
  }

  .chosen {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  /* Name and its Remove button stay on one line; a long name wraps instead of pushing the button down. */
  .chosen li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.5em;
    padding: 0.25em 0.25em 0.25em 0.6em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    max-width: 100%;
    flex: 1 1 auto;
    justify-content: space-between;
  }

  @container pt-root (min-width: 40rem) {
    .chosen li {
      flex: 0 1 auto;
    }
  }

  .add-row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }

  .add-field {
    display: grid;
    gap: 0.2em;
    flex: 0 1 22rem;
    min-width: 0;
  }

  select {
    min-height: 44px;
    width: 100%;
    max-width: 100%;
    padding: 0.3em 0.5em;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }

  .pt-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .hint {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* Narrow first: one section per question, each technique answering in the same order. */
  .table-view {
    display: none;
  }

  .stack-view {
    display: grid;
    gap: 0.75em;
  }

  .question {
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
    break-inside: avoid;
  }

  .question .q {
    font-size: 1em;
    margin-bottom: 0.25em;
  }

  .question dl {
    margin: 0;
    display: grid;
    gap: 0.4em;
  }

  .question dt {
    font-weight: 700;
  }

  .question dd {
    margin: 0 0 0 0.75em;
  }

  @container pt-root (min-width: 40rem) {
    .table-view {
      display: block;
    }
    .stack-view {
      display: none;
    }
  }

  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: 0.5em;
  }

  th,
  td {
    padding: 0.5em;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
    text-align: start;
  }

  thead th {
    border-bottom-width: 2px;
    font-size: 1.05em;
  }

  /* With a fixed layout the first row sets column widths, so the question column is sized there. */
  thead th:first-child {
    width: 11rem;
  }

  tbody th {
    font-weight: 700;
  }

  tr {
    break-inside: avoid;
  }

  @media print {
    .controls {
      display: none !important;
    }
    .table-view {
      display: block !important;
    }
    .stack-view {
      display: none !important;
    }
    th,
    td {
      padding: 0.2em 0.35em;
      border-color: #000 !important;
    }
    thead th:first-child {
      width: 7rem;
    }
    .title {
      font-size: 1.15em;
      margin-bottom: 0.25em;
    }
    caption {
      padding-bottom: 0.25em;
    }
    .note,
    .pt-disclaimer {
      margin-top: 0.4em;
    }
    tr,
    thead {
      break-inside: avoid;
      page-break-inside: avoid;
    }
  }
`;
