// The declarations of the functions and shapes of both builds (pkg/web/api.d.ts; the entries'
// index.d.ts re-export it). Written by hand: tests/types.test.mjs checks that every function
// the module exports is declared here and nothing else. The submissions' shapes are generated
// from the field declarations (./submissions.d.ts).
import type { ApplicationTypeId, IssueCode, SubmissionOf } from './submissions.js';
export * from './submissions.js';

/** A date written `YYYY-MM-DD`. */
export type IsoDate = string;

/** What kind of day a date is. */
export type DayKind = "weekday" | "weekend" | "holiday" | "makeup_workday";

/** Everything the calendar knows about one day. */
export interface DayInfo {
  date: IsoDate;
  workday: boolean;
  kind: DayKind;
  /** The festival's Chinese name on a holiday (`春节`, `国庆节、中秋节`), else null. */
  holiday: string | null;
  /** True where no official schedule is loaded for the year: statutory days are rest days, 补假/调休 unknown. */
  provisional: boolean;
  /** The notice (official year) or the law (provisional holiday) that decides the day; null for a plain day. */
  source: string | null;
}

/** A run of consecutive rest days skipped by a count. */
export interface RestRun {
  from: IsoDate;
  to: IsoDate;
  days: number;
  kind: "weekend" | "holiday";
  holiday: string | null;
  provisional: boolean;
}

/** addWorkdays with its explanation. */
export interface WorkdayCount {
  from: IsoDate;
  n: number;
  due: IsoDate;
  provisional: boolean;
  provisionalYears: number[];
  skipped: RestRun[];
  makeupWorkdays: DayInfo[];
}

/** First and last day with an official schedule, and the years that have one. */
export interface Coverage {
  from: IsoDate | null;
  to: IsoDate | null;
  years: number[];
}

/** One year's official schedule, as `loadCalendarYear` takes it. */
export interface CalendarYear {
  year: number;
  /** The notice, e.g. "国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕…号）". */
  source: string;
  notice?: { number: string; title: string; issued: IsoDate; url?: string };
  holidays: { name: string; days: IsoDate[]; quote?: string; source?: string }[];
  makeupWorkdays: IsoDate[];
}

/**
 * What became of a document after its validity term, as `loadDocumentStatus` takes it: extended
 * (until a later day, or until further notice without `until`) or replaced by a successor, with
 * the extending or replacing document's number, title, date, article and quoted clause.
 */
export interface DocumentStatus {
  /** The number of the document whose term ended, e.g. "晋市政办〔2021〕42号" (see applicationTypes()[i].document.number). */
  document: string;
  status: "extended" | "replaced";
  /** extended: the new last day in force; absent: until further notice. Not allowed for "replaced". */
  until?: IsoDate;
  by: { number: string; title: string; date: IsoDate; article: string; text: string };
}

/** The codes of the errors the functions throw (`err.code`). */
export type ErrorCode = "invalid_date" | "out_of_range" | "invalid_argument" | "invalid_calendar" | "unknown_type" | "invalid_options"
  /** loadDocumentStatus: a status that does not read or does not fit its document */
  | "invalid_document_status"
  /** a call before `await init()` resolved (browser build) */
  | "not_initialized"
  /** init without WebAssembly or a feature the module uses (see isSupported) */
  | "unsupported"
  /** init could not start the module (e.g. a Content Security Policy without 'wasm-unsafe-eval') */
  | "init_failed";

/** What the functions throw: `message` names the offending value for the developer (English); `messageZh` is a whole Chinese sentence a page may show (e.g. “放假安排未能载入：2027年：调休上班日2027-01-04是星期一，不是周末。”). */
export interface JinchengError extends Error {
  code: ErrorCode;
  messageZh: string;
}

export type Locale = "zh-CN" | "en";

/** Where a rule comes from. */
export interface Citation {
  /** e.g. "晋市政发〔2021〕23号" */
  document: string;
  /** e.g. "第十条" */
  article: string;
  /** the clause, quoted */
  text: string;
}

/** One finding about a submission or a value. */
export interface Issue {
  /** JSON Pointer into the submission ("" for the whole). */
  path: string;
  /** Stable dotted code, e.g. "resident_id.check_digit" (every code: IssueCode). */
  code: IssueCode;
  severity: "error" | "warning" | "info";
  /** A plain sentence for the applicant in the requested locale. */
  message: string;
  citation: Citation | null;
  /** The corrected value where one exists (spaces removed, full-width digits made half-width, a lowercase "x" as "X"…); absent otherwise. */
  suggestion?: string;
  /** The JSON Pointers whose values the check read (a field's own check: its pointer, and the answers that decide whether it is asked for; "" the whole submission): when a value at, under or above one of them changes, re-check this issue. */
  reads: string[];
  /** Present when the finding is a notice rather than a field to fix: "late" (the time has passed), "ineligible" (the applicant or project does not qualify), "condition" (something to do outside the form first). Show it at the top of the form, not under a field. */
  notice?: "late" | "ineligible" | "condition";
}

/** A non-working day run skipped by a count, a makeup working day counted, days the rule leaves out of the count ("excluded", e.g. a public-notice period), or a closed period of a service hall. */
export interface TraceEntry {
  from: IsoDate;
  to: IsoDate;
  days: number;
  /** "excluded": days the rule leaves out (e.g. public notice); "closed": hours when the service hall is closed, in a count of working time (from/to are then YYYY-MM-DDTHH:MM, days 0). */
  kind: "weekend" | "holiday" | "makeup_workday" | "excluded" | "closed";
  holiday: string | null;
  provisional: boolean;
  reason: string;
}

/** A deadline computed from a submission's dates. */
export interface Deadline {
  id: string;
  title: string;
  /** "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM" for hour-based limits. */
  due: string;
  /** The count in words. */
  rule: string;
  citation: Citation | null;
  /** True when the last day may still move (a day the count depends on lies in a year whose holiday schedule is not published); a fixed last day (a backward count, a bar, an approved date) is never provisional. */
  provisional: boolean;
  /** When the last day does not roll over rest days and is (or, in a year without a published schedule, may be) a rest day: the last working day before it, "YYYY-MM-DD" (an estimate in such a year); null otherwise. */
  actBy: IsoDate | null;
  /** With actBy: one plain sentence in the report's locale saying what to do, e.g. "届满日10月1日为国庆节假期，请最迟于9月30日提交。"; null otherwise. */
  advice: string | null;
  trace: TraceEntry[];
  /** The JSON Pointers whose values the computation read. */
  reads: string[];
}

export interface ValidationReport {
  valid: boolean;
  issues: Issue[];
  deadlines: Deadline[];
}

export interface ValidateOptions {
  /** Default "zh-CN". */
  locale?: Locale;
  /** The day the submission is made; default today in China time. */
  asOf?: IsoDate;
  /** Report only issues at or under these JSON Pointers (as-you-type feedback). */
  fields?: string[];
  /**
   * The portal's own label for a field, by JSON Pointer ({"/applicant/contact/name": "联系人姓名"}):
   * messages use it in place of the field's declared label, in both locales (also where a
   * rule's message names the field).
   */
  labels?: { [pointer: string]: string };
  /**
   * The service hall's opening periods on working days, in order, for limits in working
   * time ("1小时", "0.5个工作日", "即来即办"), e.g. [["08:00","12:00"],["14:30","17:30"]].
   * Default: that schedule, the typical northern one from a secondary source, not an
   * official Shanxi schedule; give your hall's hours (and change them with the season).
   */
  serviceHours?: [string, string][];
}

export interface DocumentInfo {
  number: string;
  title: string;
  issued: IsoDate;
  inForceFrom: IsoDate;
  inForceUntil: IsoDate | null;
}

export interface ApplicationTypeInfo {
  id: ApplicationTypeId;
  /** Catalogue code, e.g. "A2". */
  code: string;
  title: string;
  document: DocumentInfo;
  articles: string[];
  /** The deadlines the type computes (none: an empty list), each with the fields it needs: pages say which dates give which deadline before any is filled. */
  deadlines: DeadlineInfo[];
}

/** A deadline an application type computes, as declared (no submission yet). */
export interface DeadlineInfo {
  /** The id its computed `Deadline` carries. */
  id: string;
  title: string;
  /** JSON Pointers of the fields the count needs: it is computed once they are filled (a choice may also need a given value, e.g. level 2 or above). */
  needs: string[];
}

export interface RuleInfo {
  typeId: ApplicationTypeId;
  code: string;
  severity: "error" | "warning" | "info";
  description: string;
  citation: Citation | null;
}

/** The result of an identity check. */
export interface IdCheck {
  valid: boolean;
  issues: Issue[];
  /** The value without whitespace and full-width characters, when that differs: offer it to the applicant. */
  normalized: string | null;
}

export interface IdCheckOptions {
  locale?: Locale;
  /** The day against which a birth date must not be in the future; default today in China time. */
  asOf?: IsoDate;
}

/** A JSON Schema (draft 2020-12) object. */
export type JsonSchema = { $schema: string; $id: string; title: string; type: "object"; properties: Record<string, unknown>; required: string[]; [key: string]: unknown };
/** What `validateMany` takes: JSON Lines text (a string or its UTF-8 bytes), or the submissions themselves. */
export type ManyInput = string | Uint8Array | readonly unknown[];

/** The options of `validateMany`: those of `validate`, and for JSON Lines text that continues a longer one (a file read in chunks), the number of its first line (default 1). */
export interface ValidateManyOptions extends ValidateOptions {
  firstLine?: number;
  /**
   * `'array'` (default): the reports as an array of objects. `'jsonl'`: the same reports as
   * JSON Lines text, one report per line (each ended by `\n`), in order, for a harness
   * that writes them out without parsing them (no report object is built).
   */
  output?: 'array' | 'jsonl';
}

/** One report of `validateMany`; for JSON Lines input, `line` is the line's number in the text (from 1; blank lines are skipped but counted). */
export interface ManyValidationReport extends ValidationReport {
  line?: number;
}
/** What a field holds (`FieldState.kind`). */
export type FieldKind = "text" | "date" | "dateTime" | "integer" | "number" | "boolean" | "enum" | "enumSet"
  | "residentId" | "creditCode" | "mobile" | "object" | "list";

/** The state of one field, group, list or list item of a submission, as the core reads it now. */
export interface FieldState {
  /** JSON Pointer ("/staff/0/name" for a list item's field). */
  pointer: string;
  /** The `labels` option's label for this pointer, else the declared label in the locale; a list item's: the list's with its number ("技术人员第1人"). */
  label: string;
  kind: FieldKind;
  /** Required now, given the submission as it stands (a condition on another answer; inside an optional group only once something in it is filled). */
  required: boolean;
  /** False when an earlier answer rules it out (or the group holding it): it is not checked and no rule reads it; hide or disable it. */
  applicable: boolean;
}

/** The form model: every field's state, in declaration order (a group's fields after it, a list's items after it). */
export interface FormState {
  fields: FieldState[];
}

/** A submission in progress: every field optional, at any depth (validate reports what is missing). */
export type Draft<T> = T extends readonly (infer U)[] ? Draft<U>[] : T extends object ? { [K in keyof T]?: Draft<T[K]> } : T;

/** True where WebAssembly and the features the module uses are available (reference types, bulk memory, non-trapping float-to-int, sign extension): Chrome/Edge 96, Firefox 79, Safari 15 or later. Callable before init. */
export function isSupported(): boolean;

/** Same day-of-month n months later; the month's last day where it has no such day (民法典 第二百零二条). */
export function addMonths(date: IsoDate, n: number): IsoDate;

/** The n-th working day strictly after `date` (n ≥ 1), the |n|-th strictly before (n ≤ −1), `date` for n = 0. */
export function addWorkdays(date: IsoDate, n: number): IsoDate;

/** One entry per application type: id, title, document (number, title, dates in force), articles, deadlines (id, title, the fields each needs). */
export function applicationTypes(locale?: Locale): ApplicationTypeInfo[];

/** First and last day with an official schedule. */
export function calendarCoverage(): Coverage;

/** Check a unified social credit code (GB 32100-2015); never throws. */
export function checkCreditCode(value: unknown, options?: IdCheckOptions): IdCheck;

/** Check a mainland mobile number; never throws. */
export function checkMobile(value: unknown, options?: IdCheckOptions): IdCheck;

/** Check a resident ID number (GB 11643-1999); never throws. */
export function checkResidentId(value: unknown, options?: IdCheckOptions): IdCheck;

/** Everything known about a day: kind, holiday name, provisional, source. */
export function dayInfo(date: IsoDate): DayInfo;

/** The deadlines computed from a submission's dates. */
export function deadlines(typeId: ApplicationTypeId, submission: unknown, options?: ValidateOptions): Deadline[];

/** addWorkdays with the rest days skipped, the makeup days counted and whether the count is provisional. */
export function explainAddWorkdays(date: IsoDate, n: number): WorkdayCount;

/**
 * The form model of a (partial) submission: for every field, group, list and list
 * item, its pointer, label, kind, and whether it is required now and applicable.
 * Never throws for any submission value (what is not an object reads as an empty
 * form); throws `unknown_type` and `invalid_options` like `validate`.
 */
export function formState(typeId: ApplicationTypeId, submission: unknown, options?: ValidateOptions): FormState;

/**
 * Whether `validate` finds no error in a submission: in TypeScript a type guard, the
 * input being then the type's submission (`SubmissionOf<T>`). Throws like `validate`.
 */
export function isValid<T extends ApplicationTypeId>(typeId: T, submission: unknown, options?: ValidateOptions): submission is SubmissionOf<T>;

/** A working day: Mon–Fri that is no holiday, or a weekend day made a working day (调休上班). */
export function isWorkday(date: IsoDate): boolean;

/** Add or replace one year's official schedule at run time (throws `invalid_calendar`). */
export function loadCalendarYear(data: CalendarYear): void;

/**
 * Record what became of a document past its validity term (throws `invalid_document_status`,
 * naming the field and the fault): validations after it no longer warn `document.expired`
 * for it, and note the extending (or replacing) document instead. A later status for the
 * same document replaces the earlier one.
 */
export function loadDocumentStatus(data: DocumentStatus): void;

/** Years without an official schedule among the days of (from, to]: answers over that span are provisional. */
export function provisionalYears(from: IsoDate, to: IsoDate): number[];

/** Every rule the library enforces, for one type or all: what a legal reviewer signs off. */
export function rules(typeId?: ApplicationTypeId | null, locale?: Locale): RuleInfo[];

/** The JSON Schema (draft 2020-12) of a submission, generated from the field declarations. */
export function schema(typeId: ApplicationTypeId, locale?: Locale): JsonSchema;

/**
 * Validate a submission: never throws for any submission value; throws only for an
 * unknown type (`unknown_type`) or malformed options (`invalid_options`).
 */
export function validate(typeId: ApplicationTypeId, submission: unknown, options?: ValidateOptions): ValidationReport;

/**
 * Validate many submissions: JSON Lines text (a string or a `Uint8Array` of UTF-8), or an
 * array. One report per item (per non-blank line), in order; a line that cannot be read
 * is a report naming its line, never a throw. With `output: 'jsonl'` the reports come
 * back as JSON Lines text (one per line, in order) instead of objects. Throws like
 * `validate` (unknown type, malformed options, an `output` other than "array" or
 * "jsonl"), and `invalid_argument` for input of another kind.
 */
export function validateMany(typeId: ApplicationTypeId, input: ManyInput, options: ValidateManyOptions & { output: 'jsonl' }): string;
export function validateMany(typeId: ApplicationTypeId, input: ManyInput, options?: ValidateManyOptions): ManyValidationReport[];

/** Working days in the half-open span (from, to]; negative when to < from. */
export function workdaysBetween(from: IsoDate, to: IsoDate): number;
