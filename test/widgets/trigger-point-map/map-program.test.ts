// <pt-trigger-point-map>: the body's two shader programs (body-material.ts: `plain` while nothing is painted,
// `chart` otherwise) are compiled once per WebGL context. Before, three.js gave the program back with the last
// map's material and numbered the shader text anew for the next map, so a map removed and put back (one map
// at a time: a re-render, a route coming back) compiled it again, and V8 kept compiling three's program set-up
// into the heap (issue 11: +137 kB over 200 cycles).
import { addMaps, glRequests, sceneModule, renderMap, firstFrame, loseContext, settled } from './map-fixtures.js';
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import type { PtTriggerPointMap } from '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';

// Every shader program the page links, counted from before any map loads, with the watched map's frame
// count at that moment.
let links = 0;
let watched: PtTriggerPointMap | undefined;
const framesAtLink: number[] = [];
const realLink = WebGL2RenderingContext.prototype.linkProgram;
WebGL2RenderingContext.prototype.linkProgram = function (this: WebGL2RenderingContext, program: WebGLProgram) {
  links++;
  if (watched) framesAtLink.push(watched.renderStats.frames);
  return realLink.call(this, program);
};

type GlMethod = 'drawElements' | 'flush' | 'fenceSync';
/** Calls `seen` before every call of a WebGL 2 method, until the returned function puts the method back. */
function spyGl(name: GlMethod, seen: (gl: WebGL2RenderingContext) => void): () => void {
  const proto = WebGL2RenderingContext.prototype as unknown as Record<GlMethod, (...args: unknown[]) => unknown>;
  const real = proto[name];
  proto[name] = function (this: WebGL2RenderingContext, ...args: unknown[]) {
    seen(this);
    return real.apply(this, args);
  };
  return () => {
    proto[name] = real;
  };
}

const bothKept = async (what: string) => {
  const scene = await sceneModule();
  await waitUntil(() => scene.rendererInfo().programs === 2, `${what}: the plain and the chart program kept`, { timeout: 15000 });
};

describe('<pt-trigger-point-map> shader programs', () => {
  afterEach(() => fixtureCleanup());

  it('both programs are kept once the first map is drawn; a map put back, and a map beside it, compile no program again; a new context compiles them once', async () => {
    const first = await renderMap('muscle="soleus"');
    await firstFrame(first);
    await bothKept('first map');
    const once = links;
    expect(once, 'programs linked for the first map').to.equal(2);
    first.remove();
    // one map at a time: the renderer is kept a moment (RENDERER_LINGER_MS), and so are its programs
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
    // the context given back with the renderer: a new one links the programs again, once each
    const scene = await sceneModule();
    await waitUntil(() => !scene.hasRenderer(), 'renderer given back after the last map', { timeout: 10000 });
    const fresh = await renderMap();
    await firstFrame(fresh);
    await bothKept('new context');
    expect(links, 'programs linked for a new context').to.equal(2 * once);
  });

  it('a program\'s first draw over the corner never happens while the shared canvas is shown in a map, and that map is drawn again after it', async () => {
    const scene = await sceneModule();
    await waitUntil(() => !scene.hasRenderer(), 'no renderer left from the test before', { timeout: 10000 });
    // every 64 × 64 draw (keepBodyProgram's), and whether the shared canvas was on the page then
    const cornerDraws: boolean[] = [];
    // fences: only those first draws and the map's first picture have one (each costs WebKit a round trip to its GPU
    // process), not the map's later pictures
    let fences = 0;
    const restore = [
      spyGl('fenceSync', () => fences++),
      spyGl('drawElements', (gl) => {
        const [, , w, h] = gl.getParameter(gl.VIEWPORT) as Int32Array;
        if (w === 64 && h === 64) cornerDraws.push(!!scene.sharedCanvas()?.isConnected);
      }),
    ];
    try {
      const el = await renderMap();
      await firstFrame(el);
      await bothKept('one map');
      expect(cornerDraws.length, 'first draws of the two programs').to.equal(2);
      expect(cornerDraws, 'the shared canvas on the page at each').to.deep.equal([false, false]);
      // the map alone on screen is shown by the shared canvas itself again: it was drawn again after the second
      await waitUntil(() => scene.sharedCanvas()?.isConnected, 'the map drawn straight to the screen again', { timeout: 10000 });
      const frames = el.renderStats.frames;
      expect(frames, 'frames drawn').to.be.greaterThan(1);
      expect(fences, 'fences set').to.equal(3);
    } finally {
      for (const put of restore) put();
    }
  });

  it('a bigger picture reserved while a map is shown straight from the shared canvas takes the canvas out of it first (resizing clears it), and the map draws again', async () => {
    const scene = await sceneModule();
    const el = await renderMap();
    await firstFrame(el);
    await waitUntil(() => scene.sharedCanvas()?.isConnected, 'the map shown straight from the shared canvas', { timeout: 10000 });
    const canvas = scene.sharedCanvas()!;
    const frames = el.renderStats.frames;
    const release = scene.prepareBodyRenderer(undefined, canvas.width + 100, canvas.height + 100, 1, 'plain');
    expect(canvas.isConnected, 'the shared canvas on the page once resized').to.equal(false);
    release();
    await waitUntil(() => canvas.isConnected && el.renderStats.frames > frames, 'the map drawn to the screen again', { timeout: 10000 });
  });

  it('after a context restore the program in use is kept in the new context: a map put back links only the one not yet compiled there', async () => {
    const scene = await sceneModule();
    await waitUntil(() => !scene.hasRenderer(), 'no renderer left from the test before', { timeout: 10000 });
    const el = await renderMap();
    await firstFrame(el);
    await bothKept('before the loss');
    const loss = await loseContext();
    await waitUntil(() => el.renderStats.mode === 'flat', 'the 2D drawing after the loss', { timeout: 15000 });
    const frames = el.renderStats.frames;
    loss!.restore();
    await waitUntil(() => el.renderStats.mode === '3d' && el.renderStats.frames > frames, 'drawn in 3D after the restore', { timeout: 15000 });
    await settled(el);
    const before = links;
    el.remove();
    const next = await renderMap();
    await firstFrame(next);
    await bothKept('the map put back');
    // the plain program was kept in the restored context; the chart program is compiled there for the first time
    expect(links - before, 'programs linked for the map put back').to.equal(1);
  });

  it('three.js ready: the renderer is made and the first picture\'s program linked and drawn over pixels once, before any view; the map links nothing before its first frame, the chart program after it; unused, it is given back', async () => {
    const scene = await sceneModule();
    await waitUntil(() => !scene.hasRenderer(), 'no renderer left from the test before', { timeout: 10000 });
    let draws = 0;
    // the draws, fences and flushes in order: a fence and a flush after the draw have the GPU run it now (ANGLE
    // holds draws back until a picture is read, even past a flush)
    const calls: string[] = [];
    const restore = [
      spyGl('fenceSync', () => calls.push('fence')),
      spyGl('drawElements', () => {
        draws++;
        calls.push('draw');
      }),
      spyGl('flush', () => calls.push('flush')),
    ];
    try {
      const before = links;
      const release = scene.prepareBodyRenderer(undefined, 300, 400, 1, 'plain');
      expect(scene.hasRenderer(), 'renderer made').to.equal(true);
      expect(links - before, 'programs linked').to.equal(1);
      expect(draws, 'draws').to.equal(1);
      expect(calls.slice(calls.indexOf('draw')), 'the GPU started on the draw (WebGL calls after it)').to.deep.equal(['draw', 'fence', 'flush']);
      // the draw covered pixels (a software rasteriser builds a shader's pixel code only for a draw that does)
      const gl = scene.sharedContext()!;
      const px = new Uint8Array(4);
      gl.readPixels(10, gl.drawingBufferHeight - 10, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, px);
      expect(px[3], 'the corner drawn').to.equal(255);
      framesAtLink.length = 0;
      const el = (watched = await renderMap());
      await firstFrame(el);
      await bothKept('the map');
      expect(links - before, 'programs linked in all').to.equal(2);
      expect(framesAtLink.length, 'programs linked by the map').to.equal(1);
      expect(framesAtLink[0], 'the map\'s frames drawn when the chart program was linked').to.be.greaterThan(0);
      release();
      expect(scene.hasRenderer(), 'the map still holds it').to.equal(true);
      el.remove();
      await waitUntil(() => !scene.hasRenderer(), 'renderer given back after the map', { timeout: 10000 });
      // prepared and never used: given back like any renderer its last user left
      scene.prepareBodyRenderer(undefined, 300, 400, 1, 'chart')();
      expect(scene.hasRenderer()).to.equal(true);
      await waitUntil(() => !scene.hasRenderer(), 'an unused prepared renderer is given back', { timeout: 10000 });
    } finally {
      watched = undefined;
      for (const put of restore) put();
    }
  });
});
