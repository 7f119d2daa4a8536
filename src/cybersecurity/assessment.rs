//! C3 `mlps-assessment` — 网络安全等级测评 (43号 三（一）2, 三（一）5).

use super::{cite, ev, level, t, LEVELS, OPERATOR};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity, Text};
use crate::periods::{months_after, Period, Roll};
use crate::error::Error;

const ART2: Citation = cite(
    "三（一）2",
    "第三级（含）以上网络的运营者应当每年开展一次网络安全等级测评，新建的第三级（含）以上网络应在通过等级测评后投入运行；鼓励第二级网络的运营者每两年开展一次网络安全等级测评。",
);
const ART2_AGREEMENT: Citation =
    cite("三（一）2", "在开展安全等级测评服务过程中，网络运营者要与等级测评机构签署安全保密协议，并对等级测评全过程进行监督管理。");
const ART2_REPORT: Citation = cite("三（一）2", "及时将等级测评报告提交公安机关和行业主管部门。");
const ART5: Citation = cite("三（一）5", "第三级（含）以上网络运营者要在网络规划、建设和运行阶段，按照密码应用安全性评估管理办法和相关标准，在网络安全等级测评中同步开展密码应用安全性评估。");

const RECIPIENTS: &[EnumValue] =
    &[ev("public_security", "公安机关", "Public security organ"), ev("industry_authority", "行业主管部门", "Industry authority")];

const BODY: &[Field] = &[
    Field::required("name", t("等级测评机构名称", "assessment body"), FieldKind::Text { max: 100 }),
    Field::required("creditCode", t("测评机构统一社会信用代码", "assessment body's credit code"), FieldKind::CreditCode),
];

static FIELDS: &[Field] = &[
    Field::required("operator", t("网络运营者", "network operator"), FieldKind::Object(OPERATOR)),
    Field::required("networkName", t("网络（系统）名称", "network or system"), FieldKind::Text { max: 200 }),
    Field::required("level", t("安全保护等级", "security protection level"), FieldKind::Enum(LEVELS)).cited(&ART2),
    Field::required("newNetwork", t("新建网络（尚未投入运行）", "new network, not yet in operation"), FieldKind::Boolean).cited(&ART2),
    Field::optional("plannedGoLiveDate", t("计划投入运行日期", "planned date of going live"), FieldKind::Date),
    Field::optional("lastAssessmentDate", t("上次等级测评完成日期", "date of the last assessment"), FieldKind::Date).cited(&ART2),
    Field::required("assessmentBody", t("等级测评机构", "assessment body"), FieldKind::Object(BODY)),
    Field::required(
        "confidentialityAgreement",
        t("已与测评机构签署安全保密协议", "confidentiality agreement signed with the body"),
        FieldKind::Boolean,
    )
    .cited(&ART2_AGREEMENT),
    Field::required("hasIndustryAuthority", t("是否有行业主管部门", "has an industry authority"), FieldKind::Boolean),
    Field::required("reportTo", t("测评报告提交对象", "report submitted to"), FieldKind::EnumSet(RECIPIENTS)).cited(&ART2_REPORT),
    Field::optional(
        "cryptoAssessment",
        t("同步开展密码应用安全性评估", "cryptography assessment carried out alongside"),
        FieldKind::Boolean,
    )
    .cited(&ART5),
];

const LAST: Text = t("上次等级测评完成", "the last assessment");

/// The last assessment, when it has happened (a later date is `last_assessment_future`).
fn last_assessment(ctx: &Ctx) -> Option<chrono::NaiveDate> {
    ctx.date("/lastAssessmentDate").filter(|d| *d <= ctx.as_of)
}

/// `months` from the last assessment: “每年开展一次” (every two years at level 2) read as
/// a period of one (two) years from the last assessment — 民法典 第二百零一、二百零二条
/// (periods.md R1, R4) — so 第二百零三条 applies as to any period for an act: a last day
/// that is a rest day moves to the next working day (R6).
fn from_last(ctx: &Ctx, months: i64) -> Option<Result<Period, Error>> {
    Some(months_after(ctx.calendar, last_assessment(ctx)?, months, Roll::ToNextWorkday, LAST, ctx.locale))
}

/// The next assessment, a duty from level 3 (“应当每年开展一次”), counted from the last
/// one's completion. Without it (a new network) there is no day to count from: the text
/// runs the year from the completion of an assessment, not from the request for it, so
/// no deadline is shown and `next_from_completion` says how it runs. Level 2 is only
/// encouraged (“鼓励……每两年”): no duty, so no deadline (issue 23, item 5). `overdue`
/// uses this same date.
fn next_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    if level(ctx, "/level")? < 3 {
        return None;
    }
    from_last(ctx, 12)
}

fn overdue_level3(ctx: &Ctx, hits: &mut Hits) {
    let Some(last) = last_assessment(ctx) else { return };
    // The deadline shown (`next_assessment`) and this check are one computation.
    if let Some(Ok(p)) = next_period(ctx) {
        if ctx.as_of > p.due {
            hits.at("/lastAssessmentDate", &[("last", ctx.fmt_date(last)), ("due", ctx.fmt_date(p.due))]);
        }
    }
}

/// Level 2: more than two years since the last assessment — a recommendation only.
fn overdue_level2(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx, "/level") != Some(2) {
        return;
    }
    let Some(last) = last_assessment(ctx) else { return };
    if let Some(Ok(p)) = from_last(ctx, 24) {
        if ctx.as_of > p.due {
            hits.at("/lastAssessmentDate", &[("last", ctx.fmt_date(last)), ("due", ctx.fmt_date(p.due))]);
        }
    }
}

fn next_from_completion(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx, "/level").is_some_and(|l| l >= 3) && ctx.get("/lastAssessmentDate").is_none() {
        hits.at("/lastAssessmentDate", &[]);
    }
}

fn last_assessment_future(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/lastAssessmentDate").filter(|d| *d > ctx.as_of) {
        hits.at("/lastAssessmentDate", &[("date", ctx.fmt_date(d))]);
    }
}

fn live_before_assessment(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx, "/level").is_some_and(|l| l >= 3) && ctx.bool("/newNetwork") == Some(true) {
        match ctx.date("/plannedGoLiveDate") {
            Some(d) if d <= ctx.as_of => hits.at("/plannedGoLiveDate", &[("date", ctx.fmt_date(d))]),
            _ => {}
        }
    }
}

fn new_network_notice(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx, "/level").is_some_and(|l| l >= 3) && ctx.bool("/newNetwork") == Some(true) {
        hits.at("/newNetwork", &[]);
    }
}

fn no_agreement(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/confidentialityAgreement") == Some(false) {
        hits.at("/confidentialityAgreement", &[]);
    }
}

fn report_recipients(ctx: &Ctx, hits: &mut Hits) {
    let to = ctx.strs("/reportTo");
    if ctx.get("/reportTo").is_none() {
        return;
    }
    if !to.contains(&"public_security") {
        hits.at("/reportTo", &[("whom", t("公安机关", "the public security organ").get(ctx.locale).to_owned())]);
    }
    if ctx.bool("/hasIndustryAuthority") == Some(true) && !to.contains(&"industry_authority") {
        hits.at("/reportTo", &[("whom", t("行业主管部门", "the industry authority").get(ctx.locale).to_owned())]);
    }
}

fn crypto_missing(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx, "/level").is_some_and(|l| l >= 3) && ctx.bool("/cryptoAssessment") != Some(true) {
        hits.at("/cryptoAssessment", &[]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "mlps_assessment.overdue",
        // A late duty: the assessment is still owed, and this request is how it is done.
        severity: Severity::Warning,
        description: t(
            "第三级（含）以上网络每年开展一次等级测评；逾期的，提示尽快测评并说明逾期原因（逾期不免除测评义务）",
            "Level 3 and above: an assessment every year; when overdue, a warning to assess at once and explain the delay (the duty remains)",
        ),
        message: t(
            "已超过等级测评期限：第三级（含）以上网络应每年开展一次等级测评，上次测评于{last}完成，本次最迟应于{due}完成。请尽快完成本次测评，并向公安机关说明逾期原因。",
            "The assessment is overdue: level 3 and above are assessed every year; the last assessment was on {last}, so this one was due by {due}. Complete it at once and explain the delay to the public security organ.",
        ),
        citation: ART2,
        check: overdue_level3,
    },
    Rule {
        code: "mlps_assessment.level2_recommended",
        // 鼓励, not 应当: a recommendation, with no duty deadline (issue 23, item 5).
        severity: Severity::Info,
        description: t("鼓励第二级网络每两年开展一次等级测评（倡导性规定）", "Level 2: an assessment every two years is encouraged (a recommendation)"),
        message: t(
            "上次等级测评于{last}完成，已超过两年。第二级网络鼓励每两年开展一次等级测评，这是建议，不是强制期限。",
            "The last assessment ({last}) is more than two years old. Level-2 networks are encouraged to be assessed every two years: a recommendation, not a binding time limit.",
        ),
        citation: ART2,
        check: overdue_level2,
    },
    Rule {
        code: "mlps_assessment.next_from_completion",
        severity: Severity::Info,
        description: t(
            "第三级（含）以上网络每年开展一次等级测评，下次测评的期限自本次测评完成之日起算",
            "Level 3 and above: the next yearly assessment is counted from the completion of this one",
        ),
        message: t(
            "第三级（含）以上网络应每年开展一次等级测评：下次测评的期限自本次测评完成之日起算，为一年。",
            "Level 3 and above are assessed every year: the next assessment is due one year from the completion of this one.",
        ),
        citation: ART2,
        check: next_from_completion,
    },
    Rule {
        code: "mlps_assessment.last_assessment_future",
        severity: Severity::Error,
        description: t("上次等级测评完成日期不能晚于提交日期", "The last assessment cannot be dated after the submission"),
        message: t("上次等级测评完成日期{date}晚于提交日期，请核对。", "The last assessment is dated {date}, after the submission date; check it."),
        citation: ART2,
        check: last_assessment_future,
    },
    Rule {
        code: "mlps_assessment.live_before_assessment",
        severity: Severity::Error,
        description: t("新建的第三级（含）以上网络通过等级测评后才能投入运行", "A new level-3+ network goes live only after passing its assessment"),
        message: t(
            "新建的第三级（含）以上网络应在通过等级测评后投入运行；计划投入运行日期{date}不晚于本次申请，请推迟上线至测评通过后。",
            "A new level-3+ network may go live only after passing its assessment; the planned date {date} is not after this request. Postpone going live.",
        ),
        citation: ART2,
        check: live_before_assessment,
    },
    Rule {
        code: "mlps_assessment.new_network_after_assessment",
        severity: Severity::Info,
        description: t("提示新建第三级（含）以上网络须测评通过后上线", "Reminds that a new level-3+ network goes live after its assessment"),
        message: t("新建的第三级（含）以上网络，请在取得测评通过结论后再投入运行。", "Put the new level-3+ network into operation only once it has passed the assessment."),
        citation: ART2,
        check: new_network_notice,
    },
    Rule {
        code: "mlps_assessment.confidentiality_agreement_missing",
        severity: Severity::Error,
        description: t("网络运营者与等级测评机构签署安全保密协议", "The operator signs a confidentiality agreement with the assessment body"),
        message: t("开展等级测评前，须与等级测评机构签署安全保密协议。", "Sign a confidentiality agreement with the assessment body before the assessment."),
        citation: ART2_AGREEMENT,
        check: no_agreement,
    },
    Rule {
        code: "mlps_assessment.report_recipient_missing",
        severity: Severity::Error,
        description: t("测评报告提交公安机关和行业主管部门", "The report goes to the public security organ and the industry authority"),
        message: t("等级测评报告须同时提交{whom}，请补选。", "The assessment report must also go to {whom}."),
        citation: ART2_REPORT,
        check: report_recipients,
    },
    Rule {
        code: "mlps_assessment.crypto_assessment_missing",
        severity: Severity::Error,
        description: t("第三级（含）以上网络在等级测评中同步开展密码应用安全性评估", "Level 3 and above: the cryptography assessment runs alongside"),
        message: t("第三级（含）以上网络须在等级测评中同步开展密码应用安全性评估。", "At level 3 and above the cryptography application security assessment runs alongside the level assessment."),
        citation: ART5,
        check: crypto_missing,
    },
];

static DEADLINES: &[DeadlineDef] =
    &[DeadlineDef {
        id: "next_assessment", title: t("下次等级测评的期限", "Next assessment due"), citation: ART2, needs: &["/level"], compute: next_period
    }];

/// C3: 等级测评.
pub static ASSESSMENT: ApplicationType = ApplicationType {
    id: "mlps-assessment",
    code: "C3",
    title: t("网络安全等级测评", "Security level assessment"),
    document: super::DOC,
    articles: &["三（一）2", "三（一）5"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};
