//! 统一社会信用代码, GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》, with the
//! organization code inside it checked by GB 11714-1997 《全国组织机构代码编制规则》.

use super::{finish, normalize, shown, suggest, CheckContext, IdCheck};
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
    ("credit_code.whitespace", Text { zh: "统一社会信用代码中有空格，请删除（应填写为：{normalized}）。", en: "The credit code contains spaces; remove them (it should read {normalized})." }),
    ("credit_code.full_width", Text { zh: "统一社会信用代码中有全角字符，请用半角输入（应填写为：{normalized}）。", en: "The credit code contains full-width characters; type them half-width (it should read {normalized})." }),
    ("credit_code.lowercase", Text { zh: "统一社会信用代码中的字母应为大写（应填写为：{normalized}）。", en: "Letters in the credit code are capitals (it should read {normalized})." }),
    ("credit_code.length", Text { zh: "统一社会信用代码应为18位，您填写了{n}位。", en: "A unified social credit code has 18 characters; this one has {n}." }),
    ("credit_code.character", Text { zh: "统一社会信用代码第{pos}位“{ch}”不能使用：只能是数字或大写字母，且不使用I、O、Z、S、V。", en: "Character {pos} of the credit code, “{ch}”, is not allowed: digits and capital letters only, without I, O, Z, S, V." }),
    ("credit_code.authority", Text { zh: "统一社会信用代码第1位“{ch}”不是登记管理部门代码，请核对。", en: "The first character of the credit code, “{ch}”, is no registration authority code; check the code." }),
    ("credit_code.entity_type", Text { zh: "统一社会信用代码第2位“{ch}”不是{authority}部门登记的机构类别，请核对。", en: "The second character, “{ch}”, is no entity type registered by the {authority} authority; check the code." }),
    ("credit_code.region", Text { zh: "统一社会信用代码第3至8位“{code}”应为6位数字的行政区划码。", en: "Characters 3–8 of the credit code, “{code}”, must be a six-digit region code." }),
    ("credit_code.org_code_check", Text { zh: "统一社会信用代码第9至17位组织机构代码的校验位不正确：第17位应为“{expected}”，您填写的是“{found}”。", en: "The organization code inside the credit code is wrong: character 17 should be “{expected}”, not “{found}”." }),
    ("credit_code.check_digit", Text { zh: "统一社会信用代码校验位不正确：按前17位计算，第18位应为“{expected}”，您填写的是“{found}”。请核对是否抄错。", en: "The check character is wrong: from the first 17 characters the 18th should be “{expected}”, not “{found}”. Check for a mistyped character." }),
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
        && credit_code_check_char(&v[..17]) == Some(char::from(b[17]))
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
/// assert!(bad.issues[0].message.contains("第18位“O”"));
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
    let mut push = |code: &'static str, severity: Severity, citation: Citation, args: &[(&str, &str)]| {
        issues.push(Issue::new("", code, severity, msg(code).fill(loc, args), Some(citation)));
    };
    let (mut code, space, full) = normalize(value);
    if space {
        push("credit_code.whitespace", Severity::Error, STRUCTURE, &[("normalized", &shown(&code.to_ascii_uppercase()))]);
    }
    if full {
        push("credit_code.full_width", Severity::Error, STRUCTURE, &[("normalized", &shown(&code.to_ascii_uppercase()))]);
    }
    if code.chars().any(|c| c.is_ascii_lowercase()) {
        code = code.to_ascii_uppercase();
        push("credit_code.lowercase", Severity::Error, STRUCTURE, &[("normalized", &shown(&code))]);
    }
    let chars: Vec<char> = code.chars().collect();
    if chars.len() != 18 {
        push("credit_code.length", Severity::Error, STRUCTURE, &[("n", &chars.len().to_string())]);
    }
    let mut chars_ok = true;
    for (i, c) in chars.iter().enumerate().take(18) {
        if value31(*c).is_none() {
            chars_ok = false;
            push("credit_code.character", Severity::Error, STRUCTURE, &[("pos", &(i + 1).to_string()), ("ch", &c.to_string())]);
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
                push(
                    "credit_code.org_code_check",
                    Severity::Error,
                    ORG_CODE,
                    &[("expected", &expected.to_string()), ("found", &chars[16].to_string())],
                );
            }
        }
        let first17: String = chars[..17].iter().collect();
        if let Some(expected) = credit_code_check_char(&first17) {
            if chars[17] != expected {
                push(
                    "credit_code.check_digit",
                    Severity::Error,
                    STRUCTURE,
                    &[("expected", &expected.to_string()), ("found", &chars[17].to_string())],
                );
            }
        }
    }
    suggest(&mut issues, value, &code, &["credit_code.whitespace", "credit_code.full_width", "credit_code.lowercase"]);
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
}
