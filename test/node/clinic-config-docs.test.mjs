// The examples in docs/clinic-config.md are valid configs: each ```html block's JSON script is checked
// against its element's published schema with Ajv and with our validator, so the docs cannot rot.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'pt-docs-'));
const entry = join(dir, 'entry.ts');
writeFileSync(entry, `export { schemas } from ${JSON.stringify(join(root, 'src/schemas.ts'))};\nexport { validate } from ${JSON.stringify(join(root, 'src/core/schema.ts'))};\n`);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'bundle.mjs'), logLevel: 'error', tsconfig: join(root, 'tsconfig.json') });
const { schemas, validate } = await import(pathToFileURL(join(dir, 'bundle.mjs')).href);
rmSync(dir, { recursive: true, force: true });

const doc = readFileSync(join(root, 'docs/clinic-config.md'), 'utf8');
const examples = [...doc.matchAll(/```html\n([\s\S]*?)```/g)].map((m) => {
  const tag = /<(pt-[a-z-]+)/.exec(m[1])?.[1];
  const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(m[1])?.[1];
  return { tag, json };
});

test('docs/clinic-config.md has one example per published schema', () => {
  assert.deepEqual([...new Set(examples.filter((e) => e.json).map((e) => e.tag))].sort(), Object.keys(schemas).sort());
});

for (const [i, { tag, json }] of examples.entries()) {
  if (!json) continue;
  test(`docs example ${i + 1} (<${tag}>) is valid against its schema`, () => {
    const config = JSON.parse(json);
    const check = new Ajv2020({ strict: true, allErrors: true }).compile({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...schemas[tag] });
    assert.equal(check(config), true, JSON.stringify(check.errors));
    assert.deepEqual(validate(schemas[tag], config).problems, []);
  });
}

test('docs list the published schema file of every widget', () => {
  for (const tag of Object.keys(schemas)) assert.ok(doc.includes(`dist/schema/${tag}.schema.json`), tag);
});
