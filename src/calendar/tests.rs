use super::*;
use crate::date::add_months;
use crate::parse_date;
use proptest::prelude::*;
use std::sync::OnceLock;

fn cal() -> &'static Calendar {
    static CAL: OnceLock<Calendar> = OnceLock::new();
    CAL.get_or_init(Calendar::official)
}

fn d(s: &str) -> NaiveDate {
    parse_date(s).unwrap()
}

/// The reference: walk day by day (what the peers do), against the prefix-sum search.
fn walk_add(cal: &Calendar, start: NaiveDate, n: i64) -> Option<NaiveDate> {
    let step = if n >= 0 { 1 } else { -1 };
    let (mut left, mut day) = (n.abs(), start);
    while left > 0 {
        day = day.checked_add_signed(chrono::Duration::days(step))?;
        if day < FIRST_DAY || day > LAST_DAY {
            return None;
        }
        if cal.is_workday(day).ok()? {
            left -= 1;
        }
    }
    Some(day)
}

/// What workdaysBetween(d, addWorkdays(d, n)) must be. Forward, exactly n. Backward,
/// the half-open span (due, d] holds d itself but not due: from a working day that is
/// |n| again; from a rest day one fewer (d is no working day), i.e. n + 1.
fn expected_between(d: NaiveDate, n: i64) -> i64 {
    if n < 0 && !cal().is_workday(d).unwrap() {
        n + 1
    } else {
        n
    }
}

#[test]
fn table_cases_from_data_file() {
    let text = include_str!("../../data/cases/calendar.json");
    let v: serde_json::Value = serde_json::from_str(text).unwrap();
    let cases = v["cases"].as_array().unwrap();
    assert!(cases.len() >= 40);
    for c in cases {
        let args = c["args"].as_array().unwrap();
        let s = |i: usize| d(args[i].as_str().unwrap());
        let got = match c["fn"].as_str().unwrap() {
            "isWorkday" => serde_json::json!(cal().is_workday(s(0)).unwrap()),
            "dayInfo" => {
                let mut info: serde_json::Value = serde_json::from_str(&crate::json::WriteJson::to_json(&cal().day_info(s(0)).unwrap())).unwrap();
                info.as_object_mut().unwrap().remove("source");
                info
            }
            "addWorkdays" => serde_json::json!(cal().add_workdays(s(0), args[1].as_i64().unwrap()).unwrap().to_string()),
            "workdaysBetween" => serde_json::json!(cal().workdays_between(s(0), s(1)).unwrap()),
            "addMonths" => serde_json::json!(add_months(s(0), args[1].as_i64().unwrap()).unwrap().to_string()),
            other => panic!("unknown fn {other}"),
        };
        assert_eq!(got, c["expected"], "case {c}");
        assert!(!c["cites"].as_str().unwrap().is_empty());
    }
}

#[test]
fn workdays_per_official_year() {
    // disagreements.md §4: 250, 249, 249, 251, 248, 248.
    for (year, expected) in [(2021, 250), (2022, 249), (2023, 249), (2024, 251), (2025, 248), (2026, 248)] {
        let from = NaiveDate::from_ymd_opt(year - 1, 12, 31).unwrap();
        let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
        assert_eq!(cal().workdays_between(from, to).unwrap(), expected, "{year}");
        // weekday rest days − makeup days = the statutory total (11, then 13 from 2025).
        let mut weekday_rest = 0;
        let mut makeup = 0;
        let mut day = from.succ_opt().unwrap();
        while day <= to {
            let info = cal().day_info(day).unwrap();
            if info.kind == DayKind::Holiday && day.weekday().num_days_from_monday() < 5 {
                weekday_rest += 1;
            }
            if info.kind == DayKind::MakeupWorkday {
                makeup += 1;
            }
            assert!(!info.provisional);
            day = day.succ_opt().unwrap();
        }
        assert_eq!(weekday_rest - makeup, if year >= 2025 { 13 } else { 11 }, "{year}");
    }
}

#[test]
fn statutory_days_are_rest_days_in_every_official_year() {
    // The computation used for years without a notice, tested against the notices.
    let table = lunisolar_table();
    for year in 2021..=2026 {
        let days = statutory_days(year, &table);
        assert_eq!(days.len(), if year >= 2025 { 13 } else { 11 });
        for s in days {
            let info = cal().day_info(s.date).unwrap();
            assert_eq!(info.kind, DayKind::Holiday, "{} {} must be a day off in {year}", s.date, s.name);
            let notice_name = info.holiday.unwrap();
            assert!(notice_name.contains(s.name), "{}: notice says {notice_name}, law says {}", s.date, s.name);
        }
    }
}

#[test]
fn add_and_between_agree_over_every_day_2021_2026() {
    let mut day = d("2021-01-01");
    let last = d("2026-12-31");
    while day <= last {
        for n in -60i64..=60 {
            let due = cal().add_workdays(day, n).unwrap();
            assert_eq!(cal().workdays_between(day, due).unwrap(), expected_between(day, n), "{day} {n}");
            if n != 0 {
                assert!(cal().is_workday(due).unwrap(), "{day} {n} -> {due}");
            }
            if n.abs() <= 3 || n.abs() == 60 {
                assert_eq!(Some(due), walk_add(cal(), day, n), "{day} {n}");
            }
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn every_day_of_the_range_answers_without_panic() {
    let c = cal();
    let mut day = FIRST_DAY;
    while day <= LAST_DAY {
        let info = c.day_info(day).unwrap();
        assert_eq!(info.workday, c.is_workday(day).unwrap());
        // The index arithmetic of fill_year agrees with the calendar rule per date.
        match info.kind {
            DayKind::Weekday => assert!(!statutory::is_weekly_rest(day), "{day}"),
            DayKind::Weekend => assert!(statutory::is_weekly_rest(day), "{day}"),
            _ => {}
        }
        assert_eq!(info.provisional, !(2021..=2026).contains(&day.year()));
        for n in [-2000i64, -1, 1, 10, 2000] {
            match c.add_workdays(day, n) {
                Ok(due) => assert_eq!(c.workdays_between(day, due).unwrap(), expected_between(day, n)),
                Err(e) => assert!(e.is_out_of_range()),
            }
        }
        day = day.succ_opt().unwrap();
    }
}

#[test]
fn provisional_crossing_into_2027() {
    let count = cal().explain_add_workdays(d("2026-12-18"), 10).unwrap();
    assert_eq!(count.due, d("2027-01-04"));
    assert_eq!(count.provisional_years, vec![2027]);
    let new_year = count.skipped.iter().find(|r| r.kind == DayKind::Holiday).unwrap();
    assert_eq!((new_year.from, new_year.to), (d("2027-01-01"), d("2027-01-03")));
    assert_eq!(new_year.holiday.as_deref(), Some("元旦"));
    assert!(new_year.provisional);
    // Entirely inside official years: not provisional.
    let inside = cal().explain_add_workdays(d("2026-09-28"), 5).unwrap();
    assert!(!inside.provisional);
    assert_eq!(inside.makeup_workdays.iter().map(|i| i.date).collect::<Vec<_>>(), vec![d("2026-10-10")]);
    assert_eq!(inside.skipped.iter().map(|r| (r.from, r.to, r.days)).collect::<Vec<_>>(), vec![(d("2026-10-01"), d("2026-10-07"), 7)]);
    // Start in a provisional year, count entirely inside an official one: not provisional.
    assert!(!cal().explain_add_workdays(d("2020-12-31"), 1).unwrap().provisional);
    // Backwards.
    let back = cal().explain_add_workdays(d("2026-10-08"), -1).unwrap();
    assert_eq!(back.due, d("2026-09-30"));
    assert_eq!(back.skipped.len(), 1);
}

/// A hypothetical 2027 schedule (the real notice is not out): every statutory day off, 元旦
/// 1–3 January, a makeup Saturday 9 January.
const TEST_2027: &str = r#"{"year":2027,"source":"test schedule","holidays":[
    {"name":"元旦","days":["2027-01-01","2027-01-02","2027-01-03"]},
    {"name":"春节","days":["2027-02-05","2027-02-06","2027-02-07","2027-02-08"]},
    {"name":"清明节","days":["2027-04-05"]},
    {"name":"劳动节","days":["2027-05-01","2027-05-02"]},
    {"name":"端午节","days":["2027-06-09"]},
    {"name":"中秋节","days":["2027-09-15"]},
    {"name":"国庆节","days":["2027-10-01","2027-10-02","2027-10-03"]}],"makeupWorkdays":["2027-01-09"]}"#;

#[test]
fn load_year_makes_2027_official_and_changes_answers() {
    let mut c = Calendar::official();
    c.load_year(YearSchedule::from_json(TEST_2027).unwrap()).unwrap();
    assert!(c.is_official(2027));
    assert_eq!(c.coverage().to, Some(d("2027-12-31")));
    assert!(c.is_workday(d("2027-01-09")).unwrap());
    // The loaded schedule decides the whole year: 2027-02-09 (no 补假 listed) is a working day.
    assert!(!c.is_workday(d("2027-02-08")).unwrap());
    assert!(c.is_workday(d("2027-02-09")).unwrap());
    let count = c.explain_add_workdays(d("2026-12-18"), 10).unwrap();
    assert!(!count.provisional);
    // Rejected input leaves the calendar unchanged.
    let bad = YearSchedule::from_json(r#"{"year":2028,"source":"x","holidays":[],"makeupWorkdays":["2028-01-03"]}"#).unwrap();
    assert_eq!(c.load_year(bad).unwrap_err().code(), ErrorCode::InvalidCalendar);
    assert!(!c.is_official(2028));
}

#[test]
fn load_year_needs_every_statutory_festival() {
    // Issue 23: a 2027 with only 元旦 made 春节 2027 ordinary working days. Every statutory
    // day off must be a day off of the schedule, as the notice parser requires.
    let mut c = Calendar::official();
    let only_new_year = YearSchedule::from_json(
        r#"{"year":2027,"source":"test","holidays":[{"name":"元旦","days":["2027-01-01","2027-01-02","2027-01-03"]}],"makeupWorkdays":[]}"#,
    )
    .unwrap();
    let e = c.load_year(only_new_year).unwrap_err();
    assert_eq!(e.code(), ErrorCode::InvalidCalendar);
    assert!(e.message().contains("2027-02-05 (春节) is a statutory day off"), "{}", e.message());
    assert!(!c.is_official(2027));
    // A 2026 with no holidays at all.
    let none = YearSchedule::from_json(r#"{"year":2026,"source":"test","holidays":[],"makeupWorkdays":[]}"#).unwrap();
    assert!(c.load_year(none).unwrap_err().message().contains("2026-01-01 (元旦)"));
    assert!(c.day_info(d("2026-10-01")).unwrap().holiday.is_some());
}

#[test]
fn cost_does_not_depend_on_n() {
    // Not a timing test: bound the probes of the searches. add_workdays is one
    // partition_point over a year's prefix sums (≤ 367 entries: 9 probes) and, across
    // years, one over the years' starts (152 entries: 8 probes), for any n.
    let c = Calendar::official();
    let due = c.add_workdays(d("2021-01-04"), 2000).unwrap();
    // Only the two years the count starts and ends in were built.
    assert_eq!(c.days.iter().filter(|t| t.get().is_some()).count(), 2);
    assert_eq!(c.starts().len(), range_years() + 1);
    assert_eq!(due, walk_add(&c, d("2021-01-04"), 2000).unwrap());
    assert!(c.days.iter().filter_map(OnceLock::get).all(|t| t.prefix.len() <= 367));
}

#[test]
fn years_are_built_on_first_use_only() {
    let c = Calendar::official();
    assert!(c.days.iter().all(|t| t.get().is_none()) && c.starts.get().is_none());
    assert!(!c.is_workday(d("2026-10-01")).unwrap());
    assert_eq!(c.add_workdays(d("2026-09-28"), 5).unwrap(), d("2026-10-10"));
    // One year, and no count of the others: a count inside a year needs neither.
    assert_eq!(c.days.iter().filter(|t| t.get().is_some()).count(), 1);
    assert!(c.starts.get().is_none());
}

#[test]
fn year_counts_without_tables_match_the_tables() {
    // The closed-form count of a year (weekly pattern + marks) against its built table,
    // for every year of the range, and the weekly count against a day-by-day walk.
    let fresh = Calendar::official();
    let built = Calendar::official();
    for year in FIRST_DAY.year()..=LAST_DAY.year() {
        let t = built.year_days(year);
        assert_eq!(fresh.year_count(year), t.count(), "{year}");
        let walked = (0..t.kinds.len()).filter(|&i| weekly_kind(index(t.first) + i).is_workday()).count();
        let (first, last) = year_bounds(year);
        assert_eq!(weekly_workdays_before(index(last) + 1) - weekly_workdays_before(index(first)), walked, "{year}");
    }
    assert_eq!(fresh.starts(), built.starts());
}

#[test]
fn out_of_range_edges() {
    assert!(cal().add_workdays(LAST_DAY, 1).unwrap_err().is_out_of_range());
    assert!(cal().add_workdays(FIRST_DAY, -1).unwrap_err().is_out_of_range());
    assert!(cal().add_workdays(FIRST_DAY, i64::MAX).unwrap_err().is_out_of_range());
    assert!(cal().add_workdays(LAST_DAY, i64::MIN).unwrap_err().is_out_of_range());
    let before = NaiveDate::from_ymd_opt(1949, 9, 30).unwrap();
    assert!(cal().is_workday(before).unwrap_err().is_out_of_range());
    assert!(cal().day_info(NaiveDate::MAX).unwrap_err().is_out_of_range());
    assert!(cal().workdays_between(NaiveDate::MIN, LAST_DAY).unwrap_err().is_out_of_range());
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (0..=index(LAST_DAY) as i64).prop_map(|i| FIRST_DAY + chrono::Duration::days(i))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn add_matches_walk(day in any_day(), n in -300i64..300) {
        let got = cal().add_workdays(day, n).ok();
        prop_assert_eq!(got, walk_add(cal(), day, n));
    }

    #[test]
    fn arbitrary_integers_never_panic(day in any_day(), n in any::<i64>()) {
        match cal().add_workdays(day, n) {
            Ok(due) => prop_assert_eq!(cal().workdays_between(day, due).unwrap(), expected_between(day, n)),
            Err(e) => prop_assert!(e.is_out_of_range()),
        }
        match add_months(day, n) {
            Ok(_) => {}
            Err(e) => prop_assert!(e.is_out_of_range()),
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(s in ".*") {
        match parse_date(&s) {
            Ok(day) => { cal().day_info(day).unwrap(); }
            Err(e) => prop_assert!(e.is_invalid_date() || e.is_out_of_range()),
        }
    }

    #[test]
    fn date_like_strings_never_panic(y in 0u32..10000, m in 0u32..100, dd in 0u32..100) {
        let s = format!("{y:04}-{m:02}-{dd:02}");
        if let Ok(day) = parse_date(&s) {
            prop_assert_eq!(day.to_string(), s);
        }
    }

    #[test]
    fn deadlines_are_monotone_in_their_start(a in any_day(), b in any_day(), n in -400i64..400, m in -30i64..30) {
        // A later start never gives an earlier deadline: working days, months (R4) and
        // months with the holiday rollover (R6).
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        if let (Ok(x), Ok(y)) = (cal().add_workdays(lo, n), cal().add_workdays(hi, n)) {
            prop_assert!(x <= y, "{lo} {hi} {n}: {x} > {y}");
        }
        if let (Ok(x), Ok(y)) = (add_months(lo, m), add_months(hi, m)) {
            prop_assert!(x <= y, "{lo} {hi} {m}: {x} > {y}");
        }
        let words = crate::model::Text { zh: "事件", en: "the event" };
        if let (Ok(x), Ok(y)) = (
            crate::periods::months_after(cal(), lo, m.abs(), crate::periods::Roll::ToNextWorkday, words, crate::Locale::ZhCn),
            crate::periods::months_after(cal(), hi, m.abs(), crate::periods::Roll::ToNextWorkday, words, crate::Locale::ZhCn),
        ) {
            prop_assert!(x.due <= y.due, "{lo} {hi} {m}: {} > {}", x.due, y.due);
        }
    }

    #[test]
    fn composition_from_a_workday(day in any_day(), a in 0i64..400, b in 0i64..400) {
        // addWorkdays(addWorkdays(d, a), b) = addWorkdays(d, a + b) from a working day.
        if cal().is_workday(day).unwrap() {
            let two = cal().add_workdays(day, a).and_then(|x| cal().add_workdays(x, b)).ok();
            prop_assert_eq!(two, cal().add_workdays(day, a + b).ok());
        }
    }
}

/// Defect 5 (issue 11): a run of rest days that joins two festivals names each once, in
/// the order met — over every run of the whole range, the official years 2021–2026 and
/// the years computed from the law (statutory.rs) alike.
#[test]
fn joined_holiday_runs_name_each_festival_once_in_order() {
    let cal = cal();
    let (runs, _) = cal.explain_days(FIRST_DAY, LAST_DAY).unwrap();
    let (mut joined_official, mut joined_computed) = (0, 0);
    for run in &runs {
        let Some(names) = &run.holiday else { continue };
        let parts: Vec<&str> = names.split('、').collect();
        let mut want: Vec<String> = Vec::new();
        let mut day = run.from;
        while day <= run.to {
            for p in cal.day_info(day).unwrap().holiday.iter().flat_map(|h| h.split('、')) {
                if !want.iter().any(|w| w == p) {
                    want.push(p.to_owned());
                }
            }
            day = day.succ_opt().unwrap();
        }
        assert_eq!(parts, want, "run {} to {}", run.from, run.to);
        if parts.len() > 1 {
            if cal.is_official(run.from.year()) {
                joined_official += 1;
            } else {
                joined_computed += 1;
            }
        }
    }
    // 2023 (中秋节、国庆节) and 2025 (国庆节、中秋节); and the law's years where 中秋 joins 国庆.
    assert!(joined_official >= 2, "{joined_official}");
    assert!(joined_computed >= 10, "{joined_computed}");
    let count = cal.explain_add_workdays(d("2023-09-28"), 5).unwrap();
    assert_eq!(count.skipped[0].holiday.as_deref(), Some("中秋节、国庆节"));
    let count = cal.explain_add_workdays(d("2025-09-30"), 5).unwrap();
    assert_eq!(count.skipped[0].holiday.as_deref(), Some("国庆节、中秋节"));
}

/// Issue 22 item 9: a year's lists are bounded (a million entries took 5.6 s and 500 MiB),
/// and a schedule for 1949 covers from 1 October, where the supported range starts.
#[test]
fn a_year_schedule_is_bounded_and_its_coverage_within_the_range() {
    let many = format!(r#"{{"year":2027,"source":"x","holidays":[{}],"makeupWorkdays":[]}}"#, vec![r#"{"name":"x","days":[]}"#; 100_000].join(","));
    let started = std::time::Instant::now();
    let e = YearSchedule::from_json(&many).unwrap_err();
    assert!(started.elapsed().as_millis() < 2000);
    assert!(e.message().contains("256 KiB"), "{}", e.message());
    let entries = format!(r#"{{"year":2027,"source":"x","holidays":[{}],"makeupWorkdays":[]}}"#, vec![r#"{"name":"x","days":[]}"#; 367].join(","));
    let e = YearSchedule::from_json(&entries).unwrap_err();
    assert!(e.message().contains("holidays: more than 366 items"), "{}", e.message());
    assert!(e.message_in(crate::model::Locale::ZhCn).contains("holidays：超过366项"), "{}", e.message_in(crate::model::Locale::ZhCn));
    let makeup = format!(r#"{{"year":2027,"source":"x","holidays":[],"makeupWorkdays":[{}]}}"#, vec![r#""2027-01-02""#; 400].join(","));
    assert!(YearSchedule::from_json(&makeup).unwrap_err().message().contains("makeupWorkdays: more than 366"));

    let mut c = Calendar::official();
    c.load_year(YearSchedule::from_json(r#"{"year":1949,"source":"test","holidays":[{"name":"国庆节","days":["1949-10-01","1949-10-02"]}],"makeupWorkdays":[]}"#).unwrap()).unwrap();
    assert_eq!(c.coverage().from, Some(d("1949-10-01")));
}
