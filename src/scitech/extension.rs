//! B4 `scitech-acceptance-extension` — 延期验收申请 (第二十五条).

use super::{t, ART25, PROJECT_NAME, PROJECT_NUMBER, UNDERTAKING_UNIT};
use crate::date::add_months;
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{Field, FieldKind, Severity, Text};
use crate::periods::{months_before, Period};
use crate::error::Error;

static FIELDS: &[Field] = &[
    PROJECT_NUMBER,
    PROJECT_NAME,
    UNDERTAKING_UNIT,
    Field::required("completionDeadline", t("任务书约定的完成时限", "completion deadline in the task agreement"), FieldKind::Date)
        .cited(&ART25),
    Field::required(
        "previousExtensions",
        t("此前已申请延期验收的次数", "postponements already requested"),
        FieldKind::Integer { min: 0, max: 20 },
    )
    .cited(&ART25),
    Field::required("requestedUntil", t("延期后的完成时限", "new completion deadline"), FieldKind::Date).cited(&ART25),
    Field::required("reason", t("不能按时验收的原因", "why acceptance cannot be on time"), FieldKind::Text { max: 5000 }),
];

const DEADLINE_WORDS: Text = t("完成时限", "the completion deadline");

fn request_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    Some(months_before(ctx.calendar, ctx.date("/completionDeadline")?, 1, DEADLINE_WORDS, ctx.locale))
}

fn late(ctx: &Ctx, hits: &mut Hits) {
    let (Some(deadline), Some(Ok(p))) = (ctx.date("/completionDeadline"), request_period(ctx)) else { return };
    if ctx.as_of > p.due {
        hits.at("/completionDeadline", &[("deadline", ctx.fmt_date(deadline)), ("latest", ctx.fmt_date(p.due))]);
    }
}

fn already_extended(ctx: &Ctx, hits: &mut Hits) {
    if let Some(n) = ctx.int("/previousExtensions").filter(|n| *n >= 1) {
        hits.at("/previousExtensions", &[("n", n.to_string())]);
    }
}

fn too_long(ctx: &Ctx, hits: &mut Hits) {
    let (Some(deadline), Some(until)) = (ctx.date("/completionDeadline"), ctx.date("/requestedUntil")) else { return };
    if let Ok(max) = add_months(deadline, 12) {
        if until > max {
            hits.at("/requestedUntil", &[("max", ctx.fmt_date(max))]);
        }
    }
}

fn not_after(ctx: &Ctx, hits: &mut Hits) {
    let (Some(deadline), Some(until)) = (ctx.date("/completionDeadline"), ctx.date("/requestedUntil")) else { return };
    if until <= deadline {
        hits.at("/requestedUntil", &[("deadline", ctx.fmt_date(deadline))]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "scitech_extension.late",
        severity: Severity::Error,
        description: t("须在完成时限前1个月提出延期验收申请", "The request is made no later than one month before the completion deadline"),
        message: t(
            "延期验收申请须在完成时限（{deadline}）前1个月提出，即最迟于{latest}提出，现已超过；请尽快组织验收。",
            "A postponement must be requested one month before the completion deadline ({deadline}), that is by {latest}, which has passed; arrange the acceptance instead.",
        ),
        citation: ART25,
        check: late,
    },
    Rule {
        code: "scitech_extension.already_extended",
        severity: Severity::Warning,
        description: t("原则上申请延期次数不超过1次", "In principle at most one postponement"),
        message: t("本项目已申请过{n}次延期验收；原则上申请延期次数不超过1次，请说明特殊理由。", "This project has already been postponed {n} time(s); in principle at most one postponement is granted, so give the special reason."),
        citation: ART25,
        check: already_extended,
    },
    Rule {
        code: "scitech_extension.too_long",
        severity: Severity::Warning,
        description: t("延期原则上最长不超过1年", "In principle a postponement of at most one year"),
        message: t("延期原则上最长不超过1年，即不晚于{max}；请调整延期后的完成时限或说明理由。", "A postponement is in principle at most one year, that is until {max} at the latest; change the date or give the reason."),
        citation: ART25,
        check: too_long,
    },
    Rule {
        code: "scitech_extension.not_after_deadline",
        severity: Severity::Error,
        description: t("延期后的完成时限晚于原完成时限", "The new completion deadline is after the original one"),
        message: t("延期后的完成时限应晚于原完成时限（{deadline}）。", "The new completion deadline must be after the original one ({deadline})."),
        citation: ART25,
        check: not_after,
    },
];

const DEADLINES: &[DeadlineDef] = &[DeadlineDef {
    id: "extension_request",
    title: t("提出延期验收申请的最后一日", "Last day to request a postponement"),
    citation: ART25,
    needs: &["/completionDeadline"],
    compute: request_period,
}];

/// B4: 延期验收申请.
pub static EXTENSION: ApplicationType = ApplicationType {
    id: "scitech-acceptance-extension",
    code: "B4",
    title: t("科技计划项目延期验收申请", "Request to postpone project acceptance"),
    document: super::DOC,
    articles: &["第二十五条"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};
