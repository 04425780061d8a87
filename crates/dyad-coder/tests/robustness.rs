//! Inputs that are not well-formed news: very long unpunctuated text, empty text, symbols.

use dyad_coder::Coder;
use dyad_core::Document;
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
