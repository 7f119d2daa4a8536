//! The npm package's wasm layer. Each export decodes its arguments, calls the pure
//! core (`jincheng-rules`), and encodes the result; errors become a JS `Error`
//! with a `code` property (api.md). No logic lives here.

use std::cell::RefCell;

use jincheng_rules::{add_months, parse_date, quote, Calendar, Error, ErrorCode, YearSchedule};
use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The portal's calendar: built on first use, extended by `loadCalendarYear`.
    static CALENDAR: RefCell<Calendar> = RefCell::new(Calendar::official());
}

fn with_calendar<T>(f: impl FnOnce(&Calendar) -> Result<T, Error>) -> Result<T, JsValue> {
    CALENDAR.with(|c| f(&c.borrow())).map_err(into_error)
}

/// The one error bridge: a JS `Error` whose `code` is the core's stable code.
fn into_error(e: Error) -> JsValue {
    let err = js_sys::Error::new(e.message());
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(e.code().as_str()));
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
        None => Err(Error::new(
            ErrorCode::InvalidDate,
            format!("invalid date {}: expected a string YYYY-MM-DD", describe(v)),
        )),
    }
}

fn int_arg(v: &JsValue, name: &str) -> Result<i64, Error> {
    const MAX_SAFE: f64 = 9_007_199_254_740_991.0;
    match v.as_f64() {
        Some(x) if x.is_finite() && x.fract() == 0.0 && x.abs() <= MAX_SAFE => Ok(x as i64),
        _ => Err(Error::new(
            ErrorCode::InvalidArgument,
            format!("{name} must be an integer, got {}", describe(v)),
        )),
    }
}

fn encode<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let ser = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    value.serialize(&ser).map_err(|e| into_error(Error::new(ErrorCode::InvalidArgument, e.to_string())))
}

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

/** The codes of the errors the calendar functions throw (`err.code`). */
export type CalendarErrorCode = "invalid_date" | "out_of_range" | "invalid_argument" | "invalid_calendar";
"#;

/// A working day: Mon–Fri that is no holiday, or a weekend day made a working day (调休上班).
#[wasm_bindgen(js_name = isWorkday)]
pub fn is_workday(#[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue) -> Result<bool, JsValue> {
    with_calendar(|c| c.is_workday(date_arg(&date)?))
}

/// Everything known about a day: kind, holiday name, provisional, source.
#[wasm_bindgen(js_name = dayInfo, unchecked_return_type = "DayInfo")]
pub fn day_info(#[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue) -> Result<JsValue, JsValue> {
    encode(&with_calendar(|c| c.day_info(date_arg(&date)?))?)
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
    encode(&with_calendar(|c| c.explain_add_workdays(date_arg(&date)?, int_arg(&n, "n")?))?)
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
    encode(&with_calendar(|c| Ok(c.provisional_years(date_arg(&from)?, date_arg(&to)?)))?)
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
    encode(&with_calendar(|c| Ok(c.coverage()))?)
}

/// Add or replace one year's official schedule at run time (throws `invalid_calendar`).
#[wasm_bindgen(js_name = loadCalendarYear)]
pub fn load_calendar_year(#[wasm_bindgen(unchecked_param_type = "CalendarYear")] data: JsValue) -> Result<(), JsValue> {
    let invalid = |why: String| into_error(Error::new(ErrorCode::InvalidCalendar, format!("invalid calendar year: {why}")));
    if !data.is_object() || js_sys::Array::is_array(&data) {
        return Err(invalid(format!("expected an object {{year, source, holidays, makeupWorkdays}}, got {}", describe(&data))));
    }
    let schedule: YearSchedule = serde_wasm_bindgen::from_value(data).map_err(|e| {
        let text = e.to_string();
        invalid(text.strip_prefix("Error: ").unwrap_or(&text).to_owned())
    })?;
    CALENDAR.with(|c| c.borrow_mut().load_year(schedule)).map_err(into_error)
}
