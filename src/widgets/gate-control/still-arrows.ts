// The still arrows shown instead of the moving pulses (paused, reduced motion, print). They are part of the
// first render (a page downloads them anyway, for print), placed with the browser's path geometry (path-geometry.ts).
import { svg, nothing, type SVGTemplateResult } from 'lit';
import type { GateState } from './gate-model.js';
import type { TrackId } from './diagram.js';
import { pointAt } from './path-geometry.js';

/**
 * How many arrowheads a track shows (their size grows too): together they carry the same information
 * as the rate of the moving pulses.
 */
export function arrowCount(rate: number): number {
  return Math.max(0, Math.min(6, Math.round(rate * 1.6)));
}

function flow(tracks: Readonly<Record<TrackId, string>>, track: TrackId, rate: number): SVGTemplateResult {
  const n = arrowCount(rate);
  if (n === 0) return svg``;
  const scale = (0.8 + 0.18 * Math.min(rate, 4)).toFixed(2);
  return svg`<g class=${`flow flow-${track}`} data-count=${n}>
    ${Array.from({ length: n }, (_, i) => {
      const p = pointAt(tracks[track], (i + 0.6) / (n + 0.2));
      return svg`<path class="flow-arrow" d="M-9 -9L9 0L-9 9Z"
        transform=${`translate(${p.x.toFixed(1)} ${p.y.toFixed(1)}) rotate(${p.angle.toFixed(1)}) scale(${scale})`} />`;
    })}
  </g>`;
}

/** The arrows along each track for this state (the descending path only when the brain sends something). */
export function stillArrows(tracks: Readonly<Record<TrackId, string>>, state: GateState): SVGTemplateResult {
  return svg`${flow(tracks, 'abeta', state.rates.abeta)}${flow(tracks, 'adelta', state.rates.adelta)}${flow(tracks, 'c', state.rates.c)}${flow(
    tracks,
    'ascending',
    state.rates.ascending,
  )}${state.descending.effect === 'none' ? nothing : flow(tracks, 'descending', state.rates.descending)}`;
}
