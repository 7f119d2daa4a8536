use jincheng_rules::application::{validate_lines, Options};
use jincheng_rules::json::WriteJson;
use jincheng_rules::{parse_date, Calendar, Locale};
use std::time::Instant;

fn main() {
    let t0 = Instant::now();
    let cal = Calendar::official();
    println!("Calendar::official {:?}", t0.elapsed());
    let valid = std::fs::read_to_string("/tmp/valid.json").unwrap();
    let invalid = std::fs::read_to_string("/tmp/invalid.json").unwrap();
    let b1 = std::fs::read_to_string("/tmp/b1.json").unwrap();
    let o = Options::new(Locale::ZhCn, parse_date("2026-03-02").unwrap());
    for (name, t, line) in [("form valid", &jincheng_bench_form::BENCH_FORM, valid.trim()), ("form invalid", &jincheng_bench_form::BENCH_FORM, invalid.trim()), ("b1", jincheng_rules::application_type("scitech-project-application").unwrap(), b1.trim())] {
        if std::env::args().nth(1).is_some_and(|a| !name.starts_with(&a)) { continue; }
        let n: usize = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000); let text = format!("{line}\n").repeat(n);
        {
            let t0 = Instant::now();
            let mut n = 0;
            for (_, l) in jincheng_rules::application::json_lines(text.as_bytes()) { let s = std::str::from_utf8(l).unwrap(); n += jincheng_rules::json::Json::parse(s).unwrap().as_object().unwrap().len(); }
            println!("{name}: parse only {:?} {n}", t0.elapsed());
        }
        for _ in 0..5 {
            let t0 = Instant::now();
            let r = validate_lines(t, text.as_bytes(), &o, &cal);
            let t1 = t0.elapsed();
            let mut out = String::new();
            for x in &r { x.write_json(&mut out); out.push('\n'); }
            println!("{name}: validate {:?} ({:.2} us/line), write {:?}, {} bytes out", t1, t1.as_secs_f64() * 1e6 / 1e5, t0.elapsed() - t1, out.len());
        }
    }
}
