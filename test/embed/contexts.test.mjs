// Widgets in the places real sites put them: inside other components' shadow roots (defined before,
// after and well after the loader; a closed root via ptExplainers.discover), a same-origin iframe,
// a React 19 app, and a page builder's innerHTML one second after load.
/* global Event, getComputedStyle -- page-side code runs in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, open, TAGS, REPO, settle, waitRendered, pageState, fmt } from './harness.mjs';

let server;
let browser;

before(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'pt-embed-react-')), 'react-app.js');
  const t0 = Date.now();
  await build({
    entryPoints: [join(REPO, 'test/embed/react-app.jsx')],
    bundle: true,
    format: 'esm',
    jsx: 'automatic',
    minify: true,
    outfile: out,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  console.log(`# React app bundled in ${Date.now() - t0} ms`);
  const js = readFileSync(out);
  server = await serve({ routes: { '/gen/react-app.js': (req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(js) } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Page-side: is `el` alive — switching its theme attribute re-renders it with another surface colour. */
async function themeFlips(el) {
  const root = () => el.shadowRoot.querySelector('.pt-root') ?? el.shadowRoot.firstElementChild;
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  el.setAttribute('theme', 'light');
  await el.updateComplete;
  await frame();
  const light = getComputedStyle(root()).backgroundColor + '|' + getComputedStyle(root()).color;
  el.setAttribute('theme', 'dark');
  await el.updateComplete;
  await frame();
  const dark = getComputedStyle(root()).backgroundColor + '|' + getComputedStyle(root()).color;
  el.setAttribute('theme', 'light');
  return { light, dark, alive: light !== dark };
}

function assertClean(log) {
  assert.deepEqual(log.pageErrors, [], 'uncaught errors');
  assert.deepEqual(log.errors, [], 'console errors');
}

test('contexts: inside other components\' shadow roots (defined before / after / 500 ms after the loader, nested, closed)', async () => {
  const s = await open(browser, server.page('shadow.html'), { wait: ['pt-gate-control', 'pt-technique-card', 'pt-technique-compare'] });
  try {
    // The nested shell is defined 500 ms after load: wait for the widget inside it (or time out and report).
    await s.page.waitForFunction(() => document.querySelector('x-shell-late')?.shadowRoot?.querySelector('x-shell-inner')?.shadowRoot?.querySelector('pt-technique-compare')?.shadowRoot?.firstElementChild, null, { timeout: 5000 }).catch(() => {});
    await s.page.waitForFunction(() => customElements.get('pt-trigger-point-map') && window.__closedRoot?.querySelector('pt-trigger-point-map')?.shadowRoot?.firstElementChild, null, { timeout: 10000 }).catch(() => {});
    const state = await s.page.evaluate(pageState, TAGS);
    const closed = await s.page.evaluate(() => {
      const el = window.__closedRoot.querySelector('pt-trigger-point-map');
      return { defined: !!customElements.get('pt-trigger-point-map'), rendered: !!el.shadowRoot?.firstElementChild };
    });
    console.log(`# shadow: ${fmt(state)} closed-root map: ${fmt(closed)}`);
    assert.equal(state['pt-gate-control'].rendered, 1, 'widget in a shell defined before the loader');
    assert.equal(state['pt-technique-card'].rendered, 1, 'widget in a shell defined after the loader');
    assert.equal(state['pt-technique-compare'].rendered, 1, 'widget in a nested shell defined 500 ms later');
    assert.ok(closed.rendered, 'widget in a closed shadow root handed over with ptExplainers.discover()');
    const gate = await s.page.evaluateHandle(() => document.querySelector('x-shell-before').shadowRoot.querySelector('pt-gate-control'));
    assert.ok((await gate.evaluate(themeFlips)).alive, 'the widget in a shadow root does not react to its theme attribute');
    assertClean(s.log);
  } finally {
    await s.close();
  }
});

test('contexts: inside a same-origin iframe with its own script tag (lang from the iframe document)', async () => {
  const s = await open(browser, server.page('iframe.html'), { wait: [] });
  try {
    const frame = s.page.frame({ url: /iframe-child\.html/ }) ?? (await (await s.page.waitForSelector('#frame')).contentFrame());
    await waitRendered(s.page, TAGS, { frame });
    const state = await frame.evaluate(pageState, TAGS);
    const langs = await frame.evaluate(() => Array.from(document.querySelectorAll('pt-gate-control, pt-technique-card')).map((e) => e.locale));
    console.log(`# iframe: ${fmt(state)} locales: ${langs}`);
    for (const t of TAGS) assert.equal(state[t].rendered, 1, `<${t}> in the iframe`);
    assert.deepEqual(langs, ['es', 'es'], 'widgets in the iframe take lang from the iframe document');
    const parentHas = await s.page.evaluate(() => !!customElements.get('pt-gate-control'));
    assert.equal(parentHas, false, 'the parent page got no registrations from the iframe');
    assertClean(s.log);
  } finally {
    await s.close();
  }
});

test('contexts: inside a React 19 app: render, attribute from state, unmount and remount', async () => {
  const s = await open(browser, server.page('react.html'));
  try {
    const theme = () => s.page.evaluate(() => Array.from(document.querySelectorAll('#widgets > .slot > *')).map((e) => `${e.localName}:${e.getAttribute('theme')}/${e.theme}`));
    const first = await theme();
    await s.page.click('#toggle-theme');
    await settle(s.page, 100);
    const second = await theme();
    const dark = await s.page.evaluate(() => {
      const el = document.querySelector('pt-gate-control');
      return getComputedStyle(el.shadowRoot.querySelector('.pt-root') ?? el.shadowRoot.firstElementChild).backgroundColor;
    });
    console.log(`# react: ${first.join(' ')} → ${second.join(' ')} (gate background ${dark})`);
    assert.ok(first.every((x) => x.endsWith(':light/light')), `initial theme from React props: ${first}`);
    assert.ok(second.every((x) => x.endsWith(':dark/dark')), `theme from React state did not reach the widgets: ${second}`);
    // React 19 attaches `onpt-gate-change` as a listener for the widget's pt-gate-change event.
    const moved = await s.page.evaluate(async () => {
      const input = document.querySelector('pt-gate-control').shadowRoot.querySelector('input[type="range"]');
      if (!input) return false;
      input.value = String(Number(input.max || 100) - 1);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      return true;
    });
    await settle(s.page, 100);
    const events = Number(await s.page.textContent('#event-count'));
    console.log(`# react: pt-gate-change events seen by React: ${events}`);
    assert.ok(moved, 'no range input in <pt-gate-control> to move');
    assert.ok(events >= 1, 'React did not receive pt-gate-change through onpt-gate-change');
    await s.page.click('#toggle-shown');
    await settle(s.page, 100);
    assert.equal(await s.page.evaluate(() => document.querySelectorAll('pt-gate-control').length), 0, 'unmount left widgets');
    await s.page.click('#toggle-shown');
    await waitRendered(s.page, TAGS);
    const state = await s.page.evaluate(pageState, TAGS);
    for (const t of TAGS) assert.equal(state[t].rendered, 1, `<${t}> after remount: ${fmt(state)}`);
    assertClean(s.log);
  } finally {
    await s.close();
  }
});

test('contexts: inserted by a page builder (innerHTML 1 s after load)', async () => {
  const s = await open(browser, server.page('builder.html'), { wait: [] });
  try {
    await s.page.waitForFunction(() => document.body.dataset.built === '1', null, { timeout: 5000 });
    await waitRendered(s.page, TAGS);
    const ms = await s.page.evaluate(() => Math.round(performance.now() - Number(document.body.dataset.builtAt)));
    const state = await s.page.evaluate(pageState, TAGS);
    console.log(`# builder: all rendered ${ms} ms after insertion ${fmt(state)}`);
    for (const t of TAGS) assert.equal(state[t].rendered, 1, `<${t}>`);
    const gate = await s.page.evaluateHandle(() => document.querySelector('pt-gate-control'));
    assert.ok((await gate.evaluate(themeFlips)).alive, 'the inserted widget does not react to its theme attribute');
    assertClean(s.log);
  } finally {
    await s.close();
  }
});
