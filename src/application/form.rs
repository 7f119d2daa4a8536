//! The form model: for a submission as it stands (partial, as an applicant fills it in),
//! the state of every field — its label, its kind, whether it is required now and
//! whether it applies at all. Bindings display it; they never re-derive it from the
//! JSON Schema.

use crate::json::{pointer_token, write_object, Json, WriteJson};
use crate::model::fields::{is_applicable, is_blank, item_label, required_now};
use crate::model::{Field, FieldKind, Locale};

use super::{ApplicationType, Options};

/// The state of one field, group, list or list item of a submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldState {
    /// Its JSON Pointer (`/staff/0/name` for a list item's field).
    pub pointer: String,
    /// Its label: the portal's (the `labels` option) or the declared one in the locale;
    /// a list item's is the list's with its number (“技术人员第1人”).
    pub label: String,
    /// What it holds: `text`, `date`, `dateTime`, `integer`, `number`, `boolean`,
    /// `enum`, `enumSet`, `residentId`, `creditCode`, `mobile`, `object`, `list`.
    pub kind: &'static str,
    /// Required now, given the submission as it stands: the declaration's requirement
    /// (a condition read from the answers), inside a group that is required or has
    /// something filled (an optional group left empty asks for nothing).
    pub required: bool,
    /// False when an earlier answer rules it out (or rules out a group that holds it):
    /// it is not checked, and no rule reads it; a form can hide or disable it.
    pub applicable: bool,
}

/// The form model of a submission: every field's state, in declaration order.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FormState {
    /// One entry per field, group and list, each list item and each list item's field,
    /// in declaration order (a group's fields after it, a list's items after it).
    pub fields: Vec<FieldState>,
}

/// The name of a field kind, as [`FieldState::kind`] gives it.
///
/// ```
/// use jincheng_rules::application::kind_name;
/// use jincheng_rules::model::FieldKind;
/// assert_eq!(kind_name(&FieldKind::DateTime), "dateTime");
/// assert_eq!(kind_name(&FieldKind::Text { max: 50 }), "text");
/// ```
pub fn kind_name(kind: &FieldKind) -> &'static str {
    match kind {
        FieldKind::Text { .. } => "text",
        FieldKind::Date => "date",
        FieldKind::DateTime => "dateTime",
        FieldKind::Integer { .. } => "integer",
        FieldKind::Number { .. } => "number",
        FieldKind::Boolean => "boolean",
        FieldKind::Enum(_) => "enum",
        FieldKind::EnumSet(_) => "enumSet",
        FieldKind::ResidentId => "residentId",
        FieldKind::CreditCode => "creditCode",
        FieldKind::Mobile => "mobile",
        FieldKind::Object(_) => "object",
        FieldKind::List { .. } => "list",
    }
}

/// The form model of a (partial) submission: for every field, its label (honouring
/// `options.labels` and `options.locale`), its kind, whether it is required now and
/// whether it applies. What is not an object reads as an empty form.
///
/// ```
/// use jincheng_rules::application::{form_state, Options};
/// use jincheng_rules::{application_type, json::Json, parse_date, Locale};
/// let t = application_type("mlps-filing")?;
/// let options = Options::new(Locale::ZhCn, parse_date("2026-09-30")?);
/// let form = form_state(t, &Json::parse(r#"{"hasIndustryAuthority": false}"#).unwrap(), &options);
/// let name = form.fields.iter().find(|f| f.pointer == "/authorityApproval/authorityName").unwrap();
/// assert_eq!((name.label.as_str(), name.required, name.applicable), ("行业主管部门名称", false, false));
/// // Answered 是: the approval applies; an optional group left empty asks for nothing yet.
/// let form = form_state(t, &Json::parse(r#"{"hasIndustryAuthority": true}"#).unwrap(), &options);
/// let name = form.fields.iter().find(|f| f.pointer == "/authorityApproval/authorityName").unwrap();
/// assert_eq!((name.required, name.applicable), (false, true));
/// // Once something in it is filled, its required fields are required.
/// let form = form_state(t, &Json::parse(r#"{"hasIndustryAuthority": true, "authorityApproval": {"approved": true}}"#).unwrap(), &options);
/// assert!(form.fields.iter().any(|f| f.pointer == "/authorityApproval/authorityName" && f.required));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn form_state(t: &ApplicationType, submission: &Json, options: &Options) -> FormState {
    let mut out = Vec::new();
    let empty = Json::Object(Vec::new());
    let value = if submission.is_object() { submission } else { &empty };
    State { locale: options.locale, labels: &options.labels, out: &mut out }.object(t.fields, Some(value), "", true, true);
    FormState { fields: out }
}

struct State<'a> {
    locale: Locale,
    labels: &'a [(String, String)],
    out: &'a mut Vec<FieldState>,
}

impl State<'_> {
    /// The fields of a group at `prefix`; `active`: the group is required or holds
    /// something (its fields' requirements count); `applicable`: nothing rules it out.
    fn object(&mut self, fields: &[Field], value: Option<&Json>, prefix: &str, active: bool, applicable: bool) {
        let empty = Json::Object(Vec::new());
        let siblings = value.filter(|v| v.is_object()).unwrap_or(&empty);
        for f in fields {
            let pointer = format!("{prefix}/{}", pointer_token(f.name));
            let applies = applicable && is_applicable(f, siblings);
            let required = active && applies && required_now(f, siblings);
            self.field(pointer, f.label.get(self.locale), &f.kind, f.measure, siblings.get(f.name), required, applies);
        }
    }

    /// One field (or list item) at `pointer`, then what it holds: a group's fields, a
    /// list's items (an item that is there is asked for in full, as the list is).
    #[allow(clippy::too_many_arguments)]
    fn field(&mut self, pointer: String, own: &str, kind: &FieldKind, measure: &str, value: Option<&Json>, required: bool, applicable: bool) {
        let value = value.filter(|v| !v.is_null());
        let label = match self.labels.iter().find(|(p, _)| *p == pointer) {
            Some((_, l)) => l.clone(),
            None => own.to_owned(),
        };
        // Inside, requirements count when this is required or holds something.
        let active = required || value.is_some_and(|v| !is_blank(v));
        self.out.push(FieldState { pointer: pointer.clone(), label: label.clone(), kind: kind_name(kind), required, applicable });
        match kind {
            FieldKind::Object(fields) => self.object(fields, value, &pointer, active, applicable),
            FieldKind::List { item, .. } => {
                for (i, it) in value.and_then(Json::as_array).into_iter().flatten().enumerate() {
                    let own = item_label(&label, i, measure, self.locale);
                    self.field(format!("{pointer}/{i}"), &own, item, "项", Some(it), active && applicable, applicable);
                }
            }
            _ => {}
        }
    }
}

impl WriteJson for FieldState {
    fn write_json(&self, out: &mut String) {
        let members: [(&str, &dyn WriteJson); 5] =
            [("pointer", &self.pointer), ("label", &self.label), ("kind", &self.kind), ("required", &self.required), ("applicable", &self.applicable)];
        write_object(out, &members);
    }
}

impl WriteJson for FormState {
    fn write_json(&self, out: &mut String) {
        write_object(out, &[("fields", &self.fields)]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::Options;
    use crate::{application_type, parse_date, Locale};

    fn state(id: &str, json: &str, labels: &[(&str, &str)]) -> FormState {
        let mut o = Options::new(Locale::ZhCn, parse_date("2026-09-30").unwrap());
        o.labels = labels.iter().map(|(p, l)| (p.to_string(), l.to_string())).collect();
        form_state(application_type(id).unwrap(), &Json::parse(json).unwrap(), &o)
    }

    fn at<'s>(s: &'s FormState, pointer: &str) -> &'s FieldState {
        s.fields.iter().find(|f| f.pointer == pointer).unwrap_or_else(|| panic!("no {pointer}"))
    }

    #[test]
    fn list_items_and_conditions() {
        let s = state(
            "business-startup",
            r#"{"shareholders": [{"kind": "natural"}, {"kind": "legal"}], "financeOfficer": {}}"#,
            &[("/shareholders/1/name", "法人股东名称")],
        );
        // Declaration order: the list, then each item and its fields.
        let i = s.fields.iter().position(|f| f.pointer == "/shareholders").unwrap();
        assert_eq!(s.fields[i + 1].pointer, "/shareholders/0");
        assert_eq!(s.fields[i + 2].pointer, "/shareholders/0/kind");
        assert_eq!(at(&s, "/shareholders/0").label, "股东（投资人）第1项");
        assert!(at(&s, "/shareholders/0/residentId").required && !at(&s, "/shareholders/0/creditCode").required);
        assert!(!at(&s, "/shareholders/1/residentId").required && at(&s, "/shareholders/1/creditCode").required);
        assert_eq!(at(&s, "/shareholders/1/name").label, "法人股东名称");
        // An optional group left empty asks for nothing; it still applies.
        let name = at(&s, "/financeOfficer/name");
        assert!(!name.required && name.applicable);
        assert_eq!(at(&s, "/financeOfficer").kind, "object");
    }

    #[test]
    fn a_ruled_out_group_rules_out_its_fields() {
        let s = state("mlps-filing", r#"{"hasIndustryAuthority": false, "authorityApproval": {"approved": true}}"#, &[]);
        for p in ["/authorityApproval", "/authorityApproval/authorityName", "/authorityApproval/date"] {
            assert!(!at(&s, p).applicable && !at(&s, p).required, "{p}");
        }
        let s = state("mlps-filing", r#"{"hasIndustryAuthority": true, "authorityApproval": {"approved": true}}"#, &[]);
        assert!(at(&s, "/authorityApproval/authorityName").required);
        // Not an object: an empty form, the top-level required fields required.
        let s = state("mlps-filing", "[1]", &[]);
        assert!(at(&s, "/operator/name").required && at(&s, "/hasIndustryAuthority").required);
    }

    #[test]
    fn required_now_agrees_with_validate() {
        // Every field that formState calls required and that is empty gets `required`
        // from validate, and no other field does (over each type's empty form).
        for t in crate::registry::application_types() {
            let o = Options::new(Locale::ZhCn, parse_date("2026-09-30").unwrap());
            let empty = Json::parse("{}").unwrap();
            let s = form_state(t, &empty, &o);
            let report = crate::application::validate(t, &empty, &o, crate::application::default_calendar());
            let asked: Vec<&str> = report.issues.iter().filter(|i| i.code == "required").map(|i| i.path.as_str()).collect();
            let required: Vec<&str> = s.fields.iter().filter(|f| f.required).map(|f| f.pointer.as_str()).collect();
            // A required group is present in neither: validate asks for the group itself.
            let top: Vec<&str> = required.iter().copied().filter(|p| p.matches('/').count() == 1).collect();
            assert_eq!(asked, top, "{}", t.id);
        }
    }
}
