// Shared harness for the embed suite: serves the BUILT library (PT_DIST, default <repo>/dist) at /dist/
// (and copies at /dist2/, /dist3/) next to the test pages, and drives real pages in headless Chromium,
// or with PT_ENGINE=firefox|webkit in that engine (test/embed/engines.mjs; npm test runs the hostile-CSS
// and CSP tests that way).
/* global Event, Image, KeyboardEvent, getComputedStyle -- page-side code runs in the browser */
import { chromium } from 'playwright-core';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChrome, CHROME_ARGS } from '../../scripts/chrome.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { launchEngine, CAPTURE_PATH, CAPTURE_SCRIPT } from './engines.mjs';

/** The engine this run drives: chromium (default), firefox or webkit. */
export const ENGINE = process.env.PT_ENGINE ?? 'chromium';

export const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = resolve(process.env.PT_DIST ?? join(REPO, 'dist'));
export const TAGS = ['pt-technique-compare', 'pt-technique-card', 'pt-gate-control', 'pt-trigger-point-map', 'pt-visit-guide'];
/** Attributes a widget needs to show anything (a card shows one technique); every test page uses them. */
export const BASE_ATTRS = { 'pt-technique-card': { technique: 'swedish' } };

if (!existsSync(join(DIST, 'pt-explainers.js'))) {
  throw new Error(`No built loader at ${DIST}/pt-explainers.js: run \`npm run build\` first, or set PT_DIST to a build folder.`);
}

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.css': 'text/css', '.glb': 'model/gltf-binary', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png' };
const typeOf = (f) => TYPES[f.slice(f.lastIndexOf('.'))] ?? 'application/octet-stream';

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** The built package version as the loader sees it (read from the built chunks by the tests that need it). */
export function readDistText(rel) {
  return readFileSync(join(DIST, rel), 'utf8');
}

/** tag → the chunk the loader imports for it (relative to dist/), read from the built loader. */
export function widgetChunks() {
  const loader = readDistText('pt-explainers.js');
  const out = {};
  for (const m of loader.matchAll(/["'`]?(pt-[a-z-]+)["'`]?\s*:\s*\{\s*load\s*:\s*\(\)\s*=>\s*import\(\s*["'`]\.\/([^"'`]+)["'`]/g)) out[m[1]] = m[2];
  for (const tag of TAGS) {
    if (!out[tag]) {
      const f = distFiles().find((f) => f.startsWith(`chunks/${tag}-`));
      if (f) out[tag] = f;
    }
  }
  return out;
}

export function distFiles() {
  return walk(DIST).map((f) => relative(DIST, f).split('\\').join('/'));
}

/**
 * Serves the repo root (test pages under /test/embed/pages/) plus DIST under /dist/ and /dist2/,
 * and under /dist3/ a copy whose version stamp is rewritten (a "different release" of the library).
 * `headers(url)` adds response headers per request (CSP); `routes` adds generated responses.
 */
export async function serve({ headers, routes = {}, fakeVersion = '9.9.9-other' } = {}) {
  // Browsers ask for /favicon.ico on their own: answer it so a 404 is never mistaken for a widget's.
  const all = { '/favicon.ico': (req, res) => res.writeHead(204).end(), ...routes };
  const version = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version;
  for (const rel of distFiles()) {
    const file = join(DIST, rel);
    for (const prefix of ['/dist/', '/dist2/', '/dist3/']) {
      all[prefix + rel] = (req, res) => {
        let body = readFileSync(file);
        if (prefix === '/dist3/' && rel.endsWith('.js')) {
          // The build stamps the version as a string literal ("0.1.0" or `0.1.0`): rewrite both forms.
          body = Buffer.from(body.toString('utf8').split(`"${version}"`).join(`"${fakeVersion}"`).split(`\`${version}\``).join(`\`${fakeVersion}\``));
        }
        res.writeHead(200, { 'content-type': typeOf(rel), 'cache-control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      };
    }
  }
  if (ENGINE === 'webkit') {
    // WebDriver reports no console messages or page errors: each page loads a recorder first.
    all[CAPTURE_PATH] = (req, res) => res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(CAPTURE_SCRIPT);
    const pages = join(REPO, 'test/embed/pages');
    for (const f of readdirSync(pages).filter((n) => n.endsWith('.html'))) {
      const html = readFileSync(join(pages, f), 'utf8').replace(/<head>/i, `<head><script src="${CAPTURE_PATH}"></script>`);
      all[`/test/embed/pages/${f}`] = (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
    }
  }
  const server = await startServer({ root: REPO, headers, routes: all, index: '/test/embed/pages/all.html' });
  return { ...server, version, page: (p) => `${server.url}/test/embed/pages/${p}` };
}

/**
 * One headless Chromium; `webgl: false` launches it with WebGL and other 3D APIs disabled. With
 * PT_ENGINE=firefox|webkit, that engine instead (the `webgl` switch is Chromium's only).
 */
export async function launch({ webgl = true } = {}) {
  if (ENGINE !== 'chromium') return launchEngine(ENGINE);
  const args = [...CHROME_ARGS, ...(webgl ? [] : ['--disable-webgl', '--disable-3d-apis'])];
  return chromium.launch({ executablePath: ensureChrome(), headless: true, args });
}

/**
 * Opens `url` in a fresh context and records what a host page would care about: console messages,
 * uncaught errors, dialogs (a dialog means a payload ran), and every request.
 */
export async function open(browser, url, { viewport = { width: 1280, height: 900 }, wait = TAGS, context: ctxOpts = {}, beforeGoto } = {}) {
  const context = await browser.newContext({ viewport, ...ctxOpts });
  const page = await context.newPage();
  const log = { console: [], warnings: [], errors: [], pageErrors: [], dialogs: [], requests: [] };
  page.on('console', (m) => {
    const entry = { type: m.type(), text: m.text() };
    log.console.push(entry);
    if (entry.type === 'warning') log.warnings.push(entry.text);
    if (entry.type === 'error') log.errors.push(entry.text);
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e?.stack ?? e)));
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  context.on('request', (r) => log.requests.push(r.url()));
  if (beforeGoto) await beforeGoto(page, context);
  await page.goto(url, { waitUntil: 'load' });
  if (wait?.length) await waitRendered(page, wait);
  return { context, page, log, close: () => context.close() };
}

/** Waits until every element with one of `tags` (light DOM, open shadow roots) is defined and rendered. */
export async function waitRendered(page, tags = TAGS, { timeout = 15000, frame } = {}) {
  const target = frame ?? page;
  try {
    await target.waitForFunction(
      (tags) => {
        const found = [];
        const visit = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (tags.includes(el.localName)) found.push(el);
            if (el.shadowRoot) visit(el.shadowRoot);
          }
        };
        visit(document);
        return found.length > 0 && found.every((el) => customElements.get(el.localName) && el.shadowRoot && el.shadowRoot.querySelector('*') && (el.hasUpdated !== false));
      },
      tags,
      { timeout, polling: 50 },
    );
  } catch {
    const state = await target.evaluate(pageState, tags).catch(() => 'unavailable');
    throw new Error(`widgets did not render within ${timeout} ms: ${JSON.stringify(state)}`);
  }
  await settle(target);
}

/** Page-side: for each tag, is it defined, does it have a shadow root with content. */
export function pageState(tags) {
  const out = {};
  const visit = (root, acc) => {
    for (const el of root.querySelectorAll('*')) {
      if (tags.includes(el.localName)) acc.push(el);
      if (el.shadowRoot) visit(el.shadowRoot, acc);
    }
    return acc;
  };
  for (const tag of tags) {
    const els = visit(document, []).filter((e) => e.localName === tag);
    out[tag] = {
      count: els.length,
      defined: !!customElements.get(tag),
      rendered: els.filter((e) => e.shadowRoot?.querySelector('*')).length,
    };
  }
  return out;
}

/** Two animation frames and a macrotask: enough for Lit updates and a first paint. */
export async function settle(target, ms = 0) {
  await target.evaluate((ms) => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, ms)))), ms);
}

/**
 * Page-side: a rendering summary of one widget element: its box, its .pt-root box, headings and
 * graphics inside its shadow root (nested widget shadow roots included), and horizontal overflow.
 */
export function describeWidget(el) {
  const r = (e) => {
    const b = e.getBoundingClientRect();
    return { x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.width), h: Math.round(b.height) };
  };
  const visible = (e) => {
    const b = e.getBoundingClientRect();
    const s = getComputedStyle(e);
    return b.width > 0 && b.height > 0 && s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0;
  };
  const all = [];
  const visit = (root) => {
    for (const e of root.querySelectorAll('*')) {
      all.push(e);
      if (e.shadowRoot) visit(e.shadowRoot);
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  const root = el.shadowRoot?.querySelector('.pt-root') ?? el.shadowRoot?.firstElementChild ?? null;
  const overflowing = [];
  for (const e of all) {
    const s = getComputedStyle(e);
    if (s.overflowX !== 'visible' && s.overflowX !== 'clip' && e.scrollWidth > e.clientWidth + 1 && !(e.clientWidth <= 1)) {
      overflowing.push(`${e.localName}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} scrollWidth=${e.scrollWidth} clientWidth=${e.clientWidth}`);
    }
  }
  return {
    host: r(el),
    hostDisplay: getComputedStyle(el).display,
    root: root ? r(root) : null,
    container: el.parentElement ? r(el.parentElement) : null,
    headings: all.filter((e) => /^h[1-6]$/.test(e.localName) || e.getAttribute('role') === 'heading').map((e) => ({ text: e.textContent.trim().slice(0, 40), visible: visible(e), ...r(e) })),
    graphics: all.filter((e) => e.localName === 'canvas' || (e.localName === 'svg' && !e.parentElement?.closest('svg'))).map((e) => ({ tag: e.localName, visible: visible(e), ...r(e) })),
    buttons: all.filter((e) => e.localName === 'button').map((e) => ({ visible: visible(e), ...r(e) })),
    // Not the gate's moving impulse dots, nor their layer: how many are on their way at the moment of measuring
    // is timing, not layout, and the <g class="pulses"> holding them has no box while none is on its way.
    visibleCount: all.filter((e) => !e.closest('.pulses')).filter(visible).length,
    elementCount: all.length,
    overflowing,
    text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200),
  };
}

/** Page-side: all elements named `tag` in the document and in open shadow roots. */
export function findDeep(tag) {
  const out = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName === tag) out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  return out;
}

/**
 * Whether a screenshot (PNG buffer) is "not blank": counts its distinct colours and luminance spread
 * (decoded by the browser itself in a blank page, so the harness needs no PNG library).
 */
const decoders = new WeakMap();

export async function pixelStats(browser, png) {
  // One blank page per browser does the decoding (opening a context per screenshot is slow).
  let p = decoders.get(browser);
  if (!p) {
    p = browser.newContext().then((ctx) => ctx.newPage());
    decoders.set(browser, p);
  }
  return (await p).evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const colours = new Set();
    let sum = 0;
    let sum2 = 0;
    const n = d.length / 4;
    for (let i = 0; i < d.length; i += 4) {
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      const l = 0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2];
      sum += l;
      sum2 += l * l;
    }
    const mean = sum / n;
    return { w: c.width, h: c.height, colours: colours.size, stddev: Math.sqrt(Math.max(0, sum2 / n - mean * mean)) };
  }, png.toString('base64'));
}

/**
 * tag → its declaration in the built custom-elements.json (attributes, events). Declarations with a
 * `tagName` win; otherwise the class in `pt-<tag>.component.ts` with the most attributes.
 */
export function manifestDeclarations() {
  const path = join(DIST, 'custom-elements.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with \`npm run build\` (or node test/embed/build-dist.mjs)`);
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const tagged = {};
  const byFile = {};
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.kind !== 'class') continue;
      if (d.tagName && TAGS.includes(d.tagName)) tagged[d.tagName] = d;
      const fileTag = mod.path?.match(/(pt-[a-z-]+)\.component\.[tj]s$/)?.[1];
      if (fileTag && TAGS.includes(fileTag) && (d.attributes?.length ?? 0) >= (byFile[fileTag]?.attributes?.length ?? 0)) byFile[fileTag] = d;
    }
  }
  return { ...byFile, ...tagged };
}

/** The `[pt-<tag>] <what> — valid: <values>` shape every library warning must have. */
export const WARN_SHAPE = /^\[pt-[a-z-]+\] .+ — valid: .+/s;

export const fmt = (o) => JSON.stringify(o, null, 1).replace(/\n\s*/g, ' ');

/**
 * Page-side: uses every control of every widget on the page (nested widgets too), as a curious reader
 * would: presses buttons, opens <details>, moves sliders to both ends, picks options. Links are not followed.
 * Returns how many controls were used per tag.
 */
export async function useEverything({ tags, maxPerWidget = 60 } = {}) {
  const pause = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const widgets = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('pt-') && (!tags || tags.includes(el.localName))) widgets.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const used = {};
  for (const w of widgets) {
    let n = 0;
    const done = new WeakSet();
    for (let pass = 0; pass < 3 && n < maxPerWidget; pass++) {
      const controls = Array.from(w.shadowRoot?.querySelectorAll('button, summary, input, select, [role="button"], [role="tab"], [role="radio"], [role="option"], [role="slider"], [tabindex="0"]') ?? []);
      for (const c of controls) {
        if (done.has(c) || n >= maxPerWidget || !c.isConnected || c.disabled) continue;
        done.add(c);
        n++;
        if (c.localName === 'input' && (c.type === 'range' || c.type === 'number')) {
          for (const v of [c.max || '100', c.min || '0', String(((Number(c.max) || 100) + (Number(c.min) || 0)) / 2)]) {
            c.value = v;
            c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
            c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
            await pause();
          }
        } else if (c.localName === 'input' && c.type === 'text') {
          c.value = 'neck';
          c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        } else if (c.localName === 'select') {
          c.selectedIndex = c.options.length - 1;
          c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        } else if (c.getAttribute('role') === 'slider') {
          c.focus();
          for (const key of ['ArrowRight', 'ArrowRight', 'End', 'Home']) c.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
        } else {
          c.click();
        }
        await pause();
      }
    }
    used[w.localName] = (used[w.localName] ?? 0) + n;
  }
  return used;
}

/** Screenshot statistics of the map's visible drawing (its canvas, else its svg). */
export async function drawingStats(browser, page, index = 0, which = 'canvas') {
  const loc = page.locator('pt-trigger-point-map').nth(index).locator(which).first();
  if (!(await loc.count())) return null;
  const box = await loc.boundingBox();
  if (!box || box.width < 2 || box.height < 2) return { w: box?.width ?? 0, h: box?.height ?? 0, colours: 0, stddev: 0 };
  return pixelStats(browser, await loc.screenshot());
}

/** Waits until the page has issued more than `after` WebGL draw calls (the map rendered a frame). */
export async function waitDraws(page, after = 0, timeout = 10000) {
  await page.waitForFunction((n) => window.__pt.draws > n, after, { timeout, polling: 50 });
  await settle(page, 50);
}
