//! The framework every application type uses: its document, its field
//! declarations, its rules and its deadlines; and the functions of the API that take
//! one type (`schema`, `validate`, `deadlines`, `rules`). The families
//! (`enforcement`, `scitech`, …) build their types from it; the catalogue of all
//! seventeen is [`crate::registry`], above both.

mod documents;
mod form;
mod many;

use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime};
#[cfg(any(test, feature = "serde"))]
use serde_json::Value;

pub use form::{form_state, kind_name, FieldState, FormState};
pub use documents::{Document, DocumentStatus, StatusKind};
pub use many::{json_lines, json_lines_str, validate_line, validate_line_text, validate_lines, validate_lines_from, LineReport};

use crate::calendar::Calendar;
use crate::error::Error;
use crate::hours::ServiceHours;
use crate::identity::CheckContext;
use crate::json::{Json, ParseError};
use crate::model::fields::{object_typescript, omit, Omission, Path, Required, Walk};
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
    /// Where the pointers read are recorded (each once), or `None`: `validate` records
    /// what each rule and deadline reads, and the issues it makes carry it (`reads`).
    pub reads: Option<&'a Reads>,
    /// JSON Pointers the rules do not see (read as absent, with all under them): fields an
    /// earlier answer rules out, and optional groups left empty. Usually none.
    pub hidden: &'a [String],
}

/// The JSON Pointers a check read through [`Ctx`], each once, in the order first read.
///
/// ```
/// use jincheng_rules::application::{Ctx, Reads};
/// # use jincheng_rules::{hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
/// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
/// let json = Json::parse(r#"{"a": "x"}"#).unwrap();
/// let reads = Reads::default();
/// let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: Some(&reads), hidden: &[] };
/// ctx.str("/a");
/// ctx.date("/b");                                // absent: read all the same
/// ctx.str("/a");
/// assert_eq!(reads.take(), ["/a", "/b"]);
/// assert!(reads.take().is_empty());
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Reads(std::cell::RefCell<ReadsBuf>);

/// The record of [`Reads`]: the first `used` strings of `list`; the strings after them
/// are buffers kept from an earlier record, written over before new ones are made, so
/// that recording allocates nothing once the buffers are there (`validate` records every
/// rule, and only copies the record of one that fires).
#[derive(Debug, Default)]
struct ReadsBuf {
    list: Vec<String>,
    used: usize,
}

impl Reads {
    /// Record `pointer` (once).
    pub(crate) fn record(&self, pointer: &str) {
        let mut b = self.0.borrow_mut();
        let used = b.used;
        if b.list.iter().take(used).any(|p| p == pointer) {
            return;
        }
        match b.list.get_mut(used) {
            Some(p) => {
                p.clear();
                p.push_str(pointer);
            }
            None => b.list.push(pointer.to_owned()),
        }
        b.used += 1;
    }

    /// The pointers recorded so far, in order; the record starts again empty.
    ///
    /// ```
    /// use jincheng_rules::application::Reads;
    /// assert!(Reads::default().take().is_empty());
    /// ```
    pub fn take(&self) -> Vec<String> {
        let mut b = self.0.borrow_mut();
        let used = std::mem::take(&mut b.used);
        b.list.iter().take(used).cloned().collect()
    }

    /// Forget what was recorded.
    pub(crate) fn clear(&self) {
        self.0.borrow_mut().used = 0;
    }
}

impl<'a> Ctx<'a> {
    /// The value at a JSON Pointer, unless null.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"applicant": {"name": "张三"}, "note": null}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert!(ctx.get("/applicant").is_some_and(|v| v.is_object()));
    /// assert!(ctx.get("/note").is_none());                 // null reads as absent
    /// assert!(ctx.get("/missing").is_none());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    #[inline(never)]
    pub fn get(&self, pointer: &str) -> Option<&'a Json<'a>> {
        // Not inlined: every accessor of every rule reads through here, and the recording
        // and the hidden pointers would otherwise be copied into each (measured: ~3 KB gzip).
        if let Some(reads) = self.reads {
            reads.record(pointer);
        }
        if self.hidden.iter().any(|h| pointer.starts_with(h.as_str()) && matches!(pointer.as_bytes().get(h.len()), None | Some(b'/'))) {
            return None;
        }
        self.submission.pointer(pointer).filter(|v| !v.is_null())
    }

    /// A string at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"applicant": {"name": "张三", "age": 40}}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.str("/applicant/name"), Some("张三"));
    /// assert_eq!(ctx.str("/applicant/age"), None);       // not a string
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn str(&self, pointer: &str) -> Option<&'a str> {
        self.get(pointer).and_then(Json::as_str)
    }

    /// A well-formed date-time (`YYYY-MM-DDTHH:MM`) at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"submittedAt": "2026-09-30T16:45", "bad": "2026-09-30 16:45"}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.date_time("/submittedAt").unwrap().to_string(), "2026-09-30 16:45:00");
    /// assert_eq!(ctx.date_time("/bad"), None);           // the structural check reports it
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn date_time(&self, pointer: &str) -> Option<NaiveDateTime> {
        self.str(pointer).and_then(|s| crate::date::parse_date_time(s).ok())
    }

    /// A well-formed date at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"receivedDate": "2026-09-28", "impossible": "2026-02-30"}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.date("/receivedDate"), Some(parse_date("2026-09-28")?));
    /// assert_eq!(ctx.date("/impossible"), None);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn date(&self, pointer: &str) -> Option<NaiveDate> {
        self.str(pointer).and_then(|s| crate::date::parse_date(s).ok())
    }

    /// A boolean at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"materialsComplete": true, "text": "true"}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.bool("/materialsComplete"), Some(true));
    /// assert_eq!(ctx.bool("/text"), None);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn bool(&self, pointer: &str) -> Option<bool> {
        self.get(pointer).and_then(Json::as_bool)
    }

    /// An integer at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"previousExtensions": 1, "half": 1.5}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.int("/previousExtensions"), Some(1));
    /// assert_eq!(ctx.int("/half"), None);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn int(&self, pointer: &str) -> Option<i64> {
        self.get(pointer).and_then(Json::as_i64)
    }

    /// The strings of an array at a JSON Pointer (other items ignored).
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"steps": ["seal_carving", 3, "bank_account"]}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.strs("/steps"), ["seal_carving", "bank_account"]);
    /// assert!(ctx.strs("/missing").is_empty());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn strs(&self, pointer: &str) -> Vec<&'a str> {
        self.get(pointer).and_then(Json::as_array).map(|a| a.iter().filter_map(Json::as_str).collect()).unwrap_or_default()
    }

    /// A date in the locale's words.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// # let json = Json::parse("{}").unwrap();
    /// let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.fmt_date(ctx.as_of), "2026年10月9日");
    /// assert_eq!(Ctx { locale: Locale::En, ..ctx }.fmt_date(ctx.as_of), "2026-10-09");
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn fmt_date(&self, d: NaiveDate) -> String {
        format_date(d, self.locale)
    }
}

/// Where a rule fired, and the values for its message.
#[derive(Clone, Debug, Default)]
pub struct Hits(Vec<(String, Vec<(&'static str, String)>)>);

impl Hits {
    /// Record a hit at `path` with message arguments.
    ///
    /// # Example: a type with one rule
    ///
    /// ```
    /// use jincheng_rules::application::{default_calendar, validate_json, ApplicationType, Ctx, Hits, Options, Rule};
    /// use jincheng_rules::model::{t, Citation, Field, FieldKind, Severity};
    /// use jincheng_rules::{parse_date, Locale};
    ///
    /// fn name_too_short(ctx: &Ctx, hits: &mut Hits) {
    ///     if ctx.str("/name").is_some_and(|s| s.chars().count() < 2) {
    ///         hits.at("/name", &[("min", "2".to_owned())]);     // fills {min} in the message
    ///     }
    /// }
    /// const CITE: Citation = Citation { document: "晋市政办〔2021〕42号", article: "第五条", text: "……" };
    /// static EXAMPLE: ApplicationType = ApplicationType {
    ///     id: "example", code: "X1", title: t("示例", "Example"), document: "晋市政办〔2021〕42号", articles: &["第五条"],
    ///     fields: &[Field::required("name", t("名称", "name"), FieldKind::Text { max: 50 })],
    ///     rules: &[Rule { code: "example.short", severity: Severity::Error, description: t("名称至少2个字", "2 characters at least"),
    ///         message: t("名称至少填写{min}个字。", "Enter at least {min} characters."), citation: CITE, check: name_too_short }],
    ///     deadlines: &[],
    /// };
    /// let report = validate_json(&EXAMPLE, r#"{"name": "张"}"#, &Options::new(Locale::ZhCn, parse_date("2026-03-02")?), default_calendar());
    /// assert_eq!((report.issues[0].path.as_str(), report.issues[0].message.as_str()), ("/name", "名称至少填写2个字。"));
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
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
    /// The fields the count needs (JSON Pointers): it is computed once they are filled
    /// (a choice among them may also need a given value, such as level 2 or above). Pages
    /// say from these which dates give which deadline before any is filled.
    pub needs: &'static [&'static str],
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

impl ApplicationType {
    /// The document this type comes from.
    ///
    /// ```
    /// use jincheng_rules::application_type;
    /// let doc = application_type("scitech-acceptance-extension")?.document();
    /// assert_eq!(doc.number, "晋市政办〔2021〕42号");
    /// assert_eq!(doc.in_force_until.unwrap().to_string(), "2026-12-01"); // five years from 2021-12-02
    /// assert!(doc.validity_citation().is_some());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn document(&self) -> &'static Document {
        documents::by_number(self.document)
    }

    /// The JSON Schema (draft 2020-12) of a submission, generated from the fields, as a
    /// `serde_json::Value` (feature `serde`; [`ApplicationType::schema_json`] gives the text).
    ///
    /// ```
    /// use jincheng_rules::{application_type, Locale};
    /// let s = application_type("enforcement-supervision-review")?.schema(Locale::ZhCn);
    /// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    /// assert!(s["required"].as_array().unwrap().iter().any(|r| r == "decision"));
    /// assert_eq!(s["properties"]["applicant"]["properties"]["kind"]["oneOf"][0]["title"], "行政执法机关");
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    #[cfg(any(test, feature = "serde"))]
    pub fn schema(&self, locale: Locale) -> Value {
        serde_json::from_str(&self.schema_json(locale)).unwrap_or_default()
    }

    /// The JSON Schema (draft 2020-12) of a submission as JSON text (what the wasm package
    /// returns; `schema` gives it as a `serde_json::Value`, with the feature `serde`).
    ///
    /// ```
    /// use jincheng_rules::{application_type, Locale};
    /// let t = application_type("free-seal-carving")?;
    /// let text = t.schema_json(Locale::En);
    /// assert!(text.starts_with(r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:jincheng-rules:free-seal-carving""#));
    /// # #[cfg(feature = "serde")]
    /// assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), t.schema(Locale::En));
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
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
    ///
    /// ```
    /// use jincheng_rules::application_type;
    /// let ts = application_type("scitech-acceptance-extension")?.typescript();
    /// assert!(ts.starts_with("/** B4 科技计划项目延期验收申请（晋市政办〔2021〕42号"));
    /// assert!(ts.contains("export interface ScitechAcceptanceExtension {"));
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
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
    ///
    /// ```
    /// use jincheng_rules::application_type;
    /// assert_eq!(application_type("mlps-filing-change")?.ts_name(), "MlpsFilingChange");
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
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
    ///
    /// ```
    /// use jincheng_rules::{application_type, Locale, Severity};
    /// let rules = application_type("scitech-acceptance-extension")?.rule_list(Locale::ZhCn);
    /// let late = rules.iter().find(|r| r.code == "scitech_extension.late").unwrap();
    /// assert_eq!((late.severity, late.citation.unwrap().article), (Severity::Error, "第二十五条"));
    /// // The document's validity window is a rule too (a warning).
    /// assert!(rules.iter().any(|r| r.code == "document.expired" && r.severity == Severity::Warning));
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
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
        }
        // Every document's first day is checked, with or without a validity term.
        if let Some(c) = doc.in_force_citation() {
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
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
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
    /// The portal's own labels by JSON Pointer: messages use them in place of the
    /// fields' declared labels, in both locales (structural messages, and the rules'
    /// messages wherever they name a field).
    pub labels: Vec<(String, String)>,
    /// What became of documents past their validity term, as an operator loaded it
    /// ([`DocumentStatus::from_json`]; the npm package's `loadDocumentStatus`): it takes
    /// precedence over the statuses committed in `data/document-status.json`. Empty by
    /// default.
    pub document_status: std::sync::Arc<[DocumentStatus]>,
}

impl Options {
    /// The options for a locale and a day, with everything else at its default (no
    /// `fields` filter, the default service hours, no portal labels): the form that keeps
    /// compiling when options are added.
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Locale, Options};
    /// let o = Options::new(Locale::ZhCn, parse_date("2026-10-09")?);
    /// assert_eq!(o.as_of.to_string(), "2026-10-09");
    /// assert!(o.fields.is_none() && o.service_hours.is_none());
    /// // Struct update for the rest:
    /// let typing = Options { fields: Some(vec!["/applicant/residentId".into()]), ..Options::new(Locale::En, o.as_of) };
    /// assert_eq!(typing.locale, Locale::En);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn new(locale: Locale, as_of: NaiveDate) -> Options {
        Options { locale, as_of, fields: None, service_hours: None, labels: Vec::new(), document_status: std::sync::Arc::from([]) }
    }

    /// Chinese messages for a submission made today in China time (UTC+8, from the
    /// system clock, whatever the machine's zone): what the npm package uses when
    /// `asOf` is not given. Also what [`Options::default`] gives. Not on
    /// `wasm32-unknown-unknown`, which has no clock: give the date with [`Options::new`].
    ///
    /// ```
    /// use jincheng_rules::{today_in_china, Options};
    /// let o = Options::today_in_china();
    /// assert!(o.as_of >= today_in_china().pred_opt().unwrap() && o.as_of <= today_in_china());
    /// assert_eq!(Options::default().locale, o.locale);
    /// ```
    #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
    pub fn today_in_china() -> Options {
        Options::new(Locale::ZhCn, crate::date::today_in_china())
    }

    /// The service hours in effect: the ones given, else [`ServiceHours::default`]
    /// (8:00–12:00 and 14:30–17:30, not an official schedule).
    ///
    /// ```
    /// use jincheng_rules::{hours::ServiceHours, parse_date, Locale, Options};
    /// let mut o = Options::new(Locale::ZhCn, parse_date("2026-10-09")?);
    /// assert_eq!(o.hours(), &ServiceHours::default());
    /// o.service_hours = Some(ServiceHours::parse(&[("08:30", "12:00"), ("15:00", "18:00")])?);
    /// assert_ne!(o.hours(), &ServiceHours::default());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn hours(&self) -> &ServiceHours {
        static DEFAULT: OnceLock<ServiceHours> = OnceLock::new();
        self.service_hours.as_ref().unwrap_or_else(|| DEFAULT.get_or_init(ServiceHours::default))
    }
}

/// Today in China time, Chinese messages: [`Options::today_in_china`].
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
impl Default for Options {
    fn default() -> Options {
        Options::today_in_china()
    }
}

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

fn whole_issue(code: &'static str, locale: Locale) -> Issue {
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
/// with `MAX_ISSUES_PER_LIST` (200, `model/fields.rs`), what keeps a report's size and
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
    let message = whole_text(code).fill(locale, &[("n", &count.to_string()), ("max", &MAX_ISSUES.to_string())]);
    // After the last issue as serious: errors first still.
    let at = issues.iter().position(|i| i.severity > worst).unwrap_or(issues.len());
    issues.insert(at, Issue::new("", code, worst, message, None));
    issues
}

/// A rule's message with the declared labels it names replaced by the portal's labels
/// (the `labels` option). At each position the longest declared label wins, so that
/// “联系人手机号码” is not read as “联系人” + “手机号码”; when two labelled fields share
/// a declared label, the one at the issue's own path is used.
fn relabel(t: &ApplicationType, message: &str, path: &str, labels: &[(String, String)], locale: Locale) -> String {
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

fn unreadable_report(t: &ApplicationType, issue: Issue, options: &Options) -> Report {
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

#[cfg(test)]
mod tests;
