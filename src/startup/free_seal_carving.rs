//! E2 `free-seal-carving` — 新开办企业免费刻制印章 (晋市审管发〔2021〕30号 一至四).

use chrono::{Datelike, NaiveDate};

use super::{cite30, ev, t, PERSON};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::hours::working_minutes_after;
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity, Text};
use crate::periods::{span, Period};
use crate::error::Error;

const ART1: Citation = cite30("一", "自2021年7月1日起实施。");
const ART2: Citation = cite30("二", "在晋城市行政审批服务管理局登记注册的新开办企业。");
const ART3: Citation = cite30(
    "三",
    "符合条件的新开办企业首次刻制印章的，提供免费刻制企业公章、财务专用章、发票专用章、法人名章各1枚，合计4枚，费用共计96元。",
);
const ART3_MATERIAL: Citation = cite30("三", "印章均使用水晶光敏材料（外壳黑色，手柄水晶，章面为软光敏垫）的规格刻制。");
const ART4_1: Citation = cite30("四（一）", "新开办企业领取营业执照之后在政务大厅准入准营窗口领取表格填写相关信息。");
const ART4_2: Citation = cite30(
    "四（二）",
    "新开办企业携带相应表格及所需材料到入驻政务服务大厅印章刻制机构刻制印章，印章刻制单位在30分钟内完成印章刻制，30分钟送达",
);
const ART4_4: Citation =
    cite30("四（四）", "印章刻制费用每季度予以结算。结算前，印章刻制单位提供企业刻章费用结算及发票信息，经审核确认后，实报实销。");

/// The first day of the measure （一）.
const START: NaiveDate = match NaiveDate::from_ymd_opt(2021, 7, 1) {
    Some(d) => d,
    None => unreachable!(),
};

const AUTHORITIES: &[EnumValue] = &[
    ev("municipal", "晋城市行政审批服务管理局", "Jincheng Administrative Approval Service Administration"),
    ev("county", "县（市、区）行政审批服务管理局", "A county's approval bureau"),
    ev("other", "其他登记机关", "Another registration authority"),
];

/// The four seals carved free （三） come first; the others are not free.
const SEALS: &[EnumValue] = &[
    ev("official", "企业公章", "Official seal"),
    ev("finance", "财务专用章", "Finance seal"),
    ev("invoice", "发票专用章", "Invoice seal"),
    ev("legal_representative", "法人名章", "Legal representative's name seal"),
    ev("contract", "合同专用章", "Contract seal"),
    ev("other", "其他印章", "Other seal"),
];

const FREE: &[&str] = &["official", "finance", "invoice", "legal_representative"];

const MATERIALS: &[EnumValue] = &[
    ev(
        "crystal_photosensitive",
        "水晶光敏材料（外壳黑色，手柄水晶，章面为软光敏垫）",
        "Crystal photosensitive (black case, crystal handle, soft photosensitive pad)",
    ),
    ev("other", "其他材料", "Another material"),
];

const ENTERPRISE: &[Field] = &[
    Field::required("name", t("企业名称", "enterprise name"), FieldKind::Text { max: 100 }),
    Field::required("creditCode", t("统一社会信用代码", "unified social credit code"), FieldKind::CreditCode),
];

static FIELDS: &[Field] = &[
    Field::required("enterprise", t("新开办企业", "new enterprise"), FieldKind::Object(ENTERPRISE)),
    Field::required("registrationAuthority", t("登记机关", "registration authority"), FieldKind::Enum(AUTHORITIES)).cited(&ART2),
    Field::required("registrationDate", t("登记注册日期（营业执照签发日期）", "date of registration (licence issued)"), FieldKind::Date)
        .cited(&ART1),
    Field::required("firstCarving", t("首次刻制印章", "first carving of the enterprise's seals"), FieldKind::Boolean).cited(&ART3),
    Field::required("seals", t("刻制的印章", "seals to carve"), FieldKind::EnumSet(SEALS)).cited(&ART3),
    Field::optional("material", t("印章材质", "material"), FieldKind::Enum(MATERIALS)),
    Field::required("legalRepresentative", t("法定代表人", "legal representative"), FieldKind::Object(PERSON)),
    Field::optional("agent", t("经办人", "agent"), FieldKind::Object(PERSON)),
    Field::required("submittedAt", t("交表刻制时间", "time the form is handed in for carving"), FieldKind::DateTime).cited(&ART4_2),
];

fn label(values: &[EnumValue], v: &str, ctx: &Ctx) -> String {
    values.iter().find(|e| e.value == v).map(|e| e.label.get(ctx.locale).to_owned()).unwrap_or_else(|| v.to_owned())
}

fn not_municipal(ctx: &Ctx, hits: &mut Hits) {
    if let Some(a) = ctx.str("/registrationAuthority").filter(|a| *a != "municipal" && AUTHORITIES.iter().any(|e| e.value == *a)) {
        hits.at("/registrationAuthority", &[("authority", label(AUTHORITIES, a, ctx))]);
    }
}

/// Whether the carving is within the free measure as far as the submission says: the
/// registration authority and the first carving are not ruled out (二, 三), and the
/// material is the free specification (三). Only then is anything said to be free
/// (issue 23, item 1).
fn free_measure_applies(ctx: &Ctx) -> bool {
    ctx.str("/registrationAuthority").map_or(true, |a| a == "municipal")
        && ctx.bool("/firstCarving") != Some(false)
        && ctx.str("/material") != Some("other")
}

/// The free seals chosen (三): the four named seals, one each.
fn free_seals_chosen(ctx: &Ctx) -> Vec<String> {
    let chosen = ctx.strs("/seals");
    FREE.iter().filter(|f| chosen.contains(f)).map(|f| label(SEALS, f, ctx)).collect()
}

/// Reading (docs/legal-readings.md): 一 “自2021年7月1日起实施” dates the service and 二
/// names “新开办企业” with no registration cut-off, so a firm registered before 1 July
/// 2021 that first carves its seals from that day qualifies; an info note says the
/// window confirms it is a new enterprise. (Before, an error withheld the benefit.)
fn registered_before_start(ctx: &Ctx, hits: &mut Hits) {
    if let Some(d) = ctx.date("/registrationDate").filter(|d| *d < START) {
        hits.at("/registrationDate", &[("date", ctx.fmt_date(d))]);
    }
}

fn not_first(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/firstCarving") == Some(false) {
        hits.at("/firstCarving", &[]);
    }
}

fn not_free(ctx: &Ctx, hits: &mut Hits) {
    for (i, s) in ctx.strs("/seals").iter().enumerate() {
        if !FREE.contains(s) && SEALS.iter().any(|e| e.value == *s) {
            hits.at(&format!("/seals/{i}"), &[("seal", label(SEALS, s, ctx))]);
        }
    }
}

fn free_seals_unused(ctx: &Ctx, hits: &mut Hits) {
    let chosen = ctx.strs("/seals");
    if chosen.is_empty() || !free_measure_applies(ctx) {
        return;
    }
    let missing: Vec<String> = FREE.iter().filter(|f| !chosen.contains(f)).map(|f| label(SEALS, f, ctx)).collect();
    if !missing.is_empty() {
        hits.at("/seals", &[("missing", missing.join(if ctx.locale == crate::model::Locale::ZhCn { "、" } else { ", " }))]);
    }
}

fn other_material(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/material") == Some("other") {
        hits.at("/material", &[]);
    }
}

fn before_registration(ctx: &Ctx, hits: &mut Hits) {
    let (Some(registered), Some(at)) = (ctx.date("/registrationDate"), ctx.date_time("/submittedAt")) else { return };
    if at.date() < registered {
        hits.at("/submittedAt", &[("date", ctx.fmt_date(registered))]);
    }
}

/// The calendar quarter of a day: (year, 1–4, first day, last day).
fn quarter(d: NaiveDate) -> Option<(i32, u32, NaiveDate, NaiveDate)> {
    let q = (d.month() - 1) / 3 + 1;
    let first = NaiveDate::from_ymd_opt(d.year(), 3 * q - 2, 1)?;
    let last =
        if q == 4 { NaiveDate::from_ymd_opt(d.year(), 12, 31)? } else { NaiveDate::from_ymd_opt(d.year(), 3 * q + 1, 1)?.pred_opt()? };
    Some((d.year(), q, first, last))
}

fn settlement_quarter(ctx: &Ctx, hits: &mut Hits) {
    let free = free_seals_chosen(ctx);
    if free.is_empty() || !free_measure_applies(ctx) {
        return;
    }
    let Some(at) = ctx.date_time("/submittedAt") else { return };
    let Some((year, q, first, last)) = quarter(at.date()) else { return };
    let name = match ctx.locale {
        crate::model::Locale::ZhCn => format!("{year}年第{}季度", ["一", "二", "三", "四"][(q - 1) as usize]),
        crate::model::Locale::En => format!("Q{q} {year}"),
    };
    let seals = free.join(if ctx.locale == crate::model::Locale::ZhCn { "、" } else { ", " });
    hits.at("/submittedAt", &[("seals", seals), ("quarter", name), ("span", span(first, last, ctx.locale))]);
}

static RULES: &[Rule] = &[
    Rule {
        code: "seal_carving.not_municipal",
        severity: Severity::Error,
        description: t("免费刻制印章面向在晋城市行政审批服务管理局登记注册的新开办企业", "Free carving is for new enterprises registered with the Jincheng Administrative Approval Service Administration"),
        message: t(
            "免费刻制印章仅面向在晋城市行政审批服务管理局登记注册的新开办企业，在{authority}登记的企业不适用本措施，请向登记地咨询。",
            "Free carving is only for new enterprises registered with the Jincheng Administrative Approval Service Administration; an enterprise registered elsewhere ({authority}) should ask there.",
        ),
        citation: ART2,
        check: not_municipal,
    },
    Rule {
        code: "seal_carving.registered_before_start",
        // A reading (docs/legal-readings.md): the firm qualifies; an info note only.
        severity: Severity::Info,
        description: t(
            "免费刻制印章措施自2021年7月1日起实施；此前登记、此后首次刻制印章的新开办企业，由窗口确认是否属于新开办企业",
            "The measure runs from 2021-07-01; for a firm registered before and carving its first seals after, the window confirms it is a new enterprise",
        ),
        message: t(
            "免费刻制印章措施自2021年7月1日起实施，企业于{date}登记注册，在实施后首次刻制印章的，可以申请免费刻制；是否属于新开办企业，以窗口确认为准。",
            "Free carving runs from 2021-07-01. The enterprise was registered on {date}; carving its first seals after that day, it may apply. The window confirms that it is a new enterprise.",
        ),
        citation: ART1,
        check: registered_before_start,
    },
    Rule {
        code: "seal_carving.not_first",
        severity: Severity::Error,
        description: t("仅新开办企业首次刻制印章免费", "Only the first carving of a new enterprise's seals is free"),
        message: t("免费刻制仅限新开办企业首次刻制印章；补刻、换刻或增刻印章不在免费范围内。", "Only the first carving is free; recarved, replaced or additional seals are not covered."),
        citation: ART3,
        check: not_first,
    },
    Rule {
        code: "seal_carving.not_free",
        severity: Severity::Warning,
        description: t("免费刻制的只有企业公章、财务专用章、发票专用章、法人名章各1枚", "Only the official, finance, invoice and legal representative's seals, one each, are free"),
        message: t(
            "免费刻制的只有企业公章、财务专用章、发票专用章、法人名章各1枚，“{seal}”不在免费范围内，需另行付费。",
            "Only the official, finance, invoice and legal representative's seals, one each, are free; “{seal}” is not and will be charged.",
        ),
        citation: ART3,
        check: not_free,
    },
    Rule {
        code: "seal_carving.free_seals_unused",
        severity: Severity::Info,
        description: t("企业公章、财务专用章、发票专用章、法人名章各1枚（合计4枚，共计96元）均可免费刻制", "All four free seals (96 yuan in all) can be carved"),
        message: t(
            "新开办企业可免费刻制企业公章、财务专用章、发票专用章、法人名章各1枚（合计4枚，费用共计96元）。本次未选：{missing}，需要的请一并勾选。",
            "A new enterprise may have four seals carved free (96 yuan in all); not chosen: {missing}. Add them if needed.",
        ),
        citation: ART3,
        check: free_seals_unused,
    },
    Rule {
        code: "seal_carving.material",
        // As `not_free`: outside the free scope, paid for — a warning (reading, docs/legal-readings.md).
        severity: Severity::Warning,
        description: t("免费刻制的印章均使用水晶光敏材料；其他材质不在免费范围内", "Free seals are carved in crystal photosensitive material; another material is not free"),
        message: t(
            "免费刻制的印章均使用水晶光敏材料（外壳黑色，手柄水晶，章面为软光敏垫）；选用其他材质的，不在免费范围内，需另行付费。",
            "Free seals are all carved in crystal photosensitive material (black case, crystal handle, soft photosensitive pad); another material is not covered and will be charged.",
        ),
        citation: ART3_MATERIAL,
        check: other_material,
    },
    Rule {
        code: "seal_carving.before_registration",
        severity: Severity::Error,
        description: t("领取营业执照后才能领表刻制印章", "Seals are carved after the business licence is issued"),
        message: t(
            "企业于{date}登记注册，领取营业执照后才能在政务大厅准入准营窗口领表刻章，请核对交表刻制时间。",
            "The enterprise was registered on {date}; seals are carved after the licence is collected. Check the time.",
        ),
        citation: ART4_1,
        check: before_registration,
    },
    Rule {
        code: "seal_carving.settlement_quarter",
        severity: Severity::Info,
        description: t("免费刻制的印章费用每季度结算，企业无需为其付费", "The costs of the free seals are settled quarterly; the enterprise pays nothing for them"),
        message: t(
            "免费刻制的{seals}由印章刻制单位按季度报送结算，本次计入{quarter}（{span}），企业无需为其付费。",
            "The free seals ({seals}) are claimed by the carving unit in the quarterly settlement, this time {quarter} ({span}); the enterprise pays nothing for them.",
        ),
        citation: ART4_4,
        check: settlement_quarter,
    },
];

const HANDED_IN: Text = t("交表刻制", "hand-in of the form");
const CARVED: Text = t("印章刻制时限届满", "the end of the carving time");

fn carving(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let at = ctx.date_time("/submittedAt")?;
    Some(working_minutes_after(ctx.calendar, ctx.hours, at, 30, HANDED_IN, ctx.locale))
}

fn delivery(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let carved = match carving(ctx)? {
        Ok(p) => p.due.and_time(p.due_time?),
        Err(e) => return Some(Err(e)),
    };
    Some(working_minutes_after(ctx.calendar, ctx.hours, carved, 30, CARVED, ctx.locale))
}

const DEADLINES: &[DeadlineDef] = &[
    DeadlineDef {
        id: "carving", title: t("印章刻制（30分钟内）", "Carving (within 30 minutes)"), citation: ART4_2, needs: &["/submittedAt"], compute: carving
    },
    DeadlineDef {
        id: "delivery",
        title: t("印章送达（刻制后30分钟）", "Delivery (30 minutes after carving)"),
        citation: ART4_2,
        needs: &["/submittedAt"],
        compute: delivery,
    },
];

/// E2: 新开办企业免费刻制印章.
pub static FREE_SEAL_CARVING: ApplicationType = ApplicationType {
    id: "free-seal-carving",
    code: "E2",
    title: t("新开办企业免费刻制印章", "Free seal carving for new enterprises"),
    document: super::DOC30,
    articles: &["一", "二", "三", "四"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quarters() {
        let q = |s: &str| quarter(crate::date::parse_date(s).unwrap()).map(|(y, q, a, b)| format!("{y}Q{q} {a}..{b}")).unwrap();
        assert_eq!(q("2021-06-30"), "2021Q2 2021-04-01..2021-06-30");
        assert_eq!(q("2021-07-01"), "2021Q3 2021-07-01..2021-09-30");
        assert_eq!(q("2021-12-31"), "2021Q4 2021-10-01..2021-12-31");
        assert_eq!(q("2024-02-29"), "2024Q1 2024-01-01..2024-03-31");
    }

    #[test]
    fn settlement_quarter_named() {
        use crate::application::{default_calendar, validate, Options};
        let v = serde_json::json!({"submittedAt": "2021-09-30T17:15", "seals": ["official", "finance", "contract"]});
        for (locale, want) in [
            (crate::model::Locale::ZhCn, "免费刻制的企业公章、财务专用章由印章刻制单位按季度报送结算，本次计入2021年第三季度（2021年7月1日至9月30日），企业无需为其付费。"),
            (crate::model::Locale::En, "The free seals (Official seal, Finance seal) are claimed by the carving unit in the quarterly settlement, this time Q3 2021 (2021-07-01 to 2021-09-30); the enterprise pays nothing for them."),
        ] {
            let o = Options::new(locale, crate::date::parse_date("2021-09-30").unwrap());
            let r = validate(&FREE_SEAL_CARVING, &crate::json::Json::from_serde(&v), &o, default_calendar());
            assert_eq!(r.issues.iter().find(|i| i.code == "seal_carving.settlement_quarter").unwrap().message, want);
        }
    }
}
