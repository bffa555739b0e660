// The bench's map heap figure (bench/measure.mjs heapCycles, the same page, cycles and readings) N times in
// one browser, on a CDN build made beforehand (scripts/dev/heap-diff.mjs builds one into /tmp), to see its
// spread, or with V8 flags (JSFLAGS="--no-opt --no-maglev --no-sparkplug": interpreter only, so the figure
// holds no compiled code).
//   PT_DIST=/tmp/pt-heap-dist-min node scripts/dev/heap-runs.mjs 3
import { relative } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_ARGS } from '../chrome.mjs';
import { startServer } from '../serve.mjs';
import { gzRoute, pageRoute, repo, walk, SUBJECTS } from '../../bench/setup.mjs';
import { heapCycles } from '../../bench/measure.mjs';
const dist = process.env.PT_DIST;
if (!dist) throw new Error('PT_DIST=<a CDN build> is needed');
const runs = Number(process.argv[2] ?? 2);
const routes = { '/bench/page': pageRoute() };
for (const f of walk(dist)) routes[`/dist/${relative(dist, f)}`] = gzRoute(f);
const server = await startServer({ root: repo, routes });
const browser = await chromium.launch({ executablePath: ensureChrome(), headless: true, args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', ...(process.env.JSFLAGS ? [`--js-flags=${process.env.JSFLAGS}`] : [])] });
const subject = SUBJECTS.find((s) => s.id === 'pt-trigger-point-map');
for (let i = 0; i < runs; i++) {
  const h = await heapCycles(browser, server.url, subject, null, new Set());
  console.log(JSON.stringify({ delta: h.delta, firstHalf: h.middle - h.before, secondHalf: h.secondHalf, split: h.split, perCycleMs: h.perCycleMs, drew: h.cyclesThatDrew3d, contexts: h.contextsCreated }));
}
await browser.close(); await server.close();
