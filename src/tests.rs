//! Helpers of the unit tests.

/// The quoted codes with one of `prefixes` in a module's source: a test helper to check
/// that a message table covers every code the module can push.
pub(crate) fn codes_in(source: &str, prefixes: &[&str]) -> Vec<String> {
    source
        .split('"')
        .skip(1)
        .step_by(2)
        .filter(|p| prefixes.iter().any(|pre| p.starts_with(pre)) && p.chars().all(|c| c.is_ascii_lowercase() || c == '_' || c == '.'))
        .map(str::to_owned)
        .collect()
}
