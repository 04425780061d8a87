//! How the coder reads PETRARCH-1/TABARI verb patterns, with small dictionaries written
//! here in those formats (the shared suites test the same on PETRARCH's own files).

use dyad_coder::Coder;
use dyad_core::{Document, Event};

const ACTORS: &str =
    "ETHIOPIA [ETH]\nETHIOPIAN [ETH]\nLIBYA [LBY]\nERIADOR [ERI]\nPHILIPPINES [PHL]\n";

fn code_with(verbs: &str, text: &str) -> Vec<Event> {
    let mut dict = dyad_dict::petrarch::actors::parse(ACTORS, "a.actors.txt").expect("actors");
    dict.extend(dyad_dict::petrarch::verbs::parse(verbs, "v.verbs.txt").expect("verbs"));
    let coder = Coder::new(dict).expect("coder");
    coder
        .code(&Document {
            id: "p".into(),
            text: text.into(),
            date: dyad_core::parse_date("2020-01-01"),
            ..Default::default()
        })
        .events
}

fn codes(ev: &[Event]) -> Vec<&str> {
    ev.iter().map(|e| e.cameo.as_str()).collect()
}

const ACT: &str =
    "--- ACT [100] ---\nACT\n- INDICATED WOULD * NOW  [1012]\n- INDICATED *  [1011]\n";

#[test]
fn a_blank_between_words_before_the_verb_lets_a_pronoun_stand_between() {
    // "INDICATED WOULD * NOW": "it" stands between "indicated" and "would".
    let ev = code_with(ACT, "Ethiopia indicated it would act now with Libya.");
    assert_eq!(codes(&ev), ["1012"], "{ev:#?}");
    // "INDICATED *": the same with nothing else.
    let ev = code_with(ACT, "Ethiopia indicated it acts with Libya.");
    assert_eq!(codes(&ev), ["1011"], "{ev:#?}");
}

#[test]
fn the_gap_before_the_verb_stays_inside_the_clause() {
    // A clause break between "indicated" and the verb: the bare verb's code.
    let ev = code_with(ACT, "Ethiopia indicated; it acts with Libya.");
    assert!(!codes(&ev).contains(&"1011"), "{ev:#?}");
    // More words between them, one a verb: not the pattern either.
    let ev = code_with(ACT, "Ethiopia indicated rebels fought and acts with Libya.");
    assert!(!codes(&ev).contains(&"1011"), "{ev:#?}");
}

#[test]
fn a_block_for_an_inflected_form_beats_the_block_of_its_lemma() {
    // PETRARCH's validation verbs have both `--- LEAVE [012] ---` and `--- LEFT [032:033] ---`.
    let verbs = "--- LEAVE [012] ---\nLEAVE\n\n--- LEFT [032:033] ---\nLEFT\n";
    let ev = code_with(verbs, "Ethiopia left for Libya on Monday.");
    let mut got = codes(&ev);
    got.sort();
    assert_eq!(got, ["032", "033"], "{ev:#?}");
    // Every other form of "leave" is still LEAVE.
    let ev = code_with(verbs, "Ethiopia leaves Libya.");
    assert_eq!(codes(&ev), ["012"], "{ev:#?}");
}

const CLASH: &str =
    "&NEGATVAUXVRB\n+DID N'T\n+WO N'T\n+REALLY DID NOT\n\n--- CLASH [120] ---\nCLASH\n\
- MOST_CERTAINLY_&NEGATVAUXVRB_EVER * OVER EFFORTS  [122]\n\
- &NEGATVAUXVRB EVER * OVER EFFORTS  [123]\n\
- &NEGATVAUXVRB * OVER EFFORTS  [124]\n\
- * OVER EFFORTS  [125]\n";

#[test]
fn the_pattern_with_more_words_wins_even_as_one_connected_phrase() {
    // Both 122 and 123 match; 122's phrase has more words.
    let ev = code_with(
        CLASH,
        "Ethiopia most certainly really did not ever clash over the efforts of Libya.",
    );
    assert_eq!(codes(&ev), ["122"], "{ev:#?}");
}

#[test]
fn a_verb_the_tagger_reads_as_a_noun_after_auxiliary_and_adverbs_is_a_verb() {
    // "did not even ever clash/NOUN": the adverbs stand between the auxiliary and the verb,
    // and "even" between the synset and EVER.
    let ev = code_with(
        CLASH,
        "Ethiopia really did not even ever clash over the efforts of Libya.",
    );
    assert_eq!(codes(&ev), ["123"], "{ev:#?}");
}

#[test]
fn a_verb_the_tagger_reads_as_an_adverb_after_a_modal_is_a_verb() {
    // The tagger reads "abandon" in "will abandon improved relations" as an adverb.
    let verbs = "&TIETYPES\n+MILITARY\n+ECONOMIC\n\n--- ABANDON [120] ---\nABANDON\n\
- * IMPROVED &TIETYPES RELATIONS [121]\n";
    let ev = code_with(
        verbs,
        "Ethiopia will abandon improved economic relations with Libya.",
    );
    assert_eq!(codes(&ev), ["121"], "{ev:#?}");
}

#[test]
fn a_verb_read_as_a_noun_after_the_opening_names_is_a_verb() {
    // The tagger reads "agrees" after the unknown name "Eriador" as a noun (PETRARCH's
    // COMPOUND-42), and "agree" after a compound subject too.
    let verbs = "--- AGREE [081] ---\nAGREE\n- * WITH % [031]\n- % * [030:030]\n";
    let ev = code_with(
        verbs,
        "Eriador agrees with the Philippines and Libya that territorial disputes should be resolved through arbitration.",
    );
    let mut got: Vec<_> = ev
        .iter()
        .map(|e| (e.cameo.as_str(), e.target.as_ref().map(|a| a.code.as_str())))
        .collect();
    got.sort();
    assert_eq!(got, [("031", Some("LBY")), ("031", Some("PHL"))], "{ev:#?}");
    let ev = code_with(
        verbs,
        "The Philippines and Eriador agree that territorial disputes should be resolved through arbitration.",
    );
    assert_eq!(codes(&ev), ["030", "030"], "{ev:#?}");
}

#[test]
fn an_underscore_before_the_verb_joins_the_word_to_it() {
    // `RECENTLY_*`: nothing may stand between; `INDICATED *` lets a word stand between.
    let verbs = "--- ACT [100] ---\nACT\n- RECENTLY_*  [1012]\n- INDICATED *  [1011]\n";
    assert_eq!(
        codes(&code_with(verbs, "Ethiopia recently acts with Libya.")),
        ["1012"]
    );
    let ev = code_with(verbs, "Ethiopia recently did act with Libya.");
    assert_eq!(codes(&ev), ["100"], "{ev:#?}");
}

#[test]
fn the_same_pattern_written_twice_in_a_block_takes_the_later_code() {
    // CAMEO.2.0.txt's APPROVE block has "- * &TREATY [031:031]" and, later, "- * &TREATY
    // [057]": PETRARCH keeps one entry per pattern, the last one read.
    let verbs = "&TREATY\n+AGREEMENT\n\n--- APPROVE [080] ---\nAPPROVE\nRATIFY\n\
- * &TREATY [031:031]\n- * &TREATY [057]\n";
    let ev = code_with(verbs, "Ethiopia ratified an agreement with Libya.");
    assert_eq!(codes(&ev), ["057"], "{ev:#?}");
}

#[test]
fn a_dollar_after_the_verb_names_the_source() {
    // TABARI's "- + WAS * DEAD IN $": the one shot is the target, the place after "in" the
    // source.
    let verbs = "--- SHOT [190] ---\nSHOT\n- + WAS * DEAD IN $ [193]\n";
    let ev = code_with(verbs, "An Ethiopian was shot dead in Libya.");
    let got: Vec<_> = ev
        .iter()
        .map(|e| {
            (
                e.source.as_ref().map(|a| a.code.as_str()),
                e.target.as_ref().map(|a| a.code.as_str()),
                e.cameo.as_str(),
            )
        })
        .collect();
    assert_eq!(got, [(Some("LBY"), Some("ETH"), "193")], "{ev:#?}");
}
