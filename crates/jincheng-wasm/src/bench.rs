//! Feature `bench`, for the benchmark harness only (`tests/bench/research-form`, which
//! embeds this crate): never in the package's builds (build-package.mjs).

use std::cell::RefCell;

use jincheng_rules::application::{ApplicationType, Options};
use jincheng_rules::Calendar;

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

/// `f` on what a fast-path call (`__validateText`) validates with: the type, the options
/// packed as there, and the portal's calendar. `None` where that call would be `None`.
pub fn with_packed<R>(type_id: &str, options: u32, f: impl FnOnce(&'static ApplicationType, &Options, &Calendar) -> R) -> Option<R> {
    let (t, options) = crate::fast::packed_options(type_id, options)?;
    Some(crate::calendar(|c| f(t, &options, c)))
}
