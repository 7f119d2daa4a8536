//! C. 网络安全等级保护 — 晋市政办〔2021〕43号《关于贯彻落实网络安全等级保护制度和
//! 关键信息基础设施安全保护制度的实施意见》(2021-11-22, in force on issue; no validity term).
//!
//! * C1 [`FILING`] — 定级备案 (三（一）1)
//! * C2 [`FILING_CHANGE`] — 备案撤销或变更 (三（一）1)
//! * C3 [`ASSESSMENT`] — 等级测评 (三（一）2、5)
//! * C4 [`SERVICE_REGISTRATION`] — 网络安全服务公司报备 (三（一）4, 三（三）10)

mod assessment;
mod filing;
mod filing_change;
mod service_registration;

pub use assessment::ASSESSMENT;
pub use filing::FILING;
pub use filing_change::FILING_CHANGE;
pub use service_registration::SERVICE_REGISTRATION;

use crate::model::{Citation, EnumValue, Field, FieldKind};

/// The document number.
pub const DOC: &str = "晋市政办〔2021〕43号";

pub(crate) const fn cite(article: &'static str, text: &'static str) -> Citation {
    Citation { document: DOC, article, text }
}

pub(crate) use crate::model::{ev, t};

pub(crate) const FILING_ART: Citation = cite(
    "三（一）1",
    "对拟定为第二级（含）以上的网络，运营者应当组织专家评审，有行业主管部门的，应当在评审后报请主管部门核准；第二级（含）以上网络运营者应当在网络安全保护等级确定后10个工作日内到公安机关备案。",
);
// The gazette's layout splits “手续” around the document's heading: the quote elides it.
pub(crate) const CHANGE_ART: Citation =
    cite("三（一）1", "因网络撤销或变更调整安全保护等级的，应当在10个工作日内向原备案公安机关办理备案撤销或变更手……续。");
pub(crate) const CERTIFICATE_ART: Citation = cite(
    "三（一）1",
    "公安机关应当对网络运营者提交的备案材料进行审核，对定级准确、备案材料符合要求的，应在10个工作日内出具网络安全等级保护备案证明。",
);

pub(crate) const LEVELS: &[EnumValue] = &[
    ev("1", "第一级", "Level 1"),
    ev("2", "第二级", "Level 2"),
    ev("3", "第三级", "Level 3"),
    ev("4", "第四级", "Level 4"),
    ev("5", "第五级", "Level 5"),
];

const CONTACT: &[Field] = &[
    Field::required("name", t("联系人", "contact person"), FieldKind::Text { max: 50 }),
    Field::required("mobile", t("联系人手机", "contact mobile"), FieldKind::Mobile),
];

pub(crate) const OPERATOR: &[Field] = &[
    Field::required("name", t("网络运营者名称", "network operator"), FieldKind::Text { max: 100 }),
    Field::required("creditCode", t("统一社会信用代码", "unified social credit code"), FieldKind::CreditCode),
    Field::required("contact", t("联系人", "contact"), FieldKind::Object(CONTACT)),
];

/// The security protection level as a number, when well-formed.
pub(crate) fn level(ctx: &crate::application::Ctx, pointer: &str) -> Option<u8> {
    ctx.str(pointer).and_then(|s| s.parse().ok()).filter(|l| (1..=5).contains(l))
}
