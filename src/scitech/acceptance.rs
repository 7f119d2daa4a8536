//! B3 `scitech-project-acceptance` — 验收申请 (第二十三、二十五、二十八条).

use super::{cite, ev, is_award_subsidy, t, ART25, ART28, ECOSYSTEM_KIND, PLAN_KINDS, PROJECT_NAME, PROJECT_NUMBER, UNDERTAKING_UNIT};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity, Text};
use crate::periods::{format_date, format_date_weekday, months_after, provisional_note, Period, Roll};
use crate::error::Error;
use crate::model::Locale;
use chrono::NaiveDate;

const ART23: Citation = cite("第二十三条", "计划项目实施完成后，承担单位应在半年内准备验收材料并向市科技行政主管部门申请验收。");

const FORMS: &[EnumValue] = &[ev("meeting", "会议审查验收", "Review meeting"), ev("field", "实地考核验收", "On-site examination")];

static FIELDS: &[Field] = &[
    PROJECT_NUMBER,
    PROJECT_NAME,
    UNDERTAKING_UNIT,
    Field::required("planKind", t("计划类别", "programme"), FieldKind::Enum(PLAN_KINDS)),
    ECOSYSTEM_KIND,
    Field::required("completionDate", t("项目实施完成日期", "date the project was completed"), FieldKind::Date).cited(&ART23),
    Field::optional("acceptanceForms", t("申请的验收形式", "forms of acceptance requested"), FieldKind::EnumSet(FORMS)).cited(&ART25),
    Field::optional("extendedUntil", t("经批准的延期验收期限", "approved postponement of acceptance until"), FieldKind::Date).cited(&ART25),
];

const COMPLETED: Text = t("项目实施完成", "completion of the project");

/// 第二十三条: half a year from completion (periods.md R1, R4, R6). Shown unless an
/// approved postponement (第二十五条) ends later.
fn acceptance_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    match half_year(ctx)? {
        Ok(p) if extended(ctx, &p).is_some() => None,
        r => Some(r),
    }
}

/// Counted only from a completion that has happened (a later date is `not_completed`).
fn half_year(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let done = ctx.date("/completionDate").filter(|d| *d <= ctx.as_of)?;
    Some(months_after(ctx.calendar, done, 6, Roll::ToNextWorkday, COMPLETED, ctx.locale))
}

/// The approved postponement (第二十五条) when it ends after the half year: an approval
/// postpones, it never shortens the period of 第二十三条.
fn extended(ctx: &Ctx, original: &Period) -> Option<NaiveDate> {
    ctx.date("/extendedUntil").filter(|u| *u > original.due)
}

/// 第二十五条: the acceptance deadline as postponed. A postponement lengthens the same
/// period of 第二十三条 (periods.md R14: one period, 民法典 第二百零三条 applied once, at
/// its end), and the plain half year rolls over a rest day, so the approved date does
/// too: an approved last day on a rest day moves to the next working day (reading in
/// docs/legal-readings.md). Provisional when a day from the approved date through the
/// rolled one lies in a year without an official schedule (whether it rolls is for that
/// year's notice).
fn extended_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let original = match half_year(ctx)? {
        Ok(p) => p,
        Err(e) => return Some(Err(e)),
    };
    let until = extended(ctx, &original)?;
    let done = ctx.date("/completionDate")?;
    let cal = ctx.calendar;
    let (due, trace) = match crate::periods::roll_over(cal, until, ctx.locale) {
        Ok(rolled) => rolled,
        Err(e) => return Some(Err(e)),
    };
    let years = cal.provisional_years(until.pred_opt().unwrap_or(until), due);
    let mut rule = match ctx.locale {
        Locale::ZhCn => format!(
            "经批准延期验收至{}（第二十五条）：最迟应于该日申请验收；原期限为项目实施完成之日（{}）起半年，至{}",
            format_date_weekday(until, ctx.locale),
            format_date(done, ctx.locale),
            format_date(original.due, ctx.locale)
        ),
        Locale::En => format!(
            "acceptance postponed with approval until {} (Article 25): apply by that day; the original limit was half a year from completion ({done}), {}",
            format_date_weekday(until, ctx.locale),
            original.due
        ),
    };
    if due != until {
        rule.push_str(&match ctx.locale {
            Locale::ZhCn => format!("；延期后的期限是原期限的延长，届满日为休息日的，顺延至{}", format_date_weekday(due, ctx.locale)),
            Locale::En => format!(
                "; the postponement lengthens the same period, so a last day on a rest day moves to {}",
                format_date_weekday(due, ctx.locale)
            ),
        });
    }
    if !years.is_empty() {
        rule.push_str(if ctx.locale == Locale::ZhCn { "；" } else { "; " });
        rule.push_str(&provisional_note(&years, ctx.locale));
    }
    rule.push_str(if ctx.locale == Locale::ZhCn { "。" } else { "." });
    Some(Ok(Period { due, due_time: None, rule, trace, provisional: !years.is_empty(), act_by: None, advice: None }))
}

fn no_acceptance(ctx: &Ctx, hits: &mut Hits) {
    if is_award_subsidy(ctx) {
        hits.at("/ecosystemKind", &[]);
    }
}

fn late(ctx: &Ctx, hits: &mut Hits) {
    if is_award_subsidy(ctx) || extended_period(ctx).is_some() {
        return;
    }
    let Some(Ok(p)) = acceptance_period(ctx) else { return };
    if ctx.as_of > p.due {
        // A postponement date already given (and not later than the half year, or it would
        // apply) is not asked for again (issue 23): it is said not to extend the period.
        let postponement = match ctx.date("/extendedUntil") {
            None => t("；已获准延期验收的，请填写经批准的延期验收期限。", "; if a postponement was approved, enter its date.").get(ctx.locale).to_owned(),
            Some(u) => t(
                "；所填延期验收期限{date}不晚于原期限，不能延长申请验收的期限。",
                "; the postponement entered ({date}) ends no later than that, so it does not extend it.",
            )
            .fill(ctx.locale, &[("date", &ctx.fmt_date(u))]),
        };
        hits.at("/completionDate", &[("due", ctx.fmt_date(p.due)), ("postponement", postponement)]);
    }
}

/// Late past an approved postponement (第二十五条): the same date as the deadline shown.
fn late_postponed(ctx: &Ctx, hits: &mut Hits) {
    if is_award_subsidy(ctx) {
        return;
    }
    let Some(Ok(p)) = extended_period(ctx) else { return };
    if ctx.as_of > p.due {
        hits.at("/extendedUntil", &[("due", ctx.fmt_date(p.due))]);
    }
}

fn not_completed(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/completionDate").filter(|d| *d > ctx.as_of) {
        hits.at("/completionDate", &[("date", ctx.fmt_date(d))]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "scitech_acceptance.award_subsidy_no_acceptance",
        severity: Severity::Error,
        description: t("科技奖补项目无需验收", "Award-and-subsidy projects need no acceptance"),
        message: t("创新生态服务支撑计划科技奖补项目无需验收，不用提交验收申请。", "Award-and-subsidy projects of the ecosystem programme need no acceptance; no request is needed."),
        citation: ART28,
        check: no_acceptance,
    },
    Rule {
        code: "scitech_acceptance.late",
        // A late duty: acceptance is still owed (第二十三条 “应”); a warning that says how.
        severity: Severity::Warning,
        description: t(
            "项目实施完成后半年内（经批准延期的，至延期验收期限）申请验收；逾期的，提示尽快申请并说明逾期原因（逾期不免除验收义务）",
            "Apply for acceptance within half a year of completion (or by the approved postponement); when late, a warning to apply at once and explain the delay (the duty remains)",
        ),
        message: t(
            "已超过申请验收期限：最迟应于{due}申请验收。逾期仍须验收，请尽快提交验收申请，并说明逾期原因{postponement}",
            "The time to apply for acceptance ended on {due}. Acceptance is still required: apply at once and explain the delay{postponement}",
        ),
        citation: ART23,
        check: late,
    },
    Rule {
        code: "scitech_acceptance.late_postponed",
        // A late duty, as `late`: acceptance is still owed.
        severity: Severity::Warning,
        description: t(
            "经批准延期验收的，在延期验收期限内申请验收；逾期的，提示尽快申请并说明逾期原因（逾期不免除验收义务）",
            "With an approved postponement, apply for acceptance by its date; when late, a warning to apply at once and explain the delay (the duty remains)",
        ),
        message: t(
            "已超过经批准的延期验收期限：最迟应于{due}申请验收。逾期仍须验收，请尽快提交验收申请，并说明逾期原因。",
            "The approved postponement of acceptance ended on {due}. Acceptance is still required: apply at once and explain the delay.",
        ),
        citation: ART25,
        check: late_postponed,
    },
    Rule {
        code: "scitech_acceptance.not_completed",
        severity: Severity::Error,
        description: t("项目实施完成后才能申请验收", "Acceptance is applied for after completion"),
        message: t("项目实施完成日期{date}晚于提交日期；项目完成后再申请验收。", "The completion date, {date}, is after the submission date; apply once the project is complete."),
        citation: ART23,
        check: not_completed,
    },
];

const DEADLINES: &[DeadlineDef] = &[
    DeadlineDef {
        id: "acceptance_application",
        title: t("申请验收的期限", "Time limit to apply for acceptance"),
        citation: ART23,
        needs: &["/completionDate"],
        compute: acceptance_period,
    },
    DeadlineDef {
        id: "acceptance_application_extended",
        title: t("经批准延期后申请验收的期限", "Time limit to apply for acceptance, as postponed"),
        citation: ART25,
        needs: &["/completionDate", "/extendedUntil"],
        compute: extended_period,
    },
];

/// B3: 验收申请.
pub static ACCEPTANCE: ApplicationType = ApplicationType {
    id: "scitech-project-acceptance",
    code: "B3",
    title: t("科技计划项目验收申请", "Request for project acceptance"),
    document: super::DOC,
    articles: &["第二十三条", "第二十五条", "第二十八条"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};
