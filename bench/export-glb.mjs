// Exports the map's body mesh (src/widgets/trigger-point-map/body/places.ts, bodyMesh()) to
// bench/assets/body.glb, so <model-viewer> shows exactly the triangles our map draws.
// Run alone: node bench/export-glb.mjs [out.glb]
import { build } from 'esbuild';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { writeGlb, readGlbJson } from './glb.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
export const BODY_MODULE = join(repo, 'src/widgets/trigger-point-map/body/places.ts');

/** Bundles the pure body module for Node and returns its bodyMesh() (the figure the map draws). */
export async function loadBodyMesh() {
  const out = join(tmpdir(), `pt-bench-body-${process.pid}.mjs`);
  await build({ entryPoints: [BODY_MODULE], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'error' });
  try {
    const mod = await import(pathToFileURL(out).href);
    if (typeof mod.bodyMesh !== 'function') throw new Error(`${BODY_MODULE} has no bodyMesh() export`);
    return mod.bodyMesh();
  } finally {
    rmSync(out, { force: true });
  }
}

/** Writes the GLB and returns { file, bytes, vertices, triangles }. */
export async function exportGlb(file = join(repo, 'bench/assets/body.glb')) {
  const mesh = await loadBodyMesh();
  const glb = writeGlb({ positions: mesh.positions, normals: mesh.normals, indices: mesh.indices });
  readGlbJson(glb); // refuse to hand model-viewer a malformed file
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, glb);
  return { file, bytes: glb.length, vertices: mesh.positions.length / 3, triangles: mesh.indices.length / 3 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await exportGlb(process.argv[2]);
  console.log(`${r.file}: ${r.bytes} B, ${r.vertices} vertices, ${r.triangles} triangles`);
}
