//! The GDELT 2.0 event-table layout (61 tab-separated columns).
//!
//! Column names and order follow the GDELT 2.0 Event Database codebook (GDELT Project,
//! "GDELT 2.0 Event Database Data Format Codebook"). The mapping from dyad's fields is
//! documented in the crate README.

use crate::{effective_date, DocMeta};
use chrono::Datelike;
use dyad_core::{ActorRef, Date, Event};

/// The 61 columns of a GDELT 2.0 event-table row, in order. The export has no header row;
/// this list is the schema a loader needs.
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// CAMEO top-level religion codes (GDELT `Religion1Code`).
/// @source Schrodt (2012) CAMEO Event and Actor Codebook 1.1b3, religion codes.
const RELIGION1: &[&str] = &["BUD", "CHR", "HIN", "JEW", "MOS", "SIK"];
/// CAMEO religious sub-group codes (GDELT `Religion2Code`).
/// @source Schrodt (2012) CAMEO Event and Actor Codebook 1.1b3, religion codes.
const RELIGION2: &[&str] = &["CTH", "DOX", "PRO", "SHI", "SUN"];

/// GDELT's integer `GLOBALEVENTID` for a dyad event: dyad's 16-hex-digit event id read as
/// a 64-bit number with the top bit cleared, so that it also fits a signed 64-bit integer
/// column (BigQuery `INTEGER`, SQL `BIGINT`). An id that is not hex is hashed with the
/// same FNV-1a function dyad uses for ids. Stable across runs and machines.
///
/// ```
/// assert_eq!(dyad_export::gdelt_event_id("00000000000000ff"), 255);
/// assert_eq!(dyad_export::gdelt_event_id("ffffffffffffffff"), i64::MAX as u64);
/// let h = dyad_export::gdelt_event_id("not hex");
/// assert!(h <= i64::MAX as u64);
/// assert_eq!(h, dyad_export::gdelt_event_id("not hex"));
/// ```
pub fn gdelt_event_id(event_id: &str) -> u64 {
    let v = match u64::from_str_radix(event_id, 16) {
        Ok(v) if !event_id.is_empty() && event_id.len() <= 16 => v,
        _ => {
            let hex = dyad_core::event_id(&[event_id]);
            u64::from_str_radix(&hex, 16).unwrap_or(0)
        }
    };
    v & (u64::MAX >> 1)
}

/// Make a value safe for a TSV field: tabs, line breaks and other control characters
/// become spaces (GDELT has no quoting).
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// GDELT's `FractionDate`: the year plus the fraction of the year elapsed before that day,
/// with four decimals (`2024.0000` is 1 January).
fn fraction_date(d: Date) -> String {
    let days = if d.leap_year() { 366.0 } else { 365.0 };
    format!(
        "{:.4}",
        f64::from(d.year()) + f64::from(d.ordinal0()) / days
    )
}

/// The ten actor columns: Code, Name, CountryCode, KnownGroupCode, EthnicCode,
/// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code.
fn actor_cols(a: Option<&ActorRef>, row: &mut Vec<String>) {
    let Some(a) = a else {
        row.extend(std::iter::repeat_n(String::new(), 10));
        return;
    };
    let code = a.code.to_ascii_uppercase();
    let rest = match &a.country {
        Some(c) if code.starts_with(c.as_str()) => code.get(c.len()..).unwrap_or(""),
        _ => code.as_str(),
    };
    let mut types: Vec<&str> = Vec::new();
    let (mut group, mut rel1, mut rel2) = ("", "", "");
    let mut i = 0;
    while let Some(chunk) = rest.get(i..i + 3) {
        if dyad_core::actor::is_sector(chunk) {
            if types.len() < 3 {
                types.push(chunk);
            }
        } else if RELIGION1.contains(&chunk) && rel1.is_empty() {
            rel1 = chunk;
        } else if RELIGION2.contains(&chunk) && rel2.is_empty() {
            rel2 = chunk;
        } else if group.is_empty() {
            group = chunk;
        }
        i += 3;
    }
    row.push(clean(&code));
    row.push(clean(a.name.as_deref().unwrap_or(&a.text)).to_uppercase());
    row.push(clean(a.country.as_deref().unwrap_or("")));
    row.push(group.to_string());
    row.push(String::new()); // EthnicCode: dyad's actor codes carry no ethnic codes
    row.push(rel1.to_string());
    row.push(rel2.to_string());
    for k in 0..3 {
        row.push(types.get(k).map(|t| t.to_string()).unwrap_or_default());
    }
}

/// The eight geo columns: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long,
/// FeatureID. dyad knows at most a place name and an ISO/CAMEO country; GDELT's
/// CountryCode is FIPS 10-4, so it stays empty. Type is `1` (country) when a country is
/// known, else `0`; FullName is the place as written.
fn geo_cols(country: Option<&str>, place: Option<&str>, row: &mut Vec<String>) {
    let kind = if country.is_some() { "1" } else { "0" };
    row.push(kind.to_string());
    row.push(clean(place.unwrap_or("")));
    row.extend(std::iter::repeat_n(String::new(), 6));
}

/// Whether an event goes into the GDELT table. The table has no column for modality, and
/// its readers take every row as something that happened, so events reported as not
/// happening (`negated`), only as possible (`hypothetical`: "could strike", "urged X to
/// release") or as a charge it relays (`alleged`: "jailed for financing") are left out; asserted, future, intended and historical events stay (GDELT
/// codes announcements and past events by their report date too).
///
/// ```
/// # use dyad_core::{ActorRef, Event, Evidence, Modality, PloverCoding, TextSpan};
/// # let mut event = Event { event_id: "10".into(), doc_id: "d".into(), sentence: 0,
/// #   date: None, source: Some(ActorRef::new("USAGOV", "US", 0, 2)), target: None,
/// #   cameo: "0211".into(), root: "02".into(), quad: 1,
/// #   goldstein: 3.4, plover: PloverCoding::default(), modality: None,
/// #   verb: TextSpan::default(), location: None, speaker: None,
/// #   sentence_text: "x".into(), evidence: Evidence::default(), mentions: 1 };
/// assert!(dyad_export::gdelt_includes(&event));
/// event.modality = Some(Modality::Hypothetical);
/// assert!(!dyad_export::gdelt_includes(&event));
/// event.modality = Some(Modality::Future);
/// assert!(dyad_export::gdelt_includes(&event));
/// ```
pub fn gdelt_includes(e: &Event) -> bool {
    !matches!(
        e.modality,
        Some(
            dyad_core::Modality::Negated
                | dyad_core::Modality::Hypothetical
                | dyad_core::Modality::Alleged
        )
    )
}

/// One GDELT 2.0 event-table row for an event ([`GDELT_COLUMNS`].len() fields, none
/// containing a tab or a line break). Join with `\t` for the TSV line.
///
/// ```
/// # use dyad_core::{ActorRef, Event, Evidence, PloverCoding, TextSpan};
/// # let event = Event { event_id: "10".into(), doc_id: "d".into(), sentence: 0,
/// #   date: dyad_core::parse_date("2024-01-02"),
/// #   source: Some(ActorRef::new("USAGOV", "US", 0, 2)), target: None,
/// #   cameo: "0211".into(), root: "02".into(), quad: 1,
/// #   goldstein: 3.4, plover: PloverCoding::default(), modality: None,
/// #   verb: TextSpan::default(), location: None, speaker: None,
/// #   sentence_text: "x".into(), evidence: Evidence::default(), mentions: 2 };
/// let row = dyad_export::gdelt_row(&event, None);
/// assert_eq!(row.len(), 61);
/// assert_eq!(&row[..5], ["16", "20240102", "202401", "2024", "2024.0027"]);
/// assert_eq!(&row[26..32], ["0211", "021", "02", "1", "3.4", "2"]);
/// assert_eq!(row[59], "20240102000000");
/// // An embargo only planned is, in the table, the statement of that intent (1312).
/// let mut planned = event.clone();
/// planned.cameo = "163".into();
/// planned.root = "16".into();
/// planned.modality = Some(dyad_core::Modality::Intended);
/// assert_eq!(&dyad_export::gdelt_row(&planned, None)[26..29], ["1312", "131", "13"]);
/// ```
pub fn gdelt_row(e: &Event, meta: Option<&DocMeta>) -> Vec<String> {
    let mut row = Vec::with_capacity(GDELT_COLUMNS.len());
    let date = effective_date(e, meta);
    row.push(gdelt_event_id(&e.event_id).to_string());
    match date {
        Some(d) => {
            row.push(d.format("%Y%m%d").to_string());
            row.push(d.format("%Y%m").to_string());
            row.push(d.format("%Y").to_string());
            row.push(fraction_date(d));
        }
        None => row.extend(std::iter::repeat_n(String::new(), 4)),
    }
    actor_cols(e.source.as_ref(), &mut row);
    actor_cols(e.target.as_ref(), &mut row);
    row.push(if e.sentence == 0 { "1" } else { "0" }.to_string());
    // An act only planned ("plans to impose an embargo", `intended`) is, in CAMEO's
    // codebook, the statement of that intent (1312), which is what happened.
    let stated = (e.modality == Some(dyad_core::Modality::Intended))
        .then(|| dyad_core::ontology::intent_code(&e.cameo))
        .flatten();
    let (cameo, root, quad, goldstein) = match stated {
        Some(code) => (
            code.to_string(),
            dyad_core::ontology::root(code)
                .unwrap_or_default()
                .to_string(),
            dyad_core::ontology::quad(code).unwrap_or(e.quad),
            dyad_core::ontology::cameo(code).map_or(e.goldstein, |c| c.goldstein),
        ),
        None => (clean(&e.cameo), clean(&e.root), e.quad, e.goldstein),
    };
    row.push(cameo.clone());
    row.push(cameo.get(..3).unwrap_or(&cameo).to_string());
    row.push(root);
    row.push(quad.to_string());
    row.push(goldstein.to_string());
    row.push(e.mentions.to_string());
    row.push("1".to_string()); // NumSources: one document
    row.push("1".to_string()); // NumArticles: one document
    row.push(String::new()); // AvgTone: dyad computes no tone
    geo_cols(None, None, &mut row); // Actor1Geo: not located by dyad
    geo_cols(None, None, &mut row); // Actor2Geo: not located by dyad
    let loc = e.location.as_ref();
    geo_cols(
        loc.and_then(|l| l.country.as_deref()),
        loc.and_then(|l| l.place.as_deref()),
        &mut row,
    );
    row.push(
        date.map(|d| d.format("%Y%m%d000000").to_string())
            .unwrap_or_default(),
    );
    let url = meta
        .and_then(|m| m.url.as_deref())
        .unwrap_or(e.doc_id.as_str());
    row.push(clean(url));
    row
}
