// Reflow (WCAG 1.4.10) and text resize (1.4.4): at 320 CSS px, at 1280 px with 200 % browser zoom
// (= a 640 CSS px viewport: browser zoom shrinks the CSS viewport, which is what we emulate), and with
// the root font size doubled (text-only zoom), no widget scrolls horizontally inside itself or sticks out.
/* global getComputedStyle -- page-side code runs in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, TAGS, settle, describeWidget, fmt } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Page-side: every element in the widget's shadow roots must stay inside the widget's box horizontally. */
function sticksOut(el) {
  const host = el.getBoundingClientRect();
  const out = [];
  const visit = (root) => {
    for (const e of root.querySelectorAll('*')) {
      if (e.shadowRoot) visit(e.shadowRoot);
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const s = getComputedStyle(e);
      if (s.position === 'fixed' || s.visibility === 'hidden') continue;
      // Visually hidden text (1px, clipped) is not seen and cannot scroll anything.
      if (r.width <= 1 && r.height <= 1) continue;
      // Only what is really painted counts: an ancestor that clips it hides the overhang.
      if (r.left < host.left - 1 || r.right > host.right + 1) {
        let clipped = false;
        for (let p = e.parentElement ?? e.getRootNode().host; p && p !== el; p = p.parentElement ?? p.getRootNode().host) {
          const ps = getComputedStyle(p);
          if (ps.overflowX !== 'visible') {
            const pr = p.getBoundingClientRect();
            if (pr.left >= host.left - 1 && pr.right <= host.right + 1) clipped = true;
            break;
          }
        }
        if (!clipped) out.push(`${e.localName}${typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/)[0] : ''} [${Math.round(r.left)}, ${Math.round(r.right)}] outside [${Math.round(host.left)}, ${Math.round(host.right)}]`);
      }
    }
  };
  visit(el.shadowRoot);
  return out.slice(0, 8);
}

const CASES = [
  { name: '320 CSS px (WCAG 1.4.10 reflow)', viewport: { width: 320, height: 800 } },
  { name: '1280 px at 200 % zoom (640 CSS px viewport)', viewport: { width: 640, height: 450 } },
  { name: '1280 px with text-only zoom 200 % (root font-size 200 %)', viewport: { width: 1280, height: 900 }, rootFont: '200%' },
];

for (const c of CASES) {
  test(`reflow: ${c.name}: no widget scrolls horizontally inside itself`, async () => {
    const s = await open(browser, server.page('all.html'), { viewport: c.viewport });
    try {
      if (c.rootFont) await s.page.evaluate((f) => { document.documentElement.style.fontSize = f; }, c.rootFont);
      for (const tag of TAGS) {
        await s.page.evaluate((t) => document.querySelector(t).scrollIntoView(), tag);
        await settle(s.page, 150);
      }
      await settle(s.page, 300);
      const problems = [];
      const widths = [];
      for (const tag of TAGS) {
        const el = await s.page.evaluateHandle((t) => document.querySelector(t), tag);
        const d = await el.evaluate(describeWidget);
        const out = await el.evaluate(sticksOut);
        const vw = c.viewport.width;
        widths.push(`${tag} ${d.host.w}px`);
        if (d.overflowing.length) problems.push(`<${tag}> scrolls horizontally inside: ${d.overflowing.join('; ')}`);
        if (d.host.x < 0 || d.host.x + d.host.w > vw + 1) problems.push(`<${tag}> box [${d.host.x}, ${d.host.x + d.host.w}] is wider than the ${vw}px viewport`);
        if (out.length) problems.push(`<${tag}> content sticks out of the widget: ${out.join('; ')}`);
      }
      const page = await s.page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
      console.log(`# ${c.name}: ${widths.join(', ')}; page scrollWidth ${page.sw} / clientWidth ${page.cw}; ${problems.length} problem(s)`);
      if (page.sw > page.cw + 1) problems.push(`the page scrolls horizontally (${page.sw} > ${page.cw})`);
      assert.deepEqual(s.log.pageErrors, []);
      assert.deepEqual(problems, [], fmt(problems));
    } finally {
      await s.close();
    }
  });
}
