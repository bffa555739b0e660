// <pt-trigger-point-map>: one WebGL context for every map on the page, freeing geometry, losing and
// restoring the context, and reusing per-map buffers (Chromium, software WebGL).
import { $, $$, glRequests, sceneModule, loseContext, renderMap, firstFrame, settled, pixels, zonePixels, addMaps } from './map-fixtures.js';
import { expect, fixtureCleanup, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/widgets/trigger-point-map/pt-trigger-point-map.js';
import { captureConsole } from '../../helpers/console.js';

describe('<pt-trigger-point-map> WebGL context', () => {
  afterEach(() => {
    fixtureCleanup();
    for (const stray of Array.from(document.body.children)) if (stray.querySelector('pt-trigger-point-map')) stray.remove();
  });

  it('two maps share one WebGL context; removing them frees their geometry and the context', async () => {
    const a = await renderMap();
    await firstFrame(a);
    const base = a.renderStats;
    expect(base.contexts).to.equal(1);
    const wrap = document.createElement('div');
    wrap.style.width = '300px';
    const b = document.createElement('pt-trigger-point-map');
    wrap.append(b);
    // on top of the page, so it is on screen too
    document.body.prepend(wrap);
    await firstFrame(b);
    expect(b.renderStats.contexts).to.equal(1);
    expect(b.renderStats.geometries).to.equal(base.geometries + 1);
    wrap.remove();
    await nextFrame();
    expect(a.renderStats.geometries, 'memory back to baseline').to.equal(base.geometries);
    expect(a.renderStats.contexts).to.equal(1);
    a.remove();
    await nextFrame();
    // kept a moment for a map put back (a re-render, a route coming back), then given back
    expect(a.renderStats.contexts, 'renderer kept a moment after the last map').to.equal(1);
    await waitUntil(() => a.renderStats.contexts === 0, 'renderer disposed after the last map', { timeout: 10000 });
  });

  it('a lost context shows the 2D drawing with one warning; a restored one draws in 3D again', async () => {
    const el = await renderMap('muscle="soleus"');
    await firstFrame(el);
    await settled(el);
    const con = captureConsole();
    try {
      const loss = await loseContext();
      expect(loss, 'WEBGL_lose_context available').to.not.equal(undefined);
      await waitUntil(() => el.renderStats.mode === 'flat', 'no fallback after loss', { timeout: 15000 });
      await el.updateComplete;
      expect($$(el, '.chart svg').length).to.be.at.least(2);
      const frames = el.renderStats.frames;
      loss!.restore();
      await waitUntil(() => el.renderStats.mode === '3d' && el.renderStats.frames > frames, 'not restored', { timeout: 15000 });
      await settled(el);
      expect(zonePixels(pixels(el))).to.be.greaterThan(100);
      expect(con.warnings.filter((w) => w.includes('[pt-trigger-point-map]'))).to.have.length(1);
    } finally {
      con.restore();
    }
  });

  it('many maps, also maps added later, create exactly one WebGL context (getContext counted)', async () => {
    // from a page with no renderer (the one the last test's maps left is given back after a moment)
    const scene = await sceneModule();
    await waitUntil(() => !scene.hasRenderer(), 'no renderer left from an earlier test', { timeout: 10000 });
    const before = glRequests.length;
    const first = addMaps(3);
    for (const m of first) await firstFrame(m);
    const later = addMaps(2);
    for (const m of later) await firstFrame(m);
    const all = [...first, ...later];
    const made = glRequests.length - before;
    expect(made, `WebGL contexts requested for ${all.length} maps`).to.equal(1);
    for (const m of all) expect(m.renderStats.contexts, 'live contexts seen by each map').to.equal(1);
    for (const m of all) m.closest('div')!.parentElement!.remove();
    await nextFrame();
    // a map put back right after all are gone draws with the same context (none requested)
    const back = await renderMap();
    await firstFrame(back);
    expect(glRequests.length - before, 'contexts requested for a map put back at once').to.equal(1);
    back.remove();
    await waitUntil(() => back.renderStats.contexts === 0, 'context given back a moment after the last map left', { timeout: 10000 });
    // a new map after that gets a fresh (single) context
    const again = await renderMap();
    await firstFrame(again);
    expect(glRequests.length - before).to.equal(2);
    expect(again.renderStats.contexts).to.equal(1);
  });

  it('a map created while the context is lost shows the 2D drawing, and 3D when it comes back', async () => {
    const a = await renderMap();
    await firstFrame(a);
    const con = captureConsole();
    try {
      const loss = (await loseContext())!;
      await waitUntil(() => a.renderStats.mode === 'flat', 'first map not flat', { timeout: 15000 });
      const [b] = addMaps(1);
      await waitUntil(() => b.renderStats.mode === 'flat', 'new map not flat while the context is lost', { timeout: 15000 });
      await b.updateComplete;
      expect($$(b, '.chart svg').length).to.be.at.least(2);
      const frames = b.renderStats.frames;
      loss.restore();
      await waitUntil(() => b.renderStats.mode === '3d' && b.renderStats.frames > frames, 'new map not restored', { timeout: 15000 });
      expect(a.renderStats.contexts).to.equal(1);
      expect(con.errors).to.deep.equal([]);
    } finally {
      con.restore();
    }
  });

  it('a map drawing in 3D renders its flat chart (seen only in print) after its first frame; a map far from the screen a second after it arrived, or at once before printing', async () => {
    const el = await renderMap('muscle="soleus"');
    expect($$(el, '.chart svg').length, 'not in the first render').to.equal(0);
    await firstFrame(el);
    await waitUntil(() => $$(el, '.chart svg').length >= 2, 'no flat chart after the first 3D frame', { timeout: 15000 });
    // maps far below the screen: no 3D view starts
    const far = document.createElement('div');
    far.style.cssText = 'width: 300px; margin-top: 6000px';
    const [printed, later] = [document.createElement('pt-trigger-point-map'), document.createElement('pt-trigger-point-map')];
    far.append(printed);
    document.body.append(far);
    await printed.updateComplete;
    expect($$(printed, '.chart svg').length).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    await printed.updateComplete;
    expect($$(printed, '.chart svg').length, 'drawn for print at once').to.be.at.least(2);
    far.append(later);
    await later.updateComplete;
    expect($$(later, '.chart svg').length).to.equal(0);
    await waitUntil(() => $$(later, '.chart svg').length >= 2, 'a map far from the screen never drew its flat chart', { timeout: 15000 });
    expect(later.renderStats.frames, 'and no 3D frame').to.equal(0);
  });

  it('reuses its chart-mark buffer from one selection to the next (no per-choice vertex arrays)', async () => {
    const scene = await sceneModule();
    const el = await renderMap('pain-area="heel"');
    await firstFrame(el);
    const view = scene.viewOf($<HTMLCanvasElement>(el, 'canvas.main'))!;
    const buffer = view.marks.array;
    for (const id of ['soleus', 'masseter', 'gluteus-minimus']) {
      $<HTMLButtonElement>(el, `button[data-muscle="${id}"]`).click();
      await el.updateComplete;
      expect(view.marks.array, `${id}: same buffer`).to.equal(buffer);
    }
    expect(buffer.some((v) => v > 128), 'the last choice is painted into it').to.equal(true);
  });

});
