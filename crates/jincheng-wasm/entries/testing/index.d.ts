// jincheng-rules/testing: assertions for any test runner, and Jest/Vitest matchers.
import type { ApplicationTypeId, IdCheck, IssueCode, ValidateOptions, ValidationReport } from '../web/api.js';

/** What an issue must have; every key optional, at least one given. */
export interface IssueMatch {
  code?: IssueCode;
  /** JSON Pointer, as in the report ("" for the whole submission). */
  path?: string;
  severity?: 'error' | 'warning' | 'info';
}

/** An expected issue: its code alone, or what it must have. */
export type IssueExpectation = IssueCode | IssueMatch;

export interface AssertIssuesOptions extends ValidateOptions {
  /** Compare the info notes too (default false: errors and warnings only). */
  info?: boolean;
}

/**
 * Throw an AssertionError (node:assert's in Node) unless the report has no error; its message
 * lists each error on a line (pointer, code, message in `options.locale`), its `actual` the
 * errors as short lines and `expected` `[]`. Returns the report.
 */
export function assertValid(typeId: ApplicationTypeId, submission: unknown, options?: ValidateOptions): ValidationReport;

/**
 * Throw an AssertionError unless the report's errors and warnings (and info notes with
 * `options.info`) are exactly the expected ones, in any order, each expectation pairing with
 * an issue of its own; the message names the missing and the unexpected, `actual` and
 * `expected` are sorted short lines for a diff. Returns the report.
 */
export function assertIssues(typeId: ApplicationTypeId, submission: unknown, expected: readonly IssueExpectation[], options?: AssertIssuesOptions): ValidationReport;

/** The matchers' result, as Jest and Vitest take it. */
export interface MatcherResult {
  pass: boolean;
  message(): string;
}

/** `expect.extend(matchers)` in Jest or Vitest. */
export const matchers: {
  toBeValidFor(received: unknown, typeId: ApplicationTypeId, options?: ValidateOptions): MatcherResult;
  toHaveIssue(received: ValidationReport | IdCheck, expected: IssueExpectation, path?: string): MatcherResult;
};

/**
 * The matchers on `expect(…)`, for a module augmentation (docs/api.md), e.g. with Vitest:
 * `declare module 'vitest' { interface Matchers<T = any> extends JinchengMatchers<T> {} }`;
 * with Jest's `@jest/globals`:
 * `declare module 'expect' { interface Matchers<R extends void | Promise<void>, T = unknown> extends JinchengMatchers<R> {} }`.
 */
export interface JinchengMatchers<R = unknown> {
  /** expect(submission).toBeValidFor(typeId, options?): no error in the report. */
  toBeValidFor(typeId: ApplicationTypeId, options?: ValidateOptions): R;
  /** expect(report).toHaveIssue(code, path?) or toHaveIssue({code?, path?, severity?}). */
  toHaveIssue(expected: IssueExpectation, path?: string): R;
}
