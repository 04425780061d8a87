//! Scoring the coder against PETRARCH-style validation records
//! (`PETR.UnitTest.records.xml`, `PETR2_GSR_validation.xml`).
//!
//! The record files are "almost XML": a `<Sentence date= id= category=>` tag (sometimes
//! self-closing), `<EventCoding sourcecode= targetcode= eventcode=>` or
//! `<EventCoding noevents="True">` tags, and the text between `<Text>` and `</Text>`.
//! Comments (`<!-- -->`) are removed first; `<Parse>` trees are ignored.

use crate::Coder;
use dyad_core::{Document, Modality};
use std::collections::{BTreeMap, BTreeSet};

/// An expected coding.
pub type Coding = (String, String, String);

/// PETRARCH writes a sector-only actor as `---GOV` and a missing one as `---`; dyad writes
/// `GOV` and no actor. Compare without the placeholder.
pub fn normalize_code(code: &str) -> String {
    code.trim_start_matches("---").to_string()
}

/// One validation record.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    /// Record id.
    pub id: String,
    /// Category (`DEMO`, `COMPOUND`, `AFP`, ...).
    pub category: String,
    /// Date of the record.
    pub date: Option<dyad_core::Date>,
    /// Sentence text (whitespace normalised).
    pub text: String,
    /// Expected (source, target, event code) triples.
    pub expected: Vec<Coding>,
    /// True when the record expects no events at all.
    pub noevents: bool,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let mut rest = tag;
    while let Some(p) = rest.find(name) {
        let after = &rest[p + name.len()..];
        let before_ok = p == 0 || rest.as_bytes()[p - 1].is_ascii_whitespace();
        let t = after.trim_start();
        if before_ok && t.starts_with('=') {
            let t = t[1..].trim_start();
            let q = t.chars().next()?;
            if q == '"' || q == '\'' {
                let body = &t[1..];
                let end = body.find(q)?;
                return Some(unescape(&body[..end]));
            }
        }
        rest = after;
    }
    None
}

/// XML entities (`&amp;`, `&#39;`) back to characters; text with a malformed entity is
/// kept as written.
fn unescape(s: &str) -> String {
    quick_xml::escape::unescape(s)
        .map(|c| c.into_owned())
        .unwrap_or_else(|_| s.to_string())
}

fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find("<!--") {
        out.push_str(&rest[..p]);
        match rest[p..].find("-->") {
            Some(e) => rest = &rest[p + e + 3..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Parse a validation file.
///
/// ```
/// let xml = r#"<Sentence date="19950101" id="X-1" category="DEMO">
/// <EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
/// <Text>Arnor restored ties with Gondor &amp; Rohan.</Text></Sentence>"#;
/// let r = dyad_coder::eval::parse_records(xml);
/// assert_eq!(r.len(), 1);
/// assert_eq!(r[0].expected[0], ("ARN".into(), "GON".into(), "064".into()));
/// assert_eq!(r[0].date.unwrap().to_string(), "1995-01-01");
/// assert_eq!(r[0].text, "Arnor restored ties with Gondor & Rohan.");
/// ```
pub fn parse_records(xml: &str) -> Vec<Record> {
    let xml = strip_comments(xml);
    let mut out = Vec::new();
    let starts: Vec<usize> = xml.match_indices("<Sentence ").map(|(i, _)| i).collect();
    for (k, &s) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(xml.len());
        let block = &xml[s..end];
        let Some(tag_end) = block.find('>') else {
            continue;
        };
        let tag = &block[..tag_end];
        let mut r = Record {
            id: attr(tag, "id").unwrap_or_default(),
            category: attr(tag, "category").unwrap_or_default(),
            date: attr(tag, "date")
                .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%Y%m%d").ok()),
            ..Default::default()
        };
        for (p, _) in block.match_indices("<EventCoding") {
            let Some(e) = block[p..].find('>') else {
                continue;
            };
            let t = &block[p..p + e];
            if attr(t, "noevents").is_some() {
                r.noevents = true;
                continue;
            }
            if let (Some(a), Some(b), Some(c)) = (
                attr(t, "sourcecode"),
                attr(t, "targetcode"),
                attr(t, "eventcode"),
            ) {
                r.expected.push((a, b, c));
            }
        }
        if let (Some(a), Some(b)) = (block.find("<Text>"), block.find("</Text>")) {
            if a < b {
                r.text = unescape(
                    &block[a + 6..b]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
        }
        if !r.text.is_empty() {
            out.push(r);
        }
    }
    out
}

/// Counts for a set of records.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Score {
    /// Records scored.
    pub records: usize,
    /// Expected codings.
    pub expected: usize,
    /// Expected codings found exactly (source, target, code).
    pub found: usize,
    /// Codings emitted.
    pub emitted: usize,
    /// Emitted codings not expected.
    pub spurious: usize,
    /// Records expecting no events.
    pub noevent_records: usize,
    /// Of those, records where nothing was emitted.
    pub noevent_respected: usize,
    /// Expected codings found when comparing leniently: the first three characters of each
    /// actor code (country or organisation) and the CAMEO root.
    pub found_lenient: usize,
}

impl Score {
    /// Share of expected codings found.
    pub fn recall(&self) -> f64 {
        self.found as f64 / self.expected.max(1) as f64
    }
    /// Share of expected codings found leniently (actor prefix + root).
    pub fn recall_lenient(&self) -> f64 {
        self.found_lenient as f64 / self.expected.max(1) as f64
    }
    /// Share of emitted codings that were spurious.
    pub fn spurious_rate(&self) -> f64 {
        self.spurious as f64 / self.emitted.max(1) as f64
    }
    fn add(&mut self, o: &Score) {
        self.records += o.records;
        self.expected += o.expected;
        self.found += o.found;
        self.emitted += o.emitted;
        self.spurious += o.spurious;
        self.noevent_records += o.noevent_records;
        self.noevent_respected += o.noevent_respected;
        self.found_lenient += o.found_lenient;
    }
}

/// Outcome of one record.
#[derive(Debug, Clone)]
pub struct RecordResult {
    /// The record.
    pub record: Record,
    /// What dyad coded (negated events excluded).
    pub got: BTreeSet<Coding>,
    /// Its score.
    pub score: Score,
}

/// Code every record and score it, overall and by category.
pub fn evaluate(
    coder: &Coder,
    records: &[Record],
) -> (Score, BTreeMap<String, Score>, Vec<RecordResult>) {
    let mut total = Score::default();
    let mut by_cat: BTreeMap<String, Score> = BTreeMap::new();
    let mut results = Vec::new();
    for r in records {
        let doc = Document {
            id: r.id.clone(),
            text: r.text.clone(),
            date: r.date,
            ..Default::default()
        };
        let out = coder.code(&doc);
        let got: BTreeSet<Coding> = out
            .events
            .iter()
            .filter(|e| e.modality != Some(Modality::Negated))
            .filter_map(|e| {
                Some((
                    normalize_code(&e.source.as_ref()?.code),
                    e.target
                        .as_ref()
                        .map(|t| normalize_code(&t.code))
                        .unwrap_or_default(),
                    e.cameo.clone(),
                ))
            })
            .collect();
        let exp: BTreeSet<Coding> = r
            .expected
            .iter()
            .map(|(a, b, c)| (normalize_code(a), normalize_code(b), c.clone()))
            .collect();
        let found = exp.intersection(&got).count();
        let coarse = |(a, b, c): &Coding| {
            let p = |x: &str| x.chars().take(3).collect::<String>();
            (p(a), p(b), c.chars().take(2).collect::<String>())
        };
        let got_coarse: BTreeSet<_> = got.iter().map(coarse).collect();
        let found_lenient = exp
            .iter()
            .filter(|e| got_coarse.contains(&coarse(e)))
            .count();
        let s = Score {
            records: 1,
            expected: exp.len(),
            found,
            emitted: got.len(),
            spurious: got.difference(&exp).count(),
            noevent_records: usize::from(r.noevents && exp.is_empty()),
            noevent_respected: usize::from(r.noevents && exp.is_empty() && got.is_empty()),
            found_lenient,
        };
        total.add(&s);
        by_cat.entry(r.category.clone()).or_default().add(&s);
        results.push(RecordResult {
            record: r.clone(),
            got,
            score: s,
        });
    }
    (total, by_cat, results)
}
