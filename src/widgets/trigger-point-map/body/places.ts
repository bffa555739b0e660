// Where chart things land on the body: the figure's field and mesh (built once, shared by every
// map), chart points put onto the surface, body points seen in a drawing, and the named area under
// a tap. Pure: no DOM, no three.js.
import { BodyField } from './sdf.js';
import { meshSteps, finish, type BodyMesh } from './mesher.js';
import { figure, FIGURE_BOX } from './figure.js';
import { toChart, facing, type ChartView } from './chart.js';
import { areaSpots } from '../../../content/trigger-point-chart/index.js';
import type { Vec3 } from './vec.js';

let field: BodyField | undefined;
export const bodyField = (): BodyField => (field ??= new BodyField(figure));

/** Grid spacing of the 3D mesh: about 24 000 vertices, well inside 16-bit indices. */
export const MESH_CELL = 0.01;
/**
 * Grid spacing of the coarse body (about a quarter of the triangles): the first picture while the full
 * body is still being meshed, and a drag's frames (scene/drag-body.ts). About an eighth of the meshing.
 */
export const COARSE_CELL = 0.02;

/** One mesh of the figure at one grid spacing, built once per page: at once, or in slices between other tasks. */
class SharedMesh {
  mesh: BodyMesh | undefined;
  private steps: Generator<void, BodyMesh, void> | undefined;
  private building: Promise<BodyMesh> | undefined;

  constructor(private readonly cell: number) {}

  /** Whether a build has begun (or is done). */
  get started(): boolean {
    return !!this.steps || !!this.mesh;
  }

  private start(): Generator<void, BodyMesh, void> {
    return (this.steps ??= meshSteps(bodyField(), { cell: this.cell, box: FIGURE_BOX }));
  }

  /** The mesh now (finishes a build under way). */
  now(): BodyMesh {
    return (this.mesh ??= finish(this.start()));
  }

  /**
   * The mesh built in slices of a few milliseconds between other tasks (started while three.js
   * downloads, so no long task blocks the page).
   */
  build(): Promise<BodyMesh> {
    if (this.mesh) return Promise.resolve(this.mesh);
    return (this.building ??= new Promise<BodyMesh>((resolve) => {
      const steps = this.start();
      const slice = () => {
        if (this.mesh) return resolve(this.mesh);
        const end = performance.now() + 12;
        while (performance.now() < end) {
          const r = steps.next();
          if (r.done) return resolve((this.mesh = r.value));
        }
        nextTask(slice);
      };
      slice();
    }));
  }
}

const fine = new SharedMesh(MESH_CELL);
const coarse = new SharedMesh(COARSE_CELL);

/** The figure's mesh, built on first use and shared by every map (finishes a build under way). */
export const bodyMesh = (): BodyMesh => fine.now();
/** The full mesh, built in slices (see SharedMesh.build). */
export const buildBodyMesh = (): Promise<BodyMesh> => fine.build();
/** Whether the full mesh's build has begun (tests: it waits for the first picture). */
export const bodyMeshStarted = (): boolean => fine.started;
/** The full mesh if it is built already. */
export const builtBodyMesh = (): BodyMesh | undefined => fine.mesh;
/** The coarse body (COARSE_CELL), built in slices. */
export const buildCoarseMesh = (): Promise<BodyMesh> => coarse.build();
/** The coarse body if it is built already. */
export const builtCoarseMesh = (): BodyMesh | undefined => coarse.mesh;

/** Runs a callback in a new task soon (a message, which browsers do not delay as they do nested timers). */
function nextTask(run: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(run, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(undefined);
}

export interface SurfacePoint {
  point: Vec3;
  normal: Vec3;
}

const pointCache = new Map<string, SurfacePoint | undefined>();

/** The body surface under a chart point, seen from its view (the side view looks at the patient's left). */
export function pointOnBody(view: ChartView, at: readonly [number, number]): SurfacePoint | undefined {
  const key = `${view}:${at[0]}:${at[1]}`;
  if (pointCache.has(key)) return pointCache.get(key);
  const u = at[0] / 1000, v = at[1] / 1000;
  const f = bodyField();
  const from: Vec3 = view === 'front' ? [u, v, 1] : view === 'back' ? [u, v, -1] : [1, v, u];
  const dir: Vec3 = view === 'front' ? [0, 0, -1] : view === 'back' ? [0, 0, 1] : [-1, 0, 0];
  const point = f.raycast(from, dir);
  const hit = point ? { point, normal: f.normal(point) } : undefined;
  pointCache.set(key, hit);
  return hit;
}

/** A body point in a drawing's chart coordinates, when that drawing clearly faces its side of the body. */
export function seenIn(sp: SurfacePoint, view: ChartView, minFacing = 0.45): [number, number] | undefined {
  if (view === 'side' ? sp.point[0] < 0 || sp.normal[0] < minFacing : facing(sp.normal, view) < minFacing) return undefined;
  return toChart(sp.point, view);
}

/** The named area nearest a body point (a tap), in units of each area's size; undefined when none is near. */
export function nearestArea(p: Vec3, n: Vec3, reach = 3.2): string | undefined {
  let best: string | undefined;
  let bestScore = reach;
  const right = p[0] < 0;
  for (const [id, spot] of Object.entries(areaSpots)) {
    let u: number, v: number;
    if (spot.view === 'side') {
      if (Math.abs(n[0]) < 0.2) continue;
      if (right ? n[0] > 0 : n[0] < 0) continue;
      [u, v] = toChart(p, 'side');
    } else {
      if (facing(n, spot.view) < -0.25) continue;
      [u, v] = toChart(p, spot.view);
      if (right) u = -u;
    }
    const score = Math.hypot(u - spot.at[0], v - spot.at[1]) / spot.r;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}

/** The named area nearest a point of a drawing (chart mm of that view). */
export function nearestAreaInView(view: ChartView, u: number, v: number, reach = 2.2): string | undefined {
  let best: string | undefined;
  let bestScore = reach;
  for (const [id, spot] of Object.entries(areaSpots)) {
    if (spot.view !== view) continue;
    const score = Math.min(Math.hypot(u - spot.at[0], v - spot.at[1]), view === 'side' ? Infinity : Math.hypot(u + spot.at[0], v - spot.at[1])) / spot.r;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
