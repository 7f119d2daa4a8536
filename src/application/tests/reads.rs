//! A typo in a field path or a choice value inside a rule fails here (a misspelt
//! `ctx.date("/…")` would otherwise read nothing and silently disable the rule).
//!
//! Two checks: every pointer a rule or deadline reads while it runs over every case of
//! data/cases is a declared field path (the run records them: [`crate::application::Reads`]); and a
//! scan of the families' sources: every pointer literal is a declared path of a type of
//! the family, every choice value compared with a field's value (`ctx.str("/p") ==
//! Some("v")`, `matches!(ctx.str("/p"), Some("a" | "b"))`, a helper taking the value) is
//! an option of that field, and every other literal in a comparison (match arms,
//! `Some("v")` patterns, `contains(&"v")`, `["a", "b"].contains(…)`) is an option of a
//! choice field of the family.

use super::*;
use crate::parse_date;
use crate::registry::{application_type, application_types};

/// The declared field at a JSON Pointer, where an item of a set of choices (`/seals/1`)
/// is the set's.
fn declared_field<'f>(fields: &'f [Field], pointer: &str) -> Option<&'f Field> {
    use crate::model::fields::declared_field as field;
    field(fields, pointer).or_else(|| {
        let (parent, item) = pointer.rsplit_once('/')?;
        let set = field(fields, parent).filter(|f| matches!(f.kind, FieldKind::EnumSet(_)))?;
        (!item.is_empty() && item.bytes().all(|b| b.is_ascii_digit())).then_some(set)
    })
}

fn family(t: &ApplicationType) -> &'static str {
    match t.code.as_bytes()[0] {
        b'A' => "enforcement",
        b'B' => "scitech",
        b'C' => "cybersecurity",
        b'D' => "investment",
        _ => "startup",
    }
}

fn options_of(kind: &FieldKind) -> Option<&'static [crate::model::EnumValue]> {
    match kind {
        FieldKind::Enum(v) | FieldKind::EnumSet(v) => Some(v),
        FieldKind::List { item, .. } => options_of(item),
        _ => None,
    }
}

/// Every choice field of a set of fields, nested.
fn choice_fields(fields: &'static [Field], out: &mut Vec<&'static Field>) {
    for f in fields {
        if options_of(&f.kind).is_some() {
            out.push(f);
        }
        let mut kind = &f.kind;
        while let FieldKind::List { item, .. } = kind {
            kind = item;
        }
        if let FieldKind::Object(inner) = kind {
            choice_fields(inner, out);
        }
    }
}

/// The string literals of Rust source, with the byte offset after each.
fn literals(src: &str) -> Vec<(usize, usize, String)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            // A char literal such as '"' is not a string.
            b'\'' if b.get(i + 2) == Some(&b'\'') || (b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'')) => {
                i += if b[i + 1] == b'\\' { 4 } else { 3 };
            }
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                out.push((start - 1, i + 1, src[start..i].to_owned()));
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// A pointer literal with `{…}` (a formatted index) and `*` read as item 0.
fn as_pointer(lit: &str) -> String {
    let mut out = String::new();
    let mut rest = lit;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        out.push('0');
        rest = rest[open..].find('}').map_or("", |close| &rest[open + close + 1..]);
    }
    out.push_str(rest);
    out.split('/').map(|t| if t == "*" { "0" } else { t }).collect::<Vec<_>>().join("/")
}

fn is_value_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_') && s.as_bytes()[0].is_ascii_lowercase()
}

/// What is wrong in one family source file: pointers not declared by any of `types`,
/// choice values that are no option of the field compared (or of any choice field).
fn findings(file: &str, src: &str, types: &[&'static ApplicationType]) -> Vec<String> {
    let src = src.split("#[cfg(test)]").next().unwrap_or(src);
    let mut bad = Vec::new();
    let declared = |p: &str| types.iter().find_map(|t| declared_field(t.fields, p));
    let mut all_choices = Vec::new();
    for t in types {
        choice_fields(t.fields, &mut all_choices);
    }
    let option_anywhere = |v: &str| all_choices.iter().any(|f| options_of(&f.kind).unwrap().iter().any(|e| e.value == v));
    // Two types of a family may declare the same path with other options: any will do.
    let option_of = |p: &str, v: &str| {
        types.iter().filter_map(|t| declared_field(t.fields, p)).filter_map(|f| options_of(&f.kind)).any(|o| o.iter().any(|e| e.value == v))
    };
    let lits = literals(src);
    // Helpers that take a value and compare it with one field: `fn has_step(ctx: &Ctx, step: &str)`
    // whose body reads one pointer.
    let mut helpers: Vec<(String, String)> = Vec::new();
    let mut at = 0;
    while let Some(k) = src[at..].find("fn ") {
        let start = at + k + 3;
        at = start;
        let Some(open) = src[start..].find('(') else { break };
        let name = &src[start..start + open];
        let sig_end = src[start..].find('{').map_or(src.len(), |e| start + e);
        let sig = &src[start..sig_end];
        if !(sig.contains("ctx: &Ctx") && sig.contains(": &str")) {
            continue;
        }
        let body_end = src[sig_end..].find("\n}\n").map_or(src.len(), |e| sig_end + e);
        let pointers: Vec<&String> =
            lits.iter().filter(|(s, _, l)| *s > sig_end && *s < body_end && l.starts_with('/')).map(|(_, _, l)| l).collect();
        if let [p] = pointers[..] {
            helpers.push((name.trim().to_owned(), p.clone()));
        }
    }
    for (i, (start, end, lit)) in lits.iter().enumerate() {
        let before = &src[..*start];
        let after = src[*end..].trim_start();
        if lit.starts_with('/') && lit[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            let p = as_pointer(lit);
            // `format!("/conditions/{}", f.name)` over a group's own fields: the group is
            // declared here, its members are checked by the run over the cases.
            let group = lit.find('{').filter(|_| lit.ends_with('}')).map(|b| &lit[..lit[..b].rfind('/').unwrap_or(0)]);
            let over_group = group.and_then(declared).is_some_and(|f| matches!(f.kind, FieldKind::Object(_)));
            if declared(&p).is_none() && !over_group {
                bad.push(format!("{file}: {lit:?} is not a declared field path"));
            }
            // `ctx.str("/p") == Some("v")` / `!= Some("v")`, `matches!(ctx.str("/p"), …)`.
            let compared = after.strip_prefix(')').map(str::trim_start);
            let direct = compared.and_then(|a| a.strip_prefix("==").or_else(|| a.strip_prefix("!="))).map(str::trim_start);
            if let Some(v) = direct.and_then(|a| a.strip_prefix("Some(\"")).and_then(|a| a.split('"').next()) {
                if !option_of(&p, v) {
                    bad.push(format!("{file}: {v:?} is not an option of {lit}"));
                }
            }
            if before.ends_with("matches!(ctx.str(") {
                let pattern_end = src[*end..].find(")) ").or_else(|| src[*end..].find("))")).map_or(*end, |e| *end + e);
                for (s, _, v) in &lits[i + 1..] {
                    if *s > pattern_end {
                        break;
                    }
                    if !option_of(&p, v) {
                        bad.push(format!("{file}: {v:?} is not an option of {lit}"));
                    }
                }
            }
            continue;
        }
        if !is_value_like(lit) {
            continue;
        }
        // A helper comparing its argument with one field.
        if let Some((_, p)) = helpers.iter().find(|(name, _)| before.ends_with(&format!("{name}(ctx, "))) {
            if !option_of(p, lit) {
                bad.push(format!("{file}: {lit:?} is not an option of {p}"));
            }
            continue;
        }
        let line_start = before.rfind('\n').map_or(0, |n| n + 1);
        let line_end = src[*end..].find('\n').map_or(src.len(), |n| *end + n);
        let line = &src[line_start..line_end];
        let in_pattern = line.contains("=>") && src[*end..line_end].contains("=>");
        let in_some = before.ends_with("Some(") && !before.trim_end_matches("Some(").trim_end().ends_with("=>");
        let in_contains =
            before.ends_with(".contains(&") || (line[..*start - line_start].contains('[') && src[*end..line_end].contains("].contains("));
        if (in_pattern || in_some || in_contains) && !option_anywhere(lit) {
            bad.push(format!("{file}: {lit:?} is compared but is no option of a choice field"));
        }
    }
    bad
}

#[test]
fn rules_read_only_declared_fields_and_compare_only_declared_options() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut bad = Vec::new();
    let mut scanned = 0;
    for dir in ["enforcement", "scitech", "cybersecurity", "investment", "startup"] {
        let types: Vec<&'static ApplicationType> = application_types().iter().copied().filter(|t| family(t) == dir).collect();
        assert!(!types.is_empty(), "{dir}");
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs") {
                bad.extend(findings(&path.display().to_string(), &std::fs::read_to_string(&path).unwrap(), &types));
                scanned += 1;
            }
        }
    }
    assert!(scanned >= 20, "{scanned} files");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_scan_finds_typos() {
    let t = vec![application_type("mlps-filing").unwrap()];
    let src = r#"
fn a(ctx: &Ctx, hits: &mut Hits) {
    if let (Some(r), Some(a)) = (ctx.date("/expertReview/dat"), ctx.date("/authorityApproval/date")) {}
    if ctx.str("/network/level") == Some("30") {}
    if matches!(ctx.str("/network/level"), Some("2" | "9")) {}
    let x = format!("/operator/contact/{i}/nam");
}
"#;
    let found = findings("x.rs", src, &t);
    assert_eq!(found.len(), 4, "{found:#?}");
    assert!(found[0].contains("/expertReview/dat"));
    assert!(found[1].contains("\"30\""));
    assert!(found[2].contains("\"9\""));
    assert!(found[3].contains("nam"));
    // Value literals in comparisons with no pointer at hand: an option of some choice field.
    let src =
        "fn k(v: &str) -> bool { match v { \"2\" | \"levle_5\" => true, _ => false } }\nfn h(ctx: &Ctx) -> bool { [\"tw0\"].contains(&v) }";
    let found = findings("y.rs", src, &t);
    assert_eq!(found.len(), 2, "{found:#?}");
    // A helper that compares its argument with one field.
    let t = vec![application_type("business-startup").unwrap()];
    let src = "fn has_step(ctx: &Ctx, step: &str) -> bool {\n    ctx.strs(\"/steps\").contains(&step)\n}\nfn r(ctx: &Ctx) { has_step(ctx, \"bank_acount\"); has_step(ctx, \"bank_account\"); }\n";
    let found = findings("z.rs", src, &t);
    assert_eq!(found, ["z.rs: \"bank_acount\" is not an option of /steps"]);
}

/// Every pointer a rule or a deadline reads, run over every case, is a declared field.
#[test]
fn every_pointer_read_over_every_case_is_declared() {
    let mut bad = Vec::new();
    let mut runs = 0;
    for (file, f) in case_files() {
        let t = application_type(f["type"].as_str().unwrap()).unwrap();
        let mut submissions = vec![serde_json::json!({})];
        for c in f["cases"].as_array().unwrap() {
            submissions.push(patch(&f["base"], &c["set"]));
        }
        for (k, s) in submissions.iter().enumerate() {
            let json = crate::json::Json::from_serde(s);
            let reads = Reads::default();
            let cal = default_calendar();
            let hours = crate::hours::ServiceHours::default();
            let ctx = Ctx {
                submission: &json,
                as_of: parse_date(f["baseAsOf"].as_str().unwrap()).unwrap(),
                locale: Locale::ZhCn,
                calendar: cal,
                hours: &hours,
                reads: Some(&reads),
                hidden: &[],
            };
            for rule in t.rules {
                (rule.check)(&ctx, &mut Hits::default());
                runs += 1;
                for p in reads.take() {
                    if declared_field(t.fields, &p).is_none() {
                        bad.push(format!("{file} #{k}: {} read {p:?}, not a declared field", rule.code));
                    }
                }
            }
            for d in t.deadlines {
                let _ = (d.compute)(&ctx);
                for p in reads.take() {
                    if declared_field(t.fields, &p).is_none() {
                        bad.push(format!("{file} #{k}: deadline {} read {p:?}, not a declared field", d.id));
                    }
                }
                for p in d.needs {
                    assert!(declared_field(t.fields, p).is_some(), "{file}: deadline {} needs {p:?}, not a declared field", d.id);
                }
            }
        }
        // And what validate reports: each issue's reads are declared (or "" for the whole).
        let report = validate(
            t,
            &crate::json::Json::from_serde(&f["base"]),
            &Options::new(Locale::ZhCn, parse_date("2026-09-30").unwrap()),
            default_calendar(),
        );
        for i in &report.issues {
            for p in &i.reads {
                assert!(p.is_empty() || declared_field(t.fields, p).is_some(), "{file}: {} reads {p:?}", i.code);
            }
        }
    }
    assert!(runs > 1000, "{runs}");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn validate_reports_what_each_check_read() {
    let o = Options::new(Locale::ZhCn, parse_date("2026-09-30").unwrap());
    let run = |id: &str, v: serde_json::Value| {
        validate(application_type(id).unwrap(), &crate::json::Json::from_serde(&v), &o, default_calendar())
    };
    let reads = |r: &Report, code: &str, path: &str| -> Vec<String> {
        r.issues
            .iter()
            .find(|i| i.code == code && i.path == path)
            .unwrap_or_else(|| panic!("no {code}@{path}: {:?}", r.issues))
            .reads
            .clone()
    };
    // A cross-field rule: both dates.
    let r = run(
        "mlps-filing",
        serde_json::json!({"hasIndustryAuthority": true, "expertReview": {"held": true, "date": "2026-09-10"}, "authorityApproval": {"authorityName": "x", "approved": true, "date": "2026-09-09"}}),
    );
    assert_eq!(
        reads(&r, "mlps_filing.approval_before_review", "/authorityApproval/date"),
        ["/expertReview/date", "/authorityApproval/date"]
    );
    // A field's own check: its pointer; required on another answer: that answer too;
    // inside an optional group: the group.
    let r = run(
        "business-startup",
        serde_json::json!({"shareholders": [{"kind": "natural", "name": "张三"}], "financeOfficer": {"name": "李四"}}),
    );
    assert_eq!(reads(&r, "required", "/shareholders/0/residentId"), ["/shareholders/0/residentId", "/shareholders/0/kind"]);
    assert_eq!(reads(&r, "required", "/financeOfficer/mobile"), ["/financeOfficer/mobile", "/financeOfficer"]);
    assert_eq!(reads(&r, "required", "/enterpriseName"), ["/enterpriseName"]);
    // A whole-submission issue reads the whole; a deadline what it was counted from.
    let r = run("business-startup", serde_json::json!([]));
    assert_eq!(reads(&r, "submission.type", ""), [""]);
    let r = run("scitech-acceptance-extension", serde_json::json!({"completionDeadline": "2026-12-31"}));
    assert!(r.deadlines[0].reads.contains(&"/completionDeadline".to_owned()), "{:?}", r.deadlines[0].reads);
}

/// The pointers the structural walk hides from the rules are those `deadlines` hides.
#[test]
fn the_walk_and_deadlines_hide_the_same() {
    use crate::application::walk::Walk;
    use crate::json::Path;
    use crate::model::fields::hidden;
    let extra = [
        ("business-startup", serde_json::json!({"financeOfficer": {}, "agent": {"name": ""}, "shareholders": [{"kind": "natural"}]})),
        ("mlps-filing", serde_json::json!({"hasIndustryAuthority": false, "authorityApproval": {"approved": false}, "expertReview": {"date": null}})),
    ];
    let mut subjects: Vec<(&'static ApplicationType, serde_json::Value)> = extra.iter().map(|(id, v)| (application_type(id).unwrap(), v.clone())).collect();
    for (_, f) in case_files() {
        let t = application_type(f["type"].as_str().unwrap()).unwrap();
        subjects.extend(f["cases"].as_array().unwrap().iter().map(|c| (t, patch(&f["base"], &c["set"]))));
    }
    let mut some = 0;
    for (t, v) in subjects {
        let json = crate::json::Json::from_serde(&v);
        let (mut walked, mut issues) = (Vec::new(), Vec::new());
        let id_ctx = crate::identity::CheckContext { today: parse_date("2026-09-30").unwrap(), locale: Locale::ZhCn };
        Walk { locale: Locale::ZhCn, id_ctx, issues: &mut issues, labels: &[], hidden: Some(&mut walked), omitted: Vec::new() }.object(t.fields, &json, &Path::Root, "");
        let mut listed = Vec::new();
        hidden(t.fields, &json, &mut String::new(), &mut listed);
        walked.sort();
        listed.sort();
        assert_eq!(walked, listed, "{}: {v}", t.id);
        some += usize::from(!listed.is_empty());
    }
    assert!(some >= 3, "{some}");
}
