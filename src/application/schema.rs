//! What is generated from an application type's field declarations: the JSON Schema of
//! a submission and its TypeScript interface.

use serde_json::Value;

use super::ApplicationType;
use crate::model::fields::object_typescript;
use crate::model::Locale;

impl ApplicationType {
    /// The JSON Schema (draft 2020-12) of a submission, generated from the fields.
    ///
    /// ```
    /// use jincheng_rules::{application_type, Locale};
    /// let s = application_type("enforcement-supervision-review")?.schema(Locale::ZhCn);
    /// assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    /// assert!(s["required"].as_array().unwrap().iter().any(|r| r == "decision"));
    /// assert_eq!(s["properties"]["applicant"]["properties"]["kind"]["oneOf"][0]["title"], "行政执法机关");
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn schema(&self, locale: Locale) -> Value {
        serde_json::from_str(&self.schema_json(locale)).unwrap_or_default()
    }

    /// [`ApplicationType::schema`] as JSON text (what the wasm package returns).
    ///
    /// ```
    /// use jincheng_rules::{application_type, Locale};
    /// let t = application_type("free-seal-carving")?;
    /// let text = t.schema_json(Locale::En);
    /// assert!(text.starts_with(r#"{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:jincheng-rules:free-seal-carving""#));
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
}
