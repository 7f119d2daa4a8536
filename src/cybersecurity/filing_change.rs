//! C2 `mlps-filing-change` — 备案撤销或变更 (43号 三（一）1).

use super::{ev, level, t, CHANGE_ART, LEVELS, OPERATOR};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{EnumValue, Field, FieldKind, Severity, Text};
use crate::periods::{workdays_after, Period};
use crate::error::Error;

const KINDS: &[EnumValue] = &[
    ev("revoke", "备案撤销（网络撤销）", "Revoke the filing (network withdrawn)"),
    ev("change_level", "备案变更（调整安全保护等级）", "Change the filing (level changed)"),
];

static FIELDS: &[Field] = &[
    Field::required("operator", t("网络运营者", "network operator"), FieldKind::Object(OPERATOR)),
    Field::required("networkName", t("网络（系统）名称", "network or system"), FieldKind::Text { max: 200 }),
    Field::required("filingCertificateNumber", t("原备案证明编号", "number of the filing certificate"), FieldKind::Text { max: 100 }),
    Field::required("originalPoliceOrgan", t("原备案公安机关", "public security organ of the filing"), FieldKind::Text { max: 100 })
        .cited(&CHANGE_ART),
    Field::required("changeKind", t("办理事项", "what is requested"), FieldKind::Enum(KINDS)).cited(&CHANGE_ART),
    Field::required("eventDate", t("网络撤销或等级调整日期", "date the network was withdrawn or regraded"), FieldKind::Date)
        .cited(&CHANGE_ART),
    Field::required("previousLevel", t("原安全保护等级", "previous level"), FieldKind::Enum(LEVELS)),
    Field::required_when("newLevel", t("调整后的安全保护等级", "new level"), FieldKind::Enum(LEVELS), "changeKind", &["change_level"])
        .cited(&CHANGE_ART),
    Field::required("reason", t("撤销或变更原因", "reason"), FieldKind::Text { max: 2000 }),
];

const EVENT: Text = t("网络撤销或安全保护等级调整", "the network was withdrawn or regraded");

fn change_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    Some(workdays_after(ctx.calendar, ctx.date("/eventDate")?, 10, EVENT, ctx.locale))
}

fn late(ctx: &Ctx, hits: &mut Hits) {
    let (Some(event), Some(Ok(p))) = (ctx.date("/eventDate"), change_period(ctx)) else { return };
    if ctx.as_of > p.due {
        hits.at("/eventDate", &[("event", ctx.fmt_date(event)), ("due", ctx.fmt_date(p.due))]);
    }
}

fn same_level(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/changeKind") == Some("change_level") {
        if let (Some(a), Some(b)) = (level(ctx, "/previousLevel"), level(ctx, "/newLevel")) {
            if a == b {
                hits.at("/newLevel", &[]);
            }
        }
    }
}

fn event_future(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/eventDate").filter(|d| *d > ctx.as_of) {
        hits.at("/eventDate", &[("date", ctx.fmt_date(d))]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "mlps_filing_change.late",
        // A late duty: the filing must still be revoked or changed; a warning that says how.
        severity: Severity::Warning,
        description: t(
            "网络撤销或等级变更后10个工作日内办理备案撤销或变更；逾期的，提示尽快办理并说明逾期原因（逾期不免除办理义务）",
            "Revoke or change the filing within 10 working days; when late, a warning to apply at once and explain the delay (the duty remains)",
        ),
        message: t(
            "已超过办理期限：应自网络撤销或等级调整之日（{event}）起10个工作日内，即最迟于{due}向原备案公安机关办理。逾期仍须办理，请尽快提交，并在申请中说明逾期原因。",
            "The period has passed: within 10 working days of the withdrawal or regrading ({event}), that is by {due}. The change is still required: submit it at once and explain the delay.",
        ),
        citation: CHANGE_ART,
        check: late,
    },
    Rule {
        code: "mlps_filing_change.level_unchanged",
        severity: Severity::Error,
        description: t("变更备案的等级须与原等级不同", "A level change names a different level"),
        message: t("调整后的安全保护等级与原等级相同，无需办理变更；请核对等级。", "The new level equals the previous one; no change is needed. Check the levels."),
        citation: CHANGE_ART,
        check: same_level,
    },
    Rule {
        code: "mlps_filing_change.event_date_future",
        severity: Severity::Error,
        description: t("撤销或调整日期不能晚于申请日期", "The event cannot be after the application date"),
        message: t("网络撤销或等级调整日期{date}晚于申请日期，请核对。", "The withdrawal or regrading date, {date}, is after the application date; check it."),
        citation: CHANGE_ART,
        check: event_future,
    },
];

static DEADLINES: &[DeadlineDef] = &[DeadlineDef {
    id: "change_filing",
    title: t("办理备案撤销或变更的期限", "Time limit to revoke or change the filing"),
    citation: CHANGE_ART,
    needs: &["/eventDate"],
    compute: change_period,
}];

/// C2: 备案撤销或变更.
pub static FILING_CHANGE: ApplicationType = ApplicationType {
    id: "mlps-filing-change",
    code: "C2",
    title: t("网络安全等级保护备案撤销或变更", "Revocation or change of a level filing"),
    document: super::DOC,
    articles: &["三（一）1"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};
