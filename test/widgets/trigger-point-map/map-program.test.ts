// <pt-trigger-point-map>: the body's shader program is compiled once per WebGL context. Before, three.js
// gave the program back with the last map's material and numbered the shader text anew for the next
// map, so a map removed and put back (one map at a time: a re-render, a route coming back) compiled it
// again, and V8 kept compiling three's program set-up into the heap (issue 11: +137 kB over 200 cycles).
import { addMaps, glRequests, sceneModule, renderMap, firstFrame } from './map-fixtures.js';
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';

// Every shader program the page links, counted from before any map loads.
let links = 0;
const realLink = WebGL2RenderingContext.prototype.linkProgram;
WebGL2RenderingContext.prototype.linkProgram = function (this: WebGL2RenderingContext, program: WebGLProgram) {
  links++;
  return realLink.call(this, program);
};

describe('<pt-trigger-point-map> shader program', () => {
  afterEach(() => fixtureCleanup());

  it('a map put back after the last one left, and a map beside it, compile no program again; a new context compiles it once', async () => {
    const first = await renderMap('muscle="soleus"');
    await firstFrame(first);
    const once = links;
    expect(once, 'programs linked for the first map').to.be.greaterThan(0);
    first.remove();
    // one map at a time: the renderer is kept a moment (RENDERER_LINGER_MS), and so is its program
    for (const muscle of ['infraspinatus', 'gluteus-minimus', '']) {
      const next = await renderMap(muscle ? `muscle="${muscle}"` : '');
      await firstFrame(next);
      expect(links, `programs linked for a map put back${muscle ? ` showing ${muscle}` : ''}`).to.equal(once);
      next.remove();
    }
    const two = addMaps(2);
    two[1].setAttribute('muscle', 'soleus');
    for (const m of two) await firstFrame(m);
    expect(links, 'programs linked for two maps at once').to.equal(once);
    expect(glRequests.length, 'WebGL contexts requested').to.equal(1);
    two[0].closest('div')!.parentElement!.remove();
    // the context given back with the renderer: a new one links the program again, once
    const scene = await sceneModule();
    await waitUntil(() => !scene.hasRenderer(), 'renderer given back after the last map', { timeout: 10000 });
    const fresh = await renderMap();
    await firstFrame(fresh);
    expect(links, 'programs linked for a new context').to.equal(2 * once);
  });

  it('three.js ready: the renderer is made and the body shader linked and drawn over pixels once, before any view; a map then links nothing; unused, it is given back', async () => {
    const scene = await sceneModule();
    await waitUntil(() => !scene.hasRenderer(), 'no renderer left from the test before', { timeout: 10000 });
    let draws = 0;
    const realDraw = WebGL2RenderingContext.prototype.drawElements;
    WebGL2RenderingContext.prototype.drawElements = function (this: WebGL2RenderingContext, ...args: Parameters<WebGL2RenderingContext['drawElements']>) {
      draws++;
      return realDraw.apply(this, args);
    };
    try {
      const before = links;
      const release = scene.prepareBodyRenderer(undefined, 300, 400, 1);
      expect(scene.hasRenderer(), 'renderer made').to.equal(true);
      expect(links - before, 'programs linked').to.equal(1);
      expect(draws, 'draws').to.equal(1);
      // the draw covered pixels (a software rasteriser builds a shader's pixel code only for a draw that does)
      const gl = scene.sharedContext()!;
      const px = new Uint8Array(4);
      gl.readPixels(10, gl.drawingBufferHeight - 10, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      expect(px[3], 'the corner drawn').to.equal(255);
      const el = await renderMap();
      await firstFrame(el);
      expect(links - before, 'programs linked once the map drew').to.equal(1);
      release();
      expect(scene.hasRenderer(), 'the map still holds it').to.equal(true);
      el.remove();
      await waitUntil(() => !scene.hasRenderer(), 'renderer given back after the map', { timeout: 10000 });
      // prepared and never used: given back like any renderer its last user left
      scene.prepareBodyRenderer(undefined, 300, 400, 1)();
      expect(scene.hasRenderer()).to.equal(true);
      await waitUntil(() => !scene.hasRenderer(), 'an unused prepared renderer is given back', { timeout: 10000 });
    } finally {
      WebGL2RenderingContext.prototype.drawElements = realDraw;
    }
  });
});
