//! `npm run bench` only: the npm package's wasm (`jincheng-wasm`, every export and the
//! same facade) plus the representative 15-field form of the validation research
//! benchmark (`form.schema.json` beside this crate), expressed through the core's public
//! API so that the benchmark compares like with like against Ajv and Zod.
//!
//! **Not an application type of the city's regulations**, and not in the shipped
//! package: this crate lives in the benchmark harness (`tests/bench/`) and is built by
//! `tests/bench/validation.mjs` into `test-output/pkg-bench`.

use jincheng_rules::application::{json_lines_str, validate_json, validate_line_text, ApplicationType, Ctx, Hits, Rule};
use jincheng_rules::json::WriteJson;
use jincheng_wasm::bench::with_packed;
use jincheng_rules::model::{ev, t};
use jincheng_rules::model::{Citation, EnumValue, Field, FieldKind, Severity};
use wasm_bindgen::prelude::*;

const SOURCE: &str = "research form (tests/bench/research-form/form.schema.json)";

const fn cite(article: &'static str, text: &'static str) -> Citation {
    Citation { document: SOURCE, article, text }
}

const MIN_LENGTH: Citation = cite("minLength", "applicantName ≥ 2, contact.name ≥ 2, contact.address ≥ 5 characters");
const POSTCODE: Citation = cite("contact.postcode", "pattern ^\\d{6}$");
const IF_LEVEL: Citation = cite("if/then", "level ≥ 2 requires expertReviewDate");

const COUNTIES: &[EnumValue] = &[
    ev("城区", "城区", "Chengqu"),
    ev("沁水县", "沁水县", "Qinshui"),
    ev("阳城县", "阳城县", "Yangcheng"),
    ev("陵川县", "陵川县", "Lingchuan"),
    ev("泽州县", "泽州县", "Zezhou"),
    ev("高平市", "高平市", "Gaoping"),
    ev("经济技术开发区", "经济技术开发区", "Economic and Technological Development Zone"),
];
const CATEGORIES: &[EnumValue] =
    &[ev("新建", "新建", "new"), ev("改扩建", "改扩建", "extension"), ev("技术改造", "技术改造", "technical upgrade")];
const MATERIALS: &[EnumValue] = &[
    ev("申请表", "申请表", "application form"),
    ev("营业执照", "营业执照", "business licence"),
    ev("法定代表人身份证明", "法定代表人身份证明", "legal representative's ID"),
    ev("授权委托书", "授权委托书", "power of attorney"),
    ev("项目可行性研究报告", "项目可行性研究报告", "feasibility study"),
    ev("立项批复文件", "立项批复文件", "project approval"),
    ev("环境影响评价批复", "环境影响评价批复", "environmental approval"),
    ev("用地预审意见", "用地预审意见", "land pre-review"),
    ev("规划选址意见", "规划选址意见", "site selection"),
    ev("节能审查意见", "节能审查意见", "energy review"),
    ev("资金筹措证明", "资金筹措证明", "financing proof"),
    ev("财务审计报告", "财务审计报告", "audit report"),
    ev("纳税证明", "纳税证明", "tax certificate"),
    ev("信用承诺书", "信用承诺书", "credit commitment"),
    ev("安全生产承诺书", "安全生产承诺书", "safety commitment"),
    ev("专家评审意见", "专家评审意见", "expert opinion"),
    ev("其他材料", "其他材料", "other"),
];

const CONTACT: &[Field] = &[
    Field::required("name", t("联系人", "contact name"), FieldKind::Text { max: 50 }),
    Field::required("phone", t("联系电话", "contact phone"), FieldKind::Mobile),
    Field::required("address", t("联系地址", "address"), FieldKind::Text { max: 200 }),
    Field::optional("postcode", t("邮政编码", "postcode"), FieldKind::Text { max: 6 }),
];

static FIELDS: &[Field] = &[
    Field::required("applicantName", t("申请单位名称", "applicant"), FieldKind::Text { max: 50 }),
    Field::required("residentId", t("法定代表人身份证号码", "resident ID number"), FieldKind::ResidentId),
    Field::required("creditCode", t("统一社会信用代码", "credit code"), FieldKind::CreditCode),
    Field::required("mobile", t("手机号码", "mobile"), FieldKind::Mobile),
    Field::required("county", t("所在县（市、区）", "county"), FieldKind::Enum(COUNTIES)),
    Field::required("projectCategory", t("项目类别", "project category"), FieldKind::Enum(CATEGORIES)),
    Field::required("applicationDate", t("申请日期", "application date"), FieldKind::Date),
    Field::required("projectStartDate", t("项目开始日期", "start date"), FieldKind::Date),
    Field::required("projectEndDate", t("项目结束日期", "end date"), FieldKind::Date),
    Field::optional("expertReviewDate", t("专家评审日期", "expert review date"), FieldKind::Date),
    Field::required("level", t("等级", "level"), FieldKind::Integer { min: 1, max: 5 }),
    Field::required("isFirstApplication", t("是否首次申请", "first application"), FieldKind::Boolean),
    Field::required("investmentAmount", t("投资额", "investment"), FieldKind::Number { min: 0.0, max: 1.0e15 }),
    Field::required("contact", t("联系人", "contact"), FieldKind::Object(CONTACT)),
    Field::required("materials", t("申请材料", "materials"), FieldKind::EnumSet(MATERIALS)),
];

fn min_lengths(ctx: &Ctx, hits: &mut Hits) {
    for (p, min) in [("/applicantName", 2), ("/contact/name", 2), ("/contact/address", 5)] {
        if ctx.str(p).is_some_and(|s| s.chars().count() < min) {
            hits.at(p, &[("min", min.to_string())]);
        }
    }
}

fn postcode(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/contact/postcode").is_some_and(|s| s.len() != 6 || !s.bytes().all(|b| b.is_ascii_digit())) {
        hits.at("/contact/postcode", &[]);
    }
}

fn expert_review(ctx: &Ctx, hits: &mut Hits) {
    if ctx.int("/level").is_some_and(|l| l >= 2) && ctx.get("/expertReviewDate").is_none() {
        hits.at("/expertReviewDate", &[]);
    }
}

static RULES: &[Rule] = &[
    Rule {
        code: "bench.min_length",
        severity: Severity::Error,
        description: t("最短长度", "minimum length"),
        message: t("至少填写{min}个字。", "Enter at least {min} characters."),
        citation: MIN_LENGTH,
        check: min_lengths,
    },
    Rule {
        code: "bench.postcode",
        severity: Severity::Error,
        description: t("邮政编码为6位数字", "a six-digit postcode"),
        message: t("邮政编码应为6位数字。", "A postcode has six digits."),
        citation: POSTCODE,
        check: postcode,
    },
    Rule {
        code: "bench.expert_review_required",
        severity: Severity::Error,
        description: t("等级2以上须填写专家评审日期", "level 2+ needs the expert review date"),
        message: t("等级为2级以上的，请填写专家评审日期。", "At level 2 or above, enter the expert review date."),
        citation: IF_LEVEL,
        check: expert_review,
    },
];

/// The research form.
pub static BENCH_FORM: ApplicationType = ApplicationType {
    id: "bench-research-form",
    code: "--",
    title: t("项目补助申请（研究用代表性表单）", "Project subsidy application (research form)"),
    document: SOURCE,
    articles: &[],
    fields: FIELDS,
    rules: RULES,
    deadlines: &[],
};

/// On instantiation: make the research form known to the package's exports.
#[wasm_bindgen(start)]
fn start() {
    jincheng_wasm::bench::add_type(&BENCH_FORM);
}

/// `validate` on the fast path without writing the report (the number of issues), so
/// that `npm run bench` can split a call's time between reading and writing.
#[wasm_bindgen(js_name = __validateNoOutput)]
pub fn validate_no_output(type_id: &str, json: &str, options: u32) -> u32 {
    with_packed(type_id, options, |t, o, c| validate_json(t, json, o, c).issues.len() as u32).unwrap_or(0)
}

// The plain JSON-text alternative of the batch's numbers protocol, for `tests/bench/wire.mjs`
// (issue 21: does the numbers protocol earn its place?).

/// `__validateManyText` with the reports as one JSON array text (each report's JSON text
/// joined, written as it is made), for one `JSON.parse` in JS.
#[wasm_bindgen(js_name = __validateManyPlainJson)]
pub fn validate_many_plain_json(type_id: &str, text: &str, options: u32, first_line: u32) -> Option<String> {
    let skip = (first_line as usize).checked_sub(1)?;
    with_packed(type_id, options, |t, o, c| {
        let mut out = String::with_capacity(text.len());
        for (k, (n, line)) in json_lines_str(text).enumerate() {
            out.push(if k == 0 { '[' } else { ',' });
            validate_line_text(t, n.saturating_add(skip), line, o, c).write_json(&mut out);
        }
        out.push_str(if out.is_empty() { "[]" } else { "]" });
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jincheng_rules::application::{default_calendar, validate_json, Options};

    #[test]
    fn the_samples_of_the_benchmark_are_judged_as_by_ajv_and_zod() {
        let options = Options::new(jincheng_rules::Locale::ZhCn, jincheng_rules::parse_date("2026-03-02").unwrap());
        let valid = r#"{"applicantName":"晋城市示例科技有限公司","residentId":"140502198503151239","creditCode":"91140500MA1RGX1820","mobile":"13912345678","county":"泽州县","projectCategory":"新建","applicationDate":"2026-03-02","projectStartDate":"2026-04-01","projectEndDate":"2027-03-31","level":1,"isFirstApplication":true,"investmentAmount":1200000,"contact":{"name":"张三","phone":"13912345678","address":"晋城市泽州县示例路1号"},"materials":["申请表","营业执照"]}"#;
        let report = validate_json(&BENCH_FORM, valid, &options, default_calendar());
        assert!(report.valid, "{:?}", report.issues);
        let invalid = valid.replace(r#""level":1"#, r#""level":3"#).replace("张三", "张");
        let report = validate_json(&BENCH_FORM, &invalid, &options, default_calendar());
        let codes: Vec<&str> = report.issues.iter().map(|i| i.code).collect();
        assert!(codes.contains(&"bench.expert_review_required") && codes.contains(&"bench.min_length"), "{codes:?}");
    }
}
