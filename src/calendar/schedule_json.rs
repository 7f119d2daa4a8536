//! A year's schedule as JSON text (see [`crate::json::WriteJson`]): the shape of
//! `data/calendar/<year>.json`, which the holiday-notice reader (`crates/jincheng-tools`)
//! writes.

use super::schedule::{HolidayEntry, Notice, YearSchedule};
use crate::json::{write_object, WriteJson};

impl WriteJson for HolidayEntry {
    fn write_json(&self, out: &mut String) {
        let mut members: Vec<(&str, &dyn WriteJson)> = vec![("name", &self.name), ("days", &self.days)];
        if let Some(q) = &self.quote {
            members.push(("quote", q));
        }
        if let Some(s) = &self.source {
            members.push(("source", s));
        }
        write_object(out, &members);
    }
}

impl WriteJson for Notice {
    fn write_json(&self, out: &mut String) {
        let mut members: Vec<(&str, &dyn WriteJson)> = vec![("number", &self.number), ("title", &self.title), ("issued", &self.issued)];
        if let Some(u) = &self.url {
            members.push(("url", u));
        }
        write_object(out, &members);
    }
}

impl WriteJson for YearSchedule {
    /// The shape of `data/calendar/<year>.json` (serde's text, byte for byte).
    fn write_json(&self, out: &mut String) {
        let mut members: Vec<(&str, &dyn WriteJson)> = vec![("year", &self.year), ("source", &self.source)];
        if let Some(n) = &self.notice {
            members.push(("notice", n));
        }
        members.push(("holidays", &self.holidays));
        members.push(("makeupWorkdays", &self.makeup_workdays));
        write_object(out, &members);
    }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::super::schedule::{YearSchedule, BUILTIN_FILES};
    use crate::json::WriteJson;

    /// The direct writer gives serde's text, byte for byte, for every built-in year (with
    /// and without a notice's url, quotes and sources).
    #[test]
    fn written_like_serde() {
        for text in BUILTIN_FILES {
            let s = YearSchedule::from_json(text).unwrap();
            assert_eq!(s.to_json(), serde_json::to_string(&s).unwrap(), "{}", s.year);
        }
    }
}
