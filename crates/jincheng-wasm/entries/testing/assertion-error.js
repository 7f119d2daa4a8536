// The AssertionError the assertions throw, for a test that runs in a browser (Vitest's browser
// mode, a bundled test page): the shape of node:assert's (name, code, actual, expected,
// operator), so a runner shows and diffs it the same way. The Node builds use node:assert's
// own class instead (assertion-error.node.js, put in its place by build-package.mjs).
export class AssertionError extends Error {
  constructor({ message, actual, expected, operator, stackStartFn }) {
    super(message);
    this.name = 'AssertionError';
    this.code = 'ERR_ASSERTION';
    this.generatedMessage = false;
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    if (Error.captureStackTrace) Error.captureStackTrace(this, stackStartFn);
  }
}
