// Build plugin (script-tag build only): three.js for the trigger-point map without the parts of
// WebGLRenderer the map never reaches. The map draws one mesh with its own ShaderMaterial (no built-in
// materials, no lights, no shadows, no environment maps, no WebXR), but WebGLRenderer imports every
// feature, so `import { WebGLRenderer } from 'three'` ships all of them. Here 'three' resolves to its
// ES module sources (three/src/Three.js, so the bundler tree-shakes module by module) and the modules
// below are replaced by the small files next to this one. Each replacement keeps the interface
// WebGLRenderer calls on every frame and throws a clear error if a feature left out is ever asked for,
// so a future change that needs one fails the 3D tests instead of drawing wrongly.
// Why this is safe and how it is tested: docs/performance.md ("three.js for the map").
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** three/src/<module> → its replacement here. */
export const REPLACED = {
  // 160 kB of GLSL for the built-in materials; a ShaderMaterial only gets the colour-space and tone-mapping chunks
  'renderers/shaders/ShaderChunk.js': here('./ShaderChunk.js'),
  // environment maps (PMREM, equirectangular → cube): only for envMap / scene.environment / texture backgrounds
  'renderers/webgl/WebGLEnvironments.js': here('./WebGLEnvironments.js'),
  // shadow maps: only when renderer.shadowMap.enabled and a light casts shadows
  'renderers/webgl/WebGLShadowMap.js': here('./WebGLShadowMap.js'),
  // WebXR sessions: only when renderer.xr.enabled and a session is started
  'renderers/webxr/WebXRManager.js': here('./WebXRManager.js'),
  // the lookup table of MeshPhysicalMaterial / MeshStandardMaterial lighting
  'renderers/shaders/DFGLUTData.js': here('./DFGLUTData.js'),
};

const THREE_SRC = /[\\/]node_modules[\\/]three[\\/]src[\\/](.+)$/;

/** @returns {import('vite').Plugin} */
export function threeSlim() {
  const stubs = new Set(Object.values(REPLACED));
  return {
    name: 'pt-three-slim',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (source === 'three') return this.resolve('three/src/Three.js', importer, { skipSelf: true });
      if (!importer || !source.startsWith('.') || stubs.has(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      const rel = resolved?.id.match(THREE_SRC)?.[1].split('\\').join('/');
      if (rel && REPLACED[rel]) return REPLACED[rel];
      // three's package marks its sources free of side effects, which would drop Three.Core.js's own
      // statements: the window.__THREE__ stamp (three's "multiple instances" warning, devtools) stays.
      if (rel === 'Three.Core.js') return { ...resolved, moduleSideEffects: true };
      return null;
    },
  };
}

/**
 * The same replacement for @web/test-runner (unbundled, served from the repo root), so the map's 3D
 * tests draw with the three.js the script-tag build ships.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function threeSlimTestRunner() {
  const served = Object.fromEntries(Object.entries(REPLACED).map(([rel, file]) => [rel, `/scripts/three-slim/${file.split(/[\\/]/).pop()}`]));
  return {
    name: 'pt-three-slim',
    resolveImport({ source, context }) {
      if (source === 'three') return '/node_modules/three/src/Three.js';
      // three's own modules, also when node_modules is a link served from outside the root (/__wds-outside-root__/…)
      const from = context.path.match(/\/three\/src\/(.+)$/)?.[1];
      if (!from || !source.startsWith('.')) return undefined;
      return served[posix.join(posix.dirname(from), source)];
    },
  };
}
