//! The notice parser's fuzz entry point, shared by the fuzz target
//! (`crates/fuzz/fuzz_targets/notice.rs`) and the replay of its corpus
//! (`crates/jincheng-tools/tests/fuzz_regressions.rs`). A panic here is a bug.

use jincheng_rules::for_tools::MAX_YEAR_DAYS;
use jincheng_rules::json::WriteJson;
use jincheng_rules::{Calendar, ErrorCode, YearSchedule};

/// `parseHolidayNotice` over arbitrary text for a year given by the first two bytes:
/// either an `invalid_calendar` error, or a schedule of that year that loads (the parser
/// checks everything `load_year` does) and whose lists stay within a year's bounds.
pub fn notice_bytes(data: &[u8]) {
    if data.len() < 2 {
        return;
    }
    let year = 1949 + i32::from(u16::from_le_bytes([data[0], data[1]]) % 160);
    let text = String::from_utf8_lossy(&data[2..]);
    match crate::parse_holiday_notice(&text, year) {
        Ok(parsed) => {
            assert_eq!(parsed.schedule.year, year);
            let days: usize = parsed.schedule.holidays.iter().map(|h| h.days.len()).sum();
            assert!(days <= MAX_YEAR_DAYS && parsed.schedule.makeup_workdays.len() <= MAX_YEAR_DAYS);
            let mut cal = Calendar::official();
            cal.load_year(parsed.schedule.clone()).unwrap_or_else(|e| panic!("a parsed notice does not load: {}", e.message()));
            // What the parser gives reads back through the JSON a page would load.
            let json = WriteJson::to_json(&parsed.schedule);
            assert_eq!(YearSchedule::from_json(&json).map(|s| s.year).ok(), Some(year));
        }
        Err(e) => assert!(e.code() == ErrorCode::InvalidCalendar, "{:?}", e.code()),
    }
}
