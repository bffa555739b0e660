// Where the camera looks: preset views, the view that frames a chosen muscle's chart (its trigger
// points and zones), a second small view when the pain is felt on the other side of the body, and
// which preset button tells the truth about the current camera. Pure: no DOM, no three.js.
import { areaSpots, type MuscleChart, type ChartView, type ChartShape } from '../../content/trigger-point-chart/index.js';
import type { MapMuscle } from './map-content.js';
import { chartBounds } from './body/chart.js';
import { outline } from './body/chart-layers.js';
import type { Vec3 } from './body/vec.js';

export const MAP_VIEWS = ['front', 'back', 'left', 'right'] as const;
export type MapViewName = (typeof MAP_VIEWS)[number];

export interface Pose {
  target: Vec3;
  yaw: number;
  pitch: number;
  dist: number;
}

export const PRESET_YAW: Record<MapViewName, number> = { front: 0, back: Math.PI, left: Math.PI / 2, right: -Math.PI / 2 };
export const HOME_TARGET: Vec3 = [0, 0.88, 0];
export const HOME_DIST = 3.7;
export const MIN_DIST = 0.45;
export const MAX_DIST = 5;
export const FOV = 30;

export const wrapAngle = (a: number): number => Math.atan2(Math.sin(a), Math.cos(a));

/** The preset whose direction is nearest the camera's (so the pressed button always matches the picture). */
export function presetForYaw(yaw: number): MapViewName {
  let best: MapViewName = 'front';
  let bestD = Infinity;
  for (const v of MAP_VIEWS) {
    const d = Math.abs(wrapAngle(yaw - PRESET_YAW[v]));
    if (d < bestD) {
      bestD = d;
      best = v;
    }
  }
  return best;
}

export function homePose(view: MapViewName): Pose {
  return { target: [...HOME_TARGET], yaw: PRESET_YAW[view], pitch: 0.04, dist: HOME_DIST };
}

/** The preset that looks straight at a chart view (the side view is the patient's left). */
export const presetOf = (view: ChartView): MapViewName => (view === 'side' ? 'left' : view);

/**
 * A region of chart space (mm) to frame: [minU, minV, maxU, maxV], optionally with how far (radians) the
 * view is turned from straight on: a side view toward the front (negative: toward the back), a front
 * view toward the patient's left (the turn stays under 45°, so the same view button stays pressed), and
 * the margin (mm) around the region (default: in proportion to it, at least 30 mm a side); a back view
 * too, toward the patient's left.
 */
export type ChartFrame = [number, number, number, number] & { turn?: number; margin?: number };

/** How far a side view is turned toward the front: a little, or more when the chart also draws pain on the front. */
const SIDE_TURN = 0.35;
const SIDE_TURN_FRONT = 0.6;
/** A side view of a chart drawn on the back and the back of the side turns toward the back instead. */
const SIDE_TURN_BACK = -0.6;
/**
 * A front view of a chart with nothing usual drawn in front turns toward the patient's left, where its
 * side zones are; on the lower leg (trigger points below the knee) too, toward the outer side, where the
 * soleus shows behind the fibula and the other leg is not in the way (PT review 6; toward the inner
 * side the shin bone hid it). Both stay under 45° (0.785), so the Front button stays the pressed one:
 * further round, the picture is the side view and the buttons say so.
 */
const FRONT_TURN_SIDE = 0.7;
const FRONT_TURN_LEG = 0.76;
/**
 * A chart whose trigger points are all charted from the side (neck, jaw, outer arm and thigh): its back
 * view turns 30° toward that side, as the charts' back views of the neck are turned, so the end of the
 * muscle behind the ear and its X face the reader instead of sitting on the outline (PT review 6, SCM
 * back); its front view, when the chart draws the muscle in front too, 17° toward it, so the neck
 * between the jaw angle and the mastoid shows.
 */
const BACK_TURN_SIDE = 0.52;
const FRONT_TURN_NECK = 0.3;
const KNEE = 550;

/** A pose looking straight at a chart region (mm) from its view, fitted to a picture of this aspect. */
export function chartPose(view: ChartView, bounds: readonly [number, number, number, number] & { turn?: number; margin?: number }, aspect: number): Pose {
  const [u0, v0, u1, v1] = bounds;
  const cu = (u0 + u1) / 2000, cv = (v0 + v1) / 2000;
  // a margin in proportion to the region (small regions are seen close up), at least 6 cm in all; or the frame's own
  const sh = (v1 - v0) / 1000, sw = (u1 - u0) / 1000;
  const margin = (s: number) => (bounds.margin === undefined ? Math.max(0.06, s * 0.14) : (2 * bounds.margin) / 1000);
  const h = sh + margin(sh), w = sw + margin(sw);
  const t = Math.tan((FOV * Math.PI) / 360);
  const dist = Math.max(h / 2 / t, w / 2 / (t * Math.max(0.3, aspect))) + 0.08;
  const target: Vec3 = view === 'side' ? [0.1, cv, cu] : [cu, cv, 0];
  // a side chart is seen a little from the front, so the face and the front of the body show (or as its
  // frame says: further forward, toward the back; a front view toward the patient's left)
  const yaw = PRESET_YAW[presetOf(view)] + (view === 'side' ? -(bounds.turn ?? SIDE_TURN) : view === 'front' ? (bounds.turn ?? 0) : -(bounds.turn ?? 0));
  return { target, yaw, pitch: 0, dist: Math.max(MIN_DIST, Math.min(MAX_DIST, dist)) };
}

/** The heights (mm) of the chart's pattern around its trigger points: the points and the usual zones near them (a far zone is left out). */
export function patternHeights(chart: MuscleChart): [number, number] | undefined {
  const vs = chart.points.map((p) => p.at[1]);
  if (!vs.length) return undefined;
  let lo = Math.min(...vs), hi = Math.max(...vs);
  const spans = chart.essential.map((s) => chartBounds(outline(s).poly));
  // grow through the zones that reach within 300 mm of what is already framed
  for (let grew = true; grew; ) {
    grew = false;
    for (const [, a, , b] of spans) {
      if (b >= lo - 300 && a <= hi + 300 && (a < lo || b > hi)) {
        lo = Math.min(lo, a);
        hi = Math.max(hi, b);
        grew = true;
      }
    }
  }
  return [lo, hi];
}

/** The hip joint's height (mm above the floor). */
const HIP = 850;

/** The corners of a chart's shapes drawn in one view (their outlines as the map paints them). */
const pointsIn = (shapes: readonly ChartShape[], view: ChartView): [number, number][] => shapes.filter((s) => s.view === view).flatMap((s) => outline(s).poly);

/**
 * What a view frames of a chart. A spillover zone below the knee of a muscle whose trigger points are
 * all above the hip (gluteus minimus: down the leg to the ankle) runs off the bottom of the picture,
 * so the muscle and its X's are not drawn small (PT review 5).
 */
const shapesIn = (chart: MuscleChart, view: ChartView) => {
  const high = chart.points.length > 0 && chart.points.every((p) => p.at[1] > HIP);
  const apart = essentialApart(chart, view);
  const far = (s: ChartShape) => (high && chart.spillover.includes(s) && s.points.every((p) => p[1] < KNEE + 20)) || apart.includes(s);
  return pointsIn([...chart.outline, ...chart.essential, ...chart.spillover].filter((s) => !far(s)), view);
};

/**
 * The essential zones a view's frame leaves out: apart from the pattern (more than 300 mm from it)
 * when the view draws an essential zone in the pattern too. Soleus's sacroiliac spot in the back view,
 * which framed hip to heel with the calf 45 px wide; the second picture shown with that view frames it
 * instead (wholeFrame).
 */
function essentialApart(chart: MuscleChart, view: ChartView): ChartShape[] {
  const heights = patternHeights(chart);
  if (!heights) return [];
  const apart = (s: ChartShape) => s.points.every((p) => p[1] < heights[0] - 1 || p[1] > heights[1] + 1);
  const mine = chart.essential.filter((s) => s.view === view);
  return mine.some((s) => !apart(s)) ? mine.filter(apart) : [];
}

/**
 * The second picture of a view whose frame leaves out an essential zone (essentialApart): the same view
 * framed on all the chart draws in it, the pattern with that zone, as the chart's figure draws it (PT
 * review 7: soleus's sacroiliac spot, 400 mm above the calf, was in no 3D picture; the "Side" picture
 * turned toward the back showed it as a 4 px sliver beside the buttock, this one faces it).
 */
function wholeFrame(chart: MuscleChart, view: ChartView, seen: [number, number][]): ChartFrame | undefined {
  if (!essentialApart(chart, view).length) return undefined;
  const all = pointsIn([...chart.outline, ...chart.essential, ...chart.spillover], view);
  return chartBounds([...all, ...seen]);
}

/**
 * What a view of a chart frames (mm): everything the chart draws in that view and the trigger points
 * seen there, stretched to the heights of the pattern around the trigger points (so a turned view or
 * the second picture shows the stretch of the body the pattern is on, not one zone close up). A view
 * the chart draws nothing in frames that stretch of the body (front and back share their across
 * positions). A side view turns further to the front when the chart draws pain on the front, toward the
 * back when it is drawn on the back; a front view with nothing usual in front turns to the chart's side.
 */
export function chartBoundsIn(chart: MuscleChart, view: ChartView, seen: [number, number][]): ChartFrame | undefined {
  let pts = shapesIn(chart, view);
  const heights = patternHeights(chart);
  if (!pts.length && !seen.length) {
    if (!heights) return undefined;
    const across = view === 'side' ? [] : shapesIn(chart, view === 'front' ? 'back' : 'front');
    const [u0, , u1] = across.length ? chartBounds(across) : [-130, 0, 130];
    pts = [[u0, heights[0]], [u1, heights[1]]];
  }
  const b = stretched(chart, view, chartBounds([...pts, ...seen]), heights);
  // a zone down the arm to the wrist ends on the hand: the whole hand is in the picture
  if (reachesHand(chart, view)) b[1] = Math.min(b[1], HAND_END);
  // room for the second small picture in the top right corner: above, and on the right of the screen
  // (the patient's left seen from the front, their right from the back, their back from the left side);
  // a frame of most of the body's height has room there already
  if (view === 'front' && b.turn === FRONT_TURN_LEG) return legFrame(b);
  if (hasInset(chart) && b[3] - b[1] < 800) {
    b[3] += (b[3] - b[1]) * 0.18;
    const w = (b[2] - b[0]) * 0.25 + (view === 'front' && b.turn ? TURNED_ROOM : 0);
    if (view === 'front') b[2] += w;
    else b[0] -= w;
  }
  return b;
}

/**
 * The front view turned toward the outer side of the lower leg (soleus): the charted leg from the heel to
 * the knee, in the left part of the picture, with the second picture (drawn large, as the view shows
 * none of the X's) beside it on the right over empty background, not over the calf (PT review 7: the
 * leg was in the middle, from the thighs, with the upper calf under that picture). The frame's right
 * edge is set so the leg's centre is about a quarter of the picture's width left of its middle.
 */
function legFrame(b: ChartFrame): ChartFrame {
  b[1] = Math.min(b[1], 0);
  b[3] = Math.max(b[3], KNEE);
  b[2] = b[0] + (b[3] - b[1]) * LEG_ROOM;
  return b;
}
const LEG_ROOM = 0.72;

/**
 * More room (mm) across for the second picture in a front view turned toward the patient's left: the
 * side of the body there projects further right than its front-view frame says (gluteus minimus: the
 * fan's edge against the picture's border, PT review 6).
 */
const TURNED_ROOM = 60;

/** Just below the fingertips (mm). */
const HAND_END = 640;
const reachesHand = (chart: MuscleChart, view: ChartView): boolean =>
  [...chart.essential, ...chart.spillover].some((s) => s.view === view && (view === 'side' ? !!s.arm : true) && s.points.some(([u, v]) => v < 900 && (view === 'side' || Math.abs(u) > 220)));

/** Whether the chart shows a second small picture: its usual pain is drawn in a view other than its trigger points'. */
const hasInset = (chart: MuscleChart): boolean => {
  const main = chart.points[0]?.view ?? chart.outline[0]?.view ?? 'front';
  return chart.essential.some((s) => s.view !== main);
};

function stretched(chart: MuscleChart, view: ChartView, b: ChartFrame, heights = patternHeights(chart)): ChartFrame {
  if (heights) {
    b[1] = Math.min(b[1], heights[0]);
    b[3] = Math.max(b[3], heights[1]);
  }
  if (view === 'side') b.turn = sideTurn(chart);
  const fromSide = chart.points.length > 0 && chart.points.every((p) => p.view === 'side');
  if (view === 'back' && fromSide) b.turn = BACK_TURN_SIDE;
  if (view === 'front' && fromSide && chart.outline.some((s) => s.view === 'front')) b.turn = FRONT_TURN_NECK;
  // nothing usual in front, but on the side: the front view turns to show it
  if (view === 'front' && !chart.essential.some((s) => s.view === 'front') && chart.essential.some((s) => s.view === 'side')) {
    b.turn = chart.points.every((p) => p.at[1] < KNEE) ? FRONT_TURN_LEG : FRONT_TURN_SIDE;
  }
  return b;
}

function sideTurn(chart: MuscleChart): number {
  if (chart.essential.some((s) => s.view === 'front')) return SIDE_TURN_FRONT;
  const side = pointsIn(chart.essential, 'side');
  const behind = side.length > 0 && (chartBounds(side)[0] + chartBounds(side)[2]) / 2 < -10;
  return chart.points.every((p) => p.view === 'back') && behind ? SIDE_TURN_BACK : SIDE_TURN;
}

const CHART_VIEWS: readonly ChartView[] = ['front', 'back', 'side'];

export interface FocusPlan {
  /** The main picture: the view of the first trigger point, framed on everything drawn in it. */
  main: { view: ChartView; bounds: ChartFrame };
  /**
   * A second small picture when the usual pain zone is on a side the main view cannot see, or the main
   * view's whole pattern when its frame leaves out an essential zone (soleus: calf to sacrum).
   */
  inset?: { view: ChartView; bounds: ChartFrame };
  /** The view that shows the most of the muscle's trigger points, framed (the main view on a tie). */
  points: { view: ChartView; bounds: ChartFrame };
  /** The same view framed for the second small picture: on the muscle and its trigger points. */
  pointsInset: { view: ChartView; bounds: ChartFrame };
  /** The main view framed for the second small picture in the same way (shown while the camera is on the pain). */
  mainInset: { view: ChartView; bounds: ChartFrame };
}

/** Margin (mm) around the muscle and its trigger points in a small picture shown for its X's. */
const MUSCLE_MARGIN = 40;

/** A view framed on the muscle's outline and the trigger points it shows, with a margin of MUSCLE_MARGIN. */
function muscleFrame(chart: MuscleChart, view: ChartView, seen: [number, number][]): ChartFrame | undefined {
  const pts = [...pointsIn(chart.outline, view), ...seen];
  if (!pts.length) return undefined;
  const b: ChartFrame = chartBounds(pts);
  b.margin = MUSCLE_MARGIN;
  if (view === 'side') b.turn = sideTurn(chart);
  return b;
}

/**
 * Frames a muscle's chart. `seen(view)` gives the chart points (mm) of its trigger points that a view
 * shows (they are placed on the body from the view they are charted in).
 */
export function focusPlan(chart: MuscleChart, seen: (view: ChartView) => [number, number][]): FocusPlan {
  const mainView = chart.points[0]?.view ?? chart.outline[0]?.view ?? 'front';
  const main = { view: mainView, bounds: chartBoundsIn(chart, mainView, seen(mainView)) ?? chartBounds(seen(mainView)) };
  const other = chart.essential.map((s) => s.view).find((v) => v !== mainView);
  // the second picture is framed on the usual pain zone, over the stretch of the body the pattern is on
  // (or the main view's whole pattern, when its own frame leaves out an essential zone)
  const whole = wholeFrame(chart, mainView, seen(mainView));
  // (with the muscle where that view draws it: gluteus minimus's fan above its X's, PT review 7)
  const inset = whole ? { view: mainView, bounds: whole } : other ? { view: other, bounds: stretched(chart, other, chartBounds([...pointsIn(chart.essential, other), ...seen(other), ...pointsIn(chart.outline, other)])) } : undefined;
  const most = CHART_VIEWS.reduce((a, b) => (seen(b).length > seen(a).length ? b : a), mainView);
  const points = most === mainView ? main : { view: most, bounds: chartBoundsIn(chart, most, seen(most)) ?? chartBounds(seen(most)) };
  const pointsInset = { view: most, bounds: muscleFrame(chart, most, seen(most)) ?? points.bounds };
  const mainInset = most === mainView ? pointsInset : { view: mainView, bounds: muscleFrame(chart, mainView, seen(mainView)) ?? main.bounds };
  return { main, inset, points, pointsInset, mainInset };
}

/**
 * What the second small picture shows with the camera at a preset (undefined: no second picture). A
 * camera that sees none of the muscle's trigger points gets the view with the most of them, framed on
 * the muscle and its X's (`forPoints`), so the muscle, an X and the pain are on screen together;
 * otherwise the chart's other side (the pain when the camera is on the trigger points; the muscle and
 * its trigger points when it is on the pain).
 */
export function insetFor(plan: FocusPlan, preset: MapViewName, seen: (view: ChartView) => readonly unknown[]): (FocusPlan['main'] & { forPoints?: boolean }) | undefined {
  if (!plan.inset) return undefined;
  const here: ChartView | undefined = preset === 'right' ? undefined : preset === 'left' ? 'side' : preset;
  if (!(here && seen(here).length) && seen(plan.points.view).length) return { ...plan.pointsInset, forPoints: true };
  // (a second picture of the main view's own side, framed on its whole pattern, goes with that view);
  // from the pain's side, the main view framed on the muscle and its X's (PT review 8: gluteus minimus's
  // "Side" picture from the back was framed on the whole leg, its fan and X's small)
  return presetOf(plan.inset.view) === preset && plan.inset.view !== plan.main.view ? plan.mainInset : plan.inset;
}

export interface Selection {
  muscle?: MapMuscle;
  area?: string;
}

/** A side view of a chart on the trunk or leg looks past the arm hanging beside it (as the charts draw it). */
export function hidesArms({ muscle, area }: Selection): boolean {
  if (muscle) return muscle.chart.essential.concat(muscle.chart.spillover, muscle.chart.outline).some((s) => s.view === 'side' && !s.arm && Math.max(...s.points.map((p) => p[1])) < 1300);
  const spot = area ? areaSpots[area] : undefined;
  return !!spot && spot.view === 'side' && spot.at[1] < 1300 && spot.at[1] > 650;
}

