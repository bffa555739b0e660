// Builds the script-tag library and its custom-elements.json into a private folder (default
// /tmp/pt-embed-dist) so the embed suite can run without touching the shared dist/:
//   node test/embed/build-dist.mjs && PT_DIST=/tmp/pt-embed-dist node --test test/embed/
import { execSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { REPO_ROOT } from './repo-root.mjs';

// Never build when a test runner picks this file up by its folder name.
if (process.env.NODE_TEST_CONTEXT) process.exit(0);

const out = resolve(process.argv[2] ?? process.env.PT_OUT_DIR ?? '/tmp/pt-embed-dist');
const run = (cmd, env = {}) => execSync(cmd, { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
run('npx vite build --logLevel warn', { PT_BUILD: 'cdn', PT_OUT_DIR: out });
// cem joins --outdir to the working directory, so hand it a relative path.
run(`npx cem analyze --config custom-elements-manifest.config.mjs --quiet --outdir ${JSON.stringify(relative(REPO_ROOT, out))}`);
console.log(`built into ${out}`);
