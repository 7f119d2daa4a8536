//! B. 科技计划项目 — 晋市政办〔2021〕42号《晋城市科技计划项目管理办法》(2021-11-02;
//! 自2021年12月2日起施行，有效期五年 — in force 2021-12-02 to 2026-12-01).
//!
//! * B1 [`APPLICATION`] — 项目申报 (第四至十一条, 第十六、十七条, 第二十二、三十一条)
//! * B2 [`CHANGE`] — 调整、延期、终止、撤销 (第二十一、二十六条)
//! * B3 [`ACCEPTANCE`] — 验收申请 (第二十三、二十五、二十八条)
//! * B4 [`EXTENSION`] — 延期验收申请 (第二十五条)

mod acceptance;
mod application;
mod change;
mod extension;

pub use acceptance::ACCEPTANCE;
pub use application::APPLICATION;
pub use change::CHANGE;
pub use extension::EXTENSION;

use crate::model::{Citation, EnumValue, Field, FieldKind};

/// The document number.
pub const DOC: &str = "晋市政办〔2021〕42号";

pub(crate) const fn cite(article: &'static str, text: &'static str) -> Citation {
    Citation { document: DOC, article, text }
}

pub(crate) use crate::model::{ev, t};

pub(crate) const ART4: Citation =
    cite("第四条", "计划项目……包括晋城市科技重大专项计划、晋城市重点研发计划和晋城市创新生态服务支撑计划三大类。");
pub(crate) const ART7: Citation = cite(
    "第七条",
    "晋城市创新生态服务支撑计划支持基础研究、成果转化、平台基地和人才团队建设、软科学、科技合作交流、科技奖补等科技创新活动。",
);
pub(crate) const ART16: Citation = cite("第十六条", "晋城市创新生态服务支撑计划科技奖补项目根据相关政策直接给予奖补。");
pub(crate) const ART21: Citation = cite(
    "第二十一条",
    "计划项目实施过程中，需要对计划目标、执行进度、经费及承担单位等合同内容进行调整的，以及需要延期、终止或撤销的，应当由项目承担单位提出书面申请报告，经归口管理单位同意后报市科技行政主管部门。",
);
pub(crate) const ART25: Citation =
    cite("第二十五条", "因故不能按时验收的，须在完成时限前1个月提出延期验收申请。原则上申请延期次数不超过1次，延期最长不超过1年。");
pub(crate) const ART28: Citation = cite("第二十八条", "晋城市创新生态服务支撑计划科技奖补项目无需验收。");

pub(crate) const PLAN_KINDS: &[EnumValue] = &[
    ev("major_special", "晋城市科技重大专项计划", "Major special science and technology programme"),
    ev("key_rnd", "晋城市重点研发计划", "Key research and development programme"),
    ev("ecosystem", "晋城市创新生态服务支撑计划", "Innovation ecosystem support programme"),
];

pub(crate) const ECOSYSTEM_KINDS: &[EnumValue] = &[
    ev("basic_research", "基础研究", "Basic research"),
    ev("achievement_transfer", "成果转化", "Transfer of results"),
    ev("platform_talent", "平台基地和人才团队建设", "Platforms, bases and talent teams"),
    ev("soft_science", "软科学", "Soft science"),
    ev("cooperation", "科技合作交流", "Cooperation and exchange"),
    ev("award_subsidy", "科技奖补", "Awards and subsidies"),
];

pub(crate) const UNIT: &[Field] = &[
    Field::required("name", t("单位名称", "name of the unit"), FieldKind::Text { max: 100 }),
    Field::required("creditCode", t("统一社会信用代码", "unified social credit code"), FieldKind::CreditCode),
];

pub(crate) const PROJECT_NUMBER: Field = Field::required("projectNumber", t("项目编号", "project number"), FieldKind::Text { max: 50 });
pub(crate) const PROJECT_NAME: Field = Field::required("projectName", t("项目名称", "project name"), FieldKind::Text { max: 200 });
pub(crate) const UNDERTAKING_UNIT: Field =
    Field::required("undertakingUnit", t("项目承担单位", "undertaking unit"), FieldKind::Object(UNIT));
/// The kind of ecosystem-programme project, required for that programme (第七条).
pub(crate) const ECOSYSTEM_KIND: Field = Field::required_when(
    "ecosystemKind",
    t("创新生态服务支撑计划类别", "kind of ecosystem support"),
    FieldKind::Enum(ECOSYSTEM_KINDS),
    "planKind",
    &["ecosystem"],
)
.cited(&ART7);

/// Whether the project is a 科技奖补 project of the ecosystem programme.
pub(crate) fn is_award_subsidy(ctx: &crate::application::Ctx) -> bool {
    ctx.str("/planKind") == Some("ecosystem") && ctx.str("/ecosystemKind") == Some("award_subsidy")
}
