//! Documents in, events out: the record types of dyad's output contract.

use crate::{ActorRef, Date};
use serde::{Deserialize, Serialize};

/// A byte span `[start, end)` in a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

impl Span {
    /// Create a span.
    ///
    /// ```
    /// let s = dyad_core::Span::new(2, 5);
    /// assert_eq!(&"abcdefg"[s.start..s.end], "cde");
    /// ```
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
}

/// One news document as the coder receives it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Document {
    /// Stable document id (from the input, the URL, or a content hash).
    pub id: String,
    /// The text to code.
    pub text: String,
    /// Publication date, used to resolve relative dates and date-bounded roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Headline, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Canonical URL, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Publisher or feed name, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// How an event is asserted in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// "did not", "refused to", "although not to".
    Negated,
    /// "will", "is scheduled to", "plans to".
    Future,
    /// "hopes to", "wants to", "intends to".
    Intended,
    /// "if", "could", "would".
    Hypothetical,
    /// Background: something that happened long before the report.
    Historical,
    /// Attributed by a charge or an accusation the report relays, not asserted by it: the
    /// act a person is "jailed for", "charged with", "arrested on suspicion of".
    Alleged,
}

impl Modality {
    /// The lowercase name used in JSON.
    ///
    /// ```
    /// assert_eq!(dyad_core::Modality::Future.as_str(), "future");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Negated => "negated",
            Modality::Future => "future",
            Modality::Intended => "intended",
            Modality::Hypothetical => "hypothetical",
            Modality::Historical => "historical",
            Modality::Alleged => "alleged",
        }
    }
}

/// PLOVER coding of an event: type, mode and context (empty strings when unspecified).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PloverCoding {
    /// PLOVER event type, e.g. `ACCUSE`, `CONSULT`.
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode, e.g. `phone`, `visit` (may be empty).
    pub mode: String,
    /// PLOVER context, e.g. `diplomatic`, `military` (may be empty).
    pub context: String,
}

/// Where an event took place, as far as the text says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// Country code (ISO 3166 alpha-3 / CAMEO), when known.
    pub country: Option<String>,
    /// Place name as written, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// How the location was found: `dateline`, `sentence`, ...
    pub from: String,
}

/// Why an event was coded: the pattern, the dictionary entries and the steps.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Evidence {
    /// The verb pattern that fired, as written in its dictionary, with file and line.
    pub pattern: String,
    /// Dictionary entries that resolved the actors (`file:line phrase -> CODE`).
    pub entries: Vec<String>,
    /// Resolution steps (coreference, passive, reported speech, ...), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<String>,
    /// The sentence as the coder saw it, `word/UPOS/lemma` per token (only when asked
    /// for, e.g. by `dyad code --explain`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<String>,
}

/// One coded event: who did what to whom, when, where, and why dyad thinks so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id, a hash of document id, sentence, verb span, actors and code.
    pub event_id: String,
    /// Id of the document the event came from.
    pub doc_id: String,
    /// 0-based index of the sentence in the document.
    pub sentence: usize,
    /// Event date (from time expressions, else the document date).
    pub date: Option<Date>,
    /// Source actor (who acts).
    pub source: Option<ActorRef>,
    /// Target actor (acted upon).
    pub target: Option<ActorRef>,
    /// CAMEO event code, e.g. `111`.
    pub cameo: String,
    /// CAMEO root code (two digits), e.g. `11`.
    pub root: String,
    /// GDELT quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad: u8,
    /// Goldstein score of the code (-10 .. +10).
    pub goldstein: f32,
    /// PLOVER coding.
    pub plover: PloverCoding,
    /// `null` when asserted as happened; else negated/future/intended/hypothetical/historical.
    pub modality: Option<Modality>,
    /// The verb (or nominal trigger) that carries the event.
    pub verb: TextSpan,
    /// Location of the event, if found.
    pub location: Option<Location>,
    /// For reported speech: who said it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<ActorRef>,
    /// The sentence the event was coded from.
    pub sentence_text: String,
    /// What produced the event.
    pub evidence: Evidence,
    /// How many times the document reports this event (same date, actors, code and
    /// modality): later mentions are folded into the first, as PETRARCH codes one event
    /// per story and GDELT counts mentions.
    #[serde(default = "one")]
    pub mentions: u32,
}

fn one() -> u32 {
    1
}

/// A piece of text with its byte span in the document.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TextSpan {
    /// The text.
    pub text: String,
    /// Byte offset of the start in the document text.
    pub start: usize,
    /// Byte offset just past the end in the document text.
    pub end: usize,
}

/// Stable event id: 16 hex digits of a 64-bit FNV-1a hash over the fields that
/// identify an event. The same input always gives the same id, across runs and machines.
///
/// ```
/// let a = dyad_core::event_id(&["doc1", "0", "12", "USAGOV", "PRK", "111"]);
/// let b = dyad_core::event_id(&["doc1", "0", "12", "USAGOV", "PRK", "111"]);
/// assert_eq!(a, b);
/// assert_eq!(a.len(), 16);
/// assert_ne!(a, dyad_core::event_id(&["doc1", "0", "12", "USAGOV", "PRK", "112"]));
/// ```
pub fn event_id(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0x1f)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}
