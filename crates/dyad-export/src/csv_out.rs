//! The flat CSV layout.

use crate::{effective_date, DocMeta};
use dyad_core::{ActorRef, Event};

/// The columns of the CSV export, in order (the header row).
///
/// Actor columns are empty when the event has no such actor; `modality` is empty for an
/// event asserted as happened; `date` falls back to the document date of [`DocMeta`].
pub const CSV_COLUMNS: [&str; 28] = [
    "event_id",
    "doc_id",
    "sentence",
    "date",
    "source_code",
    "source_country",
    "source_sector",
    "source_name",
    "source_text",
    "target_code",
    "target_country",
    "target_sector",
    "target_name",
    "target_text",
    "cameo",
    "root",
    "quad",
    "goldstein",
    "plover_type",
    "plover_mode",
    "plover_context",
    "modality",
    "verb",
    "location_country",
    "location_place",
    "mentions",
    "sentence_text",
    "pattern",
];

fn actor_cols(a: Option<&ActorRef>, row: &mut Vec<String>) {
    match a {
        Some(a) => {
            row.push(a.code.clone());
            row.push(a.country.clone().unwrap_or_default());
            row.push(a.sector.clone().unwrap_or_default());
            row.push(a.name.clone().unwrap_or_default());
            row.push(a.text.clone());
        }
        None => row.extend(std::iter::repeat_n(String::new(), 5)),
    }
}

/// One CSV row (unquoted field values, in [`CSV_COLUMNS`] order) for an event.
/// Quoting of commas, quotes and line breaks is left to the CSV writer.
///
/// ```
/// # use dyad_core::{Event, Evidence, PloverCoding, TextSpan};
/// # let event = Event { event_id: "ab".into(), doc_id: "d".into(), sentence: 2, date: None,
/// #   source: None, target: None, cameo: "042".into(), root: "04".into(), quad: 1,
/// #   goldstein: 1.9, plover: PloverCoding::default(), modality: None,
/// #   verb: TextSpan::default(), location: None, speaker: None,
/// #   sentence_text: "x".into(), evidence: Evidence::default(), mentions: 1 };
/// let row = dyad_export::csv_row(&event, None);
/// assert_eq!(row.len(), dyad_export::CSV_COLUMNS.len());
/// assert_eq!(row[14], "042");
/// assert_eq!(row[17], "1.9");
/// ```
pub fn csv_row(e: &Event, meta: Option<&DocMeta>) -> Vec<String> {
    let mut row = Vec::with_capacity(CSV_COLUMNS.len());
    row.push(e.event_id.clone());
    row.push(e.doc_id.clone());
    row.push(e.sentence.to_string());
    row.push(
        effective_date(e, meta)
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    actor_cols(e.source.as_ref(), &mut row);
    actor_cols(e.target.as_ref(), &mut row);
    row.push(e.cameo.clone());
    row.push(e.root.clone());
    row.push(e.quad.to_string());
    row.push(e.goldstein.to_string());
    row.push(e.plover.kind.clone());
    row.push(e.plover.mode.clone());
    row.push(e.plover.context.clone());
    row.push(
        e.modality
            .map(|m| m.as_str().to_string())
            .unwrap_or_default(),
    );
    row.push(e.verb.text.clone());
    let loc = e.location.as_ref();
    row.push(loc.and_then(|l| l.country.clone()).unwrap_or_default());
    row.push(loc.and_then(|l| l.place.clone()).unwrap_or_default());
    row.push(e.mentions.to_string());
    row.push(e.sentence_text.clone());
    row.push(e.evidence.pattern.clone());
    row
}
