// npm run bench: builds the script-tag bundle into its own folder, serves it gzip'd on 127.0.0.1, loads
// each widget (and <model-viewer> showing the same body mesh) in headless Chromium and prints what a
// clinic's page pays: bytes, time to first render/frame, blocking time, per-frame main-thread cost,
// WebGL contexts, GPU memory, heap after mount/unmount cycles. Method notes: docs/performance.md.
// Pieces: setup.mjs (subjects, build, routes), measure.mjs (one page session per figure), report.mjs (tables).
import { execSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_ARGS } from '../scripts/chrome.mjs';
import { startServer } from '../scripts/serve.mjs';
import { LOADER, gzipSize, widgetEntries, staticClosure, lazyClosure, chunkRole, sharedChunks } from './chunks.mjs';
import { exportGlb } from './export-glb.mjs';
import { CYCLES, HEAP_WARMUP, MAP, MV, ORBIT_FRAMES, RESULTS, RUNS, SETTLE_MS, SUBJECTS, VIEWPORT, buildDist, gzRoute, log, median, pageRoute, r1, repo, started, walk } from './setup.mjs';
import { animate, canvasSize, heapCycles, isAnimating, loadOnce, mapFrames, openPage, orbit, pause, traceFrames, traceLoad, twelve } from './measure.mjs';
import { printTables } from './report.mjs';

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
    settings: { runs: RUNS, cycles: CYCLES, heapWarmup: HEAP_WARMUP, orbitFrames: ORBIT_FRAMES, settleMs: SETTLE_MS, gzip: 'files served pre-compressed with gzip -9; bytes = CDP Network.loadingFinished encodedDataLength (body + ~150-250 B of HTTP headers)' },
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
  writeFileSync(join(repo, `${RESULTS}.json`), JSON.stringify(results, null, 2) + '\n');
  printTables(results);
}


if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
