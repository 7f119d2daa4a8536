// Issue.notice (issue 24, point 4): the core says which findings are notices (late,
// ineligible, a condition first), the same in validate, validateMany and its JSON Lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { caseFiles } from './cases.mjs';

const J = createRequire(import.meta.url)('../pkg');
const byType = Object.fromEntries(caseFiles.map((f) => [f.type, f]));

function withChange(type, change) {
  const data = structuredClone(byType[type].base);
  for (const [pointer, v] of Object.entries(change)) {
    const ts = pointer.split('/').slice(1);
    ts.slice(0, -1).reduce((x, t) => x[t], data)[ts.at(-1)] = v;
  }
  return data;
}

test('late, ineligible and a condition are notices; a field to fix is not', () => {
  const late = J.validate('enforcement-supervision-review', withChange('enforcement-supervision-review', { '/decision/receivedDate': '2026-09-28' }), { asOf: '2026-10-20' });
  assert.deepEqual(late.issues.filter((i) => i.notice).map((i) => [i.code, i.notice, i.severity]), [['supervision_review.late', 'late', 'error']]);
  assert.match(late.issues.find((i) => i.notice).message, /请向上一级行政执法监督机关咨询。$/, 'whom to ask');
  const county = J.validate('free-seal-carving', withChange('free-seal-carving', { '/registrationAuthority': 'county' }), { asOf: byType['free-seal-carving'].baseAsOf });
  assert.deepEqual(county.issues.filter((i) => i.notice).map((i) => [i.code, i.notice]), [['seal_carving.not_municipal', 'ineligible']]);
  const missing = J.validate('free-seal-carving', {}, { asOf: '2021-07-02' });
  assert.ok(missing.issues.length > 3 && missing.issues.every((i) => !('notice' in i)), 'required fields are not notices (absent, not null)');
});

test('validateMany carries notices as validate does, in arrays and JSON Lines', () => {
  const lines = [
    withChange('enforcement-supervision-review', { '/decision/receivedDate': '2026-09-28' }),
    byType['enforcement-supervision-review'].base,
  ].map((x) => JSON.stringify(x)).join('\n');
  const one = lines.split('\n').map((l) => J.validate('enforcement-supervision-review', JSON.parse(l), { asOf: '2026-10-20' }));
  const many = J.validateMany('enforcement-supervision-review', lines, { asOf: '2026-10-20' });
  assert.deepEqual(many.map((r) => r.issues), one.map((r) => r.issues));
  assert.equal(many[0].issues.find((i) => i.code === 'supervision_review.late').notice, 'late');
  const jsonl = J.validateMany('enforcement-supervision-review', lines, { asOf: '2026-10-20', output: 'jsonl' }).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(jsonl.map((r) => r.issues), one.map((r) => r.issues));
});
