// The bad-input contract through pkg/: validate and deadlines return issues for any
// submission value — never a throw, a trap, or a change to the caller's object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import * as badInputs from './bad-inputs.mjs';

const m = createRequire(import.meta.url)('../pkg');
const TYPES = m.applicationTypes().map((t) => t.id);

const { VALUES, deep, cyclic } = badInputs;

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
    // Malformed options are the caller's mistake, not the applicant's: invalid_options (issue 23).
    assert.throws(() => fn('x', 'not options'), { code: 'invalid_options' });
  }
});

test('a module that saw all of this still answers', () => {
  assert.equal(m.addWorkdays('2026-09-28', 5), '2026-10-10');
  assert.equal(m.validate('scitech-project-change', {}, { asOf: '2026-05-01' }).valid, false);
});

/** A year's statutory days off, by festival, as the calendar gives them (`dayInfo`). */
function statutoryHolidays(year) {
  const byName = new Map();
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 864e5) {
    const info = m.dayInfo(new Date(t).toISOString().slice(0, 10));
    if (info.kind === 'holiday') byName.set(info.holiday, [...(byName.get(info.holiday) ?? []), info.date]);
  }
  return [...byName].map(([name, days]) => ({ name, days }));
}

test('issue 22 item 1: after every hostile argument a normal call still answers (and every throw has a code)', () => {
  // The issue's reproduction first, as it was written.
  const a = [];
  a.push(a);
  assert.throws(() => m.dayInfo(a), (e) => e.code === 'invalid_date' && /an array/.test(e.message));
  // The reproduction loaded a 2027 without holidays; a year must now list every statutory
  // day off (issue 23), so the load takes 2027's statutory days as the calendar knows them.
  m.loadCalendarYear({ year: 2027, source: 'x', holidays: statutoryHolidays(2027), makeupWorkdays: [] });
  for (let i = 0; i < 3000; i++) try { m.dayInfo(a); } catch {}
  assert.equal(m.addWorkdays('2026-09-28', 5), '2026-10-10');
  const { calls, problems } = badInputs.runHostile(m);
  assert.deepEqual(problems, []);
  assert.ok(calls > 1000, `${calls} calls`);
});

test('issue 22 item 1: the description of a value is bounded (a deep array is named, not walked)', () => {
  assert.throws(() => m.addWorkdays('2026-09-28', badInputs.deepArray(5000)), { code: 'invalid_argument', message: 'n must be an integer, got an array' });
  assert.throws(() => m.validate('business-startup', {}, { labels: { '/steps': [[[1]]] } }), { code: 'invalid_options', message: /labels\["\/steps"\] must be a non-empty string, got an array/ });
  assert.throws(() => m.checkMobile('1', {}) && m.validate('business-startup', {}, { fields: new Proxy([], { get() { throw new Error('x'); } }) }), { code: 'invalid_options' });
});
