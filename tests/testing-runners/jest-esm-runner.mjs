// jincheng-rules/testing under Jest with ES modules (node --experimental-vm-modules, globals
// from @jest/globals). Run by tests/testing-runners.test.mjs; the tests named "fails:" fail on purpose.
import { expect, test } from '@jest/globals';
import { assertValid, assertIssues, matchers } from 'jincheng-rules/testing';
import { validate } from 'jincheng-rules';

expect.extend(matchers);
const { type, asOf, base } = JSON.parse(process.env.JR_CASE);
const { projectNumber, ...rest } = base;
const bad = { ...rest, previousExtensions: -1 };

test('passes: assertValid and assertIssues', () => {
  assertValid(type, base, { asOf });
  assertIssues(type, bad, [{ code: 'required', path: '/projectNumber' }, 'range'], { asOf });
});

test('passes: the matchers and their negations', () => {
  expect(base).toBeValidFor(type, { asOf });
  expect(bad).not.toBeValidFor(type, { asOf });
  expect(validate(type, bad, { asOf })).toHaveIssue('range', '/previousExtensions');
  expect(validate(type, base, { asOf })).not.toHaveIssue('required');
});

test('fails: assertValid on an invalid submission', () => {
  assertValid(type, bad, { asOf });
});

test('fails: assertIssues with a wrong pointer (English messages)', () => {
  assertIssues(type, bad, ['required', { code: 'range', path: '/title' }], { asOf, locale: 'en' });
});

test('fails: toBeValidFor on an invalid submission', () => {
  expect(bad).toBeValidFor(type, { asOf });
});

test('fails: toHaveIssue on a report without it', () => {
  expect(validate(type, base, { asOf })).toHaveIssue('required', '/projectNumber');
});

test('fails: not.toHaveIssue on a report with it', () => {
  expect(validate(type, bad, { asOf })).not.toHaveIssue('range');
});
