// The map's human figure, generated in code: smooth swept tubes (head, neck, torso, pelvis, limbs)
// with closed ends, as plain typed arrays. No three.js and no DOM, so it is tested directly.
// Units are metres; y is up, the figure faces +z, and the patient's left side is +x.

export type Vec3 = [number, number, number];

/** One control station of a tube: centre, half-width along the side axis, half-depth along the front axis. */
interface Station {
  c: Vec3;
  rx: number;
  rz: number;
}

export interface PartDef {
  name: PartName;
  /** Paired parts are built on the left (+x) and mirrored. */
  paired: boolean;
  stations: Station[];
  /** How far the start/end caps reach beyond the first/last station, as a fraction of the smaller radius. */
  cap0: number;
  cap1: number;
  /** Cross-section exponent: 2 = ellipse, larger = boxier. */
  shape?: number;
  /** Direction of angle 0 ("front") of the cross-section; default +z. */
  frontRef?: Vec3;
}

export const partNames = ['head', 'nose', 'ear', 'neck', 'torso', 'upperArm', 'forearm', 'hand', 'thigh', 'shin', 'foot'] as const;
export type PartName = (typeof partNames)[number];
export type Side = 'left' | 'right' | 'center';

const st = (x: number, y: number, z: number, rx: number, rz: number): Station => ({ c: [x, y, z], rx, rz });

// Proportions of a neutral adult about 1.75 m tall, arms relaxed a little away from the body, palms in.
export const partDefs: readonly PartDef[] = [
  {
    name: 'head', paired: false, cap0: 0.45, cap1: 0.75,
    stations: [st(0, 1.49, 0.018, 0.05, 0.058), st(0, 1.53, 0.012, 0.066, 0.088), st(0, 1.58, 0.004, 0.075, 0.1), st(0, 1.63, 0, 0.079, 0.102), st(0, 1.68, -0.004, 0.074, 0.094), st(0, 1.715, -0.006, 0.058, 0.072)],
  },
  {
    name: 'nose', paired: false, cap0: 0.8, cap1: 0.9,
    stations: [st(0, 1.628, 0.093, 0.009, 0.008), st(0, 1.605, 0.1, 0.012, 0.012), st(0, 1.588, 0.104, 0.014, 0.013)],
  },
  {
    // a simple flattened ear: thin across (rx), wider front to back (rz)
    name: 'ear', paired: true, cap0: 0.9, cap1: 0.9,
    stations: [st(0.078, 1.648, -0.014, 0.011, 0.014), st(0.08, 1.625, -0.014, 0.012, 0.017), st(0.078, 1.598, -0.008, 0.01, 0.012)],
  },
  {
    name: 'neck', paired: false, cap0: 0.2, cap1: 0.2,
    stations: [st(0, 1.41, -0.008, 0.062, 0.056), st(0, 1.46, -0.006, 0.051, 0.05), st(0, 1.51, -0.004, 0.048, 0.05), st(0, 1.545, 0, 0.047, 0.05)],
  },
  {
    // Crotch to shoulders in one tube, so hips, waist and chest blend without seams.
    name: 'torso', paired: false, cap0: 0.45, cap1: 0.65, shape: 2.3,
    stations: [st(0, 0.8, -0.004, 0.12, 0.085), st(0, 0.86, -0.008, 0.16, 0.108), st(0, 0.93, -0.008, 0.162, 0.106), st(0, 1.02, -0.004, 0.138, 0.094), st(0, 1.12, 0.004, 0.143, 0.098), st(0, 1.22, 0.01, 0.158, 0.108), st(0, 1.31, 0.008, 0.172, 0.112), st(0, 1.38, 0.0, 0.174, 0.098), st(0, 1.42, -0.006, 0.158, 0.08)],
  },
  {
    name: 'upperArm', paired: true, cap0: 0.8, cap1: 0.6,
    stations: [st(0.186, 1.395, -0.012, 0.05, 0.054), st(0.205, 1.32, -0.014, 0.046, 0.048), st(0.222, 1.22, -0.016, 0.042, 0.043), st(0.238, 1.13, -0.018, 0.037, 0.038)],
  },
  {
    name: 'forearm', paired: true, cap0: 0.6, cap1: 0.5,
    stations: [st(0.238, 1.13, -0.018, 0.036, 0.038), st(0.252, 1.06, -0.012, 0.038, 0.041), st(0.27, 0.97, -0.002, 0.03, 0.034), st(0.283, 0.89, 0.006, 0.022, 0.03)],
  },
  {
    name: 'hand', paired: true, cap0: 0.5, cap1: 0.9,
    stations: [st(0.284, 0.885, 0.007, 0.018, 0.03), st(0.29, 0.84, 0.01, 0.017, 0.044), st(0.294, 0.79, 0.012, 0.015, 0.042), st(0.297, 0.74, 0.012, 0.011, 0.032), st(0.298, 0.71, 0.012, 0.009, 0.024)],
  },
  {
    name: 'thigh', paired: true, cap0: 0.5, cap1: 0.5,
    stations: [st(0.088, 0.93, -0.004, 0.088, 0.092), st(0.092, 0.82, 0.006, 0.083, 0.085), st(0.092, 0.7, 0.008, 0.068, 0.07), st(0.09, 0.58, 0.006, 0.055, 0.057), st(0.089, 0.5, 0.004, 0.05, 0.052)],
  },
  {
    name: 'shin', paired: true, cap0: 0.5, cap1: 0.6,
    stations: [st(0.089, 0.5, 0.004, 0.05, 0.05), st(0.088, 0.42, -0.006, 0.05, 0.058), st(0.087, 0.33, -0.008, 0.045, 0.05), st(0.086, 0.22, -0.002, 0.034, 0.036), st(0.085, 0.12, 0.0, 0.026, 0.03), st(0.085, 0.07, 0.0, 0.028, 0.032)],
  },
  {
    // A horizontal tube: its "front" axis points down, so rz is half the foot's height.
    name: 'foot', paired: true, cap0: 0.8, cap1: 0.8, frontRef: [0, -1, 0],
    stations: [st(0.085, 0.045, -0.03, 0.03, 0.04), st(0.087, 0.042, 0.02, 0.038, 0.035), st(0.092, 0.032, 0.09, 0.045, 0.026), st(0.096, 0.022, 0.15, 0.04, 0.017)],
  },
];

/** One built part: which vertices and triangles are its own. */
export interface PartInstance {
  name: PartName;
  side: Side;
  def: PartDef;
  vertexStart: number;
  vertexCount: number;
  indexStart: number;
  indexCount: number;
  /** Number of vertices around each ring. */
  radial: number;
  /** Ring count along the tube, caps included (poles are single vertices after the rings). */
  rings: number;
  /** Axis-aligned bounds [minX, minY, minZ, maxX, maxY, maxZ], for quick spatial rejects. */
  bounds: number[];
  /** Tube parameter of each ring (caps included), for finding the triangles near a (t, angle) spot. */
  ringTs: number[];
}

export interface BodyMesh {
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
  /** Index into `parts` for every vertex. */
  vertexPart: Uint8Array;
  parts: PartInstance[];
  vertexCount: number;
  triangleCount: number;
}

const RADIAL = 24;
const CAP_RINGS = 6;

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
export const length = (a: Vec3) => Math.hypot(a[0], a[1], a[2]);
export const normalize = (a: Vec3): Vec3 => {
  const l = length(a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
export const distance = (a: Vec3, b: Vec3) => length(sub(a, b));

function catmull(p0: number, p1: number, p2: number, p3: number, u: number): number {
  const u2 = u * u;
  const u3 = u2 * u;
  return 0.5 * (2 * p1 + (-p0 + p2) * u + (2 * p0 - 5 * p1 + 4 * p2 - p3) * u2 + (-p0 + 3 * p1 - 3 * p2 + p3) * u3);
}

/** Arc-length parameter of each station (0 … 1). */
function stationParams(def: PartDef): number[] {
  const s = [0];
  for (let i = 1; i < def.stations.length; i++) s.push(s[i - 1] + distance(def.stations[i].c, def.stations[i - 1].c));
  const total = s[s.length - 1];
  return s.map((v) => v / total);
}

interface Frame {
  c: Vec3;
  t: Vec3;
  s: Vec3;
  f: Vec3;
  rx: number;
  rz: number;
}

/** Centre, tangent, side and front axes and radii at parameter t ∈ [0, 1] of the tube (left-side geometry). */
function frameAt(def: PartDef, params: number[], t: number): Frame {
  const n = def.stations.length;
  const tc = Math.min(1, Math.max(0, t));
  let i = 0;
  while (i < n - 2 && params[i + 1] < tc) i++;
  const u = (tc - params[i]) / (params[i + 1] - params[i] || 1);
  const S = (k: number) => def.stations[Math.min(n - 1, Math.max(0, k))];
  const a = S(i - 1), b = S(i), c = S(i + 1), d = S(i + 2);
  const interp = (get: (x: Station) => number) => catmull(get(a), get(b), get(c), get(d), u);
  const centre: Vec3 = [interp((x) => x.c[0]), interp((x) => x.c[1]), interp((x) => x.c[2])];
  const eps = 1e-3;
  const ahead = Math.min(1, tc + eps), behind = Math.max(0, tc - eps);
  const tangent = normalize(sub(centreAt(def, params, ahead), centreAt(def, params, behind)));
  const ref: Vec3 = [1, 0, 0];
  const side = normalize(sub(ref, scale(tangent, dot(ref, tangent))));
  const fRef = def.frontRef ?? [0, 0, 1];
  const fPerp = sub(fRef, scale(tangent, dot(fRef, tangent)));
  const front = normalize(sub(fPerp, scale(side, dot(fPerp, side))));
  return { c: centre, t: tangent, s: side, f: front, rx: interp((x) => x.rx), rz: interp((x) => x.rz) };
}

function centreAt(def: PartDef, params: number[], t: number): Vec3 {
  const n = def.stations.length;
  let i = 0;
  while (i < n - 2 && params[i + 1] < t) i++;
  const u = (t - params[i]) / (params[i + 1] - params[i] || 1);
  const S = (k: number) => def.stations[Math.min(n - 1, Math.max(0, k))].c;
  const a = S(i - 1), b = S(i), c = S(i + 1), d = S(i + 2);
  return [catmull(a[0], b[0], c[0], d[0], u), catmull(a[1], b[1], c[1], d[1], u), catmull(a[2], b[2], c[2], d[2], u)];
}

const superCos = (x: number, e: number) => Math.sign(x) * Math.pow(Math.abs(x), 2 / e);

/**
 * A point on the analytic surface of a part (left-side geometry, before mirroring).
 * `t` runs 0 … 1 between the first and last station; −1 … 0 and 1 … 2 run over the start and end caps
 * (−1 and 2 are the poles). `angle` is in degrees around the tube: 0 = front, 90 = out (patient's left
 * on the body's midline parts, away from the body on limbs), 180 = back, 270 = in.
 */
export function analyticPoint(def: PartDef, t: number, angle: number): Vec3 {
  return ringPoints(def, t, [angle])[0];
}

/** Points of one ring (parameter t) at the given angles: the frame is computed once per ring. */
function ringPoints(def: PartDef, t: number, angles: readonly number[]): Vec3[] {
  const params = paramsOf(def);
  const e = def.shape ?? 2;
  let fr: Frame, along: Vec3 = [0, 0, 0], r = 1;
  if (t >= 0 && t <= 1) fr = frameAt(def, params, t);
  else {
    const end = t > 1;
    fr = frameAt(def, params, end ? 1 : 0);
    const phi = (Math.min(1, end ? t - 1 : -t) * Math.PI) / 2;
    const capLen = (end ? def.cap1 : def.cap0) * Math.min(fr.rx, fr.rz);
    along = scale(fr.t, (end ? 1 : -1) * capLen * Math.sin(phi));
    r = Math.cos(phi);
  }
  const c = add(fr.c, along);
  return angles.map((angle) => {
    const a = (angle * Math.PI) / 180;
    const sx = superCos(Math.sin(a), e) * fr.rx * r;
    const sz = superCos(Math.cos(a), e) * fr.rz * r;
    return [c[0] + fr.s[0] * sx + fr.f[0] * sz, c[1] + fr.s[1] * sx + fr.f[1] * sz, c[2] + fr.s[2] * sx + fr.f[2] * sz];
  });
}

const paramCache = new WeakMap<PartDef, number[]>();
function paramsOf(def: PartDef): number[] {
  let p = paramCache.get(def);
  if (!p) paramCache.set(def, (p = stationParams(def)));
  return p;
}

/** Ring parameters along a part: cap rings, body rings, cap rings (poles added separately). */
function ringParams(def: PartDef): number[] {
  let len = 0;
  for (let i = 1; i < def.stations.length; i++) len += distance(def.stations[i].c, def.stations[i - 1].c);
  const body = Math.max(8, Math.round(len / 0.0125));
  const out: number[] = [];
  for (let k = CAP_RINGS - 1; k >= 1; k--) out.push(-k / CAP_RINGS);
  for (let k = 0; k <= body; k++) out.push(k / body);
  for (let k = 1; k < CAP_RINGS; k++) out.push(1 + k / CAP_RINGS);
  return out;
}

function buildPart(def: PartDef, mirror: boolean) {
  const rings = ringParams(def);
  const pos: number[] = [];
  const angles = Array.from({ length: RADIAL }, (_, j) => (360 * j) / RADIAL);
  for (const t of rings) {
    for (const p of ringPoints(def, t, angles)) pos.push(mirror ? -p[0] : p[0], p[1], p[2]);
  }
  const pole0 = analyticPoint(def, -1, 0);
  const pole1 = analyticPoint(def, 2, 0);
  pos.push(mirror ? -pole0[0] : pole0[0], pole0[1], pole0[2]);
  pos.push(mirror ? -pole1[0] : pole1[0], pole1[1], pole1[2]);
  const nRings = rings.length;
  const p0 = nRings * RADIAL, p1 = p0 + 1;
  const idx: number[] = [];
  // Outward-facing counter-clockwise triangles: the order depends on the handedness of the
  // tube's frame (limbs run downwards, the torso upwards) and flips again when mirrored.
  const fr = frameAt(def, paramsOf(def), 0.5);
  const flip = dot(cross(fr.s, fr.f), fr.t) < 0 !== mirror;
  const tri = (a: number, b: number, c: number) => (flip ? idx.push(a, c, b) : idx.push(a, b, c));
  for (let i = 0; i < nRings - 1; i++) {
    for (let j = 0; j < RADIAL; j++) {
      const j2 = (j + 1) % RADIAL;
      const a = i * RADIAL + j, b = i * RADIAL + j2, c = (i + 1) * RADIAL + j, d = (i + 1) * RADIAL + j2;
      tri(a, c, b);
      tri(b, c, d);
    }
  }
  for (let j = 0; j < RADIAL; j++) {
    const j2 = (j + 1) % RADIAL;
    tri(p0, j, j2);
    const last = (nRings - 1) * RADIAL;
    tri(p1, last + j2, last + j);
  }
  return { pos, idx, rings: nRings, ringTs: rings };
}

let cached: BodyMesh | undefined;

/** The figure as one indexed triangle mesh with smooth vertex normals (built once, then shared). */
export function buildBody(): BodyMesh {
  if (cached) return cached;
  const positions: number[] = [];
  const indices: number[] = [];
  const vertexPart: number[] = [];
  const parts: PartInstance[] = [];
  for (const def of partDefs) {
    const sides: [Side, boolean][] = def.paired ? [['left', false], ['right', true]] : [['center', false]];
    for (const [side, mirror] of sides) {
      const built = buildPart(def, mirror);
      const base = positions.length / 3;
      const part: PartInstance = {
        name: def.name, side, def, vertexStart: base, vertexCount: built.pos.length / 3,
        indexStart: indices.length, indexCount: built.idx.length, radial: RADIAL, rings: built.rings,
        bounds: [Infinity, Infinity, Infinity, -Infinity, -Infinity, -Infinity], ringTs: built.ringTs,
      };
      for (let k = 0; k < built.pos.length; k++) {
        part.bounds[k % 3] = Math.min(part.bounds[k % 3], built.pos[k]);
        part.bounds[3 + (k % 3)] = Math.max(part.bounds[3 + (k % 3)], built.pos[k]);
      }
      for (const v of built.pos) positions.push(v);
      for (const i of built.idx) indices.push(i + base);
      for (let k = 0; k < part.vertexCount; k++) vertexPart.push(parts.length);
      parts.push(part);
    }
  }
  const pos = new Float32Array(positions);
  const ind = new Uint32Array(indices);
  const normals = computeNormals(pos, ind);
  cached = {
    positions: pos, normals, indices: ind, vertexPart: new Uint8Array(vertexPart), parts,
    vertexCount: pos.length / 3, triangleCount: ind.length / 3,
  };
  return cached;
}

function computeNormals(pos: Float32Array, ind: Uint32Array): Float32Array {
  const n = new Float32Array(pos.length);
  for (let i = 0; i < ind.length; i += 3) {
    const a = ind[i] * 3, b = ind[i + 1] * 3, c = ind[i + 2] * 3;
    const e1x = pos[b] - pos[a], e1y = pos[b + 1] - pos[a + 1], e1z = pos[b + 2] - pos[a + 2];
    const e2x = pos[c] - pos[a], e2y = pos[c + 1] - pos[a + 1], e2z = pos[c + 2] - pos[a + 2];
    // area-weighted face normal (the cross product), added to each corner
    const nx = e1y * e2z - e1z * e2y, ny = e1z * e2x - e1x * e2z, nz = e1x * e2y - e1y * e2x;
    n[a] += nx;
    n[a + 1] += ny;
    n[a + 2] += nz;
    n[b] += nx;
    n[b + 1] += ny;
    n[b + 2] += nz;
    n[c] += nx;
    n[c + 1] += ny;
    n[c + 2] += nz;
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i], n[i + 1], n[i + 2]) || 1;
    n[i] /= l;
    n[i + 1] /= l;
    n[i + 2] /= l;
  }
  return n;
}

export function vertex(mesh: BodyMesh, i: number): Vec3 {
  return [mesh.positions[i * 3], mesh.positions[i * 3 + 1], mesh.positions[i * 3 + 2]];
}

export function vertexNormal(mesh: BodyMesh, i: number): Vec3 {
  return [mesh.normals[i * 3], mesh.normals[i * 3 + 1], mesh.normals[i * 3 + 2]];
}

/** Closest point on triangle abc to p (Ericson, Real-Time Collision Detection 5.1.5). */
export function closestOnTriangle(p: Vec3, a: Vec3, b: Vec3, c: Vec3): Vec3 {
  const ab = sub(b, a), ac = sub(c, a), ap = sub(p, a);
  const d1 = dot(ab, ap), d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const bp = sub(p, b);
  const d3 = dot(ab, bp), d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return add(a, scale(ab, d1 / (d1 - d3)));
  const cp = sub(p, c);
  const d5 = dot(ab, cp), d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return add(a, scale(ac, d2 / (d2 - d6)));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return add(b, scale(sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6))));
  const denom = 1 / (va + vb + vc);
  return add(a, add(scale(ab, vb * denom), scale(ac, vc * denom)));
}

/** Closest point on the mesh (optionally only on one part's triangles) and that triangle's normal. */
export function closestOnMesh(mesh: BodyMesh, p: Vec3, partIndex?: number): { point: Vec3; normal: Vec3; distance: number } {
  const from = partIndex === undefined ? 0 : mesh.parts[partIndex].indexStart;
  const to = partIndex === undefined ? mesh.indices.length : from + mesh.parts[partIndex].indexCount;
  let best: Vec3 = p, bestD = Infinity, bestTri = from;
  const P = mesh.positions, I = mesh.indices;
  // Triangle edges are a few centimetres at most, so any triangle whose first corner is farther
  // than the best distance plus that slack cannot be closer: skip it without allocating.
  const SLACK = 0.08;
  for (let i = from; i < to; i += 3) {
    const a3 = I[i] * 3;
    const dx = P[a3] - p[0], dy = P[a3 + 1] - p[1], dz = P[a3 + 2] - p[2];
    const lim = Math.min(bestD, 1) + SLACK;
    if (dx * dx + dy * dy + dz * dz > lim * lim) continue;
    const q = closestOnTriangle(p, vertex(mesh, I[i]), vertex(mesh, I[i + 1]), vertex(mesh, I[i + 2]));
    const d = distance(p, q);
    if (d < bestD) {
      bestD = d;
      best = q;
      bestTri = i;
    }
  }
  const ia = mesh.indices[bestTri], ib = mesh.indices[bestTri + 1], ic = mesh.indices[bestTri + 2];
  const normal = normalize(add(add(vertexNormal(mesh, ia), vertexNormal(mesh, ib)), vertexNormal(mesh, ic)));
  return { point: best, normal, distance: bestD };
}

/** Is point p within `margin` of the part's bounding box? */
export function nearPart(part: PartInstance, p: Vec3, margin: number): boolean {
  const b = part.bounds;
  return p[0] > b[0] - margin && p[1] > b[1] - margin && p[2] > b[2] - margin && p[0] < b[3] + margin && p[1] < b[4] + margin && p[2] < b[5] + margin;
}

/**
 * Closest point on the mesh to a point that lies near (t, angle) of a part: only the few triangles
 * around that ring and segment are tested, so placing spots costs almost nothing. Falls back to the
 * whole part near the poles.
 */
export function closestNear(mesh: BodyMesh, partIdx: number, t: number, angle: number, p: Vec3): { point: Vec3; normal: Vec3; distance: number } {
  const part = mesh.parts[partIdx];
  const ts = part.ringTs;
  if (t <= ts[0] || t >= ts[ts.length - 1]) return closestOnMesh(mesh, p, partIdx);
  let i = 0;
  while (i < ts.length - 2 && ts[i + 1] < t) i++;
  const j = Math.floor((((angle % 360) + 360) % 360) / (360 / part.radial));
  let best: Vec3 = p, bestD = Infinity, bestTri = part.indexStart;
  for (let di = -1; di <= 1; di++) {
    const ring = i + di;
    if (ring < 0 || ring >= part.rings - 1) continue;
    for (let dj = -1; dj <= 1; dj++) {
      const seg = (j + dj + part.radial) % part.radial;
      const quad = part.indexStart + (ring * part.radial + seg) * 6;
      for (const tri of [quad, quad + 3]) {
        const I = mesh.indices;
        const q = closestOnTriangle(p, vertex(mesh, I[tri]), vertex(mesh, I[tri + 1]), vertex(mesh, I[tri + 2]));
        const d = distance(p, q);
        if (d < bestD) {
          bestD = d;
          best = q;
          bestTri = tri;
        }
      }
    }
  }
  const I = mesh.indices;
  const normal = normalize(add(add(vertexNormal(mesh, I[bestTri]), vertexNormal(mesh, I[bestTri + 1])), vertexNormal(mesh, I[bestTri + 2])));
  return { point: best, normal, distance: bestD };
}

/** Index of the part instance with this name and side. */
export function partIndex(mesh: BodyMesh, name: PartName, side: Side): number {
  return mesh.parts.findIndex((p) => p.name === name && p.side === side);
}

/**
 * Is `p` buried inside a part other than `except`? Tested against each part's analytic
 * cross-section near its closest ring, so a point on one tube hidden inside another is caught.
 */
export function insideOtherPart(mesh: BodyMesh, p: Vec3, except: number, margin = 0.004): boolean {
  for (let k = 0; k < mesh.parts.length; k++) {
    if (k === except) continue;
    const part = mesh.parts[k];
    const q: Vec3 = part.side === 'right' ? [-p[0], p[1], p[2]] : p;
    const params = paramsOf(part.def);
    let bestT = 0, bestD = Infinity;
    for (let i = 0; i <= 60; i++) {
      const t = i / 60;
      const d = distance(centreAt(part.def, params, t), q);
      if (d < bestD) {
        bestD = d;
        bestT = t;
      }
    }
    const fr = frameAt(part.def, params, bestT);
    const rel = sub(q, fr.c);
    const along = dot(rel, fr.t);
    if ((bestT === 0 && along < 0) || (bestT === 1 && along > 0)) continue;
    const e = part.def.shape ?? 2;
    const x = Math.abs(dot(rel, fr.s)) / (fr.rx - margin);
    const z = Math.abs(dot(rel, fr.f)) / (fr.rz - margin);
    if (fr.rx > margin && fr.rz > margin && Math.pow(x, e) + Math.pow(z, e) < 1) return true;
  }
  return false;
}
