// The published shape of the package, checked on the built dist/: every export resolves to a file,
// the script-tag build is self-contained with hashed chunks, and the manifest documents every tag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.PT_DIST ?? join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const TAGS = ['pt-gate-control', 'pt-technique-compare', 'pt-technique-card', 'pt-trigger-point-map'];

/** The module specifiers of static imports/re-exports and dynamic import() calls in minified ES output. */
function specifiers(code) {
  const out = [];
  for (const m of code.matchAll(/(?:^|[;}])\s*(?:import|export)\b[^;"'`]*?\bfrom\s*(["'`])([^"'`]+)\1/g)) out.push(m[2]);
  for (const m of code.matchAll(/(?:^|[;}])\s*import\s*(["'`])([^"'`]+)\1/g)) out.push(m[2]);
  for (const m of code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)) out.push(m[2]);
  return out;
}

test('every package.json export points at a built file', () => {
  const targets = [];
  for (const [key, value] of Object.entries(pkg.exports)) {
    if (key.includes('*')) continue;
    if (typeof value === 'string') targets.push(value);
    else targets.push(...Object.values(value));
  }
  for (const t of [...targets, pkg.main, pkg.types, pkg.customElements]) {
    assert.ok(existsSync(join(root, t)), `${t} is missing after the build`);
  }
  assert.ok(existsSync(join(dist, 'schema/pt-gate-control.schema.json')), 'schemas are published');
});

test('the script-tag build: stable loader name, hashed chunks, no bare imports, Lit once in the shared core chunk', () => {
  const loader = readFileSync(join(dist, 'pt-explainers.js'), 'utf8');
  const chunks = readdirSync(join(dist, 'chunks')).filter((c) => c.endsWith('.js'));
  for (const c of chunks) assert.match(c, /^[\w.-]+-[\w-]{6,}\.js$/, `${c} has no content hash`);
  for (const f of ['pt-explainers.js', ...chunks.map((c) => `chunks/${c}`)]) {
    const bare = specifiers(readFileSync(join(dist, f), 'utf8')).filter((spec) => !spec.startsWith('.'));
    assert.deepEqual(bare, [], `${f} imports bare module specifiers, which a plain static host cannot serve`);
  }
  for (const tag of TAGS) assert.match(loader, new RegExp(`${tag}`), `the loader does not know ${tag}`);
  // Lit travels in the shared 'core' chunk with the first-load core (one file every widget loads), once
  const litCopies = chunks.filter((c) => readFileSync(join(dist, 'chunks', c), 'utf8').includes('litHtmlVersions'));
  assert.equal(litCopies.length, 1, `Lit should be bundled exactly once, found in: ${litCopies.join(', ') || 'none'}`);
  assert.match(litCopies[0], /^core-/, 'Lit is in the shared core chunk');
});

test('the npm build leaves lit and three to the app bundler and stamps the version', () => {
  const npmFiles = ['index.js', ...readdirSync(join(dist, 'widgets')).map((f) => `widgets/${f}`), ...readdirSync(join(dist, 'npm')).map((f) => `npm/${f}`)];
  const imported = new Set(npmFiles.flatMap((f) => specifiers(readFileSync(join(dist, f), 'utf8'))));
  assert.ok([...imported].some((s) => s === 'lit' || s.startsWith('lit/')), `lit stays a shared import (saw ${[...imported].join(', ')})`);
  assert.ok(imported.has('three'), 'three stays a shared (lazy) import');
  const all = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('.js')).map((f) => readFileSync(join(dist, String(f)), 'utf8')).join('\n');
  const stamped = ['"', "'", '`'].some((q) => all.includes(`${q}${pkg.version}${q}`));
  assert.ok(stamped, `the package version ${pkg.version} is not stamped into the build`);
  assert.ok(!/__PT_VERSION__/.test(all), 'an unreplaced __PT_VERSION__ is left in the build');
});

test('custom-elements.json documents every tag with its attributes, events and CSS properties', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'custom-elements.json'), 'utf8'));
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  for (const tag of TAGS) {
    const d = decls.find((x) => x.tagName === tag);
    assert.ok(d, `${tag} is not in custom-elements.json (add @tagname ${tag} to the class JSDoc)`);
    assert.ok(d.summary || d.description, `${tag} has no @summary`);
    assert.ok((d.attributes ?? []).some((a) => a.name === 'theme'), `${tag} lacks the theme attribute`);
    assert.ok((d.attributes ?? []).length >= 2, `${tag} documents no attributes of its own`);
    assert.ok((d.cssProperties ?? []).some((p) => p.name === '--pt-accent'), `${tag} documents no --pt-accent`);
    assert.ok((d.cssParts ?? []).length >= 1, `${tag} documents no ::part()`);
  }
  for (const [tag, event] of [['pt-gate-control', 'pt-gate-change'], ['pt-technique-compare', 'pt-technique-change'], ['pt-trigger-point-map', 'pt-muscle-select'], ['pt-trigger-point-map', 'pt-area-select']]) {
    const d = decls.find((x) => x.tagName === tag);
    assert.ok((d?.events ?? []).some((e) => e.name === event), `${tag} does not document ${event}`);
  }
});

test('the built CSS keeps every @container query and dark-theme rule of the source', () => {
  const srcFiles = readdirSync(join(root, 'src'), { recursive: true }).filter((f) => String(f).endsWith('.ts'));
  const code = (f) => readFileSync(join(root, 'src', String(f)), 'utf8').split('\n').filter((l) => !l.trim().startsWith('//') && !l.trim().startsWith('*')).join('\n');
  const count = (text, re) => (text.match(re) ?? []).length;
  const src = srcFiles.map(code).join('\n');
  const built = readdirSync(join(dist, 'chunks')).filter((c) => c.endsWith('.js')).map((c) => readFileSync(join(dist, 'chunks', c), 'utf8')).join('\n');
  const queries = count(src, /@container\s+pt-root/g);
  assert.ok(queries >= 5, `expected the widgets' container queries in src, found ${queries}`);
  assert.equal(count(built, /@container\s*pt-root/g), queries, 'a minifier dropped @container blocks from the build');
  assert.ok(count(built, /:host\(\[theme=(?:'|\\')?dark/g) >= 1, 'the dark theme rule is missing from the build');
});
