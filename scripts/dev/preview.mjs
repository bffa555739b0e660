// Dev tool: bundles a preview page with esbuild and screenshots it in Chromium.
// node scripts/dev/preview.mjs <entry.ts> <out.png> [query]
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const [entry, out, query = ''] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'pv-'));
await build({ nodePaths: [join(process.cwd(), 'node_modules')], entryPoints: [entry], bundle: true, format: 'esm', outfile: join(dir, 'p.js'), target: 'es2022', logLevel: 'warning', tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } });
writeFileSync(join(dir, 'index.html'), '<!doctype html><body style="margin:0;display:flex;flex-wrap:wrap"><script type="module" src="p.js"></script>');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage', '--enable-unsafe-swiftshader', '--allow-file-access-from-files'] });
const page = await browser.newPage({ viewport: { width: Number(process.env.VW ?? 1600), height: Number(process.env.VH ?? 800) } });
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto('file://' + join(dir, 'index.html') + (query ? '?' + query : ''));
await page.waitForFunction(() => document.title === 'done', null, { timeout: 60000 });
console.log(JSON.stringify(await page.evaluate(() => window.info)));
const sel = process.env.SEL;
if (sel) {
  const items = page.locator(sel);
  const n = await items.count();
  for (let i = 0; i < n; i++) await items.nth(i).screenshot({ path: out.replace(/\.png$/, `-${i}.png`) });
} else await page.screenshot({ path: out, fullPage: true });
await browser.close();
