//! Identity numbers and contact fields: 居民身份证号码 (GB 11643-1999), 统一社会信用代码
//! (GB 32100-2015) and mainland mobile numbers.
//!
//! Each check returns every problem it finds, each saying exactly what is wrong: the
//! expected check character, the impossible birth date, the forbidden letter and its
//! position. Whitespace and full-width characters are reported, not silently accepted;
//! the report carries the normalised value so that a portal can offer it
//! (“改为 110105194912310021”), and the rest of the checks run on that value so the
//! applicant sees every problem at once.

pub(crate) mod credit_code;
pub(crate) mod mobile;
pub(crate) mod resident_id;

use chrono::NaiveDate;

pub use credit_code::check_credit_code;
pub use mobile::check_mobile;
pub use resident_id::check_resident_id;

/// The standard a resident ID number follows, for `rules()`.
pub const RESIDENT_ID_CITATION: crate::model::Citation = resident_id::CHECK;
/// The standard a credit code follows, for `rules()`.
pub const CREDIT_CODE_CITATION: crate::model::Citation = credit_code::STRUCTURE;

use crate::model::{t, Issue, Locale, Text};

/// The result of an identity check.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct IdCheck {
    /// No error among the issues.
    pub valid: bool,
    /// Every problem found, errors first.
    pub issues: Vec<Issue>,
    /// The value with whitespace removed and full-width characters made half-width,
    /// when that differs from the input: what a portal may offer to the applicant.
    pub normalized: Option<String>,
}

impl crate::json::WriteJson for IdCheck {
    fn write_json(&self, out: &mut String) {
        crate::json::write_object(out, &[("valid", &self.valid), ("issues", &self.issues), ("normalized", &self.normalized)]);
    }
}

impl IdCheck {
    /// Valid, nothing to report, nothing to normalise.
    pub(crate) fn clean() -> IdCheck {
        IdCheck { valid: true, issues: Vec::new(), normalized: None }
    }
}

/// Remove whitespace (incl. the ideographic space U+3000) and turn full-width ASCII
/// (U+FF01–U+FF5E) into half-width. Returns the result and what was found.
pub(crate) fn normalize(value: &str) -> (String, bool, bool) {
    let mut out = String::with_capacity(value.len());
    let (mut space, mut full) = (false, false);
    for c in value.chars() {
        if c.is_whitespace() {
            space = true;
        } else if ('\u{FF01}'..='\u{FF5E}').contains(&c) {
            full = true;
            out.push(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c));
        } else {
            out.push(c);
        }
    }
    (out, space, full)
}

/// Shared context: the day against which “not in the future” is judged, and the locale.
#[derive(Clone, Copy, Debug)]
pub struct CheckContext {
    /// Today (China time) or the submission's `asOf`.
    pub today: NaiveDate,
    /// Message language.
    pub locale: Locale,
}

/// Which identity check a value was meant for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// 居民身份证号码.
    ResidentId,
    /// 统一社会信用代码.
    CreditCode,
    /// 手机号码.
    Mobile,
}

/// Every code an issue of this check can carry: its message table and the not-text code
/// (for the TypeScript `IssueCode` union).
pub(crate) fn issue_codes(kind: IdKind) -> Vec<&'static str> {
    let table = match kind {
        IdKind::ResidentId => resident_id::MESSAGES,
        IdKind::CreditCode => credit_code::MESSAGES,
        IdKind::Mobile => mobile::MESSAGES,
    };
    let ctx = CheckContext { today: crate::date::FIRST_DAY, locale: Locale::En };
    let mut codes: Vec<&'static str> = table.iter().map(|(c, _)| *c).collect();
    codes.extend(check_not_text(kind, &ctx).issues.iter().map(|i| i.code));
    codes
}

/// The result for a value that is not text at all (a number, null, an object).
///
/// ```
/// use jincheng_rules::{check_not_text, parse_date, CheckContext, IdKind, Locale};
/// // A portal handed a number (JSON 110105194912310021 instead of a string):
/// let ctx = CheckContext { today: parse_date("2026-11-30")?, locale: Locale::ZhCn };
/// let check = check_not_text(IdKind::ResidentId, &ctx);
/// assert!(!check.valid);
/// assert_eq!(check.issues[0].code, "resident_id.type");
/// assert_eq!(check.issues[0].message, "请以文字形式填写18位身份证号码。");
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn check_not_text(kind: IdKind, ctx: &CheckContext) -> IdCheck {
    let (code, text) = match kind {
        IdKind::ResidentId => (
            "resident_id.type",
            crate::model::Text {
                zh: "请以文字形式填写18位身份证号码。", en: "Enter the 18-character resident ID number as text."
            },
        ),
        IdKind::CreditCode => (
            "credit_code.type",
            crate::model::Text {
                zh: "请以文字形式填写18位统一社会信用代码。", en: "Enter the 18-character credit code as text."
            },
        ),
        IdKind::Mobile => {
            ("mobile.type", crate::model::Text { zh: "请以文字形式填写11位手机号码。", en: "Enter the 11-digit mobile number as text." })
        }
    };
    let issue = Issue::new("", code, crate::model::Severity::Error, text.get(ctx.locale).to_owned(), None);
    IdCheck { valid: false, issues: vec![issue], normalized: None }
}

/// The normalised value as a message shows it: whole when it is of a plausible length,
/// else its beginning (a pasted paragraph is not echoed back in full).
pub(crate) fn shown(value: &str) -> String {
    const MAX: usize = 24;
    if value.chars().count() <= MAX {
        value.to_owned()
    } else {
        value.chars().take(MAX).chain(std::iter::once('…')).collect()
    }
}

/// The issues about how a value is written (spaces, full-width characters, lowercase
/// letters, a country code) are offered the corrected value as their `suggestion` when it
/// differs from the input and `passes`: every other check of the field found nothing in it.
/// The other issues were found in the corrected value, so any of them (a wrong check digit,
/// a character not allowed) means no suggestion — offering “110105194912310021” for
/// “1101 0519 4912 3100 21” would offer a wrong number.
pub(crate) fn suggest(written: &mut [Issue], input: &str, corrected: &str, passes: bool) {
    if passes && corrected != input {
        for i in written {
            i.suggestion = Some(corrected.to_owned());
        }
    }
}

/// How a message about the way a value is written says the corrected value (its
/// `{correction}`): in brackets after the instruction.
pub(crate) const SAY_ONE: Text = t("（应填写为：{normalized}）", " (it should read {normalized})");
/// … and after the list of problems, in the message naming several.
pub(crate) const SAY_SEVERAL: Text = t("，应填写为：{normalized}", "; it should read {normalized}");

/// The `{correction}` of such a message: `clause` with the corrected value, where that
/// value `passes` (the condition of [`suggest`]), so that no message offers a value its
/// field would refuse; else nothing, and the message keeps its instruction alone.
pub(crate) fn correction(clause: Text, normalized: &str, passes: bool, locale: Locale) -> String {
    if !passes {
        return String::new();
    }
    clause.fill(locale, &[("normalized", &shown(normalized))])
}

/// “A、B和C” / “A, B and C”.
pub(crate) fn join_and(items: &[&str], locale: Locale) -> String {
    let (sep, and) = (t("、", ", ").get(locale), t("和", " and ").get(locale));
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(sep)),
    }
}

pub(crate) fn finish(issues: Vec<Issue>, input: &str, normalized: String) -> IdCheck {
    let valid = !issues.iter().any(|i| i.severity == crate::model::Severity::Error);
    let normalized = (normalized != input).then_some(normalized);
    IdCheck { valid, issues, normalized }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_correction_that_would_not_pass_is_neither_suggested_nor_said() {
        let zh = super::CheckContext { today: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(), locale: crate::model::Locale::ZhCn };
        // Issue 22 (8): “1101 0519 4912 3100 21” written without spaces still has a wrong
        // check digit; “<IMGSRC=x>ABC” in capitals is still no credit code.
        let id = super::check_resident_id("1101 0519 4912 3100 21", &zh);
        assert_eq!(id.issues[0].code, "resident_id.whitespace");
        assert_eq!(id.issues[0].message, "身份证号码中有空格，请删除。");
        assert!(id.issues.iter().all(|i| i.suggestion.is_none() && !i.message.contains("110105194912310021")));
        let cc = super::check_credit_code("<IMGSRC=x>ABC", &zh);
        assert_eq!(cc.issues[0].message, "统一社会信用代码中的字母应为大写。");
        // A correction that passes is still said and suggested.
        let ok = super::check_resident_id("1101 0519 4912 3100 2X", &zh);
        assert_eq!(ok.issues[0].message, "身份证号码中有空格，请删除（应填写为：11010519491231002X）。");
        assert_eq!(ok.issues[0].suggestion.as_deref(), Some("11010519491231002X"));
        let en = super::check_credit_code("91350100m000100y4x", &super::CheckContext { locale: crate::model::Locale::En, ..zh });
        assert!(en.issues.iter().all(|i| !i.message.contains("should read")), "{:?}", en.issues);
    }

    use crate::tests::codes_in;
    use proptest::prelude::*;

    fn ctx() -> super::CheckContext {
        super::CheckContext { today: chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), locale: crate::model::Locale::ZhCn }
    }

    /// The allocation-free fast path of each check is taken exactly when the full check
    /// finds nothing at all.
    fn agree(v: &str) {
        let c = ctx();
        for (fast, full) in [
            (super::resident_id::is_clean(v, c.today), super::resident_id::full_check(v, &c)),
            (super::credit_code::is_clean(v), super::credit_code::full_check(v, &c)),
            (super::mobile::is_clean(v), super::mobile::full_check(v, &c)),
        ] {
            assert_eq!(fast, full.issues.is_empty() && full.normalized.is_none(), "{v:?}: {full:?}");
        }
    }

    #[test]
    fn fast_paths_agree_on_known_values() {
        for v in [
            "140502198503151239",
            "11010519491231002X",
            "110105194912310021",
            "140502208503151231",
            "990502198503151239",
            "91140500MA1RGX1820",
            "91350100M000100Y43",
            "91140500MAIRGX1820",
            "Y1140500MA1RGX1820",
            "91140500ma1rgx1820",
            "13912345678",
            "12912345678",
            "139 1234 5678",
            "+8613912345678",
            "",
            "1",
            "１３９１２３４５６７８",
        ] {
            agree(v);
        }
    }

    proptest! {
        #[test]
        fn fast_paths_agree(v in "[0-9X]{18}|[0-9A-Y]{18}|1[0-9]{10}|[0-9a-zX ]{0,20}") {
            agree(&v);
        }

        #[test]
        fn fast_paths_agree_near_valid(i in 0usize..18, c in "[0-9A-Zx ]") {
            for base in ["140502198503151239", "91140500MA1RGX1820", "13912345678"] {
                let mut s: Vec<char> = base.chars().collect();
                if i < s.len() { s[i] = c.chars().next().unwrap(); }
                agree(&s.into_iter().collect::<String>());
            }
        }
    }

    /// Issue 22 item 8: a suggestion is offered only when the suggested value passes
    /// every check of its field.
    #[test]
    fn a_suggestion_passes_every_check_of_its_field() {
        let c = ctx();
        let suggested = |check: super::IdCheck| check.issues.iter().find_map(|i| i.suggestion.clone());
        // A wrong check digit (…21; …2X would check): no suggestion.
        assert_eq!(suggested(super::check_resident_id("1101 0519 4912 3100 21", &c)), None);
        assert_eq!(suggested(super::check_resident_id("1101 0519 4912 3100 2X", &c)).as_deref(), Some("11010519491231002X"));
        assert_eq!(suggested(super::check_resident_id("１１０１０５１９４９１２３１００２Ｘ", &c)).as_deref(), Some("11010519491231002X"));
        // Letters a credit code cannot hold, made capitals: still not a code.
        assert_eq!(suggested(super::check_credit_code("<imgsrc=x>abc", &c)), None);
        assert_eq!(suggested(super::check_credit_code("91140500ma1rgx1820", &c)).as_deref(), Some("91140500MA1RGX1820"));
        assert_eq!(suggested(super::check_mobile("+86 129 1234 5678", &c)), None);
        assert_eq!(suggested(super::check_mobile("+86 139 1234 5678", &c)).as_deref(), Some("13912345678"));
        // Whatever is suggested checks clean.
        for v in ["1101 0519 4912 3100 2x", "140502 19850315 1239", "９１１４０５００ＭＡ１ＲＧＸ１８２０", "139 1234 5678", "91140500ma1rgx1821", "1101051949123100 21"] {
            for check in [super::check_resident_id(v, &c), super::check_credit_code(v, &c), super::check_mobile(v, &c)] {
                if let Some(s) = suggested(check) {
                    let again = [super::check_resident_id(&s, &c), super::check_credit_code(&s, &c), super::check_mobile(&s, &c)];
                    assert!(again.iter().any(|a| a.valid && a.issues.is_empty()), "{v:?} suggested {s:?}, which does not check");
                }
            }
        }
    }

    #[test]
    fn every_code_pushed_has_its_message() {
        for (source, prefix, table) in [
            (include_str!("resident_id.rs"), "resident_id.", super::resident_id::MESSAGES),
            (include_str!("credit_code.rs"), "credit_code.", super::credit_code::MESSAGES),
            (include_str!("mobile.rs"), "mobile.", super::mobile::MESSAGES),
        ] {
            let codes = codes_in(source, &[prefix]);
            assert!(codes.len() >= 5);
            for code in codes {
                assert!(table.iter().any(|(c, _)| *c == code), "{code} has no message");
            }
        }
    }
}
