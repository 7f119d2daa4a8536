//! Feature `bench`, for the benchmark harness only (`tests/bench/research-form`, which
//! embeds this crate): never in the package's builds (build-package.mjs).

use std::cell::RefCell;

use jincheng_rules::application::{ApplicationType, Report};

thread_local! {
    /// Types the benchmark added, looked up after the catalogue's.
    static ADDED: RefCell<Vec<&'static ApplicationType>> = const { RefCell::new(Vec::new()) };
}

/// Make `t` known to every export by its id, after the catalogue's seventeen.
pub fn add_type(t: &'static ApplicationType) {
    ADDED.with(|x| x.borrow_mut().push(t));
}

/// The added type with this id.
pub(crate) fn added_type(id: &str) -> Option<&'static ApplicationType> {
    ADDED.with(|x| x.borrow().iter().copied().find(|t| t.id == id))
}

/// `__validateText`'s validation without writing the report, so that the benchmark can
/// split a call's time between reading and writing.
pub fn validate_packed(type_id: &str, json: &str, options: u32) -> Option<Report> {
    crate::fast::validate_packed(type_id, json, options)
}
