//! PLOVER-style event records.
//!
//! Field names follow the "Data Fields" chapter of the PLOVER manual (draft 2.0, Open
//! Event Data Alliance): the event record (`id`, `date`, `actor`, `recipient`, `event`,
//! `mode`, `context`, `quad_code`, `event_text`, `event_loc`, `text`, `text_info`,
//! `cite_info`, `coder`), the entity object (`code`, `sector`, `entity_text`,
//! `identifier_text`), the location object (`extracted_place`, `country_code`) and the
//! citation object (`url`, `title`, `publication`). Fields dyad adds go in a `dyad`
//! sub-object, as the manual allows providers to add named fields.

use crate::{effective_date, DocMeta};
use dyad_core::{ActorRef, Event, Modality};
use serde::{Deserialize, Serialize};

/// One entity (actor or recipient) of a [`PloverRecord`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PloverEntity {
    /// Top-level entity code: the country part of the CAMEO code (`USA`), or the whole
    /// code when it has no country part (`IGOUNO`).
    pub code: String,
    /// Primary sector (`GOV`, `MIL`, ...), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// The mention as written in the text.
    pub entity_text: String,
    /// Canonical name of the dictionary entry, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier_text: Option<String>,
    /// The full CAMEO actor code (dyad addition), e.g. `USAGOV`.
    pub cameo: String,
}

impl From<&ActorRef> for PloverEntity {
    fn from(a: &ActorRef) -> PloverEntity {
        PloverEntity {
            code: a.country.clone().unwrap_or_else(|| a.code.clone()),
            sector: a.sector.clone(),
            entity_text: a.text.clone(),
            identifier_text: a.name.clone(),
            cameo: a.code.clone(),
        }
    }
}

/// The location object of a [`PloverRecord`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PloverLocation {
    /// The place name as written, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extracted_place: Option<String>,
    /// Three-letter country code (ISO 3166 alpha-3 / CAMEO), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
}

/// The citation object of a [`PloverRecord`] (from [`DocMeta`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PloverCite {
    /// URL of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Title of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publisher of the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
}

/// The sequence of the sentence in its document (PLOVER `text_info`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PloverTextInfo {
    /// 0-based sentence index.
    pub sequence: usize,
}

/// dyad's own fields, kept alongside the PLOVER ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DyadFields {
    /// CAMEO event code.
    pub cameo: String,
    /// CAMEO root code.
    pub root: String,
    /// Goldstein score of the CAMEO code.
    pub goldstein: f32,
    /// dyad's modality (`negated`, `future`, `intended`, `hypothetical`, `historical`),
    /// `null` when asserted as happened.
    pub modality: Option<Modality>,
    /// Times the document reports the event.
    pub mentions: u32,
    /// Document id.
    pub doc_id: String,
    /// Verb pattern that fired (dictionary file and line).
    pub pattern: String,
    /// CAMEO code of the speaker, for reported speech.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// One PLOVER-style record, serialized as one JSON line by the `plover` format.
///
/// `event`, `mode` and `context` are lists, as in PLOVER. `event` is empty for CAMEO
/// codes PLOVER dropped (roots 01 and 02). dyad's modality becomes a PLOVER auxiliary
/// mode in `context` (`negated` -> `negation`, `future`, `hypothetical`, `historical`);
/// `intended` has no PLOVER equivalent and stays only in `dyad.modality`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PloverRecord {
    /// dyad's event id.
    pub id: String,
    /// `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// The entities that act (empty when unknown).
    pub actor: Vec<PloverEntity>,
    /// The entities acted upon (empty when none).
    pub recipient: Vec<PloverEntity>,
    /// PLOVER event types.
    pub event: Vec<String>,
    /// PLOVER modes.
    pub mode: Vec<String>,
    /// PLOVER contexts, plus the auxiliary mode from dyad's modality.
    pub context: Vec<String>,
    /// Quad class 1-4.
    pub quad_code: u8,
    /// The trigger text of the event.
    pub event_text: Vec<String>,
    /// Where the event took place, when known.
    pub event_loc: Option<PloverLocation>,
    /// The sentence the event was coded from.
    pub text: String,
    /// Position of the sentence.
    pub text_info: PloverTextInfo,
    /// Document citation, when [`DocMeta`] was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cite_info: Option<PloverCite>,
    /// The coding system: `dyad <version>`.
    pub coder: String,
    /// dyad's own fields.
    pub dyad: DyadFields,
}

fn list(s: &str) -> Vec<String> {
    s.split(';')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// The PLOVER record for an event.
///
/// ```
/// # use dyad_core::{ActorRef, Event, Evidence, Modality, PloverCoding, TextSpan};
/// # let event = Event { event_id: "ab".into(), doc_id: "d".into(), sentence: 3, date: None,
/// #   source: Some(ActorRef::new("USAGOV", "US", 0, 2)), target: None,
/// #   cameo: "042".into(), root: "04".into(), quad: 1, goldstein: 1.9,
/// #   plover: PloverCoding { kind: "CONSULT".into(), mode: "visit".into(), context: "diplomatic".into() },
/// #   modality: Some(Modality::Future), verb: TextSpan::default(), location: None,
/// #   speaker: None, sentence_text: "x".into(), evidence: Evidence::default(), mentions: 1 };
/// let r = dyad_export::plover_record(&event, None);
/// assert_eq!(r.event, ["CONSULT"]);
/// assert_eq!(r.mode, ["visit"]);
/// assert_eq!(r.context, ["diplomatic", "future"]);
/// assert_eq!(r.actor[0].code, "USA");
/// assert_eq!(r.actor[0].sector.as_deref(), Some("GOV"));
/// ```
pub fn plover_record(e: &Event, meta: Option<&DocMeta>) -> PloverRecord {
    let mut context = list(&e.plover.context);
    let aux = match e.modality {
        Some(Modality::Negated) => Some("negation"),
        Some(Modality::Future) => Some("future"),
        Some(Modality::Hypothetical) => Some("hypothetical"),
        Some(Modality::Historical) => Some("historical"),
        Some(Modality::Alleged) => Some("alleged"),
        Some(Modality::Intended) | None => None,
    };
    if let Some(a) = aux {
        context.push(a.to_string());
    }
    let event_loc = e.location.as_ref().and_then(|l| {
        if l.place.is_none() && l.country.is_none() {
            None
        } else {
            Some(PloverLocation {
                extracted_place: l.place.clone(),
                country_code: l.country.clone(),
            })
        }
    });
    PloverRecord {
        id: e.event_id.clone(),
        date: effective_date(e, meta).map(|d| d.to_string()),
        actor: e.source.iter().map(PloverEntity::from).collect(),
        recipient: e.target.iter().map(PloverEntity::from).collect(),
        event: list(&e.plover.kind),
        mode: list(&e.plover.mode),
        context,
        quad_code: e.quad,
        event_text: if e.verb.text.is_empty() {
            Vec::new()
        } else {
            vec![e.verb.text.clone()]
        },
        event_loc,
        text: e.sentence_text.clone(),
        text_info: PloverTextInfo {
            sequence: e.sentence,
        },
        cite_info: meta.map(|m| PloverCite {
            url: m.url.clone(),
            title: m.title.clone(),
            publication: m.source.clone(),
        }),
        coder: concat!("dyad ", env!("CARGO_PKG_VERSION")).to_string(),
        dyad: DyadFields {
            cameo: e.cameo.clone(),
            root: e.root.clone(),
            goldstein: e.goldstein,
            modality: e.modality,
            mentions: e.mentions,
            doc_id: e.doc_id.clone(),
            pattern: e.evidence.pattern.clone(),
            speaker: e.speaker.as_ref().map(|s| s.code.clone()),
        },
    }
}
