//! One year's official schedule (国务院办公厅关于X年部分节假日安排的通知), as data.
//!
//! The built-in years live in `data/calendar/<year>.json`; a portal adds a year at
//! run time in the same shape (`loadCalendarYear`). Both go through
//! [`YearSchedule::check`], so the data files obey exactly the rules that run-time
//! input obeys.

use chrono::{Datelike, NaiveDate, Weekday};

use std::borrow::Cow;

use crate::date::{FIRST_DAY, LAST_DAY};
use crate::error::{quote, Error, ErrorCode};
use crate::text::Text;
use crate::json::Json;
use crate::read::{Field, ReadError};

/// The State Council General Office notice a schedule comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Notice {
    /// Document number, e.g. `国办发明电〔2025〕7号`.
    pub number: String,
    /// Title, e.g. `国务院办公厅关于2026年部分节假日安排的通知`.
    pub title: String,
    /// Date issued, `YYYY-MM-DD`.
    pub issued: String,
    /// Where the text is published.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub url: Option<String>,
}

/// One holiday of a schedule: its Chinese name and every day off (放假) it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct HolidayEntry {
    /// The festival's Chinese name as the notice heads it (`春节`, `国庆节、中秋节`).
    pub name: String,
    /// Every day off, `YYYY-MM-DD`, including weekend days inside the block.
    pub days: Vec<String>,
    /// The notice's line for this holiday, quoted.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub quote: Option<String>,
    /// Set when this block comes from another year's notice (2022-12-31 is in the
    /// 2023 notice).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub source: Option<String>,
}

/// A year's official schedule: the input of `loadCalendarYear` and of the data files.
///
/// ```
/// use jincheng_rules::{Calendar, HolidayEntry, YearSchedule};
/// let json = r#"{"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知",
///   "holidays": [{"name": "元旦", "days": ["2027-01-01", "2027-01-02", "2027-01-03"]}],
///   "makeupWorkdays": []}"#;
/// let schedule = YearSchedule::from_json(json)?;
/// let mut cal = Calendar::official();
/// // Only 元旦: 春节 and the other statutory days off are missing, so loading refuses it.
/// assert!(cal.load_year(schedule.clone()).is_err());
/// let mut schedule = schedule;
/// for (name, days) in [("春节", &["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"][..]), ("清明节", &["2027-04-05"]),
///     ("劳动节", &["2027-05-01", "2027-05-02"]), ("端午节", &["2027-06-09"]), ("中秋节", &["2027-09-15"]),
///     ("国庆节", &["2027-10-01", "2027-10-02", "2027-10-03"])] {
///     schedule.holidays.push(HolidayEntry { name: name.into(), days: days.iter().map(|d| d.to_string()).collect(), quote: None, source: None });
/// }
/// cal.load_year(schedule)?;
/// assert!(cal.coverage().years.contains(&2027));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct YearSchedule {
    /// The calendar year (every listed day lies in it).
    pub year: i32,
    /// The notice, in words (title, number, date).
    pub source: String,
    /// The notice's number, title and date, when known.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub notice: Option<Notice>,
    /// The holidays with their days off.
    pub holidays: Vec<HolidayEntry>,
    /// Weekend days made working days (调休上班).
    pub makeup_workdays: Vec<String>,
}

/// A schedule whose dates are parsed and whose rules are checked: what the calendar
/// keeps of it (a built-in year borrows its texts from the constants of build.rs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CheckedYear {
    pub year: i32,
    pub source: Cow<'static, str>,
    /// Each day off with its index into `holidays`, in date order (a sorted vector
    /// rather than a map: a year has a few dozen days off, and no map code in the wasm).
    pub rest: Vec<(NaiveDate, usize)>,
    pub makeup: Vec<NaiveDate>,
    pub holidays: Vec<CheckedHoliday>,
}

impl CheckedYear {
    /// `invalid_calendar` naming the first statutory day off (《全国年节及纪念日放假办法》)
    /// that the schedule does not give as a day off (within the supported range: 1949's
    /// 元旦 lies before 1949-10-01, where no schedule applies).
    pub(crate) fn covers_statutory_days(&self, law: &[super::statutory::StatutoryDay]) -> Result<(), Error> {
        match law.iter().find(|s| s.date >= crate::date::FIRST_DAY && !self.rest.iter().any(|(d, _)| *d == s.date)) {
            None => Ok(()),
            Some(s) => Err(invalid(
                format!("{} ({}) is a statutory day off but not a holiday day of {}: list every festival of the notice", s.date, s.name, self.year),
                format!("{}（{}）是法定节假日，未列入{}年的放假日期，请按通知列出全部节日", s.date, s.name, self.year),
            )),
        }
    }
}

/// A holiday of a checked schedule: its name, and the notice it comes from when not the
/// year's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct CheckedHoliday {
    pub name: Cow<'static, str>,
    pub source: Option<Cow<'static, str>>,
}

/// An `invalid_calendar` error, in English and in Chinese (a portal's operator may load
/// a year's file on a page and read why it was refused).
fn invalid(en: String, zh: String) -> Error {
    Error::new(ErrorCode::InvalidCalendar, en).with_zh(format!("放假安排未能载入：{zh}。"))
}

fn unreadable(e: ReadError) -> Error {
    invalid(e.en, e.zh)
}

/// The most entries of a year's `holidays`, `makeupWorkdays` and of one holiday's `days`:
/// the days of a year. (A million empty entries took 5.6 s and 500 MiB before.)
pub const MAX_YEAR_DAYS: usize = 366;

/// The largest JSON text of one year's schedule `loadCalendarYear` reads (a real one,
/// quotes of the notice included, is under 20 KB).
pub const MAX_YEAR_JSON_BYTES: usize = 256 * 1024;

/// The description of a date in a type error.
const DATE: Text = Text { zh: "日期文字（年-月-日，如2027-01-01）", en: "a date string (YYYY-MM-DD)" };

impl Notice {
    /// Read from its JSON object.
    fn read(field: Field) -> Result<Notice, ReadError> {
        let m = field.object()?;
        Ok(Notice {
            number: m.string("number")?,
            title: m.string("title")?,
            issued: m.required("issued")?.string(DATE)?,
            url: m.optional_string("url")?,
        })
    }
}

impl HolidayEntry {
    /// Read from its JSON object.
    fn read(field: Field) -> Result<HolidayEntry, ReadError> {
        let m = field.object()?;
        Ok(HolidayEntry {
            name: m.string("name")?,
            days: m.required("days")?.strings(MAX_YEAR_DAYS, DATE)?,
            quote: m.optional_string("quote")?,
            source: m.optional_string("source")?,
        })
    }
}

impl YearSchedule {
    /// Read a schedule from its JSON text (the shape of `data/calendar/<year>.json`),
    /// without checking its rules (that is [`crate::Calendar::load_year`]'s work).
    /// Unknown members are ignored; `notice`, `url`, `quote` and `source` of a holiday
    /// may be absent or `null`. A failure is an [`ErrorCode::InvalidCalendar`] error
    /// naming the field path and what was expected, e.g. ``missing field `year` `` or
    /// `holidays[2].days[0]: expected a date string (YYYY-MM-DD), got a number`.
    ///
    /// ```
    /// use jincheng_rules::{ErrorCode, YearSchedule};
    /// let y = YearSchedule::from_json(r#"{"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知",
    ///     "holidays": [{"name": "元旦", "days": ["2027-01-01", "2027-01-02", "2027-01-03"]}], "makeupWorkdays": []}"#)?;
    /// assert_eq!(y.year, 2027);
    /// let e = YearSchedule::from_json(r#"{"year": 2027, "source": "…", "holidays": [{"name": "元旦", "days": [20270101]}]}"#).unwrap_err();
    /// assert_eq!(e.code(), ErrorCode::InvalidCalendar);
    /// assert!(e.message().contains("holidays[0].days[0]"));
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<YearSchedule, Error> {
        if text.len() > MAX_YEAR_JSON_BYTES {
            return Err(invalid("the year's JSON is more than the 256 KiB a year's schedule can take".to_owned(), "数据过大（一年的放假安排最多256KB）".to_owned()));
        }
        let json = Json::parse(text).map_err(|e| invalid(e.to_string(), e.zh()))?;
        Self::read(Field::root(&json)).map_err(unreadable)
    }

    /// Read from its JSON object.
    fn read(field: Field) -> Result<YearSchedule, ReadError> {
        let m = field.object()?;
        Ok(YearSchedule {
            year: m.required("year")?.integer(Text { zh: "整数年份", en: "an integer year" })?,
            source: m.string("source")?,
            notice: m.optional("notice")?.map(|n| Notice::read(n)).transpose()?,
            holidays: m.required("holidays")?.list_at_most(MAX_YEAR_DAYS, HolidayEntry::read)?,
            makeup_workdays: m.required("makeupWorkdays")?.strings(MAX_YEAR_DAYS, DATE)?,
        })
    }

    /// Parse every date and check the rules of api.md: dates inside the year, a
    /// makeup day on a weekend, no holiday day listed twice, no day both holiday
    /// and makeup.
    pub(crate) fn check(&self) -> Result<CheckedYear, Error> {
        let year = self.year;
        if !(FIRST_DAY.year()..=LAST_DAY.year()).contains(&year) {
            return Err(invalid(
                format!("calendar year {year} is outside the supported range {}–{}", FIRST_DAY.year(), LAST_DAY.year()),
                format!("年份{year}超出可计算的范围（{}年至{}年）", FIRST_DAY.year(), LAST_DAY.year()),
            ));
        }
        if self.source.trim().is_empty() {
            return Err(invalid(format!("calendar year {year}: `source` must name the notice"), format!("{year}年：“source”须写明放假通知")));
        }
        let parse = |s: &str, (what_en, what_zh): (&str, &str)| -> Result<NaiveDate, Error> {
            let d = crate::date::parse_date(s).map_err(|e| {
                invalid(
                    format!("calendar year {year}: {what_en} {}: {}", quote(s), e.message()),
                    format!("{year}年：{what_zh}{}", e.message_in(crate::text::Locale::ZhCn).trim_end_matches('。')),
                )
            })?;
            if d.year() != year {
                return Err(invalid(
                    format!("calendar year {year}: {what_en} {d} is outside the year {year}"),
                    format!("{year}年：{what_zh}{d}不在{year}年内"),
                ));
            }
            Ok(d)
        };
        let mut rest: Vec<(NaiveDate, usize)> = Vec::new();
        for (i, h) in self.holidays.iter().enumerate() {
            if h.name.trim().is_empty() {
                return Err(invalid(
                    format!("calendar year {year}: holiday #{} has no name", i + 1),
                    format!("{year}年：第{}个节日没有名称", i + 1),
                ));
            }
            if h.days.is_empty() {
                return Err(invalid(
                    format!("calendar year {year}: holiday {} lists no days", h.name),
                    format!("{year}年：{}没有列出放假日期", h.name),
                ));
            }
            for s in &h.days {
                let what = (format!("holiday {} day", h.name), format!("{}放假日期", h.name));
                let d = parse(s, (&what.0, &what.1))?;
                match rest.binary_search_by_key(&d, |&(day, _)| day) {
                    Ok(_) => {
                        return Err(invalid(
                            format!("calendar year {year}: holiday day {d} is listed twice"),
                            format!("{year}年：放假日期{d}列了两次"),
                        ))
                    }
                    Err(at) => rest.insert(at, (d, i)),
                }
            }
        }
        let mut makeup = Vec::with_capacity(self.makeup_workdays.len());
        for s in &self.makeup_workdays {
            let d = parse(s, ("makeup workday", "调休上班日"))?;
            if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                let w = d.weekday().num_days_from_monday() as usize % 5;
                return Err(invalid(
                    format!(
                        "calendar year {year}: makeup workday {d} is a {}, not a weekend day",
                        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][w]
                    ),
                    format!("{year}年：调休上班日{d}是星期{}，不是周末", ["一", "二", "三", "四", "五"][w]),
                ));
            }
            if rest.binary_search_by_key(&d, |&(day, _)| day).is_ok() {
                return Err(invalid(
                    format!("calendar year {year}: {d} is both a holiday and a makeup workday"),
                    format!("{year}年：{d}既是放假日又是调休上班日"),
                ));
            }
            if makeup.contains(&d) {
                return Err(invalid(
                    format!("calendar year {year}: makeup workday {d} is listed twice"),
                    format!("{year}年：调休上班日{d}列了两次"),
                ));
            }
            makeup.push(d);
        }
        let holidays =
            self.holidays.iter().map(|h| CheckedHoliday { name: h.name.clone().into(), source: h.source.clone().map(Cow::Owned) }).collect();
        Ok(CheckedYear { year, source: self.source.clone().into(), rest, makeup, holidays })
    }
}

impl CheckedYear {
    /// The holiday whose day off `d` is, if any.
    pub(crate) fn holiday_on(&self, d: NaiveDate) -> Option<&CheckedHoliday> {
        let at = self.rest.binary_search_by_key(&d, |&(day, _)| day).ok()?;
        self.holidays.get(self.rest[at].1)
    }
}

/// A built-in official year, as build.rs writes it from `data/calendar/<year>.json`:
/// dates as (month, day) of the year, each day off with its holiday's index, in date order.
pub(crate) struct BuiltinYear {
    pub year: i32,
    pub source: &'static str,
    /// Each holiday's name, and its source when it comes from another year's notice.
    pub holidays: &'static [(&'static str, Option<&'static str>)],
    pub rest: &'static [(u8, u8, u8)],
    pub makeup: &'static [(u8, u8)],
}

/// The built-in official years (build.rs, from `data/calendar/`): read when the crate
/// is compiled, so that no JSON is read when the calendar starts. The notices and quoted
/// notice lines, which the calendar never reads, stay in the files.
pub(crate) const BUILTIN_YEARS: &[BuiltinYear] = include!(concat!(env!("OUT_DIR"), "/builtin_years.rs"));

impl BuiltinYear {
    /// The year as a checked schedule (a unit test checks the data files with
    /// [`YearSchedule::check`] and compares); `None` for an impossible date, which only
    /// an edited file can hold: the year is then left out, never a panic.
    pub(crate) fn checked(&self) -> Option<CheckedYear> {
        let date = |m: u8, d: u8| NaiveDate::from_ymd_opt(self.year, u32::from(m), u32::from(d));
        Some(CheckedYear {
            year: self.year,
            source: Cow::Borrowed(self.source),
            rest: self.rest.iter().map(|&(m, d, h)| Some((date(m, d)?, usize::from(h)))).collect::<Option<_>>()?,
            makeup: self.makeup.iter().map(|&(m, d)| date(m, d)).collect::<Option<_>>()?,
            holidays: self.holidays.iter().map(|&(name, source)| CheckedHoliday { name: Cow::Borrowed(name), source: source.map(Cow::Borrowed) }).collect(),
        })
    }
}

/// The data files as written (with their notices), for the tests.
#[cfg(test)]
pub(crate) const BUILTIN_FILES: [&str; 6] = [
    include_str!("../../data/calendar/2021.json"),
    include_str!("../../data/calendar/2022.json"),
    include_str!("../../data/calendar/2023.json"),
    include_str!("../../data/calendar/2024.json"),
    include_str!("../../data/calendar/2025.json"),
    include_str!("../../data/calendar/2026.json"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn schedule(json: &str) -> YearSchedule {
        YearSchedule::from_json(json).unwrap()
    }

    #[test]
    fn builtin_years_parse_and_check() {
        assert_eq!(BUILTIN_YEARS.len(), BUILTIN_FILES.len(), "build.rs reads every year file");
        for (i, (text, builtin)) in BUILTIN_FILES.iter().zip(BUILTIN_YEARS).enumerate() {
            let s = YearSchedule::from_json(text).unwrap();
            // build.rs's constants are the file, checked: the same days, names and sources.
            assert_eq!(builtin.checked(), Some(s.check().unwrap()), "{}", s.year);
            assert_eq!(s.year, 2021 + i as i32);
            let n = s.notice.as_ref().expect("every built-in year names its notice");
            assert!(n.number.starts_with("国办发明电〔"), "{}", n.number);
            assert!(s.source.contains(&n.number));
            assert!(s.holidays.iter().all(|h| h.quote.is_some()), "every holiday quotes its notice line");
            s.check().unwrap();
        }
    }

    #[test]
    fn from_json_names_the_field_path_of_a_type_error() {
        let ok = r#"{"year":2027,"source":"x","notice":null,"holidays":[{"name":"a","days":["2027-01-01"],"quote":null,"x":1}],"makeupWorkdays":[],"extra":{}}"#;
        let s = schedule(ok);
        assert_eq!((s.year, s.notice, s.holidays[0].quote.as_deref()), (2027, None, None));
        let cases = [
            ("[1]", "expected an object, got an array"),
            ("{", "not valid JSON"),
            (r#"{"source":"x","holidays":[],"makeupWorkdays":[]}"#, "missing field `year`"),
            (r#"{"year":"2027","source":"x","holidays":[],"makeupWorkdays":[]}"#, "year: expected an integer year, got a string"),
            (r#"{"year":2027.5,"source":"x","holidays":[],"makeupWorkdays":[]}"#, "year: expected an integer year, got a number"),
            (r#"{"year":2027,"source":null,"holidays":[],"makeupWorkdays":[]}"#, "field `source` is null"),
            (r#"{"year":2027,"source":"x","holidays":"x","makeupWorkdays":[]}"#, "holidays: expected an array, got a string"),
            (
                r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":["2027-01-01"]},{"name":"b","days":[5]}],"makeupWorkdays":[]}"#,
                "holidays[1].days[0]: expected a date string (YYYY-MM-DD), got a number",
            ),
            (r#"{"year":2027,"source":"x","holidays":[{"days":[]}],"makeupWorkdays":[]}"#, "holidays[0]: missing field `name`"),
            (
                r#"{"year":2027,"source":"x","notice":{"number":"n","title":"t"},"holidays":[],"makeupWorkdays":[]}"#,
                "notice: missing field `issued`",
            ),
            (
                r#"{"year":2027,"source":"x","notice":{"number":"n","title":"t","issued":"d","url":1},"holidays":[],"makeupWorkdays":[]}"#,
                "notice.url: expected a string",
            ),
            (r#"{"year":2027,"year":2028,"source":"x","holidays":[],"makeupWorkdays":[]}"#, "duplicate field `year`"),
            (
                r#"{"year":2027,"source":"x","holidays":[],"makeupWorkdays":[null]}"#,
                "makeupWorkdays[0]: expected a date string (YYYY-MM-DD), got null",
            ),
        ];
        for (json, message) in cases {
            let e = YearSchedule::from_json(json).unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidCalendar);
            assert!(e.message().starts_with(message), "{} should start with {message}", e.message());
        }
    }

    #[test]
    fn rejects_each_rule_with_the_offending_value() {
        let cases = [
            (
                r#"{"year":2027,"source":"x","holidays":[{"name":"元旦","days":["2026-12-31"]}],"makeupWorkdays":[]}"#,
                "2026-12-31 is outside the year",
            ),
            (r#"{"year":2027,"source":"x","holidays":[],"makeupWorkdays":["2027-01-04"]}"#, "2027-01-04 is a Mon"),
            (
                r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":["2027-01-01"]},{"name":"b","days":["2027-01-01"]}],"makeupWorkdays":[]}"#,
                "2027-01-01 is listed twice",
            ),
            (
                r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":["2027-01-02"]}],"makeupWorkdays":["2027-01-02"]}"#,
                "both a holiday and a makeup",
            ),
            (r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":["2027-02-30"]}],"makeupWorkdays":[]}"#, "\"2027-02-30\""),
            (r#"{"year":2100,"source":"x","holidays":[],"makeupWorkdays":[]}"#, "2100"),
            (r#"{"year":2027,"source":" ","holidays":[],"makeupWorkdays":[]}"#, "source"),
            (r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":[]}],"makeupWorkdays":[]}"#, "lists no days"),
        ];
        for (json, needle) in cases {
            let e = schedule(json).check().unwrap_err();
            assert_eq!(e.code(), ErrorCode::InvalidCalendar);
            assert!(e.message().contains(needle), "{} should contain {needle}", e.message());
        }
    }
}
