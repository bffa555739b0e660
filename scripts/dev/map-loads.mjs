// Cold loads of the bench's page with one map, from a build (PT_DIST), until the map's first 3D frame is
// marked: what the dev tools that look inside that frame share (stage-marks.mjs, first-frame-profile.mjs).
import { relative } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChrome, CHROME_ARGS } from '../chrome.mjs';
import { startServer } from '../serve.mjs';
import { gzRoute, pageRoute, repo, walk } from '../../bench/setup.mjs';

/**
 * `n` cold loads (a fresh browser context each): `before(page)` runs before the page is opened, its result
 * goes to `after(page, it)` once the first-frame mark is seen (polled every `polling` ms).
 */
export async function coldMapLoads(dist, n, { before = async () => undefined, after, polling = 50 }) {
  const routes = { '/bench/page': pageRoute() };
  for (const f of walk(dist)) routes[`/dist/${relative(dist, f)}`] = gzRoute(f);
  const server = await startServer({ root: repo, routes });
  const browser = await chromium.launch({ executablePath: ensureChrome(), headless: true, args: [...CHROME_ARGS] });
  try {
    for (let i = 0; i < n; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await ctx.newPage();
      const it = await before(page);
      await page.goto(`${server.url}/bench/page?subject=pt-trigger-point-map&n=1`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('pt:pt-trigger-point-map:first-frame').length > 0, null, { timeout: 30000, polling });
      await after(page, it);
      await ctx.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
