// Privacy: while every widget is used, no request leaves the page's origin, and nothing is stored
// (cookies, localStorage, sessionStorage, IndexedDB, Cache Storage, service workers).
/* global caches, indexedDB, localStorage, sessionStorage -- page-side code runs in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, TAGS, settle, useEverything, manifestDeclarations, fmt } from './harness.mjs';

let server;
let browser;
let s;
let used;
let storage;
let cookies;
let fired;
const EVENTS = [...new Set(Object.values(manifestDeclarations()).flatMap((d) => (d.events ?? []).map((e) => e.name).filter(Boolean)))];

before(async () => {
  server = await serve();
  browser = await launch();
  s = await open(browser, server.page('all.html'));
  // Every documented pt-* event that reaches the document while the reader uses the widgets.
  await s.page.evaluate((names) => {
    window.__fired = {};
    for (const n of names) document.addEventListener(n, () => (window.__fired[n] = (window.__fired[n] ?? 0) + 1));
  }, EVENTS);
  for (const tag of TAGS) {
    await s.page.evaluate((t) => document.querySelector(t).scrollIntoView(), tag);
    await settle(s.page, 200);
  }
  used = await s.page.evaluate(useEverything, {});
  // Pick on the 3D/2D body itself, too (a reader taps the body to select a muscle).
  const map = s.page.locator('pt-trigger-point-map').first();
  await map.scrollIntoViewIfNeeded();
  const drawing = map.locator('canvas, svg').first();
  if (await drawing.count()) {
    const box = await drawing.boundingBox();
    if (box && box.width > 0) {
      for (const [fx, fy] of [[0.5, 0.3], [0.5, 0.5], [0.45, 0.7]]) {
        await s.page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
        await settle(s.page, 100);
      }
    }
  }
  // Switch the page to Spanish: the widgets load their Spanish content (more requests, same rules).
  await s.page.evaluate(() => { document.documentElement.lang = 'es'; });
  await settle(s.page, 800);
  used.es = await s.page.evaluate(useEverything, { maxPerWidget: 10 });
  await settle(s.page, 300);
  storage = await s.page.evaluate(async () => ({
    cookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  cookies = await s.context.cookies();
  fired = await s.page.evaluate(() => window.__fired);
});

after(async () => {
  await s?.close();
  await browser?.close();
  await server?.close();
});

test('privacy: the widgets were really used', () => {
  console.log(`# controls used per widget: ${fmt(used)}`);
  console.log(`# events fired while using them: ${fmt(fired)}`);
  delete used.es;
  for (const tag of TAGS) assert.ok(used[tag] >= 1, `no control of <${tag}> could be used: ${fmt(used)}`);
  // "Select a muscle": the map must really have been used, not just clicked around.
  if (EVENTS.includes('pt-muscle-select')) assert.ok(fired['pt-muscle-select'] >= 1, `no pt-muscle-select while using the map: ${fmt(fired)}`);
  if (EVENTS.includes('pt-gate-change')) assert.ok(fired['pt-gate-change'] >= 1, `no pt-gate-change while using the gate control: ${fmt(fired)}`);
});

test('privacy: every request goes to the page\'s own origin', () => {
  const origin = new URL(server.url).origin;
  const foreign = s.log.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  const paths = [...new Set(s.log.requests.map((u) => (u.startsWith('data:') ? 'data:' : new URL(u).pathname)))];
  console.log(`# ${s.log.requests.length} requests: ${paths.join(' ')}`);
  assert.deepEqual(foreign, [], 'requests to another origin');
  const unexpected = paths.filter((p) => !/^\/(dist\/|test\/embed\/pages\/|favicon\.ico$)/.test(p) && p !== 'data:');
  assert.deepEqual(unexpected, [], 'requests outside the library and the test page');
});

test('privacy: nothing stored (cookies, Web Storage, IndexedDB, Cache Storage, service workers)', () => {
  console.log(`# storage after use: ${fmt(storage)}, context cookies: ${cookies.length}`);
  assert.equal(storage.cookie, '');
  assert.equal(storage.localStorage, 0);
  assert.equal(storage.sessionStorage, 0);
  assert.deepEqual(storage.indexedDB, []);
  assert.deepEqual(storage.caches, []);
  assert.equal(storage.serviceWorkers, 0);
  assert.deepEqual(cookies, []);
});

test('privacy: no uncaught errors, console errors or warnings while using every widget on a correct page', () => {
  assert.deepEqual(s.log.pageErrors, []);
  assert.deepEqual(s.log.dialogs, []);
  assert.deepEqual(s.log.errors, [], 'console errors');
  // Chromium's own GL driver notes (software WebGL) are not ours; anything else is.
  const browserNotes = s.log.warnings.filter((w) => /^\[\.WebGL-|^\[\]Automatic fallback to software WebGL/.test(w));
  const ours = s.log.warnings.filter((w) => !browserNotes.includes(w));
  console.log(`# console: ${ours.length} warning(s) from the page/library, ${browserNotes.length} Chromium GL driver note(s) (e.g. "GPU stall due to ReadPixels")`);
  assert.deepEqual(ours, [], 'a correctly embedded page should not print warnings');
});
