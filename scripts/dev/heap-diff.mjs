// What grows in the JS heap over map mount/unmount cycles (issue 11, budget: ≤ 100 kB over 200 cycles).
// Drives the bench's page (bench/pages/page.html + probe) as bench/measure.mjs heapCycles does, takes
// heap snapshots after the warm-up and later, and prints what differs: bytes and counts per node type
// and constructor, the objects born in the last window that are still alive, and their retainer paths.
//
//   node scripts/dev/heap-diff.mjs [--plain] [--warmup 50] [--windows 100,100] [--js-flags "..."] [--top 25]
//        [--no-snapshots] [--profile] [--wait-linger]
//
// --plain builds without minifying (readable function names; the build goes to /tmp/pt-heap-dist-*).
// PT_DIST=<dir> uses an existing CDN build instead. Snapshots are written to /tmp/pt-heap-*.heapsnapshot.
// --no-snapshots: only JSHeapUsedSize after each window (as the bench reads it; with --js-flags
// "--no-opt --no-maglev --no-sparkplug" it holds no compiled code). --profile: the JavaScript one cycle
// runs, by self time, over the first window. With DEBUG=pw:browser and --js-flags "--trace-opt" or
// "--trace-gc-verbose" the renderer's V8 log (what it compiles, code and old space after each GC) is printed.
import { build } from 'vite';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_ARGS } from '../chrome.mjs';
import { startServer } from '../serve.mjs';
import { gzRoute, pageRoute, repo, walk } from '../../bench/setup.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? dflt : process.argv[i + 1];
};
const flag = (name) => process.argv.includes(`--${name}`);
const plain = flag('plain');
const warmup = Number(arg('warmup', 50));
const windows = arg('windows', '100,100').split(',').map(Number);
const jsFlags = arg('js-flags', '');
const top = Number(arg('top', 25));
const t0 = Date.now();
const log = (...a) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s]`, ...a);

async function buildDist() {
  if (process.env.PT_DIST) return process.env.PT_DIST;
  const dist = `/tmp/pt-heap-dist-${plain ? 'plain' : 'min'}`;
  log(`building into ${dist} …`);
  process.env.PT_BUILD = 'cdn';
  await build({
    configFile: join(repo, 'vite.config.ts'),
    root: repo,
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true, ...(plain ? { minify: false, rollupOptions: { output: { minify: false } } } : {}) },
  });
  return dist;
}

// ---------- snapshot parsing ----------
export function parse(json) {
  const s = JSON.parse(json);
  const nf = s.snapshot.meta.node_fields, ef = s.snapshot.meta.edge_fields;
  const nodeTypes = s.snapshot.meta.node_types[0], edgeTypes = s.snapshot.meta.edge_types[0];
  const N = nf.length, E = ef.length;
  const n = s.nodes, e = s.edges, str = s.strings;
  const count = n.length / N;
  const firstEdge = new Uint32Array(count + 1);
  for (let i = 0, acc = 0; i < count; i++) {
    firstEdge[i] = acc;
    acc += n[i * N + nf.indexOf('edge_count')] * E;
    firstEdge[i + 1] = acc;
  }
  const iType = nf.indexOf('type'), iName = nf.indexOf('name'), iId = nf.indexOf('id'), iSize = nf.indexOf('self_size');
  const eType = ef.indexOf('type'), eName = ef.indexOf('name_or_index'), eTo = ef.indexOf('to_node');
  const node = (i) => ({ i, type: nodeTypes[n[i * N + iType]], name: str[n[i * N + iName]], id: n[i * N + iId], size: n[i * N + iSize] });
  const ids = new Map();
  for (let i = 0; i < count; i++) ids.set(n[i * N + iId], i);
  // retainers (reverse edges), without weak edges
  const retainers = Array.from({ length: count }, () => []);
  for (let i = 0; i < count; i++) {
    for (let k = firstEdge[i]; k < firstEdge[i + 1]; k += E) {
      const t = edgeTypes[e[k + eType]];
      if (t === 'weak') continue;
      const to = e[k + eTo] / N;
      const nm = t === 'element' || t === 'hidden' ? `[${e[k + eName]}]` : str[e[k + eName]];
      retainers[to].push({ from: i, type: t, name: nm });
    }
  }
  // BFS distance from the root (node 0) over strong edges
  const dist = new Int32Array(count).fill(-1);
  dist[0] = 0;
  const q = [0];
  for (let h = 0; h < q.length; h++) {
    const i = q[h];
    for (let k = firstEdge[i]; k < firstEdge[i + 1]; k += E) {
      if (edgeTypes[e[k + eType]] === 'weak') continue;
      const to = e[k + eTo] / N;
      if (dist[to] < 0) {
        dist[to] = dist[i] + 1;
        q.push(to);
      }
    }
  }
  return { count, node, ids, retainers, dist };
}

const key = (x) => `${x.type}:${x.type === 'object' || x.type === 'closure' || x.type === 'native' ? x.name.slice(0, 60) : x.type === 'code' || x.type === 'hidden' || x.type === 'array' ? x.name.slice(0, 40) : ''}`;

function totals(snap) {
  const byType = new Map(), byKey = new Map();
  let all = 0;
  for (let i = 0; i < snap.count; i++) {
    const x = snap.node(i);
    if (snap.dist[i] < 0) continue; // unreachable: would be collected
    all += x.size;
    const t = byType.get(x.type) ?? { n: 0, b: 0 };
    t.n++;
    t.b += x.size;
    byType.set(x.type, t);
    const k = key(x);
    const g = byKey.get(k) ?? { n: 0, b: 0 };
    g.n++;
    g.b += x.size;
    byKey.set(k, g);
  }
  return { all, byType, byKey };
}

function diff(a, b, label) {
  console.log(`\n=== ${label}: reachable self size ${(a.all / 1000).toFixed(1)} → ${(b.all / 1000).toFixed(1)} kB (${((b.all - a.all) / 1000).toFixed(1)} kB)`);
  const rows = (ma, mb) => {
    const ks = new Set([...ma.keys(), ...mb.keys()]);
    return [...ks].map((k) => ({ k, dn: (mb.get(k)?.n ?? 0) - (ma.get(k)?.n ?? 0), db: (mb.get(k)?.b ?? 0) - (ma.get(k)?.b ?? 0) }));
  };
  console.log('by node type (Δ bytes, Δ count):');
  for (const r of rows(a.byType, b.byType).sort((x, y) => Math.abs(y.db) - Math.abs(x.db)).filter((r) => r.db || r.dn)) console.log(`  ${String(r.db).padStart(9)} ${String(r.dn).padStart(7)}  ${r.k}`);
  console.log(`by type:constructor, top ${top} by |Δ bytes|:`);
  for (const r of rows(a.byKey, b.byKey).sort((x, y) => Math.abs(y.db) - Math.abs(x.db)).slice(0, top)) console.log(`  ${String(r.db).padStart(9)} ${String(r.dn).padStart(7)}  ${r.k}`);
}

/** Objects in `b` with ids above every id in `a` (born after snapshot a) that are still reachable, grouped, with a retainer path each. */
function born(a, b, label) {
  let maxId = 0;
  for (const id of a.ids.keys()) maxId = Math.max(maxId, id);
  const groups = new Map();
  let total = 0;
  for (let i = 0; i < b.count; i++) {
    const x = b.node(i);
    if (x.id <= maxId || b.dist[i] < 0) continue;
    total += x.size;
    const k = key(x);
    const g = groups.get(k) ?? { n: 0, b: 0, sample: [] };
    g.n++;
    g.b += x.size;
    if (g.sample.length < 3) g.sample.push(i);
    groups.set(k, g);
  }
  console.log(`\n=== ${label}: objects born since the earlier snapshot and still reachable: ${(total / 1000).toFixed(1)} kB`);
  const path = (i) => {
    const out = [];
    let cur = i;
    for (let d = 0; d < 14 && cur !== 0; d++) {
      const rs = b.retainers[cur].filter((r) => b.dist[r.from] >= 0).sort((p, q) => b.dist[p.from] - b.dist[q.from]);
      if (!rs.length) break;
      const r = rs[0];
      const f = b.node(r.from);
      out.push(`${r.type === 'element' ? r.name : `.${r.name}`} ← ${f.type}:${f.name.slice(0, 50)}${f.id > maxId ? '*' : ''}`);
      cur = r.from;
    }
    return out.join('  ');
  };
  for (const [k, g] of [...groups].sort((x, y) => y[1].b - x[1].b).slice(0, top)) {
    console.log(`  ${String(g.b).padStart(8)} B ${String(g.n).padStart(6)}×  ${k}`);
    for (const i of g.sample.slice(0, 2)) console.log(`        ${path(i)}`);
  }
}

// ---------- driving the page ----------
async function main() {
  const dist = await buildDist();
  const routes = { '/bench/page': pageRoute() };
  for (const f of walk(dist)) routes[`/dist/${relative(dist, f)}`] = gzRoute(f);
  const server = await startServer({ root: repo, routes });
  const browser = await chromium.launch({
    executablePath: ensureChrome(),
    headless: true,
    args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1', ...(jsFlags ? [`--js-flags=${jsFlags}`] : [])],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.enable');
    page.on('pageerror', (e) => log('pageerror', String(e)));
    await page.goto(`${server.url}/bench/page?subject=pt-trigger-point-map&n=1`, { waitUntil: 'load' });
    await page.waitForFunction(() => !!customElements.get('pt-trigger-point-map'), null, { timeout: 90000, polling: 200 });
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      window.__bench.quiet();
      document.querySelectorAll('pt-trigger-point-map').forEach((e) => e.remove());
    });
    const cycle = (n) =>
      page.evaluate(async (n) => {
        const host = document.getElementById('mount');
        const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
        let drew = 0;
        for (let i = 0; i < n; i++) {
          const el = document.createElement('pt-trigger-point-map');
          host.append(el);
          await el.updateComplete;
          await raf();
          const t = performance.now();
          while (!(el.renderStats?.frames > 0) && performance.now() - t < 3000) await raf();
          if (el.renderStats?.frames > 0) drew++;
          el.remove();
        }
        return drew;
      }, n);
    const heap = async () => {
      for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const use = await cdp.send('Runtime.getHeapUsage');
      usage.push({ jsHeapUsed: metrics.find((m) => m.name === 'JSHeapUsedSize').value, ...use });
      return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
    };
    const usage = [];
    const snapshot = async (name) => {
      const chunks = [];
      const on = (e) => chunks.push(e.chunk);
      cdp.on('HeapProfiler.addHeapSnapshotChunk', on);
      await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false });
      cdp.off('HeapProfiler.addHeapSnapshotChunk', on);
      const json = chunks.join('');
      writeFileSync(`/tmp/pt-heap-${name}.heapsnapshot`, json);
      return parse(json);
    };
    const spaces = () => page.evaluate(() => performance.memory ? { used: performance.memory.usedJSHeapSize } : {});
    log(`warm-up ${warmup} cycles …`);
    let drew = await cycle(warmup);
    if (flag('wait-linger')) await page.waitForTimeout(2500);
    await page.waitForTimeout(300);
    const h = [await heap()];
    log(`heap ${h[0]} (drew ${drew}/${warmup}) ${JSON.stringify(await spaces())}`);
    if (flag('profile')) {
      // what JavaScript one mount/unmount runs, by self time (after the warm-up): the code V8 keeps tiering up
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      const n = windows[0];
      await cycle(n);
      const { profile } = await cdp.send('Profiler.stop');
      const dt = profile.timeDeltas, self = new Map(), byFile = new Map();
      const nodes = new Map(profile.nodes.map((x) => [x.id, x]));
      for (let k = 0; k < profile.samples.length; k++) {
        const x = nodes.get(profile.samples[k]);
        const f = x.callFrame;
        const file = f.url.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '') || '(none)';
        const name = `${f.functionName || '(anon)'} ${file}:${f.lineNumber + 1}`;
        self.set(name, (self.get(name) ?? 0) + (dt[k] ?? 0));
        byFile.set(file, (byFile.get(file) ?? 0) + (dt[k] ?? 0));
      }
      const ms = (us) => (us / 1000 / n).toFixed(2);
      console.log(`self time per cycle (ms) by file over ${n} cycles:`);
      for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${ms(v).padStart(8)}  ${k}`);
      console.log('by function:');
      for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${ms(v).padStart(8)}  ${k}`);
      return;
    }
    if (flag('no-snapshots')) {
      // the bench's readings only (bench/measure.mjs heapCycles): no snapshot between them
      let done = warmup;
      for (const n of windows) {
        drew = await cycle(n);
        done += n;
        await page.waitForTimeout(500);
        h.push(await heap());
        log(`after ${done} cycles: heap ${h.at(-1)} (Δ ${h.at(-1) - h.at(-2)}; drew ${drew}/${n})`);
      }
      log(`total Δ ${h.at(-1) - h[0]} over ${done - warmup} cycles`);
      for (const u of usage) console.log(`  ${JSON.stringify(u)}`);
      return;
    }
    const snaps = [await snapshot('0')];
    // snapshots themselves allocate (and V8 keeps some of their records): read the metric again after each
    const h0b = await heap();
    log(`heap after the snapshot ${h0b}`);
    let done = warmup;
    for (const [w, n] of windows.entries()) {
      drew = await cycle(n);
      done += n;
      if (flag('wait-linger')) await page.waitForTimeout(2500);
      await page.waitForTimeout(500);
      const before = await heap();
      log(`after ${done} cycles: heap ${before} (Δ ${before - h[h.length - 1]} since the last reading; drew ${drew}/${n})`);
      snaps.push(await snapshot(String(w + 1)));
      h.push(await heap());
    }
    console.log('readings (JSHeapUsedSize, Runtime.getHeapUsage):');
    for (const u of usage) console.log(`  ${JSON.stringify(u)}`);
    const t = snaps.map(totals);
    for (let k = 1; k < snaps.length; k++) {
      diff(t[k - 1], t[k], `snapshot ${k - 1} → ${k}`);
      born(snaps[k - 1], snaps[k], `snapshot ${k - 1} → ${k}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
