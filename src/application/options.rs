//! The options of `validate` and `deadlines`.

use std::sync::OnceLock;

use chrono::NaiveDate;

use super::DocumentStatus;
use crate::hours::ServiceHours;
use crate::model::Locale;

/// Options of `validate` and `deadlines`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Message language.
    pub locale: Locale,
    /// The day the submission is made.
    pub as_of: NaiveDate,
    /// Report only issues at or under these JSON Pointers (as-you-type feedback).
    pub fields: Option<Vec<String>>,
    /// The service hall's opening hours for limits in working time (“1小时”,
    /// “0.5个工作日”, “即来即办”); `None`: [`ServiceHours::default`], which is not
    /// an official schedule — a portal should give its hall's hours.
    pub service_hours: Option<ServiceHours>,
    /// The portal's own labels by JSON Pointer: messages use them in place of the
    /// fields' declared labels, in both locales (structural messages, and the rules'
    /// messages wherever they name a field).
    pub labels: Vec<(String, String)>,
    /// What became of documents past their validity term, as an operator loaded it
    /// ([`DocumentStatus::from_json`]; the npm package's `loadDocumentStatus`): it takes
    /// precedence over the statuses committed in `data/document-status.json`. Empty by
    /// default.
    pub document_status: std::sync::Arc<[DocumentStatus]>,
}

impl Options {
    /// The options for a locale and a day, with everything else at its default (no
    /// `fields` filter, the default service hours, no portal labels): the form that keeps
    /// compiling when options are added.
    ///
    /// ```
    /// use jincheng_rules::{parse_date, Locale, Options};
    /// let o = Options::new(Locale::ZhCn, parse_date("2026-10-09")?);
    /// assert_eq!(o.as_of.to_string(), "2026-10-09");
    /// assert!(o.fields.is_none() && o.service_hours.is_none());
    /// // Struct update for the rest:
    /// let typing = Options { fields: Some(vec!["/applicant/residentId".into()]), ..Options::new(Locale::En, o.as_of) };
    /// assert_eq!(typing.locale, Locale::En);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn new(locale: Locale, as_of: NaiveDate) -> Options {
        Options { locale, as_of, fields: None, service_hours: None, labels: Vec::new(), document_status: std::sync::Arc::from([]) }
    }

    /// Chinese messages for a submission made today in China time (UTC+8, from the
    /// system clock, whatever the machine's zone): what the npm package uses when
    /// `asOf` is not given. Also what [`Options::default`] gives. Not on
    /// `wasm32-unknown-unknown`, which has no clock: give the date with [`Options::new`].
    ///
    /// ```
    /// use jincheng_rules::{today_in_china, Options};
    /// let o = Options::today_in_china();
    /// assert!(o.as_of >= today_in_china().pred_opt().unwrap() && o.as_of <= today_in_china());
    /// assert_eq!(Options::default().locale, o.locale);
    /// ```
    #[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
    pub fn today_in_china() -> Options {
        Options::new(Locale::ZhCn, crate::date::today_in_china())
    }

    /// The service hours in effect: the ones given, else [`ServiceHours::default`]
    /// (8:00–12:00 and 14:30–17:30, not an official schedule).
    ///
    /// ```
    /// use jincheng_rules::{hours::ServiceHours, parse_date, Locale, Options};
    /// let mut o = Options::new(Locale::ZhCn, parse_date("2026-10-09")?);
    /// assert_eq!(o.hours(), &ServiceHours::default());
    /// o.service_hours = Some(ServiceHours::parse(&[("08:30", "12:00"), ("15:00", "18:00")])?);
    /// assert_ne!(o.hours(), &ServiceHours::default());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn hours(&self) -> &ServiceHours {
        static DEFAULT: OnceLock<ServiceHours> = OnceLock::new();
        self.service_hours.as_ref().unwrap_or_else(|| DEFAULT.get_or_init(ServiceHours::default))
    }
}

/// Today in China time, Chinese messages: [`Options::today_in_china`].
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
impl Default for Options {
    fn default() -> Options {
        Options::today_in_china()
    }
}
