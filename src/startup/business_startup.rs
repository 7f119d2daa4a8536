//! E1 `business-startup` — 企业开办“一表填报” (晋市审管发〔2021〕28号 开头, 一至四).

use super::{cite28, ev, t, PERSON};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::hours::{half_working_day_after, on_the_spot, working_minutes_after};
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity, Text};
use crate::periods::{workdays_after, Period};
use crate::error::Error;

const OPENING: Citation = cite28(
    "开头",
    "现将银行开户纳入企业开办全流程办理。实现市本级登记的企业开办全流程2个环节（企业登记、公章刻制、银行开户、申领发票、社保办理、公积金办理）1个工作日办结。",
);
const ART1: Citation = cite28(
    "一",
    "进一步优化企业从设立到具备一般性经营条件所必须办理的环节、材料齐全，符合法定形式，将全市登记企业开办时间压缩至1个工作日，即营业执照领取即来即办；印章刻制1小时，发票申领、社保和公积金办理即来即办；银行开户0.5个工作日。",
);
const ART1_LICENCE: Citation = cite28("一", "将全市登记企业开办时间压缩至1个工作日，即营业执照领取即来即办");
const ART1_SEALS: Citation = cite28("一", "将全市登记企业开办时间压缩至1个工作日，即……印章刻制1小时");
const ART1_BANK: Citation = cite28("一", "将全市登记企业开办时间压缩至1个工作日……银行开户0.5个工作日");
const ART1_ON_THE_SPOT: Citation = cite28("一", "将全市登记企业开办时间压缩至1个工作日……发票申领、社保和公积金办理即来即办");
const ART1_WHOLE: Citation = cite28("一", "材料齐全，符合法定形式，将全市登记企业开办时间压缩至1个工作日");
const ART2: Citation = cite28(
    "二",
    "推行企业登记、公章刻制、申领发票和税控设备、员工参保登记、住房公积金企业缴存登记线上“一表填报”申请办理，实现企业开办全程网上办理。",
);
const ART2_LATER: Citation =
    cite28("二", "实现企业在设立登记完成后仍可随时通过“一网通办”平台办理员工参保登记，住房公积金企业缴存登记等企业开办服务事项。");
const ART3: Citation =
    cite28("三", "设立企业开办全流程办理专区，整合新开办企业相关部门共性材料，推行线下企业开办“一窗受理”，出件“一次领取”。");
const ART4: Citation = cite28("四", "免费向新开办企业发放发票和税务Ukey，提高新开办企业税务Ukey使用率。");

const LEVELS: &[EnumValue] = &[
    ev(
        "municipal",
        "市本级（晋城市行政审批服务管理局登记）",
        "Municipal level (registered with the Jincheng Administrative Approval Service Administration)",
    ),
    ev("county", "县（市、区）登记", "County level (registered in a county, county-level city or district)"),
];

const CHANNELS: &[EnumValue] = &[
    ev("online", "线上“一网通办”平台“一表填报”", "Online, one form on the “一网通办” platform"),
    ev("offline", "线下企业开办全流程办理专区“一窗受理”", "In person, one window of the start-up zone"),
];

/// The steps of the whole process (开头, 二).
const STEPS: &[EnumValue] = &[
    ev("registration", "企业登记（领取营业执照）", "Company registration (business licence)"),
    ev("seal_carving", "公章刻制", "Seal carving"),
    ev("bank_account", "银行开户", "Bank account"),
    ev("invoices_ukey", "申领发票和税控设备（税务Ukey）", "Invoices and the tax Ukey"),
    ev("social_insurance", "员工参保登记", "Social insurance registration"),
    ev("housing_fund", "住房公积金企业缴存登记", "Housing provident fund registration"),
];

const SHAREHOLDER_KINDS: &[EnumValue] =
    &[ev("natural", "自然人", "Natural person"), ev("legal", "法人或其他组织", "Legal person or other organization")];

const SHAREHOLDER: &[Field] = &[
    Field::required("kind", t("股东（投资人）类别", "kind of shareholder"), FieldKind::Enum(SHAREHOLDER_KINDS)),
    Field::required("name", t("股东（投资人）名称或姓名", "shareholder's name"), FieldKind::Text { max: 100 }),
    Field::required_when(
        "residentId",
        t("股东（投资人）居民身份证号码", "shareholder's resident ID number"),
        FieldKind::ResidentId,
        "kind",
        &["natural"],
    ),
    Field::required_when(
        "creditCode",
        t("股东（投资人）统一社会信用代码", "shareholder's credit code"),
        FieldKind::CreditCode,
        "kind",
        &["legal"],
    ),
];

static FIELDS: &[Field] = &[
    Field::required("submittedAt", t("提交时间", "time of submission"), FieldKind::DateTime).cited(&ART1),
    Field::required("registrationLevel", t("登记层级", "registration level"), FieldKind::Enum(LEVELS)).cited(&OPENING),
    Field::required("channel", t("办理方式", "channel"), FieldKind::Enum(CHANNELS)).cited(&ART2),
    Field::required("enterpriseName", t("企业名称", "enterprise name"), FieldKind::Text { max: 100 }),
    Field::optional(
        "creditCode",
        t("统一社会信用代码（已领取营业执照的填写）", "unified social credit code (once the licence is issued)"),
        FieldKind::CreditCode,
    ),
    Field::required("legalRepresentative", t("法定代表人", "legal representative"), FieldKind::Object(PERSON)),
    Field::required(
        "shareholders",
        t("股东（投资人）", "shareholders"),
        FieldKind::List { item: &FieldKind::Object(SHAREHOLDER), min: 1, max: 50 },
    ),
    Field::optional("financeOfficer", t("财务负责人", "finance officer"), FieldKind::Object(PERSON)),
    Field::optional("agent", t("经办人", "agent"), FieldKind::Object(PERSON)),
    Field::required("steps", t("申请办理的环节", "steps applied for"), FieldKind::EnumSet(STEPS)).cited(&ART2),
    Field::required("materialsComplete", t("材料齐全、符合法定形式", "materials complete and in the legal form"), FieldKind::Boolean)
        .cited(&ART1),
];

const SUBMITTED: Text = t("提交申请", "submission");

fn has_step(ctx: &Ctx, step: &str) -> bool {
    ctx.strs("/steps").contains(&step)
}

/// The submission moment, when the promised times apply (materials complete).
fn start(ctx: &Ctx) -> Option<chrono::NaiveDateTime> {
    if ctx.bool("/materialsComplete") == Some(false) {
        return None;
    }
    ctx.date_time("/submittedAt")
}

fn step_on_the_spot(ctx: &Ctx, step: &str) -> Option<Result<Period, Error>> {
    let at = start(ctx).filter(|_| has_step(ctx, step))?;
    Some(on_the_spot(ctx.calendar, ctx.hours, at, SUBMITTED, ctx.locale))
}

fn licence(ctx: &Ctx) -> Option<Result<Period, Error>> {
    step_on_the_spot(ctx, "registration")
}

fn seals(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let at = start(ctx).filter(|_| has_step(ctx, "seal_carving"))?;
    Some(working_minutes_after(ctx.calendar, ctx.hours, at, 60, SUBMITTED, ctx.locale))
}

fn bank_account(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let at = start(ctx).filter(|_| has_step(ctx, "bank_account"))?;
    Some(half_working_day_after(ctx.calendar, ctx.hours, at, SUBMITTED, ctx.locale))
}

fn invoices_ukey(ctx: &Ctx) -> Option<Result<Period, Error>> {
    step_on_the_spot(ctx, "invoices_ukey")
}

fn social_insurance(ctx: &Ctx) -> Option<Result<Period, Error>> {
    step_on_the_spot(ctx, "social_insurance")
}

fn housing_fund(ctx: &Ctx) -> Option<Result<Period, Error>> {
    step_on_the_spot(ctx, "housing_fund")
}

fn whole(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let at = start(ctx)?;
    Some(workdays_after(ctx.calendar, at.date(), 1, SUBMITTED, ctx.locale))
}

fn materials_incomplete(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/materialsComplete") == Some(false) {
        hits.at("/materialsComplete", &[]);
    }
}

fn submitted_future(ctx: &Ctx, hits: &mut Hits) {
    if let Some(at) = ctx.date_time("/submittedAt").filter(|at| at.date() > ctx.as_of) {
        hits.at("/submittedAt", &[("date", ctx.fmt_date(at.date()))]);
    }
}

fn outside_hours(ctx: &Ctx, hits: &mut Hits) {
    let Some(at) = start(ctx) else { return };
    let Ok(p) = on_the_spot(ctx.calendar, ctx.hours, at, SUBMITTED, ctx.locale) else { return };
    let Some(time) = p.due_time else { return };
    let opens = p.due.and_time(time);
    if opens != at {
        hits.at(
            "/submittedAt",
            &[
                ("at", crate::hours::format_date_time(at, ctx.locale)),
                ("hours", ctx.hours.describe(ctx.locale)),
                ("opens", crate::hours::format_date_time(opens, ctx.locale)),
            ],
        );
    }
}

fn bank_account_included(ctx: &Ctx, hits: &mut Hits) {
    if ctx.get("/steps").is_some() && !has_step(ctx, "bank_account") {
        hits.at("/steps", &[]);
    }
}

fn later_online(ctx: &Ctx, hits: &mut Hits) {
    if ctx.get("/steps").is_some() && has_step(ctx, "registration") && !(has_step(ctx, "social_insurance") && has_step(ctx, "housing_fund"))
    {
        hits.at("/steps", &[]);
    }
}

fn free_invoices_ukey(ctx: &Ctx, hits: &mut Hits) {
    if has_step(ctx, "invoices_ukey") {
        hits.at("/steps", &[]);
    }
}

fn one_window(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/channel") == Some("offline") {
        hits.at("/channel", &[]);
    }
}

fn county_level(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/registrationLevel") == Some("county") {
        hits.at("/registrationLevel", &[]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "business_startup.materials_incomplete",
        severity: Severity::Warning,
        description: t("材料齐全、符合法定形式的，企业开办1个工作日办结；材料不齐的不适用该时限", "The one-working-day start-up applies when the materials are complete and in the legal form"),
        message: t(
            "材料不齐全或不符合法定形式的，不适用“1个工作日办结”等时限承诺。请补齐材料后再提交。",
            "With materials incomplete or not in the legal form, the promised times (the whole within 1 working day) do not apply. Complete them and submit again.",
        ),
        citation: ART1,
        check: materials_incomplete,
    },
    Rule {
        code: "business_startup.submitted_future",
        severity: Severity::Error,
        description: t("提交时间不能晚于当天", "The time of submission cannot be after today"),
        message: t("提交时间{date}晚于今天，请核对。", "The time of submission, {date}, is after today; check it."),
        citation: ART1,
        check: submitted_future,
    },
    Rule {
        code: "business_startup.outside_hours",
        severity: Severity::Info,
        description: t("非办公时间提交的，各环节时限自下一办公时段开始时起算", "Submitted outside office hours, the promised times run from the next opening"),
        message: t(
            "提交时间{at}不在办公时间（工作日{hours}）内，各环节的办理时限自{opens}起计算。",
            "{at} is outside office hours (working days {hours}): the promised times run from {opens}.",
        ),
        citation: ART1,
        check: outside_hours,
    },
    Rule {
        code: "business_startup.bank_account_included",
        severity: Severity::Info,
        description: t("银行开户已纳入企业开办全流程", "Opening a bank account is part of the start-up process"),
        message: t("银行开户已纳入企业开办全流程，可在本表中一并申请，0.5个工作日办结。", "A bank account can be applied for on this form too; it is opened within 0.5 working day."),
        citation: OPENING,
        check: bank_account_included,
    },
    Rule {
        code: "business_startup.later_online",
        severity: Severity::Info,
        description: t("员工参保登记、住房公积金企业缴存登记可在设立登记完成后随时在“一网通办”平台办理", "Social insurance and housing-fund registration can be done on the platform at any time after registration"),
        message: t(
            "员工参保登记、住房公积金企业缴存登记本次未申请的，也可在设立登记完成后随时通过“一网通办”平台办理。",
            "Social insurance and housing-fund registration not applied for now can be done on the “一网通办” platform at any time after registration.",
        ),
        citation: ART2_LATER,
        check: later_online,
    },
    Rule {
        code: "business_startup.free_invoices_ukey",
        severity: Severity::Info,
        description: t("免费向新开办企业发放发票和税务Ukey", "Invoices and the tax Ukey are free for new enterprises"),
        message: t("新开办企业的发票和税务Ukey免费发放，无需缴费。", "Invoices and the tax Ukey are issued free of charge to new enterprises."),
        citation: ART4,
        check: free_invoices_ukey,
    },
    Rule {
        code: "business_startup.one_window",
        severity: Severity::Info,
        description: t("线下企业开办“一窗受理”，出件“一次领取”", "In person: one window takes everything, and everything is collected at once"),
        message: t(
            "线下办理实行“一窗受理”：请到企业开办全流程办理专区一个窗口提交全部材料，办结后执照、印章等“一次领取”。",
            "In person, one window of the start-up zone takes all the materials, and the licence, seals and the rest are collected together.",
        ),
        citation: ART3,
        check: one_window,
    },
    Rule {
        code: "business_startup.county_level",
        severity: Severity::Info,
        description: t("县（市、区）登记的企业，开办时间同样压缩至1个工作日", "Enterprises registered in a county also start up within 1 working day"),
        message: t(
            "在县（市、区）登记的企业，开办时间同样压缩至1个工作日，各环节时限与市本级相同，由所在县（市、区）行政审批局办理。",
            "Enterprises registered in a county start up within 1 working day too, with the same step times, handled by the county's approval bureau.",
        ),
        citation: ART1_WHOLE,
        check: county_level,
    },
];

const DEADLINES: &[DeadlineDef] = &[
    DeadlineDef {
        id: "licence",
        title: t("领取营业执照（即来即办）", "Business licence (on the spot)"),
        citation: ART1_LICENCE,
        needs: &["/submittedAt", "/steps"],
        compute: licence,
    },
    DeadlineDef {
        id: "seal_carving", title: t("印章刻制（1小时）", "Seal carving (1 hour)"), citation: ART1_SEALS, needs: &["/submittedAt", "/steps"], compute: seals
    },
    DeadlineDef {
        id: "bank_account",
        title: t("银行开户（0.5个工作日）", "Bank account (0.5 working day)"),
        citation: ART1_BANK,
        needs: &["/submittedAt", "/steps"],
        compute: bank_account,
    },
    DeadlineDef {
        id: "invoices_ukey",
        title: t("申领发票和税务Ukey（即来即办）", "Invoices and tax Ukey (on the spot)"),
        citation: ART1_ON_THE_SPOT,
        needs: &["/submittedAt", "/steps"],
        compute: invoices_ukey,
    },
    DeadlineDef {
        id: "social_insurance",
        title: t("员工参保登记（即来即办）", "Social insurance registration (on the spot)"),
        citation: ART1_ON_THE_SPOT,
        needs: &["/submittedAt", "/steps"],
        compute: social_insurance,
    },
    DeadlineDef {
        id: "housing_fund",
        title: t("住房公积金企业缴存登记（即来即办）", "Housing-fund registration (on the spot)"),
        citation: ART1_ON_THE_SPOT,
        needs: &["/submittedAt", "/steps"],
        compute: housing_fund,
    },
    DeadlineDef {
        id: "whole_process",
        title: t("企业开办全流程办结（1个工作日）", "The whole start-up (1 working day)"),
        citation: ART1_WHOLE,
        needs: &["/submittedAt"],
        compute: whole,
    },
];

/// E1: 企业开办“一表填报”.
pub static BUSINESS_STARTUP: ApplicationType = ApplicationType {
    id: "business-startup",
    code: "E1",
    title: t("企业开办“一表填报”", "Business start-up on one form"),
    document: super::DOC28,
    articles: &["开头", "一", "二", "三", "四"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::application::{deadlines, default_calendar, validate, Options};
    use crate::hours::ServiceHours;
    use crate::{parse_date, Locale};
    use serde_json::json;

    fn submission(at: &str) -> serde_json::Value {
        json!({"submittedAt": at, "steps": ["registration", "seal_carving", "bank_account"], "materialsComplete": true})
    }

    fn options(hours: Option<ServiceHours>) -> Options {
        Options { service_hours: hours, ..Options::new(Locale::ZhCn, parse_date("2026-09-30").unwrap()) }
    }

    fn due(v: &serde_json::Value, o: &Options, id: &str) -> Option<String> {
        deadlines(&BUSINESS_STARTUP, &crate::json::Json::from_serde(v), o, default_calendar())
            .into_iter()
            .find(|d| d.id == id)
            .map(|d| d.due)
    }

    #[test]
    fn service_hours_option_overrides_the_default() {
        let v = submission("2026-09-30T17:00");
        assert_eq!(due(&v, &options(None), "seal_carving").as_deref(), Some("2026-10-08T08:30"));
        let summer = ServiceHours::parse(&[("08:00", "12:00"), ("15:00", "18:00")]).unwrap();
        assert_eq!(due(&v, &options(Some(summer.clone())), "seal_carving").as_deref(), Some("2026-09-30T18:00"));
        // 0.5 working day of the summer hours (7 h) is still 3 h 30 min.
        assert_eq!(due(&v, &options(Some(summer)), "bank_account").as_deref(), Some("2026-10-08T10:30"));
        let r = validate(
            &BUSINESS_STARTUP,
            &crate::json::Json::from_serde(&submission("2026-09-30T17:45")),
            &options(None),
            default_calendar(),
        );
        let info = r.issues.iter().find(|i| i.code == "business_startup.outside_hours").unwrap();
        assert_eq!(
            info.message,
            "提交时间2026年9月30日17:45不在办公时间（工作日8:00—12:00、14:30—17:30）内，各环节的办理时限自2026年10月8日8:00起计算。"
        );
    }

    #[test]
    fn no_promised_times_without_complete_materials() {
        let mut v = submission("2026-09-29T09:00");
        v["materialsComplete"] = json!(false);
        assert!(deadlines(&BUSINESS_STARTUP, &crate::json::Json::from_serde(&v), &options(None), default_calendar()).is_empty());
        // Steps not applied for get no deadline; the whole process always does.
        let v = json!({"submittedAt": "2026-09-29T09:00", "steps": ["registration"]});
        let ids: Vec<&str> = deadlines(&BUSINESS_STARTUP, &crate::json::Json::from_serde(&v), &options(None), default_calendar())
            .iter()
            .map(|d| d.id)
            .collect();
        assert_eq!(ids, ["licence", "whole_process"]);
    }

    #[test]
    fn deadline_words_and_trace() {
        let d = deadlines(
            &BUSINESS_STARTUP,
            &crate::json::Json::from_serde(&submission("2026-09-30T16:45")),
            &options(None),
            default_calendar(),
        );
        let seals = d.iter().find(|d| d.id == "seal_carving").unwrap();
        assert_eq!(seals.due, "2026-10-08T08:15");
        assert_eq!(
            seals.rule,
            "1小时按工作日办公时间（8:00—12:00、14:30—17:30）计算，非办公时间和休息日不计时，自提交申请时（2026年9月30日16:45）起计时，跳过国庆节假期（2026年10月1日至7日），至2026年10月8日（星期四）8:15届满。"
        );
        assert_eq!(seals.trace.len(), 2);
        assert_eq!(seals.citation.unwrap().article, "一");
        let licence = d.iter().find(|d| d.id == "licence").unwrap();
        assert_eq!(licence.rule, "即来即办：提交申请时（2026年9月30日16:45）在办公时间（8:00—12:00、14:30—17:30）内，当场办结。");
    }
}
