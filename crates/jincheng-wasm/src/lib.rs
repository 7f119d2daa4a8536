//! The npm package's wasm layer. Each export decodes its arguments, calls the pure
//! core (`jincheng-rules`), and encodes the result; errors become a JS `Error`
//! with a `code` property (api.md). No logic lives here.

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
mod alloc;
mod safe;
use std::cell::RefCell;

use safe::describe;

use jincheng_rules::application::{self as app, Options};
use jincheng_rules::registry;
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
    /// What became of documents past their term, as `loadDocumentStatus` loaded it:
    /// every validation's options carry it (see [`with_document_status`]).
    static DOCUMENT_STATUS: RefCell<std::sync::Arc<[app::DocumentStatus]>> = RefCell::new(std::sync::Arc::from([]));
    /// Types added by a build that embeds this crate (the benchmark's research form,
    /// `tests/bench/research-form`), looked up after the catalogue's. Empty in the package.
    static EXTRA_TYPES: RefCell<Vec<&'static app::ApplicationType>> = const { RefCell::new(Vec::new()) };
}

/// For a build that embeds this crate (the benchmark harness): make `t` known to every
/// export by its id, after the catalogue's seventeen. Not a JavaScript export.
#[doc(hidden)]
pub fn add_type(t: &'static app::ApplicationType) {
    EXTRA_TYPES.with(|x| x.borrow_mut().push(t));
}

/// The catalogue's type with this id, else an added one.
fn find_type(id: &str) -> Result<&'static app::ApplicationType, Error> {
    registry::application_type(id).or_else(|e| EXTRA_TYPES.with(|x| x.borrow().iter().copied().find(|t| t.id == id)).ok_or(e))
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
        // An integer, but beyond the integers a number holds exactly: say so, not "must be an integer".
        Some(x) if x.is_finite() && x.fract() == 0.0 => Err(Error::new(
            ErrorCode::InvalidArgument,
            format!("{name} = {} is too large: at most 2^53 − 1 in size (and a count of days leaves the supported dates long before)", describe(v)),
        )
        .with_zh("天数过大，结果超出可计算的日期范围。")),
        _ => Err(Error::new(ErrorCode::InvalidArgument, format!("{name} must be an integer, got {}", describe(v)))
            .with_zh("天数应为整数，例如5或-5。")),
    }
}

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

/// An operator's record (a calendar year, a document status) as JSON text for the core's
/// reader: the same crossing as submissions (the engine's JSON.stringify). Not an object, or
/// not writable as JSON, is `invalid(…)` with the record's shape (`{…}`) and, in Chinese,
/// `zh` (what failed to load) followed by what is wrong.
fn record_text(data: &JsValue, shape: &str, zh: &str, zh_fields: &str, invalid: impl Fn(String, &str) -> JsValue) -> Result<String, JsValue> {
    if !data.is_object() || safe::is_array(data) {
        return Err(invalid(format!("expected an object {shape}, got {}", describe(data)), &format!("{zh}应为一组信息（含{zh_fields}）。")));
    }
    js_sys::JSON::stringify(data)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid(format!("{} cannot be written as JSON", describe(data)), &format!("{zh}无法读取该数据。")))
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
    let text = text.as_string().ok_or_else(|| argument(format!("the notice text must be a string, got {}", describe(&text))))?;
    let year = if options.is_object() { Reflect::get(&options, &JsValue::from_str("year")).unwrap_or(JsValue::UNDEFINED) } else { options };
    let year = int_arg(&year, "year").map_err(into_error)?;
    // A year beyond i32 is outside the supported range: the core says so.
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    encode_json(&jincheng_tools::parse_holiday_notice(&text, year).map_err(into_error)?)
}

// ---- Application types ----------------------------------------------------------

fn today_china() -> chrono::NaiveDate {
    jincheng_rules::date_in_china(js_sys::Date::now() as i64)
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

/// The keys of `validate`'s and `deadlines`' options.
const OPTION_KEYS: &[&str] = &["locale", "asOf", "fields", "serviceHours", "labels"];

/// An options object's own keys must all be known (`{asof: …}` is a typo that would
/// otherwise validate as of today): else `invalid_options` naming the key and the known ones.
fn known_keys(v: &JsValue, known: &[&str], also: &[&str]) -> Result<(), JsValue> {
    let Some(keys) = safe::keys(v) else {
        return Err(invalid_options(format!("the options cannot be read (got {})", describe(v))));
    };
    for key in keys {
        if !known.contains(&key.as_str()) && !also.contains(&key.as_str()) {
            let mut all = String::new();
            for k in known.iter().chain(also) {
                if !all.is_empty() {
                    all.push_str(", ");
                }
                all.push_str(k);
            }
            return Err(invalid_options(format!("unknown option {}: the options are {all}", quote(&key))));
        }
    }
    Ok(())
}

/// Decode `{locale, asOf, fields, serviceHours, labels}`; `undefined`/`null` give the
/// defaults; an unknown key is `invalid_options`.
fn options_arg(v: &JsValue) -> Result<Options, JsValue> {
    options_arg_with(v, &[])
}

/// [`options_arg`] where the call has options of its own (`also`, read by the caller).
fn options_arg_with(v: &JsValue, also: &[&str]) -> Result<Options, JsValue> {
    let mut o = with_document_status(Options::new(Locale::ZhCn, today_china()));
    if v.is_undefined() || v.is_null() {
        return Ok(o);
    }
    if !v.is_object() || safe::is_array(v) {
        return Err(invalid_options(format!("expected an object {{locale, asOf, fields, serviceHours, labels}}, got {}", describe(v))));
    }
    known_keys(v, OPTION_KEYS, also)?;
    o.locale = locale_arg(&get(v, "locale")?)?;
    let as_of = get(v, "asOf")?;
    if !(as_of.is_undefined() || as_of.is_null()) {
        o.as_of = date_arg(&as_of).map_err(|e| invalid_options(format!("asOf: {}", e.message())))?;
    }
    let fields = get(v, "fields")?;
    if !(fields.is_undefined() || fields.is_null()) {
        if !safe::is_array(&fields) {
            return Err(invalid_options(format!("fields must be an array of JSON Pointers, got {}", describe(&fields))));
        }
        let mut list = Vec::new();
        let items = safe::items(&fields).ok_or_else(|| invalid_options("cannot read `fields`".to_owned()))?;
        for item in items.iter() {
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
    let labels = get(v, "labels")?;
    if !(labels.is_undefined() || labels.is_null()) {
        o.labels = labels_arg(&labels)?;
    }
    Ok(o)
}

/// Decode `{"/pointer": "label", …}`.
fn labels_arg(v: &JsValue) -> Result<Vec<(String, String)>, JsValue> {
    if !v.is_object() || safe::is_array(v) {
        return Err(invalid_options(format!("labels must be an object {{\"/pointer\": \"label\"}}, got {}", describe(v))));
    }
    let mut out = Vec::new();
    for (key, value) in safe::entries(v).ok_or_else(|| invalid_options("cannot read `labels`".to_owned()))? {
        let key = key.as_string().unwrap_or_default();
        if !(key.is_empty() || key.starts_with('/')) {
            return Err(invalid_options(format!("labels: {} is not a JSON Pointer (\"\" or starting with \"/\")", quote(&key))));
        }
        match value.as_string() {
            Some(label) if !label.trim().is_empty() => out.push((key, label)),
            _ => return Err(invalid_options(format!("labels[{}] must be a non-empty string, got {}", quote(&key), describe(&value)))),
        }
    }
    Ok(out)
}

/// Decode `[["08:00","12:00"], …]`; the core checks the times.
fn service_hours_arg(v: &JsValue) -> Result<ServiceHours, JsValue> {
    let shape = |item: &JsValue| invalid_options(format!("serviceHours: {} is not a pair [\"HH:MM\", \"HH:MM\"]", describe(item)));
    if !safe::is_array(v) {
        return Err(invalid_options(format!("serviceHours must be an array of [\"HH:MM\", \"HH:MM\"] pairs, got {}", describe(v))));
    }
    let mut pairs = Vec::new();
    let items = safe::items(v).ok_or_else(|| invalid_options("cannot read `serviceHours`".to_owned()))?;
    for item in items.iter() {
        if !safe::is_array(&item) {
            return Err(shape(&item));
        }
        let pair = safe::items(&item).ok_or_else(|| shape(&item))?;
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
    find_type(&id).map_err(into_error)
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
        Err(e) if e.is_instance_of::<js_sys::RangeError>() && stack_overflow(&e) => Err(app::Unreadable::TooDeep),
        Err(_) => Err(app::Unreadable::NotJson),
    }
}

/// Whether a `RangeError` from `JSON.stringify` is the engine's stack running out (V8,
/// JavaScriptCore: "Maximum call stack size exceeded"), not one a getter threw.
fn stack_overflow(e: &JsValue) -> bool {
    let message = js_sys::Reflect::get(e, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()).unwrap_or_default();
    // Byte windows, not `str::contains` (whose substring search would grow the module).
    message.as_bytes().windows(10).any(|w| w == b"call stack")
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

/// A deadline a type computes, before any is: its id, title and the fields it needs.
struct DeadlineInfo(&'static app::DeadlineDef, Locale);

impl WriteJson for DeadlineInfo {
    fn write_json(&self, out: &mut String) {
        write_object(out, &[("id", &self.0.id), ("title", &self.0.title.get(self.1)), ("needs", &self.0.needs)]);
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
                ("deadlines", &t.deadlines.iter().map(|d| DeadlineInfo(d, self.1)).collect::<Vec<_>>()),
            ],
        );
    }
}

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
    let report = match submission_json(&submission) {
        Ok(json) => CALENDAR.with(|c| app::validate_json(t, &json, &options, &c.borrow())),
        Err(why) => app::validate_unreadable(t, why, &options),
    };
    encode_json(&report)
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
    let first = if options.is_object() { get(&options, "firstLine")? } else { JsValue::UNDEFINED };
    let first_line = match first.as_f64() {
        _ if first.is_undefined() || first.is_null() => 1,
        Some(n) if n.fract() == 0.0 && (1.0..=f64::from(MAX_FIRST_LINE)).contains(&n) => n as usize,
        _ => {
            return Err(invalid_options(format!(
                "firstLine must be a line number (an integer from 1 to {MAX_FIRST_LINE}), got {}",
                describe(&first)
            )))
        }
    };
    let output = if options.is_object() { get(&options, "output")? } else { JsValue::UNDEFINED };
    let jsonl = match output.as_string().as_deref() {
        _ if output.is_undefined() || output.is_null() => false,
        Some("array") => false,
        Some("jsonl") => true,
        _ => return Err(invalid_options(format!("output must be \"array\" or \"jsonl\", got {}", describe(&output)))),
    };
    let options = options_arg_with(&options, &["firstLine", "output"])?;
    let text = if let Some(s) = input.as_string() {
        s.into_bytes()
    } else if input.is_instance_of::<js_sys::Uint8Array>() {
        safe::bytes(&input).ok_or_else(|| {
            let why = "validateMany: the Uint8Array's buffer is detached".to_owned();
            into_error(Error::new(ErrorCode::InvalidArgument, why))
        })?
    } else if safe::is_array(&input) {
        // A Proxy whose traps throw: a coded error, not an empty batch.
        let items = safe::items(&input).ok_or_else(|| {
            into_error(Error::new(ErrorCode::InvalidArgument, "validateMany: the array cannot be read".to_owned()))
        })?;
        let reports: Vec<app::Report> = CALENDAR.with(|c| {
            let cal = c.borrow();
            items
                .iter()
                .map(|item| match submission_json(&item) {
                    Ok(json) => app::validate_json(t, &json, &options, &cal),
                    Err(why) => app::validate_unreadable(t, why, &options),
                })
                .collect()
        });
        return if jsonl { Ok(json_lines_text(&reports)) } else { encode_json(&reports) };
    } else {
        let why = format!("validateMany takes JSON Lines (a string or a Uint8Array) or an array, got {}", describe(&input));
        return Err(into_error(Error::new(ErrorCode::InvalidArgument, why)));
    };
    let reports = CALENDAR.with(|c| app::validate_lines_from(t, &text, first_line, &options, &c.borrow()));
    if jsonl {
        Ok(json_lines_text(&reports))
    } else {
        encode_json(&reports)
    }
}

/// The largest `firstLine` of `validateMany` (2^31 − 1): with the lines of any text the
/// module can hold, a line's number still fits the module's 32-bit integers.
/// (An integer: a float in a message would link Rust's float formatting into the module.)
const MAX_FIRST_LINE: u32 = 2_147_483_647;

/// Reports as JSON Lines text (one per line, each line ended by `\n`), for `output: 'jsonl'`:
/// one string crosses, and the engine builds no object.
fn json_lines_text<T: WriteJson>(reports: &[T]) -> JsValue {
    let mut out = String::with_capacity(512 * reports.len());
    for r in reports {
        r.write_json(&mut out);
        out.push('\n');
    }
    JsValue::from_str(&out)
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

/// Decode the options of the identity checks, `{locale, asOf}`: `invalid_options` for
/// another key, a locale other than "zh-CN"/"en" or an `asOf` that is not a date.
fn id_options(v: &JsValue) -> Result<(Locale, chrono::NaiveDate), JsValue> {
    let mut out = (Locale::ZhCn, today_china());
    if v.is_undefined() || v.is_null() {
        return Ok(out);
    }
    if !v.is_object() || safe::is_array(v) {
        return Err(invalid_options(format!("expected an object {{locale, asOf}}, got {}", describe(v))));
    }
    known_keys(v, &["locale", "asOf"], &[])?;
    out.0 = locale_arg(&get(v, "locale")?)?;
    let as_of = get(v, "asOf")?;
    if !(as_of.is_undefined() || as_of.is_null()) {
        out.1 = date_arg(&as_of).map_err(|e| invalid_options(format!("asOf: {}", e.message())))?;
    }
    Ok(out)
}

fn id_check(value: &JsValue, options: &JsValue, kind: IdKind) -> Result<JsValue, JsValue> {
    // Throws only for malformed options (invalid_options); never for the value.
    let (locale, today) = id_options(options)?;
    let o = Options::new(locale, today);
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
    Some(citing(out, |out, number| report.write_json_citing(out, &mut |out, c| number(c).write_json(out))))
}

/// Write with each citation as a number into the `CITED` table (`write` gets the
/// function that numbers a citation), then close the object opened in `out` with
/// `,"citations":[[n, citation], …]}`: the citations not sent before, each once (a
/// report's citations are most of its text).
fn citing(mut out: String, write: impl FnOnce(&mut String, &mut dyn FnMut(&jincheng_rules::Citation) -> usize)) -> String {
    let mut new = Vec::new();
    CITED.with(|table| {
        let mut table = table.borrow_mut();
        write(&mut out, &mut |c| {
            let key = [c.document, c.article, c.text].map(|s| (s.as_ptr() as usize, s.len()));
            table.iter().position(|k| *k == key).unwrap_or_else(|| {
                table.push(key);
                new.push((table.len() - 1, *c));
                table.len() - 1
            })
        });
    });
    out.push_str(",\"citations\":[");
    for (n, (i, c)) in new.iter().enumerate() {
        out.push_str(if n == 0 { "[" } else { ",[" });
        i.write_json(&mut out);
        out.push(',');
        jincheng_rules::model::write_citation(&mut out, c);
        out.push(']');
    }
    out.push_str("]}");
    out
}

/// `validateMany` for the JS facade on JSON Lines text (a string): the options packed as
/// for `__validateText`, and `first_line` the number of the text's first line. Each line
/// is validated and written in turn (no list of reports is kept), compactly (see
/// [`write_compact`]): the reports as numbers, which `__validateManyNumbers` then hands
/// over as one `Float64Array`, and this JSON text, `{"strings": [...], "citations": [[n,
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

/// The distinct strings of a batch (paths, codes, messages, suggestions), each sent once:
/// a batch's reports refer to them by number. A harness's batch repeats most of its
/// messages (the same fields missing, the same formats wrong), and JSON text of Chinese
/// messages is what costs most to decode and parse on the JS side.
#[cfg(feature = "batch")]
struct Strings {
    /// The strings, one after the other.
    text: String,
    /// Each string's hash, start and length in `text`, by number.
    spans: Vec<(u32, usize, usize)>,
    /// Open addressing by hash: a string's number + 1, or 0 for an empty slot.
    slots: Vec<u32>,
    /// A buffer for text written before it is numbered (an issue's `reads`).
    scratch: String,
    /// The last `reads` list numbered for an issue's (path, code), by their numbers, and
    /// its number: a batch repeats the same few, and comparing a list with the last one
    /// is cheaper than writing its JSON text and looking that up (see [`Strings::reads`]).
    reads: std::collections::HashMap<(usize, usize), (Vec<String>, usize)>,
}

#[cfg(feature = "batch")]
impl Strings {
    fn new() -> Strings {
        Strings { text: String::new(), spans: Vec::new(), slots: vec![0; 256], scratch: String::new(), reads: std::collections::HashMap::new() }
    }

    /// The number of the JSON text of `reads`, the list of an issue of path and code
    /// numbered `key`: when the same list came with the same key before, its number,
    /// without writing the text again (a list is compared, never assumed).
    fn reads(&mut self, key: (usize, usize), reads: &[String]) -> usize {
        if let Some((list, k)) = self.reads.get(&key) {
            if list.as_slice() == reads {
                return *k;
            }
        }
        self.scratch.clear();
        reads.write_json(&mut self.scratch);
        let text = std::mem::take(&mut self.scratch);
        let k = self.number(&text);
        self.scratch = text;
        self.reads.insert(key, (reads.to_vec(), k));
        k
    }

    /// A multiplicative hash over 4 bytes at a time (FxHash's step).
    fn hash(s: &str) -> u32 {
        let mut h: u32 = s.len() as u32;
        let mut chunks = s.as_bytes().chunks_exact(4);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ u32::from_le_bytes([c[0], c[1], c[2], c[3]])).wrapping_mul(0x9E37_79B9);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u32::from(b)).wrapping_mul(0x9E37_79B9);
        }
        h
    }

    /// The number of `s`, added if new.
    fn number(&mut self, s: &str) -> usize {
        let h = Strings::hash(s);
        let mask = self.slots.len() - 1;
        let mut at = h as usize & mask;
        while let Some(&k) = self.slots.get(at).filter(|k| **k != 0) {
            let (kh, start, len) = self.spans[k as usize - 1];
            if kh == h && self.text.as_bytes().get(start..start + len) == Some(s.as_bytes()) {
                return k as usize - 1;
            }
            at = (at + 1) & mask;
        }
        self.spans.push((h, self.text.len(), s.len()));
        self.text.push_str(s);
        self.slots[at] = self.spans.len() as u32;
        if self.spans.len() * 2 > self.slots.len() {
            // Twice the slots, every string placed again.
            self.slots = vec![0; self.slots.len() * 2];
            let mask = self.slots.len() - 1;
            for (k, (h, _, _)) in self.spans.iter().enumerate() {
                let mut at = *h as usize & mask;
                while self.slots[at] != 0 {
                    at = (at + 1) & mask;
                }
                self.slots[at] = k as u32 + 1;
            }
        }
        self.spans.len() - 1
    }

    /// `"strings":[…]`: every string, in order of number.
    fn write(&self, out: &mut String) {
        out.push_str("\"strings\":[");
        for (k, &(_, start, len)) in self.spans.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            jincheng_rules::json::write_str(out, self.text.get(start..start + len).unwrap_or(""));
        }
        out.push(']');
    }
}

#[cfg(feature = "batch")]
thread_local! {
    /// The numbers of the last batch, for `__validateManyNumbers`.
    static NUMBERS: RefCell<Vec<f64>> = const { RefCell::new(Vec::new()) };
}

/// The numbers of the batch `__validateManyText` / `__validateManyBytes` just wrote (then
/// forgotten here): see [`write_compact`].
#[cfg(feature = "batch")]
#[wasm_bindgen(js_name = __validateManyNumbers)]
pub fn validate_many_numbers() -> Vec<f64> {
    NUMBERS.with(|n| std::mem::take(&mut *n.borrow_mut()))
}

/// One line's report in a batch, as numbers: its line, 1 if valid (else 0), its number
/// of issues, seven numbers per issue — path, code, severity (0 error, 1 warning, 2 info),
/// message, citation, suggestion, and the JSON text of its `reads` (strings and citations
/// by number; -1 for none) — and
/// its deadlines' JSON text by string number (-1 for none). The facade builds the same
/// objects as `validate` returns (tests/validate-many.test.mjs compares them over every
/// case file); no JSON is parsed for the reports' structure.
#[cfg(feature = "batch")]
fn write_compact(numbers: &mut Vec<f64>, r: &app::LineReport, strings: &mut Strings, number: &mut dyn FnMut(&jincheng_rules::Citation) -> usize) {
    let n = |k: usize| k as f64;
    numbers.extend([n(r.line), f64::from(u8::from(r.report.valid)), n(r.report.issues.len())]);
    for i in &r.report.issues {
        // The severity number carries the notice: severity + 4 × (1 late, 2 ineligible, 3 condition).
        let notice = i.notice.map_or(0, |x| x as u8 + 1);
        let (path, code) = (strings.number(&i.path), strings.number(i.code));
        numbers.extend([n(path), n(code), f64::from(i.severity as u8 + 4 * notice)]);
        numbers.push(n(strings.number(&i.message)));
        numbers.push(i.citation.as_ref().map_or(-1.0, |c| n(number(c))));
        numbers.push(i.suggestion.as_deref().map_or(-1.0, |s| n(strings.number(s))));
        // The pointers read, as the JSON text of their list (a batch repeats the same few).
        numbers.push(n(strings.reads((path, code), &i.reads)));
    }
    if r.report.deadlines.is_empty() {
        numbers.push(-1.0);
    } else {
        let mut text = String::from("[");
        for (k, d) in r.report.deadlines.iter().enumerate() {
            if k > 0 {
                text.push(',');
            }
            d.write_json_citing(&mut text, &mut |out, c| number(c).write_json(out));
        }
        text.push(']');
        numbers.push(n(strings.number(&text)));
    }
}

/// A line of a batch: of a string (UTF-8 already, not checked again) or of bytes.
#[cfg(feature = "batch")]
enum Line<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

/// The batch of `__validateManyText` / `__validateManyBytes`, each report written as it
/// is made (no list of reports is kept).
#[cfg(feature = "batch")]
fn validate_many_packed<'a>(
    type_id: &str,
    size: usize,
    options: u32,
    first_line: u32,
    lines: impl Iterator<Item = (usize, Line<'a>)>,
) -> Option<String> {
    let (t, options) = packed_options(type_id, options)?;
    let skip = (first_line as usize).checked_sub(1)?;
    let mut numbers = Vec::with_capacity(size / 64);
    let mut strings = Strings::new();
    let out = citing(String::from("{"), |out, number| {
        CALENDAR.with(|c| {
            let calendar = c.borrow();
            for (n, line) in lines {
                let report = match line {
                    Line::Text(json) => app::validate_line_text(t, n.saturating_add(skip), json, &options, &calendar),
                    Line::Bytes(json) => app::validate_line(t, n.saturating_add(skip), json, &options, &calendar),
                };
                write_compact(&mut numbers, &report, &mut strings, number);
            }
        });
        strings.write(out);
    });
    NUMBERS.with(|n| *n.borrow_mut() = numbers);
    Some(out)
}

/// The fast path's validation: `options` packs `asOf` as yyyymmdd (0: today) times two
/// plus the locale bit (1: English). `None` for an unknown type or an impossible date.
/// (Public for the benchmark harness, which times it without writing the report.)
#[doc(hidden)]
pub fn validate_packed(type_id: &str, json: &str, options: u32) -> Option<app::Report> {
    let (t, options) = packed_options(type_id, options)?;
    Some(CALENDAR.with(|c| app::validate_json(t, json, &options, &c.borrow())))
}

/// The type and the options of a fast-path call (see [`validate_packed`]).
fn packed_options(type_id: &str, options: u32) -> Option<(&'static app::ApplicationType, Options)> {
    let t = find_type(type_id).ok()?;
    let locale = if options & 1 == 1 { Locale::En } else { Locale::ZhCn };
    let as_of = match options >> 1 {
        0 => today_china(),
        packed => unpack(packed)?,
    };
    Some((t, with_document_status(Options::new(locale, as_of))))
}
