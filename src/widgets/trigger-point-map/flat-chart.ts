// The 2D chart (no WebGL, print, reduced data): front, back and, when the chart needs it, side
// drawings with the figure's landmarks, the chosen muscle's outline and fibres, its zones (solid red
// = usual, stippled = some people) and every trigger point as an X. Same data as the 3D view.
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import { landmarks } from './body/figure.js';
import { silhouettePath } from './body/silhouette.js';
import { drawU, chartBounds, type ChartView } from './body/chart.js';
import { muscleLayers, chartViews, areaOutline, type Outline, type MuscleLayers } from './body/chart-layers.js';
import { areaSpots, type Fibres } from '../../content/trigger-point-chart/index.js';
import { layoutMarkers, type PlacedMarker, type BodyMarker } from './marker-layout.js';
import { hidesArms, patternHeights } from './camera-focus.js';
import type { MapMuscle } from './map-content.js';

export interface FlatChartInput {
  view: ChartView;
  /** Unique per element and view, for pattern and clip ids. */
  id: string;
  layers?: MuscleLayers;
  fibres?: Fibres;
  /** Fibre directions given per outline shape (a muscle drawn in two views). */
  shapeFibres?: readonly { view: ChartView; fibres?: Fibres }[];
  deep?: boolean;
  area?: readonly Outline[];
  /** Markers in chart millimetres of this view. */
  markers: readonly PlacedMarker[];
  /** Leave the arms out of the drawing (a side view of the trunk or leg). */
  noArms?: boolean;
  /** Height of the framed region in mm: markers are sized to it so they look the same size on screen. */
  frameHeight: number;
  /** About how many screen pixels a millimetre of this drawing takes (sizes the X's so they stay apart). */
  pxPerMm?: number;
  /** Half the chosen muscle's X's in pixels, the same in every drawing of the chart. */
  xHalfPx?: number;
}

const FULL: Record<ChartView, [number, number, number, number]> = {
  front: [-370, -20, 370, 1780],
  back: [-370, -20, 370, 1780],
  side: [-200, -20, 200, 1780],
};

const pathOf = (o: Outline) => `M${o.poly.map(([u, v]) => `${Math.round(drawU(u, o.view))} ${Math.round(-v)}`).join('L')}Z`;

/** viewBox of a drawing: the frame (in chart mm) padded, in drawing coordinates (y down). */
export function viewBoxFor(view: ChartView, frame?: readonly [number, number, number, number]): string {
  const [u0, v0, u1, v1] = frame ?? FULL[view];
  const a = drawU(u0, view), b = drawU(u1, view);
  const x = Math.min(a, b), w = Math.abs(b - a);
  return `${Math.round(x)} ${Math.round(-v1)} ${Math.round(w)} ${Math.round(v1 - v0)}`;
}

/** The hand in the front and back drawings (mm): outside this u, below the wrist, down to the fingertips. */
const HAND_U = 220, WRIST_V = 860, FINGERTIPS_V = 675;

/** A frame around some chart points: padded, at least `min` mm tall, inside the figure. */
export function frameAround(points: readonly (readonly [number, number])[], view: ChartView, min = 520, wide = 0.55): [number, number, number, number] {
  const full = FULL[view];
  if (!points.length) return full;
  let [u0, v0, u1, v1] = chartBounds(points);
  u0 -= 50; u1 += 50; v0 -= 60; v1 += 60;
  if (v1 - v0 < min) {
    const c = (v0 + v1) / 2;
    v0 = c - min / 2;
    v1 = c + min / 2;
  }
  // keep a chart's proportions readable: at least `wide` (0.55) wide per unit of height, less for a tall
  // frame (so a drawing of the whole leg is not shrunk to fit the body's width), centred on the shapes
  const h = v1 - v0;
  const wantW = Math.max(u1 - u0, h * Math.min(wide, 0.55 - 0.2 * Math.min(1, Math.max(0, (h - 600) / 400))));
  const cu = (u0 + u1) / 2;
  u0 = cu - wantW / 2;
  u1 = cu + wantW / 2;
  // a side drawing down to the floor shows the whole foot; a front or back drawing of a zone on the hand, the whole hand
  if (view === 'side' && v0 < 120) u1 = Math.max(u1, 175);
  if (view !== 'side' && points.some(([u, v]) => Math.abs(u) > HAND_U && v < WRIST_V)) v0 = Math.min(v0, FINGERTIPS_V - 30);
  return [Math.max(full[0], u0), Math.max(full[1], v0), Math.min(full[2], u1), Math.min(full[3], v1)];
}

function fibreLines(layers: MuscleLayers, fibres: Fibres, view: ChartView): string {
  const polys = layers.outline.filter((o) => o.view === view);
  if (!polys.length) return '';
  const [u0, v0, u1, v1] = chartBounds(polys.flatMap((o) => o.poly));
  const lines: string[] = [];
  const P = (u: number, v: number) => `${Math.round(drawU(u, view))} ${Math.round(-v)}`;
  if (fibres.kind === 'parallel') {
    const a = (fibres.angle * Math.PI) / 180;
    const dx = Math.cos(a), dy = Math.sin(a);
    const cu = (u0 + u1) / 2, cv = (v0 + v1) / 2, r = Math.hypot(u1 - u0, v1 - v0) / 2;
    for (let s = -r; s <= r; s += 9) {
      const bu = cu - dy * s, bv = cv + dx * s;
      lines.push(`M${P(bu - dx * r, bv - dy * r)}L${P(bu + dx * r, bv + dy * r)}`);
    }
  } else {
    const [fu, fv] = fibres.focus;
    const corners: [number, number][] = [[u0, v0], [u1, v0], [u1, v1], [u0, v1]];
    const angles = corners.map(([u, v]) => Math.atan2(v - fv, u - fu));
    let lo = Math.min(...angles), hi = Math.max(...angles);
    if (hi - lo > Math.PI) [lo, hi] = [hi, lo + 2 * Math.PI];
    const far = Math.max(...corners.map(([u, v]) => Math.hypot(u - fu, v - fv)));
    const steps = Math.max(6, Math.round(((hi - lo) * far) / 11));
    for (let k = 0; k <= steps; k++) {
      const t = lo + ((hi - lo) * k) / steps;
      lines.push(`M${P(fu, fv)}L${P(fu + Math.cos(t) * far, fv + Math.sin(t) * far)}`);
    }
  }
  return lines.join('');
}

/** Half an X (px) that keeps two X's `apart` px apart from touching: less the 9 px white edge under each and a little air. */
const xHalf = (apart: number, most: number): number => Math.max(3.5, Math.min(most, (apart - 14) / 2));

/** Half of the chosen muscle's X's (px) in one drawing: the largest that keeps its closest two apart. */
function chosenHalf(markers: readonly PlacedMarker[], px: number): number {
  const own = markers.filter((m) => m.emphasis === 'chosen');
  let near = Infinity;
  for (const a of own) for (const b of own) if (a !== b) near = Math.min(near, Math.hypot(a.x - b.x, a.y - b.y));
  return xHalf(near * px, X_HALF_MOST);
}

/** Half the chosen muscle's X at its largest (px). */
const X_HALF_MOST = 8;

/** The chart's usual width and a drawing's greatest height (its 30rem cap), px. */
const CHART_PX = 360, DRAWING_MAX_PX = 480;

/** About how many pixels a millimetre takes when `n` drawings share the chart's usual width. */
const pxPerMm = (f: readonly [number, number, number, number], n: number): number => Math.min(CHART_PX / n / (f[2] - f[0]), DRAWING_MAX_PX / (f[3] - f[1]));

/** One drawing (front, back or side) of the chart. */
export function renderChartView(input: FlatChartInput): SVGTemplateResult {
  const { view, id, layers, fibres, deep, area, markers } = input;
  const k = input.frameHeight / 1000;
  const sil = silhouettePath(view, !(input.noArms && view === 'side'));
  const marks = landmarks.filter((l) => l.view === view);
  const sides = (l: (typeof landmarks)[number]) => (l.midline || view === 'side' ? [1] : [1, -1]);
  const landmarkPaths = marks.flatMap((l) =>
    sides(l).map((s) => {
      if (l.kind === 'oval') {
        const [[cu, cv], [rx, ry]] = l.points;
        return svg`<ellipse class="landmark" cx=${Math.round(drawU(cu * s, view))} cy=${-cv} rx=${rx} ry=${ry} />`;
      }
      return svg`<path class=${l.ridge ? 'landmark ridge' : 'landmark'} d=${`M${l.points.map(([u, v]) => `${Math.round(drawU(u * s, view))} ${-v}`).join('L')}`} />`;
    }),
  );
  const inView = (os: readonly Outline[] | undefined) => (os ?? []).filter((o) => o.view === view);
  const muscle = inView(layers?.outline);
  const areas = inView(area);
  const own = input.shapeFibres?.find((x) => x.view === view)?.fibres;
  const fib = layers && fibres && muscle.length ? fibreLines(layers, own ?? fibres, view) : '';
  // a side view draws the hanging arm's outline over the trunk; zones on the arm go over it, the others under it
  const arm = view === 'side' && !input.noArms;
  const zones = (onArm: boolean) => {
    const pick = (os: readonly Outline[] | undefined) => inView(os).filter((o) => !!o.arm === onArm);
    return svg`${pick(layers?.spillover).map((o) => svg`<path class="spill-tint" d=${pathOf(o)} /><path d=${pathOf(o)} fill=${`url(#${id}-dots)`} />`)}
      ${pick(layers?.essential).map((o) => svg`<path class="essential" d=${pathOf(o)} />`)}`;
  };
  return svg`
    <defs>
      <clipPath id=${`${id}-body`}><path d=${sil} /></clipPath>
      <clipPath id=${`${id}-muscle`}>${muscle.map((o) => svg`<path d=${pathOf(o)} />`)}</clipPath>
      <pattern id=${`${id}-dots`} width="12" height="12" patternUnits="userSpaceOnUse">
        <circle cx="6" cy="6" r="3" class="dot" />
      </pattern>
      <pattern id=${`${id}-stripes`} width="16" height="16" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="16" class="stripe" />
      </pattern>
    </defs>
    <path class="body" d=${sil} />
    <g clip-path=${`url(#${id}-body)`}>
      ${muscle.map((o) => svg`<path class=${deep ? 'muscle-fill deep' : 'muscle-fill'} d=${pathOf(o)} />`)}
      ${zones(false)}
      ${arm ? svg`<path class="body" d=${silhouettePath(view, 'arm')} /><path class="outline" d=${silhouettePath(view, 'arm')} />${zones(true)}` : nothing}
      ${muscle.length
        ? svg`${muscle.map((o) => svg`<path class="body" fill-opacity="0.4" d=${pathOf(o)} /><path class=${deep ? 'muscle-fill deep' : 'muscle-fill'} d=${pathOf(o)} />`)}
          <g class=${deep ? 'muscle deep' : 'muscle'}>
            <path class="fibres" clip-path=${`url(#${id}-muscle)`} d=${fib} />
            ${muscle.map((o) => svg`<path class="muscle-edge" d=${pathOf(o)} />`)}
          </g>`
        : nothing}
      ${areas.map((o) => svg`<path d=${pathOf(o)} fill=${`url(#${id}-stripes)`} class="area" />`)}
      ${landmarkPaths}
    </g>
    <path class="outline" d=${sil} />
    ${markers.map((m) => {
      // X's shrink to stay apart from each other (they never overlap): half an X in screen pixels, less
      // the 9 px white edge under it and a little air, at the drawing's scale
      const near = Math.min(...markers.filter((o) => o !== m && o.emphasis === m.emphasis).map((o) => Math.hypot(o.x - m.x, o.y - m.y)));
      const px = input.pxPerMm ?? 0.45 / k;
      const half = m.emphasis === 'chosen' && input.xHalfPx ? input.xHalfPx : xHalf(near * px, m.emphasis === 'chosen' ? 8 : m.emphasis === 'receded' ? 4.5 : 6);
      const s = Math.round(half / px);
      const d = `M${-s} ${-s}L${s} ${s}M${s} ${-s}L${-s} ${s}`;
      return svg`<g class=${`x ${m.emphasis}`} transform=${`translate(${Math.round(drawU(m.x, view))} ${Math.round(-m.y)})`} data-muscle=${m.muscle}>
        <path class="x-under" d=${d} /><path class="x-over" d=${d} />
      </g>`;
    })}
  `;
}

export interface DrawingsInput {
  muscle?: MapMuscle;
  area?: string;
  markers: readonly BodyMarker[];
  showAll: boolean;
  viewName(view: ChartView): string;
  label(view: ChartView): string;
  onClick(e: MouseEvent, view: ChartView): void;
}

type Frame = readonly [number, number, number, number];

/**
 * Drawings side by side in one row, each as tall as the tallest (PT review 8: a short drawing beside a long
 * one left an empty area under it): a shorter frame shows more of the body above and below it, at the same
 * scale, and never so tall that the drawings' 30rem cap would shrink it (pxPerMm stays as it was).
 */
export function fillRow(frames: readonly (Frame | undefined)[], views: readonly ChartView[]): (Frame | undefined)[] {
  const aspect = (f: Frame) => (f[3] - f[1]) / (f[2] - f[0]);
  const tallest = Math.min(Math.max(0, ...frames.map((f) => (f ? aspect(f) : 0))), (DRAWING_MAX_PX * views.length) / CHART_PX);
  return frames.map((f, i) => {
    const grow = f ? tallest * (f[2] - f[0]) - (f[3] - f[1]) : 0;
    if (!f || grow < 1) return f;
    const [, lo, , hi] = FULL[views[i]];
    let a = f[1] - grow / 2, b = f[3] + grow / 2;
    if (a < lo) [a, b] = [lo, b + lo - a];
    if (b > hi) [a, b] = [Math.max(lo, a - (b - hi)), hi];
    return [f[0], a, f[2], b];
  });
}

/** The 2D chart: the drawings the chosen chart uses (front and back with none chosen), framed on it and lined up. */
export function renderDrawings({ muscle: m, area: areaId, markers: bodyMarkers, showAll, viewName, label, onClick }: DrawingsInput): TemplateResult {
  const layers = m ? muscleLayers(m.chart) : undefined;
  const spot = areaId ? areaSpots[areaId] : undefined;
  const area = spot ? [areaOutline(spot), areaOutline(spot, true)] : undefined;
  // with a muscle chosen, the drawings its chart uses (the charts leave out empty views)
  const used = m ? chartViews(m.chart) : [];
  const views: ChartView[] = (['front', 'back', 'side'] as const).filter((v) => (m ? used.includes(v) : v !== 'side') || spot?.view === v);
  const markersIn = (view: ChartView) =>
    layoutMarkers(
      bodyMarkers.flatMap((b) => {
        // a chosen chart shows its points in their own drawings; the overview wherever a drawing faces them
        const at = b.seen[view] ?? (m ? undefined : b.also[view]);
        return at ? [{ key: b.key, muscle: b.muscle, x: at[0], y: at[1], visible: true }] : [];
      }).concat(
        // the chosen chart's points as this drawing shows them, when it draws them again
        (m?.chart.alsoDrawn ?? []).filter((p) => p.view === view).map((p, i) => ({ key: `${m!.id}|also${i}`, muscle: m!.id, x: p.at[0], y: p.at[1], visible: true })),
      ),
      { chosen: m?.id, showAll, gap: m ? 30 : 24, nudge: false },
    );
  const frames = views.map((view) => {
    if (!m) return undefined;
    const pts = [...(layers?.outline ?? []), ...(layers?.essential ?? []), ...(layers?.spillover ?? [])].filter((o) => o.view === view).flatMap((o) => o.poly);
    const own = bodyMarkers.filter((b) => b.muscle === m.id && b.seen[view]).map((b) => b.seen[view]!).concat((m.chart.alsoDrawn ?? []).filter((p) => p.view === view).map((p) => [p.at[0], p.at[1]] as [number, number]));
    if (!pts.length && !own.length) return undefined;
    // at least the stretch of the body the pattern is on (the lower leg for a heel zone)
    const [u0] = chartBounds([...pts, ...own]);
    const hs = patternHeights(m.chart);
    // three drawings side by side are narrow: frame them narrower too, so they are not drawn small
    return frameAround([...pts, ...own, ...(hs ? ([[u0, hs[0]], [u0, hs[1]]] as const) : [])], view, 520, views.length > 2 ? 0.38 : 0.55);
  });
  // one vertical range for the drawings, so they line up side by side; a drawing of a much shorter
  // stretch (the heel beside the whole leg) keeps its own, so it is not drawn larger than the rest
  const framed = frames.filter((f): f is [number, number, number, number] => !!f);
  const v0 = Math.min(...framed.map((f) => f[1])), v1 = Math.max(...framed.map((f) => f[3]));
  const noArms = hidesArms({ muscle: m, area: areaId });
  const fs = views.map((_, i) => {
    const own = frames[i];
    const alone = own && own[3] - own[1] < (v1 - v0) * 0.7;
    return framed.length ? (alone ? own : ([own?.[0] ?? -300, v0, own?.[2] ?? 300, v1] as const)) : undefined;
  });
  const placed = views.map(markersIn);
  const chosenIn = placed.map((ms) => ms.filter((x) => x.emphasis === 'chosen').length);
  // three drawings side by side are narrow: the one with the most of the chosen muscle's X's is drawn
  // twice as wide (two columns and two rows, the others beside it) when its X's would crowd otherwise
  const most = chosenIn.indexOf(Math.max(...chosenIn));
  const big = views.length > 2 && chosenIn[most] > 1 && chosenHalf(placed[most], pxPerMm(fs[most] ?? FULL[views[most]], views.length)) < X_HALF_MOST ? most : -1;
  const rows = big < 0 ? fillRow(fs, views) : fs;
  const scale = views.map((view, i) => pxPerMm(rows[i] ?? FULL[view], i === big ? views.length / 2 : views.length));
  // one size for the chosen muscle's X's in every drawing of a size: the largest that keeps every two apart
  const halfIn = (small: boolean) => Math.min(...views.map((_, i) => ((i !== big) === small ? chosenHalf(placed[i], scale[i]) : Infinity)));
  return html`${views.map((view, i) => {
    const f = rows[i];
    const xHalfPx = Math.min(X_HALF_MOST, halfIn(i !== big));
    return html`<figure class="drawing ${view}${i === big ? ' big' : ''}">
      <svg viewBox=${viewBoxFor(view, f)} role="img" aria-label=${label(view)} @click=${(e: MouseEvent) => onClick(e, view)}>
        ${renderChartView({ view, id: `c-${view}`, layers, fibres: m?.chart.fibres, shapeFibres: m?.chart.outline, noArms, deep: m?.chart.deep, area, markers: placed[i], frameHeight: f ? f[3] - f[1] : 1800, pxPerMm: scale[i], xHalfPx })}
      </svg>
      <figcaption>${viewName(view)}</figcaption>
    </figure>`;
  })}`;
}
