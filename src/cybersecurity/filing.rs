//! C1 `mlps-filing` — 网络安全等级保护定级备案 (43号 三（一）1).

use super::{level, t, CERTIFICATE_ART, FILING_ART, LEVELS, OPERATOR};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{Field, FieldKind, Severity, Text};
use crate::periods::{workdays_after, Period};
use crate::error::Error;

const NETWORK: &[Field] = &[
    Field::required("name", t("网络（系统）名称", "network or system"), FieldKind::Text { max: 200 }),
    Field::required("level", t("安全保护等级", "security protection level"), FieldKind::Enum(LEVELS)).cited(&FILING_ART),
    Field::required("levelDeterminedDate", t("安全保护等级确定日期", "date the level was determined"), FieldKind::Date).cited(&FILING_ART),
];

const REVIEW: &[Field] = &[
    Field::required("held", t("已组织专家评审", "expert review held"), FieldKind::Boolean).cited(&FILING_ART),
    Field::optional("date", t("专家评审日期", "date of the expert review"), FieldKind::Date),
];

const APPROVAL: &[Field] = &[
    Field::required("authorityName", t("行业主管部门名称", "industry authority"), FieldKind::Text { max: 100 }),
    Field::required("approved", t("主管部门是否已核准", "approved by the authority"), FieldKind::Boolean).cited(&FILING_ART),
    Field::optional("date", t("核准日期", "date of approval"), FieldKind::Date),
];

static FIELDS: &[Field] = &[
    Field::required("operator", t("网络运营者", "network operator"), FieldKind::Object(OPERATOR)),
    Field::required("network", t("定级网络", "network graded"), FieldKind::Object(NETWORK)),
    Field::optional("expertReview", t("专家评审", "expert review"), FieldKind::Object(REVIEW)).cited(&FILING_ART),
    Field::required("hasIndustryAuthority", t("是否有行业主管部门", "has an industry authority"), FieldKind::Boolean).cited(&FILING_ART),
    // 是否有行业主管部门 = 否 rules the approval out (三（一）1: “有行业主管部门的”).
    Field::optional("authorityApproval", t("行业主管部门核准", "approval by the industry authority"), FieldKind::Object(APPROVAL))
        .cited(&FILING_ART)
        .applies_when("hasIndustryAuthority", &["true"]),
];

const DETERMINED: Text = t("安全保护等级确定", "the level was determined");
const FILED: Text = t("提交备案材料", "the filing was submitted");

fn filing_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    (level(ctx, "/network/level")? >= 2).then_some(())?;
    Some(workdays_after(ctx.calendar, ctx.date("/network/levelDeterminedDate")?, 10, DETERMINED, ctx.locale))
}

fn certificate_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    (level(ctx, "/network/level")? >= 2).then_some(())?;
    Some(workdays_after(ctx.calendar, ctx.as_of, 10, FILED, ctx.locale))
}

fn review_missing(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx, "/network/level").is_some_and(|l| l >= 2) && ctx.bool("/expertReview/held") != Some(true) {
        hits.at("/expertReview", &[]);
    }
}

fn approval_missing(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx, "/network/level").is_some_and(|l| l >= 2)
        && ctx.bool("/hasIndustryAuthority") == Some(true)
        && ctx.bool("/authorityApproval/approved") != Some(true)
    {
        hits.at("/authorityApproval", &[]);
    }
}

fn approval_before_review(ctx: &Ctx, hits: &mut Hits) {
    if let (Some(review), Some(approval)) = (ctx.date("/expertReview/date"), ctx.date("/authorityApproval/date")) {
        if approval < review {
            hits.at("/authorityApproval/date", &[("review", ctx.fmt_date(review))]);
        }
    }
}

/// 三（一）1 orders the steps 专家评审 → 主管部门核准 → 备案: the review is not dated
/// after the filing (the submission).
fn review_after_filing(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/expertReview/date").filter(|d| *d > ctx.as_of) {
        hits.at("/expertReview/date", &[("date", ctx.fmt_date(d)), ("filed", ctx.fmt_date(ctx.as_of))]);
    }
}

/// 三（一）1: the authority's approval comes before the filing (“评审后报请主管部门核准”,
/// then “到公安机关备案”).
fn approval_after_filing(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/authorityApproval/date").filter(|d| *d > ctx.as_of) {
        hits.at("/authorityApproval/date", &[("date", ctx.fmt_date(d)), ("filed", ctx.fmt_date(ctx.as_of))]);
    }
}

fn late(ctx: &Ctx, hits: &mut Hits) {
    let (Some(determined), Some(Ok(p))) = (ctx.date("/network/levelDeterminedDate"), filing_period(ctx)) else { return };
    if ctx.as_of > p.due {
        hits.at("/network/levelDeterminedDate", &[("determined", ctx.fmt_date(determined)), ("due", ctx.fmt_date(p.due))]);
    }
}

fn determined_future(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/network/levelDeterminedDate").filter(|d| *d > ctx.as_of) {
        hits.at("/network/levelDeterminedDate", &[("date", ctx.fmt_date(d))]);
    }
}

fn level_one(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx, "/network/level") == Some(1) {
        hits.at("/network/level", &[]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "mlps_filing.expert_review_missing",
        severity: Severity::Error,
        description: t("第二级（含）以上网络须组织专家评审", "Level 2 and above: an expert review is held"),
        message: t("拟定为第二级（含）以上的网络，须先组织专家评审，评审后再备案。", "A network graded level 2 or above needs an expert review before it is filed."),
        citation: FILING_ART,
        check: review_missing,
    },
    Rule {
        code: "mlps_filing.authority_approval_missing",
        severity: Severity::Error,
        description: t("有行业主管部门的，专家评审后须报请主管部门核准", "Where there is an industry authority, it approves after the review"),
        message: t("有行业主管部门的，专家评审后须报请主管部门核准，取得核准后再备案。", "With an industry authority, its approval after the expert review is needed before filing."),
        citation: FILING_ART,
        check: approval_missing,
    },
    Rule {
        code: "mlps_filing.approval_before_review",
        severity: Severity::Error,
        description: t("主管部门核准在专家评审之后", "The authority approves after the expert review"),
        message: t("主管部门核准日期早于专家评审日期（{review}），应在评审后报请核准，请核对日期。", "The approval predates the expert review ({review}); approval follows the review. Check the dates."),
        citation: FILING_ART,
        check: approval_before_review,
    },
    Rule {
        code: "mlps_filing.review_after_filing",
        severity: Severity::Error,
        description: t("专家评审在备案之前", "The expert review comes before the filing"),
        message: t(
            "专家评审日期{date}晚于备案日期（{filed}）：应先组织专家评审，评审后再备案，请核对日期。",
            "The expert review ({date}) is dated after the filing ({filed}); the review comes first. Check the dates.",
        ),
        citation: FILING_ART,
        check: review_after_filing,
    },
    Rule {
        code: "mlps_filing.approval_after_filing",
        severity: Severity::Error,
        description: t("主管部门核准在备案之前", "The authority's approval comes before the filing"),
        message: t(
            "主管部门核准日期{date}晚于备案日期（{filed}）：应在取得核准后再备案，请核对日期。",
            "The authority's approval ({date}) is dated after the filing ({filed}); file once it is approved. Check the dates.",
        ),
        citation: FILING_ART,
        check: approval_after_filing,
    },
    Rule {
        code: "mlps_filing.late",
        // A late duty: the network must still be filed, so this is a warning that says how.
        severity: Severity::Warning,
        description: t(
            "等级确定后10个工作日内到公安机关备案；逾期的，提示尽快备案并说明逾期原因（逾期不免除备案义务）",
            "File with the public security organ within 10 working days of determining the level; when late, a warning to file at once and explain the delay (the duty remains)",
        ),
        message: t(
            "已超过备案期限：应在安全保护等级确定之日（{determined}）起10个工作日内，即最迟于{due}到公安机关备案。逾期仍须备案，请尽快提交，并在备案材料中说明逾期原因。",
            "The filing period has passed: within 10 working days of determining the level ({determined}), that is by {due}. The filing is still required: submit it at once and explain the delay in the filing.",
        ),
        citation: FILING_ART,
        check: late,
    },
    Rule {
        code: "mlps_filing.determined_date_future",
        severity: Severity::Error,
        description: t("等级确定日期不能晚于备案日期", "The level cannot be determined after the filing date"),
        message: t("安全保护等级确定日期{date}晚于备案日期，请核对。", "The level was determined on {date}, after the filing date; check it."),
        citation: FILING_ART,
        check: determined_future,
    },
    Rule {
        code: "mlps_filing.level_one_not_required",
        severity: Severity::Info,
        description: t("备案义务针对第二级（含）以上网络", "The filing duty concerns level 2 and above"),
        message: t("实施意见规定第二级（含）以上网络到公安机关备案；第一级网络不在此要求之内。", "The filing duty covers level 2 and above; a level-1 network is not required to file."),
        citation: FILING_ART,
        check: level_one,
    },
];

static DEADLINES: &[DeadlineDef] = &[
    DeadlineDef {
        id: "filing",
        title: t("到公安机关备案的期限", "Time limit to file with the public security organ"),
        citation: FILING_ART,
        needs: &["/network/level", "/network/levelDeterminedDate"],
        compute: filing_period,
    },
    DeadlineDef {
        id: "certificate",
        title: t("公安机关出具备案证明的期限", "Time limit for the filing certificate"),
        citation: CERTIFICATE_ART,
        needs: &["/network/level"],
        compute: certificate_period,
    },
];

/// C1: 定级备案.
pub static FILING: ApplicationType = ApplicationType {
    id: "mlps-filing",
    code: "C1",
    title: t("网络安全等级保护定级备案", "Security protection level filing"),
    document: super::DOC,
    articles: &["三（一）1"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};
