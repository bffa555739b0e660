// A body mesh's vertex data as three.js attributes, made once per mesh and shared by every map on the
// page (positions, normals packed in bytes, the arm flag, 16-bit indices), and the per-map geometries
// built on them, each with its own 4 bytes of chart marks per vertex.
import { BufferAttribute, BufferGeometry, type Sphere } from 'three';
import type { BodyMesh } from '../body/mesher.js';
import { builtBodyMesh } from '../body/places.js';

export interface BodyBuffers {
  readonly mesh: BodyMesh;
  readonly position: BufferAttribute;
  readonly normal: BufferAttribute;
  readonly arm: BufferAttribute;
  readonly index: BufferAttribute;
  readonly count: number;
  /** The body's bounds, the same for every map (computed on the first geometry). */
  sphere?: Sphere;
  /** Geometries built on these buffers and not yet released. */
  users: number;
}

/** Normals packed in bytes (what the GPU gets for every body). */
export function packNormals(normals: Float32Array): Int8Array {
  const packed = new Int8Array(normals.length);
  for (let i = 0; i < packed.length; i++) packed[i] = Math.round(normals[i] * 127);
  return packed;
}

const made = new WeakMap<BodyMesh, BodyBuffers>();

/** The shared attributes of a body mesh (made on first use). */
export function buffersOf(mesh: BodyMesh): BodyBuffers {
  let b = made.get(mesh);
  if (!b) {
    b = { mesh, position: new BufferAttribute(mesh.positions, 3), normal: new BufferAttribute(packNormals(mesh.normals), 3, true), arm: new BufferAttribute(mesh.arm, 1, false), index: new BufferAttribute(mesh.indices, 1), count: mesh.vertexCount, users: 0 };
    made.set(mesh, b);
  }
  return b;
}

const SHARED = ['position', 'normal', 'arm'] as const;

/** A geometry on a body's shared buffers with blank chart marks of its own. */
export function bodyGeometry(b: BodyBuffers): { geometry: BufferGeometry; marks: BufferAttribute } {
  const geometry = new BufferGeometry();
  for (const name of SHARED) geometry.setAttribute(name, b[name]);
  geometry.setIndex(b.index);
  const marks = new BufferAttribute(new Uint8Array(b.count * 4), 4, true);
  geometry.setAttribute('mark', marks);
  if (!b.sphere) {
    geometry.computeBoundingSphere();
    b.sphere = geometry.boundingSphere!.clone();
  } else geometry.boundingSphere = b.sphere.clone();
  b.users++;
  return { geometry, marks };
}

/**
 * Frees a geometry made by bodyGeometry: always its marks; the shared buffers too when it is the last
 * geometry on them, except the full body's, which every map draws and which stay for the page (three.js
 * deletes the GPU buffers of every attribute a disposed geometry still holds, and uploads them again if a
 * later geometry uses them). The coarse body's go with their last user (the first picture, a drag).
 */
export function releaseGeometry(geometry: BufferGeometry, b: BodyBuffers): void {
  b.users = Math.max(0, b.users - 1);
  if (b.users > 0 || b.mesh === builtBodyMesh()) {
    for (const name of SHARED) geometry.deleteAttribute(name);
    geometry.setIndex(null);
  }
  geometry.dispose();
}
