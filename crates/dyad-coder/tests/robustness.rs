//! The coder on word salad made of the constructions its rules look at (possessives,
//! hyphens, brackets, relative pronouns, participles, datelines): it must never panic, and
//! every event it emits must point at real text and carry a CAMEO code of the ontology.

use dyad_coder::Coder;
use dyad_core::Document;
use proptest::prelude::*;
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::new(dyad_dict::builtin().expect("builtin")).expect("coder"))
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
        let out = coder().code(&Document {
            id: "p".into(),
            text: text.clone(),
            date: dyad_core::parse_date("2024-01-01"),
            ..Default::default()
        });
        for e in &out.events {
            prop_assert!(dyad_core::ontology::cameo(&e.cameo).is_some(), "unknown code {}", e.cameo);
            for a in [&e.source, &e.target].into_iter().flatten() {
                prop_assert!(a.start <= a.end && a.end <= text.len(), "span {}..{} in {text:?}", a.start, a.end);
            }
            prop_assert!(e.verb.end <= text.len());
        }
    }
}
