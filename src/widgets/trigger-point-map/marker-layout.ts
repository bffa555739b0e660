// Which trigger-point markers to show, and how prominently: the chosen muscle's points always, the
// others receded (or hidden) and never on top of a point already placed. Pure: used for the 3D
// overlay (pixels) and the 2D drawings (millimetres). Also where each trigger point is on the body.
import type { ChartTriggerPoint } from '../../content/trigger-point-chart/index.js';
import { bodyField, pointOnBody, seenIn, type SurfacePoint } from './body/places.js';
import { polygonDistance } from './body/chart.js';
import { EDGE_ON, outline } from './body/chart-layers.js';
import type { MapMuscle } from './map-content.js';
import type { BodyMesh } from './body/mesher.js';
import type { Vec3 } from './body/vec.js';

export interface MarkerCandidate {
  key: string;
  muscle: string;
  x: number;
  y: number;
  /** Facing the reader and inside the picture. */
  visible: boolean;
  /** How far it may be moved apart from its neighbours and stay on its muscle's outline (default: no limit). */
  slack?: number;
}

export type MarkerEmphasis = 'chosen' | 'normal' | 'receded';

export interface PlacedMarker extends MarkerCandidate {
  emphasis: MarkerEmphasis;
}

export interface LayoutOptions {
  chosen?: string;
  /** Show the other muscles' points (receded when a muscle is chosen). */
  showAll: boolean;
  /** Smallest distance between two shown markers' centres. */
  gap: number;
  /**
   * Move one of two of the chosen muscle's markers that would touch apart, by up to 0.5 gap (default:
   * on the 3D picture markers have a fixed size on screen); the 2D drawings size their X's instead.
   */
  nudge?: boolean;
}

/**
 * Markers to show, chosen muscle first; a later marker closer than `gap` to a placed one is left out,
 * but for the chosen muscle's own points: those closer than 0.45 gap are one point seen from two
 * drawings (the later is left out), and the others stay where they are or, with `nudge`, are moved to 1.15 gap apart.
 */
export function layoutMarkers(candidates: readonly MarkerCandidate[], { chosen, showAll, gap, nudge = true }: LayoutOptions): PlacedMarker[] {
  const ordered = candidates
    .filter((c) => c.visible && (c.muscle === chosen || showAll))
    .sort((a, b) => Number(b.muscle === chosen) - Number(a.muscle === chosen));
  const placed: PlacedMarker[] = [];
  for (const c of ordered) {
    const mine = c.muscle === chosen;
    const m = { ...c, emphasis: (chosen === undefined ? 'normal' : mine ? 'chosen' : 'receded') as MarkerEmphasis };
    if (mine && chosen !== undefined) {
      const own = placed.filter((p) => p.muscle === chosen);
      if (own.some((p) => Math.hypot(p.x - c.x, p.y - c.y) < gap * 0.45)) continue;
      if (nudge) {
        for (const p of own) {
          const d = Math.hypot(p.x - m.x, p.y - m.y);
          if (d >= gap * 1.15) continue;
          const k = Math.min(gap * 1.15 - d, gap * 0.5) / (d || 1);
          m.x += (m.x - p.x) * k;
          m.y += (m.y - p.y) * k;
        }
        // never off its muscle: the shift is capped at the distance to the outline's edge
        const moved = Math.hypot(m.x - c.x, m.y - c.y);
        if (c.slack !== undefined && moved > c.slack) {
          const k = c.slack / moved;
          m.x = c.x + (m.x - c.x) * k;
          m.y = c.y + (m.y - c.y) * k;
        }
      }
    } else if (placed.some((p) => Math.hypot(p.x - c.x, p.y - c.y) < gap)) continue;
    placed.push(m);
  }
  return placed;
}

/** A trigger point on the body, and where each drawing (front, back, side) shows it. */
export interface BodyMarker {
  key: string;
  muscle: string;
  point: [number, number, number];
  normal: [number, number, number];
  seen: Partial<Record<'front' | 'back' | 'side', [number, number]>>;
  /** Other drawings that clearly face it (the overview, before a muscle is chosen, shows it there too). */
  also: Partial<Record<'front' | 'back' | 'side', [number, number]>>;
  /** Millimetres from its chart point in to the edge of its muscle's outline (0: on or off the edge). */
  edge?: number;
  /**
   * For a muscle whose chart draws its points again in the front drawing (alsoDrawn: the SCM): 'front'
   * for those front positions, shown only while the camera is within 45° of the front; 'away' for the
   * points they stand for, shown only otherwise. A 3D view then shows the muscle's points as the chart
   * that faces it draws them, each on the muscle.
   */
  near?: 'front' | 'away';
}

/** Whether a marker is shown with the camera at this yaw (0: from the front). See BodyMarker.near. */
export function shownAtYaw(marker: Pick<BodyMarker, 'near'>, yaw: number): boolean {
  if (!marker.near) return true;
  const front = Math.abs(Math.atan2(Math.sin(yaw), Math.cos(yaw))) < Math.PI / 4;
  return front === (marker.near === 'front');
}

/**
 * Every trigger point of every muscle on the body, each seen in the drawing its chart puts it in
 * (other drawings of the same chart would show it off its muscle), and the chart's front positions of
 * a muscle whose chart draws its points again from the front (BodyMarker.near).
 */
export function placeBodyMarkers(list: readonly MapMuscle[]): BodyMarker[] {
  return list.flatMap((m) => {
    const front = (m.chart.alsoDrawn ?? []).filter((p) => p.view === 'front');
    const onArm = m.chart.outline.some((s) => s.arm);
    const onBody = (q: Pick<ChartTriggerPoint, 'view' | 'at'>) => (onArm || q.view !== 'side' ? pointOnBody(q.view, q.at) : behindArm(pointOnBody(q.view, q.at)));
    const place = (p: ChartTriggerPoint, key: string, near?: 'front' | 'away'): BodyMarker[] => {
      const drawn = onBody(p);
      // (a point the chart puts elsewhere on the body: there in 3D; the overview still places it from its own drawing)
      const sp = p.onBody ? onBody(p.onBody) : drawn;
      if (!sp || !drawn) return [];
      const shapes = m.chart.outline.filter((s) => s.view === p.view);
      const edge = shapes.length ? Math.max(0, ...shapes.map((s) => polygonDistance(p.at[0], p.at[1], outline(s).poly))) : undefined;
      const own = near !== 'front';
      const seen = own ? { [p.view]: [p.at[0], p.at[1]] as [number, number] } : {};
      const also = own ? { front: seenIn(drawn, 'front'), back: seenIn(drawn, 'back'), side: seenIn(drawn, 'side') } : {};
      return [{ key, muscle: m.id, point: sp.point, normal: sp.normal, seen, also, edge, near }];
    };
    return [...m.chart.points.flatMap((p, i) => place(p, `${m.id}|${i}`, front.length ? 'away' : undefined)), ...front.flatMap((p, i) => place(p, `${m.id}|also${i}`, 'front'))];
  });
}

/**
 * The keys and muscles of the markers placeBodyMarkers places (the same order), without placing them:
 * what the first render needs for the marker buttons (their places come with the first picture).
 */
export function markerKeys(list: readonly MapMuscle[]): { key: string; muscle: string }[] {
  return list.flatMap((m) => {
    const front = (m.chart.alsoDrawn ?? []).filter((p) => p.view === 'front');
    return [...m.chart.points.map((_, i) => `${m.id}|${i}`), ...front.map((_, i) => `${m.id}|also${i}`)].map((key) => ({ key, muscle: m.id }));
  });
}

/** A marker as the 3D picture projects it. */
export interface ProjectedMarker {
  key: string;
  /** CSS pixels from the canvas's top-left corner. */
  x: number;
  y: number;
  /** Facing the camera and inside the picture. */
  visible: boolean;
  /** Screen pixels per millimetre of body at this point (how large a size on the body is drawn there). */
  pxPerMm: number;
}

/**
 * The 3D picture's markers as layout candidates: hidden where the camera's side shows the chart's
 * other positions for them (BodyMarker.near); each may be moved apart only as far as its muscle's
 * outline reaches on screen. (The element leaves out those under the second picture: underInset.)
 */
export function candidatesIn(projected: readonly ProjectedMarker[], markers: readonly BodyMarker[], yaw: number): MarkerCandidate[] {
  const byKey = new Map(markers.map((m) => [m.key, m]));
  return projected.map((p) => {
    const b = byKey.get(p.key);
    const muscle = b?.muscle ?? p.key.split('|')[0];
    const slack = b?.edge === undefined ? undefined : b.edge * p.pxPerMm;
    return { key: p.key, muscle, x: p.x, y: p.y, visible: p.visible && (!b || shownAtYaw(b, yaw)), slack };
  });
}

/**
 * A side-view point of a trunk or leg muscle is on the body behind the arm hanging beside it (as the
 * side-view charts draw it, and as its zones are painted): a ray from the side that meets the arm first
 * goes on through it to the trunk or leg.
 */
function behindArm(sp: SurfacePoint | undefined): SurfacePoint | undefined {
  const f = bodyField();
  if (!sp || !f.onArm(...sp.point)) return sp;
  const [, y, z] = sp.point;
  // through the arm, in 2 mm steps, to where the arm ends (a gap, or where it joins the body)
  for (let x = sp.point[0]; x > 0; x -= 0.002) {
    if (f.onArm(x, y, z)) continue;
    const point = f.at(x, y, z) > 0 ? f.raycast([x, y, z], [-1, 0, 0]) : ([x, y, z] as SurfacePoint['point']);
    return point ? { point, normal: f.normal(point) } : sp;
  }
  return sp;
}

/** The second small picture's box: `w`×`h` CSS px, `m` px from the top and the side of a viewport `width` wide. */
export interface InsetBox {
  m: number;
  w: number;
  h: number;
  width: number;
  /** In the top left corner (else the top right, where it usually is). */
  left?: boolean;
}

/** Whether (x, y) is under the box, grown `k` times from its corner, with 10 px to spare. */
export function underInset(b: InsetBox, x: number, y: number, k = 1): boolean {
  if (y >= b.m + b.h * k + 10) return false;
  return b.left ? x < b.m + b.w * k + 10 : x > b.width - b.m - b.w * k - 10;
}

/**
 * Whether the box goes to the top left corner: when it would cover some of the chosen muscle's X's in
 * the top right (a side view turned toward the back brings the muscle there) and fewer in the top left;
 * with as many X's under either, when it would cover some of the muscle itself (`muscle`: gives points of
 * it on screen, seenMuscle; asked only then) there and less of it in the top left (PT review 7: gluteus minimus's fan in
 * its left view, the upper calf in soleus's front view), but no more of the usual pain (`pain`: how much
 * of it the box would cover in each corner; upper trapezius's left view: the zone at the temple).
 */
export function insetOnLeft(b: InsetBox, chosen: readonly { x: number; y: number }[], muscle: () => readonly { x: number; y: number }[] = () => [], pain?: (left: boolean) => number): boolean {
  const under = (left: boolean, pts: readonly { x: number; y: number }[]) => pts.filter((p) => underInset({ ...b, left }, p.x, p.y)).length;
  const right = under(false, chosen), left = under(true, chosen);
  if (right !== left) return left < right;
  // the muscle's points are found only for a tie (a walk over the body's vertices, on every frame otherwise)
  const seen = muscle();
  const mRight = under(false, seen);
  return mRight > 0 && under(true, seen) < mRight && (!pain || pain(true) <= pain(false));
}

/**
 * The chosen muscle on screen (for insetOnLeft): every other vertex of the body painted with it (the 3D
 * marks' muscle channel, see paintVertices) that faces the camera at `eye` at EDGE_ON or more (the picture
 * fades the muscle out nearer edge-on: infraspinatus's left view sent the box over the head for the
 * back of the shoulder seen edge-on), projected, those in the picture.
 */
export function seenMuscle<T extends { visible: boolean }>(mesh: BodyMesh, marks: ArrayLike<number>, eye: { x: number; y: number; z: number }, project: (point: Vec3, normal: Vec3) => T): T[] {
  const out: T[] = [], P = mesh.positions, N = mesh.normals;
  for (let k = 0; k < mesh.vertexCount * 3; k += 6) {
    const dx = eye.x - P[k], dy = eye.y - P[k + 1], dz = eye.z - P[k + 2];
    // (channel 2 of 4: essential, spillover, muscle, chosen area; 128 on the outline)
    if (marks[(k / 3) * 4 + 2] <= 128 || dx * N[k] + dy * N[k + 1] + dz * N[k + 2] < EDGE_ON * Math.hypot(dx, dy, dz)) continue;
    const p = project([P[k], P[k + 1], P[k + 2]], [N[k], N[k + 1], N[k + 2]]);
    if (p.visible) out.push(p);
  }
  return out;
}
