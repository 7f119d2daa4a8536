//! Encoding the core's results: JSON text written by the core's own writer (`WriteJson`)
//! for the engine's `JSON.parse`, and a core `Error` as a JS `Error` with its `code`.

use jincheng_rules::application as app;
use jincheng_rules::json::{write_object, WriteJson};
use jincheng_rules::{Error, Locale};
use js_sys::Reflect;
use wasm_bindgen::prelude::*;

/// The one error bridge: a JS `Error` whose `code` is the core's stable code, whose
/// `message` names the offending value for the developer (English), and whose
/// `messageZh` is the Chinese sentence a page may show.
pub(crate) fn into_error(e: Error) -> JsValue {
    let err = js_sys::Error::new(e.message());
    // Setting a property on a fresh Error object cannot fail.
    let _ = Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(e.code().as_str()));
    let _ = Reflect::set(&err, &JsValue::from_str("messageZh"), &JsValue::from_str(e.message_in(Locale::ZhCn)));
    err.into()
}

/// Write a core value as JSON text (the core's own writer, not serde's: smaller and
/// faster in wasm) and let the engine build the object.
pub(crate) fn encode_json<T: WriteJson + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(&value.to_json())
}

pub(crate) struct DocumentInfo<'a>(pub(crate) &'a app::Document);

impl WriteJson for DocumentInfo<'_> {
    fn write_json(&self, out: &mut String) {
        let d = self.0;
        write_object(
            out,
            &[
                ("number", &d.number),
                ("title", &d.title),
                ("issued", &d.issued),
                ("inForceFrom", &d.in_force_from),
                ("inForceUntil", &d.in_force_until),
            ],
        );
    }
}

/// A deadline a type computes, before any is: its id, title and the fields it needs.
pub(crate) struct DeadlineInfo(pub(crate) &'static app::DeadlineDef, pub(crate) Locale);

impl WriteJson for DeadlineInfo {
    fn write_json(&self, out: &mut String) {
        write_object(out, &[("id", &self.0.id), ("title", &self.0.title.get(self.1)), ("needs", &self.0.needs)]);
    }
}

pub(crate) struct TypeInfo(pub(crate) &'static app::ApplicationType, pub(crate) Locale);

impl WriteJson for TypeInfo {
    fn write_json(&self, out: &mut String) {
        let t = self.0;
        write_object(
            out,
            &[
                ("id", &t.id),
                ("code", &t.code),
                ("title", &t.title.get(self.1)),
                ("document", &DocumentInfo(t.document())),
                ("articles", &t.articles),
                ("deadlines", &t.deadlines.iter().map(|d| DeadlineInfo(d, self.1)).collect::<Vec<_>>()),
            ],
        );
    }
}

/// `validateMany`'s reports: objects, or with `jsonl` JSON Lines text (one report per
/// line, each ended by `\n`), where one string crosses and the engine builds no object.
pub(crate) fn many_output<T: WriteJson>(reports: &[T], jsonl: bool) -> Result<JsValue, JsValue> {
    if !jsonl {
        return encode_json(reports);
    }
    let mut out = String::with_capacity(512 * reports.len());
    for r in reports {
        r.write_json(&mut out);
        out.push('\n');
    }
    Ok(JsValue::from_str(&out))
}
