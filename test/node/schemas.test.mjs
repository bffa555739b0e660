// The published clinic-config JSON Schemas (src/schemas.ts) are valid JSON Schema, and our small
// validator (src/core/schema.ts) agrees with Ajv on valid and broken configs generated from each schema.
// Runs in Node (node --test test/node/) because Ajv ships only CommonJS, which the browser runner cannot load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;

// Bundle the TypeScript sources once (schemas import content and widget modules).
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'pt-schemas-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { schemas } from ${JSON.stringify(join(root, 'src/schemas.ts'))};\nexport { validate } from ${JSON.stringify(join(root, 'src/core/schema.ts'))};\n`,
);
await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: join(dir, 'bundle.mjs'), logLevel: 'error', tsconfig: join(root, 'tsconfig.json') });
const { schemas, validate } = await import(pathToFileURL(join(dir, 'bundle.mjs')).href);
rmSync(dir, { recursive: true, force: true });

// The build publishes each schema with a draft 2020-12 `$schema` added (vite.config.ts); check that form.
const DRAFT = 'https://json-schema.org/draft/2020-12/schema';
const published = (schema) => ({ $schema: DRAFT, ...schema });
const ajvFor = (schema) => {
  assert.ok(!schema.$schema || schema.$schema === DRAFT, `unexpected $schema ${schema.$schema}`);
  return new Ajv2020({ strict: true, allErrors: true });
};

// ---------------------------------------------------------------------------------------------
// Samples generated from a schema
// ---------------------------------------------------------------------------------------------

const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
const jsonType = (v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v);

function typesOf(s) {
  if (s.type) return [].concat(s.type);
  if (s.enum) return [...new Set(s.enum.map(jsonType))];
  if (s.properties || s.additionalProperties !== undefined || s.propertyNames) return ['object'];
  if (s.items) return ['array'];
  return [];
}

function sampleString(s, n = 0) {
  const candidates = [`Sample text ${n}`, `sample-${n}`, `cupping${'abcdefghij'[n % 10]}`, 'a', 'abc', 'ok', `https://clinic.example/${n}`, `(555) 010-204${n % 10}`];
  for (const c of candidates) {
    let v = c;
    if (s.minLength && v.length < s.minLength) v = v.padEnd(s.minLength, 'x');
    if (s.maxLength !== undefined && v.length > s.maxLength) v = v.slice(0, s.maxLength);
    if (!s.pattern || new RegExp(s.pattern, 'u').test(v)) return v;
  }
  throw new Error(`cannot make a string for pattern /${s.pattern}/: add it to sampleString()`);
}

/** A valid value: 'min' fills only what is required, 'full' fills every declared property. `n` varies strings. */
function sample(s, mode, n = 0) {
  if (s.enum) return s.enum[n % s.enum.length];
  const t = typesOf(s)[0];
  switch (t) {
    case 'string':
      return sampleString(s, n);
    case 'integer':
    case 'number': {
      let v = s.minimum ?? (s.maximum !== undefined ? Math.min(1, s.maximum) : 1);
      if (s.maximum !== undefined && s.minimum !== undefined && t === 'number') v = (s.minimum + s.maximum) / 2;
      return t === 'integer' ? Math.ceil(v) : v;
    }
    case 'boolean':
      return n % 2 === 0;
    case 'null':
      return null;
    case 'array': {
      const items = s.items ?? {};
      let count = Math.max(s.minItems ?? 0, mode === 'full' ? Math.min(2, s.maxItems ?? 2) : 0);
      if (items.enum && s.uniqueItems) count = Math.min(count, items.enum.length);
      return Array.from({ length: count }, (_, i) => sample(items, mode, n + i));
    }
    case 'object': {
      const o = {};
      const props = s.properties ?? {};
      const keys = mode === 'full' ? Object.keys(props) : (s.required ?? []);
      for (const k of keys) if (props[k]) o[k] = sample(props[k], mode, n);
      if (mode === 'full' && typeof s.additionalProperties === 'object') {
        const key = s.propertyNames?.enum?.[0] ?? 'anyKey';
        o[key] = sample(s.additionalProperties, mode, n);
      }
      return o;
    }
    default:
      return 'any';
  }
}

const wrongValueFor = (types) =>
  types.includes('string') ? 42 : types.includes('object') ? [] : types.includes('array') ? {} : 'not the right type';

/**
 * Broken variants of a valid full sample: each changes one thing the schema forbids.
 * Returns { label, path, value } with `path` in our validator's dotted form.
 */
function brokenVariants(schema, valid) {
  const out = [];
  const visit = (s, value, path, set) => {
    const types = typesOf(s);
    const put = (label, v) => out.push({ label: `${path}: ${label}`, path, value: set(v) });
    if (types.length) put('wrong type', wrongValueFor(types));
    if (s.enum) put('value not in enum', 'not-a-valid-value');
    if (typeof value === 'number') {
      if (s.minimum !== undefined) put('below minimum', s.minimum - 1);
      if (s.maximum !== undefined) put('above maximum', s.maximum + 1);
      if (types.length === 1 && types[0] === 'integer') put('not an integer', (s.minimum ?? 1) + 0.5);
    }
    if (typeof value === 'string' && !s.enum) {
      if (s.maxLength !== undefined) put('too long', 'x'.repeat(s.maxLength + 1));
      if (s.minLength) put('too short', '');
      if (s.pattern) put('does not match pattern', 'NOT VALID!');
    }
    if (Array.isArray(value)) {
      const item = value[0] ?? sample(s.items ?? {}, 'full');
      if (s.maxItems !== undefined) put('too many items', Array.from({ length: s.maxItems + 1 }, (_, i) => sample(s.items ?? {}, 'full', i)));
      if (s.minItems) put('too few items', []);
      if (s.uniqueItems) put('repeated items', [clone(item), clone(item)]);
      if (value.length && s.items)
        visit(s.items, value[0], `${path}[0]`, (v) => {
          const copy = clone(value);
          copy[0] = v;
          return set(copy);
        });
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      if (s.additionalProperties === false) put('unknown key', { ...clone(value), notAField: 1 });
      for (const r of s.required ?? []) {
        const copy = clone(value);
        delete copy[r];
        put(`missing required "${r}"`, copy);
      }
      if (s.propertyNames?.enum && typeof s.additionalProperties === 'object')
        put('key not allowed', { ...clone(value), 'not-an-id': sample(s.additionalProperties, 'full') });
      for (const [k, v] of Object.entries(value)) {
        const child = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (child)
          visit(child, v, `${path}.${k}`, (nv) => {
            const copy = clone(value);
            copy[k] = nv;
            return set(copy);
          });
      }
    }
  };
  visit(schema, valid, 'config', (v) => v);
  return out;
}

const problemsOf = (schema, value) => validate(schema, value).problems;
const describeProblems = (ps) => ps.map((p) => `${p.path} ${p.message} (valid: ${p.valid})`).join('; ');

// ---------------------------------------------------------------------------------------------

test('every widget tag publishes a schema', () => {
  assert.deepEqual(Object.keys(schemas).sort(), ['pt-gate-control', 'pt-technique-card', 'pt-technique-compare', 'pt-trigger-point-map', 'pt-visit-guide']);
});

for (const [tag, schema] of Object.entries(schemas)) {
  test(`${tag}: is plain JSON (what dist/schema/${tag}.schema.json will hold)`, () => {
    assert.deepEqual(JSON.parse(JSON.stringify(schema)), schema);
  });

  test(`${tag}: as published (draft 2020-12), is a valid JSON Schema and compiles in Ajv (strict mode)`, () => {
    const ajv = ajvFor(schema);
    assert.equal(ajv.validateSchema(published(schema)), true, ajv.errorsText(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(published(schema)));
  });

  test(`${tag}: valid configs (minimal, full, the schema's examples) pass both validators`, () => {
    const check = ajvFor(schema).compile(published(schema));
    const samples = [
      ['empty', {}],
      ['minimal', sample(schema, 'min')],
      ['full', sample(schema, 'full')],
      ...(schema.examples ?? []).map((e, i) => [`examples[${i}]`, e]),
    ];
    for (const [name, value] of samples) {
      assert.equal(check(value), true, `Ajv rejects the ${name} sample ${JSON.stringify(value)}: ${JSON.stringify(check.errors)}`);
      assert.deepEqual(problemsOf(schema, value), [], `our validator rejects the ${name} sample ${JSON.stringify(value)}`);
    }
  });

  test(`${tag}: broken configs (wrong type, unknown key, out of range, …) fail both validators`, () => {
    const check = ajvFor(schema).compile(published(schema));
    const variants = brokenVariants(schema, sample(schema, 'full'));
    assert.ok(variants.length >= 3, 'too few variants: the generator found nothing to break');
    const disagreements = [];
    for (const v of variants) {
      const ajvValid = check(v.value);
      const ours = problemsOf(schema, v.value);
      if (ajvValid) disagreements.push(`generator: Ajv accepts "${v.label}" ${JSON.stringify(v.value)}`);
      else if (!ours.length) disagreements.push(`our validator accepts "${v.label}" (Ajv: ${check.errors?.[0]?.message})`);
      else if (!ours.some((p) => p.path.startsWith(v.path)))
        disagreements.push(`"${v.label}": our problems name other places: ${describeProblems(ours)}`);
    }
    assert.deepEqual(disagreements, [], `${variants.length} variants; disagreements:\n${disagreements.join('\n')}`);
  });
}

// JSON Schema counts a string's length in characters (code points); Ajv does. A clinic disclaimer with
// emoji or other characters outside the BMP must not be rejected by us and accepted by their editor.
test('string lengths count characters (code points), as JSON Schema does', () => {
  const mismatches = [];
  for (const [tag, schema] of Object.entries(schemas)) {
    const check = ajvFor(schema).compile(published(schema));
    const full = sample(schema, 'full');
    for (const [k, s] of Object.entries(schema.properties ?? {})) {
      if (typesOf(s)[0] !== 'string' || s.maxLength === undefined || s.pattern || s.enum) continue;
      const value = { ...full, [k]: '😀'.repeat(s.maxLength) };
      const ajvValid = check(value);
      const oursValid = problemsOf(schema, value).length === 0;
      if (ajvValid !== oursValid) mismatches.push(`${tag} ${k}: ${s.maxLength} emoji — Ajv ${ajvValid ? 'accepts' : 'rejects'}, ours ${oursValid ? 'accepts' : 'rejects'}`);
    }
  }
  assert.deepEqual(mismatches, []);
});

test('the generator itself: breaks a small schema in each way', () => {
  const s = {
    type: 'object',
    additionalProperties: false,
    required: ['id'],
    properties: {
      id: { type: 'string', pattern: '^[a-z]+$' },
      n: { type: 'integer', minimum: 1, maximum: 5 },
      tags: { type: 'array', items: { enum: ['a', 'b'] }, uniqueItems: true, maxItems: 2 },
    },
  };
  const labels = brokenVariants(s, sample(s, 'full')).map((v) => v.label);
  for (const l of ['config: unknown key', 'config: missing required "id"', 'config.n: below minimum', 'config.n: above maximum', 'config.n: not an integer', 'config.id: does not match pattern', 'config.tags: repeated items', 'config.tags: too many items', 'config.tags[0]: value not in enum'])
    assert.ok(labels.includes(l), `missing variant ${l} in ${labels.join(', ')}`);
});

test('the generator makes enough broken variants for each schema', () => {
  const counts = Object.fromEntries(Object.entries(schemas).map(([tag, s]) => [tag, brokenVariants(s, sample(s, 'full')).length]));
  console.log(`# broken variants per schema: ${JSON.stringify(counts)}`);
  for (const [tag, n] of Object.entries(counts)) assert.ok(n >= 10, `${tag}: only ${n}`);
});
