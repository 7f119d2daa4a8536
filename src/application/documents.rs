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
    validity_article: Option<&'static str>,
    validity_text: Option<&'static str>,
}

impl Document {
    /// The article that sets the validity term, quoted.
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
pub fn documents() -> &'static [Document] {
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
pub fn by_number(number: &str) -> &'static Document {
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
        let e = read_file(r#"{"documents":[{"number":"n","title":"t","issuer":"i","issued":"d","inForceFrom":"d","validityYears":-1}]}"#);
        assert_eq!(e.err().unwrap().en, "documents[0].validityYears: expected a whole number of years, got a number");
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
