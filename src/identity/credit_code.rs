//! 统一社会信用代码, GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》, with the
//! organization code inside it checked by GB 11714-1997 《全国组织机构代码编制规则》.

use super::{correction, finish, normalize, suggest, CheckContext, IdCheck, SAY_ONE, SAY_SEVERAL};
use crate::model::{Citation, Issue, Severity, Text};

pub(crate) const STRUCTURE: Citation = Citation {
    document: "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》",
    article: "代码结构",
    text: "统一社会信用代码由十八位的阿拉伯数字或大写英文字母（不使用I、O、Z、S、V）组成，包括第1位登记管理部门代码、第2位机构类别代码、第3位～第8位登记管理机关行政区划码、第9位～第17位主体标识码（组织机构代码）、第18位校验码五个部分。",
};
const ORG_CODE: Citation = Citation {
    document: "GB 11714-1997《全国组织机构代码编制规则》",
    article: "校验码",
    text: "代码由八位数字（或大写拉丁字母）本体代码和一位数字（或大写拉丁字母）校验码组成。",
};

/// The 31 characters of the code: digits and capital letters without I, O, Z, S, V.
pub const CREDIT_CODE_CHARS: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS: [u32; 17] = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// Registration authorities (position 1) and the entity types (position 2) each may issue.
pub(crate) const AUTHORITIES: &[(char, &str, &str)] = &[
    ('1', "机构编制", "1239"),
    ('2', "外交", "19"),
    ('3', "司法行政", "123459"),
    ('4', "文化", "19"),
    ('5', "民政", "1239"),
    ('6', "旅游", "129"),
    ('7', "宗教", "129"),
    ('8', "工会", "19"),
    ('9', "市场监督管理（工商）", "123"),
    ('A', "中央军委改革和编制办公室", "19"),
    ('N', "农业农村", "1239"),
    ('Y', "其他", "1"),
];

pub(crate) const MESSAGES: &[(&str, Text)] = &[
    ("credit_code.whitespace", Text { zh: "统一社会信用代码中有空格，请删除{correction}。", en: "The credit code contains spaces; remove them{correction}." }),
    ("credit_code.full_width", Text { zh: "统一社会信用代码中有全角字符，请用半角输入{correction}。", en: "The credit code contains full-width characters; type them half-width{correction}." }),
    ("credit_code.lowercase", Text { zh: "统一社会信用代码中的字母应为大写{correction}。", en: "Letters in the credit code are capitals{correction}." }),
    // Two or three of the above at once: one issue, with the value as it should read.
    ("credit_code.several", Text { zh: "统一社会信用代码中有{what}{correction}。", en: "The credit code contains {what}{correction}." }),
    ("credit_code.length", Text { zh: "统一社会信用代码应为18位，您填写了{n}位。", en: "A unified social credit code has 18 characters; this one has {n}." }),
    ("credit_code.character", Text { zh: "统一社会信用代码第{pos}位“{ch}”不能使用：只能是数字或大写字母，且不使用I、O、Z、S、V。", en: "Character {pos} of the credit code, “{ch}”, is not allowed: digits and capital letters only, without I, O, Z, S, V." }),
    // A letter the code never uses, with the character it is usually mistaken for.
    ("credit_code.character_mistaken", Text { zh: "统一社会信用代码不使用字母“{ch}”，第{pos}位可能是{like}，请对照营业执照或登记证书核对。", en: "The credit code never uses the letter “{ch}”: character {pos} is probably {like}. Check it against the licence or registration certificate." }),
    ("credit_code.authority", Text { zh: "统一社会信用代码第1位“{ch}”不是登记管理部门代码，请核对。", en: "The first character of the credit code, “{ch}”, is no registration authority code; check the code." }),
    ("credit_code.entity_type", Text { zh: "统一社会信用代码第2位“{ch}”不是{authority}部门登记的机构类别，请核对。", en: "The second character, “{ch}”, is no entity type registered by the {authority} authority; check the code." }),
    ("credit_code.region", Text { zh: "统一社会信用代码第3至8位“{code}”应为6位数字的行政区划码。", en: "Characters 3–8 of the credit code, “{code}”, must be a six-digit region code." }),
    // Which check character would pass is not said: it would invite a wrong code that
    // checks (the mistake may be anywhere).
    ("credit_code.org_code_check", Text { zh: "统一社会信用代码第9至17位（组织机构代码）校验不通过，可能有字符抄错，请对照营业执照或登记证书核对。", en: "Characters 9–17 of the credit code (the organization code) do not check: a character may be mistyped. Check them against the licence or registration certificate." }),
    ("credit_code.check_digit", Text { zh: "统一社会信用代码校验不通过，可能有字符抄错，请对照营业执照或登记证书逐位核对。", en: "The credit code does not check: a character may be mistyped. Compare it with the licence or registration certificate, character by character." }),
];

/// The letters the code never uses and the character each is usually mistaken for.
/// GB 32100-2015 (代码字符集) only lists them: “不使用I、O、Z、S、V”. They are the letters
/// that read like a character of the set — I like 1, O like 0, Z like 2, S like 5, V like
/// U — so that a code copied by hand cannot be misread; the applicant most likely meant
/// that character. A suggestion in the message only: `normalized` stays what was typed,
/// made half-width and upper case (the guess is not put into the value).
const MISTAKEN: [(char, Text); 5] = [
    ('O', Text { zh: "数字“0”", en: "the digit “0”" }),
    ('I', Text { zh: "数字“1”", en: "the digit “1”" }),
    ('Z', Text { zh: "数字“2”", en: "the digit “2”" }),
    ('S', Text { zh: "数字“5”", en: "the digit “5”" }),
    ('V', Text { zh: "字母“U”", en: "the letter “U”" }),
];

fn msg(code: &'static str) -> Text {
    crate::model::message(MESSAGES, code)
}

fn value31(c: char) -> Option<u32> {
    /// Each ASCII character's value, 255 when it is not one of the 31.
    const TABLE: [u8; 128] = {
        let mut t = [255u8; 128];
        let chars = CREDIT_CODE_CHARS.as_bytes();
        let mut i = 0;
        while i < chars.len() {
            t[chars[i] as usize] = i as u8;
            i += 1;
        }
        t
    };
    TABLE.get(c as usize).filter(|v| **v != 255).map(|v| u32::from(*v))
}

/// The 18th character for the first 17, or `None` if they are not 17 code characters.
pub(crate) fn credit_code_check_char(first17: &str) -> Option<char> {
    if first17.chars().count() != 17 {
        return None;
    }
    let mut sum = 0;
    for (c, w) in first17.chars().zip(WEIGHTS) {
        sum += value31(c)? * w;
    }
    CREDIT_CODE_CHARS.chars().nth(((31 - sum % 31) % 31) as usize)
}

/// A code written exactly as it should be and correct in every part (authority, entity
/// type, region, both check characters): the common case, answered without building
/// anything (the full check agrees — tested).
pub(crate) fn is_clean(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() != 18 || !b.iter().all(|&c| value31(char::from(c)).is_some()) {
        return false;
    }
    let first = char::from(b[0]);
    let mut org = ['0'; 8];
    for (o, c) in org.iter_mut().zip(&b[8..16]) {
        *o = char::from(*c);
    }
    AUTHORITIES.iter().any(|(a, _, types)| *a == first && types.as_bytes().contains(&b[1]))
        && b[2..8].iter().all(u8::is_ascii_digit)
        && org_code_check_char(&org) == Some(char::from(b[16]))
        && credit_code_check_char(crate::util::part(v, ..17)) == Some(char::from(b[17]))
}

/// The 9th character of a GB 11714 organization code for its first 8.
fn org_code_check_char(first8: &[char]) -> Option<char> {
    let mut sum = 0;
    for (c, w) in first8.iter().zip(ORG_WEIGHTS) {
        let v = match c {
            '0'..='9' => *c as u32 - '0' as u32,
            'A'..='Z' => *c as u32 - 'A' as u32 + 10,
            _ => return None,
        };
        sum += v * w;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        d => char::from_digit(d, 10)?,
    })
}

/// Check a unified social credit code (统一社会信用代码).
///
/// ```
/// use chrono::NaiveDate;
/// use jincheng_rules::{check_credit_code, CheckContext, Locale};
/// let ctx = CheckContext { today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), locale: Locale::ZhCn };
/// assert!(check_credit_code("91350100M000100Y43", &ctx).valid);
/// let bad = check_credit_code("91350100M000100Y4O", &ctx);
/// assert_eq!(bad.issues[0].code, "credit_code.character");
/// assert!(bad.issues[0].message.contains("第18位可能是数字“0”"));
/// ```
pub fn check_credit_code(value: &str, ctx: &CheckContext) -> IdCheck {
    if is_clean(value) {
        return IdCheck::clean();
    }
    full_check(value, ctx)
}

/// Every check, each problem with its message.
pub(crate) fn full_check(value: &str, ctx: &CheckContext) -> IdCheck {
    let loc = ctx.locale;
    let mut issues = Vec::new();
    let (mut code, space, full) = normalize(value);
    let lower = code.chars().any(|c| c.is_ascii_lowercase());
    code = code.to_ascii_uppercase();
    let mut push = |code: &'static str, severity: Severity, citation: Citation, args: &[(&str, &str)]| {
        // A forbidden letter with a likely meaning has its own wording, same code.
        let key = if args.iter().any(|(k, _)| *k == "like") { "credit_code.character_mistaken" } else { code };
        issues.push(Issue::new("", code, severity, msg(key).fill(loc, args), Some(citation)));
    };
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != 18 {
        push("credit_code.length", Severity::Error, STRUCTURE, &[("n", &chars.len().to_string())]);
    }
    let mut chars_ok = true;
    for (i, c) in chars.iter().enumerate().take(18) {
        if value31(*c).is_none() {
            chars_ok = false;
            let (pos, ch) = ((i + 1).to_string(), c.to_string());
            match MISTAKEN.iter().find(|(m, _)| m == c) {
                Some((_, like)) => push("credit_code.character", Severity::Error, STRUCTURE, &[("pos", &pos), ("ch", &ch), ("like", like.get(loc))]),
                None => push("credit_code.character", Severity::Error, STRUCTURE, &[("pos", &pos), ("ch", &ch)]),
            }
        }
    }
    if let Some(&first) = chars.first().filter(|c| value31(**c).is_some()) {
        match AUTHORITIES.iter().find(|(a, _, _)| *a == first) {
            None => push("credit_code.authority", Severity::Error, STRUCTURE, &[("ch", &first.to_string())]),
            Some((_, name, types)) => {
                if let Some(&second) = chars.get(1).filter(|c| value31(**c).is_some()) {
                    if !types.chars().any(|t| t == second) {
                        push("credit_code.entity_type", Severity::Warning, STRUCTURE, &[("ch", &second.to_string()), ("authority", name)]);
                    }
                }
            }
        }
    }
    if chars.len() >= 8 {
        let region: String = chars[2..8].iter().collect();
        if !region.bytes().all(|b| b.is_ascii_digit()) && chars_ok {
            push("credit_code.region", Severity::Error, STRUCTURE, &[("code", &region)]);
        }
    }
    if chars.len() == 18 && chars_ok {
        if let Some(expected) = org_code_check_char(&chars[8..16]) {
            // GB 32100 codes carry the organization code; a check of `X` can't appear
            // among the 31 characters only when the code was issued without one.
            if chars[16] != expected {
                push("credit_code.org_code_check", Severity::Error, ORG_CODE, &[]);
            }
        }
        let first17: String = chars[..17].iter().collect();
        if let Some(expected) = credit_code_check_char(&first17) {
            if chars[17] != expected {
                push("credit_code.check_digit", Severity::Error, STRUCTURE, &[]);
            }
        }
    }
    // How the value is written: spaces, full-width characters, lowercase letters — one
    // issue, first, with the value as it should read where that value passes the checks above.
    let written: Vec<(&'static str, Text)> = [
        (space, "credit_code.whitespace", Text { zh: "空格", en: "spaces" }),
        (full, "credit_code.full_width", Text { zh: "全角字符", en: "full-width characters" }),
        (lower, "credit_code.lowercase", Text { zh: "小写字母", en: "lowercase letters" }),
    ]
    .into_iter()
    .filter(|(found, _, _)| *found)
    .map(|(_, c, what)| (c, what))
    .collect();
    if let Some(&(first, _)) = written.first() {
        let what: Vec<&str> = written.iter().map(|(_, w)| w.get(loc)).collect();
        let key = if written.len() > 1 { "credit_code.several" } else { first };
        let passes = issues.is_empty();
        let clause = if written.len() > 1 { SAY_SEVERAL } else { SAY_ONE };
        let message = msg(key).fill(loc, &[("correction", &correction(clause, &code, passes, loc)), ("what", &super::join_and(&what, loc))]);
        let mut issue = [Issue::new("", first, Severity::Error, message, Some(STRUCTURE))];
        suggest(&mut issue, value, &code, passes);
        let [issue] = issue;
        issues.insert(0, issue);
    }
    finish(issues, value, code)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Locale;
    use chrono::NaiveDate;

    fn ctx() -> CheckContext {
        CheckContext { today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), locale: Locale::ZhCn }
    }

    fn codes(v: &str) -> Vec<&'static str> {
        check_credit_code(v, &ctx()).issues.iter().map(|i| i.code).collect()
    }

    #[test]
    fn valid_codes() {
        for v in ["91350100M000100Y43", "91140500MA0GRUQJ1K", "11140500012345671J"] {
            let r = check_credit_code(v, &ctx());
            assert!(r.valid, "{v}: {:?}", r.issues);
        }
    }

    #[test]
    fn each_problem_is_named() {
        assert_eq!(codes("91350100M000100Y44"), ["credit_code.check_digit"]);
        assert_eq!(codes("91350100M000100Y4"), ["credit_code.length"]);
        assert!(codes("91350100M0001O0Y43").contains(&"credit_code.character"));
        assert_eq!(codes("91350100m000100y43"), ["credit_code.lowercase"]);
        assert!(codes("B1350100M000100Y43").contains(&"credit_code.authority"));
        let r = check_credit_code("91350100M000100Y43 ", &ctx());
        assert_eq!(r.normalized.as_deref(), Some("91350100M000100Y43"));
    }

    #[test]
    fn a_letter_never_used_suggests_the_character_it_is_mistaken_for() {
        let r = check_credit_code("9135O1S0M000100Y43", &ctx());
        let m: Vec<&str> = r.issues.iter().filter(|i| i.code == "credit_code.character").map(|i| i.message.as_str()).collect();
        assert_eq!(
            m,
            [
                "统一社会信用代码不使用字母“O”，第5位可能是数字“0”，请对照营业执照或登记证书核对。",
                "统一社会信用代码不使用字母“S”，第7位可能是数字“5”，请对照营业执照或登记证书核对。"
            ]
        );
        for (typed, like) in [('I', "数字“1”"), ('Z', "数字“2”"), ('V', "字母“U”")] {
            let r = check_credit_code(&format!("91350100M000100Y4{typed}"), &ctx());
            assert!(r.issues[0].message.contains(like), "{typed}: {:?}", r.issues);
        }
        // A character that is no letter at all keeps the plain message.
        assert!(check_credit_code("91350100M000100Y4#", &ctx()).issues[0].message.contains("只能是数字或大写字母"));
        // The guess stays in the message: the value is not changed.
        assert_eq!(check_credit_code("9135O1S0M000100Y43", &ctx()).normalized, None);
    }

    #[test]
    fn spaces_full_width_and_lowercase_are_one_issue_and_no_check_character_is_given_away() {
        let r = check_credit_code(" ９１３５０１００ｍ000100y43", &ctx());
        assert_eq!(r.issues.iter().map(|i| i.code).collect::<Vec<_>>(), ["credit_code.whitespace"]);
        assert_eq!(r.issues[0].message, "统一社会信用代码中有空格、全角字符和小写字母，应填写为：91350100M000100Y43。");
        assert_eq!(r.normalized.as_deref(), Some("91350100M000100Y43"));
        let r = check_credit_code("91350100M000100Y44", &ctx());
        assert_eq!(r.issues[0].message, "统一社会信用代码校验不通过，可能有字符抄错，请对照营业执照或登记证书逐位核对。");
    }
}
