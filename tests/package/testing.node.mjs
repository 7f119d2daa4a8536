// jincheng-rules/testing under node:test (copied as testing.node.test.mjs into the installed project by tests/package.test.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertValid, assertIssues, matchers } from 'jincheng-rules/testing';
import { validate } from 'jincheng-rules';

const { type, asOf, base } = JSON.parse(process.env.JR_CASE);
const { projectNumber, ...missing } = base;

test('assertValid returns the report of a valid submission and throws for an invalid one', () => {
  assert.equal(assertValid(type, base, { asOf }).valid, true);
  assert.throws(() => assertValid(type, missing, { asOf }), (e) => e instanceof assert.AssertionError && e.code === 'ERR_ASSERTION' && /\n  \/projectNumber  required  请填写/.test(e.message) && e.report.valid === false);
});

test('assertIssues: exactly the expected issues, in any order; missing and unexpected ones are named', () => {
  const issues = validate(type, missing, { asOf }).issues.map(({ code, path, severity }) => ({ code, path, severity }));
  assert.ok(issues.length >= 1);
  assertIssues(type, missing, [...issues].reverse(), { asOf });
  assertIssues(type, missing, issues.map(({ code }) => ({ code })), { asOf });
  assertIssues(type, missing, ['required'], { asOf });
  assert.throws(() => assertIssues(type, missing, [], { asOf }), /unexpected:\n  \/projectNumber  required  /);
  assert.throws(() => assertIssues(type, base, [{ code: 'required', path: '/projectNumber' }], { asOf }), /missing:\n  required at \/projectNumber/);
  assert.throws(() => assertIssues(type, base, [{ kode: 'required' }], { asOf }), /unknown key kode/);
});

test('the matchers answer pass and a message both ways', () => {
  const ok = matchers.toBeValidFor(base, type, { asOf });
  assert.equal(ok.pass, true);
  assert.match(ok.message(), /Expected: not valid for/);
  const bad = matchers.toBeValidFor(missing, type, { asOf });
  assert.equal(bad.pass, false);
  assert.match(bad.message(), /required/);
  const report = validate(type, missing, { asOf });
  assert.equal(matchers.toHaveIssue(report, { code: 'required', path: '/projectNumber', severity: 'error' }).pass, true);
  assert.equal(matchers.toHaveIssue(report, { code: 'required', path: '/other' }).pass, false);
  assert.throws(() => matchers.toHaveIssue('text', { code: 'required' }), /takes a report/);
});
