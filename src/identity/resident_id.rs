//! 居民身份证号码, GB 11643-1999 《公民身份号码》.

use chrono::NaiveDate;

use super::{correction, finish, normalize, suggest, CheckContext, IdCheck, SAY_ONE, SAY_SEVERAL};
use crate::model::{Citation, Issue, Severity, Text};

const STRUCTURE: Citation = Citation {
    document: "GB 11643-1999《公民身份号码》",
    article: "号码的结构",
    text: "公民身份号码是特征组合码，由十七位数字本体码和一位校验码组成。排列顺序从左至右依次为：六位数字地址码，八位数字出生日期码，三位数字顺序码和一位校验码。",
};
const BIRTH: Citation = Citation {
    document: "GB 11643-1999《公民身份号码》",
    article: "出生日期码",
    text: "表示编码对象出生的年、月、日，按GB/T 7408的规定执行，年、月、日代码之间不用分隔符。",
};
pub(crate) const CHECK: Citation = Citation {
    document: "GB 11643-1999《公民身份号码》",
    article: "校验码",
    text: "根据前面十七位数字码，按照ISO 7064:1983.MOD 11-2校验码计算出来的检验码。",
};

const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// Province-level codes (first two digits of the address code): GB/T 2260, plus 81/82
/// (Hong Kong, Macao) and 83 (Taiwan) used in residence permits.
const PROVINCES: [&str; 35] = [
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50",
    "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82", "83",
];

pub(crate) const MESSAGES: &[(&str, Text)] = &[
    ("resident_id.whitespace", Text { zh: "身份证号码中有空格，请删除{correction}。", en: "The ID number contains spaces; remove them{correction}." }),
    ("resident_id.full_width", Text { zh: "身份证号码中有全角字符，请用半角输入{correction}。", en: "The ID number contains full-width characters; type them half-width{correction}." }),
    ("resident_id.length", Text { zh: "身份证号码应为18位，您填写了{n}位。", en: "A resident ID number has 18 characters; this one has {n}." }),
    ("resident_id.character", Text { zh: "身份证号码第{pos}位“{ch}”不是数字，前17位只能是数字。", en: "Character {pos} of the ID number, “{ch}”, is not a digit; the first 17 characters are digits." }),
    ("resident_id.last_character", Text { zh: "身份证号码第18位“{ch}”应为数字或大写字母X。", en: "The last character of the ID number, “{ch}”, must be a digit or a capital X." }),
    ("resident_id.lowercase_x", Text { zh: "身份证号码最后一位的小写“x”请改为大写“X”{correction}。", en: "Write the last character of the ID number as a capital “X”, not “x”{correction}." }),
    // Two or three of the above at once: one issue, with the value as it should read.
    ("resident_id.several", Text { zh: "身份证号码中有{what}{correction}。", en: "The ID number contains {what}{correction}." }),
    ("resident_id.region", Text { zh: "身份证号码前两位“{code}”不是有效的省级行政区划代码，请核对。", en: "The ID number starts with “{code}”, which is no province code; check the number." }),
    ("resident_id.birth_date", Text { zh: "身份证号码第7至14位的出生日期“{date}”不存在，请核对。", en: "The birth date in characters 7–14, “{date}”, does not exist; check the number." }),
    ("resident_id.birth_date_future", Text { zh: "身份证号码中的出生日期{date}晚于今天，请核对。", en: "The birth date in the ID number, {date}, is after today; check the number." }),
    // Which last character would pass is not said: it would invite a wrong number that
    // checks (the mistake may be in any of the 18).
    ("resident_id.check_digit", Text { zh: "身份证号码校验不通过，可能有数字抄错，请对照身份证逐位核对。", en: "The ID number does not check: a character may be mistyped. Compare it with the card, character by character." }),
];

fn msg(code: &'static str) -> Text {
    crate::model::message(MESSAGES, code)
}

/// The check character of the first 17 digits (ISO 7064 MOD 11-2), or `None` when
/// they are not 17 digits.
/// A number written exactly as it should be and correct in every part: the common
/// case, answered without building anything (the full check below agrees — tested).
pub(crate) fn is_clean(v: &str, today: NaiveDate) -> bool {
    let b = v.as_bytes();
    b.len() == 18
        && b[..17].iter().all(u8::is_ascii_digit)
        && PROVINCES.contains(&crate::util::part(v, ..2))
        && NaiveDate::from_ymd_opt(
            crate::util::part(v, 6..10).parse().unwrap_or(0),
            crate::util::part(v, 10..12).parse().unwrap_or(0),
            crate::util::part(v, 12..14).parse().unwrap_or(0),
        )
            .is_some_and(|d| d <= today)
        && resident_id_check_char(crate::util::part(v, ..17)) == Some(char::from(b[17]))
}

pub(crate) fn resident_id_check_char(first17: &str) -> Option<char> {
    if first17.len() != 17 || !first17.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sum: u32 = first17.bytes().zip(WEIGHTS).map(|(b, w)| u32::from(b - b'0') * w).sum();
    Some(CHECK_CHARS[(sum % 11) as usize])
}

/// Check a resident ID number (居民身份证号码).
///
/// ```
/// use chrono::NaiveDate;
/// use jincheng_rules::{check_resident_id, CheckContext, Locale};
/// let ctx = CheckContext { today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), locale: Locale::ZhCn };
/// assert!(check_resident_id("11010519491231002X", &ctx).valid);
/// let bad = check_resident_id("110105194912310021", &ctx);
/// assert_eq!(bad.issues[0].code, "resident_id.check_digit");
/// assert!(bad.issues[0].message.contains("请对照身份证"));
/// ```
pub fn check_resident_id(value: &str, ctx: &CheckContext) -> IdCheck {
    if is_clean(value, ctx.today) {
        return IdCheck::clean();
    }
    full_check(value, ctx)
}

/// Every check, each problem with its message.
pub(crate) fn full_check(value: &str, ctx: &CheckContext) -> IdCheck {
    let loc = ctx.locale;
    let mut issues = Vec::new();
    let mut push = |code: &'static str, citation: Citation, args: &[(&str, &str)]| {
        issues.push(Issue::new("", code, Severity::Error, msg(code).fill(loc, args), Some(citation)));
    };
    let (mut id, space, full) = normalize(value);
    // A lowercase x as the 18th character is written as it should be (“X”).
    let lower_x = id.chars().count() == 18 && id.ends_with('x');
    if lower_x {
        id.pop();
        id.push('X');
    }
    let chars: Vec<char> = id.chars().collect();
    if chars.len() != 18 {
        push("resident_id.length", STRUCTURE, &[("n", &chars.len().to_string())]);
    }
    let mut digits_ok = true;
    for (i, &c) in chars.iter().enumerate().take(18) {
        let pos = (i + 1).to_string();
        let ch = c.to_string();
        if i < 17 && !c.is_ascii_digit() {
            digits_ok = false;
            push("resident_id.character", STRUCTURE, &[("pos", &pos), ("ch", &ch)]);
        } else if i == 17 && !(c.is_ascii_digit() || c == 'X') {
            push("resident_id.last_character", CHECK, &[("ch", &ch)]);
        }
    }
    if chars.len() >= 14 && chars[..14].iter().all(char::is_ascii_digit) {
        let province: String = chars[..2].iter().collect();
        if !PROVINCES.contains(&province.as_str()) {
            push("resident_id.region", STRUCTURE, &[("code", &province)]);
        }
        let birth: String = chars[6..14].iter().collect();
        let date =
            NaiveDate::from_ymd_opt(
                crate::util::part(&birth, ..4).parse().unwrap_or(0),
                crate::util::part(&birth, 4..6).parse().unwrap_or(0),
                crate::util::part(&birth, 6..).parse().unwrap_or(0),
            );
        match date {
            None => push("resident_id.birth_date", BIRTH, &[("date", &birth)]),
            Some(d) if d > ctx.today => push("resident_id.birth_date_future", BIRTH, &[("date", &d.to_string())]),
            Some(_) => {}
        }
    }
    let mut checks = true;
    if chars.len() == 18 && digits_ok {
        let first17: String = chars[..17].iter().collect();
        if let Some(expected) = resident_id_check_char(&first17) {
            let found = chars[17];
            if found != expected && (found.is_ascii_digit() || found == 'X') {
                checks = false;
                push("resident_id.check_digit", CHECK, &[]);
            }
        }
    }
    // How the value is written: spaces, full-width characters, a lowercase x — one
    // issue first, with the value as it should read. A lowercase x in a number that does
    // not check is not named (making it “X” would not help: the number is wrong).
    let written: Vec<(&'static str, Text)> = [
        (space, "resident_id.whitespace", Text { zh: "空格", en: "spaces" }),
        (full, "resident_id.full_width", Text { zh: "全角字符", en: "full-width characters" }),
        (lower_x && checks, "resident_id.lowercase_x", Text { zh: "小写“x”", en: "a lowercase “x”" }),
    ]
    .into_iter()
    .filter(|(found, _, _)| *found)
    .map(|(_, code, what)| (code, what))
    .collect();
    if let Some(&(code, _)) = written.first() {
        let what: Vec<&str> = written.iter().map(|(_, w)| w.get(loc)).collect();
        let what = super::join_and(&what, loc);
        let key = if written.len() > 1 { "resident_id.several" } else { code };
        let citation = if code == "resident_id.lowercase_x" { CHECK } else { STRUCTURE };
        let passes = issues.is_empty();
        let clause = if written.len() > 1 { SAY_SEVERAL } else { SAY_ONE };
        let message = msg(key).fill(loc, &[("correction", &correction(clause, &id, passes, loc)), ("what", &what)]);
        let mut issue = [Issue::new("", code, Severity::Error, message, Some(citation))];
        // The corrected value: the normalised one with a final lowercase “x” as “X”.
        let corrected = if chars.len() == 18 && chars[17] == 'x' { format!("{}X", crate::util::part(&id, ..id.len() - 1)) } else { id.clone() };
        suggest(&mut issue, value, &corrected, passes);
        let [issue] = issue;
        issues.insert(0, issue);
    }
    finish(issues, value, id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Locale;

    fn ctx() -> CheckContext {
        CheckContext { today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), locale: Locale::ZhCn }
    }

    fn codes(v: &str) -> Vec<&'static str> {
        check_resident_id(v, &ctx()).issues.iter().map(|i| i.code).collect()
    }

    #[test]
    fn valid_numbers() {
        for v in ["11010519491231002X", "140502198001010014", "440524188001010014"] {
            assert!(check_resident_id(v, &ctx()).valid, "{v}: {:?}", check_resident_id(v, &ctx()).issues);
        }
    }

    #[test]
    fn each_problem_is_named() {
        assert_eq!(codes("110105194912310021"), ["resident_id.check_digit"]);
        assert_eq!(codes("11010519491231002x"), ["resident_id.lowercase_x"]);
        // A lowercase x in a number that does not check: the number is wrong, one issue.
        assert_eq!(codes("11010519491231001x"), ["resident_id.check_digit"]);
        assert_eq!(codes("1101051949123100"), ["resident_id.length"]);
        assert_eq!(codes("1101A5194912310021"), ["resident_id.character"]);
        assert_eq!(codes("110105194902300012"), ["resident_id.birth_date"]);
        assert_eq!(codes("990105194912310021")[0], "resident_id.region");
        assert!(codes("110105203001010013").contains(&"resident_id.birth_date_future"));
        assert_eq!(codes("11010519491231002Y"), ["resident_id.last_character"]);
    }

    #[test]
    fn whitespace_and_full_width_are_reported_with_the_normalised_value() {
        let r = check_resident_id(" 1101051949 1231002X", &ctx());
        assert!(!r.valid);
        assert_eq!(r.issues.iter().map(|i| i.code).collect::<Vec<_>>(), ["resident_id.whitespace"]);
        assert_eq!(r.normalized.as_deref(), Some("11010519491231002X"));
        assert!(r.issues[0].message.contains("11010519491231002X"));
        let r = check_resident_id("１１０１０５１９４９１２３１００２Ｘ", &ctx());
        assert_eq!(r.issues.iter().map(|i| i.code).collect::<Vec<_>>(), ["resident_id.full_width"]);
        assert_eq!(r.normalized.as_deref(), Some("11010519491231002X"));
        // Spaces, full-width digits and a lowercase x at once: one issue, the value as it should read.
        let r = check_resident_id("１１０１０５ １９４９１２３１００２ｘ", &ctx());
        assert_eq!(r.issues.iter().map(|i| i.code).collect::<Vec<_>>(), ["resident_id.whitespace"]);
        assert_eq!(r.issues[0].message, "身份证号码中有空格、全角字符和小写“x”，应填写为：11010519491231002X。");
        assert_eq!(r.normalized.as_deref(), Some("11010519491231002X"));
    }

    #[test]
    fn messages_say_what_to_do() {
        let r = check_resident_id("110105194912310021", &ctx());
        assert_eq!(r.issues[0].message, "身份证号码校验不通过，可能有数字抄错，请对照身份证逐位核对。");
        // An impossible birth date and a failing check: neither says which last character would pass.
        let r = check_resident_id("110105194902300011", &ctx());
        assert_eq!(r.issues.iter().map(|i| i.code).collect::<Vec<_>>(), ["resident_id.birth_date", "resident_id.check_digit"]);
        assert!(r.issues.iter().all(|i| !i.message.contains("应为“")), "{:?}", r.issues);
        let r = check_resident_id("11010519491231002x", &ctx());
        assert_eq!(r.issues[0].message, "身份证号码最后一位的小写“x”请改为大写“X”（应填写为：11010519491231002X）。");
        assert_eq!(r.normalized.as_deref(), Some("11010519491231002X"));
        let r = check_resident_id("1101A5194912310021", &CheckContext { locale: Locale::En, ..ctx() });
        assert_eq!(r.issues[0].message, "Character 5 of the ID number, “A”, is not a digit; the first 17 characters are digits.");
    }
}
