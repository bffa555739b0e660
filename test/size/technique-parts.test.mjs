// The technique widgets fetch only the text they show (scripts/technique-parts.mjs): on a real page of the
// built library, a card fetches one text file (the common part with its technique), a comparison one (the
// common part with its default three) and one more per technique the reader adds; a Spanish page fetches no
// English text; a Spanish file that fails shows the English with one warning. Numbers: fetched.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, distFiles, DIST } from '../embed/harness.mjs';

let server;
let browser;

const page = (body, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head>
<body><main style="max-width: 60rem">${body}</main><script type="module" src="/dist/pt-explainers.js"></script></body></html>`;

const PAGES = {
  card: '<pt-technique-card technique="swedish"></pt-technique-card>',
  compare: '<pt-technique-compare></pt-technique-compare>',
};

before(async () => {
  const routes = {};
  for (const [name, body] of Object.entries(PAGES)) {
    for (const lang of ['en', 'es']) routes[`/parts/${name}.${lang}.html`] = (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(body, lang));
  }
  server = await serve({ routes });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page and waits until its widget lists its sources; `abort` fails the requests it matches. */
async function load(name, lang, { abort } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  const files = [];
  const warnings = [];
  p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/dist/')) files.push(path.slice('/dist/'.length));
  });
  if (abort) await context.route(abort, (route) => route.abort());
  await p.goto(`${server.url}/parts/${name}.${lang}.html`, { waitUntil: 'load' });
  const tag = `pt-technique-${name}`;
  await p.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelectorAll('.pt-sources li').length > 0, tag, { timeout: 20000, polling: 50 });
  const text = () => p.evaluate((tag) => document.querySelector(tag).shadowRoot.textContent.replace(/\s+/g, ' '), tag);
  return { context, page: p, files, warnings, text, technique: () => files.filter((f) => /(^|\/)technique-(en|es)-/.test(f)).map((f) => f.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$/, '')) };
}

/** Every statement's words in a built text file (s(`words`,{locators}) after minifying). */
function statements(file) {
  return [...readFileSync(join(DIST, file), 'utf8').matchAll(/\b\w+\(`([^`]{25,})`,\{/g)].map((m) => m[1]);
}

/** The English statements of every technique and note, read from the built English files. */
function englishStatements(files) {
  return [...new Set(files.filter((f) => /technique-en-(compare|card-)/.test(f)).flatMap(statements))];
}

test('a card page fetches one text file: the common part with its own technique, and lists that technique\'s sources', async () => {
  const { context, technique, text } = await load('card', 'en');
  try {
    assert.deepEqual(technique(), ['technique-en-card-swedish']);
    const shown = await text();
    assert.match(shown, /Swedish massage/);
    assert.match(shown, /Rapaport MH/);
    assert.doesNotMatch(shown, /Furlan AD/, 'a source only other techniques cite');
  } finally {
    await context.close();
  }
});

test('a Spanish card page fetches the Spanish file only, with no English technique text in anything it downloads', async () => {
  const { context, technique, files, text } = await load('card', 'es');
  try {
    assert.deepEqual(technique(), ['technique-es-card-swedish']);
    const english = englishStatements(distFiles());
    assert.ok(english.length > 50, `read ${english.length} English statements from the built files`);
    // The same reading finds the Spanish statements in the Spanish file (so it would find English ones there).
    const spanish = files.filter((f) => f.includes('technique-es-card-swedish'));
    assert.ok(statements(spanish[0]).length >= 10, 'statements read from the Spanish file');
    for (const f of files) {
      const body = readFileSync(join(DIST, f), 'utf8');
      assert.deepEqual(english.filter((s) => body.includes(s)), [], `English text in ${f}`);
      assert.ok(!body.includes('What is it?'), `English UI words in ${f}`);
    }
    assert.match(await text(), /Masaje sueco/);
  } finally {
    await context.close();
  }
});

test('a comparison fetches its default three in one file per language, and one more file per technique the reader adds', async () => {
  for (const lang of ['en', 'es']) {
    const { context, page: p, technique } = await load('compare', lang);
    try {
      assert.deepEqual(technique(), [`technique-${lang}-compare`]);
      await p.evaluate(async () => {
        const el = document.querySelector('pt-technique-compare');
        const select = el.shadowRoot.querySelector('select');
        select.value = 'dry-needling';
        el.shadowRoot.querySelector('button.add').click();
        await el.updateComplete;
      });
      assert.deepEqual(technique(), [`technique-${lang}-compare`, `technique-${lang}-only-dry-needling`]);
      const heads = await p.evaluate(() => [...document.querySelector('pt-technique-compare').shadowRoot.querySelectorAll('thead .col-name')].map((e) => e.textContent));
      assert.equal(heads.at(-1), lang === 'es' ? 'Punción seca' : 'Dry needling');
    } finally {
      await context.close();
    }
  }
});

test('a Spanish card whose text cannot load shows the English with one warning', async () => {
  const { context, technique, warnings, text } = await load('card', 'es', { abort: /technique-es-/ });
  try {
    assert.deepEqual(technique(), ['technique-es-card-swedish', 'technique-en-card-swedish']);
    assert.equal(warnings.filter((w) => w.includes('could not load the Spanish text')).length, 1, warnings.join('\n'));
    assert.match(await text(), /Swedish massage/);
  } finally {
    await context.close();
  }
});
