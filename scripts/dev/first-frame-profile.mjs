// Where the main thread's time goes until the map's first 3D frame: a V8 CPU profile of N cold loads of the
// bench's page with one map, self time summed per source file (and the top functions), from the page's start until the first-frame
// mark is seen (polled every 20 ms, so the work right after it is in too: the flat chart's first render).
//   PT_DIST=dist node scripts/dev/first-frame-profile.mjs [N]
import { relative } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_ARGS } from '../chrome.mjs';
import { startServer } from '../serve.mjs';
import { gzRoute, pageRoute, repo, walk } from '../../bench/setup.mjs';
const dist = process.env.PT_DIST;
const N = Number(process.argv[2] ?? 3);
const routes = { '/bench/page': pageRoute() };
for (const f of walk(dist)) routes[`/dist/${relative(dist, f)}`] = gzRoute(f);
const server = await startServer({ root: repo, routes });
const browser = await chromium.launch({ executablePath: ensureChrome(), headless: true, args: [...CHROME_ARGS] });
const byFile = {}, byFn = {};
for (let i = 0; i < N; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.url}/bench/page?subject=pt-trigger-point-map&n=1`, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('pt:pt-trigger-point-map:first-frame').length > 0, null, { timeout: 30000, polling: 20 });
  const { profile } = await cdp.send('Profiler.stop');
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, k) => {
    const dt = profile.timeDeltas[k] ?? 0;
    const n = nodes.get(id);
    const url = n.callFrame.url ? n.callFrame.url.replace(/.*\/dist\//, '').replace(/-[A-Za-z0-9_-]{8}\.js/, '.js') : `(${n.callFrame.functionName || 'native'})`;
    byFile[url] = (byFile[url] ?? 0) + dt / 1000 / N;
    const fn = `${n.callFrame.functionName || '(anon)'} ${url}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    byFn[fn] = (byFn[fn] ?? 0) + dt / 1000 / N;
  });
  await ctx.close();
}
const top = (o, k) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, k);
console.log('ms per load, self time by file (whole profile until first frame):');
for (const [f, ms] of top(byFile, 25)) console.log(ms.toFixed(1).padStart(8), f);
console.log('\ntop functions:');
for (const [f, ms] of top(byFn, 30)) console.log(ms.toFixed(1).padStart(8), f);
await browser.close(); await server.close();
