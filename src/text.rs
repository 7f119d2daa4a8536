//! Messages written once per locale: the [`Locale`], a [`Text`] in both, and the
//! filling of its `{name}` placeholders. The ground floor: every layer writes its
//! messages with it (re-exported by `model`, the public path).

/// The language of messages: Chinese (the default) or English.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    /// 简体中文 (`"zh-CN"`).
    #[default]
    ZhCn,
    /// English (`"en"`).
    En,
}

impl Locale {
    /// Parse `"zh-CN"` or `"en"`.
    pub fn parse(s: &str) -> Option<Locale> {
        match s {
            "zh-CN" => Some(Locale::ZhCn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The BCP 47 tag.
    pub fn as_str(self) -> &'static str {
        match self {
            Locale::ZhCn => "zh-CN",
            Locale::En => "en",
        }
    }
}

/// A text written once per locale. Templates may hold `{name}` placeholders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Text {
    /// Chinese, as a good portal writes it.
    pub zh: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// The text in a locale.
    pub fn get(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::ZhCn => self.zh,
            Locale::En => self.en,
        }
    }

    /// The text in a locale with its `{name}` placeholders filled.
    pub fn fill(&self, locale: Locale, args: &[(&str, &str)]) -> String {
        fill(self.get(locale), args)
    }
}

/// A [`Text`] in both locales (for the declarations of fields and rules).
pub const fn t(zh: &'static str, en: &'static str) -> Text {
    Text { zh, en }
}

/// The message a module's table holds for `code`. Each table lists every code its
/// module pushes (a test per module checks it); an unlisted code would fall back to
/// a plain “is wrong” (and trips a debug assertion in tests).
pub(crate) fn message(table: &[(&str, Text)], code: &str) -> Text {
    let found = table.iter().find(|(c, _)| *c == code);
    debug_assert!(found.is_some(), "no message for {code}");
    found.map_or(Text { zh: "填写有误，请核对。", en: "This is wrong; check it." }, |(_, t)| *t)
}

/// Replace `{name}` placeholders.
pub(crate) fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    // Braces found by byte (ASCII in UTF-8): no char searcher for a few dozen bytes.
    let find = |s: &str, c: u8| s.bytes().position(|b| b == c);
    while let Some(start) = find(rest, b'{') {
        out.push_str(crate::util::part(rest, ..start));
        let after = crate::util::part(rest, start + 1..);
        match find(after, b'}') {
            Some(end) => {
                let key = crate::util::part(after, ..end);
                match args.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = crate::util::part(after, end + 1..);
            }
            None => {
                out.push_str(crate::util::part(rest, start..));
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_placeholders() {
        assert_eq!(fill("第{pos}位“{ch}”", &[("pos", "5"), ("ch", "A")]), "第5位“A”");
        assert_eq!(fill("{missing} {", &[]), "{missing} {");
        assert_eq!(fill("无占位", &[("x", "y")]), "无占位");
    }
}
