//! The framework every application type uses: its document, its field
//! declarations, its rules and its deadlines; and the functions of the API
//! (`application_types`, `schema`, `validate`, `deadlines`, `rules`).

mod documents;

use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use serde_json::Value;

pub use documents::Document;

use crate::calendar::Calendar;
use crate::error::{Error, ErrorCode};
use crate::hours::ServiceHours;
use crate::identity::CheckContext;
use crate::json::{Json, ParseError};
use crate::model::fields::{object_typescript, Path, Required, Walk};
use crate::model::{Citation, Deadline, Field, FieldKind, Issue, Locale, Severity, Text};
use crate::periods::{format_date, Period};

/// What a rule sees: the submission, the day it is made, the locale and the calendar.
#[derive(Clone, Copy, Debug)]
pub struct Ctx<'a> {
    /// The submission (already known to be an object).
    pub submission: &'a Json<'a>,
    /// The day the submission is made.
    pub as_of: NaiveDate,
    /// Message language.
    pub locale: Locale,
    /// The working-day calendar.
    pub calendar: &'a Calendar,
    /// The service hall's opening hours, for limits in working time.
    pub hours: &'a ServiceHours,
}

impl<'a> Ctx<'a> {
    /// The value at a JSON Pointer, unless null.
    pub fn get(&self, pointer: &str) -> Option<&'a Json<'a>> {
        self.submission.pointer(pointer).filter(|v| !v.is_null())
    }

    /// A string at a JSON Pointer.
    pub fn str(&self, pointer: &str) -> Option<&'a str> {
        self.get(pointer).and_then(Json::as_str)
    }

    /// A well-formed date-time (`YYYY-MM-DDTHH:MM`) at a JSON Pointer.
    pub fn date_time(&self, pointer: &str) -> Option<NaiveDateTime> {
        self.str(pointer).and_then(|s| crate::date::parse_date_time(s).ok())
    }

    /// A well-formed date at a JSON Pointer.
    pub fn date(&self, pointer: &str) -> Option<NaiveDate> {
        self.str(pointer).and_then(|s| crate::date::parse_date(s).ok())
    }

    /// A boolean at a JSON Pointer.
    pub fn bool(&self, pointer: &str) -> Option<bool> {
        self.get(pointer).and_then(Json::as_bool)
    }

    /// An integer at a JSON Pointer.
    pub fn int(&self, pointer: &str) -> Option<i64> {
        self.get(pointer).and_then(Json::as_i64)
    }

    /// The strings of an array at a JSON Pointer (other items ignored).
    pub fn strs(&self, pointer: &str) -> Vec<&'a str> {
        self.get(pointer).and_then(Json::as_array).map(|a| a.iter().filter_map(Json::as_str).collect()).unwrap_or_default()
    }

    /// A date in the locale's words.
    pub fn fmt_date(&self, d: NaiveDate) -> String {
        format_date(d, self.locale)
    }
}

/// Where a rule fired, and the values for its message.
#[derive(Clone, Debug, Default)]
pub struct Hits(Vec<(String, Vec<(&'static str, String)>)>);

impl Hits {
    /// Record a hit at `path` with message arguments.
    pub fn at(&mut self, path: &str, args: &[(&'static str, String)]) {
        self.0.push((path.to_owned(), args.to_vec()));
    }
}

/// A rule: one legal requirement, its message and its citation, and the check that runs.
#[derive(Clone, Copy, Debug)]
pub struct Rule {
    /// Stable dotted code.
    pub code: &'static str,
    /// Error, warning or info.
    pub severity: Severity,
    /// What the rule requires, for the legal reviewer.
    pub description: Text,
    /// What the applicant reads when it fires (`{name}` placeholders).
    pub message: Text,
    /// The document, article and quoted clause.
    pub citation: Citation,
    /// The check.
    pub check: fn(&Ctx, &mut Hits),
}

/// A deadline computed from a submission.
#[derive(Clone, Copy, Debug)]
pub struct DeadlineDef {
    /// Stable identifier.
    pub id: &'static str,
    /// What it is for.
    pub title: Text,
    /// The article that sets it.
    pub citation: Citation,
    /// The computation; `None` when the submission lacks the dates it needs.
    pub compute: fn(&Ctx) -> Option<Result<Period, Error>>,
}

/// An application type of the catalogue.
#[derive(Clone, Copy, Debug)]
pub struct ApplicationType {
    /// Stable identifier (api.md).
    pub id: &'static str,
    /// Catalogue code, e.g. `A2`.
    pub code: &'static str,
    /// Its name.
    pub title: Text,
    /// The document number it comes from (see `data/documents.json`).
    pub document: &'static str,
    /// The articles it implements.
    pub articles: &'static [&'static str],
    /// The fields of a submission.
    pub fields: &'static [Field],
    /// The rules beyond the fields' own checks.
    pub rules: &'static [Rule],
    /// The deadlines computed from a submission.
    pub deadlines: &'static [DeadlineDef],
}

/// All application types, in catalogue order.
pub fn application_types() -> &'static [&'static ApplicationType] {
    static TYPES: [&ApplicationType; 17] = [
        &crate::enforcement::REQUEST,
        &crate::enforcement::REVIEW,
        &crate::enforcement::DECISION,
        &crate::scitech::APPLICATION,
        &crate::scitech::CHANGE,
        &crate::scitech::ACCEPTANCE,
        &crate::scitech::EXTENSION,
        &crate::cybersecurity::FILING,
        &crate::cybersecurity::FILING_CHANGE,
        &crate::cybersecurity::ASSESSMENT,
        &crate::cybersecurity::SERVICE_REGISTRATION,
        &crate::investment::UNIFIED_SERVICE_PLAN,
        &crate::investment::SIMULATED_APPROVAL,
        &crate::investment::SIMULATED_APPROVAL_CONVERSION,
        &crate::investment::ENERGY_REVIEW,
        &crate::startup::BUSINESS_STARTUP,
        &crate::startup::FREE_SEAL_CARVING,
    ];
    &TYPES
}

/// The application type with this id.
///
/// # Errors
///
/// `unknown_type`, naming the id and the known ones.
pub fn application_type(id: &str) -> Result<&'static ApplicationType, Error> {
    #[cfg(feature = "bench-form")]
    if id == crate::bench_form::BENCH_FORM.id {
        return Ok(&crate::bench_form::BENCH_FORM);
    }
    application_types().iter().copied().find(|t| t.id == id).ok_or_else(|| {
        let known: Vec<&str> = application_types().iter().map(|t| t.id).collect();
        Error::new(ErrorCode::UnknownType, format!("unknown application type {}; known types: {}", crate::quote(id), known.join(", ")))
    })
}

impl ApplicationType {
    /// The document this type comes from.
    pub fn document(&self) -> &'static Document {
        documents::by_number(self.document)
    }

    /// The JSON Schema (draft 2020-12) of a submission, generated from the fields.
    pub fn schema(&self, locale: Locale) -> Value {
        serde_json::from_str(&self.schema_json(locale)).unwrap_or_default()
    }

    /// [`ApplicationType::schema`] as JSON text (what the wasm package returns).
    pub fn schema_json(&self, locale: Locale) -> String {
        let doc = self.document();
        let mut out = String::with_capacity(4096);
        out.push_str(r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"#);
        crate::json::write_str(&mut out, &format!("urn:jincheng-rules:{}", self.id));
        out.push_str(r#","title":"#);
        crate::json::write_str(&mut out, self.title.get(locale));
        out.push_str(r#","description":"#);
        crate::json::write_str(&mut out, &format!("{}《{}》{}", doc.number, doc.title, self.articles.join("、")));
        out.push(',');
        crate::model::fields::object_schema_members(&mut out, self.fields, locale);
        out.push('}');
        out
    }

    /// The TypeScript interface of a submission, generated from the fields.
    pub fn typescript(&self) -> String {
        let doc = self.document();
        format!(
            "/** {} {}（{}《{}》{}） */\nexport interface {} {}\n",
            self.code,
            self.title.zh,
            doc.number,
            doc.title,
            self.articles.join("、"),
            self.ts_name(),
            object_typescript(self.fields, 0)
        )
    }

    /// The TypeScript interface name: the id in PascalCase.
    pub fn ts_name(&self) -> String {
        self.id
            .split('-')
            .map(|w| {
                let mut c = w.chars();
                c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
            })
            .collect()
    }

    /// Every rule this type enforces, for the legal reviewer: its own rules, the
    /// cited field constraints, the identity checks it runs and the validity window.
    pub fn rule_list(&self, locale: Locale) -> Vec<RuleInfo> {
        let mut out: Vec<RuleInfo> = self
            .rules
            .iter()
            .map(|r| RuleInfo {
                type_id: self.id,
                code: r.code,
                severity: r.severity,
                description: r.description.get(locale).to_owned(),
                citation: Some(r.citation),
            })
            .collect();
        collect_field_rules(self, self.fields, "", locale, &mut out);
        for d in self.deadlines {
            out.push(RuleInfo {
                type_id: self.id,
                code: d.id,
                severity: Severity::Info,
                description: match locale {
                    Locale::ZhCn => format!("计算期限：{}", d.title.zh),
                    Locale::En => format!("Deadline computed: {}", d.title.en),
                },
                citation: Some(d.citation),
            });
        }
        let doc = self.document();
        if let Some(c) = doc.validity_citation() {
            out.push(RuleInfo {
                type_id: self.id,
                code: "document.expired",
                severity: Severity::Warning,
                description: match locale {
                    Locale::ZhCn => format!(
                        "提交日期晚于《{}》有效期最后一日（{}）时提示",
                        doc.title,
                        doc.in_force_until.map(|d| format_date(d, locale)).unwrap_or_default()
                    ),
                    Locale::En => format!(
                        "Warns when the submission is made after the last day in force of {} ({})",
                        doc.number,
                        doc.in_force_until.map(|d| d.to_string()).unwrap_or_default()
                    ),
                },
                citation: Some(c),
            });
            out.push(RuleInfo {
                type_id: self.id,
                code: "document.not_yet_in_force",
                severity: Severity::Warning,
                description: match locale {
                    Locale::ZhCn => format!("提交日期早于《{}》施行日期（{}）时提示", doc.title, format_date(doc.in_force_from, locale)),
                    Locale::En => format!("Warns when the submission is made before {} took effect ({})", doc.number, doc.in_force_from),
                },
                citation: Some(c),
            });
        }
        out
    }
}

fn collect_field_rules(t: &ApplicationType, fields: &[Field], prefix: &str, locale: Locale, out: &mut Vec<RuleInfo>) {
    for f in fields {
        let path = format!("{prefix}/{}", f.name);
        if let Some(c) = f.citation {
            let (code, what) = match f.kind {
                FieldKind::List { min, .. } if min > 0 => (
                    "too_few",
                    match locale {
                        Locale::ZhCn => format!("{}（{}）至少{}{}", f.label.zh, path, min, f.measure),
                        Locale::En => format!("{} ({}): at least {}", f.label.en, path, min),
                    },
                ),
                _ => match (f.required, locale) {
                    (Required::Always, Locale::ZhCn) => ("required", format!("{}（{}）须填写", f.label.zh, path)),
                    (Required::Always, Locale::En) => ("required", format!("{} ({}) is required", f.label.en, path)),
                    (Required::When { field, values }, _) => {
                        let (sibling, choices) = condition_words(fields, field, values, locale);
                        match locale {
                            Locale::ZhCn => ("required", format!("{sibling}为{choices}时，{}（{}）须填写", f.label.zh, path)),
                            Locale::En => ("required", format!("{} ({}) is required when {sibling} is {choices}", f.label.en, path)),
                        }
                    }
                    // An optional field carries its citation for the rules that read it.
                    (Required::Optional, _) => continue,
                },
            };
            out.push(RuleInfo { type_id: t.id, code, severity: Severity::Error, description: what, citation: Some(*c) });
        }
        let id_rule = match f.kind {
            FieldKind::ResidentId => Some((
                "resident_id.*",
                "居民身份证号码：18位，出生日期真实，校验码按GB 11643-1999计算",
                "Resident ID number: 18 characters, a real birth date, GB 11643-1999 check character",
            )),
            FieldKind::CreditCode => Some((
                "credit_code.*",
                "统一社会信用代码：18位，字符集、组织机构代码校验位和校验码按GB 32100-2015计算",
                "Unified social credit code: 18 characters, character set, organization-code and final check characters per GB 32100-2015",
            )),
            FieldKind::Mobile => Some(("mobile.*", "手机号码：11位数字，以13至19开头", "Mobile number: 11 digits starting 13–19")),
            _ => None,
        };
        if let Some((code, zh, en)) = id_rule {
            out.push(RuleInfo {
                type_id: t.id,
                code,
                severity: Severity::Error,
                description: format!("{}：{}", path, if locale == Locale::ZhCn { zh } else { en }),
                citation: match f.kind {
                    FieldKind::ResidentId => Some(crate::identity::RESIDENT_ID_CITATION),
                    FieldKind::CreditCode => Some(crate::identity::CREDIT_CODE_CITATION),
                    _ => None,
                },
            });
        }
        match f.kind {
            FieldKind::Object(inner) => collect_field_rules(t, inner, &path, locale, out),
            FieldKind::List { item: FieldKind::Object(inner), .. } => collect_field_rules(t, inner, &format!("{path}/*"), locale, out),
            _ => {}
        }
    }
}

/// The condition of a field required on a sibling's value, in the applicant's words:
/// the sibling's label and the labels of the values (“申请事项”, ““撤销””), not the
/// property name and the stored values (`changeKind`, `revoke`).
fn condition_words(fields: &[Field], field: &str, values: &[&str], locale: Locale) -> (String, String) {
    let sibling = fields.iter().find(|f| f.name == field);
    let label = sibling.map_or(field, |f| f.label.get(locale));
    let choices: &[crate::model::EnumValue] = match sibling.map(|f| f.kind) {
        Some(FieldKind::Enum(choices)) => choices,
        _ => &[],
    };
    let shown: Vec<String> = values
        .iter()
        .map(|v| choices.iter().find(|c| c.value == *v).map_or(*v, |c| c.label.get(locale)))
        .map(|v| format!("“{v}”"))
        .collect();
    (label.to_owned(), shown.join(if locale == Locale::ZhCn { "或" } else { " or " }))
}

/// One entry of `rules()`: what a legal reviewer reads and signs off.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleInfo {
    /// The application type.
    pub type_id: &'static str,
    /// The code its issues carry.
    pub code: &'static str,
    /// Error, warning or info.
    pub severity: Severity,
    /// What it requires.
    pub description: String,
    /// Its source.
    pub citation: Option<Citation>,
}

/// Options of `validate` and `deadlines`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Message language.
    pub locale: Locale,
    /// The day the submission is made.
    pub as_of: NaiveDate,
    /// Report only issues at or under these JSON Pointers (as-you-type feedback).
    pub fields: Option<Vec<String>>,
    /// The service hall's opening hours for limits in working time (“1小时”,
    /// “0.5个工作日”, “即来即办”); `None`: [`ServiceHours::default`], which is not
    /// an official schedule — a portal should give its hall's hours.
    pub service_hours: Option<ServiceHours>,
}

impl Options {
    /// The service hours in effect.
    pub fn hours(&self) -> &ServiceHours {
        static DEFAULT: OnceLock<ServiceHours> = OnceLock::new();
        self.service_hours.as_ref().unwrap_or_else(|| DEFAULT.get_or_init(ServiceHours::default))
    }
}

/// The result of `validate`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
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
    pub fn write_json_citing(&self, out: &mut String, cite: &mut dyn FnMut(&mut String, &Citation)) {
        use crate::json::WriteJson;
        use crate::model::report::write;
        out.push_str("{\"valid\":");
        self.valid.write_json(out);
        out.push_str(",\"issues\":");
        write::list(out, &self.issues, |out, i| write::issue(out, i, cite));
        out.push_str(",\"deadlines\":");
        write::list(out, &self.deadlines, |out, d| write::deadline(out, d, cite));
        out.push('}');
    }
}

impl crate::json::WriteJson for Report {
    fn write_json(&self, out: &mut String) {
        self.write_json_citing(out, &mut crate::model::write_citation);
    }
}

impl crate::json::WriteJson for RuleInfo {
    fn write_json(&self, out: &mut String) {
        crate::json::write_object(
            out,
            &[
                ("typeId", &self.type_id),
                ("code", &self.code),
                ("severity", &self.severity),
                ("description", &self.description),
                ("citation", &self.citation),
            ],
        );
    }
}

/// The largest submission accepted, in bytes of JSON: larger ones get one issue.
pub const MAX_SUBMISSION_BYTES: usize = 4 * 1024 * 1024;

/// The deepest nesting accepted: deeper gets one issue.
pub const MAX_DEPTH: usize = crate::json::MAX_DEPTH;

const WHOLE: &[(&str, Text)] = &[
    ("submission.type", Text { zh: "提交的内容不是一份表单，请按表单填写后再提交。", en: "The submission is not a form; fill in the form and submit again." }),
    ("submission.invalid_json", Text { zh: "提交的内容无法读取（不是有效的数据格式），请重新填写后提交。", en: "The submission cannot be read (it is not valid JSON); fill in the form again." }),
    ("submission.too_deep", Text { zh: "提交的内容层级过多（超过128层），无法处理，请按表单填写。", en: "The submission is nested too deeply (more than 128 levels) to be read; fill in the form instead." }),
    ("submission.too_large", Text { zh: "提交的内容过大（超过4MB），无法处理，请精简后再提交。", en: "The submission is too large (over 4 MB) to be read; shorten it and submit again." }),
    ("document.expired", Text { zh: "《{title}》（{number}）有效期至{until}，{as_of}已不在有效期内，相关规定可能已修改或废止，请向受理部门确认后再提交。", en: "{number} ({title}) was in force until {until}; on {as_of} it is no longer in force and its rules may have changed. Check with the office before submitting." }),
    ("document.not_yet_in_force", Text { zh: "《{title}》（{number}）自{from}起施行，{as_of}尚未施行，请确认提交日期。", en: "{number} ({title}) takes effect on {from}; on {as_of} it is not yet in force. Check the submission date." }),
];

fn whole_text(code: &str) -> Text {
    crate::model::message(WHOLE, code)
}

fn whole_issue(code: &'static str, locale: Locale) -> Issue {
    Issue::new("", code, Severity::Error, whole_text(code).get(locale).to_owned(), None)
}

/// Parse a submission given as JSON text, within the limits. Errors become one issue.
/// (A lone surrogate escape, which `JSON.stringify` can produce, reads as U+FFFD and is
/// reported in the field that holds it.)
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
pub fn default_calendar() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::official)
}

/// Validate a submission: structural checks from the fields, the type's rules, the
/// document's validity window, and the deadlines.
pub fn validate(t: &ApplicationType, submission: &Json, options: &Options, calendar: &Calendar) -> Report {
    let locale = options.locale;
    let mut issues = Vec::new();
    let mut deadlines = Vec::new();
    if !submission.is_object() {
        issues.push(whole_issue("submission.type", locale));
    } else {
        let id_ctx = CheckContext { today: options.as_of, locale };
        Walk { locale, id_ctx, issues: &mut issues }.object(t.fields, submission, &Path::Root, "");
        let ctx = Ctx { submission, as_of: options.as_of, locale, calendar, hours: options.hours() };
        for rule in t.rules {
            let mut hits = Hits::default();
            (rule.check)(&ctx, &mut hits);
            for (path, args) in hits.0 {
                let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                issues.push(Issue::new(path, rule.code, rule.severity, rule.message.fill(locale, &args), Some(rule.citation)));
            }
        }
        deadlines = compute_deadlines(t, &ctx);
    }
    validity_window(t, options, &mut issues);
    if let Some(fields) = &options.fields {
        issues.retain(|i| {
            fields.iter().any(|f| i.path == *f || (i.path.starts_with(f.as_str()) && i.path.as_bytes().get(f.len()) == Some(&b'/')))
        });
    }
    let issues = errors_first(issues);
    let valid = !issues.iter().any(|i| i.severity == Severity::Error);
    Report { valid, issues, deadlines }
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
pub fn validate_unreadable(t: &ApplicationType, why: Unreadable, options: &Options) -> Report {
    unreadable_report(t, whole_issue(why.code(), options.locale), options)
}

fn unreadable_report(t: &ApplicationType, issue: Issue, options: &Options) -> Report {
    let mut issues = vec![issue];
    validity_window(t, options, &mut issues);
    Report { valid: false, issues, deadlines: Vec::new() }
}

/// [`validate`] for a submission given as JSON text (what the wasm binding passes):
/// unreadable, too large or too deep input becomes one issue.
pub fn validate_json(t: &ApplicationType, json: &str, options: &Options, calendar: &Calendar) -> Report {
    match parse_submission(json, options.locale) {
        Ok(v) => validate(t, &v, options, calendar),
        Err(issue) => unreadable_report(t, issue, options),
    }
}

/// [`deadlines`] for a submission given as JSON text.
pub fn deadlines_json(t: &ApplicationType, json: &str, options: &Options, calendar: &Calendar) -> Vec<Deadline> {
    parse_submission(json, options.locale).map(|v| deadlines(t, &v, options, calendar)).unwrap_or_default()
}

/// The deadlines of a submission (empty when it is not an object).
pub fn deadlines(t: &ApplicationType, submission: &Json, options: &Options, calendar: &Calendar) -> Vec<Deadline> {
    if !submission.is_object() {
        return Vec::new();
    }
    compute_deadlines(t, &Ctx { submission, as_of: options.as_of, locale: options.locale, calendar, hours: options.hours() })
}

fn compute_deadlines(t: &ApplicationType, ctx: &Ctx) -> Vec<Deadline> {
    t.deadlines
        .iter()
        .filter_map(|d| {
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
                trace: p.trace,
            })
        })
        .collect()
}

fn validity_window(t: &ApplicationType, options: &Options, issues: &mut Vec<Issue>) {
    let doc = t.document();
    let locale = options.locale;
    let args = |extra: (&'static str, String)| {
        vec![
            ("title", doc.title.clone()),
            ("number", doc.number.clone()),
            ("as_of", format_date(options.as_of, locale)),
            ("from", format_date(doc.in_force_from, locale)),
            extra,
        ]
    };
    let (code, args) = match doc.in_force_until {
        Some(until) if options.as_of > until => ("document.expired", args(("until", format_date(until, locale)))),
        _ if options.as_of < doc.in_force_from => ("document.not_yet_in_force", args(("until", String::new()))),
        _ => return,
    };
    let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
    issues.push(Issue::new("", code, Severity::Warning, whole_text(code).fill(locale, &args), doc.validity_citation()));
}

/// The TypeScript declarations of every submission, as checked in at
/// `crates/jincheng-wasm/src/submissions.d.ts`.
pub fn typescript_declarations() -> String {
    let mut out = String::from("// Generated from the field declarations by `cargo test` (UPDATE_GENERATED=1). DO NOT MODIFY.\n\n");
    out.push_str("/** The id of an application type. */\nexport type ApplicationTypeId =\n");
    for t in application_types() {
        out.push_str(&format!("  | \"{}\"\n", t.id));
    }
    out.push_str(";\n\n/** The submission shape of each application type. */\nexport interface Submissions {\n");
    for t in application_types() {
        out.push_str(&format!("  \"{}\": {};\n", t.id, t.ts_name()));
    }
    out.push_str("}\n");
    for t in application_types() {
        out.push('\n');
        out.push_str(&t.typescript());
    }
    out
}

/// The README's table of rules, generated from the definitions that run.
pub fn rules_markdown() -> String {
    let mut out = String::from("| type | code | severity | rule | citation |\n|---|---|---|---|---|\n");
    for t in application_types() {
        for r in t.rule_list(Locale::ZhCn) {
            let cite = r.citation.map(|c| format!("{} {}", c.document, c.article)).unwrap_or_default();
            let sev = match r.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "info",
            };
            out.push_str(&format!("| {} {} | `{}` | {} | {} | {} |\n", t.code, t.id, r.code, sev, r.description.replace('|', "\\|"), cite));
        }
    }
    out
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod messages_scan;
