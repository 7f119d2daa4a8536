#![no_main]
//! Fuzz target: see `jincheng_rules::fuzzing::load_year_bytes`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| jincheng_rules::fuzzing::load_year_bytes(data));
