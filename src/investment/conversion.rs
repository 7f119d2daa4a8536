//! D3 `simulated-approval-conversion` — 模正转换申请 (《晋城市企业投资项目模拟审批模正转换
//! 申请表》, 附表3; 晋市审管发〔2021〕27号 四（四）（五）（六）).
//!
//! Where the supplied materials change nothing in the simulated approval, the formal
//! approval is issued “于2个工作日内（不含公示时间）”. The text names no starting event;
//! the count runs from the day the conversion application (with the supplied materials)
//! is submitted, that day not counted (periods.md R1, R2), and the days of the public
//! notice are left out (R12(a), [`crate::periods::workdays_after_excluding`]).

use super::{cite_simulated, t, PROJECT_NAME, UNIT};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{Citation, Field, FieldKind, Severity, Text};
use crate::periods::{workdays_after, workdays_after_excluding, Period};
use crate::error::Error;

const FOUR_4: Citation = cite_simulated(
    "四（四）",
    "（四）项目单位在补齐容缺材料后，提交《晋城市企业投资项目模拟审批模正转换申请表》（附表3），行政审批部门对补齐的容缺材料进行审查，容缺材料未对《模拟批复》结果产生变动的，应当于2个工作日内（不含公示时间）将《模拟批复》转换为正式审批文件；",
);
const FOUR_4_CHANGED: Citation =
    cite_simulated("四（四）", "对《模拟批复》结果产生变动或造成实质性影响的，《模拟批复》应当作废，并按照该事项规定重新办理审批手续。");
const FOUR_5: Citation = cite_simulated(
    "四（五）",
    "（五）在《模拟批复》转为正式文件期间，因法律、法规和政策调整，对《模拟批复》内容造成实质性的影响，应按照调整后的相应规定执行，《模拟批复》自动失效。",
);
const FOUR_6: Citation = cite_simulated(
    "四（六）",
    "（六）项目单位在承诺时限内不能补齐全部材料或所补齐的材料不符合要求的，《模拟审批》自动失效，因容缺办理造成的损失由项目单位自行承担。",
);

const NOTICE: &[Field] = &[
    Field::required("start", t("公示开始日期", "first day of the public notice"), FieldKind::Date),
    Field::required("end", t("公示结束日期", "last day of the public notice"), FieldKind::Date),
];

static FIELDS: &[Field] = &[
    PROJECT_NAME,
    Field::required("applicant", t("项目单位", "project unit"), FieldKind::Object(UNIT)),
    Field::required("simulatedApprovalNumber", t("《模拟批复》文号", "number of the simulated approval"), FieldKind::Text { max: 100 })
        .cited(&FOUR_4),
    Field::required(
        "committedSupplementDate",
        t("承诺补齐容缺材料日期", "committed date to supply the missing materials"),
        FieldKind::Date,
    )
    .cited(&FOUR_6),
    Field::required("supplementDate", t("实际补齐容缺材料日期", "date the missing materials were supplied"), FieldKind::Date)
        .cited(&FOUR_4),
    Field::required("applicationDate", t("提交模正转换申请日期", "date the conversion application was submitted"), FieldKind::Date)
        .cited(&FOUR_4),
    Field::required(
        "resultChanged",
        t(
            "补齐的容缺材料是否对《模拟批复》结果产生变动或造成实质性影响",
            "whether the supplied materials change the simulated approval's result",
        ),
        FieldKind::Boolean,
    )
    .cited(&FOUR_4_CHANGED),
    Field::optional(
        "policyChanged",
        t(
            "转换期间法律、法规和政策调整是否对《模拟批复》内容造成实质性影响",
            "whether a change of law or policy during conversion affects the simulated approval",
        ),
        FieldKind::Boolean,
    ),
    Field::optional("publicNotice", t("公示期间", "public-notice period"), FieldKind::Object(NOTICE)),
];

const APPLIED: Text = t("提交模正转换申请", "the conversion application");
const NOTICE_WORDS: Text = t("公示", "public notice");

fn voided(ctx: &Ctx) -> bool {
    ctx.bool("/resultChanged") == Some(true) || ctx.bool("/policyChanged") == Some(true) || lapsed_on(ctx).is_some()
}

fn lapsed_on(ctx: &Ctx) -> Option<(chrono::NaiveDate, chrono::NaiveDate)> {
    let (committed, supplied) = (ctx.date("/committedSupplementDate")?, ctx.date("/supplementDate")?);
    (supplied > committed).then_some((committed, supplied))
}

fn formal_approval(ctx: &Ctx) -> Option<Result<Period, Error>> {
    if voided(ctx) {
        return None;
    }
    let applied = ctx.date("/applicationDate")?;
    match (ctx.date("/publicNotice/start"), ctx.date("/publicNotice/end")) {
        (Some(s), Some(e)) => Some(workdays_after_excluding(ctx.calendar, applied, 2, (s, e), APPLIED, NOTICE_WORDS, ctx.locale)),
        _ => Some(workdays_after(ctx.calendar, applied, 2, APPLIED, ctx.locale)),
    }
}

fn lapsed(ctx: &Ctx, hits: &mut Hits) {
    if let Some((committed, supplied)) = lapsed_on(ctx) {
        hits.at("/supplementDate", &[("date", ctx.fmt_date(supplied)), ("committed", ctx.fmt_date(committed))]);
    }
}

fn application_before_supplement(ctx: &Ctx, hits: &mut Hits) {
    if let (Some(applied), Some(supplied)) = (ctx.date("/applicationDate"), ctx.date("/supplementDate")) {
        if applied < supplied {
            hits.at("/applicationDate", &[("date", ctx.fmt_date(applied)), ("supplement", ctx.fmt_date(supplied))]);
        }
    }
}

fn result_changed(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/resultChanged") == Some(true) {
        hits.at("/resultChanged", &[]);
    }
}

fn policy_changed(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/policyChanged") == Some(true) {
        hits.at("/policyChanged", &[]);
    }
}

fn notice_order(ctx: &Ctx, hits: &mut Hits) {
    if let (Some(s), Some(e)) = (ctx.date("/publicNotice/start"), ctx.date("/publicNotice/end")) {
        if e < s {
            hits.at("/publicNotice/end", &[]);
        }
    }
}

fn date_future(ctx: &Ctx, hits: &mut Hits) {
    for p in ["/supplementDate", "/applicationDate"] {
        if let Some(d) = ctx.date(p).filter(|d| *d > ctx.as_of) {
            hits.at(p, &[("date", ctx.fmt_date(d))]);
        }
    }
}

fn formal_approval_due(ctx: &Ctx, hits: &mut Hits) {
    if let Some(Ok(p)) = formal_approval(ctx) {
        hits.at("/applicationDate", &[("due", ctx.fmt_date(p.due))]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "simulated_approval_conversion.lapsed",
        severity: Severity::Error,
        description: t("在承诺时限内未补齐全部容缺材料的，《模拟审批》自动失效，不能转换", "Materials not supplied by the committed date: the simulated approval has lapsed and cannot be converted"),
        message: t(
            "容缺材料于{date}补齐，晚于承诺的{committed}，《模拟审批》已自动失效，不能办理模正转换，请按该事项规定重新申请审批。",
            "The materials were supplied on {date}, after the committed {committed}: the simulated approval has lapsed and cannot be converted. Apply again under the item's rules.",
        ),
        citation: FOUR_6,
        check: lapsed,
    },
    Rule {
        code: "simulated_approval_conversion.application_before_supplement",
        severity: Severity::Error,
        description: t("补齐容缺材料后才能提交模正转换申请（可以是同一天）", "The conversion is applied for once the materials are supplied (the same day is fine)"),
        message: t(
            "模正转换申请应在补齐容缺材料后提交：申请日期{date}早于补齐日期{supplement}，请核对。",
            "The conversion is applied for after the materials are supplied: the application date {date} is before the supplement date {supplement}.",
        ),
        citation: FOUR_4,
        check: application_before_supplement,
    },
    Rule {
        code: "simulated_approval_conversion.result_changed",
        severity: Severity::Error,
        description: t("容缺材料对《模拟批复》结果产生变动或造成实质性影响的，《模拟批复》作废，须重新办理审批手续", "If the materials change the result, the simulated approval is void and the item is applied for again"),
        message: t(
            "补齐的容缺材料对《模拟批复》结果产生变动或造成实质性影响，《模拟批复》应当作废，不能转换，请按该事项规定重新办理审批手续。",
            "The supplied materials change the simulated approval's result: it is void and cannot be converted. Apply again under the item's rules.",
        ),
        citation: FOUR_4_CHANGED,
        check: result_changed,
    },
    Rule {
        code: "simulated_approval_conversion.policy_changed",
        severity: Severity::Error,
        description: t("转换期间因法律、法规和政策调整造成实质性影响的，《模拟批复》自动失效", "A change of law or policy that affects the simulated approval during conversion voids it"),
        message: t(
            "转换期间法律、法规和政策调整对《模拟批复》内容造成实质性影响，《模拟批复》已自动失效，请按调整后的规定重新办理。",
            "A change of law or policy affects the simulated approval during conversion: it has lapsed. Apply again under the new rules.",
        ),
        citation: FOUR_5,
        check: policy_changed,
    },
    Rule {
        code: "simulated_approval_conversion.notice_order",
        severity: Severity::Error,
        description: t("公示结束日期不早于开始日期", "The public notice does not end before it starts"),
        message: t("公示结束日期早于开始日期，请核对公示期间。", "The public notice ends before it starts; check its dates."),
        citation: FOUR_4,
        check: notice_order,
    },
    Rule {
        code: "simulated_approval_conversion.date_future",
        severity: Severity::Error,
        description: t("补齐日期、申请日期不能晚于提交日期", "The supplement and application dates are not after the submission date"),
        message: t("日期{date}晚于提交日期，请核对。", "The date {date} is after the submission date; check it."),
        citation: FOUR_4,
        check: date_future,
    },
    Rule {
        code: "simulated_approval_conversion.formal_approval_due",
        severity: Severity::Info,
        description: t(
            "容缺材料未改变《模拟批复》结果的，审批部门于2个工作日内（不含公示时间）转换为正式审批文件",
            "If nothing changes, the formal approval is issued within 2 working days, public-notice time excluded",
        ),
        message: t(
            "容缺材料未改变《模拟批复》结果的，审批部门应当最迟于{due}将《模拟批复》转换为正式审批文件（2个工作日，不含公示时间）。",
            "If the materials change nothing, the approval department issues the formal approval by {due} (2 working days, public-notice time not counted).",
        ),
        citation: FOUR_4,
        check: formal_approval_due,
    },
];

const DEADLINES: &[DeadlineDef] = &[DeadlineDef {
    id: "formal_approval",
    title: t("《模拟批复》转换为正式审批文件的期限", "Time limit to issue the formal approval"),
    citation: FOUR_4,
    needs: &["/applicationDate"],
    compute: formal_approval,
}];

/// D3: 模正转换申请.
pub static SIMULATED_APPROVAL_CONVERSION: ApplicationType = ApplicationType {
    id: "simulated-approval-conversion",
    code: "D3",
    title: t("企业投资项目模拟审批模正转换申请", "Conversion of a simulated approval into the formal approval"),
    document: super::DOC_SIMULATED,
    articles: &["四（四）", "四（五）", "四（六）"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};
