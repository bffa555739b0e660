// Types of the trigger-point chart data: where each muscle lies, where its trigger points are and
// the shapes of its referral zones, drawn as the trigger-point manuals draw them. Chart space: see
// src/widgets/trigger-point-map/body/chart.ts (millimetres; front and back views use the body's x,
// the side view (seen from the patient's left) its forward z; v is the height above the floor).
import type { SourceId } from '../sources.js';

export type ChartView = 'front' | 'back' | 'side';
/** [u, v] in millimetres. */
export type ChartPoint = readonly [number, number];

/** A closed outline in one view, drawn through its corners as a smooth curve. */
export interface ChartShape {
  view: ChartView;
  points: readonly ChartPoint[];
  /** For an outline seen in another view than the muscle's main fibre direction was given for. */
  fibres?: Fibres;
  /** Side view only: the shape is drawn on the arm hanging at the side (other side-view shapes are on the trunk or leg, behind it). */
  arm?: boolean;
  /** Side view only: the shape runs on round onto the front of the trunk (the lower belly), so it also paints skin that faces forward. */
  wrapsFront?: boolean;
}

/** Fibre direction of a muscle: parallel lines at an angle (degrees from the horizontal, counter-clockwise in the view), or a fan converging on a point. */
export type Fibres = { kind: 'parallel'; angle: number } | { kind: 'fan'; focus: ChartPoint };

export interface ChartTriggerPoint {
  view: ChartView;
  at: ChartPoint;
  /**
   * Where the 3D body puts it, when its own drawing's projection would land off the muscle (a point drawn
   * from the side over the front of the neck falls in the hollow between the SCM's heads): a point of
   * another drawing. Its own drawing still shows it at `at`.
   */
  onBody?: { view: ChartView; at: ChartPoint };
}

/** Where the chart's drawing comes from: a source and where in it. */
export interface ChartCitation {
  source: SourceId;
  /** Chapter, figure or page where the pattern is drawn. */
  locator: string;
}

export interface MuscleChart {
  /** The muscle's outline (origin to insertion), one or more shapes. */
  outline: readonly ChartShape[];
  fibres: Fibres;
  /** A deep muscle is drawn as seen through the skin (dashed, see-through). */
  deep: boolean;
  /** Every usual trigger point (the first one is the one the view opens on). */
  points: readonly ChartTriggerPoint[];
  /**
   * The same trigger points again as another 2D drawing shows them, where projecting them from their
   * own drawing would put them off the muscle (the sternocleidomastoid seen from the front). Drawn in
   * the 2D chart only; the 3D body has each point once.
   */
  alsoDrawn?: readonly ChartTriggerPoint[];
  /** Essential referral zone: solid red on the charts. */
  essential: readonly ChartShape[];
  /** Spillover zone: stippled red. */
  spillover: readonly ChartShape[];
  cite: readonly ChartCitation[];
}
