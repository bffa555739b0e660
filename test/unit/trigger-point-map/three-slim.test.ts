// The map's tests draw with the three.js the script-tag build ships (scripts/three-slim, also applied
// to these tests by web-test-runner.config.mjs): built-in material shaders, environment maps, shadow
// maps and WebXR are left out, and each part left out fails loudly if anything asks for it.
import { expect } from '@open-wc/testing';
import { BoxGeometry, Mesh, MeshBasicMaterial, PerspectiveCamera, Scene, ShaderChunk, WebGLRenderer } from 'three';

describe('three.js as the map ships it (scripts/three-slim)', () => {
  it('keeps only the shader chunks a ShaderMaterial needs', () => {
    expect(Object.keys(ShaderChunk).sort()).to.deep.equal(['colorspace_pars_fragment', 'tonemapping_pars_fragment']);
  });

  it('a renderer has no XR session, no shadow maps, and refuses a built-in material', () => {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return; // the no-WebGL group: nothing to draw with
    const renderer = new WebGLRenderer({ canvas, context: gl });
    try {
      expect(renderer.xr.enabled).to.equal(false);
      expect(renderer.xr.isPresenting).to.equal(false);
      expect(renderer.shadowMap.enabled).to.equal(false);
      // a built-in material has no shader here: rendering it throws rather than drawing something wrong
      const scene = new Scene().add(new Mesh(new BoxGeometry(), new MeshBasicMaterial()));
      expect(() => renderer.render(scene, new PerspectiveCamera())).to.throw();
    } finally {
      renderer.dispose();
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  });
});
