//! Deadlines as the API reports them.

use super::Citation;
use crate::calendar::DayKind;

/// What a trace entry records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum TraceKind {
    /// Saturdays and Sundays skipped.
    Weekend,
    /// Days off of a holiday skipped.
    Holiday,
    /// A weekend day made a working day (调休上班), counted.
    MakeupWorkday,
    /// Days the rule itself leaves out of the count (periods.md R12(a)), e.g. the
    /// public-notice time of 晋市审管发〔2021〕27号 四（四） “不含公示时间”.
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
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
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
    /// True when the last day may still move: a day the count depends on lies in a year
    /// without an official schedule. A fixed last day (no rollover) is never provisional.
    pub provisional: bool,
    /// When the last day does not roll over rest days and is (or, in a year without an
    /// official schedule, may be) a rest day: the last working day before it
    /// (`YYYY-MM-DD`; an estimate in such a year); `None` otherwise.
    #[cfg_attr(feature = "serde", serde(rename = "actBy"))]
    pub act_by: Option<String>,
    /// With `act_by`: one plain sentence in the report's locale saying what to do
    /// (“届满日10月1日为国庆节假期，请最迟于9月30日提交。”); `None` otherwise.
    pub advice: Option<String>,
    /// The non-working days skipped (and makeup days counted), with their reason.
    pub trace: Vec<TraceEntry>,
    /// The JSON Pointers whose values the computation read.
    pub reads: Vec<String>,
}

impl Deadline {
    /// The deadline's JSON text, each citation written by `cite` (as
    /// [`crate::application::Report::write_json_citing`] writes its deadlines).
    pub fn write_json_citing(&self, out: &mut String, cite: &mut dyn FnMut(&mut String, &Citation)) {
        write::deadline(out, self, cite);
    }
}

/// JSON text of the report parts (see [`crate::json::WriteJson`]): the same text as their
/// `Serialize` derives — a test compares the two on every case file. Issues and deadlines
/// take a hook for their citation, which the wasm package writes as a number.
pub mod write {
    use super::{Deadline, TraceEntry, TraceKind};
    use crate::json::{write_object, write_str, WriteJson};
    use crate::model::{Citation, Issue, Severity};

    /// How a citation is written: in full ([`citation`]), or as a reference the reader
    /// resolves (the wasm package's facade keeps a table).
    pub type Cite<'c> = &'c mut dyn FnMut(&mut String, &Citation);

    impl WriteJson for Severity {
        fn write_json(&self, out: &mut String) {
            out.push_str(match self {
                Severity::Error => "\"error\"",
                Severity::Warning => "\"warning\"",
                Severity::Info => "\"info\"",
            });
        }
    }

    impl WriteJson for TraceKind {
        fn write_json(&self, out: &mut String) {
            out.push_str(match self {
                TraceKind::Weekend => "\"weekend\"",
                TraceKind::Holiday => "\"holiday\"",
                TraceKind::MakeupWorkday => "\"makeup_workday\"",
                TraceKind::Excluded => "\"excluded\"",
                TraceKind::Closed => "\"closed\"",
            });
        }
    }

    impl WriteJson for TraceEntry {
        fn write_json(&self, out: &mut String) {
            write_object(
                out,
                &[
                    ("from", &self.from),
                    ("to", &self.to),
                    ("days", &self.days),
                    ("kind", &self.kind),
                    ("holiday", &self.holiday),
                    ("provisional", &self.provisional),
                    ("reason", &self.reason),
                ],
            );
        }
    }

    impl WriteJson for Citation {
        fn write_json(&self, out: &mut String) {
            write_object(out, &[("document", &self.document), ("article", &self.article), ("text", &self.text)]);
        }
    }

    impl WriteJson for Issue {
        fn write_json(&self, out: &mut String) {
            issue(out, self, &mut citation);
        }
    }

    impl WriteJson for Deadline {
        fn write_json(&self, out: &mut String) {
            deadline(out, self, &mut citation);
        }
    }

    /// A citation as JSON, in full.
    pub fn citation(out: &mut String, c: &Citation) {
        c.write_json(out);
    }

    /// A list whose items need the citation hook.
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

    fn opt_citation(out: &mut String, c: Option<&Citation>, cite: Cite) {
        match c {
            Some(c) => cite(out, c),
            None => out.push_str("null"),
        }
    }

    // Issues and deadlines are the hot path of `validate`: their keys are written as
    // literals rather than through `write_object`.

    pub(crate) fn issue(out: &mut String, i: &Issue, cite: Cite) {
        out.push_str("{\"path\":");
        write_str(out, &i.path);
        out.push_str(",\"code\":");
        write_str(out, i.code);
        out.push_str(",\"severity\":");
        i.severity.write_json(out);
        out.push_str(",\"message\":");
        write_str(out, &i.message);
        out.push_str(",\"citation\":");
        opt_citation(out, i.citation.as_ref(), cite);
        if let Some(s) = &i.suggestion {
            out.push_str(",\"suggestion\":");
            write_str(out, s);
        }
        out.push_str(",\"reads\":");
        i.reads.write_json(out);
        if let Some(n) = i.notice {
            out.push_str(",\"notice\":\"");
            out.push_str(n.as_str());
            out.push('"');
        }
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
        d.provisional.write_json(out);
        out.push_str(",\"actBy\":");
        d.act_by.write_json(out);
        out.push_str(",\"advice\":");
        d.advice.write_json(out);
        out.push_str(",\"trace\":");
        d.trace.write_json(out);
        out.push_str(",\"reads\":");
        d.reads.write_json(out);
        out.push('}');
    }
}
