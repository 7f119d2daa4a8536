// The core's form model (formState), what each check read (reads), the isValid guard and
// the empty optional group, through the built package (issue 20).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { caseFiles, patch } from './cases.mjs';

const require = createRequire(import.meta.url);
const m = require('../pkg');
const file = (type) => caseFiles.find((f) => f.type === type);
const at = (state, pointer) => state.fields.find((f) => f.pointer === pointer);

test('formState: C1 with 是否有行业主管部门 = 否 rules the approval out; 是 with one leaf filled asks for its name', () => {
  const no = m.formState('mlps-filing', { hasIndustryAuthority: false, authorityApproval: { approved: true } });
  for (const p of ['/authorityApproval', '/authorityApproval/authorityName', '/authorityApproval/approved']) {
    assert.deepEqual({ required: at(no, p).required, applicable: at(no, p).applicable }, { required: false, applicable: false }, p);
  }
  assert.deepEqual(at(no, '/authorityApproval/authorityName'), { pointer: '/authorityApproval/authorityName', label: '行业主管部门名称', kind: 'text', required: false, applicable: false });
  const yes = m.formState('mlps-filing', { hasIndustryAuthority: true, authorityApproval: { approved: true } });
  assert.equal(at(yes, '/authorityApproval/authorityName').required, true);
  assert.equal(at(yes, '/hasIndustryAuthority').kind, 'boolean');
});

test('formState: labels option and locale, list items in declaration order, conditions per item', () => {
  const s = m.formState('business-startup', { shareholders: [{ kind: 'natural' }, { kind: 'legal' }] }, { locale: 'en', labels: { '/shareholders/1/name': '法人股东名称' } });
  const pointers = s.fields.map((f) => f.pointer);
  const i = pointers.indexOf('/shareholders');
  assert.deepEqual(pointers.slice(i, i + 3), ['/shareholders', '/shareholders/0', '/shareholders/0/kind']);
  assert.equal(at(s, '/shareholders/0').label, `${at(s, '/shareholders').label} #1`);
  assert.equal(at(s, '/shareholders/1/name').label, '法人股东名称');
  assert.equal(at(s, '/enterpriseName').label, 'enterprise name');
  assert.deepEqual([at(s, '/shareholders/0/residentId').required, at(s, '/shareholders/0/creditCode').required], [true, false]);
  assert.deepEqual([at(s, '/shareholders/1/residentId').required, at(s, '/shareholders/1/creditCode').required], [false, true]);
  // An optional group left empty asks for nothing.
  assert.equal(at(m.formState('business-startup', { financeOfficer: {} }), '/financeOfficer/name').required, false);
  assert.equal(at(m.formState('business-startup', { financeOfficer: { name: '李四' } }), '/financeOfficer/mobile').required, true);
});

test('formState never throws for a submission; throws unknown_type and invalid_options like validate', () => {
  const cyclic = {};
  cyclic.self = cyclic;
  for (const v of [undefined, null, 42, 'x', [], cyclic, { operator: 5 }]) {
    const s = m.formState('mlps-filing', v);
    assert.ok(s.fields.length > 10 && at(s, '/operator/name').required);
  }
  assert.throws(() => m.formState('no-such-type', {}), (e) => e.code === 'unknown_type');
  assert.throws(() => m.formState('mlps-filing', {}, { labels: { name: 'x' } }), (e) => e.code === 'invalid_options');
});

test('an optional group left empty is absent: E1, E2 and C1 pass in validate, validateMany and isValid', () => {
  const e1 = file('business-startup'), e2 = file('free-seal-carving'), c1 = file('mlps-filing');
  const cases = [
    [e1, { '/financeOfficer': {}, '/agent': { name: '', residentId: '', mobile: null } }],
    [e2, { '/agent': { name: '', residentId: '', mobile: '' } }],
    [c1, { '/hasIndustryAuthority': false, '/authorityApproval': { authorityName: '', approved: false, date: '2026-10-08' } }],
  ];
  for (const [f, set] of cases) {
    const s = patch(f.base, set);
    const options = { asOf: f.baseAsOf };
    const report = m.validate(f.type, s, options);
    assert.equal(report.valid, true, `${f.type}: ${JSON.stringify(report.issues)}`);
    assert.equal(m.isValid(f.type, s, options), true);
    const [line] = m.validateMany(f.type, JSON.stringify(s) + '\n', options);
    assert.equal(line.valid, true);
  }
  // One filled leaf: checked as declared.
  const s = patch(e1.base, { '/financeOfficer': { name: '李四' } });
  const report = m.validate(e1.type, s, { asOf: e1.baseAsOf });
  assert.deepEqual(report.issues.filter((i) => i.code === 'required').map((i) => i.path), ['/financeOfficer/residentId', '/financeOfficer/mobile']);
  assert.equal(m.isValid(e1.type, s, { asOf: e1.baseAsOf }), false);
});

test('reads: every issue and deadline carries what its check read, the same on every path', () => {
  const c1 = file('mlps-filing');
  const s = patch(c1.base, { '/authorityApproval/date': '2026-09-09' });
  const options = { asOf: '2026-09-30' };
  const report = m.validate(c1.type, s, options);
  const issue = report.issues.find((i) => i.code === 'mlps_filing.approval_before_review');
  assert.deepEqual(issue.reads, ['/expertReview/date', '/authorityApproval/date']);
  assert.ok(report.deadlines.every((d) => Array.isArray(d.reads) && d.reads.includes('/network/level')), JSON.stringify(report.deadlines.map((d) => d.reads)));
  // The full export (labels), the batch fast path (text, bytes, jsonl) and an array: the same reports.
  const full = m.validate(c1.type, s, { ...options, labels: { '/operator/name': '运营者名称' } });
  assert.deepEqual(full.issues.map((i) => i.reads), report.issues.map((i) => i.reads));
  const text = JSON.stringify(s) + '\n' + JSON.stringify({ operator: {} }) + '\n';
  const many = m.validateMany(c1.type, text, options);
  assert.deepEqual(many[0].issues, report.issues);
  assert.deepEqual(many[0].deadlines, report.deadlines);
  assert.deepEqual(m.validateMany(c1.type, new TextEncoder().encode(text), options), many);
  assert.deepEqual(m.validateMany(c1.type, [s, { operator: {} }], options).map(({ valid, issues }) => ({ valid, issues })), many.map(({ valid, issues }) => ({ valid, issues })));
  const jsonl = m.validateMany(c1.type, text, { ...options, output: 'jsonl' });
  assert.equal(jsonl, many.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const required = many[1].issues.find((i) => i.path === '/operator/name');
  assert.deepEqual(required.reads, ['/operator/name']);
  // A fresh array per issue: changing one report's reads leaves the next alone.
  many[1].issues[0].reads.push('/x');
  assert.ok(!m.validateMany(c1.type, text, options)[1].issues[0].reads.includes('/x'));
});
