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
use fast::{pack, unpack, validate_packed};
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

/// A working day: Mon–Fri that is no holiday, or a weekend day made a working day (调休上班).
#[wasm_bindgen(js_name = isWorkday)]
pub fn is_workday(date: JsValue) -> Result<bool, JsValue> {
    with_calendar(|c| c.is_workday(date_arg(&date)?))
}

/// Everything known about a day: kind, holiday name, provisional, source.
#[wasm_bindgen(js_name = dayInfo)]
pub fn day_info(date: JsValue) -> Result<JsValue, JsValue> {
    encode_json(&with_calendar(|c| c.day_info(date_arg(&date)?))?)
}

/// The n-th working day strictly after `date` (n ≥ 1), the |n|-th strictly before (n ≤ −1), `date` for n = 0.
#[wasm_bindgen(js_name = addWorkdays)]
pub fn add_workdays(date: JsValue, n: JsValue) -> Result<String, JsValue> {
    with_calendar(|c| Ok(c.add_workdays(date_arg(&date)?, int_arg(&n, "n")?)?.to_string()))
}

/// addWorkdays with the rest days skipped, the makeup days counted and whether the count is provisional.
#[wasm_bindgen(js_name = explainAddWorkdays)]
pub fn explain_add_workdays(date: JsValue, n: JsValue) -> Result<JsValue, JsValue> {
    encode_json(&with_calendar(|c| c.explain_add_workdays(date_arg(&date)?, int_arg(&n, "n")?))?)
}

/// Working days in the half-open span (from, to]; negative when to < from.
#[wasm_bindgen(js_name = workdaysBetween)]
pub fn workdays_between(from: JsValue, to: JsValue) -> Result<f64, JsValue> {
    with_calendar(|c| Ok(c.workdays_between(date_arg(&from)?, date_arg(&to)?)? as f64))
}

/// Years without an official schedule among the days of (from, to]: answers over that span are provisional.
#[wasm_bindgen(js_name = provisionalYears)]
pub fn provisional_years(from: JsValue, to: JsValue) -> Result<JsValue, JsValue> {
    encode_json(&with_calendar(|c| Ok(c.provisional_years(date_arg(&from)?, date_arg(&to)?)))?)
}

/// Same day-of-month n months later; the month's last day where it has no such day (民法典 第二百零二条).
#[wasm_bindgen(js_name = addMonths)]
pub fn add_months_js(date: JsValue, n: JsValue) -> Result<String, JsValue> {
    (|| Ok(add_months(date_arg(&date)?, int_arg(&n, "n")?)?.to_string()))().map_err(into_error)
}

/// First and last day with an official schedule.
#[wasm_bindgen(js_name = calendarCoverage)]
pub fn calendar_coverage() -> Result<JsValue, JsValue> {
    encode_json(&with_calendar(|c| Ok(c.coverage()))?)
}

/// Add or replace one year's official schedule at run time (throws `invalid_calendar`).
#[wasm_bindgen(js_name = loadCalendarYear)]
pub fn load_calendar_year(data: JsValue) -> Result<(), JsValue> {
    let invalid = |why: String, zh: &str| {
        into_error(Error::new(ErrorCode::InvalidCalendar, format!("invalid calendar year: {why}")).with_zh(zh.to_owned()))
    };
    // JSON.stringify would write a year of NaN or Infinity as null ("field `year` is null").
    if data.is_object()
        && js_sys::Reflect::get(&data, &JsValue::from_str("year")).ok().and_then(|y| y.as_f64()).is_some_and(|y| !y.is_finite())
    {
        return Err(invalid("year: expected an integer year, got NaN or Infinity".to_owned(), "放假安排未能载入：year：应为整数年份。"));
    }
    let text = record_text(
        &data,
        "{year, source, holidays, makeupWorkdays}",
        "放假安排未能载入：",
        "year、source、holidays、makeupWorkdays",
        invalid,
    )?;
    let schedule = YearSchedule::from_json(&text).map_err(|e| invalid(e.message().to_owned(), e.message_in(Locale::ZhCn)))?;
    CALENDAR.with(|c| c.borrow_mut().load_year(schedule)).map_err(into_error)
}

/// Record what became of a document past its validity term (throws `invalid_document_status`,
/// naming the field and the fault): validations after it no longer warn `document.expired`
/// for it, and note the extending (or replacing) document instead. A later status for the
/// same document replaces the earlier one.
#[wasm_bindgen(js_name = loadDocumentStatus)]
pub fn load_document_status(data: JsValue) -> Result<(), JsValue> {
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
#[wasm_bindgen(js_name = parseHolidayNotice)]
pub fn parse_holiday_notice(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
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
#[wasm_bindgen(js_name = applicationTypes)]
pub fn application_types(locale: JsValue) -> Result<JsValue, JsValue> {
    let locale = locale_arg(&locale)?;
    let list: Vec<TypeInfo> = registry::application_types().iter().map(|t| TypeInfo(t, locale)).collect();
    encode_json(&list)
}

/// The JSON Schema (draft 2020-12) of a submission, generated from the field declarations.
#[wasm_bindgen]
pub fn schema(type_id: JsValue, locale: JsValue) -> Result<JsValue, JsValue> {
    let t = type_arg(&type_id)?;
    js_sys::JSON::parse(&t.schema_json(locale_arg(&locale)?))
}

/// Validate a submission: never throws for any submission value; throws only for an
/// unknown type (`unknown_type`) or malformed options (`invalid_options`).
#[wasm_bindgen]
pub fn validate(type_id: JsValue, submission: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
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
pub fn is_valid(type_id: JsValue, submission: JsValue, options: JsValue) -> Result<bool, JsValue> {
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
#[wasm_bindgen(js_name = validateMany)]
pub fn validate_many(type_id: JsValue, input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
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
#[wasm_bindgen]
pub fn deadlines(type_id: JsValue, submission: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let t = type_arg(&type_id)?;
    let options = options_arg(&options)?;
    let list = match submission_json(&submission) {
        Ok(json) => calendar(|c| app::deadlines_json(t, &json, &options, c)),
        Err(_) => Vec::new(),
    };
    encode_json(&list)
}

/// The form model of a (partial) submission: for every field, group, list and list
/// item, its pointer, label, kind, and whether it is required now and applicable.
/// Never throws for any submission value (what is not an object reads as an empty
/// form); throws `unknown_type` and `invalid_options` like `validate`.
#[wasm_bindgen(js_name = formState)]
pub fn form_state(type_id: JsValue, submission: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let t = type_arg(&type_id)?;
    let options = options_arg(&options)?;
    let json = submission_json(&submission).unwrap_or_default();
    let v = app::parse_submission(&json, options.locale).unwrap_or(jincheng_rules::json::Json::Null);
    encode_json(&app::form_state(t, &v, &options))
}

/// Every rule the library enforces, for one type or all: what a legal reviewer signs off.
#[wasm_bindgen]
pub fn rules(type_id: JsValue, locale: JsValue) -> Result<JsValue, JsValue> {
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
#[wasm_bindgen(js_name = checkResidentId)]
pub fn check_resident_id_js(value: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    id_check(&value, &options, IdKind::ResidentId)
}

/// Check a unified social credit code (GB 32100-2015); never throws.
#[wasm_bindgen(js_name = checkCreditCode)]
pub fn check_credit_code_js(value: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    id_check(&value, &options, IdKind::CreditCode)
}

/// Check a mainland mobile number; never throws.
#[wasm_bindgen(js_name = checkMobile)]
pub fn check_mobile_js(value: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
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
/// today; + 1 for English). The report comes back as JSON text for `JSON.parse`, written
/// by the core's writer. (A table sending each citation once, as the batch does, measured
/// no faster here: docs/measurements.md, "Wire formats".) `None` sends the call to the full
/// export, which throws the coded error (an unknown type, an impossible `asOf`).
#[wasm_bindgen(js_name = __validateText)]
pub fn validate_text(type_id: &str, json: &str, options: u32) -> Option<String> {
    Some(validate_packed(type_id, json, options)?.to_json())
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
