// Turns the body's distance field into one closed, seamless triangle mesh (naive surface nets on a
// regular grid), with normals from the field. Pure and deterministic: built once per page and shared.
import { BodyField } from './sdf.js';
import type { Vec3 } from './vec.js';

export interface BodyMesh {
  positions: Float32Array;
  normals: Float32Array;
  /** 16-bit indices: the figure stays under 65 536 vertices. */
  indices: Uint16Array;
  /** 1 for vertices of the arms (nearer an arm primitive than any other). */
  arm: Uint8Array;
  vertexCount: number;
  triangleCount: number;
}

export interface MeshOptions {
  /** Grid spacing in metres. */
  cell: number;
  /** Region to mesh: [minX, minY, minZ, maxX, maxY, maxZ]. */
  box: readonly [number, number, number, number, number, number];
}

/**
 * Samples the field on the grid (only blocks the surface can pass through; the figure is symmetric,
 * so the right half reuses the left half's samples) and joins one vertex per crossing cell into quads.
 */
export function meshField(field: BodyField, options: MeshOptions): BodyMesh {
  return finish(meshSteps(field, options));
}

/** Runs the remaining steps of a mesh build (one started with meshSteps) to the end. */
export function finish(steps: Generator<void, BodyMesh, void>): BodyMesh {
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * The same work in steps: it pauses after each slab of the grid, so a caller can spread the few hundred
 * milliseconds over several tasks (while three.js downloads) instead of one long task.
 */
export function* meshSteps(field: BodyField, { cell: h, box }: MeshOptions): Generator<void, BodyMesh, void> {
  // grid symmetric about x = 0, so mirrored samples coincide
  const half = Math.ceil(Math.max(-box[0], box[3]) / h);
  const nx = 2 * half + 1, ny = Math.ceil((box[4] - box[1]) / h) + 1, nz = Math.ceil((box[5] - box[2]) / h) + 1;
  const X = (i: number) => (i - half) * h, Y = (j: number) => box[1] + j * h, Z = (k: number) => box[2] + k * h;
  const idx = (i: number, j: number, k: number) => (k * ny + j) * nx + i;
  const values = new Float32Array(nx * ny * nz).fill(1);
  const B = 4;
  const reach = Math.sqrt(3) * B * h * 0.5;
  // left half (x ≥ 0) by blocks; a block whose centre is far from the surface is all one sign
  for (let k0 = 0; k0 < nz; k0 += B) {
    for (let j0 = 0; j0 < ny; j0 += B) {
      for (let i0 = half; i0 < nx; i0 += B) {
        const i1 = Math.min(nx - 1, i0 + B), j1 = Math.min(ny - 1, j0 + B), k1 = Math.min(nz - 1, k0 + B);
        const near = field.primitivesNear(X(i0), Y(j0), Z(k0), X(i1), Y(j1), Z(k1));
        if (!near.length) continue;
        const c = field.at((X(i0) + X(i1)) / 2, (Y(j0) + Y(j1)) / 2, (Z(k0) + Z(k1)) / 2, near, 1);
        if (Math.abs(c) > reach * 1.2 + h) {
          const v = Math.sign(c);
          for (let k = k0; k <= k1; k++) for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) values[idx(i, j, k)] = v;
          continue;
        }
        for (let k = k0; k <= k1; k++) for (let j = j0; j <= j1; j++) for (let i = i0; i <= i1; i++) values[idx(i, j, k)] = field.at(X(i), Y(j), Z(k), near);
      }
    }
    yield;
  }
  for (let k = 0; k < nz; k++) for (let j = 0; j < ny; j++) for (let i = 0; i < half; i++) values[idx(i, j, k)] = values[idx(nx - 1 - i, j, k)];

  // one vertex per cell the surface crosses: the mean of its edge crossings
  const cellVertex = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1);
  const cidx = (i: number, j: number, k: number) => (k * (ny - 1) + j) * (nx - 1) + i;
  const pos: number[] = [];
  const corners = [[0, 0, 0], [1, 0, 0], [0, 1, 0], [1, 1, 0], [0, 0, 1], [1, 0, 1], [0, 1, 1], [1, 1, 1]];
  const edges = [[0, 1], [2, 3], [4, 5], [6, 7], [0, 2], [1, 3], [4, 6], [5, 7], [0, 4], [1, 5], [2, 6], [3, 7]];
  const v = new Float64Array(8);
  const offset = corners.map(([a, b, c]) => (c * ny + b) * nx + a);
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      const row = (k * ny + j) * nx;
      for (let i = 0; i < nx - 1; i++) {
        const base = row + i;
        let neg = 0;
        for (let c = 0; c < 8; c++) {
          const val = values[base + offset[c]];
          v[c] = val;
          if (val < 0) neg++;
        }
        if (neg === 0 || neg === 8) continue;
        let sx = 0, sy = 0, sz = 0, n = 0;
        for (let e = 0; e < 12; e++) {
          const a = edges[e][0], b = edges[e][1];
          if (v[a] < 0 === v[b] < 0) continue;
          const t = v[a] / (v[a] - v[b]);
          sx += corners[a][0] + t * (corners[b][0] - corners[a][0]);
          sy += corners[a][1] + t * (corners[b][1] - corners[a][1]);
          sz += corners[a][2] + t * (corners[b][2] - corners[a][2]);
          n++;
        }
        cellVertex[cidx(i, j, k)] = pos.length / 3;
        pos.push(X(i) + (sx / n) * h, Y(j) + (sy / n) * h, Z(k) + (sz / n) * h);
      }
    }
  }
  const vertexCount = pos.length / 3;
  if (vertexCount > 65535) throw new Error(`body mesh has ${vertexCount} vertices; 16-bit indices allow 65 535`);

  // a quad around every grid edge the surface crosses, wound so it faces outwards
  const tris: number[] = [];
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    if (flip) tris.push(a, b, c, b, d, c);
    else tris.push(a, c, b, b, c, d);
  };
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const s = values[idx(i, j, k)] < 0;
        if (s !== values[idx(i + 1, j, k)] < 0) quad(cellVertex[cidx(i, j - 1, k - 1)], cellVertex[cidx(i, j, k - 1)], cellVertex[cidx(i, j - 1, k)], cellVertex[cidx(i, j, k)], s);
        if (s !== values[idx(i, j + 1, k)] < 0) quad(cellVertex[cidx(i - 1, j, k - 1)], cellVertex[cidx(i - 1, j, k)], cellVertex[cidx(i, j, k - 1)], cellVertex[cidx(i, j, k)], s);
        if (s !== values[idx(i, j, k + 1)] < 0) quad(cellVertex[cidx(i - 1, j - 1, k)], cellVertex[cidx(i, j - 1, k)], cellVertex[cidx(i - 1, j, k)], cellVertex[cidx(i, j, k)], s);
      }
    }
  }
  yield;
  const positions = new Float32Array(pos);
  // pull each vertex onto the true surface (one Newton step) and take its normal from the field
  const normals = new Float32Array(positions.length);
  const arm = new Uint8Array(vertexCount);
  for (let q = 0; q < vertexCount; q++) {
    const p: Vec3 = [positions[q * 3], positions[q * 3 + 1], positions[q * 3 + 2]];
    const near = field.primitivesNear(p[0] - h, p[1] - h, p[2] - h, p[0] + h, p[1] + h, p[2] + h);
    const nrm = field.normal(p, h * 0.5, near);
    const d = field.at(p[0], p[1], p[2], near);
    const step = Math.max(-h * 0.5, Math.min(h * 0.5, d));
    for (let c = 0; c < 3; c++) {
      positions[q * 3 + c] = p[c] - nrm[c] * step;
      normals[q * 3 + c] = nrm[c];
    }
    arm[q] = field.onArm(p[0], p[1], p[2], near) ? 1 : 0;
  }
  return { positions, normals, indices: new Uint16Array(tris), arm, vertexCount, triangleCount: tris.length / 3 };
}
