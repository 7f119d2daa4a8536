//! Typed reading of data out of a [`Json`] value (calendar years, documents' statuses),
//! instead of a derived deserializer: each failure names the field path and what was
//! expected (`holidays[2].days[0]: expected a date string (YYYY-MM-DD), got a number`),
//! in English and in Chinese (`holidays[2].days[0]：应为日期（年-月-日），实为数字`): a
//! holiday schedule loaded at run time may be a portal operator's file, read on a page.
//!
//! The rules are those of a derived serde `Deserialize` without options: unknown
//! members are ignored, a known member given twice is an error, an optional member may
//! be absent or `null`, a required one must be present and not `null`.

use std::borrow::Cow;

use crate::json::{Json, Path};
use crate::text::Text;

/// Why a value could not be read: a message naming the field path, in English and in
/// Chinese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ReadError {
    /// `holidays[2].days[0]: expected a date string (YYYY-MM-DD), got a number`.
    pub en: String,
    /// `holidays[2].days[0]：应为日期（年-月-日），实为数字`.
    pub zh: String,
}

/// What the reader expects of a value.
pub(crate) const A_STRING: Text = Text { zh: "文字", en: "a string" };
const AN_ARRAY: Text = Text { zh: "列表", en: "an array" };
const AN_OBJECT: Text = Text { zh: "一组信息（对象）", en: "an object" };

/// What kind of JSON value this is, for an error message (never the value itself).
fn kind(v: &Json) -> Text {
    match v {
        Json::Null => Text { zh: "空值（null）", en: "null" },
        Json::Bool(_) => Text { zh: "是否值（布尔值）", en: "a boolean" },
        Json::Number(_) => Text { zh: "数字", en: "a number" },
        Json::String(_) => Text { zh: "文字", en: "a string" },
        Json::Array(_) => Text { zh: "列表", en: "an array" },
        Json::Object(_) => Text { zh: "一组信息（对象）", en: "an object" },
    }
}

/// `"<path>: <what>"`, or just `what` at the root (in Chinese `"<path>：<what>"`).
#[cold]
fn at(path: &Path, en: &str, zh: &str) -> ReadError {
    match path {
        Path::Root => ReadError { en: en.to_owned(), zh: zh.to_owned() },
        _ => ReadError { en: format!("{path}: {en}"), zh: format!("{path}：{zh}") },
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
    fn expected(&self, what: Text) -> ReadError {
        let got = kind(self.value);
        at(&self.path, &format!("expected {}, got {}", what.en, got.en), &format!("应为{}，实为{}", what.zh, got.zh))
    }

    /// The string; `what` names it in the error (“a string”, “a date string (YYYY-MM-DD)”).
    pub(crate) fn string(&self, what: Text) -> Result<String, ReadError> {
        self.value.as_str().map(str::to_owned).ok_or_else(|| self.expected(what))
    }

    /// A whole number that fits `T`; `what` names it in the error.
    pub(crate) fn integer<T: TryFrom<i64>>(&self, what: Text) -> Result<T, ReadError> {
        self.value.as_i64().and_then(|n| T::try_from(n).ok()).ok_or_else(|| self.expected(what))
    }

    /// Each item of an array, read by `read`.
    pub(crate) fn list<T>(&self, read: impl Fn(Field) -> Result<T, ReadError>) -> Result<Vec<T>, ReadError> {
        let items = self.value.as_array().ok_or_else(|| self.expected(AN_ARRAY))?;
        let mut out = Vec::with_capacity(items.len());
        for (i, value) in items.iter().enumerate() {
            out.push(read(Field { value, path: Path::Index(&self.path, i) })?);
        }
        Ok(out)
    }

    /// [`Field::list`] of at most `max` items: a longer list is an error before any item
    /// is read (a year has 366 days at most: a list of a million is not a schedule).
    pub(crate) fn list_at_most<T>(&self, max: usize, read: impl Fn(Field) -> Result<T, ReadError>) -> Result<Vec<T>, ReadError> {
        if self.value.as_array().is_some_and(|items| items.len() > max) {
            return Err(at(&self.path, &format!("more than {max} items"), &format!("超过{max}项")));
        }
        self.list(read)
    }

    /// A list of at most `max` strings; `what` names one item in the error.
    pub(crate) fn strings(&self, max: usize, what: Text) -> Result<Vec<String>, ReadError> {
        self.list_at_most(max, |item| item.string(what))
    }

    /// The members of an object.
    pub(crate) fn object(&self) -> Result<Members<'j, 'a>, ReadError> {
        let members = self.value.as_object().ok_or_else(|| self.expected(AN_OBJECT))?;
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
            return Err(at(&self.path, &format!("duplicate field `{key}`"), &format!("字段“{key}”出现了两次")));
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
            true => at(&self.path, &format!("field `{key}` is null"), &format!("字段“{key}”不能为空")),
            false => at(&self.path, &format!("missing field `{key}`"), &format!("缺少字段“{key}”")),
        }
    }

    /// A required string member.
    pub(crate) fn string(&self, key: &str) -> Result<String, ReadError> {
        self.required(key)?.string(A_STRING)
    }

    /// An optional string member (absent or `null`: `None`).
    pub(crate) fn optional_string(&self, key: &str) -> Result<Option<String>, ReadError> {
        self.optional(key)?.map(|m| m.string(A_STRING)).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<(i32, Vec<String>, Option<String>), ReadError> {
        let v = Json::parse(text).unwrap();
        let m = Field::root(&v).object()?;
        let inner = m.required("inner")?.object()?;
        let integer = Text { zh: "整数", en: "an integer" };
        Ok((m.required("n")?.integer(integer)?, inner.required("list")?.strings(usize::MAX, A_STRING)?, m.optional_string("s")?))
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
            assert_eq!(read(text).unwrap_err().en, message, "{text}");
        }
        let zh = |text: &str| read(text).unwrap_err().zh;
        assert_eq!(zh("[]"), "应为一组信息（对象），实为列表");
        assert_eq!(zh(r#"{"inner":{"list":[]}}"#), "缺少字段“n”");
        assert_eq!(zh(r#"{"n":1,"inner":{"list":["a",true]}}"#), "inner.list[1]：应为文字，实为是否值（布尔值）");
    }
}
