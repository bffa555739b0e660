// Chart space: the map's drawings are charts seen from the front, the back or the patient's left
// side, as the trigger-point manuals draw them. A chart point is [u, v] in millimetres: u is the
// body's x (patient's left +) in the front and back views and its z (forward +) in the side view;
// v is the height. The same shapes paint the 3D body (by projection) and the 2D drawings.
import type { Vec3 } from './vec.js';

export type ChartView = 'front' | 'back' | 'side';
export type ChartPoint = readonly [number, number];

/** Chart coordinates (mm) of a body point (m) in a view. */
export function toChart(p: Vec3, view: ChartView): [number, number] {
  return [(view === 'side' ? p[2] : p[0]) * 1000, p[1] * 1000];
}

/** How squarely a surface normal faces a view: > 0 means the view sees that side of the body. */
export function facing(n: Vec3, view: ChartView): number {
  return view === 'front' ? n[2] : view === 'back' ? -n[2] : n[0];
}

/** A closed Catmull-Rom spline through the given corners, sampled `steps` times per side: smooth chart outlines. */
export function smoothClosed(points: readonly ChartPoint[], steps = 6): [number, number][] {
  const n = points.length;
  if (n < 3) return points.map((p) => [p[0], p[1]]);
  const out: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const p0 = points[(i - 1 + n) % n], p1 = points[i], p2 = points[(i + 1) % n], p3 = points[(i + 2) % n];
    for (let s = 0; s < steps; s++) {
      const t = s / steps, t2 = t * t, t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number) => 0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      out.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  return out;
}

/** Signed distance (mm) from a point to a closed polygon: positive inside. */
export function polygonDistance(x: number, y: number, poly: readonly (readonly [number, number])[]): number {
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [ax, ay] = poly[j], [bx, by] = poly[i];
    const ex = bx - ax, ey = by - ay;
    const wx = x - ax, wy = y - ay;
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey || 1)));
    const dx = wx - ex * t, dy = wy - ey * t;
    d = Math.min(d, dx * dx + dy * dy);
    if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
  }
  return inside ? Math.sqrt(d) : -Math.sqrt(d);
}

/** Bounding box [minU, minV, maxU, maxV] of some chart points. */
export function chartBounds(points: readonly (readonly [number, number])[]): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [u, v] of points) {
    b[0] = Math.min(b[0], u);
    b[1] = Math.min(b[1], v);
    b[2] = Math.max(b[2], u);
    b[3] = Math.max(b[3], v);
  }
  return b;
}

/** Horizontal drawing coordinate of a chart u: the front view shows the patient's left on the right, the back view on the left; the side view (from the patient's left) has the face on the left. */
export function drawU(u: number, view: ChartView): number {
  return view === 'front' ? u : -u;
}
