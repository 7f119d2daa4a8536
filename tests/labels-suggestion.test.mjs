// The `labels` option of validate and `Issue.suggestion`, through the built package (Node).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { caseFiles } from './cases.mjs';

const m = createRequire(import.meta.url)('../pkg');
const A1 = caseFiles.find((f) => f.type === 'enforcement-supervision-request');
const A2 = caseFiles.find((f) => f.type === 'enforcement-supervision-review');

test('labels: the portal\'s words in structural and rule messages, both locales', () => {
  const labels = { '/applicant/contact/name': '联系人姓名', '/decision/receivedDate': '决定书送达日期' };
  const s = structuredClone(A2.base);
  delete s.applicant.contact.name;
  s.decision.receivedDate = '2023-06-09';
  const at = (r, p) => r.issues.filter((i) => i.path === p).map((i) => i.message);
  const zh = m.validate(A2.type, s, { asOf: A2.baseAsOf, labels });
  assert.deepEqual(at(zh, '/applicant/contact/name'), ['请填写联系人姓名。']);
  const plain = m.validate(A2.type, s, { asOf: A2.baseAsOf });
  assert.deepEqual(at(plain, '/applicant/contact/name'), ['请填写联系人。']);
  const en = m.validate(A2.type, s, { asOf: A2.baseAsOf, labels, locale: 'en' });
  assert.deepEqual(at(en, '/applicant/contact/name'), ['Enter 联系人姓名.']);
  // A rule's message that names a field by its label (A1: “行政执法行为发生日期…晚于提交日期”).
  const a1 = structuredClone(A1.base);
  a1.act.date = '2023-07-01';
  const r = m.validate(A1.type, a1, { asOf: A1.baseAsOf, labels: { '/act/date': '违法行为日期' } });
  assert.match(r.issues.find((i) => i.path === '/act/date').message, /^违法行为日期2023年7月1日晚于提交日期/);
});

test('labels: the fast path hands options with labels to the full export; malformed labels are invalid_options', () => {
  const s = structuredClone(A2.base);
  delete s.reasons;
  const r = m.validate(A2.type, s, { asOf: A2.baseAsOf, labels: { '/reasons': '复查理由' } });
  assert.equal(r.issues[0].message, '请填写复查理由。');
  assert.equal(typeof r.issues.find((i) => i.citation)?.citation, 'object');
  assert.throws(() => m.validate(A2.type, s, { labels: ['复查理由'] }), { code: 'invalid_options' });
  assert.throws(() => m.validate(A2.type, s, { labels: { reasons: '复查理由' } }), (e) => e.code === 'invalid_options' && /JSON Pointer/.test(e.message));
  assert.throws(() => m.validate(A2.type, s, { labels: { '/reasons': 3 } }), (e) => e.code === 'invalid_options' && /\/reasons/.test(e.message));
});

test('suggestion: the corrected value on the issues that writing differently fixes, in validate (both paths) and the identity checks', () => {
  const s = structuredClone(A1.base);
  s.applicant.residentId = '１４０５２５１９８００１０１００１９';
  s.applicant.mobile = '+86 138 0356 0000';
  for (const options of [{ asOf: A1.baseAsOf }, { asOf: A1.baseAsOf, fields: ['/applicant'] }]) {
    const r = m.validate(A1.type, s, options);
    const sug = (p) => r.issues.filter((i) => i.path === p).map((i) => i.suggestion);
    assert.deepEqual([...new Set(sug('/applicant/residentId'))], ['140525198001010019']);
    assert.deepEqual([...new Set(sug('/applicant/mobile'))], ['13803560000']);
  }
  const ok = m.validate(A1.type, A1.base, { asOf: A1.baseAsOf });
  assert.ok(ok.issues.every((i) => !('suggestion' in i)), 'absent, not null');
  assert.equal(m.checkResidentId('11010519491231002x').issues[0].suggestion, '11010519491231002X');
  assert.equal(m.checkResidentId('110105194912310021').issues[0].suggestion, undefined, 'no invented check character');
  assert.equal(m.checkCreditCode('91140500ma1rgx1820').issues[0].suggestion, '91140500MA1RGX1820');
});
