//! A small JSON reader for what the library reads: submissions, calendar years and
//! rule data. It borrows strings from the input (no copy unless a string holds an
//! escape), keeps object members in their order in a vector (a form has tens of keys,
//! so a scan beats hashing), turns a lone surrogate escape (`\uD800`, which
//! JavaScript's `JSON.stringify` can produce) into U+FFFD instead of failing, and
//! stops at a nesting depth limit instead of overflowing the stack.
//!
//! ```
//! use jincheng_rules::json::Json;
//!
//! let v = Json::parse(r#"{"name": "晋城", "level": 3, "tags": ["a\u0062"], "x": "\uD800"}"#).unwrap();
//! assert_eq!(v.get("name").and_then(Json::as_str), Some("晋城"));
//! assert_eq!(v.get("level").and_then(Json::as_i64), Some(3));
//! assert_eq!(v.get("tags").and_then(|t| t.index(0)).and_then(Json::as_str), Some("ab"));
//! assert_eq!(v.get("x").and_then(Json::as_str), Some("\u{FFFD}"));
//! assert!(Json::parse("[1,]").is_err());
//! ```

use std::borrow::Cow;
use std::fmt;

/// The deepest nesting [`Json::parse`] accepts.
pub const MAX_DEPTH: usize = 128;

/// A JSON value borrowing its strings from the text it was read from.
#[derive(Clone, Debug, PartialEq)]
pub enum Json<'a> {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number (as JavaScript reads it: a double).
    Number(f64),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object, members in their order (a repeated key: the last one counts).
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

/// Why a text is not JSON this reader accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParseError {
    /// Not well-formed JSON; the byte offset where reading stopped.
    Syntax(usize),
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseError::Syntax(at) => write!(f, "not valid JSON (at byte {at})"),
            ParseError::TooDeep => write!(f, "nested more than {MAX_DEPTH} levels deep"),
        }
    }
}

impl std::error::Error for ParseError {}

impl ParseError {
    /// The message in Chinese.
    pub fn zh(&self) -> String {
        match self {
            ParseError::Syntax(at) => format!("数据格式无效，不是有效的JSON（第{at}字节处）"),
            ParseError::TooDeep => format!("数据层级过多（超过{MAX_DEPTH}层）"),
        }
    }
}

impl<'a> Json<'a> {
    /// Read a JSON text (whitespace around the value allowed, nothing else after it).
    pub fn parse(text: &'a str) -> Result<Json<'a>, ParseError> {
        let mut r = Reader { s: text, b: text.as_bytes(), i: 0 };
        let v = r.value(0)?;
        r.ws();
        if r.i != r.b.len() {
            return Err(ParseError::Syntax(r.i));
        }
        Ok(v)
    }

    /// A view of a `serde_json::Value` (for Rust callers that hold one), borrowing its strings.
    /// With the feature `serde`.
    #[cfg(any(test, feature = "serde"))]
    pub fn from_serde(v: &'a serde_json::Value) -> Json<'a> {
        use serde_json::Value as V;
        match v {
            V::Null => Json::Null,
            V::Bool(b) => Json::Bool(*b),
            V::Number(n) => Json::Number(n.as_f64().unwrap_or(f64::NAN)),
            V::String(s) => Json::String(Cow::Borrowed(s)),
            V::Array(a) => Json::Array(a.iter().map(Json::from_serde).collect()),
            V::Object(m) => Json::Object(m.iter().map(|(k, v)| (Cow::Borrowed(k.as_str()), Json::from_serde(v))).collect()),
        }
    }

    /// The member `key` of an object (the last one, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        match self {
            // Lengths first: most keys differ in length, and a call per comparison is
            // what the size-optimised wasm would otherwise make.
            Json::Object(members) => {
                members.iter().rev().find(|(k, _)| k.len() == key.len() && k.as_bytes() == key.as_bytes()).map(|(_, v)| v)
            }
            _ => None,
        }
    }

    /// Item `i` of an array.
    pub fn index(&self, i: usize) -> Option<&Json<'a>> {
        self.as_array().and_then(|a| a.get(i))
    }

    /// The string, if this is one.
    #[inline(always)]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number, if this is one.
    #[inline(always)]
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    /// The number if it is a whole number within ±9·10¹⁵ (exact in a double).
    pub fn as_i64(&self) -> Option<i64> {
        self.as_f64().filter(|x| x.fract() == 0.0 && x.abs() < 9.0e15).map(|x| x as i64)
    }

    /// The boolean, if this is one.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The items, if this is an array.
    #[inline(always)]
    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The members, if this is an object.
    #[inline(always)]
    pub fn as_object(&self) -> Option<&[(Cow<'a, str>, Json<'a>)]> {
        match self {
            Json::Object(m) => Some(m),
            _ => None,
        }
    }

    /// `null`?
    #[inline(always)]
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// An object?
    pub fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }

    /// A boolean?
    pub fn is_boolean(&self) -> bool {
        matches!(self, Json::Bool(_))
    }

    /// The value at a JSON Pointer (RFC 6901), `""` being the whole value.
    pub fn pointer(&self, pointer: &str) -> Option<&Json<'a>> {
        let mut v = self;
        if pointer.is_empty() {
            return Some(v);
        }
        for token in pointer.strip_prefix('/')?.split('/') {
            let unescaped;
            let key = if token.as_bytes().contains(&b'~') {
                unescaped = unescape_token(token);
                unescaped.as_str()
            } else {
                token
            };
            v = match v {
                Json::Object(_) => v.get(key)?,
                Json::Array(items) => items.get(array_index(key)?)?,
                _ => return None,
            };
        }
        Some(v)
    }
}

/// A JSON Pointer reference token with `~1` read as `/` and `~0` as `~` (in one pass,
/// which is RFC 6901's order: `~01` is `~1`); a `~` before anything else stays.
fn unescape_token(token: &str) -> String {
    let mut out = String::with_capacity(token.len());
    let mut chars = token.chars();
    while let Some(c) = chars.next() {
        if c != '~' {
            out.push(c);
            continue;
        }
        let mut ahead = chars.clone();
        match ahead.next() {
            Some('1') => out.push('/'),
            Some('0') => out.push('~'),
            _ => {
                out.push('~');
                continue;
            }
        }
        chars = ahead;
    }
    out
}

/// An RFC 6901 array index: `0` or digits without a leading zero.
fn array_index(token: &str) -> Option<usize> {
    if token.is_empty() || (token.len() > 1 && token.starts_with('0')) || !token.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    token.parse().ok()
}

/// The end of the run of bytes from `i` that need nothing done in a string: no quote,
/// no backslash, no control character. Eight bytes at a time (SWAR), then bytewise.
fn plain_run(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let w = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
        let quote = w ^ (ONES * u64::from(b'"'));
        let backslash = w ^ (ONES * u64::from(b'\\'));
        // A zero byte in `quote` or `backslash`, or a byte below 0x20 in `w`.
        let hit = (quote.wrapping_sub(ONES) & !quote) | (backslash.wrapping_sub(ONES) & !backslash) | (w.wrapping_sub(ONES * 0x20) & !w);
        if hit & HIGH != 0 {
            break;
        }
        i += 8;
    }
    while b.get(i).is_some_and(|&c| c != b'"' && c != b'\\' && c >= 0x20) {
        i += 1;
    }
    i
}

/// Where a value lies in a JSON document: a chain on the stack, written out only when a
/// message needs it (a valid submission or data file builds no path string): as a JSON
/// Pointer (`/holidays/2/days/0`, [`Path::render`]) for an issue, as
/// `holidays[2].days[0]` (`Display`) for the data reader's errors.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Path<'p> {
    /// The whole document (`""`).
    Root,
    /// A member of the object at the parent path.
    Key(&'p Path<'p>, &'p str),
    /// An item of the array at the parent path.
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    /// The JSON Pointer.
    pub(crate) fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write(out);
                out.push('/');
                out.push_str(&pointer_token(key));
            }
            Path::Index(parent, i) => {
                parent.write(out);
                out.push('/');
                out.push_str(&i.to_string());
            }
        }
    }
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

/// Escape one JSON Pointer token (RFC 6901).
pub(crate) fn pointer_token(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b == b'~' || b == b'/') {
        name.replace('~', "~0").replace('/', "~1").into()
    } else {
        name.into()
    }
}

/// Write `s` as a JSON string literal (escaping as serde_json does: quote, backslash,
/// control characters), copying runs that need nothing in one go.
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let end = plain_run(b, i);
        out.push_str(crate::util::part(s, i..end));
        let Some(&c) = b.get(end) else { break };
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[usize::from(c >> 4)]));
                out.push(char::from(HEX[usize::from(c & 15)]));
            }
        }
        i = end + 1;
    }
    out.push('"');
}

/// Values the library writes as JSON text itself (what the wasm package returns): the
/// same text their `Serialize` derives give (tests compare the two), without serde's
/// generic machinery in the wasm.
pub trait WriteJson {
    /// Append the JSON text.
    fn write_json(&self, out: &mut String);

    /// The JSON text.
    fn to_json(&self) -> String {
        let mut out = String::new();
        self.write_json(&mut out);
        out
    }
}

/// Write an object from its members, in order.
pub fn write_object(out: &mut String, members: &[(&str, &dyn WriteJson)]) {
    out.push('{');
    for (i, (key, value)) in members.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(out, key);
        out.push(':');
        value.write_json(out);
    }
    out.push('}');
}

impl WriteJson for str {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl WriteJson for String {
    fn write_json(&self, out: &mut String) {
        write_str(out, self);
    }
}

impl<T: WriteJson + ?Sized> WriteJson for &T {
    fn write_json(&self, out: &mut String) {
        (**self).write_json(out);
    }
}

impl WriteJson for bool {
    fn write_json(&self, out: &mut String) {
        out.push_str(if *self { "true" } else { "false" });
    }
}

/// Write an unsigned integer in decimal (no formatter, no allocation: the reports of a
/// batch write several numbers a line).
fn write_u64(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in digits.get(at..).unwrap_or(&[]) {
        out.push(char::from(d));
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl WriteJson for $t {
            fn write_json(&self, out: &mut String) {
                write_u64(out, *self as u64);
            }
        }
    )*};
}
unsigned!(u32, usize);

macro_rules! signed {
    ($($t:ty),*) => {$(
        impl WriteJson for $t {
            fn write_json(&self, out: &mut String) {
                if *self < 0 {
                    out.push('-');
                }
                write_u64(out, i64::from(*self).unsigned_abs());
            }
        }
    )*};
}
signed!(i32, i64);

impl WriteJson for chrono::NaiveDate {
    /// `YYYY-MM-DD`.
    fn write_json(&self, out: &mut String) {
        write_str(out, &self.to_string());
    }
}

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut String) {
        match self {
            Some(v) => v.write_json(out),
            None => out.push_str("null"),
        }
    }
}

impl<T: WriteJson> WriteJson for [T] {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        for (i, v) in self.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            v.write_json(out);
        }
        out.push(']');
    }
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut String) {
        self.as_slice().write_json(out);
    }
}

struct Reader<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn err<T>(&self) -> Result<T, ParseError> {
        Err(ParseError::Syntax(self.i))
    }

    #[inline(always)]
    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.b.get(self.i) {
            self.i += 1;
        }
    }

    #[inline(always)]
    fn eat(&mut self, c: u8) -> bool {
        self.ws();
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &str, v: Json<'a>) -> Result<Json<'a>, ParseError> {
        if self.b[self.i..].starts_with(word.as_bytes()) {
            self.i += word.len();
            Ok(v)
        } else {
            self.err()
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json<'a>, ParseError> {
        self.ws();
        match self.b.get(self.i) {
            Some(b'{') => {
                if depth >= MAX_DEPTH {
                    return Err(ParseError::TooDeep);
                }
                self.i += 1;
                let mut members = Vec::with_capacity(8);
                if self.eat(b'}') {
                    return Ok(Json::Object(members));
                }
                loop {
                    self.ws();
                    if self.b.get(self.i) != Some(&b'"') {
                        return self.err();
                    }
                    let k = self.string()?;
                    if !self.eat(b':') {
                        return self.err();
                    }
                    let v = self.value(depth + 1)?;
                    members.push((k, v));
                    if self.eat(b',') {
                        continue;
                    }
                    if self.eat(b'}') {
                        return Ok(Json::Object(members));
                    }
                    return self.err();
                }
            }
            Some(b'[') => {
                if depth >= MAX_DEPTH {
                    return Err(ParseError::TooDeep);
                }
                self.i += 1;
                let mut items = Vec::with_capacity(4);
                if self.eat(b']') {
                    return Ok(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    if self.eat(b',') {
                        continue;
                    }
                    if self.eat(b']') {
                        return Ok(Json::Array(items));
                    }
                    return self.err();
                }
            }
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => self.err(),
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self.b.get(self.i).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Json<'a>, ParseError> {
        let start = self.i;
        if self.b[self.i] == b'-' {
            self.i += 1;
        }
        match self.b.get(self.i) {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return self.err(),
        }
        if self.b.get(self.i) == Some(&b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return self.err();
            }
        }
        if let Some(b'e' | b'E') = self.b.get(self.i) {
            self.i += 1;
            if let Some(b'+' | b'-') = self.b.get(self.i) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return self.err();
            }
        }
        let text = crate::util::part(self.s, start..self.i);
        // Small integers (every count and level on a form) without the float parser.
        if text.len() <= 15 && !text.contains(['.', 'e', 'E']) {
            let (neg, digits) = text.strip_prefix('-').map_or((false, text), |d| (true, d));
            let n = digits.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
            return Ok(Json::Number(if neg { -(n as f64) } else { n as f64 }));
        }
        // Overflow reads as ±infinity, as in JavaScript.
        Ok(Json::Number(crate::decimal::parse_number(text)))
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let h = self.b.get(at..at + 4)?;
        h.iter().try_fold(0u32, |n, &c| Some(n * 16 + (c as char).to_digit(16)?))
    }

    /// A string starting at the opening quote.
    fn string(&mut self) -> Result<Cow<'a, str>, ParseError> {
        self.i += 1;
        let start = self.i;
        // Fast path: no escape.
        let end = plain_run(self.b, self.i);
        match (end < self.b.len()).then_some(end) {
            Some(end) if self.b[end] == b'"' => {
                self.i = end + 1;
                return Ok(Cow::Borrowed(crate::util::part(self.s, start..end)));
            }
            Some(end) if self.b[end] == b'\\' => self.i = end,
            Some(end) => {
                self.i = end;
                return self.err();
            }
            None => {
                self.i = self.b.len();
                return self.err();
            }
        }
        let mut out = String::from(crate::util::part(self.s, start..self.i));
        loop {
            match self.b.get(self.i) {
                None => return self.err(),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    let c = match self.b.get(self.i + 1) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            let Some(u) = self.hex4(self.i + 2) else { return self.err() };
                            self.i += 6;
                            let c = if (0xD800..0xDC00).contains(&u) {
                                let low = (self.b.get(self.i) == Some(&b'\\') && self.b.get(self.i + 1) == Some(&b'u'))
                                    .then(|| self.hex4(self.i + 2))
                                    .flatten()
                                    .filter(|l| (0xDC00..0xE000).contains(l));
                                match low {
                                    Some(l) => {
                                        self.i += 6;
                                        char::from_u32(0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00))
                                    }
                                    None => None,
                                }
                            } else {
                                char::from_u32(u)
                            };
                            out.push(c.unwrap_or('\u{FFFD}'));
                            continue;
                        }
                        _ => return self.err(),
                    };
                    out.push(c);
                    self.i += 2;
                }
                Some(c) if *c < 0x20 => return self.err(),
                Some(_) => {
                    // Copy the run up to the next quote or backslash (UTF-8 boundaries:
                    // both are ASCII, so the run ends on a character boundary).
                    let run = self.i;
                    self.i = plain_run(self.b, self.i);
                    out.push_str(crate::util::part(self.s, run..self.i));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn integers_written_as_display_writes_them() {
        use super::WriteJson;
        for n in [0i64, 1, -1, 9, 10, -10, 99, 100, 12345, i64::MAX, i64::MIN, i64::from(i32::MIN)] {
            assert_eq!(n.to_json(), n.to_string());
            if let Ok(m) = i32::try_from(n) {
                assert_eq!(m.to_json(), m.to_string());
            }
            if let Ok(m) = u32::try_from(n) {
                assert_eq!(m.to_json(), m.to_string());
                assert_eq!((m as usize).to_json(), m.to_string());
            }
        }
        assert_eq!(u32::MAX.to_json(), u32::MAX.to_string());
    }

    use super::*;

    #[test]
    fn pointer_tokens_unescape_as_the_two_replacements_in_rfc_order() {
        for token in ["a", "~", "~0", "~1", "~01", "~10", "~~1", "~2", "a~", "~~", "x~0~1y", "晋~1城~"] {
            assert_eq!(unescape_token(token), token.replace("~1", "/").replace("~0", "~"), "{token}");
        }
    }

    #[test]
    fn agrees_with_serde_json_on_valid_documents() {
        let docs = [
            r#"{"a":1,"b":[true,false,null],"c":{"d":"e\n\"\\\/\b\f\r\t\u00e9\ud83d\ude00"}}"#,
            "  [ -0, 0.5, 1e3, -2.5E-3, 123456789012345678901234567890, 9007199254740993 ]  ",
            r#""晋城市""#,
            "[]",
            "{}",
            r#"[{"":""}]"#,
        ];
        for d in docs {
            let ours = Json::parse(d).unwrap();
            let theirs: serde_json::Value = serde_json::from_str(d).unwrap();
            assert_eq!(to_serde(&ours), numbers_as_text(theirs), "{d}");
        }
    }

    /// Numbers compared as doubles (serde_json keeps 1000 and 1e3 apart).
    fn to_serde(v: &Json) -> serde_json::Value {
        match v {
            Json::Null => serde_json::Value::Null,
            Json::Bool(b) => (*b).into(),
            Json::Number(n) => serde_json::Value::String(format!("{n:e}")),
            Json::String(s) => s.as_ref().into(),
            Json::Array(a) => a.iter().map(to_serde).collect(),
            Json::Object(m) => m.iter().map(|(k, v)| (k.to_string(), to_serde(v))).collect::<serde_json::Map<_, _>>().into(),
        }
    }

    fn numbers_as_text(v: serde_json::Value) -> serde_json::Value {
        use serde_json::Value as V;
        match v {
            V::Number(n) => V::String(format!("{:e}", n.as_f64().unwrap())),
            V::Array(a) => a.into_iter().map(numbers_as_text).collect(),
            V::Object(m) => m.into_iter().map(|(k, v)| (k, numbers_as_text(v))).collect::<serde_json::Map<_, _>>().into(),
            v => v,
        }
    }

    #[test]
    fn rejects_what_json_rejects() {
        for d in [
            "",
            "[1,]",
            "{\"a\":1,}",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "\"\t\"",
            "\"\\x\"",
            "\"\\u12\"",
            "[1 2]",
            "{1:2}",
            "\"abc",
            "[",
            "{\"a\"}",
            "1 2",
            "NaN",
            "Infinity",
        ] {
            assert!(Json::parse(d).is_err(), "{d:?} accepted");
            assert!(serde_json::from_str::<serde_json::Value>(d).is_err(), "serde accepts {d:?}");
        }
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let v = Json::parse(r#"["\ud800", "a\udc00b", "\ud800\u0041", "\ud83d\ude00"]"#).unwrap();
        let s: Vec<&str> = v.as_array().unwrap().iter().map(|x| x.as_str().unwrap()).collect();
        assert_eq!(s, ["\u{FFFD}", "a\u{FFFD}b", "\u{FFFD}A", "😀"]);
    }

    proptest::proptest! {
        #[test]
        fn strings_read_like_serde_json(s in "\\PC*", ctl in 0u8..0x20) {
            let text = serde_json::to_string(&s).unwrap();
            assert_eq!(Json::parse(&text).unwrap().as_str(), Some(s.as_str()));
            let raw = format!("\"{s}{}\"", char::from(ctl));
            assert_eq!(Json::parse(&raw).is_ok(), serde_json::from_str::<serde_json::Value>(&raw).is_ok());
        }
    }

    #[test]
    fn strings_written_like_serde_json() {
        for s in ["", "plain", "晋城市“引号”", "a\"b\\c\n\r\t\u{8}\u{c}\u{1}\u{1f}d", "\u{7f}😀"] {
            let mut out = String::new();
            write_str(&mut out, s);
            assert_eq!(out, serde_json::to_string(s).unwrap());
        }
    }

    #[test]
    fn depth_limit() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(Json::parse(&ok).is_ok());
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(Json::parse(&deep), Err(ParseError::TooDeep));
        assert_eq!(Json::parse(&"{\"a\":".repeat(100_000)), Err(ParseError::TooDeep));
    }

    #[test]
    fn repeated_keys_last_wins_and_pointers() {
        let v = Json::parse(r#"{"a":1,"a":2,"b":{"c/d":[10,20]},"e~f":3}"#).unwrap();
        assert_eq!(v.get("a").and_then(Json::as_i64), Some(2));
        assert_eq!(v.pointer("/b/c~1d/1").and_then(Json::as_i64), Some(20));
        assert_eq!(v.pointer("/e~0f").and_then(Json::as_i64), Some(3));
        assert_eq!(v.pointer("/b/c~1d/01"), None);
        assert_eq!(v.pointer(""), Some(&v));
        assert_eq!(v.pointer("a"), None);
    }
}
