// jincheng-rules/adapters against the real libraries: async-validator (the engine of
// Element Plus and Ant Design Vue forms) and react-hook-form (createFormControl, no React
// rendering needed). The built package (pkg/) is passed in as the portal would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AsyncValidator from 'async-validator';
import { createFormControl } from 'react-hook-form';
import * as jincheng from '../pkg/node/index.mjs';
import { asyncValidatorRules, jinchengResolver } from '../pkg/adapters/index.js';
import { caseFiles } from './cases.mjs';

// async-validator is CommonJS with a default export.
const Schema = AsyncValidator.default ?? AsyncValidator;
const A2 = caseFiles.find((f) => f.type === 'enforcement-supervision-review');
const base = () => structuredClone(A2.base);
const asOf = A2.baseAsOf;

/** Validate a whole model with async-validator; the errors by field. */
async function avValidate(rules, model) {
  try {
    await new Schema(rules).validate(model, { suppressWarning: true });
    return {};
  } catch (e) {
    if (!e.fields) throw e;
    return Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k, v.map((x) => x.message)]));
  }
}

test('async-validator: a valid model passes; every declared field has a rule', async () => {
  const rules = asyncValidatorRules(jincheng, A2.type, { asOf });
  assert.ok(Object.keys(rules).includes('applicant.contact.name'));
  assert.ok(Object.keys(rules).includes('decision.receivedDate'));
  assert.deepEqual(await avValidate(rules, base()), {});
});

// A1: the resident ID is required only when the applicant is a citizen, the credit code
// only for a legal person or other organization: requirements across fields.
const A1 = caseFiles.find((f) => f.type === 'enforcement-supervision-request');
const a1 = () => structuredClone(A1.base);

test('async-validator: a requirement that depends on another field reaches its field', async () => {
  const rules = asyncValidatorRules(jincheng, A1.type, { asOf: A1.baseAsOf });
  const model = a1();
  delete model.applicant.residentId;
  assert.deepEqual(Object.keys(await avValidate(rules, model)), ['applicant.residentId']);
  // Another kind of applicant: the ID is no longer needed, the credit code is.
  model.applicant.kind = 'legal_person';
  assert.deepEqual(Object.keys(await avValidate(rules, model)), ['applicant.creditCode']);
});

test('async-validator: a missing group goes to its first field; unknown keys are never reported; labels and suggestions', async () => {
  const rules = asyncValidatorRules(jincheng, A2.type, { asOf, labels: { '/applicant/contact/name': '联系人姓名' } });
  const model = base();
  delete model.decision;
  model.email = 'li@example.cn';
  model.applicant.contact = { mobile: '１３９０３５６０００１' };
  const errors = await avValidate(rules, model);
  assert.ok(errors['decision.number'], JSON.stringify(errors));
  assert.equal(errors.email, undefined);
  assert.deepEqual(errors['applicant.contact.name'], ['请填写联系人姓名。']);
  // The error object carries the corrected value.
  let got;
  rules['applicant.contact.mobile'][0].validator({}, undefined, (e) => { got = e; }, model);
  assert.equal(got[0].suggestion, '13903560001');
});

test('async-validator, Element Plus style: one field at a time, the whole model from options.model', async () => {
  const model = a1();
  delete model.applicant.residentId;
  const rules = asyncValidatorRules(jincheng, A1.type, { asOf: A1.baseAsOf, model: () => model, trigger: 'blur' });
  const one = (prop) => new Schema({ [prop]: rules[prop] }).validate({ [prop]: undefined }, { suppressWarning: true }).then(() => [], (e) => e.errors.map((x) => x.message));
  assert.deepEqual(await one('applicant.residentId'), ['请填写公民身份号码。']);
  assert.deepEqual(await one('applicant.name'), []);
  assert.equal(rules['applicant.name'][0].trigger, 'blur');
  // List items answer by index (Element Plus props such as "supervisors.0.name").
  assert.ok('supervisors.0.name' in rules && Array.isArray(rules['supervisors.0.name']));
});

test('async-validator: a code table maps the portal codes; a code that does not map is an error at that field', async () => {
  const fields = { '/applicant/kind': { name: 'dw_lb', values: { 1: 'enforcement_agency', 2: 'authorized_organization', 3: 'citizen_or_organization' } }, '/applicant/creditCode': 'xydm' };
  const rules = asyncValidatorRules(jincheng, A2.type, { asOf, fields });
  const model = base();
  model.dw_lb = '1';
  model.xydm = model.applicant.creditCode;
  delete model.applicant.kind;
  delete model.applicant.creditCode;
  const all = { ...rules, dw_lb: rules.dw_lb, xydm: rules.xydm };
  assert.deepEqual(await avValidate(all, model), {});
  model.dw_lb = '9';
  const errors = await avValidate(all, model);
  assert.match(errors.dw_lb[0], /选项“9”无法识别/);
  // A requirement across renamed fields: kind 2 (a legal person) needs the credit code.
  const codes = { 1: 'citizen', 2: 'legal_person', 3: 'other_org' };
  const renamed = asyncValidatorRules(jincheng, A1.type, { asOf: A1.baseAsOf, fields: { '/applicant/kind': { name: 'dw_lb', values: codes }, '/applicant/creditCode': 'xydm' } });
  const m1 = a1();
  delete m1.applicant.kind;
  m1.dw_lb = '2';
  assert.deepEqual(Object.keys(await avValidate({ ...renamed, dw_lb: renamed.dw_lb, xydm: renamed.xydm }, m1)), ['xydm']);
});

test('react-hook-form resolver: valid values pass through, errors nested by path with their code', async () => {
  const resolver = jinchengResolver(jincheng, A2.type, { asOf });
  const ok = await resolver(base(), undefined, {});
  assert.deepEqual(ok.errors, {});
  assert.deepEqual(ok.values, base());
  const v = base();
  v.applicant.contact.mobile = '139 0356 0001';
  delete v.applicant.contact.name;
  const bad = await resolver(v, undefined, { criteriaMode: 'all' });
  assert.deepEqual(bad.values, {});
  assert.deepEqual(bad.errors.applicant.contact.name, { type: 'required', message: '请填写联系人。', types: { required: '请填写联系人。' } });
  assert.equal(bad.errors.applicant.contact.mobile.suggestion, '13903560001');
  // A warning (a credit code that is not an organ's) does not block.
  const w = base();
  w.applicant.creditCode = '91140500MA1RGX1820';
  assert.deepEqual((await resolver(w, undefined, {})).errors, {});
});

test('react-hook-form (createFormControl, the real library): handleSubmit blocks on errors; changing another field fixes one', async () => {
  const values = a1();
  delete values.applicant.residentId;
  const form = createFormControl({ defaultValues: values, resolver: jinchengResolver(jincheng, A1.type, { asOf: () => A1.baseAsOf }) });
  form.register('applicant.kind');
  form.register('applicant.residentId');
  let submitted = null;
  let invalid = null;
  await form.handleSubmit((d) => { submitted = d; }, (e) => { invalid = e; })();
  assert.equal(submitted, null);
  assert.equal(invalid.applicant.residentId.message, '请填写公民身份号码。');
  assert.equal(await form.trigger('applicant.residentId'), false);
  form.setValue('applicant.kind', 'legal_person');
  form.setValue('applicant.creditCode', '91140500MA1RGX1820');
  assert.equal(await form.trigger('applicant.residentId'), true, 'fixed by changing another field');
  await form.handleSubmit((d) => { submitted = d; })();
  assert.equal(submitted.applicant.kind, 'legal_person');
  // Lists of groups come back as arrays of errors.
  const A3 = caseFiles.find((f) => f.type === 'enforcement-supervision-decision');
  const list = structuredClone(A3.base);
  list.supervisors[1].name = '';
  const r = await jinchengResolver(jincheng, A3.type, { asOf: A3.baseAsOf })(list, undefined, {});
  assert.ok(Array.isArray(r.errors.supervisors) && r.errors.supervisors[1].name.message, JSON.stringify(r.errors));
});

test('adapters take the package or its validate; anything else is a clear error', () => {
  assert.throws(() => jinchengResolver({}, A2.type), /jincheng-rules module/);
  const bare = jinchengResolver(jincheng.validate, A2.type, { asOf });
  return bare(base()).then((r) => assert.deepEqual(r.errors, {}));
});
