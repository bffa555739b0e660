// Drawing straight to the screen: with one map on screen the shared WebGL canvas itself is shown in
// that map's box (no copy), sized to it at the device pixel ratio; with two on screen each picture is
// copied into the map's own canvas again; and the pixels are the same body either way.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { $, sceneModule, settled, firstFrame, painted, zonePixels } from './map-fixtures.js';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import type { PtTriggerPointMap } from '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';

const hasWebGL = !!document.createElement('canvas').getContext('webgl2');

/** The picture the shared canvas shows for `el`, read back from the GL drawing buffer right after drawing it. */
async function directPixels(el: PtTriggerPointMap): Promise<ImageData> {
  const scene = await sceneModule();
  const main = $<HTMLCanvasElement>(el, 'canvas.main');
  const view = scene.viewOf(main)!;
  const gl = scene.sharedContext()!;
  const shared = scene.sharedCanvas()!;
  expect(view.renderNow(), 'drawn').to.equal(true);
  // same task as the draw: the drawing buffer is still there; GL rows run bottom-up
  const { width: w, height: h } = main;
  const raw = new Uint8Array(w * h * 4);
  gl.readPixels(0, shared.height - h, w, h, gl.RGBA, gl.UNSIGNED_BYTE, raw);
  const out = new ImageData(w, h);
  for (let y = 0; y < h; y++) out.data.set(raw.subarray((h - 1 - y) * w * 4, (h - y) * w * 4), y * w * 4);
  return out;
}

const ownPixels = (el: PtTriggerPointMap): ImageData => {
  const c = $<HTMLCanvasElement>(el, 'canvas.main');
  return c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
};

/** Share of opaque pixels (in either picture) whose colours differ by more than a little. */
function difference(a: ImageData, b: ImageData): number {
  expect([a.width, a.height]).to.deep.equal([b.width, b.height]);
  let opaque = 0;
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i + 3] < 250 && b.data[i + 3] < 250) continue;
    opaque++;
    const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) + Math.abs(a.data[i + 3] - b.data[i + 3]);
    if (d > 24) differ++;
  }
  return opaque ? differ / opaque : 1;
}

async function twoBoxes(): Promise<[HTMLDivElement, HTMLDivElement]> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 8px"><div style="width: 300px"></div><div style="width: 300px"></div></div>`);
  return [wrap.children[0] as HTMLDivElement, wrap.children[1] as HTMLDivElement];
}

async function addMap(box: HTMLDivElement, attrs = ''): Promise<PtTriggerPointMap> {
  box.innerHTML = `<pt-trigger-point-map ${attrs}></pt-trigger-point-map>`;
  const el = box.firstElementChild as PtTriggerPointMap;
  await el.updateComplete;
  await firstFrame(el);
  await settled(el);
  return el;
}

describe('<pt-trigger-point-map> draws straight to the screen when it is the only map on screen', function () {
  this.timeout(60000);
  before(function () {
    if (!hasWebGL) this.skip();
  });
  afterEach(() => fixtureCleanup());

  it('one map: the shared canvas is shown in its box at the right size, and its picture is the body with the chart', async () => {
    const [box] = await twoBoxes();
    const el = await addMap(box, 'muscle="upper-trapezius"');
    const scene = await sceneModule();
    const shared = scene.sharedCanvas()!;
    const main = $<HTMLCanvasElement>(el, 'canvas.main');
    expect(shared.parentNode, 'the shared canvas sits in the map\'s picture box').to.equal($(el, '.viewport'));
    expect(getComputedStyle(main).opacity, 'its own canvas is hidden meanwhile').to.equal('0');
    // one canvas pixel per device pixel, the picture in its top-left corner over the map's own canvas
    const dpr = main.width / main.getBoundingClientRect().width;
    const r = shared.getBoundingClientRect();
    const m = main.getBoundingClientRect();
    expect(r.width * dpr).to.be.closeTo(shared.width, 1);
    expect(r.height * dpr).to.be.closeTo(shared.height, 1);
    expect([r.left, r.top]).to.deep.equal([m.left, m.top]);
    expect(shared.width).to.be.at.least(main.width);
    // what the screen shows: the body, with the chosen muscle's red zone
    const direct = await directPixels(el);
    expect(painted(direct), 'body drawn').to.be.greaterThan(direct.width * direct.height * 0.05);
    expect(zonePixels(direct), 'essential zone drawn').to.be.greaterThan(40);
    // and once still, the map's own canvas holds the same picture (what a second map coming on screen needs)
    await settled(el);
    expect(difference(direct, ownPixels(el)), 'own canvas = picture on screen').to.be.below(0.01);
  });

  it('two maps on screen: both copied into their own canvases with the right pixels; one again: straight to the screen', async () => {
    const [a, b] = await twoBoxes();
    const first = await addMap(a, 'muscle="upper-trapezius"');
    const scene = await sceneModule();
    const shared = scene.sharedCanvas()!;
    const alone = await directPixels(first);
    const framesBefore = scene.rendererInfo().frames;

    const second = await addMap(b, 'muscle="gluteus-medius"');
    await settled(first);
    expect(shared.isConnected, 'the shared canvas is out of the page').to.equal(false);
    for (const el of [first, second]) {
      expect(getComputedStyle($(el, 'canvas.main')).opacity, 'own canvas shown').to.equal('1');
      const own = ownPixels(el);
      expect(painted(own), 'body copied').to.be.greaterThan(own.width * own.height * 0.05);
      expect(zonePixels(own), 'zone copied').to.be.greaterThan(40);
    }
    expect(difference(alone, ownPixels(first)), 'the first map\'s copy = its picture when drawn straight').to.be.below(0.01);
    expect(difference(ownPixels(first), ownPixels(second)), 'two different charts').to.be.above(0.02);
    expect(scene.rendererInfo().frames).to.be.greaterThan(framesBefore);

    // the second leaves: the first is alone again and goes back to the screen
    second.remove();
    await waitUntil(() => shared.parentNode === $(first, '.viewport'), 'the shared canvas back in the first map', { timeout: 10000 });
    await settled(first);
    expect(getComputedStyle($(first, 'canvas.main')).opacity).to.equal('0');
    expect(difference(alone, await directPixels(first)), 'same picture straight to the screen again').to.be.below(0.01);
  });

  it('a drag\'s frames are drawn cheaper (coarser body, fewer pixels, stretched to the box); the still picture after it is the full body at full resolution', async () => {
    const [box] = await twoBoxes();
    const el = await addMap(box, 'muscle="upper-trapezius"');
    const scene = await sceneModule();
    const shared = scene.sharedCanvas()!;
    const gl = scene.sharedContext()!;
    const main = $<HTMLCanvasElement>(el, 'canvas.main');
    const view = scene.viewOf(main)!;
    const { width: w, height: h } = main;
    const dpr = w / main.getBoundingClientRect().width;
    const fullTriangles = (await directPixels(el), scene.rendererInfo().triangles);
    const cssWidth = () => shared.getBoundingClientRect().width * dpr;
    expect(cssWidth(), 'still: one canvas pixel per device pixel').to.be.closeTo(shared.width, 1);
    // the cheapest step, as when frames come slowly (the drag body is built on the first drag that asks for it)
    const cheapest = scene.DRAG_STEPS.length - 1;
    expect(scene.DRAG_STEPS[cheapest]).to.deep.equal({ coarse: true, scale: 0.5 });
    scene.pinDragStep(cheapest);
    try {
      const canvas = main;
      const r = canvas.getBoundingClientRect();
      const at = (dx: number) => ({ clientX: r.left + r.width / 2 + dx, clientY: r.top + r.height / 2, pointerId: 3, bubbles: true, composed: true });
      canvas.dispatchEvent(new PointerEvent('pointerdown', at(0)));
      let step = 0;
      const drag = () => canvas.dispatchEvent(new PointerEvent('pointermove', at((step += 4))));
      drag();
      await waitUntil(() => { drag(); return scene.rendererInfo().triangles < fullTriangles / 2; }, 'no drag frame of the coarser body', { interval: 150, timeout: 15000 });
      // a drag frame, read back in the task that draws it: the picture fills only the top-left quarter of
      // the drawing buffer, and the shared canvas is shown twice as large, so it still fills the box
      view.orbit(0.02, 0, true);
      expect(view.renderNow()).to.equal(true);
      expect(scene.rendererInfo().triangles, 'the coarser body').to.be.below(fullTriangles / 2);
      const raw = new Uint8Array(w * h * 4);
      gl.readPixels(0, shared.height - h, w, h, gl.RGBA, gl.UNSIGNED_BYTE, raw);
      let inside = 0, outside = 0;
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
          if (raw[(y * w + x) * 4 + 3] === 0) continue;
          // GL rows run bottom-up: the picture's top-left quarter is x < w/2, y >= h/2
          if (x < w / 2 + 1 && y >= h / 2 - 1) inside++;
          else outside++;
        }
      }
      expect(inside, 'body drawn in the smaller picture').to.be.greaterThan((w * h) / 4 * 0.05);
      expect(outside, 'nothing drawn beyond it').to.equal(0);
      expect(cssWidth(), 'stretched twice as wide').to.be.closeTo(2 * shared.width, 2);
      // letting go: one still picture, the full body at full resolution, on screen and in its own canvas
      const frames = el.renderStats.frames;
      canvas.dispatchEvent(new PointerEvent('pointerup', at(step)));
      await waitUntil(() => el.renderStats.frames > frames, 'no still picture after the drag', { timeout: 10000 });
      await settled(el);
      expect(scene.rendererInfo().triangles, 'the full body').to.equal(fullTriangles);
      expect(cssWidth(), 'one canvas pixel per device pixel again').to.be.closeTo(shared.width, 1);
      const still = await directPixels(el);
      expect(difference(still, ownPixels(el)), 'own canvas = the full picture on screen').to.be.below(0.01);
    } finally {
      scene.pinDragStep(undefined);
    }
  });

  it('a map that leaves the page takes the shared canvas out with it (nothing of it stays reachable from the canvas)', async () => {
    const [a, b] = await twoBoxes();
    const resident = await addMap(a);
    const scene = await sceneModule();
    const shared = scene.sharedCanvas()!;
    resident.remove();
    expect(shared.isConnected).to.equal(false);
    expect(shared.parentNode, 'detached from the removed map').to.equal(null);
    const next = await addMap(b);
    expect(scene.sharedCanvas()!.parentNode).to.equal($(next, '.viewport'));
  });
});
