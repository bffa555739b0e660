// The WordPress plugin on a real WordPress (Debian's 6.1 with MariaDB, PHP and Apache, see
// scripts/wordpress-env.mjs): posts saved as an Administrator and as an Author (whose HTML WordPress
// filters on save), with the shortcode and with the blocks, rendered in headless Chromium. Every widget
// upgrades, the clinic's JSON applies, nothing leaks as text, the loader is only on pages with a widget,
// and script payloads in attributes or JSON stay text. Skipped (one line) where WordPress cannot run.
/* global document, window, getComputedStyle, customElements -- page-side code runs in the browser */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureWordPress, startWordPress } from '../../scripts/wordpress-env.mjs';

const REPO = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const DIST = resolve(process.env.PT_DIST ?? join(REPO, 'dist'));
const TAGS = ['pt-gate-control', 'pt-technique-compare', 'pt-technique-card', 'pt-trigger-point-map'];
const skip = ensureWordPress();

const GATE_TITLE = 'Why rubbing it helps & more';
const COMPARE_NAME = 'Our Swedish massage';
const CARD_NAME = 'Our deep massage';
// Multi-line JSON with a blank line in it: automatic paragraphs turn that into </p><p> in classic content.
const gateJson = `{\n  "title": "${GATE_TITLE}",\n\n  "labels": { "pain": "How much it hurts" }\n}`;
const compareJson = JSON.stringify({ techniques: { swedish: { name: COMPARE_NAME } } });
const cardJson = JSON.stringify({ techniques: { 'deep-tissue': { name: CARD_NAME } } });

const shortcodes = `A paragraph before the widgets.

[pt_explainer widget="gate-control" pain="30" fallback="Read our guide to pain" fallback-url="/pain/"]
${gateJson}
[/pt_explainer]

[pt_explainer widget="technique-compare" techniques="swedish deep-tissue"]${compareJson}[/pt_explainer]

[pt_explainer widget="technique-card" technique="deep-tissue"]
${cardJson}
[/pt_explainer]

[pt_explainer widget="trigger-point-map" view="back" /]

A paragraph after the widgets.`;

const blocks = [
  { name: 'core/paragraph', html: '<p>A paragraph before the widgets.</p>' },
  { name: 'pt-explainers/gate-control', attrs: { pain: '30', config: gateJson, fallback: 'Read our guide to pain', 'fallback-url': '/pain/' } },
  { name: 'pt-explainers/technique-compare', attrs: { techniques: 'swedish deep-tissue', config: compareJson } },
  { name: 'pt-explainers/technique-card', attrs: { technique: 'deep-tissue', config: cardJson } },
  { name: 'pt-explainers/trigger-point-map', attrs: { view: 'back' } },
];

// Payloads a careless copy-paste or an attacker could put in a shortcode attribute, the JSON, or a block.
const XSS_SHORTCODES = `[pt_explainer widget="gate-control" pain='"><img src=x onerror="window.__xss=1">' fallback="<script>window.__xss=2</script>"]{"title": "</script><script>window.__xss=3;alert(1)</script>"}[/pt_explainer]

[pt_explainer widget="<script>alert(1)</script>" /]

[pt_explainer widget="technique-card" technique="swedish"]<script>alert(1)</script>[/pt_explainer]`;
const xssBlocks = [
  { name: 'pt-explainers/gate-control', attrs: { brain: '"><script>window.__xss=4</script>', config: '{"title": "</script><img src=x onerror=\\"window.__xss=5\\">"}', fallback: '<img src=x onerror="window.__xss=6">' } },
];

const POSTS = [
  { key: 'plain', role: 'administrator', title: 'No widgets here', content: 'Just text.' },
  { key: 'visit-guide', role: 'author', title: 'Visit guide', content: '[pt_explainer widget="visit-guide" plan="after-surgery" structured-data="true" step="9" /]' },
  { key: 'admin-shortcode', role: 'administrator', title: 'Administrator, shortcodes', content: shortcodes },
  { key: 'author-shortcode', role: 'author', title: 'Author, shortcodes', content: shortcodes },
  { key: 'admin-block', role: 'administrator', title: 'Administrator, blocks', blocks },
  { key: 'author-block', role: 'author', title: 'Author, blocks', blocks },
  { key: 'admin-xss', role: 'administrator', title: 'Administrator, payloads', content: XSS_SHORTCODES, blocks: xssBlocks },
  { key: 'author-xss', role: 'author', title: 'Author, payloads', content: XSS_SHORTCODES, blocks: xssBlocks },
];

// Saves each post as its user would (kses_init applies that role's HTML filter), blocks serialized by WordPress.
const SAVE_POSTS = `require '/usr/share/wordpress/wp-load.php';
$out = array();
foreach ($input as $post) {
  $user = get_user_by('login', $post['role'] === 'author' ? 'author' : 'admin');
  wp_set_current_user($user->ID);
  kses_remove_filters();
  kses_init();
  $content = isset($post['content']) ? $post['content'] : '';
  foreach (isset($post['blocks']) ? $post['blocks'] : array() as $b) {
    $html = isset($b['html']) ? $b['html'] : '';
    $content .= "\\n\\n" . serialize_block(array('blockName' => $b['name'], 'attrs' => isset($b['attrs']) ? $b['attrs'] : array(), 'innerBlocks' => array(), 'innerHTML' => $html, 'innerContent' => $html === '' ? array() : array($html)));
  }
  $id = wp_insert_post(wp_slash(array('post_title' => $post['title'], 'post_content' => $content, 'post_status' => 'publish', 'post_author' => $user->ID)), true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
  $out[$post['key']] = array('id' => $id, 'saved' => get_post_field('post_content', $id, 'raw'));
}
echo wp_json_encode($out);`;

let wp;
let browser;
let posts;

if (skip) {
  test('WordPress plugin on a real WordPress', { skip: `skipped: ${skip}` }, () => {});
} else {
  before(async () => {
    assert.ok(existsSync(join(DIST, 'pt-explainers.js')), `no built loader at ${DIST}: run \`npm run build\` first`);
    const { launch } = await import('../embed/harness.mjs');
    // The browser starts while WordPress does (WebGL off: the map's 2D drawing is enough here, and faster).
    [wp, browser] = await Promise.all([startWordPress({ distDir: DIST }), launch({ webgl: false })]);
    posts = JSON.parse(wp.run(SAVE_POSTS, POSTS));
  });

  after(async () => {
    await browser?.close();
    await wp?.stop();
  });

  /** Opens a post in a fresh page and records console messages, errors and dialogs. */
  const openPost = async (key, viewport = { width: 1280, height: 900 }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const log = { warnings: [], errors: [], pageErrors: [], dialogs: [] };
    page.on('console', (m) => {
      if (m.type() === 'warning') log.warnings.push(m.text());
      // (an error from the payload posts' <img src=x>, if one were created, would fail the 'stray' check)
      if (m.type() === 'error' && !/favicon/.test(m.location()?.url ?? '')) log.errors.push(m.text());
    });
    page.on('pageerror', (e) => log.pageErrors.push(String(e)));
    page.on('dialog', (d) => {
      log.dialogs.push(d.message());
      void d.dismiss().catch(() => {});
    });
    await page.goto(`${wp.url}/?p=${posts[key].id}`, { waitUntil: 'load' });
    return { page, log, close: () => context.close() };
  };

  /** Page-side: waits until every widget on the page is defined and has rendered into its shadow root. */
  const rendered = (page, tags) =>
    page
      .waitForFunction(
        (tags) => {
          const els = tags.flatMap((t) => Array.from(document.querySelectorAll(t)));
          return els.length === tags.length && els.every((el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('*') && el.hasUpdated !== false);
        },
        tags,
        { timeout: 45000, polling: 100 },
      )
      .catch(async (error) => {
        const state = await page.evaluate((tags) => tags.map((t) => `${t}: ${document.querySelectorAll(t).length} found, ${customElements.get(t) ? 'defined' : 'not defined'}`), tags);
        throw new Error(`widgets did not render: ${state.join('; ')} (${error.message})`);
      });

  test('the loader is enqueued only on pages with a widget', async () => {
    const plain = await (await fetch(`${wp.url}/?p=${posts.plain.id}`)).text();
    assert.ok(plain.includes('Just text.'), 'the plain post renders');
    assert.ok(!plain.includes('pt-explainers.js'), 'no loader on a page without widgets');
    const withWidgets = await (await fetch(`${wp.url}/?p=${posts['author-block'].id}`)).text();
    assert.equal(withWidgets.match(/<script[^>]*pt-explainers\.js/g)?.length, 1, 'the loader once');
    assert.match(withWidgets, /<script type="module" src="[^"]*\/wp-content\/plugins\/pt-explainers\/dist\/pt-explainers\.js\?ver=[^"]*"/);
  });

  test('the visit guide is offered too: the plugin writes its tag and attributes', async () => {
    // Only the HTML the plugin writes: the widget's rendering is tested with the widget.
    const html = await (await fetch(`${wp.url}/?p=${posts['visit-guide'].id}`)).text();
    assert.match(html, /<pt-visit-guide plan="after-surgery" step="9" structured-data><\/pt-visit-guide>/);
  });

  test('an Author\'s save keeps the shortcodes and blocks (WordPress filters only HTML)', () => {
    assert.match(posts['author-shortcode'].saved, /\[pt_explainer widget="gate-control"/);
    assert.match(posts['author-block'].saved, /<!-- wp:pt-explainers\/gate-control /);
  });

  describe('posts saved by an Administrator and an Author', () => {
    for (const key of ['admin-shortcode', 'author-shortcode', 'admin-block', 'author-block']) {
      test(`${key}: every widget upgrades, the clinic's JSON applies, nothing leaks as text`, async () => {
        const { page, log, close } = await openPost(key);
        try {
          const shortcode = key.endsWith('shortcode');
          await rendered(page, TAGS);
          // Text and the config validator load lazily after the first render: wait for the clinic's words in
          // each configured widget (or time out, and the assertions below report what was shown).
          await page
            .waitForFunction(
              (want) => want.every(([tag, t]) => document.querySelector(tag).shadowRoot.textContent.includes(t)),
              [['pt-gate-control', GATE_TITLE], ['pt-technique-compare', COMPARE_NAME], ['pt-technique-card', CARD_NAME]],
              { timeout: 20000, polling: 100 },
            )
            .catch(() => {});
          const state = await page.evaluate(() => {
            const text = (tag) => document.querySelector(tag).shadowRoot.textContent.replace(/\s+/g, ' ');
            return {
              gate: text('pt-gate-control'),
              compare: text('pt-technique-compare'),
              card: text('pt-technique-card'),
              pain: document.querySelector('pt-gate-control').getAttribute('pain'),
              view: document.querySelector('pt-trigger-point-map').getAttribute('view'),
              article: document.querySelector('article').innerText,
              loaders: document.querySelectorAll('script[src*="pt-explainers.js"]').length,
              fallbackHidden: getComputedStyle(document.querySelector('pt-gate-control > p')).display === 'none' || !document.querySelector('pt-gate-control > p').getClientRects().length,
            };
          });
          assert.ok(state.gate.includes(GATE_TITLE), `gate control shows the clinic's title: ${state.gate.slice(0, 200)}`);
          assert.ok(state.gate.includes('How much it hurts'), 'and its pain label');
          assert.ok(state.compare.includes(COMPARE_NAME), `the comparison shows the clinic's name: ${state.compare.slice(0, 200)}`);
          assert.ok(state.card.includes(CARD_NAME), `the card shows the clinic's name: ${state.card.slice(0, 200)}`);
          assert.equal(state.pain, '30');
          assert.equal(state.view, 'back');
          assert.equal(state.loaders, 1);
          assert.ok(state.fallbackHidden, 'the fallback sentence is not shown once the widget works');
          assert.match(state.article, /A paragraph before the widgets\./);
          if (shortcode) assert.match(state.article, /A paragraph after the widgets\./);
          for (const leak of ['{', '}', '"title"', 'pt_explainer', '[/', '\u201c', '\u201d', 'wp:pt-explainers', 'Read our guide']) {
            assert.ok(!state.article.includes(leak), `"${leak}" leaks into the page text: ${state.article}`);
          }
          assert.deepEqual(log.pageErrors, []);
          assert.deepEqual(log.errors, []);
          assert.deepEqual(log.warnings.filter((w) => !/WebGL is not available/.test(w)), [], 'no warnings: the plugin repaired what WordPress did to the JSON');
          if (key === 'author-shortcode') {
            // The same page on a 390 px phone: the widgets fit the width.
            await page.setViewportSize({ width: 390, height: 800 });
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
            assert.ok(widths.scroll <= widths.client + 1, `no horizontal scrolling at 390 px: ${JSON.stringify(widths)}`);
          }
        } finally {
          await close();
        }
      });
    }
  });

  test('block editor (as an Author): every widget is a block with its controls, and the preview is the live widget', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    try {
      await page.goto(`${wp.url}/wp-login.php`);
      await page.fill('#user_login', 'author');
      await page.fill('#user_pass', 'author-password');
      await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
      await page.goto(`${wp.url}/wp-admin/post-new.php`);
      await page.waitForFunction(() => window.wp?.blocks?.getBlockType('pt-explainers/gate-control') && window.wp.data.select('core/block-editor'), null, { timeout: 60000, polling: 200 });
      const types = await page.evaluate(() =>
        ['gate-control', 'technique-compare', 'technique-card', 'trigger-point-map'].map((id) => {
          const t = window.wp.blocks.getBlockType(`pt-explainers/${id}`);
          return { id, title: t?.title, attributes: Object.keys(t?.attributes ?? {}) };
        }),
      );
      for (const t of types) {
        assert.ok(t.title, `pt-explainers/${t.id} is registered with a title`);
        assert.ok(t.attributes.includes('config') && t.attributes.includes('fallback'), `${t.id}: ${t.attributes}`);
      }
      await page.evaluate(() => {
        const block = window.wp.blocks.createBlock('pt-explainers/gate-control', { pain: '20', config: '{"title": "Preview title"}' });
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
        window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
        const editPost = window.wp.data.dispatch('core/edit-post');
        if (window.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) editPost.toggleFeature('welcomeGuide');
        editPost.openGeneralSidebar('edit-post/block');
      });
      await page.waitForFunction(() => document.querySelector('pt-gate-control')?.shadowRoot?.textContent.includes('Preview title'), null, { timeout: 30000, polling: 200 });
      assert.equal(await page.evaluate(() => document.querySelector('pt-gate-control').getAttribute('pain')), '20');
      // The block's controls in the sidebar (labels from the plugin's PHP).
      const sidebarText = (t) => page.waitForFunction((t) => document.body.innerText.toLowerCase().includes(t.toLowerCase()), t, { timeout: 10000 }).catch(async () => {
        throw new Error(`"${t}" not in the editor: ${(await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ').slice(0, 1500)}`);
      });
      await sidebarText('Starting pain signal');
      // Invalid JSON is pointed out in the editor, before anyone publishes it.
      await page.evaluate(() => {
        const id = window.wp.data.select('core/block-editor').getSelectedBlockClientId();
        window.wp.data.dispatch('core/block-editor').updateBlockAttributes(id, { config: '{"title": ' });
      });
      await sidebarText('not valid JSON');
      assert.deepEqual(pageErrors, []);
    } finally {
      await context.close();
    }
  });

  describe('script payloads', () => {
    for (const key of ['admin-xss', 'author-xss']) {
      test(`${key}: script payloads in shortcode attributes, JSON and block attributes stay inert`, async () => {
        const { page, log, close } = await openPost(key);
        try {
          // Whatever of the payload posts WordPress turned into widgets must render (a shortcode whose
          // attributes break WordPress's shortcode parser becomes an HTML comment instead).
          await page.waitForFunction(
            () => Array.from(document.querySelectorAll('article *')).filter((el) => el.localName.startsWith('pt-')).every((el) => el.shadowRoot?.querySelector('*')),
            null,
            { timeout: 20000, polling: 100 },
          );
          await page.waitForTimeout(300);
          const state = await page.evaluate(() => ({
            xss: window.__xss ?? null,
            widgets: Array.from(document.querySelectorAll('pt-gate-control, pt-technique-card')).map((el) => ({ tag: el.localName, upgraded: !!el.shadowRoot, attrs: el.getAttributeNames() })),
            stray: Array.from(document.querySelectorAll('article script:not([type="application/json"]), article img, article [onerror]')).map((e) => e.outerHTML),
            titles: Array.from(document.querySelectorAll('pt-gate-control')).map((el) => el.shadowRoot?.querySelector('h2, h3')?.textContent ?? ''),
          }));
          assert.equal(state.xss, null, 'no payload ran');
          assert.deepEqual(log.dialogs, []);
          assert.deepEqual(state.stray, [], 'no element a payload could have created');
          assert.ok(state.widgets.length >= 2 && state.widgets.every((w) => w.upgraded), `the widgets still render: ${JSON.stringify(state.widgets)}`);
          for (const w of state.widgets) assert.ok(w.attrs.every((a) => /^[a-z-]+$/.test(a)), `only real attribute names: ${w.attrs}`);
          assert.deepEqual(log.pageErrors, []);
          const debug = wp.debugLog().split('\n').filter((l) => l.includes('pt-explainers'));
          assert.deepEqual(debug, [], 'no PHP notices from the plugin');
        } finally {
          await close();
        }
      });
    }
  });
}
