// The figure as a signed distance field: a smooth union of round cones and ellipsoids, with a few
// smooth subtractions (eye sockets, the spine's groove). Pure maths, no DOM: the 3D mesh, the 2D
// silhouette and the placing of trigger points all read this one field.
import type { Vec3 } from './vec.js';

export interface Cone {
  kind: 'cone';
  a: Vec3;
  b: Vec3;
  ra: number;
  rb: number;
}
export interface Ellipsoid {
  kind: 'ell';
  c: Vec3;
  r: Vec3;
  /** Rotation about x, then y, then z (radians). */
  rot?: Vec3;
}
export type Shape = Cone | Ellipsoid;

/** A primitive in the figure: shape, smooth blend radius (m), and whether it is carved away. */
export interface Primitive {
  shape: Shape;
  blend: number;
  carve?: boolean;
  /** Part of an arm (so side-view charts of the trunk and leg can look past it). */
  arm?: boolean;
}

/** Floats per primitive in the flat parameter array. */
const STRIDE = 18;
const CONE = 0, ELL = 1;

/** Writes a round cone's constants (Inigo Quilez's exact distance) at `o`. */
function packCone(c: Cone, P: Float64Array, o: number): void {
  const bax = c.b[0] - c.a[0], bay = c.b[1] - c.a[1], baz = c.b[2] - c.a[2];
  const l2 = bax * bax + bay * bay + baz * baz;
  const rr = c.ra - c.rb;
  P.set([CONE, c.a[0], c.a[1], c.a[2], bax, bay, baz, l2, rr, l2 - rr * rr, 1 / l2, c.ra, c.rb], o);
}

function rotation(rot: Vec3 | undefined): number[] | undefined {
  if (!rot) return undefined;
  const [a, b, g] = rot;
  const ca = Math.cos(a), sa = Math.sin(a), cb = Math.cos(b), sb = Math.sin(b), cg = Math.cos(g), sg = Math.sin(g);
  // R = Rz * Ry * Rx (world from local); we need local from world = transpose.
  const R = [
    cg * cb, cg * sb * sa - sg * ca, cg * sb * ca + sg * sa,
    sg * cb, sg * sb * sa + cg * ca, sg * sb * ca - cg * sa,
    -sb, cb * sa, cb * ca,
  ];
  return [R[0], R[3], R[6], R[1], R[4], R[7], R[2], R[5], R[8]];
}

/** Writes an ellipsoid's constants (Quilez's bound: exact on the surface, a good estimate near it) at `o`. */
function packEllipsoid(e: Ellipsoid, P: Float64Array, o: number): void {
  const m = rotation(e.rot);
  P.set([ELL, e.c[0], e.c[1], e.c[2], 1 / e.r[0], 1 / e.r[1], 1 / e.r[2], Math.min(e.r[0], e.r[1], e.r[2]), m ? 1 : 0, ...(m ?? [])], o);
}

function bounds(s: Shape, grow: number): number[] {
  if (s.kind === 'cone') {
    const r = Math.max(s.ra, s.rb) + grow;
    return [Math.min(s.a[0], s.b[0]) - r, Math.min(s.a[1], s.b[1]) - r, Math.min(s.a[2], s.b[2]) - r, Math.max(s.a[0], s.b[0]) + r, Math.max(s.a[1], s.b[1]) + r, Math.max(s.a[2], s.b[2]) + r];
  }
  const r = (s.rot ? Math.max(...s.r) : 0) + grow;
  const [rx, ry, rz] = s.rot ? [r, r, r] : [s.r[0] + grow, s.r[1] + grow, s.r[2] + grow];
  return [s.c[0] - rx, s.c[1] - ry, s.c[2] - rz, s.c[0] + rx, s.c[1] + ry, s.c[2] + rz];
}

/** Squared distance from a point to the box at t[o..o + 6) (0 inside). */
function gap2(x: number, y: number, z: number, t: Float64Array, o: number): number {
  const gx = Math.max(t[o] - x, 0, x - t[o + 3]), gy = Math.max(t[o + 1] - y, 0, y - t[o + 4]), gz = Math.max(t[o + 2] - z, 0, z - t[o + 5]);
  return gx * gx + gy * gy + gz * gz;
}

/** Polynomial smooth minimum: equals min(a, b) once they differ by more than k. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

/** How far a field value is trusted: beyond this from the surface it is only "inside" or "outside". */
export const BAND = 0.025;

/**
 * The field. Primitives live in flat typed arrays (no closures or objects in the inner loop); each has
 * a box grown by its blend radius and the band, outside which it cannot change a value under BAND,
 * so a sample only evaluates the primitives whose box holds it.
 */
export class BodyField {
  readonly count: number;
  /** STRIDE floats per primitive: kind, then its constants. */
  private readonly P: Float64Array;
  /** Six floats per primitive: min x, y, z, max x, y, z. */
  readonly boxes: Float64Array;
  /** The same boxes not grown: a point outside one is at least its distance from that box from the shape. */
  private readonly tight: Float64Array;
  private readonly blend: Float64Array;
  private readonly carve: Uint8Array;
  private readonly arm: Uint8Array;
  private readonly all: Uint16Array;
  private readonly scratch = new Float64Array(3);

  constructor(primitives: readonly Primitive[]) {
    const n = (this.count = primitives.length);
    this.P = new Float64Array(n * STRIDE);
    this.boxes = new Float64Array(n * 6);
    this.tight = new Float64Array(n * 6);
    this.blend = new Float64Array(n);
    this.carve = new Uint8Array(n);
    this.arm = new Uint8Array(n);
    this.all = Uint16Array.from(primitives.keys());
    primitives.forEach((p, i) => {
      if (p.shape.kind === 'cone') packCone(p.shape, this.P, i * STRIDE);
      else packEllipsoid(p.shape, this.P, i * STRIDE);
      this.boxes.set(bounds(p.shape, p.blend + BAND), i * 6);
      this.tight.set(bounds(p.shape, 0), i * 6);
      this.blend[i] = p.blend;
      this.carve[i] = p.carve ? 1 : 0;
      this.arm[i] = p.arm ? 1 : 0;
    });
  }

  /**
   * The field from the primitives list[from..to) (in field order), skipping those whose box does not
   * hold the point. Any list holding every primitive whose box holds the point gives the same value,
   * to the last bit, as the full list.
   */
  fold(x: number, y: number, z: number, list: ArrayLike<number>, from: number, to: number, far: number): number {
    const b = this.boxes, t = this.tight, K = this.blend, C = this.carve;
    let d = far;
    for (let j = from; j < to; j++) {
      const i = list[j], o = i * 6;
      if (x < b[o] || x > b[o + 3] || y < b[o + 1] || y > b[o + 4] || z < b[o + 2] || z > b[o + 5]) continue;
      const k = K[i];
      // union: smin(d, v, k); carving: smax(d, -v, k) = -smin(-d, v, k)
      const a = C[i] ? -d : d;
      // both leave d as it is when v ≥ a + k: skip a cone (whose distance is exact) when its tight box is that far
      if (this.P[i * STRIDE] === CONE) {
        const lim = a + k, g = gap2(x, y, z, t, o);
        if (g > 0 && (lim <= 0 || g >= lim * lim)) continue;
      }
      const v = this.distance(i, x, y, z);
      let m = a < v ? a : v;
      if (k > 0) {
        const h = Math.max(k - Math.abs(a - v), 0) / k;
        m -= h * h * k * 0.25;
      }
      d = C[i] ? -m : m;
    }
    return d;
  }

  /**
   * Signed distance of one primitive (ignoring blend and carving) and, when `g` is given, its gradient
   * written to g[0..3) (a unit vector, or zero at an ellipsoid's centre).
   */
  distance(i: number, x: number, y: number, z: number, g?: Float64Array): number {
    const P = this.P, o = i * STRIDE;
    if (P[o] === CONE) {
      const bax = P[o + 4], bay = P[o + 5], baz = P[o + 6], l2 = P[o + 7], rr = P[o + 8], a2 = P[o + 9], il2 = P[o + 10];
      const pax = x - P[o + 1], pay = y - P[o + 2], paz = z - P[o + 3];
      const yy = pax * bax + pay * bay + paz * baz;
      const zz = yy - l2;
      const qx = pax * l2 - bax * yy, qy = pay * l2 - bay * yy, qz = paz * l2 - baz * yy;
      const x2 = qx * qx + qy * qy + qz * qz;
      const y2 = yy * yy * l2;
      const z2 = zz * zz * l2;
      const k = Math.sign(rr) * rr * rr * x2;
      if (Math.sign(zz) * a2 * z2 > k) {
        // nearest the sphere at b
        const len = Math.sqrt(x2 + z2) * il2;
        if (!g) return len - P[o + 12];
        const s = len > 0 ? 1 / len : 0;
        g[0] = (pax - bax) * s;
        g[1] = (pay - bay) * s;
        g[2] = (paz - baz) * s;
        return len - P[o + 12];
      }
      if (Math.sign(yy) * a2 * y2 < k) {
        // nearest the sphere at a
        const len = Math.sqrt(x2 + y2) * il2;
        if (!g) return len - P[o + 11];
        const s = len > 0 ? 1 / len : 0;
        g[0] = pax * s;
        g[1] = pay * s;
        g[2] = paz * s;
        return len - P[o + 11];
      }
      if (!g) return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - P[o + 11];
      // the side: cos(slope) along the way out from the axis, plus the slope along the axis
      const cos = Math.sqrt(a2 * il2), s = x2 > 0 ? cos / Math.sqrt(x2) : 0, t = rr * il2;
      g[0] = qx * s + bax * t;
      g[1] = qy * s + bay * t;
      g[2] = qz * s + baz * t;
      return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - P[o + 11];
    }
    const rot = P[o + 8] !== 0;
    let px = x - P[o + 1], py = y - P[o + 2], pz = z - P[o + 3];
    if (rot) {
      const qx = P[o + 9] * px + P[o + 10] * py + P[o + 11] * pz;
      const qy = P[o + 12] * px + P[o + 13] * py + P[o + 14] * pz;
      const qz = P[o + 15] * px + P[o + 16] * py + P[o + 17] * pz;
      px = qx;
      py = qy;
      pz = qz;
    }
    const irx = P[o + 4], iry = P[o + 5], irz = P[o + 6];
    const ax = px * irx, ay = py * iry, az = pz * irz;
    const k0 = Math.sqrt(ax * ax + ay * ay + az * az);
    const bx = ax * irx, by = ay * iry, bz = az * irz;
    const k1 = Math.sqrt(bx * bx + by * by + bz * bz);
    if (!g) return k1 === 0 ? -P[o + 7] : (k0 * (k0 - 1)) / k1;
    if (k1 === 0) {
      g[0] = g[1] = g[2] = 0;
      return -P[o + 7];
    }
    // f = k0 (k0 - 1) / k1, with dk0/dp = b / k0 and dk1/dp = b / (r² k1)
    const u = (2 * k0 - 1) / (k0 * k1), w = (k0 * (k0 - 1)) / (k1 * k1 * k1);
    const lx = bx * (u - irx * irx * w), ly = by * (u - iry * iry * w), lz = bz * (u - irz * irz * w);
    if (rot) {
      g[0] = P[o + 9] * lx + P[o + 12] * ly + P[o + 15] * lz;
      g[1] = P[o + 10] * lx + P[o + 13] * ly + P[o + 16] * lz;
      g[2] = P[o + 11] * lx + P[o + 14] * ly + P[o + 17] * lz;
    } else {
      g[0] = lx;
      g[1] = ly;
      g[2] = lz;
    }
    return (k0 * (k0 - 1)) / k1;
  }

  /**
   * The field (as fold, with far = BAND) and its exact gradient, written to g[0..3): one pass instead of
   * six more samples for a normal.
   */
  gradient(x: number, y: number, z: number, list: ArrayLike<number>, from: number, to: number, g: Float64Array): number {
    const b = this.boxes, t = this.tight, K = this.blend, C = this.carve, pg = this.scratch;
    let d = BAND, gx = 0, gy = 0, gz = 0;
    for (let j = from; j < to; j++) {
      const i = list[j], o = i * 6;
      if (x < b[o] || x > b[o + 3] || y < b[o + 1] || y > b[o + 4] || z < b[o + 2] || z > b[o + 5]) continue;
      const k = K[i], carve = C[i] === 1;
      const a = carve ? -d : d;
      if (this.P[i * STRIDE] === CONE) {
        const lim = a + k, q = gap2(x, y, z, t, o);
        if (q > 0 && (lim <= 0 || q >= lim * lim)) continue;
      }
      const v = this.distance(i, x, y, z, pg);
      // smin(a, v, k) = min(a, v) - h²k/4: weights of a's and v's gradients
      let m = a < v ? a : v, wa = a < v ? 1 : 0;
      if (k > 0) {
        const h = Math.max(k - Math.abs(a - v), 0) / k;
        m -= h * h * k * 0.25;
        wa = a < v ? 1 - h / 2 : h / 2;
      }
      // the carved shape's gradient flips (smax(d, -v) = -smin(-d, v)); d's own gradient does not
      const wv = carve ? wa - 1 : 1 - wa;
      gx = wa * gx + wv * pg[0];
      gy = wa * gy + wv * pg[1];
      gz = wa * gz + wv * pg[2];
      d = carve ? -m : m;
    }
    g[0] = gx;
    g[1] = gy;
    g[2] = gz;
    return d;
  }

  /** Signed distance (negative inside), from the given primitives only (all when omitted). */
  at(x: number, y: number, z: number, only?: ArrayLike<number>, far = BAND): number {
    const list = only ?? this.all;
    return this.fold(x, y, z, list, 0, list.length, far);
  }

  /**
   * The field's definition, evaluated the slow way (the reference in tests): every primitive, in
   * order, each where its own grown box holds the point, with no block lists and no early skips.
   */
  bruteAt(x: number, y: number, z: number, far = BAND): number {
    let d = far;
    for (let i = 0; i < this.count; i++) {
      const b = this.boxes.subarray(i * 6, i * 6 + 6);
      if (x < b[0] || x > b[3] || y < b[1] || y > b[4] || z < b[2] || z > b[5]) continue;
      const v = this.distance(i, x, y, z);
      d = this.carve[i] ? -smin(-d, v, this.blend[i]) : smin(d, v, this.blend[i]);
    }
    return d;
  }

  /** Whether a surface point belongs to an arm: nearer an arm primitive than any other (of list[from..to) when given). */
  onArm(x: number, y: number, z: number, only?: ArrayLike<number>, from = 0, to = (only ?? this.all).length): boolean {
    const list = only ?? this.all, b = this.boxes;
    // most of the body has no arm primitive near it (or only arm primitives): no distances needed
    let arms = 0, others = 0;
    for (let j = from; j < to; j++) {
      const i = list[j], o = i * 6;
      if (this.carve[i] || x < b[o] || x > b[o + 3] || y < b[o + 1] || y > b[o + 4] || z < b[o + 2] || z > b[o + 5]) continue;
      if (this.arm[i]) arms++;
      else others++;
    }
    if (arms === 0 || others === 0) return arms > 0;
    let arm = Infinity, rest = Infinity;
    for (let j = from; j < to; j++) {
      const i = list[j], o = i * 6;
      if (this.carve[i] || x < b[o] || x > b[o + 3] || y < b[o + 1] || y > b[o + 4] || z < b[o + 2] || z > b[o + 5]) continue;
      const v = this.distance(i, x, y, z);
      if (this.arm[i]) arm = Math.min(arm, v);
      else rest = Math.min(rest, v);
    }
    return arm < rest;
  }

  /** Outward unit normal (the field's gradient). */
  normal(p: Vec3, h = 0.002, only?: ArrayLike<number>): Vec3 {
    const [x, y, z] = p;
    const nx = this.at(x + h, y, z, only) - this.at(x - h, y, z, only);
    const ny = this.at(x, y + h, z, only) - this.at(x, y - h, z, only);
    const nz = this.at(x, y, z + h, only) - this.at(x, y, z - h, only);
    const l = Math.sqrt(nx * nx + ny * ny + nz * nz) || 1;
    return [nx / l, ny / l, nz / l];
  }

  /**
   * The first surface point met by a ray from `from` along unit `dir` (sphere tracing), or undefined.
   * Used to put chart points (drawn on a front or back view) onto the body.
   */
  raycast(from: Vec3, dir: Vec3, maxDist = 2): Vec3 | undefined {
    let t = 0;
    for (let i = 0; i < 256 && t < maxDist; i++) {
      const p: Vec3 = [from[0] + dir[0] * t, from[1] + dir[1] * t, from[2] + dir[2] * t];
      const d = this.at(p[0], p[1], p[2]);
      if (d < 0.0003) return p;
      t += Math.max(d * 0.9, 0.0005);
    }
    return undefined;
  }
}

/**
 * The field over a grid of blocks: each block lists the primitives whose box reaches it (grown by a
 * margin), so a sample evaluates the few primitives near it, and gives the same value as the full field.
 */
export class BlockField {
  /** Block b's primitives are items[start[b]..start[b + 1]), in field order. */
  readonly start: Int32Array;
  readonly items: Uint16Array = new Uint16Array(0);

  /** Blocks of `size` from `origin`, `dims` of them along x, y, z; a primitive is listed within `margin` of a block. */
  constructor(
    readonly field: BodyField,
    readonly origin: Vec3,
    readonly size: number,
    readonly dims: Vec3,
    margin: number,
  ) {
    const [nx, ny, nz] = dims;
    const n = nx * ny * nz;
    // the blocks each primitive reaches along each axis (block i spans origin + i·size - margin to
    // origin + (i + 1)·size + margin), then a counting sort so each block's list keeps field order
    const reach = new Int32Array(field.count * 6);
    for (let p = 0; p < field.count; p++) {
      for (let axis = 0; axis < 3; axis++) {
        const count = dims[axis];
        reach[p * 6 + axis] = Math.max(0, Math.ceil((field.boxes[p * 6 + axis] - margin - origin[axis]) / size - 1e-9) - 1);
        reach[p * 6 + 3 + axis] = Math.min(count - 1, Math.floor((field.boxes[p * 6 + 3 + axis] + margin - origin[axis]) / size + 1e-9));
      }
    }
    this.start = new Int32Array(n + 1);
    let fill = this.start;
    for (let pass = 0; pass < 2; pass++) {
      for (let p = 0, r = 0; p < field.count; p++, r += 6) {
        for (let k = reach[r + 2]; k <= reach[r + 5]; k++) {
          for (let j = reach[r + 1]; j <= reach[r + 4]; j++) {
            for (let b = (k * ny + j) * nx + reach[r], e = b + reach[r + 3] - reach[r]; b <= e; b++) {
              if (pass === 0) this.start[b + 1]++;
              else this.items[fill[b]++] = p;
            }
          }
        }
      }
      if (pass === 0) {
        for (let b = 0; b < n; b++) this.start[b + 1] += this.start[b];
        this.items = new Uint16Array(this.start[n]);
        fill = this.start.slice(0, n);
      }
    }
  }

  /** The block holding a point, or -1 outside the grid. */
  block(x: number, y: number, z: number): number {
    const [nx, ny, nz] = this.dims;
    const i = Math.floor((x - this.origin[0]) / this.size), j = Math.floor((y - this.origin[1]) / this.size), k = Math.floor((z - this.origin[2]) / this.size);
    return i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz ? -1 : (k * ny + j) * nx + i;
  }

  /** The field at a point from its block's primitives (the full field outside the grid). */
  at(x: number, y: number, z: number, far = BAND): number {
    const b = this.block(x, y, z);
    return b < 0 ? this.field.at(x, y, z, undefined, far) : this.field.fold(x, y, z, this.items, this.start[b], this.start[b + 1], far);
  }
}
