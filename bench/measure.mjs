// The bench's measurements in one page session each: loads, tracing of main-thread time per frame, orbit and
// animation driving, 12 instances (contexts, GPU memory), heap after mount/unmount cycles.
import { LOADER, chunkRole, sharedChunks } from './chunks.mjs';
import { heapKinds, kindsDelta } from './heap-split.mjs';
import { CYCLES, HEAP_WARMUP, MAP, MV, ORBIT_FRAMES, SETTLE_MS, VIEWPORT, pct, r1, withSize } from './setup.mjs';

// ---------- page session ----------
export async function openPage(browser, externalRequests) {
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

/** Names every transferred file by role (loader, widget, text, shared, three, model-viewer, glb: bench/chunks.mjs chunkRole). */
export function transfers(requests, base, dist) {
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

export async function pageState(page) {
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
export async function traceFrames(page, cdp, drive) {
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

export async function orbit(page, subject) {
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

export const mapFrames = (page) => page.evaluate((t) => document.querySelector(t)?.renderStats?.frames ?? null, MAP);
export const isAnimating = (page, tag) => page.evaluate((t) => document.querySelector(t)?.animating ?? null, tag);

export async function animate(page, subject) {
  // Gate control plays by default (its `animating` getter says so); press play if it does not.
  await page.locator(subject.tag).first().scrollIntoViewIfNeeded();
  if ((await isAnimating(page, subject.tag)) === false) await page.locator(`${subject.tag} button.play`).first().click().catch(() => {});
  await page.waitForTimeout(ORBIT_FRAMES * 17);
}

/** After the animation: pause it (gate) so the idle figure is the paused cost; the map renders on demand anyway. */
export async function pause(page, subject) {
  if (subject.frames === 'animate' && (await isAnimating(page, subject.tag))) {
    await page.locator(`${subject.tag} button.play`).first().click().catch(() => {});
    await page.waitForTimeout(300);
  }
}

// ---------- one load of one subject ----------
export async function loadOnce(browser, base, dist, subject, { n = 1, size, externalRequests, keep = false } = {}) {
  const s = await openPage(browser, externalRequests);
  const q = new URLSearchParams({ subject: subject.id, n: String(n), ...(size ? { w: size.w, h: size.h } : {}) });
  await s.page.goto(`${base}/bench/page?${q}`, { waitUntil: 'load' });
  const want = subject.mv ? 'mv:first-frame' : subject.three ? `pt:${MAP}:first-frame` : `pt:${subject.tag}:first-render`;
  const reached = await s.page
    .waitForFunction((name) => performance.getEntriesByName(name).length > 0, want, { timeout: subject.mv ? 45000 : 30000, polling: 100 })
    .then(() => true, () => false);
  // the map's first picture may be on the coarse body: its GPU figures are read once it draws the full one
  if (reached && subject.three) await s.page.waitForFunction((t) => document.querySelector(t)?.renderStats?.fullBody, MAP, { timeout: 15000, polling: 100 }).catch(() => {});
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
export async function traceLoad(browser, base, subject, size, externalRequests) {
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

export async function canvasSize(page) {
  return page.evaluate((tag) => {
    const el = document.querySelector(tag);
    const c = el?.shadowRoot?.querySelector('canvas') ?? el?.querySelector('canvas');
    const r = c?.getBoundingClientRect();
    return r && r.width > 0 ? { w: String(Math.round(r.width)), h: String(Math.round(r.height)) } : null;
  }, MAP);
}

// ---------- 12 instances: contexts and GPU memory after every instance has been on screen ----------
export async function twelve(browser, base, dist, subject, size, externalRequests) {
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
/** Cycles before the first heap reading (module load, shaders, first caches). */
const EARLY_WARMUP = 50;
export async function heapCycles(browser, base, subject, size, externalRequests) {
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
  // JSHeapUsedSize after two forced collections (the figure this bench reported until stop 23): it varies
  // more than the snapshots' reachable size (equal windows of 100 cycles read +54 and +163 kB in one run,
  // where the snapshots read +40 kB per 200; docs/performance.md), so it is reported beside it.
  const used = async () => {
    for (let i = 0; i < 2; i++) await s.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await s.cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };
  // The heap figure: what is still reachable in a heap snapshot (V8 collects all it can first), as
  // DevTools' memory panel measures it, split by kind (bench/heap-split.mjs): JavaScript objects, code,
  // other V8 records; the browser's C++ (DOM) objects are reported beside it, as JSHeapUsedSize leaves them out.
  const reading = async () => {
    const usedSize = await used();
    const kinds = await heapKinds(s.cdp);
    return { usedSize, kinds, v8: kinds.jsObjects + kinds.code + kinds.other };
  };
  // Remove the page's own instance, stop the probe's long-task records, and warm up (code, caches) before the baseline.
  await s.page.evaluate((tag) => {
    window.__bench.quiet();
    document.querySelectorAll(tag).forEach((e) => e.remove());
  }, subject.tag);
  // Two windows of CYCLES after a short warm-up: the first still holds V8 tiering up the mount and draw
  // paths (optimised code for functions that get hot only after a few hundred mounts, bounded); the
  // second is the figure, a leak shows in both. docs/performance.md, "Mounting and unmounting".
  await cycle(EARLY_WARMUP);
  await s.page.waitForTimeout(300);
  await s.cdp.send('HeapProfiler.enable');
  const start = await reading();
  await cycle(HEAP_WARMUP - EARLY_WARMUP);
  await s.page.waitForTimeout(300);
  const before = await reading();
  // Half-way reading: steady growth from the middle to the end is a leak, a one-off step is a cache.
  const first = await cycle(Math.floor(CYCLES / 2));
  const middle = await reading();
  const second = await cycle(CYCLES - Math.floor(CYCLES / 2));
  const ms = first.ms + second.ms;
  await s.page.waitForTimeout(500);
  const after = await reading();
  const st = await pageState(s.page); // contexts created over the measured cycles
  await s.context.close();
  const split = { cycles: CYCLES, ...kindsDelta(before.kinds, after.kinds) };
  const early = { cycles: HEAP_WARMUP - EARLY_WARMUP, after: EARLY_WARMUP, delta: before.v8 - start.v8, ...kindsDelta(start.kinds, before.kinds) };
  return { cycles: CYCLES, warmup: HEAP_WARMUP, before: before.v8, middle: middle.v8, after: after.v8, delta: after.v8 - before.v8, secondHalf: after.v8 - middle.v8, usedDelta: after.usedSize - before.usedSize, usedSecondHalf: after.usedSize - middle.usedSize, split, early, perCycleMs: r1(ms / CYCLES), cyclesThatDrew3d: first.drew + second.drew, contextsCreated: st.contexts.length, liveContexts: st.contexts.length - st.lost };
}
