//! A2 `enforcement-supervision-review` — 行政执法机关对行政执法监督决定申请复查 (第十条).

use super::{ev, next_higher_body, t, ART10_REVIEW, DIVISIONS};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{EnumValue, Field, FieldKind, Severity, Text};
use crate::periods::{workdays_after, Period};
use crate::error::Error;

const APPLICANT_KINDS: &[EnumValue] = &[
    ev("enforcement_agency", "行政执法机关", "Enforcement agency"),
    ev("authorized_organization", "法律、法规、规章授权的组织", "Organization authorized by law, regulation or rule"),
    ev("citizen_or_organization", "公民、法人或者其他组织", "Citizen, legal person or other organization"),
];

const CONTACT: &[Field] = &[
    Field::required("name", t("联系人", "contact person"), FieldKind::Text { max: 50 }),
    Field::required("mobile", t("联系人手机", "contact mobile"), FieldKind::Mobile),
];

const APPLICANT: &[Field] = &[
    Field::required("kind", t("申请单位类别", "applicant type"), FieldKind::Enum(APPLICANT_KINDS)).cited(&ART10_REVIEW),
    Field::required("name", t("申请单位名称", "applicant's name"), FieldKind::Text { max: 100 }),
    Field::required("creditCode", t("申请单位统一社会信用代码", "applicant's credit code"), FieldKind::CreditCode),
    Field::required("contact", t("联系人", "contact"), FieldKind::Object(CONTACT)),
];

const DECISION: &[Field] = &[
    Field::required("number", t("《行政执法监督决定书》文号", "number of the decision"), FieldKind::Text { max: 100 }),
    Field::required("issuer", t("作出决定的行政执法监督机关", "supervising body that decided"), FieldKind::Text { max: 100 }),
    Field::required("issuerDivision", t("作出决定的机关所属人民政府", "government of the deciding body"), FieldKind::Enum(DIVISIONS)),
    Field::required("receivedDate", t("收到决定书日期", "date the decision was received"), FieldKind::Date).cited(&ART10_REVIEW),
];

static FIELDS: &[Field] = &[
    Field::required("applicant", t("申请单位", "applicant"), FieldKind::Object(APPLICANT)),
    Field::required("decision", t("行政执法监督决定书", "supervision decision"), FieldKind::Object(DECISION)),
    Field::required("reasons", t("申请复查的事实和理由", "facts and reasons for review"), FieldKind::Text { max: 5000 }),
];

const RECEIVED: Text = t("收到《行政执法监督决定书》", "receipt of the supervision decision");

/// Whether the applicant is a citizen or organization: 第十条 gives the review to the
/// enforcement agency only (issue 23, item 2), so nothing about a review is said to them.
fn not_an_agency(ctx: &Ctx) -> bool {
    ctx.str("/applicant/kind") == Some("citizen_or_organization")
}

/// 第十条: 5 working days from receipt — for an agency (or an authorized organization
/// asking to be heard), and only from a receipt that has happened: a date after the
/// submission day is an error (`received_date_future`), not an event to count from.
fn review_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    if not_an_agency(ctx) {
        return None;
    }
    let received = ctx.date("/decision/receivedDate").filter(|d| *d <= ctx.as_of)?;
    Some(workdays_after(ctx.calendar, received, 5, RECEIVED, ctx.locale))
}

fn not_agency(ctx: &Ctx, hits: &mut Hits) {
    if not_an_agency(ctx) {
        hits.at("/applicant/kind", &[]);
    }
}

fn authorized(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/applicant/kind") == Some("authorized_organization") {
        hits.at("/applicant/kind", &[]);
    }
}

fn not_organ_code(ctx: &Ctx, hits: &mut Hits) {
    // GB 32100: registration authority 1 (机构编制) with type 1 (机关) is “11”.
    if ctx.str("/applicant/kind") != Some("enforcement_agency") {
        return;
    }
    if let Some(code) = ctx.str("/applicant/creditCode").filter(|c| c.len() == 18 && c.is_ascii()) {
        if !code.starts_with("11") {
            hits.at("/applicant/creditCode", &[("prefix", crate::util::part(code, ..2).to_owned())]);
        }
    }
}

fn late(ctx: &Ctx, hits: &mut Hits) {
    let (Some(received), Some(Ok(p))) = (ctx.date("/decision/receivedDate"), review_period(ctx)) else { return };
    if ctx.as_of > p.due {
        hits.at("/decision/receivedDate", &[("received", ctx.fmt_date(received)), ("due", ctx.fmt_date(p.due))]);
    }
}

fn received_future(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/decision/receivedDate").filter(|d| *d > ctx.as_of) {
        hits.at("/decision/receivedDate", &[("date", ctx.fmt_date(d))]);
    }
}

fn stays_in_force(ctx: &Ctx, hits: &mut Hits) {
    if !not_an_agency(ctx) {
        hits.at("", &[]);
    }
}

fn review_body(ctx: &Ctx, hits: &mut Hits) {
    if not_an_agency(ctx) {
        return;
    }
    if let Some(code) = ctx.str("/decision/issuerDivision").filter(|c| DIVISIONS.iter().any(|d| d.value == *c)) {
        hits.at("/decision/issuerDivision", &[("body", next_higher_body(code, ctx.locale))]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "supervision_review.applicant_not_agency",
        severity: Severity::Error,
        description: t("只有行政执法机关可以申请复查", "Only an enforcement agency may apply for review"),
        message: t(
            "复查只能由被监督的行政执法机关申请。行政执法监督是政府对行政执法机关的内部监督，公民、法人或者其他组织不能对监督决定申请复查；对原行政执法行为不服的，可以自知道该行为之日起60日内依法申请行政复议。",
            "Only the enforcement agency concerned may apply for review. Supervision is the government's internal oversight of its agencies: a citizen or organization cannot ask for a review of the decision. Against the original enforcement act, an application for administrative reconsideration may be made within 60 days of learning of it.",
        ),
        citation: ART10_REVIEW,
        check: not_agency,
    },
    Rule {
        code: "supervision_review.authorized_organization",
        severity: Severity::Warning,
        description: t("第十条规定的复查申请人为行政执法机关；授权组织申请的，提示确认", "第十条 names enforcement agencies; an authorized organization is asked to confirm"),
        message: t(
            "第十条规定由行政执法机关申请复查；法律、法规、规章授权的组织申请的，请先向上一级行政执法监督机关确认是否受理。",
            "Article 10 names enforcement agencies as applicants; an authorized organization should first confirm with the next-higher supervising body that it will accept the request.",
        ),
        citation: ART10_REVIEW,
        check: authorized,
    },
    Rule {
        code: "supervision_review.credit_code_not_organ",
        severity: Severity::Warning,
        description: t("行政执法机关的统一社会信用代码通常以“11”（机构编制部门登记的机关）开头", "An enforcement agency's credit code normally starts “11” (an organ registered by the staffing authority)"),
        message: t(
            "统一社会信用代码前两位为“{prefix}”，不是机关的代码（机关为“11”），请核对申请单位。",
            "The credit code starts “{prefix}”, which is not an organ's code (organs start “11”); check the applicant.",
        ),
        citation: ART10_REVIEW,
        check: not_organ_code,
    },
    Rule {
        code: "supervision_review.late",
        severity: Severity::Error,
        description: t("自收到决定书之日起5个工作日内申请复查", "Apply within 5 working days of receiving the decision"),
        message: t(
            "已超过复查申请期限：应自收到决定书之日（{received}）起5个工作日内，即最迟于{due}提出。如有正当理由或疑问，请向上一级行政执法监督机关咨询。",
            "The time to apply has passed: within 5 working days of receiving the decision ({received}), that is by {due}. If there was good reason, or in doubt, ask the next-higher supervising body.",
        ),
        citation: ART10_REVIEW,
        check: late,
    },
    Rule {
        code: "supervision_review.received_date_future",
        severity: Severity::Error,
        description: t("收到决定书日期不能晚于提交日期", "The date of receipt cannot be after the submission date"),
        message: t("收到决定书日期{date}晚于提交日期，请核对。", "The date of receipt, {date}, is after the submission date; check it."),
        citation: ART10_REVIEW,
        check: received_future,
    },
    Rule {
        code: "supervision_review.decision_stays_in_force",
        severity: Severity::Info,
        description: t("复查期间行政执法监督决定不停止执行", "The decision stays in force during review"),
        message: t("复查期间，行政执法监督决定不停止执行，请继续按决定执行。", "The supervision decision stays in force during review; keep carrying it out."),
        citation: ART10_REVIEW,
        check: stays_in_force,
    },
    Rule {
        code: "supervision_review.review_body",
        severity: Severity::Info,
        description: t("向上一级行政执法监督机关申请复查", "Apply to the next-higher supervising body"),
        message: t("请向上一级行政执法监督机关{body}申请复查。", "Apply for review to the next-higher supervising body, {body}."),
        citation: ART10_REVIEW,
        check: review_body,
    },
];

const DEADLINES: &[DeadlineDef] = &[DeadlineDef {
    id: "review_request",
    title: t("申请复查的期限", "Time limit to apply for review"),
    citation: ART10_REVIEW,
    needs: &["/decision/receivedDate"],
    compute: review_period,
}];

/// A2: 复查申请 (第十条).
pub static REVIEW: ApplicationType = ApplicationType {
    id: "enforcement-supervision-review",
    code: "A2",
    title: t("行政执法监督决定复查申请", "Request to review a supervision decision"),
    document: super::DOC,
    articles: &["第四条", "第十条"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};
