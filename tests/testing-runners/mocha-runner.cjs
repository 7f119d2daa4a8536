// jincheng-rules/testing under Mocha, as a user writes it (CommonJS, Mocha's globals). Run by
// tests/testing-runners.test.mjs; the tests named "fails:" fail on purpose.
const { assertValid, assertIssues } = require('jincheng-rules/testing');

const { type, asOf, base } = JSON.parse(process.env.JR_CASE);
const { projectNumber, ...rest } = base;
const bad = { ...rest, previousExtensions: -1 };

describe('jincheng-rules/testing under Mocha', () => {
  it('passes: assertValid on a valid submission', () => {
    assertValid(type, base, { asOf });
  });

  it('passes: assertIssues, codes or {code, path}, in any order', () => {
    assertIssues(type, bad, ['range', 'required'], { asOf });
    assertIssues(type, bad, [{ code: 'required', path: '/projectNumber' }, 'range'], { asOf });
  });

  it('fails: assertValid on an invalid submission', () => {
    assertValid(type, bad, { asOf });
  });

  it('fails: assertIssues with a wrong pointer (English messages)', () => {
    assertIssues(type, bad, ['required', { code: 'range', path: '/title' }], { asOf, locale: 'en' });
  });
});
