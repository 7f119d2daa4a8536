//! Decoding the exports' arguments: JS values (dates, counts, options, type ids,
//! submissions as the engine's JSON text) into the core's types, or the coded error.

use jincheng_rules::application::{self as app, Options};
use jincheng_rules::hours::ServiceHours;
use jincheng_rules::registry;
use jincheng_rules::{parse_date, quote, Error, ErrorCode, Locale};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;

use crate::encode::into_error;
use crate::safe::{self, describe};
use crate::with_document_status;

/// The catalogue's type with this id; with feature `bench`, else a type the benchmark added.
pub(crate) fn find_type(id: &str) -> Result<&'static app::ApplicationType, Error> {
    let found = registry::application_type(id);
    #[cfg(feature = "bench")]
    let found = found.or_else(|e| ADDED.with(|x| x.borrow().iter().copied().find(|t| t.id == id)).ok_or(e));
    found
}

#[cfg(feature = "bench")]
thread_local! {
    /// Types the benchmark added (`bench::add_type`), looked up after the catalogue's.
    pub(crate) static ADDED: std::cell::RefCell<Vec<&'static app::ApplicationType>> = const { std::cell::RefCell::new(Vec::new()) };
}

pub(crate) fn date_arg(v: &JsValue) -> Result<chrono::NaiveDate, Error> {
    match v.as_string() {
        Some(s) => parse_date(&s),
        None => Err(Error::new(ErrorCode::InvalidDate, format!("invalid date {}: expected a string YYYY-MM-DD", describe(v)))
            .with_zh("日期应为“年-月-日”形式的文字，例如2026-10-15。")),
    }
}

/// The largest integer a JS number holds exactly (2^53 − 1).
pub(crate) const MAX_SAFE: f64 = 9_007_199_254_740_991.0;

pub(crate) fn int_arg(v: &JsValue, name: &str) -> Result<i64, Error> {
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

/// An operator's record (a calendar year, a document status) as JSON text for the core's
/// reader: the same crossing as submissions (the engine's JSON.stringify). Not an object, or
/// not writable as JSON, is `invalid(…)` with the record's shape (`{…}`) and, in Chinese,
/// `zh` (what failed to load) followed by what is wrong.
pub(crate) fn record_text(data: &JsValue, shape: &str, zh: &str, zh_fields: &str, invalid: impl Fn(String, &str) -> JsValue) -> Result<String, JsValue> {
    if !data.is_object() || safe::is_array(data) {
        return Err(invalid(format!("expected an object {shape}, got {}", describe(data)), &format!("{zh}应为一组信息（含{zh_fields}）。")));
    }
    js_sys::JSON::stringify(data)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| invalid(format!("{} cannot be written as JSON", describe(data)), &format!("{zh}无法读取该数据。")))
}

pub(crate) fn today_china() -> chrono::NaiveDate {
    jincheng_rules::date_in_china(js_sys::Date::now() as i64)
}

pub(crate) fn invalid_options(why: String) -> JsValue {
    into_error(Error::new(ErrorCode::InvalidOptions, format!("invalid options: {why}")))
}

pub(crate) fn locale_arg(v: &JsValue) -> Result<Locale, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(Locale::ZhCn);
    }
    v.as_string()
        .and_then(|s| Locale::parse(&s))
        .ok_or_else(|| invalid_options(format!("locale must be \"zh-CN\" or \"en\", got {}", describe(v))))
}

pub(crate) fn get(obj: &JsValue, key: &str) -> Result<JsValue, JsValue> {
    Reflect::get(obj, &JsValue::from_str(key)).map_err(|_| invalid_options(format!("cannot read `{key}`")))
}

/// The keys of `validate`'s and `deadlines`' options.
pub(crate) const OPTION_KEYS: &[&str] = &["locale", "asOf", "fields", "serviceHours", "labels"];

/// An options object's own keys must all be known (`{asof: …}` is a typo that would
/// otherwise validate as of today): else `invalid_options` naming the key and the known ones.
pub(crate) fn known_keys(v: &JsValue, known: &[&str], also: &[&str]) -> Result<(), JsValue> {
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
pub(crate) fn options_arg(v: &JsValue) -> Result<Options, JsValue> {
    options_arg_with(v, &[])
}

/// [`options_arg`] where the call has options of its own (`also`, read by the caller).
pub(crate) fn options_arg_with(v: &JsValue, also: &[&str]) -> Result<Options, JsValue> {
    let mut o = with_document_status(Options::new(Locale::ZhCn, today_china()));
    if v.is_undefined() || v.is_null() {
        return Ok(o);
    }
    if !v.is_object() || safe::is_array(v) {
        return Err(invalid_options(format!("expected an object {{locale, asOf, fields, serviceHours, labels}}, got {}", describe(v))));
    }
    known_keys(v, OPTION_KEYS, also)?;
    o.locale = locale_arg(&get(v, "locale")?)?;
    o.as_of = as_of_arg(v)?.unwrap_or(o.as_of);
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

/// An options object's `asOf`: `None` where it is undefined or null.
fn as_of_arg(v: &JsValue) -> Result<Option<chrono::NaiveDate>, JsValue> {
    let as_of = get(v, "asOf")?;
    if as_of.is_undefined() || as_of.is_null() {
        return Ok(None);
    }
    date_arg(&as_of).map(Some).map_err(|e| invalid_options(format!("asOf: {}", e.message())))
}

/// Decode `{"/pointer": "label", …}`.
pub(crate) fn labels_arg(v: &JsValue) -> Result<Vec<(String, String)>, JsValue> {
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
pub(crate) fn service_hours_arg(v: &JsValue) -> Result<ServiceHours, JsValue> {
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

pub(crate) fn type_arg(v: &JsValue) -> Result<&'static app::ApplicationType, JsValue> {
    let id =
        v.as_string().ok_or_else(|| into_error(Error::new(ErrorCode::UnknownType, format!("unknown application type {}", describe(v)))))?;
    find_type(&id).map_err(into_error)
}

/// The submission as JSON text, made by the engine's own `JSON.stringify` (one string
/// across the boundary instead of one call per property). What it cannot write — a
/// cycle or BigInt (TypeError), nesting beyond the engine's stack (RangeError) — and
/// text over the size limit are reported by the core as one issue.
pub(crate) fn submission_json(v: &JsValue) -> Result<String, app::Unreadable> {
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
pub(crate) fn stack_overflow(e: &JsValue) -> bool {
    let message = js_sys::Reflect::get(e, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()).unwrap_or_default();
    // Byte windows, not `str::contains` (whose substring search would grow the module).
    message.as_bytes().windows(10).any(|w| w == b"call stack")
}


/// Decode the options of the identity checks, `{locale, asOf}`: `invalid_options` for
/// another key, a locale other than "zh-CN"/"en" or an `asOf` that is not a date.
pub(crate) fn id_options(v: &JsValue) -> Result<(Locale, chrono::NaiveDate), JsValue> {
    let mut out = (Locale::ZhCn, today_china());
    if v.is_undefined() || v.is_null() {
        return Ok(out);
    }
    if !v.is_object() || safe::is_array(v) {
        return Err(invalid_options(format!("expected an object {{locale, asOf}}, got {}", describe(v))));
    }
    known_keys(v, &["locale", "asOf"], &[])?;
    out.0 = locale_arg(&get(v, "locale")?)?;
    out.1 = as_of_arg(v)?.unwrap_or(out.1);
    Ok(out)
}

/// The largest `firstLine` of `validateMany` (2^31 − 1): with the lines of any text the
/// module can hold, a line's number still fits the module's 32-bit integers.
/// (An integer: a float in a message would link Rust's float formatting into the module.)
const MAX_FIRST_LINE: u32 = 2_147_483_647;

/// Decode `validateMany`'s options: those of `validate`, `firstLine` (the number of the
/// text's first line, default 1) and `output` (true for "jsonl", false for "array").
pub(crate) fn many_options(v: &JsValue) -> Result<(usize, bool, Options), JsValue> {
    let first = if v.is_object() { get(v, "firstLine")? } else { JsValue::UNDEFINED };
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
    let output = if v.is_object() { get(v, "output")? } else { JsValue::UNDEFINED };
    let jsonl = match output.as_string().as_deref() {
        _ if output.is_undefined() || output.is_null() => false,
        Some("array") => false,
        Some("jsonl") => true,
        _ => return Err(invalid_options(format!("output must be \"array\" or \"jsonl\", got {}", describe(&output)))),
    };
    Ok((first_line, jsonl, options_arg_with(v, &["firstLine", "output"])?))
}

/// What `validateMany` takes: JSON Lines text (a string or the UTF-8 bytes of a
/// `Uint8Array`), or an array of submissions.
pub(crate) enum ManyInput {
    Lines(Vec<u8>),
    Items(js_sys::Array),
}

/// Decode `validateMany`'s input: `invalid_argument` for another kind, a detached buffer,
/// or an array that cannot be read (a Proxy whose traps throw: not an empty batch).
pub(crate) fn many_input(input: &JsValue) -> Result<ManyInput, JsValue> {
    let argument = |why: String| into_error(Error::new(ErrorCode::InvalidArgument, why));
    if let Some(s) = input.as_string() {
        Ok(ManyInput::Lines(s.into_bytes()))
    } else if input.is_instance_of::<js_sys::Uint8Array>() {
        safe::bytes(input).map(ManyInput::Lines).ok_or_else(|| argument("validateMany: the Uint8Array's buffer is detached".to_owned()))
    } else if safe::is_array(input) {
        safe::items(input).map(ManyInput::Items).ok_or_else(|| argument("validateMany: the array cannot be read".to_owned()))
    } else {
        Err(argument(format!("validateMany takes JSON Lines (a string or a Uint8Array) or an array, got {}", describe(input))))
    }
}
