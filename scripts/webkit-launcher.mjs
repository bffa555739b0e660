// A @web/test-runner browser launcher for WebKitGTK (the Safari engine): starts WebKitWebDriver under
// xvfb-run (MiniBrowser needs a display), opens one W3C WebDriver session and runs one test page at a
// time in its window. It presents itself as a "puppeteer" launcher whose page object implements the few
// page methods @web/test-runner-commands calls (keyboard, viewport, media), so sendKeys/setViewport work
// unchanged. WebDriver has no media emulation: the media state is fixed at launch (`reducedMotion`).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureWebKit } from './chrome.mjs';
import { freePort } from './free-port.mjs';

/** WebDriver key codes for the key names puppeteer's keyboard (and sendKeys) uses. */
const KEYS = {
  Enter: '\uE007', Tab: '\uE004', Space: ' ', Escape: '\uE00C', Backspace: '\uE003', Delete: '\uE017',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
  Home: '\uE011', End: '\uE010', PageUp: '\uE00E', PageDown: '\uE00F',
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Meta: '\uE03D',
};
const key = (name) => KEYS[name] ?? (name.length === 1 ? name : (() => { throw new Error(`webkit launcher: unknown key "${name}"`); })());

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts WebKitWebDriver under xvfb-run. `reducedMotion` launches WebKit with the desktop's "reduce
 * animations" setting (GTK's gtk-enable-animations=false), which WebKitGTK reports as
 * `prefers-reduced-motion: reduce`. Returns a W3C client: `call(method, path, body)`, `newSession()`
 * (one MiniBrowser each), `stop()`.
 */
export async function startWebKitDriver({ reducedMotion = false } = {}) {
  const { driver: exe, binary, xvfbRun } = ensureWebKit();
  const port = await freePort();
  const configHome = mkdtempSync(join(tmpdir(), 'pt-webkit-'));
  mkdirSync(join(configHome, 'gtk-3.0'));
  writeFileSync(join(configHome, 'gtk-3.0', 'settings.ini'), `[Settings]\ngtk-enable-animations=${reducedMotion ? 0 : 1}\n`);
  let driver = spawn(xvfbRun, ['-a', '-s', '-screen 0 1600x1200x24', exe, `--port=${port}`, '--host=127.0.0.1'], {
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, XDG_CONFIG_HOME: configHome },
  });
  const base = `http://127.0.0.1:${port}`;
  const kill = () => {
    if (driver?.pid) {
      try { process.kill(-driver.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
    driver = undefined;
    rmSync(configHome, { recursive: true, force: true });
  };
  process.once('exit', kill);

  async function call(method, path, body) {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error ?? res.status} ${json.value?.message ?? ''}`);
    return json.value;
  }

  for (let i = 0; ; i++) {
    try {
      const status = await call('GET', '/status');
      if (status?.ready !== false) break;
    } catch (e) {
      if (i > 150) {
        kill();
        throw new Error(`WebKitWebDriver did not start on port ${port}: ${e.message}`);
      }
    }
    await sleep(100);
  }
  const sessions = new Set();
  return {
    call,
    async newSession() {
      const { sessionId } = await call('POST', '/session', {
        capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } },
      });
      sessions.add(sessionId);
      // generous: only a hang reaches them, and a busy 2-core machine running two test steps is slow, not hung
      await call('POST', `/session/${sessionId}/timeouts`, { pageLoad: 90000, script: 90000 });
      return sessionId;
    },
    async closeSession(id) {
      sessions.delete(id);
      await call('DELETE', `/session/${id}`).catch(() => {});
    },
    async stop() {
      for (const id of sessions) await call('DELETE', `/session/${id}`).catch(() => {});
      sessions.clear();
      kill();
    },
  };
}

/** A @web/test-runner launcher (see the top of this file). */
export function webkitLauncher({ reducedMotion = false, name = 'WebKit' } = {}) {
  let driverPromise;
  let sessionPromise;
  let activeId;
  let activeUrl;
  const start = async () => {
    driverPromise = startWebKitDriver({ reducedMotion });
    return (await driverPromise).newSession();
  };
  const call = async (...args) => (await driverPromise).call(...args);

  const session = () => (sessionPromise ??= start());
  const s = async (path, body, method = 'POST') => call(method, `/session/${await session()}${path}`, body);
  const keyActions = (actions) => s('/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });

  /** The subset of puppeteer's Page that @web/test-runner-commands uses. */
  const page = {
    keyboard: {
      press: (k) => keyActions([{ type: 'keyDown', value: key(k) }, { type: 'keyUp', value: key(k) }]),
      down: (k) => keyActions([{ type: 'keyDown', value: key(k) }]),
      up: (k) => keyActions([{ type: 'keyUp', value: key(k) }]),
      type: (text) => keyActions([...text].flatMap((c) => [{ type: 'keyDown', value: c }, { type: 'keyUp', value: c }])),
    },
    async setViewport({ width, height }) {
      // The window rect includes MiniBrowser's toolbar: set it, measure the viewport, correct once.
      await s('/window/rect', { width, height });
      const inner = await s('/execute/sync', { script: 'return [innerWidth, innerHeight]', args: [] });
      await s('/window/rect', { width: width + (width - inner[0]), height: height + (height - inner[1]) });
    },
    // The media state is fixed at launch (see scripts/engines.mjs, which selects the tests for it and
    // checks the page really has it): requests are accepted and change nothing.
    async emulateMediaFeatures() {},
    async emulateMediaType() {},
  };

  return {
    name,
    type: 'puppeteer',
    concurrency: 1,
    async initialize() {},
    async stop() {
      if (driverPromise) await (await driverPromise.catch(() => undefined))?.stop();
    },
    async startSession(sessionId, url) {
      activeId = sessionId;
      activeUrl = url;
      await s('/url', { url });
    },
    isActive: (sessionId) => activeId === sessionId,
    getBrowserUrl: () => activeUrl,
    getPage: () => page,
    async stopSession() {
      activeId = undefined;
      // Leave the test page so its timers and animation stop before the next file.
      await s('/url', { url: 'about:blank' }).catch(() => {});
      return {};
    },
    startDebugSession() {
      throw new Error('Debugging is not supported in the WebKit launcher: run the test in Chromium with --manual.');
    },
  };
}
