import { expect } from '@open-wc/testing';
import { validate, type JsonSchema } from '../../../src/core/schema.js';

const schema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    disclaimer: { type: 'string', maxLength: 20 },
    level: { type: 'integer', minimum: 1, maximum: 5 },
    mode: { enum: ['a', 'b'] },
    hide: { type: 'array', items: { enum: ['x', 'y'] }, uniqueItems: true },
    extra: {
      type: 'object',
      propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
      additionalProperties: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 1 } } },
    },
  },
};

describe('validate()', () => {
  it('accepts a valid config unchanged', () => {
    const value = { disclaimer: 'Ask us.', level: 3, mode: 'a', hide: ['x'], extra: { cupping: { name: 'Cupping' } } };
    const r = validate(schema, value);
    expect(r.problems).to.deep.equal([]);
    expect(r.value).to.deep.equal(value);
  });

  it('drops each invalid part, keeps the rest, and names the path and valid values', () => {
    const r = validate<Record<string, unknown>>(schema, {
      disclaimer: 'x'.repeat(21),
      level: 9,
      mode: 'c',
      hide: ['x', 'z', 'x'],
      extra: { cupping: { name: 'Cupping' }, 'Bad Key': { name: 'n' }, nameless: {} },
      typo: 1,
    });
    expect(r.value).to.deep.equal({ hide: ['x'], extra: { cupping: { name: 'Cupping' } } });
    const paths = r.problems.map((p) => p.path);
    expect(paths).to.include.members(['config.disclaimer', 'config.level', 'config.mode', 'config.hide[1]', 'config.typo', 'config.extra.nameless.name']);
    const mode = r.problems.find((p) => p.path === 'config.mode')!;
    expect(mode.valid).to.equal('"a", "b"');
    const level = r.problems.find((p) => p.path === 'config.level')!;
    expect(level.valid).to.contain('from 1 to 5');
    expect(r.problems.find((p) => p.path === 'config.typo')!.valid).to.contain('disclaimer');
    const badKey = r.problems.find((p) => p.path === 'config.extra.Bad Key')!;
    expect(badKey.message).to.equal('is not a known key');
  });

  it('rejects a root of the wrong type', () => {
    const r = validate(schema, []);
    expect(r.value).to.equal(undefined);
    expect(r.problems[0]!.path).to.equal('config');
  });

  it('refuses prototype-polluting keys', () => {
    const r = validate<Record<string, unknown>>({ type: 'object' }, JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}'));
    expect(r.value).to.deep.equal({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(r.problems[0]!.path).to.equal('config.__proto__');
  });
});
