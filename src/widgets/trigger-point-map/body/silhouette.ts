// The 2D drawings' outline: the figure's primitives flattened onto the view plane (a cone's or an
// ellipsoid's silhouette is its section through its axis), smoothly joined as in 3D, and traced with
// marching squares. Cheap enough to run without WebGL (no 3D mesh is built for the drawings).
import { BodyField, type Primitive, type Shape } from './sdf.js';
import { drawU, type ChartView } from './chart.js';
import { figure } from './figure.js';
import type { Vec3 } from './vec.js';

const flat = (p: Vec3, view: ChartView): Vec3 => (view === 'side' ? [0, p[1], p[2]] : [p[0], p[1], 0]);

function flatten(s: Shape, view: ChartView): Shape {
  return s.kind === 'cone' ? { ...s, a: flat(s.a, view), b: flat(s.b, view) } : { ...s, c: flat(s.c, view) };
}

/** Which parts of the figure: all, without the arms, or the arm alone (its outline over the trunk in a side view). */
export type FigureParts = boolean | 'arm';

/** Outline loops of the figure in a view, in chart millimetres [u, v]. */
export function silhouetteLoops(view: ChartView, cell = 0.005, arms: FigureParts = true): [number, number][][] {
  const keep = (p: Primitive) => (arms === 'arm' ? !!p.arm : arms || !p.arm);
  const prims: Primitive[] = figure.filter((p) => !p.carve && keep(p)).map((p) => ({ ...p, shape: flatten(p.shape, view) }));
  const field = new BodyField(prims);
  const u0 = view === 'side' ? -0.2 : -0.36, u1 = -u0;
  const v0 = -0.02, v1 = 1.78;
  const nu = Math.ceil((u1 - u0) / cell) + 1, nv = Math.ceil((v1 - v0) / cell) + 1;
  const val = new Float32Array(nu * nv);
  for (let j = 0; j < nv; j++) {
    for (let i = 0; i < nu; i++) {
      const u = u0 + i * cell, v = v0 + j * cell;
      val[j * nu + i] = view === 'side' ? field.at(0, v, u) : field.at(u, v, 0);
    }
  }
  // marching squares: segments keyed by their start point, then chained into loops
  const key = (a: number, b: number) => `${a.toFixed(2)},${b.toFixed(2)}`;
  const next = new Map<string, [number, number]>();
  const starts: [number, number][] = [];
  const P = (i: number, j: number, ei: number): [number, number] => {
    // edge 0 bottom (i..i+1, j), 1 right (i+1, j..j+1), 2 top (i..i+1, j+1), 3 left (i, j..j+1)
    const [ai, aj, bi, bj] = [[i, j, i + 1, j], [i + 1, j, i + 1, j + 1], [i, j + 1, i + 1, j + 1], [i, j, i, j + 1]][ei];
    const a = val[aj * nu + ai], b = val[bj * nu + bi];
    const t = a / (a - b);
    return [(u0 + (ai + (bi - ai) * t) * cell) * 1000, (v0 + (aj + (bj - aj) * t) * cell) * 1000];
  };
  // which edges to join for each of the 16 cases (inside = negative), walked with inside on the left
  const table: number[][] = [[], [3, 0], [0, 1], [3, 1], [1, 2], [3, 2, 1, 0], [0, 2], [3, 2], [2, 3], [2, 0], [0, 3, 2, 1], [2, 1], [1, 3], [1, 0], [0, 3], []];
  for (let j = 0; j < nv - 1; j++) {
    for (let i = 0; i < nu - 1; i++) {
      const c = (val[j * nu + i] < 0 ? 1 : 0) | (val[j * nu + i + 1] < 0 ? 2 : 0) | (val[(j + 1) * nu + i + 1] < 0 ? 4 : 0) | (val[(j + 1) * nu + i] < 0 ? 8 : 0);
      const t = table[c];
      for (let s = 0; s < t.length; s += 2) {
        const a = P(i, j, t[s]), b = P(i, j, t[s + 1]);
        next.set(key(a[0], a[1]), b);
        starts.push(a);
      }
    }
  }
  const loops: [number, number][][] = [];
  const used = new Set<string>();
  for (const s of starts) {
    if (used.has(key(s[0], s[1]))) continue;
    const loop: [number, number][] = [];
    let p: [number, number] | undefined = s;
    while (p && !used.has(key(p[0], p[1]))) {
      used.add(key(p[0], p[1]));
      loop.push(p);
      p = next.get(key(p[0], p[1]));
    }
    if (loop.length > 8) loops.push(loop);
  }
  return loops;
}

const pathCache = new Map<string, string>();

/** The outline as one SVG path; `arms: false` leaves the arms out (a side view of the trunk or leg), `'arm'` is the arm alone. */
export function silhouettePath(view: ChartView, arms: FigureParts = true): string {
  const key = `${view}-${String(arms)}`;
  let d = pathCache.get(key);
  if (!d) {
    d = silhouetteLoops(view, 0.005, arms)
      .map((loop) => `M${loop.filter((_, i) => i % 2 === 0).map(([u, v]) => `${Math.round(drawU(u, view))} ${Math.round(-v)}`).join('L')}Z`)
      .join('');
    pathCache.set(key, d);
  }
  return d;
}
