// The bench's tables (docs/performance.md quotes them) and the results files they are written to.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAP, MV, RESULTS, repo } from './setup.mjs';

// ---------- tables ----------
export const kB = (b) => (b == null ? '—' : (b / 1000).toFixed(1));
export const ms = (x) => (x == null ? '—' : Math.round(x).toString());
export const f1 = (x) => (x == null ? '—' : x.toFixed(1));
export const MB = (b) => (b == null ? '—' : (b / 1e6).toFixed(2));

export function gpuBytes(gl) {
  return gl ? gl.buffers + gl.textures + gl.renderbuffers : null;
}

export function table(rows, head) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(w[i])).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export const ok = (x) => x && !x.error;

export function printTables(res) {
  const S = res.subjects;
  const rows = Object.entries(S).map(([id, s]) => [
    id,
    kB(s.bytes.loader ?? s.bytes['model-viewer']),
    kB((s.bytes.widget ?? 0) + (s.bytes.text ?? 0) || null), // its code and its text files (role 'text', bench/chunks.mjs)
    kB(s.bytes.shared ?? null),
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
  const head = ['element', 'loader/module kB', 'widget + text kB', 'Lit+core+shared kB', 'three kB', 'glb kB', 'total kB', 'first render ms', 'first frame ms', 'TBT ms', 'busy/frame p50/p95 ms', 'busy ms/s', 'busy/drawn frame p50/p95 ms', 'same minus GPU wait ms', 'drawn frames/s', 'idle busy ms/s', `heap Δ ${res.settings.cycles} cycles (after ${res.settings.heapWarmup ?? 3}; snapshots) kB`];
  const out = [];
  out.push(`Transferred gzip bytes (1 kB = 1000 B, incl. HTTP headers); times are medians of ${res.settings.runs} cold loads, from the script's fetchStart.`);
  out.push(table(rows, head));
  for (const [id, s] of Object.entries(S)) {
    const k = s.heap?.split;
    const e = s.heap?.early;
    if (e) out.push(`${id}: heap Δ over cycles ${e.after}–${e.after + e.cycles} (V8 still optimising; reachable in snapshots): ${kB(e.delta)} kB, of which JS objects ${kB(e.jsObjects)} kB, compiled code ${kB(e.code)} kB.`);
    if (k) out.push(`${id}: heap Δ over the ${k.cycles} cycles (reachable in heap snapshots): JS objects ${kB(k.jsObjects)} kB, compiled code/bytecode/feedback ${kB(k.code)} kB, other V8 records ${kB(k.other)} kB; beside it the browser's C++ objects (DOM, records) ${kB(k.native)} kB; JSHeapUsedSize after forced GC ${kB(s.heap.usedDelta)} kB (second half ${kB(s.heap.usedSecondHalf)}).`);
  }
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
      pair(`JS heap Δ over ${res.settings.cycles} mount/unmount after ${res.settings.heapWarmup ?? 3}, reachable in snapshots (kB)`, m.heap?.delta, v.heap?.delta, kB),
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
  out.push(`\n${RESULTS}.json and ${RESULTS}.md written (${res.seconds} s).`);
  const text = out.join('\n');
  writeFileSync(join(repo, `${RESULTS}.md`), `<!-- npm run bench, ${res.date}, commit ${res.commit}, Chromium ${res.machine.chromium}, ${res.machine.cpus} CPUs, ${res.machine.webgl} -->\n\n${text}\n`);
  console.log(text);
}
