// jincheng-rules/testing under node:test, as a user writes it (ES module). Run by
// tests/testing-runners.test.mjs; the tests named "fails:" fail on purpose.
import { test } from 'node:test';
import { assertValid, assertIssues } from 'jincheng-rules/testing';

const { type, asOf, base } = JSON.parse(process.env.JR_CASE);
const { projectNumber, ...rest } = base;
const bad = { ...rest, previousExtensions: -1 };

test('passes: assertValid on a valid submission', () => {
  assertValid(type, base, { asOf });
});

test('passes: assertIssues, codes or {code, path}, in any order', () => {
  assertIssues(type, bad, ['range', 'required'], { asOf });
  assertIssues(type, bad, [{ code: 'required', path: '/projectNumber' }, 'range'], { asOf });
});

test('fails: assertValid on an invalid submission', () => {
  assertValid(type, bad, { asOf });
});

test('fails: assertIssues with a wrong pointer (English messages)', () => {
  assertIssues(type, bad, ['required', { code: 'range', path: '/title' }], { asOf, locale: 'en' });
});
