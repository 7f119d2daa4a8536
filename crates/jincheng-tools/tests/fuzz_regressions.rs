//! Replays the notice parser's fuzz corpus and crash reproducers
//! (`crates/fuzz/corpus/notice/`, `crates/fuzz/regressions/notice/`) through the fuzz
//! target's entry point, so a fixed crash stays fixed in the normal test suite (the
//! core's targets are replayed by the repository's `tests/fuzz_regressions.rs`).

use std::fs;
use std::path::Path;

fn replay(target: &str, f: fn(&[u8])) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
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
fn notice_corpus() {
    replay("notice", jincheng_tools::fuzzing::notice_bytes);
}
