//! Scoring on dyad's own labelled sentences (`tests/data/phenomena.jsonl`): precision and
//! recall by linguistic phenomenon and by CAMEO root.
//!
//! The file is JSON Lines, one labelled item per line (format and annotation guidelines in
//! `tests/data/README.md`):
//!
//! ```text
//! {"id": "plain-001", "date": "2023-06-17", "phenomenon": "plain",
//!  "text": "North Korea condemned South Korea on Saturday.",
//!  "events": [{"source": "PRK", "target": "KOR", "cameo": "111", "modality": null,
//!              "date": "2023-06-17"}], "note": "why"}
//! ```
//!
//! Each item is coded as one [`Document`] (id, text, date). An emitted event is compared to
//! the expected ones as a `(source, target, cameo, modality)` tuple, one-to-one (an expected
//! event is matched at most once). The lenient score matches on the two-digit CAMEO root
//! instead of the full code. For matched events the scorer also checks the event date and,
//! where the item gives one, the location country.
//!
//! This module does no I/O: the caller reads the file.
//!
//! ```
//! use dyad_coder::{phenomena, Coder};
//! let coder = Coder::new(dyad_dict::builtin().expect("dictionary")).expect("coder");
//! let jsonl = r#"{"id": "p1", "date": "2023-06-17", "phenomenon": "plain", "text": "North Korea condemned South Korea.", "events": [{"source": "PRK", "target": "KOR", "cameo": "111", "modality": null}]}"#;
//! let items = phenomena::parse(jsonl).expect("well formed");
//! assert!(phenomena::validate(&items).is_empty());
//! let report = phenomena::score(&coder, &items);
//! assert_eq!(report.overall.expected, 1);
//! println!("{}", report.table());
//! ```

use crate::eval::normalize_code;
use crate::Coder;
use dyad_core::{parse_date, Date, Document, Event};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// Errors reading a phenomena file. Line numbers are 1-based.
#[derive(Debug, thiserror::Error)]
pub enum PhenomenaError {
    /// A line is not a JSON object of the expected shape.
    #[error("line {line}: {source}")]
    Json {
        /// Line number.
        line: usize,
        /// The JSON error.
        source: serde_json::Error,
    },
    /// A date is not `YYYY-MM-DD`.
    #[error("line {line}: bad date {value:?}")]
    Date {
        /// Line number.
        line: usize,
        /// The offending value.
        value: String,
    },
    /// A modality is not one of dyad's ([`MODALITIES`]).
    #[error("line {line}: unknown modality {value:?}")]
    Modality {
        /// Line number.
        line: usize,
        /// The offending value.
        value: String,
    },
}

/// The modality values an expected event may carry (`null` = plain assertion).
pub const MODALITIES: &[&str] = &[
    "negated",
    "future",
    "intended",
    "hypothetical",
    "historical",
    "alleged",
];

/// The phenomena the data set is organised by.
pub const PHENOMENA: &[&str] = &[
    "plain",
    "coreference",
    "nominal",
    "embedded",
    "reported_speech",
    "modality",
    "time",
    "passive",
    "compound",
    "place",
    "none",
];

/// One expected event.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    /// Source actor code (`USAGOV`, or a bare sector such as `GOV`).
    pub source: String,
    /// Target actor code.
    pub target: String,
    /// CAMEO event code (`111`, `0231`).
    pub cameo: String,
    /// Modality (`negated`, `future`, ...), `None` for a plain assertion.
    pub modality: Option<String>,
    /// The date the event happened (resolved from "on Saturday", "last week"), if given.
    pub date: Option<Date>,
    /// Country where the event happened, if clear (scored separately).
    pub location: Option<String>,
}

/// One labelled item: a sentence or a short document with everything it codes to.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Item id, e.g. `coref-003`.
    pub id: String,
    /// 1-based line in the file.
    pub line: usize,
    /// Document (publication) date.
    pub date: Option<Date>,
    /// Phenomenon label, one of [`PHENOMENA`].
    pub phenomenon: String,
    /// The text to code.
    pub text: String,
    /// Every event a careful analyst would code; empty for no codable event.
    pub events: Vec<Expected>,
    /// The annotator's note.
    pub note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExpected {
    source: String,
    target: String,
    cameo: String,
    #[serde(default)]
    modality: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    location: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawItem {
    id: String,
    #[serde(default)]
    date: Option<String>,
    phenomenon: String,
    text: String,
    events: Vec<RawExpected>,
    #[serde(default)]
    note: String,
}

fn date_of(v: Option<String>, line: usize) -> Result<Option<Date>, PhenomenaError> {
    match v {
        None => Ok(None),
        Some(s) => parse_date(&s)
            .map(Some)
            .ok_or(PhenomenaError::Date { line, value: s }),
    }
}

/// Parse a phenomena file (JSON Lines). Blank lines and lines starting with `#` or `//`
/// are skipped.
///
/// ```
/// let items = dyad_coder::phenomena::parse(
///     r#"{"id": "n1", "date": "2024-01-02", "phenomenon": "none", "text": "It rained.", "events": []}"#,
/// ).unwrap();
/// assert_eq!(items[0].id, "n1");
/// assert!(dyad_coder::phenomena::parse(r#"{"id": 1}"#).is_err());
/// ```
pub fn parse(text: &str) -> Result<Vec<Item>, PhenomenaError> {
    let mut out = Vec::new();
    for (i, raw_line) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw_line.trim();
        if l.is_empty() || l.starts_with('#') || l.starts_with("//") {
            continue;
        }
        let raw: RawItem =
            serde_json::from_str(l).map_err(|source| PhenomenaError::Json { line, source })?;
        let mut events = Vec::with_capacity(raw.events.len());
        for e in raw.events {
            if let Some(m) = &e.modality {
                if !MODALITIES.contains(&m.as_str()) {
                    return Err(PhenomenaError::Modality {
                        line,
                        value: m.clone(),
                    });
                }
            }
            events.push(Expected {
                source: e.source,
                target: e.target,
                cameo: e.cameo,
                modality: e.modality,
                date: date_of(e.date, line)?,
                location: e.location,
            });
        }
        out.push(Item {
            id: raw.id,
            line,
            date: date_of(raw.date, line)?,
            phenomenon: raw.phenomenon,
            text: raw.text,
            events,
            note: raw.note,
        });
    }
    Ok(out)
}

/// Problems with the labels themselves: unknown CAMEO codes, unknown phenomena, duplicate
/// ids, malformed actor codes, items without a date. Empty when the file is well formed.
///
/// ```
/// use dyad_coder::phenomena::{parse, validate};
/// let items = parse(r#"{"id": "x", "date": "2024-01-02", "phenomenon": "plain", "text": "t", "events": [{"source": "USA", "target": "RUS", "cameo": "999"}]}"#).unwrap();
/// assert_eq!(validate(&items).len(), 1);
/// ```
pub fn validate(items: &[Item]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for it in items {
        let at = format!("line {} ({})", it.line, it.id);
        if !ids.insert(it.id.as_str()) {
            problems.push(format!("{at}: duplicate id"));
        }
        if !PHENOMENA.contains(&it.phenomenon.as_str()) {
            problems.push(format!("{at}: unknown phenomenon {:?}", it.phenomenon));
        }
        if it.date.is_none() {
            problems.push(format!("{at}: no date"));
        }
        if it.text.trim().is_empty() {
            problems.push(format!("{at}: empty text"));
        }
        for e in &it.events {
            if !dyad_core::ontology::is_valid_code(&e.cameo) {
                problems.push(format!("{at}: unknown CAMEO code {:?}", e.cameo));
            }
            for a in [&e.source, &e.target] {
                let ok = !a.is_empty()
                    && a.len() % 3 == 0
                    && a.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
                if !ok {
                    problems.push(format!("{at}: malformed actor code {a:?}"));
                }
            }
            if e.source == e.target {
                problems.push(format!("{at}: source equals target ({})", e.source));
            }
        }
    }
    problems
}

/// Counts for a group of items (a phenomenon, a CAMEO root, or everything).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Items in the group (0 for per-root counts, where items do not belong to one root).
    pub items: usize,
    /// Expected events.
    pub expected: usize,
    /// Emitted events.
    pub emitted: usize,
    /// Expected events matched exactly (source, target, cameo, modality).
    pub found: usize,
    /// Expected events matched on the CAMEO root (source, target, root, modality).
    pub found_root: usize,
}

impl Counts {
    /// Exact matches / emitted (1.0 when nothing was emitted).
    pub fn precision(&self) -> f64 {
        ratio(self.found, self.emitted)
    }
    /// Exact matches / expected (1.0 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.expected)
    }
    /// Root matches / emitted.
    pub fn lenient_precision(&self) -> f64 {
        ratio(self.found_root, self.emitted)
    }
    /// Root matches / expected.
    pub fn lenient_recall(&self) -> f64 {
        ratio(self.found_root, self.expected)
    }
    /// Harmonic mean of exact precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Counts) {
        self.items += o.items;
        self.expected += o.expected;
        self.emitted += o.emitted;
        self.found += o.found;
        self.found_root += o.found_root;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// An event as compared: `(source, target, cameo, modality)`.
pub type Tuple = (String, String, String, Option<String>);

/// What happened to one item.
#[derive(Debug, Clone)]
pub struct ItemResult {
    /// Item id.
    pub id: String,
    /// Phenomenon label.
    pub phenomenon: String,
    /// The text.
    pub text: String,
    /// Expected tuples.
    pub expected: Vec<Tuple>,
    /// Emitted tuples.
    pub emitted: Vec<Tuple>,
    /// Counts for this item.
    pub counts: Counts,
}

impl ItemResult {
    /// True when every expected event was found exactly and nothing else was emitted.
    pub fn perfect(&self) -> bool {
        self.counts.found == self.counts.expected && self.counts.found == self.counts.emitted
    }
}

/// The full score.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// All items.
    pub overall: Counts,
    /// By phenomenon label.
    pub by_phenomenon: BTreeMap<String, Counts>,
    /// By two-digit CAMEO root: expected events by their expected root, emitted events by
    /// their emitted root, matches by the root they share.
    pub by_root: BTreeMap<String, Counts>,
    /// Exactly matched events whose expected event gives a date.
    pub dated: usize,
    /// Of those, how many the coder dated the same.
    pub dated_correct: usize,
    /// Exactly matched events whose expected event gives a location.
    pub located: usize,
    /// Of those, how many the coder located in the same country.
    pub located_correct: usize,
    /// Items expecting no event.
    pub empty_items: usize,
    /// Of those, items where the coder emitted nothing.
    pub empty_respected: usize,
    /// Per item outcomes, in file order.
    pub items: Vec<ItemResult>,
}

impl Report {
    /// Share of matched dated events with the right date (1.0 when none).
    pub fn date_accuracy(&self) -> f64 {
        ratio(self.dated_correct, self.dated)
    }
    /// Share of matched located events with the right country (1.0 when none).
    pub fn location_accuracy(&self) -> f64 {
        ratio(self.located_correct, self.located)
    }

    /// A plain-text table: overall, per phenomenon, per root, date and location accuracy.
    pub fn table(&self) -> String {
        let mut s = String::new();
        let head = format!(
            "{:<16} {:>5} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6} {:>6}\n",
            "group", "items", "exp", "found", "emit", "P", "R", "lenP", "lenR"
        );
        let row = |s: &mut String, name: &str, c: &Counts| {
            let _ = writeln!(
                s,
                "{:<16} {:>5} {:>5} {:>5} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
                name,
                if c.items == 0 {
                    "-".to_string()
                } else {
                    c.items.to_string()
                },
                c.expected,
                c.found,
                c.emitted,
                c.precision(),
                c.recall(),
                c.lenient_precision(),
                c.lenient_recall()
            );
        };
        s.push_str("By phenomenon\n");
        s.push_str(&head);
        for (k, c) in &self.by_phenomenon {
            row(&mut s, k, c);
        }
        row(&mut s, "ALL", &self.overall);
        s.push_str("\nBy CAMEO root (lenient = same root)\n");
        s.push_str(&head);
        for (k, c) in &self.by_root {
            let name = dyad_core::ontology::cameo(k)
                .map(|c| format!("{k} {}", c.name))
                .unwrap_or_else(|| k.clone());
            let name: String = name.chars().take(16).collect();
            row(&mut s, &name, c);
        }
        let _ = writeln!(
            s,
            "\nDate accuracy on exact matches: {}/{} = {:.3}",
            self.dated_correct,
            self.dated,
            self.date_accuracy()
        );
        let _ = writeln!(
            s,
            "Location accuracy on exact matches: {}/{} = {:.3}",
            self.located_correct,
            self.located,
            self.location_accuracy()
        );
        let _ = writeln!(
            s,
            "Items with no codable event left empty: {}/{}",
            self.empty_respected, self.empty_items
        );
        s
    }

    /// The items that were not coded perfectly, one block each (for reading the errors).
    pub fn misses(&self) -> String {
        let mut s = String::new();
        let fmt = |t: &Tuple| {
            format!(
                "{}->{} {}{}",
                t.0,
                t.1,
                t.2,
                t.3.as_deref()
                    .map(|m| format!(" [{m}]"))
                    .unwrap_or_default()
            )
        };
        for r in self.items.iter().filter(|r| !r.perfect()) {
            let _ = writeln!(s, "{} [{}] {}", r.id, r.phenomenon, r.text);
            let e: Vec<String> = r.expected.iter().map(fmt).collect();
            let g: Vec<String> = r.emitted.iter().map(fmt).collect();
            let _ = writeln!(s, "  expected: {}", e.join(", "));
            let _ = writeln!(s, "  emitted:  {}", g.join(", "));
        }
        s
    }
}

fn tuple_of_event(e: &Event) -> Option<Tuple> {
    Some((
        normalize_code(&e.source.as_ref()?.code),
        normalize_code(&e.target.as_ref()?.code),
        e.cameo.clone(),
        e.modality.map(|m| m.as_str().to_string()),
    ))
}

fn root_of(code: &str) -> String {
    dyad_core::ontology::root(code)
        .map(str::to_string)
        .unwrap_or_else(|| code.chars().take(2).collect())
}

/// One-to-one greedy matching of expected to emitted under `same`; returns, for each
/// expected index, the matched emitted index.
fn match_up(
    exp: &[Tuple],
    got: &[Tuple],
    same: impl Fn(&Tuple, &Tuple) -> bool,
) -> Vec<Option<usize>> {
    let mut used = vec![false; got.len()];
    exp.iter()
        .map(|x| {
            let j = got
                .iter()
                .enumerate()
                .position(|(j, g)| !used[j] && same(x, g))?;
            used[j] = true;
            Some(j)
        })
        .collect()
}

/// Code every item with `coder` and score it.
pub fn score(coder: &Coder, items: &[Item]) -> Report {
    let mut rep = Report::default();
    for it in items {
        let doc = Document {
            id: it.id.clone(),
            text: it.text.clone(),
            date: it.date,
            ..Default::default()
        };
        let out = coder.code(&doc);
        let events: Vec<&Event> = out.events.iter().collect();
        let mut got: Vec<Tuple> = Vec::new();
        let mut got_ev: Vec<&Event> = Vec::new();
        for e in &events {
            if let Some(t) = tuple_of_event(e) {
                got.push(t);
                got_ev.push(e);
            }
        }
        let exp: Vec<Tuple> = it
            .events
            .iter()
            .map(|e| {
                (
                    normalize_code(&e.source),
                    normalize_code(&e.target),
                    e.cameo.clone(),
                    e.modality.clone(),
                )
            })
            .collect();
        let exact = match_up(&exp, &got, |a, b| a == b);
        let lenient = match_up(&exp, &got, |a, b| {
            a.0 == b.0 && a.1 == b.1 && a.3 == b.3 && root_of(&a.2) == root_of(&b.2)
        });
        let c = Counts {
            items: 1,
            expected: exp.len(),
            emitted: got.len(),
            found: exact.iter().flatten().count(),
            found_root: lenient.iter().flatten().count(),
        };
        // Dates and locations of exact matches.
        for (i, m) in exact.iter().enumerate() {
            let Some(j) = m else { continue };
            let x = &it.events[i];
            if let Some(d) = x.date {
                rep.dated += 1;
                if got_ev[*j].date == Some(d) {
                    rep.dated_correct += 1;
                }
            }
            if let Some(loc) = &x.location {
                rep.located += 1;
                let lc = got_ev[*j]
                    .location
                    .as_ref()
                    .and_then(|l| l.country.as_deref());
                if lc == Some(loc.as_str()) {
                    rep.located_correct += 1;
                }
            }
        }
        // Per root.
        for t in &exp {
            rep.by_root.entry(root_of(&t.2)).or_default().expected += 1;
        }
        for t in &got {
            rep.by_root.entry(root_of(&t.2)).or_default().emitted += 1;
        }
        for (i, m) in exact.iter().enumerate() {
            if m.is_some() {
                rep.by_root.entry(root_of(&exp[i].2)).or_default().found += 1;
            }
        }
        for (i, m) in lenient.iter().enumerate() {
            if m.is_some() {
                rep.by_root
                    .entry(root_of(&exp[i].2))
                    .or_default()
                    .found_root += 1;
            }
        }
        if exp.is_empty() {
            rep.empty_items += 1;
            if got.is_empty() {
                rep.empty_respected += 1;
            }
        }
        rep.overall.add(&c);
        rep.by_phenomenon
            .entry(it.phenomenon.clone())
            .or_default()
            .add(&c);
        rep.items.push(ItemResult {
            id: it.id.clone(),
            phenomenon: it.phenomenon.clone(),
            text: it.text.clone(),
            expected: exp,
            emitted: got,
            counts: c,
        });
    }
    rep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_reports_line_numbers_and_bad_values() {
        let bad_json = "\n{\"id\": \"a\"";
        match parse(bad_json) {
            Err(PhenomenaError::Json { line, .. }) => assert_eq!(line, 2),
            other => panic!("expected a JSON error, got {other:?}"),
        }
        let bad_mod = r#"{"id": "a", "date": "2024-01-01", "phenomenon": "plain", "text": "t", "events": [{"source": "USA", "target": "RUS", "cameo": "111", "modality": "maybe"}]}"#;
        assert!(matches!(
            parse(bad_mod),
            Err(PhenomenaError::Modality { line: 1, .. })
        ));
        let bad_date = r#"{"id": "a", "date": "01/02/2024", "phenomenon": "plain", "text": "t", "events": []}"#;
        assert!(matches!(
            parse(bad_date),
            Err(PhenomenaError::Date { line: 1, .. })
        ));
    }

    #[test]
    fn matching_is_one_to_one_and_lenient_uses_roots() {
        let t = |c: &str| ("USA".to_string(), "RUS".to_string(), c.to_string(), None);
        let exp = vec![t("111"), t("111")];
        let got = vec![t("111")];
        assert_eq!(match_up(&exp, &got, |a, b| a == b), vec![Some(0), None]);
        let exp = vec![t("112")];
        let got = vec![t("111")];
        assert_eq!(match_up(&exp, &got, |a, b| a == b), vec![None]);
        let lenient = match_up(&exp, &got, |a, b| root_of(&a.2) == root_of(&b.2));
        assert_eq!(lenient, vec![Some(0)]);
    }

    #[test]
    fn counts_ratios() {
        let c = Counts {
            items: 2,
            expected: 4,
            emitted: 5,
            found: 2,
            found_root: 3,
        };
        assert!((c.recall() - 0.5).abs() < 1e-9);
        assert!((c.precision() - 0.4).abs() < 1e-9);
        assert!((c.lenient_recall() - 0.75).abs() < 1e-9);
        assert_eq!(Counts::default().precision(), 1.0);
    }

    #[test]
    fn validate_flags_codes_phenomena_and_duplicates() {
        let text = concat!(
            r#"{"id": "a", "date": "2024-01-01", "phenomenon": "plain", "text": "t", "events": [{"source": "USAGOV", "target": "rus", "cameo": "0999"}]}"#,
            "\n",
            r#"{"id": "a", "date": "2024-01-01", "phenomenon": "weird", "text": "t", "events": []}"#
        );
        let items = parse(text).unwrap_or_default();
        assert_eq!(items.len(), 2);
        let p = validate(&items);
        assert!(p.iter().any(|m| m.contains("unknown CAMEO code")), "{p:?}");
        assert!(
            p.iter().any(|m| m.contains("malformed actor code")),
            "{p:?}"
        );
        assert!(p.iter().any(|m| m.contains("duplicate id")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("unknown phenomenon")), "{p:?}");
    }
}
