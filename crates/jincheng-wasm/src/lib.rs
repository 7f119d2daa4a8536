//! The npm package's wasm layer. Each export decodes its arguments, calls the pure
//! core (`jincheng-rules`), and encodes the result; errors become a JS `Error`
//! with a `code` property (api.md). No logic lives here.

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod alloc;
#[cfg(feature = "batch")]
mod batch;
#[cfg(feature = "bench")]
pub mod bench;
mod decode;
mod encode;
mod fast;
mod safe;
use std::cell::RefCell;

#[cfg(feature = "batch")]
use batch::{validate_many_packed, Line, NUMBERS};
use decode::{
    date_arg, id_options, int_arg, locale_arg, many_input, many_options, options_arg, record_text, submission_json, type_arg, ManyInput,
    MAX_SAFE,
};
use encode::{encode_json, into_error, many_output, TypeInfo};
use fast::{citing, pack, unpack, validate_packed};
use jincheng_rules::application::{self as app, Options};
use jincheng_rules::json::WriteJson;
use jincheng_rules::registry;
use jincheng_rules::{
    add_months, check_credit_code, check_mobile, check_not_text, check_resident_id, Calendar, CheckContext, Error, ErrorCode, IdCheck,
    IdKind, Locale, YearSchedule,
};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The portal's calendar: built on first use, extended by `loadCalendarYear`.
    static CALENDAR: RefCell<Calendar> = RefCell::new(Calendar::official());
    /// What became of documents past their term, as `loadDocumentStatus` loaded it:
    /// every validation's options carry it (see [`with_document_status`]).
    static DOCUMENT_STATUS: RefCell<std::sync::Arc<[app::DocumentStatus]>> = RefCell::new(std::sync::Arc::from([]));
}

/// `f` on the portal's calendar.
fn calendar<T>(f: impl FnOnce(&Calendar) -> T) -> T {
    CALENDAR.with(|c| f(&c.borrow()))
}

fn with_calendar<T>(f: impl FnOnce(&Calendar) -> Result<T, Error>) -> Result<T, JsValue> {
    calendar(f).map_err(into_error)
}

#[wasm_bindgen(typescript_custom_section)]
const TS_SUBMISSIONS: &'static str = include_str!("submissions.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
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
"#;

/// A working day: Mon–Fri that is no holiday, or a weekend day made a working day (调休上班).
#[wasm_bindgen(js_name = isWorkday)]
pub fn is_workday(#[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue) -> Result<bool, JsValue> {
    with_calendar(|c| c.is_workday(date_arg(&date)?))
}

/// Everything known about a day: kind, holiday name, provisional, source.
#[wasm_bindgen(js_name = dayInfo, unchecked_return_type = "DayInfo")]
pub fn day_info(#[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue) -> Result<JsValue, JsValue> {
    encode_json(&with_calendar(|c| c.day_info(date_arg(&date)?))?)
}

/// The n-th working day strictly after `date` (n ≥ 1), the |n|-th strictly before (n ≤ −1), `date` for n = 0.
#[wasm_bindgen(js_name = addWorkdays, unchecked_return_type = "IsoDate")]
pub fn add_workdays(
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
) -> Result<String, JsValue> {
    with_calendar(|c| Ok(c.add_workdays(date_arg(&date)?, int_arg(&n, "n")?)?.to_string()))
}

/// addWorkdays with the rest days skipped, the makeup days counted and whether the count is provisional.
#[wasm_bindgen(js_name = explainAddWorkdays, unchecked_return_type = "WorkdayCount")]
pub fn explain_add_workdays(
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
) -> Result<JsValue, JsValue> {
    encode_json(&with_calendar(|c| c.explain_add_workdays(date_arg(&date)?, int_arg(&n, "n")?))?)
}

/// Working days in the half-open span (from, to]; negative when to < from.
#[wasm_bindgen(js_name = workdaysBetween)]
pub fn workdays_between(
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] to: JsValue,
) -> Result<f64, JsValue> {
    with_calendar(|c| Ok(c.workdays_between(date_arg(&from)?, date_arg(&to)?)? as f64))
}

/// Years without an official schedule among the days of (from, to]: answers over that span are provisional.
#[wasm_bindgen(js_name = provisionalYears, unchecked_return_type = "number[]")]
pub fn provisional_years(
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] to: JsValue,
) -> Result<JsValue, JsValue> {
    encode_json(&with_calendar(|c| Ok(c.provisional_years(date_arg(&from)?, date_arg(&to)?)))?)
}

/// Same day-of-month n months later; the month's last day where it has no such day (民法典 第二百零二条).
#[wasm_bindgen(js_name = addMonths, unchecked_return_type = "IsoDate")]
pub fn add_months_js(
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
) -> Result<String, JsValue> {
    (|| Ok(add_months(date_arg(&date)?, int_arg(&n, "n")?)?.to_string()))().map_err(into_error)
}

/// First and last day with an official schedule.
#[wasm_bindgen(js_name = calendarCoverage, unchecked_return_type = "Coverage")]
pub fn calendar_coverage() -> Result<JsValue, JsValue> {
    encode_json(&with_calendar(|c| Ok(c.coverage()))?)
}

/// Add or replace one year's official schedule at run time (throws `invalid_calendar`).
#[wasm_bindgen(js_name = loadCalendarYear)]
pub fn load_calendar_year(#[wasm_bindgen(unchecked_param_type = "CalendarYear")] data: JsValue) -> Result<(), JsValue> {
    let invalid = |why: String, zh: &str| {
        into_error(Error::new(ErrorCode::InvalidCalendar, format!("invalid calendar year: {why}")).with_zh(zh.to_owned()))
    };
    // JSON.stringify would write a year of NaN or Infinity as null ("field `year` is null").
    if data.is_object() && js_sys::Reflect::get(&data, &JsValue::from_str("year")).ok().and_then(|y| y.as_f64()).is_some_and(|y| !y.is_finite()) {
        return Err(invalid("year: expected an integer year, got NaN or Infinity".to_owned(), "放假安排未能载入：year：应为整数年份。"));
    }
    let text = record_text(&data, "{year, source, holidays, makeupWorkdays}", "放假安排未能载入：", "year、source、holidays、makeupWorkdays", invalid)?;
    let schedule = YearSchedule::from_json(&text).map_err(|e| invalid(e.message().to_owned(), e.message_in(Locale::ZhCn)))?;
    CALENDAR.with(|c| c.borrow_mut().load_year(schedule)).map_err(into_error)
}

/// Record what became of a document past its validity term (throws `invalid_document_status`,
/// naming the field and the fault): validations after it no longer warn `document.expired`
/// for it, and note the extending (or replacing) document instead. A later status for the
/// same document replaces the earlier one.
#[wasm_bindgen(js_name = loadDocumentStatus)]
pub fn load_document_status(#[wasm_bindgen(unchecked_param_type = "DocumentStatus")] data: JsValue) -> Result<(), JsValue> {
    let invalid = |why: String, zh: &str| {
        into_error(Error::new(ErrorCode::InvalidDocumentStatus, format!("invalid document status: {why}")).with_zh(zh.to_owned()))
    };
    let text = record_text(&data, "{document, status, until, by}", "文件延期或替代信息未能载入：", "document、status、by", invalid)?;
    let status = app::DocumentStatus::from_json(&text).map_err(into_error)?;
    DOCUMENT_STATUS.with(|d| {
        let mut list: Vec<app::DocumentStatus> = d.borrow().iter().filter(|s| s.document != status.document).cloned().collect();
        list.push(status);
        *d.borrow_mut() = list.into();
    });
    Ok(())
}

/// The options with the document statuses loaded by `loadDocumentStatus`.
fn with_document_status(mut o: Options) -> Options {
    o.document_status = DOCUMENT_STATUS.with(|d| d.borrow().clone());
    o
}

#[cfg(feature = "notice")]
#[wasm_bindgen(typescript_custom_section)]
const TS_NOTICE: &'static str = r#"
/** The options of `parseHolidayNotice`. */
export interface HolidayNoticeOptions {
  /** The year the notice schedules (国务院办公厅关于{year}年部分节假日安排的通知). */
  year: number;
}

/**
 * A notice read by `parseHolidayNotice`: the year's schedule, in the shape `loadCalendarYear`
 * takes (each holiday quotes its notice line), and apart from it the days the notice gives
 * to the previous year (a 元旦 block from 31 December), for that year's schedule.
 */
export interface ParsedHolidayNotice extends CalendarYear {
  /** Present only when the notice gives days to the previous year. */
  previousYear?: { year: number; holidays: { name: string; days: IsoDate[]; quote?: string; source?: string }[]; makeupWorkdays: IsoDate[] };
}
"#;

#[wasm_bindgen(typescript_custom_section)]
const TS_MANY: &'static str = r#"
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
"#;

/// Read the State Council's holiday notice (its text) into the schedule `loadCalendarYear`
/// takes; throws `invalid_calendar` naming the line and the fault (Chinese / English),
/// `invalid_argument` for a text that is not a string or a missing `year`. In the Node
/// build only (feature `notice`): the parser would cost the web package ~14 KB gzip, a
/// tenth of its budget (tests/size.test.mjs), for a maintainer's or server's task.
#[cfg(feature = "notice")]
#[wasm_bindgen(js_name = parseHolidayNotice, unchecked_return_type = "ParsedHolidayNotice")]
pub fn parse_holiday_notice(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "HolidayNoticeOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let argument = |why: String| into_error(Error::new(ErrorCode::InvalidArgument, why));
    let text = text.as_string().ok_or_else(|| argument(format!("the notice text must be a string, got {}", safe::describe(&text))))?;
    let year = if options.is_object() { Reflect::get(&options, &JsValue::from_str("year")).unwrap_or(JsValue::UNDEFINED) } else { options };
    let year = int_arg(&year, "year").map_err(into_error)?;
    // A year beyond i32 is outside the supported range: the core says so.
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    encode_json(&jincheng_tools::parse_holiday_notice(&text, year).map_err(into_error)?)
}

// ---- Application types ----------------------------------------------------------

/// One entry per application type: id, title, document (number, title, dates in force), articles, deadlines (id, title, the fields each needs).
#[wasm_bindgen(js_name = applicationTypes, unchecked_return_type = "ApplicationTypeInfo[]")]
pub fn application_types(#[wasm_bindgen(unchecked_param_type = "Locale")] locale: JsValue) -> Result<JsValue, JsValue> {
    let locale = locale_arg(&locale)?;
    let list: Vec<TypeInfo> = registry::application_types().iter().map(|t| TypeInfo(t, locale)).collect();
    encode_json(&list)
}

/// The JSON Schema (draft 2020-12) of a submission, generated from the field declarations.
#[wasm_bindgen(unchecked_return_type = "JsonSchema")]
pub fn schema(
    #[wasm_bindgen(unchecked_param_type = "ApplicationTypeId")] type_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Locale")] locale: JsValue,
) -> Result<JsValue, JsValue> {
    let t = type_arg(&type_id)?;
    js_sys::JSON::parse(&t.schema_json(locale_arg(&locale)?))
}

/// Validate a submission: never throws for any submission value; throws only for an
/// unknown type (`unknown_type`) or malformed options (`invalid_options`).
#[wasm_bindgen(unchecked_return_type = "ValidationReport")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "ApplicationTypeId")] type_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "unknown")] submission: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let t = type_arg(&type_id)?;
    let options = options_arg(&options)?;
    let json = submission_json(&submission);
    encode_json(&calendar(|c| report(t, json, &options, c)))
}

/// The report of a submission as [`submission_json`] wrote it (or could not).
fn report(t: &'static app::ApplicationType, json: Result<String, app::Unreadable>, options: &Options, calendar: &Calendar) -> app::Report {
    match json {
        Ok(json) => app::validate_json(t, &json, options, calendar),
        Err(why) => app::validate_unreadable(t, why, options),
    }
}

/// Whether `validate` finds no error in a submission: in TypeScript a type guard, the
/// input being then the type's submission (`SubmissionOf<T>`). Throws like `validate`.
#[wasm_bindgen(js_name = isValid)]
pub fn is_valid(
    #[wasm_bindgen(unchecked_param_type = "ApplicationTypeId")] type_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "unknown")] submission: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<bool, JsValue> {
    // `validate`'s report, read back: no second copy of the checks' wiring in the wasm.
    let report = validate(type_id, submission, options)?;
    Ok(Reflect::get(&report, &JsValue::from_str("valid")).is_ok_and(|v| v.is_truthy()))
}

/// Validate many submissions: JSON Lines text (a string or a `Uint8Array` of UTF-8), or an
/// array. One report per item (per non-blank line), in order; a line that cannot be read
/// is a report naming its line, never a throw. With `output: 'jsonl'` the reports come
/// back as JSON Lines text (one per line, in order) instead of objects. Throws like
/// `validate` (unknown type, malformed options, an `output` other than "array" or
/// "jsonl"), and `invalid_argument` for input of another kind.
#[wasm_bindgen(js_name = validateMany, unchecked_return_type = "ManyValidationReport[]")]
pub fn validate_many(
    #[wasm_bindgen(unchecked_param_type = "ApplicationTypeId")] type_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ManyInput")] input: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateManyOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let t = type_arg(&type_id)?;
    let (first_line, jsonl, options) = many_options(&options)?;
    match many_input(&input)? {
        ManyInput::Lines(text) => many_output(&calendar(|c| app::validate_lines_from(t, &text, first_line, &options, c)), jsonl),
        // Each item written as JSON text by the engine as it comes.
        ManyInput::Items(items) => {
            let reports: Vec<app::Report> = calendar(|c| items.iter().map(|item| report(t, submission_json(&item), &options, c)).collect());
            many_output(&reports, jsonl)
        }
    }
}

/// The deadlines computed from a submission's dates.
#[wasm_bindgen(unchecked_return_type = "Deadline[]")]
pub fn deadlines(
    #[wasm_bindgen(unchecked_param_type = "ApplicationTypeId")] type_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "unknown")] submission: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let t = type_arg(&type_id)?;
    let options = options_arg(&options)?;
    let list = match submission_json(&submission) {
        Ok(json) => calendar(|c| app::deadlines_json(t, &json, &options, c)),
        Err(_) => Vec::new(),
    };
    encode_json(&list)
}

#[wasm_bindgen(typescript_custom_section)]
const TS_FORM_STATE: &'static str = r#"
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
"#;

/// The form model of a (partial) submission: for every field, group, list and list
/// item, its pointer, label, kind, and whether it is required now and applicable.
/// Never throws for any submission value (what is not an object reads as an empty
/// form); throws `unknown_type` and `invalid_options` like `validate`.
#[wasm_bindgen(js_name = formState, unchecked_return_type = "FormState")]
pub fn form_state(
    #[wasm_bindgen(unchecked_param_type = "ApplicationTypeId")] type_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "unknown")] submission: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let t = type_arg(&type_id)?;
    let options = options_arg(&options)?;
    let json = submission_json(&submission).unwrap_or_default();
    let v = app::parse_submission(&json, options.locale).unwrap_or(jincheng_rules::json::Json::Null);
    encode_json(&app::form_state(t, &v, &options))
}

/// Every rule the library enforces, for one type or all: what a legal reviewer signs off.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules(
    #[wasm_bindgen(unchecked_param_type = "ApplicationTypeId | null")] type_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Locale")] locale: JsValue,
) -> Result<JsValue, JsValue> {
    let locale = locale_arg(&locale)?;
    let list: Vec<app::RuleInfo> = if type_id.is_undefined() || type_id.is_null() {
        registry::application_types().iter().flat_map(|t| t.rule_list(locale)).collect()
    } else {
        type_arg(&type_id)?.rule_list(locale)
    };
    encode_json(&list)
}

fn id_check(value: &JsValue, options: &JsValue, kind: IdKind) -> Result<JsValue, JsValue> {
    // Throws only for malformed options (invalid_options); never for the value.
    let (locale, today) = id_options(options)?;
    let ctx = CheckContext { today, locale };
    // The checks look at 18 characters at most after counting them, so any length is cheap.
    let result: IdCheck = match (value.as_string(), kind) {
        (Some(s), IdKind::ResidentId) => check_resident_id(&s, &ctx),
        (Some(s), IdKind::CreditCode) => check_credit_code(&s, &ctx),
        (Some(s), IdKind::Mobile) => check_mobile(&s, &ctx),
        (None, _) => check_not_text(kind, &ctx),
    };
    encode_json(&result).or_else(|_| Ok(JsValue::NULL))
}

/// Check a resident ID number (GB 11643-1999); never throws.
#[wasm_bindgen(js_name = checkResidentId, unchecked_return_type = "IdCheck")]
pub fn check_resident_id_js(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IdCheckOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    id_check(&value, &options, IdKind::ResidentId)
}

/// Check a unified social credit code (GB 32100-2015); never throws.
#[wasm_bindgen(js_name = checkCreditCode, unchecked_return_type = "IdCheck")]
pub fn check_credit_code_js(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IdCheckOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    id_check(&value, &options, IdKind::CreditCode)
}

/// Check a mainland mobile number; never throws.
#[wasm_bindgen(js_name = checkMobile, unchecked_return_type = "IdCheck")]
pub fn check_mobile_js(
    #[wasm_bindgen(unchecked_param_type = "unknown")] value: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IdCheckOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    id_check(&value, &options, IdKind::Mobile)
}

// ---- Number-only fast paths for the package's JS facade -------------------------------

/// `addWorkdays` on packed dates; 0 means "use the full path".
#[wasm_bindgen(js_name = __addWorkdaysPacked)]
pub fn add_workdays_packed(date: u32, n: f64) -> u32 {
    let Some(d) = unpack(date) else { return 0 };
    if !(n.is_finite() && n.fract() == 0.0 && n.abs() <= MAX_SAFE) {
        return 0;
    }
    calendar(|c| c.add_workdays(d, n as i64)).map(pack).unwrap_or(0)
}

/// `workdaysBetween` on packed dates; NaN means "use the full path".
#[wasm_bindgen(js_name = __workdaysBetweenPacked)]
pub fn workdays_between_packed(from: u32, to: u32) -> f64 {
    match (unpack(from), unpack(to)) {
        (Some(a), Some(b)) => calendar(|c| c.workdays_between(a, b)).map_or(f64::NAN, |n| n as f64),
        _ => f64::NAN,
    }
}

/// `isWorkday` on a packed date: 1 yes, 0 no, 2 "use the full path".
#[wasm_bindgen(js_name = __isWorkdayPacked)]
pub fn is_workday_packed(date: u32) -> u32 {
    unpack(date).and_then(|d| calendar(|c| c.is_workday(d)).ok()).map_or(2, u32::from)
}

/// `validate` for the JS facade: the submission already as JSON text (the facade's own
/// `JSON.stringify`), the options packed as one number (`asOf` as yyyymmdd × 2, 0 for
/// today; + 1 for English). The report comes back as JSON text for `JSON.parse`,
/// `{"report": …, "citations": [[n, citation], …]}`, written by
/// [`app::Report::write_json_citing`] (serde's generic writer took ~60 % of an invalid
/// submission's time here) with each citation as a number and the citations not sent
/// before listed once (a report's citations are most of its text). UTF-16 instead of
/// UTF-8 decodes faster in JS but costs more to make and copy — measured slower overall. `None` sends the call to the full export, which throws the coded
/// error (an unknown type, an impossible `asOf`).
#[wasm_bindgen(js_name = __validateText)]
pub fn validate_text(type_id: &str, json: &str, options: u32) -> Option<String> {
    let report = validate_packed(type_id, json, options)?;
    let mut out = String::with_capacity(256 + 256 * report.issues.len());
    out.push_str("{\"report\":");
    Some(citing(out, |out, number| report.write_json_citing(out, &mut |out, c| number(c).write_json(out))))
}

/// `validateMany` for the JS facade on JSON Lines text (a string): the options packed as
/// for `__validateText`, and `first_line` the number of the text's first line. Each line
/// is validated and written in turn (no list of reports is kept), compactly (see
/// `write_compact` in batch.rs): the reports as numbers, which `__validateManyNumbers` then
/// hands over as one `Float64Array`, and this JSON text, `{"strings": [...], "citations": [[n,
/// citation], …]}`: each distinct string of the batch once, each citation not sent before
/// once. `None` sends the call to the full export.
#[cfg(feature = "batch")]
#[wasm_bindgen(js_name = __validateManyText)]
pub fn validate_many_text(type_id: &str, text: &str, options: u32, first_line: u32) -> Option<String> {
    validate_many_packed(type_id, text.len(), options, first_line, app::json_lines_str(text).map(|(n, l)| (n, Line::Text(l))))
}

/// [`validate_many_text`] on the UTF-8 bytes of the text (a `Uint8Array`).
#[cfg(feature = "batch")]
#[wasm_bindgen(js_name = __validateManyBytes)]
pub fn validate_many_bytes(type_id: &str, bytes: &[u8], options: u32, first_line: u32) -> Option<String> {
    validate_many_packed(type_id, bytes.len(), options, first_line, app::json_lines(bytes).map(|(n, l)| (n, Line::Bytes(l))))
}

/// The numbers of the batch `__validateManyText` / `__validateManyBytes` just wrote (then
/// forgotten here): see `write_compact` in batch.rs.
#[cfg(feature = "batch")]
#[wasm_bindgen(js_name = __validateManyNumbers)]
pub fn validate_many_numbers() -> Vec<f64> {
    NUMBERS.with(|n| std::mem::take(&mut *n.borrow_mut()))
}

