//! Many submissions at once: a JSON Lines text (one submission per line), as a portal's
//! bulk upload or the command line sends it. One report per line that holds anything,
//! in order; a line that cannot be read is a report with one issue naming the line,
//! never an error.

use super::{parse_submission, unreadable_report, validate, whole_issue, ApplicationType, Options, Report};
use crate::calendar::Calendar;
use crate::json::WriteJson;
use crate::model::{Citation, Text};

/// The report of one line of a JSON Lines text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineReport {
    /// The line's number in the text, from 1 (blank lines count, as an editor counts).
    pub line: usize,
    /// The report of the submission on that line.
    pub report: Report,
}

/// An unreadable line's issue: the whole-submission message, after the line's number.
const LINE: Text = Text { zh: "第{line}行：{message}", en: "Line {line}: {message}" };

/// The lines of a JSON Lines text: split at `\n`, a `\r` before it dropped (CRLF), a
/// byte order mark at the start dropped, blank lines (spaces and tabs only) skipped.
///
/// ```
/// use jincheng_rules::application::json_lines;
/// let lines: Vec<(usize, &[u8])> = json_lines(b"\xEF\xBB\xBF{}\r\n \t\n[1]\n").collect();
/// assert_eq!(lines, [(1, &b"{}"[..]), (3, &b"[1]"[..])]); // line 2 is blank: skipped, still counted
/// ```
pub fn json_lines(text: &[u8]) -> impl Iterator<Item = (usize, &[u8])> {
    let text = text.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(text);
    let text = text.strip_suffix(b"\n").unwrap_or(text);
    text.split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, line)| (i + 1, line.strip_suffix(b"\r").unwrap_or(line)))
        .filter(|(_, line)| !line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')))
}

/// [`json_lines`] of a text already known to be UTF-8: the same lines, as `&str`.
///
/// ```
/// use jincheng_rules::application::json_lines_str;
/// let lines: Vec<(usize, &str)> = json_lines_str("\u{feff}{}\r\n \t\n[1]\n").collect();
/// assert_eq!(lines, [(1, "{}"), (3, "[1]")]);
/// ```
pub fn json_lines_str(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.strip_suffix('\n').unwrap_or(text);
    text.split('\n')
        .enumerate()
        .map(|(i, line)| (i + 1, line.strip_suffix('\r').unwrap_or(line)))
        .filter(|(_, line)| !line.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r')))
}

/// Validate one line: what [`super::validate_json`] does, with the line's number in the
/// message of an issue that makes the line unreadable (not UTF-8, not JSON, too deep,
/// too large).
///
/// ```
/// use jincheng_rules::application::{validate_line, Options};
/// use jincheng_rules::{application_type, parse_date, Calendar, Locale};
/// let t = application_type("scitech-acceptance-extension")?;
/// let options = Options::new(Locale::En, parse_date("2026-02-27")?);
/// let r = validate_line(t, 7, b"{\"completionDeadline\":", &options, &Calendar::official());
/// assert_eq!(r.line, 7);
/// assert!(r.report.issues[0].message.starts_with("Line 7: "));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn validate_line(t: &ApplicationType, line: usize, text: &[u8], options: &Options, calendar: &Calendar) -> LineReport {
    match std::str::from_utf8(text) {
        Ok(json) => validate_line_text(t, line, json, options, calendar),
        Err(_) => line_report(t, line, Err(whole_issue("submission.invalid_json", options.locale)), options, calendar),
    }
}

/// [`validate_line`] for a line already known to be UTF-8 (a line of a `&str`).
///
/// ```
/// use jincheng_rules::application::{validate_line_text, Options};
/// use jincheng_rules::{application_type, parse_date, Calendar, Locale};
/// let t = application_type("scitech-acceptance-extension")?;
/// let options = Options::new(Locale::En, parse_date("2026-02-27")?);
/// let r = validate_line_text(t, 3, "[1,", &options, &Calendar::official());
/// assert!(r.report.issues[0].message.starts_with("Line 3: "));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn validate_line_text(t: &ApplicationType, line: usize, text: &str, options: &Options, calendar: &Calendar) -> LineReport {
    line_report(t, line, parse_submission(text, options.locale), options, calendar)
}

#[allow(clippy::result_large_err)] // as parse_submission's
fn line_report(t: &ApplicationType, line: usize, parsed: Result<crate::json::Json<'_>, crate::model::Issue>, options: &Options, calendar: &Calendar) -> LineReport {
    let report = match parsed {
        Ok(v) => validate(t, &v, options, calendar),
        Err(mut issue) => {
            issue.message = LINE.fill(options.locale, &[("line", &line.to_string()), ("message", &issue.message)]);
            unreadable_report(t, issue, options)
        }
    };
    LineReport { line, report }
}

/// Validate every submission of a JSON Lines text (UTF-8), one report per non-blank
/// line, in order (see [`json_lines`]).
///
/// ```
/// use jincheng_rules::application::{validate_lines, Options};
/// use jincheng_rules::{application_type, parse_date, Calendar, Locale};
/// let t = application_type("scitech-acceptance-extension")?;
/// let options = Options::new(Locale::ZhCn, parse_date("2026-02-27")?);
/// let reports = validate_lines(t, b"{}\r\n\r\n{broken\r\n", &options, &Calendar::official());
/// assert_eq!(reports.iter().map(|r| r.line).collect::<Vec<_>>(), [1, 3]);
/// assert_eq!(reports[1].report.issues[0].code, "submission.invalid_json");
/// assert!(reports[1].report.issues[0].message.starts_with("第3行："));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn validate_lines(t: &ApplicationType, text: &[u8], options: &Options, calendar: &Calendar) -> Vec<LineReport> {
    validate_lines_from(t, text, 1, options, calendar)
}

/// [`validate_lines`] for a text whose first line is line `first_line` of a longer one
/// (a file read in chunks): the reports and their messages carry the longer text's
/// line numbers.
///
/// ```
/// use jincheng_rules::application::{validate_lines_from, Options};
/// use jincheng_rules::{application_type, parse_date, Calendar, Locale};
/// let t = application_type("scitech-acceptance-extension")?;
/// let options = Options::new(Locale::ZhCn, parse_date("2026-02-27")?);
/// // The second chunk of a file, starting at its line 1001:
/// let reports = validate_lines_from(t, b"{}\nnot json\n", 1001, &options, &Calendar::official());
/// assert_eq!(reports.iter().map(|r| r.line).collect::<Vec<_>>(), [1001, 1002]);
/// assert!(reports[1].report.issues[0].message.starts_with("第1002行："));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn validate_lines_from(t: &ApplicationType, text: &[u8], first_line: usize, options: &Options, calendar: &Calendar) -> Vec<LineReport> {
    let skip = first_line.saturating_sub(1);
    json_lines(text).map(|(line, json)| validate_line(t, line.saturating_add(skip), json, options, calendar)).collect()
}

impl LineReport {
    /// The report's JSON with a `line` member, each citation written by `cite`.
    ///
    /// ```
    /// use jincheng_rules::application::{validate_lines, Options};
    /// use jincheng_rules::{application_type, parse_date, Calendar, Locale};
    /// let t = application_type("scitech-acceptance-extension")?;
    /// let options = Options::new(Locale::ZhCn, parse_date("2026-02-27")?);
    /// let r = &validate_lines(t, b"{}", &options, &Calendar::official())[0];
    /// let mut out = String::new();
    /// r.write_json_citing(&mut out, &mut |out, _citation| out.push('0')); // citations as numbers
    /// assert!(out.starts_with("{\"line\":1,\"valid\":false,"));
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn write_json_citing(&self, out: &mut String, cite: &mut dyn FnMut(&mut String, &Citation)) {
        out.push_str("{\"line\":");
        self.line.write_json(out);
        out.push(',');
        self.report.write_members_citing(out, cite);
        out.push('}');
    }
}

impl WriteJson for LineReport {
    /// `{"line": n, "valid": …, "issues": […], "deadlines": […]}`.
    fn write_json(&self, out: &mut String) {
        self.write_json_citing(out, &mut crate::model::write_citation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::validate_json;
    use crate::registry::application_type;
    use crate::model::Locale;
    use crate::parse_date;

    fn options(locale: Locale) -> Options {
        Options::new(locale, parse_date("2026-02-27").unwrap())
    }

    #[test]
    fn lines_split_like_an_editor_counts_them() {
        let cases: [(&[u8], &[(usize, &str)]); 7] = [
            (b"", &[]),
            (b"\n\n  \t\n", &[]),
            (b"a\nb", &[(1, "a"), (2, "b")]),
            (b"a\nb\n", &[(1, "a"), (2, "b")]),
            (b"a\r\n\r\nb\r\n", &[(1, "a"), (3, "b")]),
            (b"\xEF\xBB\xBFa\n b \n", &[(1, "a"), (2, " b ")]),
            // A BOM elsewhere is the line's content (and not JSON).
            (b"a\n\xEF\xBB\xBFb", &[(1, "a"), (2, "\u{feff}b")]),
        ];
        for (text, expected) in cases {
            let got: Vec<(usize, String)> = json_lines(text).map(|(n, l)| (n, String::from_utf8(l.to_vec()).unwrap())).collect();
            let expected: Vec<(usize, String)> = expected.iter().map(|(n, s)| (*n, s.to_string())).collect();
            assert_eq!(got, expected, "{text:?}");
            // The same lines from the text as `&str`.
            let got: Vec<(usize, String)> = json_lines_str(std::str::from_utf8(text).unwrap()).map(|(n, l)| (n, l.to_owned())).collect();
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn each_line_as_validate_would_report_it() {
        let t = application_type("scitech-acceptance-extension").unwrap();
        let cal = Calendar::official();
        let o = options(Locale::ZhCn);
        let lines = [r#"{"a":1}"#, "[]", "{broken", "null", "\"x\""];
        let text = lines.join("\r\n");
        let reports = validate_lines(t, text.as_bytes(), &o, &cal);
        assert_eq!(reports.len(), lines.len());
        for (i, (r, line)) in reports.iter().zip(lines).enumerate() {
            assert_eq!(r.line, i + 1);
            let single = validate_json(t, line, &o, &cal);
            if line == "{broken" {
                assert_eq!(r.report.issues[0].code, single.issues[0].code);
                assert_eq!(r.report.issues[0].path, "");
                assert_eq!(r.report.issues[0].message, format!("第3行：{}", single.issues[0].message));
                assert!(!r.report.valid);
            } else {
                assert_eq!(r.report, single, "{line}");
            }
        }
    }

    #[test]
    fn unreadable_lines_name_their_number_in_each_locale() {
        let t = application_type("scitech-acceptance-extension").unwrap();
        let cal = Calendar::official();
        // Line 2 is not UTF-8 (a lone byte 0xFF), line 3 nests too deep.
        let mut bytes = b"{}\n\"\xFF\"\n".to_vec();
        bytes.extend("[".repeat(200).as_bytes());
        for (locale, prefix) in [(Locale::ZhCn, "第"), (Locale::En, "Line ")] {
            let reports = validate_lines(t, &bytes, &options(locale), &cal);
            assert_eq!(reports.len(), 3);
            assert_eq!(reports[1].report.issues[0].code, "submission.invalid_json");
            assert!(reports[1].report.issues[0].message.starts_with(&format!("{prefix}2")), "{}", reports[1].report.issues[0].message);
            assert_eq!(reports[2].report.issues[0].code, "submission.too_deep");
            assert!(reports[2].report.issues[0].message.starts_with(&format!("{prefix}3")));
        }
    }

    #[test]
    fn a_chunk_numbers_its_lines_from_its_first() {
        let t = application_type("scitech-acceptance-extension").unwrap();
        let reports = validate_lines_from(t, b"{}\n\n{broken\n", 1001, &options(Locale::En), &Calendar::official());
        assert_eq!(reports.iter().map(|r| r.line).collect::<Vec<_>>(), [1001, 1003]);
        assert!(reports[1].report.issues[0].message.starts_with("Line 1003: "));
    }

    #[test]
    fn written_with_its_line() {
        let t = application_type("scitech-acceptance-extension").unwrap();
        let r = validate_line(t, 7, b"{}", &options(Locale::En), &Calendar::official());
        let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
        assert_eq!(v["line"], 7);
        let mut report: serde_json::Value = serde_json::from_str(&r.report.to_json()).unwrap();
        report.as_object_mut().unwrap().insert("line".into(), 7.into());
        assert_eq!(v, report);
    }
}
