//! Typed reading of data out of a [`Json`] value (calendar years, the documents file),
//! instead of a derived deserializer: each failure names the field path and what was
//! expected (`holidays[2].days[0]: expected a date string (YYYY-MM-DD), got a number`).
//!
//! The rules are those of a derived serde `Deserialize` without options: unknown
//! members are ignored, a known member given twice is an error, an optional member may
//! be absent or `null`, a required one must be present and not `null`.

use std::borrow::Cow;

use crate::json::Json;

/// Why a value could not be read: a message naming the field path.
pub(crate) type ReadError = String;

/// What kind of JSON value this is, for an error message (never the value itself).
fn kind(v: &Json) -> &'static str {
    match v {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    }
}

/// A value at a path of the document being read.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Field<'j, 'a> {
    value: &'j Json<'a>,
    path: &'j str,
}

/// A value with its path owned (items and members build their paths).
#[derive(Debug)]
pub(crate) struct Located<'j, 'a> {
    value: &'j Json<'a>,
    path: String,
}

impl<'j, 'a> Located<'j, 'a> {
    /// The value with a borrowed path, to read it.
    pub(crate) fn field(&self) -> Field<'_, 'a> {
        Field { value: self.value, path: &self.path }
    }
}

impl<'j, 'a> Field<'j, 'a> {
    /// The whole document (an empty path).
    pub(crate) fn root(value: &'j Json<'a>) -> Field<'j, 'a> {
        Field { value, path: "" }
    }

    /// `"<path>: expected <what>, got <kind>"` (no path prefix at the root).
    #[cold]
    fn expected(&self, what: &str) -> ReadError {
        at(self.path, &format!("expected {what}, got {}", kind(self.value)))
    }

    /// The string; `what` names it in the error (`"a string"`, `"a date string (YYYY-MM-DD)"`).
    pub(crate) fn string(&self, what: &str) -> Result<String, ReadError> {
        self.value.as_str().map(str::to_owned).ok_or_else(|| self.expected(what))
    }

    /// A whole number that fits `T`; `what` names it in the error.
    pub(crate) fn integer<T: TryFrom<i64>>(&self, what: &str) -> Result<T, ReadError> {
        self.value.as_i64().and_then(|n| T::try_from(n).ok()).ok_or_else(|| self.expected(what))
    }

    /// Each item of an array, read by `read`.
    pub(crate) fn list<T>(&self, read: impl Fn(Field) -> Result<T, ReadError>) -> Result<Vec<T>, ReadError> {
        let items = self.value.as_array().ok_or_else(|| self.expected("an array"))?;
        items.iter().enumerate().map(|(i, value)| read(Field { value, path: &format!("{}[{i}]", self.path) })).collect()
    }

    /// A list of strings; `what` names one item in the error.
    pub(crate) fn strings(&self, what: &str) -> Result<Vec<String>, ReadError> {
        self.list(|item| item.string(what))
    }

    /// The members of an object.
    pub(crate) fn object(&self) -> Result<Members<'j, 'a>, ReadError> {
        let members = self.value.as_object().ok_or_else(|| self.expected("an object"))?;
        Ok(Members { members, path: self.path })
    }
}

/// The members of an object being read.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Members<'j, 'a> {
    members: &'j [(Cow<'a, str>, Json<'a>)],
    path: &'j str,
}

impl<'j, 'a> Members<'j, 'a> {
    /// The member `key` if present and not `null`; an error if it is given twice.
    pub(crate) fn optional(&self, key: &str) -> Result<Option<Located<'j, 'a>>, ReadError> {
        let mut found = self.members.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
        let value = found.next();
        if found.next().is_some() {
            return Err(at(self.path, &format!("duplicate field `{key}`")));
        }
        let path = if self.path.is_empty() { key.to_owned() } else { format!("{}.{key}", self.path) };
        Ok(value.filter(|v| !v.is_null()).map(|value| Located { value, path }))
    }

    /// The member `key`, which must be present and not `null`.
    pub(crate) fn required(&self, key: &str) -> Result<Located<'j, 'a>, ReadError> {
        let found = self.optional(key)?;
        found.ok_or_else(|| match self.members.iter().any(|(k, _)| k == key) {
            true => at(self.path, &format!("field `{key}` is null")),
            false => at(self.path, &format!("missing field `{key}`")),
        })
    }

    /// A required string member.
    pub(crate) fn string(&self, key: &str) -> Result<String, ReadError> {
        self.required(key)?.field().string("a string")
    }

    /// An optional string member (absent or `null`: `None`).
    pub(crate) fn optional_string(&self, key: &str) -> Result<Option<String>, ReadError> {
        self.optional(key)?.map(|m| m.field().string("a string")).transpose()
    }
}

/// `"<path>: <what>"`, or just `what` at the root.
fn at(path: &str, what: &str) -> ReadError {
    if path.is_empty() {
        what.to_owned()
    } else {
        format!("{path}: {what}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<(i32, Vec<String>, Option<String>), ReadError> {
        let v = Json::parse(text).unwrap();
        let m = Field::root(&v).object()?;
        let inner = m.required("inner")?;
        let inner = inner.field().object()?;
        Ok((m.required("n")?.field().integer("an integer")?, inner.required("list")?.field().strings("a string")?, m.optional_string("s")?))
    }

    #[test]
    fn reads_and_names_the_path_of_each_failure() {
        assert_eq!(read(r#"{"n":1,"inner":{"list":["a"],"x":1},"s":null,"other":[]}"#), Ok((1, vec!["a".to_owned()], None)));
        assert_eq!(read(r#"{"n":1,"inner":{"list":[]},"s":"t"}"#).unwrap().2.as_deref(), Some("t"));
        let cases = [
            ("[]", "expected an object, got an array"),
            (r#"{"inner":{"list":[]}}"#, "missing field `n`"),
            (r#"{"n":null,"inner":{"list":[]}}"#, "field `n` is null"),
            (r#"{"n":1.5,"inner":{"list":[]}}"#, "n: expected an integer, got a number"),
            (r#"{"n":3000000000,"inner":{"list":[]}}"#, "n: expected an integer, got a number"),
            (r#"{"n":1,"n":2,"inner":{"list":[]}}"#, "duplicate field `n`"),
            (r#"{"n":1,"inner":{}}"#, "inner: missing field `list`"),
            (r#"{"n":1,"inner":{"list":"a"}}"#, "inner.list: expected an array, got a string"),
            (r#"{"n":1,"inner":{"list":["a",true]}}"#, "inner.list[1]: expected a string, got a boolean"),
            (r#"{"n":1,"inner":{"list":[]},"s":{}}"#, "s: expected a string, got an object"),
        ];
        for (text, message) in cases {
            assert_eq!(read(text).unwrap_err(), message, "{text}");
        }
    }
}
