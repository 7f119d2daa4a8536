// validate, deadlines, schema, rules and applicationTypes through the built package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { caseFiles, patch } from './cases.mjs';

const require = createRequire(import.meta.url);
const m = require('../pkg');
// The case files are named after the catalogue codes (A1-…, B1-…): their order is the catalogue's.
const TYPES = caseFiles.map((f) => f.type);

test('applicationTypes lists every type of the catalogue, in order, with its document and dates in force', () => {
  const types = m.applicationTypes();
  assert.deepEqual(types.map((t) => t.id), TYPES);
  assert.deepEqual(types.map((t) => t.code), caseFiles.map((f) => f.file.slice(0, 2)));
  const a2 = types.find((t) => t.id === 'enforcement-supervision-review');
  assert.deepEqual(a2.document, { number: '晋市政发〔2021〕23号', title: '晋城市行政执法监督暂行办法', issued: '2021-11-15', inForceFrom: '2021-12-01', inForceUntil: '2023-11-30' });
  assert.deepEqual(types.find((t) => t.id === 'scitech-project-change').document.inForceUntil, '2026-12-01');
  assert.deepEqual(types.find((t) => t.id === 'free-seal-carving').document, { number: '晋市审管发〔2021〕30号', title: '关于实行新开办企业免费刻制印章措施的通知', issued: '2021-06-30', inForceFrom: '2021-07-01', inForceUntil: null });
  assert.ok(a2.articles.includes('第十条'));
  assert.equal(m.applicationTypes('en')[0].title, 'Request, complaint or report for enforcement supervision');
});

for (const { file, type, base, baseAsOf, cases } of caseFiles) {
  for (const c of cases) {
    test(`${file}: ${c.name} (${c.article})`, () => {
      const submission = patch(base, c.set);
      const before = JSON.stringify(submission);
      const r = m.validate(type, submission, { asOf: c.asOf });
      assert.equal(JSON.stringify(submission), before, 'validate must not change the submission');
      const found = r.issues.map((i) => `${i.code}@${i.path}`);
      if (c.expect.valid !== undefined) assert.equal(r.valid, c.expect.valid, found.join(', '));
      for (const code of c.expect.codes ?? []) assert.ok(found.some((f) => f === code || f.startsWith(`${code}@`)), `expected ${code} in ${found}`);
      for (const code of c.expect.absent ?? []) assert.ok(!found.some((f) => f === code || f.startsWith(`${code}@`)), `${code} must not be in ${found}`);
      for (const code of c.expect.warnings ?? []) {
        assert.ok(r.issues.some((i) => i.severity === 'warning' && (`${i.code}@${i.path}` === code || `${i.code}@${i.path}`.startsWith(`${code}@`))), `expected the warning ${code} in ${found}`);
      }
      for (const code of c.expect.infos ?? []) {
        assert.ok(r.issues.some((i) => i.severity === 'info' && (`${i.code}@${i.path}` === code || `${i.code}@${i.path}`.startsWith(`${code}@`))), `expected the info note ${code} in ${found}`);
      }
      for (const [code, article] of Object.entries(c.expect.citations ?? {})) {
        const i = r.issues.find((x) => x.code === code);
        assert.ok(i, `no ${code}`);
        assert.equal(i.citation?.article, article, `citation of ${code}`);
      }
      for (const id of c.expect.noDeadlines ?? []) assert.ok(!r.deadlines.some((d) => d.id === id), `deadline ${id} must not be shown`);
      // The exact zh-CN message of an issue (`code@path`), where the case is about its wording.
      for (const [at, message] of Object.entries(c.expect.messages ?? {})) {
        assert.equal(r.issues.find((i) => `${i.code}@${i.path}` === at)?.message, message, at);
      }
      for (const [id, rule] of Object.entries(c.expect.rules ?? {})) assert.equal(r.deadlines.find((x) => x.id === id)?.rule, rule, id);
      for (const [id, want] of Object.entries(c.expect.deadlines ?? {})) {
        const d = r.deadlines.find((x) => x.id === id);
        assert.ok(d, `deadline ${id}`);
        assert.equal(d.due, want.due, d.rule);
        if (want.provisional !== undefined) assert.equal(d.provisional, want.provisional);
        for (const key of ['actBy', 'advice']) if (want[key] !== undefined) assert.equal(d[key], want[key], `${key} of ${id}`);
        assert.deepEqual(m.deadlines(type, submission, { asOf: c.asOf }).find((x) => x.id === id), d);
      }
      for (const i of r.issues) {
        assert.ok(i.message.length > 0 && !i.message.includes('{'), i.message);
        assert.ok(['error', 'warning', 'info'].includes(i.severity));
      }
    });
  }
  test(`${file}: the base submission is valid under the generated JSON Schema too`, () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validateSchema = ajv.compile(m.schema(type));
    assert.ok(validateSchema(base), JSON.stringify(validateSchema.errors));
    assert.equal(m.validate(type, base, { asOf: baseAsOf }).issues.filter((i) => i.severity === 'error').length, 0);
  });
}

test('every schema() is valid under the draft 2020-12 meta-schema (ajv), in both locales', () => {
  const ajv = new Ajv2020({ strict: true, strictRequired: false, validateFormats: true });
  addFormats(ajv);
  for (const id of TYPES) {
    for (const locale of ['zh-CN', 'en']) {
      const s = m.schema(id, locale);
      assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.ok(ajv.validateSchema(s), `${id} ${locale}: ${JSON.stringify(ajv.errors)}`);
      ajv.compile({ ...s, $id: `${s.$id}:${locale}` });
    }
  }
  const a1 = m.schema('enforcement-supervision-request');
  assert.deepEqual(a1.properties.requestKind.oneOf[0], { const: 'application', title: '申请' });
});

test('rules() lists every enforced rule with its citation, per type or all', () => {
  const all = m.rules();
  assert.ok(all.length > 80);
  for (const r of all) {
    assert.ok(TYPES.includes(r.typeId));
    assert.ok(r.citation !== null || r.code === 'mobile.*', `${r.typeId} ${r.code}`);
    assert.ok(r.description.length > 0);
  }
  const a2 = m.rules('enforcement-supervision-review');
  assert.ok(a2.every((r) => r.typeId === 'enforcement-supervision-review'));
  assert.ok(a2.some((r) => r.code === 'supervision_review.late' && r.citation.article === '第十条'));
  assert.ok(a2.some((r) => r.code === 'document.expired' && r.citation.article === '第十九条'));
  assert.equal(m.rules(null, 'en').length, all.length);
  assert.throws(() => m.rules('nope'), (e) => e.code === 'unknown_type');
});

test('English messages', () => {
  const r = m.validate('enforcement-supervision-review', {}, { locale: 'en', asOf: '2023-06-01' });
  const required = r.issues.find((i) => i.code === 'required' && i.path === '/applicant');
  assert.equal(required.message, 'Enter applicant.');
});

test('unknown_type and invalid_options are the only throws', () => {
  for (const id of ['nope', '', 42, null, undefined, {}]) assert.throws(() => m.validate(id, {}), (e) => e.code === 'unknown_type');
  const bad = [5, 'x', [], { locale: 'fr' }, { asOf: '2021-02-30' }, { asOf: 20210101 }, { fields: '/a' }, { fields: ['a'] }, { fields: [1] },
    { serviceHours: '08:00-12:00' }, { serviceHours: [] }, { serviceHours: [['08:00']] }, { serviceHours: [['8:00', '12:00']] }, { serviceHours: [['12:00', '08:00']] }, { serviceHours: [['08:00', '12:00'], ['11:00', '17:00']] }];
  for (const o of bad) {
    assert.throws(() => m.validate('scitech-project-change', {}, o), (e) => e.code === 'invalid_options', JSON.stringify(o));
    assert.throws(() => m.deadlines('scitech-project-change', {}, o), (e) => e.code === 'invalid_options');
  }
  assert.throws(() => m.validate('business-startup', {}, { serviceHours: [['08:00', '25:00']] }), (e) => e.code === 'invalid_options' && e.message.includes('"25:00"'));
  assert.throws(() => m.schema('nope'), (e) => e.code === 'unknown_type' && e.message.includes('"nope"'));
});

test('the fields option reports only issues at or under the given pointers', () => {
  const s = { applicant: { kind: 'citizen', residentId: '140525198001010018' } };
  const r = m.validate('enforcement-supervision-request', s, { asOf: '2023-06-01', fields: ['/applicant/residentId'] });
  assert.deepEqual(r.issues.map((i) => i.code), ['resident_id.check_digit']);
  assert.match(r.issues[0].message, /校验不通过/);
});

test('asOf defaults to today in China time, whatever the machine time zone', () => {
  const script = `const m = require('./pkg');
    const china = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
    const s = { completionDeadline: '2026-03-31' };
    const a = m.validate('scitech-acceptance-extension', s), b = m.validate('scitech-acceptance-extension', s, { asOf: china });
    process.stdout.write(String(JSON.stringify(a) === JSON.stringify(b)));`;
  for (const TZ of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
    const out = execFileSync(process.execPath, ['-e', script], { cwd: new URL('..', import.meta.url), env: { ...process.env, TZ } }).toString();
    assert.equal(out, 'true', TZ);
  }
});

test('validate: the facade (one JSON string each way, citations by number) gives what the full export gives', () => {
  const full = require('../pkg/node/jincheng.js');
  const call = (f, ...a) => { try { return f(...a); } catch (e) { return `throws ${e.code}`; } };
  const cyclic = {}; cyclic.self = cyclic;
  const deep = JSON.parse('['.repeat(5000) + ']'.repeat(5000));
  const optionSets = [undefined, null, {}, { asOf: '2026-03-02' }, { locale: 'en', asOf: '2021-12-15' }, { locale: 'zh-CN' },
    { asOf: '2026-02-30' }, { asOf: 20260302 }, { locale: 'fr' }, { fields: ['/caseNumber'], asOf: '2026-03-02' }, [], 'x',
    { get asOf() { throw new Error('getter'); } }];
  let compared = 0;
  for (const { type, base, cases } of caseFiles) {
    const submissions = [base, ...cases.map((c) => patch(base, c.set)), null, undefined, 42, 'text', [], {}, cyclic, deep, { a: 1n }, () => 1];
    for (const s of submissions) {
      for (const [k, o] of optionSets.entries()) {
        const a = call(m.validate, type, s, o);
        const b = call(full.validate, type, s, o);
        // "today" differs only if the day turns between the two calls.
        assert.deepEqual(a, b, `${type}, options #${k}`);
        compared++;
      }
    }
  }
  assert.deepEqual(call(m.validate, 'no-such-type', {}, {}), 'throws unknown_type');
  assert.ok(compared > 1000);
  // Each call gets its own citation objects: changing one changes no later report.
  const t = caseFiles[0];
  const r1 = m.validate(t.type, {}, { asOf: '2023-01-01' });
  const cited = r1.issues.find((i) => i.citation);
  cited.citation.text = 'changed';
  const r2 = m.validate(t.type, {}, { asOf: '2023-01-01' });
  assert.notEqual(r2.issues.find((i) => i.code === cited.code && i.path === cited.path).citation.text, 'changed');
});
