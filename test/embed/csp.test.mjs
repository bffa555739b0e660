// A strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval', everything from 'self'):
// every widget renders and no securitypolicyviolation fires. A control proves the policy is really on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, TAGS, settle, fmt } from './harness.mjs';

export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'self'",
].join('; ');

let server;
let browser;
let s;

before(async () => {
  server = await serve({ headers: (url) => (url.pathname.endsWith('.html') ? { 'content-security-policy': STRICT_CSP } : undefined) });
  browser = await launch();
  s = await open(browser, server.page('all.html'));
  // Use the page a little (the map loads its 3D code when scrolled near): violations often come late.
  for (const tag of TAGS) {
    await s.page.evaluate((t) => document.querySelector(t).scrollIntoView(), tag);
    await settle(s.page, 300);
  }
  await s.page.evaluate(async () => {
    for (const tag of ['pt-technique-compare', 'pt-technique-card', 'pt-gate-control', 'pt-trigger-point-map']) {
      const root = document.querySelector(tag).shadowRoot;
      const b = root.querySelector('button:not([disabled])');
      b?.click();
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  await settle(s.page, 500);
});

after(async () => {
  await s?.close();
  await browser?.close();
  await server?.close();
});

test('csp: no securitypolicyviolation event while all widgets load and are used', async () => {
  const violations = await s.page.evaluate(() => window.__csp);
  const refused = s.log.console.filter((m) => /Content Security Policy|Refused to/i.test(m.text));
  console.log(`# csp: ${violations.length} violation event(s), ${refused.length} CSP console message(s)`);
  assert.deepEqual(violations, [], `CSP violations: ${fmt(violations)}`);
  assert.deepEqual(refused.map((m) => m.text), []);
});

for (const tag of TAGS) {
  test(`csp: <${tag}> renders under the strict policy`, async () => {
    const state = await s.page.evaluate((t) => {
      const el = document.querySelector(t);
      const root = el.shadowRoot;
      const box = root?.querySelector('.pt-root')?.getBoundingClientRect();
      return {
        defined: !!customElements.get(t),
        children: root?.childElementCount ?? 0,
        adopted: root?.adoptedStyleSheets?.length ?? 0,
        styleTags: root?.querySelectorAll('style').length ?? 0,
        box: box ? [Math.round(box.width), Math.round(box.height)] : null,
        surface: root?.querySelector('.pt-root') ? getComputedStyle(root.querySelector('.pt-root')).boxSizing : null,
      };
    }, tag);
    console.log(`# ${tag}: ${fmt(state)}`);
    assert.ok(state.defined, `${tag} is not defined`);
    assert.ok(state.children > 0, `${tag} rendered nothing`);
    assert.ok(state.box && state.box[0] > 0 && state.box[1] > 0, `${tag} .pt-root has no size`);
    // Styles applied (not blocked): the shared theme sets border-box on everything in the shadow root.
    assert.equal(state.surface, 'border-box', `${tag}: its shadow-root styles did not apply`);
    assert.ok(state.adopted > 0 || state.styleTags > 0, `${tag}: no stylesheet in the shadow root`);
  });
}

test('csp: no uncaught errors and no console errors', () => {
  assert.deepEqual(s.log.pageErrors, []);
  assert.deepEqual(s.log.errors.filter((t) => !/favicon/.test(t)), []);
});

// Last, because it deliberately causes one violation.
test('csp: the strict policy is really applied (control: an inline <style> is refused)', async () => {
  const headers = await s.page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
  assert.equal(headers, STRICT_CSP);
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
