// Styles of the chart drawings (2D view, print handout and the legend's swatches). Colours follow the
// trigger-point manuals: red zones (solid = usual, stippled = some people), black X's, and a blue
// muscle with its fibres, so the muscle never reads as pain.
import { css } from 'lit';

export const chartStyles = css`
  :host {
    --_zone: var(--pt-map-zone, #c8102e);
    --_zone-tint: var(--pt-map-zone-tint, #f9d3d3);
    --_muscle: var(--pt-map-muscle, #1f5fa8);
    --_area: var(--pt-map-area, #6a3d9a);
    --_skin: var(--pt-map-body, #f1e6da);
    --_outline: var(--pt-map-outline, #5c4a3d);
    --_ink: var(--pt-map-ink, #111);
  }
  /* the drawing with the chosen muscle's crowded X's: twice as wide, first, the others beside it (not in print: one page) */
  .chart figure.big { grid-column: span 2; grid-row: span 2; order: -1; }
  @media print {
    .chart figure.big { grid-column: auto; grid-row: auto; order: 0; }
  }
  svg .body { fill: var(--_skin); }
  svg .outline { fill: none; stroke: var(--_outline); stroke-width: 1.6px; vector-effect: non-scaling-stroke; }
  svg .landmark { fill: none; stroke: var(--_outline); stroke-opacity: 0.55; stroke-width: 1.1px; stroke-linecap: round; vector-effect: non-scaling-stroke; }
  svg .landmark.ridge { stroke-opacity: 0.8; stroke-width: 1.8px; }
  svg .essential { fill: var(--_zone); }
  svg .spill-tint { fill: var(--_zone-tint); }
  svg .dot { fill: var(--_zone); }
  svg .stripe { fill: var(--_area); }
  svg .muscle-fill { fill: var(--_muscle); fill-opacity: 0.22; }
  svg .fibres { fill: none; stroke: var(--_muscle); stroke-opacity: 0.75; stroke-width: 1px; vector-effect: non-scaling-stroke; }
  svg .muscle-edge { fill: none; stroke: var(--_muscle); stroke-width: 2.2px; vector-effect: non-scaling-stroke; }
  svg .muscle-fill.deep { fill-opacity: 0.1; }
  svg .deep .fibres { stroke-opacity: 0.45; stroke-dasharray: 3 3; }
  svg .deep .muscle-edge { stroke-dasharray: 7 5; }
  svg .x path { fill: none; stroke-linecap: round; vector-effect: non-scaling-stroke; }
  svg .x .x-under { stroke: #fff; stroke-width: 7px; }
  svg .x .x-over { stroke: var(--_ink); stroke-width: 3.5px; }
  svg .x.chosen .x-under { stroke-width: 9px; }
  svg .x.chosen .x-over { stroke-width: 4.5px; }
  svg .x.receded .x-under { stroke-width: 4px; }
  svg .x.receded .x-over { stroke: var(--_outline); stroke-width: 2px; }
`;
