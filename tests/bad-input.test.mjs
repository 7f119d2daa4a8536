// The bad-input contract through pkg/: validate and deadlines return issues for any
// submission value — never a throw, a trap, or a change to the caller's object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const m = createRequire(import.meta.url)('../pkg');
const TYPES = m.applicationTypes().map((t) => t.id);

function deep(n) {
  const root = {};
  let cur = root;
  for (let i = 0; i < n; i++) cur = cur.a = {};
  return root;
}
function deepArray(n) {
  let v = 0;
  for (let i = 0; i < n; i++) v = [v];
  return v;
}
/** A structural fingerprint of a value, walked iteratively (JSON.stringify fails on deep input). */
function fingerprint(value) {
  const out = [];
  const stack = [value];
  const seen = new Set();
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) { out.push(typeof v === 'bigint' || typeof v === 'symbol' ? String(v) : JSON.stringify(v) ?? String(v)); continue; }
    if (seen.has(v)) { out.push('<seen>'); continue; }
    seen.add(v);
    for (const k of Object.keys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      out.push(k);
      if ('value' in d) stack.push(d.value);
    }
  }
  return out.join('|');
}

const cyclic = { a: 1 };
cyclic.self = cyclic;
const throwing = { get applicant() { throw new Error('getter'); } };

const VALUES = {
  null: null,
  undefined: undefined,
  number: 42,
  NaN: NaN,
  Infinity: Infinity,
  string: 'text',
  'empty object': {},
  array: [1, 2, 3],
  'boolean': true,
  '1 MB string field': { reasons: 'x'.repeat(1 << 20), caseNumber: '字'.repeat(1 << 20) },
  '10,000-deep object': deep(10_000),
  '10,000-deep array': deepArray(10_000),
  '200-deep object': deep(200),
  cycle: cyclic,
  'throwing getter': throwing,
  bigint: { n: 10n },
  'prototype keys': JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  'NaN and Infinity in fields': { previousExtensions: NaN, budget: Infinity, completionDate: -Infinity },
  'lone surrogates': { reasons: 'a\uD800b', projectName: '\uDFFF', name: '\uD83D' },
  'function': () => 1,
  'symbol-valued field': { reasons: Symbol('s') },
  'Date object': new Date(0),
  'Map': new Map([['a', 1]]),
};

for (const [name, value] of Object.entries(VALUES)) {
  test(`validate/deadlines on ${name}: issues, never a throw, input unchanged`, () => {
    const snapshot = fingerprint(value);
    for (const type of TYPES) {
      const r = m.validate(type, value, { asOf: '2023-06-01' });
      assert.equal(typeof r.valid, 'boolean');
      assert.ok(Array.isArray(r.issues) && r.issues.length > 0, `${type}: some issue`);
      assert.equal(r.valid, false);
      assert.ok(Array.isArray(m.deadlines(type, value, { asOf: '2023-06-01' })));
    }
    assert.equal(fingerprint(value), snapshot);
  });
}

test('the specific codes: too deep, unreadable, lone surrogate in a field', () => {
  const t = 'scitech-project-change';
  assert.equal(m.validate(t, deep(10_000)).issues[0].code, 'submission.too_deep');
  assert.equal(m.validate(t, deep(200)).issues[0].code, 'submission.too_deep');
  assert.equal(m.validate(t, cyclic).issues[0].code, 'submission.invalid_json');
  assert.equal(m.validate(t, 42).issues[0].code, 'submission.type');
  const r = m.validate(t, { reason: 'a\uD800b' }, { asOf: '2026-05-01' });
  assert.ok(r.issues.some((i) => i.code === 'invalid_character' && i.path === '/reason'));
  const big = m.validate(t, { reasons: 'x'.repeat(5 << 20) });
  assert.equal(big.issues[0].code, 'submission.too_large');
});

test('prototype-polluting keys are just unknown fields, and nothing is polluted', () => {
  const r = m.validate('scitech-project-change', JSON.parse('{"__proto__": {"polluted": true}}'), { asOf: '2026-05-01' });
  assert.ok(r.issues.some((i) => i.code === 'unknown_field' && i.path === '/__proto__'));
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
});

test('identity checks never throw, whatever the value', () => {
  for (const fn of [m.checkResidentId, m.checkCreditCode, m.checkMobile]) {
    for (const v of [null, undefined, 1, NaN, {}, [], Symbol('x'), 'x'.repeat(1 << 20), ' x'.repeat(1 << 19), '\uD800', '', () => 1, 10n]) {
      const r = fn(v);
      assert.equal(r.valid, false);
      assert.ok(r.issues.length > 0);
      for (const i of r.issues) assert.ok(i.message.length < 300, `a short message, not the input echoed: ${i.message.slice(0, 80)}`);
    }
    fn('x', 'not options'); // malformed options fall back to defaults
  }
});

test('a module that saw all of this still answers', () => {
  assert.equal(m.addWorkdays('2026-09-28', 5), '2026-10-10');
  assert.equal(m.validate('scitech-project-change', {}, { asOf: '2026-05-01' }).valid, false);
});
