//! Typed reading of data out of a [`Json`] value (calendar years, the documents file),
//! instead of a derived deserializer: each failure names the field path and what was
//! expected (`holidays[2].days[0]: expected a date string (YYYY-MM-DD), got a number`).
//!
//! The rules are those of a derived serde `Deserialize` without options: unknown
//! members are ignored, a known member given twice is an error, an optional member may
//! be absent or `null`, a required one must be present and not `null`.

use std::borrow::Cow;
use std::fmt;

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

/// Where a value lies in the document (`holidays[2].days[0]`), written out only for an
/// error message.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Path<'p> {
    /// The whole document.
    Root,
    /// A member of the object at the path.
    Key(&'p Path<'p>, &'p str),
    /// An item of the array at the path.
    Index(&'p Path<'p>, usize),
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(Path::Root, key) => f.write_str(key),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

/// `"<path>: <what>"`, or just `what` at the root.
#[cold]
fn at(path: &Path, what: &str) -> ReadError {
    match path {
        Path::Root => what.to_owned(),
        _ => format!("{path}: {what}"),
    }
}

/// A value at a path of the document being read.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Field<'j, 'a> {
    value: &'j Json<'a>,
    path: Path<'j>,
}

impl<'j, 'a> Field<'j, 'a> {
    /// The whole document.
    pub(crate) fn root(value: &'j Json<'a>) -> Field<'j, 'a> {
        Field { value, path: Path::Root }
    }

    /// `"<path>: expected <what>, got <kind>"`.
    #[cold]
    fn expected(&self, what: &str) -> ReadError {
        at(&self.path, &format!("expected {what}, got {}", kind(self.value)))
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
        let mut out = Vec::with_capacity(items.len());
        for (i, value) in items.iter().enumerate() {
            out.push(read(Field { value, path: Path::Index(&self.path, i) })?);
        }
        Ok(out)
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
    path: Path<'j>,
}

impl<'j, 'a> Members<'j, 'a> {
    /// The member `key` if present and not `null`; an error if it is given twice.
    pub(crate) fn optional<'m>(&'m self, key: &'m str) -> Result<Option<Field<'m, 'a>>, ReadError> {
        let mut found = self.members.iter().filter(|(k, _)| k == key).map(|(_, v)| v);
        let value = found.next();
        if found.next().is_some() {
            return Err(at(&self.path, &format!("duplicate field `{key}`")));
        }
        Ok(value.filter(|v| !v.is_null()).map(|value| Field { value, path: Path::Key(&self.path, key) }))
    }

    /// The member `key`, which must be present and not `null`.
    pub(crate) fn required<'m>(&'m self, key: &'m str) -> Result<Field<'m, 'a>, ReadError> {
        self.optional(key)?.ok_or_else(|| self.missing(key))
    }

    /// Why a required member is not there.
    #[cold]
    fn missing(&self, key: &str) -> ReadError {
        match self.members.iter().any(|(k, _)| k == key) {
            true => at(&self.path, &format!("field `{key}` is null")),
            false => at(&self.path, &format!("missing field `{key}`")),
        }
    }

    /// A required string member.
    pub(crate) fn string(&self, key: &str) -> Result<String, ReadError> {
        self.required(key)?.string("a string")
    }

    /// An optional string member (absent or `null`: `None`).
    pub(crate) fn optional_string(&self, key: &str) -> Result<Option<String>, ReadError> {
        self.optional(key)?.map(|m| m.string("a string")).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<(i32, Vec<String>, Option<String>), ReadError> {
        let v = Json::parse(text).unwrap();
        let m = Field::root(&v).object()?;
        let inner = m.required("inner")?.object()?;
        Ok((m.required("n")?.integer("an integer")?, inner.required("list")?.strings("a string")?, m.optional_string("s")?))
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
