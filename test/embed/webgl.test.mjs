// The trigger-point map without WebGL (2D fallback, one warning) and through a WebGL context loss
// (WEBGL_lose_context) and restore: it draws again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, settle, describeWidget, drawingStats, waitDraws, fmt } from './harness.mjs';

let server;
let gl;
let nogl;

before(async () => {
  server = await serve();
  [gl, nogl] = await Promise.all([launch(), launch({ webgl: false })]);
});

after(async () => {
  await Promise.all([gl?.close(), nogl?.close()]);
  await server?.close();
});

const TAG = 'pt-trigger-point-map';

test('webgl: with WebGL disabled the map shows its 2D fallback (an <svg> body) and one warning', async () => {
  const s = await open(nogl, server.page('map.html'));
  try {
    const hasGL = await s.page.evaluate(() => !!document.createElement('canvas').getContext('webgl2') || !!document.createElement('canvas').getContext('webgl'));
    assert.equal(hasGL, false, 'the no-WebGL browser still has WebGL (launch flags)');
    await s.page.locator(TAG).scrollIntoViewIfNeeded();
    await settle(s.page, 1500);
    const d = await s.page.locator(TAG).evaluate(describeWidget);
    const svg = d.graphics.filter((g) => g.tag === 'svg' && g.visible && g.w >= 100 && g.h >= 100);
    const ours = s.log.warnings.filter((w) => w.startsWith('[pt-'));
    const stats = await drawingStats(nogl, s.page, 0, 'svg');
    console.log(`# no-WebGL: graphics ${fmt(d.graphics)}, svg pixels ${fmt(stats)}, warnings ${fmt(ours)}`);
    assert.deepEqual(s.log.pageErrors, [], 'uncaught errors');
    assert.ok(svg.length >= 1, `no visible <svg> body drawing of at least 100×100 px: ${fmt(d.graphics)}`);
    assert.ok(stats && stats.colours >= 3, `the fallback svg looks blank: ${fmt(stats)}`);
    assert.equal(ours.length, 1, `expected exactly one warning: ${fmt(ours)}`);
    // An informational notice, not a bad value: the "— valid: …" part is not required here.
    assert.match(ours[0], /^\[pt-trigger-point-map\] .*WebGL/i);

    // The built 2D chart of a chosen muscle draws its muscle, zone and X's (the template minifier once
    // dropped the `/` of self-closing SVG tags, so everything after the first <path …> nested inside it).
    const chart = await s.page.locator(TAG).evaluate(async (el) => {
      el.setAttribute('muscle', 'upper-trapezius');
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const root = el.shadowRoot;
      const width = (q) => [...root.querySelectorAll(q)].map((e) => Math.round(e.getBoundingClientRect().width));
      return { nested: root.querySelectorAll('svg path > *, svg ellipse > *, svg rect > *, svg circle > *').length, muscle: width('.muscle-fill'), essential: width('.essential'), xs: width('.x.chosen') };
    });
    console.log(`# no-WebGL chart of upper trapezius: ${fmt(chart)}`);
    assert.equal(chart.nested, 0, `SVG shapes with elements nested inside them (lost self-closing tags?): ${fmt(chart)}`);
    for (const part of ['muscle', 'essential', 'xs']) {
      assert.ok(chart[part].length > 0 && chart[part].some((w) => w > 0), `the 2D chart draws no ${part}: ${fmt(chart)}`);
    }
    assert.deepEqual(s.log.errors, [], 'console errors');
  } finally {
    await s.close();
  }
});

test('webgl: context lost through WEBGL_lose_context and restored: the map draws again', async () => {
  const s = await open(gl, server.page('map.html'));
  try {
    await s.page.locator(TAG).scrollIntoViewIfNeeded();
    await waitDraws(s.page, 0, 15000);
    await settle(s.page, 300);
    const before = await drawingStats(gl, s.page);
    const snap0 = await s.page.evaluate(() => window.__pt.snapshot());
    assert.ok(before && before.colours >= 16, `the map canvas is blank before the loss: ${fmt(before)}`);

    const lost = await s.page.evaluate(() => {
      const g = window.__pt.gl.find((x) => !x.ctx.isContextLost());
      const ext = g?.ctx.getExtension('WEBGL_lose_context');
      if (!ext) return false;
      window.__loseExt = ext;
      ext.loseContext();
      return true;
    });
    assert.ok(lost, 'no live WebGL context with WEBGL_lose_context on the page');
    await settle(s.page, 500);
    const during = await s.page.locator(TAG).evaluate(describeWidget);
    const drawsLost = await s.page.evaluate(() => window.__pt.draws);

    await s.page.evaluate(() => window.__loseExt.restoreContext());
    const t0 = Date.now();
    await waitDraws(s.page, drawsLost, 10000).catch(() => {});
    const ms = Date.now() - t0;
    await settle(s.page, 300);
    const after = await drawingStats(gl, s.page);
    const snap1 = await s.page.evaluate(() => window.__pt.snapshot());
    console.log(`# context loss: before ${fmt(before)}; while lost visible graphics ${fmt(during.graphics.filter((g) => g.visible))}; drew again ${ms} ms after restore: ${fmt(after)}; draws ${snap0.draws} → ${drawsLost} → ${snap1.draws}; contexts ${snap1.glContexts} (live ${snap1.liveContexts})`);
    assert.deepEqual(s.log.pageErrors, [], 'uncaught errors');
    assert.ok(during.graphics.some((g) => g.visible && g.w > 50), 'nothing is drawn while the context is lost');
    assert.ok(snap1.draws > drawsLost, 'no WebGL draw call after the context was restored');
    assert.ok(after && after.colours >= 16, `the map canvas is blank after the restore: ${fmt(after)}`);
    assert.equal(snap1.liveContexts, 1, 'expected the one context to be live again');
    assert.deepEqual(s.log.errors.filter((e) => !/CONTEXT_LOST/.test(e)), [], 'console errors');
  } finally {
    await s.close();
  }
});
