// jincheng-rules/testing: assertions and Jest/Vitest matchers for a portal's own tests.
// In Node they need no init (the package's Node build); in a browser test runner, await
// init() from 'jincheng-rules' first. Failures throw an AssertionError-like Error
// (name 'AssertionError', code 'ERR_ASSERTION') whose message lists the issues.
import { validate } from '../web/index.js';

const FIELDS = ['code', 'path', 'severity'];

function fail(message, report) {
  const e = new Error(message);
  e.name = 'AssertionError';
  e.code = 'ERR_ASSERTION';
  e.report = report;
  return e;
}

function describe(issue) {
  return `${issue.severity} ${issue.code} at ${JSON.stringify(issue.path)}: ${issue.message}`;
}

function list(issues) {
  return issues.length ? issues.map((i) => `  - ${describe(i)}`).join('\n') : '  (none)';
}

function matches(issue, expected) {
  return FIELDS.every((k) => expected[k] === undefined || issue[k] === expected[k]);
}

function checkExpectation(expected, where) {
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) {
    throw new TypeError(`${where}: expected an object {code?, path?, severity?}, got ${JSON.stringify(expected)}`);
  }
  const unknown = Object.keys(expected).filter((k) => !FIELDS.includes(k));
  if (unknown.length) throw new TypeError(`${where}: unknown key ${unknown.join(', ')} (use code, path, severity)`);
}

/** Validate and throw unless the report has no error (warnings and info are allowed). Returns the report. */
export function assertValid(typeId, submission, options) {
  const report = validate(typeId, submission, options);
  const errors = report.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw fail(`expected a valid ${typeId} submission, got ${errors.length} error(s):\n${list(errors)}`, report);
  return report;
}

/**
 * Validate and throw unless the issues are exactly the expected ones, in any order: each
 * expectation `{code?, path?, severity?}` matches one issue of its own, and no issue is
 * left unmatched. Returns the report.
 */
export function assertIssues(typeId, submission, expected, options) {
  if (!Array.isArray(expected)) throw new TypeError('assertIssues: expected must be an array of {code?, path?, severity?}');
  expected.forEach((e, i) => checkExpectation(e, `assertIssues: expected[${i}]`));
  const report = validate(typeId, submission, options);
  const left = [...report.issues];
  const missing = [];
  // The most specific expectations first, so that a loose one does not take their issue.
  const order = expected.map((e, i) => [e, i]).sort(([a], [b]) => FIELDS.filter((k) => b[k] !== undefined).length - FIELDS.filter((k) => a[k] !== undefined).length);
  for (const [e] of order) {
    const at = left.findIndex((issue) => matches(issue, e));
    if (at < 0) missing.push(e);
    else left.splice(at, 1);
  }
  if (missing.length || left.length) {
    const parts = [];
    if (missing.length) parts.push(`missing:\n${missing.map((e) => `  - ${JSON.stringify(e)}`).join('\n')}`);
    if (left.length) parts.push(`unexpected:\n${list(left)}`);
    throw fail(`${typeId}: the issues differ from the expected ones\n${parts.join('\n')}\nall issues:\n${list(report.issues)}`, report);
  }
  return report;
}

/** Jest/Vitest matchers: `expect.extend(matchers)`. */
export const matchers = {
  /** expect(submission).toBeValidFor(typeId, options?): no error in the report. */
  toBeValidFor(received, typeId, options) {
    const report = validate(typeId, received, options);
    const errors = report.issues.filter((i) => i.severity === 'error');
    const pass = errors.length === 0;
    return {
      pass,
      message: () => pass
        ? `expected the submission not to be valid for ${typeId}, but it has no error`
        : `expected the submission to be valid for ${typeId}, got ${errors.length} error(s):\n${list(errors)}`,
    };
  },
  /** expect(report).toHaveIssue({code?, path?, severity?}): some issue of a report (or an identity check) matches. */
  toHaveIssue(received, expected) {
    checkExpectation(expected, 'toHaveIssue');
    if (received === null || typeof received !== 'object' || !Array.isArray(received.issues)) {
      throw new TypeError('toHaveIssue: expect() takes a report with issues (validate(), checkResidentId(), …)');
    }
    const pass = received.issues.some((i) => matches(i, expected));
    return {
      pass,
      message: () => pass
        ? `expected no issue matching ${JSON.stringify(expected)}, got:\n${list(received.issues.filter((i) => matches(i, expected)))}`
        : `expected an issue matching ${JSON.stringify(expected)}, got:\n${list(received.issues)}`,
    };
  },
};
