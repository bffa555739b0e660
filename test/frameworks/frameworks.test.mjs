// The examples of docs/frameworks.md, built the way each framework builds them: React 19 and 18 (esbuild,
// server-rendered to check what reaches the element), Vue 3 (@vue/compiler-sfc with isCustomElement) and
// Svelte 5 (svelte/compiler); React 19, Preact, Solid, Next.js and Angular examples type-checked against the
// generated JSX types. Needs a built dist/ (types, JSX types): run under the dist lock after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');
const examples = join(here, 'examples');
const react18 = join(here, 'react18/node_modules');
const out = mkdtempSync(join(tmpdir(), 'pt-frameworks-'));

// Node has no custom elements: the widget import is what a server build would skip.
const stubWidgets = {
  name: 'stub-widgets',
  setup(b) {
    b.onResolve({ filter: /^pt-explainers\// }, (a) => ({ path: a.path, namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/** Bundles `code` (resolved from the examples folder) for node, imports it and returns its exports. */
async function run(name, code, options = {}) {
  const outfile = join(out, `${name}.cjs`);
  const { plugins = [], ...rest } = options;
  await build({
    stdin: { contents: code, resolveDir: examples, loader: 'tsx' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    jsx: 'automatic',
    outfile,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [stubWidgets, ...plugins],
    ...rest,
  });
  return (await import(pathToFileURL(outfile).href)).default;
}

const gateTag = (html) => html.match(/<pt-gate-control[^>]*>/)?.[0];

test('every example is printed in docs/frameworks.md exactly as tested', () => {
  const docs = readFileSync(join(root, 'docs/frameworks.md'), 'utf8');
  for (const file of ['react19.tsx', 'react18.jsx', 'preact.tsx', 'solid.tsx', 'PainExplainer.vue', 'PainExplainer.svelte', 'next-client.tsx', 'angular.component.ts']) {
    const source = readFileSync(join(examples, file), 'utf8').trim();
    assert.ok(docs.includes(source), `docs/frameworks.md does not show examples/${file} as it is`);
  }
});

test('React 19, Preact, Solid, Next.js and Angular examples type-check against the generated JSX types (and a wrong value or handler does not)', () => {
  try {
    execSync('npx tsc -p test/frameworks/tsconfig.json', { cwd: root, stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc found errors:\n${error.stdout}${error.stderr}`);
  }
});

test('the type guards fail without the kit: with the tag declared loosely (any props), each @ts-expect-error is unused', () => {
  // Every guard but the unknown-tag one must owe its error to the generated types, not to an unknown tag.
  const expected = [];
  for (const file of ['type-guards.tsx', 'type-guards-preact.tsx', 'type-guards-solid.tsx']) {
    const lines = readFileSync(join(here, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim().startsWith('// @ts-expect-error') && !lines[i + 1].includes('<pt-gate-controls')) expected.push(`${file}(${i + 1},${line.indexOf('//') + 1})`);
    });
  }
  assert.ok(expected.length >= 5, `only ${expected.length} guards found`);
  let output = '';
  try {
    execSync('npx tsc -p test/frameworks/tsconfig.loose.json', { cwd: root, stdio: 'pipe' });
  } catch (error) {
    output = `${error.stdout}`;
  }
  const errors = output.split('\n').filter((l) => /error TS/.test(l));
  assert.deepEqual(errors.filter((l) => !/error TS2578: Unused '@ts-expect-error' directive/.test(l)), [], 'other errors than unused guards');
  assert.deepEqual(errors.map((l) => l.replace(/^test\/frameworks\//, '').replace(/: error.*/, '')).sort(), expected.sort());
});

test('React 19: booleans and numbers reach the element as they are; the element is server-rendered with its attributes', async () => {
  const { off, on, trap } = await run(
    'react19',
    `import { renderToString } from 'react-dom/server';
     import { PainExplainer } from './react19.tsx';
     export const off = renderToString(<PainExplainer guided={false} />);
     export const on = renderToString(<PainExplainer guided />);
     export const trap = renderToString(<pt-gate-control guided={false} />);`,
  );
  assert.equal(gateTag(off), '<pt-gate-control pain="70" theme="light">');
  assert.equal(gateTag(on), '<pt-gate-control pain="70" guided="" theme="light">');
  assert.equal(gateTag(trap), '<pt-gate-control>', 'React 19 leaves out a false boolean');
});

test('React 18: the boolean trap (guided={false} becomes guided="false") and the example that avoids it', async () => {
  const { off, on, trap, version } = await run(
    'react18',
    `import { renderToString } from 'react-dom/server';
     import { version } from 'react';
     import { PainExplainer } from './react18.jsx';
     export { version };
     export const off = renderToString(<PainExplainer guided={false} />);
     export const on = renderToString(<PainExplainer guided />);
     export const trap = renderToString(<pt-gate-control guided={false} />);`,
    { alias: { react: join(react18, 'react'), 'react-dom': join(react18, 'react-dom') } },
  );
  assert.match(version, /^18\./);
  assert.equal(gateTag(trap), '<pt-gate-control guided="false">', 'React 18 turns false into the string "false"');
  assert.equal(gateTag(off), '<pt-gate-control pain="70" theme="light">');
  assert.equal(gateTag(on), '<pt-gate-control pain="70" guided="" theme="light">');
});

test('Vue 3: with isCustomElement the compiler leaves pt-* tags to the browser; server output keeps the attributes', async () => {
  const { parse, compileScript } = await import('@vue/compiler-sfc');
  const source = readFileSync(join(examples, 'PainExplainer.vue'), 'utf8');
  const { descriptor, errors } = parse(source, { filename: 'PainExplainer.vue' });
  assert.deepEqual(errors, []);
  const compile = (ssr, isCustomElement) =>
    compileScript(descriptor, { id: 'pain', inlineTemplate: true, templateOptions: { ssr, compilerOptions: { isCustomElement } } }).content;
  const isCustomElement = (tag) => tag.startsWith('pt-');
  assert.match(compile(false, () => false), /resolveComponent\("pt-gate-control"\)/, 'without isCustomElement Vue looks for a component');
  const client = compile(false, isCustomElement);
  assert.doesNotMatch(client, /resolveComponent/);
  assert.match(client, /"pt-gate-control"/);
  const ssrFile = join(out, 'PainExplainer.vue.js');
  writeFileSync(ssrFile, compile(true, isCustomElement));
  const vue = await run(
    'vue',
    `import { createSSRApp } from 'vue';
     import { renderToString } from 'vue/server-renderer';
     import Comp from ${JSON.stringify(ssrFile)};
     export const html = () => renderToString(createSSRApp(Comp, { guided: false }));`,
    { nodePaths: [join(root, 'node_modules')] },
  );
  assert.equal(gateTag(await vue.html()), '<pt-gate-control pain="70" theme="light">');
});

test('Svelte 5: the component compiles without warnings and server-renders the element with its attributes', async () => {
  const { compile } = await import('svelte/compiler');
  const source = readFileSync(join(examples, 'PainExplainer.svelte'), 'utf8');
  const client = compile(source, { filename: 'PainExplainer.svelte', generate: 'client' });
  assert.deepEqual(client.warnings.map((w) => w.message), []);
  const server = compile(source, { filename: 'PainExplainer.svelte', generate: 'server' });
  const ssrFile = join(out, 'PainExplainer.svelte.js');
  writeFileSync(ssrFile, server.js.code);
  const { off, on } = await run(
    'svelte',
    `import { render } from 'svelte/server';
     import Comp from ${JSON.stringify(ssrFile)};
     export const off = render(Comp, { props: { guided: false } }).body;
     export const on = render(Comp, { props: { guided: true } }).body;`,
    { nodePaths: [join(root, 'node_modules')], conditions: ['svelte'] },
  );
  assert.equal(gateTag(off), '<pt-gate-control pain="70" theme="light">');
  assert.match(gateTag(on), /^<pt-gate-control pain="70" guided(="true"|="")? theme="light">$/);
  assert.match(client.js.code, /pt-gate-change/, 'the client build listens to pt-gate-change');
});

test('pt-explainers/classes gives every class without registering a tag; a widget entry registers its own', async () => {
  // Lit's node build brings a small custom-element registry, enough to see what each import defines.
  const classes = await import('pt-explainers/classes');
  assert.deepEqual(Object.keys(classes).sort(), ['PtGateControl', 'PtTechniqueCard', 'PtTechniqueCompare', 'PtTriggerPointMap', 'PtVisitGuide']);
  for (const tag of ['pt-gate-control', 'pt-technique-card', 'pt-technique-compare', 'pt-trigger-point-map', 'pt-visit-guide']) {
    assert.equal(customElements.get(tag), undefined, `${tag} was registered by the class-only import`);
  }
  await import('pt-explainers/gate-control');
  assert.equal(customElements.get('pt-gate-control'), classes.PtGateControl, 'the registering entry defines the same class');
});
