//! The one error type of the crate.
//!
//! Bad input to a calendar function is an [`Error`] with a stable [`ErrorCode`]
//! (the `code` property JavaScript callers see) and a message that quotes the
//! offending value. Nothing reachable from the public API panics.

use std::fmt;

/// Stable error codes, shared with the JavaScript API (`err.code`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    /// A malformed or impossible date (`2021-02-30`, `2021-2-3`, `""`).
    InvalidDate,
    /// A date, or a result, outside 1949-10-01 … 2099-12-31.
    OutOfRange,
    /// A number argument that is not an integer (NaN, 2.5, a string).
    InvalidArgument,
    /// A year schedule rejected by [`crate::Calendar::load_year`].
    InvalidCalendar,
    /// An application type id that does not exist.
    UnknownType,
    /// Malformed options of `validate` / `deadlines`.
    InvalidOptions,
    /// A document's status (extended or replaced) rejected by
    /// [`crate::application::DocumentStatus::from_json`].
    InvalidDocumentStatus,
}

impl ErrorCode {
    /// The code as JavaScript sees it: `"invalid_date"`, `"out_of_range"`, ….
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::InvalidDate => "invalid_date",
            ErrorCode::OutOfRange => "out_of_range",
            ErrorCode::InvalidArgument => "invalid_argument",
            ErrorCode::InvalidCalendar => "invalid_calendar",
            ErrorCode::UnknownType => "unknown_type",
            ErrorCode::InvalidOptions => "invalid_options",
            ErrorCode::InvalidDocumentStatus => "invalid_document_status",
        }
    }
}

/// An error: a stable [`ErrorCode`], a message naming the offending value (English,
/// for the developer), and a Chinese message for a page that shows it (a portal's
/// operator loading a holiday schedule, a date field of a deadline calculator):
/// [`Error::message_in`]. Where the raising code gives no Chinese sentence of its own,
/// the code's general one is used — never the English text.
///
/// ```
/// use jincheng_rules::{parse_date, ErrorCode};
/// let err = parse_date("2021-02-30").unwrap_err();
/// assert_eq!(err.code(), ErrorCode::InvalidDate);
/// assert!(err.to_string().contains("2021-02-30"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    code: ErrorCode,
    message: String,
    message_zh: Option<String>,
}

/// The general Chinese sentence of each code, when the raising code has none of its own.
fn general_zh(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::InvalidDate => "日期无效，请按“年-月-日”填写，例如2026-10-15。",
        ErrorCode::OutOfRange => "日期超出可计算的范围（1949年10月1日至2099年12月31日）。",
        ErrorCode::InvalidArgument => "数值无效，请填写整数。",
        ErrorCode::InvalidCalendar => "放假安排有误，未能载入。",
        ErrorCode::UnknownType => "没有这一申请事项类型。",
        ErrorCode::InvalidOptions => "选项设置有误。",
        ErrorCode::InvalidDocumentStatus => "文件延期或替代信息有误，未能载入。",
    }
}

impl Error {
    /// An error with a code and a message; bindings use it for input they reject
    /// before it reaches the core (a number where a date string belongs).
    #[cold]
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Error {
        Error { code, message: message.into(), message_zh: None }
    }

    /// The same error with its Chinese message.
    #[cold]
    pub fn with_zh(self, message_zh: impl Into<String>) -> Error {
        Error { message_zh: Some(message_zh.into()), ..self }
    }

    /// The stable code of this error.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The human-readable message (English, names the offending value).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The message for a page in `locale`: in Chinese, the raising code's own sentence
    /// or the code's general one.
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Locale};
    /// let err = parse_date("2021-02-30").unwrap_err();
    /// assert_eq!(err.message_in(Locale::ZhCn), "日期“2021-02-30”不存在或写法不对，请按“年-月-日”填写，例如2026-10-15。");
    /// ```
    pub fn message_in(&self, locale: crate::text::Locale) -> &str {
        match locale {
            crate::text::Locale::En => &self.message,
            crate::text::Locale::ZhCn => self.message_zh.as_deref().unwrap_or_else(|| general_zh(self.code)),
        }
    }

    /// True for [`ErrorCode::InvalidDate`].
    pub fn is_invalid_date(&self) -> bool {
        self.code == ErrorCode::InvalidDate
    }

    /// True for [`ErrorCode::OutOfRange`].
    pub fn is_out_of_range(&self) -> bool {
        self.code == ErrorCode::OutOfRange
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Quote a user-supplied value for an error message, shortened so that a 1 MB
/// string does not become a 1 MB message.
pub fn quote(value: &str) -> String {
    const MAX: usize = 40;
    let mut out = String::from("\"");
    for (i, c) in value.chars().enumerate() {
        if i == MAX {
            out.push('…');
            break;
        }
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Other control characters (a NUL, an escape) shown, not acted on.
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// [`quote`] in Chinese quotation marks (“…”), for a Chinese message.
pub(crate) fn quote_zh(value: &str) -> String {
    let quoted = quote(value);
    format!("“{}”", crate::util::part(&quoted, 1..quoted.len() - 1))
}

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_escape_what_would_mislead() {
        assert_eq!(super::quote("晋城\"a\\b\n\t\u{0}"), r#""晋城\"a\\b\n\t\u{0}""#);
        assert_eq!(super::quote(&"x".repeat(50)), format!("\"{}…\"", "x".repeat(40)));
        assert_eq!(super::quote_zh("2021-2-3"), "“2021-2-3”");
    }
}
