//! What a rule sees ([`Ctx`]: the submission, the day, the locale, the calendar), what it
//! read ([`Reads`]) and where it fired ([`Hits`]).

use chrono::{NaiveDate, NaiveDateTime};

use crate::calendar::Calendar;
use crate::hours::ServiceHours;
use crate::json::Json;
use crate::model::Locale;
use crate::periods::format_date;

/// What a rule sees: the submission, the day it is made, the locale and the calendar.
#[derive(Clone, Copy, Debug)]
pub struct Ctx<'a> {
    /// The submission (already known to be an object).
    pub submission: &'a Json<'a>,
    /// The day the submission is made.
    pub as_of: NaiveDate,
    /// Message language.
    pub locale: Locale,
    /// The working-day calendar.
    pub calendar: &'a Calendar,
    /// The service hall's opening hours, for limits in working time.
    pub hours: &'a ServiceHours,
    /// Where the pointers read are recorded (each once), or `None`: `validate` records
    /// what each rule and deadline reads, and the issues it makes carry it (`reads`).
    pub reads: Option<&'a Reads>,
    /// JSON Pointers the rules do not see (read as absent, with all under them): fields an
    /// earlier answer rules out, and optional groups left empty. Usually none.
    pub hidden: &'a [String],
}

/// The JSON Pointers a check read through [`Ctx`], each once, in the order first read.
///
/// ```
/// use jincheng_rules::application::{Ctx, Reads};
/// # use jincheng_rules::{hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
/// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
/// let json = Json::parse(r#"{"a": "x"}"#).unwrap();
/// let reads = Reads::default();
/// let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: Some(&reads), hidden: &[] };
/// ctx.str("/a");
/// ctx.date("/b");                                // absent: read all the same
/// ctx.str("/a");
/// assert_eq!(reads.take(), ["/a", "/b"]);
/// assert!(reads.take().is_empty());
/// # Ok::<(), jincheng_rules::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Reads(std::cell::RefCell<ReadsBuf>);

/// The record of [`Reads`]: the first `used` strings of `list`; the strings after them
/// are buffers kept from an earlier record, written over before new ones are made, so
/// that recording allocates nothing once the buffers are there (`validate` records every
/// rule, and only copies the record of one that fires).
#[derive(Debug, Default)]
struct ReadsBuf {
    list: Vec<String>,
    used: usize,
}

impl Reads {
    /// Record `pointer` (once).
    pub(crate) fn record(&self, pointer: &str) {
        let mut b = self.0.borrow_mut();
        let used = b.used;
        if b.list.iter().take(used).any(|p| p == pointer) {
            return;
        }
        match b.list.get_mut(used) {
            Some(p) => {
                p.clear();
                p.push_str(pointer);
            }
            None => b.list.push(pointer.to_owned()),
        }
        b.used += 1;
    }

    /// The pointers recorded so far, in order; the record starts again empty.
    ///
    /// ```
    /// use jincheng_rules::application::Reads;
    /// assert!(Reads::default().take().is_empty());
    /// ```
    pub fn take(&self) -> Vec<String> {
        let mut b = self.0.borrow_mut();
        let used = std::mem::take(&mut b.used);
        b.list.iter().take(used).cloned().collect()
    }

    /// Forget what was recorded.
    pub(crate) fn clear(&self) {
        self.0.borrow_mut().used = 0;
    }
}

impl<'a> Ctx<'a> {
    /// The value at a JSON Pointer, unless null.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"applicant": {"name": "张三"}, "note": null}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert!(ctx.get("/applicant").is_some_and(|v| v.is_object()));
    /// assert!(ctx.get("/note").is_none());                 // null reads as absent
    /// assert!(ctx.get("/missing").is_none());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    #[inline(never)]
    pub fn get(&self, pointer: &str) -> Option<&'a Json<'a>> {
        // Not inlined: every accessor of every rule reads through here, and the recording
        // and the hidden pointers would otherwise be copied into each (measured: ~3 KB gzip).
        if let Some(reads) = self.reads {
            reads.record(pointer);
        }
        if self.hidden.iter().any(|h| pointer.starts_with(h.as_str()) && matches!(pointer.as_bytes().get(h.len()), None | Some(b'/'))) {
            return None;
        }
        self.submission.pointer(pointer).filter(|v| !v.is_null())
    }

    /// A string at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"applicant": {"name": "张三", "age": 40}}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.str("/applicant/name"), Some("张三"));
    /// assert_eq!(ctx.str("/applicant/age"), None);       // not a string
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn str(&self, pointer: &str) -> Option<&'a str> {
        self.get(pointer).and_then(Json::as_str)
    }

    /// A well-formed date-time (`YYYY-MM-DDTHH:MM`) at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"submittedAt": "2026-09-30T16:45", "bad": "2026-09-30 16:45"}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.date_time("/submittedAt").unwrap().to_string(), "2026-09-30 16:45:00");
    /// assert_eq!(ctx.date_time("/bad"), None);           // the structural check reports it
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn date_time(&self, pointer: &str) -> Option<NaiveDateTime> {
        self.str(pointer).and_then(|s| crate::date::parse_date_time(s).ok())
    }

    /// A well-formed date at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"receivedDate": "2026-09-28", "impossible": "2026-02-30"}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.date("/receivedDate"), Some(parse_date("2026-09-28")?));
    /// assert_eq!(ctx.date("/impossible"), None);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn date(&self, pointer: &str) -> Option<NaiveDate> {
        self.str(pointer).and_then(|s| crate::date::parse_date(s).ok())
    }

    /// A boolean at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"materialsComplete": true, "text": "true"}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.bool("/materialsComplete"), Some(true));
    /// assert_eq!(ctx.bool("/text"), None);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn bool(&self, pointer: &str) -> Option<bool> {
        self.get(pointer).and_then(Json::as_bool)
    }

    /// An integer at a JSON Pointer.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"previousExtensions": 1, "half": 1.5}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.int("/previousExtensions"), Some(1));
    /// assert_eq!(ctx.int("/half"), None);
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn int(&self, pointer: &str) -> Option<i64> {
        self.get(pointer).and_then(Json::as_i64)
    }

    /// The strings of an array at a JSON Pointer (other items ignored).
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// let json = Json::parse(r#"{"steps": ["seal_carving", 3, "bank_account"]}"#).unwrap();
    /// # let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.strs("/steps"), ["seal_carving", "bank_account"]);
    /// assert!(ctx.strs("/missing").is_empty());
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn strs(&self, pointer: &str) -> Vec<&'a str> {
        self.get(pointer).and_then(Json::as_array).map(|a| a.iter().filter_map(Json::as_str).collect()).unwrap_or_default()
    }

    /// A date in the locale's words.
    ///
    /// ```
    /// # use jincheng_rules::{application::Ctx, hours::ServiceHours, json::Json, parse_date, Calendar, Locale};
    /// # let (cal, hours) = (Calendar::official(), ServiceHours::default());
    /// # let json = Json::parse("{}").unwrap();
    /// let ctx = Ctx { submission: &json, as_of: parse_date("2026-10-09")?, locale: Locale::ZhCn, calendar: &cal, hours: &hours, reads: None, hidden: &[] };
    /// assert_eq!(ctx.fmt_date(ctx.as_of), "2026年10月9日");
    /// assert_eq!(Ctx { locale: Locale::En, ..ctx }.fmt_date(ctx.as_of), "2026-10-09");
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn fmt_date(&self, d: NaiveDate) -> String {
        format_date(d, self.locale)
    }
}

/// Where a rule fired, and the values for its message.
#[derive(Clone, Debug, Default)]
pub struct Hits(pub(super) Vec<(String, Vec<(&'static str, String)>)>);

impl Hits {
    /// Record a hit at `path` with message arguments.
    ///
    /// # Example: a type with one rule
    ///
    /// ```
    /// use jincheng_rules::application::{default_calendar, validate_json, ApplicationType, Ctx, Hits, Options, Rule};
    /// use jincheng_rules::model::{t, Citation, Field, FieldKind, Severity};
    /// use jincheng_rules::{parse_date, Locale};
    ///
    /// fn name_too_short(ctx: &Ctx, hits: &mut Hits) {
    ///     if ctx.str("/name").is_some_and(|s| s.chars().count() < 2) {
    ///         hits.at("/name", &[("min", "2".to_owned())]);     // fills {min} in the message
    ///     }
    /// }
    /// const CITE: Citation = Citation { document: "晋市政办〔2021〕42号", article: "第五条", text: "……" };
    /// static EXAMPLE: ApplicationType = ApplicationType {
    ///     id: "example", code: "X1", title: t("示例", "Example"), document: "晋市政办〔2021〕42号", articles: &["第五条"],
    ///     fields: &[Field::required("name", t("名称", "name"), FieldKind::Text { max: 50 })],
    ///     rules: &[Rule { code: "example.short", severity: Severity::Error, description: t("名称至少2个字", "2 characters at least"),
    ///         message: t("名称至少填写{min}个字。", "Enter at least {min} characters."), citation: CITE, check: name_too_short }],
    ///     deadlines: &[],
    /// };
    /// let report = validate_json(&EXAMPLE, r#"{"name": "张"}"#, &Options::new(Locale::ZhCn, parse_date("2026-03-02")?), default_calendar());
    /// assert_eq!((report.issues[0].path.as_str(), report.issues[0].message.as_str()), ("/name", "名称至少填写2个字。"));
    /// # Ok::<(), jincheng_rules::Error>(())
    /// ```
    pub fn at(&mut self, path: &str, args: &[(&'static str, String)]) {
        self.0.push((path.to_owned(), args.to_vec()));
    }
}
