// Screenshots of the trigger-point map for docs/images (a reviewer sees the result without running
// anything): for each muscle, the 3D view from the front, the back and (when its chart uses it) the
// side, each with the second small picture when the pain is on another side, and the 2D chart. node scripts/dev/map-screenshots.mjs [out-dir] [muscles]
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const out = process.argv[2] ?? 'docs/images/trigger-point-map';
const muscles = (process.argv[3] ?? 'upper-trapezius,sternocleidomastoid,infraspinatus,quadratus-lumborum,gluteus-minimus,soleus').split(',');
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'shots-'));
await build({
  stdin: { contents: "import './src/widgets/trigger-point-map/pt-trigger-point-map.js';", resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, format: 'esm', outfile: join(dir, 'p.js'), target: 'es2022', logLevel: 'warning',
  tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
});
writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body style="margin:0;font:16px system-ui,sans-serif;background:#fff"><div style="width:760px;padding:8px"><pt-trigger-point-map></pt-trigger-point-map></div><script type="module" src="p.js"></script></body></html>');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage', '--allow-file-access-from-files'] });
const page = await browser.newPage({ viewport: { width: 800, height: 1400 }, reducedMotion: 'reduce' });
await page.goto('file://' + join(dir, 'index.html'));
const map = page.locator('pt-trigger-point-map');
const stats = () => page.evaluate(() => document.querySelector('pt-trigger-point-map').renderStats);
await page.waitForFunction(() => document.querySelector('pt-trigger-point-map')?.renderStats?.frames > 0, null, { timeout: 60000 });
const settle = async () => {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const f = (await stats()).frames;
    if (f === last) break;
    last = f;
    await page.waitForTimeout(150);
  }
};
for (const m of muscles) {
  await map.evaluate((el, id) => { el.removeAttribute('flat'); el.setAttribute('muscle', id); }, m);
  await page.waitForFunction(() => document.querySelector('pt-trigger-point-map').renderStats.mode === '3d');
  await settle();
  // as it opens (the trigger points' side), then front and back, and the side when the chart draws on it
  const opened = await map.locator('.toolbar [aria-pressed="true"]').getAttribute('data-view');
  await map.locator('.viewport').screenshot({ path: join(out, `${m}-3d-${opened}.png`) });
  const usesSide = await map.evaluate((el) => !!el.shadowRoot.querySelector('.chart figure.side'));
  for (const v of ['front', 'back', ...(usesSide ? ['left'] : [])]) {
    if (v === opened) continue;
    await map.locator(`.toolbar [data-view="${v}"]`).click();
    await settle();
    await map.locator('.viewport').screenshot({ path: join(out, `${m}-3d-${v}.png`) });
  }
  await map.evaluate((el) => el.setAttribute('flat', ''));
  await page.waitForTimeout(300);
  await map.locator('.chart').screenshot({ path: join(out, `${m}-2d.png`) });
  console.log(m, 'done');
}
await browser.close();
