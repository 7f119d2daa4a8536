//! Periods counted the way Chinese law counts them (the project's periods specification, rules R1–R15), with
//! their explanation in words and a trace of the days skipped.
//!
//! * [`workdays_after`]: R1 + R2 — the n-th working day strictly after the event.
//! * [`months_after`]: R1 + R4 (+ R6 when the period is for an act that may be done
//!   on the next working day) — 民法典 第二百零一至二百零三条.
//! * [`months_before`]: R11 — the latest day of an act due “N个月前”, no rollover.
//! * [`workdays_after_excluding`]: R1 + R2 + R12(a) — n working days after the event,
//!   an interval (e.g. public-notice time, “不含公示时间”) left out of the count.

use chrono::{Datelike, NaiveDate, NaiveTime};

use crate::calendar::{Calendar, DayInfo, DayKind, RestRun};
use crate::model::{Locale, Text, TraceEntry, TraceKind};
use crate::{add_months, Error, ErrorCode};

/// A computed period: the due day, the count in words, the trace, provisional.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    /// The last day.
    pub due: NaiveDate,
    /// The last moment on `due`, for limits counted in working time
    /// ([`crate::hours`]); `None` for a limit in whole days.
    pub due_time: Option<NaiveTime>,
    /// The count in words.
    pub rule: String,
    /// Days skipped or counted.
    pub trace: Vec<TraceEntry>,
    /// Whether a day of the count lies in a year without an official schedule.
    pub provisional: bool,
}

const WEEKDAYS_ZH: [&str; 7] = ["一", "二", "三", "四", "五", "六", "日"];

/// `2026年10月10日` / `2026-10-10`.
pub fn format_date(d: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Locale::En => d.to_string(),
    }
}

/// `2026年10月10日（星期六）` / `Saturday 2026-10-10`.
pub fn format_date_weekday(d: NaiveDate, locale: Locale) -> String {
    let w = d.weekday().num_days_from_monday() as usize;
    match locale {
        Locale::ZhCn => format!("{}（星期{}）", format_date(d, locale), WEEKDAYS_ZH[w]),
        Locale::En => format!("{} {}", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][w], d),
    }
}

pub(crate) fn span(from: NaiveDate, to: NaiveDate, locale: Locale) -> String {
    if from == to {
        return format_date(from, locale);
    }
    match locale {
        Locale::ZhCn if from.year() == to.year() && from.month() == to.month() => format!("{}至{}日", format_date(from, locale), to.day()),
        Locale::ZhCn if from.year() == to.year() => format!("{}至{}月{}日", format_date(from, locale), to.month(), to.day()),
        Locale::ZhCn => format!("{}至{}", format_date(from, locale), format_date(to, locale)),
        Locale::En => format!("{from} to {to}"),
    }
}

pub(crate) fn provisional_note(years: &[i32], locale: Locale) -> String {
    let list = years.iter().map(i32::to_string).collect::<Vec<_>>();
    match locale {
        Locale::ZhCn => format!("{}年放假安排国务院尚未公布，已按法定节假日推算，调休、补假以届时公布为准，结果可能变化", list.join("、")),
        Locale::En => format!(
            "no official holiday schedule for {} yet: statutory holidays are skipped, but makeup days and substitutes are unknown, so the date may change",
            list.join(", ")
        ),
    }
}

pub(crate) fn run_entry(run: &RestRun, locale: Locale) -> TraceEntry {
    let reason = match (run.kind, &run.holiday, locale) {
        (DayKind::Holiday, Some(h), Locale::ZhCn) if run.provisional => format!("{h}（法定节假日，按法律推算）"),
        (DayKind::Holiday, Some(h), Locale::ZhCn) => format!("{h}假期"),
        (DayKind::Holiday, Some(h), Locale::En) if run.provisional => format!("{h} (statutory holiday, computed from the law)"),
        (DayKind::Holiday, Some(h), Locale::En) => format!("{h} holiday"),
        (_, _, Locale::ZhCn) => "周末".to_owned(),
        (_, _, Locale::En) => "weekend".to_owned(),
    };
    TraceEntry {
        from: run.from.to_string(),
        to: run.to.to_string(),
        days: run.days,
        kind: run.kind.into(),
        holiday: run.holiday.clone(),
        provisional: run.provisional,
        reason,
    }
}

/// `n` working days from `event` (R1, R2): the n-th working day strictly after it.
/// `event_words` names the event (“收到决定书”).
///
/// # Errors
///
/// `out_of_range` when the count leaves the supported range.
pub fn workdays_after(cal: &Calendar, event: NaiveDate, n: i64, event_words: Text, locale: Locale) -> Result<Period, Error> {
    let count = cal.explain_add_workdays(event, n)?;
    let trace = count_trace(&count.skipped, &count.makeup_workdays, locale);
    let ev = event_words.get(locale);
    let mut parts = vec![match locale {
        Locale::ZhCn => format!("{ev}之日起{n}个工作日内：不含{ev}当日（{}）", format_date(event, locale)),
        Locale::En => format!("{n} working days from {ev}: the day of {ev} ({event}) is not counted"),
    }];
    parts.extend(skipped_words(&count.skipped, count.makeup_workdays.iter().map(|m| m.date), locale));
    parts.push(match locale {
        Locale::ZhCn => format!("第{n}个工作日为{}", format_date_weekday(count.due, locale)),
        Locale::En => format!("working day {n} is {}", format_date_weekday(count.due, locale)),
    });
    if count.provisional {
        parts.push(provisional_note(&count.provisional_years, locale));
    }
    let sep = if locale == Locale::ZhCn { "，" } else { "; " };
    let end = if locale == Locale::ZhCn { "。" } else { "." };
    Ok(Period { due: count.due, due_time: None, rule: parts.join(sep) + end, trace, provisional: count.provisional })
}

/// The trace of a working-day count: the rest runs skipped and the makeup days counted.
/// Merge two traces, each in order of start, into one in order of start (on a shared
/// start, `a`'s entry first): the order a stable sort of `a` then `b` gives, without
/// sorting code in the wasm. Every trace is built from such runs (rest runs, makeup
/// days, closed periods, each found in date order).
pub(crate) fn merge_traces(a: Vec<TraceEntry>, b: Vec<TraceEntry>) -> Vec<TraceEntry> {
    debug_assert!(a.windows(2).chain(b.windows(2)).all(|w| w[0].from <= w[1].from), "a trace to merge is out of order");
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let from_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.from <= y.from,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return out,
        };
        out.extend(if from_a { a.next() } else { b.next() });
    }
}

fn count_trace(skipped: &[RestRun], makeup: &[DayInfo], locale: Locale) -> Vec<TraceEntry> {
    let runs: Vec<TraceEntry> = skipped.iter().map(|r| run_entry(r, locale)).collect();
    let mut makeups = Vec::with_capacity(makeup.len());
    for m in makeup {
        makeups.push(TraceEntry {
            from: m.date.to_string(),
            to: m.date.to_string(),
            days: 1,
            kind: TraceKind::MakeupWorkday,
            holiday: None,
            provisional: m.provisional,
            reason: match locale {
                Locale::ZhCn => "调休上班，计为工作日".to_owned(),
                Locale::En => "makeup working day (调休上班), counted".to_owned(),
            },
        });
    }
    merge_traces(runs, makeups)
}

/// The holidays and weekends skipped and the makeup days counted, in words (also
/// the counts of working time in [`crate::hours`]).
pub(crate) fn skipped_words(skipped: &[RestRun], makeup: impl IntoIterator<Item = NaiveDate>, locale: Locale) -> Vec<String> {
    let holidays: Vec<String> = skipped
        .iter()
        .filter(|r| r.kind == DayKind::Holiday)
        .map(|r| match locale {
            Locale::ZhCn => format!("{}假期（{}）", r.holiday.as_deref().unwrap_or("节假日"), span(r.from, r.to, locale)),
            Locale::En => format!("the {} holiday ({})", r.holiday.as_deref().unwrap_or(""), span(r.from, r.to, locale)),
        })
        .collect();
    let weekend_days: u32 = skipped.iter().filter(|r| r.kind == DayKind::Weekend).map(|r| r.days).sum();
    let mut parts = Vec::new();
    match locale {
        Locale::ZhCn => {
            if !holidays.is_empty() {
                parts.push(format!("跳过{}", holidays.join("、")));
            }
            if weekend_days > 0 {
                parts.push(format!("跳过周末{weekend_days}天"));
            }
            parts.extend(makeup.into_iter().map(|d| format!("{}调休上班，计为工作日", format_date(d, locale))));
        }
        Locale::En => {
            if !holidays.is_empty() {
                parts.push(format!("{} skipped", holidays.join(", ")));
            }
            if weekend_days > 0 {
                parts.push(format!("{weekend_days} weekend days skipped"));
            }
            parts.extend(makeup.into_iter().map(|d| format!("{d} is a makeup working day and counts")));
        }
    }
    parts
}

/// `n` working days from `event` (n ≥ 1) with the days of `excluded` (both ends
/// included) left out of the count — periods.md R1, R2 and R12(a): the n-th working
/// day strictly after `event` that does not lie in the interval. Working days in the
/// interval are not counted; the count resumes after its last day. An interval that
/// lies wholly before the event, or begins after the n-th working day, changes nothing.
/// `excluded_words` names the time left out (“公示”): the rule in words says “不含公示时间”
/// and “公示期间……不计入”, and the trace has an entry of kind `excluded` whose reason
/// says “公示期间不计入”.
///
/// # Errors
///
/// `invalid_argument` when `n` < 1 or the interval ends before it starts;
/// `out_of_range` when the count leaves the supported range.
pub fn workdays_after_excluding(
    cal: &Calendar,
    event: NaiveDate,
    n: i64,
    excluded: (NaiveDate, NaiveDate),
    event_words: Text,
    excluded_words: Text,
    locale: Locale,
) -> Result<Period, Error> {
    let (start, end) = excluded;
    if n < 1 {
        return Err(Error::new(
            ErrorCode::InvalidArgument,
            format!("a count of working days with an excluded interval needs n ≥ 1, not {n}"),
        ));
    }
    if end < start {
        return Err(Error::new(ErrorCode::InvalidArgument, format!("the excluded interval ends ({end}) before it starts ({start})")));
    }
    let plain = cal.add_workdays(event, n)?;
    let first = event.succ_opt().unwrap_or(event);
    let lo = start.max(first);
    let overlaps = lo <= end && lo <= plain;
    let day = chrono::Duration::days(1);
    let (due, runs, makeup) = if overlaps {
        let before_lo = lo.pred_opt().unwrap_or(lo);
        let counted_before = cal.workdays_between(event, before_lo)?;
        let due = cal.add_workdays(end, n - counted_before)?;
        // The days before the interval and after it; the interval itself is traced apart.
        let (mut runs, mut makeup) = cal.explain_days(event + day, before_lo)?;
        let (after_runs, after_makeup) = cal.explain_days(end + day, due)?;
        runs.extend(after_runs);
        makeup.extend(after_makeup);
        (due, runs, makeup)
    } else {
        let (runs, makeup) = cal.explain_days(event + day, plain)?;
        (plain, runs, makeup)
    };
    let ev = event_words.get(locale);
    let ex = excluded_words.get(locale);
    let mut trace = count_trace(&runs, &makeup, locale);
    if overlaps {
        let excluded = TraceEntry {
            from: lo.to_string(),
            to: end.to_string(),
            days: u32::try_from((end - lo).num_days() + 1).unwrap_or(u32::MAX),
            kind: TraceKind::Excluded,
            holiday: None,
            provisional: false,
            reason: match locale {
                Locale::ZhCn => format!("{ex}期间不计入"),
                Locale::En => format!("{ex} period, not counted"),
            },
        };
        trace = merge_traces(trace, vec![excluded]);
    }
    let mut parts = vec![match locale {
        Locale::ZhCn => format!("{ev}之日起{n}个工作日内（不含{ex}时间）：不含{ev}当日（{}）", format_date(event, locale)),
        Locale::En => format!("{n} working days from {ev}, {ex} time not counted: the day of {ev} ({event}) is not counted"),
    }];
    parts.push(match (overlaps, locale) {
        (true, Locale::ZhCn) => format!("{ex}期间（{}）不计入", span(lo, end, locale)),
        (true, Locale::En) => format!("the {ex} period ({}) is not counted", span(lo, end, locale)),
        (false, Locale::ZhCn) => format!("{ex}期间（{}）不在计算期间内，不影响期限", span(start, end, locale)),
        (false, Locale::En) => format!("the {ex} period ({}) lies outside the count and does not change it", span(start, end, locale)),
    });
    parts.extend(skipped_words(&runs, makeup.iter().map(|m| m.date), locale));
    parts.push(match locale {
        Locale::ZhCn => format!("第{n}个工作日为{}", format_date_weekday(due, locale)),
        Locale::En => format!("working day {n} is {}", format_date_weekday(due, locale)),
    });
    let provisional_years = cal.provisional_years(event, due);
    if !provisional_years.is_empty() {
        parts.push(provisional_note(&provisional_years, locale));
    }
    let sep = if locale == Locale::ZhCn { "，" } else { "; " };
    let stop = if locale == Locale::ZhCn { "。" } else { "." };
    Ok(Period { due, due_time: None, rule: parts.join(sep) + stop, trace, provisional: !provisional_years.is_empty() })
}

/// `months` months from `event` (R1, R4): the corresponding day of the final month,
/// or its last day (民法典 第二百零二条). With `roll`, a last day that is a rest day
/// moves to the next working day (R6, 民法典 第二百零三条).
///
/// # Errors
///
/// `out_of_range` when the count leaves the supported range.
pub fn months_after(cal: &Calendar, event: NaiveDate, months: i64, roll: bool, event_words: Text, locale: Locale) -> Result<Period, Error> {
    let raw = add_months(event, months)?;
    let ev = event_words.get(locale);
    let mut due = raw;
    let mut trace = Vec::new();
    let mut provisional = false;
    if roll && !cal.is_workday(raw)? {
        due = cal.add_workdays(raw, 1)?;
        // The rest days from the raw last day up to the day before the rolled one.
        let (runs, _) = cal.explain_days(raw, due - chrono::Duration::days(1))?;
        provisional = runs.iter().any(|r| r.provisional) || !cal.is_official(due.year());
        trace = runs.iter().map(|r| run_entry(r, locale)).collect();
    }
    let period_words = match (months % 12, locale) {
        (0, Locale::ZhCn) => format!("{}年", months / 12),
        (_, Locale::ZhCn) if months == 6 => "半年（6个月）".to_owned(),
        (_, Locale::ZhCn) => format!("{months}个月"),
        (_, Locale::En) => format!("{months} months"),
    };
    let mut rule = match locale {
        Locale::ZhCn => format!(
            "{ev}之日起{period_words}内：不含{ev}当日（{}），到期月的对应日{}为期间的最后一日（没有对应日的，为月末日）",
            format_date(event, locale),
            format_date(raw, locale)
        ),
        Locale::En => format!("{period_words} from {ev} ({event}): the period ends on the corresponding day of the final month, {raw} (or that month's last day)"),
    };
    if due != raw {
        rule.push_str(&match locale {
            Locale::ZhCn => format!("；该日为休息日，顺延至{}", format_date_weekday(due, locale)),
            Locale::En => format!("; that is a rest day, so the period ends on {}", format_date_weekday(due, locale)),
        });
        if provisional {
            let years: Vec<i32> = (raw.year()..=due.year()).filter(|y| !cal.is_official(*y)).collect();
            rule.push_str(if locale == Locale::ZhCn { "；" } else { "; " });
            rule.push_str(&provisional_note(&years, locale));
        }
    }
    rule.push_str(if locale == Locale::ZhCn { "。" } else { "." });
    Ok(Period { due, due_time: None, rule, trace, provisional })
}

/// The latest day of an act due `months` months before `reference` (R11): the same
/// day-of-month `months` earlier, or that month's last day; no rollover.
///
/// # Errors
///
/// `out_of_range` when the count leaves the supported range.
pub fn months_before(reference: NaiveDate, months: i64, reference_words: Text, locale: Locale) -> Result<Period, Error> {
    let due = add_months(reference, -months)?;
    let r = reference_words.get(locale);
    let rule = match locale {
        Locale::ZhCn => format!(
            "须在{r}（{}）前{months}个月提出：往前倒算{months}个月为{}，最迟应在当日提出（倒算期限不因节假日顺延）。",
            format_date(reference, locale),
            format_date_weekday(due, locale)
        ),
        Locale::En => format!("due {months} month(s) before {r} ({reference}): counting back gives {}, the last day to file (a backward period does not roll over holidays).", format_date_weekday(due, locale)),
    };
    Ok(Period { due, due_time: None, rule, trace: Vec::new(), provisional: false })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse_date;

    const RECEIVED: Text = Text { zh: "收到决定书", en: "receipt of the decision" };

    #[test]
    fn five_workdays_across_national_day() {
        let cal = Calendar::official();
        let p = workdays_after(&cal, parse_date("2026-09-28").unwrap(), 5, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-10-10");
        assert_eq!(
            p.rule,
            "收到决定书之日起5个工作日内：不含收到决定书当日（2026年9月28日），跳过国庆节假期（2026年10月1日至7日），2026年10月10日调休上班，计为工作日，第5个工作日为2026年10月10日（星期六）。"
        );
        assert_eq!(p.trace.len(), 2);
        assert!(!p.provisional);
    }

    #[test]
    fn half_year_at_month_end_rolls_over_a_rest_day() {
        let cal = Calendar::official();
        // 2025-08-31 + 6 months = 2026-02-28 (no 31st; Saturday, a makeup working day in 2026!).
        let p = months_after(&cal, parse_date("2025-08-31").unwrap(), 6, true, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-02-28");
        // 2026-03-31 + 6 months = 2026-09-30 (Wednesday).
        let p = months_after(&cal, parse_date("2026-03-31").unwrap(), 6, true, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-09-30");
        // 2026-04-03 + 6 months = 2026-10-03, in the National Day block → 2026-10-08.
        let p = months_after(&cal, parse_date("2026-04-03").unwrap(), 6, true, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-10-08");
        assert!(p.rule.contains("顺延至2026年10月8日（星期四）"), "{}", p.rule);
        assert_eq!(p.trace[0].from, "2026-10-03");
        assert_eq!(p.trace[0].to, "2026-10-07");
    }

    const APPLIED: Text = Text { zh: "提交转换申请", en: "the conversion application" };
    const NOTICE: Text = Text { zh: "公示", en: "public notice" };

    fn excluding(event: &str, n: i64, from: &str, to: &str) -> Period {
        let cal = Calendar::official();
        workdays_after_excluding(
            &cal,
            parse_date(event).unwrap(),
            n,
            (parse_date(from).unwrap(), parse_date(to).unwrap()),
            APPLIED,
            NOTICE,
            Locale::ZhCn,
        )
        .unwrap()
    }

    #[test]
    fn two_workdays_plus_a_five_day_notice() {
        // Monday 1 June 2026; notice Tuesday 2 to Saturday 6 June: 4 working days left
        // out; Sunday 7 June skipped; working days 1 and 2 are 8 and 9 June.
        let p = excluding("2026-06-01", 2, "2026-06-02", "2026-06-06");
        assert_eq!(p.due.to_string(), "2026-06-09");
        assert_eq!(
            p.rule,
            "提交转换申请之日起2个工作日内（不含公示时间）：不含提交转换申请当日（2026年6月1日），公示期间（2026年6月2日至6日）不计入，跳过周末1天，第2个工作日为2026年6月9日（星期二）。"
        );
        let notice = p.trace.iter().find(|t| t.kind == TraceKind::Excluded).unwrap();
        assert_eq!((notice.from.as_str(), notice.to.as_str(), notice.days), ("2026-06-02", "2026-06-06", 5));
        assert_eq!(notice.reason, "公示期间不计入");
        assert_eq!(p.trace.iter().map(|t| t.from.as_str()).collect::<Vec<_>>(), ["2026-06-02", "2026-06-07"]);
        // Without the notice: 3 June.
        let cal = Calendar::official();
        assert_eq!(cal.add_workdays(parse_date("2026-06-01").unwrap(), 2).unwrap().to_string(), "2026-06-03");
    }

    #[test]
    fn notice_after_the_first_working_day() {
        // Day 1 is 2 June; the notice 3–7 June is left out; day 2 is Monday 8 June.
        assert_eq!(excluding("2026-06-01", 2, "2026-06-03", "2026-06-07").due.to_string(), "2026-06-08");
        // A notice that starts on the plain due day still pushes it past the notice.
        assert_eq!(excluding("2026-06-01", 2, "2026-06-03", "2026-06-03").due.to_string(), "2026-06-04");
    }

    #[test]
    fn notice_outside_the_count_changes_nothing() {
        // After the second working day.
        let p = excluding("2026-06-01", 2, "2026-06-04", "2026-06-08");
        assert_eq!(p.due.to_string(), "2026-06-03");
        assert!(p.trace.iter().all(|t| t.kind != TraceKind::Excluded));
        assert!(p.rule.contains("公示期间（2026年6月4日至8日）不在计算期间内"), "{}", p.rule);
        // Wholly before the event, or ending on the event day itself.
        assert_eq!(excluding("2026-06-01", 2, "2026-05-25", "2026-06-01").due.to_string(), "2026-06-03");
        // Begun before the event: only its days after the event are left out.
        let p = excluding("2026-06-01", 2, "2026-05-28", "2026-06-02");
        assert_eq!(p.due.to_string(), "2026-06-04");
        assert_eq!(p.trace[0].from, "2026-06-02");
        assert_eq!(p.trace[0].days, 1);
    }

    #[test]
    fn notice_across_national_day_with_makeup_days() {
        // 2026: 1–7 October off, Saturday 10 October a working day. Applied Tuesday
        // 29 September, notice 30 September to 4 October: the holiday's last three
        // days are skipped as a holiday, 8 October is day 1, 9 October day 2.
        let p = excluding("2026-09-29", 2, "2026-09-30", "2026-10-04");
        assert_eq!(p.due.to_string(), "2026-10-09");
        let kinds: Vec<TraceKind> = p.trace.iter().map(|t| t.kind).collect();
        assert_eq!(kinds, [TraceKind::Excluded, TraceKind::Holiday]);
        assert_eq!((p.trace[1].from.as_str(), p.trace[1].to.as_str()), ("2026-10-05", "2026-10-07"));
        assert!(p.rule.contains("跳过国庆节假期（2026年10月5日至7日）"), "{}", p.rule);
    }

    #[test]
    fn excluding_rejects_bad_arguments() {
        let cal = Calendar::official();
        let d = parse_date("2026-06-01").unwrap();
        let back = (parse_date("2026-06-05").unwrap(), parse_date("2026-06-02").unwrap());
        assert_eq!(workdays_after_excluding(&cal, d, 2, back, APPLIED, NOTICE, Locale::En).unwrap_err().code(), ErrorCode::InvalidArgument);
        assert_eq!(
            workdays_after_excluding(&cal, d, 0, (d, d), APPLIED, NOTICE, Locale::En).unwrap_err().code(),
            ErrorCode::InvalidArgument
        );
        let last = parse_date("2099-12-30").unwrap();
        assert_eq!(
            workdays_after_excluding(&cal, last, 5, (last, last), APPLIED, NOTICE, Locale::En).unwrap_err().code(),
            ErrorCode::OutOfRange
        );
    }

    #[test]
    fn one_month_before() {
        let p = months_before(parse_date("2026-03-31").unwrap(), 1, Text { zh: "完成时限", en: "the deadline" }, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-02-28");
    }
}
