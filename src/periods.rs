//! Periods counted the way Chinese law counts them (../shared/spec/periods.md), with
//! their explanation in words and a trace of the days skipped.
//!
//! * [`workdays_after`]: R1 + R2 — the n-th working day strictly after the event.
//! * [`months_after`]: R1 + R4 (+ R6 when the period is for an act that may be done
//!   on the next working day) — 民法典 第二百零一至二百零三条.
//! * [`months_before`]: R11 — the latest day of an act due “N个月前”, no rollover.

use chrono::{Datelike, NaiveDate, NaiveTime};

use crate::calendar::{Calendar, DayKind, RestRun};
use crate::model::{Locale, Text, TraceEntry};
use crate::{add_months, Error};

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
        kind: run.kind,
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
    let mut trace: Vec<TraceEntry> = count.skipped.iter().map(|r| run_entry(r, locale)).collect();
    for m in &count.makeup_workdays {
        trace.push(TraceEntry {
            from: m.date.to_string(),
            to: m.date.to_string(),
            days: 1,
            kind: DayKind::MakeupWorkday,
            holiday: None,
            provisional: m.provisional,
            reason: match locale {
                Locale::ZhCn => "调休上班，计为工作日".to_owned(),
                Locale::En => "makeup working day (调休上班), counted".to_owned(),
            },
        });
    }
    trace.sort_by(|a, b| a.from.cmp(&b.from));
    let ev = event_words.get(locale);
    let holidays: Vec<String> = count
        .skipped
        .iter()
        .filter(|r| r.kind == DayKind::Holiday)
        .map(|r| match locale {
            Locale::ZhCn => format!("{}假期（{}）", r.holiday.as_deref().unwrap_or("节假日"), span(r.from, r.to, locale)),
            Locale::En => format!("the {} holiday ({})", r.holiday.as_deref().unwrap_or(""), span(r.from, r.to, locale)),
        })
        .collect();
    let weekend_days: u32 = count.skipped.iter().filter(|r| r.kind == DayKind::Weekend).map(|r| r.days).sum();
    let mut parts = Vec::new();
    match locale {
        Locale::ZhCn => {
            parts.push(format!("{ev}之日起{n}个工作日内：不含{ev}当日（{}）", format_date(event, locale)));
            if !holidays.is_empty() {
                parts.push(format!("跳过{}", holidays.join("、")));
            }
            if weekend_days > 0 {
                parts.push(format!("跳过周末{weekend_days}天"));
            }
            for m in &count.makeup_workdays {
                parts.push(format!("{}调休上班，计为工作日", format_date(m.date, locale)));
            }
            parts.push(format!("第{n}个工作日为{}", format_date_weekday(count.due, locale)));
        }
        Locale::En => {
            parts.push(format!("{n} working days from {ev}: the day of {ev} ({event}) is not counted"));
            if !holidays.is_empty() {
                parts.push(format!("{} skipped", holidays.join(", ")));
            }
            if weekend_days > 0 {
                parts.push(format!("{weekend_days} weekend days skipped"));
            }
            for m in &count.makeup_workdays {
                parts.push(format!("{} is a makeup working day and counts", m.date));
            }
            parts.push(format!("working day {n} is {}", format_date_weekday(count.due, locale)));
        }
    }
    if count.provisional {
        parts.push(provisional_note(&count.provisional_years, locale));
    }
    let sep = if locale == Locale::ZhCn { "，" } else { "; " };
    let end = if locale == Locale::ZhCn { "。" } else { "." };
    Ok(Period { due: count.due, due_time: None, rule: parts.join(sep) + end, trace, provisional: count.provisional })
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
        let count = cal.explain_add_workdays(raw, 1)?;
        let info = cal.day_info(raw)?;
        let first = RestRun {
            from: raw,
            to: raw,
            days: 1,
            kind: if info.kind == DayKind::Holiday { DayKind::Holiday } else { DayKind::Weekend },
            holiday: info.holiday.clone(),
            provisional: info.provisional,
        };
        let mut runs = vec![first];
        for r in count.skipped {
            let last = runs.last_mut().expect("runs starts non-empty");
            if last.to.succ_opt() == Some(r.from) {
                last.to = r.to;
                last.days += r.days;
                last.provisional |= r.provisional;
                if r.kind == DayKind::Holiday {
                    last.kind = DayKind::Holiday;
                    last.holiday = last.holiday.take().or(r.holiday);
                }
            } else {
                runs.push(r);
            }
        }
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

    #[test]
    fn one_month_before() {
        let p = months_before(parse_date("2026-03-31").unwrap(), 1, Text { zh: "完成时限", en: "the deadline" }, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-02-28");
    }
}
