// three/src/renderers/webgl/WebGLShadowMap.js for the map's build (see index.mjs): no shadow maps.
// WebGLRenderer reads these fields for every program and calls render() every frame.
import { PCFShadowMap } from 'three/src/constants.js';

export class WebGLShadowMap {
  enabled = false;
  autoUpdate = true;
  needsUpdate = false;
  type = PCFShadowMap;

  render(lights) {
    if (this.enabled && lights.length > 0) throw new Error('pt-explainers: shadow maps are not part of this three.js build (scripts/three-slim)');
  }
}
