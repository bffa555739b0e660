// What a visitor's browser really downloads for one widget: a real page with the script-tag loader and
// one element, every file fetched from dist/ counted (loader, entry, Lit, core, lazily imported text,
// bibliography, animation…) until the widget is complete — a 2D widget has rendered its "Sources" list,
// the map has drawn its first 3D frame — and the network has gone quiet. Sizes are gzip -9 of each
// fetched file (deterministic); budgets: size-budgets.json "fetched"; numbers: docs/performance.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, DIST, REPO, BASE_ATTRS } from '../embed/harness.mjs';
import { gzipSize } from '../../bench/chunks.mjs';

const { fetched } = JSON.parse(readFileSync(join(REPO, 'size-budgets.json'), 'utf8'));
const { budgets, targets, waivers = {} } = fetched;
const MAP = 'pt-trigger-point-map';
const kB = (n) => `${(n / 1000).toFixed(2)} kB`;

/** What "complete" means per widget, checked in the page. */
const DONE = {
  twoD: 'sources',
  [MAP]: 'first-frame',
};

let server;
let browser;

function pageFor(tag, attrs = {}, lang = 'en') {
  const a = Object.entries(attrs).map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${tag}</title></head>
<body><main style="max-width: 60rem"><${tag}${a}></${tag}></main>
<script type="module" src="/dist/pt-explainers.js"></script></body></html>`;
}

before(async () => {
  const routes = {};
  for (const tag of Object.keys(budgets)) {
    for (const lang of ['en', 'es']) {
      const html = pageFor(tag, BASE_ATTRS[tag], lang);
      routes[`/size/${tag}.${lang}.html`] = (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    }
  }
  server = await serve({ routes });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Page-side: true once the widget is complete by `what`. */
function complete({ tag, what }) {
  const el = document.querySelector(tag);
  if (!el?.shadowRoot) return false;
  if (what === 'first-frame') return performance.getEntriesByName(`pt:${tag}:first-frame`).length > 0;
  return el.shadowRoot.querySelectorAll('.pt-sources li').length > 0;
}

/**
 * Loads the page and returns every dist/ file it fetched until the widget was complete and no request
 * was started for `quietMs` after that (a chunk imported right after the first render counts too).
 */
export async function measureFetched(tag, { lang = 'en', quietMs = 500, timeout = 20000 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const files = new Set();
  let last = Date.now();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  context.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/dist/')) files.add(path.slice('/dist/'.length));
    last = Date.now();
  });
  try {
    await page.goto(`${server.url}/size/${tag}.${lang}.html`, { waitUntil: 'load' });
    const what = DONE[tag] ?? DONE.twoD;
    await page.waitForFunction(complete, { tag, what }, { timeout, polling: 50 });
    while (Date.now() - last < quietMs) await new Promise((r) => setTimeout(r, 50));
    const list = [...files].sort().map((f) => ({ file: f, gzip: gzipSize(join(DIST, f)) }));
    return { files: list, total: list.reduce((a, f) => a + f.gzip, 0), errors };
  } finally {
    await context.close();
  }
}

/** The budget for one locale page: a number applies to both. */
const budgetFor = (tag, lang) => (typeof budgets[tag] === 'number' ? budgets[tag] : budgets[tag][lang]);

test('a fetched budget above its target has a written reason (a waiver), and never hides a missing number', () => {
  for (const tag of Object.keys(budgets)) {
    for (const lang of ['en', 'es']) {
      const budget = budgetFor(tag, lang);
      const target = tag === MAP ? targets.map : targets.widget2d;
      assert.ok(Number.isFinite(budget), `${tag} has no ${lang} budget`);
      if (budget <= target) continue;
      assert.ok(typeof waivers[tag] === 'string' && waivers[tag].trim(), `${tag} (${lang}): budget ${budget} B is above the ${target} B target without a reason in fetched.waivers`);
      console.log(`# ${tag} (${lang}): budget ${budget} B is above the ${target} B target — waived: ${waivers[tag]}`);
    }
  }
});

for (const tag of Object.keys(budgets)) {
  for (const lang of ['en', 'es']) {
    const budget = budgetFor(tag, lang);
    test(`${tag} (lang=${lang}): everything fetched until ${tag === MAP ? 'the first 3D frame' : 'its sources are rendered'} within ${kB(budget)} gzip`, async () => {
      const m = await measureFetched(tag, { lang });
      const listing = m.files.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ');
      console.log(`# ${tag} lang=${lang}: ${m.total} B gzip (${kB(m.total)}) in ${m.files.length} files: ${listing}`);
      assert.deepEqual(m.errors, [], 'uncaught errors in the page');
      assert.ok(m.files.some((f) => f.file === 'pt-explainers.js'), 'the loader itself was not counted');
      assert.ok(m.total <= budget, `${tag} (lang=${lang}) fetched ${m.total} B gzip (${kB(m.total)}), over its budget of ${budget} B (size-budgets.json fetched.budgets["${tag}"])\n  files: ${listing}`);
    });
  }
}

test('pt-gate-control: the words shown on request arrive when the reader opens a disclosure, and only then (built library)', async () => {
  for (const [lang, role] of [['en', 'The thinnest nerve.'], ['es', 'El nervio más delgado.']]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const files = [];
    context.on('request', (r) => files.push(new URL(r.url()).pathname));
    try {
      await page.goto(`${server.url}/size/pt-gate-control.${lang}.html`, { waitUntil: 'load' });
      await page.waitForFunction(complete, { tag: 'pt-gate-control', what: 'sources' }, { polling: 50 });
      const more = () => files.filter((f) => /\/(english|spanish)-more-[\w-]+\.js$/.test(f));
      assert.deepEqual(more(), [], `${lang}: no words on request before the reader asks`);
      const summary = page.locator('pt-gate-control details.parts-info summary');
      await summary.click();
      await page.locator('pt-gate-control details.parts-info dd').nth(3).waitFor();
      assert.ok((await page.locator('pt-gate-control details.parts-info dd').nth(3).textContent()).startsWith(role), `${lang}: what each part does, in the page's language`);
      assert.deepEqual(more().map((f) => f.match(/(english|spanish)-more/)[0]), [lang === 'es' ? 'spanish-more' : 'english-more']);
    } finally {
      await context.close();
    }
  }
});

