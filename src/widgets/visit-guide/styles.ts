// Styles for <pt-visit-guide>. Layout follows the widget's own width (container queries on .pt-root); print
// shows every step, top to bottom, with every answer open and no buttons.
import { css } from 'lit';

/** After core's boxStyles (padding, border, heading margins). */
export const visitStyles = css`
  h2 {
    font-size: 1.375em;
  }

  section {
    margin-top: 1.5em;
  }

  section > h3,
  section > h4,
  section > h5,
  section > h6,
  section > h2 {
    font-size: 1.2em;
    margin-bottom: 0.5em;
  }

  p {
    margin: 0.5em 0;
  }

  ul,
  ol {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-top: 0.25em;
  }

  a {
    color: inherit;
  }

  .intro,
  .caveat,
  .step-of,
  .note {
    color: var(--_muted);
  }

  .loading {
    margin: 0;
    min-height: 3em;
  }

  /* Clinic box: phone, hours, booking. */
  .clinic {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 0.75em;
    padding: 0.75em;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface-2);
  }

  .clinic p {
    margin: 0;
  }

  .phone {
    font-weight: 600;
    min-height: 24px;
    display: inline-flex;
    align-items: center;
  }

  a.pt-button {
    text-decoration: none;
  }

  .label,
  .list-label,
  dt {
    font-weight: 600;
  }

  /* Timeline: step buttons, then the current step. */
  .step-nav {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .step-nav li + li {
    margin-top: 0;
  }

  .nav-button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.3em 0.75em 0.3em 0.3em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    cursor: pointer;
    text-align: start;
  }

  .num,
  .step-num {
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.9em;
    height: 1.9em;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    font-weight: 700;
  }

  .nav-button[aria-current='step'] {
    border-color: var(--_accent);
    border-width: 2px;
    font-weight: 600;
  }

  .nav-button[aria-current='step'] .num,
  .step-num {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .steps {
    list-style: none;
    padding: 0;
    margin-top: 0.75em;
  }

  .step[hidden] {
    display: none;
  }

  .step {
    padding: 0.75em;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface-2);
    border-inline-start: 4px solid var(--_accent);
  }

  .step-head {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  .step-head:focus {
    outline: none;
  }

  .step-head:focus-visible {
    outline: 3px solid var(--_focus);
  }

  .step-head > * {
    font-size: 1.1em;
  }

  .step-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: 0.75em;
  }

  /* The plan chooser. */
  .plan fieldset {
    margin: 0.75em 0 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
  }

  .plan legend {
    font-weight: 600;
    padding: 0 0.25em;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    cursor: pointer;
  }

  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  .plan-result {
    margin-top: 0.5em;
    padding: 0.5em 0.75em;
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    border: 2px solid var(--_accent);
  }

  /* Who does what: side by side when there is room. */
  .role-list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }

  .role-list li + li {
    margin-top: 0;
  }

  .role {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 1.5);
  }

  .role > :first-child {
    font-size: 1.05em;
  }

  dl {
    margin: 0.5em 0 0;
  }

  dd {
    margin: 0 0 0.5em;
  }

  @container pt-root (min-width: 40rem) {
    .role-list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  /* When to call. */
  .urgent {
    margin-top: 0.75em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    border-radius: calc(var(--_radius) / 3);
    background: var(--_surface-2);
  }

  /* FAQ. */
  .faq-item {
    border-top: 1px solid var(--_border);
  }

  .faq-item:last-of-type {
    border-bottom: 1px solid var(--_border);
  }

  .faq-item summary {
    min-height: 44px;
    padding: 0.6em 0;
    cursor: pointer;
    font-weight: 600;
  }

  .faq-item p {
    margin: 0 0 0.75em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .nav-button,
    .plan-result {
      transition: border-color 0.15s ease-out, background-color 0.15s ease-out;
    }
  }

  @media print {
    .pt-root {
      border: none;
      padding: 0;
      background: #fff !important;
      color: #000 !important;
    }
    .step-nav,
    .step-controls,
    .plan fieldset,
    .book {
      display: none !important;
    }
    .step[hidden] {
      display: block !important;
    }
    .step {
      break-inside: avoid;
      margin-top: 0.75em;
      background: none;
      border-inline-start: 3px solid #000;
    }
    .faq-item::details-content {
      content-visibility: visible;
      display: block;
    }
    .faq-item > summary {
      list-style: none;
    }
    .role-list {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
`;
