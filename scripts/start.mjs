// npm start: build the library, then serve the demo clinic site on 127.0.0.1 and print its URL.
import { execSync } from 'node:child_process';
import { startServer } from './serve.mjs';

execSync('node scripts/build.mjs', { stdio: 'inherit' });
const port = Number(process.env.PORT ?? 5173);
const server = await startServer({ port, index: '/demo/index.html' }).catch(() => startServer({ port: 0 }));
console.log(`\n  Riverbend demo clinic site: ${server.url}/demo/index.html\n  Storybook: npm run storybook · Stop: Ctrl+C\n`);
