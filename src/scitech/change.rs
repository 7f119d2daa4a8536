//! B2 `scitech-project-change` — 调整合同内容，或者延期、终止、撤销 (第二十一、二十六条).

use super::{cite, ev, t, ART21, PROJECT_NAME, PROJECT_NUMBER, UNDERTAKING_UNIT};
use crate::application::{ApplicationType, Ctx, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity};

const ART26: Citation = cite(
    "第二十六条",
    "项目实施过程中，由于不可抗力因素、项目实施条件与环境产生重大变化、技术骨干变动等原因，导致项目无法或无必要进行，项目承担单位应及时提出终止申请或由市科技行政主管部门强制终止。项目承担单位已注销、无法联系及相关责任人不主动作为或被列为失信被执行人，经市科技行政主管部门批准，项目撤销或终止。",
);

const KINDS: &[EnumValue] = &[
    ev("adjust_goals", "调整计划目标", "Adjust the goals"),
    ev("adjust_schedule", "调整执行进度", "Adjust the schedule"),
    ev("adjust_funds", "调整经费", "Adjust the funds"),
    ev("change_unit", "变更承担单位", "Change the undertaking unit"),
    ev("extend", "延期", "Extend"),
    ev("terminate", "终止", "Terminate"),
    ev("revoke", "撤销", "Revoke"),
];

const TERMINATION: &[EnumValue] = &[
    ev("force_majeure", "不可抗力因素", "Force majeure"),
    ev("conditions_changed", "项目实施条件与环境产生重大变化", "Major change in conditions and environment"),
    ev("key_staff_changed", "技术骨干变动", "Change of key technical staff"),
    ev("other", "其他原因", "Other reason"),
];

const REVOCATION: &[EnumValue] = &[
    ev("deregistered", "项目承担单位已注销", "The unit is deregistered"),
    ev("unreachable", "项目承担单位无法联系", "The unit cannot be reached"),
    ev("inactive", "相关责任人不主动作为", "Those responsible do not act"),
    ev("dishonest_debtor", "被列为失信被执行人", "Listed as a dishonest judgment debtor"),
];

const SUPERVISING: &[Field] = &[
    Field::required("name", t("归口管理单位名称", "supervising unit"), FieldKind::Text { max: 100 }),
    Field::required("agreed", t("归口管理单位已同意", "the supervising unit agreed"), FieldKind::Boolean).cited(&ART21),
    Field::optional("agreedDate", t("同意日期", "date agreed"), FieldKind::Date),
];

static FIELDS: &[Field] = &[
    PROJECT_NUMBER,
    PROJECT_NAME,
    UNDERTAKING_UNIT,
    Field::required("changeKind", t("申请事项", "what is requested"), FieldKind::Enum(KINDS)).cited(&ART21),
    Field::required("writtenReport", t("已提交书面申请报告", "a written request report is attached"), FieldKind::Boolean).cited(&ART21),
    Field::required("supervisingUnit", t("归口管理单位意见", "supervising unit's opinion"), FieldKind::Object(SUPERVISING)).cited(&ART21),
    Field::required_when("newEndDate", t("延期后的截止日期", "new end date"), FieldKind::Date, "changeKind", &["extend"]),
    Field::required_when(
        "terminationReason",
        t("终止原因", "reason for termination"),
        FieldKind::Enum(TERMINATION),
        "changeKind",
        &["terminate"],
    )
    .cited(&ART26),
    Field::required_when(
        "revocationGround",
        t("撤销情形", "ground for revocation"),
        FieldKind::Enum(REVOCATION),
        "changeKind",
        &["revoke"],
    )
    .cited(&ART26),
    Field::required("reason", t("申请理由", "reasons"), FieldKind::Text { max: 5000 }),
];

fn not_written(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/writtenReport") == Some(false) {
        hits.at("/writtenReport", &[]);
    }
}

fn not_agreed(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/supervisingUnit/agreed") == Some(false) {
        hits.at("/supervisingUnit/agreed", &[]);
    }
}

/// 第二十一条: the request reaches the science authority “经归口管理单位同意后”, so the
/// agreement is not dated after the submission.
fn agreed_after_submission(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/supervisingUnit/agreedDate").filter(|d| *d > ctx.as_of) {
        hits.at("/supervisingUnit/agreedDate", &[("date", ctx.fmt_date(d)), ("submitted", ctx.fmt_date(ctx.as_of))]);
    }
}

fn other_reason(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/changeKind") == Some("terminate") && ctx.str("/terminationReason") == Some("other") {
        hits.at("/terminationReason", &[]);
    }
}

fn needs_approval(ctx: &Ctx, hits: &mut Hits) {
    if matches!(ctx.str("/changeKind"), Some("revoke") | Some("terminate")) {
        hits.at("/changeKind", &[]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "scitech_change.not_written",
        severity: Severity::Error,
        description: t("调整、延期、终止或撤销须由项目承担单位提出书面申请报告", "Changes are requested in a written report by the undertaking unit"),
        message: t("调整、延期、终止或撤销须由项目承担单位提出书面申请报告，请上传后再提交。", "A change must be requested by the undertaking unit in a written report; attach it and submit again."),
        citation: ART21,
        check: not_written,
    },
    Rule {
        code: "scitech_change.not_agreed",
        severity: Severity::Error,
        description: t("须经归口管理单位同意后报市科技行政主管部门", "The supervising unit agrees before the request reaches the science authority"),
        message: t("申请须经归口管理单位同意后才能报市科技行政主管部门，请先取得归口管理单位同意。", "The request reaches the municipal science authority only with the supervising unit's agreement; obtain it first."),
        citation: ART21,
        check: not_agreed,
    },
    Rule {
        code: "scitech_change.agreed_after_submission",
        severity: Severity::Error,
        description: t("归口管理单位同意在报送市科技行政主管部门之前", "The supervising unit agrees before the request is submitted"),
        message: t(
            "归口管理单位同意日期{date}晚于报送日期（{submitted}）。申请须经归口管理单位同意后才能报送，请核对同意日期，或取得同意后再提交。",
            "The supervising unit's agreement ({date}) is dated after the submission ({submitted}); the request is submitted only once agreed. Check the date, or submit after the agreement.",
        ),
        citation: ART21,
        check: agreed_after_submission,
    },
    Rule {
        code: "scitech_change.termination_other_reason",
        severity: Severity::Warning,
        description: t("终止原因为第二十六条所列以外的，须说明", "A termination reason outside those of Art. 26 is explained"),
        message: t(
            "第二十六条所列终止原因为不可抗力、实施条件与环境重大变化、技术骨干变动等导致项目无法或无必要进行；选择“其他原因”的，请在申请理由中具体说明。",
            "Article 26 names force majeure, major changes in conditions and changes of key staff that make the project impossible or unnecessary; explain an “other reason” in the reasons.",
        ),
        citation: ART26,
        check: other_reason,
    },
    Rule {
        code: "scitech_change.approval_required",
        severity: Severity::Info,
        description: t("项目撤销或终止经市科技行政主管部门批准", "Revocation or termination needs the science authority's approval"),
        message: t("项目撤销或终止须经市科技行政主管部门批准，批准前请按任务书继续履行。", "Revocation or termination takes effect only with the science authority's approval; until then keep to the task agreement."),
        citation: ART26,
        check: needs_approval,
    },
];

/// B2: 调整、延期、终止、撤销申请.
pub static CHANGE: ApplicationType = ApplicationType {
    id: "scitech-project-change",
    code: "B2",
    title: t("科技计划项目调整、延期、终止或撤销申请", "Request to change, extend, terminate or revoke a project"),
    document: super::DOC,
    articles: &["第二十一条", "第二十六条"],
    fields: FIELDS,
    rules: RULES,
    deadlines: &[],
};
