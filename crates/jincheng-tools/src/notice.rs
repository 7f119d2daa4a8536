//! The State Council's annual holiday notice (国务院办公厅关于X年部分节假日安排的通知),
//! read from its text into the [`YearSchedule`] that `loadCalendarYear` takes.
//!
//! The notice gives one numbered line per holiday:
//!
//! ```text
//! 二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
//! ```
//!
//! The sentence with 放假 gives the block of days off (`A至B`, or one day); the sentence
//! ending in 上班 lists the makeup working days (调休上班). Everything the text says
//! about a day is checked: 共N天 (or 放假N天) against the block's length, every
//! （星期X）／（周X） against the date, every （农历…） against the lunisolar table,
//! a makeup day is a Saturday or Sunday, no day is named twice, the law's own days
//! off of each festival (全国年节及纪念日放假办法 第二条) lie inside its block, the lines
//! are numbered 一、二、三… without a gap and name every statutory festival once.
//!
//! Dates are read as the notice writes them: `2月15日至23日` (the month carries over),
//! `9月29日至10月6日`, `2022年12月31日至2023年1月2日`. Without a year a date is in the
//! notice's year, except a December date in the 元旦 line, which is the previous
//! year's (国办发明电〔2011〕39号: “2012年1月1日至3日放假调休…2011年12月31日（星期六）上班”).
//! Such days belong to the previous year's schedule: they come back apart, in
//! [`ParsedNotice::previous_year`] (the 2022 file holds 2022-12-31 from the 2023 notice).

use chrono::{Datelike, NaiveDate, Weekday};

use jincheng_rules::for_tools::{check_schedule, lunisolar_table, statutory_days};
use jincheng_rules::json::{write_object, WriteJson};
use jincheng_rules::{Error, ErrorCode, HolidayEntry, Notice, YearSchedule, FIRST_DAY, LAST_DAY};

/// The festivals a notice may name: those of 《全国年节及纪念日放假办法》（2024年11月10日修订）
/// 第二条 that are days off for all citizens.
const FESTIVALS: [&str; 7] = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"];

/// The longest block of days off a line may give (the longest so far: 9 days, 2026 春节).
const MAX_BLOCK_DAYS: i64 = 31;

/// A notice read from its text: the year's schedule, and the days the notice gives to
/// the previous year (a 元旦 block that begins on 31 December).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedNotice {
    /// The year's schedule, ready for [`jincheng_rules::Calendar::load_year`].
    pub schedule: YearSchedule,
    /// Days off and makeup days that fall in the previous year, for that year's schedule.
    pub previous_year: Option<PreviousYearDays>,
}

/// The days a notice gives to the year before its own.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct PreviousYearDays {
    /// The previous year.
    pub year: i32,
    /// Its days off, each entry quoting the notice line and naming the notice as `source`.
    pub holidays: Vec<HolidayEntry>,
    /// Its makeup working days.
    pub makeup_workdays: Vec<String>,
}

/// What is wrong with a notice. Each fault is written once per locale.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Fault {
    YearOutOfRange(i32),
    OtherYear { of: i32, asked: i32 },
    NoLines,
    Numbering { expected: u32, got: u32 },
    NoColon,
    UnknownFestival(String),
    FestivalTwice { name: String, first: usize },
    MissingFestival(&'static str),
    NoDaysOff,
    TwoDaysOffSentences,
    Unreadable(String),
    NoSuchDate(String),
    OutsideYear(NaiveDate),
    EndBeforeStart(String),
    TooLong(String, i64),
    DayCount { said: u32, range: String, days: i64 },
    CountUnreadable { said: String, range: String },
    Weekday { date: NaiveDate, said: String },
    Lunar { date: NaiveDate, said: String },
    UnknownNote(String),
    MakeupNotWeekend(NaiveDate),
    DayTwice { date: NaiveDate, first: usize },
    LawDayOutside { festival: &'static str, date: NaiveDate, range: String },
}

const WEEKDAY_ZH: [&str; 7] = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
const WEEKDAY_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

fn weekday_zh(d: NaiveDate) -> &'static str {
    WEEKDAY_ZH[d.weekday().num_days_from_monday() as usize]
}

fn weekday_en(d: NaiveDate) -> &'static str {
    WEEKDAY_EN[d.weekday().num_days_from_monday() as usize]
}

fn zh_date(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

impl Fault {
    fn zh(&self) -> String {
        match self {
            Fault::YearOutOfRange(y) => format!("{y}年不在支持的年份范围（{}—{}年）内", FIRST_DAY.year(), LAST_DAY.year()),
            Fault::OtherYear { of, asked } => format!("这是{of}年的通知，不是{asked}年的"),
            Fault::NoLines => "没有找到编号的放假安排（如“一、元旦：1月1日放假，共1天。”）".to_owned(),
            Fault::Numbering { expected, got } => {
                format!("编号是“{}、”，应为“{}、”：缺少一行，或编号有误", numeral(*got), numeral(*expected))
            }
            Fault::NoColon => "节日名称后缺少冒号“：”".to_owned(),
            Fault::UnknownFestival(n) => format!("“{n}”不是法定节日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）"),
            Fault::FestivalTwice { name, first } => format!("{name}已在第{first}行安排过"),
            Fault::MissingFestival(n) => format!("通知中没有{n}的放假安排：缺少一行"),
            Fault::NoDaysOff => "没有写明放假日期（“……放假”）".to_owned(),
            Fault::TwoDaysOffSentences => "写了两处放假日期".to_owned(),
            Fault::Unreadable(s) => format!("无法读懂“{s}”：日期应写作“2月15日至23日放假”“2月14日（周六）上班”"),
            Fault::NoSuchDate(s) => format!("日期“{s}”不存在"),
            Fault::OutsideYear(d) => format!("{}不在本年内", zh_date(*d)),
            Fault::EndBeforeStart(r) => format!("“{r}”的结束日早于开始日"),
            Fault::TooLong(r, n) => format!("“{r}”共{n}天，超过{MAX_BLOCK_DAYS}天"),
            Fault::DayCount { said, range, days } => format!("写的是共{said}天，但{range}是{days}天"),
            Fault::CountUnreadable { said, range } => format!("天数“{said}”无法核对：应写作阿拉伯数字，如“共3天”（{range}）"),
            Fault::Weekday { date, said } => format!("{}是{}，不是{said}", zh_date(*date), weekday_zh(*date)),
            Fault::Lunar { date, said } => format!("{}不是农历{said}", zh_date(*date)),
            Fault::UnknownNote(s) => format!("括号内的“{s}”无法核对：应为“周X”“星期X”或“农历……”"),
            Fault::MakeupNotWeekend(d) => format!("调休上班日{}是{}，不是周末", zh_date(*d), weekday_zh(*d)),
            Fault::DayTwice { date, first } => format!("{}已在第{first}行出现过", zh_date(*date)),
            Fault::LawDayOutside { festival, date, range } => {
                format!("{festival}的法定假日{}不在“{range}”之内", zh_date(*date))
            }
        }
    }

    fn en(&self) -> String {
        match self {
            Fault::YearOutOfRange(y) => format!("year {y} is outside the supported range {}–{}", FIRST_DAY.year(), LAST_DAY.year()),
            Fault::OtherYear { of, asked } => format!("this is the notice for {of}, not for {asked}"),
            Fault::NoLines => "no numbered holiday lines found (such as “一、元旦：1月1日放假，共1天。”)".to_owned(),
            Fault::Numbering { expected, got } => {
                format!("numbered “{}、” where “{}、” is expected: a line is missing or misnumbered", numeral(*got), numeral(*expected))
            }
            Fault::NoColon => "no colon “：” after the festival's name".to_owned(),
            Fault::UnknownFestival(n) => format!("“{n}” is not a statutory festival (元旦、春节、清明节、劳动节、端午节、中秋节、国庆节)"),
            Fault::FestivalTwice { name, first } => format!("{name} is already scheduled on line {first}"),
            Fault::MissingFestival(n) => format!("the notice has no line for {n}: a line is missing"),
            Fault::NoDaysOff => "no days off (“……放假”) given".to_owned(),
            Fault::TwoDaysOffSentences => "days off given twice".to_owned(),
            Fault::Unreadable(s) => format!("cannot read “{s}”: dates are written like “2月15日至23日放假”, “2月14日（周六）上班”"),
            Fault::NoSuchDate(s) => format!("there is no such day as “{s}”"),
            Fault::OutsideYear(d) => format!("{d} is outside the year"),
            Fault::EndBeforeStart(r) => format!("“{r}” ends before it begins"),
            Fault::TooLong(r, n) => format!("“{r}” is {n} days, more than {MAX_BLOCK_DAYS}"),
            Fault::DayCount { said, range, days } => format!("共{said}天 says {said} days, but {range} is {days} days"),
            Fault::CountUnreadable { said, range } => format!("cannot check the day count “{said}”: it is written in digits, as in “共3天” ({range})"),
            Fault::Weekday { date, said } => format!("{date} is a {}, not {said}", weekday_en(*date)),
            Fault::Lunar { date, said } => format!("{date} is not 农历{said} (lunar calendar)"),
            Fault::UnknownNote(s) => format!("cannot check “{s}” in brackets: expected “周X”, “星期X” or “农历…”"),
            Fault::MakeupNotWeekend(d) => format!("makeup working day {d} is a {}, not a weekend day", weekday_en(*d)),
            Fault::DayTwice { date, first } => format!("{date} already appears on line {first}"),
            Fault::LawDayOutside { festival, date, range } => {
                format!("{festival}'s statutory day off {date} is not inside “{range}”")
            }
        }
    }
}

/// Where a fault is: a line of the text (1-based, with its head such as `二、春节`),
/// or the notice as a whole.
#[derive(Clone, Copy, Debug)]
struct At<'a> {
    line: usize,
    head: &'a str,
}

fn error(at: Option<At>, fault: Fault) -> Error {
    let message = match at {
        Some(At { line, head }) if !head.is_empty() => {
            format!("节假日通知第{line}行（{head}）：{}。 / holiday notice line {line} ({head}): {}", fault.zh(), fault.en())
        }
        Some(At { line, .. }) => format!("节假日通知第{line}行：{}。 / holiday notice line {line}: {}", fault.zh(), fault.en()),
        None => format!("节假日通知：{}。 / holiday notice: {}", fault.zh(), fault.en()),
    };
    Error::new(ErrorCode::InvalidCalendar, message)
}

/// 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一.
fn numeral(n: u32) -> String {
    const DIGITS: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => DIGITS[n as usize].to_owned(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[(n - 10) as usize] }),
        _ => format!("{}十{}", DIGITS[(n / 10 % 10) as usize], if n % 10 == 0 { "" } else { DIGITS[(n % 10) as usize] }),
    }
}

/// The value of a Chinese numeral of 1–39 (一, 十, 十二, 二十, 廿一, 三十), else `None`.
fn numeral_value(s: &str) -> Option<u32> {
    let digit = |c: char| "一二三四五六七八九".find(c).map(|i| i as u32 / 3 + 1);
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [a] if *a == '十' => Some(10),
        [a] => digit(*a),
        ['十', b] => Some(10 + digit(*b)?),
        ['廿', b] => Some(20 + digit(*b)?),
        [a, '十'] => Some(digit(*a)? * 10).filter(|n| *n <= 30),
        [a, '十', b] => Some(digit(*a)? * 10 + digit(*b)?).filter(|n| *n < 30),
        _ => None,
    }
}

/// The text as the parser reads it: full-width digits and colons made ASCII / one form.
fn normalize(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c),
            ':' => '：',
            '(' => '（',
            ')' => '）',
            ',' => '，',
            _ => c,
        })
        .filter(|c| !c.is_whitespace())
        .collect()
}

/// A date as written: `[YYYY年][M月]D日`, with what its brackets say.
#[derive(Debug)]
struct Written {
    year: Option<i32>,
    month: Option<u32>,
    day: u32,
    notes: Vec<String>,
    text: String,
}

/// A cursor over one sentence.
struct Scan<'a> {
    s: &'a str,
    at: usize,
}

impl<'a> Scan<'a> {
    fn rest(&self) -> &'a str {
        &self.s[self.at..]
    }

    fn eat(&mut self, word: &str) -> bool {
        let hit = self.rest().starts_with(word);
        if hit {
            self.at += word.len();
        }
        hit
    }

    fn number(&mut self) -> Option<u32> {
        let digits = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 4 {
            return None;
        }
        let n = self.rest().bytes().take(digits).fold(0, |n, b| n * 10 + u32::from(b - b'0'));
        self.at += digits;
        Some(n)
    }

    /// `[YYYY年][M月]D日[（…）]`.
    fn date(&mut self) -> Option<Written> {
        let start = self.at;
        let first = self.number()?;
        let (mut year, mut month) = (None, None);
        let day = if self.eat("年") {
            year = Some(first as i32);
            month = Some(self.number()?);
            if !self.eat("月") {
                return None;
            }
            self.number()?
        } else if self.eat("月") {
            month = Some(first);
            self.number()?
        } else {
            first
        };
        if !self.eat("日") {
            return None;
        }
        let text = self.s[start..self.at].to_owned();
        let mut notes = Vec::new();
        if self.eat("（") {
            let close = self.rest().find('）')?;
            notes = self.rest()[..close].split(['、', '，']).map(str::to_owned).collect();
            self.at += close + '）'.len_utf8();
        }
        Some(Written { year, month, day, notes, text })
    }
}

/// One numbered line of the notice.
struct Line<'a> {
    /// 1-based line number in the text.
    number: usize,
    /// The line as written (the quote).
    text: &'a str,
    /// `二、春节`.
    head: String,
    /// `春节`, `中秋节、国庆节`.
    name: String,
    /// After the colon, normalized.
    body: String,
}

impl Line<'_> {
    fn at(&self) -> At<'_> {
        At { line: self.number, head: &self.head }
    }
}

/// The leading `一、`…`十九、` of a line: its number and the byte length of the prefix.
fn leading_numeral(s: &str) -> Option<(u32, usize)> {
    let n = s.chars().take_while(|c| "一二三四五六七八九十".contains(*c)).count();
    let digits: String = s.chars().take(n).collect();
    let rest = &s[digits.len()..];
    if n == 0 || !rest.starts_with('、') {
        return None;
    }
    Some((numeral_value(&digits)?, digits.len() + '、'.len_utf8()))
}

/// What the notice says about itself: its title, number and date.
#[derive(Default)]
struct Header {
    title: Option<String>,
    number: Option<String>,
    issued: Option<NaiveDate>,
}

/// `2025年11月4日` alone on a line (the date under the signature).
fn issued_date(line: &str) -> Option<NaiveDate> {
    let mut scan = Scan { s: line, at: 0 };
    let w = scan.date()?;
    if !scan.rest().is_empty() || !w.notes.is_empty() {
        return None;
    }
    NaiveDate::from_ymd_opt(w.year?, w.month?, w.day)
}

/// `国办发明电〔2025〕7号` anywhere in the line.
fn document_number(line: &str) -> Option<String> {
    let start = line.find("国办发明电〔")?;
    let tail = &line[start..];
    let end = tail.find('号')? + '号'.len_utf8();
    let number = &tail[..end];
    let inner = number.strip_prefix("国办发明电〔")?.strip_suffix('号')?;
    let (y, n) = inner.split_once('〕')?;
    (y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .then(|| number.to_owned())
}

/// Split the text into lines, a pasted paragraph `…上班。二、春节：…` at each `。X、`.
fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let mut rest = line.trim().trim_start_matches('\u{feff}').trim();
        loop {
            let split = rest.match_indices('。').map(|(at, _)| at + '。'.len_utf8()).find(|&at| leading_numeral(&rest[at..]).is_some());
            match split {
                Some(at) => {
                    out.push((i + 1, rest[..at].trim()));
                    rest = rest[at..].trim();
                }
                None => {
                    out.push((i + 1, rest));
                    break;
                }
            }
        }
    }
    out
}

/// Read a notice's text into the schedule of `year` (and the previous year's days it gives).
///
/// The text is the notice as published or pasted: the numbered lines are required; the
/// title (国务院办公厅关于2027年部分节假日安排的通知), the number (国办发明电〔2026〕N号) and
/// the date under the signature are taken when present. Without the title the source
/// is the notice's standard title for `year`; with title, number and date the schedule
/// names its [`Notice`] (its `url` is not in the text: add it in review).
///
/// # Errors
///
/// `invalid_calendar`, naming the line (its number in the text and its head, e.g.
/// `二、春节`) and the fault in Chinese and English: a wrong 共N天, a wrong weekday or
/// lunar date, a makeup day on a weekday, an unknown festival, a date outside the year,
/// a missing or misnumbered line, a day named twice, an unreadable date.
///
/// ```
/// use jincheng_rules::Calendar;
/// use jincheng_tools::parse_holiday_notice;
/// let text = "国务院办公厅关于2026年部分节假日安排的通知\n\
///     一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。\n\
///     二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。\n\
///     三、清明节：4月4日（周六）至6日（周一）放假，共3天。\n\
///     四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。\n\
///     五、端午节：6月19日（周五）至21日（周日）放假，共3天。\n\
///     六、中秋节：9月25日（周五）至27日（周日）放假，共3天。\n\
///     七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。";
/// let parsed = parse_holiday_notice(text, 2026)?;
/// assert_eq!(parsed.schedule.holidays[1].days.len(), 9);
/// assert_eq!(parsed.schedule.makeup_workdays[0], "2026-01-04");
/// Calendar::official().load_year(parsed.schedule)?;
///
/// let wrong = text.replace("共9天", "共8天");
/// let err = parse_holiday_notice(&wrong, 2026).unwrap_err();
/// assert!(err.message().contains("第3行（二、春节）"));
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn parse_holiday_notice(text: &str, year: i32) -> Result<ParsedNotice, Error> {
    if !(FIRST_DAY.year()..=LAST_DAY.year()).contains(&year) {
        return Err(error(None, Fault::YearOutOfRange(year)));
    }
    let mut header = Header::default();
    let mut numbered: Vec<Line> = Vec::new();
    for (number, raw) in lines(text) {
        let norm = normalize(raw);
        if let Some((n, prefix)) = leading_numeral(&norm) {
            let at = At { line: number, head: "" };
            let expected = numbered.len() as u32 + 1;
            let Some((head, body)) = norm.split_once('：') else {
                return Err(error(Some(at), Fault::NoColon));
            };
            let line = Line { number, text: raw, head: head.to_owned(), name: head[prefix..].to_owned(), body: body.to_owned() };
            if n != expected {
                return Err(error(Some(line.at()), Fault::Numbering { expected, got: n }));
            }
            numbered.push(line);
            continue;
        }
        if norm.contains("部分节假日安排的通知") && header.title.is_none() {
            let title = norm.trim_matches(['《', '》']).to_owned();
            let of_year = title.split_once("关于").and_then(|(_, t)| Scan { s: t, at: 0 }.number()).map(|y| y as i32);
            if let Some(y) = of_year.filter(|y| *y != year) {
                return Err(error(Some(At { line: number, head: "" }), Fault::OtherYear { of: y, asked: year }));
            }
            header.title = Some(title);
        }
        if header.number.is_none() {
            header.number = document_number(&norm);
        }
        if let Some(d) = issued_date(&norm) {
            header.issued = Some(d);
        }
    }
    if numbered.is_empty() {
        return Err(error(None, Fault::NoLines));
    }

    let title = header.title.clone().unwrap_or_else(|| format!("国务院办公厅关于{year}年部分节假日安排的通知"));
    let source = match (&header.number, header.issued) {
        (Some(n), Some(d)) => format!("{title}（{n}，{}）", zh_date(d)),
        (Some(n), None) => format!("{title}（{n}）"),
        (None, Some(d)) => format!("{title}（{}）", zh_date(d)),
        (None, None) => title.clone(),
    };

    let law = statutory_days(year, &lunisolar_table());
    let springs: Vec<NaiveDate> = lunisolar_table().iter().map(|l| l.spring_festival).collect();
    let mut named: Vec<(&'static str, usize)> = Vec::new();
    let mut seen: Vec<(NaiveDate, usize)> = Vec::new();
    let mut blocks: Vec<(Vec<NaiveDate>, Vec<NaiveDate>)> = Vec::new();
    for line in &numbered {
        let at = Some(line.at());
        let mut names = Vec::new();
        for n in line.name.split('、') {
            let Some(known) = FESTIVALS.iter().find(|f| **f == n) else {
                return Err(error(at, Fault::UnknownFestival(n.to_owned())));
            };
            if let Some((_, first)) = named.iter().find(|(f, _)| f == known) {
                return Err(error(at, Fault::FestivalTwice { name: n.to_owned(), first: *first }));
            }
            named.push((known, line.number));
            names.push(*known);
        }
        let new_year = names.contains(&"元旦");
        let (days, makeup) = read_line(line, year, new_year, &springs)?;
        if let Some(s) = law.iter().find(|s| names.contains(&s.name) && !days.contains(&s.date)) {
            let (festival, date, range) = (s.name, s.date, range_text(&days));
            return Err(error(at, Fault::LawDayOutside { festival, date, range }));
        }
        for &d in days.iter().chain(&makeup) {
            if let Some((_, first)) = seen.iter().find(|(s, _)| *s == d) {
                return Err(error(at, Fault::DayTwice { date: d, first: *first }));
            }
            seen.push((d, line.number));
        }
        blocks.push((days, makeup));
    }
    for s in &law {
        if !named.iter().any(|(f, _)| *f == s.name) {
            return Err(error(None, Fault::MissingFestival(s.name)));
        }
    }

    let iso = |days: &[NaiveDate], y: i32| -> Vec<String> { days.iter().filter(|d| d.year() == y).map(|d| d.to_string()).collect() };
    let mut holidays = Vec::new();
    let mut before = Vec::new();
    let (mut makeup, mut makeup_before) = (Vec::new(), Vec::new());
    for (line, (days, make)) in numbered.iter().zip(&blocks) {
        let own = iso(days, year);
        if !own.is_empty() {
            holidays.push(HolidayEntry { name: line.name.clone(), days: own, quote: Some(line.text.to_owned()), source: None });
        }
        let earlier = iso(days, year - 1);
        if !earlier.is_empty() {
            let from = match &header.number {
                Some(n) => format!("（{year}年通知，{n}）"),
                None => format!("（{year}年通知）"),
            };
            before.push(HolidayEntry {
                name: line.name.clone(),
                days: earlier,
                quote: Some(format!("{from}{}", line.text)),
                source: Some(source.clone()),
            });
        }
        // In date order (a few days: into place rather than a sort).
        for &d in make {
            let list = if d.year() == year { &mut makeup } else { &mut makeup_before };
            let at = list.partition_point(|x| *x < d);
            list.insert(at, d);
        }
    }
    let notice = match (&header.title, &header.number, header.issued) {
        (Some(title), Some(number), Some(issued)) => {
            Some(Notice { number: number.clone(), title: title.clone(), issued: issued.to_string(), url: None })
        }
        _ => None,
    };
    let schedule = YearSchedule { year, source, notice, holidays, makeup_workdays: makeup.iter().map(NaiveDate::to_string).collect() };
    // The rules every schedule obeys (the checks above are stricter: this never fails).
    check_schedule(&schedule)?;
    let previous_year = (!before.is_empty() || !makeup_before.is_empty()).then(|| PreviousYearDays {
        year: year - 1,
        holidays: before,
        makeup_workdays: makeup_before.iter().map(NaiveDate::to_string).collect(),
    });
    Ok(ParsedNotice { schedule, previous_year })
}

/// `2月15日至23日` for the days of a block, as an error message names them.
fn range_text(days: &[NaiveDate]) -> String {
    match (days.first(), days.last()) {
        (Some(a), Some(b)) if a == b => format!("{}月{}日", a.month(), a.day()),
        (Some(a), Some(b)) => format!("{}月{}日至{}月{}日", a.month(), a.day(), b.month(), b.day()),
        _ => String::new(),
    }
}

/// The days off and the makeup days of one line, checked against what the line says.
fn read_line(line: &Line, year: i32, new_year: bool, springs: &[NaiveDate]) -> Result<(Vec<NaiveDate>, Vec<NaiveDate>), Error> {
    let at = Some(line.at());
    let fail = |f: Fault| error(at, f);
    // A date without a year is in the notice's year; a December date of the 元旦 line
    // is in the previous year.
    let default_year = |month: u32| if new_year && month == 12 { year - 1 } else { year };
    let resolve = |w: &Written, y: i32, m: u32| -> Result<NaiveDate, Error> {
        let d = NaiveDate::from_ymd_opt(y, m, w.day).ok_or_else(|| fail(Fault::NoSuchDate(w.text.clone())))?;
        if !(d.year() == year || (new_year && d.year() == year - 1 && d.month() == 12)) {
            return Err(fail(Fault::OutsideYear(d)));
        }
        check_notes(w, d, springs).map_err(fail)?;
        Ok(d)
    };
    let mut days: Option<Vec<NaiveDate>> = None;
    let mut makeup = Vec::new();
    for sentence in line.body.split('。').filter(|s| !s.is_empty()) {
        if sentence.contains("放假") {
            if days.is_some() {
                return Err(fail(Fault::TwoDaysOffSentences));
            }
            let unreadable = || fail(Fault::Unreadable(sentence.to_owned()));
            let mut scan = Scan { s: sentence, at: 0 };
            let start = scan.date().ok_or_else(unreadable)?;
            let month = start.month.ok_or_else(unreadable)?;
            let from = resolve(&start, start.year.unwrap_or_else(|| default_year(month)), month)?;
            let mut range = start.text.clone();
            let to = if scan.eat("至") {
                let end = scan.date().ok_or_else(unreadable)?;
                let end_month = end.month.unwrap_or(from.month());
                let end_year = end.year.unwrap_or(if end_month >= from.month() { from.year() } else { from.year() + 1 });
                range = format!("{range}至{}", end.text);
                resolve(&end, end_year, end_month)?
            } else {
                from
            };
            if !scan.eat("放假") {
                return Err(unreadable());
            }
            if to < from {
                return Err(fail(Fault::EndBeforeStart(range)));
            }
            let length = (to - from).num_days() + 1;
            if length > MAX_BLOCK_DAYS {
                return Err(fail(Fault::TooLong(range, length)));
            }
            // 共N天, or 放假N天 (2025: “1月1日（周三）放假1天，不调休”).
            let rest = scan.rest();
            let mut counts = Vec::new();
            for (i, _) in rest.match_indices('共') {
                let mut s = Scan { s: rest, at: i + '共'.len_utf8() };
                if let Some(n) = s.number().filter(|_| s.eat("天")) {
                    counts.push(n);
                } else if let Some(said) = count_text(&rest[i + '共'.len_utf8()..]) {
                    // 共四天, 共-3天, 共12345天, 共3.0天: a count there, but not one to check.
                    return Err(fail(Fault::CountUnreadable { said: said.to_owned(), range }));
                }
            }
            let mut s = Scan { s: rest, at: 0 };
            if let Some(n) = s.number().filter(|_| s.eat("天")) {
                counts.push(n);
            }
            if let Some(&said) = counts.iter().find(|n| i64::from(**n) != length) {
                return Err(fail(Fault::DayCount { said, range, days: length }));
            }
            days = Some(from.iter_days().take(length as usize).collect());
        } else if sentence.ends_with("上班") {
            let unreadable = || fail(Fault::Unreadable(sentence.to_owned()));
            let mut scan = Scan { s: sentence, at: 0 };
            loop {
                let w = scan.date().ok_or_else(unreadable)?;
                let month = w.month.ok_or_else(unreadable)?;
                let d = resolve(&w, w.year.unwrap_or_else(|| default_year(month)), month)?;
                if !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) {
                    return Err(fail(Fault::MakeupNotWeekend(d)));
                }
                makeup.push(d);
                if !scan.eat("、") {
                    break;
                }
            }
            if scan.rest() != "上班" {
                return Err(unreadable());
            }
        }
        // Any other sentence (2024: “鼓励各单位……安排职工在除夕（2月9日）休息”) is
        // advice, kept in the quote only.
    }
    let days = days.ok_or_else(|| fail(Fault::NoDaysOff))?;
    Ok((days, makeup))
}

/// The text of a day count after 共 that `Scan::number` could not read: what stands
/// before the next 天 within a short span without punctuation (`四`, `-3`, `12345`,
/// `3.0`); `None` when no 天 follows (共 in another sense).
fn count_text(after: &str) -> Option<&str> {
    let end = after.find('天')?;
    let said = &after[..end];
    let short = said.chars().count() <= 8;
    let plain = !said.chars().any(|c| matches!(c, '，' | '。' | '；' | '、' | '：' | '（' | '）' | ',' | ';'));
    (short && plain && !said.is_empty()).then_some(said)
}

/// Check what a date's brackets say: `周四`, `星期日`, `农历除夕`, `农历正月初七`, `农历腊月二十八`.
fn check_notes(w: &Written, d: NaiveDate, springs: &[NaiveDate]) -> Result<(), Fault> {
    for note in &w.notes {
        if let Some(day) = note.strip_prefix("星期").or_else(|| note.strip_prefix("周")) {
            let said = match day {
                "一" => Weekday::Mon,
                "二" => Weekday::Tue,
                "三" => Weekday::Wed,
                "四" => Weekday::Thu,
                "五" => Weekday::Fri,
                "六" => Weekday::Sat,
                "日" | "天" => Weekday::Sun,
                _ => return Err(Fault::UnknownNote(note.clone())),
            };
            if d.weekday() != said {
                return Err(Fault::Weekday { date: d, said: note.clone() });
            }
        } else if let Some(lunar) = note.strip_prefix("农历") {
            // The 正月初一 this day is measured from: the nearest spring festival.
            let days_to = |offset: i64| springs.iter().any(|s| (*s - d).num_days() == offset);
            let ok = if lunar == "除夕" {
                days_to(1)
            } else if let Some(n) = lunar.strip_prefix("正月").and_then(|n| numeral_value(n.trim_start_matches('初'))) {
                days_to(-(i64::from(n) - 1))
            } else if let Some(n) = lunar.strip_prefix("腊月").and_then(numeral_value) {
                // 腊月 has 29 or 30 days: 正月初一 is (29 or 30) − n + 1 days later.
                days_to(30 - i64::from(n)) || days_to(31 - i64::from(n))
            } else {
                return Err(Fault::UnknownNote(note.clone()));
            };
            if !ok {
                return Err(Fault::Lunar { date: d, said: lunar.to_owned() });
            }
        } else {
            return Err(Fault::UnknownNote(note.clone()));
        }
    }
    Ok(())
}

impl WriteJson for PreviousYearDays {
    fn write_json(&self, out: &mut String) {
        write_object(out, &[("year", &self.year), ("holidays", &self.holidays), ("makeupWorkdays", &self.makeup_workdays)]);
    }
}

impl WriteJson for ParsedNotice {
    /// The schedule's members, then `previousYear` when the notice gives days to the
    /// previous year (`loadCalendarYear` ignores it).
    fn write_json(&self, out: &mut String) {
        let mut year = self.schedule.to_json();
        if let Some(p) = &self.previous_year {
            year.pop();
            year.push_str(",\"previousYear\":");
            p.write_json(&mut year);
            year.push('}');
        }
        out.push_str(&year);
    }
}

#[cfg(test)]
mod tests;
