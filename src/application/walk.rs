//! The structural walk: a submission checked against its field declarations (required,
//! kind, format, length, choices, the identity checks), with the messages it writes.

use crate::identity::{check_credit_code, check_mobile, check_resident_id, CheckContext};
use crate::json::{Json, Path};
use crate::model::fields::{is_applicable, is_blank, is_required, item_label};
use crate::model::{t, Citation, EnumValue, Field, FieldKind, Issue, Locale, Required, Severity, Text};

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
    crate::model::message(MESSAGES, code)
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
    pub(crate) fn object(&mut self, fields: &[Field], value: &Json, path: &Path, label: &str) {
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
                    let (min, max) = (crate::model::format_number(*min), crate::model::format_number(*max));
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
                    let p = Path::Index(path, i);
                    let item_label = self.label_at(&p, &item_label(label, i, measure, self.locale)).into_owned();
                    self.kind(item, None, "项", it, &p, &item_label);
                }
                self.cap_since(start, path);
            }
        }
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

fn choices(values: &[EnumValue], locale: Locale) -> String {
    values.iter().map(|e| e.label.get(locale)).collect::<Vec<_>>().join(t("、", ", ").get(locale))
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
        let codes = crate::tests::codes_in(include_str!("walk.rs"), &prefixes);
        assert!(codes.len() >= 10);
        // The prefixes themselves ("too_", "format.") are quoted above too.
        for code in codes.iter().filter(|c| !c.ends_with(['_', '.'])) {
            assert!(super::MESSAGES.iter().any(|(c, _)| c == code), "{code} has no message");
        }
    }
}
