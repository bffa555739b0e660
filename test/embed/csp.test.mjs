// A strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval', everything from 'self'):
// every widget renders and is used, and no securitypolicyviolation fires. A second run uses the
// smallest policy we claim is enough (default-src 'none'; only script-src and style-src 'self').
// A control at the end proves the policy is really enforced.
/* global getComputedStyle, location -- page-side code runs in the browser */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, TAGS, settle, useEverything, fmt } from './harness.mjs';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

/** What the widgets themselves need: nothing but scripts and stylesheets from where dist/ is served. */
export const MINIMAL_CSP = ["default-src 'none'", "script-src 'self'", "style-src 'self'", "base-uri 'none'", "object-src 'none'"].join('; ');

let server;
let browser;
const runs = {};

async function run(policy) {
  const s = await open(browser, server.page(`all.html?csp=${policy}`));
  for (const tag of TAGS) {
    await s.page.evaluate((t) => document.querySelector(t).scrollIntoView(), tag);
    await settle(s.page, 250);
  }
  const used = await s.page.evaluate(useEverything, { maxPerWidget: 25 });
  await settle(s.page, 400);
  const violations = await s.page.evaluate(() => window.__csp);
  const states = {};
  for (const tag of TAGS) {
    states[tag] = await s.page.evaluate((t) => {
      const el = document.querySelector(t);
      const root = el.shadowRoot;
      const box = root?.querySelector('.pt-root')?.getBoundingClientRect();
      return {
        defined: !!customElements.get(t),
        children: root?.childElementCount ?? 0,
        adopted: root?.adoptedStyleSheets?.length ?? 0,
        styleTags: root?.querySelectorAll('style').length ?? 0,
        box: box ? [Math.round(box.width), Math.round(box.height)] : null,
        boxSizing: root?.querySelector('.pt-root') ? getComputedStyle(root.querySelector('.pt-root')).boxSizing : null,
      };
    }, tag);
  }
  return { s, used, violations, states };
}

before(async () => {
  server = await serve({
    headers: (url) => {
      if (!url.pathname.endsWith('.html')) return undefined;
      return { 'content-security-policy': url.searchParams.get('csp') === 'minimal' ? MINIMAL_CSP : STRICT_CSP };
    },
  });
  browser = await launch();
  runs.strict = await run('strict');
  runs.minimal = await run('minimal');
});

after(async () => {
  for (const r of Object.values(runs)) await r.s.close();
  await browser?.close();
  await server?.close();
});

for (const policy of ['strict', 'minimal']) {
  test(`csp (${policy}): no securitypolicyviolation while all widgets load and are used`, () => {
    const { s, violations, used } = runs[policy];
    const refused = s.log.console.filter((m) => /Content Security Policy|Refused to/i.test(m.text));
    console.log(`# csp ${policy}: ${violations.length} violation event(s), ${refused.length} CSP console message(s); controls used ${fmt(used)}`);
    assert.deepEqual(violations, [], `CSP violations under "${policy === 'strict' ? STRICT_CSP : MINIMAL_CSP}":\n${violations.map((v) => `  ${v.directive} blocked ${v.blocked} at ${v.element} (${v.source}:${v.line})`).join('\n')}`);
    assert.deepEqual(refused.map((m) => m.text), []);
  });

  test(`csp (${policy}): every widget's controls were really operated (a run that used nothing proves nothing)`, () => {
    const { used } = runs[policy];
    // The card is an article whose one control is its Sources disclosure; every other widget has buttons,
    // sliders, lists or a select besides.
    const least = (tag) => (tag === 'pt-technique-card' ? 1 : 3);
    for (const tag of TAGS) assert.ok((used[tag] ?? 0) >= least(tag), `<${tag}>: only ${used[tag] ?? 0} control(s) operated under the ${policy} policy (at least ${least(tag)} expected): ${fmt(used)}`);
  });

  for (const tag of TAGS) {
    test(`csp (${policy}): <${tag}> renders with its styles`, () => {
      const state = runs[policy].states[tag];
      if (policy === 'strict') console.log(`# ${tag}: ${fmt(state)}`);
      assert.ok(state.defined, `${tag} is not defined`);
      assert.ok(state.children > 0, `${tag} rendered nothing`);
      assert.ok(state.box && state.box[0] > 0 && state.box[1] > 0, `${tag} .pt-root has no size`);
      // The shared theme sets border-box on everything in the shadow root: proof its styles applied.
      assert.equal(state.boxSizing, 'border-box', `${tag}: its shadow-root styles did not apply`);
      assert.ok(state.adopted > 0 || state.styleTags > 0, `${tag}: no stylesheet in the shadow root`);
    });
  }

  test(`csp (${policy}): no uncaught errors and no console errors`, () => {
    const { s } = runs[policy];
    assert.deepEqual(s.log.pageErrors, []);
    assert.deepEqual(s.log.errors.filter((t) => !/Content Security Policy|Refused to/i.test(t)), []);
  });
}

// Last, because it deliberately causes one violation.
test('csp: the strict policy is really applied (control: an inline <style> is refused)', async () => {
  const { s } = runs.strict;
  const header = await s.page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  assert.equal(header, STRICT_CSP);
  const before = await s.page.evaluate(() => window.__csp.length);
  await s.page.evaluate(() => {
    const st = document.createElement('style');
    st.textContent = 'body{}';
    document.head.append(st);
  });
  await s.page.waitForFunction((n) => window.__csp.length > n, before, { timeout: 3000 });
  const v = await s.page.evaluate(() => window.__csp.pop());
  assert.match(v.directive, /style-src/);
});
