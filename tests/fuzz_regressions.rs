//! Replays the fuzz corpora and crash reproducers (`crates/fuzz/corpus/<target>/`,
//! `crates/fuzz/regressions/<target>/`) through the same entry points as the fuzz
//! targets, so a fixed crash stays fixed in the normal test suite. The notice target's
//! corpus is replayed beside its parser, by `crates/jincheng-tools/tests/fuzz_regressions.rs`.

#[path = "common/replay.rs"]
mod common;

fn replay(target: &str, f: fn(&[u8])) {
    common::replay(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/fuzz"), target, f);
}

#[test]
fn validate_corpus() {
    replay("validate", jincheng_rules::fuzzing::validate_bytes);
}

#[test]
fn calendar_corpus() {
    replay("calendar", jincheng_rules::fuzzing::calendar_bytes);
}

#[test]
fn load_year_corpus() {
    replay("load_year", jincheng_rules::fuzzing::load_year_bytes);
}

#[test]
fn identity_corpus() {
    replay("identity", jincheng_rules::fuzzing::identity_bytes);
}

#[test]
fn json_lines_corpus() {
    replay("json_lines", jincheng_rules::fuzzing::json_lines_bytes);
}

#[test]
fn service_hours_corpus() {
    replay("service_hours", jincheng_rules::fuzzing::service_hours_bytes);
}
