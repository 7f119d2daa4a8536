// Issue 22 items 6, 8 and 9 through the built package (Node): each the issue's reproduction.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { caseFiles } from './cases.mjs';

const m = createRequire(import.meta.url)('../pkg');
const a2 = caseFiles.find((f) => f.type === 'enforcement-supervision-review');

test('item 6: a required name of only invisible characters is empty; control characters and direction overrides are reported', () => {
  const check = (name) => m.validate(a2.type, { ...a2.base, applicant: { ...a2.base.applicant, name } }, { asOf: a2.baseAsOf });
  assert.equal(check(a2.base.applicant.name).valid, true);
  for (const name of ['\u200B', '\uFEFF', '\u202E', '\u0000', '\u2060\u200D']) {
    const r = check(name);
    assert.equal(r.valid, false, JSON.stringify(name));
    assert.ok(r.issues.some((i) => i.path === '/applicant/name' && i.code === 'required'), JSON.stringify(name));
  }
  for (const name of [`${a2.base.applicant.name}\u202Eexe.txt`, `a\u0000b`, 'x\u001b[2J']) {
    const r = check(name);
    const issue = r.issues.find((i) => i.path === '/applicant/name' && i.code === 'control_character');
    assert.ok(issue, JSON.stringify(name));
    assert.match(issue.message, /控制字符/);
    assert.equal(r.valid, false);
  }
});

test('item 8: a suggestion is offered only when the suggested value passes every check of its field', () => {
  assert.equal(m.checkResidentId('1101 0519 4912 3100 21').issues.find((i) => i.suggestion), undefined);
  // …and no message offers it either (the text once said “应填写为：110105194912310021”).
  assert.ok(m.checkResidentId('1101 0519 4912 3100 21').issues.every((i) => !/应填写为/.test(i.message)));
  assert.equal(m.checkCreditCode('<IMGSRC=x>ABC').issues[0].message, '统一社会信用代码中的字母应为大写。');
  assert.equal(m.checkResidentId('1101 0519 4912 3100 2X').issues[0].suggestion, '11010519491231002X');
  assert.equal(m.checkCreditCode('<imgsrc=…>abc').issues.find((i) => i.suggestion), undefined);
  assert.equal(m.checkCreditCode('91140500ma1rgx1820').issues[0].suggestion, '91140500MA1RGX1820');
  const r = m.validate(a2.type, { ...a2.base, applicant: { ...a2.base.applicant, creditCode: '<imgsrc=x>abc' } }, { asOf: a2.baseAsOf });
  assert.ok(r.issues.every((i) => i.suggestion === undefined), JSON.stringify(r.issues));
});

test('item 9: the wrong answers and unhelpful messages', () => {
  assert.throws(() => m.addWorkdays('2026-09-28', 2 ** 53), (e) => e.code === 'invalid_argument' && /too large/.test(e.message) && !/must be an integer/.test(e.message));
  assert.throws(() => m.addWorkdays('2026-09-28', 2.5), { code: 'invalid_argument', message: /must be an integer/ });
  assert.throws(() => m.loadCalendarYear({ year: NaN, source: 'x', holidays: [], makeupWorkdays: [] }), (e) => e.code === 'invalid_calendar' && /year: expected an integer year, got NaN or Infinity/.test(e.message) && !/null/.test(e.message));
  const many = { year: 2098, source: 'x', holidays: Array.from({ length: 1e6 }, () => ({})), makeupWorkdays: [] };
  const started = performance.now();
  assert.throws(() => m.loadCalendarYear(many), { code: 'invalid_calendar' });
  assert.ok(performance.now() - started < 2000, `${performance.now() - started} ms`);
  assert.throws(() => m.loadCalendarYear({ ...many, holidays: Array(367).fill({ name: 'x', days: ['2098-01-01'] }) }), { code: 'invalid_calendar', message: /holidays: more than 366 items/ });
  m.loadCalendarYear({ year: 1949, source: 'test', holidays: [{ name: '国庆节', days: ['1949-10-01', '1949-10-02'] }], makeupWorkdays: [] });
  assert.equal(m.calendarCoverage().from, '1949-10-01');
  // A getter that throws a RangeError is not "nested too deeply".
  const getter = { get applicant() { throw new RangeError('no'); } };
  assert.equal(m.validate(a2.type, getter).issues[0].code, 'submission.invalid_json');
  assert.equal(m.validate(a2.type, (() => { let v = {}; for (let i = 0; i < 1e5; i++) v = { a: v }; return v; })()).issues[0].code, 'submission.too_deep');
  // 共N天 that cannot be checked is a fault.
  const notice = '一、元旦：1月1日（周五）放假，共四天。';
  assert.throws(() => m.parseHolidayNotice(notice, { year: 2027 }), (e) => e.code === 'invalid_calendar' && /天数“四”无法核对/.test(e.message));
});
