// npm test: every check, in the order a failure is cheapest to find. Each step runs even if an
// earlier one failed (so one run shows everything); the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { ensureChrome, ensureFirefox, ensureWebKit } from './chrome.mjs';

// On a fresh Debian machine as root these install the three test browsers (Debian packages).
process.env.CHROME_PATH = ensureChrome();
ensureFirefox();
ensureWebKit();
const only = process.argv.slice(2);

const hasTests = (dir, suffix) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith(suffix));

const steps = [
  ['types', 'npx tsc --noEmit -p tsconfig.json'],
  ['lint', 'npx eslint .'],
  ['build', 'node scripts/build.mjs'],
  ['browser tests in Chromium (unit + widgets)', 'PT_ENGINES=chromium npx wtr --config web-test-runner.config.mjs'],
  ['browser tests in Firefox + WebKit (widgets)', 'PT_ENGINES=firefox,webkit npx wtr --config web-test-runner.config.mjs'],
  ['node checks (schemas, docs, lazy Spanish)', hasTests('test/node', '.test.mjs') && 'node --test test/node/'],
  ['package shape', 'node --test test/package/'],
  ['framework examples (React 18/19, Vue 3, Svelte 5, JSX types)', 'node --test test/frameworks/'],
  ['size budgets', hasTests('test/size', '.test.mjs') && 'node --test test/size/'],
  ['embed tests (built dist/ in real pages)', hasTests('test/embed', '.test.mjs') && 'node --test --test-concurrency=1 test/embed/'],
  ...['firefox', 'webkit'].map((engine) => [
    `embed tests in ${engine === 'firefox' ? 'Firefox' : 'WebKit'} (hostile CSS, CSP)`,
    `PT_ENGINE=${engine} node --test --test-concurrency=1 test/embed/hostile-css.test.mjs test/embed/csp.test.mjs`,
  ]),
  ['embed builder (demo/builder.html in Chromium)', 'node --test test/builder/'],
  ['wordpress plugin (a real WordPress; Debian as root, else one skip line)', 'node --test test/wordpress/'],
  // The build step above already wrote dist/custom-elements.json (what `npm run build-storybook` runs
  // `npm run analyze` for), so Storybook builds from it directly.
  ['storybook build', 'npx storybook build --quiet -o storybook-static'],
  ['storybook stories', 'node --test test/storybook/'],
].filter(([name, cmd]) => cmd && (!only.length || only.some((o) => name.startsWith(o))));

const results = [];
for (const [name, cmd] of steps) {
  const started = Date.now();
  console.log(`\n━━ ${name}: ${cmd}`);
  const { status } = spawnSync(cmd, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log('\n━━ summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
