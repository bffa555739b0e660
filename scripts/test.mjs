// npm test: every check. Each step runs even if an earlier one failed (so one run shows everything);
// the exit code is non-zero if any failed.
//
// Steps run two at a time (PT_TEST_JOBS, default 2: the machine this must fit in 10 minutes has 2 cores).
// Only `after` orders them: every step that reads the built dist/ waits for the build, the Storybook
// stories wait for the Storybook build, and nothing else writes shared files (the embed suite, size and
// release tests read dist/ only; every browser and server picks its own free port). Each step's output is
// printed in one piece when it ends, so two steps never interleave their lines.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { ensureChrome, ensureFirefox, ensureWebKit } from './chrome.mjs';
import { freePort } from './free-port.mjs';

// On a fresh Debian machine as root these install the three test browsers (Debian packages).
process.env.CHROME_PATH = ensureChrome();
ensureFirefox();
ensureWebKit();
const only = process.argv.slice(2);
const jobs = Math.max(1, Number(process.env.PT_TEST_JOBS) || Math.min(2, cpus().length));

const hasTests = (dir, suffix) => existsSync(dir) && readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith(suffix));
const BUILD = 'build';
const LEAKS = 'test/embed/leaks.test.mjs';
const embedFiles = existsSync('test/embed')
  ? readdirSync('test/embed').filter((f) => f.endsWith('.test.mjs')).map((f) => `test/embed/${f}`).filter((f) => f !== LEAKS).sort()
  : [];
const wtr = (engines) => async () => `PT_ENGINES=${engines} PT_WTR_PORT=${await freePort()} npx wtr --config web-test-runner.config.mjs`;

/** [name, command (or a function giving it), steps it must run after], in the order they take a free lane. */
const steps = [
  ['browser tests in Chromium (unit + widgets)', wtr('chromium')],
  ['types', 'npx tsc --noEmit -p tsconfig.json'],
  [BUILD, 'node scripts/build.mjs'],
  ['lint', 'npx eslint .'],
  // The leak cycles are the embed suite's longest file: a step of their own packs the two lanes better.
  ['embed tests (built dist/ in real pages)', embedFiles.length && `node --test --test-concurrency=1 ${embedFiles.join(' ')}`, [BUILD]],
  ['embed leak tests (mount/unmount cycles)', existsSync(LEAKS) && `node --test ${LEAKS}`, [BUILD]],
  ['browser tests in Firefox + WebKit (widgets)', wtr('firefox,webkit')],
  // The build step already wrote dist/custom-elements.json (what `npm run build-storybook` runs
  // `npm run analyze` for), so Storybook builds from it directly.
  ['storybook build', 'npx storybook build --quiet -o storybook-static', [BUILD]],
  ['wordpress plugin (a real WordPress; Debian as root, else one skip line)', 'node --test test/wordpress/', [BUILD]],
  ...['firefox', 'webkit'].map((engine) => [
    `embed tests in ${engine === 'firefox' ? 'Firefox' : 'WebKit'} (hostile CSS, CSP)`,
    `PT_ENGINE=${engine} node --test --test-concurrency=1 test/embed/hostile-css.test.mjs test/embed/csp.test.mjs`,
    [BUILD],
  ]),
  ['size budgets', hasTests('test/size', '.test.mjs') && 'node --test test/size/', [BUILD]],
  ['embed builder (demo/builder.html in Chromium)', 'node --test test/builder/', [BUILD]],
  ['storybook stories', 'node --test test/storybook/', ['storybook build']],
  ['framework examples (React 18/19, Vue 3, Svelte 5, JSX types)', 'node --test test/frameworks/', [BUILD]],
  ['package shape', 'node --test test/package/', [BUILD]],
  ['node checks (schemas, docs, lazy Spanish)', hasTests('test/node', '.test.mjs') && 'node --test test/node/'],
]
  .filter(([name, cmd]) => cmd && (!only.length || only.some((o) => name.startsWith(o))))
  .map(([name, cmd, after = []]) => ({ name, cmd, after, state: 'waiting' }));
// A step whose prerequisite is not selected (`npm test -- embed`) runs on the dist/ already there.
for (const s of steps) s.after = s.after.filter((a) => steps.some((o) => o.name === a));

const started = Date.now();
const secs = (from) => Math.round((Date.now() - from) / 1000);

async function run(step) {
  step.state = 'running';
  step.started = Date.now();
  const cmd = typeof step.cmd === 'function' ? await step.cmd() : step.cmd;
  console.log(`▶ ${step.name} (at ${secs(started)} s)`);
  const out = [];
  const child = spawn(cmd, { shell: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => out.push(d));
  const code = await new Promise((resolve) => child.on('close', resolve));
  step.ok = code === 0;
  step.seconds = secs(step.started);
  step.state = 'done';
  step.output = Buffer.concat(out).toString();
  process.stdout.write(`\n━━ ${step.name}: ${cmd}\n${step.output}`);
  console.log(`━━ ${step.ok ? 'ok' : 'FAILED'}: ${step.name} (${step.seconds} s)\n`);
}

const running = new Set();
const heartbeat = setInterval(() => {
  const now = steps.filter((s) => s.state === 'running').map((s) => `${s.name} ${secs(s.started)} s`);
  if (now.length) console.log(`… running: ${now.join('; ')}`);
}, 60_000);
while (steps.some((s) => s.state !== 'done')) {
  const ready = steps.filter((s) => s.state === 'waiting' && s.after.every((a) => steps.find((o) => o.name === a).state === 'done'));
  while (running.size < jobs && ready.length) {
    const step = ready.shift();
    const p = run(step).then(() => running.delete(p));
    running.add(p);
  }
  if (!running.size) throw new Error(`steps wait for each other: ${steps.filter((s) => s.state === 'waiting').map((s) => s.name).join(', ')}`);
  await Promise.race(running);
}
clearInterval(heartbeat);

console.log(`\n━━ summary (${jobs} at a time, ${secs(started)} s in all)`);
for (const r of steps) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
// A log shown only by its tail (CI) still names what failed: each failed step's failure lines, briefly.
const FAILURE_LINE = /❌|✖|not ok|error|expected|fail|timed? ?out|assert/i;
for (const r of steps.filter((s) => !s.ok)) {
  const lines = [...new Set(r.output.split('\n').map((l) => l.trimEnd()).filter((l) => FAILURE_LINE.test(l) && !/# fail 0|^\s*$/.test(l)))];
  console.log(`\n━━ why "${r.name}" failed (${Math.min(lines.length, 20)} of ${lines.length} failure lines; the whole output is above)`);
  for (const l of lines.slice(0, 20)) console.log(l.length > 240 ? `${l.slice(0, 240)}…` : l);
}
const failed = steps.filter((r) => !r.ok).length;
console.log(`${steps.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
