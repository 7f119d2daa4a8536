// Generated from the field declarations by `cargo test` (UPDATE_GENERATED=1). DO NOT MODIFY.

import type { IsoDate } from './api.js';

/** The id of an application type. */
export type ApplicationTypeId =
  | "enforcement-supervision-request"
  | "enforcement-supervision-review"
  | "enforcement-supervision-decision"
  | "scitech-project-application"
  | "scitech-project-change"
  | "scitech-project-acceptance"
  | "scitech-acceptance-extension"
  | "mlps-filing"
  | "mlps-filing-change"
  | "mlps-assessment"
  | "security-service-registration"
  | "unified-service-plan"
  | "simulated-approval"
  | "simulated-approval-conversion"
  | "energy-review"
  | "business-startup"
  | "free-seal-carving"
;

/** The submission shape of each application type. */
export interface Submissions {
  "enforcement-supervision-request": EnforcementSupervisionRequest;
  "enforcement-supervision-review": EnforcementSupervisionReview;
  "enforcement-supervision-decision": EnforcementSupervisionDecision;
  "scitech-project-application": ScitechProjectApplication;
  "scitech-project-change": ScitechProjectChange;
  "scitech-project-acceptance": ScitechProjectAcceptance;
  "scitech-acceptance-extension": ScitechAcceptanceExtension;
  "mlps-filing": MlpsFiling;
  "mlps-filing-change": MlpsFilingChange;
  "mlps-assessment": MlpsAssessment;
  "security-service-registration": SecurityServiceRegistration;
  "unified-service-plan": UnifiedServicePlan;
  "simulated-approval": SimulatedApproval;
  "simulated-approval-conversion": SimulatedApprovalConversion;
  "energy-review": EnergyReview;
  "business-startup": BusinessStartup;
  "free-seal-carving": FreeSealCarving;
}

/** The submission shape of an application type. */
export type SubmissionOf<T extends ApplicationTypeId> = Submissions[T];

/** Every code an issue of `validate` can carry: the rules of `rules()`, the structural checks, the identity checks. */
export type IssueCode =
  | "business_startup.bank_account_included"
  | "business_startup.county_level"
  | "business_startup.free_invoices_ukey"
  | "business_startup.later_online"
  | "business_startup.materials_incomplete"
  | "business_startup.one_window"
  | "business_startup.outside_hours"
  | "business_startup.submitted_future"
  | "control_character"
  | "credit_code.authority"
  | "credit_code.character"
  | "credit_code.character_mistaken"
  | "credit_code.check_digit"
  | "credit_code.entity_type"
  | "credit_code.full_width"
  | "credit_code.length"
  | "credit_code.lowercase"
  | "credit_code.org_code_check"
  | "credit_code.region"
  | "credit_code.several"
  | "credit_code.type"
  | "credit_code.whitespace"
  | "document.expired"
  | "document.extended"
  | "document.not_yet_in_force"
  | "document.replaced"
  | "duplicate"
  | "energy_review.below_threshold"
  | "energy_review.development_zone"
  | "energy_review.material_missing"
  | "energy_review.municipal"
  | "energy_review.no_forwarding"
  | "energy_review.provincial"
  | "energy_review.zone_route_outside_zone"
  | "enforcement_request.act_date_future"
  | "enforcement_request.body_outside_scope"
  | "enforcement_request.supervising_body"
  | "enum"
  | "form.unmapped_value"
  | "format.date"
  | "format.date_range"
  | "format.date_time"
  | "invalid_character"
  | "mlps_assessment.confidentiality_agreement_missing"
  | "mlps_assessment.crypto_assessment_missing"
  | "mlps_assessment.last_assessment_future"
  | "mlps_assessment.level2_recommended"
  | "mlps_assessment.live_before_assessment"
  | "mlps_assessment.new_network_after_assessment"
  | "mlps_assessment.next_from_completion"
  | "mlps_assessment.overdue"
  | "mlps_assessment.report_recipient_missing"
  | "mlps_filing.approval_after_filing"
  | "mlps_filing.approval_before_review"
  | "mlps_filing.authority_approval_missing"
  | "mlps_filing.determined_date_future"
  | "mlps_filing.expert_review_missing"
  | "mlps_filing.late"
  | "mlps_filing.level_one_not_required"
  | "mlps_filing.review_after_filing"
  | "mlps_filing_change.event_date_future"
  | "mlps_filing_change.late"
  | "mlps_filing_change.level_unchanged"
  | "mobile.character"
  | "mobile.country_code"
  | "mobile.full_width"
  | "mobile.landline"
  | "mobile.length"
  | "mobile.prefix"
  | "mobile.type"
  | "mobile.whitespace"
  | "range"
  | "required"
  | "required.choice"
  | "required.choices"
  | "required.items"
  | "required.yes_no"
  | "resident_id.birth_date"
  | "resident_id.birth_date_future"
  | "resident_id.character"
  | "resident_id.check_digit"
  | "resident_id.full_width"
  | "resident_id.last_character"
  | "resident_id.length"
  | "resident_id.lowercase_x"
  | "resident_id.region"
  | "resident_id.several"
  | "resident_id.type"
  | "resident_id.whitespace"
  | "scitech_acceptance.award_subsidy_no_acceptance"
  | "scitech_acceptance.late"
  | "scitech_acceptance.late_postponed"
  | "scitech_acceptance.not_completed"
  | "scitech_application.blacklisted"
  | "scitech_application.condition_unmet"
  | "scitech_application.direct_award_only_for_subsidy"
  | "scitech_application.eligibility_withdrawn"
  | "scitech_application.fast_track_method"
  | "scitech_application.key_rnd_method"
  | "scitech_application.major_special_method"
  | "scitech_application.period_order"
  | "scitech_application.subsidy_is_direct"
  | "scitech_change.agreed_after_submission"
  | "scitech_change.approval_required"
  | "scitech_change.not_agreed"
  | "scitech_change.not_written"
  | "scitech_change.termination_other_reason"
  | "scitech_extension.already_extended"
  | "scitech_extension.late"
  | "scitech_extension.not_after_deadline"
  | "scitech_extension.too_long"
  | "seal_carving.before_registration"
  | "seal_carving.free_seals_unused"
  | "seal_carving.material"
  | "seal_carving.not_first"
  | "seal_carving.not_free"
  | "seal_carving.not_municipal"
  | "seal_carving.registered_before_start"
  | "seal_carving.settlement_quarter"
  | "security_service.background_review"
  | "security_service.monitoring_report_in_advance"
  | "security_service.registered_with_city_police"
  | "security_service.remote_maintenance_unassessed"
  | "simulated_approval.barred_after_lapse"
  | "simulated_approval.commitment_missing"
  | "simulated_approval.excluded_project"
  | "simulated_approval.lapse_consequence"
  | "simulated_approval.lapse_date_future"
  | "simulated_approval.no_construction"
  | "simulated_approval.start_before_application"
  | "simulated_approval.supplement_after_start"
  | "simulated_approval.supplement_date_past"
  | "simulated_approval.unified_service"
  | "simulated_approval_conversion.application_before_supplement"
  | "simulated_approval_conversion.date_future"
  | "simulated_approval_conversion.formal_approval_due"
  | "simulated_approval_conversion.lapsed"
  | "simulated_approval_conversion.notice_order"
  | "simulated_approval_conversion.policy_changed"
  | "simulated_approval_conversion.result_changed"
  | "submission.invalid_json"
  | "submission.too_deep"
  | "submission.too_large"
  | "submission.too_many_issues"
  | "submission.type"
  | "submission.unprocessed"
  | "supervision_decision.active_supervision"
  | "supervision_decision.before_notice_deadline"
  | "supervision_decision.confirm_illegal_not_revoked"
  | "supervision_decision.correction_deadline_order"
  | "supervision_decision.correction_in_writing"
  | "supervision_decision.date_future"
  | "supervision_decision.grounds_mismatch"
  | "supervision_decision.may_act_anew"
  | "supervision_decision.not_sealed"
  | "supervision_decision.notice_missing"
  | "supervision_decision.notice_period_order"
  | "supervision_decision.revoke_requires_uncorrected"
  | "supervision_decision.void_from_start"
  | "supervision_review.applicant_not_agency"
  | "supervision_review.authorized_organization"
  | "supervision_review.credit_code_not_organ"
  | "supervision_review.decision_stays_in_force"
  | "supervision_review.late"
  | "supervision_review.received_date_future"
  | "supervision_review.review_body"
  | "too_few"
  | "too_long"
  | "too_many"
  | "type"
  | "unified_service_plan.comprehensive_intermediary"
  | "unified_service_plan.contract_missing"
  | "unified_service_plan.duplicate_item"
  | "unified_service_plan.forestry_only_coalbed_methane"
  | "unified_service_plan.intermediary_selection"
  | "unified_service_plan.new_town_by_reference"
  | "unified_service_plan.one_volume"
  | "unified_service_plan.organizer_coalbed_methane"
  | "unified_service_plan.organizer_park"
  | "unified_service_plan.organizer_park_project"
  | "unified_service_plan.organizer_single_project"
  | "unified_service_plan.park_organizer_unspecified"
  | "unified_service_plan.park_project_meets_commitment"
  | "unified_service_plan.simulated_approval_before_supply"
  | "unified_service_plan.single_project_category"
  | "unified_service_plan.single_project_land"
  | "unified_service_plan.upper_level_coordination"
  | "unknown_field"
  | "unknown_type"
;

/** A1 行政执法监督申请、投诉、举报（晋市政发〔2021〕23号《晋城市行政执法监督暂行办法》第二条、第四条、第六条、第九条） */
export interface EnforcementSupervisionRequest {
  /** 事项类别 */
  requestKind: "application" | "complaint" | "report";
  /** 申请人 */
  applicant: {
    /** 申请人类别 */
    kind: "citizen" | "legal_person" | "other_org";
    /** 申请人姓名或名称 */
    name: string;
    /** 公民身份号码 */
    residentId?: string;
    /** 统一社会信用代码 */
    creditCode?: string;
    /** 联系电话（手机） */
    mobile: string;
  };
  /** 受理的人民政府 */
  supervisingDivision: "140500" | "140502" | "140521" | "140522" | "140524" | "140525" | "140581";
  /** 被监督的行政执法机关 */
  enforcementBody: {
    /** 被监督的行政执法机关名称 */
    name: string;
    /** 该机关与受理政府的关系 */
    relation: "lower_government" | "same_level_agency" | "authorized_organization" | "other";
  };
  /** 行政执法行为 */
  act: {
    /** 行政执法行为 */
    description: string;
    /** 行政执法行为发生日期 */
    date: IsoDate;
  };
  /** 监督事项类别 */
  grounds?: ("law_implementation" | "legality_of_agency" | "legality_of_decision" | "work_system" | "handling_of_wrongdoing" | "other")[];
  /** 事实和理由 */
  facts: string;
  /** 证据材料清单 */
  evidence?: Array<string>;
}

/** A2 行政执法监督决定复查申请（晋市政发〔2021〕23号《晋城市行政执法监督暂行办法》第四条、第十条） */
export interface EnforcementSupervisionReview {
  /** 申请单位 */
  applicant: {
    /** 申请单位类别 */
    kind: "enforcement_agency" | "authorized_organization" | "citizen_or_organization";
    /** 申请单位名称 */
    name: string;
    /** 申请单位统一社会信用代码 */
    creditCode: string;
    /** 联系人 */
    contact: {
      /** 联系人 */
      name: string;
      /** 联系人手机 */
      mobile: string;
    };
  };
  /** 行政执法监督决定书 */
  decision: {
    /** 《行政执法监督决定书》文号 */
    number: string;
    /** 作出决定的行政执法监督机关 */
    issuer: string;
    /** 作出决定的机关所属人民政府 */
    issuerDivision: "140500" | "140502" | "140521" | "140522" | "140524" | "140525" | "140581";
    /** 收到决定书日期 */
    receivedDate: IsoDate;
  };
  /** 申请复查的事实和理由 */
  reasons: string;
}

/** A3 行政执法监督决定书（晋市政发〔2021〕23号《晋城市行政执法监督暂行办法》第七条、第九条、第十条、第十三条、第十四条、第十五条） */
export interface EnforcementSupervisionDecision {
  /** 案件编号 */
  caseNumber: string;
  /** 作出决定的人民政府 */
  supervisingDivision: "140500" | "140502" | "140521" | "140522" | "140524" | "140525" | "140581";
  /** 被监督的行政执法机关 */
  enforcementBody: {
    /** 行政执法机关名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
  };
  /** 被监督的行政执法行为 */
  act: string;
  /** 监督的启动方式 */
  track: "complaint" | "active";
  /** 主动监督的方式 */
  activeMethod?: "case_file_review" | "on_site" | "information_system" | "qualification";
  /** 《行政执法监督通知书》 */
  notice?: {
    /** 《行政执法监督通知书》文号 */
    number: string;
    /** 通知书发出日期 */
    issuedDate: IsoDate;
    /** 通知书规定的处理期限 */
    handlingDeadline: IsoDate;
  };
  /** 行政执法监督人员 */
  supervisors: Array<{
    /** 姓名 */
    name: string;
    /** 行政执法监督证件号 */
    certificateNumber: string;
  }>;
  /** 决定类别 */
  decisionKind: "order_performance" | "order_correction" | "revoke" | "confirm_illegal" | "confirm_invalid";
  /** 决定依据的情形 */
  grounds: ("art13_1" | "art13_2" | "art13_3" | "art13_4" | "art13_5" | "art13_6" | "art14_1" | "art14_2" | "art14_3" | "art14_4" | "art15_1" | "art15_2" | "art15_3" | "art15_4")[];
  /** 责令履行、补正或者改正的期限 */
  correctionDeadline?: IsoDate;
  /** 是否经责令后逾期不改 */
  uncorrectedAfterOrder?: boolean;
  /** 决定日期 */
  decisionDate: IsoDate;
  /** 决定书送达日期 */
  serviceDate?: IsoDate;
  /** 已加盖行政执法监督专用章 */
  sealed: boolean;
}

/** B1 科技计划项目申报（晋市政办〔2021〕42号《晋城市科技计划项目管理办法》第四条、第五条、第六条、第七条、第九条、第十条、第十一条、第十六条、第十七条、第二十二条、第三十一条） */
export interface ScitechProjectApplication {
  /** 计划类别 */
  planKind: "major_special" | "key_rnd" | "ecosystem";
  /** 创新生态服务支撑计划类别 */
  ecosystemKind?: "basic_research" | "achievement_transfer" | "platform_talent" | "soft_science" | "cooperation" | "award_subsidy";
  /** 承担单位确定方式 */
  selectionMethod: "public_tender" | "directed_commission" | "competitive" | "directed_selection" | "direct_award";
  /** 快速立项 */
  fastTrack?: boolean;
  /** 项目名称 */
  projectName: string;
  /** 申报单位 */
  applicant: {
    /** 申报单位名称 */
    name: string;
    /** 申报单位统一社会信用代码 */
    creditCode: string;
    /** 联系人 */
    contact: {
      /** 联系人 */
      name: string;
      /** 联系人手机 */
      mobile: string;
    };
  };
  /** 项目负责人 */
  leader: {
    /** 项目负责人姓名 */
    name: string;
    /** 项目负责人身份证号码 */
    residentId: string;
    /** 项目负责人手机 */
    mobile: string;
  };
  /** 归口管理单位（推荐单位） */
  recommendingUnit: string;
  /** 实施周期 */
  period: {
    /** 实施开始日期 */
    start: IsoDate;
    /** 实施结束日期 */
    end: IsoDate;
  };
  /** 申请市级财政资金（万元） */
  budget?: number;
  /** 申报单位基本条件 */
  conditions: {
    /** 符合该类计划项目对申报者主体资格等方面的要求 */
    eligibility: boolean;
    /** 在相关研究领域和专业具有较好研发基础和技术优势 */
    researchBase: boolean;
    /** 具有完成项目必备的人才条件和技术装备 */
    staffAndEquipment: boolean;
    /** 具有完成项目所需的组织管理和协调能力 */
    management: boolean;
    /** 具有完成项目的良好信誉度 */
    credibility: boolean;
  };
  /** 科研诚信情况 */
  integrity?: {
    /** 列入科研诚信“黑名单”的期限（至） */
    blacklistedUntil?: IsoDate;
    /** 取消项目申报资格的期限（至） */
    eligibilityWithdrawnUntil?: IsoDate;
  };
}

/** B2 科技计划项目调整、延期、终止或撤销申请（晋市政办〔2021〕42号《晋城市科技计划项目管理办法》第二十一条、第二十六条） */
export interface ScitechProjectChange {
  /** 项目编号 */
  projectNumber: string;
  /** 项目名称 */
  projectName: string;
  /** 项目承担单位 */
  undertakingUnit: {
    /** 单位名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
  };
  /** 申请事项 */
  changeKind: "adjust_goals" | "adjust_schedule" | "adjust_funds" | "change_unit" | "extend" | "terminate" | "revoke";
  /** 已提交书面申请报告 */
  writtenReport: boolean;
  /** 归口管理单位意见 */
  supervisingUnit: {
    /** 归口管理单位名称 */
    name: string;
    /** 归口管理单位已同意 */
    agreed: boolean;
    /** 同意日期 */
    agreedDate?: IsoDate;
  };
  /** 延期后的截止日期 */
  newEndDate?: IsoDate;
  /** 终止原因 */
  terminationReason?: "force_majeure" | "conditions_changed" | "key_staff_changed" | "other";
  /** 撤销情形 */
  revocationGround?: "deregistered" | "unreachable" | "inactive" | "dishonest_debtor";
  /** 申请理由 */
  reason: string;
}

/** B3 科技计划项目验收申请（晋市政办〔2021〕42号《晋城市科技计划项目管理办法》第二十三条、第二十五条、第二十八条） */
export interface ScitechProjectAcceptance {
  /** 项目编号 */
  projectNumber: string;
  /** 项目名称 */
  projectName: string;
  /** 项目承担单位 */
  undertakingUnit: {
    /** 单位名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
  };
  /** 计划类别 */
  planKind: "major_special" | "key_rnd" | "ecosystem";
  /** 创新生态服务支撑计划类别 */
  ecosystemKind?: "basic_research" | "achievement_transfer" | "platform_talent" | "soft_science" | "cooperation" | "award_subsidy";
  /** 项目实施完成日期 */
  completionDate: IsoDate;
  /** 申请的验收形式 */
  acceptanceForms?: ("meeting" | "field")[];
  /** 经批准的延期验收期限 */
  extendedUntil?: IsoDate;
}

/** B4 科技计划项目延期验收申请（晋市政办〔2021〕42号《晋城市科技计划项目管理办法》第二十五条） */
export interface ScitechAcceptanceExtension {
  /** 项目编号 */
  projectNumber: string;
  /** 项目名称 */
  projectName: string;
  /** 项目承担单位 */
  undertakingUnit: {
    /** 单位名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
  };
  /** 任务书约定的完成时限 */
  completionDeadline: IsoDate;
  /** 此前已申请延期验收的次数 */
  previousExtensions: number;
  /** 延期后的完成时限 */
  requestedUntil: IsoDate;
  /** 不能按时验收的原因 */
  reason: string;
}

/** C1 网络安全等级保护定级备案（晋市政办〔2021〕43号《关于贯彻落实网络安全等级保护制度和关键信息基础设施安全保护制度的实施意见》三（一）1） */
export interface MlpsFiling {
  /** 网络运营者 */
  operator: {
    /** 网络运营者名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
    /** 联系人 */
    contact: {
      /** 联系人 */
      name: string;
      /** 联系人手机 */
      mobile: string;
    };
  };
  /** 定级网络 */
  network: {
    /** 网络（系统）名称 */
    name: string;
    /** 安全保护等级 */
    level: "1" | "2" | "3" | "4" | "5";
    /** 安全保护等级确定日期 */
    levelDeterminedDate: IsoDate;
  };
  /** 专家评审 */
  expertReview?: {
    /** 已组织专家评审 */
    held: boolean;
    /** 专家评审日期 */
    date?: IsoDate;
  };
  /** 是否有行业主管部门 */
  hasIndustryAuthority: boolean;
  /** 行业主管部门核准 */
  authorityApproval?: {
    /** 行业主管部门名称 */
    authorityName: string;
    /** 主管部门是否已核准 */
    approved: boolean;
    /** 核准日期 */
    date?: IsoDate;
  };
}

/** C2 网络安全等级保护备案撤销或变更（晋市政办〔2021〕43号《关于贯彻落实网络安全等级保护制度和关键信息基础设施安全保护制度的实施意见》三（一）1） */
export interface MlpsFilingChange {
  /** 网络运营者 */
  operator: {
    /** 网络运营者名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
    /** 联系人 */
    contact: {
      /** 联系人 */
      name: string;
      /** 联系人手机 */
      mobile: string;
    };
  };
  /** 网络（系统）名称 */
  networkName: string;
  /** 原备案证明编号 */
  filingCertificateNumber: string;
  /** 原备案公安机关 */
  originalPoliceOrgan: string;
  /** 办理事项 */
  changeKind: "revoke" | "change_level";
  /** 网络撤销或等级调整日期 */
  eventDate: IsoDate;
  /** 原安全保护等级 */
  previousLevel: "1" | "2" | "3" | "4" | "5";
  /** 调整后的安全保护等级 */
  newLevel?: "1" | "2" | "3" | "4" | "5";
  /** 撤销或变更原因 */
  reason: string;
}

/** C3 网络安全等级测评（晋市政办〔2021〕43号《关于贯彻落实网络安全等级保护制度和关键信息基础设施安全保护制度的实施意见》三（一）2、三（一）5） */
export interface MlpsAssessment {
  /** 网络运营者 */
  operator: {
    /** 网络运营者名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
    /** 联系人 */
    contact: {
      /** 联系人 */
      name: string;
      /** 联系人手机 */
      mobile: string;
    };
  };
  /** 网络（系统）名称 */
  networkName: string;
  /** 安全保护等级 */
  level: "1" | "2" | "3" | "4" | "5";
  /** 新建网络（尚未投入运行） */
  newNetwork: boolean;
  /** 计划投入运行日期 */
  plannedGoLiveDate?: IsoDate;
  /** 上次等级测评完成日期 */
  lastAssessmentDate?: IsoDate;
  /** 等级测评机构 */
  assessmentBody: {
    /** 等级测评机构名称 */
    name: string;
    /** 测评机构统一社会信用代码 */
    creditCode: string;
  };
  /** 已与测评机构签署安全保密协议 */
  confidentialityAgreement: boolean;
  /** 是否有行业主管部门 */
  hasIndustryAuthority: boolean;
  /** 测评报告提交对象 */
  reportTo: ("public_security" | "industry_authority")[];
  /** 同步开展密码应用安全性评估 */
  cryptoAssessment?: boolean;
}

/** C4 网络安全服务公司报备（晋市政办〔2021〕43号《关于贯彻落实网络安全等级保护制度和关键信息基础设施安全保护制度的实施意见》三（一）4、三（三）10） */
export interface SecurityServiceRegistration {
  /** 网络安全服务公司 */
  company: {
    /** 公司名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
    /** 在晋经营地址 */
    address: string;
  };
  /** 在本市开展的业务 */
  businessScope: ("system_development" | "integration" | "operation")[];
  /** 技术人员 */
  staff: Array<{
    /** 姓名 */
    name: string;
    /** 身份证号码 */
    residentId: string;
    /** 岗位 */
    role: string;
    /** 手机 */
    mobile?: string;
  }>;
  /** 参与建设的信息化项目 */
  projects?: Array<{
    /** 建设单位 */
    client: string;
    /** 信息化项目名称 */
    project: string;
  }>;
  /** 通过互联网远程运维 */
  remoteMaintenance?: boolean;
  /** 远程运维已经评估论证并采取管控措施 */
  remoteMaintenanceAssessed?: boolean;
  /** 受邀开展第三方网络安全监测 */
  thirdPartyMonitoring?: boolean;
}

/** D1 企业投资项目政府统一服务实施方案（晋市政办〔2021〕46号《晋城市企业投资项目政府统一服务实施办法（试行）》第二条、第三条、第四条、第五条、第六条、第七条、第八条） */
export interface UnifiedServicePlan {
  /** 统一服务对象 */
  planKind: "coalbed_methane" | "park" | "single_project";
  /** 开采区块、园区或项目名称 */
  areaName: string;
  /** 《煤层气开采年度计划》名称及文号 */
  annualPlan?: string;
  /** 园区类别 */
  parkKind?: "development_zone" | "industrial_park" | "industrial_cluster" | "new_town";
  /** 园区级别 */
  parkLevel?: "provincial_or_above" | "municipal_or_below";
  /** 园区开展政府统一服务四至范围 */
  parkBoundary?: string;
  /** 用地情况 */
  landStatus?: "land_acquired" | "unique_supply_intent" | "neither";
  /** 项目类别 */
  projectCategory?: "key_works" | "major_project" | "key_investment" | "other";
  /** 项目位于园区范围内 */
  insidePark?: boolean;
  /** 园区内项目达不到承诺条件 */
  belowCommitmentConditions?: boolean;
  /** 组织实施单位类别 */
  organizerKind: "county_government" | "zone_committee" | "approval_bureau" | "other";
  /** 组织实施单位名称 */
  organizerName: string;
  /** 统一服务事项清单 */
  items: Array<{
    /** 服务事项 */
    item: "green_space_trees" | "municipal_facilities" | "water_drainage_facilities" | "irrigation" | "meteorological" | "soil_water_conservation" | "flood_impact" | "water_intake" | "environmental_impact" | "energy_saving" | "cultural_relics" | "mineral_overlay" | "climate_feasibility" | "spring_water" | "forestry" | "geological_hazard" | "seismic_safety";
    /** 承办部门 */
    department: string;
    /** 审批层级 */
    approvalLevel: "county" | "municipal" | "provincial" | "national";
    /** 时限要求（工作日） */
    timeLimitWorkdays: number;
    /** 服务预算（万元） */
    budget: number;
  }>;
  /** 中介机构 */
  intermediaries?: Array<{
    /** 中介机构名称 */
    name: string;
    /** 承担的服务事项 */
    items?: ("green_space_trees" | "municipal_facilities" | "water_drainage_facilities" | "irrigation" | "meteorological" | "soil_water_conservation" | "flood_impact" | "water_intake" | "environmental_impact" | "energy_saving" | "cultural_relics" | "mineral_overlay" | "climate_feasibility" | "spring_water" | "forestry" | "geological_hazard" | "seismic_safety")[];
    /** 选取方式 */
    selection: "intermediary_supermarket" | "government_procurement" | "other";
    /** 使用市县两级财政资金结算 */
    paidFromFinance?: boolean;
    /** “政府统一服务成交合同书”编号 */
    contractNumber?: string;
  }>;
}

/** D2 企业投资项目模拟审批申请（晋市审管发〔2021〕27号《晋城市企业投资项目模拟审批实施办法（试行）》一、二（一）、二（二）、四（一）、四（二）、四（三）、四（六）、五） */
export interface SimulatedApproval {
  /** 项目名称 */
  projectName: string;
  /** 项目单位 */
  applicant: {
    /** 单位名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
  };
  /** 联系人 */
  contact: {
    /** 联系人 */
    name: string;
    /** 联系人手机 */
    mobile: string;
  };
  /** 申请模拟审批的事项 */
  matters: Array<{
    /** 审批事项名称 */
    name: string;
    /** 容缺材料 */
    deferredMaterials: Array<string>;
  }>;
  /** 项目是否属于以下情形 */
  exclusions: {
    /** 是否涉及易燃易爆危险品、危险化学品的生产和储存 */
    hazardous: boolean;
    /** 是否技术难度特别复杂 */
    technicallyComplex: boolean;
    /** 是否关系国家安全和生态安全 */
    security: boolean;
    /** 是否涉及重大生产力布局、重大公共利益 */
    majorLayout: boolean;
    /** 是否属于特殊工程和交通、水利、能源等领域的重大工程 */
    majorWorks: boolean;
  };
  /** 信用承诺 */
  commitment: {
    /** 是否确认：所作承诺是申请人真实意愿表示 */
    sincere: boolean;
    /** 是否确认：已经知晓审批部门告知的全部内容 */
    informed: boolean;
    /** 是否确认：提供的所有申请材料真实有效 */
    materialsTrue: boolean;
    /** 是否承诺：在承诺期限内补齐补正全部容缺材料 */
    supplementInTime: boolean;
    /** 是否承诺：愿意承担违反承诺的法律责任 */
    acceptLiability: boolean;
  };
  /** 承诺补齐容缺材料日期 */
  supplementDate: IsoDate;
  /** 企业承诺开工日期 */
  plannedStartDate: IsoDate;
  /** 本单位此前《模拟审批》因未履行承诺自动失效的日期（如有） */
  previousLapse?: IsoDate;
  /** 唯一意向用地单位、供地前需启动政府统一服务的单体项目 */
  uniqueLandIntent?: boolean;
}

/** D3 企业投资项目模拟审批模正转换申请（晋市审管发〔2021〕27号《晋城市企业投资项目模拟审批实施办法（试行）》四（四）、四（五）、四（六）） */
export interface SimulatedApprovalConversion {
  /** 项目名称 */
  projectName: string;
  /** 项目单位 */
  applicant: {
    /** 单位名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
  };
  /** 《模拟批复》文号 */
  simulatedApprovalNumber: string;
  /** 承诺补齐容缺材料日期 */
  committedSupplementDate: IsoDate;
  /** 实际补齐容缺材料日期 */
  supplementDate: IsoDate;
  /** 提交模正转换申请日期 */
  applicationDate: IsoDate;
  /** 补齐的容缺材料是否对《模拟批复》结果产生变动或造成实质性影响 */
  resultChanged: boolean;
  /** 转换期间法律、法规和政策调整是否对《模拟批复》内容造成实质性影响 */
  policyChanged?: boolean;
  /** 公示期间 */
  publicNotice?: {
    /** 公示开始日期 */
    start: IsoDate;
    /** 公示结束日期 */
    end: IsoDate;
  };
}

/** D4 固定资产投资项目节能审查申请（晋市审管发〔2021〕42号《关于进一步规范全市固定资产投资项目节能审查的通知》一、二、三、四） */
export interface EnergyReview {
  /** 项目名称 */
  projectName: string;
  /** 项目单位 */
  applicant: {
    /** 单位名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
  };
  /** 联系人 */
  contact: {
    /** 联系人 */
    name: string;
    /** 联系人手机 */
    mobile: string;
  };
  /** 是否属于“两高”（高耗能、高排放）项目 */
  twoHigh: boolean;
  /** 年综合能耗（吨标准煤） */
  annualEnergyConsumption: number;
  /** 项目所在区域 */
  location: "county_area" | "development_zone";
  /** 所在开发区名称 */
  developmentZone?: string;
  /** 提交方式 */
  route: "direct_municipal" | "zone_bureau" | "county_forwarding";
  /** 企业申请文件 */
  applicationDocument: {
    /** 项目简况 */
    projectOverview: string;
    /** 项目能源消费情况 */
    energyConsumption: string;
    /** 项目主要能效水平 */
    efficiencyLevel: string;
    /** 项目对所在地完成“双控”目标的影响 */
    dualControlImpact: string;
  };
  /** 申请材料 */
  materials: {
    /** 是否已附固定资产投资项目节能报告 */
    energySavingReport: boolean;
    /** 是否已附市级节能主管部门关于项目是否符合本市能源总量和强度“双控”目标的意见 */
    dualControlOpinion: boolean;
  };
}

/** E1 企业开办“一表填报”（晋市审管发〔2021〕28号《关于进一步优化企业开办服务有关工作的通知》开头、一、二、三、四） */
export interface BusinessStartup {
  /** 提交时间 */
  submittedAt: string;
  /** 登记层级 */
  registrationLevel: "municipal" | "county";
  /** 办理方式 */
  channel: "online" | "offline";
  /** 企业名称 */
  enterpriseName: string;
  /** 统一社会信用代码（已领取营业执照的填写） */
  creditCode?: string;
  /** 法定代表人 */
  legalRepresentative: {
    /** 姓名 */
    name: string;
    /** 居民身份证号码 */
    residentId: string;
    /** 手机号码 */
    mobile: string;
  };
  /** 股东（投资人） */
  shareholders: Array<{
    /** 股东（投资人）类别 */
    kind: "natural" | "legal";
    /** 股东（投资人）名称或姓名 */
    name: string;
    /** 股东（投资人）居民身份证号码 */
    residentId?: string;
    /** 股东（投资人）统一社会信用代码 */
    creditCode?: string;
  }>;
  /** 财务负责人 */
  financeOfficer?: {
    /** 姓名 */
    name: string;
    /** 居民身份证号码 */
    residentId: string;
    /** 手机号码 */
    mobile: string;
  };
  /** 经办人 */
  agent?: {
    /** 姓名 */
    name: string;
    /** 居民身份证号码 */
    residentId: string;
    /** 手机号码 */
    mobile: string;
  };
  /** 申请办理的环节 */
  steps: ("registration" | "seal_carving" | "bank_account" | "invoices_ukey" | "social_insurance" | "housing_fund")[];
  /** 材料齐全、符合法定形式 */
  materialsComplete: boolean;
}

/** E2 新开办企业免费刻制印章（晋市审管发〔2021〕30号《关于实行新开办企业免费刻制印章措施的通知》一、二、三、四） */
export interface FreeSealCarving {
  /** 新开办企业 */
  enterprise: {
    /** 企业名称 */
    name: string;
    /** 统一社会信用代码 */
    creditCode: string;
  };
  /** 登记机关 */
  registrationAuthority: "municipal" | "county" | "other";
  /** 登记注册日期（营业执照签发日期） */
  registrationDate: IsoDate;
  /** 首次刻制印章 */
  firstCarving: boolean;
  /** 刻制的印章 */
  seals: ("official" | "finance" | "invoice" | "legal_representative" | "contract" | "other")[];
  /** 印章材质 */
  material?: "crystal_photosensitive" | "other";
  /** 法定代表人 */
  legalRepresentative: {
    /** 姓名 */
    name: string;
    /** 居民身份证号码 */
    residentId: string;
    /** 手机号码 */
    mobile: string;
  };
  /** 经办人 */
  agent?: {
    /** 姓名 */
    name: string;
    /** 居民身份证号码 */
    residentId: string;
    /** 手机号码 */
    mobile: string;
  };
  /** 交表刻制时间 */
  submittedAt: string;
}
