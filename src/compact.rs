//! Built-in JSON data made smaller when the crate is compiled: whitespace between
//! tokens goes, and so do the members that the library never reads (a year's notice
//! and the quoted notice lines, a file's `about`), so that the wasm carries only what
//! is used. The data files stay as they are; a malformed file fails the build.
//!
//! [`compacted!`] gives the compacted text of an included file as a `&'static str`.

/// A JSON text compacted into `N` bytes (`N` at least its compacted length) and the
/// compacted length: ASCII whitespace outside strings and every member whose key is one
/// of `drop` (at any depth, with its value and one comma) are left out.
pub(crate) const fn compact<const N: usize>(text: &[u8], drop: &[&str]) -> ([u8; N], usize) {
    let mut out = [0u8; N];
    let (mut i, mut j) = (0, 0);
    while i < text.len() {
        let b = text[i];
        if b == b'"' {
            let end = string_end(text, i);
            let after = skip_whitespace(text, end);
            if after < text.len() && text[after] == b':' && is_dropped(text, i + 1, end - 1, drop) {
                i = skip_whitespace(text, value_end(text, skip_whitespace(text, after + 1)));
                if i < text.len() && text[i] == b',' {
                    i += 1;
                } else if j > 0 && out[j - 1] == b',' {
                    j -= 1;
                }
                continue;
            }
            while i < end {
                out[j] = text[i];
                (i, j) = (i + 1, j + 1);
            }
        } else if b.is_ascii_whitespace() {
            i += 1;
        } else {
            out[j] = b;
            (i, j) = (i + 1, j + 1);
        }
    }
    (out, j)
}

/// The first `M` bytes of `bytes`.
pub(crate) const fn prefix<const M: usize, const N: usize>(bytes: &[u8; N]) -> [u8; M] {
    let mut out = [0u8; M];
    let mut i = 0;
    while i < M {
        out[i] = bytes[i];
        i += 1;
    }
    out
}

/// The text as a `str` (compacting keeps UTF-8 whole: it drops only ASCII bytes
/// outside strings, and whole members).
pub(crate) const fn as_str(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(_) => panic!("compacted JSON is not UTF-8"),
    }
}

/// The index just past the string that starts (with its quote) at `i`.
const fn string_end(text: &[u8], i: usize) -> usize {
    let mut k = i + 1;
    while text[k] != b'"' {
        k += if text[k] == b'\\' { 2 } else { 1 };
    }
    k + 1
}

/// The first index from `i` that is not ASCII whitespace.
const fn skip_whitespace(text: &[u8], mut i: usize) -> usize {
    while i < text.len() && text[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

/// The index just past the value that starts at `i`.
const fn value_end(text: &[u8], i: usize) -> usize {
    match text[i] {
        b'"' => string_end(text, i),
        b'{' | b'[' => {
            let (mut k, mut depth) = (i, 0);
            loop {
                match text[k] {
                    b'"' => k = string_end(text, k),
                    b'{' | b'[' => (k, depth) = (k + 1, depth + 1),
                    b'}' | b']' => {
                        (k, depth) = (k + 1, depth - 1);
                        if depth == 0 {
                            return k;
                        }
                    }
                    _ => k += 1,
                }
            }
        }
        _ => {
            let mut k = i;
            while k < text.len() && !matches!(text[k], b',' | b'}' | b']') && !text[k].is_ascii_whitespace() {
                k += 1;
            }
            k
        }
    }
}

/// Whether `text[from..to]` (a key without its quotes) is one of `drop`.
const fn is_dropped(text: &[u8], from: usize, to: usize, drop: &[&str]) -> bool {
    let mut d = 0;
    while d < drop.len() {
        let key = drop[d].as_bytes();
        if key.len() == to - from {
            let mut k = 0;
            while k < key.len() && key[k] == text[from + k] {
                k += 1;
            }
            if k == key.len() {
                return true;
            }
        }
        d += 1;
    }
    false
}

/// The compacted text of a JSON file (path relative to the calling file), without
/// the members named, as a `&'static str` constant.
macro_rules! compacted {
    ($path:literal, [$($drop:literal),*]) => {{
        const TEXT: &[u8] = include_bytes!($path);
        const FULL: ([u8; TEXT.len()], usize) = $crate::compact::compact(TEXT, &[$($drop),*]);
        const BYTES: [u8; FULL.1] = $crate::compact::prefix(&FULL.0);
        $crate::compact::as_str(&BYTES)
    }};
}
pub(crate) use compacted;

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, drop: &[&str]) -> String {
        let (bytes, n) = compact::<256>(text.as_bytes(), drop);
        as_str(&bytes[..n]).to_owned()
    }

    #[test]
    fn drops_whitespace_and_the_members_named() {
        let text = r#" { "a" : [1, 2 , {"q": "x, \"y\"", "b": true}], "q": {"n": [1, {"q": 2}]} , "s": "k e y" , "q":null } "#;
        assert_eq!(run(text, &[]), r#"{"a":[1,2,{"q":"x, \"y\"","b":true}],"q":{"n":[1,{"q":2}]},"s":"k e y","q":null}"#);
        assert_eq!(run(text, &["q"]), r#"{"a":[1,2,{"b":true}],"s":"k e y"}"#);
        assert_eq!(run(r#"{"q":1}"#, &["q"]), "{}");
        assert_eq!(run(r#"["q", "q"]"#, &["q"]), r#"["q","q"]"#);
        assert_eq!(run(r#"{"x":"晋城","qq":-1.5e3}"#, &["q"]), r#"{"x":"晋城","qq":-1.5e3}"#);
    }
}
