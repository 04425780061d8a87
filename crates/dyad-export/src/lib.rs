//! # dyad-export
//!
//! Export sinks for dyad events: each [`Sink`] takes [`dyad_core::Event`]s one at a time
//! and writes them to any [`std::io::Write`] in one of four [`Format`]s:
//!
//! | format            | name     | shape                                                      |
//! |-------------------|----------|------------------------------------------------------------|
//! | [`Format::Jsonl`]     | `jsonl`  | the event as JSON, one per line (what `dyad code` prints) |
//! | [`Format::Csv`]       | `csv`    | header + one flat row per event ([`CSV_COLUMNS`])          |
//! | [`Format::GdeltTsv`]  | `gdelt`  | GDELT 2.0 event table: 61 tab-separated columns, no header ([`GDELT_COLUMNS`]) |
//! | [`Format::PloverJsonl`] | `plover` | PLOVER-style JSON records, one per line ([`PloverRecord`]) |
//!
//! ```
//! use dyad_core::{ActorRef, Event, Evidence, PloverCoding, TextSpan};
//! use dyad_export::{DocMeta, Format, Sink};
//!
//! let event = Event {
//!     event_id: "00000000000000ff".into(),
//!     doc_id: "doc1".into(),
//!     sentence: 0,
//!     date: dyad_core::parse_date("2024-03-01"),
//!     source: Some(ActorRef::new("USAGOV", "Washington", 0, 10)),
//!     target: Some(ActorRef::new("PRK", "Pyongyang", 20, 29)),
//!     cameo: "111".into(),
//!     root: "11".into(),
//!     quad: 3,
//!     goldstein: -2.0,
//!     plover: PloverCoding { kind: "ACCUSE".into(), mode: String::new(), context: String::new() },
//!     modality: None,
//!     verb: TextSpan { text: "criticized".into(), start: 11, end: 21 },
//!     location: None,
//!     speaker: None,
//!     sentence_text: "Washington criticized Pyongyang.".into(),
//!     evidence: Evidence::default(),
//!     mentions: 1,
//! };
//! let format: Format = "gdelt".parse().unwrap();
//! let mut sink = Sink::new(format, Vec::new());
//! let meta = DocMeta { url: Some("https://example.org/a".into()), ..DocMeta::default() };
//! sink.write(&event, Some(&meta)).unwrap();
//! let bytes = sink.finish().unwrap();
//! let line = String::from_utf8(bytes).unwrap();
//! assert_eq!(line.trim_end_matches('\n').split('\t').count(), dyad_export::GDELT_COLUMNS.len());
//! assert!(line.starts_with("255\t20240301\t202403\t2024\t"));
//! ```

mod csv_out;
mod gdelt;
mod plover;

pub use csv_out::{csv_row, CSV_COLUMNS};
pub use gdelt::{gdelt_event_id, gdelt_includes, gdelt_row, GDELT_COLUMNS};
pub use plover::{
    plover_record, DyadFields, PloverCite, PloverEntity, PloverLocation, PloverRecord,
    PloverTextInfo,
};

use dyad_core::{Date, Document, Event};
use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

/// An export format.
///
/// Parse one from its command-line name with [`str::parse`]:
///
/// ```
/// use dyad_export::Format;
/// assert_eq!("csv".parse::<Format>().unwrap(), Format::Csv);
/// assert_eq!("GDELT".parse::<Format>().unwrap(), Format::GdeltTsv);
/// assert_eq!(Format::PloverJsonl.to_string(), "plover");
/// assert!("xml".parse::<Format>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// dyad's own event JSON, one object per line (`jsonl`).
    Jsonl,
    /// Flat CSV with a header row (`csv`), columns [`CSV_COLUMNS`].
    Csv,
    /// GDELT 2.0 event-table TSV without header (`gdelt`), columns [`GDELT_COLUMNS`].
    GdeltTsv,
    /// PLOVER-style JSON records, one per line (`plover`), see [`PloverRecord`].
    PloverJsonl,
}

impl Format {
    /// Every format, in the order of the enum.
    ///
    /// ```
    /// assert_eq!(dyad_export::Format::ALL.len(), 4);
    /// ```
    pub const ALL: [Format; 4] = [
        Format::Jsonl,
        Format::Csv,
        Format::GdeltTsv,
        Format::PloverJsonl,
    ];

    /// The name [`FromStr`] accepts (`jsonl`, `csv`, `gdelt`, `plover`).
    ///
    /// ```
    /// assert_eq!(dyad_export::Format::GdeltTsv.name(), "gdelt");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::GdeltTsv => "gdelt",
            Format::PloverJsonl => "plover",
        }
    }

    /// A conventional file extension for the format (without the dot).
    ///
    /// ```
    /// assert_eq!(dyad_export::Format::GdeltTsv.extension(), "tsv");
    /// assert_eq!(dyad_export::Format::PloverJsonl.extension(), "jsonl");
    /// ```
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jsonl | Format::PloverJsonl => "jsonl",
            Format::Csv => "csv",
            Format::GdeltTsv => "tsv",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The error of parsing an unknown format name.
///
/// ```
/// let e = "xml".parse::<dyad_export::Format>().unwrap_err();
/// assert!(e.to_string().contains("xml"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown export format {0:?} (expected one of: jsonl, csv, gdelt, plover)")]
pub struct UnknownFormat(pub String);

impl FromStr for Format {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<Format, UnknownFormat> {
        let t = s.trim().to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.name() == t)
            .ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// What the exporters may know about the document an event came from, beyond the event
/// itself: the URL (GDELT `SOURCEURL`, PLOVER `cite_info.url`), the headline, the
/// publisher and the publication date (used when the event has no date).
///
/// ```
/// let doc = dyad_core::Document {
///     id: "d1".into(),
///     text: "...".into(),
///     url: Some("https://example.org/x".into()),
///     ..Default::default()
/// };
/// let meta = dyad_export::DocMeta::from(&doc);
/// assert_eq!(meta.url.as_deref(), Some("https://example.org/x"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocMeta {
    /// Canonical URL of the document.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Publisher or feed name.
    pub source: Option<String>,
    /// Publication date.
    pub date: Option<Date>,
}

impl From<&Document> for DocMeta {
    fn from(d: &Document) -> DocMeta {
        DocMeta {
            url: d.url.clone(),
            title: d.title.clone(),
            source: d.source.clone(),
            date: d.date,
        }
    }
}

/// The date exporters use: the event's own date, else the document's publication date.
pub(crate) fn effective_date(e: &Event, meta: Option<&DocMeta>) -> Option<Date> {
    e.date.or_else(|| meta.and_then(|m| m.date))
}

enum Out<W: Write> {
    Plain(W),
    Csv(Box<csv::Writer<W>>),
}

/// A streaming writer of events in one [`Format`].
///
/// Create it with [`Sink::new`], call [`Sink::write`] once per event, then
/// [`Sink::finish`] to flush and get the writer back. CSV writes its header row before
/// the first event (or at `finish` when there were no events), so an empty export is
/// still a valid CSV file.
///
/// ```
/// use dyad_export::{Format, Sink};
/// let sink = Sink::new(Format::Csv, Vec::new());
/// let out = sink.finish().unwrap();
/// assert!(String::from_utf8(out).unwrap().starts_with("event_id,doc_id,sentence,date,"));
/// ```
pub struct Sink<W: Write> {
    format: Format,
    out: Out<W>,
    header_done: bool,
    written: u64,
}

impl<W: Write> Sink<W> {
    /// A sink writing `format` to `writer`. Nothing is written until the first event
    /// (wrap files in a [`std::io::BufWriter`]; the CSV format buffers by itself).
    pub fn new(format: Format, writer: W) -> Sink<W> {
        let out = match format {
            Format::Csv => Out::Csv(Box::new(
                csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(writer),
            )),
            _ => Out::Plain(writer),
        };
        Sink {
            format,
            out,
            header_done: false,
            written: 0,
        }
    }

    /// The format this sink writes.
    pub fn format(&self) -> Format {
        self.format
    }

    /// How many events were written so far.
    ///
    /// ```
    /// let s = dyad_export::Sink::new(dyad_export::Format::Jsonl, std::io::sink());
    /// assert_eq!(s.written(), 0);
    /// ```
    pub fn written(&self) -> u64 {
        self.written
    }

    fn header(&mut self) -> io::Result<()> {
        if !self.header_done {
            self.header_done = true;
            if let Out::Csv(w) = &mut self.out {
                w.write_record(CSV_COLUMNS)?;
            }
        }
        Ok(())
    }

    /// Write one event. `meta` carries what the event does not know about its document
    /// (URL, title, publisher, date); pass `None` when there is nothing. The JSONL format
    /// ignores `meta` (it writes the event exactly as `dyad code` does).
    pub fn write(&mut self, event: &Event, meta: Option<&DocMeta>) -> io::Result<()> {
        self.header()?;
        if self.format == Format::GdeltTsv && !gdelt_includes(event) {
            return Ok(());
        }
        match (&mut self.out, self.format) {
            (Out::Csv(w), _) => w.write_record(csv_row(event, meta))?,
            (Out::Plain(w), Format::Jsonl) => {
                serde_json::to_writer(&mut *w, event)?;
                w.write_all(b"\n")?;
            }
            (Out::Plain(w), Format::PloverJsonl) => {
                serde_json::to_writer(&mut *w, &plover_record(event, meta))?;
                w.write_all(b"\n")?;
            }
            (Out::Plain(w), _) => {
                let row = gdelt_row(event, meta);
                w.write_all(row.join("\t").as_bytes())?;
                w.write_all(b"\n")?;
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Write every event of one document with the same `meta`.
    ///
    /// ```
    /// let mut s = dyad_export::Sink::new(dyad_export::Format::Jsonl, Vec::new());
    /// s.write_all(&[], None).unwrap();
    /// assert!(s.finish().unwrap().is_empty());
    /// ```
    pub fn write_all(&mut self, events: &[Event], meta: Option<&DocMeta>) -> io::Result<()> {
        events.iter().try_for_each(|e| self.write(e, meta))
    }

    /// Write the CSV header if no event came, flush, and return the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.header()?;
        match self.out {
            Out::Plain(mut w) => {
                w.flush()?;
                Ok(w)
            }
            Out::Csv(w) => {
                let mut w = w.into_inner().map_err(|e| e.into_error())?;
                w.flush()?;
                Ok(w)
            }
        }
    }
}
