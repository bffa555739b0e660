// No silent loss of a clinic's configuration, and a visible fallback when a widget's code cannot load:
// - invalid JSON, a config script that the page editor moved out of the widget (WordPress's automatic
//   paragraphs), and a config-id naming nothing each give one well-shaped warning and the defaults;
// - config-id="<id>" attaches a <script type="application/json" id="<id>"> from elsewhere in the page;
// - a widget chunk that 404s collapses the reserved box, shows the content inside the tag, and one
//   warning names the file that failed.
/* global document, window, getComputedStyle, customElements -- page-side code runs in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, widgetChunks, WARN_SHAPE, fmt } from './harness.mjs';

const page = (body) => (req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>config</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
${body}
<script type="module" src="/dist/pt-explainers.js"></script></body></html>`);
};

const TITLE = 'Gate title from the clinic';
const CONFIG = JSON.stringify({ title: TITLE });
const FALLBACK = '<p class="fallback">Our pain explainer: <a href="/pain">read it as a page</a>.</p>';

const routes = {
  // What WordPress's wpautop makes of a tag and its script separated by a blank line (seen on WordPress 6.1).
  '/moved.html': page(`<p><pt-gate-control id="w"></p>\n<p><script type="application/json">${CONFIG}</script><br />\n</pt-gate-control></p>`),
  '/invalid.html': page(`<pt-gate-control id="w"><script type="application/json">{"title": "A"</p>\n<p>}</script></pt-gate-control>`),
  '/config-id.html': page(`<pt-gate-control id="w" config-id="gate-config"></pt-gate-control>
<p>Some text between.</p><script type="application/json" id="gate-config">${CONFIG}</script>`),
  '/config-id-missing.html': page(`<pt-gate-control id="w" config-id="no-such-id"></pt-gate-control>`),
  // A builder that keeps a config-id script next to the widget must not be told it was moved.
  '/config-id-neighbour.html': page(`<pt-gate-control id="a"></pt-gate-control><script type="application/json" id="cfg-b">${CONFIG}</script>
<pt-gate-control id="w" config-id="cfg-b"></pt-gate-control>`),
  '/fallback.html': page(`<h1>Before</h1><pt-technique-compare id="w">${FALLBACK}</pt-technique-compare><p id="after">After</p>`),
};

let server;
let browser;

before(async () => {
  server = await serve({ routes });
  browser = await launch({ webgl: false });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The widget's warnings, once at least one has arrived (the config validator and its messages load lazily). */
async function warningsOf(log, tag, timeout = 10000) {
  const end = Date.now() + timeout;
  while (!log.warnings.some((w) => w.startsWith(`[${tag}]`)) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 300)); // and no second one right after
  return log.warnings.filter((w) => w.startsWith(`[${tag}]`));
}

const heading = (p) => p.evaluate(() => document.getElementById('w').shadowRoot.querySelector('h2, h3, [role="heading"]')?.textContent.trim());

test('a config script moved out of the widget is reported once, and the defaults render', async () => {
  const { page: p, log, close } = await open(browser, `${server.url}/moved.html`, { wait: ['pt-gate-control'] });
  try {
    const warns = await warningsOf(log, 'pt-gate-control');
    assert.equal(warns.length, 1, fmt(log.warnings));
    assert.match(warns[0], WARN_SHAPE);
    assert.match(warns[0], /outside it/);
    assert.match(warns[0], /config-id/);
    assert.notEqual(await heading(p), TITLE);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await close();
  }
});

test('invalid JSON (a paragraph break inside it) is reported once, and the defaults render', async () => {
  const { page: p, log, close } = await open(browser, `${server.url}/invalid.html`, { wait: ['pt-gate-control'] });
  try {
    const warns = await warningsOf(log, 'pt-gate-control');
    assert.equal(warns.length, 1, fmt(log.warnings));
    assert.match(warns[0], /not valid JSON/);
    await p.waitForFunction(() => document.getElementById('w').shadowRoot.querySelector('h2, h3, [role="heading"]'), null, { timeout: 10000 });
    assert.ok(await heading(p), 'the default heading renders');
  } finally {
    await close();
  }
});

test('config-id attaches a JSON script from elsewhere in the page, later edits included', async () => {
  const { page: p, log, close } = await open(browser, `${server.url}/config-id.html`, { wait: ['pt-gate-control'] });
  try {
    await p.waitForFunction((t) => document.getElementById('w').shadowRoot.textContent.includes(t), TITLE, { timeout: 15000 });
    assert.deepEqual(log.warnings, []);
    await p.evaluate(() => (document.getElementById('gate-config').textContent = JSON.stringify({ title: 'Edited later' })));
    await p.waitForFunction(() => document.getElementById('w').shadowRoot.textContent.includes('Edited later'), null, { timeout: 15000 });
  } finally {
    await close();
  }
});

test('config-id inside a shadow root finds the script in that shadow root first', async () => {
  const { page: p, log, close } = await open(browser, `${server.url}/config-id-missing.html`, { wait: ['pt-gate-control'] });
  try {
    await p.evaluate((config) => {
      // The page has a script with the same id outside: the one in the widget's own shadow root wins.
      const outer = document.createElement('script');
      outer.type = 'application/json';
      outer.id = 'shadow-config';
      outer.textContent = JSON.stringify({ title: 'From the page' });
      document.body.append(outer);
      const host = document.createElement('div');
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = `<pt-gate-control config-id="shadow-config"></pt-gate-control><script type="application/json" id="shadow-config">${config}</script>`;
      document.body.append(host);
      window.__shadowWidget = root.querySelector('pt-gate-control');
    }, CONFIG);
    await p.waitForFunction((t) => window.__shadowWidget.shadowRoot?.textContent.includes(t), TITLE, { timeout: 10000 });
    assert.deepEqual(log.warnings.filter((w) => !w.includes('no-such-id')), []);
  } finally {
    await close();
  }
});

test('config-id naming nothing is reported once; a script another widget names is not "moved"', async () => {
  const missing = await open(browser, `${server.url}/config-id-missing.html`, { wait: ['pt-gate-control'] });
  try {
    await warningsOf(missing.log, 'pt-gate-control');
    assert.equal(missing.log.warnings.length, 1, fmt(missing.log.warnings));
    assert.match(missing.log.warnings[0], /^\[pt-gate-control\] config-id "no-such-id" names no <script type="application\/json"> on the page; using the built-in content — valid: /);
  } finally {
    await missing.close();
  }
  const neighbour = await open(browser, `${server.url}/config-id-neighbour.html`, { wait: ['pt-gate-control'] });
  try {
    await neighbour.page.waitForFunction((t) => document.getElementById('w').shadowRoot.textContent.includes(t), TITLE, { timeout: 15000 });
    assert.deepEqual(neighbour.log.warnings, []);
  } finally {
    await neighbour.close();
  }
});

test('a widget whose code cannot load collapses its reserved box and shows its own content, with one warning naming the file', async () => {
  const chunk = widgetChunks()['pt-technique-compare'];
  assert.ok(chunk, 'the loader names a chunk for pt-technique-compare');
  let release;
  const held = new Promise((r) => (release = r));
  // Not open(): the held chunk request must not be waited for.
  const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
  const p = await context.newPage();
  const log = { warnings: [], pageErrors: [] };
  p.on('console', (m) => m.type() === 'warning' && log.warnings.push(m.text()));
  p.on('pageerror', (e) => log.pageErrors.push(String(e)));
  let requested;
  const asked = new Promise((r) => (requested = r));
  await p.route(`**/dist/${chunk}`, async (route) => {
    requested();
    await held;
    await route.fulfill({ status: 404, body: 'not found' });
  });
  const close = () => context.close();
  await p.goto(`${server.url}/fallback.html`, { waitUntil: 'domcontentloaded' });
  await asked;
  try {
    const state = () =>
      p.evaluate(() => {
        const w = document.getElementById('w');
        const fb = w.querySelector('.fallback');
        return { height: w.getBoundingClientRect().height, fallback: getComputedStyle(fb).visibility, defined: !!customElements.get('pt-technique-compare') };
      });
    // While the code is on its way, the box is reserved and the fallback hidden (no flash of it).
    const loading = await state();
    assert.ok(loading.height > 1000, `reserved height on a phone while loading: ${fmt(loading)}`);
    assert.equal(loading.fallback, 'hidden');
    release();
    await p.waitForFunction(() => document.getElementById('w').getBoundingClientRect().height < 200, null, { timeout: 15000 });
    const failed = await state();
    assert.equal(failed.fallback, 'visible', fmt(failed));
    assert.equal(failed.defined, false);
    const fbText = await p.evaluate(() => document.getElementById('w').innerText);
    assert.match(fbText, /read it as a page/);
    const warns = log.warnings.filter((w) => w.startsWith('[pt-technique-compare]'));
    assert.equal(warns.length, 1, fmt(log.warnings));
    assert.match(warns[0], WARN_SHAPE);
    assert.ok(warns[0].includes(chunk.split('/').pop()), `the warning names ${chunk}: ${warns[0]}`);
    assert.deepEqual(log.pageErrors, []);
  } finally {
    await close();
  }
});
