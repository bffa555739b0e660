// Firefox and WebKit for the embed suite, behind the small part of Playwright's Browser/Page API the
// suite uses (newContext, newPage, goto, evaluate, evaluateHandle, waitForFunction, console/pageerror/
// dialog events). Playwright itself only drives its own patched Firefox and WebKit builds, not the
// Debian ones, so: Firefox through puppeteer-core over WebDriver BiDi, WebKit through WebKitWebDriver.
// WebDriver has no console or error events: for WebKit the harness serves each test page with a capture
// script first in <head> (CAPTURE_PATH), and every call here drains what it recorded into the events.
import { EventEmitter } from 'node:events';
import * as puppeteer from 'puppeteer-core';
import { ensureFirefox } from '../../scripts/chrome.mjs';
import { startWebKitDriver } from '../../scripts/webkit-launcher.mjs';

/** Served by the harness for WebKit runs (same origin, so a strict CSP allows it). */
export const CAPTURE_PATH = '/__pt-capture.js';
export const CAPTURE_SCRIPT = `(() => {
  const log = (window.__ptLog = []);
  const text = (args) => args.map((a) => (a instanceof Error ? a.stack || String(a) : typeof a === 'object' ? (() => { try { return JSON.stringify(a); } catch { return String(a); } })() : String(a))).join(' ');
  for (const [method, type] of [['log', 'log'], ['info', 'info'], ['warn', 'warning'], ['error', 'error'], ['debug', 'debug']]) {
    const original = console[method].bind(console);
    console[method] = (...args) => { log.push({ kind: 'console', type, text: text(args) }); original(...args); };
  }
  window.addEventListener('error', (e) => log.push({ kind: 'pageerror', text: e.error ? e.error.stack || String(e.error) : e.message }));
  window.addEventListener('unhandledrejection', (e) => log.push({ kind: 'pageerror', text: String(e.reason && e.reason.stack || e.reason) }));
  // MiniBrowser fetches /favicon.ico for its window under the page's CSP (headless Chromium does not, and
  // Firefox runs with site icons off): that is the browser's own request, not the widgets', so its
  // violation is stopped here, before the page's listener (csp-listener.js, on document) records it.
  window.addEventListener('securitypolicyviolation', (e) => {
    if (e.target === document && !e.sourceFile && String(e.blockedURI).endsWith('/favicon.ico')) e.stopImmediatePropagation();
  }, true);
  for (const type of ['alert', 'confirm', 'prompt']) window[type] = (message) => { log.push({ kind: 'dialog', type, text: String(message) }); return type === 'confirm' ? false : null; };
})();`;

const message = (type, text) => ({ type: () => type, text: () => text });

/** Firefox: puppeteer's page is close to Playwright's; this fills the few differences. */
async function firefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: ensureFirefox(),
    headless: true,
    // Firefox fetches /favicon.ico for the tab under the page's CSP (headless Chromium does not): the
    // browser's own request, not the widgets', would count as a violation of default-src 'none'.
    extraPrefsFirefox: { 'browser.chrome.site_icons': false },
  });
  const wrapPage = async (page, { viewport }) => {
    if (viewport) await page.setViewport(viewport);
    const events = new EventEmitter();
    page.on('console', (m) => events.emit('console', message(m.type() === 'warn' ? 'warning' : m.type(), m.text())));
    page.on('pageerror', (e) => events.emit('pageerror', e));
    page.on('dialog', (d) => events.emit('dialog', { type: () => d.type(), message: () => d.message(), dismiss: () => d.dismiss() }));
    return {
      on: (name, fn) => events.on(name, fn),
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      evaluateHandle: (fn, arg) => page.evaluateHandle(fn, arg),
      waitForFunction: (fn, arg, { timeout = 30000, polling = 50 } = {}) => page.waitForFunction(fn, { timeout, polling }, arg),
    };
  };
  return {
    async newContext({ viewport } = {}) {
      const context = await browser.createBrowserContext();
      const requests = new EventEmitter();
      return {
        async newPage() {
          const page = await context.newPage();
          page.on('request', (r) => requests.emit('request', { url: () => r.url() }));
          return wrapPage(page, { viewport });
        },
        on: (name, fn) => requests.on(name, fn),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** WebKit: one WebKitWebDriver (it allows one session) and MiniBrowser per context. */
async function webkit() {
  const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
  const drivers = new Set();
  return {
    async newContext({ viewport } = {}) {
      const driver = await startWebKitDriver();
      drivers.add(driver);
      const id = await driver.newSession();
      const s = (path, body, method = 'POST') => driver.call(method, `/session/${id}${path}`, body);
      const events = new EventEmitter();
      const drain = async () => {
        const entries = await s('/execute/sync', { script: 'const l = window.__ptLog || []; window.__ptLog = []; return l;', args: [] }).catch(() => []);
        for (const e of entries) {
          if (e.kind === 'console') events.emit('console', message(e.type, e.text));
          else if (e.kind === 'pageerror') events.emit('pageerror', new Error(e.text));
          else events.emit('dialog', { type: () => e.type, message: () => e.text, dismiss: async () => {} });
        }
      };
      // Arguments: JSON values, or element handles (W3C web element references).
      const wire = (arg) => (arg && arg.__pt_element ? arg.__pt_element : arg);
      const run = async (fn, arg) => {
        const script = `const done = arguments[arguments.length - 1];
          Promise.resolve().then(() => (${fn.toString()})(arguments[0]))
            .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String(e && e.stack || e) }));`;
        const out = await s('/execute/async', { script, args: [wire(arg)] });
        await drain();
        if (out?.error) throw new Error(out.error);
        return out?.value;
      };
      const page = {
        on: (name, fn) => events.on(name, fn),
        async goto(url) {
          await s('/url', { url });
          await drain();
        },
        evaluate: run,
        async evaluateHandle(fn, arg) {
          const value = await run(fn, arg);
          if (!value || !value[ELEMENT]) throw new Error('webkit adapter: evaluateHandle supports element handles only');
          const handle = { __pt_element: value, evaluate: (f) => run(f, handle) };
          return handle;
        },
        async waitForFunction(fn, arg, { timeout = 30000, polling = 50 } = {}) {
          const end = Date.now() + timeout;
          for (;;) {
            if (await run(fn, arg)) return;
            if (Date.now() > end) throw new Error(`waitForFunction timed out after ${timeout} ms: ${fn.toString().slice(0, 120)}`);
            await new Promise((r) => setTimeout(r, polling));
          }
        },
      };
      let opened = false;
      return {
        async newPage() {
          if (opened) throw new Error('webkit adapter: one page per context');
          opened = true;
          if (viewport) {
            // The window rect includes MiniBrowser's toolbar: set it, measure the viewport, correct once.
            await s('/window/rect', viewport);
            const [w, h] = await s('/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
            await s('/window/rect', { width: 2 * viewport.width - w, height: 2 * viewport.height - h });
          }
          return page;
        },
        on() {
          // Request events: WebDriver cannot observe the network (the privacy test runs in Chromium).
        },
        close: async () => {
          drivers.delete(driver);
          await driver.stop();
        },
      };
    },
    async close() {
      for (const d of drivers) await d.stop();
      drivers.clear();
    },
  };
}

/** A Playwright-like browser for `engine` ('firefox' or 'webkit'). */
export function launchEngine(engine) {
  if (engine === 'firefox') return firefox();
  if (engine === 'webkit') return webkit();
  throw new Error(`Unknown PT_ENGINE "${engine}" (valid: chromium, firefox, webkit)`);
}
