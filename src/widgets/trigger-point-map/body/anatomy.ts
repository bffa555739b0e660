// Where things are on the figure: a surface blob for every named body area and the trigger-point
// spot(s) of every muscle, placed on the mesh surface, on both sides of the body.
import type { BodyAreaId } from '../../../content/body-areas.js';
import { buildBody, analyticPoint, closestNear, partIndex, nearPart, distance, vertex, vertexNormal, type BodyMesh, type PartName, type Vec3, type Side } from './body-model.js';

/** A place on a part: `t` along the tube (0 … 1, caps beyond), `a` degrees around (0 front, 90 out, 180 back, 270 in). */
export interface SurfaceSpec {
  part: PartName;
  t: number;
  a: number;
}

interface AreaSpec extends SurfaceSpec {
  /** Blob radius in metres. */
  r: number;
}

const A = (part: PartName, t: number, a: number, r: number): AreaSpec => ({ part, t, a, r });

/** Blob of each named area on the left side (mirrored for the right). Angles as in SurfaceSpec. */
export const areaSpecs: Record<BodyAreaId, readonly AreaSpec[]> = {
  'top-of-head': [A('head', 1.7, 0, 0.06)],
  forehead: [A('head', 0.78, 18, 0.04)],
  temple: [A('head', 0.64, 72, 0.035)],
  'around-eye': [A('head', 0.56, 24, 0.028)],
  cheek: [A('head', 0.33, 38, 0.03)],
  jaw: [A('head', 0.1, 62, 0.034)],
  teeth: [A('head', 0.24, 14, 0.03)],
  ear: [A('head', 0.45, 100, 0.03)],
  'back-of-head': [A('head', 0.45, 168, 0.05)],
  throat: [A('neck', 0.4, 10, 0.03)],
  'back-of-neck': [A('neck', 0.55, 165, 0.035)],
  'side-of-neck': [A('neck', 0.55, 88, 0.032)],
  'top-of-shoulder': [A('torso', 1.45, 112, 0.05)],
  'shoulder-blade': [A('torso', 0.79, 148, 0.06)],
  'inner-shoulder-blade': [A('torso', 0.806, 166, 0.05)],
  'front-of-shoulder': [A('upperArm', 0.08, 10, 0.042)],
  'back-of-shoulder': [A('upperArm', 0.1, 170, 0.042)],
  'outer-shoulder': [A('upperArm', 0.22, 90, 0.045)],
  'front-of-upper-arm': [A('upperArm', 0.55, 5, 0.045)],
  'back-of-upper-arm': [A('upperArm', 0.55, 175, 0.045)],
  'inner-arm': [A('upperArm', 0.6, 270, 0.045)],
  'outer-elbow': [A('forearm', 0.04, 105, 0.032)],
  'inner-elbow': [A('forearm', 0.04, 285, 0.032)],
  'forearm-thumb-side': [A('forearm', 0.5, 25, 0.04)],
  'back-of-hand': [A('hand', 0.3, 90, 0.035)],
  'thumb-index': [A('hand', 0.5, 25, 0.03)],
  'ring-little-finger': [A('hand', 0.7, 165, 0.028)],
  chest: [A('torso', 0.758, 28, 0.07)],
  'low-back': [A('torso', 0.355, 168, 0.06)],
  'top-of-pelvis': [A('torso', 0.242, 130, 0.05)],
  sacroiliac: [A('torso', 0.2, 172, 0.04)],
  groin: [A('torso', 0.081, 28, 0.04)],
  buttock: [A('torso', 0.097, 155, 0.07)],
  'outer-hip': [A('thigh', 0.08, 95, 0.05)],
  'front-of-thigh': [A('thigh', 0.4, 0, 0.07)],
  'outer-thigh': [A('thigh', 0.45, 92, 0.07)],
  'back-of-thigh': [A('thigh', 0.45, 180, 0.07)],
  'front-of-knee': [A('shin', 0.02, 0, 0.045)],
  'inner-knee': [A('shin', 0.04, 270, 0.04)],
  'outer-knee': [A('shin', 0.04, 90, 0.04)],
  'back-of-knee': [A('thigh', 0.97, 180, 0.04)],
  calf: [A('shin', 0.3, 180, 0.06)],
  'outer-leg': [A('shin', 0.5, 90, 0.05)],
  'front-of-ankle': [A('shin', 0.93, 0, 0.035)],
  heel: [A('foot', -0.55, 45, 0.04)],
  'arch-of-foot': [A('foot', 0.45, 300, 0.035)],
  'big-toe': [A('foot', 1.3, 220, 0.028)],
};

const T = (part: PartName, t: number, a: number): SurfaceSpec => ({ part, t, a });

/** Trigger-point spot(s) of each built-in muscle on the left side (mirrored for the right). */
export const triggerPointSpecs: Record<string, readonly SurfaceSpec[]> = {
  'upper-trapezius': [T('torso', 1.5, 118)],
  'levator-scapulae': [T('torso', 1.2, 160)],
  sternocleidomastoid: [T('neck', 0.45, 48)],
  suboccipitals: [T('head', 0.1, 165)],
  temporalis: [T('head', 0.7, 78)],
  masseter: [T('head', 0.2, 58)],
  scalenes: [T('neck', 0.3, 82)],
  infraspinatus: [T('torso', 0.774, 145)],
  supraspinatus: [T('torso', 0.935, 140)],
  rhomboids: [T('torso', 0.839, 170)],
  'pectoralis-major': [T('torso', 0.839, 38)],
  'quadratus-lumborum': [T('torso', 0.315, 150)],
  iliopsoas: [T('torso', 0.097, 22)],
  'gluteus-medius': [T('torso', 0.31, 145)],
  'gluteus-minimus': [T('torso', 0.29, 115)],
  piriformis: [T('torso', 0.161, 160)],
  'vastus-medialis': [T('thigh', 0.82, 300)],
  'vastus-lateralis': [T('thigh', 0.55, 100)],
  gastrocnemius: [T('shin', 0.2, 215)],
  soleus: [T('shin', 0.6, 180)],
  'tibialis-anterior': [T('shin', 0.25, 22)],
  'wrist-extensors': [T('forearm', 0.2, 110)],
};

export interface SurfaceSpot {
  point: Vec3;
  normal: Vec3;
  side: Side;
  /** Index of the part instance the spot was snapped onto. */
  part: number;
}

function sidesFor(spec: SurfaceSpec, mesh: BodyMesh): { side: Side; part: number; mirror: boolean }[] {
  const left = partIndex(mesh, spec.part, 'left');
  if (left >= 0) return [{ side: 'left', part: left, mirror: false }, { side: 'right', part: partIndex(mesh, spec.part, 'right'), mirror: true }];
  const centre = partIndex(mesh, spec.part, 'center');
  const onMidline = Math.abs(Math.sin((spec.a * Math.PI) / 180)) < 0.05;
  return onMidline ? [{ side: 'center', part: centre, mirror: false }] : [{ side: 'left', part: centre, mirror: false }, { side: 'right', part: centre, mirror: true }];
}

/** The spot(s) for a surface spec: the analytic point snapped onto the mesh, once per body side. */
export function spotsFor(spec: SurfaceSpec, mesh: BodyMesh = buildBody()): SurfaceSpot[] {
  return sidesFor(spec, mesh).map(({ side, part, mirror }) => {
    const p = analyticPoint(mesh.parts[part].def, spec.t, spec.a);
    const q: Vec3 = mirror ? [-p[0], p[1], p[2]] : p;
    // mirroring a midline part's point flips its angle; a mirrored limb was built mirrored, so it keeps it
    const angle = mirror && mesh.parts[part].side === 'center' ? 360 - spec.a : spec.a;
    const hit = closestNear(mesh, part, spec.t, angle, q);
    return { point: hit.point, normal: hit.normal, side, part };
  });
}

export interface AreaBlob extends SurfaceSpot {
  area: BodyAreaId;
  radius: number;
}

let blobCache: AreaBlob[] | undefined;
/** Every area blob on both sides of the body. */
export function areaBlobs(): AreaBlob[] {
  if (blobCache) return blobCache;
  const mesh = buildBody();
  const out: AreaBlob[] = [];
  for (const [area, specs] of Object.entries(areaSpecs) as [BodyAreaId, readonly AreaSpec[]][]) {
    for (const spec of specs) for (const spot of spotsFor(spec, mesh)) out.push({ ...spot, area, radius: spec.r });
  }
  return (blobCache = out);
}

// Marks fade over about one vertex spacing, so the 0.5 level (where the shader draws the edge)
// falls exactly on the blob's circle and zone outlines come out round, not jagged.
const EDGE = 0.025;

/** How far vertex i is inside the blob: 1 well inside, 0.5 on the edge, 0 outside; −1 for the wrong side or facing. */
function blobWeight(mesh: BodyMesh, i: number, blob: AreaBlob): number {
  const P = mesh.positions;
  const lim = blob.radius + EDGE / 2;
  if (Math.abs(P[i * 3] - blob.point[0]) > lim || Math.abs(P[i * 3 + 1] - blob.point[1]) > lim || Math.abs(P[i * 3 + 2] - blob.point[2]) > lim) return 0;
  const v = vertex(mesh, i);
  const d = distance(v, blob.point);
  if (d > blob.radius + EDGE / 2) return 0;
  const n = vertexNormal(mesh, i);
  if (n[0] * blob.normal[0] + n[1] * blob.normal[1] + n[2] * blob.normal[2] < 0.2) return 0;
  if (blob.side === 'left' && v[0] < -0.005) return 0;
  if (blob.side === 'right' && v[0] > 0.005) return 0;
  return Math.min(1, 0.5 + (blob.radius - d) / EDGE);
}

interface AreaWeights {
  indices: Uint32Array;
  weights: Float32Array;
}

const areaWeightCache = new Map<BodyAreaId, AreaWeights>();
function areaWeights(area: BodyAreaId): AreaWeights {
  const hit = areaWeightCache.get(area);
  if (hit) return hit;
  const mesh = buildBody();
  const blobs = areaBlobs().filter((b) => b.area === area);
  const weights = new Map<number, number>();
  for (const part of mesh.parts) {
    const near = blobs.filter((b) => nearPart(part, b.point, b.radius + EDGE));
    if (!near.length) continue;
    for (let i = part.vertexStart; i < part.vertexStart + part.vertexCount; i++) {
      let best = 0;
      for (const b of near) best = Math.max(best, blobWeight(mesh, i, b));
      if (best > 0) weights.set(i, best);
    }
  }
  const idx = [...weights.keys()].sort((a, b) => a - b);
  const w = idx.map((i) => weights.get(i) ?? 0);
  const out = { indices: new Uint32Array(idx), weights: new Float32Array(w) };
  areaWeightCache.set(area, out);
  return out;
}

/** Indices of the mesh vertices inside a named area (both sides of the body). */
export function areaVertices(area: BodyAreaId): Uint32Array {
  const { indices, weights } = areaWeights(area);
  return indices.filter((_, k) => weights[k] >= 0.5);
}

/** Per-vertex mark (0 … 1, inside ≥ 0.5) for the union of `areas`. */
export function areaMarks(areas: readonly BodyAreaId[], into?: Float32Array): Float32Array {
  const out = into ?? new Float32Array(buildBody().vertexCount);
  out.fill(0);
  for (const a of areas) {
    const { indices, weights } = areaWeights(a);
    for (let k = 0; k < indices.length; k++) out[indices[k]] = Math.max(out[indices[k]], weights[k]);
  }
  return out;
}

/** Zone of every vertex for a muscle: 2 = essential zone, 1 = spillover zone, 0 = neither. */
export function zoneValues(essential: readonly BodyAreaId[], spillover: readonly BodyAreaId[]): Uint8Array {
  const ess = areaMarks(essential);
  const spill = areaMarks(spillover);
  const out = new Uint8Array(ess.length);
  for (let i = 0; i < out.length; i++) out[i] = ess[i] >= 0.5 ? 2 : spill[i] >= 0.5 ? 1 : 0;
  return out;
}

/** The named area nearest to a point on the body (a click), or undefined when none is close. */
export function nearestArea(p: Vec3, maxDistance = 0.09): BodyAreaId | undefined {
  let best: BodyAreaId | undefined;
  let bestScore = Infinity;
  for (const blob of areaBlobs()) {
    if (blob.side === 'left' && p[0] < -0.005) continue;
    if (blob.side === 'right' && p[0] > 0.005) continue;
    // Distance in units of the blob's own size, so a small area near a click wins over a big one's edge.
    const d = distance(p, blob.point);
    if (d > maxDistance + blob.radius) continue;
    const score = d / blob.radius;
    if (score < bestScore) {
      bestScore = score;
      best = blob.area;
    }
  }
  return best;
}

const spotCache = new WeakMap<readonly SurfaceSpec[], SurfaceSpot[]>();
/** Trigger-point spots of a muscle (both sides); custom clinic muscles name a part and place. */
export function triggerSpots(spec: readonly SurfaceSpec[]): SurfaceSpot[] {
  let hit = spotCache.get(spec);
  if (!hit) {
    const mesh = buildBody();
    spotCache.set(spec, (hit = spec.flatMap((s) => spotsFor(s, mesh))));
  }
  return hit;
}

/** Centre of an area on one side (for camera framing and the 2D drawing). */
export function areaCentre(area: BodyAreaId, side: Side): Vec3 | undefined {
  const blobs = areaBlobs().filter((b) => b.area === area);
  return (blobs.find((b) => b.side === side) ?? blobs.find((b) => b.side === 'center') ?? blobs[0])?.point;
}
