// The calendar functions of api.md, through the built package (pkg/), in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const cjs = require('../pkg');
const esm = await import('../pkg/node/index.mjs');
const cases = JSON.parse(readFileSync(new URL('../data/cases/calendar.json', import.meta.url), 'utf8')).cases;

test('require() and import both work in Node with no init call', async () => {
  assert.equal(cjs.addWorkdays('2026-09-28', 5), '2026-10-10');
  assert.equal(esm.addWorkdays('2026-09-28', 5), '2026-10-10');
  // Browser-style code runs unchanged: init() is a no-op in Node.
  await esm.default();
  assert.equal(esm.isWorkday('2026-10-10'), true);
});

test('package.json exports: node import, node require, browser default', async () => {
  const pkg = JSON.parse(readFileSync(new URL('../pkg/package.json', import.meta.url), 'utf8'));
  const dot = pkg.exports['.'];
  assert.deepEqual(dot.node.require, { types: './node/index.d.cts', default: './node/index.cjs' });
  assert.deepEqual(dot.node.import, { types: './node/index.d.mts', default: './node/index.mjs' });
  assert.deepEqual(dot.default, { types: './web/index.d.ts', default: './web/index.js' });
  // The browser entry's default export is init (pkg/web/index.js is minified: read as a module).
  const web = await import(new URL('../pkg/web/index.js', import.meta.url));
  assert.equal(web.default, web.init);
  assert.equal(web.default.name, 'init');
});

for (const c of cases) {
  test(`${c.fn}(${c.args.map((a) => JSON.stringify(a)).join(', ')}) — ${c.cites}`, () => {
    let got = cjs[c.fn](...c.args);
    if (c.fn === 'dayInfo') {
      assert.equal(typeof got.source === 'string' || got.source === null, true);
      const { source, ...rest } = got;
      got = rest;
    }
    assert.deepEqual(got, c.expected);
  });
}

test('the facade (numbers across the boundary) agrees with the full exports everywhere', () => {
  const full = require('../pkg/node/jincheng.js');
  const call = (f, ...a) => { try { return f(...a); } catch (e) { return `throws ${e.code}`; } };
  const dates = ['1949-10-01', '1949-09-30', '2099-12-31', '2100-01-01', '2021-02-30', '2021-2-03', '0000-01-01', '2024-02-29', '2026-12-18', '2026-10-10', '9999-99-99', ''];
  for (let t = Date.UTC(2020, 11, 1); t <= Date.UTC(2027, 1, 1); t += 11 * 86400000) dates.push(new Date(t).toISOString().slice(0, 10));
  for (const d of dates) {
    assert.deepEqual(call(cjs.isWorkday, d), call(full.isWorkday, d), d);
    for (const n of [0, 1, -1, 10, -10, 250, 2000, 2.5, NaN, '3', 2 ** 53]) assert.deepEqual(call(cjs.addWorkdays, d, n), call(full.addWorkdays, d, n), `${d} ${n}`);
    assert.deepEqual(call(cjs.workdaysBetween, d, '2026-12-31'), call(full.workdaysBetween, d, '2026-12-31'), d);
  }
  for (const bad of [null, undefined, 20260101, {}, []]) {
    assert.deepEqual(call(cjs.addWorkdays, bad, 1), call(full.addWorkdays, bad, 1));
    assert.deepEqual(call(cjs.isWorkday, bad), call(full.isWorkday, bad));
  }
});

test('dayInfo carries the notice or the law as its source', () => {
  assert.match(cjs.dayInfo('2026-02-16').source, /国办发明电〔2025〕7号/);
  assert.match(cjs.dayInfo('2022-12-31').source, /国办发明电〔2022〕16号/);
  assert.match(cjs.dayInfo('2027-10-01').source, /全国年节及纪念日放假办法/);
  assert.equal(cjs.dayInfo('2026-03-03').source, null);
});

test('explainAddWorkdays: the count into 2027 is provisional and shows 元旦 skipped', () => {
  const r = cjs.explainAddWorkdays('2026-12-18', 10);
  assert.equal(r.due, '2027-01-04');
  assert.equal(r.provisional, true);
  assert.deepEqual(r.provisionalYears, [2027]);
  assert.deepEqual(r.skipped.at(-1), { from: '2027-01-01', to: '2027-01-03', days: 3, kind: 'holiday', holiday: '元旦', provisional: true });
  const inside = cjs.explainAddWorkdays('2026-09-28', 5);
  assert.equal(inside.provisional, false);
  assert.deepEqual(inside.makeupWorkdays.map((d) => d.date), ['2026-10-10']);
  assert.deepEqual(inside.skipped, [{ from: '2026-10-01', to: '2026-10-07', days: 7, kind: 'holiday', holiday: '国庆节', provisional: false }]);
});

test('provisionalYears and calendarCoverage', () => {
  assert.deepEqual(cjs.provisionalYears('2026-12-18', '2027-01-04'), [2027]);
  assert.deepEqual(cjs.provisionalYears('2021-01-01', '2026-12-31'), []);
  assert.deepEqual(cjs.calendarCoverage(), { from: '2021-01-01', to: '2026-12-31', years: [2021, 2022, 2023, 2024, 2025, 2026] });
});

test('addWorkdays and workdaysBetween agree over 2021–2026 (sample of starts, n = 1…60)', () => {
  for (let t = Date.UTC(2021, 0, 1); t <= Date.UTC(2026, 11, 31); t += 7 * 86400000) {
    const d = new Date(t).toISOString().slice(0, 10);
    for (let n = 1; n <= 60; n += 7) assert.equal(cjs.workdaysBetween(d, cjs.addWorkdays(d, n)), n, `${d} ${n}`);
  }
});

function throwsCode(fn, code, needle) {
  assert.throws(fn, (e) => {
    assert.ok(e instanceof Error, 'an Error');
    assert.equal(e.code, code, e.message);
    if (needle !== undefined) assert.ok(e.message.includes(needle), `${e.message} should name ${needle}`);
    return true;
  });
}

test('invalid_date: malformed, impossible and non-string dates, with the value in the message', () => {
  for (const bad of ['2021-02-30', '2021-2-3', '', '2021/02/03', ' 2021-02-03', '２０２１-02-03']) {
    for (const fn of ['isWorkday', 'dayInfo']) throwsCode(() => cjs[fn](bad), 'invalid_date', JSON.stringify(bad));
    throwsCode(() => cjs.addWorkdays(bad, 1), 'invalid_date', JSON.stringify(bad));
    throwsCode(() => cjs.addMonths(bad, 1), 'invalid_date', JSON.stringify(bad));
    throwsCode(() => cjs.workdaysBetween('2021-01-01', bad), 'invalid_date', JSON.stringify(bad));
  }
  throwsCode(() => cjs.isWorkday(20210203), 'invalid_date', '20210203');
  throwsCode(() => cjs.isWorkday(null), 'invalid_date');
  throwsCode(() => cjs.isWorkday(undefined), 'invalid_date');
  throwsCode(() => cjs.isWorkday(new Date()), 'invalid_date');
  throwsCode(() => cjs.isWorkday(Symbol('d')), 'invalid_date');
  throwsCode(() => cjs.isWorkday('x'.repeat(1 << 20)), 'invalid_date', '"xxxx');
});

test('out_of_range: outside 1949-10-01 … 2099-12-31, and results beyond it', () => {
  throwsCode(() => cjs.isWorkday('1949-09-30'), 'out_of_range', '1949-09-30');
  throwsCode(() => cjs.dayInfo('2100-01-01'), 'out_of_range', '2100-01-01');
  throwsCode(() => cjs.addWorkdays('2099-12-31', 1), 'out_of_range', '2099-12-31');
  throwsCode(() => cjs.addWorkdays('1949-10-01', -1), 'out_of_range', '1949-10-01');
  throwsCode(() => cjs.addWorkdays('2026-01-01', 2 ** 53 - 1), 'out_of_range');
  throwsCode(() => cjs.addMonths('2099-12-31', 1), 'out_of_range', '2099-12-31');
  throwsCode(() => cjs.workdaysBetween('0001-01-01', '2026-01-01'), 'out_of_range', '0001-01-01');
  // 1949-10-01 (Sat) and 10-02 (Sun): 国庆 two days under the 1949 办法; Monday 3 October works.
  assert.equal(cjs.addWorkdays('1949-10-01', 1), '1949-10-03');
});

test('invalid_argument: n that is not an integer', () => {
  for (const n of [2.5, NaN, Infinity, -Infinity, '3', null, undefined, 2 ** 60, {}]) {
    throwsCode(() => cjs.addWorkdays('2026-01-05', n), 'invalid_argument');
    throwsCode(() => cjs.addMonths('2026-01-05', n), 'invalid_argument');
  }
});

test('invalid_calendar: each rule of loadCalendarYear, naming the offending value', () => {
  const base = { year: 2027, source: '测试', holidays: [], makeupWorkdays: [] };
  throwsCode(() => cjs.loadCalendarYear({ ...base, holidays: [{ name: '元旦', days: ['2026-12-31'] }] }), 'invalid_calendar', '2026-12-31');
  throwsCode(() => cjs.loadCalendarYear({ ...base, makeupWorkdays: ['2027-01-04'] }), 'invalid_calendar', '2027-01-04');
  throwsCode(() => cjs.loadCalendarYear({ ...base, holidays: [{ name: 'a', days: ['2027-01-01'] }, { name: 'b', days: ['2027-01-01'] }] }), 'invalid_calendar', '2027-01-01');
  throwsCode(() => cjs.loadCalendarYear({ ...base, holidays: [{ name: 'a', days: ['2027-01-02'] }], makeupWorkdays: ['2027-01-02'] }), 'invalid_calendar', '2027-01-02');
  throwsCode(() => cjs.loadCalendarYear({ ...base, holidays: [{ name: 'a', days: ['2027-2-1'] }] }), 'invalid_calendar', '2027-2-1');
  for (const bad of [null, 42, 'x', [], { year: '2027' }, { ...base, year: 2027.5 }, { ...base, holidays: 'x' }]) {
    throwsCode(() => cjs.loadCalendarYear(bad), 'invalid_calendar');
  }
  // Nothing was loaded by the rejected calls.
  assert.deepEqual(cjs.calendarCoverage().years, [2021, 2022, 2023, 2024, 2025, 2026]);
});

// Defect 5 (issue 11): a rest run that joins two festivals names each once, in order.
test('joined holiday runs name each festival once, in the order met (every year 1950–2099)', () => {
  assert.equal(cjs.explainAddWorkdays('2023-09-28', 5).skipped[0].holiday, '中秋节、国庆节');
  assert.equal(cjs.explainAddWorkdays('2025-09-30', 5).skipped[0].holiday, '国庆节、中秋节');
  let joined = 0;
  for (let y = 1950; y <= 2099; y++) {
    const start = `${y - 1}-12-31`;
    const n = cjs.workdaysBetween(start, `${y}-12-31`);
    const end = cjs.addWorkdays(start, n);
    // Rest days after the year's last working day belong to the next year's count.
    for (const run of cjs.explainAddWorkdays(start, n).skipped) {
      if (!run.holiday) continue;
      const parts = run.holiday.split('、');
      const want = [];
      for (let t = Date.parse(run.from); t <= Date.parse(run.to); t += 86400000) {
        const h = cjs.dayInfo(new Date(t).toISOString().slice(0, 10)).holiday;
        for (const p of h ? h.split('、') : []) if (!want.includes(p)) want.push(p);
      }
      assert.deepEqual(parts, want, `${run.from} to ${run.to}`);
      if (parts.length > 1) joined++;
    }
    assert.ok(end <= `${y}-12-31`);
  }
  assert.ok(joined >= 12, `${joined} joined runs`);
});
