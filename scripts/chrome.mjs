// Finds the browsers the tests run in: Chromium (everything), Firefox and WebKit (the widget tests and
// the embed suite's hostile-CSS and CSP pages). On a fresh Debian machine running as root it installs
// the Debian packages (chromium; firefox-esr; webkit2gtk-driver + xvfb); anywhere else it stops with one
// line saying what to install. `node scripts/chrome.mjs` installs/prints all three.
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags proven on this kind of machine (see shared/TOOLCHAIN.md). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--mute-audio',
  // Several test pages run at once in one browser: keep rAF, timers and IntersectionObserver running
  // in the pages that are not in front, or animation and visibility tests hang.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export function findChrome() {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  return CANDIDATES.find((p) => existsSync(p));
}

function isDebianRoot() {
  try {
    return process.getuid?.() === 0 && existsSync('/etc/debian_version') && readFileSync('/etc/os-release', 'utf8').length > 0;
  } catch {
    return false;
  }
}

/** The one command that installs every test browser on Debian/Ubuntu (also in docs/browser-support.md). */
export const INSTALL_ALL = 'apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb';

let updated = false;
/** Installs Debian `packages` when running as root on Debian; returns whether it tried. */
function aptInstall(packages, why) {
  if (!isDebianRoot()) return false;
  console.log(`${why}: installing Debian packages (apt-get install -y ${packages.join(' ')})…`);
  execSync(`${updated ? '' : 'apt-get update -qq && '}DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
  updated = true;
  return true;
}

/** Stops with one line saying what to install. */
function missing(what, hint) {
  console.error(`${what}: install it (Debian/Ubuntu: \`sudo ${INSTALL_ALL}\`) ${hint}.`);
  process.exit(1);
}

export function ensureChrome() {
  let path = findChrome();
  if (path) return path;
  if (aptInstall(['chromium'], 'No Chrome/Chromium found')) path = findChrome();
  return path ?? missing('Tests need Chrome or Chromium', 'or set CHROME_PATH to its executable');
}

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function findFirefox() {
  if (process.env.FIREFOX_PATH && existsSync(process.env.FIREFOX_PATH)) return process.env.FIREFOX_PATH;
  return FIREFOX.find((p) => existsSync(p));
}

/** Firefox (driven over WebDriver BiDi by puppeteer-core; no geckodriver needed). */
export function ensureFirefox() {
  let path = findFirefox();
  if (path) return path;
  if (aptInstall(['firefox-esr'], 'No Firefox found')) path = findFirefox();
  return path ?? missing('Tests need Firefox', 'or set FIREFOX_PATH to its executable');
}

const MINIBROWSER = ['x86_64-linux-gnu', 'aarch64-linux-gnu'].flatMap((arch) =>
  ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0'].map((v) => `/usr/lib/${arch}/${v}/MiniBrowser`));

/** WebKitGTK (the Safari engine): its WebDriver, the MiniBrowser it automates, and xvfb-run for a display. */
export function findWebKit() {
  const driver = ['/usr/bin/WebKitWebDriver', process.env.WEBKIT_WEBDRIVER].find((p) => p && existsSync(p));
  const binary = [process.env.WEBKIT_MINIBROWSER, ...MINIBROWSER].find((p) => p && existsSync(p));
  const xvfbRun = existsSync('/usr/bin/xvfb-run') ? '/usr/bin/xvfb-run' : undefined;
  return driver && binary && xvfbRun ? { driver, binary, xvfbRun } : undefined;
}

export function ensureWebKit() {
  let found = findWebKit();
  if (found) return found;
  if (aptInstall(['webkit2gtk-driver', 'xvfb'], 'No WebKitWebDriver/MiniBrowser/xvfb-run found')) found = findWebKit();
  return found ?? missing('Tests need WebKitGTK\'s WebKitWebDriver and MiniBrowser, and xvfb-run', 'or set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`chromium: ${ensureChrome()}`);
  console.log(`firefox:  ${ensureFirefox()}`);
  const webkit = ensureWebKit();
  console.log(`webkit:   ${webkit.driver} → ${webkit.binary} (under ${webkit.xvfbRun})`);
}
