//! The official working-day calendar of mainland China.
//!
//! A day is a working day when it is Monday to Friday and no day off, or a weekend
//! day that the annual notice makes a working day (调休上班). For the years with an
//! official schedule (built in: 2021–2026; more at run time through
//! [`Calendar::load_year`]) the notice decides. For every other year of the supported
//! range the statutory days off that the law itself fixes are rest days and the
//! answer is marked `provisional`: what only the annual notice decides (补假, 调休,
//! makeup working days) is unknown there.
//!
//! Arithmetic never walks day by day: each year keeps a prefix sum of its working days
//! (built when a day of the year is first asked about, so that the first call after
//! start-up builds one year, not 151), and the calendar the working days before each
//! year (built from each year's count when a count first crosses a year's end), so
//! [`Calendar::add_workdays`] is at most two binary searches and
//! [`Calendar::workdays_between`] a subtraction, whatever `n` or the span.
//!
//! # Counting conventions (periods.md)
//!
//! * R1: the start day is not counted (民法典 第二百零一条：“开始的当日不计入，自下一日开始计算”).
//! * R2: `n` working days from `d` end on the n-th working day strictly after `d`;
//!   `d` itself may be a rest day.
//! * R4: month periods end on the corresponding day, or the month's last day
//!   (民法典 第二百零二条) — see [`crate::add_months`].

mod schedule;
mod schedule_json;
pub(crate) mod statutory;

use std::borrow::Cow;
use std::sync::OnceLock;

use chrono::{Datelike, NaiveDate};

use schedule::{CheckedYear, BUILTIN_YEARS};
pub use schedule::{HolidayEntry, Notice, YearSchedule, MAX_YEAR_DAYS};
use statutory::{lunisolar_table, statutory_days, Lunisolar};

use crate::date::{check_range, FIRST_DAY, LAST_DAY};
use crate::error::{Error, ErrorCode};

/// What kind of day a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum DayKind {
    /// Monday to Friday, a working day.
    Weekday,
    /// Saturday or Sunday, a rest day.
    Weekend,
    /// A day off of a holiday (放假), whatever its weekday.
    Holiday,
    /// A weekend day made a working day by the annual notice (调休上班).
    MakeupWorkday,
}

impl DayKind {
    /// Whether this kind of day is a working day.
    ///
    /// ```
    /// use jincheng_rules::DayKind;
    /// assert!(DayKind::Weekday.is_workday() && DayKind::MakeupWorkday.is_workday()); // 调休上班 counts
    /// assert!(!DayKind::Holiday.is_workday() && !DayKind::Weekend.is_workday());
    /// ```
    pub fn is_workday(self) -> bool {
        matches!(self, DayKind::Weekday | DayKind::MakeupWorkday)
    }

    fn code(self) -> u8 {
        self as u8
    }

    fn from_code(c: u8) -> DayKind {
        match c {
            0 => DayKind::Weekday,
            1 => DayKind::Weekend,
            2 => DayKind::Holiday,
            _ => DayKind::MakeupWorkday,
        }
    }
}

#[cfg(feature = "serde")]
pub(crate) mod iso {
    //! Dates cross serde as `YYYY-MM-DD` strings.
    use chrono::NaiveDate;
    use serde::Serializer;

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(d)
    }

    pub mod option {
        use chrono::NaiveDate;
        use serde::Serializer;

        pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match d {
                Some(d) => super::serialize(d, s),
                None => s.serialize_none(),
            }
        }
    }
}

/// Everything the calendar knows about one day.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct DayInfo {
    /// The day.
    #[cfg_attr(feature = "serde", serde(with = "iso"))]
    pub date: NaiveDate,
    /// Whether it is a working day.
    pub workday: bool,
    /// Weekday, weekend, holiday or makeup working day.
    pub kind: DayKind,
    /// The festival's Chinese name on a holiday, else `None`.
    pub holiday: Option<String>,
    /// True when no official schedule is loaded for the day's year: the statutory
    /// days are rest days, 补假/调休 are unknown.
    pub provisional: bool,
    /// What decides the day: the notice for an official year; the law (放假办法,
    /// 职工工作时间规定) for a provisional holiday; `None` for a plain day.
    pub source: Option<String>,
}

/// A run of consecutive rest days inside a count.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct RestRun {
    /// First rest day of the run.
    #[cfg_attr(feature = "serde", serde(with = "iso"))]
    pub from: NaiveDate,
    /// Last rest day of the run.
    #[cfg_attr(feature = "serde", serde(with = "iso"))]
    pub to: NaiveDate,
    /// Number of days in the run.
    pub days: u32,
    /// `Holiday` when any day of the run is a holiday, else `Weekend`.
    pub kind: DayKind,
    /// The holiday names in the run, joined with `、`, or `None` for a plain weekend.
    pub holiday: Option<String>,
    /// True when any day of the run lies in a year without an official schedule.
    pub provisional: bool,
}

/// The result of [`Calendar::explain_add_workdays`]: the due day and what the count crossed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct WorkdayCount {
    /// The start day (not counted).
    #[cfg_attr(feature = "serde", serde(with = "iso"))]
    pub from: NaiveDate,
    /// The number of working days counted (negative: backwards).
    pub n: i64,
    /// The n-th working day strictly after (before) `from`.
    #[cfg_attr(feature = "serde", serde(with = "iso"))]
    pub due: NaiveDate,
    /// True when any counted day lies in a year without an official schedule.
    pub provisional: bool,
    /// Those years.
    pub provisional_years: Vec<i32>,
    /// The rest days skipped, as runs.
    pub skipped: Vec<RestRun>,
    /// The weekend days counted as working days (调休上班).
    pub makeup_workdays: Vec<DayInfo>,
}

/// The span of official schedules.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Coverage {
    /// First day of the first year with an official schedule.
    #[cfg_attr(feature = "serde", serde(with = "iso::option"))]
    pub from: Option<NaiveDate>,
    /// Last day of the last year with an official schedule.
    #[cfg_attr(feature = "serde", serde(with = "iso::option"))]
    pub to: Option<NaiveDate>,
    /// Every year with an official schedule, ascending.
    pub years: Vec<i32>,
}

/// The working-day calendar over 1949-10-01 … 2099-12-31.
///
/// ```
/// use jincheng_rules::{parse_date, Calendar};
/// let cal = Calendar::official();
/// // A deadline that lands in the National Day holiday moves past it:
/// // 5 working days from 2026-09-28 (Mon) are 29, 30 Sep, then 8, 9 and 10 Oct —
/// // 10 October is a Saturday made a working day by the 2026 notice.
/// assert_eq!(cal.add_workdays(parse_date("2026-09-28")?, 5)?.to_string(), "2026-10-10");
/// // 2027 has no official schedule yet: the statutory 元旦 is still a rest day,
/// // and the answer says it is provisional.
/// let count = cal.explain_add_workdays(parse_date("2026-12-18")?, 10)?;
/// assert_eq!(count.due.to_string(), "2027-01-04");
/// assert!(count.provisional);
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Calendar {
    /// The official years in order of year (a sorted vector: a handful of years).
    years: Vec<CheckedYear>,
    lunisolar: Vec<Lunisolar>,
    /// Per year of the range, from 1949: its days, built when a day of it is first asked
    /// about (a year is a few hundred bytes and a few microseconds; the first call after
    /// start-up builds one year, not 151).
    days: Vec<OnceLock<YearDays>>,
    /// `starts[k]` = working days of the range before year 1949 + k (k = 0 … 151), built
    /// when a count first crosses a year's end, from each year's count (no day tables).
    starts: OnceLock<Vec<u32>>,
}

/// One year's days (for 1949, from 1 October).
#[derive(Clone, Debug)]
struct YearDays {
    /// The year's first day in the range.
    first: NaiveDate,
    /// Per day: the [`DayKind`] code.
    kinds: Vec<u8>,
    /// Per day: index into `names` (0 = no name).
    name_of: Vec<u8>,
    names: Vec<String>,
    /// `prefix[i]` = working days among the year's first `i` days.
    prefix: Vec<u16>,
}

impl YearDays {
    /// The day's position in the year's table (`d` in the year and the range).
    fn at(&self, d: NaiveDate) -> usize {
        (d.ordinal0() - self.first.ordinal0()) as usize
    }

    fn count(&self) -> u32 {
        u32::from(self.prefix[self.kinds.len()])
    }

    fn day(&self, i: usize) -> NaiveDate {
        self.first + chrono::Duration::days(i as i64)
    }

    /// The day of this year on which the `target`-th working day of the year falls
    /// (1 ≤ target ≤ count): a binary search over the year's prefix sums.
    fn nth_workday(&self, target: i64) -> NaiveDate {
        self.day(self.prefix[1..].partition_point(|&c| i64::from(c) < target))
    }
}

impl Default for Calendar {
    fn default() -> Calendar {
        Calendar::official()
    }
}

/// Add a checked year to the years in order, replacing a schedule of the same year.
fn put_year(years: &mut Vec<CheckedYear>, checked: CheckedYear) {
    match years.binary_search_by_key(&checked.year, |y| y.year) {
        Ok(at) => years[at] = checked,
        Err(at) => years.insert(at, checked),
    }
}

fn index(d: NaiveDate) -> usize {
    (d - FIRST_DAY).num_days() as usize
}

/// The number of years of the range (1949 … 2099).
fn range_years() -> usize {
    (LAST_DAY.year() - FIRST_DAY.year() + 1) as usize
}

/// A year's position among the years of the range.
fn year_slot(year: i32) -> usize {
    (year - FIRST_DAY.year()) as usize
}

fn year_bounds(year: i32) -> (NaiveDate, NaiveDate) {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).map_or(FIRST_DAY, |d| d.max(FIRST_DAY));
    let last = NaiveDate::from_ymd_opt(year, 12, 31).map_or(LAST_DAY, |d| d.min(LAST_DAY));
    (first, last)
}

/// The kind of the day at `i` (days from [`FIRST_DAY`]) by the weekly rest days alone,
/// by index arithmetic (no date per day): FIRST_DAY is a Saturday.
fn weekly_kind(i: usize) -> DayKind {
    let weekday = (i + 5) % 7; // 0 = Monday … 5 = Saturday, 6 = Sunday
    let rest = weekday == 6 || (weekday == 5 && i >= index(statutory::FIVE_DAY_WEEK_FROM));
    if rest {
        DayKind::Weekend
    } else {
        DayKind::Weekday
    }
}

/// Working days by the weekly rest days alone among the first `i` days of the range,
/// in closed form: Sundays are the days `j ≡ 1 (mod 7)`, Saturdays `j ≡ 0`, resting
/// from the five-day week on.
fn weekly_workdays_before(i: usize) -> usize {
    let of = |n: usize, r: usize| (n + 6 - r) / 7; // days j < n with j % 7 == r
    let five_day = index(statutory::FIVE_DAY_WEEK_FROM).min(i);
    i - of(i, 1) - (of(i, 0) - of(five_day, 0))
}

/// The interned position of `name` in `names` (0 is the empty name).
fn intern(names: &mut Vec<String>, name: &str) -> u8 {
    if let Some(i) = names.iter().position(|n| n == name) {
        return i as u8;
    }
    names.push(name.to_owned());
    (names.len() - 1).min(u8::MAX as usize) as u8
}

impl Calendar {
    /// The calendar with the built-in official schedules (2021–2026, `data/calendar/`).
    /// Cheap: each year's days are built when first asked about.
    ///
    /// ```
    /// use jincheng_rules::Calendar;
    /// let cal = Calendar::official(); // every day 1949-10-01 … 2099-12-31, each year built on first use: share it
    /// assert_eq!(cal.coverage().years, vec![2021, 2022, 2023, 2024, 2025, 2026]);
    /// ```
    pub fn official() -> Calendar {
        let mut years: Vec<CheckedYear> = Vec::new();
        // Read when the crate was compiled (build.rs); the data files are checked by a
        // unit test, and a year with an impossible date is left out (provisional).
        for checked in BUILTIN_YEARS.iter().filter_map(|y| y.checked()) {
            put_year(&mut years, checked);
        }
        Calendar { years, lunisolar: lunisolar_table(), days: (0..range_years()).map(|_| OnceLock::new()).collect(), starts: OnceLock::new() }
    }

    /// The days that differ from the weekly pattern in `year`: the official schedule's
    /// days off and makeup working days, or, without one, the statutory days off (two
    /// festivals on one day share it: “中秋节、国庆节”). No two on the same date.
    fn marks(&self, year: i32) -> Vec<(NaiveDate, DayKind, Cow<'_, str>)> {
        let mut marks: Vec<(NaiveDate, DayKind, Cow<'_, str>)> = Vec::new();
        if let Some(y) = self.schedule_of(year) {
            for (d, h) in &y.rest {
                marks.push((*d, DayKind::Holiday, Cow::Borrowed(y.holidays[*h].name.as_ref())));
            }
            marks.extend(y.makeup.iter().map(|d| (*d, DayKind::MakeupWorkday, Cow::Borrowed(""))));
        } else {
            let days = statutory_days(year, &self.lunisolar);
            for (i, s) in days.iter().enumerate() {
                if days[..i].iter().any(|o| o.date == s.date) {
                    continue;
                }
                let name = if days[i + 1..].iter().any(|o| o.date == s.date) {
                    let same_day: Vec<&str> = days.iter().filter(|o| o.date == s.date).map(|o| o.name).collect();
                    Cow::Owned(same_day.join("、"))
                } else {
                    Cow::Borrowed(s.name)
                };
                marks.push((s.date, DayKind::Holiday, name));
            }
        }
        let (first, last) = year_bounds(year);
        marks.retain(|(d, _, _)| (first..=last).contains(d));
        marks
    }

    /// Build one year's days.
    fn build_year(&self, year: i32) -> YearDays {
        let (first, last) = year_bounds(year);
        let lo = index(first);
        let mut kinds: Vec<u8> = (lo..=index(last)).map(|i| weekly_kind(i).code()).collect();
        let mut name_of = vec![0; kinds.len()];
        let mut names = vec![String::new()];
        for (d, kind, name) in self.marks(year) {
            let at = index(d) - lo;
            kinds[at] = kind.code();
            name_of[at] = intern(&mut names, &name);
        }
        let mut prefix = Vec::with_capacity(kinds.len() + 1);
        let mut acc = 0u16;
        prefix.push(0);
        for &k in &kinds {
            acc += u16::from(DayKind::from_code(k).is_workday());
            prefix.push(acc);
        }
        YearDays { first, kinds, name_of, names, prefix }
    }

    /// A year's days, built on first use.
    fn year_days(&self, year: i32) -> &YearDays {
        self.days[year_slot(year)].get_or_init(|| self.build_year(year))
    }

    /// The working days of a year: from its table when built, else from the weekly
    /// pattern in closed form corrected by the year's marks (no table built).
    fn year_count(&self, year: i32) -> u32 {
        if let Some(t) = self.days[year_slot(year)].get() {
            return t.count();
        }
        let (first, last) = year_bounds(year);
        let mut count = (weekly_workdays_before(index(last) + 1) - weekly_workdays_before(index(first))) as i64;
        for (d, kind, _) in self.marks(year) {
            count += i64::from(kind.is_workday()) - i64::from(weekly_kind(index(d)).is_workday());
        }
        count as u32
    }

    /// Working days before each year of the range, and their total at the end.
    fn starts(&self) -> &[u32] {
        self.starts.get_or_init(|| {
            let mut starts = Vec::with_capacity(range_years() + 1);
            let mut acc = 0;
            starts.push(acc);
            for year in FIRST_DAY.year()..=LAST_DAY.year() {
                acc += self.year_count(year);
                starts.push(acc);
            }
            starts
        })
    }

    /// Add or replace one year's official schedule.
    ///
    /// # Errors
    ///
    /// `invalid_calendar`, naming the offending value, for a date outside the year,
    /// a makeup day that is not a weekend day, a holiday day listed twice, a day both
    /// holiday and makeup, or a statutory day off of the year (《全国年节及纪念日放假办法》)
    /// that is not a holiday day. The calendar is unchanged on error.
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Calendar, ErrorCode, YearSchedule};
    /// let mut cal = Calendar::official();
    /// // A hypothetical 2027 (the notice is not out), with every statutory day off.
    /// let year = YearSchedule::from_json(r#"{"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知",
    ///     "holidays": [{"name": "元旦", "days": ["2027-01-01", "2027-01-02", "2027-01-03"]},
///     {"name": "春节", "days": ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]}, {"name": "清明节", "days": ["2027-04-05"]},
///     {"name": "劳动节", "days": ["2027-05-01", "2027-05-02"]}, {"name": "端午节", "days": ["2027-06-09"]},
///     {"name": "中秋节", "days": ["2027-09-15"]}, {"name": "国庆节", "days": ["2027-10-01", "2027-10-02", "2027-10-03"]}],
    ///     "makeupWorkdays": []}"#)?;
    /// cal.load_year(year)?;
    /// assert!(cal.is_official(2027));
    /// assert!(!cal.day_info(parse_date("2027-01-02")?)?.provisional);
    ///
    /// // A makeup working day must be a weekend day; the calendar is left unchanged.
    /// let bad = YearSchedule::from_json(r#"{"year": 2028, "source": "…", "holidays": [], "makeupWorkdays": ["2028-01-05"]}"#)?;
    /// assert_eq!(cal.load_year(bad).unwrap_err().code(), ErrorCode::InvalidCalendar);
    /// assert!(!cal.is_official(2028));
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn load_year(&mut self, schedule: YearSchedule) -> Result<(), Error> {
        let checked = schedule.check()?;
        // Every statutory day off of the year is a day off of its schedule, as the notice
        // parser requires (issue 23: a 2027 with only 元旦 made 春节 ordinary days).
        checked.covers_statutory_days(&statutory::statutory_days(checked.year, &self.lunisolar))?;
        let year = checked.year;
        put_year(&mut self.years, checked);
        self.days[year_slot(year)] = OnceLock::new();
        self.starts = OnceLock::new();
        Ok(())
    }

    /// Whether a year has an official schedule.
    ///
    /// ```
    /// use jincheng_rules::Calendar;
    /// let cal = Calendar::official();
    /// assert!(cal.is_official(2026));
    /// assert!(!cal.is_official(2027)); // the 2027 notice is not out: its answers are provisional
    /// ```
    pub fn is_official(&self, year: i32) -> bool {
        self.schedule_of(year).is_some()
    }

    /// The official schedule of a year, if it has one.
    fn schedule_of(&self, year: i32) -> Option<&CheckedYear> {
        self.years.binary_search_by_key(&year, |y| y.year).ok().map(|at| &self.years[at])
    }

    /// The official schedules' span.
    ///
    /// ```
    /// use jincheng_rules::Calendar;
    /// let c = Calendar::official().coverage();
    /// assert_eq!((c.from.unwrap().to_string(), c.to.unwrap().to_string()), ("2021-01-01".into(), "2026-12-31".into()));
    /// ```
    pub fn coverage(&self) -> Coverage {
        let years: Vec<i32> = self.years.iter().map(|y| y.year).collect();
        Coverage {
            // Within the supported range: a schedule for 1949 covers from 1 October.
            from: years.first().and_then(|y| NaiveDate::from_ymd_opt(*y, 1, 1)).map(|d| d.max(FIRST_DAY)),
            to: years.last().and_then(|y| NaiveDate::from_ymd_opt(*y, 12, 31)).map(|d| d.min(LAST_DAY)),
            years,
        }
    }

    /// The kind of a day of the range and its holiday name (empty for none).
    fn kind_of(&self, d: NaiveDate) -> (DayKind, &str) {
        let t = self.year_days(d.year());
        let i = t.at(d);
        (DayKind::from_code(t.kinds[i]), &t.names[usize::from(t.name_of[i])])
    }

    /// The working days of the range up to and including `d` (in the range), and
    /// whether that needed the counts of the years before (`starts`): only when asked.
    fn count_through(&self, d: NaiveDate, across_years: bool) -> i64 {
        let t = self.year_days(d.year());
        let own = i64::from(t.prefix[t.at(d) + 1]);
        if across_years {
            own + i64::from(self.starts()[year_slot(d.year())])
        } else {
            own
        }
    }

    /// Whether `d` is a working day.
    ///
    /// # Errors
    ///
    /// `out_of_range` outside 1949-10-01 … 2099-12-31.
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Calendar};
    /// let cal = Calendar::official();
    /// assert!(!cal.is_workday(parse_date("2026-02-16")?)?); // 除夕, a day off from 2025
    /// assert!(cal.is_workday(parse_date("2024-02-09")?)?);  // 除夕 2024: still a working day
    /// assert!(cal.is_workday(parse_date("2026-02-28")?)?);  // Saturday, 调休上班
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn is_workday(&self, d: NaiveDate) -> Result<bool, Error> {
        Ok(self.kind_of(check_range(d)?).0.is_workday())
    }

    /// Everything known about `d`.
    ///
    /// # Errors
    ///
    /// `out_of_range` outside the supported range.
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Calendar, DayKind};
    /// let cal = Calendar::official();
    /// let national_day = cal.day_info(parse_date("2026-10-01")?)?;
    /// assert_eq!((national_day.kind, national_day.holiday.as_deref()), (DayKind::Holiday, Some("国庆节")));
    /// assert!(national_day.source.unwrap().contains("国办发明电〔2025〕7号")); // the notice
    /// let makeup = cal.day_info(parse_date("2026-10-10")?)?;                // a Saturday
    /// assert!(makeup.workday && makeup.kind == DayKind::MakeupWorkday);
    /// // 元旦 2027: a day off by the law itself, provisional until the 2027 notice.
    /// let new_year = cal.day_info(parse_date("2027-01-01")?)?;
    /// assert!(!new_year.workday && new_year.provisional);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn day_info(&self, d: NaiveDate) -> Result<DayInfo, Error> {
        let (kind, name) = self.kind_of(check_range(d)?);
        let holiday = (!name.is_empty()).then(|| name.to_owned());
        let source = match (self.schedule_of(d.year()), kind) {
            (Some(y), DayKind::Holiday) => {
                let own = y.holiday_on(d).and_then(|h| h.source.as_deref());
                Some(own.unwrap_or(&y.source).to_owned())
            }
            (Some(y), DayKind::MakeupWorkday) => Some(y.source.to_string()),
            (None, DayKind::Holiday) => Some(statutory::era(d).citation.to_owned()),
            _ => None,
        };
        Ok(DayInfo { date: d, workday: kind.is_workday(), kind, holiday, provisional: !self.is_official(d.year()), source })
    }

    /// The n-th working day strictly after `d` (n ≥ 1), the |n|-th strictly before
    /// (n ≤ −1), or `d` itself (n = 0). Costs the same for any `n`.
    ///
    /// # Errors
    ///
    /// `out_of_range` when `d` or the result lies outside the supported range.
    ///
    /// # Example: a count across 春节 and a makeup Saturday
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Calendar};
    /// let cal = Calendar::official();
    /// // 2024-02-08 (Thu) + 20 working days: the Spring Festival block is skipped and
    /// // Sunday 18 February (调休上班) counts, so the period ends 13 March.
    /// assert_eq!(cal.add_workdays(parse_date("2024-02-08")?, 20)?.to_string(), "2024-03-13");
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn add_workdays(&self, d: NaiveDate, n: i64) -> Result<NaiveDate, Error> {
        let d = check_range(d)?;
        if n == 0 {
            return Ok(d);
        }
        let beyond = || {
            let (dir, edge) = if n > 0 { ("after", LAST_DAY) } else { ("before", FIRST_DAY) };
            let zh_dir = if n > 0 { "后" } else { "前" };
            Error::new(
                ErrorCode::OutOfRange,
                format!("the {}th working day {dir} {d} lies beyond {edge}, the end of the supported range", n.unsigned_abs()),
            )
            .with_zh(format!("{d}{zh_dir}第{}个工作日超出可计算的范围（1949年10月1日至2099年12月31日）。", n.unsigned_abs()))
        };
        // The target: the working day whose inclusive count C(j) reaches C(d) + n
        // (forward), or C(d − 1) + n + 1 (backward). Counted in d's year first: most
        // periods end in it, and then no other year is built.
        let t = self.year_days(d.year());
        let i = t.at(d);
        let own = if n > 0 { i64::from(t.prefix[i + 1]).checked_add(n) } else { i64::from(t.prefix[i]).checked_add(n + 1) };
        if let Some(target) = own.filter(|x| (1..=i64::from(t.count())).contains(x)) {
            return Ok(t.nth_workday(target));
        }
        // Across years: the same target counted from the start of the range.
        let starts = self.starts();
        let total = i64::from(starts[range_years()]);
        let target = own.and_then(|x| x.checked_add(i64::from(starts[year_slot(d.year())]))).filter(|x| (1..=total).contains(x)).ok_or_else(beyond)?;
        // The year holding it: the last whose start lies before it.
        let slot = starts.partition_point(|&s| i64::from(s) < target) - 1;
        let year = FIRST_DAY.year() + slot as i32;
        Ok(self.year_days(year).nth_workday(target - i64::from(starts[slot])))
    }

    /// Working days in the half-open span (`from`, `to`]; negative when `to` < `from`.
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Calendar};
    /// let cal = Calendar::official();
    /// assert_eq!(cal.workdays_between(parse_date("2026-01-01")?, parse_date("2026-12-31")?)?, 248);
    /// assert_eq!(cal.workdays_between(parse_date("2026-10-10")?, parse_date("2026-09-30")?)?, -3);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// `out_of_range` when either day lies outside the supported range.
    pub fn workdays_between(&self, from: NaiveDate, to: NaiveDate) -> Result<i64, Error> {
        let (from, to) = (check_range(from)?, check_range(to)?);
        let across_years = from.year() != to.year();
        Ok(self.count_through(to, across_years) - self.count_through(from, across_years))
    }

    /// The years without an official schedule among the days of (`from`, `to`]
    /// (or (`to`, `from`] when `to` < `from`): an answer over that span is provisional.
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Calendar};
    /// let cal = Calendar::official();
    /// assert_eq!(cal.provisional_years(parse_date("2026-12-18")?, parse_date("2027-01-04")?), vec![2027]);
    /// assert!(cal.provisional_years(parse_date("2026-01-01")?, parse_date("2026-12-31")?).is_empty());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn provisional_years(&self, from: NaiveDate, to: NaiveDate) -> Vec<i32> {
        let (lo, hi) = if from <= to { (from.succ_opt(), to) } else { (to.succ_opt(), from) };
        let Some(lo) = lo.filter(|lo| *lo <= hi) else { return Vec::new() };
        (lo.year()..=hi.year()).filter(|y| !self.is_official(*y)).collect()
    }

    /// [`Calendar::add_workdays`] with its explanation: the rest days skipped (as
    /// runs), the makeup working days counted, and whether the count is provisional.
    ///
    /// # Errors
    ///
    /// As [`Calendar::add_workdays`].
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Calendar, DayKind};
    /// let cal = Calendar::official();
    /// // A deadline on the National Day holiday moves past it: 5 working days from 28 September.
    /// let count = cal.explain_add_workdays(parse_date("2026-09-28")?, 5)?;
    /// assert_eq!(count.due.to_string(), "2026-10-10");                  // Saturday, 调休上班
    /// let holiday = count.skipped.iter().find(|r| r.kind == DayKind::Holiday).unwrap();
    /// assert_eq!((holiday.from.to_string().as_str(), holiday.days), ("2026-10-01", 7));
    /// assert_eq!(count.makeup_workdays[0].date.to_string(), "2026-10-10");
    /// assert!(!count.provisional);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn explain_add_workdays(&self, d: NaiveDate, n: i64) -> Result<WorkdayCount, Error> {
        let due = self.add_workdays(d, n)?;
        let (skipped, makeup_workdays) = match n {
            0 => (Vec::new(), Vec::new()),
            1.. => self.explain_days(d + chrono::Duration::days(1), due)?,
            _ => self.explain_days(due, d - chrono::Duration::days(1))?,
        };
        let provisional_years = self.provisional_years(d, due);
        Ok(WorkdayCount { from: d, n, due, provisional: !provisional_years.is_empty(), provisional_years, skipped, makeup_workdays })
    }

    /// The days `from` … `to` (both included; none when `to` < `from`) as a count sees
    /// them: the rest days grouped into runs (a run is a holiday run when any of its
    /// days is a holiday, its names joined with `、`) and the makeup working days.
    /// Every explanation of a count — working days, months with rollover, intervals
    /// left out — is built from this.
    ///
    /// # Errors
    ///
    /// `out_of_range` when a non-empty span leaves the supported range.
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Calendar};
    /// let cal = Calendar::official();
    /// let (runs, makeup) = cal.explain_days(parse_date("2026-09-30")?, parse_date("2026-10-11")?)?;
    /// // 国庆 1–7 October, then Sunday 11 October; Saturday 10 October is a working day.
    /// let spans: Vec<String> = runs.iter().map(|r| format!("{}..{} {}", r.from, r.to, r.days)).collect();
    /// assert_eq!(spans, ["2026-10-01..2026-10-07 7", "2026-10-11..2026-10-11 1"]);
    /// assert_eq!(makeup.len(), 1);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn explain_days(&self, from: NaiveDate, to: NaiveDate) -> Result<(Vec<RestRun>, Vec<DayInfo>), Error> {
        let mut runs: Vec<RestRun> = Vec::new();
        let mut makeup = Vec::new();
        if to < from {
            return Ok((runs, makeup));
        }
        let (from, to) = (check_range(from)?, check_range(to)?);
        for date in from.iter_days().take_while(|d| *d <= to) {
            let (kind, name) = self.kind_of(date);
            if kind == DayKind::MakeupWorkday {
                makeup.push(self.day_info(date)?);
                continue;
            }
            if kind.is_workday() {
                continue;
            }
            let provisional = !self.is_official(date.year());
            let name = (!name.is_empty()).then_some(name);
            match runs.last_mut() {
                Some(run) if run.to.succ_opt() == Some(date) => {
                    run.to = date;
                    run.days += 1;
                    run.provisional |= provisional;
                    if kind == DayKind::Holiday {
                        run.kind = DayKind::Holiday;
                    }
                    if let Some(name) = name {
                        add_names(&mut run.holiday, name);
                    }
                }
                _ => runs.push(RestRun { from: date, to: date, days: 1, kind, holiday: name.map(str::to_owned), provisional }),
            }
        }
        Ok((runs, makeup))
    }
}

/// Add a day's holiday name to a run's names, each festival once, in the order first
/// met: a day's name may itself join two festivals (“中秋节、国庆节” in the 2023 notice,
/// or a statutory year where 中秋 falls on 1 October), so it is added festival by festival.
fn add_names(names: &mut Option<String>, day: &str) {
    for festival in day.split('、') {
        match names {
            Some(h) if h.split('、').any(|p| p == festival) => {}
            Some(h) => {
                h.push('、');
                h.push_str(festival);
            }
            None => *names = Some(festival.to_owned()),
        }
    }
}

#[cfg(test)]
mod tests;

mod write {
    //! The calendar's results as JSON text (see [`crate::json::WriteJson`]).
    use super::{Coverage, DayInfo, DayKind, RestRun, WorkdayCount};
    use crate::json::{write_object, WriteJson};

    impl WriteJson for DayKind {
        fn write_json(&self, out: &mut String) {
            out.push_str(match self {
                DayKind::Weekday => "\"weekday\"",
                DayKind::Weekend => "\"weekend\"",
                DayKind::Holiday => "\"holiday\"",
                DayKind::MakeupWorkday => "\"makeup_workday\"",
            });
        }
    }

    impl WriteJson for DayInfo {
        fn write_json(&self, out: &mut String) {
            write_object(
                out,
                &[
                    ("date", &self.date),
                    ("workday", &self.workday),
                    ("kind", &self.kind),
                    ("holiday", &self.holiday),
                    ("provisional", &self.provisional),
                    ("source", &self.source),
                ],
            );
        }
    }

    impl WriteJson for RestRun {
        fn write_json(&self, out: &mut String) {
            write_object(
                out,
                &[
                    ("from", &self.from),
                    ("to", &self.to),
                    ("days", &self.days),
                    ("kind", &self.kind),
                    ("holiday", &self.holiday),
                    ("provisional", &self.provisional),
                ],
            );
        }
    }

    impl WriteJson for WorkdayCount {
        fn write_json(&self, out: &mut String) {
            write_object(
                out,
                &[
                    ("from", &self.from),
                    ("n", &self.n),
                    ("due", &self.due),
                    ("provisional", &self.provisional),
                    ("provisionalYears", &self.provisional_years),
                    ("skipped", &self.skipped),
                    ("makeupWorkdays", &self.makeup_workdays),
                ],
            );
        }
    }

    impl WriteJson for Coverage {
        fn write_json(&self, out: &mut String) {
            write_object(out, &[("from", &self.from), ("to", &self.to), ("years", &self.years)]);
        }
    }

    #[cfg(all(test, feature = "serde"))]
    mod tests {
        use crate::json::WriteJson;
        use crate::{parse_date, Calendar};

        /// The direct writer gives serde's text, byte for byte.
        #[test]
        fn written_like_serde() {
            let cal = Calendar::official();
            for (d, n) in [("2026-09-28", 5), ("2026-12-18", 10), ("2024-09-27", 20), ("2026-03-03", -7), ("1990-01-01", 0)] {
                let d = parse_date(d).unwrap();
                let count = cal.explain_add_workdays(d, n).unwrap();
                assert_eq!(count.to_json(), serde_json::to_string(&count).unwrap());
                let info = cal.day_info(d).unwrap();
                assert_eq!(info.to_json(), serde_json::to_string(&info).unwrap());
            }
            let c = cal.coverage();
            assert_eq!(c.to_json(), serde_json::to_string(&c).unwrap());
            let none = crate::Coverage { from: None, to: None, years: Vec::new() };
            assert_eq!(none.to_json(), serde_json::to_string(&none).unwrap());
        }
    }
}
