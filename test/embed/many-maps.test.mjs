// Twelve trigger-point maps on one page share one WebGL context, and each draws when scrolled into view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, settle, drawingStats, waitDraws, fmt } from './harness.mjs';

const N = 12;
let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test(`many-maps: ${N} maps on one page: one WebGL context, every map draws`, async () => {
  const s = await open(browser, server.page(`map.html?n=${N}&width=400`), { viewport: { width: 1024, height: 800 } });
  try {
    const t0 = Date.now();
    const results = [];
    for (let i = 0; i < N; i++) {
      const draws = await s.page.evaluate(() => window.__pt.draws);
      await s.page.locator('pt-trigger-point-map').nth(i).scrollIntoViewIfNeeded();
      // The first map also loads three.js and builds the body; later ones only draw.
      await waitDraws(s.page, i === 0 ? 0 : draws, i === 0 ? 15000 : 4000).catch(() => {});
      if (i === 0 && !(await s.page.evaluate(() => window.__pt.draws))) {
        results.push(await drawingStats(browser, s.page, i));
        break; // nothing draws at all: no point waiting for the other eleven
      }
      await settle(s.page, 100);
      results.push(await drawingStats(browser, s.page, i));
    }
    const snap = await s.page.evaluate(() => window.__pt.snapshot());
    const calls = await s.page.evaluate(() => window.__pt.glCalls);
    console.log(`# ${N} maps in ${Date.now() - t0} ms: WebGL contexts created ${snap.glContexts}, alive at once at most ${snap.maxLive}, alive at the end ${snap.liveContexts} (getContext calls ${calls}), draws ${snap.draws}, colours per map ${results.map((r) => r?.colours ?? 'no canvas').join(' ')}`);
    assert.deepEqual(s.log.pageErrors, [], 'uncaught errors');
    // One context does the drawing; a capability probe that is released at once (loseContext) may come first.
    assert.equal(snap.maxLive, 1, `expected one WebGL context for ${N} maps, ${snap.maxLive} were alive at the same time`);
    assert.equal(snap.liveContexts, 1, `expected one live WebGL context at the end, found ${snap.liveContexts}`);
    assert.ok(snap.glContexts <= 2, `${snap.glContexts} WebGL contexts were created for ${N} maps (one renderer + at most one probe expected)`);
    const blank = results.map((r, i) => [i, r]).filter(([, r]) => !r || r.colours < 16);
    assert.deepEqual(blank.map(([i]) => i), [], `maps with a blank or missing canvas: ${fmt(blank)}`);
    assert.deepEqual(s.log.errors, [], 'console errors');
  } finally {
    await s.close();
  }
});
