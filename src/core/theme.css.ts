// Shared tokens and resets for every widget's shadow root. Public `--pt-*` properties feed
// private `--_*` ones whose defaults live on :host, so dark mode and nesting need no :root rules.
// Light and dark values are written once, in a token table, and become light-dark() pairs: they resolve
// against the host's color-scheme, which by default is inherited from the page (light unless the page
// declares dark or "light dark" on :root, an ancestor or <meta name="color-scheme">); the theme attribute
// overrides it. Browsers without light-dark() (Safari < 17.5, Firefox < 120, Chrome < 123) would find every
// token invalid, so the same table also writes plain values for them under @supports not: light, or dark
// for theme="dark", theme="auto" on a dark system, and a page found dark when the widget was connected
// (data-pt-scheme="dark", set by scheme-fallback.ts, which scheme-marker.ts imports only in those browsers).
import { css, unsafeCSS, type CSSResult, type CSSResultGroup } from 'lit';

/** A colour token: private name, light value, dark value, and the public property that overrides it. */
export type SchemeToken = readonly [name: `--_${string}`, light: string, dark: string, publicName?: `--pt-${string}`];

/**
 * `:host` rules for `tokens`: light-dark() pairs, and plain light and dark values for browsers without
 * light-dark(). Widgets with colours of their own use it too, so their tokens get the same fallback.
 * The values are our own constants (hence unsafeCSS), never page or clinic input.
 */
export function schemeTokens(tokens: readonly SchemeToken[]): CSSResult {
  const declarations = (value: (light: string, dark: string) => string) =>
    tokens
      .map(([name, light, dark, publicName]) => `${name}:${publicName ? `var(${publicName},${value(light, dark)})` : value(light, dark)};`)
      .join('');
  const dark = declarations((_, d) => d);
  return unsafeCSS(
    `:host{${declarations((l, d) => `light-dark(${l},${d})`)}}` +
      '@supports not (color:light-dark(#000,#fff)){' +
      `:host{${declarations((l) => l)}}` +
      // screen only: on paper the print rules' plain light values win, as they do over light-dark()
      `@media screen{:host([theme=dark]),:host([data-pt-scheme=dark]:not([theme=light],[theme=auto])){${dark}}}` +
      `@media screen and (prefers-color-scheme:dark){:host([theme=auto]){${dark}}}` +
      '}',
  );
}

/** The shared colour tokens (light, dark); each can be set from the page through its `--pt-*` property. */
export const THEME_TOKENS: readonly SchemeToken[] = [
  ['--_accent', '#0b6b66', '#5fd1c8', '--pt-accent'],
  ['--_on-accent', '#ffffff', '#06201e', '--pt-on-accent'],
  ['--_text', '#1c2430', '#e8edf2', '--pt-text'],
  ['--_muted', '#475467', '#b4c0cc', '--pt-text-muted'],
  ['--_surface', '#ffffff', '#141a21', '--pt-surface'],
  ['--_surface-2', '#f1f4f6', '#1f2731', '--pt-surface-alt'],
  ['--_border', '#8a96a3', '#6b7886', '--pt-border'],
  ['--_focus', '#1f5fbf', '#8ab4ff', '--pt-focus'],
  ['--_warning', '#8a4b00', '#ffb866', '--pt-warning'],
];

const baseStyles = css`
  :host {
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

/** Every widget's shared styles: the colour tokens (with their fallback), then the resets. */
export const themeStyles: CSSResultGroup = [schemeTokens(THEME_TOKENS), baseStyles];
