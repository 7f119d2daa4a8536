// checkResidentId, checkCreditCode, checkMobile through pkg/: each failure says exactly what is wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const m = createRequire(import.meta.url)('../pkg');
const codes = (r) => r.issues.map((i) => i.code);

test('resident ID: valid, and each problem named', () => {
  assert.deepEqual(m.checkResidentId('11010519491231002X'), { valid: true, issues: [], normalized: null });
  const check = m.checkResidentId('110105194912310021');
  assert.deepEqual(codes(check), ['resident_id.check_digit']);
  // Which last character would pass is not said (it would invite a wrong number that checks).
  assert.equal(check.issues[0].message, '身份证号码校验不通过，可能有数字抄错，请对照身份证逐位核对。');
  assert.equal(check.issues[0].citation.document, 'GB 11643-1999《公民身份号码》');
  assert.match(m.checkResidentId('110105194902300012').issues[0].message, /出生日期“19490230”不存在/);
  assert.match(m.checkResidentId('1101A5194912310021').issues[0].message, /第5位“A”不是数字/);
  assert.deepEqual(codes(m.checkResidentId('11010519491231002x')), ['resident_id.lowercase_x']);
  assert.equal(m.checkResidentId('11010519491231002x').normalized, '11010519491231002X');
  // A lowercase x in a number that does not check: one issue, the number does not check.
  assert.deepEqual(codes(m.checkResidentId('11010519491231001x')), ['resident_id.check_digit']);
  // An impossible birth date and a failing check: no last character offered.
  const both = m.checkResidentId('110105194902300011');
  assert.deepEqual(codes(both), ['resident_id.birth_date', 'resident_id.check_digit']);
  assert.ok(both.issues.every((i) => !/应为“/.test(i.message)), JSON.stringify(both.issues));
  assert.match(m.checkResidentId('1101051949123100').issues[0].message, /应为18位，您填写了16位/);
  assert.deepEqual(codes(m.checkResidentId('110105203001010013', { asOf: '2026-11-30' })), ['resident_id.birth_date_future', 'resident_id.check_digit']);
});

test('resident ID: whitespace and full-width reported with the normalised value', () => {
  const r = m.checkResidentId('1101 0519 4912 3100 2X');
  assert.equal(r.valid, false);
  assert.deepEqual(codes(r), ['resident_id.whitespace']);
  assert.equal(r.normalized, '11010519491231002X');
  assert.match(r.issues[0].message, /应填写为：11010519491231002X/);
  const f = m.checkResidentId('１１０１０５１９４９１２３１００２Ｘ');
  assert.deepEqual(codes(f), ['resident_id.full_width']);
  assert.equal(f.normalized, '11010519491231002X');
  // Spaces and full-width digits at once: one issue with the value as it should read.
  const sf = m.checkResidentId('１１０１０５ １９４９１２３１００２Ｘ');
  assert.deepEqual(codes(sf), ['resident_id.whitespace']);
  assert.equal(sf.issues[0].message, '身份证号码中有空格和全角字符，应填写为：11010519491231002X。');
  assert.equal(sf.normalized, '11010519491231002X');
});

test('credit code: forbidden letter and position, check characters, lower case', () => {
  assert.equal(m.checkCreditCode('91350100M000100Y43').valid, true);
  const o = m.checkCreditCode('91350100M000100Y4O');
  // A letter the code never uses, with the character it is usually mistaken for (GB 32100-2015 代码字符集).
  assert.equal(o.issues[0].message, '统一社会信用代码不使用字母“O”，第18位可能是数字“0”，请对照营业执照或登记证书核对。');
  assert.equal(m.checkCreditCode('91350100M000100Y44').issues[0].message, '统一社会信用代码校验不通过，可能有字符抄错，请对照营业执照或登记证书逐位核对。');
  assert.deepEqual(codes(m.checkCreditCode('91350100m000100y43')), ['credit_code.lowercase']);
  assert.equal(m.checkCreditCode('91350100m000100y43').normalized, '91350100M000100Y43');
  assert.ok(codes(m.checkCreditCode('91350100M000200Y43')).includes('credit_code.org_code_check'));
});

test('mobile', () => {
  assert.equal(m.checkMobile('13803560000').valid, true);
  assert.deepEqual(codes(m.checkMobile('12803560000')), ['mobile.prefix']);
  const r = m.checkMobile('+86 138 0356 0000');
  assert.equal(r.normalized, '13803560000');
  assert.equal(m.checkMobile('13803560000', { locale: 'en' }).valid, true);
  assert.equal(m.checkMobile('1380356000', { locale: 'en' }).issues[0].message, 'A mobile number has 11 digits; this one has 10.');
});
