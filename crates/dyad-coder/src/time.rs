//! Time expressions: resolve "on Saturday", "last week", "on June 18", "in February",
//! "yesterday" against the document date.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A time expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpr {
    /// Token index where the expression starts.
    pub tok: usize,
    /// The resolved date (first day for a month).
    pub date: NaiveDate,
    /// The expression as a short description, for explanations.
    pub what: String,
    /// True when only the month is known.
    pub month_only: bool,
    /// True for an offset that dates only what follows it ("one year after war broke out",
    /// "two days before the vote"), not the clause it hangs on.
    pub dates_following: bool,
}

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// True for a weekday or a month name (lowercase), or "today"/"yesterday"/"tonight".
///
/// ```
/// assert!(dyad_coder::time::is_day_or_month("tuesday"));
/// assert!(dyad_coder::time::is_day_or_month("june"));
/// assert!(!dyad_coder::time::is_day_or_month("troops"));
/// ```
pub fn is_day_or_month(w: &str) -> bool {
    is_weekday(w)
        || MONTHS.contains(&w)
        || matches!(w, "today" | "yesterday" | "tonight" | "overnight")
}

/// True for a weekday name (lowercase).
///
/// ```
/// assert!(dyad_coder::time::is_weekday("saturday"));
/// assert!(!dyad_coder::time::is_weekday("june"));
/// ```
pub fn is_weekday(w: &str) -> bool {
    WEEKDAYS.iter().any(|(d, _)| *d == w)
}

fn month_of(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && m.starts_with(w) && w != "may" && w != "mar"))
        .or_else(|| (w == "may").then_some(4))
        .or_else(|| (w == "mar").then_some(2))
        .map(|i| i as u32 + 1)
}

/// The weekday `wd` nearest to `doc` in the direction the tense says: for a future
/// event the next such day (or `doc` itself), else the most recent (or `doc` itself).
///
/// ```
/// use chrono::{NaiveDate, Weekday};
/// let sat = NaiveDate::from_ymd_opt(2023, 6, 17).unwrap();
/// assert_eq!(dyad_coder::time::weekday_near(sat, Weekday::Sat, false), sat);
/// assert_eq!(dyad_coder::time::weekday_near(sat, Weekday::Sun, true).to_string(), "2023-06-18");
/// assert_eq!(dyad_coder::time::weekday_near(sat, Weekday::Thu, false).to_string(), "2023-06-15");
/// ```
pub fn weekday_near(doc: NaiveDate, wd: Weekday, future: bool) -> NaiveDate {
    let cur = doc.weekday().num_days_from_monday() as i64;
    let want = wd.num_days_from_monday() as i64;
    if future {
        doc + Duration::days((want - cur).rem_euclid(7))
    } else {
        doc - Duration::days((cur - want).rem_euclid(7))
    }
}

/// A small count written as a word or digits ("a", "one", "two", "12").
fn count_of(w: &str) -> Option<i64> {
    let n = match w {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        t => t.parse::<i64>().ok().filter(|n| (1..=100).contains(n))?,
    };
    Some(n)
}

/// Days in a unit of time ("day", "weeks", "month", "years").
fn unit_days(w: &str) -> Option<i64> {
    match w.trim_end_matches('s') {
        "day" => Some(1),
        "week" => Some(7),
        "month" => Some(30),
        "year" => Some(365),
        _ => None,
    }
}

/// What the verb's tense says about when its event happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// A past form ("visited"): a date without a year after the document is last year's.
    Past,
    /// A future or intended event ("will visit"): a date well before the document is next
    /// year's.
    Future,
    /// No tense to go by (a present form, "when he visits Washington on April 29", or an
    /// event noun, "Nakasone's visit to Washington, April 29"): the occurrence nearest the
    /// document date. Weekdays count as past, as in `Past`.
    Unknown,
}

/// Find time expressions in folded tokens. `future` selects the direction for weekdays.
///
/// ```
/// use chrono::NaiveDate;
/// let doc = NaiveDate::from_ymd_opt(1987, 3, 31).unwrap();
/// let d = |t| dyad_coder::time::find_with(&["on", "april", "29"], doc, t)[0].date;
/// assert_eq!(d(dyad_coder::time::Tense::Past).to_string(), "1986-04-29");
/// assert_eq!(d(dyad_coder::time::Tense::Unknown).to_string(), "1987-04-29");
/// ```
pub fn find(tokens: &[&str], doc: NaiveDate, future: bool) -> Vec<TimeExpr> {
    find_with(
        tokens,
        doc,
        if future { Tense::Future } else { Tense::Past },
    )
}

/// [`find`] with the tense spelled out (see [`Tense`]).
pub fn find_with(tokens: &[&str], doc: NaiveDate, tense: Tense) -> Vec<TimeExpr> {
    let future = tense == Tense::Future;
    let mut out = Vec::new();
    for (i, w) in tokens.iter().enumerate() {
        let prev = if i > 0 { tokens[i - 1] } else { "" };
        if let Some((_, wd)) = WEEKDAYS.iter().find(|(n, _)| n == w) {
            let fut = match prev {
                "next" | "coming" => true,
                "last" | "past" => false,
                _ => future,
            };
            let mut d = weekday_near(doc, *wd, fut);
            if prev == "last" && d == doc {
                d -= Duration::days(7);
            }
            out.push(TimeExpr {
                tok: i,
                date: d,
                what: format!("{w} -> {d}"),
                month_only: false,
                dates_following: false,
            });
            continue;
        }
        match *w {
            "yesterday" => out.push(TimeExpr {
                tok: i,
                date: doc - Duration::days(1),
                what: "yesterday".into(),
                month_only: false,
                dates_following: false,
            }),
            "today" | "tonight" => out.push(TimeExpr {
                tok: i,
                date: doc,
                what: "today".into(),
                month_only: false,
                dates_following: false,
            }),
            "tomorrow" => out.push(TimeExpr {
                tok: i,
                date: doc + Duration::days(1),
                what: "tomorrow".into(),
                month_only: false,
                dates_following: false,
            }),
            "week" if prev == "last" => out.push(TimeExpr {
                tok: i - 1,
                date: doc - Duration::days(7),
                what: "last week".into(),
                month_only: false,
                dates_following: false,
            }),
            // "provided $4 billion to Sri Lanka last year": some day of the year before (not
            // "last year's election", a noun's modifier).
            "year" if prev == "last" && tokens.get(i + 1).is_none_or(|n| *n != "'s") => {
                if let Some(d) = NaiveDate::from_ymd_opt(doc.year() - 1, 1, 1) {
                    out.push(TimeExpr {
                        tok: i - 1,
                        date: d,
                        what: "last year".into(),
                        month_only: true,
                        dates_following: false,
                    });
                }
            }
            // "has carried out hundreds of strikes in recent years": over the years before
            // (some day two years back, to say the act is past).
            "years" if prev == "recent" => {
                if let Some(d) = NaiveDate::from_ymd_opt(doc.year() - 2, 1, 1) {
                    out.push(TimeExpr {
                        tok: i - 1,
                        date: d,
                        what: "in recent years".into(),
                        month_only: true,
                        dates_following: false,
                    });
                }
            }
            // "clashed two years ago": that many years before.
            "ago" if i >= 2 && matches!(prev, "year" | "years") => {
                let n = match tokens[i - 2] {
                    "a" | "one" => Some(1),
                    "two" => Some(2),
                    "three" => Some(3),
                    "four" => Some(4),
                    "five" => Some(5),
                    t => t.parse::<i32>().ok().filter(|n| (1..=100).contains(n)),
                };
                if let Some(d) = n.and_then(|n| NaiveDate::from_ymd_opt(doc.year() - n, 1, 1)) {
                    out.push(TimeExpr {
                        tok: i - 2,
                        date: d,
                        what: format!("{} years ago", doc.year() - d.year()),
                        month_only: true,
                        dates_following: false,
                    });
                }
            }
            // "two weeks ago", "three months ago": that long before.
            "ago" if i >= 2 => {
                if let Some((n, span)) = count_of(tokens[i - 2]).zip(unit_days(prev)) {
                    if span < 365 {
                        let d = doc - Duration::days(n * span);
                        out.push(TimeExpr {
                            tok: i - 2,
                            date: d,
                            what: format!("{} {prev} ago -> {d}", tokens[i - 2]),
                            month_only: span >= 30,
                            dates_following: false,
                        });
                    }
                }
            }
            // "one year after war broke out", "two days before the vote": the act that
            // follows happened that long before (after) the report's day.
            "after" | "before" if i >= 2 => {
                if let Some((n, span)) = count_of(tokens[i - 2]).zip(unit_days(prev)) {
                    let off = Duration::days(n * span);
                    let d = if *w == "after" { doc - off } else { doc + off };
                    out.push(TimeExpr {
                        tok: i,
                        date: d,
                        what: format!("{} {prev} {w} -> {d}", tokens[i - 2]),
                        month_only: span >= 30,
                        dates_following: true,
                    });
                }
            }
            // "visits Canada next week": a week on (the day within it is unknown).
            "week" if prev == "next" => out.push(TimeExpr {
                tok: i - 1,
                date: doc + Duration::days(7),
                what: "next week".into(),
                month_only: false,
                dates_following: false,
            }),
            _ => {}
        }
        // A bare year: "in 2014", "since 2020" (not "2,014 people": no comma in a year).
        if let Ok(y) = w.parse::<i32>() {
            let month_before = i > 0 && month_of(prev).is_some();
            if w.len() == 4
                && (1900..=2100).contains(&y)
                && !month_before
                && matches!(
                    prev,
                    "in" | "since" | "until" | "by" | "during" | "early" | "late" | "mid"
                )
                && y != doc.year()
            {
                if let Some(d) = NaiveDate::from_ymd_opt(y, 1, 1) {
                    out.push(TimeExpr {
                        tok: i,
                        date: d,
                        what: format!("in {y}"),
                        month_only: true,
                        dates_following: false,
                    });
                }
            }
            continue;
        }
        if let Some(m) = month_of(w) {
            // "may" is a modal far more often than a month: require a day or "in".
            let next = tokens.get(i + 1).copied().unwrap_or("");
            let day = next
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .parse::<u32>()
                .ok()
                .filter(|d| (1..=31).contains(d));
            let prev_day = prev.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
            let is_in = matches!(prev, "in" | "since" | "until" | "early" | "late" | "mid");
            if *w == "may" && day.is_none() && prev_day.is_none() && !is_in {
                continue;
            }
            if w.ends_with('.') && day.is_none() && prev_day.is_none() && !is_in {
                continue;
            }
            let year_guess = |mm: u32, dd: u32| -> Option<NaiveDate> {
                let y = doc.year();
                let d = NaiveDate::from_ymd_opt(y, mm, dd)?;
                // A past event dated after the document happened last year; a future one
                // dated well before it happens next year; within a week either way, as is.
                if tense == Tense::Unknown {
                    // The occurrence nearest the document date.
                    [y - 1, y + 1]
                        .into_iter()
                        .filter_map(|y| NaiveDate::from_ymd_opt(y, mm, dd))
                        .chain(std::iter::once(d))
                        .min_by_key(|x| (*x - doc).num_days().abs())
                } else if !future && d > doc + Duration::days(7) {
                    NaiveDate::from_ymd_opt(y - 1, mm, dd)
                } else if future && d + Duration::days(31) < doc {
                    NaiveDate::from_ymd_opt(y + 1, mm, dd)
                } else {
                    Some(d)
                }
            };
            let year_after = next
                .parse::<i32>()
                .ok()
                .filter(|y| next.len() == 4 && (1900..=2100).contains(y));
            if let (Some(y), None, None) = (year_after, prev_day, day) {
                if let Some(d) = NaiveDate::from_ymd_opt(y, m, 1) {
                    out.push(TimeExpr {
                        tok: i,
                        date: d,
                        what: format!("{w} {y}"),
                        month_only: true,
                        dates_following: false,
                    });
                }
                continue;
            }
            // An explicit year: "February 24, 2022", "24 February 2022".
            let year_of = |k: usize| {
                tokens.get(k).and_then(|t| {
                    t.parse::<i32>()
                        .ok()
                        .filter(|y| t.len() == 4 && (1900..=2100).contains(y))
                })
            };
            let explicit = match (day, prev_day) {
                (Some(_), _) => year_of(i + 2).or_else(|| {
                    (tokens.get(i + 2) == Some(&","))
                        .then(|| year_of(i + 3))
                        .flatten()
                }),
                (None, Some(_)) => year_after,
                _ => None,
            };
            if let (Some(y), Some(dd)) = (explicit, day.or(prev_day)) {
                if let Some(d) = NaiveDate::from_ymd_opt(y, m, dd) {
                    out.push(TimeExpr {
                        tok: i,
                        date: d,
                        what: format!("{w} {dd} {y}"),
                        month_only: false,
                        dates_following: false,
                    });
                    continue;
                }
            }
            match day.or(prev_day) {
                Some(dd) => {
                    if let Some(d) = year_guess(m, dd) {
                        out.push(TimeExpr {
                            tok: i,
                            date: d,
                            what: format!("{w} {dd} -> {d}"),
                            month_only: false,
                            dates_following: false,
                        });
                    }
                }
                None if is_in => {
                    if let Some(d) = year_guess(m, 1) {
                        out.push(TimeExpr {
                            tok: i,
                            date: d,
                            what: format!("in {w} -> {}", &d.to_string()[..7]),
                            month_only: true,
                            dates_following: false,
                        });
                    }
                }
                None => {}
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn an_explicit_year_is_the_year() {
        let doc = d("2025-02-24");
        let t = find(&["on", "february", "24", ",", "2022"], doc, false);
        assert_eq!(t[0].date, d("2022-02-24"));
        let t = find(&["on", "24", "february", "2022"], doc, false);
        assert_eq!(t[0].date, d("2022-02-24"));
        let t = find(&["in", "february", "2022"], doc, false);
        assert_eq!(t[0].date, d("2022-02-01"));
    }

    #[test]
    fn resolves_weekdays_months_and_relative_days() {
        let doc = d("2023-06-17");
        let t = find(&["on", "saturday"], doc, false);
        assert_eq!(t[0].date, d("2023-06-17"));
        let t = find(&["on", "sunday"], doc, true);
        assert_eq!(t[0].date, d("2023-06-18"));
        let t = find(&["on", "june", "18"], doc, false);
        assert_eq!(t[0].date, d("2023-06-18"));
        let t = find(&["in", "february"], doc, false);
        assert_eq!(t[0].date, d("2023-02-01"));
        assert!(t[0].month_only);
        let t = find(&["in", "december"], doc, false);
        assert_eq!(t[0].date, d("2022-12-01"));
        let t = find(&["in", "december"], doc, true);
        assert_eq!(t[0].date, d("2023-12-01"));
        let t = find(&["in", "january"], doc, true);
        assert_eq!(t[0].date, d("2024-01-01"));
        assert!(find(&["it", "may", "rain"], doc, false).is_empty());
        let t = find(&["in", "2014"], doc, false);
        assert_eq!(t[0].date, d("2014-01-01"));
        let t = find(&["in", "november", "2022"], doc, false);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].date, d("2022-11-01"));
        assert!(find(&["killed", "2014", "people"], doc, false).is_empty());
        let t = find(&["yesterday"], doc, false);
        assert_eq!(t[0].date, d("2023-06-16"));
        let t = find(&["last", "saturday"], doc, false);
        assert_eq!(t[0].date, d("2023-06-10"));
    }
}
