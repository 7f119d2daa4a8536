//! Deadlines as the API reports them.

use serde::Serialize;

use super::Citation;
use crate::calendar::DayKind;

/// What a trace entry records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TraceKind {
    /// Saturdays and Sundays skipped.
    Weekend,
    /// Days off of a holiday skipped.
    Holiday,
    /// A weekend day made a working day (调休上班), counted.
    MakeupWorkday,
    /// Days the rule itself leaves out of the count (periods.md R12(a)), e.g. the
    /// public-notice time of 晋市审管发〔2021〕27号 四(四) “不含公示时间”.
    Excluded,
    /// In a count of working time ([`crate::hours`]), a period when the hall is closed.
    Closed,
}

impl From<DayKind> for TraceKind {
    /// A rest run's kind (a weekday is never skipped; it maps to `Weekend` only for totality).
    fn from(k: DayKind) -> TraceKind {
        match k {
            DayKind::Holiday => TraceKind::Holiday,
            DayKind::MakeupWorkday => TraceKind::MakeupWorkday,
            DayKind::Weekend | DayKind::Weekday => TraceKind::Weekend,
        }
    }
}

/// A run of non-working days skipped by a count, a makeup working day counted, days
/// the rule leaves out of the count, or (in a count of working time) a period when
/// the hall is closed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TraceEntry {
    /// First day (`YYYY-MM-DD`), or the moment a closed period starts (`YYYY-MM-DDTHH:MM`).
    pub from: String,
    /// Last day, or the moment a closed period ends (the hall opens).
    pub to: String,
    /// Number of days (0 for a closed period).
    pub days: u32,
    /// `weekend`, `holiday`, `makeup_workday`, `excluded` or `closed`.
    pub kind: TraceKind,
    /// The holiday's name, if any.
    pub holiday: Option<String>,
    /// True when the day lies in a year without an official schedule.
    pub provisional: bool,
    /// Why the day was skipped or counted, in the requested locale.
    pub reason: String,
}

/// A deadline computed from a submission's dates.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// Stable identifier within the application type.
    pub id: &'static str,
    /// What the deadline is for.
    pub title: String,
    /// The last day (`YYYY-MM-DD`), or the last moment (`YYYY-MM-DDTHH:MM`).
    pub due: String,
    /// The count in words.
    pub rule: String,
    /// The rule's source.
    pub citation: Option<Citation>,
    /// True when any day of the count lies in a year without an official schedule.
    pub provisional: bool,
    /// The non-working days skipped (and makeup days counted), with their reason.
    pub trace: Vec<TraceEntry>,
}
