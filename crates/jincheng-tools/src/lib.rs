//! # jincheng-tools
//!
//! What only the maintainers of `jincheng-rules` run, kept out of the published core
//! (`publish = false`):
//!
//! * [`parse_holiday_notice`]: the State Council's annual holiday notice read from its
//!   text into the [`jincheng_rules::YearSchedule`] that `Calendar::load_year` takes. The
//!   npm package's Node build exposes it as `parseHolidayNotice` (the binding crate's
//!   `notice` feature depends on this crate), and the CLI's `calendar import` calls that.
//! * [`generate`]: the checked-in files generated from the catalogue (the package's
//!   `submissions.d.ts`, the rules register `docs/rules.md`), whose tests fail when a
//!   file is stale.
//! * [`fuzzing::notice_bytes`]: the notice parser's fuzz entry point, shared by the fuzz
//!   target `crates/fuzz/fuzz_targets/notice.rs` and this crate's corpus replay.

#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

#[doc(hidden)]
pub mod fuzzing;
pub mod generate;
mod notice;

pub use notice::{parse_holiday_notice, ParsedNotice, PreviousYearDays};
