// Jest with its globals typed by @types/jest: the matchers of jincheng-rules/testing on
// expect(…), with the augmentation docs/api.md gives (namespace jest).
/// <reference types="jest" />
import { validate } from 'jincheng-rules';
import { matchers, type JinchengMatchers } from 'jincheng-rules/testing';

declare global {
  namespace jest {
    interface Matchers<R> extends JinchengMatchers<R> {}
  }
}
expect.extend(matchers);

test('typed matchers', () => {
  expect({}).toBeValidFor('mlps-filing', { asOf: '2026-03-02', locale: 'en' });
  expect({}).not.toBeValidFor('mlps-filing');
  expect(validate('mlps-filing', {})).toHaveIssue('required', '/unit/name');
  expect(validate('mlps-filing', {})).not.toHaveIssue({ code: 'required', severity: 'warning' });
  // @ts-expect-error: not an application type
  expect({}).toBeValidFor('no-such-type');
  // @ts-expect-error: not an issue code
  expect(validate('mlps-filing', {})).toHaveIssue('no_such_code');
  // @ts-expect-error: not an option
  expect({}).toBeValidFor('mlps-filing', { asof: '2026-03-02' });
  // @ts-expect-error: no such matcher
  expect({}).toBeValidForm('mlps-filing');
});
