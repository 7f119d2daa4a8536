//! D1 `unified-service-plan` — 政府统一服务实施方案 (晋市政办〔2021〕46号 第二至八条):
//! 《煤层气开采区块政府统一服务实施方案》, 《园区政府统一服务实施方案》 or
//! 《单体项目政府统一服务实施方案》, each listing the service items with their handling
//! department, approval level, time limit and budget.

use crate::json::Json;

use super::{cite_unified, ev, t};
use crate::application::{ApplicationType, Ctx, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Locale, Severity};

const ART2: Citation = cite_unified(
    "第二条",
    "本市区域内的煤层气开采区块、全市范围内的园区（含各类开发区、工业园区、产业集聚区）、已取得土地的或有唯一供地意向的单体企业投资项目适用本办法。",
);
const ART3: Citation = cite_unified("第三条", "投资项目企业需要办理的17个事项，调整为政府提供统一服务。");
const ART3_FOREST: Citation = cite_unified("第三条（二）", "（二）评估评价类事项，包括……涉林评估（仅针对煤层气开采项目）；");
const ART4: Citation = cite_unified("第四条", "煤层气开采项目由区块所在地县（市、区）人民政府以开采区块为单位，组织开展政府统一服务。");
const ART4_1: Citation = cite_unified("第四条（一）", "划定煤层气开采区块，报县（市、区）人民政府制定出台《煤层气开采年度计划》。");
const ART4_3: Citation = cite_unified("第四条（三）、第五条（三）", "各类区域评估涉及市以上审批层级的，由县级承办部门对上协调办理。");
const PLAN_ITEMS: Citation =
    cite_unified("第四条（二）、第五条（二）、第六条（一）", "明确统一服务事项清单、承办部门、审批层级、时限要求以及服务预算。");
const ART5: Citation = cite_unified(
    "第五条",
    "省级以上开发区由开发区管委会组织实施区域性政府统一服务，市级以下工业园区和产业集聚区由所在地县（市、区）人民政府组织实施区域性政府统一服务。",
);
const ART5_1: Citation = cite_unified(
    "第五条（一）",
    "各级开发区管委会及县（市、区）人民政府，结合开发区和各类产业园区总体规划、产业布局及近期建设计划，明确园区开展政府统一服务四至范围。",
);
const ART5_7: Citation = cite_unified("第五条（七）", "（七）各级人民政府主导的新城建设、特色小镇可参照执行。");
const ART6: Citation = cite_unified(
    "第六条",
    "本办法所指的单体企业投资项目是指园区范围外的，已取得土地的或有唯一供地意向的重点工程、重大项目和重要的招商引资项目，按照“谁立项谁组织，谁审批谁服务”的原则开展政府统一服务，由负责项目立项的行政审批服务管理局组织实施。",
);
const ART6_PARK: Citation =
    cite_unified("第六条", "园区内达不到承诺条件的单体企业投资项目，可由审批服务管理部门或开发区管委会参照组织实施。");
const ART6_2_ONE: Citation =
    cite_unified("第六条（二）", "对项目涉及的由市县两级审批服务管理部门审批的各评估类事项可编制综合文本，实行“一本制”审批。");
const ART6_2_SIM: Citation = cite_unified(
    "第六条（二）",
    "对有唯一供地意向的单体项目，供地前实行“政府统一服务+模拟审批”办理机制，充分利用项目供地前的时间，对涉及的评估类事项实行“容缺预审”，供地后及时“模正转换”。",
);
const ART7: Citation = cite_unified(
    "第七条",
    "市县两级审批服务管理部门开展政府统一服务所需的中介服务应通过晋城市行政审批服务中介超市或政府统一采购的方式公开选取",
);
const ART7_COMPREHENSIVE: Citation = cite_unified("第七条", "鼓励选取具备综合评估能力的中介机构开展综合评估服务。");
const ART8: Citation = cite_unified(
    "第八条",
    "开展政府统一服务所需的中介服务费用，使用市县两级财政资金结算的，应以通过晋城市行政审批服务中介超市或政府统一采购成交的“政府统一服务成交合同书”作为支付依据。",
);

const PLAN_KINDS: &[EnumValue] = &[
    ev("coalbed_methane", "煤层气开采区块", "coalbed-methane block"),
    ev("park", "园区", "park"),
    ev("single_project", "单体企业投资项目", "single enterprise investment project"),
];

const PARK_KINDS: &[EnumValue] = &[
    ev("development_zone", "开发区", "development zone"),
    ev("industrial_park", "工业园区", "industrial park"),
    ev("industrial_cluster", "产业集聚区", "industrial cluster"),
    ev("new_town", "各级人民政府主导的新城建设、特色小镇", "government-led new town or characteristic town"),
];

const PARK_LEVELS: &[EnumValue] = &[
    ev("provincial_or_above", "省级以上（含省级）", "provincial-or-higher"),
    ev("municipal_or_below", "市级以下（含市级）", "municipal-or-lower"),
];

const LAND: &[EnumValue] = &[
    ev("land_acquired", "已取得土地", "Land acquired"),
    ev("unique_supply_intent", "有唯一供地意向", "Sole intended land user"),
    ev("neither", "尚未取得土地，也无唯一供地意向", "Neither"),
];

const CATEGORIES: &[EnumValue] = &[
    ev("key_works", "重点工程", "Key works"),
    ev("major_project", "重大项目", "Major project"),
    ev("key_investment", "重要的招商引资项目", "Important investment-attraction project"),
    ev("other", "其他项目", "Other"),
];

const ORGANIZERS: &[EnumValue] = &[
    ev("county_government", "县（市、区）人民政府", "the county, city or district government"),
    ev("zone_committee", "开发区管委会", "the development zone management committee"),
    ev("approval_bureau", "负责项目立项的行政审批服务管理局", "the approval bureau that approved the project"),
    ev("other", "其他单位", "another body"),
];

/// The 17 service items of 第三条, in the order of the text: 4 removal and alteration
/// items, 11 assessment items, 2 mandatory assessments.
pub(crate) const ITEMS: &[EnumValue] = &[
    ev("green_space_trees", "工程建设涉及的绿地、树木审批", "Green space and trees affected by the works"),
    ev("municipal_facilities", "市政设施建设类审批", "Municipal facilities construction"),
    ev(
        "water_drainage_facilities",
        "因工程建设需要拆除、改动、迁移供水、排水与污水设施审核",
        "Removal, alteration or relocation of water-supply, drainage and sewage facilities",
    ),
    ev("irrigation", "占用农业灌溉水源、灌排工程设施审批", "Use of agricultural irrigation water sources or irrigation and drainage works"),
    ev("meteorological", "新建、改建、扩建建设工程避免危害气象探测环境审批", "Protection of the meteorological observation environment"),
    ev("soil_water_conservation", "生产建设项目水土保持方案审批", "Soil and water conservation plan"),
    ev("flood_impact", "洪水影响评价审批", "Flood impact assessment"),
    ev("water_intake", "取水许可审批", "Water-intake permit"),
    ev("environmental_impact", "环境影响评价审批", "Environmental impact assessment"),
    ev("energy_saving", "节能评价审批", "Energy-saving assessment"),
    ev("cultural_relics", "建设工程文物保护和考古许可", "Cultural relics protection and archaeology permit"),
    ev("mineral_overlay", "建设项目压覆重要矿床审批", "Overlaying important mineral deposits"),
    ev("climate_feasibility", "气候可行性论证", "Climate feasibility study"),
    ev("spring_water", "泉域水环境影响评价", "Spring-area water environment impact assessment"),
    ev("forestry", "涉林评估（仅针对煤层气开采项目）", "Forestry assessment (coalbed-methane projects only)"),
    ev("geological_hazard", "地质灾害危险性评估", "Geological hazard risk assessment"),
    ev("seismic_safety", "地震安全性评估", "Seismic safety assessment"),
];

/// The 11 items of 第三条（二） (评估评价类).
const ASSESSMENT_ITEMS: &[&str] = &[
    "meteorological",
    "soil_water_conservation",
    "flood_impact",
    "water_intake",
    "environmental_impact",
    "energy_saving",
    "cultural_relics",
    "mineral_overlay",
    "climate_feasibility",
    "spring_water",
    "forestry",
];

const LEVELS: &[EnumValue] = &[
    ev("county", "县级", "county"),
    ev("municipal", "市级", "municipal"),
    ev("provincial", "省级", "provincial"),
    ev("national", "国家级", "national"),
];

const ITEM: &[Field] = &[
    Field::required("item", t("服务事项", "service item"), FieldKind::Enum(ITEMS)).cited(&ART3),
    Field::required("department", t("承办部门", "handling department"), FieldKind::Text { max: 100 }).cited(&PLAN_ITEMS),
    Field::required("approvalLevel", t("审批层级", "approval level"), FieldKind::Enum(LEVELS)).cited(&PLAN_ITEMS),
    Field::required("timeLimitWorkdays", t("时限要求（工作日）", "time limit (working days)"), FieldKind::Integer { min: 1, max: 1000 })
        .cited(&PLAN_ITEMS),
    Field::required("budget", t("服务预算（万元）", "budget (10,000 yuan)"), FieldKind::Number { min: 0.0, max: 1.0e7 }).cited(&PLAN_ITEMS),
];

const SELECTIONS: &[EnumValue] = &[
    ev("intermediary_supermarket", "通过晋城市行政审批服务中介超市公开选取", "Jincheng intermediary supermarket"),
    ev("government_procurement", "通过政府统一采购公开选取", "Government procurement"),
    ev("other", "其他方式", "Other"),
];

const INTERMEDIARY: &[Field] = &[
    Field::required("name", t("中介机构名称", "intermediary"), FieldKind::Text { max: 100 }),
    Field::optional("items", t("承担的服务事项", "service items"), FieldKind::EnumSet(ITEMS)),
    Field::required("selection", t("选取方式", "how it was selected"), FieldKind::Enum(SELECTIONS)).cited(&ART7),
    Field::optional("paidFromFinance", t("使用市县两级财政资金结算", "paid from municipal or county funds"), FieldKind::Boolean),
    Field::optional(
        "contractNumber",
        t("“政府统一服务成交合同书”编号", "number of the unified-service contract"),
        FieldKind::Text { max: 100 },
    ),
];

static FIELDS: &[Field] = &[
    Field::required("planKind", t("统一服务对象", "what the plan covers"), FieldKind::Enum(PLAN_KINDS)).cited(&ART2),
    Field::required("areaName", t("开采区块、园区或项目名称", "block, park or project"), FieldKind::Text { max: 200 }),
    Field::required_when(
        "annualPlan",
        t("《煤层气开采年度计划》名称及文号", "annual coalbed-methane plan (title and number)"),
        FieldKind::Text { max: 200 },
        "planKind",
        &["coalbed_methane"],
    )
    .cited(&ART4_1),
    Field::required_when("parkKind", t("园区类别", "kind of park"), FieldKind::Enum(PARK_KINDS), "planKind", &["park"]).cited(&ART2),
    Field::required_when(
        "parkLevel",
        t("园区级别", "level of the park"),
        FieldKind::Enum(PARK_LEVELS),
        "parkKind",
        &["development_zone", "industrial_park", "industrial_cluster"],
    )
    .cited(&ART5),
    Field::required_when(
        "parkBoundary",
        t("园区开展政府统一服务四至范围", "boundaries of the park's unified services"),
        FieldKind::Text { max: 500 },
        "planKind",
        &["park"],
    )
    .cited(&ART5_1),
    Field::required_when("landStatus", t("用地情况", "land"), FieldKind::Enum(LAND), "planKind", &["single_project"]).cited(&ART2),
    Field::required_when(
        "projectCategory",
        t("项目类别", "category of the project"),
        FieldKind::Enum(CATEGORIES),
        "planKind",
        &["single_project"],
    )
    .cited(&ART6),
    Field::optional("insidePark", t("项目位于园区范围内", "the project is inside a park"), FieldKind::Boolean),
    Field::optional(
        "belowCommitmentConditions",
        t("园区内项目达不到承诺条件", "the project in the park does not meet the commitment conditions"),
        FieldKind::Boolean,
    ),
    Field::required("organizerKind", t("组织实施单位类别", "kind of organizer"), FieldKind::Enum(ORGANIZERS)),
    Field::required("organizerName", t("组织实施单位名称", "organizer"), FieldKind::Text { max: 100 }),
    Field::required("items", t("统一服务事项清单", "service items"), FieldKind::List { item: &FieldKind::Object(ITEM), min: 1, max: 17 })
        .cited(&PLAN_ITEMS),
    Field::optional(
        "intermediaries",
        t("中介机构", "intermediaries"),
        FieldKind::List { item: &FieldKind::Object(INTERMEDIARY), min: 0, max: 50 },
    ),
];

fn label(values: &[EnumValue], v: &str, ctx: &Ctx) -> String {
    values.iter().find(|e| e.value == v).map(|e| e.label.get(ctx.locale).to_owned()).unwrap_or_else(|| v.to_owned())
}

fn known(values: &[EnumValue], v: &str) -> bool {
    values.iter().any(|e| e.value == v)
}

fn items<'a>(ctx: &Ctx<'a>) -> Vec<(usize, &'a Json<'a>)> {
    ctx.get("/items").and_then(Json::as_array).map(|a| a.iter().enumerate().take(17).collect()).unwrap_or_default()
}

fn single_project_land(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/planKind") == Some("single_project") && ctx.str("/landStatus") == Some("neither") {
        hits.at("/landStatus", &[]);
    }
}

fn outside_park_single(ctx: &Ctx) -> bool {
    ctx.str("/planKind") == Some("single_project") && ctx.bool("/insidePark") != Some(true)
}

fn inside_park_single(ctx: &Ctx) -> bool {
    ctx.str("/planKind") == Some("single_project") && ctx.bool("/insidePark") == Some(true)
}

fn single_project_category(ctx: &Ctx, hits: &mut Hits) {
    if outside_park_single(ctx) && ctx.str("/projectCategory") == Some("other") {
        hits.at("/projectCategory", &[]);
    }
}

fn park_project_meets_commitment(ctx: &Ctx, hits: &mut Hits) {
    if inside_park_single(ctx) && ctx.bool("/belowCommitmentConditions") != Some(true) {
        hits.at("/belowCommitmentConditions", &[]);
    }
}

fn organizer_is(ctx: &Ctx, hits: &mut Hits, allowed: &[&str]) {
    if let Some(o) = ctx.str("/organizerKind").filter(|o| known(ORGANIZERS, o) && !allowed.contains(o)) {
        let sep = if ctx.locale == Locale::En { " or " } else { "或" };
        let expected = allowed.iter().map(|a| label(ORGANIZERS, a, ctx)).collect::<Vec<_>>().join(sep);
        hits.at("/organizerKind", &[("organizer", label(ORGANIZERS, o, ctx)), ("expected", expected)]);
    }
}

fn organizer_coalbed_methane(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/planKind") == Some("coalbed_methane") {
        organizer_is(ctx, hits, &["county_government"]);
    }
}

/// The organizer 第五条 names for a park, if it names one.
fn park_organizer(ctx: &Ctx) -> Option<&'static str> {
    match (ctx.str("/parkKind")?, ctx.str("/parkLevel")?) {
        ("development_zone", "provincial_or_above") => Some("zone_committee"),
        ("industrial_park" | "industrial_cluster", "municipal_or_below") => Some("county_government"),
        _ => None,
    }
}

fn organizer_park(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/planKind") == Some("park") {
        if let Some(o) = park_organizer(ctx) {
            organizer_is(ctx, hits, &[o]);
        }
    }
}

fn park_organizer_unspecified(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/planKind") != Some("park") || park_organizer(ctx).is_some() {
        return;
    }
    if let (Some(k), Some(l)) =
        (ctx.str("/parkKind").filter(|k| *k != "new_town" && known(PARK_KINDS, k)), ctx.str("/parkLevel").filter(|l| known(PARK_LEVELS, l)))
    {
        let sep = if ctx.locale == Locale::En { " " } else { "" };
        let which = format!("{}{sep}{}", label(PARK_LEVELS, l, ctx), label(PARK_KINDS, k, ctx));
        hits.at("/parkLevel", &[("park", which)]);
    }
}

fn new_town_by_reference(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/planKind") == Some("park") && ctx.str("/parkKind") == Some("new_town") {
        hits.at("/parkKind", &[]);
    }
}

fn organizer_single_project(ctx: &Ctx, hits: &mut Hits) {
    if outside_park_single(ctx) {
        organizer_is(ctx, hits, &["approval_bureau"]);
    }
}

fn organizer_park_project(ctx: &Ctx, hits: &mut Hits) {
    if inside_park_single(ctx) {
        organizer_is(ctx, hits, &["approval_bureau", "zone_committee"]);
    }
}

fn forestry_only_coalbed_methane(ctx: &Ctx, hits: &mut Hits) {
    let Some(kind) = ctx.str("/planKind").filter(|k| known(PLAN_KINDS, k) && *k != "coalbed_methane") else { return };
    for (i, it) in items(ctx) {
        if it.get("item").and_then(Json::as_str) == Some("forestry") {
            hits.at(&format!("/items/{i}/item"), &[("kind", label(PLAN_KINDS, kind, ctx))]);
        }
    }
}

fn duplicate_item(ctx: &Ctx, hits: &mut Hits) {
    let mut seen: Vec<&str> = Vec::new();
    for (i, it) in items(ctx) {
        let Some(v) = it.get("item").and_then(Json::as_str).filter(|v| known(ITEMS, v)) else { continue };
        if seen.contains(&v) {
            hits.at(&format!("/items/{i}/item"), &[("item", label(ITEMS, v, ctx))]);
        } else {
            seen.push(v);
        }
    }
}

fn upper_level_coordination(ctx: &Ctx, hits: &mut Hits) {
    if !matches!(ctx.str("/planKind"), Some("coalbed_methane" | "park")) {
        return;
    }
    for (i, it) in items(ctx) {
        // “市以上” includes the municipal level (民法典 第一千二百五十九条).
        let Some(level) = it.get("approvalLevel").and_then(Json::as_str).filter(|l| matches!(*l, "municipal" | "provincial" | "national"))
        else {
            continue;
        };
        let item = it.get("item").and_then(Json::as_str).filter(|v| known(ITEMS, v)).map(|v| label(ITEMS, v, ctx)).unwrap_or_default();
        hits.at(&format!("/items/{i}/approvalLevel"), &[("item", item), ("level", label(LEVELS, level, ctx))]);
    }
}

fn one_volume(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/planKind") != Some("single_project") {
        return;
    }
    let n = items(ctx)
        .iter()
        .filter(|(_, it)| {
            it.get("item").and_then(Json::as_str).is_some_and(|v| ASSESSMENT_ITEMS.contains(&v))
                && it.get("approvalLevel").and_then(Json::as_str).is_some_and(|l| matches!(l, "county" | "municipal"))
        })
        .count();
    if n >= 2 {
        hits.at("/items", &[("n", n.to_string())]);
    }
}

fn simulated_approval_before_supply(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/planKind") == Some("single_project") && ctx.str("/landStatus") == Some("unique_supply_intent") {
        hits.at("/landStatus", &[]);
    }
}

fn intermediaries<'a>(ctx: &Ctx<'a>) -> Vec<(usize, &'a Json<'a>)> {
    ctx.get("/intermediaries").and_then(Json::as_array).map(|a| a.iter().enumerate().take(50).collect()).unwrap_or_default()
}

fn intermediary_selection(ctx: &Ctx, hits: &mut Hits) {
    for (i, m) in intermediaries(ctx) {
        if m.get("selection").and_then(Json::as_str) == Some("other") {
            hits.at(&format!("/intermediaries/{i}/selection"), &[]);
        }
    }
}

fn comprehensive_intermediary(ctx: &Ctx, hits: &mut Hits) {
    let n = intermediaries(ctx).len();
    if n >= 2 {
        hits.at("/intermediaries", &[("n", n.to_string())]);
    }
}

fn contract_missing(ctx: &Ctx, hits: &mut Hits) {
    for (i, m) in intermediaries(ctx) {
        let paid = m.get("paidFromFinance").and_then(Json::as_bool) == Some(true);
        let contract = m.get("contractNumber").and_then(Json::as_str).is_some_and(|s| !s.trim().is_empty());
        if paid && !contract {
            hits.at(&format!("/intermediaries/{i}/contractNumber"), &[]);
        }
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "unified_service_plan.single_project_land",
        severity: Severity::Error,
        description: t("单体企业投资项目须已取得土地或有唯一供地意向", "A single project has its land or is the sole intended land user"),
        message: t(
            "单体企业投资项目须已取得土地或有唯一供地意向，才适用政府统一服务；请在取得土地或明确唯一供地意向后再制定方案。",
            "Unified services apply to single projects that have their land or are the sole intended land user; draw up the plan once that is so.",
        ),
        citation: ART2,
        check: single_project_land,
    },
    Rule {
        code: "unified_service_plan.single_project_category",
        severity: Severity::Error,
        description: t("园区外的单体项目限于重点工程、重大项目和重要的招商引资项目", "Single projects outside parks are key works, major projects or important investment-attraction projects"),
        message: t(
            "园区范围外的单体企业投资项目，限于重点工程、重大项目和重要的招商引资项目；其他项目不适用政府统一服务。",
            "Outside parks, unified services are for key works, major projects and important investment-attraction projects only.",
        ),
        citation: ART6,
        check: single_project_category,
    },
    Rule {
        code: "unified_service_plan.park_project_meets_commitment",
        severity: Severity::Error,
        description: t("园区内的单体项目只有达不到承诺条件的，才参照组织实施政府统一服务", "A single project inside a park gets unified services only if it does not meet the commitment conditions"),
        message: t(
            "园区内的单体项目，只有达不到承诺条件的，才可参照组织实施政府统一服务；达到承诺条件的，请依据区域评估结论实行承诺制审批。",
            "Inside a park, only projects that do not meet the commitment conditions get unified services this way; the others use commitment-based approval on the regional assessments.",
        ),
        citation: ART6_PARK,
        check: park_project_meets_commitment,
    },
    Rule {
        code: "unified_service_plan.organizer_coalbed_methane",
        severity: Severity::Error,
        description: t("煤层气开采项目由区块所在地县（市、区）人民政府组织开展政府统一服务", "Coalbed-methane blocks: organized by the county government of the block"),
        message: t(
            "煤层气开采项目由区块所在地县（市、区）人民政府以开采区块为单位组织开展政府统一服务，不由“{organizer}”组织，请改为{expected}。",
            "Coalbed-methane services are organized block by block by the county government where the block lies, not by “{organizer}”; choose {expected}.",
        ),
        citation: ART4,
        check: organizer_coalbed_methane,
    },
    Rule {
        code: "unified_service_plan.organizer_park",
        severity: Severity::Error,
        description: t(
            "省级以上开发区由开发区管委会组织，市级以下工业园区和产业集聚区由所在地县（市、区）人民政府组织",
            "Provincial-or-higher development zones: the zone committee; municipal-or-lower industrial parks and clusters: the county government",
        ),
        message: t(
            "此类园区的政府统一服务由{expected}组织实施，不由“{organizer}”组织，请核对。",
            "For this park the services are organized by {expected}, not by “{organizer}”.",
        ),
        citation: ART5,
        check: organizer_park,
    },
    Rule {
        code: "unified_service_plan.park_organizer_unspecified",
        severity: Severity::Warning,
        description: t(
            "第五条只规定了省级以上开发区和市级以下工业园区、产业集聚区的组织主体；其他园区未作规定",
            "Art. 5 names the organizer only for provincial-or-higher development zones and municipal-or-lower industrial parks and clusters",
        ),
        message: t(
            "第五条未规定{park}由谁组织实施政府统一服务，请向市行政审批服务管理局确认组织实施单位。",
            "Article 5 does not say who organizes the services for a {park}; confirm the organizer with the municipal approval bureau.",
        ),
        citation: ART5,
        check: park_organizer_unspecified,
    },
    Rule {
        code: "unified_service_plan.new_town_by_reference",
        severity: Severity::Info,
        description: t("各级人民政府主导的新城建设、特色小镇参照园区执行", "Government-led new towns and characteristic towns follow the park procedure by reference"),
        message: t("各级人民政府主导的新城建设、特色小镇参照园区政府统一服务的规定执行。", "Government-led new towns and characteristic towns follow the park procedure by reference."),
        citation: ART5_7,
        check: new_town_by_reference,
    },
    Rule {
        code: "unified_service_plan.organizer_single_project",
        severity: Severity::Error,
        description: t("园区外的单体项目由负责项目立项的行政审批服务管理局组织实施（谁立项谁组织）", "Single projects outside parks: organized by the approval bureau that approved the project"),
        message: t(
            "园区外的单体项目按照“谁立项谁组织，谁审批谁服务”的原则，由负责项目立项的行政审批服务管理局组织实施，不由“{organizer}”组织。",
            "Outside parks, whoever approved the project organizes the services: the approval bureau that approved it, not “{organizer}”.",
        ),
        citation: ART6,
        check: organizer_single_project,
    },
    Rule {
        code: "unified_service_plan.organizer_park_project",
        severity: Severity::Error,
        description: t("园区内达不到承诺条件的单体项目由审批服务管理部门或开发区管委会参照组织实施", "Single projects inside parks: the approval bureau or the zone committee"),
        message: t("园区内的单体项目由{expected}参照组织实施，不由“{organizer}”组织。", "Inside a park the services are organized by {expected}, not by “{organizer}”."),
        citation: ART6_PARK,
        check: organizer_park_project,
    },
    Rule {
        code: "unified_service_plan.forestry_only_coalbed_methane",
        severity: Severity::Error,
        description: t("涉林评估仅针对煤层气开采项目", "The forestry assessment is for coalbed-methane projects only"),
        message: t("涉林评估仅针对煤层气开采项目，{kind}的方案不能列入此项，请删除。", "The forestry assessment is for coalbed-methane projects only; remove it from the plan for this {kind}."),
        citation: ART3_FOREST,
        check: forestry_only_coalbed_methane,
    },
    Rule {
        code: "unified_service_plan.duplicate_item",
        severity: Severity::Error,
        description: t("统一服务事项清单中每个事项只列一次", "Each service item is listed once"),
        message: t("“{item}”在事项清单中重复列出，请合并为一项。", "“{item}” is listed twice; merge the entries."),
        citation: PLAN_ITEMS,
        check: duplicate_item,
    },
    Rule {
        code: "unified_service_plan.upper_level_coordination",
        severity: Severity::Info,
        description: t(
            "煤层气区块和园区的区域评估涉及市以上（含市级）审批层级的，由县级承办部门对上协调办理",
            "For blocks and parks, assessments approved at municipal level or above are coordinated upward by the county department",
        ),
        message: t(
            "“{item}”的审批层级为{level}，属市以上审批层级，由县级承办部门对上协调办理。",
            "“{item}” is approved at {level} level (municipal or above): the county handling department coordinates it upward.",
        ),
        citation: ART4_3,
        check: upper_level_coordination,
    },
    Rule {
        code: "unified_service_plan.one_volume",
        severity: Severity::Info,
        description: t("单体项目中由市县两级审批的评估类事项可编制综合文本，实行“一本制”审批", "A single project's county- and municipal-level assessments may be combined in one volume"),
        message: t(
            "本方案有{n}项由市县两级审批的评估类事项，可编制综合文本，实行“一本制”审批。",
            "The plan has {n} assessments approved at county or municipal level; they may be combined in one volume (“一本制”).",
        ),
        citation: ART6_2_ONE,
        check: one_volume,
    },
    Rule {
        code: "unified_service_plan.simulated_approval_before_supply",
        severity: Severity::Info,
        description: t("有唯一供地意向的单体项目，供地前实行“政府统一服务+模拟审批”", "Sole intended land users: unified services with simulated approval before land supply"),
        message: t(
            "有唯一供地意向的单体项目，供地前实行“政府统一服务+模拟审批”办理机制，评估类事项可“容缺预审”，供地后及时“模正转换”。",
            "For a sole intended land user, unified services run with simulated approval before land supply: assessments are pre-reviewed with deferred materials and converted once the land is supplied.",
        ),
        citation: ART6_2_SIM,
        check: simulated_approval_before_supply,
    },
    Rule {
        code: "unified_service_plan.intermediary_selection",
        severity: Severity::Error,
        description: t("中介服务应通过晋城市行政审批服务中介超市或政府统一采购公开选取", "Intermediaries are selected through the intermediary supermarket or government procurement"),
        message: t(
            "政府统一服务所需的中介服务，应通过晋城市行政审批服务中介超市或政府统一采购的方式公开选取，请改用其中一种方式。",
            "Intermediaries for unified services are selected publicly through the Jincheng intermediary supermarket or government procurement; use one of them.",
        ),
        citation: ART7,
        check: intermediary_selection,
    },
    Rule {
        code: "unified_service_plan.comprehensive_intermediary",
        // 鼓励, not 应当: a recommendation (issue 23, item 5).
        severity: Severity::Info,
        description: t("鼓励选取具备综合评估能力的中介机构开展综合评估服务（倡导性规定）", "Intermediaries able to do a comprehensive assessment are encouraged (a recommendation)"),
        message: t(
            "本方案选用了{n}家中介机构。办法鼓励选取一家具备综合评估能力的中介机构开展综合评估服务，这是建议，不是要求；可视情况考虑合并委托。",
            "The plan uses {n} intermediaries. One intermediary able to do a comprehensive assessment is encouraged: a recommendation, not a requirement.",
        ),
        citation: ART7_COMPREHENSIVE,
        check: comprehensive_intermediary,
    },
    Rule {
        code: "unified_service_plan.contract_missing",
        severity: Severity::Error,
        description: t("使用财政资金结算中介服务费用的，以“政府统一服务成交合同书”作为支付依据", "Fees paid from public funds are paid on the unified-service contract"),
        message: t(
            "中介服务费用使用市县两级财政资金结算的，应以“政府统一服务成交合同书”作为支付依据，请填写合同书编号。",
            "Fees paid from municipal or county funds are paid on the “unified-service contract”; enter its number.",
        ),
        citation: ART8,
        check: contract_missing,
    },
];

/// D1: 政府统一服务实施方案.
pub static UNIFIED_SERVICE_PLAN: ApplicationType = ApplicationType {
    id: "unified-service-plan",
    code: "D1",
    title: t("企业投资项目政府统一服务实施方案", "Unified government service plan for enterprise investment projects"),
    document: super::DOC_UNIFIED,
    articles: &["第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条"],
    fields: FIELDS,
    rules: RULES,
    deadlines: &[],
};
