// The build's CSS minifier (scripts/minify-css.mjs, lightningcss) keeps what every selector and query
// means: descendant combinators before :is() inside @media print, every @container block of the widgets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCss } from '../../scripts/minify-css.mjs';

const src = fileURLToPath(new URL('../../src', import.meta.url));

test('@media print { svg :is(.a) } keeps the descendant combinator (the old regex minifier made it svg:is(.a))', () => {
  const out = minifyCss(`@media print {\n  svg :is(.a, .b) { stroke: black; }\n  .x > .y { color: red }\n}`);
  assert.match(out, /@media print\{svg :is\(\.a,\s?\.b\)\{stroke:#?[0-9a-z]+\}/, out);
  assert.match(out, /\.x>\.y\{color:red\}/, out);
});

test('@container blocks survive (range syntax is fine there: every browser with container queries reads it)', () => {
  const out = minifyCss(`.a { color: red }\n@container pt-root (min-width: 40rem) {\n  .controls { display: grid }\n}\n.b { color: blue }`);
  assert.match(out, /^\.a\{color:red\}@container pt-root \((?:min-width:|width>=)40rem\)\{\.controls\{display:grid\}\}\.b\{color:(?:#00f|blue)\}$/, out);
  // @media keeps min-width for the oldest supported browsers (range syntax in @media: Safari 16.4).
  assert.match(minifyCss('@media (min-width: 40rem) { .a { color: red } }'), /min-width:40rem/);
});

test('light-dark() and color-scheme stay as written (theme="page" follows the page, not the system)', () => {
  const out = minifyCss(':host { --_text: light-dark(#1a1a1a, #f2f2f2); color-scheme: light dark; }');
  assert.equal(out, ':host{--_text:light-dark(#1a1a1a,#f2f2f2);color-scheme:light dark}');
});

test('every css`` template of the widgets minifies, and keeps each of its @container queries', () => {
  const files = readdirSync(src, { recursive: true }).filter((f) => /\.ts$/.test(String(f)));
  let templates = 0;
  for (const f of files) {
    const code = readFileSync(join(src, String(f)), 'utf8');
    for (const m of code.matchAll(/\bcss`([^`]*)`/g)) {
      templates++;
      const out = minifyCss(m[1], String(f));
      const before = (m[1].match(/@container\s+pt-root/g) ?? []).length;
      assert.equal((out.match(/@container\s*pt-root/g) ?? []).length, before, `${f}: a @container block was lost`);
      assert.ok(out.length <= m[1].length, `${f}: minified CSS is longer than the source`);
    }
  }
  assert.ok(templates >= 4, `expected the widgets' css\`\` templates, found ${templates}`);
});
