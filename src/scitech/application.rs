//! B1 `scitech-project-application` — 计划项目申报.

use super::{cite, ev, is_award_subsidy, t, ART16, ART4, ECOSYSTEM_KIND, PLAN_KINDS};
use crate::application::{ApplicationType, Ctx, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity};

const ART5: Citation = cite("第五条", "晋城市科技重大专项计划……原则上采取公开招标或定向委托的方式确定优势单位承担。");
const ART6: Citation = cite("第六条", "晋城市重点研发计划……原则上采取竞争择优、定向择优或定向委托方式确定项目承担单位。");
const ART9: Citation =
    cite("第九条", "申报指南要对计划项目重点支持领域、资助方式、申请条件、申请材料、受理方式、实施周期、是否常态化申报等内容予以明确。");
const ART10: Citation = cite(
    "第十条",
    "计划项目申报单位，应当符合以下基本条件：（一）符合各类计划项目对申报者主体资格等方面的要求；（二）在相关研究领域和专业具有较好研发基础和技术优势；（三）具有完成项目必备的人才条件和技术装备；（四）具有完成项目所需的组织管理和协调能力；（五）具有完成项目的良好信誉度。",
);
const ART11: Citation =
    cite("第十一条", "计划项目立项包括归口管理单位组织推荐，形式审查、专业评审、现场考察、审定公示、签订任务书等程序。");
const ART17: Citation = cite("第十七条", "对于科技创新特别需求或市委、市政府紧急科技任务等无法纳入年度计划的计划项目，可以采取快速立项的方式确定。……组织答辩论证会进行定向择优或定向委托……");
const ART22: Citation =
    cite("第二十二条", "对有严重过错并且整改不力的，可停止其项目实施，追回已拨财政经费，将项目承担单位和负责人列入科研诚信“黑名单”。");
const ART31: Citation =
    cite("第三十一条", "……取消项目承担者一定期限内项目申报资格、列入科研诚信“黑名单”和共享信用信息等措施，严肃处理违规行为。");

const METHODS: &[EnumValue] = &[
    ev("public_tender", "公开招标", "Public tender"),
    ev("directed_commission", "定向委托", "Directed commission"),
    ev("competitive", "竞争择优", "Competitive selection"),
    ev("directed_selection", "定向择优", "Directed selection"),
    ev("direct_award", "直接奖补", "Direct award or subsidy"),
];

const CONTACT: &[Field] = &[
    Field::required("name", t("联系人", "contact person"), FieldKind::Text { max: 50 }),
    Field::required("mobile", t("联系人手机", "contact mobile"), FieldKind::Mobile),
];

const APPLICANT: &[Field] = &[
    Field::required("name", t("申报单位名称", "applicant unit"), FieldKind::Text { max: 100 }),
    Field::required("creditCode", t("申报单位统一社会信用代码", "applicant's credit code"), FieldKind::CreditCode),
    Field::required("contact", t("联系人", "contact"), FieldKind::Object(CONTACT)),
];

const LEADER: &[Field] = &[
    Field::required("name", t("项目负责人姓名", "project leader's name"), FieldKind::Text { max: 50 }),
    Field::required("residentId", t("项目负责人身份证号码", "project leader's resident ID number"), FieldKind::ResidentId),
    Field::required("mobile", t("项目负责人手机", "project leader's mobile"), FieldKind::Mobile),
];

const PERIOD: &[Field] = &[
    Field::required("start", t("实施开始日期", "start date"), FieldKind::Date),
    Field::required("end", t("实施结束日期", "end date"), FieldKind::Date),
];

const CONDITIONS: &[Field] = &[
    Field::required(
        "eligibility",
        t("符合该类计划项目对申报者主体资格等方面的要求", "meets the programme's eligibility requirements"),
        FieldKind::Boolean,
    )
    .cited(&ART10),
    Field::required(
        "researchBase",
        t("在相关研究领域和专业具有较好研发基础和技术优势", "has a good research base and technical strength in the field"),
        FieldKind::Boolean,
    )
    .cited(&ART10),
    Field::required(
        "staffAndEquipment",
        t("具有完成项目必备的人才条件和技术装备", "has the staff and equipment the project needs"),
        FieldKind::Boolean,
    )
    .cited(&ART10),
    Field::required(
        "management",
        t("具有完成项目所需的组织管理和协调能力", "has the management and coordination capacity"),
        FieldKind::Boolean,
    )
    .cited(&ART10),
    Field::required("credibility", t("具有完成项目的良好信誉度", "has a good reputation for completing projects"), FieldKind::Boolean)
        .cited(&ART10),
];

const INTEGRITY: &[Field] = &[
    Field::optional(
        "blacklistedUntil",
        t("列入科研诚信“黑名单”的期限（至）", "on the research-integrity blacklist until"),
        FieldKind::Date,
    )
    .cited(&ART22),
    Field::optional("eligibilityWithdrawnUntil", t("取消项目申报资格的期限（至）", "eligibility withdrawn until"), FieldKind::Date)
        .cited(&ART31),
];

static FIELDS: &[Field] = &[
    Field::required("planKind", t("计划类别", "programme"), FieldKind::Enum(PLAN_KINDS)).cited(&ART4),
    ECOSYSTEM_KIND,
    Field::required("selectionMethod", t("承担单位确定方式", "selection method"), FieldKind::Enum(METHODS)),
    Field::optional("fastTrack", t("快速立项", "fast-track approval"), FieldKind::Boolean).cited(&ART17),
    Field::required("projectName", t("项目名称", "project name"), FieldKind::Text { max: 200 }),
    Field::required("applicant", t("申报单位", "applicant unit"), FieldKind::Object(APPLICANT)),
    Field::required("leader", t("项目负责人", "project leader"), FieldKind::Object(LEADER)),
    Field::required("recommendingUnit", t("归口管理单位（推荐单位）", "recommending unit"), FieldKind::Text { max: 100 }).cited(&ART11),
    Field::required("period", t("实施周期", "implementation period"), FieldKind::Object(PERIOD)).cited(&ART9),
    Field::optional(
        "budget",
        t("申请市级财政资金（万元）", "municipal funding requested (10,000 yuan)"),
        FieldKind::Number { min: 0.0, max: 1_000_000.0 },
    ),
    Field::required("conditions", t("申报单位基本条件", "basic conditions of the applicant"), FieldKind::Object(CONDITIONS)).cited(&ART10),
    Field::optional("integrity", t("科研诚信情况", "research integrity"), FieldKind::Object(INTEGRITY)),
];

fn method_label(v: &str, ctx: &Ctx) -> String {
    METHODS.iter().find(|m| m.value == v).map(|m| m.label.get(ctx.locale).to_owned()).unwrap_or_default()
}

fn major_special_method(ctx: &Ctx, hits: &mut Hits) {
    if let (Some("major_special"), Some(m)) = (ctx.str("/planKind"), ctx.str("/selectionMethod")) {
        if ctx.bool("/fastTrack") != Some(true)
            && !["public_tender", "directed_commission"].contains(&m)
            && METHODS.iter().any(|x| x.value == m)
        {
            hits.at("/selectionMethod", &[("method", method_label(m, ctx))]);
        }
    }
}

fn key_rnd_method(ctx: &Ctx, hits: &mut Hits) {
    if let (Some("key_rnd"), Some(m)) = (ctx.str("/planKind"), ctx.str("/selectionMethod")) {
        if ctx.bool("/fastTrack") != Some(true)
            && !["competitive", "directed_selection", "directed_commission"].contains(&m)
            && METHODS.iter().any(|x| x.value == m)
        {
            hits.at("/selectionMethod", &[("method", method_label(m, ctx))]);
        }
    }
}

fn fast_track_method(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/fastTrack") == Some(true) {
        if let Some(m) = ctx
            .str("/selectionMethod")
            .filter(|m| !["directed_selection", "directed_commission"].contains(m) && METHODS.iter().any(|x| x.value == *m))
        {
            hits.at("/selectionMethod", &[("method", method_label(m, ctx))]);
        }
    }
}

fn direct_award_only_for_subsidy(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/selectionMethod") == Some("direct_award") && ctx.str("/planKind").is_some() && !is_award_subsidy(ctx) {
        hits.at("/selectionMethod", &[]);
    }
}

fn subsidy_is_direct(ctx: &Ctx, hits: &mut Hits) {
    if is_award_subsidy(ctx) && ctx.str("/selectionMethod").is_some_and(|m| m != "direct_award") {
        hits.at("/selectionMethod", &[]);
    }
}

fn condition_unmet(ctx: &Ctx, hits: &mut Hits) {
    for (n, f) in CONDITIONS.iter().enumerate() {
        let p = format!("/conditions/{}", f.name);
        if ctx.bool(&p) == Some(false) {
            let item = ["一", "二", "三", "四", "五"][n];
            hits.at(
                &p,
                &[
                    ("item", if ctx.locale == crate::model::Locale::En { (n + 1).to_string() } else { item.to_owned() }),
                    ("text", f.label.get(ctx.locale).to_owned()),
                ],
            );
        }
    }
}

fn barred_until(ctx: &Ctx, hits: &mut Hits, pointer: &str) {
    if let Some(until) = ctx.date(pointer).filter(|u| ctx.as_of <= *u) {
        hits.at(pointer, &[("until", ctx.fmt_date(until)), ("next", ctx.fmt_date(until.succ_opt().unwrap_or(until)))]);
    }
}

fn blacklisted(ctx: &Ctx, hits: &mut Hits) {
    barred_until(ctx, hits, "/integrity/blacklistedUntil");
}

fn eligibility_withdrawn(ctx: &Ctx, hits: &mut Hits) {
    barred_until(ctx, hits, "/integrity/eligibilityWithdrawnUntil");
}

fn period_order(ctx: &Ctx, hits: &mut Hits) {
    if let (Some(s), Some(e)) = (ctx.date("/period/start"), ctx.date("/period/end")) {
        if e < s {
            hits.at("/period/end", &[]);
        }
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "scitech_application.major_special_method",
        severity: Severity::Warning,
        description: t("科技重大专项计划原则上采取公开招标或定向委托", "Major special projects are in principle awarded by public tender or directed commission"),
        message: t(
            "科技重大专项计划原则上采取公开招标或定向委托确定承担单位，“{method}”不在其列；如确需采用，请附说明。",
            "Major special projects are in principle awarded by public tender or directed commission, not “{method}”; attach a reason if it is needed.",
        ),
        citation: ART5,
        check: major_special_method,
    },
    Rule {
        code: "scitech_application.key_rnd_method",
        severity: Severity::Warning,
        description: t("重点研发计划原则上采取竞争择优、定向择优或定向委托", "Key R&D projects are in principle awarded by competitive selection, directed selection or directed commission"),
        message: t(
            "重点研发计划原则上采取竞争择优、定向择优或定向委托确定承担单位，“{method}”不在其列；如确需采用，请附说明。",
            "Key R&D projects are in principle awarded by competitive selection, directed selection or directed commission, not “{method}”; attach a reason if it is needed.",
        ),
        citation: ART6,
        check: key_rnd_method,
    },
    Rule {
        code: "scitech_application.fast_track_method",
        severity: Severity::Error,
        description: t("快速立项只能采取定向择优或定向委托", "Fast-track projects are awarded only by directed selection or directed commission"),
        message: t("快速立项的项目通过答辩论证会进行定向择优或定向委托，不能采用“{method}”。", "Fast-track projects are awarded by directed selection or directed commission after a defence hearing, not by “{method}”."),
        citation: ART17,
        check: fast_track_method,
    },
    Rule {
        code: "scitech_application.direct_award_only_for_subsidy",
        severity: Severity::Error,
        description: t("直接奖补只适用于创新生态服务支撑计划科技奖补项目", "Direct award applies only to award-and-subsidy projects"),
        message: t("“直接奖补”只适用于创新生态服务支撑计划中的科技奖补项目，请选择其他确定方式。", "“Direct award” applies only to award-and-subsidy projects of the ecosystem programme; choose another method."),
        citation: ART16,
        check: direct_award_only_for_subsidy,
    },
    Rule {
        code: "scitech_application.subsidy_is_direct",
        severity: Severity::Info,
        description: t("科技奖补项目根据相关政策直接给予奖补", "Award-and-subsidy projects are granted directly under the relevant policies"),
        message: t("科技奖补项目根据相关政策直接给予奖补，确定方式请选择“直接奖补”。", "Award-and-subsidy projects are granted directly under the relevant policies; choose “direct award”."),
        citation: ART16,
        check: subsidy_is_direct,
    },
    Rule {
        code: "scitech_application.condition_unmet",
        severity: Severity::Error,
        description: t("申报单位须符合第十条规定的五项基本条件", "The applicant meets the five basic conditions of Art. 10"),
        message: t("申报单位应当符合第十条第（{item}）项条件：{text}。不符合的，不能申报。", "The applicant must meet condition ({item}) of Article 10: {text}. Without it the application cannot be made."),
        citation: ART10,
        check: condition_unmet,
    },
    Rule {
        code: "scitech_application.blacklisted",
        severity: Severity::Error,
        description: t("列入科研诚信“黑名单”期间不得申报", "No application while on the research-integrity blacklist"),
        message: t("申报单位或负责人被列入科研诚信“黑名单”至{until}，期间不能申报，{next}起方可申报。", "The applicant or leader is on the research-integrity blacklist until {until}; applications are possible from {next}."),
        citation: ART22,
        check: blacklisted,
    },
    Rule {
        code: "scitech_application.eligibility_withdrawn",
        severity: Severity::Error,
        description: t("被取消项目申报资格期间不得申报", "No application while eligibility is withdrawn"),
        message: t("申报资格已被取消至{until}，期间不能申报，{next}起方可申报。", "Eligibility to apply is withdrawn until {until}; applications are possible from {next}."),
        citation: ART31,
        check: eligibility_withdrawn,
    },
    Rule {
        code: "scitech_application.period_order",
        severity: Severity::Error,
        description: t("实施结束日期不早于开始日期", "The end date is not before the start date"),
        message: t("实施结束日期早于开始日期，请核对实施周期。", "The end date is before the start date; check the period."),
        citation: ART9,
        check: period_order,
    },
];

/// B1: 项目申报.
pub static APPLICATION: ApplicationType = ApplicationType {
    id: "scitech-project-application",
    code: "B1",
    title: t("科技计划项目申报", "Science and technology project application"),
    document: super::DOC,
    articles: &["第四条", "第五条", "第六条", "第七条", "第九条", "第十条", "第十一条", "第十六条", "第十七条", "第二十二条", "第三十一条"],
    fields: FIELDS,
    rules: RULES,
    deadlines: &[],
};
