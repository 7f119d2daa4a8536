// Legal readings through the built package (docs/legal-readings.md): provisional
// counts and a fixed last day's act-by day, the next assessment's rollover, late duties as warnings, the order of steps,
// the A3 tracks and every document's first day in force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { caseFiles } from './cases.mjs';

const require = createRequire(import.meta.url);
const m = require('../pkg');
const base = (type) => structuredClone(caseFiles.find((f) => f.type === type).base);
const dayAfter = (d) => new Date(Date.parse(`${d}T00:00:00Z`) + 86400e3).toISOString().slice(0, 10);
const dayBefore = (d) => new Date(Date.parse(`${d}T00:00:00Z`) - 86400e3).toISOString().slice(0, 10);

test('a count reaching 2027 is provisional when its last day may move; a fixed last day is not (api.md, issue 23 item 7)', () => {
  // B3: half a year from 2026-09-15 is Monday 2027-03-15: whether it rolls is for the 2027 notice.
  const b3 = { ...base('scitech-project-acceptance'), completionDate: '2026-09-15' };
  const [d] = m.deadlines('scitech-project-acceptance', b3, { asOf: '2026-10-09' });
  assert.equal(d.due, '2027-03-15');
  assert.equal(d.provisional, true);
  assert.deepEqual([d.actBy, d.advice], [null, null]);
  assert.match(d.rule, /2027年放假安排国务院尚未公布/);
  // D2: the one-year bar (no rollover) into 2027: fixed, its rule says the date stands; no act-by day.
  const d2 = { ...base('simulated-approval'), previousLapse: '2026-03-01' };
  const bar = m.deadlines('simulated-approval', d2, { asOf: '2026-06-01' }).find((x) => x.id === 'lapse_bar');
  assert.deepEqual([bar.due, bar.provisional, bar.actBy, bar.advice], ['2027-03-01', false, null, null]);
  assert.match(bar.rule, /届满日不受放假安排影响/);
  // B4: counting back from a 2027 completion deadline: fixed; a Sunday, so the Friday before.
  const b4 = { ...base('scitech-acceptance-extension'), completionDeadline: '2027-03-31' };
  const back = m.deadlines('scitech-acceptance-extension', b4, { asOf: '2026-12-01' })[0];
  assert.deepEqual([back.due, back.provisional, back.actBy], ['2027-02-28', false, '2027-02-26']);
  assert.match(back.advice, /（2027年放假安排尚未公布），请最迟于2月26日提交。$/);
  // Within the official years nothing is provisional.
  assert.equal(m.deadlines('scitech-project-acceptance', base('scitech-project-acceptance'), { asOf: '2026-06-01' })[0].provisional, false);
});

test('a fixed last day on a rest day names the last working day before it (actBy, advice), in both locales and through validateMany', () => {
  const b4 = { ...base('scitech-acceptance-extension'), completionDeadline: '2026-11-01', requestedUntil: '2027-05-01' };
  const [d] = m.deadlines('scitech-acceptance-extension', b4, { asOf: '2026-09-28' });
  assert.deepEqual([d.due, d.provisional, d.actBy, d.advice], ['2026-10-01', false, '2026-09-30', '届满日10月1日为国庆节假期，请最迟于9月30日提交。']);
  const [en] = m.deadlines('scitech-acceptance-extension', b4, { asOf: '2026-09-28', locale: 'en' });
  assert.equal(en.advice, 'The last day, 1 October, falls in the 国庆节 holiday: submit by 30 September at the latest.');
  // Spring Festival 2027, by the law (the 2027 notice is not out): an estimate, said so.
  const sf = m.deadlines('scitech-acceptance-extension', { ...b4, completionDeadline: '2027-03-08' }, { asOf: '2026-12-01' })[0];
  assert.deepEqual([sf.due, sf.actBy, sf.advice], ['2027-02-08', '2027-02-04', '届满日2月8日预计为春节假期（2027年放假安排尚未公布），请最迟于2月4日提交。']);
  // The batch path writes the same deadline.
  const [line] = m.validateMany('scitech-acceptance-extension', JSON.stringify(b4) + '\n', { asOf: '2026-09-28' });
  assert.deepEqual(line.deadlines[0], m.validate('scitech-acceptance-extension', b4, { asOf: '2026-09-28' }).deadlines[0]);
  assert.equal(line.deadlines[0].actBy, '2026-09-30');
});

test('C3: the next assessment rolls off rest days and `overdue` fires exactly after the date shown', () => {
  const s = base('mlps-assessment');
  const cases = [['2023-06-30', '2024-07-01'], ['2024-10-01', '2025-10-09'], ['2025-06-30', '2026-06-30']];
  for (const [last, due] of cases) {
    const sub = { ...s, lastAssessmentDate: last };
    assert.equal(m.deadlines('mlps-assessment', sub, { asOf: '2026-01-05' })[0].due, due, last);
  }
  // Every last assessment of 2022–2025: on the due day shown no overdue, the next day overdue.
  for (let last = '2022-01-01'; last <= '2025-12-31'; last = dayAfter(last)) {
    const sub = { ...s, lastAssessmentDate: last };
    const due = m.deadlines('mlps-assessment', sub, { asOf: last })[0].due;
    const on = m.validate('mlps-assessment', sub, { asOf: due, fields: ['/lastAssessmentDate'] });
    assert.ok(!on.issues.some((i) => i.code === 'mlps_assessment.overdue'), `${last}: overdue on its due day ${due}`);
    const after = m.validate('mlps-assessment', sub, { asOf: dayAfter(due), fields: ['/lastAssessmentDate'] });
    assert.ok(after.issues.some((i) => i.code === 'mlps_assessment.overdue'), `${last}: not overdue the day after ${due}`);
    assert.equal(m.isWorkday(due), true, `${last}: due ${due} is a rest day`);
  }
});

test('a late duty is a warning that says how to file; a late right stays an error', () => {
  const duties = [
    ['mlps-filing', '2026-10-13', 'mlps_filing.late', /逾期仍须备案，请尽快提交，并在备案材料中说明逾期原因/],
    ['mlps-filing-change', '2026-10-16', 'mlps_filing_change.late', /逾期仍须办理，请尽快提交，并在申请中说明逾期原因/],
    ['mlps-assessment', '2026-07-01', 'mlps_assessment.overdue', /已超过等级测评期限.*请尽快完成本次测评，并向公安机关说明逾期原因/],
    ['scitech-project-acceptance', '2026-10-01', 'scitech_acceptance.late', /已超过申请验收期限.*逾期仍须验收，请尽快提交验收申请，并说明逾期原因/],
  ];
  for (const [type, asOf, code, words] of duties) {
    const r = m.validate(type, base(type), { asOf });
    const issue = r.issues.find((i) => i.code === code);
    assert.ok(issue, `${type}: ${code}`);
    assert.equal(issue.severity, 'warning', code);
    assert.match(issue.message, words);
    assert.equal(r.valid, true, `${type}: the late filing can still be submitted`);
    assert.equal(m.rules(type).find((x) => x.code === code).severity, 'warning');
    const en = m.validate(type, base(type), { asOf, locale: 'en' }).issues.find((i) => i.code === code);
    assert.match(en.message, /at once/);
  }
  // A2: the right to ask for review within 5 working days (23号 第十条) lapses.
  const a2 = { ...base('enforcement-supervision-review') };
  a2.decision = { ...a2.decision, receivedDate: '2026-09-28' };
  const late = m.validate('enforcement-supervision-review', a2, { asOf: '2026-10-11' });
  assert.equal(late.issues.find((i) => i.code === 'supervision_review.late').severity, 'error');
  assert.equal(late.valid, false);
});

test('the order of steps: nothing dated after the submission it precedes', () => {
  // B2: 经归口管理单位同意后 (42号 第二十一条).
  const b2 = base('scitech-project-change');
  b2.supervisingUnit = { ...b2.supervisingUnit, agreedDate: '2026-05-07' };
  const r = m.validate('scitech-project-change', b2, { asOf: '2026-05-06' });
  const i = r.issues.find((x) => x.code === 'scitech_change.agreed_after_submission');
  assert.equal(i.path, '/supervisingUnit/agreedDate');
  assert.equal(i.citation.article, '第二十一条');
  assert.match(i.message, /同意日期2026年5月7日晚于报送日期（2026年5月6日）/);
  // C1: 专家评审 → 主管部门核准 → 备案 (43号 三（一）1).
  const c1 = base('mlps-filing');
  c1.expertReview = { held: true, date: '2026-10-08' };
  c1.authorityApproval = { ...c1.authorityApproval, date: '2026-10-09' };
  const codes = m.validate('mlps-filing', c1, { asOf: '2026-09-30' }).issues.map((x) => `${x.code}@${x.path}`);
  assert.ok(codes.includes('mlps_filing.review_after_filing@/expertReview/date'), codes);
  assert.ok(codes.includes('mlps_filing.approval_after_filing@/authorityApproval/date'), codes);
  // D2: a committed start before the application (27号 一、二（一）).
  const d2 = { ...base('simulated-approval'), plannedStartDate: '2023-05-31', supplementDate: '2023-05-31' };
  const start = m.validate('simulated-approval', d2, { asOf: '2023-06-01' }).issues.find((x) => x.code === 'simulated_approval.start_before_application');
  assert.equal(start.severity, 'error');
  assert.equal(start.citation.article, '二（一）');
});

test('A3: the complaint track needs the supervision notice; active supervision (第八条) does not', () => {
  const a3 = base('enforcement-supervision-decision');
  delete a3.notice;
  const complaint = m.validate('enforcement-supervision-decision', a3, { asOf: '2023-07-20' });
  const missing = complaint.issues.find((i) => i.code === 'supervision_decision.notice_missing');
  assert.equal(missing.citation.article, '第九条（三）（四）');
  assert.equal(complaint.valid, false);
  const active = m.validate('enforcement-supervision-decision', { ...a3, track: 'active', activeMethod: 'case_file_review' }, { asOf: '2023-07-20' });
  assert.equal(active.valid, true, JSON.stringify(active.issues));
  assert.equal(active.issues.find((i) => i.code === 'supervision_decision.active_supervision').citation.article, '第八条');
  const schema = m.schema('enforcement-supervision-decision');
  assert.ok(schema.required.includes('track'));
  assert.deepEqual(schema.properties.track.oneOf.map((o) => o.const), ['complaint', 'active']);
});

test('B3: an approved postponement is the deadline shown, citing 第二十五条', () => {
  const b3 = { ...base('scitech-project-acceptance'), completionDate: '2026-04-03', extendedUntil: '2026-12-31' };
  const ds = m.deadlines('scitech-project-acceptance', b3, { asOf: '2026-10-09' });
  assert.deepEqual(ds.map((d) => d.id), ['acceptance_application_extended']);
  assert.equal(ds[0].due, '2026-12-31');
  assert.equal(ds[0].citation.article, '第二十五条');
  assert.match(ds[0].rule, /经批准延期验收至2026年12月31日（星期四）（第二十五条）.*原期限.*至2026年10月8日/);
  const late = m.validate('scitech-project-acceptance', b3, { asOf: '2027-01-04' }).issues.find((i) => i.code === 'scitech_acceptance.late');
  assert.equal(late.path, '/extendedUntil');
  assert.match(late.message, /最迟应于2026年12月31日申请验收/);
});

test('every document: a submission before its first day in force is warned, citing what sets that day', () => {
  for (const t of m.applicationTypes()) {
    const listed = m.rules(t.id).find((r) => r.code === 'document.not_yet_in_force');
    assert.ok(listed, `${t.id}: rules() lacks document.not_yet_in_force`);
    assert.equal(listed.citation.document, t.document.number);
    const before = dayBefore(t.document.inForceFrom);
    const w = m.validate(t.id, {}, { asOf: before }).issues.find((i) => i.code === 'document.not_yet_in_force');
    assert.ok(w, `${t.id} on ${before}`);
    assert.equal(w.severity, 'warning');
    assert.deepEqual(w.citation, listed.citation);
    assert.ok(!m.validate(t.id, {}, { asOf: t.document.inForceFrom }).issues.some((i) => i.code === 'document.not_yet_in_force'), t.id);
  }
  const c1 = m.rules('mlps-filing').find((r) => r.code === 'document.not_yet_in_force').citation;
  assert.deepEqual([c1.article, c1.text], ['落款', '晋城市人民政府办公室 2021年11月22日']);
  assert.equal(m.rules('free-seal-carving').find((r) => r.code === 'document.not_yet_in_force').citation.article, '一');
});
