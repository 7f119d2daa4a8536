//! Deadlines as the API reports them.

use serde::Serialize;

use super::Citation;
use crate::calendar::DayKind;

/// A run of non-working days skipped by a count, a makeup working day counted, or
/// (in a count of working time, [`crate::hours`]) a period when the hall is closed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TraceEntry {
    /// First day (`YYYY-MM-DD`), or the moment a closed period starts (`YYYY-MM-DDTHH:MM`).
    pub from: String,
    /// Last day, or the moment a closed period ends (the hall opens).
    pub to: String,
    /// Number of days (0 for a closed period).
    pub days: u32,
    /// `weekend`, `holiday`, `makeup_workday` or `closed`.
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
