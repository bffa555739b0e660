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

interface Compiled {
  eval(x: number, y: number, z: number): number;
  /** Axis-aligned bounds of the shape, grown by its blend radius. */
  box: [number, number, number, number, number, number];
  blend: number;
  carve: boolean;
  arm: boolean;
}

function roundCone(c: Cone): (x: number, y: number, z: number) => number {
  // Inigo Quilez's exact round-cone distance.
  const bax = c.b[0] - c.a[0], bay = c.b[1] - c.a[1], baz = c.b[2] - c.a[2];
  const l2 = bax * bax + bay * bay + baz * baz;
  const rr = c.ra - c.rb;
  const a2 = l2 - rr * rr;
  const il2 = 1 / l2;
  return (x, y, z) => {
    const pax = x - c.a[0], pay = y - c.a[1], paz = z - c.a[2];
    const yy = pax * bax + pay * bay + paz * baz;
    const zz = yy - l2;
    const qx = pax * l2 - bax * yy, qy = pay * l2 - bay * yy, qz = paz * l2 - baz * yy;
    const x2 = qx * qx + qy * qy + qz * qz;
    const y2 = yy * yy * l2;
    const z2 = zz * zz * l2;
    const k = Math.sign(rr) * rr * rr * x2;
    if (Math.sign(zz) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - c.rb;
    if (Math.sign(yy) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - c.ra;
    return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - c.ra;
  };
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

function ellipsoid(e: Ellipsoid): (x: number, y: number, z: number) => number {
  // Quilez's bound for ellipsoids: exact on the surface, a good estimate near it.
  const irx = 1 / e.r[0], iry = 1 / e.r[1], irz = 1 / e.r[2];
  const m = rotation(e.rot);
  return (x, y, z) => {
    let px = x - e.c[0], py = y - e.c[1], pz = z - e.c[2];
    if (m) {
      const qx = m[0] * px + m[1] * py + m[2] * pz;
      const qy = m[3] * px + m[4] * py + m[5] * pz;
      const qz = m[6] * px + m[7] * py + m[8] * pz;
      px = qx;
      py = qy;
      pz = qz;
    }
    const ax = px * irx, ay = py * iry, az = pz * irz;
    const k0 = Math.sqrt(ax * ax + ay * ay + az * az);
    const bx = ax * irx, by = ay * iry, bz = az * irz;
    const k1 = Math.sqrt(bx * bx + by * by + bz * bz);
    return k1 === 0 ? -Math.min(e.r[0], e.r[1], e.r[2]) : (k0 * (k0 - 1)) / k1;
  };
}

function bounds(s: Shape, grow: number): Compiled['box'] {
  if (s.kind === 'cone') {
    const r = Math.max(s.ra, s.rb) + grow;
    return [Math.min(s.a[0], s.b[0]) - r, Math.min(s.a[1], s.b[1]) - r, Math.min(s.a[2], s.b[2]) - r, Math.max(s.a[0], s.b[0]) + r, Math.max(s.a[1], s.b[1]) + r, Math.max(s.a[2], s.b[2]) + r];
  }
  const r = (s.rot ? Math.max(...s.r) : 0) + grow;
  const [rx, ry, rz] = s.rot ? [r, r, r] : [s.r[0] + grow, s.r[1] + grow, s.r[2] + grow];
  return [s.c[0] - rx, s.c[1] - ry, s.c[2] - rz, s.c[0] + rx, s.c[1] + ry, s.c[2] + rz];
}

/** Polynomial smooth minimum: equals min(a, b) once they differ by more than k. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return Math.min(a, b);
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

const smax = (a: number, b: number, k: number) => -smin(-a, -b, k);

/** How far a field value is trusted: beyond this from the surface it is only "inside" or "outside". */
export const BAND = 0.025;

export class BodyField {
  private readonly prims: Compiled[];

  constructor(primitives: readonly Primitive[]) {
    this.prims = primitives.map((p) => ({
      eval: p.shape.kind === 'cone' ? roundCone(p.shape) : ellipsoid(p.shape),
      box: bounds(p.shape, p.blend + BAND),
      blend: p.blend,
      carve: !!p.carve,
      arm: !!p.arm,
    }));
  }

  /** Indices of the primitives that can matter inside a box (grown by the band). */
  primitivesNear(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number): number[] {
    const out: number[] = [];
    this.prims.forEach((p, i) => {
      const b = p.box;
      if (b[3] >= x0 && b[0] <= x1 && b[4] >= y0 && b[1] <= y1 && b[5] >= z0 && b[2] <= z1) out.push(i);
    });
    return out;
  }

  /** Signed distance (negative inside), from the given primitives only (all when omitted). */
  at(x: number, y: number, z: number, only?: readonly number[], far = BAND): number {
    let d = far;
    const n = only ? only.length : this.prims.length;
    for (let j = 0; j < n; j++) {
      const p = this.prims[only ? only[j] : j];
      const b = p.box;
      if (x < b[0] || x > b[3] || y < b[1] || y > b[4] || z < b[2] || z > b[5]) continue;
      const v = p.eval(x, y, z);
      d = p.carve ? smax(d, -v, p.blend) : smin(d, v, p.blend);
    }
    return d;
  }

  /** Whether a surface point belongs to an arm: nearer an arm primitive than any other. */
  onArm(x: number, y: number, z: number, only?: readonly number[]): boolean {
    let arm = Infinity, rest = Infinity;
    for (const k of only ?? this.prims.keys()) {
      const p = this.prims[k];
      if (p.carve) continue;
      const b = p.box;
      if (x < b[0] || x > b[3] || y < b[1] || y > b[4] || z < b[2] || z > b[5]) continue;
      const v = p.eval(x, y, z);
      if (p.arm) arm = Math.min(arm, v);
      else rest = Math.min(rest, v);
    }
    return arm < rest;
  }

  /** Outward unit normal (the field's gradient). */
  normal(p: Vec3, h = 0.002, only?: readonly number[]): Vec3 {
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
