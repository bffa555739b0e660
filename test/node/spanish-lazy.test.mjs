// Spanish content loads only when asked for: no module outside src/content/es imports it statically
// (a type-only import is erased and fine); widgets reach it through a dynamic import().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const files = readdirSync(join(root, 'src'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts') && !f.startsWith(join('content', 'es')));

// import x from '…/es/…'; import { a } from "…/content/es/…"; export * from '…/es/…' (not `import type`).
const STATIC = /^\s*(?:import(?!\s+type\b)[^'"()]*?from\s*|export\s+(?!type\b)[^'"()]*?from\s*|import\s*)['"]([^'"]*\/es\/[^'"]*)['"]/gm;
const DYNAMIC = /import\(\s*['"]([^'"]*\/es\/[^'"]*)['"]\s*\)/g;

test('no static import of src/content/es outside it', () => {
  const offenders = [];
  for (const f of files) {
    const src = readFileSync(join(root, 'src', f), 'utf8');
    for (const m of src.matchAll(STATIC)) offenders.push(`src/${f}: ${m[0].trim()}`);
  }
  assert.deepEqual(offenders, []);
});

test('each topic with Spanish content is loaded by a dynamic import() somewhere in src/widgets', () => {
  const topics = readdirSync(join(root, 'src/content/es')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
  const dynamic = new Set();
  for (const f of files.filter((x) => x.startsWith('widgets'))) {
    const src = readFileSync(join(root, 'src', f), 'utf8');
    for (const m of src.matchAll(DYNAMIC)) dynamic.add(m[1].replace(/^.*\/es\//, '').replace(/\.js$/, ''));
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
