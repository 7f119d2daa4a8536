//! Deadlines as the API reports them.

use serde::Serialize;

use super::Citation;
use crate::calendar::DayKind;

/// A run of non-working days skipped by a count, or a makeup working day counted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TraceEntry {
    /// First day.
    pub from: String,
    /// Last day.
    pub to: String,
    /// Number of days.
    pub days: u32,
    /// `weekend`, `holiday` or `makeup_workday`.
    pub kind: DayKind,
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
