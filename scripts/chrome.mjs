// Finds a Chrome/Chromium for the tests. On a fresh Debian machine running as root it installs
// Debian's `chromium`; anywhere else it stops with one line saying what to install.
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

export function ensureChrome() {
  let path = findChrome();
  if (path) return path;
  if (isDebianRoot()) {
    console.log('No Chrome/Chromium found: installing Debian\'s chromium (apt-get install -y chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    path = findChrome();
    if (path) return path;
  }
  console.error('Tests need Chrome or Chromium: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChrome());
}
