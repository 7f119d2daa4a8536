//! A. 行政执法监督 — 晋市政发〔2021〕23号《晋城市行政执法监督暂行办法》(2021-11-15;
//! 自2021年12月1日起施行，有效期二年 — in force 2021-12-01 to 2023-11-30).
//!
//! * A1 [`REQUEST`] — 申请、投诉、举报 (第二、四、六、九条)
//! * A2 [`REVIEW`] — 复查申请 (第十条)
//! * A3 [`DECISION`] — 行政执法监督决定书 (第七、九、十、十三至十五条)

mod decision;
mod request;
mod review;

pub use decision::DECISION;
pub use request::REQUEST;
pub use review::REVIEW;

use crate::model::{Citation, EnumValue, Locale, Text};

/// The document number.
pub const DOC: &str = "晋市政发〔2021〕23号";

pub(crate) const fn cite(article: &'static str, text: &'static str) -> Citation {
    Citation { document: DOC, article, text }
}

pub(crate) use crate::model::{ev, t};

pub(crate) const ART2: Citation = cite(
    "第二条",
    "本办法所称行政执法监督，是指市、县（市、区）人民政府对下级人民政府行政执法行为实施的监督，以及本级人民政府对其所属行政执法机关、法律法规规章授权的组织行政执法行为实施的监督。",
);
pub(crate) const ART4: Citation =
    cite("第四条", "市、县（市、区）司法行政部门作为行政执法监督机关，负责本级人民政府行政执法监督具体工作。");
pub(crate) const ART10_REVIEW: Citation = cite(
    "第十条",
    "行政执法机关对行政执法监督决定不服的，可以自收到《行政执法监督决定书》之日起五个工作日内，向上一级行政执法监督机关申请复查。复查期间行政执法监督决定不停止执行。",
);

/// The governments of Jincheng whose judicial administration departments supervise
/// enforcement (第四条): the city itself and its six county-level divisions.
pub(crate) const DIVISIONS: &[EnumValue] = &[
    ev("140500", "晋城市（市本级）", "Jincheng (municipal level)"),
    ev("140502", "城区", "Chengqu District"),
    ev("140521", "沁水县", "Qinshui County"),
    ev("140522", "阳城县", "Yangcheng County"),
    ev("140524", "陵川县", "Lingchuan County"),
    ev("140525", "泽州县", "Zezhou County"),
    ev("140581", "高平市", "Gaoping City"),
];

/// The judicial administration department of a division (its supervising body, 第四条).
pub(crate) fn supervising_body(code: &str, locale: Locale) -> String {
    if code == "140500" {
        return JINCHENG_JUSTICE.get(locale).to_owned();
    }
    let label = DIVISIONS.iter().find(|d| d.value == code).map_or("", |d| d.label.get(locale));
    t("{label}司法局", "the {label} Bureau of Justice").fill(locale, &[("label", label)])
}

const JINCHENG_JUSTICE: Text = t("晋城市司法局", "the Jincheng Municipal Bureau of Justice");

/// The next-higher supervising body of a division's (第十条 “上一级行政执法监督机关”).
pub(crate) fn next_higher_body(code: &str, locale: Locale) -> String {
    match code {
        "140500" => t("山西省司法厅", "the Shanxi Provincial Department of Justice"),
        _ => JINCHENG_JUSTICE,
    }
    .get(locale)
    .to_owned()
}
