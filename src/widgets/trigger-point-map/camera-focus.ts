// Where the camera looks: preset views, the view that frames a chosen muscle's chart (its trigger
// points and zones), a second small view when the pain is felt on the other side of the body, and
// which preset button tells the truth about the current camera. Pure: no DOM, no three.js.
import { areaSpots, type MuscleChart, type ChartView } from '../../content/trigger-point-chart/index.js';
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

/** A pose looking straight at a chart region (mm) from its view, fitted to a picture of this aspect. */
export function chartPose(view: ChartView, bounds: readonly [number, number, number, number], aspect: number): Pose {
  const [u0, v0, u1, v1] = bounds;
  const cu = (u0 + u1) / 2000, cv = (v0 + v1) / 2000;
  const h = (v1 - v0) / 1000 + 0.2, w = (u1 - u0) / 1000 + 0.16;
  const t = Math.tan((FOV * Math.PI) / 360);
  const dist = Math.max(h / 2 / t, w / 2 / (t * Math.max(0.3, aspect))) * 1.05 + 0.15;
  const target: Vec3 = view === 'side' ? [0.1, cv, cu] : [cu, cv, 0];
  // a side chart is seen a little from the front, so the face and the front of the body show
  const yaw = PRESET_YAW[presetOf(view)] - (view === 'side' ? 0.35 : 0);
  return { target, yaw, pitch: 0, dist: Math.max(MIN_DIST, Math.min(MAX_DIST, dist)) };
}

/** Bounds (mm) of everything a chart draws in one view (shapes and the trigger points seen there), if anything. */
export function chartBoundsIn(chart: MuscleChart, view: ChartView, seen: [number, number][]): [number, number, number, number] | undefined {
  const pts = [...chart.outline, ...chart.essential, ...chart.spillover].filter((s) => s.view === view).flatMap((s) => outline(s).poly);
  return pts.length ? chartBounds([...pts, ...seen]) : undefined;
}

export interface FocusPlan {
  /** The main picture: the view of the first trigger point, framed on everything drawn in it. */
  main: { view: ChartView; bounds: [number, number, number, number] };
  /** A second small picture when the usual pain zone is on a side the main view cannot see. */
  inset?: { view: ChartView; bounds: [number, number, number, number] };
}

/**
 * Frames a muscle's chart. `seen(view)` gives the chart points (mm) of its trigger points that a view
 * shows (they are placed on the body from the view they are charted in).
 */
export function focusPlan(chart: MuscleChart, seen: (view: ChartView) => [number, number][]): FocusPlan {
  const mainView = chart.points[0]?.view ?? chart.outline[0]?.view ?? 'front';
  const main = { view: mainView, bounds: chartBoundsIn(chart, mainView, seen(mainView)) ?? chartBounds(seen(mainView)) };
  const other = chart.essential.map((s) => s.view).find((v) => v !== mainView);
  // the second picture is framed on the usual pain zone only
  const essentialIn = (view: ChartView) => chart.essential.filter((s) => s.view === view).flatMap((s) => outline(s).poly);
  const inset = other ? { view: other, bounds: chartBounds([...essentialIn(other), ...seen(other)]) } : undefined;
  return { main, inset };
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

