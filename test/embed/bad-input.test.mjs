// Bad input for every attribute of every widget (names from the built custom-elements.json) and broken
// or hostile JSON configs: no uncaught error, no dialog, payloads stay inert text, at most one
// well-shaped warning per bad value, and the widget still renders.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, open, DIST, TAGS, BASE_ATTRS, WARN_SHAPE, manifestDeclarations, fmt } from './harness.mjs';

/** tag → [{ name, type }] from the built custom-elements.json. */
const attributes = Object.fromEntries(
  Object.entries(manifestDeclarations()).map(([tag, d]) => [tag, (d.attributes ?? []).map((a) => ({ name: a.name, type: a.type?.text ?? 'string' }))]),
);

const HTML = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const SVG = '"><svg onload=alert(1)>';
/**
 * Attributes whose valid values are a closed set (a union, or the ids of the widget's content), whatever
 * type the manifest gives them (`Theme`, `string`, `string[]`): a value outside the set must warn.
 * The map is being rebuilt; its `view` and `muscle` join this list when it lands.
 */
export const ENUMERATED = {
  'pt-gate-control': ['theme', 'brain'],
  'pt-technique-card': ['theme', 'technique'],
  'pt-technique-compare': ['theme', 'techniques'],
  'pt-trigger-point-map': [],
};

/** Values a clinic (or a CMS) might put in an attribute by mistake, or an attacker on purpose. */
function badValues(type, enumerated = false) {
  const isNumber = /\bnumber\b/.test(type);
  const isBool = /\bboolean\b/.test(type);
  const isEnum = enumerated || /'[^']*'\s*\|/.test(type) || /"[^"]*"\s*\|/.test(type);
  return [
    { label: 'empty', value: '' },
    { label: 'wrong type', value: isNumber ? 'twelve' : isBool ? 'maybe' : isEnum ? 'not-a-choice' : '12', mustWarn: isNumber || isEnum },
    { label: 'out of range', value: isNumber ? '-1e9' : '-1', mustWarn: isNumber || isEnum },
    { label: 'huge number', value: '1e309' },
    { label: 'unknown id', value: 'zz-unknown-id', mustWarn: isNumber || isEnum },
    { label: '10 kB string', value: 'A'.repeat(10240) },
    { label: 'html payload', value: HTML },
    { label: 'script payload', value: SCRIPT },
    { label: 'attribute-breaking payload', value: SVG },
    { label: 'javascript: url', value: 'javascript:alert(1)' },
  ];
}

/** A structurally valid config with `text` in every string field (enums, patterns and numbers kept valid). */
function sampleConfig(schema, text) {
  if (!schema || typeof schema !== 'object') return undefined;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === 'object' || schema.properties) {
    const o = {};
    for (const [k, s] of Object.entries(schema.properties ?? {})) {
      const v = sampleConfig(s, text);
      if (v !== undefined) o[k] = v;
    }
    // Maps keyed by id (e.g. overrides per technique): use the first allowed key.
    const keyEnum = schema.propertyNames?.enum;
    if (keyEnum && typeof schema.additionalProperties === 'object') o[keyEnum[0]] = sampleConfig(schema.additionalProperties, text);
    return o;
  }
  if (type === 'array') {
    const item = sampleConfig(schema.items, text);
    return item === undefined ? undefined : Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item);
  }
  if (type === 'string') {
    if (schema.pattern) return new RegExp(schema.pattern).test('clinic-own') ? 'clinic-own' : undefined;
    return typeof text === 'string' && schema.maxLength && text.length > schema.maxLength && text.length < 1000 ? text.slice(0, schema.maxLength) : text;
  }
  if (type === 'integer' || type === 'number') return schema.minimum ?? 1;
  if (type === 'boolean') return true;
  return undefined;
}

function countStrings(schema) {
  if (!schema || typeof schema !== 'object' || schema.enum) return 0;
  let n = schema.type === 'string' && !schema.pattern ? 1 : 0;
  for (const s of Object.values(schema.properties ?? {})) n += countStrings(s);
  if (schema.items) n += countStrings(schema.items);
  if (schema.propertyNames?.enum && typeof schema.additionalProperties === 'object') n += countStrings(schema.additionalProperties);
  return n;
}

/**
 * Page-side: creates `<tag>` with `attrs` (and a JSON config child), waits for it to render, and
 * reports what it did: warnings, errors, elements a payload could have created, its box and text.
 */
async function tryElement({ tag, attrs, config }) {
  const t = window.__pt;
  const w0 = t.warns.length;
  const e0 = t.errors.length;
  const stage = document.getElementById('stage');
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
  if (config !== undefined) {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = config;
    el.append(s);
  }
  stage.append(el);
  await customElements.whenDefined(tag);
  // Two update/frame rounds: the first render, then anything it scheduled (config read, locale load).
  for (let i = 0; i < 2; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  }
  const all = [];
  const visit = (root) => {
    for (const e of root.querySelectorAll('*')) {
      all.push(e);
      if (e.shadowRoot) visit(e.shadowRoot);
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  const deepText = (root) => {
    let s = '';
    const walk = (n) => {
      if (n.nodeType === 3) s += n.data;
      if (n.shadowRoot) walk(n.shadowRoot);
      for (const c of n.childNodes) walk(c);
    };
    walk(root);
    return s;
  };
  const root = el.shadowRoot?.querySelector('.pt-root');
  const box = root?.getBoundingClientRect();
  const result = {
    warnings: t.warns.slice(w0),
    errors: t.errors.slice(e0),
    injected: all.filter((e) => e.localName === 'img' || e.localName === 'script' || e.localName === 'iframe' || Array.from(e.attributes).some((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value))).map((e) => e.outerHTML.slice(0, 80)),
    rendered: !!root && box.width > 0 && box.height > 0,
    text: deepText(el.shadowRoot ?? el).replace(/\s+/g, ' ').trim(),
    polluted: ({}).x !== undefined || ({}).polluted !== undefined,
  };
  result.textLength = result.text.length;
  result.hasHtmlText = result.text.includes('<img src=x') || result.text.includes('<script>');
  result.text = result.text.slice(0, 120);
  el.remove();
  return result;
}

let server;
let browser;
let s;
let defaults = {};

before(async () => {
  server = await serve();
  browser = await launch();
  s = await open(browser, server.page('stage.html'), { wait: [] });
  for (const tag of TAGS) defaults[tag] = await s.page.evaluate(tryElement, { tag, attrs: { ...BASE_ATTRS[tag] } });
});

after(async () => {
  await s?.close();
  await browser?.close();
  await server?.close();
});

test('bad-input: every enumerated attribute named above exists in the manifest (so its warnings are really required)', () => {
  for (const [tag, names] of Object.entries(ENUMERATED)) {
    for (const name of names) assert.ok(attributes[tag]?.some((a) => a.name === name), `${tag}: no attribute "${name}" in custom-elements.json`);
  }
});

test('bad-input: the manifest lists every widget and its attributes', () => {
  console.log(`# attributes from custom-elements.json: ${fmt(Object.fromEntries(Object.entries(attributes).map(([t, a]) => [t, a.map((x) => x.name)])))}`);
  for (const tag of TAGS) {
    assert.ok(attributes[tag], `${tag} missing from custom-elements.json`);
    assert.ok(attributes[tag].some((a) => a.name === 'theme'), `${tag}: inherited attribute "theme" missing`);
    assert.ok(defaults[tag].rendered, `${tag} does not render with ${fmt(BASE_ATTRS[tag] ?? 'no attributes')}: ${fmt(defaults[tag])}`);
    assert.deepEqual(defaults[tag].warnings, [], `${tag} warns with valid attributes ${fmt(BASE_ATTRS[tag] ?? {})}`);
  }
});

function check(tag, what, r, { mustWarn = false } = {}) {
  const why = `\n  <${tag}> ${what}: ${fmt({ warnings: r.warnings.map((w) => w.slice(0, 200)), errors: r.errors.map((e) => e.slice(0, 200)), injected: r.injected, rendered: r.rendered, text: r.text })}`;
  assert.deepEqual(r.errors, [], `console errors${why}`);
  assert.deepEqual(r.injected, [], `payload created elements or handlers${why}`);
  assert.equal(r.polluted, false, `Object.prototype polluted${why}`);
  assert.ok(r.rendered, `did not render its default content${why}`);
  assert.ok(r.textLength > 0, `renders no text${why}`);
  const ours = r.warnings.filter((w) => w.startsWith('[pt-'));
  for (const w of r.warnings) assert.match(w, WARN_SHAPE, `warning without the [pt-<tag>] … — valid: … shape${why}`);
  assert.ok(ours.length <= 1, `${ours.length} warnings for one bad value${why}`);
  if (mustWarn) assert.equal(ours.length, 1, `no warning for a clearly invalid value${why}`);
  if (ours.length) assert.ok(ours[0].includes(tag) || ours[0].startsWith('[pt-'), `warning does not name the element${why}`);
}

for (const tag of TAGS) {
  test(`bad-input: every attribute of <${tag}> × empty/wrong type/out of range/unknown id/10 kB/HTML/script payloads`, async () => {
    const failures = [];
    let n = 0;
    for (const { name, type } of attributes[tag] ?? []) {
      for (const bad of badValues(type, ENUMERATED[tag]?.includes(name))) {
        n++;
        const r = await s.page.evaluate(tryElement, { tag, attrs: { ...BASE_ATTRS[tag], [name]: bad.value } });
        try {
          check(tag, `${name}=${bad.label} (type ${type})`, r, { mustWarn: bad.mustWarn });
        } catch (e) {
          failures.push(e.message);
        }
      }
    }
    console.log(`# ${tag}: ${n} bad attribute values tried, ${failures.length} failed`);
    assert.deepEqual(s.log.pageErrors, [], 'uncaught errors');
    assert.deepEqual(s.log.dialogs, [], 'a payload ran (dialog opened)');
    assert.equal(failures.length, 0, failures.slice(0, 6).join('\n') + (failures.length > 6 ? `\n… and ${failures.length - 6} more` : ''));
  });

  test(`bad-input: broken and hostile JSON configs for <${tag}>`, async () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'schema', `${tag}.schema.json`), 'utf8'));
    const strings = countStrings(schema);
    const cases = [
      { label: 'unterminated', config: '{', exactly: 1 },
      { label: 'array instead of object', config: '[]', exactly: 1 },
      { label: 'a number', config: '42', exactly: 1 },
      { label: 'unknown field', config: '{"zzUnknownField":1}', exactly: 1 },
      { label: '__proto__ key', config: '{"__proto__":{"x":1,"polluted":1}}' },
      { label: 'constructor.prototype', config: '{"constructor":{"prototype":{"polluted":1}}}' },
      { label: 'nested __proto__', config: JSON.stringify(sampleConfig(schema, 'ok')).replace(/^\{/, '{"__proto__":{"polluted":1},') },
      { label: 'every string 100 kB', config: JSON.stringify(sampleConfig(schema, 'x'.repeat(100000))), maxWarnings: 2 * Math.max(1, strings), noHuge: true },
      { label: 'HTML in every text field', config: JSON.stringify(sampleConfig(schema, HTML)), showsPayload: true, anyWarnings: true },
      { label: 'script in every text field', config: JSON.stringify(sampleConfig(schema, SCRIPT)), showsPayload: true, anyWarnings: true },
    ];
    const failures = [];
    for (const c of cases) {
      const r = await s.page.evaluate(tryElement, { tag, attrs: { ...BASE_ATTRS[tag] }, config: c.config });
      const ours = r.warnings.filter((w) => w.startsWith('[pt-'));
      const why = `\n  <${tag}> config ${c.label}: ${fmt({ config: c.config.slice(0, 120), warnings: ours.map((w) => w.slice(0, 200)), errors: r.errors, injected: r.injected, rendered: r.rendered, textLength: r.textLength })}`;
      try {
        assert.deepEqual(r.errors, [], `console errors${why}`);
        assert.deepEqual(r.injected, [], `payload created elements${why}`);
        assert.equal(r.polluted, false, `Object.prototype polluted${why}`);
        assert.ok(r.rendered && r.textLength > 0, `did not render${why}`);
        for (const w of r.warnings) assert.match(w, WARN_SHAPE, `warning shape${why}`);
        if (c.exactly !== undefined) assert.equal(ours.length, c.exactly, `expected exactly ${c.exactly} warning${why}`);
        else if (c.maxWarnings !== undefined) assert.ok(ours.length >= 1 && ours.length <= c.maxWarnings, `expected 1–${c.maxWarnings} warnings (one per oversized field, plus at most one follow-up each, e.g. "0 valid items")${why}`);
        else if (!c.anyWarnings) assert.ok(ours.length <= 1, `expected at most one warning${why}`);
        if (c.noHuge) assert.ok(r.textLength < 50000, `a 100 kB string was rendered${why}`);
        if (c.showsPayload && strings > 1) assert.ok(r.hasHtmlText, `the clinic's text (with HTML in it) is not shown as text anywhere${why}`);
      } catch (e) {
        failures.push(e.message);
      }
    }
    console.log(`# ${tag}: ${cases.length} configs tried (${strings} text fields in the schema), ${failures.length} failed`);
    assert.deepEqual(s.log.pageErrors, [], 'uncaught errors');
    assert.deepEqual(s.log.dialogs, [], 'a payload ran (dialog opened)');
    assert.equal(failures.length, 0, failures.join('\n'));
  });
}
