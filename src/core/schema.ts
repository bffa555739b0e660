// A small validator for the JSON Schema subset our clinic configs use. The same schema objects are
// published to dist/schema/*.schema.json, so the file a clinic's editor checks is the one we enforce.
// Invalid parts are dropped, valid parts kept: a typo in one label never blanks the whole widget.

export type JsonType = 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';

export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: JsonType | readonly JsonType[];
  properties?: Readonly<Record<string, JsonSchema>>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  required?: readonly string[];
  enum?: readonly (string | number | boolean | null)[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  default?: unknown;
  examples?: readonly unknown[];
}

export interface SchemaProblem {
  /** Where, in dotted form: `config.techniques[2].pressure`. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** What would be accepted. */
  valid: string;
}

export interface Validated<T> {
  value: T | undefined;
  problems: SchemaProblem[];
}

const typeOf = (v: unknown): JsonType =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : (typeof v as JsonType);

function typeMatches(expected: JsonType, actual: JsonType): boolean {
  return expected === actual || (expected === 'number' && actual === 'integer');
}

function describe(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(', ');
  const types = schema.type ? ([] as JsonType[]).concat(schema.type as JsonType[]) : [];
  const parts: string[] = [types.join(' or ') || 'any value'];
  if (schema.minimum !== undefined || schema.maximum !== undefined)
    parts.push(`from ${schema.minimum ?? '−∞'} to ${schema.maximum ?? '∞'}`);
  if (schema.maxLength !== undefined) parts.push(`at most ${schema.maxLength} characters`);
  if (schema.minLength) parts.push(`at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'}`);
  // A clinic reads the schema's own words for a pattern (its description); the regex is the fallback.
  if (schema.pattern) parts.push(schema.description ?? `matching /${schema.pattern}/`);
  if (schema.minItems !== undefined || schema.maxItems !== undefined)
    parts.push(`${schema.minItems ?? 0}–${schema.maxItems ?? '∞'} items`);
  if (schema.properties && schema.additionalProperties === false)
    parts.push(`with keys ${Object.keys(schema.properties).join(', ')}`);
  return parts.join(', ');
}

const show = (v: unknown): string => {
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 50 ? `${s.slice(0, 50)}…` : s;
};

const isSafeKey = (key: string): boolean => key !== '__proto__' && key !== 'constructor' && key !== 'prototype';

function check(schema: JsonSchema, value: unknown, path: string, problems: SchemaProblem[]): { ok: boolean; value?: unknown } {
  const actual = typeOf(value);
  if (schema.type) {
    const types = ([] as JsonType[]).concat(schema.type as JsonType[]);
    if (!types.some((t) => typeMatches(t, actual))) {
      problems.push({ path, message: `is ${actual === 'object' ? 'an object' : `${actual} ${show(value)}`}`, valid: describe(schema) });
      return { ok: false };
    }
  }
  if (schema.enum && !schema.enum.includes(value as string)) {
    problems.push({ path, message: `is ${show(value)}`, valid: describe(schema) });
    return { ok: false };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (schema.minimum !== undefined && value < schema.minimum) || (schema.maximum !== undefined && value > schema.maximum)) {
      problems.push({ path, message: `is ${show(value)}, out of range`, valid: describe(schema) });
      return { ok: false };
    }
  }
  if (typeof value === 'string') {
    // JSON Schema counts characters as code points (an emoji is one), not UTF-16 units.
    const length = [...value].length;
    if ((schema.maxLength !== undefined && length > schema.maxLength) || (schema.minLength !== undefined && length < schema.minLength)) {
      problems.push({ path, message: `has ${length} characters`, valid: describe(schema) });
      return { ok: false };
    }
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
      problems.push({ path, message: `is ${show(value)}`, valid: describe(schema) });
      return { ok: false };
    }
  }
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((item, i) => {
      if (!schema.items) return void out.push(item);
      const r = check(schema.items, item, `${path}[${i}]`, problems);
      if (r.ok) out.push(r.value);
    });
    const unique = schema.uniqueItems ? out.filter((v, i) => out.findIndex((w) => JSON.stringify(w) === JSON.stringify(v)) === i) : out;
    if (unique.length !== out.length) problems.push({ path, message: 'has repeated items; repeats are ignored', valid: 'each item once' });
    if ((schema.minItems !== undefined && unique.length < schema.minItems) || (schema.maxItems !== undefined && unique.length > schema.maxItems)) {
      problems.push({ path, message: `has ${unique.length} valid items`, valid: describe(schema) });
      return { ok: false };
    }
    return { ok: true, value: unique };
  }
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(obj)) {
      const keyPath = `${path}.${key}`;
      if (!isSafeKey(key)) {
        problems.push({ path: keyPath, message: 'is not allowed', valid: 'ordinary keys' });
        continue;
      }
      if (schema.propertyNames && !check(schema.propertyNames, key, keyPath, []).ok) {
        problems.push({ path: keyPath, message: 'is not a known key', valid: describe(schema.propertyNames) });
        continue;
      }
      const propSchema = schema.properties?.[key];
      if (propSchema) {
        const r = check(propSchema, obj[key], keyPath, problems);
        if (r.ok) out[key] = r.value;
      } else if (schema.additionalProperties === false) {
        problems.push({ path: keyPath, message: 'is not a known field', valid: Object.keys(schema.properties ?? {}).join(', ') });
      } else if (typeof schema.additionalProperties === 'object') {
        const r = check(schema.additionalProperties, obj[key], keyPath, problems);
        if (r.ok) out[key] = r.value;
      } else {
        out[key] = obj[key];
      }
    }
    for (const req of schema.required ?? []) {
      if (!(req in out)) {
        problems.push({ path: `${path}.${req}`, message: 'is missing or invalid; this entry is skipped', valid: describe(schema.properties?.[req] ?? {}) });
        return { ok: false };
      }
    }
    return { ok: true, value: out };
  }
  return { ok: true, value };
}

/** Validates `value` against `schema`, keeping every valid part. */
export function validate<T>(schema: JsonSchema, value: unknown, path = 'config'): Validated<T> {
  const problems: SchemaProblem[] = [];
  const r = check(schema, value, path, problems);
  return { value: r.ok ? (r.value as T) : undefined, problems };
}
