// three/src/renderers/webgl/WebGLEnvironments.js for the map's build (see index.mjs): no environment
// maps. WebGLRenderer asks for one per material (envMap or scene.environment, both null in the map) and
// WebGLBackground for a texture background (none in the map).
export function WebGLEnvironments() {
  return {
    get(texture) {
      if (texture === null || texture === undefined) return null;
      throw new Error('pt-explainers: environment maps are not part of this three.js build (scripts/three-slim)');
    },
    dispose() {},
  };
}
