//! Round trips of every export format on events built in code.

use dyad_core::{
    parse_date, ActorRef, Event, Evidence, Location, Modality, PloverCoding, TextSpan,
};
use dyad_export::{
    csv_row, gdelt_event_id, gdelt_row, DocMeta, Format, PloverRecord, Sink, CSV_COLUMNS,
    GDELT_COLUMNS,
};

/// Sentence text with every character that needs escaping in some format.
const NASTY: &str =
    "He said \"no\",\tthen left;\nnext line\r\nand a back\\slash, 'quote' — ünïcode";

fn event(n: usize) -> Event {
    let mut src = ActorRef::new("USAGOV", "the US\tState\nDepartment", 0, 10);
    src.name = Some("Antony \"Tony\" Blinken".into());
    let tgt = ActorRef::new("IMGMOSALQ", "al-Qaeda", 30, 38);
    let id = dyad_core::event_id(&["doc-1", &n.to_string(), "USAGOV", "IMGMOSALQ", "112"]);
    Event {
        event_id: id,
        doc_id: "doc-1".into(),
        sentence: n,
        date: parse_date("2023-06-17"),
        source: Some(src),
        target: Some(tgt),
        cameo: "112".into(),
        root: "11".into(),
        quad: 3,
        goldstein: -2.0,
        plover: PloverCoding {
            kind: "ACCUSE".into(),
            mode: String::new(),
            context: "diplomatic;military".into(),
        },
        modality: if n == 1 {
            Some(Modality::Negated)
        } else {
            None
        },
        verb: TextSpan {
            text: "accused".into(),
            start: 11,
            end: 18,
        },
        location: Some(Location {
            country: Some("SYR".into()),
            place: Some("Idlib,\tnorth\nwest".into()),
            from: "sentence".into(),
        }),
        speaker: None,
        sentence_text: NASTY.into(),
        evidence: Evidence {
            pattern: "verbs/accuse.txt:12 accuse, \"charge\"".into(),
            entries: vec!["world/usa.txt:3 State Department -> USAGOV".into()],
            steps: vec![],
            tokens: None,
        },
        mentions: 2,
    }
}

fn bare_event() -> Event {
    Event {
        event_id: "0123456789abcdef".into(),
        doc_id: "bare".into(),
        sentence: 4,
        date: None,
        source: None,
        target: None,
        cameo: "010".into(),
        root: "01".into(),
        quad: 1,
        goldstein: 0.0,
        plover: PloverCoding::default(),
        modality: None,
        verb: TextSpan::default(),
        location: None,
        speaker: None,
        sentence_text: String::new(),
        evidence: Evidence::default(),
        mentions: 1,
    }
}

fn meta() -> DocMeta {
    DocMeta {
        url: Some("https://example.org/news/1?a=b\tc".into()),
        title: Some("Title, with \"quotes\"".into()),
        source: Some("Example Wire".into()),
        date: parse_date("2023-06-18"),
    }
}

fn export(format: Format, events: &[Event], meta: Option<&DocMeta>) -> String {
    let mut sink = Sink::new(format, Vec::new());
    for e in events {
        sink.write(e, meta).unwrap();
    }
    // (the GDELT table leaves out negated and hypothetical events)
    let expected = events
        .iter()
        .filter(|e| format != Format::GdeltTsv || dyad_export::gdelt_includes(e))
        .count();
    assert_eq!(sink.written(), expected as u64);
    String::from_utf8(sink.finish().unwrap()).unwrap()
}

fn events() -> Vec<Event> {
    vec![event(0), event(1), bare_event()]
}

#[test]
fn format_names_round_trip() {
    for f in Format::ALL {
        assert_eq!(f.name().parse::<Format>().unwrap(), f);
        assert_eq!(f.to_string().parse::<Format>().unwrap(), f);
    }
    assert_eq!(" Plover ".parse::<Format>().unwrap(), Format::PloverJsonl);
    assert!("tsv".parse::<Format>().is_err());
    assert!("".parse::<Format>().is_err());
}

#[test]
fn jsonl_round_trips_to_the_same_events() {
    let evs = events();
    let out = export(Format::Jsonl, &evs, Some(&meta()));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), evs.len());
    for (line, e) in lines.iter().zip(&evs) {
        let back: Event = serde_json::from_str(line).unwrap();
        assert_eq!(&back, e);
        // Same bytes as `dyad code` writes: plain serde_json of the event.
        assert_eq!(*line, serde_json::to_string(e).unwrap());
    }
}

#[test]
fn csv_round_trips_through_a_csv_reader() {
    let evs = events();
    let out = export(Format::Csv, &evs, Some(&meta()));
    let mut rdr = csv::Reader::from_reader(out.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, CSV_COLUMNS);
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), evs.len());
    let col = |name: &str| CSV_COLUMNS.iter().position(|c| *c == name).unwrap();
    for (row, e) in rows.iter().zip(&evs) {
        assert_eq!(row.len(), CSV_COLUMNS.len());
        let expect = csv_row(e, Some(&meta()));
        assert_eq!(row.iter().collect::<Vec<_>>(), expect);
        assert_eq!(&row[col("event_id")], e.event_id);
        assert_eq!(&row[col("sentence_text")], e.sentence_text);
        assert_eq!(&row[col("pattern")], e.evidence.pattern);
    }
    let first = &rows[0];
    assert_eq!(&first[col("sentence_text")], NASTY);
    assert_eq!(&first[col("source_name")], "Antony \"Tony\" Blinken");
    assert_eq!(&first[col("source_text")], "the US\tState\nDepartment");
    assert_eq!(&first[col("target_country")], "");
    assert_eq!(&first[col("location_place")], "Idlib,\tnorth\nwest");
    assert_eq!(&first[col("plover_context")], "diplomatic;military");
    assert_eq!(&first[col("goldstein")], "-2");
    assert_eq!(&first[col("mentions")], "2");
    assert_eq!(&first[col("modality")], "");
    assert_eq!(&rows[1][col("modality")], "negated");
    // The bare event has no date; the document date fills in.
    assert_eq!(&rows[2][col("date")], "2023-06-18");
    assert_eq!(&rows[2][col("source_code")], "");
    assert_eq!(&rows[0][col("date")], "2023-06-17");
}

#[test]
fn csv_without_events_is_a_header() {
    let out = export(Format::Csv, &[], None);
    assert_eq!(out, format!("{}\n", CSV_COLUMNS.join(",")));
}

#[test]
fn gdelt_rows_have_61_clean_columns() {
    assert_eq!(GDELT_COLUMNS.len(), 61);
    let all = events();
    let out = export(Format::GdeltTsv, &all, Some(&meta()));
    assert!(!out.contains('\r'));
    let lines: Vec<&str> = out.split_terminator('\n').collect();
    // The negated event (the table cannot say it did not happen) is left out.
    let evs: Vec<Event> = all
        .iter()
        .filter(|e| e.modality != Some(Modality::Negated))
        .cloned()
        .collect();
    assert!(evs.len() < all.len());
    assert_eq!(lines.len(), evs.len());
    for (line, e) in lines.iter().zip(&evs) {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), GDELT_COLUMNS.len(), "{line}");
        assert_eq!(f, gdelt_row(e, Some(&meta())));
        assert_eq!(f[0], gdelt_event_id(&e.event_id).to_string());
        assert_eq!(
            f[0].parse::<i64>().unwrap() as u64,
            gdelt_event_id(&e.event_id)
        );
    }
    let col = |name: &str| GDELT_COLUMNS.iter().position(|c| *c == name).unwrap();
    let f: Vec<&str> = lines[0].split('\t').collect();
    assert_eq!(f[col("SQLDATE")], "20230617");
    assert_eq!(f[col("MonthYear")], "202306");
    assert_eq!(f[col("Year")], "2023");
    assert_eq!(f[col("FractionDate")], "2023.4575"); // 167 days elapsed / 365
    assert_eq!(f[col("Actor1Code")], "USAGOV");
    assert_eq!(f[col("Actor1Name")], "ANTONY \"TONY\" BLINKEN");
    assert_eq!(f[col("Actor1CountryCode")], "USA");
    assert_eq!(f[col("Actor1Type1Code")], "GOV");
    assert_eq!(f[col("Actor2Code")], "IMGMOSALQ");
    assert_eq!(f[col("Actor2Name")], "AL-QAEDA");
    assert_eq!(f[col("Actor2CountryCode")], "");
    assert_eq!(f[col("Actor2Type1Code")], "IMG");
    assert_eq!(f[col("Actor2Religion1Code")], "MOS");
    assert_eq!(f[col("Actor2KnownGroupCode")], "ALQ");
    assert_eq!(f[col("IsRootEvent")], "1");
    assert_eq!(f[col("EventCode")], "112");
    assert_eq!(f[col("EventBaseCode")], "112");
    assert_eq!(f[col("EventRootCode")], "11");
    assert_eq!(f[col("QuadClass")], "3");
    assert_eq!(f[col("GoldsteinScale")], "-2");
    assert_eq!(f[col("NumMentions")], "2");
    assert_eq!(f[col("ActionGeo_Type")], "1");
    assert_eq!(f[col("ActionGeo_FullName")], "Idlib, north west");
    assert_eq!(f[col("ActionGeo_CountryCode")], "");
    assert_eq!(f[col("Actor1Geo_Type")], "0");
    assert_eq!(f[col("DATEADDED")], "20230617000000");
    assert_eq!(f[col("SOURCEURL")], "https://example.org/news/1?a=b c");
    // Second event is not in the first sentence (its row, though the sink leaves it out).
    let f1 = gdelt_row(&event(1), Some(&meta()));
    assert_eq!(f1[col("IsRootEvent")], "0");
    // The bare event: document date, no actors, no location, doc id without a URL.
    let bare = gdelt_row(&bare_event(), None);
    assert_eq!(bare.len(), 61);
    assert_eq!(bare[col("SQLDATE")], "");
    assert_eq!(bare[col("DATEADDED")], "");
    assert_eq!(bare[col("Actor1Code")], "");
    assert_eq!(bare[col("ActionGeo_Type")], "0");
    assert_eq!(bare[col("SOURCEURL")], "bare");
    assert_eq!(bare[col("EventBaseCode")], "010");
    let f2: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!(f2[col("SQLDATE")], "20230618");
}

#[test]
fn gdelt_event_ids_are_stable_and_distinct() {
    let a = gdelt_event_id(&event(0).event_id);
    let b = gdelt_event_id(&event(1).event_id);
    assert_ne!(a, b);
    assert_eq!(a, gdelt_event_id(&event(0).event_id));
    assert!(a <= i64::MAX as u64 && b <= i64::MAX as u64);
    assert_eq!(gdelt_event_id("8000000000000001"), 1);
}

#[test]
fn gdelt_igo_actor_splits_into_type_and_group() {
    let mut e = bare_event();
    e.source = Some(ActorRef::new("IGOUNO", "the United Nations", 0, 5));
    let row = gdelt_row(&e, None);
    let col = |name: &str| GDELT_COLUMNS.iter().position(|c| *c == name).unwrap();
    assert_eq!(row[col("Actor1Code")], "IGOUNO");
    assert_eq!(row[col("Actor1CountryCode")], "");
    assert_eq!(row[col("Actor1Type1Code")], "IGO");
    assert_eq!(row[col("Actor1KnownGroupCode")], "UNO");
    assert_eq!(row[col("Actor1Name")], "THE UNITED NATIONS");
}

#[test]
fn plover_jsonl_parses_back() {
    let evs = events();
    let out = export(Format::PloverJsonl, &evs, Some(&meta()));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), evs.len());
    for (line, e) in lines.iter().zip(&evs) {
        let r: PloverRecord = serde_json::from_str(line).unwrap();
        assert_eq!(r.id, e.event_id);
        assert_eq!(r.text, e.sentence_text);
        assert_eq!(r.dyad.cameo, e.cameo);
        assert_eq!(r.text_info.sequence, e.sentence);
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for k in [
            "id",
            "date",
            "actor",
            "recipient",
            "event",
            "mode",
            "context",
            "quad_code",
            "text",
            "cite_info",
            "dyad",
        ] {
            assert!(v.get(k).is_some(), "missing {k} in {line}");
        }
    }
    let r: PloverRecord = serde_json::from_str(lines[0]).unwrap();
    assert_eq!(r.text, NASTY);
    assert_eq!(r.date.as_deref(), Some("2023-06-17"));
    assert_eq!(r.event, ["ACCUSE"]);
    assert!(r.mode.is_empty());
    assert_eq!(r.context, ["diplomatic", "military"]);
    assert_eq!(r.quad_code, 3);
    assert_eq!(r.actor.len(), 1);
    assert_eq!(r.actor[0].code, "USA");
    assert_eq!(r.actor[0].sector.as_deref(), Some("GOV"));
    assert_eq!(r.actor[0].entity_text, "the US\tState\nDepartment");
    assert_eq!(
        r.actor[0].identifier_text.as_deref(),
        Some("Antony \"Tony\" Blinken")
    );
    assert_eq!(r.recipient[0].code, "IMGMOSALQ");
    assert_eq!(r.recipient[0].cameo, "IMGMOSALQ");
    let loc = r.event_loc.unwrap();
    assert_eq!(loc.country_code.as_deref(), Some("SYR"));
    assert_eq!(loc.extracted_place.as_deref(), Some("Idlib,\tnorth\nwest"));
    let cite = r.cite_info.unwrap();
    assert_eq!(cite.publication.as_deref(), Some("Example Wire"));
    assert_eq!(cite.title.as_deref(), Some("Title, with \"quotes\""));
    assert!(r.coder.starts_with("dyad "));
    // Negated event: PLOVER auxiliary mode `negation` in context.
    let r1: PloverRecord = serde_json::from_str(lines[1]).unwrap();
    assert_eq!(r1.context, ["diplomatic", "military", "negation"]);
    assert_eq!(r1.dyad.modality, Some(Modality::Negated));
    // Bare event: dropped PLOVER category, no actors, document date.
    let r2: PloverRecord = serde_json::from_str(lines[2]).unwrap();
    assert!(r2.event.is_empty() && r2.actor.is_empty() && r2.recipient.is_empty());
    assert!(r2.event_loc.is_none());
    assert_eq!(r2.date.as_deref(), Some("2023-06-18"));
}

#[test]
fn plover_without_meta_has_no_cite_info() {
    let out = export(Format::PloverJsonl, &[event(0)], None);
    let v: serde_json::Value = serde_json::from_str(out.trim_end()).unwrap();
    assert!(v.get("cite_info").is_none());
    assert_eq!(v["date"], "2023-06-17");
}

#[test]
fn docmeta_from_document() {
    let doc = dyad_core::Document {
        id: "x".into(),
        text: "t".into(),
        date: parse_date("2020-02-29"),
        title: Some("T".into()),
        url: None,
        source: Some("S".into()),
    };
    let m = DocMeta::from(&doc);
    assert_eq!(m.date, parse_date("2020-02-29"));
    assert_eq!(m.title.as_deref(), Some("T"));
    assert_eq!(m.source.as_deref(), Some("S"));
    assert!(m.url.is_none());
}
