//! Reading a hostile JS value without letting the engine throw through the module.
//!
//! A JS exception that crosses a wasm frame is not a Rust error: it unwinds past the
//! module without running any of its cleanup, so a `RefCell` borrow stays taken (the
//! calendar: every later call traps `unreachable`) and the shadow stack pointer is never
//! restored (after a few thousand such calls: "memory access out of bounds"). Every JS
//! operation the binding runs on a caller's value therefore either cannot throw (a
//! `typeof` test, `as_string`, `as_f64`) or is imported here with `catch`, so its
//! exception comes back as a `Result`. And the description of a value in an error
//! message is made here without recursion (wasm-bindgen's `Debug` of a `JsValue` walks
//! arrays recursively: a cyclic or 5,000-deep array overflowed the engine's stack).

use jincheng_rules::quote;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// `Array.isArray(v)`: throws for a revoked Proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn array_is_array(v: &JsValue) -> Result<bool, JsValue>;
    /// `Array.from(v)`: a plain array of the values (getters and Proxy traps run here,
    /// once; the copy's items are plain data).
    #[wasm_bindgen(catch, js_namespace = Array, js_name = from)]
    fn array_from(v: &JsValue) -> Result<js_sys::Array, JsValue>;
    /// `Object.entries(v)`: fresh `[key, value]` pairs.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn object_entries(v: &JsValue) -> Result<js_sys::Array, JsValue>;
    /// `Object.keys(v)`: throws for a revoked Proxy or an `ownKeys` trap that throws.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(v: &JsValue) -> Result<js_sys::Array, JsValue>;
    /// `new Uint8Array(buffer, offset, length)`: throws for a detached buffer.
    #[wasm_bindgen(js_name = Uint8Array)]
    type ByteView;
    #[wasm_bindgen(catch, constructor, js_class = "Uint8Array")]
    fn new(buffer: &JsValue, offset: &JsValue, length: &JsValue) -> Result<ByteView, JsValue>;
}

/// The bytes of a `Uint8Array` (or of a subclass or Proxy of one), copied into the
/// module; `None` when they cannot be read: the buffer was detached (transferred to a
/// worker), or a getter or trap threw. The copy goes through a fresh plain view, so no
/// getter of the caller's object runs inside the copy.
pub(crate) fn bytes(v: &JsValue) -> Option<Vec<u8>> {
    let get = |key: &str| js_sys::Reflect::get(v, &JsValue::from_str(key)).ok();
    let plain = ByteView::new(&get("buffer")?, &get("byteOffset")?, &get("length")?).ok()?;
    Some(js_sys::Uint8Array::from(JsValue::from(plain)).to_vec())
}

/// Whether `v` is an array; a value whose test throws (a revoked Proxy) is not.
pub(crate) fn is_array(v: &JsValue) -> bool {
    v.is_object() && array_is_array(v).unwrap_or(false)
}

/// The items of an array as a plain array; `None` when reading it throws.
pub(crate) fn items(v: &JsValue) -> Option<js_sys::Array> {
    array_from(v).ok()
}

/// The own enumerable `[key, value]` pairs of an object; `None` when reading it throws.
pub(crate) fn entries(v: &JsValue) -> Option<Vec<(JsValue, JsValue)>> {
    let list = object_entries(v).ok()?;
    // Each entry is a fresh two-item array made by the engine: reading it cannot throw.
    Some(list.iter().map(|e| (js_sys::Reflect::get_u32(&e, 0).unwrap_or_default(), js_sys::Reflect::get_u32(&e, 1).unwrap_or_default())).collect())
}

/// The own enumerable keys of an object; `None` when reading them throws (no getter runs).
pub(crate) fn keys(v: &JsValue) -> Option<Vec<String>> {
    Some(object_keys(v).ok()?.iter().map(|k| k.as_string().unwrap_or_default()).collect())
}

/// A short description of a JS value for an error message: a string quoted (at most 40
/// characters shown), a number, boolean, `null` or `undefined` written out, anything else
/// named by its kind (never walked: no recursion, no getter run, no Proxy trap).
pub(crate) fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        return quote(&s);
    }
    if let Some(x) = v.as_f64() {
        // The core's writer: no float formatting linked into the module (its size budget).
        return jincheng_rules::model::format_number(x);
    }
    if let Some(b) = v.as_bool() {
        return b.to_string();
    }
    let kind = if v.is_null() {
        "null"
    } else if v.is_undefined() {
        "undefined"
    } else if v.is_bigint() {
        "a BigInt"
    } else if v.is_symbol() {
        "a symbol"
    } else if v.is_function() {
        "a function"
    } else if is_array(v) {
        "an array"
    } else {
        "an object"
    };
    kind.to_owned()
}

