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

/// A document as the data file states it (dates as text).
#[cfg_attr(test, derive(Debug, PartialEq))]
struct Raw {
    number: String,
    title: String,
    issuer: String,
    issued: String,
    in_force_from: String,
    in_force_article: String,
    in_force_text: String,
    validity_years: Option<u32>,
    validity_article: Option<String>,
    validity_text: Option<String>,
    in_force_until: Option<String>,
}

impl Raw {
    /// Read one item of `documents`.
    fn read(field: Field) -> Result<Raw, ReadError> {
        let m = field.object()?;
        Ok(Raw {
            number: m.string("number")?,
            title: m.string("title")?,
            issuer: m.string("issuer")?,
            issued: m.string("issued")?,
            in_force_from: m.string("inForceFrom")?,
            in_force_article: m.string("inForceArticle")?,
            in_force_text: m.string("inForceText")?,
            validity_years: m.optional("validityYears")?.map(|n| n.integer(crate::model::Text { zh: "整数年数", en: "a whole number of years" })).transpose()?,
            validity_article: m.optional_string("validityArticle")?,
            validity_text: m.optional_string("validityText")?,
            in_force_until: m.optional_string("inForceUntil")?,
        })
    }
}

/// The documents of the data file `{"documents": [...]}`.
fn read_file(text: &str) -> Result<Vec<Raw>, ReadError> {
    let json = Json::parse(text).map_err(|e| ReadError::new(e.to_string(), e.zh()))?;
    Field::root(&json).object()?.required("documents")?.list(Raw::read)
}

/// Citations hold `&'static str`: the handful of document strings they quote are
/// leaked once, when the data file is read (see [`documents`]), and kept for the life
/// of the program.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn date(s: &str) -> NaiveDate {
    // The data file is checked by a unit test; a malformed date can only come from
    // an edited file and falls back to the first supported day rather than panicking.
    crate::date::parse_date(s).unwrap_or(crate::date::FIRST_DAY)
}

/// The data file, compacted when compiled (its `about` stays in the file only).
const DATA: &str = crate::compact::compacted!("../../data/documents.json", ["about"]);

/// All documents.
pub(crate) fn documents() -> &'static [Document] {
    static DOCS: OnceLock<Vec<Document>> = OnceLock::new();
    DOCS.get_or_init(|| {
        read_file(DATA)
            .unwrap_or_default()
            .into_iter()
            .map(|r| Document {
                issued: date(&r.issued),
                in_force_from: date(&r.in_force_from),
                in_force_until: r.in_force_until.as_deref().map(date),
                validity_years: r.validity_years,
                cited_number: leak(r.number.clone()),
                in_force_article: leak(r.in_force_article),
                in_force_text: leak(r.in_force_text),
                validity_article: r.validity_article.map(leak),
                validity_text: r.validity_text.map(leak),
                number: r.number,
                title: r.title,
                issuer: r.issuer,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_reads() {
        assert_eq!(read_file(DATA).unwrap().len(), documents().len());
        let file = include_str!("../../data/documents.json");
        assert_eq!(read_file(file).unwrap(), read_file(DATA).unwrap());
        assert!(!documents().is_empty());
        let e = read_file(
            r#"{"documents":[{"number":"n","title":"t","issuer":"i","issued":"d","inForceFrom":"d","inForceArticle":"a","inForceText":"x","validityYears":-1}]}"#,
        );
        assert_eq!(e.err().unwrap().en, "documents[0].validityYears: expected a whole number of years, got a number");
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
