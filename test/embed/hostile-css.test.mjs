// Hostile global CSS (resets, `div{display:flex!important}`, hidden svg, tiny canvas, 40px root font,
// forced button styles) must not break the layout inside any widget: compared with the same page with only
// the hostile page's 40px root font (all-bigfont.html), since a widget may grow with the root font.
/* global innerWidth -- page-side code runs in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, TAGS, settle, describeWidget, fmt } from './harness.mjs';

let server;
let browser;
const measured = {};

before(async () => {
  server = await serve();
  browser = await launch();
  for (const variant of ['all-bigfont.html', 'all-hostile.html']) {
    const s = await open(browser, server.page(variant));
    // Measure each widget while it is in view and settled: the map draws (and places its markers)
    // only when visible, so it is measured with its 3D canvas showing, not halfway through loading.
    measured[variant] = {};
    for (const tag of TAGS) {
      const handle = await s.page.evaluateHandle((t) => document.querySelector(t), tag);
      await handle.evaluate((el) => el.scrollIntoView());
      if (tag === 'pt-trigger-point-map') {
        // In 3D: its canvas shown and its markers placed over the drawn body (after the first frames, later
        // on a busy machine). Without WebGL (headless Firefox): its 2D drawing.
        await s.page.waitForFunction((el) => {
          const shown = (e) => e && e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().height > 0;
          const root = el.shadowRoot;
          if (shown(root?.querySelector('svg[role="img"]'))) return true;
          return shown(root?.querySelector('canvas')) && [...root.querySelectorAll('button.marker')].some((b) => !b.hidden && shown(b));
        }, handle, { timeout: 15000 }).catch(() => {});
      }
      // Any update the scroll into view started (the map's first frames and markers get a little longer).
      await handle.evaluate((el) => el.updateComplete);
      await settle(s.page, tag === 'pt-trigger-point-map' ? 400 : 0);
      measured[variant][tag] = await handle.evaluate(describeWidget);
    }
    measured[variant].pageErrors = s.log.pageErrors;
    measured[variant].docScroll = await s.page.evaluate(() => ({ sw: document.documentElement.scrollWidth, iw: innerWidth }));
    await s.close();
  }
});

after(async () => {
  await browser?.close();
  await server?.close();
});

// The page's floated paragraph is long enough to wrap in every engine, so it spans the column and the
// wrappers (flex containers under the hostile CSS, which avoid floats) start below it. With a paragraph
// that fits on one line, every engine puts the next wrapper into the gap beside the float (CSS 2.1 9.5:
// an auto-width box that establishes a formatting context is narrowed to fit beside floats; its content
// does not count), so the widget gets whatever width that gap has: 25 px in Firefox with the old one-line
// text (its cursive fallback font is narrower), 95 px in WebKit and 247 px in Chromium with a shorter one.
// That width is the page's choice, not the widget's: no style inside the shadow root can move the wrapper.

for (const tag of TAGS) {
  test(`hostile-css: <${tag}> keeps its layout under hostile global CSS`, () => {
    const base = measured['all-bigfont.html'][tag];
    const hostile = measured['all-hostile.html'][tag];
    const why = `\n  baseline: ${fmt({ host: base.host, root: base.root, container: base.container, graphics: base.graphics })}\n  hostile:  ${fmt({ host: hostile.host, hostDisplay: hostile.hostDisplay, root: hostile.root, container: hostile.container, graphics: hostile.graphics, overflowing: hostile.overflowing })}`;
    console.log(`# ${tag}: host width ${base.host.w} → ${hostile.host.w} px (container ${hostile.container?.w}), visible elements ${base.visibleCount} → ${hostile.visibleCount}`);

    assert.ok(base.root && base.root.w > 0 && base.root.h > 0, `baseline page: <${tag}> has no visible .pt-root${why}`);
    assert.ok(hostile.root, `hostile page: <${tag}> rendered no .pt-root${why}`);
    // The widget's box fills its wrapper (a flex item shrunk to its text would be a broken layout).
    const containerW = hostile.container.w - 6; // hostile.css gives every div 3px padding
    assert.ok(hostile.root.w >= containerW * 0.9 && hostile.root.w <= hostile.container.w + 1,
      `.pt-root is ${hostile.root.w}px wide inside a ${hostile.container.w}px wrapper (expected ≈ wrapper width)${why}`);
    assert.ok(Math.abs(hostile.root.w - hostile.host.w) <= 2, `.pt-root (${hostile.root.w}px) does not fill its host (${hostile.host.w}px)${why}`);
    assert.ok(hostile.root.h > 40, `.pt-root collapsed to ${hostile.root.h}px high${why}`);

    // Everything visible in the baseline is still visible (only font size may differ).
    assert.ok(hostile.visibleCount >= base.visibleCount, `${base.visibleCount - hostile.visibleCount} element(s) inside the shadow root became invisible${why}`);
    // A heading hidden on purpose by the widget's own layout (e.g. the comparison's stacked view, replaced
    // by table headers when the widget is wide) is fine if it was hidden in the baseline too; one the
    // baseline showed must stay visible.
    const shownInBase = new Set(base.headings.filter((h) => h.visible).map((h) => h.text));
    const hidden = hostile.headings.filter((h) => !h.visible && (shownInBase.has(h.text) || base.headings.length === 0));
    assert.equal(hidden.length, 0, `heading(s) hidden: ${fmt(hidden)}${why}`);
    assert.equal(hostile.graphics.length, base.graphics.length, `number of svg/canvas changed${why}`);
    hostile.graphics.forEach((g, i) => {
      const b = base.graphics[i];
      if (!b.visible) return;
      assert.ok(g.visible && g.w >= Math.min(40, b.w) && g.h >= Math.min(40, b.h), `${g.tag} #${i} is ${g.w}×${g.h} (baseline ${b.w}×${b.h}), or hidden${why}`);
    });
    hostile.buttons.forEach((btn, i) => {
      if (base.buttons[i]?.visible) assert.ok(btn.visible && btn.w >= 24 && btn.h >= 24, `button #${i} is ${btn.w}×${btn.h} (baseline ${base.buttons[i].w}×${base.buttons[i].h})${why}`);
    });
    assert.deepEqual(hostile.overflowing, [], `elements scroll horizontally inside the widget${why}`);
    assert.ok(hostile.host.x + hostile.host.w <= measured['all-hostile.html'].docScroll.iw + 1, `widget sticks out of the viewport${why}`);
  });
}

test('hostile-css: no uncaught errors on either page', () => {
  assert.deepEqual(measured['all-bigfont.html'].pageErrors, []);
  assert.deepEqual(measured['all-hostile.html'].pageErrors, []);
});
