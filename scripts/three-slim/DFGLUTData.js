// three/src/renderers/shaders/DFGLUTData.js for the map's build (see index.mjs): the lookup table only
// MeshStandardMaterial / MeshPhysicalMaterial read (WebGLRenderer asks for it when a program has a dfgLUT uniform).
export function getDFGLUT() {
  throw new Error('pt-explainers: physically based materials are not part of this three.js build (scripts/three-slim)');
}
