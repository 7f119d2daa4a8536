#![no_main]
//! Fuzz target: see `jincheng_tools::fuzzing::notice_bytes`.
libfuzzer_sys::fuzz_target!(|data: &[u8]| jincheng_tools::fuzzing::notice_bytes(data));
