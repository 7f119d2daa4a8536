//! D. 企业投资项目 — three documents of the Jincheng government and its approval bureau:
//!
//! * 晋市政办〔2021〕46号《晋城市企业投资项目政府统一服务实施办法（试行）》(2021-12-17;
//!   第十一条 “自颁布之日起实施，有效期2年” — in force 2021-12-17 to 2023-12-16, R10). It
//!   replaces 晋市审管发〔2020〕19号, the 2020 measures of the same name.
//!   - D1 [`UNIFIED_SERVICE_PLAN`] — 政府统一服务实施方案 (第二至八条)
//! * 晋市审管发〔2021〕27号《晋城市企业投资项目模拟审批实施办法（试行）》(2021-06-18, in
//!   force on issue, no validity term).
//!   - D2 [`SIMULATED_APPROVAL`] — 模拟审批申请 (一, 二（二）, 四（二）（三）（六）, 五)
//!   - D3 [`SIMULATED_APPROVAL_CONVERSION`] — 模正转换申请 (四（四）至（六）)
//! * 晋市审管发〔2021〕42号《关于进一步规范全市固定资产投资项目节能审查的通知》
//!   (2021-10-11, in force on issue, no validity term).
//!   - D4 [`ENERGY_REVIEW`] — 固定资产投资项目节能审查申请 (一至四)

mod conversion;
mod energy;
mod simulated;
mod unified;

pub use conversion::SIMULATED_APPROVAL_CONVERSION;
pub use energy::ENERGY_REVIEW;
pub use simulated::SIMULATED_APPROVAL;
pub use unified::UNIFIED_SERVICE_PLAN;

use crate::model::{Citation, Field, FieldKind};

pub(crate) use crate::model::{ev, t};

/// 晋市政办〔2021〕46号 (D1).
pub const DOC_UNIFIED: &str = "晋市政办〔2021〕46号";
/// 晋市审管发〔2021〕27号 (D2, D3).
pub const DOC_SIMULATED: &str = "晋市审管发〔2021〕27号";
/// 晋市审管发〔2021〕42号 (D4).
pub const DOC_ENERGY: &str = "晋市审管发〔2021〕42号";

pub(crate) const fn cite_unified(article: &'static str, text: &'static str) -> Citation {
    Citation { document: DOC_UNIFIED, article, text }
}

pub(crate) const fn cite_simulated(article: &'static str, text: &'static str) -> Citation {
    Citation { document: DOC_SIMULATED, article, text }
}

pub(crate) const fn cite_energy(article: &'static str, text: &'static str) -> Citation {
    Citation { document: DOC_ENERGY, article, text }
}

/// The project unit of a simulated approval or an energy review (name and credit code).
pub(crate) const UNIT: &[Field] = &[
    Field::required("name", t("单位名称", "name of the unit"), FieldKind::Text { max: 100 }),
    Field::required("creditCode", t("统一社会信用代码", "unified social credit code"), FieldKind::CreditCode),
];

pub(crate) const CONTACT: &[Field] = &[
    Field::required("name", t("联系人", "contact person"), FieldKind::Text { max: 50 }),
    Field::required("mobile", t("联系人手机", "contact mobile"), FieldKind::Mobile),
];

pub(crate) const PROJECT_NAME: Field = Field::required("projectName", t("项目名称", "project name"), FieldKind::Text { max: 200 });
