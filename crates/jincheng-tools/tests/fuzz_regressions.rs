//! Replays the notice parser's fuzz corpus and crash reproducers
//! (`crates/fuzz/corpus/notice/`, `crates/fuzz/regressions/notice/`) through the fuzz
//! target's entry point, so a fixed crash stays fixed in the normal test suite (the
//! core's targets are replayed by the repository's `tests/fuzz_regressions.rs`).

#[path = "../../../tests/common/replay.rs"]
mod common;

fn replay(target: &str, f: fn(&[u8])) {
    common::replay(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz"), target, f);
}

#[test]
fn notice_corpus() {
    replay("notice", jincheng_tools::fuzzing::notice_bytes);
}
