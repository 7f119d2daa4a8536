//! The fast paths of the package's JS facade (`facade.mjs`; the exports `__…` in lib.rs).
//!
//! The facade checks the `YYYY-MM-DD` shape in JS and passes dates packed as yyyymmdd, so
//! the hottest calendar calls cross the boundary as numbers instead of strings. Anything
//! unusual — a malformed or impossible date, a non-integer n, a result out of range —
//! answers 0 / NaN and the facade calls the full export, which throws the proper coded
//! error. `__validateText` takes the options packed the same way and sends each citation
//! once (`citing`).

use std::cell::RefCell;

use jincheng_rules::application::{self as app, Options};
use jincheng_rules::json::WriteJson;
use jincheng_rules::Locale;

use crate::decode::{find_type, today_china};
use crate::{calendar, with_document_status};

thread_local! {
    /// The citations `__validateText` has sent the facade, by number (a citation is
    /// static text: its address and length are its identity). The facade keeps the
    /// same table and turns each number back into the citation object.
    static CITED: RefCell<Vec<[(usize, usize); 3]>> = const { RefCell::new(Vec::new()) };
}

pub(crate) fn unpack(date: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt((date / 10_000) as i32, date / 100 % 100, date % 100)
        .filter(|d| jincheng_rules::check_range(*d).is_ok())
}

pub(crate) fn pack(d: chrono::NaiveDate) -> u32 {
    use chrono::Datelike;
    d.year() as u32 * 10_000 + d.month() * 100 + d.day()
}

/// Write with each citation as a number into the `CITED` table (`write` gets the
/// function that numbers a citation), then close the object opened in `out` with
/// `,"citations":[[n, citation], …]}`: the citations not sent before, each once (a
/// report's citations are most of its text).
pub(crate) fn citing(mut out: String, write: impl FnOnce(&mut String, &mut dyn FnMut(&jincheng_rules::Citation) -> usize)) -> String {
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
