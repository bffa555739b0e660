// Shared tokens and resets for every widget's shadow root. Public `--pt-*` properties feed
// private `--_*` ones whose defaults live on :host, so dark mode and nesting need no :root rules.
// Light and dark values are written once, as light-dark() pairs: they resolve against the host's
// color-scheme, which by default is inherited from the page (light unless the page declares dark or
// "light dark" on :root, an ancestor or <meta name="color-scheme">); the theme attribute overrides it.
import { css } from 'lit';

export const themeStyles = css`
  :host {
    --_accent: var(--pt-accent, light-dark(#0b6b66, #5fd1c8));
    --_on-accent: var(--pt-on-accent, light-dark(#ffffff, #06201e));
    --_text: var(--pt-text, light-dark(#1c2430, #e8edf2));
    --_muted: var(--pt-text-muted, light-dark(#475467, #b4c0cc));
    --_surface: var(--pt-surface, light-dark(#ffffff, #141a21));
    --_surface-2: var(--pt-surface-alt, light-dark(#f1f4f6, #1f2731));
    --_border: var(--pt-border, light-dark(#8a96a3, #6b7886));
    --_focus: var(--pt-focus, light-dark(#1f5fbf, #8ab4ff));
    --_warning: var(--pt-warning, light-dark(#8a4b00, #ffb866));
    --_radius: var(--pt-radius, 12px);
    --_font: var(--pt-font-family, inherit);
    --_space: var(--pt-space, 1rem);

    /* The root is size-contained (container queries), so it has no intrinsic width: as a flex item the
       widget would shrink to nothing. Pages with rules like "* { all: revert }" or "div { display: flex
       !important }" beat every normal :host declaration; only !important inside the shadow tree wins. */
    display: block !important;
    box-sizing: border-box !important;
    flex: 1 1 100% !important;
    min-width: 0 !important;
    width: 100%;
    max-width: 100%;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--pt-font-size, 1rem);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
  }

  :host([hidden]) {
    display: none !important;
  }

  :host([theme='light']) {
    color-scheme: light !important;
  }
  :host([theme='dark']) {
    color-scheme: dark !important;
  }
  :host([theme='auto']) {
    color-scheme: light dark !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* The widget's own box: a block even if page CSS turns the host inline. */
  .pt-root {
    display: block;
    min-width: 0;
    max-width: 100%;
    background: var(--_surface);
    color: var(--_text);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    container: pt-root / inline-size;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  button,
  select,
  input,
  summary {
    font: inherit;
    color: inherit;
  }

  .pt-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-width: 44px;
    min-height: 44px;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 1.5);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
    line-height: 1.2;
  }

  .pt-button[aria-pressed='true'],
  .pt-button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .pt-button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }

  .pt-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  .pt-disclaimer {
    margin: 0.75em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .pt-sources {
    margin-top: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .pt-sources summary {
    cursor: pointer;
    min-height: 24px;
    padding: 0.25em 0;
    color: var(--_text);
  }

  .pt-sources ol {
    margin: 0.25em 0 0;
    padding-inline-start: 1.5em;
  }

  .pt-sources a {
    color: inherit;
  }

  @media print {
    :host {
      color: #000 !important;
      --_surface: #fff;
      --_surface-2: #fff;
      --_text: #000;
      --_muted: #222;
    }
    /* A handout shows its sources even if the reader never opened the disclosure. */
    .pt-sources::details-content {
      content-visibility: visible;
      display: block;
    }
    .pt-sources > summary {
      list-style: none;
    }
  }
`;
