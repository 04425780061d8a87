//! CAMEO actor codes and actor mentions.

use serde::{Deserialize, Serialize};

/// Sector (agent) codes of the CAMEO actor scheme that dyad knows, with a description.
///
/// A full actor code is a country or organisation code (ISO 3166 alpha-3 such as `USA`,
/// or an IGO/NGO/group code such as `IGOUNO`) followed by zero or more three-letter
/// sector codes: `USAGOV` is the US government, `PRKMIL` North Korea's military.
pub const SECTORS: &[(&str, &str)] = &[
    ("GOV", "government: executive, ministers, officials"),
    ("MIL", "military"),
    ("REB", "rebels, insurgents"),
    ("OPP", "political opposition"),
    ("PTY", "political party"),
    ("COP", "police"),
    ("JUD", "judiciary, courts, prosecutors"),
    ("LEG", "legislature, lawmakers"),
    ("BUS", "business"),
    ("MED", "media, journalists"),
    ("NGO", "non-governmental organisation"),
    ("IGO", "intergovernmental organisation"),
    ("CVL", "civilians"),
    ("EDU", "education"),
    ("HLH", "health"),
    ("REF", "refugees"),
    ("LAB", "labour"),
    ("AGR", "agriculture"),
    ("ELI", "elites, former officials"),
    ("CRM", "criminals"),
    ("SPY", "intelligence services"),
    ("UAF", "unidentified armed forces"),
    ("RAD", "radicals, extremists"),
    ("INS", "insurgents"),
    ("SEP", "separatists"),
    ("REL", "religious"),
    ("ENV", "environmental"),
    ("HRI", "human rights"),
    ("MOD", "moderate"),
    ("IMG", "immigrants"),
    ("DEV", "development"),
    ("ETH", "ethnic group"),
    ("SET", "settlers"),
    ("UNK", "unknown"),
    ("PRE", "breakaway or unrecognised state authority"),
    ("PPL", "people, civilians (PETRARCH usage)"),
];

/// Sector codes that are also ISO 3166 country codes: at the head of a code they are the
/// state ("ETHGOV" is Ethiopia's government, not an ethnic government).
pub const ALSO_COUNTRIES: &[&str] = &["ETH"];

/// Returns true when `s` is one of [`SECTORS`].
///
/// ```
/// assert!(dyad_core::actor::is_sector("MIL"));
/// assert!(!dyad_core::actor::is_sector("USA"));
/// ```
pub fn is_sector(s: &str) -> bool {
    SECTORS.iter().any(|(c, _)| *c == s)
}

/// A CAMEO actor code split into its country/organisation part and its sector part.
///
/// ```
/// use dyad_core::ActorCode;
/// let c = ActorCode::parse("PRKMIL");
/// assert_eq!(c.country.as_deref(), Some("PRK"));
/// assert_eq!(c.sector.as_deref(), Some("MIL"));
/// let eth = ActorCode::parse("ETHGOV");
/// assert_eq!((eth.country.as_deref(), eth.sector.as_deref()), (Some("ETH"), Some("GOV")));
/// let igo = ActorCode::parse("IGOUNO");
/// assert_eq!(igo.country, None);
/// assert_eq!(igo.sector.as_deref(), Some("IGO"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorCode {
    /// The full code, e.g. `USAGOV`.
    pub code: String,
    /// The leading three-letter country code, when the code starts with one.
    pub country: Option<String>,
    /// The first sector code, when there is one.
    pub sector: Option<String>,
}

impl ActorCode {
    /// Split a code into country and sector. Codes starting with a sector
    /// (`IGO...`, `NGO...`, `MIL...`) have no country.
    pub fn parse(code: &str) -> ActorCode {
        let code = code.trim().to_ascii_uppercase();
        let first = code.get(0..3).unwrap_or("");
        let (country, rest) =
            if first.len() == 3 && (!is_sector(first) || ALSO_COUNTRIES.contains(&first)) {
                (Some(first.to_string()), code.get(3..).unwrap_or(""))
            } else {
                (None, code.as_str())
            };
        let mut sector = None;
        let mut i = 0;
        while i + 3 <= rest.len() {
            let s = &rest[i..i + 3];
            if is_sector(s) {
                sector = Some(s.to_string());
                break;
            }
            i += 3;
        }
        ActorCode {
            code: code.clone(),
            country,
            sector,
        }
    }
}

/// An actor as it appears in an event: the resolved code plus where it was found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActorRef {
    /// Full CAMEO actor code, e.g. `KORGOV`.
    pub code: String,
    /// Country part of the code (`KOR`), if any.
    pub country: Option<String>,
    /// Sector part of the code (`GOV`), if any.
    pub sector: Option<String>,
    /// Canonical name of the dictionary entry (e.g. `Antony Blinken`), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The text of the mention in the sentence.
    pub text: String,
    /// Byte offset of the mention's start in the document text.
    pub start: usize,
    /// Byte offset just past the mention's end in the document text.
    pub end: usize,
}

impl ActorRef {
    /// Build an actor reference from a full code and a mention span.
    ///
    /// ```
    /// let a = dyad_core::ActorRef::new("USAGOV", "Blinken", 10, 17);
    /// assert_eq!(a.country.as_deref(), Some("USA"));
    /// ```
    pub fn new(code: &str, text: &str, start: usize, end: usize) -> ActorRef {
        let c = ActorCode::parse(code);
        ActorRef {
            code: c.code,
            country: c.country,
            sector: c.sector,
            name: None,
            text: text.to_string(),
            start,
            end,
        }
    }
}
