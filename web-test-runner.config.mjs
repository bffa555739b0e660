// @web/test-runner: unit tests (pure modules) and widget tests (elements), TypeScript through esbuild.
// Chromium runs everything; Firefox and WebKit run the widget tests matched by ENGINE_FILES (see
// docs/browser-support.md). A no-WebGL Chromium group runs the map's fallback tests.
//
// Engines: PT_ENGINES=chromium,firefox,webkit (the default for a full run). A targeted run
// (`--files …`) stays Chromium-only unless PT_ENGINES names other engines, which then run the same files:
//   PT_ENGINES=firefox,webkit npx wtr --config web-test-runner.config.mjs --files 'test/widgets/gate-control/**/*.test.ts'
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readdirSync } from 'node:fs';
import { ensureChrome, CHROME_ARGS } from './scripts/chrome.mjs';
import { engineGroups, engineLauncher, runnerHtml } from './scripts/engines.mjs';
import { threeSlimTestRunner } from './scripts/three-slim/index.mjs';

/**
 * Widget test files that also run in Firefox and WebKit. The trigger-point map (being rebuilt) joins by
 * adding 'test/widgets/trigger-point-map/**\/*.test.ts' here (its *.nowebgl tests run in Firefox as they
 * are: headless Firefox has no WebGL).
 */
export const ENGINE_FILES = [
  'test/widgets/gate-control/**/*.test.ts',
  'test/widgets/technique-compare/**/*.test.ts',
  'test/widgets/visit-guide/**/*.test.ts',
  // the theme's fallback for browsers without light-dark() (its emulated-media cases are Chromium-only)
  'test/widgets/theme/theme-fallback.test.ts',
  // the map's 2D chart (all 22 muscles, lists, events, axe) runs in Firefox, which has no WebGL headless;
  // its 3D chart of all 22 muscles runs in WebKit (WebGL 2) and skips where there is no WebGL
  'test/widgets/trigger-point-map/*.nowebgl.test.ts',
  'test/widgets/trigger-point-map/chart-3d.test.ts',
  // Spanish, clinic JSON, bad input, keyboard and events, reduced motion, axe: 3D in WebKit, the 2D chart in Firefox
  'test/widgets/trigger-point-map/map-engines.test.ts',
];

const cliFiles = (() => {
  const i = process.argv.indexOf('--files');
  if (i < 0) return undefined;
  const out = [];
  for (const a of process.argv.slice(i + 1)) {
    if (a.startsWith('--')) break;
    out.push(a);
  }
  return out;
})();
const engines = (process.env.PT_ENGINES ?? (cliFiles ? 'chromium' : 'chromium,firefox,webkit')).split(',').map((e) => e.trim());

const executablePath = ensureChrome();
const chromium = (extra = []) =>
  chromeLauncher({ launchOptions: { executablePath, headless: true, args: [...CHROME_ARGS, ...extra] } });
const hasNoWebglTests = readdirSync('test/widgets', { recursive: true }).some((f) => String(f).endsWith('.nowebgl.test.ts'));
const engineFiles = cliFiles ?? ENGINE_FILES;

const otherEngines = engines.filter((e) => e !== 'chromium');
const withChromium = engines.includes('chromium');

export default {
  rootDir: '.',
  // scripts/test.mjs runs Chromium and the other engines side by side, each on a port it picked
  ...(process.env.PT_WTR_PORT ? { port: Number(process.env.PT_WTR_PORT) } : {}),
  nodeResolve: true,
  // Without Chromium, the default group is the other engines (normal media state) on the cross-engine files.
  files: withChromium ? ['test/unit/**/*.test.ts', 'test/widgets/**/*.test.ts', '!test/**/*.nowebgl.test.ts'] : engineFiles,
  // three.js as the script-tag build ships it for the map (scripts/three-slim), so the 3D tests draw with it
  plugins: [threeSlimTestRunner(), esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: withChromium ? [chromium()] : otherEngines.map((e) => engineLauncher(e)),
  ...(withChromium ? {} : { testRunnerHtml: runnerHtml({ reducedMotion: false }) }),
  // wtr refuses a group whose pattern matches nothing, so a group exists only once its tests do.
  groups: [
    ...(hasNoWebglTests && withChromium
      ? [
          {
            name: 'no-webgl',
            files: 'test/widgets/**/*.nowebgl.test.ts',
            browsers: [chromium(['--disable-webgl', '--disable-3d-apis'])],
            // Lets a no-WebGL test fail (not skip) if this browser ever does have WebGL.
            testRunnerHtml: (framework) =>
              `<!doctype html><html><body><script>window.__PT_NO_WEBGL_GROUP__ = true;</script><script type="module" src="${framework}"></script></body></html>`,
          },
        ]
      : []),
    ...engineGroups(otherEngines, engineFiles, { normal: withChromium }),
  ],
  // One page at a time: in headless Chromium only the front tab is "visible", and the widgets rightly
  // pause animation (no rAF) in hidden tabs, so concurrent pages would stall each other's tests.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  // Per test: generous, since only a hang should reach it (npm test runs two steps at once on 2 cores).
  testFramework: { config: { timeout: 40000 } },
  // Piped output (npm test collects each step's output): one line per result, not a redrawn progress bar.
  staticLogging: !process.stdout.isTTY,
  filterBrowserLogs: ({ type }) => type === 'error',
};
