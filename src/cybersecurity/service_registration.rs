//! C4 `security-service-registration` — 网络安全服务公司报备 (43号 三（一）4, 三（三）10).

use super::{cite, ev, t};
use crate::application::{ApplicationType, Ctx, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity};

const ART4: Citation = cite(
    "三（一）4",
    "市公安局要主导建立网络安全服务公司报备制度，对在我市开展系统研发、集成、运维业务的公司及技术人员进行背景审查，各级各部门要在开展相关信息化建设时，主动要求参与建设的网络安全服务公司到市公安局报备。",
);
const ART4_REMOTE: Citation =
    cite("三（一）4", "网络运营者要加强网络运维管理，因业务需要确需通过互联网远程运维的，要进行评估论证，并采取相应的管控措施。");
const ART10: Citation = cite("三（三）10", "邀请第三方技术公司开展监测时，要提前向公安机关报备。");

const SCOPES: &[EnumValue] = &[
    ev("system_development", "系统研发", "System development"),
    ev("integration", "系统集成", "Integration"),
    ev("operation", "运维", "Operation and maintenance"),
];

const COMPANY: &[Field] = &[
    Field::required("name", t("公司名称", "company"), FieldKind::Text { max: 100 }),
    Field::required("creditCode", t("统一社会信用代码", "unified social credit code"), FieldKind::CreditCode),
    Field::required("address", t("在晋经营地址", "business address in Jincheng"), FieldKind::Text { max: 200 }),
];

const STAFF: &[Field] = &[
    Field::required("name", t("姓名", "name"), FieldKind::Text { max: 50 }),
    Field::required("residentId", t("身份证号码", "resident ID number"), FieldKind::ResidentId).cited(&ART4),
    Field::required("role", t("岗位", "role"), FieldKind::Text { max: 50 }),
    Field::optional("mobile", t("手机", "mobile"), FieldKind::Mobile),
];

const PROJECT: &[Field] = &[
    Field::required("client", t("建设单位", "client"), FieldKind::Text { max: 100 }),
    Field::required("project", t("信息化项目名称", "project"), FieldKind::Text { max: 200 }),
];

static FIELDS: &[Field] = &[
    Field::required("company", t("网络安全服务公司", "security service company"), FieldKind::Object(COMPANY)),
    Field::required("businessScope", t("在本市开展的业务", "business in Jincheng"), FieldKind::EnumSet(SCOPES)).cited(&ART4),
    Field::required("staff", t("技术人员", "technical staff"), FieldKind::List { item: &FieldKind::Object(STAFF), min: 1, max: 500 })
        .cited(&ART4)
        .counted_in("人"),
    Field::optional(
        "projects",
        t("参与建设的信息化项目", "information projects taken part in"),
        FieldKind::List { item: &FieldKind::Object(PROJECT), min: 0, max: 100 },
    ),
    Field::optional("remoteMaintenance", t("通过互联网远程运维", "remote maintenance over the internet"), FieldKind::Boolean)
        .cited(&ART4_REMOTE),
    Field::optional(
        "remoteMaintenanceAssessed",
        t("远程运维已经评估论证并采取管控措施", "remote maintenance assessed, with controls"),
        FieldKind::Boolean,
    )
    .cited(&ART4_REMOTE),
    Field::optional(
        "thirdPartyMonitoring",
        t("受邀开展第三方网络安全监测", "invited to carry out third-party monitoring"),
        FieldKind::Boolean,
    )
    .cited(&ART10),
];

fn background_review(ctx: &Ctx, hits: &mut Hits) {
    if ctx.get("/staff").is_some() {
        hits.at("/staff", &[]);
    }
}

fn remote_unassessed(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/remoteMaintenance") == Some(true) && ctx.bool("/remoteMaintenanceAssessed") != Some(true) {
        hits.at("/remoteMaintenanceAssessed", &[]);
    }
}

fn monitoring(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/thirdPartyMonitoring") == Some(true) {
        hits.at("/thirdPartyMonitoring", &[]);
    }
}

fn registered_with(_: &Ctx, hits: &mut Hits) {
    hits.at("", &[]);
}

static RULES: &[Rule] = &[
    Rule {
        code: "security_service.registered_with_city_police",
        severity: Severity::Info,
        description: t("网络安全服务公司到市公安局报备", "Security service companies register with the municipal public security bureau"),
        message: t("本报备向晋城市公安局提交。", "This registration goes to the Jincheng Municipal Public Security Bureau."),
        citation: ART4,
        check: registered_with,
    },
    Rule {
        code: "security_service.background_review",
        severity: Severity::Info,
        description: t("对公司及技术人员进行背景审查", "The company and its technical staff undergo background review"),
        message: t(
            "市公安局将对公司及所列技术人员进行背景审查，请确保人员信息真实准确。",
            "The bureau reviews the background of the company and the staff listed; make sure their details are accurate.",
        ),
        citation: ART4,
        check: background_review,
    },
    Rule {
        code: "security_service.remote_maintenance_unassessed",
        severity: Severity::Warning,
        description: t("通过互联网远程运维须评估论证并采取管控措施", "Remote maintenance over the internet is assessed and controlled"),
        message: t(
            "确需通过互联网远程运维的，须进行评估论证并采取相应的管控措施，请与网络运营者确认后填写。",
            "Remote maintenance over the internet must be assessed and controlled; confirm with the network operator.",
        ),
        citation: ART4_REMOTE,
        check: remote_unassessed,
    },
    Rule {
        code: "security_service.monitoring_report_in_advance",
        severity: Severity::Info,
        description: t("第三方开展监测前提前向公安机关报备", "Third-party monitoring is reported to the police in advance"),
        message: t(
            "受邀开展网络安全监测的，邀请单位须在监测开始前向公安机关报备。",
            "For third-party monitoring, the inviting body reports it to the public security organ before it starts.",
        ),
        citation: ART10,
        check: monitoring,
    },
];

/// C4: 网络安全服务公司报备.
pub static SERVICE_REGISTRATION: ApplicationType = ApplicationType {
    id: "security-service-registration",
    code: "C4",
    title: t("网络安全服务公司报备", "Registration of a security service company"),
    document: super::DOC,
    articles: &["三（一）4", "三（三）10"],
    fields: FIELDS,
    rules: RULES,
    deadlines: &[],
};
