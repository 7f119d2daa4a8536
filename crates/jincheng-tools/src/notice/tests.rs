use super::*;
use jincheng_rules::Calendar;
use serde_json::Value;

/// A year's notice text built from its committed file: title, number, a blank line,
/// the quote of every holiday entry of that year's own notice (an entry with a
/// `source` comes from another notice), a blank line, the signature and the date —
/// as data/cases/holiday-notice.json describes.
fn notice_text(file: &YearSchedule) -> String {
    let n = file.notice.as_ref().unwrap();
    let issued = jincheng_rules::parse_date(&n.issued).unwrap();
    let mut lines = vec![n.title.clone(), n.number.clone(), String::new()];
    lines.extend(file.holidays.iter().filter(|h| h.source.is_none()).map(|h| h.quote.clone().unwrap()));
    lines.extend([String::new(), "国务院办公厅".to_owned(), zh_date(issued)]);
    lines.join("\n") + "\n"
}

/// The data files as written (with their notices): the core's built-in years.
const BUILTIN_FILES: [&str; 6] = [
    include_str!("../../../../data/calendar/2021.json"),
    include_str!("../../../../data/calendar/2022.json"),
    include_str!("../../../../data/calendar/2023.json"),
    include_str!("../../../../data/calendar/2024.json"),
    include_str!("../../../../data/calendar/2025.json"),
    include_str!("../../../../data/calendar/2026.json"),
];

fn committed() -> Vec<YearSchedule> {
    BUILTIN_FILES.iter().map(|t| YearSchedule::from_json(t).unwrap()).collect()
}

/// The committed file less what the text cannot give: the notice's url.
fn without_url(mut s: YearSchedule) -> YearSchedule {
    if let Some(n) = &mut s.notice {
        n.url = None;
    }
    s
}

#[test]
fn every_committed_year_parses_to_its_file() {
    let files = committed();
    for file in &files {
        let parsed = parse_holiday_notice(&notice_text(file), file.year).unwrap();
        let mut expected = without_url(file.clone());
        // 2022-12-31 comes from the 2023 notice, checked below.
        expected.holidays.retain(|h| h.source.is_none());
        assert_eq!(parsed.schedule, expected, "{}", file.year);
        assert_eq!(parsed.previous_year.is_some(), file.year == 2023, "{}", file.year);
    }
}

#[test]
fn the_2023_notice_gives_2022_its_last_day() {
    let files = committed();
    let (y2022, y2023) = (&files[1], &files[2]);
    let parsed = parse_holiday_notice(&notice_text(y2023), 2023).unwrap();
    let before = parsed.previous_year.unwrap();
    assert_eq!(before.year, 2022);
    assert!(before.makeup_workdays.is_empty());
    let own = parse_holiday_notice(&notice_text(y2022), 2022).unwrap();
    let mut merged = own.schedule;
    merged.holidays.extend(before.holidays);
    // Exactly the committed 2022 file, its entry from the 2023 notice included.
    assert_eq!(merged, without_url(y2022.clone()));
}

#[test]
fn the_numbered_lines_alone_are_enough() {
    for file in committed() {
        let lines: Vec<String> = file.holidays.iter().filter(|h| h.source.is_none()).map(|h| h.quote.clone().unwrap()).collect();
        let parsed = parse_holiday_notice(&lines.join("\n"), file.year).unwrap().schedule;
        assert_eq!(parsed.source, format!("国务院办公厅关于{}年部分节假日安排的通知", file.year));
        assert_eq!(parsed.notice, None);
        let days = |s: &YearSchedule| s.holidays.iter().filter(|h| h.source.is_none()).map(|h| h.days.clone()).collect::<Vec<_>>();
        assert_eq!(days(&parsed), days(&file));
        assert_eq!(parsed.makeup_workdays, file.makeup_workdays);
    }
}

#[test]
fn a_parsed_year_loads_and_gives_the_official_calendar() {
    let official = Calendar::official();
    for file in committed() {
        let parsed = parse_holiday_notice(&notice_text(&file), file.year).unwrap();
        // A calendar where the year is replaced by the parsed schedule (2022 without its
        // last day, which the 2023 notice gives).
        let mut cal = Calendar::official();
        cal.load_year(parsed.schedule).unwrap();
        for d in NaiveDate::from_ymd_opt(file.year, 1, 1).unwrap().iter_days().take_while(|d| d.year() == file.year) {
            let expected = official.day_info(d).unwrap();
            let got = cal.day_info(d).unwrap();
            if file.year == 2022 && d.month() == 12 && d.day() == 31 {
                assert!(!expected.workday && !got.workday, "a Saturday either way");
                continue;
            }
            assert_eq!((got.kind, got.holiday), (expected.kind, expected.holiday), "{d}");
        }
    }
}

#[test]
fn a_previous_december_makeup_day_and_a_pasted_paragraph() {
    // 国务院办公厅关于2012年部分节假日安排的通知（国办发明电〔2011〕39号）, one paragraph,
    // with full-width digits in one date and CRLF line ends.
    let text = "国务院办公厅关于2012年部分节假日安排的通知\r\n国办发明电〔2011〕39号\r\n\
        \u{3000}\u{3000}一、元旦：2012年1月1日至3日放假调休，共3天。2011年12月31日（星期六）上班。\
        二、春节：1月22日至28日放假调休，共7天。1月21日（星期六）、1月29日（星期日）上班。\
        三、清明节：４月２日至４日放假调休，共3天。3月31日（星期六）、4月1日（星期日）上班。\r\n\
        \u{3000}\u{3000}四、劳动节：4月29日至5月1日放假调休，共3天。4月28日（星期六）上班。\r\n\
        \u{3000}\u{3000}五、端午节：6月22日至24日放假公休，共3天。\r\n\
        \u{3000}\u{3000}六、中秋节、国庆节：9月30日至10月7日放假调休，共8天。9月29日（星期六）上班。\r\n";
    let parsed = parse_holiday_notice(text, 2012).unwrap();
    let s = &parsed.schedule;
    assert_eq!(s.source, "国务院办公厅关于2012年部分节假日安排的通知（国办发明电〔2011〕39号）");
    assert_eq!(s.holidays.len(), 6);
    assert_eq!(s.holidays[0].days, ["2012-01-01", "2012-01-02", "2012-01-03"]);
    assert_eq!(s.holidays[1].quote.as_deref(), Some("二、春节：1月22日至28日放假调休，共7天。1月21日（星期六）、1月29日（星期日）上班。"));
    assert_eq!(s.holidays[3].days, ["2012-04-29", "2012-04-30", "2012-05-01"]);
    assert_eq!(s.holidays[5].days.first().map(String::as_str), Some("2012-09-30"));
    assert_eq!(s.holidays[5].days.last().map(String::as_str), Some("2012-10-07"));
    assert_eq!(s.makeup_workdays, ["2012-01-21", "2012-01-29", "2012-03-31", "2012-04-01", "2012-04-28", "2012-09-29"]);
    let before = parsed.previous_year.unwrap();
    assert_eq!((before.year, before.holidays.len()), (2011, 0));
    assert_eq!(before.makeup_workdays, ["2011-12-31"]);
    // Without the year the December day of the 元旦 line is still the previous year's.
    let no_year = text.replace("2011年12月31日", "12月31日");
    assert_eq!(parse_holiday_notice(&no_year, 2012).unwrap().previous_year.unwrap().makeup_workdays, ["2011-12-31"]);
}

#[test]
fn malformed_notices_from_the_case_file() {
    let v: Value = serde_json::from_str(include_str!("../../../../data/cases/holiday-notice.json")).unwrap();
    let cases = v["cases"].as_array().unwrap();
    assert!(cases.len() >= 15);
    let files = committed();
    for c in cases {
        let year = c["year"].as_i64().unwrap() as i32;
        let file = files.iter().find(|f| f.year == year).unwrap();
        let mut text = notice_text(file);
        if let Some([from, to]) = c["replace"].as_array().map(Vec::as_slice) {
            let (from, to) = (from.as_str().unwrap(), to.as_str().unwrap());
            assert!(text.contains(from), "{}: {from} not in the text", c["fault"]);
            text = text.replacen(from, to, 1);
        }
        let parse_year = c["parseYear"].as_i64().map_or(year, |y| y as i32);
        let e = parse_holiday_notice(&text, parse_year).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidCalendar);
        let m = e.message();
        if let Some(line) = c["line"].as_i64() {
            let (zh, en) = match c["head"].as_str() {
                Some(head) => (format!("第{line}行（{head}）"), format!("line {line} ({head})")),
                None => (format!("第{line}行"), format!("line {line}")),
            };
            assert!(m.contains(&zh) && m.contains(&en), "{}: {m}", c["fault"]);
        }
        for s in c["expect"].as_array().unwrap() {
            assert!(m.contains(s.as_str().unwrap()), "{}: {m} should contain {s}", c["fault"]);
        }
    }
}

#[test]
fn whole_notice_faults() {
    let cases = [
        ("", 2027, "没有找到编号的放假安排"),
        ("国务院办公厅关于2027年部分节假日安排的通知", 2027, "no numbered holiday lines"),
        ("一、元旦：1月1日放假，共1天。", 2100, "outside the supported range"),
        ("一、元旦1月1日放假，共1天。", 2027, "节假日通知第1行：节日名称后缺少冒号"),
        ("二、元旦：1月1日放假，共1天。", 2027, "编号是“二、”，应为“一、”"),
    ];
    for (text, year, needle) in cases {
        let e = parse_holiday_notice(text, year).unwrap_err();
        assert_eq!(e.code(), ErrorCode::InvalidCalendar);
        assert!(e.message().contains(needle), "{} should contain {needle}", e.message());
    }
}

#[test]
fn numerals() {
    for (n, s) in [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (28, "二十八"), (30, "三十")] {
        assert_eq!(numeral(n), s);
        assert_eq!(numeral_value(s), Some(n));
    }
    assert_eq!(numeral_value("廿九"), Some(29));
    assert_eq!(numeral_value("三十一"), None);
    assert_eq!(numeral_value("四十"), None);
    assert_eq!(numeral_value("零"), None);
}

#[test]
#[cfg(feature = "serde")]
fn written_like_serde() {
    let files = committed();
    for file in &files {
        assert_eq!(file.to_json(), serde_json::to_string(file).unwrap());
    }
    let parsed = parse_holiday_notice(&notice_text(&files[2]), 2023).unwrap();
    let v: Value = serde_json::from_str(&parsed.to_json()).unwrap();
    assert_eq!(v["previousYear"], serde_json::to_value(parsed.previous_year.as_ref().unwrap()).unwrap());
    let mut bare = v.clone();
    bare.as_object_mut().unwrap().remove("previousYear");
    assert_eq!(bare, serde_json::to_value(&parsed.schedule).unwrap());
    // What the JS side gets loads as it is (the extra member is ignored).
    assert_eq!(YearSchedule::from_json(&parsed.to_json()).unwrap(), parsed.schedule);
}

proptest::proptest! {
    /// Any text over the notice's alphabet is a schedule or an `invalid_calendar` error, never a panic.
    #[test]
    fn any_text_is_read_or_rejected(
        text in "[一二三四五六七八九十廿、：:（）()0-9０-９年月日至放假调休共天上班周星期农历正腊初除夕。，,\n\r 　元旦春节清明劳动端午中秋国庆通知关于部分节假日安排的国办发明电〔〕号]{0,300}",
        year in 1940i32..2110,
    ) {
        if let Err(e) = parse_holiday_notice(&text, year) {
            proptest::prop_assert_eq!(e.code(), ErrorCode::InvalidCalendar);
        }
    }

    /// A real notice with a few characters deleted or replaced is read or rejected, never a panic.
    #[test]
    fn an_edited_notice_is_read_or_rejected(
        year in 0usize..6,
        edits in proptest::collection::vec((0usize..2000, proptest::option::of("[0-9一二三日月至、。（）：]")), 1..4),
    ) {
        let files = committed();
        let mut chars: Vec<String> = notice_text(&files[year]).chars().map(String::from).collect();
        for (at, with) in edits {
            let at = at % chars.len();
            match with {
                Some(c) => chars[at] = c,
                None => { chars.remove(at); }
            }
        }
        let text: String = chars.concat();
        if let Err(e) = parse_holiday_notice(&text, 2021 + year as i32) {
            proptest::prop_assert_eq!(e.code(), ErrorCode::InvalidCalendar);
        }
    }
}
