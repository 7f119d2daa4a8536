//! What is generated from an application type's field declarations: the JSON Schema of
//! a submission and its TypeScript interface.

#[cfg(any(test, feature = "serde"))]
use serde_json::Value;

use super::ApplicationType;
use crate::json::write_str;
use crate::model::{EnumValue, Field, FieldKind, Locale, Required};

impl ApplicationType {
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
        object_schema_members(&mut out, self.fields, locale);
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
            out.push_str(&format!(r#""type":"number","minimum":{},"maximum":{}"#, crate::model::format_number(*min), crate::model::format_number(*max)))
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
