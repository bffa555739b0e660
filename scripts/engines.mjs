// Firefox and WebKit groups for @web/test-runner. Neither engine's automation can switch media features
// per test the way Chromium's DevTools protocol does (puppeteer's emulateMediaFeatures needs CDP; W3C
// WebDriver has no such command), so each engine runs twice, in a browser whose media state is fixed at
// launch, and each run selects the tests written for that state by their titles (the others are skipped):
//   - normal:         prefers-reduced-motion: no-preference; every test except those below;
//   - reduced motion: the OS-level setting (Firefox pref ui.prefersReducedMotion, GTK gtk-enable-animations
//                     for WebKitGTK); only tests whose title says "reduced motion".
// Print tests ("prints …") run in Chromium only: no Firefox/WebKit automation can emulate print media.
// Each page checks its real media state before any test runs and fails loudly if it is not the one promised.
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ensureFirefox } from './chrome.mjs';
import { webkitLauncher } from './webkit-launcher.mjs';

/** Titles (mocha grep) of tests that need reduced motion, and of tests Firefox/WebKit cannot run. */
export const REDUCED_MOTION_TITLES = 'reduced motion';
export const PRINT_TITLES = '\\bprints?\\b';

/**
 * puppeteer's BiDi page, minus what BiDi lacks: media emulation becomes "the state fixed at launch"
 * (the page check below proves it), and the "Space" key name (CDP's) becomes " ".
 */
function bidiPage(page) {
  const keyName = (k) => (k === 'Space' ? ' ' : k);
  const keyboard = new Proxy(page.keyboard, {
    get: (kb, prop) => (['press', 'down', 'up'].includes(prop) ? (k, o) => kb[prop](keyName(k), o) : Reflect.get(kb, prop)),
  });
  return new Proxy(page, {
    get(target, prop) {
      if (prop === 'keyboard') return keyboard;
      if (prop === 'emulateMediaFeatures' || prop === 'emulateMediaType') return async () => {};
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

function firefoxLauncher({ reducedMotion }) {
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: ensureFirefox(),
      headless: true,
      extraPrefsFirefox: { 'ui.prefersReducedMotion': reducedMotion ? 1 : 0 },
    },
  });
  const getPage = launcher.getPage.bind(launcher);
  launcher.getPage = (id) => bidiPage(getPage(id));
  if (reducedMotion) launcher.name = 'Firefox (reduced motion)';
  return launcher;
}

/**
 * The test page: proves the browser's media state, then marks the tests not meant for that state as
 * skipped (pending) from a root-level mocha hook, before any of them runs. (mocha's own grep would
 * leave them "not run", which @web/test-runner counts as failed.)
 */
export function runnerHtml({ reducedMotion }) {
  const keep = reducedMotion ? `/${REDUCED_MOTION_TITLES}/i.test(title)` : `!/${REDUCED_MOTION_TITLES}|${PRINT_TITLES}/i.test(title)`;
  return (framework) => `<!doctype html><html><body><script>
    if (matchMedia('(prefers-reduced-motion: reduce)').matches !== ${reducedMotion}) {
      throw new Error('This browser was launched to run with prefers-reduced-motion: ${reducedMotion ? 'reduce' : 'no-preference'}, but the page sees the other value');
    }
    (() => {
      const keep = (title) => ${keep};
      let current;
      Object.defineProperty(window, 'mocha', {
        configurable: true,
        enumerable: true,
        get: () => current,
        set(m) {
          current = m;
          const root = m && m.suite;
          if (!root || typeof root.beforeAll !== 'function' || root.__ptEngineFilter) return;
          root.__ptEngineFilter = true;
          root.beforeAll('select the tests for this media state', () => {
            root.eachTest((t) => { if (!keep(t.fullTitle())) t.pending = true; });
          });
        },
      });
    })();
  </script><script type="module" src="${framework}"></script></body></html>`;
}

/** A launcher for `engine` ('firefox' or 'webkit') with its media state fixed at launch. */
export function engineLauncher(engine, { reducedMotion = false } = {}) {
  if (engine === 'firefox') return firefoxLauncher({ reducedMotion });
  if (engine === 'webkit') return webkitLauncher({ reducedMotion, name: reducedMotion ? 'WebKit (reduced motion)' : 'WebKit' });
  throw new Error(`Unknown engine "${engine}" (valid: chromium, firefox, webkit)`);
}

/** Test files matched by wtr-style patterns ('dir/**\/*.test.ts', plain paths; '!' patterns excluded). */
export function expandFiles(patterns) {
  const toRegExp = (glob) => new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '(?:.*/)?')}$`);
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => toRegExp(p.slice(1)));
  const out = new Set();
  for (const pattern of include) {
    const base = pattern.split('*')[0].replace(/[^/]*$/, '') || '.';
    if (!existsSync(base)) continue;
    const files = statSync(base).isDirectory() ? readdirSync(base, { recursive: true }).map((f) => join(base, String(f)).split('\\').join('/')) : [base];
    for (const f of files) if (toRegExp(pattern).test(f) && !exclude.some((re) => re.test(f))) out.add(f);
  }
  return [...out].sort();
}

/**
 * wtr groups running `files` in each engine, once normally and once with reduced motion (the latter only
 * for files that have a test whose title says "reduced motion").
 */
export function engineGroups(engines, files, { normal = true, reduced = true } = {}) {
  const reducedFiles = expandFiles(files).filter((f) => new RegExp(`\\bit\\(\\s*['"\`][^'"\`]*${REDUCED_MOTION_TITLES}`, 'i').test(readFileSync(f, 'utf8')));
  return engines.flatMap((engine) => [
    ...(normal ? [{ name: engine, files, browsers: [engineLauncher(engine)], testRunnerHtml: runnerHtml({ reducedMotion: false }) }] : []),
    ...(reduced && reducedFiles.length
      ? [{ name: `${engine}-reduced-motion`, files: reducedFiles, browsers: [engineLauncher(engine, { reducedMotion: true })], testRunnerHtml: runnerHtml({ reducedMotion: true }) }]
      : []),
  ]);
}
