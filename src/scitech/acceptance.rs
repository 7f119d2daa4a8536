//! B3 `scitech-project-acceptance` — 验收申请 (第二十三、二十五、二十八条).

use super::{cite, ev, is_award_subsidy, t, ART25, ART28, ECOSYSTEM_KIND, PLAN_KINDS, PROJECT_NAME, PROJECT_NUMBER, UNDERTAKING_UNIT};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity, Text};
use crate::periods::{months_after, Period};
use crate::Error;

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

fn acceptance_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let done = ctx.date("/completionDate")?;
    Some(months_after(ctx.calendar, done, 6, true, COMPLETED, ctx.locale))
}

fn no_acceptance(ctx: &Ctx, hits: &mut Hits) {
    if is_award_subsidy(ctx) {
        hits.at("/ecosystemKind", &[]);
    }
}

fn late(ctx: &Ctx, hits: &mut Hits) {
    if is_award_subsidy(ctx) {
        return;
    }
    let Some(Ok(p)) = acceptance_period(ctx) else { return };
    let extended = ctx.date("/extendedUntil").is_some_and(|u| ctx.as_of <= u);
    if ctx.as_of > p.due && !extended {
        hits.at("/completionDate", &[("due", ctx.fmt_date(p.due))]);
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
        severity: Severity::Error,
        description: t("项目实施完成后半年内申请验收", "Apply for acceptance within half a year of completion"),
        message: t(
            "应在项目实施完成后半年内申请验收，即最迟于{due}提出，现已超过。已获准延期验收的，请填写经批准的延期验收期限。",
            "Acceptance is applied for within half a year of completion, that is by {due}, which has passed. If a postponement was approved, enter its date.",
        ),
        citation: ART23,
        check: late,
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

const DEADLINES: &[DeadlineDef] = &[DeadlineDef {
    id: "acceptance_application",
    title: t("申请验收的期限", "Time limit to apply for acceptance"),
    citation: ART23,
    compute: acceptance_period,
}];

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
