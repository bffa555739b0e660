// @web/test-runner in headless Chromium: unit tests (pure modules) and widget tests (elements),
// TypeScript through esbuild. A second group runs with WebGL switched off for the map's fallback.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { readdirSync } from 'node:fs';
import { ensureChrome, CHROME_ARGS } from './scripts/chrome.mjs';

const executablePath = ensureChrome();
const launcher = (extra = []) =>
  chromeLauncher({ launchOptions: { executablePath, headless: true, args: [...CHROME_ARGS, ...extra] } });

export default {
  rootDir: '.',
  nodeResolve: true,
  files: ['test/unit/**/*.test.ts', 'test/widgets/**/*.test.ts', '!test/**/*.nowebgl.test.ts'],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [launcher()],
  // wtr refuses a group whose pattern matches nothing, so the group exists only once its tests do.
  groups: readdirSync('test/widgets', { recursive: true }).some((f) => String(f).endsWith('.nowebgl.test.ts'))
    ? [
        {
          name: 'no-webgl',
          files: 'test/widgets/**/*.nowebgl.test.ts',
          browsers: [launcher(['--disable-webgl', '--disable-3d-apis'])],
          // Lets a no-WebGL test fail (not skip) if this browser ever does have WebGL.
          testRunnerHtml: (framework) =>
            `<!doctype html><html><body><script>window.__PT_NO_WEBGL_GROUP__ = true;</script><script type="module" src="${framework}"></script></body></html>`,
        },
      ]
    : [],
  // One page at a time: in headless Chromium only the front tab is "visible", and the widgets rightly
  // pause animation (no rAF) in hidden tabs, so concurrent pages would stall each other's tests.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  filterBrowserLogs: ({ type }) => type === 'error',
};
