//! Field declarations: the one source of a submission's shape. The JSON Schema, the
//! TypeScript types (`application/schema.rs`) and the structural checks
//! (`application/walk.rs`) are all generated from them; here, what they say of a
//! submission (which fields apply, are required, are hidden from the rules).

use crate::json::{pointer_token, Json};

use super::{Citation, Locale, Text};

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

pub(crate) fn is_required(f: &Field, siblings: &Json) -> bool {
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

/// The declared label of the field at a JSON Pointer (array indices pass through a
/// list to its items), or `None` when no field is declared there.
pub(crate) fn declared_label(fields: &[Field], pointer: &str, locale: Locale) -> Option<&'static str> {
    declared_field(fields, pointer).map(|f| f.label.get(locale))
}

/// The declared field at a JSON Pointer (array indices pass through a list to its
/// items), or `None` when no field is declared there.
pub(crate) fn declared_field<'f>(fields: &'f [Field], pointer: &str) -> Option<&'f Field> {
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
            return Some(f);
        }
        match kind {
            FieldKind::Object(inner) => fields = inner,
            _ => return None,
        }
    }
}

/// The label of a list's item: the list's label, the item's number from 1 and the list's
/// measure word (“技术人员第2人” / “technical staff #2”).
pub(crate) fn item_label(list: &str, i: usize, measure: &str, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{list}第{}{measure}", i + 1),
        Locale::En => format!("{list} #{}", i + 1),
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

