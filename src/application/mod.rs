//! The framework every application type uses: its document, its field
//! declarations, its rules and its deadlines; and the functions of the API that take
//! one type (`schema`, `validate`, `deadlines`, `rules`). The families
//! (`enforcement`, `scitech`, …) build their types from it; the catalogue of all
//! seventeen is [`crate::registry`], above both.

mod documents;
mod form;
mod many;

mod ctx;
mod definitions;
mod engine;
mod options;
mod schema;
mod walk;

pub use ctx::{Ctx, Hits, Reads};
pub use definitions::{ApplicationType, DeadlineDef, Rule, RuleInfo};
pub use documents::{Document, DocumentStatus, StatusKind};
pub use engine::{
    deadlines, deadlines_json, default_calendar, parse_submission, validate, validate_json, validate_unreadable, Report, Unreadable, MAX_DEPTH,
    MAX_ISSUES, MAX_SUBMISSION_BYTES,
};
pub use form::{form_state, kind_name, FieldState, FormState};
pub use many::{json_lines, json_lines_str, validate_line, validate_line_text, validate_lines, validate_lines_from, LineReport};
pub use options::Options;
pub(crate) use engine::WHOLE;
pub(crate) use walk::MESSAGES as FIELD_MESSAGES;
use engine::{unreadable_report, whole_issue};

#[cfg(test)]
mod tests;
