//! The npm package's wasm layer. Each export decodes its arguments, calls the pure
//! core (`jincheng-rules`), and encodes the result; errors become a JS `Error`
//! with a `code` property (api.md). No logic lives here.

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod alloc;
use std::cell::RefCell;

use jincheng_rules::application::{self as app, Options};
use jincheng_rules::hours::ServiceHours;
use jincheng_rules::json::{write_object, WriteJson};
use jincheng_rules::{
    add_months, check_credit_code, check_mobile, check_not_text, check_resident_id, parse_date, quote, Calendar, CheckContext, Error,
    ErrorCode, IdCheck, IdKind, Locale, YearSchedule,
};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The citations `__validateText` has sent the facade, by number (a citation is
    /// static text: its address and length are its identity). The facade keeps the
    /// same table and turns each number back into the citation object.
    static CITED: RefCell<Vec<[(usize, usize); 3]>> = const { RefCell::new(Vec::new()) };
    /// The portal's calendar: built on first use, extended by `loadCalendarYear`.
    static CALENDAR: RefCell<Calendar> = RefCell::new(Calendar::official());
}

fn with_calendar<T>(f: impl FnOnce(&Calendar) -> Result<T, Error>) -> Result<T, JsValue> {
    CALENDAR.with(|c| f(&c.borrow())).map_err(into_error)
}

/// The one error bridge: a JS `Error` whose `code` is the core's stable code, whose
/// `message` names the offending value for the developer (English), and whose
/// `messageZh` is the Chinese sentence a page may show.
fn into_error(e: Error) -> JsValue {
    let err = js_sys::Error::new(e.message());
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(e.code().as_str()));
    let _ = Reflect::set(&err, &JsValue::from_str("messageZh"), &JsValue::from_str(e.message_in(Locale::ZhCn)));
    err.into()
}

/// A short description of a JS value for an error message.
fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        return quote(&s);
    }
    let debug = format!("{v:?}");
    let inner = debug.strip_prefix("JsValue(").and_then(|s| s.strip_suffix(')')).unwrap_or(&debug);
    inner.chars().take(40).collect()
}

fn date_arg(v: &JsValue) -> Result<chrono::NaiveDate, Error> {
    match v.as_string() {
        Some(s) => parse_date(&s),
        None => Err(Error::new(ErrorCode::InvalidDate, format!("invalid date {}: expected a string YYYY-MM-DD", describe(v)))
            .with_zh("日期应为“年-月-日”形式的文字，例如2026-10-15。")),
    }
}

fn int_arg(v: &JsValue, name: &str) -> Result<i64, Error> {
    const MAX_SAFE: f64 = 9_007_199_254_740_991.0;
    match v.as_f64() {
        Some(x) if x.is_finite() && x.fract() == 0.0 && x.abs() <= MAX_SAFE => Ok(x as i64),
        _ => Err(Error::new(ErrorCode::InvalidArgument, format!("{name} must be an integer, got {}", describe(v)))
            .with_zh("天数应为整数，例如5或-5。")),
    }
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

/** The codes of the errors the functions throw (`err.code`). */
export type ErrorCode = "invalid_date" | "out_of_range" | "invalid_argument" | "invalid_calendar" | "unknown_type" | "invalid_options";

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
  /** Stable dotted code, e.g. "resident_id.check_digit". */
  code: string;
  severity: "error" | "warning" | "info";
  /** A plain sentence for the applicant in the requested locale. */
  message: string;
  citation: Citation | null;
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
  provisional: boolean;
  trace: TraceEntry[];
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
    if !data.is_object() || js_sys::Array::is_array(&data) {
        return Err(invalid(
            format!("expected an object {{year, source, holidays, makeupWorkdays}}, got {}", describe(&data)),
            "放假安排未能载入：应为一组信息（含year、source、holidays、makeupWorkdays）。",
        ));
    }
    // The same crossing as submissions: the engine's JSON.stringify, parsed by the core.
    let text = js_sys::JSON::stringify(&data)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid(format!("{} cannot be written as JSON", describe(&data)), "放假安排未能载入：无法读取该数据。"))?;
    let schedule = YearSchedule::from_json(&text).map_err(|e| invalid(e.message().to_owned(), e.message_in(Locale::ZhCn)))?;
    CALENDAR.with(|c| c.borrow_mut().load_year(schedule)).map_err(into_error)
}

// ---- Application types ----------------------------------------------------------

fn today_china() -> chrono::NaiveDate {
    let ms = js_sys::Date::now() as i64 + 8 * 3_600_000;
    chrono::DateTime::from_timestamp_millis(ms).map(|d| d.date_naive()).unwrap_or(jincheng_rules::FIRST_DAY)
}

fn invalid_options(why: String) -> JsValue {
    into_error(Error::new(ErrorCode::InvalidOptions, format!("invalid options: {why}")))
}

fn locale_arg(v: &JsValue) -> Result<Locale, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(Locale::ZhCn);
    }
    v.as_string()
        .and_then(|s| Locale::parse(&s))
        .ok_or_else(|| invalid_options(format!("locale must be \"zh-CN\" or \"en\", got {}", describe(v))))
}

fn get(obj: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(obj, &JsValue::from_str(key)).map_err(|_| invalid_options(format!("cannot read `{key}`")))
}

/// Decode `{locale, asOf, fields}`; `undefined`/`null` give the defaults.
fn options_arg(v: &JsValue) -> Result<Options, JsValue> {
    let mut o = Options { locale: Locale::ZhCn, as_of: today_china(), fields: None, service_hours: None };
    if v.is_undefined() || v.is_null() {
        return Ok(o);
    }
    if !v.is_object() || js_sys::Array::is_array(v) {
        return Err(invalid_options(format!("expected an object {{locale, asOf, fields, serviceHours}}, got {}", describe(v))));
    }
    o.locale = locale_arg(&get(v, "locale")?)?;
    let as_of = get(v, "asOf")?;
    if !(as_of.is_undefined() || as_of.is_null()) {
        o.as_of = date_arg(&as_of).map_err(|e| invalid_options(format!("asOf: {}", e.message())))?;
    }
    let fields = get(v, "fields")?;
    if !(fields.is_undefined() || fields.is_null()) {
        if !js_sys::Array::is_array(&fields) {
            return Err(invalid_options(format!("fields must be an array of JSON Pointers, got {}", describe(&fields))));
        }
        let mut list = Vec::new();
        for item in js_sys::Array::from(&fields).iter() {
            match item.as_string() {
                Some(p) if p.is_empty() || p.starts_with('/') => list.push(p),
                _ => {
                    return Err(invalid_options(format!("fields: {} is not a JSON Pointer (\"\" or starting with \"/\")", describe(&item))))
                }
            }
        }
        o.fields = Some(list);
    }
    let hours = get(v, "serviceHours")?;
    if !(hours.is_undefined() || hours.is_null()) {
        o.service_hours = Some(service_hours_arg(&hours)?);
    }
    Ok(o)
}

/// Decode `[["08:00","12:00"], …]`; the core checks the times.
fn service_hours_arg(v: &JsValue) -> Result<ServiceHours, JsValue> {
    let shape = |item: &JsValue| invalid_options(format!("serviceHours: {} is not a pair [\"HH:MM\", \"HH:MM\"]", describe(item)));
    if !js_sys::Array::is_array(v) {
        return Err(invalid_options(format!("serviceHours must be an array of [\"HH:MM\", \"HH:MM\"] pairs, got {}", describe(v))));
    }
    let mut pairs = Vec::new();
    for item in js_sys::Array::from(v).iter() {
        if !js_sys::Array::is_array(&item) {
            return Err(shape(&item));
        }
        let pair = js_sys::Array::from(&item);
        match (pair.length(), pair.get(0).as_string(), pair.get(1).as_string()) {
            (2, Some(a), Some(b)) => pairs.push((a, b)),
            _ => return Err(shape(&item)),
        }
    }
    ServiceHours::parse(&pairs).map_err(|e| invalid_options(e.message().to_owned()))
}

fn type_arg(v: &JsValue) -> Result<&'static app::ApplicationType, JsValue> {
    let id =
        v.as_string().ok_or_else(|| into_error(Error::new(ErrorCode::UnknownType, format!("unknown application type {}", describe(v)))))?;
    app::application_type(&id).map_err(into_error)
}

/// The submission as JSON text, made by the engine's own `JSON.stringify` (one string
/// across the boundary instead of one call per property). What it cannot write — a
/// cycle or BigInt (TypeError), nesting beyond the engine's stack (RangeError) — and
/// text over the size limit are reported by the core as one issue.
fn submission_json(v: &JsValue) -> Result<String, app::Unreadable> {
    if v.is_undefined() {
        return Ok("null".to_owned());
    }
    match js_sys::JSON::stringify(v) {
        // A function or a symbol stringifies to `undefined`: not a form, like null.
        Ok(s) if !s.is_string() => Ok("null".to_owned()),
        Ok(s) if s.length() as usize > app::MAX_SUBMISSION_BYTES => Err(app::Unreadable::TooLarge),
        Ok(s) => Ok(s.as_string().unwrap_or_else(|| "null".to_owned())),
        Err(e) if e.is_instance_of::<js_sys::RangeError>() => Err(app::Unreadable::TooDeep),
        Err(_) => Err(app::Unreadable::NotJson),
    }
}

/// Write a core value as JSON text (the core's own writer, not serde's: smaller and
/// faster in wasm) and let the engine build the object.
fn encode_json<T: WriteJson + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&value.to_json())
}

struct DocumentInfo<'a>(&'a app::Document);

impl WriteJson for DocumentInfo<'_> {
    fn write_json(&self, out: &mut String) {
        let d = self.0;
        write_object(
            out,
            &[
                ("number", &d.number),
                ("title", &d.title),
                ("issued", &d.issued),
                ("inForceFrom", &d.in_force_from),
                ("inForceUntil", &d.in_force_until),
            ],
        );
    }
}

struct TypeInfo(&'static app::ApplicationType, Locale);

impl WriteJson for TypeInfo {
    fn write_json(&self, out: &mut String) {
        let t = self.0;
        write_object(
            out,
            &[
                ("id", &t.id),
                ("code", &t.code),
                ("title", &t.title.get(self.1)),
                ("document", &DocumentInfo(t.document())),
                ("articles", &t.articles),
            ],
        );
    }
}

/// One entry per application type: id, title, document (number, title, dates in force), articles.
#[wasm_bindgen(js_name = applicationTypes, unchecked_return_type = "ApplicationTypeInfo[]")]
pub fn application_types(#[wasm_bindgen(unchecked_param_type = "Locale")] locale: JsValue) -> Result<JsValue, JsValue> {
    let locale = locale_arg(&locale)?;
    let list: Vec<TypeInfo> = app::application_types().iter().map(|t| TypeInfo(t, locale)).collect();
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
    let report = match submission_json(&submission) {
        Ok(json) => CALENDAR.with(|c| app::validate_json(t, &json, &options, &c.borrow())),
        Err(why) => app::validate_unreadable(t, why, &options),
    };
    encode_json(&report)
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
        Ok(json) => CALENDAR.with(|c| app::deadlines_json(t, &json, &options, &c.borrow())),
        Err(_) => Vec::new(),
    };
    encode_json(&list)
}

/// Every rule the library enforces, for one type or all: what a legal reviewer signs off.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules(
    #[wasm_bindgen(unchecked_param_type = "ApplicationTypeId | null")] type_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Locale")] locale: JsValue,
) -> Result<JsValue, JsValue> {
    let locale = locale_arg(&locale)?;
    let list: Vec<app::RuleInfo> = if type_id.is_undefined() || type_id.is_null() {
        app::application_types().iter().flat_map(|t| t.rule_list(locale)).collect()
    } else {
        type_arg(&type_id)?.rule_list(locale)
    };
    encode_json(&list)
}

fn id_check(value: &JsValue, options: &JsValue, kind: IdKind) -> Result<JsValue, JsValue> {
    // Never throws: malformed options fall back to the defaults.
    let o = options_arg(options).unwrap_or(Options { locale: Locale::ZhCn, as_of: today_china(), fields: None, service_hours: None });
    let ctx = CheckContext { today: o.as_of, locale: o.locale };
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

/// Diagnostics: the size of the module's linear memory in bytes (it only grows; a
/// leak across the boundary shows as growth over many calls).
#[wasm_bindgen(js_name = wasmMemoryBytes)]
pub fn wasm_memory_bytes() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as f64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0.0
    }
}

// ---- Number-only fast paths for the package's JS facade -------------------------------
//
// The facade (written by build-package.mjs) checks the `YYYY-MM-DD` shape in JS and
// passes dates packed as yyyymmdd, so the hottest calendar calls cross the boundary
// as numbers instead of strings. Anything unusual — a malformed or impossible date, a
// non-integer n, a result out of range — answers 0 / NaN and the facade calls the
// full export above, which throws the proper coded error.

fn unpack(date: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt((date / 10_000) as i32, date / 100 % 100, date % 100)
        .filter(|d| jincheng_rules::check_range(*d).is_ok())
}

fn pack(d: chrono::NaiveDate) -> u32 {
    use chrono::Datelike;
    d.year() as u32 * 10_000 + d.month() * 100 + d.day()
}

/// `addWorkdays` on packed dates; 0 means "use the full path".
#[wasm_bindgen(js_name = __addWorkdaysPacked)]
pub fn add_workdays_packed(date: u32, n: f64) -> u32 {
    let Some(d) = unpack(date) else { return 0 };
    if !(n.is_finite() && n.fract() == 0.0 && n.abs() <= 9_007_199_254_740_991.0) {
        return 0;
    }
    CALENDAR.with(|c| c.borrow().add_workdays(d, n as i64)).map(pack).unwrap_or(0)
}

/// `workdaysBetween` on packed dates; NaN means "use the full path".
#[wasm_bindgen(js_name = __workdaysBetweenPacked)]
pub fn workdays_between_packed(from: u32, to: u32) -> f64 {
    match (unpack(from), unpack(to)) {
        (Some(a), Some(b)) => CALENDAR.with(|c| c.borrow().workdays_between(a, b)).map_or(f64::NAN, |n| n as f64),
        _ => f64::NAN,
    }
}

/// `isWorkday` on a packed date: 1 yes, 0 no, 2 "use the full path".
#[wasm_bindgen(js_name = __isWorkdayPacked)]
pub fn is_workday_packed(date: u32) -> u32 {
    unpack(date).and_then(|d| CALENDAR.with(|c| c.borrow().is_workday(d)).ok()).map_or(2, u32::from)
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
    let mut new = Vec::new();
    CITED.with(|table| {
        let mut table = table.borrow_mut();
        report.write_json_citing(&mut out, &mut |out, c| {
            let key = [c.document, c.article, c.text].map(|s| (s.as_ptr() as usize, s.len()));
            let i = table.iter().position(|k| *k == key).unwrap_or_else(|| {
                table.push(key);
                new.push((table.len() - 1, *c));
                table.len() - 1
            });
            out.push_str(&i.to_string());
        });
    });
    out.push_str(",\"citations\":[");
    for (n, (i, c)) in new.iter().enumerate() {
        out.push_str(if n == 0 { "[" } else { ",[" });
        out.push_str(&i.to_string());
        out.push(',');
        jincheng_rules::model::write_citation(&mut out, c);
        out.push(']');
    }
    out.push_str("]}");
    Some(out)
}

fn validate_packed(type_id: &str, json: &str, options: u32) -> Option<app::Report> {
    let t = app::application_type(type_id).ok()?;
    let locale = if options & 1 == 1 { Locale::En } else { Locale::ZhCn };
    let as_of = match options >> 1 {
        0 => today_china(),
        packed => unpack(packed)?,
    };
    let options = Options { locale, as_of, fields: None, service_hours: None };
    Some(CALENDAR.with(|c| app::validate_json(t, json, &options, &c.borrow())))
}

/// Benchmark builds only: [`validate_text`] without writing the report (the number of
/// issues), so `npm run bench` can split a call's time between reading and writing.
#[cfg(feature = "bench-form")]
#[wasm_bindgen(js_name = __validateNoOutput)]
pub fn validate_no_output(type_id: &str, json: &str, options: u32) -> u32 {
    validate_packed(type_id, json, options).map_or(0, |r| r.issues.len() as u32)
}
