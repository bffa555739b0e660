// The release zip's embed builder opened from disk (file://, as a double-click opens it) in headless
// Chromium: built by scripts/build-builder.mjs from the built dist/ into a folder laid out like the zip;
// choose, edit, copy and preview must work with no server, no module script and no request at all.
/* global document, navigator */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { buildBuilder } from '../../scripts/build-builder.mjs';

const root = process.env.PT_SITE_ROOT ?? join(import.meta.dirname, '../..');
const folder = join(mkdtempSync(join(tmpdir(), 'pt-builder-offline-')), 'pt-explainers/builder');
let browser, page;
const requests = [];
const problems = [];

before(async () => {
  await buildBuilder(folder, { dist: join(root, 'dist') });
  browser = await chromium.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await page.goto(pathToFileURL(join(folder, 'builder.html')).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
});
after(async () => {
  await browser?.close();
});

const previewText = (id) => page.evaluate((id) => document.querySelector(`#${id} > *`)?.shadowRoot?.textContent ?? '', id);

test('the built page loads one classic script (no module, which file:// refuses) beside its stylesheet', () => {
  const html = readFileSync(join(folder, 'builder.html'), 'utf8');
  assert.doesNotMatch(html, /type="module"/);
  assert.match(html, /<script defer src="builder\.js"><\/script>/);
  const js = readFileSync(join(folder, 'builder.js'), 'utf8');
  assert.doesNotMatch(js, /^\s*(import|export)\s/m, 'builder.js is not a classic script');
  assert.doesNotMatch(js, /\bfetch\(/, 'builder.js fetches something');
});

test('from file://: every widget is offered and choosing one builds its controls from the built-in manifest', async () => {
  assert.match(page.url(), /^file:\/\//);
  const options = await page.$$eval('#widget option', (os) => os.map((o) => o.value));
  assert.deepEqual(options.sort(), ['pt-gate-control', 'pt-technique-card', 'pt-technique-compare', 'pt-trigger-point-map', 'pt-visit-guide']);
  await page.selectOption('#widget', 'pt-gate-control');
  const controls = await page.$$eval('#attribute-controls [data-attr]', (els) => els.map((e) => e.dataset.attr));
  assert.deepEqual(controls, ['pain', 'touch', 'brain', 'guided', 'step', 'theme']);
  assert.match(await page.textContent('#config-hint'), /Fields you can set: .*title/, 'the built-in schema was not used');
});

test('from file://: settings reach the preview and the snippet, and Copy puts the snippet on the clipboard', async () => {
  await page.fill('#attr-pain', '80');
  await page.selectOption('#attr-brain', 'stressed');
  await page.waitForFunction(() => document.querySelector('#preview-desktop pt-gate-control')?.getAttribute('brain') === 'stressed');
  await page.waitForFunction(() => document.querySelector('#preview-desktop pt-gate-control')?.shadowRoot?.textContent.length > 50);
  const snippet = await page.inputValue('#snippet');
  assert.match(snippet, /<pt-gate-control pain="80" brain="stressed">/);
  await page.click('#copy-snippet');
  // the status is set once the clipboard write (a promise) has finished
  await page.waitForFunction(() => document.querySelector('#copy-status')?.textContent !== '', null, { timeout: 5000 });
  assert.equal(await page.textContent('#copy-status'), 'HTML copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
});

test('from file://: the clinic JSON is checked by the widget itself (its lazily loaded validator is built in)', async () => {
  await page.fill('#config', '{ "title": 5 }');
  await page.waitForFunction(() => document.querySelector('#config-errors li'), null, { timeout: 10000 });
  assert.match(await page.textContent('#config-errors'), /title/);
  await page.fill('#config', '{ "title": "Why rubbing it helps" }');
  await page.waitForFunction(() => document.querySelector('#config-errors')?.textContent === 'The clinic JSON is valid.', null, { timeout: 10000 });
  assert.match(await previewText('preview-desktop'), /Why rubbing it helps/);
});

test('from file://: preview at phone and desktop width, and in Spanish (the translations are built in)', async () => {
  const widths = await page.evaluate(() => ['#preview-phone', '#preview-desktop'].map((s) => document.querySelector(`${s} > *`).getBoundingClientRect().width));
  assert.ok(widths[0] <= 360 && widths[1] > 600, `widths ${widths}`);
  await page.selectOption('#widget', 'pt-technique-card');
  await page.selectOption('#attr-technique', { index: 0 }).catch(() => page.fill('#attr-technique', 'swedish'));
  await page.selectOption('#preview-lang', 'es');
  await page.waitForFunction(() => /sueco/i.test(document.querySelector('#preview-phone > *')?.shadowRoot?.textContent ?? ''), null, { timeout: 10000 });
  assert.match(await previewText('preview-desktop'), /sueco/i);
});

test('from file://: the 3D map widget previews too, and nothing but the builder\'s own three files was requested', async () => {
  await page.selectOption('#preview-lang', 'en');
  await page.selectOption('#widget', 'pt-trigger-point-map');
  await page.waitForFunction(() => document.querySelector('#preview-desktop > *')?.shadowRoot?.textContent.length > 50, null, { timeout: 15000 });
  await page.waitForTimeout(500);
  const own = ['builder.html', 'builder.css', 'builder.js'].map((f) => pathToFileURL(join(folder, f)).href);
  assert.deepEqual(requests.filter((u) => !own.includes(u) && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(problems, []);
});
