//! Field declarations: the one source of a submission's shape. The JSON Schema, the
//! TypeScript types and the structural checks are all generated from them.

use crate::json::{write_str, Json};

use super::{Citation, Issue, Locale, Severity, Text};
use crate::identity::{check_credit_code, check_mobile, check_resident_id, CheckContext};

/// One choice of an enumerated field: its stable value and its label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EnumValue {
    /// The value stored in the submission (stable, snake_case).
    pub value: &'static str,
    /// What the applicant reads.
    pub label: Text,
}

/// What a field holds.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldKind {
    /// Free text of at most `max` characters.
    Text {
        /// Maximum number of characters.
        max: usize,
    },
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A date-time in China time, `YYYY-MM-DDTHH:MM`.
    DateTime,
    /// A whole number within bounds.
    Integer {
        /// Smallest value.
        min: i64,
        /// Largest value.
        max: i64,
    },
    /// A number within bounds.
    Number {
        /// Smallest value.
        min: f64,
        /// Largest value.
        max: f64,
    },
    /// Yes or no.
    Boolean,
    /// One value of a list.
    Enum(&'static [EnumValue]),
    /// Several distinct values of a list.
    EnumSet(&'static [EnumValue]),
    /// A resident ID number (居民身份证号码).
    ResidentId,
    /// A unified social credit code (统一社会信用代码).
    CreditCode,
    /// A mainland mobile number.
    Mobile,
    /// A group of fields.
    Object(&'static [Field]),
    /// A list of items of one kind.
    List {
        /// The kind of each item.
        item: &'static FieldKind,
        /// Fewest items.
        min: usize,
        /// Most items.
        max: usize,
    },
}

/// When a field must be filled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Required {
    /// Always.
    Always,
    /// Never (optional).
    Optional,
    /// When the sibling field `field` holds one of `values`.
    When {
        /// The sibling field's name.
        field: &'static str,
        /// The values that make this field required.
        values: &'static [&'static str],
    },
}

/// When a field applies at all: an earlier answer can rule it out (then it is not
/// checked, and a form can hide or disable it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Applies {
    /// Always.
    Always,
    /// Unless the sibling field `field` is answered with a value other than `values`
    /// (a boolean answer reads as `"true"`/`"false"`); while it is unanswered the field
    /// applies.
    When {
        /// The sibling field's name.
        field: &'static str,
        /// The answers under which the field applies.
        values: &'static [&'static str],
    },
}

/// One field of a submission.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Field {
    /// The JSON property name (camelCase).
    pub name: &'static str,
    /// The label the applicant reads.
    pub label: Text,
    /// What it holds.
    pub kind: FieldKind,
    /// When it must be filled.
    pub required: Required,
    /// The article that makes the field required or bounds it, if any.
    pub citation: Option<&'static Citation>,
    /// The Chinese measure word its items are counted in (量词): “项” unless the
    /// declaration says otherwise (people: “人”, see [`Field::counted_in`]).
    pub measure: &'static str,
    /// Whether an earlier answer can rule the field out ([`Field::applies_when`]).
    pub applies: Applies,
}

impl Field {
    /// A required field.
    pub const fn required(name: &'static str, label: Text, kind: FieldKind) -> Field {
        Field { name, label, kind, required: Required::Always, citation: None, measure: "项", applies: Applies::Always }
    }

    /// An optional field.
    pub const fn optional(name: &'static str, label: Text, kind: FieldKind) -> Field {
        Field { name, label, kind, required: Required::Optional, citation: None, measure: "项", applies: Applies::Always }
    }

    /// A field required when a sibling holds one of `values`.
    pub const fn required_when(
        name: &'static str,
        label: Text,
        kind: FieldKind,
        field: &'static str,
        values: &'static [&'static str],
    ) -> Field {
        Field { name, label, kind, required: Required::When { field, values }, citation: None, measure: "项", applies: Applies::Always }
    }

    /// The same field with the article that requires or bounds it.
    pub const fn cited(self, citation: &'static Citation) -> Field {
        Field { citation: Some(citation), ..self }
    }

    /// The same field, applicable only while the sibling `field` is unanswered or holds
    /// one of `values` (`"true"`/`"false"` for a yes/no question): C1's 行业主管部门核准
    /// is ruled out by 是否有行业主管部门 = 否. A field ruled out is not checked, and no
    /// rule reads it.
    pub const fn applies_when(self, field: &'static str, values: &'static [&'static str]) -> Field {
        Field { applies: Applies::When { field, values }, ..self }
    }

    /// The same field with its items counted in `measure` (a list of people: “人”,
    /// so that “行政执法监督人员至少需要2人”, never “2项”).
    pub const fn counted_in(self, measure: &'static str) -> Field {
        Field { measure, ..self }
    }
}

/// What the applicant reads when a required field is empty: a field to type in is
/// asked for with 请填写; a choice with 请选择 (a yes/no question: 请选择是否……; a
/// set of choices: 请至少选择一项……); a list with how many it needs, in the field's
/// measure word (请填写技术人员，至少1人).
/// `label` is the field's own label or the portal's (the `labels` option).
/// A yes/no label holding its own 是否 after its start (“补齐的容缺材料是否对…产生变动”). A byte
/// window, not `str::contains`, which would link the general substring searcher (5 KB of wasm).
fn asks_itself(label: &str) -> bool {
    !label.starts_with("是否") && label.as_bytes().windows(6).any(|w| w == "是否".as_bytes())
}

pub(crate) fn required_message(f: &Field, label: &str, locale: Locale) -> String {
    let (code, label) = match f.kind {
        FieldKind::Enum(_) => ("required.choice", label),
        // “是否有行业主管部门” is asked as “请选择是否有行业主管部门”, not “是否是否……”; a label
        // that asks its own question (“补齐的容缺材料是否对…产生变动”) as “请选择{label}”.
        FieldKind::Boolean if asks_itself(label) => ("required.choice", label),
        FieldKind::Boolean => ("required.yes_no", label.strip_prefix("是否").unwrap_or(label)),
        FieldKind::EnumSet(_) | FieldKind::List { item: FieldKind::Enum(_), .. } => ("required.choices", label),
        FieldKind::List { min, .. } if min > 0 => ("required.items", label),
        _ => ("required", label),
    };
    let min = match f.kind {
        FieldKind::List { min, .. } => min.to_string(),
        _ => String::new(),
    };
    text(code).fill(locale, &[("label", label), ("min", &min), ("measure", f.measure)])
}

/// Messages of the structural checks, written once per locale.
pub(crate) const MESSAGES: &[(&str, Text)] = &[
    ("required", Text { zh: "请填写{label}。", en: "Enter {label}." }),
    ("required.choice", Text { zh: "请选择{label}。", en: "Choose {label}." }),
    ("required.yes_no", Text { zh: "请选择是否{label}。", en: "Answer yes or no: {label}." }),
    ("required.choices", Text { zh: "请至少选择一项{label}。", en: "Choose at least one: {label}." }),
    ("required.items", Text { zh: "请填写{label}，至少{min}{measure}。", en: "Add {label}: at least {min}." }),
    ("type", Text { zh: "{label}的填写方式不对：应为{expected}。", en: "{label} is in the wrong form: it should be {expected}." }),
    (
        "too_long",
        Text {
            zh: "{label}最多{max}字，您填写了{n}字，请精简。", en: "{label} takes at most {max} characters; this has {n}."
        },
    ),
    (
        "invalid_character",
        Text {
            zh: "{label}中有无法识别的字符，请重新输入。", en: "{label} contains a character that cannot be read; type it again."
        },
    ),
    (
        "control_character",
        Text {
            zh: "{label}中有看不见的控制字符（如改变文字方向的符号），请删去后重新输入。",
            en: "{label} contains an invisible control character (such as one that reverses the text's direction); delete it and type the text again.",
        },
    ),
    (
        "format.date",
        Text {
            zh: "{label}请按“年-月-日”填写，例如2026-10-15。", en: "Enter {label} as year-month-day, for example 2026-10-15."
        },
    ),
    (
        "format.date_range",
        Text {
            zh: "{label}“{value}”超出可办理的日期范围（1949年10月1日至2099年12月31日）。",
            en: "{label} “{value}” is outside the dates this service handles (1949-10-01 to 2099-12-31).",
        },
    ),
    (
        "format.date_time",
        Text {
            zh: "{label}请按“年-月-日T时:分”填写，例如2026-10-15T09:30。",
            en: "Enter {label} as date and time, for example 2026-10-15T09:30.",
        },
    ),
    ("range", Text { zh: "{label}应在{min}至{max}之间。", en: "{label} must be between {min} and {max}." }),
    ("enum", Text { zh: "{label}请从以下选项中选择：{choices}。", en: "Choose {label} from: {choices}." }),
    (
        "duplicate",
        Text {
            zh: "{label}中“{value}”选了两次，请删去重复项。", en: "{label} lists “{value}” twice; remove the repeat."
        },
    ),
    ("too_few", Text { zh: "{label}至少需要{min}{measure}，目前只有{n}{measure}。", en: "{label}: at least {min} needed; there are {n}." }),
    ("too_many", Text { zh: "{label}最多{max}{measure}，目前有{n}{measure}。", en: "{label}: at most {max} allowed; there are {n}." }),
    (
        "unknown_field",
        Text {
            zh: "表单中没有“{name}”这一项，系统不会处理它。", en: "The form has no field “{name}”; it will be ignored."
        },
    ),
];

fn text(code: &str) -> Text {
    super::message(MESSAGES, code)
}

fn expected(kind: &FieldKind) -> Text {
    match kind {
        FieldKind::Text { .. }
        | FieldKind::Date
        | FieldKind::DateTime
        | FieldKind::Enum(_)
        | FieldKind::ResidentId
        | FieldKind::CreditCode
        | FieldKind::Mobile => Text { zh: "文字", en: "text" },
        FieldKind::Integer { .. } => Text { zh: "整数", en: "a whole number" },
        FieldKind::Number { .. } => Text { zh: "数字", en: "a number" },
        FieldKind::Boolean => Text { zh: "“是”或“否”", en: "yes or no" },
        FieldKind::EnumSet(_) | FieldKind::List { .. } => Text { zh: "列表", en: "a list" },
        FieldKind::Object(_) => Text { zh: "一组信息", en: "a group of fields" },
    }
}

/// Escape one JSON Pointer token (RFC 6901).
pub(crate) fn pointer_token(name: &str) -> std::borrow::Cow<'_, str> {
    if name.bytes().any(|b| b == b'~' || b == b'/') {
        name.replace('~', "~0").replace('/', "~1").into()
    } else {
        name.into()
    }
}

/// Where a structural walk is: a chain on the stack, written out as a JSON Pointer only
/// when an issue needs it (a valid submission builds no path string).
#[derive(Clone, Copy, Debug)]
pub(crate) enum Path<'p> {
    /// The submission itself (`""`).
    Root,
    /// A member of the object at the parent path.
    Key(&'p Path<'p>, &'p str),
    /// An item of the array at the parent path.
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    /// The JSON Pointer.
    pub fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write(out);
                out.push('/');
                out.push_str(&pointer_token(key));
            }
            Path::Index(parent, i) => {
                parent.write(out);
                out.push('/');
                out.push_str(&i.to_string());
            }
        }
    }
}

/// Shared state of a structural walk.
pub(crate) struct Walk<'a> {
    pub locale: Locale,
    pub id_ctx: CheckContext,
    pub issues: &'a mut Vec<Issue>,
    /// The portal's own labels by JSON Pointer (the `labels` option), used in place of
    /// the declared ones.
    pub labels: &'a [(String, String)],
    /// Where the pointers the rules are not to see go (see [`hidden`]), when wanted.
    pub hidden: Option<&'a mut Vec<String>>,
    /// Issues found beyond [`MAX_ISSUES_PER_LIST`] in one list or object: counted, not
    /// listed (the report says how many, see `application::cap_issues`).
    pub omitted: Vec<Omission>,
}

/// The most issues the items of one list (or the unknown members of one object) add to
/// a report; beyond it they are counted, not listed, so that a hostile submission (two
/// million list items within the 4 MB limit) keeps a report and its memory small.
pub const MAX_ISSUES_PER_LIST: usize = 200;

/// Issues left out of a report at one place: where, how many, and the most serious.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Omission {
    /// The JSON Pointer of the list or object whose issues were left out.
    pub path: String,
    pub count: usize,
    pub worst: Severity,
}

/// Count `count` issues left out at `path` (with those already counted there: the same
/// list is capped item after item).
pub(crate) fn omit(omitted: &mut Vec<Omission>, path: String, count: usize, worst: Severity) {
    match omitted.last_mut().filter(|o| o.path == path) {
        Some(o) => {
            o.count += count;
            o.worst = o.worst.min(worst);
        }
        None => omitted.push(Omission { path, count, worst }),
    }
}

impl Walk<'_> {
    /// Keep at most [`MAX_ISSUES_PER_LIST`] issues after `start`; count the rest in
    /// `omitted` under `path`. Called after each item, so no more are ever held.
    fn cap_since(&mut self, start: usize, path: &Path) {
        let keep = start + MAX_ISSUES_PER_LIST;
        if self.issues.len() <= keep {
            return;
        }
        let worst = self.issues[keep..].iter().map(|i| i.severity).min().unwrap_or(Severity::Error);
        let count = self.issues.len() - keep;
        self.issues.truncate(keep);
        omit(&mut self.omitted, path.render(), count, worst);
    }

    /// The label of the field at `path`: the portal's, else `own`.
    fn label_at<'l>(&self, path: &Path, own: &'l str) -> std::borrow::Cow<'l, str> {
        if self.labels.is_empty() {
            return own.into();
        }
        let p = path.render();
        match self.labels.iter().find(|(k, _)| *k == p) {
            Some((_, l)) => l.clone().into(),
            None => own.into(),
        }
    }

    fn hide(&mut self, path: &Path) {
        if let Some(h) = self.hidden.as_mut() {
            h.push(path.render());
        }
    }

    fn push(&mut self, path: &Path, code: &'static str, severity: Severity, args: &[(&str, &str)], citation: Option<Citation>) {
        let message = text(code).fill(self.locale, args);
        self.issues.push(Issue::new(path.render(), code, severity, message, citation));
    }

    /// Check an object of fields at `path`.
    pub fn object(&mut self, fields: &[Field], value: &Json, path: &Path, label: &str) {
        let Some(map) = value.as_object() else {
            let e = Text { zh: "一组信息", en: "a group of fields" }.get(self.locale);
            self.push(path, "type", Severity::Error, &[("label", label), ("expected", e)], None);
            return;
        };
        // Members that are declared fields; when that is all of them, there is no
        // unknown member to look for.
        let mut declared = 0;
        for f in fields {
            let p = Path::Key(path, f.name);
            let label = self.label_at(&p, f.label.get(self.locale));
            let label = label.as_ref();
            let member = value.get(f.name);
            declared += usize::from(member.is_some());
            // A field an earlier answer rules out is not checked at all.
            if !is_applicable(f, value) {
                if member.is_some_and(|m| !m.is_null()) {
                    self.hide(&p);
                }
                continue;
            }
            let present = match member {
                None | Some(Json::Null) => None,
                Some(Json::String(s)) if blank(s) => None,
                Some(Json::Array(a)) if a.is_empty() && f.required != Required::Optional => None,
                // An optional group (or list) whose every leaf is empty is absent.
                Some(v @ (Json::Object(_) | Json::Array(_))) if is_blank(v) && !is_required(f, value) => {
                    self.hide(&p);
                    None
                }
                Some(v) => Some(v),
            };
            match present {
                Some(v) => self.field(f, v, &p, label),
                None if is_required(f, value) => {
                    let message = required_message(f, label, self.locale);
                    self.issues.push(Issue::new(p.render(), "required", Severity::Error, message, f.citation.copied()));
                }
                None => {}
            }
        }
        if declared == map.len() {
            return;
        }
        let start = self.issues.len();
        for (key, _) in map {
            if !fields.iter().any(|f| f.name == key) {
                let shown: String = key.chars().take(40).collect();
                self.push(&Path::Key(path, key), "unknown_field", Severity::Warning, &[("name", &shown)], None);
                self.cap_since(start, path);
            }
        }
    }

    fn type_error(&mut self, kind: &FieldKind, path: &Path, label: &str) {
        let e = expected(kind).get(self.locale);
        self.push(path, "type", Severity::Error, &[("label", label), ("expected", e)], None);
    }

    fn field(&mut self, f: &Field, v: &Json, path: &Path, label: &str) {
        self.kind(&f.kind, f.citation.copied(), f.measure, v, path, label);
    }

    fn kind(&mut self, kind: &FieldKind, citation: Option<Citation>, measure: &str, v: &Json, path: &Path, label: &str) {
        match kind {
            FieldKind::Text { max } => {
                let Some(s) = v.as_str() else { return self.type_error(kind, path, label) };
                // Characters counted, and U+FFFD (EF BF BD) looked for, over the bytes in one
                // pass (no char decoding: a character starts at every byte that is not 10xxxxxx).
                let (n, replacement, control) = text_scan(s);
                if n > *max {
                    self.push(
                        path,
                        "too_long",
                        Severity::Error,
                        &[("label", label), ("max", &max.to_string()), ("n", &n.to_string())],
                        citation,
                    );
                }
                if replacement {
                    self.push(path, "invalid_character", Severity::Error, &[("label", label)], None);
                }
                if control {
                    self.push(path, "control_character", Severity::Error, &[("label", label)], None);
                }
            }
            FieldKind::Date => {
                let Some(s) = v.as_str() else { return self.type_error(kind, path, label) };
                match crate::date::parse_date(s) {
                    Ok(_) => {}
                    Err(e) if e.is_out_of_range() => {
                        let shown: String = s.chars().take(10).collect();
                        self.push(path, "format.date_range", Severity::Error, &[("label", label), ("value", &shown)], None)
                    }
                    Err(_) => self.push(path, "format.date", Severity::Error, &[("label", label)], None),
                }
            }
            FieldKind::DateTime => {
                let Some(s) = v.as_str() else { return self.type_error(kind, path, label) };
                if crate::date::parse_date_time(s).is_err() {
                    self.push(path, "format.date_time", Severity::Error, &[("label", label)], None);
                }
            }
            FieldKind::Integer { min, max } => match v.as_i64() {
                Some(n) if n < *min || n > *max => self.push(
                    path,
                    "range",
                    Severity::Error,
                    &[("label", label), ("min", &min.to_string()), ("max", &max.to_string())],
                    citation,
                ),
                Some(_) => {}
                None => self.type_error(kind, path, label),
            },
            FieldKind::Number { min, max } => match v.as_f64() {
                Some(n) if n < *min || n > *max => {
                    let (min, max) = (super::format_number(*min), super::format_number(*max));
                    self.push(path, "range", Severity::Error, &[("label", label), ("min", &min), ("max", &max)], citation)
                }
                Some(_) => {}
                None => self.type_error(kind, path, label),
            },
            FieldKind::Boolean => {
                if !v.is_boolean() {
                    self.type_error(kind, path, label)
                }
            }
            FieldKind::Enum(values) => {
                let ok = v.as_str().is_some_and(|s| values.iter().any(|e| e.value == s));
                if !ok {
                    let choices = choices(values, self.locale);
                    self.push(path, "enum", Severity::Error, &[("label", label), ("choices", &choices)], citation);
                }
            }
            FieldKind::EnumSet(values) => {
                let Some(items) = v.as_array() else { return self.type_error(kind, path, label) };
                let mut seen: Vec<&str> = Vec::new();
                let start = self.issues.len();
                let mut over = 0;
                for (i, item) in items.iter().enumerate() {
                    self.cap_since(start, path);
                    let found = item.as_str().and_then(|s| values.iter().find(|e| e.value == s));
                    if self.issues.len() >= start + MAX_ISSUES_PER_LIST {
                        // Full: an issue here (a repeat or not a choice, both errors) is only counted.
                        match found {
                            Some(e) if !seen.contains(&e.value) => seen.push(e.value),
                            _ => over += 1,
                        }
                        continue;
                    }
                    let p = Path::Index(path, i);
                    match found {
                        Some(e) if seen.contains(&e.value) => {
                            self.push(&p, "duplicate", Severity::Error, &[("label", label), ("value", e.label.get(self.locale))], None)
                        }
                        Some(e) => seen.push(e.value),
                        None => {
                            let choices = choices(values, self.locale);
                            self.push(&p, "enum", Severity::Error, &[("label", label), ("choices", &choices)], citation)
                        }
                    }
                }
                self.cap_since(start, path);
                if over > 0 {
                    omit(&mut self.omitted, path.render(), over, Severity::Error);
                }
            }
            FieldKind::ResidentId | FieldKind::CreditCode | FieldKind::Mobile => {
                let Some(s) = v.as_str() else { return self.type_error(kind, path, label) };
                let check = match kind {
                    FieldKind::ResidentId => check_resident_id(s, &self.id_ctx),
                    FieldKind::CreditCode => check_credit_code(s, &self.id_ctx),
                    _ => check_mobile(s, &self.id_ctx),
                };
                for mut issue in check.issues {
                    issue.path = path.render();
                    self.issues.push(issue);
                }
            }
            FieldKind::Object(fields) => self.object(fields, v, path, label),
            FieldKind::List { item, min, max } => {
                let Some(items) = v.as_array() else { return self.type_error(kind, path, label) };
                if items.len() < *min {
                    self.push(
                        path,
                        "too_few",
                        Severity::Error,
                        &[("label", label), ("min", &min.to_string()), ("n", &items.len().to_string()), ("measure", measure)],
                        citation,
                    );
                }
                if items.len() > *max {
                    self.push(
                        path,
                        "too_many",
                        Severity::Error,
                        &[("label", label), ("max", &max.to_string()), ("n", &items.len().to_string()), ("measure", measure)],
                        citation,
                    );
                }
                let start = self.issues.len();
                for (i, it) in items.iter().enumerate().take(*max) {
                    self.cap_since(start, path);
                    let item_label = match self.locale {
                        Locale::ZhCn => format!("{label}第{}{measure}", i + 1),
                        Locale::En => format!("{label} #{}", i + 1),
                    };
                    let p = Path::Index(path, i);
                    let item_label = self.label_at(&p, &item_label).into_owned();
                    self.kind(item, None, "项", it, &p, &item_label);
                }
                self.cap_since(start, path);
            }
        }
    }
}

/// What a field's own check at `pointer` reads: the pointer itself, the answers that make
/// it (or a group holding it) asked for or rule it out, and each optional group or list
/// holding it (whether anything in it is filled decides whether it is checked).
pub(crate) fn structural_reads(fields: &[Field], pointer: &str) -> Vec<String> {
    let mut out = vec![pointer.to_owned()];
    let mut add = |parent: &str, name: &str| {
        // Compared before it is built: most are there already (or built once).
        let same = |q: &String| match q.strip_prefix(parent) {
            Some(rest) if name.is_empty() => rest.is_empty(),
            Some(rest) => rest.strip_prefix('/') == Some(name),
            None => false,
        };
        if !out.iter().any(same) {
            let mut p = String::with_capacity(parent.len() + 1 + name.len());
            p.push_str(parent);
            if !name.is_empty() {
                p.push('/');
                p.push_str(name);
            }
            out.push(p);
        }
    };
    let mut tokens = pointer.split('/').skip(1).peekable();
    let (mut fields, mut end) = (fields, 0);
    while let Some(token) = tokens.next() {
        let Some(f) = fields.iter().find(|f| f.name == token) else { break };
        let parent = crate::util::part(pointer, ..end);
        end += 1 + token.len();
        if let Required::When { field, .. } = f.required {
            add(parent, field);
        }
        if let Applies::When { field, .. } = f.applies {
            add(parent, field);
        }
        let container = matches!(f.kind, FieldKind::Object(_) | FieldKind::List { .. });
        if container && tokens.peek().is_some() && f.required != Required::Always {
            add(crate::util::part(pointer, ..end), "");
        }
        let mut kind = &f.kind;
        while let (FieldKind::List { item, .. }, Some(t)) = (kind, tokens.peek()) {
            if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
                break;
            }
            end += 1 + t.len();
            tokens.next();
            kind = item;
        }
        match kind {
            FieldKind::Object(inner) => fields = inner,
            _ => break,
        }
    }
    out
}

/// What the rules and deadlines do not see of a submission: the JSON Pointers of members
/// an earlier answer rules out, and of groups and lists that are not required now and
/// hold nothing (every leaf empty), through groups and lists, into `out` (usually none).
/// `path` is the pointer of `v` (a buffer, as it was on return).
pub(crate) fn hidden(fields: &[Field], v: &Json, path: &mut String, out: &mut Vec<String>) {
    let Some(members) = v.as_object() else { return };
    for (key, val) in members {
        let Some(f) = fields.iter().find(|f| f.name == key) else { continue };
        let container = matches!(val, Json::Object(_) | Json::Array(_));
        let ruled_out = !val.is_null() && !is_applicable(f, v);
        let empty = container && !is_required(f, v) && is_blank(val);
        if !(ruled_out || empty || container) {
            continue;
        }
        let len = path.len();
        path.push('/');
        path.push_str(&pointer_token(key));
        if ruled_out || empty {
            out.push(path.clone());
        } else {
            hidden_kind(&f.kind, val, path, out);
        }
        path.truncate(len);
    }
}

fn hidden_kind(kind: &FieldKind, v: &Json, path: &mut String, out: &mut Vec<String>) {
    match (kind, v) {
        (FieldKind::Object(fields), _) => hidden(fields, v, path, out),
        (FieldKind::List { item, .. }, Json::Array(items)) => {
            for (i, it) in items.iter().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                hidden_kind(item, it, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// The number of characters of `s`, and whether it holds U+FFFD (what a lone surrogate
/// escape reads as), in one pass over its bytes. (`str::contains` with a non-ASCII char
/// would link in the two-way substring search.)
///
/// And whether it holds a control character: a C0 control other than tab, line feed and
/// carriage return, DEL, a C1 control (U+0080–U+009F), or a bidirectional override,
/// embedding or isolate (U+202A–U+202E, U+2066–U+2069), which make a name display as
/// something else (“\u{202E}” turns “张三gpj.exe” around).
fn text_scan(s: &str) -> (usize, bool, bool) {
    let b = s.as_bytes();
    let mut n = 0;
    let mut replacement = false;
    let mut control = false;
    for (i, &c) in b.iter().enumerate() {
        n += usize::from(c & 0xC0 != 0x80);
        if c == 0xEF && b.get(i + 1) == Some(&0xBF) && b.get(i + 2) == Some(&0xBD) {
            replacement = true;
        }
        let next = |k: usize| b.get(i + k).copied().unwrap_or(0);
        control |= (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r'))
            || c == 0x7F
            || (c == 0xC2 && (0x80..=0x9F).contains(&next(1)))
            || (c == 0xE2 && next(1) == 0x80 && (0xAA..=0xAE).contains(&next(2)))
            || (c == 0xE2 && next(1) == 0x81 && (0xA6..=0xA9).contains(&next(2)));
    }
    (n, replacement, control)
}

/// Whether a text is empty to a reader: nothing but white space, control characters and
/// characters that display as nothing (zero-width spaces and joiners, the byte order mark,
/// direction marks and overrides, variation selectors, tags: Unicode's
/// Default_Ignorable_Code_Point), so that “\u{200B}” does not fill a required name.
pub(crate) fn blank(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || c.is_control()
            || matches!(
                c,
                '\u{00AD}'
                    | '\u{034F}'
                    | '\u{061C}'
                    | '\u{115F}'
                    | '\u{1160}'
                    | '\u{17B4}'
                    | '\u{17B5}'
                    | '\u{180B}'..='\u{180F}'
                    | '\u{200B}'..='\u{200F}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{206F}'
                    | '\u{2800}'
                    | '\u{3164}'
                    | '\u{FE00}'..='\u{FE0F}'
                    | '\u{FEFF}'
                    | '\u{FFA0}'
                    | '\u{FFF0}'..='\u{FFF8}'
                    | '\u{1BCA0}'..='\u{1BCA3}'
                    | '\u{1D173}'..='\u{1D17A}'
                    | '\u{E0000}'..='\u{E0FFF}'
            )
    })
}

fn is_required(f: &Field, siblings: &Json) -> bool {
    match f.required {
        Required::Always => true,
        Required::Optional => false,
        Required::When { field, values } => siblings.get(field).and_then(answer).is_some_and(|v| values.contains(&v)),
    }
}

/// A sibling's answer as a condition compares it: a string as it is, a boolean as
/// `"true"`/`"false"`.
pub(crate) fn answer<'v>(v: &'v Json) -> Option<&'v str> {
    match v {
        Json::Bool(true) => Some("true"),
        Json::Bool(false) => Some("false"),
        _ => v.as_str(),
    }
}

/// Whether `f` applies given its siblings (an object, or anything else: then it applies).
pub(crate) fn is_applicable(f: &Field, siblings: &Json) -> bool {
    match f.applies {
        Applies::Always => true,
        Applies::When { field, values } => match siblings.get(field).filter(|v| !v.is_null()).and_then(answer) {
            Some(v) => values.contains(&v),
            None => true,
        },
    }
}

/// Whether `f` is required now given its siblings.
pub(crate) fn required_now(f: &Field, siblings: &Json) -> bool {
    is_applicable(f, siblings) && is_required(f, siblings)
}

/// Whether a value holds nothing: null, a blank string, or an array or object whose
/// every item or member is blank (nested). An optional group left like this is absent.
pub(crate) fn is_blank(v: &Json) -> bool {
    match v {
        Json::Null => true,
        Json::String(s) => s.chars().all(char::is_whitespace),
        Json::Array(items) => items.iter().all(is_blank),
        Json::Object(members) => members.iter().all(|(_, v)| is_blank(v)),
        Json::Bool(_) | Json::Number(_) => false,
    }
}

fn choices(values: &[EnumValue], locale: Locale) -> String {
    let sep = if locale == Locale::En { ", " } else { "、" };
    values.iter().map(|e| e.label.get(locale)).collect::<Vec<_>>().join(sep)
}

/// The declared label of the field at a JSON Pointer (array indices pass through a
/// list to its items), or `None` when no field is declared there.
pub(crate) fn declared_label(fields: &[Field], pointer: &str, locale: Locale) -> Option<&'static str> {
    let mut tokens = pointer.split('/').skip(1);
    let mut fields = fields;
    loop {
        let name = tokens.next()?;
        let f = fields.iter().find(|f| f.name == name)?;
        let mut kind = &f.kind;
        let mut next = tokens.clone().next();
        // A list's items have its label.
        while let (FieldKind::List { item, .. }, Some(t)) = (kind, next) {
            if !t.bytes().all(|b| b.is_ascii_digit()) || t.is_empty() {
                return None;
            }
            tokens.next();
            kind = item;
            next = tokens.clone().next();
        }
        if next.is_none() {
            return Some(f.label.get(locale));
        }
        match kind {
            FieldKind::Object(inner) => fields = inner,
            _ => return None,
        }
    }
}

/// The declared field at a JSON Pointer (array indices pass through a list to its
/// items), or `None` when no field is declared there.
#[cfg(test)]
pub(crate) fn declared_field<'f>(fields: &'f [Field], pointer: &str) -> Option<&'f Field> {
    let mut tokens = pointer.split('/').skip(1);
    let mut fields = fields;
    loop {
        let name = tokens.next()?;
        let f = fields.iter().find(|f| f.name == name)?;
        let mut kind = &f.kind;
        let mut next = tokens.clone().next();
        // An item of a set of choices (`/seals/1`) is the set's.
        if let (FieldKind::EnumSet(_), Some(t)) = (kind, next) {
            return (t.bytes().all(|b| b.is_ascii_digit()) && !t.is_empty() && tokens.nth(1).is_none()).then_some(f);
        }
        while let (FieldKind::List { item, .. }, Some(t)) = (kind, next) {
            if !t.bytes().all(|b| b.is_ascii_digit()) || t.is_empty() {
                return None;
            }
            tokens.next();
            kind = item;
            next = tokens.clone().next();
        }
        if next.is_none() {
            return Some(f);
        }
        match kind {
            FieldKind::Object(inner) => fields = inner,
            _ => return None,
        }
    }
}

/// Every declared label of a set of fields and their groups, in `locale`.
pub(crate) fn all_labels(fields: &[Field], locale: Locale, out: &mut Vec<&'static str>) {
    for f in fields {
        out.push(f.label.get(locale));
        let mut kind = &f.kind;
        while let FieldKind::List { item, .. } = kind {
            kind = item;
        }
        if let FieldKind::Object(inner) = kind {
            all_labels(inner, locale, out);
        }
    }
}

/// The JSON Schema (draft 2020-12) of an object of fields.
/// The members of an object's JSON Schema (`"type":"object","properties":…,"required":…`
/// and, for fields required on a condition, `"allOf":…`), written as JSON text.
pub(crate) fn object_schema_members(out: &mut String, fields: &[Field], locale: Locale) {
    out.push_str(r#""type":"object","properties":{"#);
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, f.name);
        out.push_str(":{");
        kind_schema_members(out, &f.kind, locale);
        out.push_str(r#","title":"#);
        write_str(out, f.label.get(locale));
        if let Some(c) = f.citation {
            out.push_str(r#","description":"#);
            write_str(out, &format!("{} {}：{}", c.document, c.article, c.text));
        }
        out.push('}');
    }
    out.push_str(r#"},"required":["#);
    let always = fields.iter().filter(|f| f.required == Required::Always);
    for (i, f) in always.enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, f.name);
    }
    out.push(']');
    let mut first = true;
    for f in fields {
        let Required::When { field, values } = f.required else { continue };
        out.push_str(if first { r#","allOf":["# } else { "," });
        first = false;
        out.push_str(r#"{"if":{"properties":{"#);
        write_str(out, field);
        out.push_str(r#":{"enum":"#);
        str_list(out, values.iter().copied());
        out.push_str(r#"}},"required":["#);
        write_str(out, field);
        out.push_str(r#"]},"then":{"required":["#);
        write_str(out, f.name);
        out.push_str("]}}");
    }
    if !first {
        out.push(']');
    }
}

fn str_list<'a>(out: &mut String, items: impl Iterator<Item = &'a str>) {
    out.push('[');
    for (i, s) in items.enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, s);
    }
    out.push(']');
}

fn enum_schema(out: &mut String, values: &[EnumValue], locale: Locale) {
    out.push_str(r#"{"type":"string","oneOf":["#);
    for (i, e) in values.iter().enumerate() {
        out.push_str(if i > 0 { r#",{"const":"# } else { r#"{"const":"# });
        write_str(out, e.value);
        out.push_str(r#","title":"#);
        write_str(out, e.label.get(locale));
        out.push('}');
    }
    out.push_str("]}");
}

/// The members of a field kind's JSON Schema, written as JSON text (the caller adds the
/// braces and the field's title and description).
fn kind_schema_members(out: &mut String, kind: &FieldKind, locale: Locale) {
    let string_pattern = |out: &mut String, pattern: &str| {
        out.push_str(r#""type":"string","pattern":"#);
        write_str(out, pattern);
    };
    match kind {
        FieldKind::Text { max } => out.push_str(&format!(r#""type":"string","minLength":1,"maxLength":{max}"#)),
        FieldKind::Date => out.push_str(r#""type":"string","format":"date""#),
        FieldKind::DateTime => string_pattern(out, "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$"),
        FieldKind::Integer { min, max } => out.push_str(&format!(r#""type":"integer","minimum":{min},"maximum":{max}"#)),
        FieldKind::Number { min, max } => {
            out.push_str(&format!(r#""type":"number","minimum":{},"maximum":{}"#, super::format_number(*min), super::format_number(*max)))
        }
        FieldKind::Boolean => out.push_str(r#""type":"boolean""#),
        FieldKind::Enum(values) => {
            // An enum is a whole schema: its members are those of `enum_schema`.
            let mut one = String::new();
            enum_schema(&mut one, values, locale);
            out.push_str(crate::util::part(&one, 1..one.len() - 1));
        }
        FieldKind::EnumSet(values) => {
            out.push_str(r#""type":"array","uniqueItems":true,"items":"#);
            enum_schema(out, values, locale);
        }
        FieldKind::ResidentId => string_pattern(out, "^[0-9]{17}[0-9X]$"),
        FieldKind::CreditCode => string_pattern(out, "^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$"),
        FieldKind::Mobile => string_pattern(out, "^1[3-9][0-9]{9}$"),
        FieldKind::Object(fields) => object_schema_members(out, fields, locale),
        FieldKind::List { item, min, max } => {
            out.push_str(r#""type":"array","items":{"#);
            kind_schema_members(out, item, locale);
            out.push_str(&format!(r#"}},"minItems":{min},"maxItems":{max}"#));
        }
    }
}

/// The TypeScript type of an object of fields, indented by `indent`.
pub(crate) fn object_typescript(fields: &[Field], indent: usize) -> String {
    let pad = "  ".repeat(indent + 1);
    let mut out = String::from("{\n");
    for f in fields {
        let optional = if f.required == Required::Always { "" } else { "?" };
        out.push_str(&format!("{pad}/** {} */\n", f.label.zh));
        out.push_str(&format!("{pad}{}{optional}: {};\n", f.name, kind_typescript(&f.kind, indent + 1)));
    }
    out.push_str(&"  ".repeat(indent));
    out.push('}');
    out
}

fn kind_typescript(kind: &FieldKind, indent: usize) -> String {
    match kind {
        FieldKind::Text { .. } | FieldKind::ResidentId | FieldKind::CreditCode | FieldKind::Mobile => "string".into(),
        FieldKind::Date => "IsoDate".into(),
        FieldKind::DateTime => "string".into(),
        FieldKind::Integer { .. } | FieldKind::Number { .. } => "number".into(),
        FieldKind::Boolean => "boolean".into(),
        FieldKind::Enum(values) => values.iter().map(|e| format!("\"{}\"", e.value)).collect::<Vec<_>>().join(" | "),
        FieldKind::EnumSet(values) => format!("({})[]", values.iter().map(|e| format!("\"{}\"", e.value)).collect::<Vec<_>>().join(" | ")),
        FieldKind::Object(fields) => object_typescript(fields, indent),
        FieldKind::List { item, .. } => format!("Array<{}>", kind_typescript(item, indent)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn text_scan_counts_characters_and_finds_the_replacement_character() {
        for s in ["", "abc", "晋城市", "a\u{FFFD}b", "\u{FFFD}", "\u{FFFE}\u{FFFD}", "😀x", "\u{EFBF}"] {
            assert_eq!(super::text_scan(s), (s.chars().count(), s.contains('\u{FFFD}'), false), "{s:?}");
        }
    }

    /// Issue 22 item 6: control characters and direction overrides found (tab and line
    /// breaks are text), and text of nothing visible is blank.
    #[test]
    fn control_characters_are_found_and_invisible_text_is_blank() {
        let control = |s: &str| super::text_scan(s).2;
        for s in ["\u{0}", "a\u{1b}]0;x\u{7}", "\u{7f}", "\u{85}", "\u{9f}", "张三\u{202E}gpj.exe", "\u{202A}", "\u{2066}x", "\u{2069}"] {
            assert!(control(s), "{s:?}");
        }
        for s in ["a\tb", "第一行\n第二行\r\n", "\u{A0}", "\u{2028}", "\u{2065}", "\u{206A}", "\u{202F}", "é", "\u{200D}"] {
            assert!(!control(s), "{s:?}");
        }
        for s in ["", " ", "\u{3000}", "\u{A0}", "\u{200B}", "\u{FEFF}", "\u{202E}", "\u{0}", "\u{2060}\u{200D}", "\u{E0041}", "\u{FE0F}"] {
            assert!(super::blank(s), "{s:?}");
        }
        for s in ["a", "张", "\u{200B}a", "0"] {
            assert!(!super::blank(s), "{s:?}");
        }
    }

    #[test]
    fn every_code_pushed_has_its_message() {
        let prefixes = ["required", "type", "too_", "invalid_character", "control_character", "format.", "range", "enum", "duplicate", "unknown_field"];
        let codes = crate::model::codes_in(include_str!("fields.rs"), &prefixes);
        assert!(codes.len() >= 10);
        // The prefixes themselves ("too_", "format.") are quoted above too.
        for code in codes.iter().filter(|c| !c.ends_with(['_', '.'])) {
            assert!(super::MESSAGES.iter().any(|(c, _)| c == code), "{code} has no message");
        }
    }
}
