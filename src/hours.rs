//! Working time in a service hall (periods.md R9): service commitments such as
//! “印章刻制1小时”, “30分钟内完成” or “银行开户0.5个工作日”, counted in the hall's
//! opening hours on working days only.
//!
//! * The clock starts at the submission moment, or at the next opening when the
//!   submission falls outside the opening hours (before opening, at lunch, after
//!   closing, on a rest day).
//! * Lunch and every other closed period stop the clock; what is left when the hall
//!   closes carries over to the next working day's opening.
//! * “0.5个工作日” is half of that day's configured working time (R9), not 4 hours
//!   of a nominal 8-hour day.
//! * “即来即办”/“当场” is due at the submission moment, or at the next opening when
//!   the hall is closed.
//!
//! These are local service standards (承诺时限), not statutory periods: the law
//! fixes neither the hours nor the method (优化营商环境条例 第三十六条; periods.md §7).
//! The hours are therefore configuration, per hall and season: see [`ServiceHours`].

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use crate::calendar::{Calendar, DayKind, RestRun};
use crate::error::{quote, Error, ErrorCode};
use crate::model::TraceKind;
use crate::model::{t, Locale, Text, TraceEntry};
use crate::periods::{format_date, format_date_weekday, merge_traces, provisional_note, run_entry, sentence, Period, MAKEUP_COUNTED};

/// The daily opening periods of a service hall, applied on the working days of the
/// [`Calendar`] only (weekends and holidays are closed; makeup working days open).
///
/// The default is 8:00–12:00 and 14:30–17:30: the typical schedule of state organs
/// in northern China, from a secondary, unverified source (periods.md §7, citing
/// <http://uianet.net/dictionary/b1054412.html>; summer hours are often 15:00–18:00
/// in the afternoon). **The official hours of Shanxi's or Jincheng's service halls
/// were not found.** A portal should set its own hall's hours (and change them with
/// the season) through [`crate::Options::service_hours`] rather than rely on this.
///
/// ```
/// use jincheng_rules::{hours::ServiceHours, Locale};
/// let summer = ServiceHours::parse(&[("08:00", "12:00"), ("15:00", "18:00")])?;
/// assert_eq!(summer.daily_minutes(), 420);
/// assert_eq!(ServiceHours::default().describe(Locale::ZhCn), "8:00—12:00、14:30—17:30");
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServiceHours {
    periods: Vec<(NaiveTime, NaiveTime)>,
}

/// At most this many opening periods a day.
pub const MAX_PERIODS: usize = 8;

/// The longest count accepted, in minutes of working time (a year of whole days).
pub const MAX_MINUTES: i64 = 366 * 24 * 60;

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap_or(NaiveTime::MIN)
}

impl Default for ServiceHours {
    fn default() -> ServiceHours {
        ServiceHours { periods: vec![(hm(8, 0), hm(12, 0)), (hm(14, 30), hm(17, 30))] }
    }
}

fn bad(why: String) -> Error {
    Error::new(ErrorCode::InvalidOptions, format!("serviceHours: {why}"))
}

fn parse_hm(s: &str) -> Option<NaiveTime> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' || !b[..2].iter().chain(&b[3..]).all(u8::is_ascii_digit) {
        return None;
    }
    let h = u32::from(b[0] - b'0') * 10 + u32::from(b[1] - b'0');
    let m = u32::from(b[3] - b'0') * 10 + u32::from(b[4] - b'0');
    NaiveTime::from_hms_opt(h, m, 0)
}

impl ServiceHours {
    /// Opening periods from `("HH:MM", "HH:MM")` pairs (00:00–23:59), in order of
    /// the day and not overlapping.
    ///
    /// # Errors
    ///
    /// `invalid_options`, naming the bad value: a malformed time, a period that does
    /// not end after it starts, periods out of order or overlapping, none, or more
    /// than [`MAX_PERIODS`].
    pub fn parse<S: AsRef<str>>(periods: &[(S, S)]) -> Result<ServiceHours, Error> {
        let mut out = Vec::with_capacity(periods.len());
        for (i, (a, b)) in periods.iter().enumerate() {
            let t = |s: &str| {
                parse_hm(s).ok_or_else(|| bad(format!("period {}: invalid time {}: expected HH:MM from 00:00 to 23:59", i + 1, quote(s))))
            };
            out.push((t(a.as_ref())?, t(b.as_ref())?));
        }
        ServiceHours::new(out)
    }

    /// Opening periods from times.
    ///
    /// # Errors
    ///
    /// As [`ServiceHours::parse`].
    pub fn new(periods: Vec<(NaiveTime, NaiveTime)>) -> Result<ServiceHours, Error> {
        if periods.is_empty() {
            return Err(bad("no opening period: give at least one [\"HH:MM\", \"HH:MM\"]".to_owned()));
        }
        if periods.len() > MAX_PERIODS {
            return Err(bad(format!("{} periods: at most {MAX_PERIODS}", periods.len())));
        }
        for (i, (a, b)) in periods.iter().enumerate() {
            if a.second() != 0 || b.second() != 0 || a.nanosecond() != 0 || b.nanosecond() != 0 {
                return Err(bad(format!("period {}: times are whole minutes", i + 1)));
            }
            if b <= a {
                return Err(bad(format!(
                    "period {} [\"{}\", \"{}\"] does not end after it starts",
                    i + 1,
                    crate::date::format_time(*a),
                    crate::date::format_time(*b)
                )));
            }
            if let Some((_, prev_end)) = i.checked_sub(1).map(|j| periods[j]) {
                if *a < prev_end {
                    return Err(bad(format!(
                        "period {} starts at {}, before period {} ends ({}): list the periods in order, without overlap",
                        i + 1,
                        crate::date::format_time(*a),
                        i,
                        crate::date::format_time(prev_end)
                    )));
                }
            }
        }
        Ok(ServiceHours { periods })
    }

    /// The opening periods, in order of the day.
    pub fn periods(&self) -> &[(NaiveTime, NaiveTime)] {
        &self.periods
    }

    /// The working time of one working day, in minutes.
    pub fn daily_minutes(&self) -> i64 {
        self.periods.iter().map(|(a, b)| (*b - *a).num_minutes()).sum()
    }

    /// The periods in words: `8:00—12:00、14:30—17:30` / `8:00–12:00, 14:30–17:30`.
    pub fn describe(&self, locale: Locale) -> String {
        let (dash, sep) = (t("—", "–").get(locale), t("、", ", ").get(locale));
        self.periods.iter().map(|(a, b)| format!("{}{dash}{}", clock(*a), clock(*b))).collect::<Vec<_>>().join(sep)
    }
}

/// `8:05`.
fn clock(t: NaiveTime) -> String {
    format!("{}:{:02}", t.hour(), t.minute())
}

/// `2026年9月30日16:30` / `2026-09-30 16:30`.
pub fn format_date_time(t: NaiveDateTime, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{}{}", format_date(t.date(), locale), clock(t.time())),
        Locale::En => format!("{} {}", t.date(), crate::date::format_time(t)),
    }
}

/// `2026年10月8日（星期四）8:15` / `Thursday 2026-10-08 08:15`.
fn format_date_time_weekday(t: NaiveDateTime, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{}{}", format_date_weekday(t.date(), locale), clock(t.time())),
        Locale::En => format!("{} {}", format_date_weekday(t.date(), locale), crate::date::format_time(t)),
    }
}

/// `1小时`, `30分钟`, `3小时30分钟` / `1 hour`, `3 h 30 min`.
pub fn duration_words(minutes: i64, locale: Locale) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, _) => t("{m}分钟", "{m} minutes"),
        (1, 0) => t("{h}小时", "1 hour"),
        (_, 0) => t("{h}小时", "{h} hours"),
        _ => t("{h}小时{m}分钟", "{h} h {m} min"),
    }
    .fill(locale, &[("h", &h.to_string()), ("m", &m.to_string())])
}

/// What a run of the clock found.
struct Clock {
    /// When the clock started (the submission, or the next opening).
    started: NaiveDateTime,
    due: NaiveDateTime,
    /// Intervals during which the clock stood still.
    closed: Vec<(NaiveDateTime, NaiveDateTime)>,
    /// Rest days between the working days used.
    runs: Vec<RestRun>,
    /// Makeup working days (调休上班) on which the clock ran.
    makeups: Vec<NaiveDate>,
    provisional_years: Vec<i32>,
}

fn out_of_range() -> Error {
    Error::new(ErrorCode::OutOfRange, "the count leaves the supported range 1949-10-01 to 2099-12-31")
}

fn run_clock(cal: &Calendar, hours: &ServiceHours, start: NaiveDateTime, minutes: i64) -> Result<Clock, Error> {
    if !(0..=MAX_MINUTES).contains(&minutes) {
        return Err(Error::new(ErrorCode::InvalidArgument, format!("minutes must be between 0 and {MAX_MINUTES}, got {minutes}")));
    }
    let mut day = crate::date::check_range(start.date())?;
    let mut runs = Vec::new();
    if !cal.is_workday(day)? {
        // Counted from the day before: the rest days from the submission day on.
        let count = cal.explain_add_workdays(day.pred_opt().ok_or_else(out_of_range)?, 1)?;
        runs.extend(count.skipped);
        day = count.due;
    }
    let (mut cursor, mut remaining) = (start, minutes);
    let (mut closed, mut makeups) = (Vec::new(), Vec::new());
    let mut started = None;
    loop {
        for &(a, b) in &hours.periods {
            let (open, close) = (day.and_time(a), day.and_time(b));
            if cursor >= close {
                continue;
            }
            if cursor < open {
                closed.push((cursor, open));
                cursor = open;
            }
            started.get_or_insert(cursor);
            if makeups.last() != Some(&day) && cal.day_info(day)?.kind == DayKind::MakeupWorkday {
                makeups.push(day);
            }
            let available = (close - cursor).num_minutes();
            if remaining <= available {
                let due = cursor + Duration::minutes(remaining);
                let provisional_years = cal.provisional_years(start.date().pred_opt().unwrap_or(start.date()), due.date());
                return Ok(Clock { started: started.unwrap_or(cursor), due, closed, runs, makeups, provisional_years });
            }
            remaining -= available;
            cursor = close;
        }
        let count = cal.explain_add_workdays(day, 1)?;
        runs.extend(count.skipped);
        day = count.due;
    }
}

fn closed_entry(from: NaiveDateTime, to: NaiveDateTime, submitted: NaiveDateTime, ev: &str, locale: Locale) -> TraceEntry {
    let reason = if from == submitted {
        t("{ev}时不在办公时间内，自{to}起计时", "{ev} outside office hours: the clock starts at {to}")
            .fill(locale, &[("ev", ev), ("to", &format_date_time(to, locale))])
    } else if from.date() == to.date() {
        t("非办公时间（{from}—{to}），不计时", "office closed ({from}–{to}), not counted").fill(locale, &[("from", &clock(from.time())), ("to", &clock(to.time()))])
    } else {
        t("下班后至下一工作日上班（{from}至{to}），不计时", "office closed from {from} to {to}, not counted")
            .fill(locale, &[("from", &format_date_time(from, locale)), ("to", &format_date_time(to, locale))])
    };
    TraceEntry {
        from: crate::date::format_date_time(from),
        to: crate::date::format_date_time(to),
        days: 0,
        kind: TraceKind::Closed,
        holiday: None,
        provisional: false,
        reason,
    }
}

fn trace(c: &Clock, submitted: NaiveDateTime, ev: &str, cal: &Calendar, locale: Locale) -> Vec<TraceEntry> {
    let runs: Vec<TraceEntry> = c.runs.iter().map(|r| run_entry(r, locale)).collect();
    let closed: Vec<TraceEntry> = c.closed.iter().map(|(a, b)| closed_entry(*a, *b, submitted, ev, locale)).collect();
    let mut makeups = Vec::with_capacity(c.makeups.len());
    for d in &c.makeups {
        makeups.push(TraceEntry {
            from: d.to_string(),
            to: d.to_string(),
            days: 1,
            kind: TraceKind::MakeupWorkday,
            holiday: None,
            provisional: !cal.is_official(d.year()),
            reason: MAKEUP_COUNTED.get(locale).to_owned(),
        });
    }
    merge_traces(merge_traces(runs, closed), makeups)
}

fn finish(c: &Clock, mut parts: Vec<String>, submitted: NaiveDateTime, ev: &str, cal: &Calendar, locale: Locale) -> Period {
    if !c.provisional_years.is_empty() {
        parts.push(provisional_note(&c.provisional_years, locale));
    }
    Period {
        due: c.due.date(),
        due_time: Some(c.due.time()),
        rule: sentence(&parts, locale),
        trace: trace(c, submitted, ev, cal, locale),
        provisional: !c.provisional_years.is_empty(),
        act_by: None,
        advice: None,
    }
}

fn count(
    cal: &Calendar,
    hours: &ServiceHours,
    start: NaiveDateTime,
    minutes: i64,
    amount: String,
    event: Text,
    locale: Locale,
) -> Result<Period, Error> {
    let c = run_clock(cal, hours, start, minutes)?;
    let ev = event.get(locale);
    let mut parts = Vec::new();
    match locale {
        Locale::ZhCn => {
            parts.push(format!("{amount}按工作日办公时间（{}）计算，非办公时间和休息日不计时", hours.describe(locale)));
            if c.started == start {
                parts.push(format!("自{ev}时（{}）起计时", format_date_time(start, locale)));
            } else {
                parts.push(format!(
                    "{ev}时（{}）不在办公时间内，自{}起计时",
                    format_date_time(start, locale),
                    format_date_time(c.started, locale)
                ));
            }
        }
        Locale::En => {
            parts.push(format!(
                "{amount} of office time on working days ({}); closed hours and rest days are not counted",
                hours.describe(locale)
            ));
            if c.started == start {
                parts.push(format!("the clock starts at {ev} ({})", format_date_time(start, locale)));
            } else {
                parts.push(format!(
                    "{ev} ({}) was outside office hours, so the clock starts at {}",
                    format_date_time(start, locale),
                    format_date_time(c.started, locale)
                ));
            }
        }
    }
    parts.extend(crate::periods::skipped_words(cal, &c.runs, c.makeups.iter().copied(), locale));
    parts.push(match locale {
        Locale::ZhCn => format!("至{}届满", format_date_time_weekday(c.due, locale)),
        Locale::En => format!("the time runs out at {}", format_date_time_weekday(c.due, locale)),
    });
    Ok(finish(&c, parts, start, ev, cal, locale))
}

/// `minutes` of working time from `start` (R9): the moment they are used up.
/// `event` names the start (“受理”).
///
/// # Errors
///
/// `invalid_argument` for minutes outside 0..=[`MAX_MINUTES`]; `out_of_range`
/// when the count leaves the supported dates.
///
/// ```
/// use jincheng_rules::{hours::{working_minutes_after, ServiceHours}, parse_date_time, Calendar, Locale, Text};
/// let cal = Calendar::official();
/// let received = Text { zh: "受理", en: "receipt" };
/// // 16:45 on the eve of National Day: 45 minutes that day, 15 after the holiday.
/// let p = working_minutes_after(&cal, &ServiceHours::default(), parse_date_time("2026-09-30T16:45")?, 60, received, Locale::ZhCn)?;
/// assert_eq!((p.due.to_string(), p.due_time.unwrap().to_string()), ("2026-10-08".into(), "08:15:00".into()));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn working_minutes_after(
    cal: &Calendar,
    hours: &ServiceHours,
    start: NaiveDateTime,
    minutes: i64,
    event: Text,
    locale: Locale,
) -> Result<Period, Error> {
    count(cal, hours, start, minutes, duration_words(minutes, locale), event, locale)
}

/// “0.5个工作日” from `start` (R9): half of a working day's configured office time
/// (3 h 30 min under the default hours), rounded up to a whole minute.
///
/// # Errors
///
/// As [`working_minutes_after`].
pub fn half_working_day_after(
    cal: &Calendar,
    hours: &ServiceHours,
    start: NaiveDateTime,
    event: Text,
    locale: Locale,
) -> Result<Period, Error> {
    let daily = hours.daily_minutes();
    let half = (daily + 1) / 2;
    let amount = match locale {
        Locale::ZhCn => format!("0.5个工作日（每日办公时间{}的一半，即{}）", duration_words(daily, locale), duration_words(half, locale)),
        Locale::En => format!(
            "0.5 working day (half of an office day of {}, that is {})",
            duration_words(daily, locale),
            duration_words(half, locale)
        ),
    };
    count(cal, hours, start, half, amount, event, locale)
}

/// “即来即办”/“当场办结” (on the spot): due at `start` when the hall is open then,
/// otherwise at its next opening — the words say which.
///
/// # Errors
///
/// `out_of_range` outside the supported dates.
pub fn on_the_spot(cal: &Calendar, hours: &ServiceHours, start: NaiveDateTime, event: Text, locale: Locale) -> Result<Period, Error> {
    let c = run_clock(cal, hours, start, 0)?;
    let ev = event.get(locale);
    let mut parts = Vec::new();
    if c.due == start {
        parts.push(match locale {
            Locale::ZhCn => {
                format!("即来即办：{ev}时（{}）在办公时间（{}）内，当场办结", format_date_time(start, locale), hours.describe(locale))
            }
            Locale::En => format!(
                "on the spot: {ev} ({}) is within office hours ({}), so it is done there and then",
                format_date_time(start, locale),
                hours.describe(locale)
            ),
        });
    } else {
        parts.push(match locale {
            Locale::ZhCn => format!(
                "即来即办：{ev}时（{}）不在办公时间（{}）内，于下一办公时段开始时办理",
                format_date_time(start, locale),
                hours.describe(locale)
            ),
            Locale::En => format!(
                "on the spot: {ev} ({}) is outside office hours ({}), so it is done when the office next opens",
                format_date_time(start, locale),
                hours.describe(locale)
            ),
        });
        parts.extend(crate::periods::skipped_words(cal, &c.runs, c.makeups.iter().copied(), locale));
        parts.push(match locale {
            Locale::ZhCn => format!("即{}", format_date_time_weekday(c.due, locale)),
            Locale::En => format!("that is {}", format_date_time_weekday(c.due, locale)),
        });
    }
    Ok(finish(&c, parts, start, ev, cal, locale))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_date_time;

    const RECEIVED: Text = Text { zh: "受理", en: "receipt" };

    fn at(s: &str) -> NaiveDateTime {
        parse_date_time(s).unwrap()
    }

    fn due(p: &Period) -> String {
        format!("{}T{}", p.due, crate::date::format_time(p.due_time.unwrap()))
    }

    fn minutes(start: &str, n: i64) -> Period {
        working_minutes_after(&Calendar::official(), &ServiceHours::default(), at(start), n, RECEIVED, Locale::ZhCn).unwrap()
    }

    #[test]
    fn within_one_morning() {
        let p = minutes("2026-09-29T09:10", 60);
        assert_eq!(due(&p), "2026-09-29T10:10");
        assert!(p.trace.is_empty());
        assert_eq!(p.rule, "1小时按工作日办公时间（8:00—12:00、14:30—17:30）计算，非办公时间和休息日不计时，自受理时（2026年9月29日9:10）起计时，至2026年9月29日（星期二）10:10届满。");
    }

    #[test]
    fn eve_of_national_day() {
        // 16:30 + 1 hour ends exactly at closing, still on 30 September.
        assert_eq!(due(&minutes("2026-09-30T16:30", 60)), "2026-09-30T17:30");
        // One minute later it runs over the holiday (1–7 October) into 8 October.
        let p = minutes("2026-09-30T16:31", 60);
        assert_eq!(due(&p), "2026-10-08T08:01");
        assert!(p.rule.contains("跳过国庆节假期（2026年10月1日至7日）"), "{}", p.rule);
        assert!(p.rule.ends_with("至2026年10月8日（星期四）8:01届满。"), "{}", p.rule);
        assert_eq!(p.trace.len(), 2);
        assert_eq!(
            (p.trace[0].kind, p.trace[0].from.as_str(), p.trace[0].to.as_str()),
            (TraceKind::Closed, "2026-09-30T17:30", "2026-10-08T08:00")
        );
        assert_eq!((p.trace[1].kind, p.trace[1].from.as_str(), p.trace[1].days), (TraceKind::Holiday, "2026-10-01", 7));
        assert!(!p.provisional);
        // Half a working day (3 h 30 min) from 16:30: 1 hour that day, 2 h 30 min after.
        let p = half_working_day_after(&Calendar::official(), &ServiceHours::default(), at("2026-09-30T16:30"), RECEIVED, Locale::ZhCn)
            .unwrap();
        assert_eq!(due(&p), "2026-10-08T10:30");
        assert!(p.rule.starts_with("0.5个工作日（每日办公时间7小时的一半，即3小时30分钟）"), "{}", p.rule);
    }

    #[test]
    fn before_opening_and_at_lunch() {
        let p = minutes("2026-09-29T07:15", 30);
        assert_eq!(due(&p), "2026-09-29T08:30");
        assert!(p.rule.contains("受理时（2026年9月29日7:15）不在办公时间内，自2026年9月29日8:00起计时"), "{}", p.rule);
        assert_eq!(p.trace[0].reason, "受理时不在办公时间内，自2026年9月29日8:00起计时");
        // Received at lunch: the clock starts at 14:30.
        assert_eq!(due(&minutes("2026-09-29T12:40", 30)), "2026-09-29T15:00");
        // Received at 11:40: 20 minutes before lunch, 10 after.
        let p = minutes("2026-09-29T11:40", 30);
        assert_eq!(due(&p), "2026-09-29T14:40");
        assert_eq!(p.trace[0].reason, "非办公时间（12:00—14:30），不计时");
        // Exactly at 12:00 the hall is closed.
        assert_eq!(due(&minutes("2026-09-29T12:00", 0)), "2026-09-29T14:30");
    }

    #[test]
    fn weekend_and_makeup_days() {
        // Saturday 2026-09-12: the clock starts on Monday.
        let p = minutes("2026-09-12T10:00", 60);
        assert_eq!(due(&p), "2026-09-14T09:00");
        assert!(p.rule.contains("跳过周末2天"), "{}", p.rule);
        assert!(p.rule.contains("受理时（2026年9月12日10:00）不在办公时间内，自2026年9月14日8:00起计时"), "{}", p.rule);
        assert_eq!((p.trace[0].from.as_str(), p.trace[0].kind), ("2026-09-12", TraceKind::Weekend));
        // Sunday: only Sunday is skipped.
        let p = minutes("2026-09-13T10:00", 60);
        assert!(p.rule.contains("跳过周末1天"), "{}", p.rule);
        // Friday after closing.
        assert_eq!(due(&minutes("2026-09-11T18:00", 30)), "2026-09-14T08:30");
        // The Mid-Autumn Festival (25–27 September 2026) is skipped as a holiday.
        let p = minutes("2026-09-26T10:00", 60);
        assert_eq!(due(&p), "2026-09-28T09:00");
        // Named as part of the holiday (25–27 September), not as if it were 26–27 (issue 23).
        assert!(p.rule.contains("跳过中秋节假期中的2026年9月26日至27日"), "{}", p.rule);
        // 2026-10-09 (Fri) 17:00 + 1 hour: Saturday 10 October is a makeup working day.
        let p = minutes("2026-10-09T17:00", 60);
        assert_eq!(due(&p), "2026-10-10T08:30");
        assert!(p.rule.contains("2026年10月10日调休上班，计为工作日"), "{}", p.rule);
        assert!(p.trace.iter().any(|t| t.kind == TraceKind::MakeupWorkday && t.from == "2026-10-10"));
    }

    #[test]
    fn provisional_in_2027() {
        // 31 December 2026 (Thu) 17:00 + 1 hour: 元旦 2027 has no official schedule yet.
        let p = minutes("2026-12-31T17:00", 60);
        assert_eq!(due(&p), "2027-01-04T08:30");
        assert!(p.provisional);
        assert!(p.rule.contains("2027年放假安排国务院尚未公布"), "{}", p.rule);
        assert!(p.trace.iter().any(|t| t.kind == TraceKind::Holiday && t.provisional));
    }

    #[test]
    fn on_the_spot_words() {
        let cal = Calendar::official();
        let h = ServiceHours::default();
        let p = on_the_spot(&cal, &h, at("2026-09-29T10:00"), RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(due(&p), "2026-09-29T10:00");
        assert_eq!(p.rule, "即来即办：受理时（2026年9月29日10:00）在办公时间（8:00—12:00、14:30—17:30）内，当场办结。");
        let p = on_the_spot(&cal, &h, at("2026-09-30T17:45"), RECEIVED, Locale::En).unwrap();
        assert_eq!(due(&p), "2026-10-08T08:00");
        assert!(p.rule.contains("outside office hours"), "{}", p.rule);
        assert!(p.rule.contains("the 国庆节 holiday (2026-10-01 to 2026-10-07) skipped"), "{}", p.rule);
    }

    #[test]
    fn configured_hours() {
        let cal = Calendar::official();
        let summer = ServiceHours::parse(&[("08:00", "12:00"), ("15:00", "18:00")]).unwrap();
        let p = working_minutes_after(&cal, &summer, at("2026-09-30T16:30"), 60, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(due(&p), "2026-09-30T17:30");
        let p = working_minutes_after(&cal, &summer, at("2026-09-30T17:30"), 60, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(due(&p), "2026-10-08T08:30");
        let one = ServiceHours::parse(&[("09:00", "17:00")]).unwrap();
        let p = half_working_day_after(&cal, &one, at("2026-09-29T12:00"), RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(due(&p), "2026-09-29T16:00");
    }

    #[test]
    fn bad_hours_name_the_value() {
        let e = ServiceHours::parse(&[("8:00", "12:00")]).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidOptions);
        assert!(e.message().contains("\"8:00\""), "{}", e.message());
        assert!(ServiceHours::parse(&[("12:00", "08:00")]).unwrap_err().message().contains("does not end after it starts"));
        assert!(ServiceHours::parse(&[("08:00", "12:00"), ("11:00", "13:00")]).unwrap_err().message().contains("before period 1 ends"));
        assert!(ServiceHours::parse(&[("08:00", "24:00")]).is_err());
        assert!(ServiceHours::parse::<&str>(&[]).is_err());
        let e = working_minutes_after(&Calendar::official(), &ServiceHours::default(), at("2026-09-29T10:00"), -1, RECEIVED, Locale::ZhCn)
            .unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidArgument);
        let e = working_minutes_after(&Calendar::official(), &ServiceHours::default(), at("2099-12-31T17:00"), 60, RECEIVED, Locale::ZhCn)
            .unwrap_err();
        assert!(e.is_out_of_range());
    }
}
