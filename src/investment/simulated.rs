//! D2 `simulated-approval` — 模拟审批申请: the application form (附件1) and the credit
//! commitment (附件2) of 晋市审管发〔2021〕27号 (一, 二（二）, 四（一）（二）（三）（六）, 五).
//!
//! The one-year bar of 四（六） (“自《模拟审批》自动失效之日起，1年内不再适用承诺制审批模式和
//! 享受容缺审批政策”) is counted as a year period with periods.md R1 and R4: the day of the
//! lapse is not counted and the year ends on the corresponding day of the next year (the
//! last day of February when there is none, e.g. 2024-02-29 → 2025-02-28). It is a bar,
//! not a period for an act (R15): no holiday rollover. “1年内” includes its last day
//! (R5, 民法典 第一千二百五十九条): the unit is barred up to and including that day and
//! may apply again from the next day.

use super::{cite_simulated, t, CONTACT, PROJECT_NAME, UNIT};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{Citation, Field, FieldKind, Severity, Text};
use crate::periods::{months_after, Period, Roll};
use crate::error::Error;

const ONE: Citation = cite_simulated(
    "一",
    "“模拟审批”只作为行政审批部门内部审批方式的创新，“模拟审批”过程中出具的《模拟批复》不具有行政审批文件的法律效力，在正式审批文件取得之前，工程不得开工建设。",
);
const TWO_2: Citation = cite_simulated(
    "二（二）",
    "（二）涉及易燃易爆危险品、危险化学品的生产和储存或者技术难度特别复杂的项目、关系国家安全和生态安全的项目、涉及重大生产力布局、重大公共利益的项目，特殊工程和交通、水利、能源等领域的重大工程不适用本办法。",
);
const TWO_1: Citation = cite_simulated(
    "二（一）",
    "（一）本办法适用于全市范围内企业投资项目开工之前需办理的行政许可、其他行政权力、政府内部管理、强制性中介服务等事项。",
);
const FOUR_1: Citation =
    cite_simulated("四（一）", "可容缺办理的事项、容缺材料、后补承诺时限等容缺后补事项目录清单由行政审批部门梳理明确。");
const FOUR_2: Citation = cite_simulated(
    "四（二）",
    "（二）“模拟审批”应当由项目单位提交《晋城市企业投资项目模拟审批申请表》（附件1）和《晋城市企业投资项目模拟审批信用承诺书》（附件2），提供项目单位基本信息，并对下列内容作出确认和承诺：1.所作承诺是申请人真实意愿表示；2.已经知晓审批部门告知的全部内容；3.提供的所有申请材料真实有效；4.在承诺期限内补齐补正全部容缺材料；5.愿意承担违反承诺的法律责任。",
);
const FOUR_3: Citation = cite_simulated("四（三）", "项目单位应当于项目承诺时间内补齐容缺材料，承诺补齐时间不得长于企业承诺开工时间。");
const FOUR_6: Citation = cite_simulated(
    "四（六）",
    "（六）项目单位在承诺时限内不能补齐全部材料或所补齐的材料不符合要求的，《模拟审批》自动失效，因容缺办理造成的损失由项目单位自行承担。对于未履行承诺的项目单位，自《模拟审批》自动失效之日起，1年内不再适用承诺制审批模式和享受容缺审批政策。",
);
const FIVE: Citation = cite_simulated(
    "五",
    "探索对唯一意向的用地单位，供地前需启动政府统一服务的单体项目，实行“政府统一服务+模拟审批”办理机制。……属政府统一服务范围的相关费用由同级财政解决。",
);

const MATTER: &[Field] = &[
    Field::required("name", t("审批事项名称", "approval item"), FieldKind::Text { max: 100 }),
    Field::required(
        "deferredMaterials",
        t("容缺材料", "materials to be supplied later"),
        FieldKind::List { item: &FieldKind::Text { max: 200 }, min: 1, max: 50 },
    )
    .cited(&FOUR_1),
];

/// The five kinds of project of 二（二）, in the order of the text: the question the
/// form asks, and the kind as the message names it.
const EXCLUSIONS: &[Field] = &[
    Field::required(
        "hazardous",
        t(
            "是否涉及易燃易爆危险品、危险化学品的生产和储存",
            "whether it involves producing or storing flammable, explosive or hazardous chemicals",
        ),
        FieldKind::Boolean,
    )
    .cited(&TWO_2),
    Field::required("technicallyComplex", t("是否技术难度特别复杂", "whether it is technically exceptionally complex"), FieldKind::Boolean)
        .cited(&TWO_2),
    Field::required("security", t("是否关系国家安全和生态安全", "whether it bears on national or ecological security"), FieldKind::Boolean)
        .cited(&TWO_2),
    Field::required(
        "majorLayout",
        t("是否涉及重大生产力布局、重大公共利益", "whether it involves a major productivity layout or major public interest"),
        FieldKind::Boolean,
    )
    .cited(&TWO_2),
    Field::required(
        "majorWorks",
        t("是否属于特殊工程和交通、水利、能源等领域的重大工程", "whether it is special works or major transport, water or energy works"),
        FieldKind::Boolean,
    )
    .cited(&TWO_2),
];

const EXCLUDED_KINDS: [Text; 5] = [
    t("涉及易燃易爆危险品、危险化学品的生产和储存的项目", "Projects producing or storing flammable, explosive or hazardous chemicals"),
    t("技术难度特别复杂的项目", "Technically exceptionally complex projects"),
    t("关系国家安全和生态安全的项目", "Projects bearing on national or ecological security"),
    t("涉及重大生产力布局、重大公共利益的项目", "Projects of major productivity layout or major public interest"),
    t("特殊工程和交通、水利、能源等领域的重大工程", "Special works and major transport, water or energy works"),
];

/// The five confirmations of the credit commitment, 四（二）1–5.
const COMMITMENTS: &[Field] = &[
    Field::required(
        "sincere",
        t("是否确认：所作承诺是申请人真实意愿表示", "commitment 1 (the applicant's true intention)"),
        FieldKind::Boolean,
    )
    .cited(&FOUR_2),
    Field::required("informed", t("是否确认：已经知晓审批部门告知的全部内容", "commitment 2 (informed of everything)"), FieldKind::Boolean)
        .cited(&FOUR_2),
    Field::required(
        "materialsTrue",
        t("是否确认：提供的所有申请材料真实有效", "commitment 3 (materials true and valid)"),
        FieldKind::Boolean,
    )
    .cited(&FOUR_2),
    Field::required(
        "supplementInTime",
        t("是否承诺：在承诺期限内补齐补正全部容缺材料", "commitment 4 (missing materials supplied in time)"),
        FieldKind::Boolean,
    )
    .cited(&FOUR_2),
    Field::required(
        "acceptLiability",
        t("是否承诺：愿意承担违反承诺的法律责任", "commitment 5 (liability for breaking the commitment accepted)"),
        FieldKind::Boolean,
    )
    .cited(&FOUR_2),
];

/// The words of 四（二）1–5, as the message quotes them.
const COMMITMENT_TEXTS: [Text; 5] = [
    t("所作承诺是申请人真实意愿表示", "the commitment is the applicant's true intention"),
    t("已经知晓审批部门告知的全部内容", "has been told everything the approval department informs"),
    t("提供的所有申请材料真实有效", "all materials provided are true and valid"),
    t("在承诺期限内补齐补正全部容缺材料", "will supply all missing materials within the committed time"),
    t("愿意承担违反承诺的法律责任", "accepts legal liability for breaking the commitment"),
];

static FIELDS: &[Field] = &[
    PROJECT_NAME,
    Field::required("applicant", t("项目单位", "project unit"), FieldKind::Object(UNIT)).cited(&FOUR_2),
    Field::required("contact", t("联系人", "contact"), FieldKind::Object(CONTACT)),
    Field::required(
        "matters",
        t("申请模拟审批的事项", "items applied for"),
        FieldKind::List { item: &FieldKind::Object(MATTER), min: 1, max: 50 },
    ),
    Field::required("exclusions", t("项目是否属于以下情形", "whether the project is of these kinds"), FieldKind::Object(EXCLUSIONS))
        .cited(&TWO_2),
    Field::required("commitment", t("信用承诺", "credit commitment"), FieldKind::Object(COMMITMENTS)).cited(&FOUR_2),
    Field::required("supplementDate", t("承诺补齐容缺材料日期", "committed date to supply the missing materials"), FieldKind::Date)
        .cited(&FOUR_3),
    Field::required("plannedStartDate", t("企业承诺开工日期", "committed construction start"), FieldKind::Date).cited(&FOUR_3),
    Field::optional(
        "previousLapse",
        t(
            "本单位此前《模拟审批》因未履行承诺自动失效的日期（如有）",
            "date a previous simulated approval of the unit lapsed for a broken commitment (if any)",
        ),
        FieldKind::Date,
    ),
    Field::optional(
        "uniqueLandIntent",
        t(
            "唯一意向用地单位、供地前需启动政府统一服务的单体项目",
            "a single project of the sole intended land user needing unified government services before land supply",
        ),
        FieldKind::Boolean,
    ),
];

fn excluded_project(ctx: &Ctx, hits: &mut Hits) {
    for (f, kind) in EXCLUSIONS.iter().zip(EXCLUDED_KINDS) {
        let p = format!("/exclusions/{}", f.name);
        if ctx.bool(&p) == Some(true) {
            hits.at(&p, &[("category", kind.get(ctx.locale).to_owned())]);
        }
    }
}

fn commitment_missing(ctx: &Ctx, hits: &mut Hits) {
    for (n, (f, text)) in COMMITMENTS.iter().zip(COMMITMENT_TEXTS).enumerate() {
        let p = format!("/commitment/{}", f.name);
        if ctx.bool(&p) == Some(false) {
            hits.at(&p, &[("item", (n + 1).to_string()), ("text", text.get(ctx.locale).to_owned())]);
        }
    }
}

fn supplement_after_start(ctx: &Ctx, hits: &mut Hits) {
    if let (Some(s), Some(start)) = (ctx.date("/supplementDate"), ctx.date("/plannedStartDate")) {
        if s > start {
            hits.at("/supplementDate", &[("supplement", ctx.fmt_date(s)), ("start", ctx.fmt_date(start))]);
        }
    }
}

/// 一, 二（一）: simulated approval covers the matters handled before construction starts,
/// and no construction starts before the formal approval; a committed start before the
/// application means the project has started (or the date is wrong).
fn start_before_application(ctx: &Ctx, hits: &mut Hits) {
    if let Some(start) = ctx.date("/plannedStartDate").filter(|d| *d < ctx.as_of) {
        hits.at("/plannedStartDate", &[("start", ctx.fmt_date(start)), ("applied", ctx.fmt_date(ctx.as_of))]);
    }
}

fn supplement_date_past(ctx: &Ctx, hits: &mut Hits) {
    if let Some(s) = ctx.date("/supplementDate").filter(|s| *s < ctx.as_of) {
        hits.at("/supplementDate", &[("date", ctx.fmt_date(s))]);
    }
}

const LAPSED: Text = t("《模拟审批》自动失效", "the lapse of the simulated approval");

/// The bar runs from a lapse that has happened: a lapse dated after the application is
/// a date-order error (`lapse_date_future`), not a bar (issue 23, item 6).
fn lapse_bar(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let lapse = ctx.date("/previousLapse").filter(|d| *d <= ctx.as_of)?;
    Some(months_after(ctx.calendar, lapse, 12, Roll::None, LAPSED, ctx.locale))
}

fn barred_after_lapse(ctx: &Ctx, hits: &mut Hits) {
    let (Some(lapse), Some(Ok(p))) = (ctx.date("/previousLapse"), lapse_bar(ctx)) else { return };
    if ctx.as_of <= p.due {
        let next = p.due.succ_opt().unwrap_or(p.due);
        hits.at("/previousLapse", &[("lapse", ctx.fmt_date(lapse)), ("until", ctx.fmt_date(p.due)), ("next", ctx.fmt_date(next))]);
    }
}

fn lapse_date_future(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/previousLapse").filter(|d| *d > ctx.as_of) {
        hits.at("/previousLapse", &[("date", ctx.fmt_date(d))]);
    }
}

fn no_construction(ctx: &Ctx, hits: &mut Hits) {
    if ctx.get("/plannedStartDate").is_some() {
        hits.at("/plannedStartDate", &[]);
    }
}

fn lapse_consequence(ctx: &Ctx, hits: &mut Hits) {
    if let Some(s) = ctx.date("/supplementDate") {
        hits.at("/supplementDate", &[("date", ctx.fmt_date(s))]);
    }
}

fn unified_service(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/uniqueLandIntent") == Some(true) {
        hits.at("/uniqueLandIntent", &[]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "simulated_approval.excluded_project",
        severity: Severity::Error,
        description: t(
            "涉及易燃易爆危险品和危险化学品生产储存、技术难度特别复杂、关系国家安全和生态安全、涉及重大生产力布局和重大公共利益的项目，以及特殊工程和交通、水利、能源等领域的重大工程，不适用模拟审批",
            "Hazardous-chemical, exceptionally complex, security-related, major-layout or public-interest projects and special or major transport, water and energy works are excluded",
        ),
        message: t("{category}不适用模拟审批，请按正常程序申请审批。", "{category} cannot use simulated approval; apply through the ordinary procedure."),
        citation: TWO_2,
        check: excluded_project,
    },
    Rule {
        code: "simulated_approval.commitment_missing",
        severity: Severity::Error,
        description: t("信用承诺书须对五项内容全部作出确认和承诺", "The credit commitment confirms all five points"),
        message: t(
            "信用承诺书第{item}项“{text}”须确认并承诺；未作承诺的，不能启动模拟审批。",
            "Point {item} of the credit commitment (“{text}”) must be confirmed; without it simulated approval cannot start.",
        ),
        citation: FOUR_2,
        check: commitment_missing,
    },
    Rule {
        code: "simulated_approval.supplement_after_start",
        severity: Severity::Error,
        description: t("承诺补齐容缺材料的时间不得晚于企业承诺开工时间（可以是同一天）", "The committed supplement date is no later than the committed construction start (the same day is fine)"),
        message: t(
            "承诺补齐容缺材料的时间（{supplement}）晚于承诺开工时间（{start}）。补齐时间不得晚于开工时间，请改为{start}或之前。",
            "The committed supplement date ({supplement}) is after the committed construction start ({start}); make it {start} or earlier.",
        ),
        citation: FOUR_3,
        check: supplement_after_start,
    },
    Rule {
        code: "simulated_approval.start_before_application",
        severity: Severity::Error,
        description: t(
            "模拟审批适用于项目开工之前需办理的事项，承诺开工日期不能早于申请日期",
            "Simulated approval covers matters handled before construction starts: the committed start is not before the application",
        ),
        message: t(
            "承诺开工日期{start}早于申请日期（{applied}）。模拟审批只适用于开工之前需办理的事项，取得正式审批文件前工程不得开工建设；请核对开工日期。",
            "The committed construction start ({start}) is before the application ({applied}). Simulated approval covers only matters handled before construction starts, and no work may start before the formal approval; check the start date.",
        ),
        citation: TWO_1,
        check: start_before_application,
    },
    Rule {
        code: "simulated_approval.supplement_date_past",
        severity: Severity::Error,
        description: t("承诺补齐容缺材料的日期不能早于申请日期", "The committed supplement date is not before the application date"),
        message: t("承诺补齐容缺材料的日期{date}早于申请日期，请填写今后将补齐材料的日期。", "The committed supplement date, {date}, is before the application date; enter the date you will supply the materials."),
        citation: FOUR_3,
        check: supplement_date_past,
    },
    Rule {
        code: "simulated_approval.lapse_date_future",
        severity: Severity::Error,
        description: t("此前《模拟审批》失效的日期不能晚于申请日期", "A previous lapse cannot be dated after the application"),
        message: t(
            "此前《模拟审批》失效日期{date}晚于申请日期，请核对；尚未失效的，不要填写。",
            "The previous lapse is dated {date}, after the application date; check it, and leave it empty if nothing has lapsed.",
        ),
        citation: FOUR_6,
        check: lapse_date_future,
    },
    Rule {
        code: "simulated_approval.barred_after_lapse",
        severity: Severity::Error,
        description: t(
            "未履行承诺的项目单位，自《模拟审批》自动失效之日起1年内（含届满日）不再适用承诺制审批和容缺审批",
            "A unit that broke its commitment cannot use commitment-based or deferred-material approval for 1 year from the lapse (last day included)",
        ),
        message: t(
            "本单位的《模拟审批》于{lapse}因未履行承诺自动失效，自失效之日起1年内（至{until}）不再适用承诺制审批和容缺审批，{next}起方可申请。",
            "A simulated approval of the unit lapsed on {lapse} for a broken commitment: commitment-based and deferred-material approval are unavailable until {until}; apply from {next}.",
        ),
        citation: FOUR_6,
        check: barred_after_lapse,
    },
    Rule {
        code: "simulated_approval.no_construction",
        severity: Severity::Info,
        description: t("《模拟批复》不具有行政审批文件的法律效力，取得正式审批文件前工程不得开工建设", "A simulated approval has no legal force; construction waits for the formal approval"),
        message: t(
            "《模拟批复》不具有行政审批文件的法律效力，取得正式审批文件前，工程不得开工建设。",
            "A simulated approval has no legal force as an approval: construction may not start before the formal approval is issued.",
        ),
        citation: ONE,
        check: no_construction,
    },
    Rule {
        code: "simulated_approval.lapse_consequence",
        severity: Severity::Info,
        description: t("在承诺时限内不能补齐全部材料或所补材料不符合要求的，《模拟审批》自动失效", "If the materials are not all supplied in time, or do not comply, the simulated approval lapses"),
        message: t(
            "请最迟于{date}补齐全部容缺材料。逾期未补齐或补齐的材料不符合要求的，《模拟审批》自动失效，损失由项目单位自行承担，且1年内不再适用承诺制审批。",
            "Supply all missing materials by {date}. Otherwise, or if they do not comply, the simulated approval lapses, the unit bears the loss, and commitment-based approval is unavailable for 1 year.",
        ),
        citation: FOUR_6,
        check: lapse_consequence,
    },
    Rule {
        code: "simulated_approval.unified_service",
        severity: Severity::Info,
        description: t(
            "唯一意向用地单位供地前需启动政府统一服务的单体项目，实行“政府统一服务+模拟审批”，相关费用由同级财政解决",
            "Single projects of the sole intended land user use “unified government services + simulated approval”; their costs are met by the government",
        ),
        message: t(
            "本项目可实行“政府统一服务+模拟审批”办理机制，属政府统一服务范围的相关费用由同级财政解决。",
            "The project can use “unified government services + simulated approval”; costs within the unified services are met by the government at the same level.",
        ),
        citation: FIVE,
        check: unified_service,
    },
];

const DEADLINES: &[DeadlineDef] = &[DeadlineDef {
    id: "lapse_bar",
    title: t("不再适用承诺制审批的期限（届满日）", "Last day of the bar on commitment-based approval"),
    citation: FOUR_6,
    needs: &["/previousLapse"],
    compute: lapse_bar,
}];

/// D2: 模拟审批申请.
pub static SIMULATED_APPROVAL: ApplicationType = ApplicationType {
    id: "simulated-approval",
    code: "D2",
    title: t("企业投资项目模拟审批申请", "Simulated approval of an enterprise investment project"),
    document: super::DOC_SIMULATED,
    articles: &["一", "二（一）", "二（二）", "四（一）", "四（二）", "四（三）", "四（六）", "五"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};
