// npm run build: the script-tag build, the npm build, type declarations and custom-elements.json.
import { execSync } from 'node:child_process';

const run = (cmd, env = {}) => execSync(cmd, { stdio: 'inherit', env: { ...process.env, ...env } });

run('npx vite build --logLevel warn', { PT_BUILD: 'cdn' });
run('npx vite build --logLevel warn', { PT_BUILD: 'npm' });
run('npx tsc -p tsconfig.build.json');
run('npx cem analyze --config custom-elements-manifest.config.mjs --quiet');
