//! Inputs that are not well-formed news: very long unpunctuated text, empty text, symbols,
//! and word salad made of the constructions the coder's rules look at (possessives, hyphens,
//! brackets, relative pronouns, participles, datelines): it must never panic, and every event
//! it emits must point at real text and carry a CAMEO code of the ontology.

use dyad_coder::Coder;
use dyad_core::Document;
use proptest::prelude::*;
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::new(dyad_dict::builtin().expect("builtin")).expect("coder"))
}

fn doc(text: &str) -> Document {
    Document {
        id: "r".into(),
        text: text.into(),
        date: dyad_core::parse_date("2023-01-01"),
        ..Default::default()
    }
}

#[test]
fn a_long_unpunctuated_sentence_is_coded_in_pieces() {
    // 6,000 tokens with no sentence boundary: coded piecewise, events still found, and
    // each event's sentence text is a bounded piece, not the whole input.
    let text = "Russia attacked Ukraine and ".repeat(1500);
    let out = coder().code(&doc(&text));
    assert!(!out.events.is_empty());
    assert!(out.events.iter().all(|e| e.sentence_text.len() < 2000));
    assert!(out
        .events
        .iter()
        .any(|e| e.cameo.starts_with("19") && e.target.as_ref().is_some_and(|t| t.code == "UKR")));
}

#[test]
fn empty_and_symbol_only_texts_give_no_events() {
    for t in [
        "",
        "   \n\n  ",
        "---- *** ----",
        "1234 5678 90",
        "\u{feff}\u{200b}",
    ] {
        let out = coder().code(&doc(t));
        assert!(out.events.is_empty(), "{t:?}");
    }
}

const WORDS: &[&str] = &[
    "the",
    "Israel",
    "'s",
    "-",
    "by",
    "visiting",
    "being",
    "held",
    "hostage",
    ",",
    "that",
    "which",
    "killed",
    "in",
    "U.S.",
    "-backed",
    "(",
    "Reuters",
    ")",
    "denied",
    "supporting",
    "after",
    "as",
    "its",
    "their",
    "cannot",
    "tank",
    "shelling",
    "protested",
    "to",
    "China",
    "President",
    "Xi",
    "Jinping",
    "and",
    "King",
    "Abdullah",
    "Jordan",
    "said",
    "a",
    "warning",
    "pledged",
    "$",
    "10",
    "million",
    "crashed",
    "killing",
    "of",
    "arrest",
    ".",
    "KYIV",
    ":",
    "who",
    "troops",
    "police",
    "attacked",
    "met",
    "with",
    "between",
    "battles",
    "urged",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    #[test]
    fn word_salad_codes_without_panics_and_with_valid_events(
        idx in proptest::collection::vec(0..WORDS.len(), 1..60)
    ) {
        let text: Vec<&str> = idx.iter().map(|&i| WORDS[i]).collect();
        let text = text.join(" ");
        let out = coder().code(&doc(&text));
        for e in &out.events {
            prop_assert!(dyad_core::ontology::cameo(&e.cameo).is_some(), "unknown code {}", e.cameo);
            for a in [&e.source, &e.target].into_iter().flatten() {
                prop_assert!(a.start <= a.end && a.end <= text.len(), "span {}..{} in {text:?}", a.start, a.end);
            }
            prop_assert!(e.verb.end <= text.len());
        }
    }
}
