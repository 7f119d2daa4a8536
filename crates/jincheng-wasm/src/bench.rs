//! Feature `bench`, for the benchmark harness only (`tests/bench/research-form`, which
//! embeds this crate): never in the package's builds (build-package.mjs).

use jincheng_rules::application::{ApplicationType, Options};
use jincheng_rules::Calendar;

/// Make `t` known to every export by its id, after the catalogue's seventeen (the table is
/// beside the lookup, `decode::find_type`, so that decoding needs nothing from here).
pub fn add_type(t: &'static ApplicationType) {
    crate::decode::ADDED.with(|x| x.borrow_mut().push(t));
}

/// `f` on what a fast-path call (`__validateText`) validates with: the type, the options
/// packed as there, and the portal's calendar. `None` where that call would be `None`.
pub fn with_packed<R>(type_id: &str, options: u32, f: impl FnOnce(&'static ApplicationType, &Options, &Calendar) -> R) -> Option<R> {
    let (t, options) = crate::fast::packed_options(type_id, options)?;
    Some(crate::calendar(|c| f(t, &options, c)))
}
