//! Entry points shared by the fuzz targets (`crates/fuzz`) and the regression test
//! that replays their corpora (`tests/fuzz_regressions.rs`). Each takes raw bytes,
//! exercises one surface of the public API, and checks the invariants that must
//! hold for any input. A panic here is a bug: in wasm it would be a trap.

use crate::registry::application_types;
use crate::application::{deadlines_json, default_calendar, validate_json, Options};
use crate::{add_months, check_credit_code, check_mobile, check_resident_id, parse_date, Calendar, CheckContext, Locale, YearSchedule};

fn options(byte: u8) -> Options {
    let as_of = parse_date(["2021-06-01", "2023-11-30", "2023-12-01", "2026-11-30", "2026-12-28"][usize::from(byte) % 5])
        .unwrap_or(crate::FIRST_DAY);
    let locale = if byte & 0x80 == 0 { Locale::ZhCn } else { Locale::En };
    Options::new(locale, as_of)
}

/// `validate` and `deadlines` over arbitrary JSON text for every application type.
pub fn validate_bytes(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let types = application_types();
    let t = types[usize::from(first) % types.len()];
    let o = options(first);
    let report = validate_json(t, &text, &o, default_calendar());
    assert_eq!(report.valid, !report.issues.iter().any(|i| i.severity == crate::Severity::Error));
    // Deterministic: the same input gives the same report.
    assert_eq!(report, validate_json(t, &text, &o, default_calendar()));
    // The direct JSON writer and the serde derive agree.
    #[cfg(feature = "serde")]
    assert_eq!(crate::json::WriteJson::to_json(&report), serde_json::to_string(&report).unwrap_or_default());
    let _ = deadlines_json(t, &text, &o, default_calendar());
}

/// Every calendar function over arbitrary strings and integers.
pub fn calendar_bytes(data: &[u8]) {
    if data.len() < 9 {
        return;
    }
    let n = i64::from_le_bytes(data[..8].try_into().unwrap_or([0; 8]));
    let text = String::from_utf8_lossy(&data[8..]);
    let (a, b) = text.split_once('|').unwrap_or((&text, "2026-01-01"));
    let cal = default_calendar();
    for s in [a, b] {
        if let Ok(d) = parse_date(s) {
            let _ = cal.is_workday(d);
            let _ = cal.day_info(d);
            for k in [n, n % 4000, -(n % 4000)] {
                if let Ok(due) = cal.add_workdays(d, k) {
                    let between = cal.workdays_between(d, due).unwrap_or(i64::MIN);
                    let expected = if k < 0 && !cal.is_workday(d).unwrap_or(false) { k + 1 } else { k };
                    assert_eq!(between, expected, "{d} {k}");
                }
                let _ = cal.explain_add_workdays(d, k % 400);
                let _ = add_months(d, k);
            }
        }
    }
    if let (Ok(x), Ok(y)) = (parse_date(a), parse_date(b)) {
        let _ = cal.workdays_between(x, y);
        let _ = cal.provisional_years(x, y);
    }
}

/// `loadCalendarYear` over arbitrary JSON: either an `invalid_calendar` error and an
/// unchanged calendar, or a loaded year.
pub fn load_year_bytes(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let Ok(schedule) = YearSchedule::from_json(&text) else { return };
    let mut cal = Calendar::official();
    let before = cal.coverage();
    match cal.load_year(schedule.clone()) {
        Ok(()) => assert!(cal.is_official(schedule.year)),
        Err(e) => {
            assert!(e.code() == crate::ErrorCode::InvalidCalendar);
            assert_eq!(cal.coverage(), before);
        }
    }
}

/// The identity checks over arbitrary strings.
pub fn identity_bytes(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let ctx = CheckContext { today: crate::FIRST_DAY + chrono::Duration::days(27_000), locale: Locale::ZhCn };
    for r in [check_resident_id(&text, &ctx), check_credit_code(&text, &ctx), check_mobile(&text, &ctx)] {
        assert_eq!(r.valid, !r.issues.iter().any(|i| i.severity == crate::Severity::Error));
        if r.valid {
            assert!(r.normalized.is_none(), "a valid value needs no normalisation");
        }
    }
}

/// `validateMany` on JSON Lines with the `fields` and `labels` options: the first byte
/// picks the type, the locale and the day; the first line of the text lists JSON Pointers
/// separated by spaces (the `fields`, each also labelled), the rest are the submissions.
/// One report per non-blank line, in order; each report within its bounds, its issues
/// under the fields asked for, valid exactly when it has no error; the same reports as
/// one `validate` per line.
pub fn json_lines_bytes(data: &[u8]) {
    use crate::application::{validate_lines_from, MAX_ISSUES};
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let (head, lines) = text.split_once('\n').unwrap_or((&text, ""));
    let types = application_types();
    let t = types[usize::from(first) % types.len()];
    let mut o = options(first);
    let pointers: Vec<String> = head.split(' ').filter(|p| p.is_empty() || p.starts_with('/')).take(8).map(str::to_owned).collect();
    if first & 0x40 != 0 {
        o.fields = Some(pointers.clone());
    }
    o.labels = pointers.iter().enumerate().map(|(i, p)| (p.clone(), format!("栏目{i}"))).collect();
    let first_line = 1 + usize::from(first & 0x3F) * 1000;
    let reports = validate_lines_from(t, lines.as_bytes(), first_line, &o, default_calendar());
    let expected: Vec<usize> = crate::application::json_lines(lines.as_bytes()).map(|(n, _)| n + first_line - 1).collect();
    assert_eq!(reports.iter().map(|r| r.line).collect::<Vec<_>>(), expected);
    for r in &reports {
        let report = &r.report;
        assert_eq!(report.valid, !report.issues.iter().any(|i| i.severity == crate::Severity::Error));
        assert!(report.issues.len() <= MAX_ISSUES + 1);
        // An unreadable line's report is about the whole line (and the document's window),
        // whatever the fields.
        let unreadable = report.issues.iter().any(|i| i.code.starts_with("submission.") && i.code != "submission.too_many_issues");
        if let (Some(fields), false) = (&o.fields, unreadable) {
            for i in report.issues.iter().filter(|i| i.code != "submission.too_many_issues") {
                let under = fields.iter().any(|f| i.path == *f || (i.path.starts_with(f.as_str()) && i.path.as_bytes().get(f.len()) == Some(&b'/')));
                assert!(under, "{} at {} is not under {fields:?}", i.code, i.path);
            }
        }
        assert!(!crate::json::WriteJson::to_json(r).is_empty());
    }
}

/// `ServiceHours` from arbitrary "HH:MM-HH:MM" pairs (separated by spaces), and the counts
/// in working time over them: either an `invalid_options`-kind error, or hours whose
/// periods are ordered and whose counts end inside an opening.
pub fn service_hours_bytes(data: &[u8]) {
    use crate::hours::{half_working_day_after, on_the_spot, working_minutes_after, ServiceHours};
    let Some((&first, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    let pairs: Vec<(&str, &str)> = text.split(' ').take(16).map(|p| p.split_once('-').unwrap_or((p, ""))).collect();
    let Ok(hours) = ServiceHours::parse(&pairs) else { return };
    let periods = hours.periods();
    assert!(periods.windows(2).all(|w| w[0].1 <= w[1].0), "{periods:?}");
    assert!(periods.iter().all(|(a, b)| a < b));
    assert!(hours.daily_minutes() > 0);
    let _ = hours.describe(Locale::ZhCn);
    let cal = default_calendar();
    let day = crate::FIRST_DAY + chrono::Duration::days(27_000 + i64::from(first) * 3);
    let start = day.and_hms_opt(u32::from(first % 24), u32::from(first % 60), 0).unwrap_or_default();
    let event = crate::Text { zh: "受理", en: "receipt" };
    for minutes in [0, 1, 60, i64::from(first) * 37] {
        if let Ok(p) = working_minutes_after(cal, &hours, start, minutes, event, Locale::En) {
            let due = p.due_time.expect("a count in working time ends at a time");
            assert!(p.due.and_time(due) >= start);
            assert!(periods.iter().any(|(a, b)| *a <= due && due <= *b), "{due} outside {periods:?}");
        }
    }
    let _ = half_working_day_after(cal, &hours, start, event, Locale::ZhCn);
    let _ = on_the_spot(cal, &hours, start, event, Locale::ZhCn);
}
