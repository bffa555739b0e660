// Spanish content loads only when asked for: no module outside src/content/es imports it statically
// (a type-only import is erased and fine), except a widget's lazy Spanish module, which picks its words
// from the content and is itself reached only through a dynamic import(); widgets reach the content
// through a dynamic import(), of it or of such a module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const files = readdirSync(join(root, 'src'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts') && !f.startsWith(join('content', 'es')));

// import x from '…/es/…'; import { a } from "…/content/es/…"; export * from '…/es/…' (not `import type`).
const STATIC = /^\s*(?:import(?!\s+type\b)[^'"()]*?from\s*|export\s+(?!type\b)[^'"()]*?from\s*|import\s*)['"]([^'"]*\/es\/[^'"]*)['"]/gm;
const DYNAMIC = /import\(\s*['"]([^'"]*\/es\/[^'"]*)['"]\s*\)/g;

const source = (f) => readFileSync(join(root, 'src', f), 'utf8');
/** src-relative .ts path a specifier in src/`from` points to. */
const target = (from, spec) => resolve(dirname(join(root, 'src', from)), spec).slice(join(root, 'src').length + 1).replace(/\.js$/, '.ts');
const ANY_STATIC = /^\s*(?:import(?!\s+type\b)[^'"()]*?from\s*|export\s+(?!type\b)[^'"()]*?from\s*|import\s*)['"](\.[^'"]*)['"]/gm;
const ANY_DYNAMIC = /import\(\s*['"](\.[^'"]*)['"]\s*\)/g;
const staticallyImported = new Set(files.flatMap((f) => [...source(f).matchAll(ANY_STATIC)].map((m) => target(f, m[1]))));
const dynamicallyImported = new Set(files.flatMap((f) => [...source(f).matchAll(ANY_DYNAMIC)].map((m) => target(f, m[1]))));
/** A widget's lazy Spanish module: imports the content statically, is imported only dynamically. */
const lazyModule = (f) => f.startsWith('widgets') && dynamicallyImported.has(f) && !staticallyImported.has(f);

test('no static import of src/content/es outside it (but in a widget module reached only through import())', () => {
  const offenders = [];
  for (const f of files) {
    if (lazyModule(f)) continue;
    for (const m of source(f).matchAll(STATIC)) offenders.push(`src/${f}: ${m[0].trim()}`);
  }
  assert.deepEqual(offenders, []);
});

test('each topic with Spanish content is loaded by a dynamic import() somewhere in src/widgets', () => {
  const topics = readdirSync(join(root, 'src/content/es')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
  const dynamic = new Set();
  const topic = (spec) => spec.replace(/^.*\/es\//, '').replace(/\.js$/, '');
  for (const f of files.filter((x) => x.startsWith('widgets'))) {
    const src = source(f);
    for (const m of src.matchAll(DYNAMIC)) dynamic.add(topic(m[1]));
    if (lazyModule(f)) for (const m of src.matchAll(STATIC)) dynamic.add(topic(m[1]));
  }
  assert.deepEqual(topics.filter((t) => !dynamic.has(t)), [], `dynamically imported: ${[...dynamic].join(', ')}`);
});

test('the pattern itself: catches static imports, allows type-only and dynamic ones', () => {
  const hits = (s) => [...s.matchAll(STATIC)].length;
  assert.equal(hits(`import { gateControl } from '../../content/es/gate-control.js';`), 1);
  assert.equal(hits(`import '../../content/es/gate-control.js';`), 1);
  assert.equal(hits(`export { musclesEs } from './es/trigger-points.js';`), 1);
  assert.equal(hits(`import type { X } from '../../content/es/gate-control.js';`), 0);
  assert.equal(hits(`const m = await import('../../content/es/gate-control.js');`), 0);
});
