//! # dyad-core
//!
//! The vocabulary every other dyad crate speaks: documents in, events out, and the
//! CAMEO / PLOVER ontology that gives each event code its name, Goldstein score,
//! quad class and PLOVER category.
//!
//! This crate does no I/O and holds no mutable global state. The ontology tables are
//! compiled into the binary from `data/` (plain text, see `data/README.md`).
//!
//! ```
//! use dyad_core::ontology;
//! let c = ontology::cameo("111").unwrap();
//! assert_eq!(c.root, "11");
//! assert_eq!(c.quad, 3);
//! ```

pub mod actor;
pub mod event;
pub mod ontology;

pub use actor::{ActorCode, ActorRef};
pub use event::{
    event_id, Document, Event, Evidence, Location, Modality, PloverCoding, Span, TextSpan,
};

/// Calendar dates used throughout dyad (proleptic Gregorian, no time zone).
pub type Date = chrono::NaiveDate;

/// Parse a date the way dyad's inputs give it: `YYYY-MM-DD` or an RFC 3339 timestamp
/// (the date part is kept, in the timestamp's own offset).
///
/// ```
/// use dyad_core::parse_date;
/// assert_eq!(parse_date("2023-06-17").unwrap().to_string(), "2023-06-17");
/// assert_eq!(parse_date("2023-06-17T23:10:00+09:00").unwrap().to_string(), "2023-06-17");
/// assert!(parse_date("17/06/2023").is_none());
/// ```
pub fn parse_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.date_naive());
    }
    None
}
