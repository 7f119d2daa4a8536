//! D4 `energy-review` — 固定资产投资项目节能审查申请 (晋市审管发〔2021〕42号 一至四).
//!
//! Jurisdiction by annual comprehensive energy consumption (年综合能耗, tonnes of
//! standard coal): “两高” projects and 5000 t and above → the provincial authority;
//! 1000 t up to 5000 t → the municipal approval department; below 1000 t the notice says
//! nothing, and the library does not guess. “以上” and “1000吨至5000吨” include their
//! bounds (民法典 第一千二百五十九条); where the two ranges meet, 5000 t is “5000吨…以上”
//! and goes to the province.

use crate::json::Json;

use super::{cite_energy, ev, t, CONTACT, PROJECT_NAME, UNIT};
use crate::application::{ApplicationType, Ctx, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Locale, Severity, Text};

const ART1: Citation = cite_energy(
    "一",
    "一、明确审批权限。“两高”项目及年综合能耗5000吨标准煤以上的固定资产投资项目节能审查由省级节能审查机关负责。年综合能耗1000吨至5000吨标准煤的固定资产投资项目节能审查由市级审批部门负责审批。",
);
const ART2: Citation =
    cite_energy("二", "二、取消转报环节。市级权限范围内的固定资产投资项目节能审查，由申请人直接向市级审批部门提交申请办理。");
const ART3: Citation = cite_energy("三", "三、规范申请清单。项目单位申请固定资产投资项目节能审查需提供以下申请材料：");
const ART3_1: Citation = cite_energy(
    "三（一）",
    "（一）企业申请文件（内容包括：项目简况、项目能源消费情况、项目主要能效水平、项目对所在地完成“双控”目标的影响等内容）；",
);
const ART3_2: Citation = cite_energy("三（二）", "（二）固定资产投资项目节能报告；");
const ART3_3: Citation = cite_energy("三（三）", "（三）市级节能主管部门出具项目是否符合本市（设区市）能源总量和强度“双控”目标的意见。");
const ART4: Citation = cite_energy("四", "四、各级开发区固定资产投资项目，节能审查根据开发区赋权情况参照本通知执行。");

/// The provincial threshold (“5000吨标准煤以上”, bound included).
const PROVINCIAL_FROM: f64 = 5000.0;
/// The municipal threshold (“1000吨至5000吨标准煤”, bound included).
const MUNICIPAL_FROM: f64 = 1000.0;

const LOCATIONS: &[EnumValue] = &[
    ev("county_area", "县（市、区）（开发区以外）", "A county, city or district (outside development zones)"),
    ev("development_zone", "开发区", "A development zone"),
];

const ROUTES: &[EnumValue] = &[
    ev("direct_municipal", "直接向市级审批部门提交", "Directly with the municipal approval department"),
    ev("zone_bureau", "向开发区审批局提交（开发区已获赋权）", "With the development zone's approval bureau (powers delegated to the zone)"),
    ev("county_forwarding", "经县（市、区）审批部门转报", "Forwarded by the county approval department"),
];

const APPLICATION_DOCUMENT: &[Field] = &[
    Field::required("projectOverview", t("项目简况", "project overview"), FieldKind::Text { max: 2000 }).cited(&ART3_1),
    Field::required("energyConsumption", t("项目能源消费情况", "energy consumption of the project"), FieldKind::Text { max: 2000 })
        .cited(&ART3_1),
    Field::required("efficiencyLevel", t("项目主要能效水平", "main energy-efficiency levels"), FieldKind::Text { max: 2000 })
        .cited(&ART3_1),
    Field::required(
        "dualControlImpact",
        t("项目对所在地完成“双控”目标的影响", "impact on the local “dual control” targets"),
        FieldKind::Text { max: 2000 },
    )
    .cited(&ART3_1),
];

const MATERIALS: &[Field] = &[
    Field::required(
        "energySavingReport",
        t("是否已附固定资产投资项目节能报告", "whether the energy-saving report is attached"),
        FieldKind::Boolean,
    )
    .cited(&ART3_2),
    Field::required(
        "dualControlOpinion",
        t(
            "是否已附市级节能主管部门关于项目是否符合本市能源总量和强度“双控”目标的意见",
            "whether the municipal “dual control” opinion is attached",
        ),
        FieldKind::Boolean,
    )
    .cited(&ART3_3),
];

/// The materials of 三（二） and 三（三）, as the message names them.
const MATERIAL_NAMES: [(Text, &str, &str); 2] = [
    (t("固定资产投资项目节能报告", "energy-saving report of the project"), "二", "2"),
    (
        t(
            "市级节能主管部门出具的项目是否符合本市能源总量和强度“双控”目标的意见",
            "opinion of the municipal energy authority on the city's “dual control” targets",
        ),
        "三",
        "3",
    ),
];

static FIELDS: &[Field] = &[
    PROJECT_NAME,
    Field::required("applicant", t("项目单位", "project unit"), FieldKind::Object(UNIT)),
    Field::required("contact", t("联系人", "contact"), FieldKind::Object(CONTACT)),
    Field::required(
        "twoHigh",
        t("是否属于“两高”（高耗能、高排放）项目", "a “two-high” (energy-intensive, high-emission) project"),
        FieldKind::Boolean,
    )
    .cited(&ART1),
    Field::required(
        "annualEnergyConsumption",
        t("年综合能耗（吨标准煤）", "annual comprehensive energy consumption (t of standard coal)"),
        FieldKind::Number { min: 0.0, max: 1.0e9 },
    )
    .cited(&ART1),
    Field::required("location", t("项目所在区域", "where the project is"), FieldKind::Enum(LOCATIONS)).cited(&ART4),
    Field::required_when(
        "developmentZone",
        t("所在开发区名称", "development zone"),
        FieldKind::Text { max: 100 },
        "location",
        &["development_zone"],
    )
    .cited(&ART4),
    Field::required("route", t("提交方式", "where the application is filed"), FieldKind::Enum(ROUTES)).cited(&ART2),
    Field::required("applicationDocument", t("企业申请文件", "application document"), FieldKind::Object(APPLICATION_DOCUMENT))
        .cited(&ART3_1),
    Field::required("materials", t("申请材料", "materials"), FieldKind::Object(MATERIALS)).cited(&ART3),
];

/// Who reviews the project under 一.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    Provincial,
    Municipal,
    NotCovered,
}

fn consumption(ctx: &Ctx) -> Option<f64> {
    ctx.get("/annualEnergyConsumption").and_then(Json::as_f64).filter(|v| *v >= 0.0)
}

fn level(ctx: &Ctx) -> Option<Level> {
    if ctx.bool("/twoHigh") == Some(true) {
        return Some(Level::Provincial);
    }
    let e = consumption(ctx)?;
    Some(if e >= PROVINCIAL_FROM {
        Level::Provincial
    } else if e >= MUNICIPAL_FROM {
        Level::Municipal
    } else {
        Level::NotCovered
    })
}

/// Tonnes as written: 5000, 4999.5.
fn tonnes(v: f64) -> String {
    crate::model::format_number(v)
}

fn provincial(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx) != Some(Level::Provincial) {
        return;
    }
    let en = ctx.locale == Locale::En;
    if ctx.bool("/twoHigh") == Some(true) {
        let reason = if en { "This is a “two-high” project".to_owned() } else { "本项目属于“两高”项目".to_owned() };
        hits.at("/twoHigh", &[("reason", reason)]);
    } else if let Some(e) = consumption(ctx) {
        let reason = if en {
            format!("At {} t of standard coal a year (5000 t and above)", tonnes(e))
        } else {
            format!("本项目年综合能耗{}吨标准煤，在5000吨标准煤以上（含5000吨）", tonnes(e))
        };
        hits.at("/annualEnergyConsumption", &[("reason", reason)]);
    }
}

fn municipal(ctx: &Ctx, hits: &mut Hits) {
    if let (Some(Level::Municipal), Some(e)) = (level(ctx), consumption(ctx)) {
        hits.at("/annualEnergyConsumption", &[("value", tonnes(e))]);
    }
}

fn below_threshold(ctx: &Ctx, hits: &mut Hits) {
    if let (Some(Level::NotCovered), Some(e)) = (level(ctx), consumption(ctx)) {
        hits.at("/annualEnergyConsumption", &[("value", tonnes(e))]);
    }
}

fn no_forwarding(ctx: &Ctx, hits: &mut Hits) {
    if level(ctx) == Some(Level::Municipal) && ctx.str("/route") == Some("county_forwarding") {
        hits.at("/route", &[]);
    }
}

fn zone_route_outside_zone(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/route") == Some("zone_bureau") && ctx.str("/location") == Some("county_area") {
        hits.at("/route", &[]);
    }
}

fn development_zone(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/location") == Some("development_zone") {
        let zone = ctx.str("/developmentZone").map(str::to_owned).unwrap_or_else(|| {
            if ctx.locale == Locale::En {
                "the zone".to_owned()
            } else {
                "所在开发区".to_owned()
            }
        });
        hits.at("/location", &[("zone", zone)]);
    }
}

fn material_missing(ctx: &Ctx, hits: &mut Hits) {
    for (f, (name, zh, en)) in MATERIALS.iter().zip(MATERIAL_NAMES) {
        let p = format!("/materials/{}", f.name);
        if ctx.bool(&p) == Some(false) {
            let item = if ctx.locale == Locale::En { en } else { zh };
            hits.at(&p, &[("material", name.get(ctx.locale).to_owned()), ("item", item.to_owned())]);
        }
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "energy_review.provincial",
        severity: Severity::Error,
        description: t(
            "“两高”项目及年综合能耗5000吨标准煤以上（含5000吨）的项目，节能审查由省级节能审查机关负责",
            "“Two-high” projects and projects of 5000 t of standard coal a year and above are reviewed by the provincial authority",
        ),
        message: t(
            "{reason}，节能审查由省级节能审查机关负责，不在市级受理范围，请向省级节能审查机关申请。",
            "{reason}: the review is for the provincial energy-review authority, not the city; apply there.",
        ),
        citation: ART1,
        check: provincial,
    },
    Rule {
        code: "energy_review.municipal",
        severity: Severity::Info,
        description: t(
            "年综合能耗1000吨至5000吨标准煤（含1000吨，不含5000吨）的非“两高”项目，节能审查由市级审批部门负责审批",
            "Projects of 1000 t up to (not including) 5000 t of standard coal a year, not “two-high”, are reviewed by the municipal approval department",
        ),
        message: t(
            "年综合能耗{value}吨标准煤，在1000吨至5000吨标准煤之间，节能审查由市级审批部门负责审批。",
            "At {value} t of standard coal a year (1000 t up to 5000 t), the review is for the municipal approval department.",
        ),
        citation: ART1,
        check: municipal,
    },
    Rule {
        code: "energy_review.below_threshold",
        severity: Severity::Warning,
        description: t(
            "年综合能耗不足1000吨标准煤的非“两高”项目，不在本通知规定的审批权限之内",
            "Projects below 1000 t of standard coal a year, not “two-high”, are not covered by the notice",
        ),
        message: t(
            "年综合能耗{value}吨标准煤，不足1000吨标准煤，不在本通知规定的市级审批权限之内。是否需要节能审查、由哪一级办理，请先向所在地审批部门咨询。",
            "At {value} t of standard coal a year (below 1000 t), the project is outside the notice's municipal jurisdiction. Ask the local approval department whether a review is needed and who does it.",
        ),
        citation: ART1,
        check: below_threshold,
    },
    Rule {
        code: "energy_review.no_forwarding",
        severity: Severity::Error,
        description: t("市级权限内的节能审查取消转报，由申请人直接向市级审批部门提交", "Reviews within municipal jurisdiction are filed directly with the municipal department, not forwarded"),
        message: t("市级权限内的节能审查已取消转报环节，请直接向市级审批部门提交申请。", "Forwarding has been abolished for reviews within municipal jurisdiction; file directly with the municipal approval department."),
        citation: ART2,
        check: no_forwarding,
    },
    Rule {
        code: "energy_review.zone_route_outside_zone",
        severity: Severity::Error,
        description: t("只有开发区内的项目才按开发区赋权情况向开发区审批局申请", "Only projects in a development zone file with the zone's bureau under its delegated powers"),
        message: t(
            "项目不在开发区内，不能向开发区审批局申请；市级权限内的项目请直接向市级审批部门提交。",
            "The project is not in a development zone, so it cannot be filed with a zone bureau; file directly with the municipal approval department.",
        ),
        citation: ART4,
        check: zone_route_outside_zone,
    },
    Rule {
        code: "energy_review.development_zone",
        severity: Severity::Info,
        description: t("开发区项目的节能审查根据开发区赋权情况参照本通知执行", "Development-zone projects follow the notice according to the powers delegated to the zone"),
        message: t(
            "开发区项目的节能审查根据{zone}的赋权情况参照本通知执行：已获赋权的，向开发区审批局申请；未获赋权的，直接向市级审批部门提交。",
            "Projects in a development zone follow this notice according to the powers delegated to {zone}: with delegated powers, file with the zone's bureau; otherwise file directly with the municipal department.",
        ),
        citation: ART4,
        check: development_zone,
    },
    Rule {
        code: "energy_review.material_missing",
        severity: Severity::Error,
        description: t("须提供企业申请文件、节能报告和市级节能主管部门的“双控”意见三项材料", "The application document, the energy-saving report and the municipal “dual control” opinion are all required"),
        message: t("请提供{material}（申请材料第（{item}）项），材料不全不能申请。", "Provide the {material} (material {item}); the application is incomplete without it."),
        citation: ART3,
        check: material_missing,
    },
];

/// D4: 固定资产投资项目节能审查.
pub static ENERGY_REVIEW: ApplicationType = ApplicationType {
    id: "energy-review",
    code: "D4",
    title: t("固定资产投资项目节能审查申请", "Energy review of a fixed-asset investment project"),
    document: super::DOC_ENERGY,
    articles: &["一", "二", "三", "四"],
    fields: FIELDS,
    rules: RULES,
    deadlines: &[],
};
