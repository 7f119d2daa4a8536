//! Replays the fuzz corpora and crash reproducers (`crates/fuzz/corpus/<target>/`,
//! `crates/fuzz/regressions/<target>/`) through the same entry points as the fuzz
//! targets, so a fixed crash stays fixed in the normal test suite. The notice target's
//! corpus is replayed beside its parser, by `crates/jincheng-tools/tests/fuzz_regressions.rs`.

use std::fs;
use std::path::Path;

fn replay(target: &str, f: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/fuzz");
    let mut count = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = fs::read_dir(root.join(dir).join(target)) else { continue };
        for entry in entries.flatten() {
            // A running fuzzer may replace files while this reads them.
            let Ok(data) = fs::read(entry.path()) else { continue };
            f(&data);
            count += 1;
        }
    }
    assert!(count > 0, "no corpus for {target}: run the fuzz targets (README) and commit their corpora");
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
