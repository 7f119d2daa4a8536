//! A1 `enforcement-supervision-request` — 公民、法人或者其他组织申请、投诉、举报启动
//! 行政执法监督 (第九条).

use super::{cite, ev, supervising_body, t, ART2, ART4, DIVISIONS};
use crate::application::{ApplicationType, Ctx, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity};

const ART6: Citation = cite(
    "第六条",
    "行政执法监督主要包括以下内容：（一）法律、法规、规章的实施情况；（二）行政执法机关、人员和执法程序的合法性；（三）行政执法决定的合法性和适当性；（四）行政执法工作制度实施情况；（五）违法或者不当行政执法行为的处理情况；（六）其他依法应当监督的内容。",
);
const ART9: Citation = cite("第九条", "行政执法监督机关依公民、法人、其他组织的申请、投诉、举报启动监督。");

const APPLICANT_KINDS: &[EnumValue] =
    &[ev("citizen", "公民", "Citizen"), ev("legal_person", "法人", "Legal person"), ev("other_org", "其他组织", "Other organization")];

const APPLICANT: &[Field] = &[
    Field::required("kind", t("申请人类别", "applicant type"), FieldKind::Enum(APPLICANT_KINDS)),
    Field::required("name", t("申请人姓名或名称", "applicant's name"), FieldKind::Text { max: 100 }),
    Field::required_when("residentId", t("公民身份号码", "resident ID number"), FieldKind::ResidentId, "kind", &["citizen"]),
    Field::required_when(
        "creditCode",
        t("统一社会信用代码", "unified social credit code"),
        FieldKind::CreditCode,
        "kind",
        &["legal_person", "other_org"],
    ),
    Field::required("mobile", t("联系电话（手机）", "mobile number"), FieldKind::Mobile),
];

const RELATIONS: &[EnumValue] = &[
    ev("lower_government", "下级人民政府", "a lower-level people's government"),
    ev("same_level_agency", "本级人民政府所属行政执法机关", "an enforcement agency under the same-level government"),
    ev("authorized_organization", "法律、法规、规章授权的组织", "an organization authorized by law, regulation or rule"),
    ev("other", "其他机关或组织（如上级机关、外地机关）", "another body (e.g. a higher or out-of-area body)"),
];

const BODY: &[Field] = &[
    Field::required("name", t("被监督的行政执法机关名称", "name of the enforcement body"), FieldKind::Text { max: 100 }),
    Field::required(
        "relation",
        t("该机关与受理政府的关系", "relation of the body to the supervising government"),
        FieldKind::Enum(RELATIONS),
    )
    .cited(&ART2),
];

const ACT: &[Field] = &[
    Field::required("description", t("行政执法行为", "enforcement act"), FieldKind::Text { max: 2000 }),
    Field::required("date", t("行政执法行为发生日期", "date of the act"), FieldKind::Date),
];

const GROUNDS: &[EnumValue] = &[
    ev("law_implementation", "法律、法规、规章的实施情况", "implementation of laws, regulations and rules"),
    ev("legality_of_agency", "行政执法机关、人员和执法程序的合法性", "legality of the agency, staff and procedure"),
    ev("legality_of_decision", "行政执法决定的合法性和适当性", "legality and appropriateness of the decision"),
    ev("work_system", "行政执法工作制度实施情况", "implementation of enforcement work systems"),
    ev("handling_of_wrongdoing", "违法或者不当行政执法行为的处理情况", "handling of unlawful or improper enforcement"),
    ev("other", "其他依法应当监督的内容", "other matters to be supervised by law"),
];

const REQUEST_KINDS: &[EnumValue] =
    &[ev("application", "申请", "Application"), ev("complaint", "投诉", "Complaint"), ev("report", "举报", "Report")];

static FIELDS: &[Field] = &[
    Field::required("requestKind", t("事项类别", "kind of request"), FieldKind::Enum(REQUEST_KINDS)).cited(&ART9),
    Field::required("applicant", t("申请人", "applicant"), FieldKind::Object(APPLICANT)),
    Field::required("supervisingDivision", t("受理的人民政府", "supervising government"), FieldKind::Enum(DIVISIONS)).cited(&ART4),
    Field::required("enforcementBody", t("被监督的行政执法机关", "enforcement body concerned"), FieldKind::Object(BODY)),
    Field::required("act", t("行政执法行为", "enforcement act"), FieldKind::Object(ACT)),
    Field::optional("grounds", t("监督事项类别", "matters concerned"), FieldKind::EnumSet(GROUNDS)).cited(&ART6),
    Field::required("facts", t("事实和理由", "facts and grounds"), FieldKind::Text { max: 5000 }),
    Field::optional(
        "evidence",
        t("证据材料清单", "list of evidence"),
        FieldKind::List { item: &FieldKind::Text { max: 200 }, min: 0, max: 50 },
    ),
];

fn body_outside_scope(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/enforcementBody/relation") == Some("other") {
        hits.at("/enforcementBody/relation", &[("body", ctx.str("/enforcementBody/name").unwrap_or_default().to_owned())]);
    }
}

fn act_in_future(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/act/date").filter(|d| *d > ctx.as_of) {
        hits.at("/act/date", &[("date", ctx.fmt_date(d))]);
    }
}

fn supervising(ctx: &Ctx, hits: &mut Hits) {
    if let Some(code) = ctx.str("/supervisingDivision").filter(|c| DIVISIONS.iter().any(|d| d.value == *c)) {
        hits.at("/supervisingDivision", &[("body", supervising_body(code, ctx.locale))]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "enforcement_request.body_outside_scope",
        severity: Severity::Error,
        description: t(
            "被监督的须是下级人民政府、本级人民政府所属行政执法机关或法律法规规章授权的组织的行政执法行为",
            "The act must be one of a lower-level government, an agency under the same-level government, or an authorized organization",
        ),
        message: t(
            "行政执法监督只受理对下级人民政府、本级人民政府所属行政执法机关和法律、法规、规章授权组织的监督事项，“{body}”不在此范围，请向其上级机关或所在地人民政府反映。",
            "Supervision covers lower-level governments, agencies under the same-level government and authorized organizations; “{body}” is outside that scope. Turn to its superior body or local government.",
        ),
        citation: ART2,
        check: body_outside_scope,
    },
    Rule {
        code: "enforcement_request.act_date_future",
        severity: Severity::Error,
        description: t("行政执法行为的日期不能晚于提交日期", "The act's date cannot be after the submission date"),
        message: t("行政执法行为发生日期{date}晚于提交日期，请核对。", "The act's date, {date}, is after the submission date; check it."),
        citation: ART9,
        check: act_in_future,
    },
    Rule {
        code: "enforcement_request.supervising_body",
        severity: Severity::Info,
        description: t("受理机关为所选人民政府的司法行政部门", "The supervising body is the judicial administration department of the chosen government"),
        message: t("本事项由{body}（行政执法监督机关）受理。", "This request is handled by {body}, the supervising body."),
        citation: ART4,
        check: supervising,
    },
];

/// A1: 申请、投诉、举报 (第九条).
pub static REQUEST: ApplicationType = ApplicationType {
    id: "enforcement-supervision-request",
    code: "A1",
    title: t("行政执法监督申请、投诉、举报", "Request, complaint or report for enforcement supervision"),
    document: super::DOC,
    articles: &["第二条", "第四条", "第六条", "第九条"],
    fields: FIELDS,
    rules: RULES,
    deadlines: &[],
};
