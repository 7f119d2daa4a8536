// jincheng-rules/testing: assertions for any test runner, and Jest/Vitest matchers.
// In Node they need no init (the package's Node build); in a browser test runner, await
// init() from 'jincheng-rules' first. A failure is an AssertionError (node:assert's in Node)
// with one line per issue in its message — pointer, code, message in the requested locale —
// and `actual`/`expected` set to the issues as short lines ("required at /projectNumber"),
// so that a runner diffs them.
import { validate } from '../web/index.js';
import { AssertionError } from './assertion-error.js';

const FIELDS = ['code', 'path', 'severity'];

const isError = (issue) => issue.severity === 'error';
const pointer = (path) => (path === '' ? '""' : path);

/** One issue, one line: pointer, code (with its severity unless an error), message. */
function line(issue) {
  const severity = issue.severity === 'error' ? '' : ` (${issue.severity})`;
  return `${pointer(issue.path)}  ${issue.code}${severity}  ${issue.message}`;
}

function lines(issues) {
  return issues.map((i) => `  ${line(i)}`).join('\n');
}

/** An expectation or an issue, as short as the expectation asks: "required at /projectNumber". */
function brief(match) {
  let s = match.code ?? '*';
  if (match.path !== undefined) s += ` at ${pointer(match.path)}`;
  if (match.severity !== undefined) s += ` (${match.severity})`;
  return s;
}

/** An issue as a short line for a diff: "required at /projectNumber", "x.y at /z (warning)". */
const short = (issue) => brief({ code: issue.code, path: issue.path, severity: issue.severity === 'error' ? undefined : issue.severity });

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function matches(issue, expected) {
  return FIELDS.every((k) => expected[k] === undefined || issue[k] === expected[k]);
}

/** A code string or {code?, path?, severity?} (at least one), as an object. */
function expectation(e, where) {
  if (typeof e === 'string') return { code: e };
  if (e === null || typeof e !== 'object' || Array.isArray(e)) {
    throw new TypeError(`${where}: expected an issue code or {code, path?, severity?}, got ${JSON.stringify(e)}`);
  }
  const unknown = Object.keys(e).filter((k) => !FIELDS.includes(k));
  if (unknown.length) throw new TypeError(`${where}: unknown key ${unknown.join(', ')} (use code, path, severity)`);
  if (FIELDS.every((k) => e[k] === undefined)) throw new TypeError(`${where}: an expectation needs a code, a path or a severity`);
  return e;
}

function fail(message, actual, expected, operator, stackStartFn, report) {
  const error = new AssertionError({ message, actual, expected, operator, stackStartFn });
  // Not enumerable: runners print an error's own properties, and a report is long.
  Object.defineProperty(error, 'report', { value: report, enumerable: false, configurable: true, writable: true });
  return error;
}

/**
 * Validate and throw unless the report has no error (warnings and info notes are allowed:
 * `assertIssues(type, s, [])` also refuses warnings). Returns the report.
 */
export function assertValid(typeId, submission, options) {
  const report = validate(typeId, submission, options);
  const errors = report.issues.filter(isError);
  if (errors.length) {
    throw fail(
      `expected a valid ${typeId} submission, got ${plural(errors.length, 'error')}:\n${lines(errors)}`,
      errors.map(short).sort(), [], 'assertValid', assertValid, report,
    );
  }
  return report;
}

/**
 * The largest one-to-one pairing of expectations with issues (augmenting paths): a loose
 * expectation never takes the issue a more specific one needed. `taken[i]` is the
 * expectation paired with issue i, or -1.
 */
function pair(expected, issues) {
  const taken = issues.map(() => -1);
  const tryPair = (e, seen) => issues.some((issue, i) => {
    if (seen[i] || !matches(issue, expected[e])) return false;
    seen[i] = true;
    if (taken[i] < 0 || tryPair(taken[i], seen)) {
      taken[i] = e;
      return true;
    }
    return false;
  });
  for (let e = 0; e < expected.length; e++) tryPair(e, issues.map(() => false));
  return taken;
}

/**
 * Validate and throw unless the report's errors and warnings are exactly the expected ones,
 * in any order: each expectation (a code, or {code?, path?, severity?}) pairs with an issue
 * of its own and no issue is left over. Info notes are compared only with `options.info`.
 * Returns the report.
 */
export function assertIssues(typeId, submission, expected, options) {
  if (!Array.isArray(expected)) throw new TypeError('assertIssues: expected must be an array of issue codes or {code, path?, severity?}');
  const wanted = expected.map((e, i) => expectation(e, `assertIssues: expected[${i}]`));
  const { info = false, ...validateOptions } = options ?? {};
  const report = validate(typeId, submission, options === undefined ? undefined : validateOptions);
  const issues = report.issues.filter((i) => info || i.severity !== 'info');
  const taken = pair(wanted, issues);
  const paired = new Set(taken.filter((e) => e >= 0));
  const missing = wanted.filter((_, e) => !paired.has(e));
  const unexpected = issues.filter((_, i) => taken[i] < 0);
  if (missing.length || unexpected.length) {
    const parts = [`${typeId}: the issues differ from the expected ones (${missing.length} missing, ${unexpected.length} unexpected)`];
    if (missing.length) parts.push(`missing:\n${missing.map((e) => `  ${brief(e)}`).join('\n')}`);
    if (unexpected.length) parts.push(`unexpected:\n${lines(unexpected)}`);
    // Each issue as short as the expectation it met: the diff shows only what differs.
    const actual = issues.map((issue, i) => taken[i] < 0 ? short(issue) : brief(wanted[taken[i]])).sort();
    throw fail(parts.join('\n'), actual, wanted.map(brief).sort(), 'assertIssues', assertIssues, report);
  }
  return report;
}

// Outside Jest and Vitest (a matcher called as a plain function) the context has no utils.
const PLAIN = {
  matcherHint: (name, received, expected, { isNot } = {}) => `expect(${received})${isNot ? '.not' : ''}.${name}(${expected})`,
  printReceived: (v) => JSON.stringify(v),
  printExpected: (v) => JSON.stringify(v),
};

/** "2 errors", the number as the runner prints a received value. */
const count = (utils, n, word) => `${utils.printReceived(n)} ${word}${n === 1 ? '' : 's'}`;

function context(self) {
  const utils = self?.utils ?? PLAIN;
  return { utils, hint: { isNot: self?.isNot ?? false, promise: self?.promise ?? '' } };
}

/** Jest/Vitest matchers: `expect.extend(matchers)`. */
export const matchers = {
  /** expect(submission).toBeValidFor(typeId, options?): the report has no error. */
  toBeValidFor(received, typeId, options) {
    const { utils, hint } = context(this);
    const report = validate(typeId, received, options);
    const errors = report.issues.filter(isError);
    const pass = errors.length === 0;
    const head = `${utils.matcherHint('toBeValidFor', 'submission', 'typeId', hint)}\n\n`;
    return {
      pass,
      message: () => pass
        ? `${head}Expected: not valid for ${utils.printExpected(typeId)}\nReceived: no error`
        : `${head}Expected: valid for ${utils.printExpected(typeId)}\nReceived: ${count(utils, errors.length, 'error')}\n${lines(errors)}`,
    };
  },

  /**
   * expect(report).toHaveIssue(code, path?): some issue of a report (validate(),
   * validateMany(), checkResidentId()…) has that code, at that JSON Pointer if given; or
   * toHaveIssue({code?, path?, severity?}).
   */
  toHaveIssue(received, expected, path) {
    const { utils, hint } = context(this);
    if (typeof expected === 'object' && expected !== null && path !== undefined) {
      throw new TypeError('toHaveIssue: give the path inside the object ({code, path}) or as the second argument after a code, not both');
    }
    const match = expectation(path === undefined ? expected : { code: expected, path }, 'toHaveIssue');
    if (received === null || typeof received !== 'object' || !Array.isArray(received.issues)) {
      throw new TypeError(`toHaveIssue: expect() takes a report with issues (validate(), checkResidentId(), …), got ${JSON.stringify(received)?.slice(0, 80)}`);
    }
    const found = received.issues.filter((i) => matches(i, match));
    const pass = found.length > 0;
    const head = `${utils.matcherHint('toHaveIssue', 'report', path === undefined ? 'code' : 'code, path', hint)}\n\n`;
    const all = received.issues.length ? `Received: ${count(utils, received.issues.length, 'issue')}\n${lines(received.issues)}` : 'Received: no issue';
    return {
      pass,
      message: () => pass
        ? `${head}Expected: no issue ${utils.printExpected(brief(match))}\nReceived:\n${lines(found)}`
        : `${head}Expected: an issue ${utils.printExpected(brief(match))}\n${all}`,
    };
  },
};
