//! # jincheng-rules
//!
//! The pure Rust core of the Jincheng (Shanxi) application checker: the official
//! Chinese working-day calendar and the period rules of Chinese law, with the
//! application rules of the city's published regulations built on them. It has no
//! JavaScript in it: server-side Rust depends on this crate directly, and the npm
//! package is a thin wasm-bindgen layer over it (`crates/jincheng-wasm`).
//!
//! ```
//! use jincheng_rules::{add_months, parse_date, Calendar};
//!
//! let cal = Calendar::official();
//! // 20 working days from 2024-09-27: National Day is skipped, the makeup days
//! // 29 September and 12 October count.
//! assert_eq!(cal.add_workdays(parse_date("2024-09-27")?, 20)?.to_string(), "2024-10-30");
//! // 31 January plus one month is the last day of February (民法典 第二百零二条).
//! assert_eq!(add_months(parse_date("2024-01-31")?, 1)?.to_string(), "2024-02-29");
//! # Ok::<(), jincheng_rules::Error>(())
//! ```
//!
//! No input reachable from the public API panics: bad input is an [`Error`] with a
//! stable [`ErrorCode`].
//!
//! Where to start: [`Calendar`] (working days, with their explanation), [`periods`]
//! (periods counted the way Chinese law counts them), [`registry`] (the seventeen
//! application types), [`application`] (`validate`, `deadlines` and [`Options`]), the
//! identity checks ([`check_resident_id`], [`check_credit_code`], [`check_mobile`]).
//! The repository's `docs/rust.md` is the guide.

#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod application;
mod calendar;
pub mod cybersecurity;
mod date;
mod decimal;
pub mod enforcement;
mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod hours;
mod identity;
pub mod investment;
pub mod json;
pub mod model;
pub mod periods;
mod read;
pub mod registry;
pub mod scitech;
pub mod startup;
#[cfg(test)]
mod tests;
mod text;
mod util;

/// Not API: what the maintainers' tools (`crates/jincheng-tools`, the holiday-notice
/// reader) need of the calendar's law. No semver promise; do not depend on it.
#[doc(hidden)]
pub mod for_tools {
    pub use crate::calendar::statutory::{lunisolar_table, statutory_days, Lunisolar, StatutoryDay};
    pub use crate::calendar::MAX_YEAR_DAYS;

    /// The rules every schedule obeys, as `Calendar::load_year` checks them before it
    /// compares the year with the law (`invalid_calendar` when one is broken).
    pub fn check_schedule(schedule: &crate::YearSchedule) -> Result<(), crate::Error> {
        schedule.check().map(drop)
    }
}

pub use application::{ApplicationType, Options, Report, RuleInfo};
pub use calendar::{Calendar, Coverage, DayInfo, DayKind, HolidayEntry, Notice, RestRun, WorkdayCount, YearSchedule};
pub use date::{add_months, check_range, date_in_china, parse_date, parse_date_time, FIRST_DAY, LAST_DAY};
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub use date::today_in_china;
pub use error::{quote, Error, ErrorCode};
pub use identity::{check_credit_code, check_mobile, check_not_text, check_resident_id, CheckContext, IdCheck, IdKind};
pub use registry::{application_type, application_types};
pub use model::{Citation, Deadline, Issue, Locale, Severity, Text, TraceEntry, TraceKind};

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The Rust guide's examples (`docs/rust.md`), compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../docs/rust.md")]
pub struct RustGuideDoctests;
