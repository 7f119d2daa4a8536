//! What the law itself fixes, year after year, without an annual notice.
//!
//! 《全国年节及纪念日放假办法》 names the festivals on which all citizens have a day
//! off and how many days each one lasts; the weekly rest days come from
//! 《国务院关于职工工作时间的规定》. Only what the State Council General Office's
//! annual notice decides — 补假 when a festival falls on a weekend, 调休 bridges and
//! makeup working days — cannot be known in advance. For a year without an official
//! schedule the calendar therefore rests on the statutory days computed here and
//! marks every answer `provisional`.
//!
//! The lunisolar festivals (春节, 端午, 中秋) and the solar term 清明 come from the
//! cross-checked table `data/statutory/lunisolar.csv` (its header names the sources).

#[cfg(test)]
use chrono::Weekday;
use chrono::{Datelike, NaiveDate};

/// One revision of 《全国年节及纪念日放假办法》 and the days off it grants to all citizens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Era {
    /// First day on which this revision governs.
    pub from: NaiveDate,
    /// The revision, as cited.
    pub citation: &'static str,
    /// 春节: offset of the first day off from 正月初一 (−1 = 除夕) and the number of days.
    pub spring: (i64, i64),
    /// 劳动节: days off from 5月1日.
    pub labour_days: u32,
    /// 国庆节: days off from 10月1日.
    pub national_days: u32,
    /// Whether 清明、端午、中秋 are days off (from 2008).
    pub traditional: bool,
}

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(d) => d,
        None => panic!("invalid constant date"),
    }
}

/// The revisions, oldest first.
pub(crate) const ERAS: [Era; 5] = [
    Era {
        from: ymd(1949, 10, 1),
        citation: "《全国年节及纪念日放假办法》（1949年12月23日政务院发布）第二条：新年放假一日；春节放假三日；劳动节放假一日；国庆纪念日放假二日",
        spring: (0, 3),
        labour_days: 1,
        national_days: 2,
        traditional: false,
    },
    Era {
        from: ymd(1999, 9, 18),
        citation: "《全国年节及纪念日放假办法》（1999年9月18日修订）第二条：新年放假1天；春节放假3天；劳动节放假3天；国庆节放假3天",
        spring: (0, 3),
        labour_days: 3,
        national_days: 3,
        traditional: false,
    },
    Era {
        from: ymd(2008, 1, 1),
        citation: "《全国年节及纪念日放假办法》（2007年12月14日修订）第二条：元旦1天；春节3天（农历除夕、正月初一、初二）；清明节1天；劳动节1天；端午节1天；中秋节1天；国庆节3天",
        spring: (-1, 3),
        labour_days: 1,
        national_days: 3,
        traditional: true,
    },
    Era {
        from: ymd(2014, 1, 1),
        citation: "《全国年节及纪念日放假办法》（2013年12月11日修订）第二条：元旦1天；春节3天（农历正月初一、初二、初三）；清明节1天；劳动节1天；端午节1天；中秋节1天；国庆节3天",
        spring: (0, 3),
        labour_days: 1,
        national_days: 3,
        traditional: true,
    },
    Era {
        from: ymd(2025, 1, 1),
        citation: "《全国年节及纪念日放假办法》（2024年11月10日修订）第二条：元旦放假1天；春节放假4天（农历除夕、正月初一至初三）；清明节1天；劳动节2天（5月1日、2日）；端午节1天；中秋节1天；国庆节3天（10月1日至3日）",
        spring: (-1, 4),
        labour_days: 2,
        national_days: 3,
        traditional: true,
    },
];

/// The revision that governs a day (periods.md A14: each date under the rules in force on it).
pub(crate) fn era(d: NaiveDate) -> &'static Era {
    ERAS.iter().rev().find(|e| e.from <= d).unwrap_or(&ERAS[0])
}

/// Whether a day is a weekly rest day (《国务院关于职工工作时间的规定》, 1995年3月25日修订，
/// 1995年5月1日起施行，第七条). From 1995-05-01 Saturday and Sunday; before,
/// Sunday only (the 1994-03-01 … 1995-04-30 alternating 大小周 is not modelled: every
/// Saturday of that span counts as a working day; those years are provisional anyway).
#[cfg(test)]
pub(crate) fn is_weekly_rest(d: NaiveDate) -> bool {
    match d.weekday() {
        Weekday::Sun => true,
        Weekday::Sat => d >= FIVE_DAY_WEEK_FROM,
        _ => false,
    }
}

/// From this day Saturday is a weekly rest day too (the five-day week).
pub(crate) const FIVE_DAY_WEEK_FROM: NaiveDate = ymd(1995, 5, 1);

/// The lunisolar dates of one Gregorian year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lunisolar {
    /// The Gregorian year.
    pub year: i32,
    /// 正月初一.
    pub spring_festival: NaiveDate,
    /// The day of the solar term 清明.
    pub qingming: NaiveDate,
    /// 五月初五.
    pub dragon_boat: NaiveDate,
    /// 八月十五.
    pub mid_autumn: NaiveDate,
}

const LUNISOLAR_CSV: &str = include_str!("../../data/statutory/lunisolar.csv");

/// A date as the table writes it: year, month, day.
type Ymd = (u16, u8, u8);

/// One row of the table: the year and its four dates, in the order of the columns.
type Row = (u16, [Ymd; 4]);

/// The rows of the table (the lines that start with a digit).
const LUNISOLAR_ROWS: usize = count_rows(LUNISOLAR_CSV.as_bytes());

/// The table, read when the crate is compiled: the binary holds these few bytes a
/// row rather than the CSV text with its header, and a malformed line fails the build.
const LUNISOLAR: [Row; LUNISOLAR_ROWS] = read_rows(LUNISOLAR_CSV.as_bytes());

/// The number of lines of `text` that start with a digit.
const fn count_rows(text: &[u8]) -> usize {
    let (mut i, mut rows) = (0, 0);
    while i < text.len() {
        if text[i].is_ascii_digit() && (i == 0 || text[i - 1] == b'\n') {
            rows += 1;
        }
        i += 1;
    }
    rows
}

/// The number written by the `n` digits of `text` at `at`.
const fn number(text: &[u8], at: usize, n: usize) -> u16 {
    let (mut value, mut i) = (0u16, 0);
    while i < n {
        assert!(text[at + i].is_ascii_digit(), "lunisolar.csv: a digit expected");
        value = value * 10 + (text[at + i] - b'0') as u16;
        i += 1;
    }
    value
}

/// Whether the line `text[from..to]` is a comment, the header or blank.
const fn is_note(text: &[u8], from: usize, to: usize) -> bool {
    if from < to && text[from] == b'#' {
        return true;
    }
    if to - from >= 5 && text[from] == b'y' && text[from + 1] == b'e' && text[from + 2] == b'a' && text[from + 3] == b'r' {
        return true;
    }
    let mut i = from;
    while i < to {
        if !text[i].is_ascii_whitespace() {
            return false;
        }
        i += 1;
    }
    true
}

/// Every row of the table: `YYYY` and four `YYYY-MM-DD`, comma-separated; any other
/// line must be a comment, the header or blank.
const fn read_rows<const N: usize>(text: &[u8]) -> [Row; N] {
    let mut rows = [(0u16, [(0u16, 0u8, 0u8); 4]); N];
    let (mut start, mut row) = (0, 0);
    while start < text.len() {
        let mut end = start;
        while end < text.len() && text[end] != b'\n' {
            end += 1;
        }
        if text[start].is_ascii_digit() {
            assert!(end - start == 48, "lunisolar.csv: a row is YYYY and four YYYY-MM-DD, comma-separated");
            let mut dates = [(0u16, 0u8, 0u8); 4];
            let mut k = 0;
            while k < 4 {
                let at = start + 5 + 11 * k;
                assert!(text[at - 1] == b',' && text[at + 4] == b'-' && text[at + 7] == b'-', "lunisolar.csv: a date is YYYY-MM-DD");
                dates[k] = (number(text, at, 4), number(text, at + 5, 2) as u8, number(text, at + 8, 2) as u8);
                k += 1;
            }
            rows[row] = (number(text, start, 4), dates);
            row += 1;
        } else {
            assert!(is_note(text, start, end), "lunisolar.csv: a line is a comment, the header, blank or a row");
        }
        start = end + 1;
    }
    rows
}

/// The table with its dates. An impossible date (`2030-02-30`) can only come from an
/// edited file and leaves its row out, never a panic.
///
/// ```
/// // Not API: exposed for the holiday-notice reader (crates/jincheng-tools).
/// let table = jincheng_rules::for_tools::lunisolar_table();
/// let y2026 = table.iter().find(|l| l.year == 2026).unwrap();
/// assert_eq!(y2026.spring_festival.to_string(), "2026-02-17");
/// ```
pub fn lunisolar_table() -> Vec<Lunisolar> {
    LUNISOLAR
        .iter()
        .filter_map(|&(year, dates)| {
            let [a, b, c, d] = dates.map(|(y, m, d)| NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d)));
            Some(Lunisolar { year: i32::from(year), spring_festival: a?, qingming: b?, dragon_boat: c?, mid_autumn: d? })
        })
        .collect()
}

/// A statutory day off: its festival's name and the revision that grants it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatutoryDay {
    /// The day off.
    pub date: NaiveDate,
    /// The festival's name (元旦, 春节, …).
    pub name: &'static str,
    /// The revision of the law that grants it.
    pub citation: &'static str,
}

/// Every statutory day off that the law fixes in Gregorian year `year`, each under
/// the revision in force on that day. `table` is the lunisolar table.
///
/// ```
/// // Not API: exposed for the holiday-notice reader (crates/jincheng-tools).
/// use jincheng_rules::for_tools::{lunisolar_table, statutory_days};
/// let days = statutory_days(2026, &lunisolar_table());
/// assert_eq!((days[0].name, days[0].date.to_string().as_str()), ("元旦", "2026-01-01"));
/// assert!(days.iter().any(|d| d.name == "春节" && d.date.to_string() == "2026-02-16")); // 除夕 (2024 revision)
/// ```
pub fn statutory_days(year: i32, table: &[Lunisolar]) -> Vec<StatutoryDay> {
    let mut out = Vec::new();
    let mut push = |date: NaiveDate, name: &'static str, granted: &dyn Fn(&Era) -> bool| {
        let e = era(date);
        if date.year() == year && granted(e) {
            // Into place, after any day of the same date: the list stays in date order
            // (a dozen days at most), the earlier-named festival first on a shared date.
            let at = out.partition_point(|s: &StatutoryDay| s.date <= date);
            out.insert(at, StatutoryDay { date, name, citation: e.citation });
        }
    };
    let Some(new_year) = NaiveDate::from_ymd_opt(year, 1, 1) else { return Vec::new() };
    push(new_year, "元旦", &|_| true);
    // 春节 of this Gregorian year: its first day may be 除夕 (the day before 正月初一).
    if let Some(l) = table.iter().find(|l| l.year == year) {
        for k in -1..4i64 {
            let d = l.spring_festival + chrono::Duration::days(k);
            push(d, "春节", &|e| k >= e.spring.0 && k < e.spring.0 + e.spring.1);
        }
        push(l.qingming, "清明节", &|e| e.traditional);
        push(l.dragon_boat, "端午节", &|e| e.traditional);
        push(l.mid_autumn, "中秋节", &|e| e.traditional);
    }
    for k in 0..3u32 {
        if let Some(d) = NaiveDate::from_ymd_opt(year, 5, 1 + k) {
            push(d, "劳动节", &|e| k < e.labour_days);
        }
        if let Some(d) = NaiveDate::from_ymd_opt(year, 10, 1 + k) {
            push(d, "国庆节", &|e| k < e.national_days);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiled_table_is_the_csv_read_at_run_time() {
        let read: Vec<Lunisolar> = LUNISOLAR_CSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with("year") && !l.trim().is_empty())
            .filter_map(|line| {
                let mut f = line.split(',');
                let year = f.next()?.trim().parse().ok()?;
                let mut date = || crate::date::parse_iso(f.next()?.trim());
                Some(Lunisolar { year, spring_festival: date()?, qingming: date()?, dragon_boat: date()?, mid_autumn: date()? })
            })
            .collect();
        assert_eq!(lunisolar_table(), read);
    }

    #[test]
    fn table_covers_the_supported_range_and_is_well_formed() {
        let t = lunisolar_table();
        let rows = LUNISOLAR_CSV.lines().filter(|l| l.starts_with(|c: char| c.is_ascii_digit())).count();
        assert_eq!(t.len(), rows, "every data row parses");
        assert_eq!(t.first().map(|l| l.year), Some(1949));
        assert_eq!(t.last().map(|l| l.year), Some(2100));
        for (a, b) in t.iter().zip(t.iter().skip(1)) {
            assert_eq!(a.year + 1, b.year);
        }
        for l in &t {
            assert_eq!(l.spring_festival.year(), l.year);
            assert!((ymd(l.year, 1, 21)..=ymd(l.year, 2, 20)).contains(&l.spring_festival), "{l:?}");
            assert!((ymd(l.year, 4, 4)..=ymd(l.year, 4, 6)).contains(&l.qingming), "{l:?}");
            assert!((ymd(l.year, 5, 25)..=ymd(l.year, 6, 25)).contains(&l.dragon_boat), "{l:?}");
            assert!((ymd(l.year, 9, 7)..=ymd(l.year, 10, 8)).contains(&l.mid_autumn), "{l:?}");
        }
    }

    #[test]
    fn statutory_day_counts_per_revision() {
        let t = lunisolar_table();
        assert_eq!(statutory_days(1980, &t).len(), 7);
        assert_eq!(statutory_days(2005, &t).len(), 10);
        assert_eq!(statutory_days(2010, &t).len(), 11);
        assert_eq!(statutory_days(2024, &t).len(), 11);
        assert_eq!(statutory_days(2027, &t).len(), 13);
        // 2024: 除夕 (2月9日) is not yet a statutory day; 2025 it is.
        assert!(!statutory_days(2024, &t).iter().any(|s| s.date == ymd(2024, 2, 9)));
        assert!(statutory_days(2025, &t).iter().any(|s| s.date == ymd(2025, 1, 28) && s.name == "春节"));
        assert!(statutory_days(2025, &t).iter().any(|s| s.date == ymd(2025, 5, 2)));
        // 1949: the range begins 1949-10-01; 国庆 two days.
        let y1949 = statutory_days(1949, &t);
        assert!(y1949.iter().any(|s| s.date == ymd(1949, 10, 2)));
        assert!(!y1949.iter().any(|s| s.date == ymd(1949, 10, 3)));
    }

    #[test]
    fn in_date_order_with_the_festival_first_on_a_shared_day() {
        let t = lunisolar_table();
        // 2031: 中秋 on 10月1日, before 国庆 on the same day (the order of a stable sort).
        let days: Vec<String> = statutory_days(2031, &t).iter().rev().take(4).map(|s| format!("{} {}", s.date, s.name)).collect();
        assert_eq!(days, ["2031-10-03 国庆节", "2031-10-02 国庆节", "2031-10-01 国庆节", "2031-10-01 中秋节"]);
        for year in 1949..=2099 {
            let days = statutory_days(year, &t);
            assert!(days.windows(2).all(|w| w[0].date <= w[1].date), "{year}");
        }
    }

    #[test]
    fn statutory_2027_dates() {
        let t = lunisolar_table();
        let days: Vec<String> = statutory_days(2027, &t).iter().map(|s| format!("{} {}", s.date, s.name)).collect();
        assert_eq!(
            days,
            [
                "2027-01-01 元旦",
                "2027-02-05 春节",
                "2027-02-06 春节",
                "2027-02-07 春节",
                "2027-02-08 春节",
                "2027-04-05 清明节",
                "2027-05-01 劳动节",
                "2027-05-02 劳动节",
                "2027-06-09 端午节",
                "2027-09-15 中秋节",
                "2027-10-01 国庆节",
                "2027-10-02 国庆节",
                "2027-10-03 国庆节",
            ]
        );
    }
}
