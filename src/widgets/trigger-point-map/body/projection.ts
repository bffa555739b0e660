// Flat front and back drawings of the same figure for the 2D fallback: the silhouette as convex
// pieces of each tube, and where area blobs and trigger points land on it. Millimetres, y down.
import { buildBody, vertex, type Vec3 } from './body-model.js';

export type FlatView = 'front' | 'back';

/** Seen from the front the patient's left is on the right; from the back it is on the left. */
export function flatten(p: Vec3, view: FlatView): [number, number] {
  return [Math.round((view === 'front' ? p[0] : -p[0]) * 1000), Math.round(-p[1] * 1000)];
}

/** Does a surface spot with this normal show in this drawing? (Side-facing spots show in both.) */
export function facesView(normal: Vec3, view: FlatView): boolean {
  return view === 'front' ? normal[2] > -0.25 : normal[2] < 0.25;
}

function hull(points: [number, number][]): [number, number][] {
  const pts = points.slice().sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const turn = (o: [number, number], a: [number, number], b: [number, number]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const p of pts) {
    while (lower.length >= 2 && turn(lower[lower.length - 2], lower[lower.length - 1], p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: [number, number][] = [];
  for (let i = pts.length - 1; i >= 0; i--) {
    const p = pts[i];
    while (upper.length >= 2 && turn(upper[upper.length - 2], upper[upper.length - 1], p) <= 0) upper.pop();
    upper.push(p);
  }
  upper.pop();
  lower.pop();
  return lower.concat(upper);
}

const cache = new Map<FlatView, string[]>();

/**
 * The silhouette as SVG path data, one convex piece per few rings of each tube: drawn together
 * (stroke under fill) they read as one smooth outline.
 */
export function silhouettePaths(view: FlatView): string[] {
  const hit = cache.get(view);
  if (hit) return hit;
  const mesh = buildBody();
  const out: string[] = [];
  const CHUNK = 3;
  for (const part of mesh.parts) {
    const ringVerts = (r: number) => {
      const pts: [number, number][] = [];
      for (let j = 0; j < part.radial; j++) pts.push(flatten(vertex(mesh, part.vertexStart + r * part.radial + j), view));
      return pts;
    };
    for (let r0 = 0; r0 < part.rings - 1; r0 += CHUNK) {
      const pts: [number, number][] = [];
      for (let r = r0; r <= Math.min(part.rings - 1, r0 + CHUNK); r++) pts.push(...ringVerts(r));
      if (r0 === 0) pts.push(flatten(vertex(mesh, part.vertexStart + part.rings * part.radial), view));
      if (r0 + CHUNK >= part.rings - 1) pts.push(flatten(vertex(mesh, part.vertexStart + part.rings * part.radial + 1), view));
      const h = hull(pts);
      out.push(`M${h.map((p) => `${p[0]} ${p[1]}`).join('L')}Z`);
    }
  }
  cache.set(view, out);
  return out;
}

/** viewBox of the flat drawings (millimetres). */
export const FLAT_VIEWBOX = '-420 -1790 840 1810';
