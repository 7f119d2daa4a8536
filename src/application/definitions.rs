//! The definitions every application type is made of: [`ApplicationType`], its
//! [`Rule`]s and [`DeadlineDef`]s, and the list of what it enforces ([`RuleInfo`]).


use super::documents::{self, Document};
use super::Ctx;
use super::Hits;
use crate::error::Error;
use crate::model::fields::Required;
use crate::model::{t, Citation, Field, FieldKind, Locale, Severity, Text};
use crate::periods::{format_date, Period};

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
    (label.to_owned(), shown.join(t("或", " or ").get(locale)))
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
