//! E. 企业开办 — two notices of 2021-06-30:
//!
//! * 晋市审管发〔2021〕28号《关于进一步优化企业开办服务有关工作的通知》(in force on
//!   issue; no validity term): E1 [`BUSINESS_STARTUP`] — 企业开办“一表填报”, the
//!   promised time of each step （一） counted in the service hall's working time
//!   ([`crate::hours`]).
//! * 晋市审管发〔2021〕30号《关于实行新开办企业免费刻制印章措施的通知》(自2021年7月1日起
//!   实施; no validity term): E2 [`FREE_SEAL_CARVING`] — 新开办企业免费刻制印章.
//!
//! Both are notices in numbered parts rather than articles: citations name the part
//! (`一`, `四（二）`), or `开头` for the opening paragraph.

mod business_startup;
mod free_seal_carving;

pub use business_startup::BUSINESS_STARTUP;
pub use free_seal_carving::FREE_SEAL_CARVING;

use crate::model::{Citation, Field, FieldKind};

/// 晋市审管发〔2021〕28号.
pub const DOC28: &str = "晋市审管发〔2021〕28号";

/// 晋市审管发〔2021〕30号.
pub const DOC30: &str = "晋市审管发〔2021〕30号";

pub(crate) const fn cite28(article: &'static str, text: &'static str) -> Citation {
    Citation { document: DOC28, article, text }
}

pub(crate) const fn cite30(article: &'static str, text: &'static str) -> Citation {
    Citation { document: DOC30, article, text }
}

pub(crate) use crate::model::{ev, t};

/// A natural person named in a form: name, resident ID number, mobile.
pub(crate) const PERSON: &[Field] = &[
    Field::required("name", t("姓名", "name"), FieldKind::Text { max: 50 }),
    Field::required("residentId", t("居民身份证号码", "resident ID number"), FieldKind::ResidentId),
    Field::required("mobile", t("手机号码", "mobile"), FieldKind::Mobile),
];
