//! Periods counted the way Chinese law counts them (the rules R1–R15 of the period study), with
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
use crate::model::{t, Locale, Text, TraceEntry, TraceKind};
use crate::date::add_months;
use crate::error::{Error, ErrorCode};

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
    /// Whether the last day may still move: a day the count depends on lies in a year
    /// without an official schedule. A last day fixed whatever the calendar says (a
    /// backward count, a bar, an approved date) is not provisional.
    pub provisional: bool,
    /// For a last day that does not roll over rest days: when it is (or, in a year
    /// without an official schedule, may be) a rest day, the last working day before it
    /// (an estimate in such a year). See [`act_by`].
    pub act_by: Option<NaiveDate>,
    /// With `act_by`: one plain sentence saying what to do, in the locale.
    pub advice: Option<String>,
}

/// What a last day that is a rest day becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Roll {
    /// It moves to the next working day (R6, 民法典 第二百零三条): a period for an act
    /// that may still be done on the next working day.
    ToNextWorkday,
    /// It stands whatever any schedule says (a bar: the days on which something may not
    /// be done).
    None,
}

const WEEKDAYS: [Text; 7] = [
    t("一", "Monday"),
    t("二", "Tuesday"),
    t("三", "Wednesday"),
    t("四", "Thursday"),
    t("五", "Friday"),
    t("六", "Saturday"),
    t("日", "Sunday"),
];

/// The reason of a makeup working day (调休上班) in a trace.
pub(crate) const MAKEUP_COUNTED: Text = t("调休上班，计为工作日", "makeup working day (调休上班), counted");

/// The parts of a count in words joined into one sentence.
pub(crate) fn sentence(parts: &[String], locale: Locale) -> String {
    parts.join(t("，", "; ").get(locale)) + t("。", ".").get(locale)
}

/// Years as a list in words: `2027、2028` / `2027, 2028`.
fn year_list(years: &[i32], locale: Locale) -> String {
    years.iter().map(i32::to_string).collect::<Vec<_>>().join(t("、", ", ").get(locale))
}

/// “第5个工作日为2026年10月10日（星期六）” / “working day 5 is Saturday 2026-10-10”.
fn nth_workday(n: i64, due: NaiveDate, locale: Locale) -> String {
    t("第{n}个工作日为{day}", "working day {n} is {day}").fill(locale, &[("n", &n.to_string()), ("day", &format_date_weekday(due, locale))])
}

/// `2026年10月10日` / `2026-10-10`.
///
/// ```
/// use jincheng_rules::{parse_date, periods::format_date, Locale};
/// assert_eq!(format_date(parse_date("2026-10-10")?, Locale::ZhCn), "2026年10月10日");
/// assert_eq!(format_date(parse_date("2026-10-10")?, Locale::En), "2026-10-10");
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn format_date(d: NaiveDate, locale: Locale) -> String {
    match locale {
        Locale::ZhCn => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Locale::En => d.to_string(),
    }
}

/// `2026年10月10日（星期六）` / `Saturday 2026-10-10`.
///
/// ```
/// use jincheng_rules::{parse_date, periods::format_date_weekday, Locale};
/// assert_eq!(format_date_weekday(parse_date("2026-10-10")?, Locale::ZhCn), "2026年10月10日（星期六）");
/// assert_eq!(format_date_weekday(parse_date("2026-10-10")?, Locale::En), "Saturday 2026-10-10");
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn format_date_weekday(d: NaiveDate, locale: Locale) -> String {
    let weekday = WEEKDAYS[d.weekday().num_days_from_monday() as usize].get(locale);
    t("{date}（星期{weekday}）", "{weekday} {date}").fill(locale, &[("date", &format_date(d, locale)), ("weekday", weekday)])
}

pub(crate) fn span(from: NaiveDate, to: NaiveDate, locale: Locale) -> String {
    if from == to {
        return format_date(from, locale);
    }
    // In Chinese the year, and the month, of the last day are not repeated.
    let last = match (from.year() == to.year(), from.month() == to.month()) {
        _ if locale == Locale::En => format_date(to, locale),
        (true, true) => format!("{}日", to.day()),
        (true, false) => format!("{}月{}日", to.month(), to.day()),
        (false, _) => format_date(to, locale),
    };
    t("{from}至{to}", "{from} to {to}").fill(locale, &[("from", &format_date(from, locale)), ("to", &last)])
}

pub(crate) fn provisional_note(years: &[i32], locale: Locale) -> String {
    t(
        "{years}年放假安排国务院尚未公布，已按法定节假日推算，调休、补假以届时公布为准，结果可能变化",
        "no official holiday schedule for {years} yet: statutory holidays are skipped, but makeup days and substitutes are unknown, so the date may change",
    )
    .fill(locale, &[("years", &year_list(years, locale))])
}

pub(crate) fn run_entry(run: &RestRun, locale: Locale) -> TraceEntry {
    let reason = match (run.kind, &run.holiday) {
        (DayKind::Holiday, Some(h)) if run.provisional => t("{h}（法定节假日，按法律推算）", "{h} (statutory holiday, computed from the law)").fill(locale, &[("h", h)]),
        (DayKind::Holiday, Some(h)) => t("{h}假期", "{h} holiday").fill(locale, &[("h", h)]),
        _ => t("周末", "weekend").get(locale).to_owned(),
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
///
/// # Example: a deadline that falls on the National Day holiday
///
/// ```
/// use jincheng_rules::{model::{t, TraceKind}, parse_date, periods::workdays_after, Calendar, Locale};
/// let cal = Calendar::official();
/// let received = t("收到《行政执法监督决定书》", "receipt of the decision");
/// let p = workdays_after(&cal, parse_date("2026-09-28")?, 5, received, Locale::ZhCn)?;
/// // 29, 30 September, then 国庆 1–7 October is skipped; 8, 9 and Saturday 10 October (调休上班).
/// assert_eq!(p.due.to_string(), "2026-10-10");
/// assert!(p.rule.contains("跳过国庆节假期（2026年10月1日至7日）"));
/// assert!(p.trace.iter().any(|e| e.kind == TraceKind::Holiday && e.days == 7));
/// assert!(!p.provisional);
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn workdays_after(cal: &Calendar, event: NaiveDate, n: i64, event_words: Text, locale: Locale) -> Result<Period, Error> {
    let count = cal.explain_add_workdays(event, n)?;
    let trace = count_trace(&count.skipped, &count.makeup_workdays, locale);
    let mut parts = vec![t("{ev}之日起{n}个工作日内：不含{ev}当日（{date}）", "{n} working days from {ev}: the day of {ev} ({date}) is not counted")
        .fill(locale, &[("ev", event_words.get(locale)), ("n", &n.to_string()), ("date", &format_date(event, locale))])];
    parts.extend(skipped_words(cal, &count.skipped, count.makeup_workdays.iter().map(|m| m.date), locale));
    parts.push(nth_workday(n, count.due, locale));
    if count.provisional {
        parts.push(provisional_note(&count.provisional_years, locale));
    }
    Ok(Period { due: count.due, due_time: None, rule: sentence(&parts, locale), trace, provisional: count.provisional, act_by: None, advice: None })
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
            reason: MAKEUP_COUNTED.get(locale).to_owned(),
        });
    }
    merge_traces(runs, makeups)
}

/// The whole run of rest days a run of a count lies in: the rest days before and after it
/// (a count starting or ending inside a holiday sees only part of it).
fn whole_rest_run(cal: &Calendar, r: &RestRun) -> (NaiveDate, NaiveDate) {
    let rest = |d: Option<NaiveDate>| d.filter(|d| cal.is_workday(*d).is_ok_and(|w| !w));
    let (mut from, mut to) = (r.from, r.to);
    while let Some(d) = rest(from.pred_opt()) {
        from = d;
    }
    while let Some(d) = rest(to.succ_opt()) {
        to = d;
    }
    (from, to)
}

/// The holidays and weekends skipped and the makeup days counted, in words (also
/// the counts of working time in [`crate::hours`]). A holiday run is named with its own
/// dates when the count skips the whole of it (“国庆节假期（2026年10月1日至7日）”), and as
/// part of it when the count starts or ends inside it (“国庆节假期中的2024年10月5日至7日”):
/// the skipped days alone are not the holiday's range (issue 23, item 3).
pub(crate) fn skipped_words(cal: &Calendar, skipped: &[RestRun], makeup: impl IntoIterator<Item = NaiveDate>, locale: Locale) -> Vec<String> {
    let holidays: Vec<String> = skipped
        .iter()
        .filter(|r| r.kind == DayKind::Holiday)
        .map(|r| {
            let name = r.holiday.as_deref().unwrap_or(t("节假日", "").get(locale));
            let words = if whole_rest_run(cal, r) == (r.from, r.to) {
                t("{name}假期（{span}）", "the {name} holiday ({span})")
            } else {
                t("{name}假期中的{span}", "{span} of the {name} holiday")
            };
            words.fill(locale, &[("name", name), ("span", &span(r.from, r.to, locale))])
        })
        .collect();
    let weekend_days: u32 = skipped.iter().filter(|r| r.kind == DayKind::Weekend).map(|r| r.days).sum();
    let mut parts = Vec::new();
    if !holidays.is_empty() {
        parts.push(t("跳过{list}", "{list} skipped").fill(locale, &[("list", &holidays.join(t("、", ", ").get(locale)))]));
    }
    if weekend_days > 0 {
        parts.push(t("跳过周末{n}天", "{n} weekend days skipped").fill(locale, &[("n", &weekend_days.to_string())]));
    }
    let makeup_words = t("{date}调休上班，计为工作日", "{date} is a makeup working day and counts");
    parts.extend(makeup.into_iter().map(|d| makeup_words.fill(locale, &[("date", &format_date(d, locale))])));
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
///
/// ```
/// use jincheng_rules::{model::{t, TraceKind}, parse_date, periods::workdays_after_excluding, Calendar, Locale};
/// let cal = Calendar::official();
/// // 2 working days from Monday 2 March 2026, “不含公示时间”: the notice runs 3–9 March.
/// let notice = (parse_date("2026-03-03")?, parse_date("2026-03-09")?);
/// let p = workdays_after_excluding(&cal, parse_date("2026-03-02")?, 2, notice, t("申请", "the application"), t("公示", "public notice"), Locale::ZhCn)?;
/// assert_eq!(p.due.to_string(), "2026-03-11");   // 10 and 11 March count
/// assert!(p.trace.iter().any(|e| e.kind == TraceKind::Excluded));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
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
            reason: t("{ex}期间不计入", "{ex} period, not counted").fill(locale, &[("ex", ex)]),
        };
        trace = merge_traces(trace, vec![excluded]);
    }
    let words = t(
        "{ev}之日起{n}个工作日内（不含{ex}时间）：不含{ev}当日（{date}）",
        "{n} working days from {ev}, {ex} time not counted: the day of {ev} ({date}) is not counted",
    );
    let mut parts = vec![words.fill(locale, &[("ev", event_words.get(locale)), ("ex", ex), ("n", &n.to_string()), ("date", &format_date(event, locale))])];
    // The interval named by its own dates, even when it began before the event (issue 23,
    // item 3): its days after the event are the ones the trace shows.
    let interval = if overlaps {
        t("{ex}期间（{span}）不计入", "the {ex} period ({span}) is not counted")
    } else {
        t("{ex}期间（{span}）不在计算期间内，不影响期限", "the {ex} period ({span}) lies outside the count and does not change it")
    };
    parts.push(interval.fill(locale, &[("ex", ex), ("span", &span(start, end, locale))]));
    parts.extend(skipped_words(cal, &runs, makeup.iter().map(|m| m.date), locale));
    parts.push(nth_workday(n, due, locale));
    let provisional_years = cal.provisional_years(event, due);
    if !provisional_years.is_empty() {
        parts.push(provisional_note(&provisional_years, locale));
    }
    Ok(Period { due, due_time: None, rule: sentence(&parts, locale), trace, provisional: !provisional_years.is_empty(), act_by: None, advice: None })
}

/// `months` months from `event` (R1, R4): the corresponding day of the final month,
/// or its last day (民法典 第二百零二条). With [`Roll::ToNextWorkday`], a last day that is
/// a rest day moves to the next working day (R6, 民法典 第二百零三条), and the period is
/// provisional when a day of (`event`, due] lies in a year without an official schedule
/// (api.md): whether the last day rolls is for that year's notice. With [`Roll::None`] (a
/// bar: the days on which something may not be done) the last day is fixed whatever any schedule says: never
/// provisional, and no `act_by` (nothing is to be done by it); the rule says the date
/// stands when it lies in a year without an official schedule.
///
/// # Errors
///
/// `out_of_range` when the count leaves the supported range.
///
/// # Example: 31 January plus one month, and a last day on a holiday
///
/// ```
/// use jincheng_rules::{model::t, parse_date, periods::{months_after, Roll}, Calendar, Locale};
/// let cal = Calendar::official();
/// let words = t("收到通知", "receipt of the notice");
/// // No 31 February: the period ends on the month's last day (民法典 第二百零二条).
/// let p = months_after(&cal, parse_date("2024-01-31")?, 1, Roll::None, words, Locale::ZhCn)?;
/// assert_eq!(p.due.to_string(), "2024-02-29");
/// // One month from 1 September 2026 is 1 October, a holiday: rolled, the period ends on
/// // the next working day, 8 October (民法典 第二百零三条).
/// let p = months_after(&cal, parse_date("2026-09-01")?, 1, Roll::ToNextWorkday, words, Locale::ZhCn)?;
/// assert_eq!(p.due.to_string(), "2026-10-08");
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn months_after(cal: &Calendar, event: NaiveDate, months: i64, roll: Roll, event_words: Text, locale: Locale) -> Result<Period, Error> {
    let raw = add_months(event, months)?;
    let (due, trace) = match roll {
        Roll::ToNextWorkday => roll_over(cal, raw, locale)?,
        Roll::None => (raw, Vec::new()),
    };
    // api.md: a rolling period is provisional when any day of the count, (event, due],
    // lies in a year without an official schedule — whether or not the last day moved.
    let provisional_years = cal.provisional_years(event, due);
    let period_words = match months % 12 {
        0 => t("{years}年", "{months} months"),
        _ if months == 6 => t("半年（6个月）", "{months} months"),
        _ => t("{months}个月", "{months} months"),
    }
    .fill(locale, &[("years", &(months / 12).to_string()), ("months", &months.to_string())]);
    let words = t(
        "{ev}之日起{period}内：不含{ev}当日（{date}），到期月的对应日{raw}为期间的最后一日（没有对应日的，为月末日）",
        "{period} from {ev} ({date}): the period ends on the corresponding day of the final month, {raw} (or that month's last day)",
    );
    let (date, raw_date) = (format_date(event, locale), format_date(raw, locale));
    let mut rule = words.fill(locale, &[("ev", event_words.get(locale)), ("period", &period_words), ("date", &date), ("raw", &raw_date)]);
    if due != raw {
        let rolled = t("；该日为休息日，顺延至{day}", "; that is a rest day, so the period ends on {day}");
        rule.push_str(&rolled.fill(locale, &[("day", &format_date_weekday(due, locale))]));
    }
    if !provisional_years.is_empty() {
        rule.push_str(t("；", "; ").get(locale));
        rule.push_str(&match roll {
            Roll::ToNextWorkday => provisional_note(&provisional_years, locale),
            Roll::None => fixed_note(&provisional_years, locale),
        });
    }
    rule.push_str(t("。", ".").get(locale));
    let provisional = roll == Roll::ToNextWorkday && !provisional_years.is_empty();
    Ok(Period { due, due_time: None, rule, trace, provisional, act_by: None, advice: None })
}

/// `day`, or where it is a rest day the next working day (民法典 第二百零三条), with the
/// rest days passed over (from `day` up to the day before the rolled one) as trace entries.
pub(crate) fn roll_over(cal: &Calendar, day: NaiveDate, locale: Locale) -> Result<(NaiveDate, Vec<TraceEntry>), Error> {
    if cal.is_workday(day)? {
        return Ok((day, Vec::new()));
    }
    let due = cal.add_workdays(day, 1)?;
    let (runs, _) = cal.explain_days(day, due - chrono::Duration::days(1))?;
    Ok((due, runs.iter().map(|r| run_entry(r, locale)).collect()))
}

/// The note of a provisional count whose last day does not depend on the calendar (a
/// bar or a backward period, no rollover): the year is unscheduled, the date stands.
pub(crate) fn fixed_note(years: &[i32], locale: Locale) -> String {
    t(
        "{years}年放假安排国务院尚未公布；本期限不因节假日顺延，届满日不受放假安排影响",
        "no official holiday schedule for {years} yet; this limit does not roll over rest days, so its last day does not depend on that schedule",
    )
    .fill(locale, &[("years", &year_list(years, locale))])
}

/// The latest day of an act due `months` months before `reference` (R11): the same
/// day-of-month `months` earlier, or that month's last day; no rollover. The date is
/// fixed whatever any schedule says, so it is never provisional; when it is (or, in a
/// year without an official schedule, may be) a rest day, `act_by` and `advice` name the
/// last working day before it ([`act_by`]).
///
/// # Errors
///
/// `out_of_range` when the count leaves the supported range.
///
/// ```
/// use jincheng_rules::{model::t, parse_date, periods::months_before, Calendar, Locale};
/// let cal = Calendar::official();
/// // “验收时间到期前1个月提出”: one month before 31 March is 28 February (no 31 February).
/// let p = months_before(&cal, parse_date("2026-03-31")?, 1, t("验收时间到期", "the acceptance deadline"), Locale::ZhCn)?;
/// assert_eq!(p.due.to_string(), "2026-02-28");
/// assert!(!p.provisional && p.act_by.is_none());   // a Saturday, but 调休上班 in 2026
/// // One month before 1 November 2026 is 1 October, 国庆节: act by 30 September.
/// let p = months_before(&cal, parse_date("2026-11-01")?, 1, t("完成时限", "the completion deadline"), Locale::ZhCn)?;
/// assert_eq!(p.due.to_string(), "2026-10-01");
/// assert_eq!(p.act_by.unwrap().to_string(), "2026-09-30");
/// assert_eq!(p.advice.as_deref(), Some("届满日10月1日为国庆节假期，请最迟于9月30日提交。"));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn months_before(cal: &Calendar, reference: NaiveDate, months: i64, reference_words: Text, locale: Locale) -> Result<Period, Error> {
    let due = add_months(reference, -months)?;
    let words = t(
        "须在{r}（{date}）前{months}个月提出：往前倒算{months}个月为{due}，最迟应在当日提出（倒算期限不因节假日顺延）。",
        "due {months} month(s) before {r} ({date}): counting back gives {due}, the last day to file (a backward period does not roll over holidays).",
    );
    let (date, due_day) = (format_date(reference, locale), format_date_weekday(due, locale));
    let rule = words.fill(locale, &[("r", reference_words.get(locale)), ("date", &date), ("months", &months.to_string()), ("due", &due_day)]);
    let (act_by, advice) = act_by(cal, due, locale)?;
    Ok(Period { due, due_time: None, rule, trace: Vec::new(), provisional: false, act_by, advice })
}

/// `9月30日` / `30 September`: a day named in advice, without its year (the deadline's
/// `due` carries it).
fn month_day(d: NaiveDate, locale: Locale) -> String {
    const MONTHS: [&str; 12] =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    match locale {
        Locale::ZhCn => format!("{}月{}日", d.month(), d.day()),
        Locale::En => format!("{} {}", d.day(), MONTHS[d.month0() as usize]),
    }
}

/// Whether `d`, a working day by the calendar in a year without an official schedule,
/// may still be a rest day: a 补假 day. 《全国年节及纪念日放假办法》 第六条: a holiday of all
/// citizens that falls on a Saturday or Sunday is made up on a working day, which the
/// annual notice names; it is usually the working days right after the holiday.
/// So the k-th weekday after a run of rest days holding h holiday days on a weekend
/// may be a rest day when k ≤ h. (调休 bridges, which only the notice decides, are not
/// guessed.)
fn may_be_substitute(cal: &Calendar, d: NaiveDate) -> Result<bool, Error> {
    if cal.is_official(d.year()) || !cal.is_workday(d)? {
        return Ok(false);
    }
    let mut k = 1;
    let mut day = d;
    // Back over the weekdays before `d` to the rest run.
    loop {
        let Some(prev) = day.pred_opt() else { return Ok(false) };
        day = prev;
        if !cal.is_workday(day)? {
            break;
        }
        k += 1;
        if k > 7 {
            return Ok(false);
        }
    }
    let mut on_weekend = 0;
    while !cal.is_workday(day)? {
        let info = cal.day_info(day)?;
        if info.kind == DayKind::Holiday && day.weekday().number_from_monday() >= 6 {
            on_weekend += 1;
        }
        let Some(prev) = day.pred_opt() else { break };
        day = prev;
    }
    Ok(k <= on_weekend)
}

/// For a last day that does not roll over rest days (a backward count, an approved
/// date), what an applicant needs to know: offices are closed on a rest day, so when
/// `due` is one (or, in a year without an official schedule, is expected to be one or
/// may be a 补假 day), the last working day before it, and one sentence saying so:
/// “届满日10月1日为国庆节假期，请最迟于9月30日提交。” In a year without an official
/// schedule both are estimates, and the sentence says “预计” and that the year's
/// schedule is not published. `(None, None)` when `due` is a working day.
///
/// # Errors
///
/// `out_of_range` when the days before `due` leave the supported range.
///
/// ```
/// use jincheng_rules::{parse_date, periods::act_by, Calendar, Locale};
/// let cal = Calendar::official();
/// // 8 February 2027 is 初三, a statutory day off; 2027 has no published schedule yet.
/// let (day, advice) = act_by(&cal, parse_date("2027-02-08")?, Locale::ZhCn)?;
/// assert_eq!(day.unwrap().to_string(), "2027-02-04");
/// assert_eq!(advice.unwrap(), "届满日2月8日预计为春节假期（2027年放假安排尚未公布），请最迟于2月4日提交。");
/// assert_eq!(act_by(&cal, parse_date("2026-09-30")?, Locale::ZhCn)?, (None, None));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn act_by(cal: &Calendar, due: NaiveDate, locale: Locale) -> Result<(Option<NaiveDate>, Option<String>), Error> {
    let info = cal.day_info(due)?;
    let substitute = may_be_substitute(cal, due)?;
    if info.workday && !substitute {
        return Ok((None, None));
    }
    // The last working day before `due` that is not itself a possible 补假 day.
    let mut day = cal.add_workdays(due, -1)?;
    while may_be_substitute(cal, day)? {
        day = cal.add_workdays(day, -1)?;
    }
    let (d, a) = (month_day(due, locale), month_day(day, locale));
    // The weekday's name alone (a backward split of format_date_weekday's text pulled in
    // std's reverse substring search: ~0.3 KB gzip of the web package).
    let weekday = WEEKDAYS[due.weekday().num_days_from_monday() as usize].get(locale);
    let holiday = info.holiday.as_deref().filter(|_| info.kind == DayKind::Holiday);
    let words = match (info.provisional, holiday) {
        (false, Some(_)) => t("届满日{d}为{h}假期，请最迟于{a}提交。", "The last day, {d}, falls in the {h} holiday: submit by {a} at the latest."),
        (false, None) => t("届满日{d}为星期{weekday}，请最迟于{a}提交。", "The last day, {d}, is a {weekday}: submit by {a} at the latest."),
        (true, Some(_)) => t(
            "届满日{d}预计为{h}假期（{year}年放假安排尚未公布），请最迟于{a}提交。",
            "The last day, {d}, is expected to fall in the {h} holiday (the {year} holiday schedule is not yet published): submit by {a} at the latest.",
        ),
        (true, None) if substitute => t(
            "届满日{d}可能为节日补假（{year}年放假安排尚未公布），请最迟于{a}提交。",
            "The last day, {d}, may be a substitute day off (the {year} holiday schedule is not yet published): submit by {a} at the latest.",
        ),
        (true, None) => t(
            "届满日{d}为星期{weekday}，预计为休息日（{year}年放假安排尚未公布），请最迟于{a}提交。",
            "The last day, {d}, is a {weekday}, expected to be a rest day (the {year} holiday schedule is not yet published): submit by {a} at the latest.",
        ),
    };
    let year = due.year().to_string();
    let args = [("d", d.as_str()), ("a", &a), ("h", holiday.unwrap_or_default()), ("weekday", weekday), ("year", &year)];
    Ok((Some(day), Some(words.fill(locale, &args))))
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
        let p = months_after(&cal, parse_date("2025-08-31").unwrap(), 6, Roll::ToNextWorkday, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-02-28");
        // 2026-03-31 + 6 months = 2026-09-30 (Wednesday).
        let p = months_after(&cal, parse_date("2026-03-31").unwrap(), 6, Roll::ToNextWorkday, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-09-30");
        // 2026-04-03 + 6 months = 2026-10-03, in the National Day block → 2026-10-08.
        let p = months_after(&cal, parse_date("2026-04-03").unwrap(), 6, Roll::ToNextWorkday, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-10-08");
        assert!(p.rule.contains("顺延至2026年10月8日（星期四）"), "{}", p.rule);
        assert_eq!(p.trace[0].from, "2026-10-03");
        assert_eq!(p.trace[0].to, "2026-10-07");
    }

    #[test]
    fn month_periods_reaching_an_unscheduled_year_are_provisional() {
        let cal = Calendar::official();
        // B3: completed 2026-09-15, half a year → Monday 2027-03-15, no rollover, and
        // still provisional: whether that day is a working day is for the 2027 notice.
        let p = months_after(&cal, parse_date("2026-09-15").unwrap(), 6, Roll::ToNextWorkday, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2027-03-15");
        assert!(p.provisional, "{}", p.rule);
        assert!(p.rule.contains("2027年放假安排国务院尚未公布"), "{}", p.rule);
        // A bar (no rollover) across the year end: its last day cannot move, so it is not
        // provisional (issue 23, item 7), and it says the date stands; nothing is to be
        // done by it, so no act-by day.
        let p = months_after(&cal, parse_date("2026-03-01").unwrap(), 12, Roll::None, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2027-03-01");
        assert!(!p.provisional);
        assert!(p.rule.contains("届满日不受放假安排影响"), "{}", p.rule);
        assert_eq!((p.act_by, p.advice), (None, None));
        // Within the official years: not provisional.
        let p = months_after(&cal, parse_date("2025-03-01").unwrap(), 12, Roll::None, RECEIVED, Locale::ZhCn).unwrap();
        assert!(!p.provisional);
        // A one-year period rolls off a Sunday (民法典 第二百零三条).
        let p = months_after(&cal, parse_date("2023-06-30").unwrap(), 12, Roll::ToNextWorkday, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2024-07-01");
        let p = months_after(&cal, parse_date("2024-10-01").unwrap(), 12, Roll::ToNextWorkday, RECEIVED, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2025-10-09");
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
        // Named as part of the holiday (1–7 October), not as if it were 5–7 (issue 23).
        assert!(p.rule.contains("跳过国庆节假期中的2026年10月5日至7日"), "{}", p.rule);
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
        let cal = Calendar::official();
        let words = Text { zh: "完成时限", en: "the deadline" };
        let p = months_before(&cal, parse_date("2026-03-31").unwrap(), 1, words, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2026-02-28");
        assert!(!p.provisional);
        // Counting back from 2027: the last day is fixed whatever the 2027 notice says,
        // so it is not provisional (issue 23, item 7); a Sunday, so act by Friday.
        let p = months_before(&cal, parse_date("2027-03-31").unwrap(), 1, words, Locale::ZhCn).unwrap();
        assert_eq!(p.due.to_string(), "2027-02-28");
        assert!(!p.provisional);
        assert!(p.rule.contains("倒算期限不因节假日顺延"), "{}", p.rule);
        assert_eq!(p.act_by.unwrap().to_string(), "2027-02-26");
        assert_eq!(p.advice.unwrap(), "届满日2月28日为星期日，预计为休息日（2027年放假安排尚未公布），请最迟于2月26日提交。");
        assert!(!months_before(&cal, parse_date("2027-01-31").unwrap(), 1, words, Locale::ZhCn).unwrap().provisional);
    }

    fn act(due: &str, locale: Locale) -> (Option<String>, Option<String>) {
        let (d, a) = act_by(&Calendar::official(), parse_date(due).unwrap(), locale).unwrap();
        (d.map(|d| d.to_string()), a)
    }

    #[test]
    fn act_by_a_fixed_last_day_on_a_rest_day() {
        // A working day: nothing to say, even a makeup Saturday (2026-10-10).
        assert_eq!(act("2026-09-30", Locale::ZhCn), (None, None));
        assert_eq!(act("2026-10-10", Locale::ZhCn), (None, None));
        // 国庆 2026 (published): the last working day before it.
        assert_eq!(
            act("2026-10-01", Locale::ZhCn),
            (Some("2026-09-30".into()), Some("届满日10月1日为国庆节假期，请最迟于9月30日提交。".into()))
        );
        assert_eq!(
            act("2026-10-01", Locale::En),
            (Some("2026-09-30".into()), Some("The last day, 1 October, falls in the 国庆节 holiday: submit by 30 September at the latest.".into()))
        );
        // A plain Sunday of a published year; the Friday before.
        assert_eq!(act("2026-03-08", Locale::ZhCn), (Some("2026-03-06".into()), Some("届满日3月8日为星期日，请最迟于3月6日提交。".into())));
        // 春节 2027 (unpublished): 除夕 5 February to 初三 8 February by the law.
        assert_eq!(
            act("2027-02-08", Locale::ZhCn),
            (Some("2027-02-04".into()), Some("届满日2月8日预计为春节假期（2027年放假安排尚未公布），请最迟于2月4日提交。".into()))
        );
        // 初一 and 初二 fall on Saturday and Sunday 6–7 February 2027: the law makes them up
        // on working days (补假), usually 9 and 10 February — so these may be rest days.
        assert_eq!(
            act("2027-02-10", Locale::ZhCn),
            (Some("2027-02-04".into()), Some("届满日2月10日可能为节日补假（2027年放假安排尚未公布），请最迟于2月4日提交。".into()))
        );
        assert_eq!(act("2027-02-11", Locale::ZhCn), (None, None));
        // 元旦 2027 is a Friday: no 补假, Monday 4 January is a working day.
        assert_eq!(act("2027-01-04", Locale::ZhCn), (None, None));
        assert_eq!(act("2027-01-01", Locale::ZhCn).0.as_deref(), Some("2026-12-31"));
    }
}
