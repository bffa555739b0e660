// Styles for <pt-gate-control>, one concern per module: tokens and the fixed-ratio figure (here), the
// drawing (diagram.css.ts), the panel (panel.css.ts), high contrast / print / reduced motion (here), and
// the layout by the widget's own width that swaps on-picture labels for numbered badges and a key.
import { css, type CSSResultGroup } from 'lit';
import { schemeTokens } from '../../core/theme.css.js';
import { diagramStyles } from './diagram.css.js';
import { panelStyles } from './panel.css.js';

// The layout below is hand-compacted and left as written by the build (css`` under another name is not
// minified); the rest goes through lightningcss (scripts/minify-css.mjs).
const unminified = css;

/** Colour tokens (light and dark): light-dark() pairs, plain values for browsers without it. */
const gateTokens = schemeTokens([
  ['--_abeta', '#1d5fd1', '#86b4ff', '--pt-gate-touch-color'],
  ['--_adelta', '#c2410c', '#ffa066', '--pt-gate-sharp-color'],
  ['--_c', '#7e2fc0', '#d5a6ff', '--pt-gate-ache-color'],
  ['--_inhib', '#0b7a55', '#53d6a6', '--pt-gate-calm-color'],
  ['--_tcell', '#c0262d', '#ff8080', '--pt-gate-signal-color'],
  ['--_stress', '#b45309', '#ffb454'],
  ['--_skin-top', '#e9b597', '#b98870'],
  ['--_skin-mid', '#f7dcc8', '#6e4c3e'],
  ['--_skin-deep', '#fbe9dd', '#4c362d'],
  ['--_skin-edge', '#c98d6c', '#d4a58d'],
  ['--_brain-fill', '#f6ecf8', '#3b2f4a'],
  ['--_brain-line', '#8b5b9c', '#c8a7e0'],
  ['--_cord', '#eef2f5', '#1b2530'],
  ['--_horn', '#e1e7ec', '#263341'],
  ['--_pulse-ring', '#ffffff', '#0d1218'],
]);

/** The root box, the loading line and the fixed-ratio figure. */
const baseStyles = css`
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
`;

/** Windows high contrast, paper and reduced motion. */
const mediaStyles = css`
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

export const gateStyles: CSSResultGroup = [gateTokens, baseStyles, diagramStyles, panelStyles, mediaStyles];

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
