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
    Options { locale, as_of, fields: None, service_hours: None, labels: Vec::new(), document_status: std::sync::Arc::from([]) }
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
