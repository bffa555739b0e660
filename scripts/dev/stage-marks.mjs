// Where the map's first 3D frame's time goes: the median time of every `pt:` mark, and of any `x:` mark
// added for the occasion to a private build (performance.mark('x:…') in map-3d-controller.ts, not
// committed), over N cold loads of the bench's page with one map, from the loader's fetchStart (the first
// mark of each name). PT_INIT: a script run in the page before it loads (a switch for an experiment).
//   PT_BUILD=cdn PT_OUT_DIR=/tmp/x-dist npx vite build && PT_DIST=/tmp/x-dist node scripts/dev/stage-marks.mjs 5
import { coldMapLoads } from './map-loads.mjs';
const all = {};
await coldMapLoads(process.env.PT_DIST, Number(process.argv[2] ?? 5), {
  before: async (page) => process.env.PT_INIT && (await page.addInitScript(process.env.PT_INIT)),
  after: async (page) => {
    await page.waitForTimeout(1500);
    const m = await page.evaluate(() => {
      const l = performance.getEntriesByType('resource').find((r) => /pt-explainers\.js/.test(r.name));
      const t0 = l ? l.fetchStart : 0;
      const out = {};
      for (const e of performance.getEntriesByType('mark')) if (/^(x:|pt:)/.test(e.name) && !(e.name in out)) out[e.name] = Math.round(e.startTime - t0);
      return out;
    });
    for (const [k, v] of Object.entries(m)) (all[k] ??= []).push(v);
  },
});
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [k, v] of Object.entries(all).sort((a, b) => med(a[1]) - med(b[1]))) console.log(String(med(v)).padStart(6), k, JSON.stringify(v));
