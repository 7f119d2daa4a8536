//! Mainland mobile numbers: 11 digits starting 13–19.

use super::{correction, finish, normalize, suggest, CheckContext, IdCheck, SAY_ONE};
use crate::model::{Issue, Severity, Text};

/// How the country-code message says the number to enter (its `{correction}`).
const SAY_NUMBER: Text = Text { zh: "，填写11位号码：{normalized}", en: " and enter the 11 digits: {normalized}" };

pub(crate) const MESSAGES: &[(&str, Text)] = &[
    (
        "mobile.whitespace",
        Text {
            zh: "手机号码中有空格或横线，请删除{correction}。",
            en: "The mobile number contains spaces or dashes; remove them{correction}.",
        },
    ),
    (
        "mobile.full_width",
        Text {
            zh: "手机号码中有全角数字，请用半角输入{correction}。",
            en: "The mobile number contains full-width digits; type them half-width{correction}.",
        },
    ),
    (
        "mobile.country_code",
        Text {
            zh: "手机号码请不要加国家代码“+86”{correction}。",
            en: "Leave out the country code +86{correction}.",
        },
    ),
    (
        "mobile.character",
        Text {
            zh: "手机号码只能填写数字，第{pos}位“{ch}”不是数字。",
            en: "A mobile number has digits only; character {pos}, “{ch}”, is not one.",
        },
    ),
    ("mobile.length", Text { zh: "手机号码应为11位数字，您填写了{n}位。", en: "A mobile number has 11 digits; this one has {n}." }),
    ("mobile.landline", Text { zh: "请填写手机号码，不能填座机号码。", en: "Enter a mobile number, not a landline number." }),
    (
        "mobile.prefix",
        Text {
            zh: "手机号码应以13至19开头，请核对。", en: "A mainland mobile number starts with 13 to 19; check the number."
        },
    ),
];

fn msg(code: &'static str) -> Text {
    crate::model::message(MESSAGES, code)
}

/// Check a mainland mobile number.
///
/// ```
/// use chrono::NaiveDate;
/// use jincheng_rules::{check_mobile, CheckContext, Locale};
/// let ctx = CheckContext { today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), locale: Locale::ZhCn };
/// assert!(check_mobile("13803560000", &ctx).valid);
/// assert_eq!(check_mobile("+86 138 0356 0000", &ctx).normalized.as_deref(), Some("13803560000"));
/// ```
pub fn check_mobile(value: &str, ctx: &CheckContext) -> IdCheck {
    if is_clean(value) {
        return IdCheck::clean();
    }
    full_check(value, ctx)
}

/// Written exactly as it should be: the common case, answered without building anything
/// (the full check agrees — tested).
pub(crate) fn is_clean(v: &str) -> bool {
    let b = v.as_bytes();
    b.len() == 11 && b.iter().all(u8::is_ascii_digit) && b[0] == b'1' && (b'3'..=b'9').contains(&b[1])
}

/// Every check, each problem with its message.
pub(crate) fn full_check(value: &str, ctx: &CheckContext) -> IdCheck {
    let loc = ctx.locale;
    let mut issues = Vec::new();
    let mut push = |code: &'static str, args: &[(&str, &str)]| {
        issues.push(Issue::new("", code, Severity::Error, msg(code).fill(loc, args), None));
    };
    let (spaced, space, full) = normalize(value);
    let dashed = spaced.contains('-');
    let mut number: String = spaced.chars().filter(|c| *c != '-').collect();
    let country = number.strip_prefix("+86").or_else(|| number.strip_prefix("0086")).map(str::to_owned);
    // How the number is written (spaces or dashes, full-width digits, a country code): said
    // first, once the other checks have run (see below).
    let written = [(space || dashed, "mobile.whitespace"), (full, "mobile.full_width")];
    let has_country = country.is_some();
    if let Some(rest) = country {
        number = rest;
    }
    // A landline (an area code 0xx/0xxx and 7–8 digits, spaces and dashes allowed): said as
    // such, alone, with no suggestion (written without its dashes it is still no mobile number).
    if is_landline(&number) {
        issues.clear();
        issues.push(Issue::new("", "mobile.landline", Severity::Error, msg("mobile.landline").fill(loc, &[]), None));
        return finish(issues, value, value.to_owned());
    }
    let chars: Vec<char> = number.chars().collect();
    let mut digits = true;
    for (i, c) in chars.iter().enumerate() {
        if !c.is_ascii_digit() {
            digits = false;
            push("mobile.character", &[("pos", &(i + 1).to_string()), ("ch", &c.to_string())]);
            break;
        }
    }
    if chars.len() != 11 {
        push("mobile.length", &[("n", &chars.len().to_string())]);
    } else if digits && !(chars[0] == '1' && ('3'..='9').contains(&chars[1])) {
        push("mobile.prefix", &[]);
    }
    let passes = issues.is_empty();
    let mut first = Vec::new();
    for (code, clause) in written.into_iter().filter(|(found, _)| *found).map(|(_, code)| (code, SAY_ONE)).chain(has_country.then_some(("mobile.country_code", SAY_NUMBER))) {
        let message = msg(code).fill(loc, &[("correction", &correction(clause, &number, passes, loc))]);
        first.push(Issue::new("", code, Severity::Error, message, None));
    }
    suggest(&mut first, value, &number, passes);
    first.append(&mut issues);
    finish(first, value, number)
}

/// A mainland landline number: area code 0 + 2–3 digits, then 7–8 digits (10 to 12 digits in all).
fn is_landline(number: &str) -> bool {
    let b = number.as_bytes();
    (10..=12).contains(&b.len()) && b.iter().all(u8::is_ascii_digit) && b[0] == b'0' && b[1] != b'0'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_landline_is_said_as_such_with_no_suggestion() {
        let ctx = CheckContext { today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), locale: Locale::ZhCn };
        for v in ["03564221234", "0356-4221234", "0356 422 1234", "01062345678"] {
            let c = check_mobile(v, &ctx);
            assert_eq!(c.issues.iter().map(|i| i.code).collect::<Vec<_>>(), ["mobile.landline"], "{v}");
            assert_eq!(c.issues[0].message, "请填写手机号码，不能填座机号码。");
            assert!(c.issues[0].suggestion.is_none(), "{v}");
        }
        assert!(check_mobile("13803560000", &ctx).valid);
        assert_eq!(check_mobile("0086 13803560000", &ctx).issues.iter().any(|i| i.code == "mobile.landline"), false);
    }
    use crate::model::Locale;
    use chrono::NaiveDate;

    fn codes(v: &str) -> Vec<&'static str> {
        let ctx = CheckContext { today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), locale: Locale::ZhCn };
        check_mobile(v, &ctx).issues.iter().map(|i| i.code).collect()
    }

    #[test]
    fn mobile_numbers() {
        assert!(codes("13803560000").is_empty());
        assert!(codes("19903560000").is_empty());
        assert_eq!(codes("12803560000"), ["mobile.prefix"]);
        assert_eq!(codes("1380356000"), ["mobile.length"]);
        assert_eq!(codes("138-0356-0000"), ["mobile.whitespace"]);
        assert_eq!(codes("+8613803560000"), ["mobile.country_code"]);
        assert_eq!(codes("1380356000a"), ["mobile.character"]);
        assert_eq!(codes(""), ["mobile.length"]);
    }

    #[test]
    fn the_number_to_enter_is_said_only_when_it_would_pass() {
        let ctx = |locale| CheckContext { today: NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), locale };
        let c = check_mobile("+86 138 0356 0000", &ctx(Locale::ZhCn));
        assert_eq!(c.issues[1].message, "手机号码请不要加国家代码“+86”，填写11位号码：13803560000。");
        assert_eq!(c.issues[1].suggestion.as_deref(), Some("13803560000"));
        // 129… is no mobile prefix: neither the message nor a suggestion offers it.
        let c = check_mobile("+86 129 1234 5678", &ctx(Locale::ZhCn));
        let said: Vec<&str> = c.issues.iter().map(|i| i.message.as_str()).collect();
        assert_eq!(said, ["手机号码中有空格或横线，请删除。", "手机号码请不要加国家代码“+86”。", "手机号码应以13至19开头，请核对。"]);
        assert!(c.issues.iter().all(|i| i.suggestion.is_none()));
        let c = check_mobile("+8612912345678", &ctx(Locale::En));
        assert_eq!(c.issues[0].message, "Leave out the country code +86.");
    }
}
