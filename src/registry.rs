//! The catalogue: the seventeen application types of the regulations, in catalogue
//! order, and what is generated from all of them (the TypeScript declarations of the
//! npm package, the rules register `docs/rules.md`).
//!
//! This module sits above the framework ([`crate::application`]) and the families
//! that build their types with it (`enforcement`, `scitech`, `cybersecurity`,
//! `investment`, `startup`): the framework knows no family, each family imports the
//! framework, and only this module names every type.

use crate::application::ApplicationType;
use crate::error::{Error, ErrorCode};
use crate::model::Locale;

/// All application types, in catalogue order.
///
/// ```
/// let types = jincheng_rules::registry::application_types();
/// assert_eq!(types.len(), 17);
/// assert_eq!((types[0].code, types[0].id), ("A1", "enforcement-supervision-request"));
/// assert_eq!(types[16].id, "free-seal-carving");
/// ```
pub fn application_types() -> &'static [&'static ApplicationType] {
    static TYPES: [&ApplicationType; 17] = [
        &crate::enforcement::REQUEST,
        &crate::enforcement::REVIEW,
        &crate::enforcement::DECISION,
        &crate::scitech::APPLICATION,
        &crate::scitech::CHANGE,
        &crate::scitech::ACCEPTANCE,
        &crate::scitech::EXTENSION,
        &crate::cybersecurity::FILING,
        &crate::cybersecurity::FILING_CHANGE,
        &crate::cybersecurity::ASSESSMENT,
        &crate::cybersecurity::SERVICE_REGISTRATION,
        &crate::investment::UNIFIED_SERVICE_PLAN,
        &crate::investment::SIMULATED_APPROVAL,
        &crate::investment::SIMULATED_APPROVAL_CONVERSION,
        &crate::investment::ENERGY_REVIEW,
        &crate::startup::BUSINESS_STARTUP,
        &crate::startup::FREE_SEAL_CARVING,
    ];
    &TYPES
}

/// The application type with this id.
///
/// # Errors
///
/// `unknown_type`, naming the id and the known ones.
///
/// # Example
///
/// ```
/// use jincheng_rules::{application_type, ErrorCode};
///
/// let t = application_type("scitech-acceptance-extension")?;
/// assert_eq!(t.code, "B4");
/// assert_eq!(t.document().number, "晋市政办〔2021〕42号");
///
/// let e = application_type("no-such-type").unwrap_err();
/// assert_eq!(e.code(), ErrorCode::UnknownType);
/// assert!(e.message().contains("enforcement-supervision-request")); // lists the known ids
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
pub fn application_type(id: &str) -> Result<&'static ApplicationType, Error> {
    application_types().iter().copied().find(|t| t.id == id).ok_or_else(|| {
        let known: Vec<&str> = application_types().iter().map(|t| t.id).collect();
        Error::new(ErrorCode::UnknownType, format!("unknown application type {}; known types: {}", crate::error::quote(id), known.join(", ")))
    })
}

/// Codes of issues the JavaScript side makes, beyond the core's: a value a form binding
/// or adapter cannot map to the type's choices (`jincheng-rules/form`,
/// `jincheng-rules/adapters`), a CLI line naming no known type (`cli.mjs`), and a CLI line whose batch failed (`cli-batch.mjs`). A test
/// scans those sources for the codes of the issues they make.
pub const BINDING_CODES: &[&str] = &["form.unmapped_value", "submission.unprocessed", "unknown_type"];

/// Every code an issue of `validate` can carry, sorted: each type's `rules()` (a pattern
/// such as `resident_id.*` expanded from the identity check's codes; a deadline's id, which
/// names no issue, left out), the structural checks of the field declarations and the
/// checks of the submission as a whole.
///
/// ```
/// let codes = jincheng_rules::registry::issue_codes();
/// assert!(codes.contains(&"required") && codes.contains(&"resident_id.check_digit"));
/// assert!(codes.windows(2).all(|w| w[0] < w[1])); // sorted, no repeats
/// ```
pub fn issue_codes() -> Vec<&'static str> {
    use crate::identity::{issue_codes as id_codes, IdKind};
    let mut codes = Vec::new();
    for t in application_types() {
        for r in t.rule_list(Locale::En) {
            if t.deadlines.iter().any(|d| d.id == r.code) && !t.rules.iter().any(|x| x.code == r.code) {
                continue;
            }
            match r.code {
                "resident_id.*" => codes.extend(id_codes(IdKind::ResidentId)),
                "credit_code.*" => codes.extend(id_codes(IdKind::CreditCode)),
                "mobile.*" => codes.extend(id_codes(IdKind::Mobile)),
                code => {
                    assert!(!code.contains('*'), "rules(): pattern {code} has no expansion in issue_codes()");
                    codes.push(code);
                }
            }
        }
    }
    codes.extend(crate::application::FIELD_MESSAGES.iter().map(|(c, _)| *c));
    codes.extend(crate::application::WHOLE.iter().map(|(c, _)| *c));
    codes.sort_unstable();
    codes.dedup();
    codes
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::path::Path;

    #[test]
    fn every_notice_code_is_a_rule() {
        let codes = issue_codes();
        for (code, _) in crate::model::NOTICES {
            assert!(codes.contains(code), "{code} is in NOTICES but no rule has it");
        }
    }

    /// `IssueCode` names the code of every issue the JavaScript side makes: an object
    /// literal with a `code: '…'` and a `severity` in the entries or the CLI.
    #[test]
    fn issue_code_names_the_issues_the_javascript_side_makes() {
        fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
            for e in fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    files(&p, out);
                } else if p.extension().is_some_and(|x| x == "js" || x == "mjs" || x == "cjs") {
                    out.push(p);
                }
            }
        }
        let wasm = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/jincheng-wasm");
        let mut list = Vec::new();
        files(&wasm.join("entries"), &mut list);
        files(&wasm, &mut list);
        let mut codes = issue_codes();
        codes.extend(BINDING_CODES);
        let mut found = 0;
        for path in list.iter().filter(|p| !p.components().any(|c| c.as_os_str() == "node_modules")) {
            for line in fs::read_to_string(path).unwrap().lines().filter(|l| l.contains("severity")) {
                for part in line.split("code: ").skip(1) {
                    let Some(quote) = part.chars().next().filter(|c| *c == '\'' || *c == '"') else { continue };
                    let code: String = part[1..].chars().take_while(|c| *c != quote).collect();
                    found += 1;
                    assert!(codes.contains(&code.as_str()), "{}: the issue code {code:?} is not in IssueCode (BINDING_CODES)", path.display());
                }
            }
        }
        assert!(found >= 3, "{found}");
        // And each binding code is still made somewhere.
        let all: String = list.iter().map(|p| fs::read_to_string(p).unwrap()).collect();
        for code in BINDING_CODES {
            assert!(all.contains(&format!("'{code}'")) || all.contains(&format!("\"{code}\"")), "{code} is made nowhere");
        }
    }

    #[test]
    fn catalogue_ids_and_codes_are_unique() {
        let types = application_types();
        for (i, a) in types.iter().enumerate() {
            for b in &types[i + 1..] {
                assert!(a.id != b.id && a.code != b.code, "{} / {}", a.id, b.id);
            }
        }
    }
}
