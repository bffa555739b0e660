// demo/builder.html in headless Chromium against the built dist/: choose a widget, set attributes from the
// manifest's controls, edit the clinic JSON (the widget's own messages shown), brand colours with a contrast
// warning and darker-shade fix, preview in both widths and Spanish, copy, keyboard, axe-core, no other hosts.
/* global document, navigator, axe */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { buildBuilder } from '../../scripts/build-builder.mjs';

const require = createRequire(import.meta.url);
let server, browser, context, page;
const foreign = [];

before(async () => {
  // PT_SITE_ROOT: a folder with demo/ and dist/ side by side (default: the repo), e.g. an unpacked release zip.
  server = await startServer({ port: 0, root: process.env.PT_SITE_ROOT });
  browser = await chromium.launch({ executablePath: ensureChrome(), headless: true, args: CHROME_ARGS });
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  await page.goto(`${server.url}/demo/builder.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const previewText = (id) => page.evaluate((id) => document.querySelector(`#${id} > *`)?.shadowRoot?.textContent ?? '', id);

test('every widget of custom-elements.json is offered; choosing one builds a control per attribute', async () => {
  const options = await page.$$eval('#widget option', (os) => os.map((o) => o.value));
  assert.ok(options.includes('pt-gate-control') && options.includes('pt-trigger-point-map'), options.join());
  await page.selectOption('#widget', 'pt-gate-control');
  const controls = await page.$$eval('#attribute-controls [data-attr]', (els) => els.map((e) => `${e.dataset.attr}:${e.tagName.toLowerCase()}:${e.type}`));
  assert.deepEqual(controls, ['pain:input:number', 'touch:input:number', 'brain:select:select-one', 'guided:input:checkbox', 'step:input:number', 'theme:select:select-one']);
  const themes = await page.$$eval('#attr-theme option', (os) => os.map((o) => o.value));
  assert.deepEqual(themes, ['', 'page', 'auto', 'light', 'dark']);
});

test('attributes reach the preview and the snippet; Copy puts the snippet on the clipboard', async () => {
  await page.fill('#attr-pain', '80');
  await page.selectOption('#attr-brain', 'stressed');
  await page.check('#attr-guided');
  await page.waitForFunction(() => document.querySelector('#preview-desktop pt-gate-control')?.getAttribute('brain') === 'stressed');
  const snippet = await page.inputValue('#snippet');
  assert.match(snippet, /<pt-gate-control pain="80" brain="stressed" guided>/);
  assert.match(snippet, /<script type="module" src="[^"]*pt-explainers\.js"><\/script>/);
  assert.match(await page.inputValue('#shortcode'), /^\[pt_explainer widget="gate-control" pain="80" brain="stressed" guided="true" \/\]$/);
  await page.click('#copy-snippet');
  // the status is set once the clipboard write (a promise) has finished
  await page.waitForFunction(() => document.querySelector('#copy-status')?.textContent !== '', null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  assert.equal(await page.textContent('#copy-status'), 'HTML copied.');
});

test('clinic JSON: the widget\'s own messages are shown next to the field; valid JSON goes into snippet and shortcode', async () => {
  await page.fill('#config', '{ "title": 5, "colour": "red" }');
  await page.waitForFunction(() => document.querySelector('#config-errors li'), null, { timeout: 10000 });
  const errors = await page.$$eval('#config-errors li', (lis) => lis.map((l) => l.textContent));
  assert.ok(errors.length >= 1, 'no message shown');
  assert.ok(errors.some((e) => /title/.test(e)) && errors.some((e) => /colour/.test(e)), errors.join('\n'));
  assert.equal(await page.getAttribute('#config', 'aria-invalid'), 'true');
  await page.fill('#config', '{ "title": "Why rubbing it helps </script>" }');
  await page.waitForFunction(() => document.querySelector('#config-errors')?.textContent === 'The clinic JSON is valid.', null, { timeout: 10000 });
  assert.match(await previewText('preview-desktop'), /Why rubbing it helps <\/script>/, 'clinic title rendered as text');
  assert.match(await page.inputValue('#snippet'), /"title": "Why rubbing it helps \\u003c\/script>"/);
  assert.match(await page.inputValue('#shortcode'), /\]\{ "title": "Why rubbing it helps \\u003c\/script>" \}\[\/pt_explainer\]$/);
});

test('brand colours: a low-contrast accent is flagged and the darker shade it suggests passes', async () => {
  await page.fill('#brand-accent', '#7fd3cd');
  await page.dispatchEvent('#brand-accent', 'input');
  const bad = await page.$$eval('#contrast li.bad', (lis) => lis.map((l) => l.textContent));
  assert.ok(bad.some((t) => /Accent \(control borders\) on background/.test(t)), bad.join('\n'));
  await page.click('#contrast li.bad button');
  assert.equal(await page.$$eval('#contrast li.bad', (lis) => lis.length), 0, 'the suggested shade still fails');
  const accent = await page.inputValue('#brand-accent');
  assert.notEqual(accent, '#7fd3cd');
  assert.match(await page.inputValue('#snippet'), new RegExp(`--pt-accent: ${accent};`));
  const applied = await page.evaluate(() => document.querySelector('#preview-desktop pt-gate-control').style.getPropertyValue('--pt-accent'));
  assert.equal(applied, accent);
});

test('preview at phone and desktop width, in English and Spanish', async () => {
  const widths = await page.evaluate(() => ['#preview-phone', '#preview-desktop'].map((s) => document.querySelector(`${s} > *`).getBoundingClientRect().width));
  assert.ok(widths[0] <= 360 && widths[1] > 600, `widths ${widths}`);
  await page.selectOption('#widget', 'pt-technique-card');
  await page.selectOption('#attr-technique', { index: 0 }).catch(() => page.fill('#attr-technique', 'swedish'));
  await page.selectOption('#preview-lang', 'es');
  await page.waitForFunction(() => document.querySelector('#preview-phone')?.lang === 'es');
  await page.waitForFunction(() => /Sueco|sueco/.test(document.querySelector('#preview-phone > *')?.shadowRoot?.textContent ?? ''), null, { timeout: 10000 });
  assert.match(await previewText('preview-desktop'), /sueco/i);
});

test('keyboard: every control is reachable by Tab and labelled; axe-core finds nothing; no request left this server', async () => {
  await page.selectOption('#widget', 'pt-gate-control');
  const unlabelled = await page.$$eval('input, select, textarea', (els) => els.filter((e) => !e.labels?.length).map((e) => e.id));
  assert.deepEqual(unlabelled, []);
  await page.focus('#widget');
  const seen = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    seen.add(await page.evaluate(() => document.activeElement?.id));
  }
  for (const id of ['attr-pain', 'attr-guided', 'brand-accent', 'brand-font', 'config', 'preview-lang']) assert.ok(seen.has(id), `Tab never reached #${id}`);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`), []);
  assert.deepEqual(foreign, []);
});

test('works from the release-zip layout (pt-explainers/builder/ beside the loader), still without other hosts', async () => {
  const site = mkdtempSync(join(tmpdir(), 'pt-builder-zip-'));
  const root = process.env.PT_SITE_ROOT ?? join(import.meta.dirname, '../..');
  cpSync(join(root, 'dist'), join(site, 'pt-explainers'), { recursive: true });
  await buildBuilder(join(site, 'pt-explainers/builder'), { dist: join(root, 'dist') }); // as scripts/release.mjs puts it in the zip
  const zipServer = await startServer({ port: 0, root: site });
  const p = await context.newPage();
  const outside = [];
  p.on('request', (r) => {
    if (!r.url().startsWith(zipServer.url)) outside.push(r.url());
  });
  try {
    await p.goto(`${zipServer.url}/pt-explainers/builder/builder.html`);
    await p.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
    await p.waitForFunction(() => document.querySelector('#preview-desktop > *')?.shadowRoot?.textContent.length > 50, null, { timeout: 15000 });
    assert.deepEqual(outside, []);
  } finally {
    await p.close();
    await zipServer.close();
  }
});
