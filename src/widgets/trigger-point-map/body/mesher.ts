// Turns the body's distance field into one closed, seamless triangle mesh (naive surface nets on a
// regular grid), with normals from the field. Pure and deterministic: built once per page and shared.
import { BAND, BlockField, type BodyField } from './sdf.js';

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
  /** Sample every grid point with the field's slow reference (BodyField.bruteAt: no blocks, no early skips), for tests. */
  brute?: boolean;
}

/** Cells per block side: blocks far from the surface are filled with their sign from one sample. */
const B = 4;
/** Vertices between pauses when the normals are taken. */
const NORMALS_PER_STEP = 2048;

/**
 * Samples the field near the surface and joins one vertex per crossing cell into quads (see meshSteps).
 */
export function meshField(field: BodyField, options: MeshOptions): BodyMesh {
  return finish(meshSteps(field, options));
}

/** Runs the remaining steps of a mesh build (one started with meshSteps) to the end. */
export function finish(steps: Generator<void, BodyMesh, void>): BodyMesh {
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/**
 * The mesh build in steps of a few milliseconds (so a caller can spread it over several tasks).
 *
 * The field is Lipschitz (about 1), so one sample at a block's centre that is farther from the surface
 * than the block's half diagonal gives the sign of every point in it: the grid is sampled in blocks of
 * 4 cells, blocks near the surface in sub-blocks of 2, and only sub-blocks near the surface point by
 * point, each sample evaluating only the primitives listed for its block. The figure is symmetric, so
 * the right half reuses the left half's samples. Cells are visited only in blocks the surface can cross.
 */
export function* meshSteps(field: BodyField, options: MeshOptions): Generator<void, BodyMesh, void> {
  const nets = new SurfaceNets(field, options);
  yield;
  if (options.brute) {
    for (let k = 0; k < nets.nz; k++) {
      nets.sampleAll(k);
      yield;
    }
  } else {
    // a slab of blocks in three parts (from the feet up), so no step runs long while the code is still cold
    const rows = Math.ceil(nets.ny / B / 3) * B;
    for (let k0 = 0; k0 < nets.nz; k0 += B) {
      for (let j0 = 0; j0 < nets.ny; j0 += rows) {
        nets.sample(k0, j0, j0 + rows);
        yield;
      }
    }
    nets.mirror();
  }
  for (let k = 0; k < nets.nz - 1; k++) {
    nets.cells(k);
    if (k % B === B - 1) yield;
  }
  for (let q = 0; q < nets.vertexCount; q += NORMALS_PER_STEP) {
    nets.settle(q, Math.min(nets.vertexCount, q + NORMALS_PER_STEP));
    yield;
  }
  return nets.mesh();
}

/**
 * The field as the mesher evaluates it: blocks of 4 cells of the build's grid, each listing the
 * primitives that can matter within one cell of it (exported so tests can check it against the full field).
 */
export function meshBlocks(field: BodyField, { cell: h, box }: MeshOptions): BlockField {
  const half = Math.ceil(Math.max(-box[0], box[3]) / h);
  const i00 = half - B * Math.ceil(half / B);
  const dims: [number, number, number] = [Math.floor((2 * half - i00) / B) + 1, Math.floor(Math.ceil((box[4] - box[1]) / h) / B) + 1, Math.floor(Math.ceil((box[5] - box[2]) / h) / B) + 1];
  return new BlockField(field, [(i00 - half) * h, box[1], box[2]], B * h, dims, h);
}

/** The state of one build; each method is one step's work, in plain loops over typed arrays. */
class SurfaceNets {
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  private readonly h: number;
  private readonly half: number;
  private readonly y0: number;
  private readonly z0: number;
  /** First grid column of the first block (blocks are aligned so that one starts at x = 0). */
  private readonly i00: number;
  private readonly bnx: number;
  private readonly bny: number;
  private readonly blocks: BlockField;
  private readonly brute: boolean;
  private readonly all: Uint16Array;
  /** Field samples (±1 where only the sign is known). */
  private readonly values: Float32Array;
  /** 1 where values holds the field itself. */
  private readonly exact: Uint8Array;
  /** Blocks the surface may pass through (both halves). */
  private readonly near: Uint8Array;
  /** The vertex of each cell in the last two layers of cells, or -1. */
  private readonly cellVertex: Int32Array;
  private pos = new Float32Array(3 * 16384);
  private tris = new Uint16Array(6 * 32768);
  private normals = new Float32Array(0);
  private readonly grad = new Float64Array(3);
  private arm = new Uint8Array(0);
  vertexCount = 0;
  private indexCount = 0;

  constructor(
    private readonly field: BodyField,
    { cell: h, box, brute = false }: MeshOptions,
  ) {
    // grid symmetric about x = 0, so mirrored samples coincide
    this.h = h;
    this.half = Math.ceil(Math.max(-box[0], box[3]) / h);
    this.nx = 2 * this.half + 1;
    this.ny = Math.ceil((box[4] - box[1]) / h) + 1;
    this.nz = Math.ceil((box[5] - box[2]) / h) + 1;
    this.y0 = box[1];
    this.z0 = box[2];
    this.i00 = this.half - B * Math.ceil(this.half / B);
    this.blocks = meshBlocks(field, { cell: h, box });
    const [bnx, bny, bnz] = this.blocks.dims;
    this.bnx = bnx;
    this.bny = bny;
    this.brute = brute;
    this.all = Uint16Array.from({ length: field.count }, (_, i) => i);
    const n = this.nx * this.ny * this.nz;
    this.values = new Float32Array(n).fill(1);
    this.exact = new Uint8Array(brute ? 0 : n);
    this.near = new Uint8Array(this.bnx * this.bny * bnz).fill(brute ? 1 : 0);
    this.cellVertex = new Int32Array(2 * this.nx * this.ny);
  }

  private blockOf(i: number, j: number, k: number): number {
    return (Math.floor(k / B) * this.bny + Math.floor(j / B)) * this.bnx + Math.floor((i - this.i00) / B);
  }

  /** Every point of layer k from every primitive (the reference). */
  sampleAll(k: number): void {
    const { nx, ny, h, half, field, values } = this;
    const z = this.z0 + k * h;
    for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++) values[(k * ny + j) * nx + i] = field.bruteAt((i - half) * h, this.y0 + j * h, z);
  }

  /** Writes a sign into a box of points, except where the field itself is known. */
  private fill(i0: number, i1: number, j0: number, j1: number, k0: number, k1: number, v: number): void {
    const { nx, ny, values, exact } = this;
    for (let k = k0; k <= k1; k++) {
      for (let j = j0; j <= j1; j++) {
        for (let q = (k * ny + j) * nx + i0, e = q + i1 - i0; q <= e; q++) if (!exact[q]) values[q] = v;
      }
    }
  }

  /** Samples the left half (x ≥ 0) of the slab of blocks from layer k0, block rows starting from layer jStart up to (not at) jEnd. */
  sample(k0: number, jStart: number, jEnd: number): void {
    const { nx, ny, nz, h, half, field, values, exact, y0: Y0, z0: Z0 } = this;
    const { items, start } = this.blocks;
    const reach = Math.sqrt(3) * B * h * 0.5, subReach = Math.sqrt(3) * h;
    const k1 = Math.min(nz - 1, k0 + B);
    for (let j0 = jStart; j0 < Math.min(ny, jEnd); j0 += B) {
      const j1 = Math.min(ny - 1, j0 + B);
      for (let i0 = half; i0 < nx; i0 += B) {
        const i1 = Math.min(nx - 1, i0 + B);
        const b = this.blockOf(i0, j0, k0), from = start[b], to = start[b + 1];
        const c = field.fold(((i0 + i1) / 2 - half) * h, Y0 + ((j0 + j1) / 2) * h, Z0 + ((k0 + k1) / 2) * h, items, from, to, 1);
        if (Math.abs(c) > reach * 1.2 + h) {
          this.fill(i0, i1, j0, j1, k0, k1, Math.sign(c));
          continue;
        }
        this.near[b] = 1;
        if (2 * half - i0 - B >= this.i00) this.near[this.blockOf(2 * half - i0 - B, j0, k0)] = 1;
        // sub-blocks of 2 cells: the sign from the centre when far enough, else every point
        for (let a0 = k0; ; a0 += 2) {
          const a1 = Math.min(a0 + 2, k1);
          for (let b0 = j0; ; b0 += 2) {
            const b1 = Math.min(b0 + 2, j1);
            for (let c0 = i0; ; c0 += 2) {
              const c1 = Math.min(c0 + 2, i1);
              const s = field.fold(((c0 + c1) / 2 - half) * h, Y0 + ((b0 + b1) / 2) * h, Z0 + ((a0 + a1) / 2) * h, items, from, to, 1);
              if (Math.abs(s) > subReach * 1.2 + h * 0.5) this.fill(c0, c1, b0, b1, a0, a1, Math.sign(s));
              else {
                for (let k = a0; k <= a1; k++) {
                  for (let j = b0; j <= b1; j++) {
                    for (let i = c0, q = (k * ny + j) * nx + c0; i <= c1; i++, q++) {
                      if (exact[q]) continue;
                      values[q] = field.fold((i - half) * h, Y0 + j * h, Z0 + k * h, items, from, to, BAND);
                      exact[q] = 1;
                    }
                  }
                }
              }
              if (c1 >= i1) break;
            }
            if (b1 >= j1) break;
          }
          if (a1 >= k1) break;
        }
      }
    }
  }

  /** The right half (x < 0) from the left. */
  mirror(): void {
    const { nx, ny, nz, half, values } = this;
    for (let r = 0; r < ny * nz; r++) for (let i = 0, q = r * nx; i < half; i++) values[q + i] = values[q + nx - 1 - i];
  }

  /**
   * One vertex per cell of layer k the surface crosses (the mean of its edge crossings), and a quad
   * around every grid edge from the cell's first corner the surface crosses, wound to face outwards
   * (the four cells around such an edge are in this layer or the one before).
   */
  cells(k: number): void {
    const { nx, ny, h, half, values, bnx } = this;
    const sx = 1, sy = nx, sz = nx * ny;
    const layer = (k & 1) * sz, prev = sz - layer;
    const C = this.cellVertex;
    C.fill(-1, layer, layer + sz);
    for (let j = 0; j < ny - 1; j++) {
      const rowBlock = (Math.floor(k / B) * this.bny + Math.floor(j / B)) * bnx;
      for (let bi = 0; bi < bnx; bi++) {
        if (!this.near[rowBlock + bi]) continue;
        const iEnd = Math.min(nx - 1, this.i00 + (bi + 1) * B);
        for (let i = Math.max(0, this.i00 + bi * B); i < iEnd; i++) {
          const base = k * sz + j * sy + i;
          let mask = 0;
          for (let c = 0; c < 8; c++) if (values[base + (c & 1) * sx + ((c >> 1) & 1) * sy + (c >> 2) * sz] < 0) mask |= 1 << c;
          if (mask === 0 || mask === 255) continue;
          let px = 0, py = 0, pz = 0, n = 0;
          for (let e = 0; e < 12; e++) {
            const a = EA[e], b = EB[e];
            if (((mask >> a) & 1) === ((mask >> b) & 1)) continue;
            const va = values[base + (a & 1) * sx + ((a >> 1) & 1) * sy + (a >> 2) * sz];
            const vb = values[base + (b & 1) * sx + ((b >> 1) & 1) * sy + (b >> 2) * sz];
            const t = va / (va - vb);
            const ax = a & 1, ay = (a >> 1) & 1, az = a >> 2;
            px += ax + t * ((b & 1) - ax);
            py += ay + t * (((b >> 1) & 1) - ay);
            pz += az + t * ((b >> 2) - az);
            n++;
          }
          const vc = this.vertexCount;
          if (vc >= 65535) throw new Error('body mesh has over 65 535 vertices; 16-bit indices allow 65 535');
          if (vc * 3 + 3 > this.pos.length) this.pos = grown(this.pos);
          this.pos[vc * 3] = (i - half) * h + (px / n) * h;
          this.pos[vc * 3 + 1] = this.y0 + j * h + (py / n) * h;
          this.pos[vc * 3 + 2] = this.z0 + k * h + (pz / n) * h;
          const c = layer + j * sy + i;
          C[c] = this.vertexCount++;
          if (i < 1 || j < 1 || k < 1) continue;
          const s = (mask & 1) === 1;
          // the cell one back in z is in the previous layer
          const cz = prev + j * sy + i;
          if (s !== values[base + sx] < 0) this.quad(C[cz - sy], C[cz], C[c - sy], C[c], s);
          if (s !== values[base + sy] < 0) this.quad(C[cz - sx], C[c - sx], C[cz], C[c], s);
          if (s !== values[base + sz] < 0) this.quad(C[c - sx - sy], C[c - sy], C[c - sx], C[c], s);
        }
      }
    }
  }

  private quad(a: number, b: number, c: number, d: number, flip: boolean): void {
    if (a < 0 || b < 0 || c < 0 || d < 0) return;
    if (this.indexCount + 6 > this.tris.length) this.tris = grown(this.tris);
    const t = this.tris, o = this.indexCount;
    // flip: (a, b, c) (b, d, c); else (a, c, b) (b, c, d)
    t[o] = a;
    t[o + 1] = flip ? b : c;
    t[o + 2] = flip ? c : b;
    t[o + 3] = b;
    t[o + 4] = flip ? d : c;
    t[o + 5] = flip ? c : d;
    this.indexCount += 6;
  }

  /** Pulls vertices [q0, q1) onto the true surface (one Newton step) and takes their normals from the field. */
  settle(q0: number, q1: number): void {
    const { field, blocks, all } = this;
    if (q0 === 0) {
      this.pos = this.pos.slice(0, this.vertexCount * 3);
      this.normals = new Float32Array(this.vertexCount * 3);
      this.arm = new Uint8Array(this.vertexCount);
    }
    const P = this.pos, N = this.normals, e = this.h * 0.5;
    for (let q = q0; q < q1; q++) {
      const x = P[q * 3], y = P[q * 3 + 1], z = P[q * 3 + 2];
      const b = this.brute ? -1 : blocks.block(x, y, z);
      const list = b < 0 ? all : blocks.items, from = b < 0 ? 0 : blocks.start[b], to = b < 0 ? all.length : blocks.start[b + 1];
      const g = this.grad;
      const d = field.gradient(x, y, z, list, from, to, g);
      const l = Math.sqrt(g[0] * g[0] + g[1] * g[1] + g[2] * g[2]) || 1;
      const gx = g[0] / l, gy = g[1] / l, gz = g[2] / l;
      const step = Math.max(-e, Math.min(e, d));
      P[q * 3] = x - gx * step;
      P[q * 3 + 1] = y - gy * step;
      P[q * 3 + 2] = z - gz * step;
      N[q * 3] = gx;
      N[q * 3 + 1] = gy;
      N[q * 3 + 2] = gz;
      this.arm[q] = field.onArm(x, y, z, list, from, to) ? 1 : 0;
    }
  }

  mesh(): BodyMesh {
    if (this.vertexCount === 0) this.settle(0, 0);
    const indices = this.tris.slice(0, this.indexCount);
    return { positions: this.pos, normals: this.normals, indices, arm: this.arm, vertexCount: this.vertexCount, triangleCount: this.indexCount / 3 };
  }
}

/** The 12 edges of a cell as corner pairs (corner c is at x = c & 1, y = (c >> 1) & 1, z = c >> 2). */
const EA = [0, 2, 4, 6, 0, 1, 4, 5, 0, 1, 2, 3];
const EB = [1, 3, 5, 7, 2, 3, 6, 7, 4, 5, 6, 7];

function grown<T extends Float32Array | Uint16Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}
