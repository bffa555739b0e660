// scripts/cited-sources.mjs: the build gives each widget's sources.ts only the references its content
// cites. Checks the two pure parts on the real bibliography file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { citedIds, citedSources, filterSources } from '../../scripts/cited-sources.mjs';

const sourcesTs = readFileSync(new URL('../../src/content/sources.ts', import.meta.url), 'utf8');
const allIds = [...sourcesTs.matchAll(/^\s*\{\s*id:\s*'([^']+)'/gm)].map((m) => m[1]);

test('every bibliography entry is on one line, so the build can trim the list', () => {
  const listed = (sourcesTs.match(/\bid:\s*'/g) ?? []).length;
  assert.ok(allIds.length >= 10, `found ${allIds.length} one-line entries`);
  assert.equal(allIds.length, listed, 'an entry is split over several lines: keep each { id: … } on one line');
});

test('citedIds finds cite arrays and locator keys at any depth, and nothing else', () => {
  const content = {
    intro: { text: 'x', cite: ['a', 'b'], at: { a: 'p. 1', c: 'Table 2' } },
    parts: [{ role: { text: 'y', cite: ['d'] } }],
    ui: { describe: () => 'e', label: 'cite' },
  };
  assert.deepEqual([...citedIds([content])].sort(), ['a', 'b', 'c', 'd']);
});

test('filterSources keeps the cited entries and the module around them, and stops on a missing id', () => {
  const keep = new Set(allIds.slice(0, 2));
  const out = filterSources(sourcesTs, keep, 'test');
  const kept = [...out.matchAll(/^\s*\{\s*id:\s*'([^']+)'/gm)].map((m) => m[1]);
  assert.deepEqual(kept, allIds.slice(0, 2));
  assert.match(out, /export function footerSources/);
  assert.throws(() => filterSources(sourcesTs, new Set(['no-such-source-1999']), 'test'), /no-such-source-1999/);
});

test('a widget with a fixed list (lists) gets its sources.ts replaced by that list as data, nothing else', () => {
  const list = [{ id: 'a', citation: 'A. Title. 2000.', href: 'https://doi.org/10.1/a', at: ['p. 1'] }];
  const plugin = citedSources({ root: '/repo', widgets: {}, lists: { 'gate-control': list } });
  const code = plugin.load('/repo/src/widgets/gate-control/sources.ts');
  assert.equal(code, `export const sourceList = ${JSON.stringify(list)};\n`);
  assert.equal(plugin.load('/repo/src/widgets/visit-guide/sources.ts'), null);
});

test('every widget reaches the bibliography through its own sources.ts, and the build trims each one', async () => {
  const { readdirSync } = await import('node:fs');
  const root = new URL('../../src/widgets/', import.meta.url);
  const viteConfig = readFileSync(new URL('../../vite.config.ts', import.meta.url), 'utf8');
  for (const widget of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'shared').map((d) => d.name)) {
    const dir = new URL(`${widget}/`, root);
    for (const file of readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.ts') && f !== 'sources.ts')) {
      const code = readFileSync(new URL(String(file), dir), 'utf8');
      // a value import of the whole bibliography would ship every reference with this widget
      assert.doesNotMatch(code, /^import (?!type )[^;]*content\/sources\.js'/m, `src/widgets/${widget}/${file} imports content/sources.js: import ./sources.js (trimmed by the build) instead`);
    }
    let own = false;
    try {
      own = /content\/sources\.js/.test(readFileSync(new URL('sources.ts', dir), 'utf8'));
    } catch {
      continue; // a widget that cites nothing has no sources.ts
    }
    assert.ok(own, `src/widgets/${widget}/sources.ts does not re-export content/sources.js`);
    // widgets: '<widget>': [its content modules] (trimmed); lists: '<widget>': its finished list (written as data)
    assert.match(viteConfig, new RegExp(`'${widget}': (\\[|\\w+SourceList\\b)`), `src/widgets/${widget}/sources.ts has no citedSources entry in vite.config.ts, so the build would not trim it`);
  }
});
