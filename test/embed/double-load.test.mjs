// The loader included twice, a second copy of the library, a copy of another release, and a page
// that already owns a pt-* tag: no exception, one warning per real conflict, other widgets still work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, TAGS, settle, widgetChunks, pageState, WARN_SHAPE, fmt } from './harness.mjs';

let server;
let browser;
const chunks = widgetChunks();

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const ours = (log) => log.warnings.filter((w) => /\[pt-/.test(w));

test('double-load: loader twice + a second copy at /dist2/ (loader and every widget chunk): silent, all render', async () => {
  const s = await open(browser, server.page('double.html'));
  try {
    // A second copy of the same release registering its widgets (e.g. one plugin bundles it, another uses the CDN).
    const urls = TAGS.map((t) => `/dist2/${chunks[t]}`);
    const result = await s.page.evaluate(async (urls) => {
      const out = [];
      for (const u of urls) {
        try {
          await import(u);
          out.push('ok');
        } catch (e) {
          out.push(String(e));
        }
      }
      return out;
    }, urls);
    await settle(s.page, 300);
    const state = await s.page.evaluate(pageState, TAGS);
    const loaders = await s.page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /pt-explainers\.js$/.test(e.name)).map((e) => new URL(e.name).pathname));
    console.log(`# loader files fetched: ${loaders.join(', ')}; second-copy imports: ${result.join(', ')}`);
    assert.deepEqual(result, TAGS.map(() => 'ok'), 'importing the second copy threw');
    assert.deepEqual(s.log.pageErrors, [], 'uncaught errors');
    assert.deepEqual(ours(s.log), [], 'a second copy of the same release must be silent');
    assert.deepEqual(s.log.errors, [], 'console errors');
    for (const t of TAGS) assert.ok(state[t].rendered === state[t].count && state[t].count >= 1, `<${t}> did not render: ${fmt(state)}`);
    // The elements in the page belong to the first copy (no double registration).
    const stamped = await s.page.evaluate(() => ['pt-gate-control'].map((t) => customElements.get(t)[Symbol.for('pt-explainers.version')]));
    assert.equal(stamped[0], server.version);
  } finally {
    await s.close();
  }
});

test('double-load: a copy of ANOTHER release: exactly one warning naming both versions, the first copy keeps working', async () => {
  const s = await open(browser, server.page('double.html'));
  try {
    await s.page.evaluate((u) => import(u), `/dist3/${chunks['pt-gate-control']}`);
    await settle(s.page, 200);
    const w = ours(s.log);
    console.log(`# warnings: ${fmt(w)}`);
    assert.deepEqual(s.log.pageErrors, []);
    assert.equal(w.length, 1, `expected one warning, got ${fmt(w)}`);
    assert.match(w[0], /^\[pt-gate-control\] /);
    assert.match(w[0], new RegExp(server.version.replace(/\./g, '\\.')));
    assert.match(w[0], /9\.9\.9-other/);
    assert.match(w[0], WARN_SHAPE);
    const state = await s.page.evaluate(pageState, TAGS);
    for (const t of TAGS) assert.equal(state[t].rendered, state[t].count, `<${t}> stopped rendering: ${fmt(state)}`);
  } finally {
    await s.close();
  }
});

test('double-load: the page already defined <pt-technique-card>: no exception, ONE warning naming the tag, the other widgets work', async () => {
  const others = TAGS.filter((t) => t !== 'pt-technique-card');
  const s = await open(browser, server.page('foreign.html'), { wait: others });
  try {
    await settle(s.page, 500);
    const w = ours(s.log);
    const state = await s.page.evaluate(pageState, TAGS);
    const card = await s.page.evaluate(() => {
      const el = document.querySelector('pt-technique-card');
      return { text: el.textContent, shadow: !!el.shadowRoot, ctor: customElements.get('pt-technique-card').name };
    });
    console.log(`# warnings: ${fmt(w)}; foreign card: ${fmt(card)}`);
    assert.deepEqual(s.log.pageErrors, [], 'uncaught errors');
    assert.equal(card.ctor, 'ForeignCard', 'the page\'s own element must keep its tag');
    assert.equal(card.text, 'the page\u2019s own card');
    for (const t of others) assert.ok(state[t].count >= 1 && state[t].rendered === state[t].count, `<${t}> did not render: ${fmt(state)}`);
    const about = w.filter((x) => x.includes('pt-technique-card'));
    assert.equal(about.length, 1, `expected exactly one warning about the foreign <pt-technique-card>, got ${fmt(w)}`);
    assert.match(about[0], WARN_SHAPE);
  } finally {
    await s.close();
  }
});
