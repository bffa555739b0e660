// The chart shapes of a muscle (or a named area) turned into what both renderers draw: smooth
// outlines per view for the 2D drawings, and per-vertex signed distances for the 3D body's shader.
// Pure: no DOM, no three.js.
import type { ChartShape, MuscleChart, AreaSpot } from '../../../content/trigger-point-chart/index.js';
import { smoothClosed, polygonDistance, chartBounds, toChart, facing, type ChartView } from './chart.js';
import type { BodyMesh } from './mesher.js';
import type { Vec3 } from './vec.js';

export interface Outline {
  view: ChartView;
  poly: [number, number][];
  /** A side-view shape drawn on the arm (others look past the arm). */
  arm?: boolean;
  /** A side-view shape that runs on round onto the front of the trunk: skin facing forward is painted too. */
  wrapsFront?: boolean;
  /** A named area's circle mirrored to the right side (side views paint the patient's right). */
  rightSide?: boolean;
  /**
   * A muscle drawn in the side view and in the front or back view: each drawing paints only surfaces
   * that clearly face it, between the across (x) or depth (z) limits (mm) the other drawing gives, so
   * a side drawing of a neck muscle does not spill onto the shoulder or the back of the neck.
   */
  within?: { axis: 0 | 2; min: number; max: number; away?: ChartView; rows?: Rows; heads?: Outline[] };
  /** How squarely a surface must face the view to be painted (a muscle's outline: only what faces its drawing). */
  minFacing?: number;
  /** ...and below this height (mm), `min` instead (blended over the 30 mm above it). */
  lowerFacing?: { below: number; min: number };
  /** One of several outlines of a muscle in the same view (its heads): its own edge is drawn inside the others too. */
  ownEdge?: boolean;
}

const smoothCache = new WeakMap<ChartShape, Outline>();
export function outline(shape: ChartShape): Outline {
  let o = smoothCache.get(shape);
  if (!o) smoothCache.set(shape, (o = { view: shape.view, poly: smoothClosed(shape.points), arm: shape.arm, wrapsFront: shape.wrapsFront }));
  return o;
}

/** A named area's circle as an outline (optionally the right side's mirror image). */
export function areaOutline(spot: AreaSpot, right = false): Outline {
  const cu = right && spot.view !== 'side' ? -spot.at[0] : spot.at[0];
  return { view: spot.view, poly: circle(cu, spot.at[1], spot.r, 24), rightSide: right && spot.view === 'side' };
}

/** `n` points around a circle in chart millimetres. */
export function circle(u: number, v: number, r: number, n: number): [number, number][] {
  return Array.from({ length: n }, (_, k) => [u + r * Math.cos((2 * Math.PI * k) / n), v + r * Math.sin((2 * Math.PI * k) / n)]);
}

export interface MuscleLayers {
  outline: Outline[];
  essential: Outline[];
  spillover: Outline[];
}

/** Across limits (mm) per height: every `step` mm from `v0`, the other drawing's extent there with a margin (NaN: none). */
export interface Rows {
  v0: number;
  step: number;
  lo: Float32Array;
  hi: Float32Array;
}

/** The across extent (u) of some outlines at each height, `pad` mm wider on both sides. */
export function extentRows(os: readonly Outline[], pad: number, step = 5): Rows {
  const [, v0, , v1] = chartBounds(os.flatMap((o) => o.poly));
  const n = Math.floor((v1 - v0) / step) + 1;
  const lo = new Float32Array(n).fill(NaN), hi = new Float32Array(n).fill(NaN);
  for (let k = 0; k < n; k++) {
    const v = v0 + k * step;
    for (const { poly } of os) {
      for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
        const [au, av] = poly[j], [bu, bv] = poly[i];
        if (av > v === bv > v) continue;
        const u = au + ((v - av) / (bv - av)) * (bu - au);
        if (!(u - pad >= lo[k])) lo[k] = u - pad;
        if (!(u + pad <= hi[k])) hi[k] = u + pad;
      }
    }
  }
  return { v0, step, lo, hi };
}

export function muscleLayers(chart: MuscleChart): MuscleLayers {
  const muscle = chart.outline.map(outline);
  const side = muscle.filter((o) => o.view === 'side'), flat = muscle.filter((o) => o.view !== 'side');
  const limits = (os: Outline[], axis: 0 | 2) => {
    const [a, , b] = chartBounds(os.flatMap((o) => o.poly));
    return { axis, min: a - 20, max: b + 20 };
  };
  // (a deep muscle is painted on the skin over it from each drawing: the other drawing's depth does not limit it)
  const both = side.length > 0 && flat.length > 0 && !chart.deep;
  // the side drawing does not paint what faces the other way from the front or back drawing
  const away: ChartView = flat[0]?.view === 'back' ? 'front' : 'back';
  const heads = (o: Outline) => muscle.filter((x) => x.view === o.view).length > 1;
  const out = muscle.map((o) => ({
    ...o,
    // (each drawing is kept to the other's width at each height: no foot along the collarbone, no tongue up the jaw)
    ...(both ? { minFacing: STRICT_FACING, ...(heads(o) && o.view !== 'side' ? { lowerFacing: HEADS_LOWER } : {}), within: o.view === 'side' ? { ...limits(flat, 0), away, rows: extentRows(flat, 20), ...(flat.length > 1 ? { heads: flat } : {}) } : { ...limits(side, 2), rows: extentRows(side, 50) } } : { minFacing: MUSCLE_FACING }),
    ownEdge: heads(o) || undefined,
  }));
  return { outline: out, essential: chart.essential.map(outline), spillover: chart.spillover.map(outline) };
}

/** Views a muscle's chart uses, the trigger points' view first. */
export function chartViews(chart: MuscleChart): ChartView[] {
  const views: ChartView[] = [];
  for (const v of [...chart.points.map((p) => p.view), ...chart.outline.map((s) => s.view), ...chart.essential.map((s) => s.view), ...chart.spillover.map((s) => s.view)]) {
    if (!views.includes(v)) views.push(v);
  }
  return views;
}

/** How far a surface must face a view for that view's shapes to paint it. */
export const FACING = 0.22;
/** The side view paints only surfaces that clearly face the side (no slivers on the back of the neck). */
const SIDE_FACING = 0.35;

/** How squarely a surface must face a view for a muscle drawn in two views (each paints its own face). */
const STRICT_FACING = 0.5;
/**
 * ...but a muscle's heads in a front or back drawing paint skin that faces it less squarely low down:
 * the hollow between the SCM's two heads above the collarbone faces up, and the heads' lower ends were
 * cut there (their two prongs did not read, PT review 6); above the jaw's lower edge, the side of the jaw
 * would be painted.
 */
const HEADS_LOWER = { below: 1490, min: 0.25 };
/** A muscle drawn in one view paints only surfaces facing that view (no specks on the far side of a shoulder). */
const MUSCLE_FACING = 0.05;

/**
 * How squarely painted muscle must face the camera to be drawn in full: the 3D picture fades it out
 * below this (from 0.08; skin seen edge-on read as blue slivers along the body's outline), and the
 * second picture's placement counts only muscle at least this square to the camera (marker-layout.ts seenMuscle).
 */
export const EDGE_ON = 0.2;

/** 1 mm of distance is this many steps of the 8-bit mark (edge at 128): ±32 mm are resolved. */
export const MARK_SCALE = 4;

const visibleCache = new WeakMap<BodyMesh, Partial<Record<string, Float32Array>>>();

/**
 * How far (mm) each vertex is in front of what hides it in a chart view: positive where the view sees
 * it, negative behind nearer parts of the body. The front-most surface over each 8 mm cell of the
 * view, blended between cell centres (so the line where one part hides another is smooth), with 20 mm
 * of slack. The side view sees the patient's left only. Shapes paint only what their view sees, as a
 * chart drawn on that view would.
 */
export function visibleFrom(mesh: BodyMesh, view: ChartView, skip?: Uint8Array): Float32Array {
  let per = visibleCache.get(mesh);
  if (!per) visibleCache.set(mesh, (per = {}));
  const cacheKey = skip ? `${view}-noarm` : view;
  const hit = per[cacheKey];
  if (hit) return hit;
  const P = mesh.positions;
  const CELL = 8, SLACK = 20;
  const key = (iu: number, iv: number) => iu * 4096 + iv;
  // depth toward the viewer, in mm
  const depth = (i: number) => (view === 'front' ? P[i * 3 + 2] : view === 'back' ? -P[i * 3 + 2] : P[i * 3]) * 1000;
  const left = (i: number) => view !== 'side' || P[i * 3] >= 0;
  const best = new Map<number, number>();
  for (let i = 0; i < mesh.vertexCount; i++) {
    if (!left(i) || skip?.[i]) continue;
    const [u, v] = toChart([P[i * 3], P[i * 3 + 1], P[i * 3 + 2]], view);
    const k = key(Math.floor(u / CELL), Math.floor(v / CELL));
    const d = depth(i);
    if (d > (best.get(k) ?? -Infinity)) best.set(k, d);
  }
  const out = new Float32Array(mesh.vertexCount).fill(-1000);
  for (let i = 0; i < mesh.vertexCount; i++) {
    if (!left(i) || skip?.[i]) continue;
    const [u, v] = toChart([P[i * 3], P[i * 3 + 1], P[i * 3 + 2]], view);
    const d = depth(i);
    // the front-most depth blended from the four nearest cell centres (an empty cell hides nothing)
    const fu = u / CELL - 0.5, fv = v / CELL - 0.5;
    const iu = Math.floor(fu), iv = Math.floor(fv), tu = fu - iu, tv = fv - iv;
    const at = (a: number, b: number) => Math.max(d, best.get(key(a, b)) ?? d);
    const front = (at(iu, iv) * (1 - tu) + at(iu + 1, iv) * tu) * (1 - tv) + (at(iu, iv + 1) * (1 - tu) + at(iu + 1, iv + 1) * tu) * tv;
    out[i] = d - front + SLACK;
  }
  per[cacheKey] = out;
  return out;
}

/** Millimetres of margin per unit of facing past a view's limit: a surface turning away ends a shape along a smooth line. */
const FACE_MM = 60;

/**
 * How far (mm, > 0 inside) a vertex is within what an outline's view paints: the facing and across
 * limits as smooth margins rather than yes/no, so a shape cut by them ends along a smooth curve instead
 * of the mesh's triangle edges.
 */
function viewMargin(o: Outline, p: Vec3, n: Vec3): number {
  let m = Infinity;
  if (o.minFacing !== undefined) {
    const low = o.lowerFacing, t = low ? Math.max(0, Math.min(1, (p[1] * 1000 - low.below) / 30)) : 1;
    m = (facing(n, o.view) - (low ? low.min + (o.minFacing - low.min) * t : o.minFacing)) * FACE_MM;
  }
  if (o.within) {
    const x = p[o.within.axis] * 1000, rows = o.within.rows;
    let lo = o.within.min, hi = o.within.max;
    if (rows) {
      const k = Math.max(0, Math.min(rows.lo.length - 1, Math.round((p[1] * 1000 - rows.v0) / rows.step)));
      if (!Number.isNaN(rows.lo[k])) [lo, hi] = [rows.lo[k], rows.hi[k]];
    }
    m = Math.min(m, x - lo, hi - x, (0.75 - Math.abs(n[1])) * FACE_MM);
    if (o.within.away) m = Math.min(m, (0.45 - facing(n, o.within.away)) * FACE_MM);
    if (o.within.heads) m = Math.min(m, betweenHeads(o.within.heads, p, n));
  }
  // a side-view shape paints the side it is drawn on only (the right side's is the mirror image)
  if (o.view === 'side') {
    const side = (o.rightSide ? -n[0] : n[0]) + (o.wrapsFront ? Math.max(0, n[2]) : 0);
    return Math.min(m, (side - SIDE_FACING) * FACE_MM, (o.rightSide ? -p[0] : p[0]) * 1000);
  }
  return Math.min(m, (facing(n, o.view) + FACING) * FACE_MM);
}

/**
 * How far (mm, > 0 inside) a side drawing may paint skin that faces the front (or back) drawing of a
 * muscle drawn there as two heads: within 2 mm of a head's outline as that drawing projects it, so the
 * hollow it leaves bare between the heads stays bare (PT review 7: the SCM's side drawing painted the
 * hollow above the collarbone, where the front heads part, and the two prongs did not read). Skin facing
 * that drawing less than 0.5 is let go gradually (the side of the neck).
 */
function betweenHeads(heads: readonly Outline[], p: Vec3, n: Vec3): number {
  const view = heads[0].view;
  const [u, v] = toChart(p, view);
  const d = Math.max(...heads.map((h) => polygonDistance(u, v, h.poly)));
  return d + 2 + Math.max(0, 0.5 - facing(n, view)) * FACE_MM;
}

/** Painted islands of one shape smaller than this many vertices (about a square centimetre each)... */
const FRAGMENT_VERTICES = 12;
/** ...and than this part of the shape's largest piece are dropped (specks cut off by a limit or an edge). */
const FRAGMENT_SHARE = 0.25;

const neighbourCache = new WeakMap<BodyMesh, { start: Uint32Array; list: Uint16Array }>();

/** Each vertex's neighbours along the mesh's edges (compressed rows), built once per mesh. */
export function neighbours(mesh: BodyMesh): { start: Uint32Array; list: Uint16Array } {
  let nb = neighbourCache.get(mesh);
  if (nb) return nb;
  const I = mesh.indices, n = mesh.vertexCount;
  const count = new Uint32Array(n + 1);
  for (let t = 0; t < I.length; t += 3) for (let k = 0; k < 3; k++) count[I[t + k]] += 2;
  const start = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = start[i] + count[i];
  const fill = start.slice(0, n);
  const list = new Uint16Array(start[n]);
  // each triangle gives every corner its two other corners (a shared edge is listed twice: harmless)
  for (let t = 0; t < I.length; t += 3) {
    for (let k = 0; k < 3; k++) {
      const a = I[t + k];
      list[fill[a]++] = I[t + ((k + 1) % 3)];
      list[fill[a]++] = I[t + ((k + 2) % 3)];
    }
  }
  neighbourCache.set(mesh, (nb = { start, list }));
  return nb;
}

/** Connected pieces (along the mesh's edges) of the vertices of `from` that pass `test`. */
function piecesOf(mesh: BodyMesh, from: readonly number[], test: (i: number) => boolean): number[][] {
  const { start, list } = neighbours(mesh);
  const seen = new Uint8Array(mesh.vertexCount);
  const pieces: number[][] = [];
  for (const s of from) {
    if (seen[s] || !test(s)) continue;
    const members = [s];
    seen[s] = 1;
    for (let k = 0; k < members.length; k++) {
      const i = members[k];
      for (let e = start[i]; e < start[i + 1]; e++) {
        const j = list[e];
        if (!seen[j] && test(j)) {
          seen[j] = 1;
          members.push(j);
        }
      }
    }
    pieces.push(members);
  }
  return pieces;
}

/**
 * Drops the small painted islands of one shape's marks (`vals`, one byte per vertex, 128 on the edge;
 * `touched` lists the vertices written): pieces not connected to the shape's largest piece and much
 * smaller than it. Painted here means at most a millimetre outside the edge, so a stray edge line goes too.
 */
export function dropFragments(mesh: BodyMesh, vals: Uint8Array, touched: readonly number[]): void {
  const pieces = piecesOf(mesh, touched, (i) => vals[i] >= 124);
  const largest = Math.max(0, ...pieces.map((m) => m.length));
  for (const m of pieces) if (m.length < FRAGMENT_VERTICES && m.length < largest * FRAGMENT_SHARE) for (const i of m) vals[i] = 0;
}

/** Holes inside a shape of at most this many vertices where the body turns a little away from its view are painted anyway... */
const HOLE_VERTICES = 20;
/** ...when they are at most this far (mm of margin) past the view's limit (a bony point facing another way, not the far side). */
const HOLE_MARGIN = 24;

/**
 * Paints the small holes a view's limits cut inside a shape (`inside`: distance to the polygon, mm;
 * `margin`: how far within the view's limits, mm), so a zone over a bony point stays one piece.
 */
export function fillHoles(mesh: BodyMesh, vals: Uint8Array, touched: readonly number[], inside: Float32Array, margin: Float32Array): void {
  const { start, list } = neighbours(mesh);
  const hole = (i: number) => vals[i] < 124 && inside[i] > 0 && margin[i] > -HOLE_MARGIN;
  // a hole is closed all round by the painted shape (a cut along the shape's edge is not a hole)
  const closed = (m: number[]) => m.every((i) => list.subarray(start[i], start[i + 1]).every((j) => vals[j] >= 124 || hole(j)));
  for (const m of piecesOf(mesh, touched, hole)) if (m.length <= HOLE_VERTICES && closed(m)) for (const i of m) vals[i] = Math.round(128 + Math.min(inside[i], 4) * MARK_SCALE);
}

/**
 * Evens out the marks near a shape's edge (within 8 mm) with their neighbours': where a view's limit
 * ends a shape across a sharp bend of the skin, the edge follows the mesh's zigzag triangles otherwise.
 * A steady distance is kept as it is (its neighbours average to it).
 */
export function smoothEdges(mesh: BodyMesh, out: Uint8Array, channel: number): void {
  const { start, list } = neighbours(mesh);
  const near = (m: number) => m > 128 - 8 * MARK_SCALE && m < 128 + 8 * MARK_SCALE;
  const next: [number, number][] = [];
  for (let i = 0; i < mesh.vertexCount; i++) {
    const m = out[i * 4 + channel];
    if (!near(m) || start[i + 1] === start[i]) continue;
    let sum = 0;
    for (let e = start[i]; e < start[i + 1]; e++) sum += out[list[e] * 4 + channel];
    next.push([i, Math.round((m + sum / (start[i + 1] - start[i])) / 2)]);
  }
  for (const [i, m] of next) out[i * 4 + channel] = m;
}

let scratch = new Uint8Array(0);
let insideAt = new Float32Array(0), marginAt = new Float32Array(0);

/**
 * Writes, for every vertex, the signed distance (mm, inside > 0) to the union of `outlines` into one
 * byte channel of `out` (stride 4), 128 on the edge. Vertices that face away from every outline's
 * view, or lie on the other side of the body, get 0. Each shape's small stray islands are dropped;
 * an outline marked `ownEdge` keeps its own edge inside the union (two heads of one muscle).
 */
export function paintVertices(mesh: BodyMesh, outlines: readonly Outline[], out: Uint8Array, channel: number, arms?: Uint8Array): void {
  const P = mesh.positions, N = mesh.normals;
  for (let i = 0; i < mesh.vertexCount; i++) out[i * 4 + channel] = 0;
  if (scratch.length < mesh.vertexCount) {
    scratch = new Uint8Array(mesh.vertexCount);
    insideAt = new Float32Array(mesh.vertexCount);
    marginAt = new Float32Array(mesh.vertexCount);
  }
  const vals = scratch;
  const edges: { o: Outline; inner: Map<number, number> }[] = [];
  for (const o of outlines) {
    const [minU, minV, maxU, maxV] = chartBounds(o.poly);
    const reach = 128 / MARK_SCALE;
    // a side view of the trunk or leg looks past the arm hanging beside it; arm shapes say so
    const skipArms = o.view === 'side' && !o.arm && arms ? arms : undefined;
    // (the right side's side view is the mirror image of the left's; a shape running round onto the
    // front paints the belly behind the hip bone's front point too)
    const seen = o.rightSide || o.wrapsFront ? undefined : visibleFrom(mesh, o.view, skipArms);
    const touched: number[] = [];
    const inner = new Map<number, number>();
    for (let i = 0; i < mesh.vertexCount; i++) {
      if ((seen && seen[i] <= -reach) || skipArms?.[i]) continue;
      const p: [number, number, number] = [P[i * 3], P[i * 3 + 1], P[i * 3 + 2]];
      const [u, v] = toChart(p, o.view);
      if (u < minU - reach || u > maxU + reach || v < minV - reach || v > maxV + reach) continue;
      const margin = Math.min(viewMargin(o, p, [N[i * 3], N[i * 3 + 1], N[i * 3 + 2]]), seen ? seen[i] : Infinity);
      if (margin <= -reach) continue;
      const d = polygonDistance(u, v, o.poly);
      if (o.ownEdge && margin > 0) inner.set(i, Math.abs(d));
      vals[i] = Math.max(0, Math.min(255, Math.round(128 + Math.min(d, margin) * MARK_SCALE)));
      insideAt[i] = d;
      marginAt[i] = margin;
      touched.push(i);
    }
    fillHoles(mesh, vals, touched, insideAt, marginAt);
    dropFragments(mesh, vals, touched);
    for (const i of touched) {
      if (vals[i] > out[i * 4 + channel]) out[i * 4 + channel] = vals[i];
      vals[i] = 0;
    }
    if (o.ownEdge) edges.push({ o, inner });
  }
  // two passes: one left steps at the ends of narrow bands and notches where a zone crosses a crease
  smoothEdges(mesh, out, channel);
  smoothEdges(mesh, out, channel);
  // a shape's own edge where it lies inside another (the union's value never exceeds the distance to it)
  for (const { inner } of edges) {
    for (const [i, d] of inner) {
      const k = i * 4 + channel;
      if (out[k] > 128) out[k] = Math.min(out[k], Math.round(128 + (d + 0.3) * MARK_SCALE));
    }
  }
}
