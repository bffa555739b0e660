// Where the main thread's time goes until the map's first 3D frame: a V8 CPU profile of N cold loads of the
// bench's page with one map, self time summed per source file (and the top functions), from the page's start
// until the first-frame mark is seen (polled every 20 ms, so the work right after it is in too: the flat
// chart's first render).
//   PT_DIST=dist node scripts/dev/first-frame-profile.mjs [N]
import { coldMapLoads } from './map-loads.mjs';
const N = Number(process.argv[2] ?? 3);
const byFile = {}, byFn = {};
await coldMapLoads(process.env.PT_DIST, N, {
  polling: 20,
  before: async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    return cdp;
  },
  after: async (page, cdp) => {
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, k) => {
      const ms = (profile.timeDeltas[k] ?? 0) / 1000 / N;
      const { url: u, functionName, lineNumber, columnNumber } = nodes.get(id).callFrame;
      const url = u ? u.replace(/.*\/dist\//, '').replace(/-[A-Za-z0-9_-]{8}\.js/, '.js') : `(${functionName || 'native'})`;
      byFile[url] = (byFile[url] ?? 0) + ms;
      const fn = `${functionName || '(anon)'} ${url}:${lineNumber}:${columnNumber}`;
      byFn[fn] = (byFn[fn] ?? 0) + ms;
    });
  },
});
const top = (o, k) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, k);
console.log('ms per load, self time by file (whole profile until first frame):');
for (const [f, ms] of top(byFile, 25)) console.log(ms.toFixed(1).padStart(8), f);
console.log('\ntop functions:');
for (const [f, ms] of top(byFn, 30)) console.log(ms.toFixed(1).padStart(8), f);
