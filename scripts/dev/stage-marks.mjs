// Where the map's first 3D frame's time goes: the median time of every `pt:` mark, and of any `x:` mark
// added for the occasion to a private build (performance.mark('x:…') in map-3d-controller.ts, not
// committed), over N cold loads of the bench's page with one map, from the loader's fetchStart.
//   PT_BUILD=cdn PT_OUT_DIR=/tmp/x-dist npx vite build && PT_DIST=/tmp/x-dist node scripts/dev/stage-marks.mjs 5
import { relative } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_ARGS } from '../chrome.mjs';
import { startServer } from '../serve.mjs';
import { gzRoute, pageRoute, repo, walk } from '../../bench/setup.mjs';
const dist = process.env.PT_DIST;
const N = Number(process.argv[2] ?? 5);
const routes = { '/bench/page': pageRoute() };
for (const f of walk(dist)) routes[`/dist/${relative(dist, f)}`] = gzRoute(f);
const server = await startServer({ root: repo, routes });
const browser = await chromium.launch({ executablePath: ensureChrome(), headless: true, args: [...CHROME_ARGS] });
const all = {};
for (let i = 0; i < N; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  if (process.env.PT_INIT) await page.addInitScript(process.env.PT_INIT);
  await page.goto(`${server.url}/bench/page?subject=pt-trigger-point-map&n=1`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('pt:pt-trigger-point-map:first-frame').length > 0, null, { timeout: 30000, polling: 50 });
  await page.waitForTimeout(1500);
  const m = await page.evaluate(() => {
    const l = performance.getEntriesByType('resource').find((r) => /pt-explainers\.js/.test(r.name));
    const t0 = l ? l.fetchStart : 0;
    const out = {};
    for (const e of performance.getEntriesByType("mark")) if (/^(x:|pt:)/.test(e.name) && !(e.name in out)) out[e.name] = Math.round(e.startTime - t0);
    return out;
  });
  for (const [k, v] of Object.entries(m)) (all[k] ??= []).push(v);
  await ctx.close();
}
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [k, v] of Object.entries(all).sort((a, b) => med(a[1]) - med(b[1]))) console.log(String(med(v)).padStart(6), k, JSON.stringify(v));
await browser.close(); await server.close();
