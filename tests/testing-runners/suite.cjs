// The suite every runner's file in this folder runs, given that runner's `test` (or `it`) and
// `expect` and the package as that file loaded it (import or require, as a user's project
// would). Run by tests/testing-runners.test.mjs; the tests named "fails:" fail on purpose.

// A valid submission (JR_CASE, from the case files) and one with two errors.
const { type, asOf, base } = JSON.parse(process.env.JR_CASE);
const { projectNumber, ...rest } = base;
const bad = { ...rest, previousExtensions: -1 };

/** assertValid and assertIssues: 2 pass, 2 fail. */
exports.assertionTests = (test, { assertValid, assertIssues }) => {
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
};

/** The Jest/Vitest matchers, after `expect.extend(matchers)`: 1 passes, 3 fail. */
exports.matcherTests = (test, expect, { validate }) => {
  test('passes: the matchers and their negations', () => {
    expect(base).toBeValidFor(type, { asOf });
    expect(bad).not.toBeValidFor(type, { asOf });
    expect(validate(type, bad, { asOf })).toHaveIssue('range', '/previousExtensions');
    expect(validate(type, bad, { asOf })).toHaveIssue({ code: 'required', severity: 'error' });
    expect(validate(type, base, { asOf })).not.toHaveIssue('required');
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
};
