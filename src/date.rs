//! Civil dates: strict ISO parsing, the supported range, and month arithmetic.
//!
//! Dates are civil dates with no time zone (a `YYYY-MM-DD` string never shifts
//! by a day, whatever the machine's zone — the bug of chinese-days west of UTC).

use chrono::{Datelike, NaiveDate};

use crate::error::{quote, quote_zh, Error, ErrorCode};

/// First supported day: the founding of the People's Republic, 1949-10-01.
pub const FIRST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(1949, 10, 1) {
    Some(d) => d,
    None => unreachable!(),
};

/// Last supported day: 2099-12-31.
pub const LAST_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2099, 12, 31) {
    Some(d) => d,
    None => unreachable!(),
};

/// Parse a strict `YYYY-MM-DD` date and check that it lies in the supported range.
///
/// # Errors
///
/// `invalid_date` for anything that is not exactly four digits, `-`, two digits,
/// `-`, two digits naming a real day; `out_of_range` outside 1949-10-01 … 2099-12-31.
///
/// ```
/// use jincheng_rules::{parse_date, ErrorCode};
/// assert_eq!(parse_date("2024-02-29")?.to_string(), "2024-02-29");
/// assert_eq!(parse_date("2023-02-29").unwrap_err().code(), ErrorCode::InvalidDate);
/// assert_eq!(parse_date("2021-2-3").unwrap_err().code(), ErrorCode::InvalidDate);
/// assert_eq!(parse_date("1900-01-01").unwrap_err().code(), ErrorCode::OutOfRange);
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn parse_date(s: &str) -> Result<NaiveDate, Error> {
    let d = parse_iso(s)
        .ok_or_else(|| {
            Error::new(ErrorCode::InvalidDate, format!("invalid date {}: expected a real day written YYYY-MM-DD", quote(s)))
                .with_zh(format!("日期{}不存在或写法不对，请按“年-月-日”填写，例如2026-10-15。", quote_zh(s)))
        })?;
    check_range(d)
}

pub(crate) fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, &c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// The date in China (UTC+8: no daylight saving since 1991) at a moment given as
/// milliseconds since the Unix epoch, whatever the machine's time zone.
///
/// ```
/// use jincheng_rules::date_in_china;
/// // 2026-09-30T16:30Z is already 1 October, 00:30, in Beijing.
/// assert_eq!(date_in_china(1_790_785_800_000).to_string(), "2026-10-01");
/// assert_eq!(date_in_china(1_790_785_800_000 - 3_600_000).to_string(), "2026-09-30");
/// ```
pub fn date_in_china(unix_millis: i64) -> NaiveDate {
    let days = unix_millis.saturating_add(8 * 3_600_000).div_euclid(86_400_000);
    // 719,163 days from 0001-01-01 (day 1 of the common era) to 1970-01-01.
    i32::try_from(days + 719_163).ok().and_then(NaiveDate::from_num_days_from_ce_opt).unwrap_or(NaiveDate::MIN)
}

/// Today in China (UTC+8), from the system clock, whatever the machine's time zone:
/// what a portal means by “today” when it does not say.
///
/// Not available on `wasm32-unknown-unknown`, which has no clock (the npm package takes
/// the moment from JavaScript's `Date.now()` and calls [`date_in_china`]).
///
/// ```
/// use jincheng_rules::{date_in_china, today_in_china};
/// let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
/// let today = today_in_china();
/// // The same day as computed from the clock (or the next one, across midnight).
/// assert!(today == date_in_china(now.as_millis() as i64) || today.pred_opt() == Some(date_in_china(now.as_millis() as i64)));
/// ```
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
pub fn today_in_china() -> NaiveDate {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    date_in_china(now.map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX)))
}

/// Parse a strict `YYYY-MM-DDTHH:MM` date-time (China time, no offset).
///
/// # Errors
///
/// `invalid_date` when malformed or impossible, `out_of_range` outside the supported dates.
pub fn parse_date_time(s: &str) -> Result<chrono::NaiveDateTime, Error> {
    let bad = || {
        Error::new(ErrorCode::InvalidDate, format!("invalid date-time {}: expected YYYY-MM-DDTHH:MM", quote(s)))
            .with_zh(format!("时间{}不存在或写法不对，请按“年-月-日T时:分”填写，例如2026-10-15T09:30。", quote_zh(s)))
    };
    let b = s.as_bytes();
    if b.len() != 16 || b[10] != b'T' || b[13] != b':' {
        return Err(bad());
    }
    let date = parse_iso(crate::util::part(s, ..10)).ok_or_else(bad)?;
    let (hh, mm) = (crate::util::part(s, 11..13), crate::util::part(s, 14..16));
    let hh: u32 = hh.parse().ok().filter(|_| hh.bytes().all(|c| c.is_ascii_digit())).ok_or_else(bad)?;
    let mm: u32 = mm.parse().ok().filter(|_| mm.bytes().all(|c| c.is_ascii_digit())).ok_or_else(bad)?;
    let time = chrono::NaiveTime::from_hms_opt(hh, mm, 0).ok_or_else(bad)?;
    check_range(date)?;
    Ok(date.and_time(time))
}

/// `HH:MM`, without chrono's strftime machinery (kept out of the wasm).
pub fn format_time(t: impl chrono::Timelike) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// `YYYY-MM-DDTHH:MM`.
pub fn format_date_time(t: chrono::NaiveDateTime) -> String {
    format!("{}T{}", t.date(), format_time(t.time()))
}

/// Check that a date lies in the supported range (1949-10-01 … 2099-12-31).
///
/// # Errors
///
/// `out_of_range`, naming the date.
pub fn check_range(d: NaiveDate) -> Result<NaiveDate, Error> {
    if (FIRST_DAY..=LAST_DAY).contains(&d) {
        Ok(d)
    } else {
        Err(Error::new(ErrorCode::OutOfRange, format!("date {d} is outside the supported range {FIRST_DAY} to {LAST_DAY}"))
            .with_zh(format!("日期{d}超出可计算的范围（1949年10月1日至2099年12月31日）。")))
    }
}

/// The same day of the month `n` months later (earlier for negative `n`); where
/// that month has no such day, its last day.
///
/// This is the month-end rule of 民法典 第二百零二条: “按照年、月计算期间的，到期月的
/// 对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。” It gives the raw
/// last day of a month period (periods.md R4); rolling a rest day forward (R6) is
/// the caller's decision.
///
/// # Errors
///
/// `out_of_range` when the date or the result lies outside the supported range.
///
/// # Example: 31 January plus one month
///
/// ```
/// use jincheng_rules::{add_months, parse_date};
/// // 2024 is a leap year: the period ends on 29 February, the month's last day.
/// assert_eq!(add_months(parse_date("2024-01-31")?, 1)?.to_string(), "2024-02-29");
/// assert_eq!(add_months(parse_date("2023-01-31")?, 1)?.to_string(), "2023-02-28");
/// // 半年 is six months (periods.md §6): 2023-08-31 + 6 months = 2024-02-29.
/// assert_eq!(add_months(parse_date("2023-08-31")?, 6)?.to_string(), "2024-02-29");
/// // Backwards, the same clamp: 2024-03-31 − 1 month = 2024-02-29.
/// assert_eq!(add_months(parse_date("2024-03-31")?, -1)?.to_string(), "2024-02-29");
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn add_months(d: NaiveDate, n: i64) -> Result<NaiveDate, Error> {
    let d = check_range(d)?;
    let out_of_range = || {
        Error::new(ErrorCode::OutOfRange, format!("{d} plus {n} months is outside the supported range {FIRST_DAY} to {LAST_DAY}"))
            .with_zh(format!("{d}加{n}个月超出可计算的范围（1949年10月1日至2099年12月31日）。"))
    };
    let month0 = i64::from(d.year()) * 12 + i64::from(d.month0());
    let target = month0.checked_add(n).ok_or_else(out_of_range)?;
    let (year, month0) = (target.div_euclid(12), target.rem_euclid(12) as u32);
    let year = i32::try_from(year).ok().filter(|y| (1949..=2099).contains(y)).ok_or_else(out_of_range)?;
    let last = days_in_month(year, month0 + 1);
    let day = d.day().min(last);
    let result = NaiveDate::from_ymd_opt(year, month0 + 1, day).ok_or_else(out_of_range)?;
    check_range(result).map_err(|_| out_of_range())
}

/// Number of days in a month of the Gregorian calendar.
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_parsing() {
        for bad in [
            "",
            "2021-2-3",
            "2021-02-30",
            "2021/02/03",
            "20210203",
            " 2021-02-03",
            "2021-02-03 ",
            "２０２１-02-03",
            "+021-02-03",
            "2021-13-01",
            "2021-00-10",
            "2021-01-00",
        ] {
            assert_eq!(parse_date(bad).unwrap_err().code(), ErrorCode::InvalidDate, "{bad:?}");
        }
        assert_eq!(parse_date("1949-09-30").unwrap_err().code(), ErrorCode::OutOfRange);
        assert_eq!(parse_date("2100-01-01").unwrap_err().code(), ErrorCode::OutOfRange);
        assert!(parse_date("1949-10-01").is_ok());
        assert!(parse_date("2099-12-31").is_ok());
    }

    #[test]
    fn month_end_rule_everywhere() {
        // Every day of the supported range, ±1..=13 months: the result keeps the day
        // of month when the target month has it, else is the target month's last day.
        let mut d = FIRST_DAY;
        while d <= LAST_DAY {
            for n in [-13i64, -1, 1, 6, 12, 13] {
                match add_months(d, n) {
                    Ok(r) => {
                        let months = (r.year() - d.year()) as i64 * 12 + r.month() as i64 - d.month() as i64;
                        assert_eq!(months, n, "{d} {n}");
                        let last = days_in_month(r.year(), r.month());
                        assert_eq!(r.day(), d.day().min(last), "{d} {n}");
                    }
                    Err(e) => assert_eq!(e.code(), ErrorCode::OutOfRange),
                }
            }
            d = d.succ_opt().unwrap();
        }
    }

    #[test]
    fn add_months_extremes() {
        assert!(add_months(FIRST_DAY, i64::MAX).unwrap_err().is_out_of_range());
        assert!(add_months(FIRST_DAY, i64::MIN).unwrap_err().is_out_of_range());
        assert!(add_months(FIRST_DAY, -1).unwrap_err().is_out_of_range());
        assert_eq!(add_months(FIRST_DAY, 0).unwrap(), FIRST_DAY);
        assert_eq!(add_months(NaiveDate::from_ymd_opt(2099, 11, 30).unwrap(), 1).unwrap().to_string(), "2099-12-30");
    }
}
