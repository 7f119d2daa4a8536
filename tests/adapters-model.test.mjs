// jincheng-rules/adapters on the shared mapping and the core's form model, against the real
// libraries in Node: async-validator (Element Plus's engine, with a stand-in for the
// <el-form> ref: what Element Plus exposes of it), react-hook-form (createFormControl) and
// Standard Schema v1. The same options everywhere; mistakes are coded errors at creation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AsyncValidator from 'async-validator';
import { createFormControl } from 'react-hook-form';
import * as jincheng from '../pkg/node/index.mjs';
import { asyncValidatorRules, jinchengResolver, standardSchema } from '../pkg/adapters/index.js';
import { caseFiles } from './cases.mjs';

const Schema = AsyncValidator.default ?? AsyncValidator;
const C1 = caseFiles.find((f) => f.type === 'mlps-filing');
const B4 = caseFiles.find((f) => f.type === 'scitech-acceptance-extension');
const A3 = caseFiles.find((f) => f.type === 'enforcement-supervision-decision');
const E1 = caseFiles.find((f) => f.type === 'business-startup');

const yn = { Y: true, N: false };
const MLPS = {
  '/operator/name': 'dwmc', '/operator/creditCode': 'xydm', '/network/level': { name: 'dj', values: { L1: '1', L2: '2', L3: '3', L4: '4', L5: '5' } },
  '/network/levelDeterminedDate': 'dj_rq', '/expertReview/held': { name: 'zjps', values: yn }, '/expertReview/date': 'ps_rq',
  '/hasIndustryAuthority': { name: 'zgbm', values: yn }, '/authorityApproval/approved': { name: 'hz', values: yn }, '/authorityApproval/date': 'hz_rq',
};
/** C1's valid base in the portal's own names (the rest at the package's paths). */
function mlpsModel() {
  const b = structuredClone(C1.base);
  return {
    dwmc: b.operator.name, xydm: b.operator.creditCode, operator: { contact: b.operator.contact }, network: { name: b.network.name },
    dj: 'L3', dj_rq: b.network.levelDeterminedDate, zjps: 'Y', ps_rq: b.expertReview.date, zgbm: 'Y',
    authorityApproval: { authorityName: b.authorityApproval.authorityName }, hz: 'Y', hz_rq: b.authorityApproval.date, yx: 'sun@example.cn',
  };
}
const B4_FIELDS = { '/projectNumber': 'xmbh', '/completionDeadline': 'wcsx', '/requestedUntil': 'yqz', '/previousExtensions': 'yqcs' };
function b4Model() {
  const { projectNumber, completionDeadline, requestedUntil, previousExtensions, ...rest } = structuredClone(B4.base);
  return { ...rest, xmbh: projectNumber, wcsx: completionDeadline, yqz: requestedUntil, yqcs: String(previousExtensions), email: 'a@example.cn' };
}

async function avValidate(rules, model, keys = Object.keys(rules)) {
  try {
    await new Schema(Object.fromEntries(keys.map((k) => [k, rules[k]]))).validate(model, { suppressWarning: true });
    return {};
  } catch (e) {
    if (!e.fields) throw e;
    return Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v.map((x) => x.message)]));
  }
}
const codeOf = (f) => {
  try {
    f();
  } catch (e) {
    return `${e.code}: ${e.message}`;
  }
  return null;
};

test('mistakes are coded errors when the adapter is created, naming them: a pointer the type lacks, a malformed asOf or locale, a bad code table', () => {
  for (const make of [asyncValidatorRules, jinchengResolver, standardSchema]) {
    assert.match(codeOf(() => make(jincheng, B4.type, { fields: { '/projectNumbr': 'xmbh' } })), /^invalid_options: .*"\/projectNumbr".*not a field of scitech-acceptance-extension/);
    assert.match(codeOf(() => make(jincheng, B4.type, { labels: { '/projectNam': '名称' } })), /^invalid_options: .*options\.labels.*"\/projectNam"/);
    assert.match(codeOf(() => make(jincheng, B4.type, { asOf: '2026-02-30' })), /^invalid_options: .*options\.asOf.*"2026-02-30"/);
    assert.match(codeOf(() => make(jincheng, B4.type, { locale: 'zh' })), /^invalid_options: .*options\.locale/);
    assert.match(codeOf(() => make(jincheng, C1.type, { fields: { '/hasIndustryAuthority': { name: 'zgbm', values: { Y: {} } } } })), /^invalid_options: .*values\["Y"\]/);
    assert.match(codeOf(() => make(jincheng, A3.type, { fields: { '/supervisors/*/name': 'renyuan.xm' } })), /^invalid_options: .*"\*"/);
    assert.match(codeOf(() => make(jincheng, 'no-such-type', {})), /^unknown_type/);
  }
  // Functions are read at each check: asOf giving a malformed date is an error of that check.
  assert.equal(codeOf(() => jinchengResolver(jincheng, B4.type, { asOf: () => 'soon', locale: () => 'en' })), null);
});

test('async-validator: required (Element Plus asterisks) from the form model; blur for text, change for choices, yes/no and dates', () => {
  const model = {};
  const rules = asyncValidatorRules(jincheng, C1.type, { model: () => model, fields: MLPS });
  assert.equal(rules.dwmc[0].required, true);
  assert.equal(rules.dwmc[0].trigger, 'blur');
  assert.equal(rules.dj[0].trigger, 'change');
  assert.equal(rules.dj_rq[0].trigger, 'change');
  assert.equal(rules.zgbm[0].trigger, 'change');
  assert.equal(rules['operator.contact.mobile'][0].trigger, 'blur');
  // An optional group nobody touched requires nothing; once answered, its own required fields are.
  assert.equal(rules.zjps[0].required, false);
  model.ps_rq = '2026-09-10';
  assert.equal(rules.zjps[0].required, true);
  // The portal's own field: no rule says it is required.
  assert.equal(rules.yx[0].required, false);
  // Every mapped name is a key (Element Plus reads rules by prop).
  for (const name of ['dwmc', 'xydm', 'dj', 'zjps', 'hz_rq']) assert.ok(Object.keys(rules).includes(name), name);
});

test('code tables with booleans and integers; the whole valid model passes; a code that does not map is an error at its field', async () => {
  const model = mlpsModel();
  const rules = asyncValidatorRules(jincheng, C1.type, { model: () => model, fields: MLPS, asOf: C1.baseAsOf });
  assert.deepEqual(await avValidate(rules, model), {});
  model.zgbm = 'X';
  assert.match((await avValidate(rules, model)).zgbm[0], /选项“X”无法识别/);
  // An integer field typed as text by a control ("0") reaches the package as a number.
  const r = await jinchengResolver(jincheng, B4.type, { fields: B4_FIELDS, asOf: B4.baseAsOf })(b4Model(), undefined, {});
  assert.deepEqual(r.errors, {});
});

test('async-validator with the <el-form> ref: labels from its form items, control-less errors block $validate and reach onReport unplaced, dependents re-validated', async () => {
  const model = mlpsModel();
  delete model.network; // 系统名称 has no form item on this page
  const validated = [];
  const reports = [];
  const fieldsOnPage = ['dwmc', 'xydm', 'dj', 'dj_rq', 'zjps', 'ps_rq', 'zgbm', 'hz', 'hz_rq'];
  const form = {
    $props: { model },
    fields: fieldsOnPage.map((prop) => ({ prop, label: prop === 'hz_rq' ? '批准日期：' : prop === 'ps_rq' ? '评审日期' : '' })),
    validate: async () => { const e = await avValidate(rules, model, fieldsOnPage); if (Object.keys(e).length) throw e; return true; },
    validateField: async (props) => { validated.push(...props); return avValidate(rules, model, props); },
  };
  const rules = asyncValidatorRules(jincheng, C1.type, { form: () => form, fields: MLPS, asOf: C1.baseAsOf, onReport: (r) => reports.push(r) });
  assert.equal(await rules.$validate(), false, 'the error at /network/name blocks although no form item shows it');
  const loose = reports.at(-1).issues.filter((i) => i.severity === 'error' && !i.placed);
  assert.deepEqual(loose.map((i) => i.name), ['network.name']);
  model.network = { name: '政务云平台' };
  assert.equal(await rules.$validate(), true);
  // A cross-field message: the approval dated before the review, in the page's own label.
  model.hz_rq = '2026-09-05';
  const one = (prop) => avValidate(rules, model, [prop]);
  assert.match((await one('hz_rq')).hz_rq[0], /批准日期/, 'the form item\'s label, not the declared 核准日期');
  // Correcting the review's date: the approval's message is re-validated (and clears).
  model.ps_rq = '2026-09-01';
  assert.deepEqual(await one('ps_rq'), {});
  await new Promise((r) => setTimeout(r, 10));
  assert.ok(validated.includes('hz_rq'), validated.join());
  assert.deepEqual(await one('hz_rq'), {});
});

test('react-hook-form: `*` list mappings at the portal\'s names (field arrays), criteriaMode respected', async () => {
  const fields = { '/supervisors/*/name': 'renyuan.*.xm', '/supervisors/*/certificateNumber': 'renyuan.*.zh' };
  const base = structuredClone(A3.base);
  const values = { ...base, renyuan: base.supervisors.map((s) => ({ xm: s.name, zh: s.certificateNumber })) };
  delete values.supervisors;
  const resolver = jinchengResolver(jincheng, A3.type, { fields, asOf: A3.baseAsOf });
  assert.deepEqual((await resolver(values, undefined, {})).errors, {});
  values.renyuan[1].xm = '';
  const all = await resolver(values, undefined, { criteriaMode: 'all' });
  assert.ok(Array.isArray(all.errors.renyuan), JSON.stringify(all.errors));
  assert.equal(all.errors.renyuan[1].xm.type, 'required');
  assert.deepEqual(Object.keys(all.errors.renyuan[1].xm.types), ['required']);
  assert.equal(all.errors.supervisors, undefined, 'never at the package\'s own name');
  const first = await resolver(values, undefined, { criteriaMode: 'firstError' });
  assert.equal(first.errors.renyuan[1].xm.types, undefined);
  // The pointer ↔ name map, exported.
  assert.equal(resolver.nameOf('/supervisors/0/certificateNumber'), 'renyuan.0.zh');
  assert.equal(resolver.pointerOf('renyuan.4.xm'), '/supervisors/4/name');
  assert.equal(resolver.nameOf('/caseNumber'), 'caseNumber');
  assert.deepEqual(resolver.names, fields);
});

test('react-hook-form (createFormControl): correcting one field clears the stale cross-field message of another (trigger of dependents)', async () => {
  const reports = [];
  let form;
  const resolver = jinchengResolver(jincheng, B4.type, { fields: B4_FIELDS, asOf: () => B4.baseAsOf, form: () => form, onReport: (r) => reports.push(r) });
  form = createFormControl({ defaultValues: { ...b4Model(), yqz: '2026-03-15' }, resolver });
  for (const n of ['xmbh', 'wcsx', 'yqz', 'yqcs']) form.register(n);
  assert.equal(await form.trigger('yqz'), false);
  assert.match(form.getFieldState('yqz').error.message, /晚于原完成时限/);
  form.setValue('wcsx', '2026-03-10', { shouldValidate: true });
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(form.getFieldState('yqz').error, undefined, 'the message at 申请延期至 cleared by correcting 完成时限');
  // Warnings reach the page through onReport, not as errors.
  form.setValue('yqcs', '1', { shouldValidate: true });
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(form.getFieldState('yqcs').error, undefined);
  assert.ok(reports.at(-1).issues.some((i) => i.severity === 'warning' && i.name === 'yqcs'), JSON.stringify(reports.at(-1).issues));
});

test('an optional group left empty is silent in every adapter (E1 without 财务负责人 and 经办人)', async () => {
  const model = structuredClone(E1.base);
  model.financeOfficer = { name: '', residentId: '', mobile: '' };
  delete model.agent;
  const r = await jinchengResolver(jincheng, E1.type, { asOf: E1.baseAsOf })(model, undefined, {});
  assert.equal(r.errors.financeOfficer, undefined, JSON.stringify(r.errors));
  const s = standardSchema(jincheng, E1.type, { asOf: E1.baseAsOf })['~standard'].validate(model);
  assert.ok(!s.issues?.some((i) => i.path[0] === 'financeOfficer'), JSON.stringify(s));
});

test('standardSchema: Standard Schema v1 with the mapping (value, or issues at the model\'s own paths); warnings through onReport', () => {
  const reports = [];
  const schema = standardSchema(jincheng, A3.type, { fields: { '/supervisors/*/name': 'renyuan.*.xm' }, asOf: A3.baseAsOf, onReport: (r) => reports.push(r) });
  const std = schema['~standard'];
  assert.equal(std.version, 1);
  assert.equal(std.vendor, 'jincheng-rules');
  const base = structuredClone(A3.base);
  const model = { ...base, renyuan: base.supervisors.map((s) => ({ xm: s.name })), supervisors: base.supervisors.map((s) => ({ certificateNumber: s.certificateNumber })) };
  assert.deepEqual(std.validate(model), { value: model });
  model.renyuan[1].xm = '';
  const r = std.validate(model);
  assert.deepEqual(r.issues.map((i) => i.path), [['renyuan', 1, 'xm']]);
  assert.equal(typeof r.issues[0].message, 'string');
  assert.equal(reports.length, 2);
  assert.equal(schema.nameOf('/supervisors/3/name'), 'renyuan.3.xm');
  assert.equal(schema.pointerOf('renyuan.3.xm'), '/supervisors/3/name');
  assert.deepEqual(schema.names, { '/supervisors/*/name': 'renyuan.*.xm' });
});
