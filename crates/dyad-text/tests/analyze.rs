//! End-to-end checks of `Analyzer::analyze`: offsets, norms, lemmas, sentences.

use dyad_text::{to_conllu, Analyzer, Upos};

#[test]
fn offsets_norms_and_sentences() {
    let text = "WASHINGTON: Mr. Blinken met Park Jin in the U.S. capital on Feb. 3.\n\
                North Korea’s military said it didn’t fire 1,000.5 “short-range” missiles.\n\
                China’s Growing Influence\n\
                Officials were shot. The talks ended.";
    let an = Analyzer::builtin();
    let sents = an.analyze(text);
    let stexts: Vec<&str> = sents.iter().map(|s| &text[s.start..s.end]).collect();
    assert_eq!(
        stexts,
        [
            "WASHINGTON: Mr. Blinken met Park Jin in the U.S. capital on Feb. 3.",
            "North Korea’s military said it didn’t fire 1,000.5 “short-range” missiles.",
            "China’s Growing Influence",
            "Officials were shot.",
            "The talks ended."
        ]
    );
    for s in &sents {
        for t in &s.tokens {
            assert!(s.start <= t.start && t.end <= s.end);
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
    let forms: Vec<&str> = sents[1]
        .tokens
        .iter()
        .map(|t| &text[t.start..t.end])
        .collect();
    assert_eq!(
        forms,
        [
            "North",
            "Korea",
            "’s",
            "military",
            "said",
            "it",
            "did",
            "n’t",
            "fire",
            "1,000.5",
            "“",
            "short-range",
            "”",
            "missiles",
            "."
        ]
    );
    let s1 = &sents[1].tokens;
    assert_eq!(s1[2].norm, "'s");
    assert_eq!(s1[7].norm, "n't");
    assert_eq!(s1[10].norm, "\"");
    assert_eq!(s1[4].lemma, "say");
    assert_eq!(s1[6].lemma, "do");
    assert_eq!(s1[13].lemma, "missile");
    assert_eq!(s1[0].upos, Upos::Propn);
    assert_eq!(s1[9].upos, Upos::Num);
    let s0 = &sents[0].tokens;
    assert_eq!(&text[s0[2].start..s0[2].end], "Mr.");
    assert_eq!(s0[4].lemma, "meet");
    assert_eq!(sents[3].tokens[2].lemma, "shoot");
    assert_eq!(sents[3].tokens[1].lemma, "be");
}

#[test]
fn conllu_output_has_ranges() {
    let text = "Kim Jong Un’s army fired.";
    let sents = Analyzer::builtin().analyze(text);
    let out = to_conllu(text, &sents);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "# sent_id = 1");
    assert_eq!(lines[1], "# text = Kim Jong Un’s army fired.");
    let row: Vec<&str> = lines[5].split('\t').collect();
    assert_eq!(row.len(), 10);
    assert_eq!(row[1], "’s");
    assert_eq!(row[9], "TokenRange=11:15");
    assert!(lines[7].starts_with("6\tfired\tfire\tVERB\t_\t_\t_\t_\t_\tTokenRange=21:26"));
}

#[test]
fn empty_and_whitespace_input() {
    let an = Analyzer::builtin();
    assert!(an.analyze("").is_empty());
    assert!(an.analyze(" \n\n\t ").is_empty());
    let s = an.analyze("  Hello  ");
    assert_eq!((s[0].start, s[0].end), (2, 7));
}

/// The per-thread word and lemma caches give the same result on every call, for each
/// model on the same thread, and agree with the uncached entry points.
#[test]
fn caches_do_not_change_results() {
    let text = "The talks were held in Seoul. Talks held: the talks, talks and TALKS. \
                Officials said the missiles were fired; officials said nothing. \
                Internationalisation-related negotiations stopped.";
    let builtin = Analyzer::builtin();
    let rules = Analyzer::rules_only();
    let first = builtin.analyze(text);
    let first_rules = rules.analyze(text);
    for _ in 0..3 {
        assert_eq!(builtin.analyze(text), first);
        assert_eq!(rules.analyze(text), first_rules);
    }
    for (an, sents) in [(&builtin, &first), (&rules, &first_rules)] {
        for s in sents {
            let forms: Vec<&str> = s.tokens.iter().map(|t| &text[t.start..t.end]).collect();
            let norms: Vec<&str> = s.tokens.iter().map(|t| t.norm.as_str()).collect();
            let mut tags = Vec::new();
            an.tag_words(&forms, &norms, &mut tags);
            for (t, tag) in s.tokens.iter().zip(tags) {
                assert_eq!(t.upos, tag, "{}", t.norm);
                assert_eq!(t.lemma, an.lemma(&t.norm, t.upos), "{}", t.norm);
            }
        }
    }
    // the model and the rules disagree somewhere, so the caches are not shared
    assert_ne!(first, first_rules);
}

#[test]
fn part_is_a_closed_class() {
    // The model tags "navy" PART here; only "to", negation and the possessive are.
    let an = Analyzer::builtin();
    let text = "Chinese coast guard personnel boarded Philippine navy boats near the shoal on Monday. She wanted to go, but didn't; Japan's envoy stayed.";
    for s in an.analyze(text) {
        for t in &s.tokens {
            if t.upos == Upos::Part {
                assert!(
                    matches!(t.norm.as_str(), "to" | "not" | "n't" | "'s"),
                    "{} tagged PART",
                    t.norm
                );
            }
        }
        if let Some(navy) = s.tokens.iter().find(|t| t.norm == "navy") {
            assert_eq!(navy.upos, Upos::Noun);
        }
    }
}
