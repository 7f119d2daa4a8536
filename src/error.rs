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
        }
    }
}

/// An error: a stable [`ErrorCode`] and a message naming the offending value.
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
}

impl Error {
    /// An error with a code and a message; bindings use it for input they reject
    /// before it reaches the core (a number where a date string belongs).
    #[cold]
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Error {
        Error { code, message: message.into() }
    }

    /// The stable code of this error.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The human-readable message (English, names the offending value).
    pub fn message(&self) -> &str {
        &self.message
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

#[cfg(test)]
mod tests {
    #[test]
    fn quotes_escape_what_would_mislead() {
        assert_eq!(super::quote("晋城\"a\\b\n\t\u{0}"), r#""晋城\"a\\b\n\t\u{0}""#);
        assert_eq!(super::quote(&"x".repeat(50)), format!("\"{}…\"", "x".repeat(40)));
    }
}
