// jincheng-rules/testing under Vitest: expect.extend(matchers) (copied as testing.vitest.test.mjs into the installed project by tests/package.test.mjs).
import { expect, test } from 'vitest';
import { matchers } from 'jincheng-rules/testing';
import { validate, checkResidentId } from 'jincheng-rules';

expect.extend(matchers);
const { type, asOf, base } = JSON.parse(process.env.JR_CASE);
const { projectNumber, ...missing } = base;

test('toBeValidFor and its negation', () => {
  expect(base).toBeValidFor(type, { asOf });
  expect(missing).not.toBeValidFor(type, { asOf });
  expect(() => expect(missing).toBeValidFor(type, { asOf })).toThrow(/\/projectNumber  required  请填写/);
});

test('toHaveIssue on a report and on an identity check', () => {
  expect(validate(type, missing, { asOf })).toHaveIssue({ code: 'required', path: '/projectNumber' });
  expect(validate(type, missing, { asOf })).toHaveIssue('required', '/projectNumber');
  expect(validate(type, base, { asOf })).not.toHaveIssue({ severity: 'error' });
  expect(checkResidentId('110105194912310021')).toHaveIssue({ code: 'resident_id.check_digit' });
  expect(() => expect(validate(type, base, { asOf })).toHaveIssue({ code: 'required' })).toThrow(/Expected: an issue "required"/);
});
