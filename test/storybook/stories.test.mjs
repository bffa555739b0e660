// Every story and docs page of the static Storybook build loads in Chromium with no console error,
// no uncaught exception, no failed request and no request to another origin. Run after
// `npm run build-storybook`.
//
// One page session for all of them: the preview iframe is loaded once, and each entry is then shown
// through the preview's channel (setCurrentStory, as the manager UI does), which tears down the previous
// story and renders the next. Each test waits for Storybook's own "rendered" events for its entry and for
// every widget in it to finish its Lit update, not for a fixed time. Problems are collected between
// tests, so one a story causes late is still caught, by the next entry's test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { ensureChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const indexFile = `${root}index.json`;
const entries = existsSync(indexFile) ? Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries) : [];
const viewMode = (entry) => (entry.type === 'docs' ? 'docs' : 'story');

/** Storybook channel events that mean a render failed. */
const FAILED = ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException', 'storyRenderPhaseChanged:errored'];

let server;
let browser;
let page;
/** What went wrong since the current entry began: console errors, failed or foreign requests, page errors. */
let problems = [];

before(async () => {
  assert.ok(existsSync(indexFile), 'storybook-static/index.json is missing: run `npm run build-storybook` first');
  assert.ok(entries.length > 0, 'storybook-static/index.json lists no entries');
  server = await startServer({ root, index: '/index.html' });
  browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS, headless: true });
  page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  page.on('console', (msg) => {
    // The browser's own automatic /favicon.ico probe is not the page's doing.
    if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico')) {
      problems.push(`console.error: ${msg.text()} (${msg.location().url})`);
    }
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico')) problems.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
  // One page load for the whole run: a reload would mean Storybook gave up on switching stories.
  let loads = 0;
  page.on('load', () => {
    if (++loads > 1) problems.push('the preview reloaded the page');
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request to another origin: ${req.url()}`);
    }
  });
  // Record the preview's channel events from the first script on (the first entry renders during load).
  await page.addInitScript(() => {
    window.__ptSb = [];
    const hook = () => {
      const ch = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!ch) return setTimeout(hook, 10);
      // Its reporters hold the a11y addon's axe result (addon-a11y afterEach; status "failed" on a violation).
      ch.on('storyFinished', ({ storyId, status, reporters = [] }) => {
        const found = reporters.filter((r) => r.status !== 'passed').map((r) =>
          r.result?.error ? `${r.type}: ${r.result.error}` : (r.result?.violations ?? []).map((v) => `${v.id} (${v.impact}) at ${v.nodes?.map((n) => JSON.stringify(n.target)).join(', ')}`).join('; '));
        window.__ptSb.push({ name: 'storyFinished', id: storyId, detail: status, found: found.join('; ') });
      });
      for (const name of ['storyChanged', 'docsRendered', 'storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException']) {
        ch.on(name, (arg) => window.__ptSb.push({ name, id: typeof arg === 'string' ? arg : undefined, detail: typeof arg === 'string' ? '' : JSON.stringify(arg)?.slice(0, 500) }));
      }
      ch.on('storyRenderPhaseChanged', ({ newPhase, storyId }) => {
        if (newPhase === 'errored') window.__ptSb.push({ name: 'storyRenderPhaseChanged:errored', id: storyId, detail: '' });
      });
    };
    hook();
  });
  const first = entries[0];
  await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(first.id)}&viewMode=${viewMode(first)}`, { waitUntil: 'load' });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Shows `entry` (the first one is already loading) and resolves when Storybook says it rendered or failed. */
async function show(entry, index) {
  const mark = await page.evaluate(
    ({ id, mode, navigate }) => {
      if (!navigate) return 0;
      const mark = window.__ptSb.length;
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId: id, viewMode: mode });
      return mark;
    },
    { id: entry.id, mode: viewMode(entry), navigate: index > 0 },
  );
  // A story is done when Storybook reports it finished (after its render and the a11y addon's afterEach;
  // switching away earlier makes the preview reload the page). A docs page renders its stories inline,
  // and each of those reports too: so a story view counts only after the preview switched to it
  // (storyChanged; not sent for the page's first entry), and a docs page only once every story block
  // on it has finished as well.
  const handle = await page
    .waitForFunction(
    ({ id, mode, mark, first, failed }) => {
      const events = window.__ptSb.slice(mark);
      const error = events.find((e) => failed.includes(e.name));
      if (error) return error;
      const rendered = (sid, from = 0) => events.slice(from).find((e) => e.name === 'storyFinished' && e.id === sid);
      if (mode === 'story') {
        const changed = events.findIndex((e) => e.name === 'storyChanged' && e.id === id);
        return changed >= 0 ? rendered(id, changed) : first && rendered(id);
      }
      const docs = events.find((e) => e.name === 'docsRendered' && e.id === id);
      const blocks = [...document.querySelectorAll('#storybook-docs .sb-story[id^="story--"]')].map((el) => el.id.slice('story--'.length).replace(/--primary$/, ''));
      return docs && blocks.every((sid) => rendered(sid)) ? docs : false;
    },
    { id: entry.id, mode: viewMode(entry), mark, first: index === 0, failed: FAILED },
    { timeout: 60000, polling: 50 },
    )
    .catch(async (e) => {
      const events = await page.evaluate((mark) => window.__ptSb.slice(mark).map((x) => `${x.name}(${x.id ?? ''})`), mark);
      throw new Error(`${entry.id} did not finish rendering: ${e.message}\n  channel events since it was selected: ${events.join(' ') || 'none'}`);
    });
  const event = await handle.jsonValue();
  if (FAILED.includes(event.name)) {
    problems.push(`Storybook ${event.name}: ${event.detail} ${await page.locator('#error-message').innerText().catch(() => '')}`);
    return;
  }
  const unfinished = await page.evaluate((mark) => window.__ptSb.slice(mark).filter((e) => e.name === 'storyFinished' && e.detail !== 'success'), mark);
  for (const e of unfinished) problems.push(`Storybook reports ${e.id} finished with status "${e.detail}": ${e.found || 'no details'}`);
  // Every widget on show has finished its update (the docs page renders each of its stories inline),
  // then two frames so anything the first render scheduled has run too.
  await page.evaluate(async () => {
    const all = [];
    const visit = (r) => {
      for (const el of r.querySelectorAll('*')) {
        if (el.localName.startsWith('pt-')) all.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    await Promise.all(all.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

test('the Storybook build has stories for every widget', () => {
  const titles = new Set(entries.map((e) => e.title));
  for (const tag of ['pt-gate-control', 'pt-technique-compare', 'pt-technique-card', 'pt-trigger-point-map', 'pt-visit-guide']) {
    assert.ok(
      entries.some((e) => e.type === 'story' && (e.importPath ?? '').includes(tag)),
      `no story file for ${tag} (titles: ${[...titles].join(', ')})`,
    );
  }
});

/**
 * Accessibility findings of the a11y addon known and not yet fixed, by story: reported as TODO (the test
 * still runs, prints the finding and fails on anything else). Remove an entry once it is fixed.
 */
/** Storybook a11y findings known and reported (story id → the finding's pattern); none at present. */
const KNOWN_A11Y = {};

entries.forEach((entry, index) => {
  test(`${entry.type} ${entry.id} loads cleanly`, async (t) => {
    // Problems are collected from the end of the previous test, so the first entry's include the
    // preview's own load, and anything a story does late is still caught (by the next entry's test).
    await show(entry, index);
    if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) {
      problems.push(`Storybook error display: ${await page.locator('#error-message').innerText().catch(() => '')}`);
    }
    const found = problems;
    problems = [];
    const known = KNOWN_A11Y[entry.id];
    if (known && found.length === 1 && known.test(found[0])) return t.todo(`known a11y finding: ${found[0]}`);
    assert.deepEqual(found, [], `${entry.id}:\n${found.join('\n')}`);
  });
});
