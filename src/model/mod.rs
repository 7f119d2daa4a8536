//! The vocabulary shared by every application type: locales, messages written once
//! per locale, citations, issues and deadlines.

pub(crate) mod fields;
pub mod notice;
pub(crate) mod report;

pub use fields::{Applies, EnumValue, Field, FieldKind, Required};
pub use notice::{notice_of, Notice, NOTICES};
pub use report::write::citation as write_citation;
pub use report::{Deadline, TraceEntry, TraceKind};
pub use crate::text::{t, Locale, Text};
pub(crate) use crate::text::message;

/// An [`EnumValue`] with its label in both locales.
pub const fn ev(value: &'static str, zh: &'static str, en: &'static str) -> EnumValue {
    EnumValue { value, label: Text { zh, en } }
}

/// A number as people write it: `5000`, `4999.5` (shortest round-trip digits, without
/// pulling float `Display` into the wasm).
///
/// The fewest decimals that read back as the same double (checked with the JSON
/// reader's exact conversion), in plain notation; whole numbers as integers.
///
/// ```
/// use jincheng_rules::model::format_number;
/// assert_eq!(format_number(5000.0), "5000");
/// assert_eq!(format_number(4999.5), "4999.5");
/// assert_eq!(format_number(0.1 + 0.2), "0.30000000000000004");
/// assert_eq!(format_number(-1250000.25), "-1250000.25");
/// ```
pub fn format_number(v: f64) -> String {
    if !v.is_finite() {
        return if v.is_nan() {
            "NaN"
        } else if v > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_owned();
    }
    if v.fract() == 0.0 && v.abs() < 9.0e18 {
        return (v as i64).to_string();
    }
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    let mut text = String::new();
    // 10^p fits an i64 up to p = 18; a*10^p too while a < 9.2.
    for p in 1..=18u32 {
        let scale = 10f64.powi(p as i32);
        if a * scale >= 9.0e18 {
            break;
        }
        let scaled = (a * scale).round() as u64;
        let (whole, frac) = (scaled / 10u64.pow(p), scaled % 10u64.pow(p));
        let digits = format!("{frac:0width$}", width = p as usize);
        text = format!("{sign}{whole}.{}", digits.trim_end_matches('0'));
        if crate::decimal::parse_number(text.trim_end_matches('.')) == v {
            break;
        }
    }
    text.trim_end_matches('.').to_owned()
}

/// How much an issue matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "lowercase"))]
pub enum Severity {
    /// Blocks submission.
    Error,
    /// Submit, but read this.
    Warning,
    /// For information.
    Info,
}

/// Where a rule comes from: the document, the article, and the quoted clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Citation {
    /// Document number or standard, e.g. `晋市政发〔2021〕23号`.
    pub document: &'static str,
    /// Article or section, e.g. `第十条`.
    pub article: &'static str,
    /// The clause, quoted.
    pub text: &'static str,
}

/// One finding about a submission or a value.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Issue {
    /// JSON Pointer into the submission (`""` for the whole).
    pub path: String,
    /// Stable dotted code, e.g. `resident_id.check_digit`.
    pub code: &'static str,
    /// Error, warning or info.
    pub severity: Severity,
    /// A plain sentence for the applicant in the requested locale.
    pub message: String,
    /// The rule's source, or `None` for purely formal checks.
    pub citation: Option<Citation>,
    /// The corrected value where one exists (spaces removed, full-width made half-width,
    /// lowercase made capitals…), for a portal to offer; written only when present.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub suggestion: Option<String>,
    /// The JSON Pointers whose values the check read (a field's own check: its pointer,
    /// and the answers that make it asked for): when one of them, or a value under or
    /// above one, changes, the issue may change.
    pub reads: Vec<String>,
    /// Set when the finding is a notice, not a field to fix: late, ineligible, or a
    /// condition met outside the form (see [`notice::NOTICES`]); written only when present.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub notice: Option<Notice>,
}

impl Issue {
    pub(crate) fn new(
        path: impl Into<String>,
        code: &'static str,
        severity: Severity,
        message: String,
        citation: Option<Citation>,
    ) -> Issue {
        Issue { path: path.into(), code, severity, message, citation, suggestion: None, reads: Vec::new(), notice: notice_of(code) }
    }
}

#[cfg(test)]
mod format_number_tests {
    use proptest::prelude::*;

    proptest! {
        /// What it writes reads back as the same number, and is never longer than the
        /// shortest round-trip text (Rust's `Display`, in plain notation).
        #[test]
        fn round_trips_shortest(v in -1.0e9f64..1.0e9, p in 0u32..6) {
            let v = (v * 10f64.powi(p as i32)).round() / 10f64.powi(p as i32);
            let text = super::format_number(v);
            prop_assert_eq!(text.parse::<f64>().unwrap(), v, "{}", text);
            prop_assert!(text.len() <= format!("{v}").len().max(1), "{} vs {}", text, v);
        }
    }

    #[test]
    fn awkward_values() {
        for (v, want) in [(0.0, "0"), (-0.5, "-0.5"), (1e15, "1000000000000000"), (0.001, "0.001"), (123.456, "123.456"), (f64::NAN, "NaN")]
        {
            assert_eq!(super::format_number(v), want);
        }
    }
}
