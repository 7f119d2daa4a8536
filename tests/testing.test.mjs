// jincheng-rules/testing against pkg/ (both Node builds and the browser AssertionError): what
// assertValid and assertIssues compare, how they pair expectations with issues, what they
// throw, and the matchers called as plain functions. The runners themselves:
// tests/testing-runners.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { caseFiles } from './cases.mjs';
import * as esm from '../pkg/testing/node.mjs';
import { AssertionError as BrowserAssertionError } from '../pkg/testing/assertion-error.js';

const require = createRequire(import.meta.url);
const cjs = require('../pkg/testing/node.cjs');
const { validate } = require('../pkg');
const { assertValid, assertIssues, matchers } = esm;

const b4 = caseFiles.find((f) => f.type === 'scitech-acceptance-extension');
const TYPE = b4.type;
const asOf = b4.baseAsOf;
const { projectNumber, projectName, ...twoMissing } = b4.base;
const withWarning = { ...b4.base, extra: 1 };

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail('expected a throw');
}

test('assertValid: the report when valid; warnings allowed; else node:assert\'s AssertionError, one line per error', () => {
  assert.equal(assertValid(TYPE, b4.base, { asOf }).valid, true);
  assert.equal(assertValid(TYPE, withWarning, { asOf }).issues[0].code, 'unknown_field');
  for (const api of [esm, cjs]) {
    const e = thrown(() => api.assertValid(TYPE, twoMissing, { asOf }));
    assert.ok(e instanceof assert.AssertionError, 'node:assert\'s class, in both builds');
    assert.equal(e.code, 'ERR_ASSERTION');
    assert.equal(e.generatedMessage, false);
    assert.equal(e.operator, 'assertValid');
    assert.equal(e.message, [
      `expected a valid ${TYPE} submission, got 2 errors:`,
      '  /projectNumber  required  请填写项目编号。',
      '  /projectName  required  请填写项目名称。',
    ].join('\n'));
    assert.deepEqual(e.actual, ['required at /projectName', 'required at /projectNumber']);
    assert.deepEqual(e.expected, []);
    assert.equal(e.report.valid, false);
    assert.ok(!Object.keys(e).includes('report'), 'the report is not enumerable: runners print the enumerable properties');
    assert.match(e.stack.split('\n')[3], /testing\.test\.mjs/, 'the stack starts at the caller');
  }
  const en = thrown(() => assertValid(TYPE, twoMissing, { asOf, locale: 'en' }));
  assert.match(en.message, /\n {2}\/projectNumber {2}required {2}Enter project number\.\n/);
});

test('assertIssues: the exact multiset of errors and warnings, in any order, codes or objects', () => {
  assertIssues(TYPE, twoMissing, ['required', 'required'], { asOf });
  assertIssues(TYPE, twoMissing, [{ path: '/projectName' }, { code: 'required', path: '/projectNumber', severity: 'error' }], { asOf });
  assertIssues(TYPE, b4.base, [], { asOf });
  assertIssues(TYPE, withWarning, [{ code: 'unknown_field', path: '/extra', severity: 'warning' }], { asOf });
  // One expectation pairs with one issue: a duplicate issue is unexpected, a duplicate expectation missing.
  const one = thrown(() => assertIssues(TYPE, twoMissing, ['required'], { asOf }));
  assert.match(one.message, /\(0 missing, 1 unexpected\)/);
  assert.deepEqual(one.actual, ['required', 'required at /projectName']);
  assert.deepEqual(one.expected, ['required']);
  const three = thrown(() => assertIssues(TYPE, twoMissing, ['required', 'required', 'required'], { asOf }));
  assert.match(three.message, /\(1 missing, 0 unexpected\)\nmissing:\n {2}required$/);
  // Warnings are compared: a clean submission is assertIssues(type, s, []).
  const warned = thrown(() => assertIssues(TYPE, withWarning, [], { asOf }));
  assert.match(warned.message, /unexpected:\n {2}\/extra {2}unknown_field \(warning\) {2}\S/);
  assert.deepEqual(warned.actual, ['unknown_field at /extra (warning)']);
});

test('assertIssues: a loose expectation does not take the issue a specific one needs (whatever the order)', () => {
  const loose = 'required';
  const specific = { code: 'required', path: '/projectName' };
  assertIssues(TYPE, twoMissing, [loose, specific], { asOf });
  assertIssues(TYPE, twoMissing, [specific, loose], { asOf });
  const e = thrown(() => assertIssues(TYPE, twoMissing, [loose, { code: 'required', path: '/nothing' }], { asOf }));
  // The diff lines up: each issue as short as the expectation it met.
  assert.deepEqual(e.actual, ['required', 'required at /projectName']);
  assert.deepEqual(e.expected, ['required', 'required at /nothing']);
  assert.match(e.message, /missing:\n {2}required at \/nothing\nunexpected:\n {2}\/projectName {2}required {2}请填写项目名称。$/);
});

test('assertIssues: info notes only with options.info; "" shown for the whole submission', () => {
  const a2 = caseFiles.find((f) => f.type === 'enforcement-supervision-review');
  const notes = validate(a2.type, a2.base, { asOf: a2.baseAsOf }).issues;
  assert.ok(notes.length >= 2 && notes.every((i) => i.severity === 'info'), 'the case has info notes only');
  assertIssues(a2.type, a2.base, [], { asOf: a2.baseAsOf });
  const e = thrown(() => assertIssues(a2.type, a2.base, [], { asOf: a2.baseAsOf, info: true }));
  const root = notes.find((i) => i.path === '');
  assert.ok(e.message.includes(`\n  ""  ${root.code} (info)  ${root.message}`), e.message);
  assert.ok(e.actual.includes(`${root.code} at "" (info)`));
  assertIssues(a2.type, a2.base, notes.map(({ code, path }) => ({ code, path })), { asOf: a2.baseAsOf, info: true });
});

test('misuse is a TypeError naming the fault; validate\'s own errors pass through', () => {
  assert.throws(() => assertIssues(TYPE, b4.base, 'required'), (e) => e instanceof TypeError && /must be an array/.test(e.message));
  assert.throws(() => assertIssues(TYPE, b4.base, [{ kode: 'required' }]), (e) => e instanceof TypeError && /expected\[0\]: unknown key kode/.test(e.message));
  assert.throws(() => assertIssues(TYPE, b4.base, [{}]), /expected\[0\]: an expectation needs a code, a path or a severity/);
  assert.throws(() => assertIssues(TYPE, b4.base, [7]), /expected\[0\]: expected an issue code or/);
  assert.throws(() => matchers.toHaveIssue({ issues: [] }, { code: 'required' }, '/x'), /give the path inside the object/);
  assert.throws(() => matchers.toHaveIssue(b4.base, 'required'), /expect\(\) takes a report with issues/);
  assert.throws(() => assertValid('no-such-type', {}), (e) => e.code === 'unknown_type');
  assert.throws(() => assertIssues(TYPE, {}, [], { asOf: 'soon' }), (e) => e.code === 'invalid_options');
});

test('the matchers as plain functions: pass and a message both ways', () => {
  const ok = matchers.toBeValidFor(b4.base, TYPE, { asOf });
  assert.equal(ok.pass, true);
  assert.equal(ok.message(), `expect(submission).toBeValidFor(typeId)\n\nExpected: not valid for "${TYPE}"\nReceived: no error`);
  const bad = matchers.toBeValidFor(twoMissing, TYPE, { asOf });
  assert.equal(bad.pass, false);
  assert.match(bad.message(), /Received: 2 errors\n {2}\/projectNumber {2}required {2}请填写项目编号。\n {2}\/projectName/);
  const report = validate(TYPE, twoMissing, { asOf });
  assert.equal(matchers.toHaveIssue(report, 'required').pass, true);
  assert.equal(matchers.toHaveIssue(report, 'required', '/projectName').pass, true);
  assert.equal(matchers.toHaveIssue(report, 'required', '/other').pass, false);
  assert.equal(matchers.toHaveIssue(report, { severity: 'warning' }).pass, false);
  assert.match(matchers.toHaveIssue(report, 'required', '/other').message(), /Expected: an issue "required at \/other"\nReceived: 2 issues\n {2}\/projectNumber/);
  // In a runner, `this` is its matcher context: .not and its utils.
  const context = { isNot: true, promise: '', utils: { matcherHint: (n, r, e, o) => `${o.isNot ? 'NOT ' : ''}${n}`, printExpected: (v) => `<${v}>`, printReceived: (v) => `[${v}]` } };
  assert.equal(matchers.toHaveIssue.call(context, report, 'required', '/projectName').message(), 'NOT toHaveIssue\n\nExpected: no issue <required at /projectName>\nReceived:\n  /projectName  required  请填写项目名称。');
});

test('in a browser the same shape: name, code, actual, expected, operator, a stack from the caller', () => {
  function assertSomething() {
    throw new BrowserAssertionError({ message: 'm', actual: ['a'], expected: [], operator: 'assertSomething', stackStartFn: assertSomething });
  }
  const e = thrown(assertSomething);
  assert.ok(e instanceof Error);
  assert.deepEqual({ name: e.name, code: e.code, message: e.message, actual: e.actual, expected: e.expected, operator: e.operator, generatedMessage: e.generatedMessage },
    { name: 'AssertionError', code: 'ERR_ASSERTION', message: 'm', actual: ['a'], expected: [], operator: 'assertSomething', generatedMessage: false });
  assert.doesNotMatch(e.stack.split('\n')[1], /assertSomething/);
});
