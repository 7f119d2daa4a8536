// jincheng-rules/testing: assertions and Jest/Vitest matchers.
import type { ApplicationTypeId, IdCheck, IssueCode, ValidateOptions, ValidationReport } from '../web/index.js';

/** What an issue must have; every key optional. */
export interface IssueMatch {
  code?: IssueCode;
  /** JSON Pointer, "" for the whole submission. */
  path?: string;
  severity?: 'error' | 'warning' | 'info';
}

/** Throw (an Error named AssertionError, code ERR_ASSERTION) unless the report has no error. Returns the report. */
export function assertValid(typeId: ApplicationTypeId, submission: unknown, options?: ValidateOptions): ValidationReport;

/** Throw unless the issues are exactly the expected ones, in any order. Returns the report. */
export function assertIssues(typeId: ApplicationTypeId, submission: unknown, expected: IssueMatch[], options?: ValidateOptions): ValidationReport;

/** The matchers' result, as Jest and Vitest take it. */
export interface MatcherResult {
  pass: boolean;
  message(): string;
}

/** `expect.extend(matchers)` in Jest or Vitest. */
export const matchers: {
  toBeValidFor(received: unknown, typeId: ApplicationTypeId, options?: ValidateOptions): MatcherResult;
  toHaveIssue(received: ValidationReport | IdCheck, expected: IssueMatch): MatcherResult;
};

/**
 * The matchers on `expect(…)`, for a module augmentation, e.g. with Vitest:
 * `declare module 'vitest' { interface Assertion<T = any> extends JinchengMatchers<T> {} }`
 */
export interface JinchengMatchers<R = unknown> {
  toBeValidFor(typeId: ApplicationTypeId, options?: ValidateOptions): R;
  toHaveIssue(expected: IssueMatch): R;
}
