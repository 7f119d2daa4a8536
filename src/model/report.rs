//! Deadlines as the API reports them.

use serde::Serialize;

use super::{Citation, Issue, Severity};
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

/// JSON text of the report parts, written directly (the hot path of `validate` in the
/// wasm package: several times faster there than serde's generic writer). The same
/// shape as their `Serialize` derives — a test compares the two on every case file.
pub mod write {
    use super::{Deadline, TraceEntry, TraceKind};
    use crate::json::write_str;
    use crate::model::{Citation, Issue, Severity};

    pub(super) fn severity(s: Severity) -> &'static str {
        match s {
            Severity::Error => "\"error\"",
            Severity::Warning => "\"warning\"",
            Severity::Info => "\"info\"",
        }
    }

    fn kind(k: TraceKind) -> &'static str {
        match k {
            TraceKind::Weekend => "\"weekend\"",
            TraceKind::Holiday => "\"holiday\"",
            TraceKind::MakeupWorkday => "\"makeup_workday\"",
            TraceKind::Excluded => "\"excluded\"",
            TraceKind::Closed => "\"closed\"",
        }
    }

    fn opt_str(out: &mut String, s: Option<&str>) {
        match s {
            Some(s) => write_str(out, s),
            None => out.push_str("null"),
        }
    }

    fn bool(out: &mut String, b: bool) {
        out.push_str(if b { "true" } else { "false" });
    }

    /// A list, comma-separated.
    pub(crate) fn list<T>(out: &mut String, items: &[T], mut one: impl FnMut(&mut String, &T)) {
        out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            one(out, item);
        }
        out.push(']');
    }

    /// How a citation is written: in full ([`citation`]), or as a reference the reader
    /// resolves (the wasm package's facade keeps a table).
    pub type Cite<'c> = &'c mut dyn FnMut(&mut String, &Citation);

    fn opt_citation(out: &mut String, c: Option<&Citation>, cite: Cite) {
        match c {
            Some(c) => cite(out, c),
            None => out.push_str("null"),
        }
    }

    /// A citation as JSON, in full.
    pub fn citation(out: &mut String, c: &Citation) {
        out.push_str("{\"document\":");
        write_str(out, c.document);
        out.push_str(",\"article\":");
        write_str(out, c.article);
        out.push_str(",\"text\":");
        write_str(out, c.text);
        out.push('}');
    }

    pub(crate) fn issue(out: &mut String, i: &Issue, cite: Cite) {
        out.push_str("{\"path\":");
        write_str(out, &i.path);
        out.push_str(",\"code\":");
        write_str(out, i.code);
        out.push_str(",\"severity\":");
        out.push_str(severity(i.severity));
        out.push_str(",\"message\":");
        write_str(out, &i.message);
        out.push_str(",\"citation\":");
        opt_citation(out, i.citation.as_ref(), cite);
        out.push('}');
    }

    fn trace(out: &mut String, t: &TraceEntry) {
        out.push_str("{\"from\":");
        write_str(out, &t.from);
        out.push_str(",\"to\":");
        write_str(out, &t.to);
        out.push_str(",\"days\":");
        out.push_str(&t.days.to_string());
        out.push_str(",\"kind\":");
        out.push_str(kind(t.kind));
        out.push_str(",\"holiday\":");
        opt_str(out, t.holiday.as_deref());
        out.push_str(",\"provisional\":");
        bool(out, t.provisional);
        out.push_str(",\"reason\":");
        write_str(out, &t.reason);
        out.push('}');
    }

    pub(crate) fn deadline(out: &mut String, d: &Deadline, cite: Cite) {
        out.push_str("{\"id\":");
        write_str(out, d.id);
        out.push_str(",\"title\":");
        write_str(out, &d.title);
        out.push_str(",\"due\":");
        write_str(out, &d.due);
        out.push_str(",\"rule\":");
        write_str(out, &d.rule);
        out.push_str(",\"citation\":");
        opt_citation(out, d.citation.as_ref(), cite);
        out.push_str(",\"provisional\":");
        bool(out, d.provisional);
        out.push_str(",\"trace\":");
        list(out, &d.trace, trace);
        out.push('}');
    }

    pub(crate) fn valid(out: &mut String, v: bool) {
        bool(out, v);
    }
}

impl crate::json::WriteJson for Severity {
    fn write_json(&self, out: &mut String) {
        out.push_str(write::severity(*self));
    }
}

impl crate::json::WriteJson for Citation {
    fn write_json(&self, out: &mut String) {
        write::citation(out, self);
    }
}

impl crate::json::WriteJson for Issue {
    fn write_json(&self, out: &mut String) {
        write::issue(out, self, &mut write::citation);
    }
}

impl crate::json::WriteJson for Deadline {
    fn write_json(&self, out: &mut String) {
        write::deadline(out, self, &mut write::citation);
    }
}
