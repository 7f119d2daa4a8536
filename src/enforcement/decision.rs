//! A3 `enforcement-supervision-decision` — 行政执法监督机关的《行政执法监督决定书》
//! (第七条, 第九条（三）（四）, 第十条, 第十三至十五条).

use super::{cite, ev, t, ART10_REVIEW, DIVISIONS};
use crate::application::{ApplicationType, Ctx, DeadlineDef, Hits, Rule};
use crate::model::{Citation, EnumValue, Field, FieldKind, Severity, Text};
use crate::periods::{workdays_after, Period};
use crate::error::Error;

const ART7: Citation = cite("第七条", "采取行政执法监督措施时，行政执法监督人员不得少于二人。");
const ART8: Citation = cite(
    "第八条",
    "行政执法监督机关可以采取以下方式主动开展行政执法监督工作。（一）定期组织行政执法案卷评查；（二）定期组织行政执法情况现场监督；（三）逐步通过信息化手段对行政执法行为实施监督……（四）依法确认本级人民政府监督范围内行政执法机关的行政执法资格，并向社会公告。",
);
const ART9: Citation = cite("第九条", "行政执法监督机关依公民、法人、其他组织的申请、投诉、举报启动监督。按以下程序进行");
const ART9_3_4: Citation = cite(
    "第九条（三）（四）",
    "（三）经调查核实，发现行政执法行为违法或者不当的，向行政执法机关发出《行政执法监督通知书》，责令其在规定的期限内依法处理并报告处理情况；（四）在规定期限内未处理的，由行政执法监督机关根据行政执法行为的性质、程度等情况，分别作出责令限期履行、责令补正或者改正、撤销、确认违法或者无效的决定",
);
const ART9_4: Citation = cite(
    "第九条（四）",
    "在规定期限内未处理的，由行政执法监督机关根据行政执法行为的性质、程度等情况，分别作出责令限期履行、责令补正或者改正、撤销、确认违法或者无效的决定，并制发《行政执法监督决定书》。",
);
const ART10_SEAL: Citation =
    cite("第十条", "行政执法监督机关作出处理决定的，应当出具《行政执法监督决定书》，并加盖本级人民政府行政执法监督专用章。");
const ART13: Citation =
    cite("第十三条", "行政执法行为有下列情形之一的，应当责令限期履行、责令补正或者改正；逾期不改的，应当撤销行政执法行为。");
const ART13_WRITING: Citation = cite("第十三条", "行政执法机关作出补正、改正，应当采取书面方式。");
const ART13_ANEW: Citation = cite("第十三条第二款", "行政执法行为被撤销的，行政执法机关可以依法重新作出行政执法行为。");
const ART14: Citation = cite("第十四条", "行政执法行为有下列情形之一的，应当确认行政执法行为违法，但不撤销行政执法行为。");
const ART15: Citation = cite("第十五条", "有下列情形之一的，应当确认行政执法行为无效……无效的行政执法行为，自始不发生法律效力。");

const KINDS: &[EnumValue] = &[
    ev("order_performance", "责令限期履行", "Order to perform within a time limit"),
    ev("order_correction", "责令补正或者改正", "Order to supplement or correct"),
    ev("revoke", "撤销", "Revoke"),
    ev("confirm_illegal", "确认违法", "Confirm as unlawful"),
    ev("confirm_invalid", "确认无效", "Confirm as void"),
];

/// The grounds of 第十三至十五条, each keyed by its article and item.
const GROUNDS: &[EnumValue] = &[
    ev("art13_1", "第十三条（一）主要事实不清、证据不足的", "Art. 13(1) main facts unclear, evidence insufficient"),
    ev("art13_2", "第十三条（二）适用法律、法规错误的", "Art. 13(2) wrong application of law"),
    ev("art13_3", "第十三条（三）违反法定程序的", "Art. 13(3) statutory procedure violated"),
    ev("art13_4", "第十三条（四）超越职权或者滥用职权的", "Art. 13(4) powers exceeded or abused"),
    ev("art13_5", "第十三条（五）行政执法行为明显不当的", "Art. 13(5) act manifestly improper"),
    ev("art13_6", "第十三条（六）法律、法规、规章规定的其他情形", "Art. 13(6) other cases provided by law"),
    ev("art14_1", "第十四条（一）行政执法行为违法，但不具有可撤销内容的", "Art. 14(1) unlawful but nothing to revoke"),
    ev(
        "art14_2",
        "第十四条（二）行政执法行为违法，但撤销会给国家利益、社会公共利益造成重大损害的",
        "Art. 14(2) unlawful but revocation would gravely harm the public interest",
    ),
    ev(
        "art14_3",
        "第十四条（三）原违法行政执法行为已改变，行政执法相对人仍要求确认原行政执法行为违法的",
        "Art. 14(3) act already changed, the party still asks for confirmation",
    ),
    ev("art14_4", "第十四条（四）法律、法规、规章规定的其他情形", "Art. 14(4) other cases provided by law"),
    ev("art15_1", "第十五条（一）不具备行政主体资格", "Art. 15(1) no standing as an administrative body"),
    ev("art15_2", "第十五条（二）无法定依据作出的", "Art. 15(2) made without legal basis"),
    ev("art15_3", "第十五条（三）行政执法决定未加盖本行政执法机关有效印章的", "Art. 15(3) decision without the agency's valid seal"),
    ev("art15_4", "第十五条（四）法律、法规、规章规定的其他情形", "Art. 15(4) other cases provided by law"),
];

/// How the supervision began: on a citizen's or organization's application, complaint or
/// report (第九条, whose procedure （一）–（四） puts the 《行政执法监督通知书》 and its
/// unanswered handling period before a decision), or on the body's own initiative
/// (第八条, which prescribes the ways of supervising and no notice step).
const TRACKS: &[EnumValue] = &[
    ev("complaint", "依申请、投诉、举报启动（第九条）", "On an application, complaint or report (Art. 9)"),
    ev("active", "主动监督（第八条）", "On the body's own initiative (Art. 8)"),
];

/// The ways of active supervision, 第八条（一）–（四）.
const ACTIVE_METHODS: &[EnumValue] = &[
    ev("case_file_review", "第八条（一）行政执法案卷评查", "Art. 8(1) review of case files"),
    ev("on_site", "第八条（二）行政执法情况现场监督", "Art. 8(2) on-site supervision"),
    ev("information_system", "第八条（三）信息化手段监督", "Art. 8(3) supervision through the information system"),
    ev("qualification", "第八条（四）确认行政执法资格", "Art. 8(4) confirmation of enforcement qualification"),
];

const SUPERVISOR: &[Field] = &[
    Field::required("name", t("姓名", "name"), FieldKind::Text { max: 50 }),
    Field::required("certificateNumber", t("行政执法监督证件号", "supervision certificate number"), FieldKind::Text { max: 50 }),
];

const BODY: &[Field] = &[
    Field::required("name", t("行政执法机关名称", "enforcement agency"), FieldKind::Text { max: 100 }),
    Field::required("creditCode", t("统一社会信用代码", "credit code"), FieldKind::CreditCode),
];

const NOTICE: &[Field] = &[
    Field::required("number", t("《行政执法监督通知书》文号", "number of the supervision notice"), FieldKind::Text { max: 100 }),
    Field::required("issuedDate", t("通知书发出日期", "date the notice was issued"), FieldKind::Date),
    Field::required("handlingDeadline", t("通知书规定的处理期限", "handling deadline set by the notice"), FieldKind::Date),
];

static FIELDS: &[Field] = &[
    Field::required("caseNumber", t("案件编号", "case number"), FieldKind::Text { max: 100 }),
    Field::required("supervisingDivision", t("作出决定的人民政府", "government of the supervising body"), FieldKind::Enum(DIVISIONS)),
    Field::required("enforcementBody", t("被监督的行政执法机关", "enforcement agency concerned"), FieldKind::Object(BODY)),
    Field::required("act", t("被监督的行政执法行为", "enforcement act concerned"), FieldKind::Text { max: 2000 }),
    Field::required("track", t("监督的启动方式", "how the supervision began"), FieldKind::Enum(TRACKS)).cited(&ART9),
    Field::required_when("activeMethod", t("主动监督的方式", "way of active supervision"), FieldKind::Enum(ACTIVE_METHODS), "track", &["active"])
        .cited(&ART8),
    Field::optional("notice", t("《行政执法监督通知书》", "supervision notice"), FieldKind::Object(NOTICE)).cited(&ART9_3_4),
    Field::required(
        "supervisors",
        t("行政执法监督人员", "supervisors"),
        FieldKind::List { item: &FieldKind::Object(SUPERVISOR), min: 2, max: 20 },
    )
    .cited(&ART7)
    .counted_in("人"),
    Field::required("decisionKind", t("决定类别", "kind of decision"), FieldKind::Enum(KINDS)).cited(&ART9_4),
    Field::required("grounds", t("决定依据的情形", "grounds"), FieldKind::EnumSet(GROUNDS)),
    Field::required_when(
        "correctionDeadline",
        t("责令履行、补正或者改正的期限", "time limit to perform or correct"),
        FieldKind::Date,
        "decisionKind",
        &["order_performance", "order_correction"],
    )
    .cited(&ART13),
    Field::required_when(
        "uncorrectedAfterOrder",
        t("是否经责令后逾期不改", "not corrected after an order"),
        FieldKind::Boolean,
        "decisionKind",
        &["revoke"],
    )
    .cited(&ART13),
    Field::required("decisionDate", t("决定日期", "date of decision"), FieldKind::Date),
    Field::optional("serviceDate", t("决定书送达日期", "date the decision was served"), FieldKind::Date),
    Field::required("sealed", t("已加盖行政执法监督专用章", "bears the supervision seal"), FieldKind::Boolean).cited(&ART10_SEAL),
];

/// The article whose grounds a decision kind rests on.
fn article_of_kind(kind: &str) -> Option<&'static str> {
    match kind {
        "order_performance" | "order_correction" | "revoke" => Some("art13"),
        "confirm_illegal" => Some("art14"),
        "confirm_invalid" => Some("art15"),
        _ => None,
    }
}

fn label(values: &[EnumValue], v: &str, ctx: &Ctx) -> String {
    values.iter().find(|e| e.value == v).map(|e| e.label.get(ctx.locale).to_owned()).unwrap_or_else(|| v.to_owned())
}

fn grounds_mismatch(ctx: &Ctx, hits: &mut Hits) {
    let Some(kind) = ctx.str("/decisionKind") else { return };
    let Some(article) = article_of_kind(kind) else { return };
    let articles = [("art13", "第十三条", "Article 13"), ("art14", "第十四条", "Article 14"), ("art15", "第十五条", "Article 15")];
    let name = |a: &str| articles.iter().find(|x| x.0 == a).map(|x| if ctx.locale == crate::model::Locale::En { x.2 } else { x.1 }).unwrap_or("");
    for (i, g) in ctx.strs("/grounds").iter().enumerate() {
        if !GROUNDS.iter().any(|e| e.value == *g) || g.starts_with(article) {
            continue;
        }
        hits.at(
            &format!("/grounds/{i}"),
            &[("kind", label(KINDS, kind, ctx)), ("article", name(article).to_owned()), ("ground", label(GROUNDS, g, ctx))],
        );
    }
}

fn revoke_needs_uncorrected(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/decisionKind") == Some("revoke") && ctx.bool("/uncorrectedAfterOrder") == Some(false) {
        hits.at("/uncorrectedAfterOrder", &[]);
    }
}

fn not_sealed(ctx: &Ctx, hits: &mut Hits) {
    if ctx.bool("/sealed") == Some(false) {
        hits.at("/sealed", &[]);
    }
}

fn before_notice_deadline(ctx: &Ctx, hits: &mut Hits) {
    let (Some(deadline), Some(decided)) = (ctx.date("/notice/handlingDeadline"), ctx.date("/decisionDate")) else { return };
    if decided <= deadline {
        hits.at("/decisionDate", &[("deadline", ctx.fmt_date(deadline))]);
    }
}

/// 第九条（三）（四）: on the complaint track a decision follows a 《行政执法监督通知书》
/// whose handling period passed without the matter being handled.
fn notice_missing(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/track") == Some("complaint") && ctx.get("/notice").is_none() {
        hits.at("/notice", &[]);
    }
}

/// 第九条（三）: the notice sets a period to handle the matter, which ends after the
/// notice is issued.
fn notice_period_order(ctx: &Ctx, hits: &mut Hits) {
    if let (Some(issued), Some(deadline)) = (ctx.date("/notice/issuedDate"), ctx.date("/notice/handlingDeadline")) {
        if deadline <= issued {
            hits.at("/notice/handlingDeadline", &[("issued", ctx.fmt_date(issued))]);
        }
    }
}

/// 第八条: active supervision has its own ways and no notice step of 第九条.
fn active_track(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/track") == Some("active") {
        hits.at("/track", &[]);
    }
}

fn correction_after_decision(ctx: &Ctx, hits: &mut Hits) {
    let (Some(limit), Some(decided)) = (ctx.date("/correctionDeadline"), ctx.date("/decisionDate")) else { return };
    if limit <= decided {
        hits.at("/correctionDeadline", &[]);
    }
}

fn dates_not_future(ctx: &Ctx, hits: &mut Hits) {
    for p in ["/decisionDate", "/serviceDate"] {
        if let Some(d) = ctx.date(p).filter(|d| *d > ctx.as_of) {
            hits.at(p, &[("date", ctx.fmt_date(d))]);
        }
    }
}

fn correction_in_writing(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/decisionKind") == Some("order_correction") {
        hits.at("/decisionKind", &[]);
    }
}

fn void_from_start(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/decisionKind") == Some("confirm_invalid") {
        hits.at("/decisionKind", &[]);
    }
}

fn may_act_anew(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/decisionKind") == Some("revoke") {
        hits.at("/decisionKind", &[]);
    }
}

fn not_revoked(ctx: &Ctx, hits: &mut Hits) {
    if ctx.str("/decisionKind") == Some("confirm_illegal") {
        hits.at("/decisionKind", &[]);
    }
}

/// 第十条 counts from the agency's receipt (“自收到……之日起”): the service date is the
/// day the agency received the decision (issue 23: the rule said 送达).
const SERVED: Text = t("行政执法机关收到《行政执法监督决定书》", "the agency's receipt of the decision");

/// Counted only from a service that has happened (a later date is `date_future`).
fn review_period(ctx: &Ctx) -> Option<Result<Period, Error>> {
    let served = ctx.date("/serviceDate").filter(|d| *d <= ctx.as_of)?;
    Some(workdays_after(ctx.calendar, served, 5, SERVED, ctx.locale))
}

static RULES: &[Rule] = &[
    Rule {
        code: "supervision_decision.grounds_mismatch",
        severity: Severity::Error,
        description: t(
            "决定类别须与其依据的情形对应：责令限期履行、责令补正或者改正、撤销依第十三条，确认违法依第十四条，确认无效依第十五条",
            "The kind of decision must match its grounds: orders and revocation under Art. 13, confirmation of unlawfulness under Art. 14, of voidness under Art. 15",
        ),
        message: t("“{kind}”决定应依据{article}所列情形，“{ground}”不能作为其依据，请核对。", "A decision to “{kind}” rests on the grounds of {article}; “{ground}” is not one of them."),
        citation: ART9_4,
        check: grounds_mismatch,
    },
    Rule {
        code: "supervision_decision.revoke_requires_uncorrected",
        severity: Severity::Error,
        description: t("只有责令限期履行、补正或者改正后逾期不改的，才能撤销", "Revocation only after an order to perform or correct was not complied with in time"),
        message: t(
            "依第十三条，应先责令限期履行、补正或者改正，逾期不改的才能撤销；请先作出责令决定。",
            "Under Article 13 the act must first be ordered performed or corrected; only if that is not done in time may it be revoked.",
        ),
        citation: ART13,
        check: revoke_needs_uncorrected,
    },
    Rule {
        code: "supervision_decision.not_sealed",
        severity: Severity::Error,
        description: t("决定书须加盖本级人民政府行政执法监督专用章", "The decision bears the supervision seal of the government"),
        message: t("《行政执法监督决定书》须加盖本级人民政府行政执法监督专用章后才能制发。", "The decision must bear the government's supervision seal before it is issued."),
        citation: ART10_SEAL,
        check: not_sealed,
    },
    Rule {
        code: "supervision_decision.before_notice_deadline",
        severity: Severity::Error,
        description: t("《行政执法监督通知书》规定的处理期限届满后未处理的，才作出决定", "A decision follows only when the notice's handling period has passed"),
        message: t(
            "《行政执法监督通知书》规定的处理期限至{deadline}，期限届满前不能作出监督决定。",
            "The notice gave until {deadline} to handle the matter; no decision may be made before that period ends.",
        ),
        citation: ART9_4,
        check: before_notice_deadline,
    },
    Rule {
        code: "supervision_decision.notice_missing",
        severity: Severity::Error,
        description: t(
            "依申请、投诉、举报启动的监督，须先发出《行政执法监督通知书》，规定期限内未处理的才作出决定",
            "On the complaint track a decision follows a supervision notice whose handling period passed unanswered",
        ),
        message: t(
            "依申请、投诉、举报启动的监督，应先向行政执法机关发出《行政执法监督通知书》，责令其在规定期限内处理；规定期限内未处理的，才能作出监督决定。请填写通知书文号、发出日期和处理期限。",
            "On an application, complaint or report, the agency first receives a supervision notice with a period to handle the matter; only if it does not, a decision follows. Enter the notice's number, date and handling period.",
        ),
        citation: ART9_3_4,
        check: notice_missing,
    },
    Rule {
        code: "supervision_decision.notice_period_order",
        severity: Severity::Error,
        description: t("通知书规定的处理期限晚于通知书发出日期", "The notice's handling period ends after the notice is issued"),
        message: t("通知书规定的处理期限应晚于通知书发出日期（{issued}），请核对。", "The notice's handling period must end after the notice was issued ({issued}); check it."),
        citation: ART9_3_4,
        check: notice_period_order,
    },
    Rule {
        code: "supervision_decision.active_supervision",
        severity: Severity::Info,
        description: t(
            "主动监督按第八条的方式开展，第九条的通知书程序不适用；已发出通知书的，仍在其处理期限届满后作出决定",
            "Active supervision follows Art. 8; the notice procedure of Art. 9 does not apply, but a notice issued is still waited out",
        ),
        message: t(
            "主动监督依第八条开展，不以发出《行政执法监督通知书》为作出决定的前提；已发出通知书的，请在其处理期限届满后再作出决定。",
            "Active supervision under Article 8 does not require a supervision notice before a decision; if one was issued, decide only after its handling period.",
        ),
        citation: ART8,
        check: active_track,
    },
    Rule {
        code: "supervision_decision.correction_deadline_order",
        severity: Severity::Error,
        description: t("责令履行、补正或者改正的期限应晚于决定日期", "The time limit to perform or correct falls after the decision date"),
        message: t("责令履行、补正或者改正的期限应晚于决定日期。", "The time limit to perform or correct must fall after the decision date."),
        citation: ART13,
        check: correction_after_decision,
    },
    Rule {
        code: "supervision_decision.date_future",
        severity: Severity::Error,
        description: t("决定日期、送达日期不能晚于提交日期", "Decision and service dates cannot be after the submission date"),
        message: t("日期{date}晚于提交日期，请核对。", "The date {date} is after the submission date; check it."),
        citation: ART10_SEAL,
        check: dates_not_future,
    },
    Rule {
        code: "supervision_decision.correction_in_writing",
        severity: Severity::Info,
        description: t("补正、改正应采取书面方式", "Supplements and corrections are made in writing"),
        message: t("请在决定书中写明：行政执法机关作出补正、改正，应当采取书面方式。", "State in the decision that the agency must make its supplement or correction in writing."),
        citation: ART13_WRITING,
        check: correction_in_writing,
    },
    Rule {
        code: "supervision_decision.confirm_illegal_not_revoked",
        severity: Severity::Info,
        description: t("确认违法的，不撤销行政执法行为", "Confirming unlawfulness does not revoke the act"),
        message: t("确认违法的，行政执法行为不予撤销。", "Confirming unlawfulness leaves the act in place."),
        citation: ART14,
        check: not_revoked,
    },
    Rule {
        code: "supervision_decision.may_act_anew",
        severity: Severity::Info,
        description: t("行政执法行为被撤销的，行政执法机关可以依法重新作出", "After revocation the agency may act anew under the law"),
        message: t(
            "行政执法行为被撤销后，行政执法机关可以依法重新作出行政执法行为。",
            "Once the act is revoked, the enforcement agency may make a new act under the law.",
        ),
        citation: ART13_ANEW,
        check: may_act_anew,
    },
    Rule {
        code: "supervision_decision.void_from_start",
        severity: Severity::Info,
        description: t("无效的行政执法行为自始不发生法律效力", "A void act never had legal effect"),
        message: t("确认无效的行政执法行为，自始不发生法律效力。", "An act confirmed void never had legal effect."),
        citation: ART15,
        check: void_from_start,
    },
];

const DEADLINES: &[DeadlineDef] = &[DeadlineDef {
    id: "review_request",
    title: t("行政执法机关申请复查的期限", "Time limit for the agency to apply for review"),
    citation: ART10_REVIEW,
    needs: &["/serviceDate"],
    compute: review_period,
}];

/// A3: 行政执法监督决定书.
pub static DECISION: ApplicationType = ApplicationType {
    id: "enforcement-supervision-decision",
    code: "A3",
    title: t("行政执法监督决定书", "Enforcement supervision decision"),
    document: super::DOC,
    articles: &["第七条", "第九条", "第十条", "第十三条", "第十四条", "第十五条"],
    fields: FIELDS,
    rules: RULES,
    deadlines: DEADLINES,
};
