// npm run bench: builds the script-tag bundle into its own folder, serves it gzip'd on 127.0.0.1, loads
// each widget (and <model-viewer> showing the same body mesh) in headless Chromium and prints what a
// clinic's page pays: bytes, time to first render/frame, blocking time, per-frame main-thread cost,
// WebGL contexts, GPU memory, heap after mount/unmount cycles. Method notes: docs/performance.md.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_ARGS } from '../scripts/chrome.mjs';
import { startServer } from '../scripts/serve.mjs';
import { LOADER, gzipSize, widgetEntries, staticClosure, lazyClosure, chunkRole, sharedChunks } from './chunks.mjs';
import { exportGlb } from './export-glb.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CYCLES = Number(process.env.BENCH_CYCLES ?? 200);
const ORBIT_FRAMES = Number(process.env.BENCH_FRAMES ?? 90);
const SETTLE_MS = 2000; // long tasks are counted until this long after the load event
const VIEWPORT = { width: 1280, height: 800 };
const started = Date.now();
const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);
const MAP = 'pt-trigger-point-map';
const MV = 'model-viewer';

// ---------- what is measured ----------
// Attributes a clinic would plausibly write; widgets ignore unknown ones.
const SUBJECTS = [
  { id: 'pt-gate-control', tag: 'pt-gate-control', attrs: {}, frames: 'animate' },
  { id: 'pt-technique-compare', tag: 'pt-technique-compare', attrs: {}, frames: null },
  { id: 'pt-technique-card', tag: 'pt-technique-card', attrs: { technique: 'swedish' }, frames: null },
  { id: 'pt-visit-guide', tag: 'pt-visit-guide', attrs: {}, frames: null },
  { id: MAP, tag: MAP, attrs: {}, frames: 'orbit', three: true },
  {
    id: MV, tag: MV, frames: 'orbit', three: true, mv: true,
    attrs: { src: '/bench/assets/body.glb', 'camera-controls': '', 'disable-zoom': '', 'interaction-prompt': 'none', loading: 'eager', reveal: 'auto', alt: 'Body model' },
  },
];
const attrText = (attrs) => Object.entries(attrs).map(([k, v]) => (v === '' ? k : `${k}="${v}"`)).join(' ');
/** model-viewer gets the map's canvas size, so both draw the same number of pixels. */
const withSize = (subject, size) => (subject.mv && size ? { ...subject.attrs, style: `display:block;width:${size.w}px;height:${size.h}px` } : subject.attrs);

// ---------- build ----------
function buildDist() {
  if (process.env.PT_DIST) return { dist: resolve(process.env.PT_DIST), own: false };
  const dist = join(repo, 'bench/.dist');
  log(`building the CDN bundle into ${relative(repo, dist)}/ …`);
  execSync('npx vite build --logLevel warn', { cwd: repo, stdio: 'inherit', env: { ...process.env, PT_BUILD: 'cdn', PT_OUT_DIR: dist } });
  return { dist, own: true };
}

function walk(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.glb': 'model/gltf-binary', '.html': 'text/html; charset=utf-8' };

/** Serves a file pre-compressed with gzip -9 (what a CDN would send), plain when the client does not accept gzip. */
function gzRoute(file) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 });
  const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
  return (req, res) => {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-length': gzip ? gz.length : raw.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : gzip ? gz : raw);
  };
}

function pageRoute() {
  const template = readFileSync(join(repo, 'bench/pages/page.html'), 'utf8');
  return (req, res) => {
    const q = new URL(req.url, 'http://127.0.0.1').searchParams;
    const s = q.get('subject') === 'baseline' ? { tag: 'p', attrs: {}, baseline: true } : SUBJECTS.find((x) => x.id === q.get('subject'));
    if (!s) return res.writeHead(404).end('unknown subject');
    const n = Number(q.get('n') ?? 1);
    const size = q.get('w') ? { w: Number(q.get('w')), h: Number(q.get('h')) } : null;
    const one = `<${s.tag} ${attrText(withSize(s, size))}></${s.tag}>`;
    const body = s.baseline ? '' : Array.from({ length: n }, () => one).join('\n');
    const script = s.baseline
      ? ''
      : s.mv
      ? '<script src="/bench/pages/mv-setup.js"></script>\n<script type="module" src="/mv/model-viewer.min.js"></script>'
      : '<script type="module" src="/dist/pt-explainers.js"></script>';
    const html = template
      .replace('<!--BENCH:TITLE-->', `${s.tag} ×${n}`)
      .replace('<!--BENCH:CLASS-->', n > 1 ? 'grid' : '')
      .replace('<!--BENCH:BODY-->', body)
      .replace('<!--BENCH:SCRIPT-->', script);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  };
}

// ---------- small statistics ----------
const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const pct = (xs, p) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
};
const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);

// ---------- page session ----------
async function openPage(browser, externalRequests) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Performance.enable');
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url });
    if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(e.request.url)) externalRequests.add(e.request.url);
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.transferred = e.encodedDataLength;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.failed = e.errorText;
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`HTTP ${r.status()} ${r.url()}`));
  return { context, page, cdp, requests, errors };
}

/** Names every transferred file by role (loader, widget, lit, shared, three, model-viewer, glb). */
function transfers(requests, base, dist) {
  const out = [];
  const shared = sharedChunks(dist);
  for (const r of requests.values()) {
    if (!r.url.startsWith(base) || r.transferred == null) continue;
    const path = new URL(r.url).pathname;
    let role = 'other';
    if (path.startsWith('/dist/')) role = chunkRole(dist, path.slice(6), shared);
    else if (path.startsWith('/mv/')) role = 'model-viewer';
    else if (path.endsWith('.glb')) role = 'glb';
    else if (path.startsWith('/bench/')) continue; // the page and probe are the host page, not the widget
    out.push({ path, role, transferred: r.transferred });
  }
  return out;
}

async function pageState(page) {
  return page.evaluate(() => {
    const B = window.__bench;
    const stats = [...document.querySelectorAll('pt-trigger-point-map')].map((el) => {
      try {
        return el.renderStats ? JSON.parse(JSON.stringify(el.renderStats)) : null;
      } catch {
        return null;
      }
    });
    return {
      marks: performance.getEntriesByType('mark').map((m) => ({ name: m.name, t: m.startTime })),
      resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, fetchStart: r.fetchStart, responseEnd: r.responseEnd })),
      loadEnd: performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? null,
      now: performance.now(),
      longtasks: B.longtasks.slice(),
      longtaskError: B.longtaskError ?? null,
      contexts: B.contexts.slice(),
      lost: B.lost,
      gl: { ...B.gl },
      renderStats: stats,
    };
  });
}

// ---------- main-thread cost per frame (CDP tracing) ----------
// Busy time = union of all trace slices on the renderer main thread (tasks, frames, script), split
// at the page's own requestAnimationFrame timestamps. Trace clock ↔ performance.now() is aligned with
// a performance.mark('bench:sync') that appears in both.
async function traceFrames(page, cdp, drive) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    categories: 'toplevel,blink.user_timing,devtools.timeline,disabled-by-default-devtools.timeline,gpu',
    transferMode: 'ReportEvents',
  });
  await page.evaluate(() => {
    window.__bench.startFrames();
    performance.mark('bench:sync');
  });
  await drive();
  const raf = await page.evaluate(() => window.__bench.stopFrames());
  const syncMark = await page.evaluate(() => performance.getEntriesByName('bench:sync').at(-1).startTime);
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);

  const sync = events.find((e) => e.name === 'bench:sync' && e.cat?.includes('user_timing'));
  if (!sync) return { error: 'no bench:sync mark in the trace' };
  const offsetUs = sync.ts - syncMark * 1000; // trace µs = perf ms * 1000 + offset
  // renderer main thread of the page = the thread that emitted the sync mark
  const { pid, tid } = sync;
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur != null)
    .map((e) => [(e.ts - offsetUs) / 1000, (e.ts + (e.dur ?? 0) - offsetUs) / 1000])
    .sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const t of tasks) {
    const last = merged.at(-1);
    if (last && t[0] <= last[1]) last[1] = Math.max(last[1], t[1]);
    else merged.push([...t]);
  }
  // Synchronous waits for the GPU process (pixel read-backs of the WebGL canvas): in software WebGL they are most of a
  // 3D frame; on a real GPU they shrink to little. Reported apart so the CPU share stays visible.
  const waits = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && /^CommandBufferProxyImpl::WaitFor/.test(e.name))
    .map((e) => [(e.ts - offsetUs) / 1000, (e.ts + (e.dur ?? 0) - offsetUs) / 1000]);
  const busy = [];
  const drawn = [];
  const drawnCpu = [];
  const intervals = [];
  let waitTotal = 0;
  // drop the first frames: they contain the start of the recording itself
  for (let i = 2; i + 1 < raf.length; i++) {
    const [a, b] = [raf[i][0], raf[i + 1][0]];
    let sum = 0;
    for (const [s, e] of merged) if (e > a && s < b) sum += Math.min(e, b) - Math.max(s, a);
    let wait = 0;
    for (const [s, e] of waits) if (e > a && s < b) wait += Math.min(e, b) - Math.max(s, a);
    waitTotal += wait;
    busy.push(sum);
    intervals.push(b - a);
    if (raf[i + 1][1]) {
      drawn.push(sum); // WebGL drew during this interval
      drawnCpu.push(Math.max(0, sum - wait));
    }
  }
  const seconds = intervals.reduce((x, y) => x + y, 0) / 1000;
  return {
    frames: busy.length,
    busyP50: r1(pct(busy, 50)),
    busyP95: r1(pct(busy, 95)),
    busyPerSecond: r1(seconds ? busy.reduce((x, y) => x + y, 0) / seconds : null),
    drawnFrames: drawn.length,
    drawnBusyP50: r1(pct(drawn, 50)),
    drawnBusyP95: r1(pct(drawn, 95)),
    drawsPerSecond: r1(seconds ? drawn.length / seconds : null),
    drawnCpuP50: r1(pct(drawnCpu, 50)),
    drawnCpuP95: r1(pct(drawnCpu, 95)),
    gpuWaitShare: r1(busy.length ? (100 * waitTotal) / Math.max(1e-9, busy.reduce((x, y) => x + y, 0)) : null),
    intervalP50: r1(pct(intervals, 50)),
    intervalP95: r1(pct(intervals, 95)),
    fps: r1(seconds ? busy.length / seconds : null),
  };
}

async function orbit(page, subject) {
  // Drag across the 3D view like a reader would, one pointer move per ~16 ms.
  const target = subject.mv ? page.locator(MV).first() : page.locator(`${MAP} canvas`).first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${subject.id}: nothing to drag (no canvas)`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // A slow renderer makes each pointer move wait for the main thread: cap the drag at ~3 s of wall time.
  const until = Date.now() + 3000;
  for (let i = 0; i < ORBIT_FRAMES && Date.now() < until; i++) {
    await page.mouse.move(x + Math.sin(i / 12) * box.width * 0.3, y + Math.sin(i / 30) * 10);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
}

const mapFrames = (page) => page.evaluate((t) => document.querySelector(t)?.renderStats?.frames ?? null, MAP);
const isAnimating = (page, tag) => page.evaluate((t) => document.querySelector(t)?.animating ?? null, tag);

async function animate(page, subject) {
  // Gate control plays by default (its `animating` getter says so); press play if it does not.
  await page.locator(subject.tag).first().scrollIntoViewIfNeeded();
  if ((await isAnimating(page, subject.tag)) === false) await page.locator(`${subject.tag} button.play`).first().click().catch(() => {});
  await page.waitForTimeout(ORBIT_FRAMES * 17);
}

/** After the animation: pause it (gate) so the idle figure is the paused cost; the map renders on demand anyway. */
async function pause(page, subject) {
  if (subject.frames === 'animate' && (await isAnimating(page, subject.tag))) {
    await page.locator(`${subject.tag} button.play`).first().click().catch(() => {});
    await page.waitForTimeout(300);
  }
}

// ---------- one load of one subject ----------
async function loadOnce(browser, base, dist, subject, { n = 1, size, externalRequests, keep = false } = {}) {
  const s = await openPage(browser, externalRequests);
  const q = new URLSearchParams({ subject: subject.id, n: String(n), ...(size ? { w: size.w, h: size.h } : {}) });
  await s.page.goto(`${base}/bench/page?${q}`, { waitUntil: 'load' });
  const want = subject.mv ? 'mv:first-frame' : subject.three ? `pt:${MAP}:first-frame` : `pt:${subject.tag}:first-render`;
  const reached = await s.page
    .waitForFunction((name) => performance.getEntriesByName(name).length > 0, want, { timeout: subject.mv ? 45000 : 30000, polling: 100 })
    .then(() => true, () => false);
  // settle: count long tasks until SETTLE_MS after the load event
  const { loadEnd, now } = await s.page.evaluate(() => ({ loadEnd: performance.getEntriesByType('navigation')[0].loadEventEnd, now: performance.now() }));
  if (now < loadEnd + SETTLE_MS) await s.page.waitForTimeout(loadEnd + SETTLE_MS - now);
  const st = await pageState(s.page);
  const scriptUrl = subject.mv ? `${base}/mv/model-viewer.min.js` : `${base}/dist/${LOADER}`;
  const scriptStart = st.resources.find((r) => r.name === scriptUrl)?.fetchStart ?? null;
  const mark = (name) => st.marks.find((m) => m.name === name)?.t ?? null;
  const since = (t) => (t == null || scriptStart == null ? null : t - scriptStart);
  const horizon = st.loadEnd + SETTLE_MS;
  const tbt = st.longtasks.filter((l) => l.start < horizon).reduce((a, l) => a + Math.max(0, l.duration - 50), 0);
  const result = {
    reached,
    waitedFor: want,
    firstRender: subject.mv ? null : since(mark(`pt:${subject.tag}:first-render`)),
    defined: since(mark(subject.mv ? 'mv:defined' : `pt:${subject.tag}:defined`)),
    firstFrame: subject.mv ? since(mark('mv:first-frame')) : since(mark(`pt:${subject.tag}:first-frame`)),
    mvLoad: subject.mv ? since(mark('mv:load')) : undefined,
    mvVisible: subject.mv ? since(mark('mv:visible')) : undefined,
    tbt,
    longtasks: st.longtasks.length,
    longtaskMs: st.longtasks.filter((l) => l.start < horizon).map((l) => Math.round(l.duration)),
    contexts: st.contexts.length,
    liveContexts: st.contexts.length - st.lost,
    gl: st.gl,
    renderStats: st.renderStats,
    transfers: transfers(s.requests, base, dist),
    errors: s.errors.slice(0, 5),
    longtaskError: st.longtaskError,
  };
  if (keep) return { result, session: s };
  await s.context.close();
  return { result };
}

/**
 * One extra, traced cold load (3D elements only): how much of the load's blocking time is the main thread waiting for
 * the GPU process (shader compiles and read-backs in software WebGL) rather than running JavaScript, style or layout.
 */
async function traceLoad(browser, base, subject, size, externalRequests) {
  const s = await openPage(browser, externalRequests);
  const events = [];
  s.cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  // Start from an empty page on the same origin, so the measured page stays in the renderer being traced.
  await s.page.goto(`${base}/bench/page?subject=baseline`, { waitUntil: 'load' });
  await s.cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,gpu', transferMode: 'ReportEvents' });
  const q = new URLSearchParams({ subject: subject.id, n: '1', ...(size ? { w: size.w, h: size.h } : {}) });
  await s.page.goto(`${base}/bench/page?${q}`, { waitUntil: 'load' });
  const want = subject.mv ? 'mv:first-frame' : `pt:${MAP}:first-frame`;
  await s.page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, want, { timeout: 45000, polling: 100 }).catch(() => {});
  await s.page.waitForTimeout(SETTLE_MS);
  const done = new Promise((ok) => s.cdp.once('Tracing.tracingComplete', ok));
  await s.cdp.send('Tracing.end');
  await done;
  await s.context.close();
  const names = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name]));
  const byThread = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && names.get(k) === 'CrRendererMain') (byThread.get(k) ?? byThread.set(k, []).get(k)).push(e);
  }
  // the page's main thread is the busiest renderer main thread
  const main = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  // top-level slices of the main thread, whatever their name (a task is not always wrapped in RunTask)
  const tasks = main.filter((e) => e.dur != null).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const waits = main.filter((e) => /^CommandBufferProxyImpl::WaitFor/.test(e.name));
  let tbt = 0;
  let tbtCpu = 0;
  let lastEnd = -1;
  for (const t of tasks) {
    if (t.ts < lastEnd) continue; // nested: counted in its parent
    lastEnd = t.ts + t.dur;
    const ms = t.dur / 1000;
    let wait = 0;
    for (const w of waits) if (w.ts >= t.ts && w.ts < t.ts + t.dur) wait += w.dur / 1000;
    tbt += Math.max(0, ms - 50);
    tbtCpu += Math.max(0, ms - wait - 50);
  }
  let longest = 0;
  lastEnd = -1;
  for (const t of tasks) if (t.ts >= lastEnd) (lastEnd = t.ts + t.dur), (longest = Math.max(longest, t.dur / 1000));
  return { tbtTrace: r1(tbt), tbtWithoutGpuWait: r1(tbtCpu), longestTaskMs: r1(longest), rendererThreads: byThread.size };
}

async function canvasSize(page) {
  return page.evaluate((tag) => {
    const el = document.querySelector(tag);
    const c = el?.shadowRoot?.querySelector('canvas') ?? el?.querySelector('canvas');
    const r = c?.getBoundingClientRect();
    return r && r.width > 0 ? { w: String(Math.round(r.width)), h: String(Math.round(r.height)) } : null;
  }, MAP);
}

// ---------- 12 instances: contexts and GPU memory after every instance has been on screen ----------
async function twelve(browser, base, dist, subject, size, externalRequests) {
  const s = await openPage(browser, externalRequests);
  const q = new URLSearchParams({ subject: subject.id, n: '12', ...(size ? { w: size.w, h: size.h } : {}) });
  await s.page.goto(`${base}/bench/page?${q}`, { waitUntil: 'load' });
  await s.page.waitForTimeout(500);
  const count = await s.page.locator(subject.tag).count();
  for (let i = 0; i < count; i++) {
    await s.page.locator(subject.tag).nth(i).scrollIntoViewIfNeeded();
    await s.page.waitForTimeout(150);
  }
  await s.page.waitForTimeout(600);
  const st = await pageState(s.page);
  await s.context.close();
  return { contexts: st.contexts.length, liveContexts: st.contexts.length - st.lost, gl: st.gl, renderStats: st.renderStats.filter(Boolean).slice(0, 2) };
}

// ---------- heap after mount/unmount cycles ----------
async function heapCycles(browser, base, subject, size, externalRequests) {
  const s = await openPage(browser, externalRequests);
  const q = new URLSearchParams({ subject: subject.id, n: '1', ...(size ? { w: size.w, h: size.h } : {}) });
  await s.page.goto(`${base}/bench/page?${q}`, { waitUntil: 'load' });
  await s.page.waitForFunction((tag) => !!customElements.get(tag), subject.tag, { timeout: 90000, polling: 200 });
  await s.page.waitForTimeout(1000);
  const cycle = (n) =>
    s.page.evaluate(
      async ({ tag, attrs, n }) => {
        const host = document.getElementById('mount');
        const raf = () => new Promise((r) => requestAnimationFrame(() => r()));
        const t0 = performance.now();
        let drew = 0;
        for (let i = 0; i < n; i++) {
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          host.append(el);
          await el.updateComplete;
          await raf();
          // The map starts 3D asynchronously: wait for its first drawn frame so each cycle sets up and tears down WebGL.
          if (tag === 'pt-trigger-point-map') {
            const t = performance.now();
            while (!(el.renderStats?.frames > 0) && performance.now() - t < 3000) await raf();
            if (el.renderStats?.frames > 0) drew++;
          }
          el.remove();
        }
        return { ms: performance.now() - t0, drew };
      },
      { tag: subject.tag, attrs: withSize(subject, size), n },
    );
  const heap = async () => {
    for (let i = 0; i < 2; i++) await s.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await s.cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };
  // Remove the page's own instance and warm up (code, caches) before the baseline.
  await s.page.evaluate((tag) => document.querySelectorAll(tag).forEach((e) => e.remove()), subject.tag);
  await cycle(3);
  await s.page.waitForTimeout(300);
  const before = await heap();
  // Half-way reading: steady growth from the middle to the end is a leak, a one-off step is a cache.
  const first = await cycle(Math.floor(CYCLES / 2));
  const middle = await heap();
  const second = await cycle(CYCLES - Math.floor(CYCLES / 2));
  const ms = first.ms + second.ms;
  await s.page.waitForTimeout(500);
  const after = await heap();
  const st = await pageState(s.page);
  await s.context.close();
  return { cycles: CYCLES, before, middle, after, delta: after - before, secondHalf: after - middle, perCycleMs: r1(ms / CYCLES), cyclesThatDrew3d: first.drew + second.drew, contextsCreated: st.contexts.length, liveContexts: st.contexts.length - st.lost };
}

// ---------- main ----------
async function main() {
  const { dist, own } = buildDist();
  const glb = await exportGlb();
  log(`body mesh → bench/assets/body.glb (${(glb.bytes / 1000).toFixed(0)} kB, ${glb.triangles} triangles)`);

  const routes = { '/bench/page': pageRoute() };
  for (const f of walk(dist)) routes[`/dist/${relative(dist, f)}`] = gzRoute(f);
  routes['/mv/model-viewer.min.js'] = gzRoute(join(repo, 'node_modules/@google/model-viewer/dist/model-viewer.min.js'));
  routes['/bench/assets/body.glb'] = gzRoute(glb.file);
  const server = await startServer({ root: repo, routes });
  const browser = await chromium.launch({
    executablePath: ensureChrome(),
    headless: true,
    // Any host other than 127.0.0.1 fails to resolve: nothing may leave the machine (attempts are still listed).
    args: [...CHROME_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const externalRequests = new Set();
  const results = {
    date: new Date().toISOString(),
    commit: execSync('git rev-parse --short HEAD', { cwd: repo }).toString().trim(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, chromium: browser.version(), viewport: VIEWPORT, webgl: 'software (SwiftShader via ANGLE)' },
    settings: { runs: RUNS, cycles: CYCLES, orbitFrames: ORBIT_FRAMES, settleMs: SETTLE_MS, gzip: 'files served pre-compressed with gzip -9; bytes = CDP Network.loadingFinished encodedDataLength (body + ~150-250 B of HTTP headers)' },
    glb: { bytes: glb.bytes, gzipBytes: gzipSize(glb.file), vertices: glb.vertices, triangles: glb.triangles },
    sizes: {},
    subjects: {},
    notes: [],
  };

  // deterministic sizes straight from the files (same numbers as test/size/)
  const entries = widgetEntries(dist);
  const shared = sharedChunks(dist);
  results.sizes.loader = gzipSize(join(dist, LOADER));
  for (const [tag, entry] of Object.entries(entries)) {
    const eager = [...staticClosure(dist, entry)];
    const lazy = [...lazyClosure(dist, entry)];
    results.sizes[tag] = {
      entry: { file: entry, gzip: gzipSize(join(dist, entry)) },
      static: eager.map((f) => ({ file: f, role: chunkRole(dist, f, shared), gzip: gzipSize(join(dist, f)) })),
      lazy: lazy.map((f) => ({ file: f, role: chunkRole(dist, f, shared), gzip: gzipSize(join(dist, f)) })),
      staticTotal: eager.reduce((a, f) => a + gzipSize(join(dist, f)), 0),
    };
  }
  results.sizes[MV] = { module: gzipSize(join(repo, 'node_modules/@google/model-viewer/dist/model-viewer.min.js')), glb: results.glb.gzipBytes };

  let mapSize = null;
  try {
    // What the recorder and tracing cost on a page with no widget at all: subtract it mentally from "idle".
    {
      const s = await openPage(browser, externalRequests);
      await s.page.goto(`${server.url}/bench/page?subject=baseline`, { waitUntil: 'load' });
      await s.page.waitForTimeout(500);
      results.baselineIdle = await traceFrames(s.page, s.cdp, () => s.page.waitForTimeout(1000)).catch((e) => ({ error: String(e.message ?? e) }));
      await s.context.close();
    }
    const only = process.env.BENCH_ONLY?.split(',');
    for (const subject of SUBJECTS) {
      if (only && !only.includes(subject.id)) continue;
      if (!subject.mv && !entries[subject.tag]) {
        results.notes.push(`${subject.tag}: not in the loader's map, skipped`);
        continue;
      }
      try {
        await measure(subject);
      } catch (e) {
        results.notes.push(`${subject.id}: bench failed (${String(e.message ?? e).split('\n')[0]})`);
        log(`${subject.id}: FAILED ${e.message ?? e}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
    if (own && !process.env.BENCH_KEEP_DIST) rmSync(dist, { recursive: true, force: true });
  }

  async function measure(subject) {
    log(`${subject.id}: ${RUNS} cold loads …`);
    const runs = [];
    let kept = null;
    for (let i = 0; i < RUNS; i++) {
      const last = i === RUNS - 1 && subject.frames;
      const { result, session } = await loadOnce(browser, server.url, dist, subject, { size: subject.mv ? mapSize : null, externalRequests, keep: last });
      runs.push(result);
      if (session) kept = session;
    }
    const out = {
      runs,
      reached: runs.every((r) => r.reached),
      firstRender: r1(median(runs.map((r) => r.firstRender))),
      firstFrame: r1(median(runs.map((r) => r.firstFrame))),
      tbt: r1(median(runs.map((r) => r.tbt))),
      transferred: runs[0].transfers,
      bytes: {},
      contexts1: runs[0].liveContexts,
      gl1: runs[0].gl,
      renderStats1: runs[0].renderStats?.[0] ?? null,
      errors: [...new Set(runs.flatMap((r) => r.errors))],
    };
    for (const t of runs[0].transfers) out.bytes[t.role] = (out.bytes[t.role] ?? 0) + t.transferred;
    out.bytes.total = runs[0].transfers.reduce((a, t) => a + t.transferred, 0);
    if (!out.reached) results.notes.push(`${subject.id}: ${runs[0].waitedFor} never appeared in time (30 s, model-viewer 45 s) in ${runs.filter((r) => !r.reached).length}/${RUNS} runs`);

    if (subject.tag === MAP && kept) mapSize = await canvasSize(kept.page);
    if (subject.tag === MAP && !mapSize) {
      mapSize = { w: '640', h: '640' };
      results.notes.push('map canvas size unknown: model-viewer sized 640×640');
    }
    if (kept) {
      log(`${subject.id}: main-thread time per frame (${subject.frames}) …`);
      const framesAtStart = subject.tag === MAP ? await mapFrames(kept.page) : null;
      out.frames = await traceFrames(kept.page, kept.cdp, () => (subject.frames === 'orbit' ? orbit(kept.page, subject) : animate(kept.page, subject))).catch((e) => ({ error: String(e.message ?? e) }));
      out.animatingDuring = subject.frames === 'animate' ? await isAnimating(kept.page, subject.tag) : undefined;
      if (subject.tag === MAP && out.frames && !out.frames.error) out.frames.rendered = (await mapFrames(kept.page)) - framesAtStart;
      await pause(kept.page, subject);
      out.pausedAfter = subject.frames === 'animate' ? (await isAnimating(kept.page, subject.tag)) === false : undefined;
      out.idle = await traceFrames(kept.page, kept.cdp, () => kept.page.waitForTimeout(1000)).catch((e) => ({ error: String(e.message ?? e) }));
      await kept.context.close();
    }
    if (subject.three) {
      log(`${subject.id}: one traced load (blocking time minus GPU waits) …`);
      out.loadTrace = await traceLoad(browser, server.url, subject, subject.mv ? mapSize : null, externalRequests).catch((e) => ({ error: String(e.message ?? e) }));
      log(`${subject.id}: 12 instances …`);
      out.twelve = await twelve(browser, server.url, dist, subject, subject.mv ? mapSize : null, externalRequests).catch((e) => ({ error: String(e.message ?? e) }));
    }
    // model-viewer's heap cycles are optional: in software WebGL they would push the bench past 5 minutes.
    if (subject.mv && !process.env.BENCH_MV_HEAP) {
      results.notes.push('model-viewer heap cycles skipped (set BENCH_MV_HEAP=1 to include them)');
      results.subjects[subject.id] = out;
      return;
    }
    log(`${subject.id}: heap after ${CYCLES} mount/unmount cycles …`);
    out.heap = await heapCycles(browser, server.url, subject, subject.mv ? mapSize : null, externalRequests).catch((e) => ({ error: String(e.message ?? e) }));
    results.subjects[subject.id] = out;
  }
  results.externalRequests = [...externalRequests];
  results.mapCanvas = mapSize;
  results.seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(join(repo, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  printTables(results);
}

// ---------- tables ----------
const kB = (b) => (b == null ? '—' : (b / 1000).toFixed(1));
const ms = (x) => (x == null ? '—' : Math.round(x).toString());
const f1 = (x) => (x == null ? '—' : x.toFixed(1));
const MB = (b) => (b == null ? '—' : (b / 1e6).toFixed(2));

function gpuBytes(gl) {
  return gl ? gl.buffers + gl.textures + gl.renderbuffers : null;
}

export function table(rows, head) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const ok = (x) => x && !x.error;

function printTables(res) {
  const S = res.subjects;
  const rows = Object.entries(S).map(([id, s]) => [
    id,
    kB(s.bytes.loader ?? s.bytes['model-viewer']),
    kB(s.bytes.widget ?? null),
    kB((s.bytes.lit ?? 0) + (s.bytes.shared ?? 0) || null),
    kB(s.bytes.three ?? null),
    kB(s.bytes.glb ?? null),
    kB(s.bytes.total),
    ms(s.firstRender),
    ms(s.firstFrame),
    ms(s.tbt),
    ok(s.frames) ? `${f1(s.frames.busyP50)} / ${f1(s.frames.busyP95)}` : '—',
    ok(s.frames) ? ms(s.frames.busyPerSecond) : '—',
    ok(s.frames) && s.frames.drawnFrames ? `${f1(s.frames.drawnBusyP50)} / ${f1(s.frames.drawnBusyP95)}` : '—',
    ok(s.frames) && s.frames.drawnFrames ? `${f1(s.frames.drawnCpuP50)} / ${f1(s.frames.drawnCpuP95)}` : '—',
    ok(s.frames) && s.frames.drawnFrames ? f1(s.frames.drawsPerSecond) : '—',
    ok(s.idle) ? ms(s.idle.busyPerSecond) : '—',
    s.heap && !s.heap.error ? kB(s.heap.delta) : '—',
  ]);
  const head = ['element', 'loader/module kB', 'widget kB', 'lit+shared kB', 'three kB', 'glb kB', 'total kB', 'first render ms', 'first frame ms', 'TBT ms', 'busy/frame p50/p95 ms', 'busy ms/s', 'busy/drawn frame p50/p95 ms', 'same minus GPU wait ms', 'drawn frames/s', 'idle busy ms/s', `heap Δ ${res.settings.cycles} cycles kB`];
  const out = [];
  out.push(`Transferred gzip bytes (1 kB = 1000 B, incl. HTTP headers); times are medians of ${res.settings.runs} cold loads, from the script's fetchStart.`);
  out.push(table(rows, head));
  if (ok(res.baselineIdle)) out.push(`Bench overhead (same recorder and trace on a page with no widget): ${ms(res.baselineIdle.busyPerSecond)} ms/s.`);

  const m = S[MAP];
  const v = S[MV];
  if (m && v) {
    const ratio = (a, b) => (a == null || b == null || b === 0 ? '—' : (a / b).toFixed(2));
    const pair = (label, a, b, fmt) => [label, fmt(a), fmt(b), ratio(a, b)];
    const three = [
      pair('bytes transferred (kB)', m.bytes.total, v.bytes.total, kB),
      pair('time to first 3D frame (ms)', m.firstFrame, v.firstFrame, ms),
      pair('total blocking time (ms)', m.tbt, v.tbt, ms),
      pair('TBT of one traced load (ms)', m.loadTrace?.tbtTrace, v.loadTrace?.tbtTrace, ms),
      pair('same load, TBT with GPU waits removed (ms)', m.loadTrace?.tbtWithoutGpuWait, v.loadTrace?.tbtWithoutGpuWait, ms),
      pair('orbit: main-thread busy per drawn frame p50 (ms)', m.frames?.drawnBusyP50, v.frames?.drawnBusyP50, f1),
      pair('orbit: main-thread busy per drawn frame p95 (ms)', m.frames?.drawnBusyP95, v.frames?.drawnBusyP95, f1),
      pair('orbit: same minus waiting for the GPU, p50 (ms)', m.frames?.drawnCpuP50, v.frames?.drawnCpuP50, f1),
      pair('orbit: same minus waiting for the GPU, p95 (ms)', m.frames?.drawnCpuP95, v.frames?.drawnCpuP95, f1),
      pair('orbit: share of main-thread time spent waiting for the GPU (%)', m.frames?.gpuWaitShare, v.frames?.gpuWaitShare, f1),
      pair('orbit: drawn frames per second', m.frames?.drawsPerSecond, v.frames?.drawsPerSecond, f1),
      pair('orbit: main-thread busy (ms per second)', m.frames?.busyPerSecond, v.frames?.busyPerSecond, ms),
      pair('idle after orbit: main-thread busy (ms per second)', m.idle?.busyPerSecond, v.idle?.busyPerSecond, ms),
      pair('WebGL contexts, 1 instance', m.contexts1, v.contexts1, (x) => (x == null ? '—' : String(x))),
      pair('WebGL contexts, 12 instances (live)', m.twelve?.liveContexts, v.twelve?.liveContexts, (x) => (x == null ? '—' : String(x))),
      pair('WebGL contexts, 12 instances (ever created)', m.twelve?.contexts, v.twelve?.contexts, (x) => (x == null ? '—' : String(x))),
      pair('GPU memory via WebGL API, 1 instance (MB)', gpuBytes(m.gl1), gpuBytes(v.gl1), MB),
      pair('GPU memory via WebGL API, 12 instances (MB)', gpuBytes(m.twelve?.gl), gpuBytes(v.twelve?.gl), MB),
      pair(`JS heap Δ after ${res.settings.cycles} mount/unmount (kB)`, m.heap?.delta, v.heap?.delta, kB),
    ];
    out.push('');
    out.push(`Same body mesh (${res.glb.triangles} triangles): <pt-trigger-point-map> vs <model-viewer> 4.4 on the same page setup (canvas ${res.mapCanvas ? `${res.mapCanvas.w}×${res.mapCanvas.h}` : '?'} CSS px).`);
    const info = m.twelve?.renderStats?.[0];
    if (info) three.push(['three.js renderer.info, 12 instances (geometries / textures)', `${info.geometries} / ${info.textures}`, '—', '—']);
    out.push(table(three, ['figure', 'ours', 'model-viewer', 'ours / mv']));
  }
  if (res.externalRequests.length) out.push(`\nRequests to other hosts (blocked): ${res.externalRequests.join(', ')}`);
  else out.push('\nRequests to other hosts: none.');
  for (const n of res.notes) out.push(`note: ${n}`);
  for (const [id, s] of Object.entries(S)) if (s.errors.length) out.push(`console errors on ${id}: ${s.errors.join(' | ')}`);
  out.push(`\nbench/results.json and bench/results.md written (${res.seconds} s).`);
  const text = out.join('\n');
  writeFileSync(join(repo, 'bench/results.md'), `<!-- npm run bench, ${res.date}, commit ${res.commit}, Chromium ${res.machine.chromium}, ${res.machine.cpus} CPUs, ${res.machine.webgl} -->\n\n${text}\n`);
  console.log(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
