// A coarser body for the frames of a drag, as model-viewer draws a drag's frames with fewer pixels:
// the coarse body (body/places.ts COARSE_CELL: about a quarter of the triangles, which is what a frame
// costs in software WebGL), the same mesh the first picture is drawn with while the full body is still
// being meshed. Each of its vertices takes the chart marks of the nearest vertex of the full body, so
// the chart moves with it. A still picture is always the full body.
import { buildCoarseMesh, builtCoarseMesh, bodyMesh, COARSE_CELL } from '../body/places.js';
import type { BodyMesh } from '../body/mesher.js';
import { buffersOf, type BodyBuffers } from './body-buffers.js';

export interface DragBody {
  buffers: BodyBuffers;
  /** For each of its vertices, the nearest vertex of the full body (whose marks it shows). */
  nearest: Uint32Array;
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

/**
 * The drag body once the coarse mesh is built (undefined until then: the first call starts the build,
 * in slices). Only for a view drawing the full body, which is then built.
 */
export function dragBody(): DragBody | undefined {
  if (built) return built;
  const coarse = builtCoarseMesh();
  if (!coarse) {
    void buildCoarseMesh();
    return undefined;
  }
  return (built = { buffers: buffersOf(coarse), nearest: nearestVertices(coarse, bodyMesh(), COARSE_CELL) });
}

/** Copies the full body's chart marks (4 per vertex) onto the drag body's vertices. */
export function gatherMarks(n: Uint32Array, fine: Uint8Array, out: Uint8Array): void {
  for (let v = 0; v < n.length; v++) {
    const i = n[v] * 4;
    out[v * 4] = fine[i];
    out[v * 4 + 1] = fine[i + 1];
    out[v * 4 + 2] = fine[i + 2];
    out[v * 4 + 3] = fine[i + 3];
  }
}
