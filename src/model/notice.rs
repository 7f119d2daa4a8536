//! Which findings are notices rather than fields to fix: the application is late, or the
//! applicant (or the project) does not qualify, or a condition must be met outside the form.
//! A portal shows these as their own notice at the top of the form (what happened, what to do
//! next, whom to ask), not as an item under a field (issue 24). The core decides; a binding
//! only displays `Issue::notice`.
//!
//! One small table by rule code, beside the rules themselves, so that a rule's declaration
//! stays as it is; `tests::every_notice_code_is_a_rule` fails on a code no rule has.

/// Why a finding is a notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "snake_case"))]
pub enum Notice {
    /// The time to apply (or to act) has passed.
    Late,
    /// The applicant, the enterprise or the project does not qualify for this procedure.
    Ineligible,
    /// A condition to meet outside this form first (another assessment, another procedure).
    Condition,
}

impl Notice {
    /// The JSON value: `"late"`, `"ineligible"`, `"condition"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Notice::Late => "late",
            Notice::Ineligible => "ineligible",
            Notice::Condition => "condition",
        }
    }
}

/// The rule codes whose findings are notices, and why.
pub const NOTICES: &[(&str, Notice)] = &[
    // Late: 第十条 (A2), the acceptance and postponement periods (B3, B4), filing (C1, C2),
    // the yearly assessment (C3).
    ("supervision_review.late", Notice::Late),
    ("scitech_acceptance.late", Notice::Late),
    ("scitech_acceptance.late_postponed", Notice::Late),
    ("scitech_extension.late", Notice::Late),
    ("mlps_filing.late", Notice::Late),
    ("mlps_filing_change.late", Notice::Late),
    ("mlps_assessment.overdue", Notice::Late),
    // Does not qualify: who may apply (A1, A2), the project or unit (B1, D2, D3), the
    // enterprise (E2).
    ("enforcement_request.body_outside_scope", Notice::Ineligible),
    ("supervision_review.applicant_not_agency", Notice::Ineligible),
    ("scitech_application.eligibility_withdrawn", Notice::Ineligible),
    ("simulated_approval.excluded_project", Notice::Ineligible),
    ("simulated_approval.barred_after_lapse", Notice::Ineligible),
    ("simulated_approval_conversion.lapsed", Notice::Ineligible),
    ("seal_carving.not_municipal", Notice::Ineligible),
    ("seal_carving.registered_before_start", Notice::Ineligible),
    ("seal_carving.not_first", Notice::Ineligible),
    // A condition met outside the form (C3: the cryptography assessment alongside).
    ("mlps_assessment.crypto_assessment_missing", Notice::Condition),
];

/// Is a finding of this rule code a notice, and why?
pub fn notice_of(code: &str) -> Option<Notice> {
    NOTICES.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_are_written_and_others_are_not() {
        assert_eq!(notice_of("supervision_review.late"), Some(Notice::Late));
        assert_eq!(notice_of("seal_carving.not_municipal").map(Notice::as_str), Some("ineligible"));
        assert_eq!(notice_of("required"), None);
    }
}
