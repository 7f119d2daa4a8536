//! The batch protocol of `validateMany`'s fast path (feature `batch`, the Node build): the
//! exports `__validateManyText`, `__validateManyBytes`, `__validateManyNumbers` in lib.rs.

use std::cell::RefCell;

use jincheng_rules::application as app;
use jincheng_rules::json::WriteJson;

use crate::fast::packed_options;
use crate::calendar;

thread_local! {
    /// The citations the batch has sent the facade, by number (a citation is
    /// static text: its address and length are its identity). The facade keeps the
    /// same table and turns each number back into the citation object.
    static CITED: RefCell<Vec<[(usize, usize); 3]>> = const { RefCell::new(Vec::new()) };
}


/// Write with each citation as a number into the `CITED` table (`write` gets the
/// function that numbers a citation), then close the object opened in `out` with
/// `,"citations":[[n, citation], …]}`: the citations not sent before, each once (a
/// report's citations are most of its text).
fn citing(mut out: String, write: impl FnOnce(&mut String, &mut dyn FnMut(&jincheng_rules::Citation) -> usize)) -> String {
    let mut new = Vec::new();
    CITED.with(|table| {
        let mut table = table.borrow_mut();
        write(&mut out, &mut |c| {
            let key = [c.document, c.article, c.text].map(|s| (s.as_ptr() as usize, s.len()));
            table.iter().position(|k| *k == key).unwrap_or_else(|| {
                table.push(key);
                new.push((table.len() - 1, *c));
                table.len() - 1
            })
        });
    });
    out.push_str(",\"citations\":[");
    for (n, (i, c)) in new.iter().enumerate() {
        out.push_str(if n == 0 { "[" } else { ",[" });
        i.write_json(&mut out);
        out.push(',');
        jincheng_rules::model::write_citation(&mut out, c);
        out.push(']');
    }
    out.push_str("]}");
    out
}

/// The distinct strings of a batch (paths, codes, messages, suggestions), each sent once:
/// a batch's reports refer to them by number. A harness's batch repeats most of its
/// messages (the same fields missing, the same formats wrong), and JSON text of Chinese
/// messages is what costs most to decode and parse on the JS side.
pub(crate) struct Strings {
    /// The strings, one after the other.
    text: String,
    /// Each string's hash, start and length in `text`, by number.
    spans: Vec<(u32, usize, usize)>,
    /// Open addressing by hash: a string's number + 1, or 0 for an empty slot.
    slots: Vec<u32>,
    /// A buffer for text written before it is numbered (an issue's `reads`).
    scratch: String,
    /// The last `reads` list numbered for an issue's (path, code), by their numbers, and
    /// its number: a batch repeats the same few, and comparing a list with the last one
    /// is cheaper than writing its JSON text and looking that up (see [`Strings::reads`]).
    reads: std::collections::HashMap<(usize, usize), (Vec<String>, usize)>,
}

impl Strings {
    fn new() -> Strings {
        Strings { text: String::new(), spans: Vec::new(), slots: vec![0; 256], scratch: String::new(), reads: std::collections::HashMap::new() }
    }

    /// The number of the JSON text of `reads`, the list of an issue of path and code
    /// numbered `key`: when the same list came with the same key before, its number,
    /// without writing the text again (a list is compared, never assumed).
    fn reads(&mut self, key: (usize, usize), reads: &[String]) -> usize {
        if let Some((list, k)) = self.reads.get(&key) {
            if list.as_slice() == reads {
                return *k;
            }
        }
        self.scratch.clear();
        reads.write_json(&mut self.scratch);
        let text = std::mem::take(&mut self.scratch);
        let k = self.number(&text);
        self.scratch = text;
        self.reads.insert(key, (reads.to_vec(), k));
        k
    }

    /// A multiplicative hash over 4 bytes at a time (FxHash's step).
    fn hash(s: &str) -> u32 {
        let mut h: u32 = s.len() as u32;
        let mut chunks = s.as_bytes().chunks_exact(4);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ u32::from_le_bytes([c[0], c[1], c[2], c[3]])).wrapping_mul(0x9E37_79B9);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u32::from(b)).wrapping_mul(0x9E37_79B9);
        }
        h
    }

    /// The number of `s`, added if new.
    fn number(&mut self, s: &str) -> usize {
        let h = Strings::hash(s);
        let mask = self.slots.len() - 1;
        let mut at = h as usize & mask;
        while let Some(&k) = self.slots.get(at).filter(|k| **k != 0) {
            let (kh, start, len) = self.spans[k as usize - 1];
            if kh == h && self.text.as_bytes().get(start..start + len) == Some(s.as_bytes()) {
                return k as usize - 1;
            }
            at = (at + 1) & mask;
        }
        self.spans.push((h, self.text.len(), s.len()));
        self.text.push_str(s);
        self.slots[at] = self.spans.len() as u32;
        if self.spans.len() * 2 > self.slots.len() {
            // Twice the slots, every string placed again.
            self.slots = vec![0; self.slots.len() * 2];
            let mask = self.slots.len() - 1;
            for (k, (h, _, _)) in self.spans.iter().enumerate() {
                let mut at = *h as usize & mask;
                while self.slots[at] != 0 {
                    at = (at + 1) & mask;
                }
                self.slots[at] = k as u32 + 1;
            }
        }
        self.spans.len() - 1
    }

    /// `"strings":[…]`: every string, in order of number.
    fn write(&self, out: &mut String) {
        out.push_str("\"strings\":[");
        for (k, &(_, start, len)) in self.spans.iter().enumerate() {
            if k > 0 {
                out.push(',');
            }
            jincheng_rules::json::write_str(out, self.text.get(start..start + len).unwrap_or(""));
        }
        out.push(']');
    }
}

thread_local! {
    /// The numbers of the last batch, for `__validateManyNumbers`.
    pub(crate) static NUMBERS: RefCell<Vec<f64>> = const { RefCell::new(Vec::new()) };
}

/// One line's report in a batch, as numbers: its line, 1 if valid (else 0), its number
/// of issues, seven numbers per issue — path, code, severity (0 error, 1 warning, 2 info),
/// message, citation, suggestion, and the JSON text of its `reads` (strings and citations
/// by number; -1 for none) — and
/// its deadlines' JSON text by string number (-1 for none). The facade builds the same
/// objects as `validate` returns (tests/validate-many.test.mjs compares them over every
/// case file); no JSON is parsed for the reports' structure.
pub(crate) fn write_compact(numbers: &mut Vec<f64>, r: &app::LineReport, strings: &mut Strings, number: &mut dyn FnMut(&jincheng_rules::Citation) -> usize) {
    let n = |k: usize| k as f64;
    numbers.extend([n(r.line), f64::from(u8::from(r.report.valid)), n(r.report.issues.len())]);
    for i in &r.report.issues {
        // The severity number carries the notice: severity + 4 × (1 late, 2 ineligible, 3 condition).
        let notice = i.notice.map_or(0, |x| x as u8 + 1);
        let (path, code) = (strings.number(&i.path), strings.number(i.code));
        numbers.extend([n(path), n(code), f64::from(i.severity as u8 + 4 * notice)]);
        numbers.push(n(strings.number(&i.message)));
        numbers.push(i.citation.as_ref().map_or(-1.0, |c| n(number(c))));
        numbers.push(i.suggestion.as_deref().map_or(-1.0, |s| n(strings.number(s))));
        // The pointers read, as the JSON text of their list (a batch repeats the same few).
        numbers.push(n(strings.reads((path, code), &i.reads)));
    }
    if r.report.deadlines.is_empty() {
        numbers.push(-1.0);
    } else {
        let mut text = String::from("[");
        for (k, d) in r.report.deadlines.iter().enumerate() {
            if k > 0 {
                text.push(',');
            }
            d.write_json_citing(&mut text, &mut |out, c| number(c).write_json(out));
        }
        text.push(']');
        numbers.push(n(strings.number(&text)));
    }
}

/// A line of a batch: of a string (UTF-8 already, not checked again) or of bytes.
pub(crate) enum Line<'a> {
    Text(&'a str),
    Bytes(&'a [u8]),
}

/// The batch of `__validateManyText` / `__validateManyBytes`, each report written as it
/// is made (no list of reports is kept).
pub(crate) fn validate_many_packed<'a>(
    type_id: &str,
    size: usize,
    options: u32,
    first_line: u32,
    lines: impl Iterator<Item = (usize, Line<'a>)>,
) -> Option<String> {
    let (t, options) = packed_options(type_id, options)?;
    let skip = (first_line as usize).checked_sub(1)?;
    let mut numbers = Vec::with_capacity(size / 64);
    let mut strings = Strings::new();
    let out = citing(String::from("{"), |out, number| {
        calendar(|calendar| {
            for (n, line) in lines {
                let report = match line {
                    Line::Text(json) => app::validate_line_text(t, n.saturating_add(skip), json, &options, calendar),
                    Line::Bytes(json) => app::validate_line(t, n.saturating_add(skip), json, &options, calendar),
                };
                write_compact(&mut numbers, &report, &mut strings, number);
            }
        });
        strings.write(out);
    });
    NUMBERS.with(|n| *n.borrow_mut() = numbers);
    Some(out)
}
