//! The reference report (`../shared/examples/blinken-trilateral-2023-06-17.jsonl`) must yield its
//! main events with the right actor codes for 2023-06-17, and few spurious ones.

use dyad_coder::Coder;
use dyad_core::{Event, Modality};
use std::path::PathBuf;

fn shared() -> Option<PathBuf> {
    dyad_testutil::shared_dir("reference report")
}

fn code_reference() -> Option<Vec<Event>> {
    let dir = shared()?;
    let line = std::fs::read_to_string(dir.join("examples/blinken-trilateral-2023-06-17.jsonl"))
        .expect("reference report readable");
    let v: serde_json::Value = serde_json::from_str(line.trim()).expect("reference JSONL parses");
    let doc = dyad_core::Document {
        id: v["id"].as_str().unwrap_or("ref").to_string(),
        text: v["text"].as_str().expect("text").to_string(),
        date: dyad_core::parse_date(v["date"].as_str().expect("date")),
        ..Default::default()
    };
    let coder = Coder::new(dyad_dict::builtin().expect("builtin dictionary")).expect("coder");
    let out = coder.code(&doc);
    for e in &out.events {
        eprintln!(
            "{} {} {} {} {:?} {:?} | {}",
            e.sentence,
            e.source.as_ref().map(|a| a.code.as_str()).unwrap_or("-"),
            e.cameo,
            e.target.as_ref().map(|a| a.code.as_str()).unwrap_or("-"),
            e.modality,
            e.date,
            e.verb.text
        );
    }
    Some(out.events)
}

fn has(events: &[Event], src: &str, tgt: &str, root: &str) -> bool {
    events.iter().any(|e| {
        e.source.as_ref().is_some_and(|a| a.code == src)
            && e.target.as_ref().is_some_and(|a| a.code == tgt)
            && e.root == root
    })
}

#[test]
fn reference_report_main_events() {
    let Some(ev) = code_reference() else { return };
    // Blinken's conversations with his South Korean and Japanese counterparts (consult).
    assert!(
        has(&ev, "USAGOV", "KORGOV", "04"),
        "US-South Korea consultation"
    );
    assert!(has(&ev, "USAGOV", "JPNGOV", "04"), "US-Japan consultation");
    // Blinken condemned North Korea's missile launches.
    assert!(
        ev.iter().any(|e| e.root == "11"
            && e.source
                .as_ref()
                .is_some_and(|a| a.country.as_deref() == Some("USA"))
            && e.target
                .as_ref()
                .is_some_and(|a| a.country.as_deref() == Some("PRK"))),
        "US condemnation of North Korea"
    );
    // The three countries condemned North Korea's launch: three sources.
    for c in ["KOR", "JPN"] {
        assert!(
            ev.iter().any(|e| e.root == "11"
                && e.source
                    .as_ref()
                    .is_some_and(|a| a.country.as_deref() == Some(c))
                && e.target
                    .as_ref()
                    .is_some_and(|a| a.country.as_deref() == Some("PRK"))),
            "{c} condemnation of North Korea (the three countries)"
        );
    }
    // Pyongyang warned (13x) the US and South Korea.
    assert!(
        ev.iter().any(|e| e.root == "13"
            && e.source.as_ref().is_some_and(|a| a.code == "PRKGOV")
            && e.target
                .as_ref()
                .is_some_and(|a| a.country.as_deref() == Some("USA"))),
        "North Korea's warning"
    );
    // The planned visit to China, dated Sunday 2023-06-18, future.
    assert!(
        ev.iter().any(|e| e.cameo == "042"
            && e.source.as_ref().is_some_and(|a| a.code == "USAGOV")
            && e.target
                .as_ref()
                .is_some_and(|a| a.country.as_deref() == Some("CHN"))
            && e.modality == Some(Modality::Future)
            && e.date.map(|d| d.to_string()).as_deref() == Some("2023-06-18")),
        "Blinken's planned visit to China on Sunday"
    );
    // Biden hopes to meet Xi: express intent to meet (036), Biden USAGOV, Xi CHNGOV.
    assert!(
        has(&ev, "USAGOV", "CHNGOV", "03"),
        "Biden's hope to meet Xi"
    );
    // Few spurious events: nothing with a source outside the five countries, and a bounded total.
    for e in &ev {
        let c = e
            .source
            .as_ref()
            .and_then(|a| a.country.clone())
            .unwrap_or_default();
        assert!(
            ["USA", "KOR", "JPN", "PRK", "CHN"].contains(&c.as_str()),
            "unexpected source {c} in {e:?}"
        );
    }
    // 16 events, none spurious by our reading (docs/accuracy.md); one more is allowed, a
    // rule that adds several is a regression ("fostering improved relations among the two
    // nations" once coded four).
    assert!(ev.len() <= 17, "too many events: {}", ev.len());
}

#[test]
fn reference_report_dates_and_roles() {
    let Some(ev) = code_reference() else { return };
    // Blinken is USAGOV on 2023-06-17 (in office 2021-01-26 .. 2025-01-20).
    let blinken = ev
        .iter()
        .filter_map(|e| e.source.as_ref())
        .find(|a| a.name.as_deref() == Some("Antony Blinken"))
        .expect("Blinken is a source");
    assert_eq!(blinken.code, "USAGOV");
    // Every event carries evidence naming a dictionary file and line.
    for e in &ev {
        assert!(
            e.evidence.pattern.contains(".dyad.txt:"),
            "{:?}",
            e.evidence
        );
        assert!(!e.evidence.entries.is_empty());
        assert!(e.verb.start < e.verb.end);
    }
}
