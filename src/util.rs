//! The ground floor: small helpers every layer may use, which use nothing of the crate.

/// `&s[range]` without a panic path. Every caller's indices are character boundaries by
/// construction (ASCII positions, lengths of prefixes just matched); a wrong one would
/// give an empty text instead of a panic. Slicing a `str` with `[]` links core's
/// char-boundary panic, whose message formats a `char` with `Debug` and so brings the
/// Unicode printable tables into the wasm (~4 KB gzip of the web package's budget).
pub(crate) fn part<R: std::slice::SliceIndex<str, Output = str>>(s: &str, range: R) -> &str {
    s.get(range).unwrap_or_default()
}
