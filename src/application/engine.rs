//! The validation engine: a submission read within the limits, the structural walk, the
//! type's rules, the document's validity window and the deadlines, into a [`Report`].

use std::sync::OnceLock;


use super::documents::{self, StatusKind};
use super::walk::{omit, Omission, Walk};
use super::{ApplicationType, Ctx, Hits, Options, Reads};
use crate::calendar::Calendar;
use crate::identity::CheckContext;
use crate::json::{Json, ParseError, Path};
use crate::model::{Citation, Deadline, Issue, Locale, Severity, Text};
use crate::periods::format_date;

/// The result of `validate`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Report {
    /// No error among the issues.
    pub valid: bool,
    /// Every finding, errors first.
    pub issues: Vec<Issue>,
    /// The deadlines computed from the submission's dates.
    pub deadlines: Vec<Deadline>,
}

impl Report {
    /// The report as JSON text (what [`crate::json::WriteJson::to_json`] gives) into
    /// `out`, writing each citation with `cite` (the wasm package writes a number there
    /// and sends each citation's text once).
    ///
    /// ```
    /// use jincheng_rules::application::{default_calendar, validate_json, Options};
    /// use jincheng_rules::{application_type, parse_date, Locale};
    /// let t = application_type("scitech-acceptance-extension")?;
    /// let options = Options::new(Locale::ZhCn, parse_date("2026-03-01")?);
    /// let report = validate_json(t, r#"{"completionDeadline": "2026-03-31", "previousExtensions": 1}"#, &options, default_calendar());
    /// // Each citation written as a number (the wasm package sends each citation's text once).
    /// let (mut out, mut sent) = (String::new(), Vec::new());
    /// report.write_json_citing(&mut out, &mut |out, c| {
    ///     out.push_str(&sent.len().to_string());
    ///     sent.push(*c);
    /// });
    /// assert!(out.starts_with(r#"{"valid":false,"issues":["#) && out.contains(r#""citation":0"#));
    /// assert_eq!(sent[0].document, "晋市政办〔2021〕42号");
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn write_json_citing(&self, out: &mut String, cite: &mut dyn FnMut(&mut String, &Citation)) {
        out.push('{');
        self.write_members_citing(out, cite);
        out.push('}');
    }

    /// The members of the report's JSON object, without its braces (a line's report
    /// writes its `line` member first).
    pub(crate) fn write_members_citing(&self, out: &mut String, cite: &mut dyn FnMut(&mut String, &Citation)) {
        use crate::json::WriteJson;
        use crate::model::report::write;
        out.push_str("\"valid\":");
        self.valid.write_json(out);
        out.push_str(",\"issues\":");
        write::list(out, &self.issues, |out, i| write::issue(out, i, cite));
        out.push_str(",\"deadlines\":");
        write::list(out, &self.deadlines, |out, d| write::deadline(out, d, cite));
    }
}

impl crate::json::WriteJson for Report {
    fn write_json(&self, out: &mut String) {
        self.write_json_citing(out, &mut crate::model::write_citation);
    }
}

/// The largest submission accepted, in bytes of JSON: larger ones get one issue.
pub const MAX_SUBMISSION_BYTES: usize = 4 * 1024 * 1024;

/// The deepest nesting accepted: deeper gets one issue.
pub const MAX_DEPTH: usize = crate::json::MAX_DEPTH;

pub(crate) const WHOLE: &[(&str, Text)] = &[
    ("submission.type", Text { zh: "提交的内容不是一份表单，请按表单填写后再提交。", en: "The submission is not a form; fill in the form and submit again." }),
    ("submission.invalid_json", Text { zh: "提交的内容无法读取（不是有效的数据格式），请重新填写后提交。", en: "The submission cannot be read (it is not valid JSON); fill in the form again." }),
    ("submission.too_deep", Text { zh: "提交的内容层级过多（超过128层），无法处理，请按表单填写。", en: "The submission is nested too deeply (more than 128 levels) to be read; fill in the form instead." }),
    ("submission.too_large", Text { zh: "提交的内容过大（超过4MB），无法处理，请精简后再提交。", en: "The submission is too large (over 4 MB) to be read; shorten it and submit again." }),
    ("document.expired", Text { zh: "本事项依据的《{title}》（{number}）有效期至{until}，现已到期，办理规定可能已调整，请先向受理部门确认本事项是否仍按此办理。", en: "This form follows {number} ({title}), whose term ended on {until}: its rules may have changed, so ask the office whether the service still runs under them before you submit." }),
    ("document.extended", Text { zh: "《{title}》（{number}）的有效期已由{by}（{by_date}）延长{to}，本事项继续按其规定办理。", en: "The term of {number} ({title}) was extended by {by} ({by_date}){to}; the service continues under its rules." }),
    ("document.replaced", Text { zh: "《{title}》（{number}）已由{by}（{by_date}）替代；本页仍按原文件的规定检查，新规定可能不同，请向受理部门确认。", en: "{number} ({title}) was replaced by {by} ({by_date}); these checks follow the old document and the new rules may differ, so check with the office." }),
    ("submission.too_many_issues", Text { zh: "另有{n}处问题未列出，请先改正以上问题，再重新检查。", en: "{n} more issues are not listed; correct the ones above and check again." }),
    ("document.not_yet_in_force", Text { zh: "《{title}》（{number}）自{from}起施行，{as_of}尚未施行，请确认提交日期。", en: "{number} ({title}) takes effect on {from}; on {as_of} it is not yet in force. Check the submission date." }),
];

fn whole_text(code: &str) -> Text {
    crate::model::message(WHOLE, code)
}

pub(super) fn whole_issue(code: &'static str, locale: Locale) -> Issue {
    let mut issue = Issue::new("", code, Severity::Error, whole_text(code).get(locale).to_owned(), None);
    issue.reads = vec![String::new()]; // the whole submission
    issue
}

/// Parse a submission given as JSON text, within the limits. Errors become one issue.
/// (A lone surrogate escape, which `JSON.stringify` can produce, reads as U+FFFD and is
/// reported in the field that holds it.)
///
/// ```
/// use jincheng_rules::application::parse_submission;
/// use jincheng_rules::Locale;
/// assert!(parse_submission(r#"{"name": "张三"}"#, Locale::ZhCn).is_ok());
/// let issue = parse_submission(r#"{"name": "#, Locale::ZhCn).unwrap_err(); // an issue, not an error
/// assert_eq!(issue.code, "submission.invalid_json");
/// let deep = "[".repeat(200) + &"]".repeat(200);
/// assert_eq!(parse_submission(&deep, Locale::En).unwrap_err().code, "submission.too_deep");
/// ```
#[allow(clippy::result_large_err)] // the error is the rare path, written into a report as it is: not boxed
pub fn parse_submission(json: &str, locale: Locale) -> Result<Json<'_>, Issue> {
    if json.len() > MAX_SUBMISSION_BYTES {
        return Err(whole_issue("submission.too_large", locale));
    }
    Json::parse(json).map_err(|e| match e {
        ParseError::TooDeep => whole_issue("submission.too_deep", locale),
        ParseError::Syntax(_) => whole_issue("submission.invalid_json", locale),
    })
}

/// The shared calendar of `validate` and `deadlines` when the caller brings none.
///
/// ```
/// use jincheng_rules::application::default_calendar;
/// let cal = default_calendar();                  // built on first use, then shared
/// assert!(std::ptr::eq(cal, default_calendar()));
/// assert!(cal.is_official(2026));
/// ```
pub fn default_calendar() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::official)
}

/// Validate a submission: structural checks from the fields, the type's rules, the
/// document's validity window, and the deadlines.
///
/// # Example: a deadline on the National Day holiday, under an expired document
///
/// ```
/// use jincheng_rules::application::{default_calendar, validate, Options};
/// use jincheng_rules::{application_type, json::Json, parse_date, Locale, Severity};
/// let t = application_type("enforcement-supervision-review")?;
/// let submission = Json::parse(r#"{
///     "applicant": {"kind": "enforcement_agency", "name": "泽州县市场监督管理局", "creditCode": "11140525MB151234XH",
///                   "contact": {"name": "李明", "mobile": "13903560001"}},
///     "decision": {"number": "泽执监决〔2026〕3号", "issuer": "泽州县司法局", "issuerDivision": "140525", "receivedDate": "2026-09-28"},
///     "reasons": "认为原行政处罚程序合法，请求复查。"}"#).unwrap();
/// let report = validate(t, &submission, &Options::new(Locale::ZhCn, parse_date("2026-10-09")?), default_calendar());
/// assert!(report.valid);                         // warnings and notes do not make it invalid
/// // 23号 was in force until 2023-11-30: the applicant is told, not refused.
/// let expired = report.issues.iter().find(|i| i.code == "document.expired").unwrap();
/// assert_eq!(expired.severity, Severity::Warning);
/// // 5 working days from 28 September: 国庆 skipped, Saturday 10 October is 调休上班.
/// assert_eq!(report.deadlines[0].due, "2026-10-10");
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn validate(t: &ApplicationType, submission: &Json, options: &Options, calendar: &Calendar) -> Report {
    let locale = options.locale;
    let mut issues = Vec::new();
    let mut deadlines = Vec::new();
    let mut omitted = Vec::new();
    if !submission.is_object() {
        issues.push(whole_issue("submission.type", locale));
    } else {
        let id_ctx = CheckContext { today: options.as_of, locale };
        // The rules read the submission without what is ruled out or left empty: the
        // structural walk notes those pointers as it passes them.
        let mut hidden = Vec::new();
        let mut walk = Walk { locale, id_ctx, issues: &mut issues, labels: &options.labels, hidden: Some(&mut hidden), omitted: Vec::new() };
        walk.object(t.fields, submission, &Path::Root, "");
        omitted = walk.omitted;
        // A field's own checks read its value (and what decides whether it is asked for).
        for i in &mut issues {
            i.reads = crate::model::fields::structural_reads(t.fields, &i.path);
        }
        let reads = Reads::default();
        let ctx = Ctx { submission, as_of: options.as_of, locale, calendar, hours: options.hours(), reads: None, hidden: &hidden };
        let recording = Ctx { reads: Some(&reads), ..ctx };
        for rule in t.rules {
            let mut hits = Hits::default();
            // Every rule runs recording what it reads (into buffers kept from rule to
            // rule: no allocation once they are there); the record is copied out only
            // when the rule fires.
            reads.clear();
            (rule.check)(&recording, &mut hits);
            let read = if hits.0.is_empty() { Vec::new() } else { reads.take() };
            let (mut read, last) = (Some(read), hits.0.len().saturating_sub(1));
            for (k, (path, args)) in hits.0.into_iter().enumerate() {
                if issues.len() >= 2 * MAX_ISSUES {
                    omit(&mut omitted, String::new(), 1, rule.severity);
                    continue;
                }
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let mut message = rule.message.fill(locale, &args);
                if !options.labels.is_empty() {
                    message = relabel(t, &message, &path, &options.labels, locale);
                }
                let mut issue = Issue::new(path, rule.code, rule.severity, message, Some(rule.citation));
                // The last hit takes the list, the others a copy.
                issue.reads = if k == last { read.take().unwrap_or_default() } else { read.clone().unwrap_or_default() };
                issues.push(issue);
            }
        }
        deadlines = compute_deadlines(t, &recording);
    }
    validity_window(t, options, &mut issues);
    if let Some(fields) = &options.fields {
        let under = |path: &str, f: &str| path == f || (path.starts_with(f) && path.as_bytes().get(f.len()) == Some(&b'/'));
        issues.retain(|i| fields.iter().any(|f| under(&i.path, f)));
        // Issues left out inside a list count where a field asked for is the list or in it.
        omitted.retain(|o| fields.iter().any(|f| under(&o.path, f) || under(f, &o.path)));
    }
    let issues = cap_issues(errors_first(issues), omitted, locale);
    let valid = !issues.iter().any(|i| i.severity == Severity::Error);
    Report { valid, issues, deadlines }
}

/// The most issues a report lists (besides the one saying how many more there are):
/// with `MAX_ISSUES_PER_LIST` (200, `walk.rs`), what keeps a report's size and
/// memory bounded whatever the submission.
pub const MAX_ISSUES: usize = 1000;

/// At most [`MAX_ISSUES`] issues (errors first, so errors are the last to be left out),
/// and when any were left out (here or in a list, `omitted`), one more issue,
/// `submission.too_many_issues`, with their number and the severity of the most serious
/// of them (an error left out keeps the report invalid).
fn cap_issues(mut issues: Vec<Issue>, mut omitted: Vec<Omission>, locale: Locale) -> Vec<Issue> {
    if issues.len() > MAX_ISSUES {
        let worst = issues[MAX_ISSUES..].iter().map(|i| i.severity).min().unwrap_or(Severity::Error);
        omit(&mut omitted, String::new(), issues.len() - MAX_ISSUES, worst);
        issues.truncate(MAX_ISSUES);
    }
    let (Some(worst), count) = (omitted.iter().map(|o| o.worst).min(), omitted.iter().map(|o| o.count).sum::<usize>()) else {
        return issues;
    };
    let code = "submission.too_many_issues";
    let message = whole_text(code).fill(locale, &[("n", &count.to_string())]);
    // After the last issue as serious: errors first still.
    let at = issues.iter().position(|i| i.severity > worst).unwrap_or(issues.len());
    issues.insert(at, Issue::new("", code, worst, message, None));
    issues
}

/// A rule's message with the declared labels it names replaced by the portal's labels
/// (the `labels` option). At each position the longest declared label wins, so that
/// “联系人手机号码” is not read as “联系人” + “手机号码”; when two labelled fields share
/// a declared label, the one at the issue's own path is used.
pub(super) fn relabel(t: &ApplicationType, message: &str, path: &str, labels: &[(String, String)], locale: Locale) -> String {
    use crate::model::fields::{all_labels, declared_label};
    let mut words: Vec<(&str, &str)> = Vec::new(); // declared → shown
    let mut ordered: Vec<&(String, String)> = labels.iter().filter(|(p, _)| p == path).collect();
    ordered.extend(labels.iter().filter(|(p, _)| p != path));
    for (pointer, label) in ordered {
        if let Some(own) = declared_label(t.fields, pointer, locale) {
            if !words.iter().any(|(d, _)| *d == own) {
                words.push((own, label));
            }
        }
    }
    if words.is_empty() {
        return message.to_owned();
    }
    let mut own = Vec::new();
    all_labels(t.fields, locale, &mut own);
    for d in own {
        if !d.is_empty() && !words.iter().any(|(w, _)| *w == d) {
            words.push((d, d));
        }
    }
    // Longest first, otherwise in order: what `sort_by_key(Reverse(len))` gives, as an
    // insertion sort (the labels of one type), which keeps std's stable sort (~3 KB
    // gzip, used nowhere else) out of the wasm.
    for i in 1..words.len() {
        let mut j = i;
        while j > 0 && words[j - 1].0.len() < words[j].0.len() {
            words.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut out = String::with_capacity(message.len() + 16);
    let mut rest = message;
    while let Some(c) = rest.chars().next() {
        match words.iter().find(|(d, _)| rest.starts_with(d)) {
            Some((d, shown)) => {
                out.push_str(shown);
                rest = crate::util::part(rest, d.len()..);
            }
            None => {
                out.push(c);
                rest = crate::util::part(rest, c.len_utf8()..);
            }
        }
    }
    out
}

/// Errors, then warnings, then notes, each in the order found (a stable sort by
/// severity, in one pass).
fn errors_first(issues: Vec<Issue>) -> Vec<Issue> {
    if issues.windows(2).all(|w| w[0].severity <= w[1].severity) {
        return issues;
    }
    let mut groups: [Vec<Issue>; 3] = Default::default();
    for i in issues {
        groups[i.severity as usize].push(i);
    }
    groups.into_iter().flatten().collect()
}

/// Why a submission could not be read at all (found before any JSON text exists,
/// e.g. by the JavaScript engine's `JSON.stringify`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not representable as JSON (a cycle, a BigInt, a throwing getter).
    NotJson,
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Larger than [`MAX_SUBMISSION_BYTES`].
    TooLarge,
}

impl Unreadable {
    fn code(self) -> &'static str {
        match self {
            Unreadable::NotJson => "submission.invalid_json",
            Unreadable::TooDeep => "submission.too_deep",
            Unreadable::TooLarge => "submission.too_large",
        }
    }
}

/// The report for a submission that could not be read: one issue, plus the
/// document's validity window.
///
/// ```
/// use jincheng_rules::application::{validate_unreadable, Options, Unreadable};
/// use jincheng_rules::{application_type, parse_date, Locale};
/// // The JavaScript side could not even stringify the submission (a cycle, a BigInt).
/// let t = application_type("energy-review")?;
/// let report = validate_unreadable(t, Unreadable::NotJson, &Options::new(Locale::En, parse_date("2026-03-02")?));
/// assert!(!report.valid);
/// assert_eq!(report.issues[0].code, "submission.invalid_json");
/// assert!(report.deadlines.is_empty());
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn validate_unreadable(t: &ApplicationType, why: Unreadable, options: &Options) -> Report {
    unreadable_report(t, whole_issue(why.code(), options.locale), options)
}

pub(super) fn unreadable_report(t: &ApplicationType, issue: Issue, options: &Options) -> Report {
    let mut issues = vec![issue];
    validity_window(t, options, &mut issues);
    Report { valid: false, issues, deadlines: Vec::new() }
}

/// [`validate`] for a submission given as JSON text (what the wasm binding passes):
/// unreadable, too large or too deep input becomes one issue.
///
/// ```
/// use jincheng_rules::application::{default_calendar, validate_json, Options};
/// use jincheng_rules::{application_type, parse_date, Locale};
/// let t = application_type("scitech-acceptance-extension")?;
/// let options = Options::new(Locale::ZhCn, parse_date("2026-03-01")?);
/// let report = validate_json(t, r#"{"completionDeadline": "2026-03-31", "previousExtensions": 1}"#, &options, default_calendar());
/// assert!(report.issues.iter().any(|i| i.code == "scitech_extension.late"));
/// // Text that is not JSON is an issue in the report, never an error:
/// let report = validate_json(t, "{completionDeadline: 2026-03-31}", &options, default_calendar());
/// assert_eq!((report.valid, report.issues[0].code), (false, "submission.invalid_json"));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn validate_json(t: &ApplicationType, json: &str, options: &Options, calendar: &Calendar) -> Report {
    match parse_submission(json, options.locale) {
        Ok(v) => validate(t, &v, options, calendar),
        Err(issue) => unreadable_report(t, issue, options),
    }
}

/// [`deadlines`] for a submission given as JSON text.
///
/// ```
/// use jincheng_rules::application::{deadlines_json, default_calendar, Options};
/// use jincheng_rules::{application_type, parse_date, Locale};
/// let t = application_type("scitech-acceptance-extension")?;
/// let options = Options::new(Locale::En, parse_date("2026-03-01")?);
/// let due = deadlines_json(t, r#"{"completionDeadline": "2026-03-31"}"#, &options, default_calendar());
/// assert_eq!(due[0].due, "2026-02-28");         // one month before 31 March: no 31 February
/// assert!(deadlines_json(t, "not json", &options, default_calendar()).is_empty());
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn deadlines_json(t: &ApplicationType, json: &str, options: &Options, calendar: &Calendar) -> Vec<Deadline> {
    parse_submission(json, options.locale).map(|v| deadlines(t, &v, options, calendar)).unwrap_or_default()
}

/// The deadlines of a submission (empty when it is not an object).
///
/// ```
/// use jincheng_rules::application::{deadlines, default_calendar, Options};
/// use jincheng_rules::{application_type, json::Json, parse_date, Locale};
/// let t = application_type("business-startup")?;
/// let submission = Json::parse(r#"{"submittedAt": "2026-09-30T16:45", "steps": ["seal_carving"], "materialsComplete": true}"#).unwrap();
/// let due = deadlines(t, &submission, &Options::new(Locale::ZhCn, parse_date("2026-09-30")?), default_calendar());
/// // 印章刻制1小时 in office hours: 45 minutes on 30 September, the rest after 国庆.
/// assert_eq!(due.iter().find(|d| d.id == "seal_carving").unwrap().due, "2026-10-08T08:15");
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn deadlines(t: &ApplicationType, submission: &Json, options: &Options, calendar: &Calendar) -> Vec<Deadline> {
    if !submission.is_object() {
        return Vec::new();
    }
    let mut hidden = Vec::new();
    crate::model::fields::hidden(t.fields, submission, &mut String::new(), &mut hidden);
    let reads = Reads::default();
    let ctx = Ctx { submission, as_of: options.as_of, locale: options.locale, calendar, hours: options.hours(), reads: Some(&reads), hidden: &hidden };
    compute_deadlines(t, &ctx)
}

fn compute_deadlines(t: &ApplicationType, ctx: &Ctx) -> Vec<Deadline> {
    t.deadlines
        .iter()
        .filter_map(|d| {
            if let Some(r) = ctx.reads {
                r.clear();
            }
            let p = (d.compute)(ctx)?.ok()?;
            Some(Deadline {
                id: d.id,
                title: d.title.get(ctx.locale).to_owned(),
                due: match p.due_time {
                    Some(time) => format!("{}T{}", p.due, crate::date::format_time(time)),
                    None => p.due.to_string(),
                },
                rule: p.rule,
                citation: Some(d.citation),
                provisional: p.provisional,
                act_by: p.act_by.map(|d| d.to_string()),
                advice: p.advice,
                trace: p.trace,
                reads: ctx.reads.map(Reads::take).unwrap_or_default(),
            })
        })
        .collect()
}

fn validity_window(t: &ApplicationType, options: &Options, issues: &mut Vec<Issue>) {
    let doc = t.document();
    let locale = options.locale;
    // In force on the day (most calls): no note, and nothing formatted for one.
    if !doc.in_force_until.is_some_and(|until| options.as_of > until) && options.as_of >= doc.in_force_from {
        return;
    }
    let mut args = vec![
        ("title", doc.title.clone()),
        ("number", doc.number.clone()),
        ("as_of", format_date(options.as_of, locale)),
        ("from", format_date(doc.in_force_from, locale)),
    ];
    let (code, severity, citation) = match doc.in_force_until {
        Some(until) if options.as_of > until => match documents::status_of(&doc.number, &options.document_status) {
            // A document past its term with a known status: the note cites the document
            // that extended or replaced it (issue 23).
            Some(s) => {
                args.push(("by", s.by.document.to_owned()));
                args.push(("by_date", format_date(s.by_date, locale)));
                match (s.kind, s.until) {
                    (StatusKind::Extended, Some(u)) if options.as_of > u => {
                        args.push(("until", format_date(u, locale)));
                        ("document.expired", Severity::Warning, Some(s.by))
                    }
                    (StatusKind::Extended, u) => {
                        let to = match (u, locale) {
                            (Some(u), Locale::ZhCn) => format!("至{}", format_date(u, locale)),
                            (Some(u), Locale::En) => format!(" until {u}"),
                            (None, _) => String::new(),
                        };
                        args.push(("to", to));
                        ("document.extended", Severity::Info, Some(s.by))
                    }
                    (StatusKind::Replaced, _) => ("document.replaced", Severity::Warning, Some(s.by)),
                }
            }
            None => {
                args.push(("until", format_date(until, locale)));
                ("document.expired", Severity::Warning, doc.validity_citation())
            }
        },
        _ if options.as_of < doc.in_force_from => ("document.not_yet_in_force", Severity::Warning, doc.in_force_citation()),
        _ => return,
    };
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    issues.push(Issue::new("", code, severity, whole_text(code).fill(locale, &args), citation));
}
