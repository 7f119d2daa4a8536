//! The regulations, with their dates in force (`data/documents.json`).

use std::sync::OnceLock;

use chrono::NaiveDate;

use crate::json::Json;
use crate::model::Citation;
use crate::read::{Field, ReadError};

/// A regulation that defines application types.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Document number, e.g. `晋市政发〔2021〕23号`.
    pub number: String,
    /// Title.
    pub title: String,
    /// Issuing body.
    pub issuer: String,
    /// Date issued.
    pub issued: NaiveDate,
    /// First day in force.
    pub in_force_from: NaiveDate,
    /// Last day in force (a validity term, periods.md R10), if it has one.
    pub in_force_until: Option<NaiveDate>,
    /// Validity term in years.
    pub validity_years: Option<u32>,
    /// The number as a citation quotes it.
    cited_number: &'static str,
    in_force_article: &'static str,
    in_force_text: &'static str,
    validity_article: Option<&'static str>,
    validity_text: Option<&'static str>,
}

impl Document {
    /// What sets the first day in force, quoted: the document's 施行/实施 clause, or
    /// where it has none its date of issue (落款 or cover notice).
    ///
    /// ```
    /// use jincheng_rules::application_type;
    /// // 43号 has no 施行 clause: its first day is its date of issue (落款).
    /// let c = application_type("mlps-filing")?.document().in_force_citation().unwrap();
    /// assert_eq!(c.document, "晋市政办〔2021〕43号");
    /// assert!(!c.text.is_empty());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn in_force_citation(&self) -> Option<Citation> {
        (!self.in_force_text.is_empty()).then_some(Citation {
            document: self.cited_number,
            article: self.in_force_article,
            text: self.in_force_text,
        })
    }

    /// The article that sets the validity term, quoted.
    ///
    /// ```
    /// use jincheng_rules::application_type;
    /// let c = application_type("scitech-project-application")?.document().validity_citation().unwrap();
    /// assert_eq!(c.document, "晋市政办〔2021〕42号");
    /// assert!(c.text.contains("有效期五年"));
    /// // A document with no term has none:
    /// assert!(application_type("energy-review")?.document().validity_citation().is_none());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn validity_citation(&self) -> Option<Citation> {
        Some(Citation { document: self.cited_number, article: self.validity_article?, text: self.validity_text? })
    }
}

/// A document as `build.rs` compiles it from `data/documents.json` (its `about` stays in
/// the file): no JSON is read at run time, and the quoted clauses are `&'static str`.
struct Builtin {
    number: &'static str,
    title: &'static str,
    issuer: &'static str,
    issued: NaiveDate,
    in_force_from: NaiveDate,
    in_force_until: Option<NaiveDate>,
    validity_years: Option<u32>,
    in_force_article: &'static str,
    in_force_text: &'static str,
    validity_article: Option<&'static str>,
    validity_text: Option<&'static str>,
}

/// A date of the data file: an impossible one fails the build (a panic in a constant).
const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("data/documents.json: no such date"),
    }
}

const BUILTIN: &[Builtin] = include!(concat!(env!("OUT_DIR"), "/documents.rs"));

/// All documents.
pub(crate) fn documents() -> &'static [Document] {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCS.get_or_init(|| {
        BUILTIN
            .iter()
            .map(|b| Document {
                number: b.number.to_owned(),
                title: b.title.to_owned(),
                issuer: b.issuer.to_owned(),
                issued: b.issued,
                in_force_from: b.in_force_from,
                in_force_until: b.in_force_until,
                validity_years: b.validity_years,
                cited_number: b.number,
                in_force_article: b.in_force_article,
                in_force_text: b.in_force_text,
                validity_article: b.validity_article,
                validity_text: b.validity_text,
            })
            .collect()
    })
}

/// The document with this number. Every application type names a document of the
/// data file (checked by a unit test); only a wrongly edited data file could make
/// this fall back to an empty document, which that test reports.
pub(crate) fn by_number(number: &str) -> &'static Document {
    static MISSING: OnceLock<Document> = OnceLock::new();
    documents().iter().find(|d| d.number == number).unwrap_or_else(|| {
        MISSING.get_or_init(|| Document {
            number: String::new(),
            title: String::new(),
            issuer: String::new(),
            issued: crate::date::FIRST_DAY,
            in_force_from: crate::date::FIRST_DAY,
            in_force_until: None,
            validity_years: None,
            cited_number: "",
            in_force_article: "",
            in_force_text: "",
            validity_article: None,
            validity_text: None,
        })
    })
}

/// What became of a document after its validity term: its term was extended, or a
/// successor replaced it. The library cannot know either (they are later notices), so a
/// status is data: committed by maintainers in `data/document-status.json`, or loaded at
/// run time by a portal's operator (`loadDocumentStatus` in the npm package; in Rust,
/// [`DocumentStatus::from_json`] and [`crate::Options::document_status`]). With a status,
/// `document.expired` gives way to a note citing the extending (or replacing) document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentStatus {
    /// The number of the document whose term ended, e.g. `晋市政办〔2021〕42号`.
    pub document: String,
    /// Extended or replaced.
    pub kind: StatusKind,
    /// For an extension, its new last day in force; `None`: until further notice.
    /// Always `None` for a replacement.
    pub until: Option<NaiveDate>,
    /// The extending or replacing document's title.
    pub by_title: String,
    /// Its date.
    pub by_date: NaiveDate,
    /// Its number, the article and the quoted clause that extends or replaces.
    pub by: Citation,
}

/// What a [`DocumentStatus`] says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusKind {
    /// `extended`: the term runs on (until a day, or until further notice).
    Extended,
    /// `replaced`: a successor document governs.
    Replaced,
}

fn status_error(en: String, zh: String) -> crate::Error {
    crate::Error::new(crate::ErrorCode::InvalidDocumentStatus, format!("invalid document status: {en}")).with_zh(format!("文件延期或替代信息未能载入：{zh}。"))
}

const DATE: crate::model::Text = crate::model::Text { zh: "日期文字（年-月-日，如2026-11-20）", en: "a date string (YYYY-MM-DD)" };

impl DocumentStatus {
    /// Read and check one status, as JSON text:
    /// `{"document", "status": "extended" | "replaced", "until"?, "by": {"number", "title",
    /// "date", "article", "text"}}`. The document must be one of the library's with a
    /// validity term; an extension's `until` (absent: until further notice) must lie after
    /// the term's last day; a replacement has no `until`; every text of `by` is non-empty.
    ///
    /// # Errors
    ///
    /// `invalid_document_status`, naming the field and the fault (English and Chinese).
    ///
    /// ```
    /// use jincheng_rules::{application::DocumentStatus, ErrorCode};
    /// let s = DocumentStatus::from_json(r#"{"document": "晋市政办〔2021〕42号", "status": "extended", "until": "2027-12-01",
    ///   "by": {"number": "示例〔2026〕1号", "title": "示例通知", "date": "2026-11-20", "article": "一", "text": "有效期延长至2027年12月1日。"}}"#)?;
    /// assert_eq!(s.until.unwrap().to_string(), "2027-12-01");
    /// let e = DocumentStatus::from_json(r#"{"document": "晋市审管发〔2021〕27号", "status": "extended", "by": {"number": "n", "title": "t", "date": "2026-11-20", "article": "a", "text": "x"}}"#).unwrap_err();
    /// assert_eq!(e.code(), ErrorCode::InvalidDocumentStatus);   // 27号 has no validity term
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<DocumentStatus, crate::Error> {
        let json = Json::parse(text).map_err(|e| status_error(e.to_string(), e.zh()))?;
        let raw = RawStatus::read(Field::root(&json)).map_err(|e| status_error(e.en, e.zh))?;
        raw.check()
    }
}

/// Citations hold `&'static str`: the three strings a status quotes (its `by`) are leaked
/// when the status is read, and kept for the life of the program (a portal loads a handful).
fn leak(s: String) -> &'static str {
    // String::leak, not Box::leak(into_boxed_str()): no shrinking reallocation (and its
    // code) for a handful of strings kept for the life of the program.
    s.leak()
}

/// A status as the data states it (dates as text).
struct RawStatus {
    document: String,
    status: String,
    until: Option<String>,
    by_number: String,
    by_title: String,
    by_date: String,
    by_article: String,
    by_text: String,
}

impl RawStatus {
    fn read(field: Field) -> Result<RawStatus, ReadError> {
        let m = field.object()?;
        let by = m.required("by")?;
        let b = by.object()?;
        Ok(RawStatus {
            document: m.string("document")?,
            status: m.string("status")?,
            until: m.optional("until")?.map(|f| f.string(DATE)).transpose()?,
            by_number: b.string("number")?,
            by_title: b.string("title")?,
            by_date: b.required("date")?.string(DATE)?,
            by_article: b.string("article")?,
            by_text: b.string("text")?,
        })
    }

    fn check(self) -> Result<DocumentStatus, crate::Error> {
        let doc = documents().iter().find(|d| d.number == self.document).ok_or_else(|| {
            status_error(format!("document: no document numbered {}", crate::quote(&self.document)), format!("document：没有文号为“{}”的文件", self.document))
        })?;
        let Some(term_end) = doc.in_force_until else {
            return Err(status_error(
                format!("document: {} has no validity term to extend or end", doc.number),
                format!("document：{}没有有效期，无须延期或替代", doc.number),
            ));
        };
        let kind = match self.status.as_str() {
            "extended" => StatusKind::Extended,
            "replaced" => StatusKind::Replaced,
            other => {
                return Err(status_error(
                    format!("status: expected \"extended\" or \"replaced\", got {}", crate::quote(other)),
                    format!("status：应为“extended”（延期）或“replaced”（替代），实为“{other}”"),
                ))
            }
        };
        let day = |what: &str, s: &str| {
            crate::date::parse_date(s).map_err(|_| status_error(format!("{what}: {} is not a date (YYYY-MM-DD)", crate::quote(s)), format!("{what}：“{s}”不是有效日期（年-月-日）")))
        };
        let until = self.until.as_deref().map(|u| day("until", u)).transpose()?;
        match (kind, until) {
            (StatusKind::Replaced, Some(_)) => {
                return Err(status_error("until: a replaced document has no new last day".to_owned(), "until：被替代的文件没有新的有效期".to_owned()))
            }
            (StatusKind::Extended, Some(u)) if u <= term_end => {
                return Err(status_error(
                    format!("until: {u} is not after the term's last day, {term_end}"),
                    format!("until：{u}不晚于原有效期的最后一日{term_end}"),
                ))
            }
            _ => {}
        }
        let by_date = day("by.date", &self.by_date)?;
        for (key, v) in [("by.number", &self.by_number), ("by.title", &self.by_title), ("by.article", &self.by_article), ("by.text", &self.by_text)] {
            if v.trim().is_empty() {
                return Err(status_error(format!("{key}: empty"), format!("{key}：不能为空")));
            }
        }
        Ok(DocumentStatus {
            document: doc.number.clone(),
            kind,
            until,
            by_title: self.by_title,
            by_date,
            by: Citation { document: leak(self.by_number), article: leak(self.by_article), text: leak(self.by_text) },
        })
    }
}

/// The statuses maintainers committed (`data/document-status.json`): only extensions or
/// replacements found in published sources, each quoting its clause. Empty while none is
/// known; an edited file that does not read is reported by a unit test (and gives none).
pub(crate) fn committed_statuses() -> &'static [DocumentStatus] {
    static STATUSES: OnceLock<Vec<DocumentStatus>> = OnceLock::new();
    STATUSES.get_or_init(|| read_statuses(STATUS_DATA).unwrap_or_default())
}

/// The committed statuses as build.rs writes them: the file without its `about` and whitespace.
const STATUS_DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/document_status.json"));

fn read_statuses(text: &str) -> Result<Vec<DocumentStatus>, crate::Error> {
    let json = Json::parse(text).map_err(|e| status_error(e.to_string(), e.zh()))?;
    let root = Field::root(&json);
    let list = root.object().and_then(|m| m.required("statuses")?.list(RawStatus::read)).map_err(|e| status_error(e.en, e.zh))?;
    // A loop, not `.map(RawStatus::check).collect::<Result<Vec<_>, _>>()`: the same
    // result without the iterator adapters' code in the wasm.
    let mut out = Vec::with_capacity(list.len());
    for raw in list {
        out.push(raw.check()?);
    }
    Ok(out)
}

/// The status of a document: the one an operator loaded (the last for that document),
/// else the committed one.
pub(crate) fn status_of<'a>(number: &str, loaded: &'a [DocumentStatus]) -> Option<&'a DocumentStatus> {
    loaded.iter().rev().find(|s| s.document == number).or_else(|| committed_statuses().iter().find(|s| s.document == number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_statuses_read() {
        // Only extensions found in published sources; none is known yet, and the file
        // must still read.
        let file = include_str!("../../data/document-status.json");
        assert_eq!(read_statuses(file).unwrap().len(), committed_statuses().len());
    }

    #[test]
    fn a_status_is_checked_and_each_fault_named() {
        let by = r#""by": {"number": "示例〔2026〕1号", "title": "示例通知", "date": "2026-11-20", "article": "一", "text": "有效期延长。"}"#;
        let ok = DocumentStatus::from_json(&format!(r#"{{"document": "晋市政发〔2021〕23号", "status": "replaced", {by}}}"#)).unwrap();
        assert_eq!((ok.kind, ok.until, ok.by.document), (StatusKind::Replaced, None, "示例〔2026〕1号"));
        let bad = [
            (r#"{"document": "x", "status": "extended", BY}"#, "no document numbered \"x\""),
            (r#"{"document": "晋市政发〔2021〕23号", "status": "prolonged", BY}"#, "status: expected"),
            (r#"{"document": "晋市政发〔2021〕23号", "status": "extended", "until": "2023-11-30", BY}"#, "not after the term's last day"),
            (r#"{"document": "晋市政发〔2021〕23号", "status": "replaced", "until": "2025-01-01", BY}"#, "a replaced document has no new last day"),
            (r#"{"document": "晋市政发〔2021〕23号", "status": "extended", "until": "2025-02-30", BY}"#, "until: \"2025-02-30\" is not a date"),
            (r#"{"document": "晋市政发〔2021〕23号", "status": "extended"}"#, "missing field `by`"),
            (r#"{"document": "晋市政发〔2021〕23号", "status": "extended", "by": {"number": "", "title": "t", "date": "2026-01-01", "article": "a", "text": "x"}}"#, "by.number: empty"),
            (r#"[]"#, "expected an object"),
        ];
        for (text, want) in bad {
            let e = DocumentStatus::from_json(&text.replace("BY", by)).unwrap_err();
            assert_eq!(e.code(), crate::ErrorCode::InvalidDocumentStatus, "{text}");
            assert!(e.message().contains(want), "{text}: {}", e.message());
            assert!(e.message_in(crate::Locale::ZhCn).starts_with("文件延期或替代信息未能载入："), "{}", e.message_in(crate::Locale::ZhCn));
        }
    }

    #[test]
    fn the_data_file_is_compiled_whole() {
        // build.rs wrote every document of the file, each member where it belongs.
        let file: serde_json::Value = serde_json::from_str(include_str!("../../data/documents.json")).unwrap();
        let file = file["documents"].as_array().unwrap();
        assert!(!documents().is_empty());
        assert_eq!(file.len(), documents().len());
        let day = |d: Option<NaiveDate>| d.map(|d| d.to_string());
        for (f, d) in file.iter().zip(documents()) {
            let text = |key: &str| f[key].as_str().map(str::to_owned);
            assert_eq!([text("number"), text("title"), text("issuer")], [Some(d.number.clone()), Some(d.title.clone()), Some(d.issuer.clone())]);
            assert_eq!([text("issued"), text("inForceFrom"), text("inForceUntil")], [day(Some(d.issued)), day(Some(d.in_force_from)), day(d.in_force_until)]);
            assert_eq!(f["validityYears"].as_u64(), d.validity_years.map(u64::from), "{}", d.number);
            assert_eq!([text("inForceArticle"), text("inForceText")], [Some(d.in_force_article.to_owned()), Some(d.in_force_text.to_owned())]);
            assert_eq!([text("validityArticle"), text("validityText")], [d.validity_article.map(str::to_owned), d.validity_text.map(str::to_owned)]);
            assert_eq!(d.cited_number, d.number);
        }
    }

    #[test]
    fn every_document_cites_its_first_day_in_force() {
        // Each document's start is checked (document.not_yet_in_force), so each names
        // what sets it: its own clause, or its date of issue where it has none.
        for d in documents() {
            let c = d.in_force_citation().unwrap_or_else(|| panic!("{}: no inForceText", d.number));
            assert!(!c.article.is_empty(), "{}", d.number);
            let (y, m, day) = (d.in_force_from.format("%Y"), d.in_force_from.format("%-m"), d.in_force_from.format("%-d"));
            let written = format!("{y}年{m}月{day}日");
            assert!(c.text.contains(&written) || c.text.contains("颁布之日"), "{}: {} does not name {written}", d.number, c.text);
        }
        assert_eq!(by_number("晋市审管发〔2021〕30号").in_force_citation().unwrap().article, "一");
    }

    #[test]
    fn in_force_until_follows_r10() {
        // R10: the last valid day is (first day + N years) − 1 day.
        for d in documents() {
            let Some(years) = d.validity_years else {
                assert!(d.in_force_until.is_none(), "{}: a last day in force needs its validity term", d.number);
                continue;
            };
            let computed = crate::add_months(d.in_force_from, i64::from(years) * 12).unwrap().pred_opt().unwrap();
            assert_eq!(d.in_force_until, Some(computed), "{}", d.number);
            assert!(d.validity_citation().is_some());
        }
        assert_eq!(by_number("晋市政发〔2021〕23号").in_force_until.unwrap().to_string(), "2023-11-30");
        assert_eq!(by_number("晋市政办〔2021〕42号").in_force_until.unwrap().to_string(), "2026-12-01");
        // 46号 第十一条: “自颁布之日起实施，有效期2年”, issued 2021-12-17.
        assert_eq!(by_number("晋市政办〔2021〕46号").in_force_until.unwrap().to_string(), "2023-12-16");
        assert!(by_number("晋市审管发〔2021〕27号").in_force_until.is_none());
        assert!(by_number("晋市审管发〔2021〕42号").in_force_until.is_none());
    }
}
