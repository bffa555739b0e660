// A coarser body for the frames of a drag, as model-viewer draws a drag's frames with fewer pixels:
// the same surface meshed on a 2 cm grid (about a quarter of the triangles, which is what a frame
// costs in software WebGL), built once per page on the first drag, in slices. Each of its vertices
// takes the chart marks of the nearest vertex of the full body, so the chart moves with it.
// A still picture is always the full body.
import { BufferAttribute } from 'three';
import { meshSteps, type BodyMesh } from '../body/mesher.js';
import { bodyField, bodyMesh } from '../body/places.js';
import { FIGURE_BOX } from '../body/figure.js';

/** Grid spacing of the drag body (the full body: 1 cm). */
export const DRAG_CELL = 0.02;

export interface DragBody {
  position: BufferAttribute;
  normal: BufferAttribute;
  arm: BufferAttribute;
  index: BufferAttribute;
  count: number;
  /** For each of its vertices, the nearest vertex of the full body (whose marks it shows). */
  nearest: Uint32Array;
}

/** Normals packed in bytes (what the GPU gets for both bodies). */
export function packNormals(normals: Float32Array): Int8Array {
  const packed = new Int8Array(normals.length);
  for (let i = 0; i < packed.length; i++) packed[i] = Math.round(normals[i] * 127);
  return packed;
}

/** For each vertex of `coarse`, the nearest vertex of `fine` (both meshes of the same surface). */
export function nearestVertices(coarse: BodyMesh, fine: BodyMesh, cell: number): Uint32Array {
  const P = fine.positions;
  const key = (x: number, y: number, z: number) => (Math.floor(x / cell) + 512) * 1048576 + (Math.floor(y / cell) + 512) * 1024 + (Math.floor(z / cell) + 512);
  const buckets = new Map<number, number[]>();
  for (let i = 0; i < fine.vertexCount; i++) {
    const k = key(P[i * 3], P[i * 3 + 1], P[i * 3 + 2]);
    const b = buckets.get(k);
    if (b) b.push(i);
    else buckets.set(k, [i]);
  }
  const out = new Uint32Array(coarse.vertexCount);
  const Q = coarse.positions;
  for (let v = 0; v < coarse.vertexCount; v++) {
    const x = Q[v * 3], y = Q[v * 3 + 1], z = Q[v * 3 + 2];
    let best = 0, bestD = Infinity;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) {
          for (const i of buckets.get(key(x + dx * cell, y + dy * cell, z + dz * cell)) ?? []) {
            const d = (P[i * 3] - x) ** 2 + (P[i * 3 + 1] - y) ** 2 + (P[i * 3 + 2] - z) ** 2;
            if (d < bestD) {
              bestD = d;
              best = i;
            }
          }
        }
    out[v] = best;
  }
  return out;
}

let built: DragBody | undefined;
let building = false;

/** The drag body once built (undefined until then: the first call starts the build, in slices of a few ms). */
export function dragBody(): DragBody | undefined {
  if (built || building) return built;
  building = true;
  const steps = meshSteps(bodyField(), { cell: DRAG_CELL, box: FIGURE_BOX });
  const slice = () => {
    const end = performance.now() + 10;
    while (performance.now() < end) {
      const r = steps.next();
      if (!r.done) continue;
      const m = r.value;
      built = {
        position: new BufferAttribute(m.positions, 3),
        normal: new BufferAttribute(packNormals(m.normals), 3, true),
        arm: new BufferAttribute(m.arm, 1, false),
        index: new BufferAttribute(m.indices, 1),
        count: m.vertexCount,
        nearest: nearestVertices(m, bodyMesh(), DRAG_CELL),
      };
      return;
    }
    setTimeout(slice, 0);
  };
  slice();
  return built;
}

/** Copies the full body's chart marks (4 per vertex) onto the drag body's vertices. */
export function gatherMarks(body: DragBody, fine: Uint8Array, out: Uint8Array): void {
  const n = body.nearest;
  for (let v = 0; v < body.count; v++) {
    const i = n[v] * 4;
    out[v * 4] = fine[i];
    out[v * 4 + 1] = fine[i + 1];
    out[v * 4 + 2] = fine[i + 2];
    out[v * 4 + 3] = fine[i + 3];
  }
}
