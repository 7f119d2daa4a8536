use super::*;
use super::engine::relabel;
use serde_json::Value;
use crate::identity::CheckContext;
use crate::json::Json;
use crate::model::{Citation, Field, FieldKind, Locale, Severity};
use crate::registry::{application_type, application_types, issue_codes};
use crate::parse_date;
use serde_json::json;
use std::fs;
use std::path::Path;

// The linters of the library's own text, run over every type and case: the messages an
// applicant reads (messages.rs) and the field paths and choice values the rules read (reads.rs).
mod messages;
mod reads;

fn options(as_of: &str) -> Options {
    Options { locale: Locale::ZhCn, as_of: parse_date(as_of).unwrap(), fields: None, service_hours: None, labels: Vec::new(), document_status: std::sync::Arc::from([]) }
}

/// Apply `{pointer: value}` patches (null removes the member).
pub(super) fn patch(base: &Value, set: &Value) -> Value {
    let mut v = base.clone();
    if let Some(set) = set.as_object() {
        for (pointer, value) in set {
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            let target = if parent.is_empty() { Some(&mut v) } else { v.pointer_mut(parent) };
            let target = target.unwrap_or_else(|| panic!("no parent for {pointer}"));
            match (target, value) {
                (Value::Object(m), Value::Null) => {
                    m.remove(key);
                }
                (Value::Object(m), _) => {
                    m.insert(key.to_owned(), value.clone());
                }
                (Value::Array(a), _) => {
                    let i: usize = key.parse().unwrap();
                    a[i] = value.clone();
                }
                _ => panic!("cannot set {pointer}"),
            }
        }
    }
    v
}

pub(super) fn case_files() -> Vec<(String, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/cases");
    let mut out: Vec<(String, Value)> = fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(|c: char| c.is_ascii_uppercase()))
        .map(|p| (p.display().to_string(), serde_json::from_str(&fs::read_to_string(&p).unwrap()).unwrap()))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn table_cases_per_type() {
    let files = case_files();
    let covered: Vec<&str> = files.iter().filter_map(|(_, f)| f["type"].as_str()).collect();
    for t in application_types() {
        assert!(covered.contains(&t.id), "no case file for {}", t.id);
    }
    for (file, f) in &files {
        let t = application_type(f["type"].as_str().unwrap()).unwrap();
        for c in f["cases"].as_array().unwrap() {
            let name = c["name"].as_str().unwrap();
            assert!(c["article"].as_str().is_some_and(|a| !a.is_empty()), "{file}: {name} names no article");
            let submission = patch(&f["base"], &c["set"]);
            let report =
                validate(t, &crate::json::Json::from_serde(&submission), &options(c["asOf"].as_str().unwrap()), default_calendar());
            let found: Vec<String> = report.issues.iter().map(|i| format!("{}@{}", i.code, i.path)).collect();
            // The direct writer and the serde derive give the same JSON, byte for byte.
            #[cfg(feature = "serde")]
            assert_eq!(crate::json::WriteJson::to_json(&report), serde_json::to_string(&report).unwrap(), "{file}: {name}");
            let expect = &c["expect"];
            if let Some(valid) = expect["valid"].as_bool() {
                assert_eq!(report.valid, valid, "{file}: {name}: {found:?}");
            }
            for code in expect["codes"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                assert!(
                    found.iter().any(|f| f == code || f.starts_with(&format!("{code}@"))),
                    "{file}: {name}: expected {code} in {found:?}"
                );
            }
            // The exact zh-CN message of an issue (`code@path`), where the case is about its wording.
            for (at, message) in expect["messages"].as_object().into_iter().flatten() {
                let got = report.issues.iter().find(|i| format!("{}@{}", i.code, i.path) == *at).map(|i| i.message.as_str());
                assert_eq!(got, message.as_str(), "{file}: {name}: {at}");
            }
            for (id, rule) in expect["rules"].as_object().into_iter().flatten() {
                let got = report.deadlines.iter().find(|d| d.id == id).map(|d| d.rule.as_str());
                assert_eq!(got, rule.as_str(), "{file}: {name}: deadline {id}");
            }
            for code in expect["absent"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                assert!(
                    !found.iter().any(|f| f == code || f.starts_with(&format!("{code}@"))),
                    "{file}: {name}: {code} must not be in {found:?}"
                );
            }
            // Present with severity warning: a rule that informs and does not block.
            for code in expect["warnings"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                assert!(
                    report.issues.iter().any(|i| i.severity == Severity::Warning && {
                        let f = format!("{}@{}", i.code, i.path);
                        f == code || f.starts_with(&format!("{code}@"))
                    }),
                    "{file}: {name}: expected the warning {code} in {found:?}"
                );
            }
            // Present with severity info: a note or a recommendation, neither error nor warning.
            for code in expect["infos"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                assert!(
                    report.issues.iter().any(|i| i.severity == Severity::Info && {
                        let f = format!("{}@{}", i.code, i.path);
                        f == code || f.starts_with(&format!("{code}@"))
                    }),
                    "{file}: {name}: expected the info note {code} in {found:?}"
                );
            }
            for (code, article) in expect["citations"].as_object().into_iter().flatten() {
                let i = report.issues.iter().find(|i| i.code == code).unwrap_or_else(|| panic!("{file}: {name}: no {code}"));
                assert_eq!(i.citation.map(|c| c.article), article.as_str(), "{file}: {name}: citation of {code}");
            }
            for id in expect["noDeadlines"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                assert!(report.deadlines.iter().all(|d| d.id != id), "{file}: {name}: deadline {id} must not be shown");
            }
            for (id, due) in expect["deadlines"].as_object().into_iter().flatten() {
                let d = report.deadlines.iter().find(|d| d.id == id).unwrap_or_else(|| panic!("{file}: {name}: no deadline {id}"));
                assert_eq!(d.due, due["due"].as_str().unwrap(), "{file}: {name}: {}", d.rule);
                if let Some(p) = due["provisional"].as_bool() {
                    assert_eq!(d.provisional, p, "{file}: {name}");
                }
                // `actBy` and `advice` when the case names them (null: none).
                for (key, got) in [("actBy", &d.act_by), ("advice", &d.advice)] {
                    if let Some(want) = due.get(key) {
                        assert_eq!(got.as_deref(), want.as_str(), "{file}: {name}: {key} of {id}");
                    }
                }
            }
            for i in &report.issues {
                assert!(!i.message.is_empty() && !i.message.contains('{'), "{file}: {name}: unfilled message {:?}", i.message);
            }
        }
    }
}

#[test]
fn every_type_has_a_valid_base_case() {
    for (file, f) in case_files() {
        let t = application_type(f["type"].as_str().unwrap()).unwrap();
        let report = validate(t, &crate::json::Json::from_serde(&f["base"]), &options(f["baseAsOf"].as_str().unwrap()), default_calendar());
        let errors: Vec<_> = report.issues.iter().filter(|i| i.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "{file}: base submission has errors: {errors:?}");
    }
}

#[test]
fn every_issue_of_the_cases_has_a_code_in_issue_codes() {
    // IssueCode (submissions.d.ts) must name every code validate emits: run every case.
    let codes = issue_codes();
    let mut seen = 0;
    for (file, f) in case_files() {
        let t = application_type(f["type"].as_str().unwrap()).unwrap();
        let mut subs = vec![f["base"].clone()];
        subs.extend(f["cases"].as_array().into_iter().flatten().map(|c| patch(&f["base"], &c["set"])));
        subs.extend([json!(null), json!([]), json!({"x": 1})]);
        for s in subs {
            for locale in [Locale::ZhCn, Locale::En] {
                let mut o = options(f["baseAsOf"].as_str().unwrap());
                o.locale = locale;
                for i in validate(t, &crate::json::Json::from_serde(&s), &o, default_calendar()).issues {
                    assert!(codes.contains(&i.code), "{file}: issue code {} is not in issue_codes()", i.code);
                    seen += 1;
                }
            }
        }
    }
    assert!(seen > 500, "only {seen} issues seen");
    for whole in ["submission.too_large", "submission.too_deep", "submission.invalid_json", "submission.type"] {
        assert!(codes.contains(&whole), "{whole}");
    }
}

#[test]
fn every_rule_has_a_citation_that_quotes_its_document() {
    for t in application_types() {
        let doc = t.document();
        assert!(!doc.number.is_empty(), "{}: document {} missing from data/documents.json", t.id, t.document);
        for r in t.rules {
            assert!(r.citation.document == t.document, "{}: {}", t.id, r.code);
            assert!(r.citation.text.chars().count() > 10, "{}: {} quotes too little", t.id, r.code);
            assert!(!r.description.zh.is_empty() && !r.description.en.is_empty() && !r.message.zh.is_empty() && !r.message.en.is_empty());
        }
        for info in t.rule_list(Locale::ZhCn) {
            // A mobile number's format is a formal check with no legal source.
            assert!(info.citation.is_some() || info.code == "mobile.*", "{}: {} has no citation", t.id, info.code);
        }
    }
}

#[test]
fn quoted_clauses_appear_in_the_gazette() {
    // The gazette extract breaks lines and spaces; compare with whitespace removed.
    // Quotes may elide with “……”: each piece must appear.
    // The gazette is part of the repository (data/sources/README.md): a missing file
    // fails the build, never skips the test.
    let gazette = include_str!("../../data/sources/jincheng-gazette-2021-06.txt");
    let flat: String = gazette.chars().filter(|c| !c.is_whitespace()).collect();
    for t in application_types() {
        let mut cites: Vec<Citation> = t.rules.iter().map(|r| r.citation).collect();
        cites.extend(t.deadlines.iter().map(|d| d.citation));
        collect_field_citations(t.fields, &mut cites);
        for c in cites {
            // A quote may end a sentence (“。”) where the gazette goes on with a list (“：”).
            let trim = |ch: char| "…。：；，".contains(ch) || ch.is_whitespace();
            for piece in c.text.split("……").map(|p| p.trim_matches(trim)) {
                let piece: String = piece.chars().filter(|c| !c.is_whitespace()).collect();
                if piece.chars().count() < 6 {
                    continue;
                }
                assert!(flat.contains(&piece), "{} {}: quote not found in the gazette: {piece}", c.document, c.article);
            }
        }
    }
}

fn collect_field_citations(fields: &[crate::model::Field], out: &mut Vec<Citation>) {
    for f in fields {
        out.extend(f.citation);
        match f.kind {
            FieldKind::Object(inner) => collect_field_citations(inner, out),
            FieldKind::List { item: FieldKind::Object(inner), .. } => collect_field_citations(inner, out),
            _ => {}
        }
    }
}

#[test]
fn schema_lists_labels_and_required() {
    let s = application_type("enforcement-supervision-review").unwrap().schema(Locale::ZhCn);
    assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(s["properties"]["applicant"]["properties"]["kind"]["oneOf"][0]["title"], "行政执法机关");
    assert!(s["required"].as_array().unwrap().contains(&json!("decision")));
    let a1 = application_type("enforcement-supervision-request").unwrap().schema(Locale::En);
    assert_eq!(a1["properties"]["applicant"]["allOf"][0]["then"]["required"][0], "residentId");
}

#[test]
fn bad_shapes_are_issues_never_panics() {
    let t = application_type("enforcement-supervision-decision").unwrap();
    let deep = (0..10_000).fold(String::from("0"), |acc, _| format!("[{acc}]"));
    let huge = format!("{{\"caseNumber\": \"{}\"}}", "x".repeat(1 << 20));
    for json in [
        "null",
        "1",
        "[]",
        "\"text\"",
        "{\"supervisors\": {\"a\": 1}}",
        "{\"grounds\": [1, null, {}], \"sealed\": \"yes\"}",
        &deep,
        &huge,
        "{\"caseNumber\": \"\\ud800\"}",
        "{",
        "{\"__proto__\": {\"x\": 1}, \"constructor\": 1}",
    ] {
        let issues = match parse_submission(json, Locale::ZhCn) {
            Ok(v) => validate(t, &v, &options("2023-06-01"), default_calendar()).issues,
            Err(issue) => vec![issue],
        };
        assert!(!issues.is_empty(), "{}", &json[..json.len().min(40)]);
    }
    assert_eq!(parse_submission(&deep, Locale::ZhCn).unwrap_err().code, "submission.too_deep");
    let lone = parse_submission("{\"caseNumber\": \"a\\ud800b\"}", Locale::ZhCn).unwrap();
    let r = validate(t, &lone, &options("2023-06-01"), default_calendar());
    assert!(r.issues.iter().any(|i| i.code == "invalid_character" && i.path == "/caseNumber"));
    let paired = parse_submission("{\"caseNumber\": \"\\ud83d\\ude00\"}", Locale::ZhCn).unwrap();
    assert_eq!(paired.get("caseNumber").and_then(crate::json::Json::as_str), Some("😀"));
}

#[test]
fn every_field_of_the_wrong_type_gives_issues() {
    for t in application_types() {
        let mut wrong = serde_json::Map::new();
        for (i, f) in t.fields.iter().enumerate() {
            let v = [json!(42), json!("x"), json!([1, 2]), json!({"a": true}), json!(true), json!(-1.5)][i % 6].clone();
            wrong.insert(f.name.to_owned(), v);
        }
        let wrong = Value::Object(wrong);
        let r = validate(t, &crate::json::Json::from_serde(&wrong), &options("2023-06-01"), default_calendar());
        assert!(!r.valid, "{}", t.id);
        assert!(r.issues.iter().filter(|i| i.severity == Severity::Error).count() >= t.fields.len() / 2, "{}: {:?}", t.id, r.issues);
    }
}

#[test]
fn fields_option_filters_by_pointer() {
    let t = application_type("enforcement-supervision-request").unwrap();
    let v = json!({"applicant": {"kind": "citizen", "residentId": "110105194912310021"}});
    let mut o = options("2023-06-01");
    o.fields = Some(vec!["/applicant/residentId".to_owned()]);
    let r = validate(t, &crate::json::Json::from_serde(&v), &o, default_calendar());
    assert_eq!(r.issues.iter().map(|i| i.code).collect::<Vec<_>>(), ["resident_id.check_digit"]);
    o.fields = Some(vec!["/applicant".to_owned()]);
    let r = validate(t, &crate::json::Json::from_serde(&v), &o, default_calendar());
    assert!(r.issues.iter().all(|i| i.path.starts_with("/applicant/")));
    assert!(r.issues.iter().any(|i| i.path == "/applicant/name"));
    // "/applicantX" does not match "/applicant".
    o.fields = Some(vec!["/applic".to_owned()]);
    assert!(validate(t, &crate::json::Json::from_serde(&v), &o, default_calendar()).issues.is_empty());
}

#[test]
fn validity_window_warnings() {
    let t = application_type("enforcement-supervision-request").unwrap();
    let v = json!({});
    let codes = |as_of: &str| {
        validate(t, &crate::json::Json::from_serde(&v), &options(as_of), default_calendar())
            .issues
            .iter()
            .map(|i| i.code)
            .collect::<Vec<_>>()
    };
    assert!(!codes("2023-11-30").contains(&"document.expired"));
    assert!(codes("2023-12-01").contains(&"document.expired"));
    assert!(codes("2021-11-30").contains(&"document.not_yet_in_force"));
    assert!(!codes("2021-12-01").contains(&"document.not_yet_in_force"));
    let r = validate(t, &crate::json::Json::from_serde(&v), &options("2026-11-30"), default_calendar());
    let w = r.issues.iter().find(|i| i.code == "document.expired").unwrap();
    // One plain sentence saying what it means for the applicant (issue 23).
    assert_eq!(w.message, "本事项依据的《晋城市行政执法监督暂行办法》（晋市政发〔2021〕23号）有效期至2023年11月30日，现已到期，办理规定可能已调整，请先向受理部门确认本事项是否仍按此办理。");
    assert_eq!(w.citation.unwrap().article, "第十九条");
}

/// An operator's status for a document past its term (TEST DATA: no such extension is
/// known; data/document-status.json commits none).
fn test_status(kind: &str, until: Option<&str>) -> DocumentStatus {
    let until = until.map(|u| format!(r#""until": "{u}","#)).unwrap_or_default();
    DocumentStatus::from_json(&format!(
        r#"{{"document": "晋市政发〔2021〕23号", "status": "{kind}", {until} "by": {{"number": "测试〔2023〕1号", "title": "测试用延期通知", "date": "2023-11-20", "article": "一", "text": "测试条款：有效期延长。"}}}}"#
    ))
    .unwrap()
}

#[test]
fn a_document_status_stops_document_expired_and_cites_the_extending_document() {
    let t = application_type("enforcement-supervision-request").unwrap();
    let empty = json!({});
    let v = crate::json::Json::from_serde(&empty);
    let run = |status: Option<DocumentStatus>, as_of: &str| {
        let mut o = options(as_of);
        o.document_status = status.into_iter().collect::<Vec<_>>().into();
        validate(t, &v, &o, default_calendar()).issues.into_iter().filter(|i| i.code.starts_with("document.")).collect::<Vec<_>>()
    };
    // Without a status: the warning.
    assert_eq!(run(None, "2026-11-30")[0].code, "document.expired");
    // Extended until 2027-11-30: an info note citing the extension, no warning.
    let got = run(Some(test_status("extended", Some("2027-11-30"))), "2026-11-30");
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].code, got[0].severity), ("document.extended", Severity::Info));
    assert_eq!(got[0].citation.unwrap().document, "测试〔2023〕1号");
    assert_eq!(got[0].message, "《晋城市行政执法监督暂行办法》（晋市政发〔2021〕23号）的有效期已由测试〔2023〕1号（2023年11月20日）延长至2027年11月30日，本事项继续按其规定办理。");
    // Past the extended term: expired again, citing the extension and its last day.
    let got = run(Some(test_status("extended", Some("2027-11-30"))), "2027-12-01");
    assert_eq!(got[0].code, "document.expired");
    assert!(got[0].message.contains("有效期至2027年11月30日"), "{}", got[0].message);
    assert_eq!(got[0].citation.unwrap().document, "测试〔2023〕1号");
    // Until further notice.
    let got = run(Some(test_status("extended", None)), "2030-01-01");
    assert_eq!(got[0].code, "document.extended");
    assert!(got[0].message.contains("延长，本事项继续"), "{}", got[0].message);
    // Replaced: a warning that the checks follow the old document.
    let got = run(Some(test_status("replaced", None)), "2026-11-30");
    assert_eq!((got[0].code, got[0].severity), ("document.replaced", Severity::Warning));
    // Inside the original term nothing changes.
    assert!(run(Some(test_status("extended", None)), "2023-11-30").is_empty());
}

#[test]
fn conversion_deadline_shows_the_notice_left_out() {
    // 晋市审管发〔2021〕27号 四（四）: 2 working days, public-notice time not counted.
    let t = application_type("simulated-approval-conversion").unwrap();
    let v = json!({"applicationDate": "2026-06-01", "publicNotice": {"start": "2026-06-02", "end": "2026-06-06"}});
    let d = deadlines(t, &crate::json::Json::from_serde(&v), &options("2026-06-01"), default_calendar());
    let d = d.iter().find(|d| d.id == "formal_approval").unwrap();
    assert_eq!(d.due, "2026-06-09");
    assert!(d.rule.contains("不含公示时间") && d.rule.contains("公示期间（2026年6月2日至6日）不计入"), "{}", d.rule);
    let notice = d.trace.iter().find(|e| e.kind == crate::model::TraceKind::Excluded).unwrap();
    assert_eq!(
        (notice.from.as_str(), notice.to.as_str(), notice.days, notice.reason.as_str()),
        ("2026-06-02", "2026-06-06", 5, "公示期间不计入")
    );
    let json: Value = serde_json::from_str(&crate::json::WriteJson::to_json(d)).unwrap();
    assert_eq!(json["trace"][0]["kind"], "excluded");
    // The same submission without a notice: 3 June.
    let v = json!({"applicationDate": "2026-06-01"});
    let d = deadlines(t, &crate::json::Json::from_serde(&v), &options("2026-06-01"), default_calendar());
    assert_eq!(d[0].due, "2026-06-03");
}

#[test]
fn ctx_get_follows_rfc_6901() {
    let v = json!({"a/b": {"m~n": [10, null, {"x": "y"}]}, "": 1});
    let v = crate::json::Json::from_serde(&v);
    let ctx = Ctx {
        submission: &v,
        as_of: parse_date("2026-01-05").unwrap(),
        locale: Locale::ZhCn,
        calendar: default_calendar(),
        hours: &crate::hours::ServiceHours::default(),
        reads: None,
        hidden: &[],
    };
    assert_eq!(ctx.get("/a~1b/m~0n/0"), Some(&crate::json::Json::Number(10.0)));
    assert_eq!(ctx.get("/a~1b/m~0n/1"), None, "null is absent");
    assert_eq!(ctx.str("/a~1b/m~0n/2/x"), Some("y"));
    assert_eq!(ctx.get("/"), Some(&crate::json::Json::Number(1.0)));
    assert_eq!(ctx.get("/a~1b/m~0n/9"), None);
    assert_eq!(ctx.get("/a~1b/m~0n/x"), None);
    assert_eq!(ctx.get("no-slash"), None);
    assert!(ctx.get("").is_some());
}

#[test]
fn every_whole_submission_code_has_its_message() {
    let source = [include_str!("engine.rs"), include_str!("definitions.rs")].concat();
    let codes = crate::tests::codes_in(&source, &["submission.", "document."]);
    assert!(codes.len() >= 6);
    for code in codes {
        assert!(WHOLE.iter().any(|(c, _)| *c == code), "{code} has no message");
    }
}

#[test]
#[cfg(feature = "serde")]
fn rules_and_identity_checks_written_like_serde() {
    use crate::json::WriteJson;
    for t in application_types() {
        for locale in [Locale::ZhCn, Locale::En] {
            let list = t.rule_list(locale);
            assert_eq!(list.to_json(), serde_json::to_string(&list).unwrap(), "{}", t.id);
        }
    }
    let ctx = crate::CheckContext { today: parse_date("2026-11-30").unwrap(), locale: Locale::ZhCn };
    for v in ["140502198503151239", "14050219850315123x", " 91140500MA1RGX1820", "1391234567", "＋86 139-1234-5678", ""] {
        for check in [crate::check_resident_id(v, &ctx), crate::check_credit_code(v, &ctx), crate::check_mobile(v, &ctx)] {
            assert_eq!(check.to_json(), serde_json::to_string(&check).unwrap(), "{v}");
        }
    }
}

/// The `labels` option: structural messages and the rules' messages use the portal's
/// label, in both locales; fields without one keep their own.
#[test]
fn labels_option_puts_the_portals_words_in_messages() {
    let t = application_type("enforcement-supervision-request").unwrap();
    let labels = vec![("/applicant/name".to_owned(), "姓名（名称）".to_owned()), ("/act/date".to_owned(), "违法行为日期".to_owned())];
    let mut o = options("2023-06-01");
    o.labels = labels.clone();
    let s = json!({"requestKind": "complaint", "applicant": {"kind": "citizen"}, "act": {"description": "罚款", "date": "2023-07-01"}});
    let r = validate(t, &Json::from_serde(&s), &o, default_calendar());
    let at = |r: &Report, p: &str| r.issues.iter().find(|i| i.path == p).map(|i| i.message.clone()).unwrap_or_default();
    assert_eq!(at(&r, "/applicant/name"), "请填写姓名（名称）。");
    // A rule's message names the field by its declared label: “行政执法行为发生日期” —
    // replaced whole, while the longer-or-other labels (“行政执法行为”) stay.
    assert_eq!(at(&r, "/act/date"), "违法行为日期2023年7月1日晚于提交日期，请核对。");
    assert_eq!(at(&r, "/applicant/mobile"), "请填写联系电话（手机）。");
    o.locale = Locale::En;
    let r = validate(t, &Json::from_serde(&s), &o, default_calendar());
    assert_eq!(at(&r, "/applicant/name"), "Enter 姓名（名称）.");
    // Without labels nothing changes.
    let plain = validate(t, &Json::from_serde(&s), &options("2023-06-01"), default_calendar());
    assert_eq!(at(&plain, "/applicant/name"), "请填写申请人姓名或名称。");
}

#[test]
fn labels_reach_list_items_and_prefer_the_issues_own_path() {
    let t = application_type("enforcement-supervision-review").unwrap();
    let mut o = options("2026-10-09");
    o.labels = vec![("/applicant/contact/name".to_owned(), "联系人姓名".to_owned())];
    let s = json!({"applicant": {"kind": "citizen", "contact": {"mobile": "13903560001"}}});
    let r = validate(t, &Json::from_serde(&s), &o, default_calendar());
    let m = r.issues.iter().find(|i| i.path == "/applicant/contact/name").unwrap();
    assert_eq!(m.message, "请填写联系人姓名。");
    // “联系人手机” is a longer declared label: never read as “联系人” + “手机”.
    assert_eq!(relabel(t, "联系人手机与联系人", "/x", &o.labels, Locale::ZhCn), "联系人手机与联系人姓名");
    assert_eq!(crate::model::fields::declared_label(t.fields, "/applicant/contact/name", Locale::ZhCn), Some("联系人"));
    let d = application_type("enforcement-supervision-decision").unwrap();
    assert!(crate::model::fields::declared_label(d.fields, "/supervisors/1/name", Locale::ZhCn).is_some());
    assert_eq!(crate::model::fields::declared_label(d.fields, "/supervisors/x/name", Locale::ZhCn), None);
    assert_eq!(crate::model::fields::declared_label(d.fields, "/nothing", Locale::ZhCn), None);
}

/// Identity problems that writing the value differently fixes carry the corrected value
/// (`suggestion`), in the report and in the identity checks; the others do not.
#[test]
fn identity_issues_carry_their_suggestion() {
    use crate::json::WriteJson;
    let ctx = crate::CheckContext { today: parse_date("2026-11-30").unwrap(), locale: Locale::ZhCn };
    let sugg = |c: crate::IdCheck, code: &str| c.issues.iter().find(|i| i.code == code).and_then(|i| i.suggestion.clone());
    assert_eq!(
        sugg(crate::check_resident_id("１４０５０２１９８５０３１５１２３９", &ctx), "resident_id.full_width").as_deref(),
        Some("140502198503151239")
    );
    assert_eq!(
        sugg(crate::check_resident_id("11010519491231002x", &ctx), "resident_id.lowercase_x").as_deref(),
        Some("11010519491231002X")
    );
    assert_eq!(sugg(crate::check_resident_id("110105194912310021", &ctx), "resident_id.check_digit"), None, "no invented check digit");
    assert_eq!(sugg(crate::check_credit_code("91140500ma1rgx1820", &ctx), "credit_code.lowercase").as_deref(), Some("91140500MA1RGX1820"));
    assert_eq!(sugg(crate::check_mobile("+86 139-1234-5678", &ctx), "mobile.country_code").as_deref(), Some("13912345678"));
    assert_eq!(sugg(crate::check_mobile("+86 139-1234-5678", &ctx), "mobile.whitespace").as_deref(), Some("13912345678"));
    // Through validate, at the field's path; written the same by both JSON writers.
    let t = application_type("enforcement-supervision-request").unwrap();
    let s = json!({"applicant": {"kind": "citizen", "residentId": "140525 198001010019", "mobile": "１３８０３５６００００"}});
    let r = validate(t, &Json::from_serde(&s), &options("2023-06-01"), default_calendar());
    let id = r.issues.iter().find(|i| i.path == "/applicant/residentId").unwrap();
    assert_eq!(id.suggestion.as_deref(), Some("140525198001010019"));
    let m = r.issues.iter().find(|i| i.path == "/applicant/mobile").unwrap();
    assert_eq!(m.suggestion.as_deref(), Some("13803560000"));
    #[cfg(feature = "serde")]
    assert_eq!(r.to_json(), serde_json::to_string(&r).unwrap());
    assert!(r.to_json().contains(r#""suggestion":"13803560000""#));
    let required = r.issues.iter().find(|i| i.code == "required").unwrap();
    assert!(!required.to_json().contains("suggestion"), "absent, not null");
}

/// Every citation of a type: its rules', deadlines' and fields'.
fn all_citations(t: &ApplicationType) -> Vec<Citation> {
    let mut cites: Vec<Citation> = t.rules.iter().map(|r| r.citation).collect();
    cites.extend(t.deadlines.iter().map(|d| d.citation));
    collect_field_citations(t.fields, &mut cites);
    cites.extend(t.document().validity_citation());
    cites.extend(t.document().in_force_citation());
    cites
}

#[test]
fn article_numbers_are_written_with_full_width_brackets() {
    // 三（一）1, 第九条（三）: never 三(一)1 (issue 14). A scan over every article a citation or
    // a type names, so ASCII brackets cannot come back.
    for t in application_types() {
        let mut articles: Vec<&str> = all_citations(t).iter().map(|c| c.article).collect();
        articles.extend(t.articles.iter().copied());
        for a in articles {
            assert!(!a.contains(['(', ')']), "{}: article {a} has ASCII brackets: write （）", t.id);
        }
    }
}

#[test]
fn quoted_texts_have_no_doubled_quotation_marks() {
    // A clause that itself opens with a quotation (“模拟审批”只作为……) is quoted by pages in
    // “…”: the text must not add its own outer marks (““模拟审批”), and no message or rule
    // description may double them either.
    for t in application_types() {
        for c in all_citations(t) {
            assert!(!c.text.contains("““") && !c.text.contains("””"), "{} {}: doubled quotation marks: {}", t.id, c.article, c.text);
        }
        for locale in [Locale::ZhCn, Locale::En] {
            for r in t.rule_list(locale) {
                assert!(!r.description.contains("““") && !r.description.contains("””"), "{}: {}", t.id, r.description);
            }
        }
        for r in t.rules {
            assert!(!r.message.zh.contains("““") && !r.message.zh.contains("””"), "{}: {}", t.id, r.message.zh);
        }
    }
}

#[test]
fn every_deadline_declares_the_fields_it_needs() {
    // The `needs` of a deadline are declared fields, and each is needed: with the base case
    // of data/cases computing the deadline, leaving any one of them out stops it.
    let mut checked = 0;
    for (file, f) in case_files() {
        let t = application_type(f["type"].as_str().unwrap()).unwrap();
        let o = options(f["baseAsOf"].as_str().unwrap());
        let ids = |v: &Value| deadlines(t, &crate::json::Json::from_serde(v), &o, default_calendar()).into_iter().map(|d| d.id).collect::<Vec<_>>();
        let base = ids(&f["base"]);
        for d in t.deadlines {
            assert!(!d.needs.is_empty(), "{}: deadline {} declares no field it needs", t.id, d.id);
            for p in d.needs {
                assert!(crate::model::fields::declared_label(t.fields, p, Locale::ZhCn).is_some(), "{}: {} needs {p}, not a field", t.id, d.id);
                if base.contains(&d.id) {
                    let without = patch(&f["base"], &json!({ *p: null }));
                    assert!(!ids(&without).contains(&d.id), "{file}: {} is computed without {p}", d.id);
                    checked += 1;
                }
            }
        }
    }
    assert!(checked >= 12, "only {checked} needs checked against a base case");
}

/// Issue 22 item 2: two million bad list items (4 MB, within the size limit) gave a report
/// of two million issues (8 s, 3 GB of wasm memory); unknown members likewise.
#[test]
fn a_report_lists_a_bounded_number_of_issues_and_says_how_many_more() {
    let t = application_type("business-startup").unwrap();
    let o = options("2026-09-30");
    let steps = format!("{{\"steps\":[{}1]}}", "1,".repeat(2_090_000 - 1));
    assert!(steps.len() < MAX_SUBMISSION_BYTES);
    let started = std::time::Instant::now();
    let r = validate_json(t, &steps, &o, default_calendar());
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
    assert!(!r.valid);
    assert!(r.issues.len() <= MAX_ISSUES + 1, "{}", r.issues.len());
    let items = r.issues.iter().filter(|i| i.path.starts_with("/steps/")).count();
    assert_eq!(items, super::walk::MAX_ISSUES_PER_LIST);
    let more = r.issues.iter().find(|i| i.code == "submission.too_many_issues").expect("the count of the rest");
    assert_eq!(more.severity, Severity::Error);
    assert!(more.message.contains(&(2_090_000 - super::walk::MAX_ISSUES_PER_LIST).to_string()), "{}", more.message);
    // Errors first still holds.
    assert!(r.issues.windows(2).all(|w| w[0].severity <= w[1].severity));
    // In English too, and with a `fields` option naming the list or an item in it.
    let mut en = o.clone();
    en.locale = Locale::En;
    en.fields = Some(vec!["/steps/3".to_owned()]);
    let r = validate_json(t, &steps, &en, default_calendar());
    assert_eq!(r.issues.iter().filter(|i| i.path == "/steps/3").count(), 1);
    assert!(r.issues.iter().any(|i| i.code == "submission.too_many_issues" && i.message.contains("more issues are not listed")));
    en.fields = Some(vec!["/submittedAt".to_owned()]);
    let r = validate_json(t, &steps, &en, default_calendar());
    assert!(!r.issues.iter().any(|i| i.code == "submission.too_many_issues"), "nothing left out under /submittedAt");

    // Unknown members: warnings, capped the same way; the report stays as valid as it was.
    let mut unknown = String::from("{");
    for i in 0..100_000 {
        unknown.push_str(&format!("\"x{i}\":1,"));
    }
    unknown.push_str("\"y\":1}");
    let r = validate_json(t, &unknown, &o, default_calendar());
    assert_eq!(r.issues.iter().filter(|i| i.code == "unknown_field").count(), super::walk::MAX_ISSUES_PER_LIST);
    let more = r.issues.iter().find(|i| i.code == "submission.too_many_issues").unwrap();
    assert_eq!(more.severity, Severity::Warning);

    // A small report is untouched.
    let r = validate_json(t, r#"{"steps":[1,2]}"#, &o, default_calendar());
    assert!(!r.issues.iter().any(|i| i.code == "submission.too_many_issues"));
}

/// Issue 22 item 6: a required name of only invisible characters was `valid: true`, and a
/// name hiding a direction override or a NUL was accepted.
#[test]
fn invisible_text_is_empty_and_control_characters_are_reported() {
    let t = application_type("enforcement-supervision-review").unwrap();
    let base = json!({
        "applicant": {"kind": "enforcement_agency", "name": "泽州县市场监督管理局", "creditCode": "11140525MB151234XH",
                      "contact": {"name": "李明", "mobile": "13903560001"}},
        "decision": {"number": "泽执监决〔2026〕3号", "issuer": "泽州县司法局", "issuerDivision": "140525", "receivedDate": "2026-09-28"},
        "reasons": "认为原行政处罚程序合法，请求复查。"});
    let o = options("2026-10-09");
    let check = |name: &str| {
        let mut s = base.clone();
        s["applicant"]["name"] = json!(name);
        validate(t, &crate::json::Json::from_serde(&s), &o, default_calendar())
    };
    assert!(check("泽州县市场监督管理局").valid);
    for name in ["\u{200B}", "\u{FEFF}", "\u{202E}", "\u{0}", " \u{3000}\u{A0}"] {
        let r = check(name);
        assert!(r.issues.iter().any(|i| i.code == "required" && i.path == "/applicant/name"), "{name:?}: {:?}", r.issues);
        assert!(!r.valid);
    }
    for name in ["泽州县\u{202E}局理管督监场市", "泽州县\u{0}市场监督管理局", "泽州\u{1b}[2J县"] {
        let r = check(name);
        assert!(r.issues.iter().any(|i| i.code == "control_character" && i.path == "/applicant/name"), "{name:?}: {:?}", r.issues);
        assert!(!r.valid);
    }
    // Line breaks in a long text are text.
    let mut s = base.clone();
    s["reasons"] = json!("第一，程序合法。\n第二，\t事实清楚。");
    assert!(validate(t, &crate::json::Json::from_serde(&s), &o, default_calendar()).valid);
}
