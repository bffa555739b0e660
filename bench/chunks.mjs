// Reads the chunk graph of a CDN build (dist/): which chunk each tag loads, what it imports statically
// (paid before first render) and lazily (e.g. three.js). Shared by `npm run bench` and test/size/.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const LOADER = 'pt-explainers.js';

/** gzip -9 size of a file, the figure the budgets use (deterministic, unlike transfer timings). */
export function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** tag → entry chunk path (relative to dist), from the loader's `"pt-x":{load:()=>import("./chunks/…")}`. */
export function widgetEntries(dist) {
  const src = readFileSync(join(dist, LOADER), 'utf8');
  const map = {};
  // The loader's registry is minified into `"pt-tag":{load:()=>import(`./chunks/x.js`)…`; quotes vary with the minifier.
  const re = /["'`]?(pt-[a-z-]+)["'`]?\s*:\s*\{\s*load\s*:\s*(?:\(\)|function\s*\(\))\s*(?:=>)?\s*\{?\s*(?:return\s*)?import\(\s*["'`](\.\/[^"'`]+)["'`]\s*\)/g;
  for (const m of src.matchAll(re)) map[m[1]] = relative(dist, resolve(dist, m[2]));
  return map;
}

/** Relative specifiers a chunk imports, split into static (`import … from "./x"`, `import "./x"`) and dynamic (`import("./x")`). */
export function chunkImports(dist, file) {
  const src = readFileSync(join(dist, file), 'utf8');
  const dir = dirname(join(dist, file));
  const norm = (spec) => relative(dist, resolve(dir, spec));
  const stat = new Set();
  const dyn = new Set();
  for (const m of src.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\.?\/[^"'`]+)["'`]/g)) stat.add(norm(m[1]));
  // (a template-literal specifier, `./x-${id}.js`, names no one file: its chunks are listed as plain strings elsewhere)
  for (const m of src.matchAll(/\bimport\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g)) if (!m[1].includes('${')) dyn.add(norm(m[1]));
  return { static: [...stat], dynamic: [...dyn] };
}

/** The chunks a file needs before it runs: itself plus everything it imports statically, recursively. */
export function staticClosure(dist, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of chunkImports(dist, file).static) staticClosure(dist, dep, seen);
  return seen;
}

/** Chunks reached only through dynamic import() from `file`'s static closure (e.g. the 3D scene and three.js). */
export function lazyClosure(dist, file) {
  const eager = staticClosure(dist, file);
  const lazy = new Set();
  const queue = [...eager].flatMap((f) => chunkImports(dist, f).dynamic);
  while (queue.length) {
    const f = queue.shift();
    if (eager.has(f) || lazy.has(f)) continue;
    lazy.add(f);
    for (const d of chunkImports(dist, f).static) queue.push(d);
    for (const d of chunkImports(dist, f).dynamic) queue.push(d);
  }
  return lazy;
}

/** True when a chunk carries three.js itself (three stamps `__THREE__` with its revision on window). */
export function isThreeChunk(dist, file) {
  const src = readFileSync(join(dist, file), 'utf8');
  return /__THREE__/.test(src) || /\/three-[\w-]+\.js$/.test(file);
}

/** Every .js under dist/chunks (for reporting). */
export function allChunks(dist) {
  const dir = join(dist, 'chunks');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`) : [];
}

/** Chunks that two or more widgets load before first render (core, shared content): the bundler names them after any module inside. */
export function sharedChunks(dist) {
  const seen = new Map();
  for (const entry of Object.values(widgetEntries(dist))) {
    for (const f of staticClosure(dist, entry)) seen.set(f, (seen.get(f) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([f]) => f));
}

/**
 * Text files: a widget's words for one language, imported for the page's language (and, for the gate, when the
 * reader asks): the technique widgets' parts (scripts/technique-parts.mjs), the gate's first and on-request
 * words, the visit guide's English and Spanish, the map's Spanish muscle text and area names. The bundler
 * names a chunk after its module, so the names below are the modules' (widgets/gate-control/english.ts, …).
 */
const TEXT = /(^|\/)(technique-(en|es)-[\w-]+-[\w-]+|(english|spanish)(-more)?-[\w-]+|visit-guide-es-[\w-]+|trigger-points-[\w-]+|body-areas-[\w-]+)\.js$/;

/** Names a chunk by role for tables: loader, three, shared (the core chunk with Lit, and anything ≥ 2 widgets load), text, widget. */
export function chunkRole(dist, file, shared = sharedChunks(dist)) {
  if (file === LOADER) return 'loader';
  if (isThreeChunk(dist, file)) return 'three';
  if (shared.has(file)) return 'shared';
  if (TEXT.test(file)) return 'text';
  return 'widget';
}
