//! Every message the library can produce, read the way an applicant reads it (issue 11,
//! docs/messages.md): each field's required and format messages (generated from every
//! field declaration of all 17 types), every rule's message template and `rules()`
//! description, and the issues, deadline rules and traces of every case in data/cases,
//! in zh-CN (and, for the choice fields, in English). The scan looks for:
//!
//! * a choice field (enum, boolean, list of choices) asked for with 请填写 / “Enter”;
//! * people counted with 项;
//! * a day that is included written as “……日前” / “{due}前” (say 最迟于……, or
//!   ……之前（含当日）); “前1个月” (a period counted back) is fine;
//! * ASCII English words in Chinese text (codes such as GB 11643-1999, ISO 7064 and a
//!   value's own letters are not words);
//! * doubled punctuation (“。。”, “，。”).

use super::*;
use crate::registry::{application_type, application_types};
use crate::identity::{check_credit_code, check_mobile, check_resident_id};
use crate::application::walk::{required_message, Walk, MESSAGES as FIELD_MESSAGES};
use crate::json::Path;
use serde_json::json;

/// One text and where it came from.
struct Said {
    source: String,
    text: String,
    /// The field it is about, when it is a field's own message.
    field: Option<Field>,
}

fn said(out: &mut Vec<Said>, source: impl Into<String>, text: impl Into<String>) {
    out.push(Said { source: source.into(), text: text.into(), field: None });
}

/// Whether a field is a choice: an enum, a boolean, a set of choices or a list of them.
fn is_choice(kind: &FieldKind) -> bool {
    match kind {
        FieldKind::Enum(_) | FieldKind::Boolean | FieldKind::EnumSet(_) => true,
        FieldKind::List { item, .. } => is_choice(item),
        _ => false,
    }
}

/// Whether a label names people (人员, 专家, 成员, ……人): what is counted in 人／名.
fn names_people(label: &str) -> bool {
    ["人员", "专家", "成员", "代表"].iter().any(|w| label.contains(w)) || label.ends_with('人')
}

/// Bad values for a field kind: each makes the structural walk say something.
fn bad_values(kind: &FieldKind) -> Vec<Value> {
    let wrong_type = match kind {
        FieldKind::Integer { .. } | FieldKind::Number { .. } | FieldKind::Boolean => json!("x"),
        _ => json!(7),
    };
    let mut out = vec![wrong_type];
    match kind {
        FieldKind::Text { max } => {
            out.push(json!("字".repeat(max + 1)));
            out.push(json!("a\u{FFFD}"));
        }
        FieldKind::Date => out.extend([json!("2026-2-30"), json!("1900-01-01")]),
        FieldKind::DateTime => out.push(json!("2026-10-15 09:30")),
        FieldKind::Integer { min, max } => out.extend([json!(min.saturating_sub(1)), json!(max.saturating_add(1))]),
        FieldKind::Number { min, max } => out.extend([json!(min - 1.0), json!(max + 1.0)]),
        FieldKind::Enum(_) => out.push(json!("no_such_choice")),
        FieldKind::EnumSet(values) => out.extend([json!(["no_such_choice"]), json!([values[0].value, values[0].value])]),
        FieldKind::ResidentId => {
            out.extend(["110105194902300012", "110105194912310021", "11010519491231002x", " 1101051949 1231002X", "１１０１０５ １９４９１２３１００２Ｘ", "1101A5194912310021", "990105194912310021", "11010519491231002Y", "110105203001010013", "1101051949"].map(|s| json!(s)))
        }
        FieldKind::CreditCode => out.extend(
            ["91350100M000100Y44", "91350100M0001O0Y43", "91350100m000100y43", "B1350100M000100Y43", "9135O1S0M000100Y43", "91350100M00010IY4Z", "915V0100M000100Y43", "91350100M0001000Y3", "９１３５０１００Ｍ ０００１００Ｙ４３", "9135"].map(|s| json!(s)),
        ),
        FieldKind::Mobile => out.extend(["12912345678", "139 1234 5678", "+8613912345678", "１３９１２３４５６７８", "1391234567"].map(|s| json!(s))),
        FieldKind::Object(_) | FieldKind::Boolean => {}
        FieldKind::List { item, min, max } => {
            let one = match item {
                FieldKind::Object(_) => json!({}),
                FieldKind::Enum(values) => json!(values[0].value),
                _ => json!("一"),
            };
            if *min > 1 {
                out.push(json!([one.clone()]));
            }
            out.push(Value::Array(vec![one; max + 1]));
        }
    }
    out
}

/// Every field's messages, from its declaration: the required message, and what the
/// structural walk says of each bad value (nested fields included).
fn field_messages(t: &ApplicationType, fields: &'static [Field], parent: &str, locale: Locale, out: &mut Vec<Said>) {
    let ctx = CheckContext { today: parse_date_or("2026-11-30"), locale };
    for f in fields {
        let source = format!("{} field {}/{}", t.code, parent, f.name);
        out.push(Said { source: format!("{source} required"), text: required_message(f, f.label.get(locale), locale), field: Some(*f) });
        let mut kinds = vec![f.kind];
        if let FieldKind::List { item, .. } = f.kind {
            kinds.push(*item);
        }
        for (k, kind) in kinds.iter().enumerate() {
            for bad in bad_values(kind) {
                let bad = if k == 1 { json!([bad]) } else { bad };
                let submission = Value::Object([(f.name.to_owned(), bad.clone())].into_iter().collect());
                let mut issues = Vec::new();
                let only = std::slice::from_ref(f);
                Walk { locale, id_ctx: ctx, issues: &mut issues, labels: &[], hidden: None, omitted: Vec::new() }.object(only, &crate::json::Json::from_serde(&submission), &Path::Root, "");
                for i in issues {
                    out.push(Said { source: format!("{source} = {bad}: {}", i.code), text: i.message, field: Some(*f) });
                }
            }
        }
        match f.kind {
            FieldKind::Object(inner) => field_messages(t, inner, &format!("{parent}/{}", f.name), locale, out),
            FieldKind::List { item: FieldKind::Object(inner), .. } => field_messages(t, inner, &format!("{parent}/{}/*", f.name), locale, out),
            _ => {}
        }
    }
}

fn parse_date_or(s: &str) -> chrono::NaiveDate {
    crate::parse_date(s).unwrap_or_default()
}

/// Everything said in zh-CN: fields, rules, `rules()`, the identity checks, the whole-
/// submission messages, and every case of data/cases run through `validate`.
fn everything(locale: Locale) -> Vec<Said> {
    let mut out = Vec::new();
    for t in application_types() {
        field_messages(t, t.fields, "", locale, &mut out);
        for r in t.rules {
            said(&mut out, format!("{} rule {} message", t.code, r.code), r.message.get(locale));
            said(&mut out, format!("{} rule {} description", t.code, r.code), r.description.get(locale));
        }
        for d in t.deadlines {
            said(&mut out, format!("{} deadline {} title", t.code, d.id), d.title.get(locale));
        }
        for info in t.rule_list(locale) {
            said(&mut out, format!("{} rules() {}", t.code, info.code), info.description);
        }
    }
    for (code, text) in FIELD_MESSAGES.iter().chain(WHOLE) {
        said(&mut out, format!("template {code}"), text.get(locale));
    }
    for table in [crate::identity::resident_id::MESSAGES, crate::identity::credit_code::MESSAGES, crate::identity::mobile::MESSAGES] {
        for (code, text) in table {
            said(&mut out, format!("template {code}"), text.get(locale));
        }
    }
    let ctx = CheckContext { today: parse_date_or("2026-11-30"), locale };
    for v in ["110105194912310021", "11010519491231002x", " 1101051949 1231002X", "１１０１０５１９４９１２３１００２Ｘ"] {
        for i in check_resident_id(v, &ctx).issues {
            said(&mut out, format!("resident id {v:?}: {}", i.code), i.message);
        }
    }
    for v in ["91350100M000100Y44", "9135O1S0M000100Y43"] {
        for i in check_credit_code(v, &ctx).issues {
            said(&mut out, format!("credit code {v:?}: {}", i.code), i.message);
        }
    }
    for i in check_mobile("1391234567", &ctx).issues {
        said(&mut out, format!("mobile: {}", i.code), i.message);
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/cases");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    for path in files.iter().filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(|c: char| c.is_ascii_uppercase())) {
        let f: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let t = application_type(f["type"].as_str().unwrap()).unwrap();
        for c in f["cases"].as_array().unwrap() {
            let submission = patch(&f["base"], &c["set"]);
            let options = Options::new(locale, parse_date_or(c["asOf"].as_str().unwrap()));
            let report = validate(t, &crate::json::Json::from_serde(&submission), &options, default_calendar());
            let name = format!("{} case {:?}", t.code, c["name"].as_str().unwrap_or(""));
            for i in report.issues {
                said(&mut out, format!("{name}: {} at {}", i.code, i.path), i.message);
            }
            for d in report.deadlines {
                said(&mut out, format!("{name}: deadline {} rule", d.id), d.rule);
                said(&mut out, format!("{name}: deadline {} title", d.id), d.title);
                if let Some(advice) = d.advice {
                    said(&mut out, format!("{name}: deadline {} advice", d.id), advice);
                }
                for e in d.trace {
                    said(&mut out, format!("{name}: deadline {} trace {}", d.id, e.from), e.reason);
                }
            }
        }
    }
    out
}

/// Apply `{pointer: value}` patches (null removes the member), as the case tests do.
fn patch(base: &Value, set: &Value) -> Value {
    let mut v = base.clone();
    for (pointer, value) in set.as_object().into_iter().flatten() {
        let (parent, key) = pointer.rsplit_once('/').unwrap();
        let target = if parent.is_empty() { Some(&mut v) } else { v.pointer_mut(parent) };
        match (target, value) {
            (Some(Value::Object(m)), Value::Null) => {
                m.remove(key);
            }
            (Some(Value::Object(m)), _) => {
                m.insert(key.to_owned(), value.clone());
            }
            (Some(Value::Array(a)), _) => a[key.parse::<usize>().unwrap()] = value.clone(),
            _ => panic!("cannot set {pointer}"),
        }
    }
    v
}

/// The text without its `{placeholder}` names (a template's own, not words).
fn without_placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => {
                depth -= 1;
                out.push('□');
            }
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// ASCII words in Chinese text that are not codes: a run of ASCII letters and digits
/// with two or more letters, no digit, and not a standard's prefix.
fn english_words(text: &str) -> Vec<String> {
    // 税务Ukey is the device's own name in the notice (晋市审管发〔2021〕28号).
    const CODES: [&str; 5] = ["GB", "ISO", "MOD", "T", "Ukey"];
    let text = without_json_pointers(&without_placeholders(text));
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 2 && !w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| !CODES.contains(w))
        .map(str::to_owned)
        .collect()
}

/// The text without JSON Pointers (`/applicant/creditCode`, `/items/*/budget`): the
/// field a `rules()` entry is about, a code.
fn without_json_pointers(text: &str) -> String {
    let mut out = String::new();
    let mut in_pointer = false;
    for c in text.chars() {
        if c == '/' {
            in_pointer = true;
        } else if in_pointer && (c.is_ascii_alphanumeric() || c == '*' || c == '_') {
        } else {
            in_pointer = false;
            out.push(c);
        }
    }
    out
}

/// A label that is no noun (“申请延期至”): it ends with a preposition or a particle, so
/// that “请填写申请延期至。” does not read.
fn dangling_label(label: &str) -> bool {
    label.ends_with(['至', '于', '到', '的'])
}

/// A day written with 前 as if it were not included: “2025年2月28日前”, “{due}前”
/// (but “前1个月”, a period counted back, and “之前（含当日）” are fine).
fn inclusive_day_with_qian(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.iter().enumerate().any(|(i, &c)| {
        c == '前'
            && i > 0
            && (chars[i - 1] == '日' || chars[i - 1] == '}')
            && !chars.get(i + 1).is_some_and(|n| n.is_ascii_digit() || *n == '{' || *n == '（')
    })
}

fn doubled_punctuation(text: &str) -> Option<String> {
    const MARKS: &str = "。，；：、！？,;";
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).find(|w| MARKS.contains(w[0]) && MARKS.contains(w[1])).map(|w| w.iter().collect())
}

/// The problems of one text.
fn problems(s: &Said, locale: Locale) -> Vec<String> {
    let mut out = Vec::new();
    let text = &s.text;
    if let Some(f) = &s.field {
        if is_choice(&f.kind) && s.source.ends_with(" required") {
            let bad = match locale {
                Locale::ZhCn => text.starts_with("请填写"),
                Locale::En => text.starts_with("Enter"),
            };
            if bad {
                out.push("a choice field asked for as if typed in".to_owned());
            }
        }
        if locale == Locale::ZhCn && s.source.ends_with(" required") && dangling_label(f.label.zh) {
            out.push("a label that is no noun".to_owned());
        }
        if names_people(f.label.zh) && locale == Locale::ZhCn {
            let counted = text.char_indices().any(|(i, c)| c == '项' && text[..i].ends_with(|d: char| d.is_ascii_digit()));
            if counted {
                out.push("people counted with 项".to_owned());
            }
        }
    }
    if locale == Locale::ZhCn {
        // People counted with 项 anywhere: “技术人员（/staff）至少1项”.
        let people_then_count = text.split(['。', '；', '，']).any(|clause| {
            names_people(clause.split('（').next().unwrap_or(clause).trim_end_matches(|c: char| !c.is_alphanumeric()))
                && clause.char_indices().any(|(i, c)| c == '项' && clause[..i].ends_with(|d: char| d.is_ascii_digit()))
        });
        if people_then_count && !out.iter().any(|p| p.contains('项')) {
            out.push("people counted with 项".to_owned());
        }
        if text.contains("是否是否") {
            out.push("是否 doubled".to_owned());
        }
        if inclusive_day_with_qian(text) {
            out.push("an included day written “……前”".to_owned());
        }
        let words = english_words(text);
        if !words.is_empty() {
            out.push(format!("English words in Chinese text: {words:?}"));
        }
    }
    if let Some(p) = doubled_punctuation(text) {
        out.push(format!("doubled punctuation “{p}”"));
    }
    out
}

fn scan(locale: Locale) -> (usize, Vec<String>) {
    let all = everything(locale);
    let mut failures = Vec::new();
    for s in &all {
        for p in problems(s, locale) {
            failures.push(format!("{p}: [{}] {}", s.source, s.text));
        }
    }
    failures.dedup();
    (all.len(), failures)
}

#[test]
fn every_message_reads_well_in_chinese() {
    let (n, failures) = scan(Locale::ZhCn);
    assert!(n > 2000, "only {n} messages scanned");
    assert!(failures.is_empty(), "{} problems in {n} messages:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_message_reads_well_in_english() {
    let (n, failures) = scan(Locale::En);
    assert!(n > 2000, "only {n} messages scanned");
    assert!(failures.is_empty(), "{} problems in {n} messages:\n{}", failures.len(), failures.join("\n"));
}

/// The scan's own patterns: each finds what it is for, and leaves good text alone.
#[test]
fn the_patterns_find_what_they_are_for() {
    assert!(inclusive_day_with_qian("应在2025年2月28日前完成本次测评"));
    assert!(inclusive_day_with_qian("应在{due}前完成"));
    assert!(!inclusive_day_with_qian("须在完成时限（2026年3月31日）前1个月提出"));
    assert!(!inclusive_day_with_qian("最迟于2025年2月28日完成"));
    assert!(!inclusive_day_with_qian("2025年2月28日之前（含当日）"));
    assert_eq!(english_words("invalid calendar year: missing field source"), ["invalid", "calendar", "year", "missing", "field", "source"]);
    assert!(english_words("按GB 11643-1999计算，ISO 7064:1983.MOD 11-2；代码91140500MA0L5678X7；{expected}").is_empty());
    assert_eq!(doubled_punctuation("请核对。。"), Some("。。".to_owned()));
    assert_eq!(doubled_punctuation("“是”或“否”。"), None);
    assert!(dangling_label("申请延期至") && !dangling_label("延期后的截止日期"));
    assert_eq!(without_json_pointers("技术人员（/staff/*/name）至少1人"), "技术人员（）至少1人");
    assert!(names_people("行政执法监督人员") && names_people("技术人员") && !names_people("申请材料"));
    let f = Field::required("x", crate::model::t("首次刻制印章", "first carving"), FieldKind::Boolean);
    let s = Said { source: "x required".into(), text: "请填写首次刻制印章。".into(), field: Some(f) };
    assert_eq!(problems(&s, Locale::ZhCn), ["a choice field asked for as if typed in"]);
}

/// Errors a page may show (a date typed into a deadline calculator, a holiday schedule
/// an operator loads): each has a Chinese message, with no English words in it (the
/// file's own field names, quoted, are its vocabulary) and no doubled punctuation.
#[test]
fn errors_that_reach_a_page_read_in_chinese() {
    use crate::{add_months, parse_date, parse_date_time, Calendar, YearSchedule};
    const FILE_WORDS: [&str; 12] = ["year", "source", "notice", "holidays", "name", "days", "makeupWorkdays", "number", "title", "issued", "url", "JSON"];
    let cal = Calendar::official();
    let d = parse_date("2099-12-30").unwrap();
    let mut errors: Vec<crate::Error> = vec![
        parse_date("2021-02-30").unwrap_err(),
        parse_date("").unwrap_err(),
        parse_date("1900-01-01").unwrap_err(),
        parse_date_time("2026-10-15 09:30").unwrap_err(),
        add_months(d, 3).unwrap_err(),
        cal.add_workdays(d, 5).unwrap_err(),
        cal.add_workdays(parse_date("1949-10-02").unwrap(), -5).unwrap_err(),
    ];
    let files = [
        "[1]",
        "{",
        r#"{"source":"x","holidays":[],"makeupWorkdays":[]}"#,
        r#"{"year":"2027","source":"x","holidays":[],"makeupWorkdays":[]}"#,
        r#"{"year":2027,"source":null,"holidays":[],"makeupWorkdays":[]}"#,
        r#"{"year":2027,"source":"x","holidays":"x","makeupWorkdays":[]}"#,
        r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":["2027-01-01"]},{"name":"b","days":[5]}],"makeupWorkdays":[]}"#,
        r#"{"year":2027,"year":2028,"source":"x","holidays":[],"makeupWorkdays":[]}"#,
        r#"{"year":2027,"source":"x","holidays":[{"name":"元旦","days":["2026-12-31"]}],"makeupWorkdays":[]}"#,
        r#"{"year":2027,"source":"x","holidays":[],"makeupWorkdays":["2027-01-04"]}"#,
        r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":["2027-01-01"]},{"name":"b","days":["2027-01-01"]}],"makeupWorkdays":[]}"#,
        r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":["2027-01-02"]}],"makeupWorkdays":["2027-01-02"]}"#,
        r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":["2027-02-30"]}],"makeupWorkdays":[]}"#,
        r#"{"year":2100,"source":"x","holidays":[],"makeupWorkdays":[]}"#,
        r#"{"year":2027,"source":" ","holidays":[],"makeupWorkdays":[]}"#,
        r#"{"year":2027,"source":"x","holidays":[{"name":"a","days":[]}],"makeupWorkdays":[]}"#,
        r#"{"year":2027,"source":"x","holidays":[{"name":"","days":["2027-01-01"]}],"makeupWorkdays":[]}"#,
    ];
    for f in files {
        errors.push(YearSchedule::from_json(f).and_then(|s| cal.clone().load_year(s)).unwrap_err());
    }
    let mut failures = Vec::new();
    for e in &errors {
        let zh = e.message_in(Locale::ZhCn);
        let words: Vec<String> = english_words(zh).into_iter().filter(|w| !FILE_WORDS.contains(&w.as_str())).collect();
        let chinese = zh.chars().any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c));
        if !chinese || !words.is_empty() || doubled_punctuation(zh).is_some() || !zh.ends_with('。') {
            failures.push(format!("{:?}: {zh} ({words:?}) — {}", e.code(), e.message()));
        }
        assert_ne!(zh, e.message(), "the Chinese message is not the English one");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The English message still names the offending value.
    assert!(errors[0].message().contains("2021-02-30"));
    assert_eq!(errors[0].message_in(Locale::ZhCn), "日期“2021-02-30”不存在或写法不对，请按“年-月-日”填写，例如2026-10-15。");
    assert_eq!(errors[16].message_in(Locale::ZhCn), "放假安排未能载入：2027年：调休上班日2027-01-04是星期一，不是周末。");
}
