// three/src/renderers/webxr/WebXRManager.js for the map's build (see index.mjs): never presenting.
// These are the members WebGLRenderer and WebGLBackground use while no XR session runs.
import { EventDispatcher } from 'three/src/core/EventDispatcher.js';

export class WebXRManager extends EventDispatcher {
  enabled = false;
  isPresenting = false;
  cameraAutoUpdate = true;

  getEnvironmentBlendMode() {
    return undefined;
  }

  hasDepthSensing() {
    return false;
  }

  getDepthSensingMesh() {
    return null;
  }

  setAnimationLoop() {}

  dispose() {}

  setSession() {
    throw new Error('pt-explainers: WebXR is not part of this three.js build (scripts/three-slim)');
  }
}
