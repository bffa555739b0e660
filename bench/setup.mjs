// The bench's settings, the subjects it measures, the CDN-style build and gzip routes it serves, small statistics.
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
export const CYCLES = Number(process.env.BENCH_CYCLES ?? 200);
/**
 * Mount/unmount cycles before the heap baseline. V8 keeps optimising the map's mount and draw paths for a
 * few hundred cycles (each mount runs them once, so they get hot slowly): heap snapshots read +168 kB of
 * compiled code over cycles 50–250 and +40 kB over 300–500, then about nothing by 850 (stop 23,
 * docs/performance.md "heap"). The bench reports the window after this warm-up as the figure and the
 * growth from cycle 50 to here beside it (measure.mjs heapCycles), so a leak shows in both.
 */
export const HEAP_WARMUP = Number(process.env.BENCH_HEAP_WARMUP ?? 250);
export const ORBIT_FRAMES = Number(process.env.BENCH_FRAMES ?? 90);
export const SETTLE_MS = 2000; // long tasks are counted until this long after the load event
export const VIEWPORT = { width: 1280, height: 800 };
export const started = Date.now();
export const log = (...a) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s]`, ...a);
export const MAP = 'pt-trigger-point-map';
export const MV = 'model-viewer';
/** Where results go: a partial run (BENCH_ONLY=…) must not overwrite the full table that docs/performance.md quotes. */
export const RESULTS = process.env.BENCH_ONLY ? 'bench/.partial-results' : 'bench/results';

// ---------- what is measured ----------
// Attributes a clinic would plausibly write; widgets ignore unknown ones.
export const SUBJECTS = [
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
export const attrText = (attrs) => Object.entries(attrs).map(([k, v]) => (v === '' ? k : `${k}="${v}"`)).join(' ');
/** model-viewer gets the map's canvas size, so both draw the same number of pixels. */
export const withSize = (subject, size) => (subject.mv && size ? { ...subject.attrs, style: `display:block;width:${size.w}px;height:${size.h}px` } : subject.attrs);

// ---------- build ----------
export function buildDist() {
  if (process.env.PT_DIST) return { dist: resolve(process.env.PT_DIST), own: false };
  const dist = join(repo, 'bench/.dist');
  log(`building the CDN bundle into ${relative(repo, dist)}/ …`);
  execSync('npx vite build --logLevel warn', { cwd: repo, stdio: 'inherit', env: { ...process.env, PT_BUILD: 'cdn', PT_OUT_DIR: dist } });
  return { dist, own: true };
}

export function walk(dir) {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}

export const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.glb': 'model/gltf-binary', '.html': 'text/html; charset=utf-8' };

/** Serves a file pre-compressed with gzip -9 (what a CDN would send), plain when the client does not accept gzip. */
export function gzRoute(file) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 });
  const type = TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream';
  return (req, res) => {
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'content-length': gzip ? gz.length : raw.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
    res.end(req.method === 'HEAD' ? undefined : gzip ? gz : raw);
  };
}

export function pageRoute() {
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
export const median = (xs) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
export const pct = (xs, p) => {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
};
export const r1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
