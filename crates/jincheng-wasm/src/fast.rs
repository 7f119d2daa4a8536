//! The fast paths of the package's JS facade (`facade.js`; the exports `__…` in lib.rs).
//!
//! The facade checks the `YYYY-MM-DD` shape in JS and passes dates packed as yyyymmdd, so
//! the hottest calendar calls cross the boundary as numbers instead of strings. Anything
//! unusual — a malformed or impossible date, a non-integer n, a result out of range —
//! answers 0 / NaN and the facade calls the full export, which throws the proper coded
//! error. `__validateText` takes the options packed the same way.

use jincheng_rules::application::{self as app, Options};
use jincheng_rules::Locale;

use crate::decode::{find_type, today_china};
use crate::{calendar, with_document_status};

pub(crate) fn unpack(date: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt((date / 10_000) as i32, date / 100 % 100, date % 100)
        .filter(|d| jincheng_rules::check_range(*d).is_ok())
}

pub(crate) fn pack(d: chrono::NaiveDate) -> u32 {
    use chrono::Datelike;
    d.year() as u32 * 10_000 + d.month() * 100 + d.day()
}

/// The fast path's validation: `options` packs `asOf` as yyyymmdd (0: today) times two
/// plus the locale bit (1: English). `None` for an unknown type or an impossible date.
pub(crate) fn validate_packed(type_id: &str, json: &str, options: u32) -> Option<app::Report> {
    let (t, options) = packed_options(type_id, options)?;
    Some(calendar(|c| app::validate_json(t, json, &options, c)))
}

/// The type and the options of a fast-path call (see [`validate_packed`]).
pub(crate) fn packed_options(type_id: &str, options: u32) -> Option<(&'static app::ApplicationType, Options)> {
    let t = find_type(type_id).ok()?;
    let locale = if options & 1 == 1 { Locale::En } else { Locale::ZhCn };
    let as_of = match options >> 1 {
        0 => today_china(),
        packed => unpack(packed)?,
    };
    Some((t, with_document_status(Options::new(locale, as_of))))
}
