//! The corpus replay shared by `tests/fuzz_regressions.rs` (the core's targets) and
//! `crates/jincheng-tools/tests/fuzz_regressions.rs` (the notice parser's): each file of
//! `<fuzz>/corpus/<target>/` and `<fuzz>/regressions/<target>/` through the target's
//! entry point, so a fixed crash stays fixed in the normal test suite.

use std::fs;
use std::path::Path;

pub fn replay(fuzz: &Path, target: &str, f: fn(&[u8])) {
    let mut count = 0;
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = fs::read_dir(fuzz.join(dir).join(target)) else { continue };
        for entry in entries.flatten() {
            // A running fuzzer may replace files while this reads them.
            let Ok(data) = fs::read(entry.path()) else { continue };
            f(&data);
            count += 1;
        }
    }
    assert!(count > 0, "no corpus for {target}: run the fuzz targets (README) and commit their corpora");
}
