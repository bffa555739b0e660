// Every story and docs page of the static Storybook build loads in Chromium with no console error,
// no uncaught exception and no request to another origin. Run after `npm run build-storybook`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { ensureChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const indexFile = `${root}index.json`;
let server;
let browser;

before(async () => {
  assert.ok(existsSync(indexFile), 'storybook-static/index.json is missing: run `npm run build-storybook` first');
  server = await startServer({ root, index: '/index.html' });
  browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS, headless: true });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const entries = existsSync(indexFile) ? Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries) : [];

test('the Storybook build has stories for every widget', () => {
  const titles = new Set(entries.map((e) => e.title));
  for (const tag of ['pt-gate-control', 'pt-technique-compare', 'pt-technique-card', 'pt-trigger-point-map', 'pt-visit-guide']) {
    assert.ok(
      entries.some((e) => e.type === 'story' && (e.importPath ?? '').includes(tag)),
      `no story file for ${tag} (titles: ${[...titles].join(', ')})`,
    );
  }
});

for (const entry of entries) {
  test(`${entry.type} ${entry.id} loads cleanly`, async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
    const problems = [];
    page.on('console', (msg) => {
      // The browser's own automatic /favicon.ico probe is not the page's doing.
      if (msg.type() === 'error' && !msg.location().url.endsWith('/favicon.ico')) {
        problems.push(`console.error: ${msg.text()} (${msg.location().url})`);
      }
    });
    page.on('response', (res) => {
      if (res.status() >= 400) problems.push(`HTTP ${res.status()} for ${res.url()}`);
    });
    page.on('pageerror', (err) => problems.push(`uncaught: ${err.message}`));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
        problems.push(`request to another origin: ${req.url()}`);
      }
    });
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${viewMode}`, { waitUntil: 'load' });
    // Storybook marks the body when the story (or docs page) has rendered or failed.
    await page.waitForFunction(
      () => document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay') || document.querySelector('#storybook-docs .sbdocs'),
      null,
      { timeout: 30000 },
    );
    const errorShown = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
    if (errorShown) problems.push(`Storybook error display: ${await page.locator('#error-message').innerText().catch(() => '')}`);
    await page.waitForTimeout(300);
    await page.close();
    assert.deepEqual(problems, [], `${entry.id}:\n${problems.join('\n')}`);
  });
}
