//! Compile a [`Dictionary`] into matchers: one automaton over token forms for actors,
//! agents and discards, one over lemmas for verbs and nominal triggers.

use crate::matcher::{fold, PhraseSet, PhraseSetBuilder};
use dyad_dict::{ActorKind, Dictionary, PatternItem};
use dyad_text::Analyzer;

/// What a phrase in the actor automaton stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NounHit {
    /// A named actor (index into `Dictionary::actors`).
    Actor(u32),
    /// A demonym of a country entry (`South Korean`).
    Demonym(u32),
    /// A capital or seat of government of a country entry (`Pyongyang`).
    Capital(u32),
    /// A sector noun (index into `Dictionary::agents`).
    Agent(u32),
    /// A discard phrase (index into `Dictionary::discards`).
    Discard(u32),
    /// The surname alone of a person with dated roles ("Bush", "Clinton", "Xi"): that
    /// person only if they, and no other person of that surname, hold a role on the
    /// document date (resolved in [`crate::actors::find_mentions`]).
    Surname(u32),
}

/// Countries whose people are named family name first in English-language news
/// ("Xi Jinping" is "Xi", "Kim Jong Un" is "Kim").
const FAMILY_NAME_FIRST: &[&str] = &["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "SGP", "MNG"];

/// Titles that make a following number regnal ("King Charles III", "Queen Elizabeth II").
const SOVEREIGN_TITLES: &[&str] = &[
    "Pope", "King", "Queen", "Emperor", "Empress", "Sultan", "Emir", "Prince", "Princess", "Grand",
];

/// The surname a person is called by alone, from the canonical name: the last word
/// (before "Jr."/"Sr."/"II"/"III"), or the first for family-name-first countries.
/// `None` for one-word or lowercase names.
///
/// ```
/// use dyad_coder::compile::surname;
/// assert_eq!(surname("George W. Bush", "USA"), Some("Bush"));
/// assert_eq!(surname("Martin Luther King Jr.", "USA"), Some("King"));
/// assert_eq!(surname("Xi Jinping", "CHN"), Some("Xi"));
/// assert_eq!(surname("Suharto", "IDN"), None);
/// assert_eq!(surname("Benigno Aquino III", "PHL"), Some("Aquino"));
/// assert_eq!(surname("King Charles III", "GBR"), None);
/// assert_eq!(surname("Pope John Paul II", "POL"), None);
/// ```
pub fn surname<'a>(name: &'a str, country: &str) -> Option<&'a str> {
    // A regnal name has no surname: "Pope John Paul II" is not "Paul", "King Charles III" not
    // "Charles". A sovereign's title marks the number as regnal; without one it is a
    // generational suffix, dropped below ("Benigno Aquino III" is "Aquino").
    let numeral = |w: &str| w.len() > 1 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'));
    let sovereign = name
        .split_whitespace()
        .next()
        .is_some_and(|w| SOVEREIGN_TITLES.contains(&w));
    if name.starts_with("Pope ") || (sovereign && name.split_whitespace().any(numeral)) {
        return None;
    }
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !matches!(*w, "Jr." | "Sr." | "Jr" | "Sr" | "II" | "III" | "IV"))
        .collect();
    if words.len() < 2 {
        return None;
    }
    let w = if FAMILY_NAME_FIRST.contains(&country) {
        words[0]
    } else {
        words[words.len() - 1]
    };
    let ok = w.len() >= 2
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    ok.then_some(w)
}

/// For a family-name-first country, the family name before a hyphenated given name in any
/// of the person's phrases ("John Lee Ka-chiu" is "Lee", "Harry Tseng | Tseng Hou-jen" is
/// "Tseng", "Kim Jong-un" is "Kim"): a Western given name may come first in English.
///
/// ```
/// use dyad_coder::compile::family_name;
/// let p = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
/// assert_eq!(family_name(&p(&["John Lee Ka-chiu"]), "HKG"), Some("Lee"));
/// assert_eq!(family_name(&p(&["Harry Tseng", "Tseng Hou-jen"]), "TWN"), Some("Tseng"));
/// assert_eq!(family_name(&p(&["Xi Jinping"]), "CHN"), None);
/// assert_eq!(family_name(&p(&["Jean-Yves Le Drian"]), "FRA"), None);
/// ```
pub fn family_name<'a>(phrases: &'a [String], country: &str) -> Option<&'a str> {
    if !FAMILY_NAME_FIRST.contains(&country) {
        return None;
    }
    phrases.iter().find_map(|p| {
        let words: Vec<&str> = p.split_whitespace().collect();
        let j = (1..words.len()).find(|&j| words[j].contains('-'))?;
        let w = words[j - 1];
        (w.len() >= 2 && w.chars().all(char::is_alphabetic)).then_some(w)
    })
}

/// A verb-automaton payload: which verb entry, and whether the phrase came from the
/// compressed (modifier-free) stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbHit {
    /// Index into `Dictionary::verbs`.
    pub verb: u32,
}

/// The dictionary plus its compiled matchers. Built once, shared read-only.
#[derive(Debug)]
pub struct Compiled {
    /// The dictionary itself.
    pub dict: Dictionary,
    /// Actor, agent and discard phrases over folded token forms.
    pub nouns: PhraseSet<NounHit>,
    /// Verb and event-noun phrases over lemmas.
    pub verbs: PhraseSet<VerbHit>,
    /// Per verb entry: the folded form it must be written in, for a one-word entry that is
    /// itself an inflected form (PETRARCH's `--- LEFT [032] ---` beside `--- LEAVE [012] ---`):
    /// it matches only as written, and before the entry of its lemma.
    pub surface: Vec<Option<String>>,
}

/// Turn a dictionary phrase into folded token forms (or lemmas) with the same tokenizer
/// the sentences go through. PETRARCH-style underscores become spaces.
pub fn phrase_tokens(analyzer: &Analyzer, phrase: &str, lemmas: bool) -> Vec<String> {
    let cleaned: String = phrase
        .chars()
        .map(|c| if c == '_' { ' ' } else { c })
        .collect();
    let mut out = Vec::new();
    // Forms do not depend on tags: tag only when lemmas are asked for.
    let sentences = if lemmas {
        analyzer.analyze(cleaned.trim())
    } else {
        analyzer.split(cleaned.trim())
    };
    for s in sentences {
        for t in s.tokens {
            let f = if lemmas {
                fold(&t.lemma)
            } else {
                fold(&t.norm)
            };
            if !f.is_empty() {
                out.push(f);
            }
        }
    }
    out
}

/// Lemma tokens for a verb entry's trigger: the words, with the head word's lemma.
fn verb_tokens(analyzer: &Analyzer, words: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for w in words {
        let lemmas = phrase_tokens(analyzer, w, true);
        if lemmas.is_empty() {
            continue;
        }
        out.extend(lemmas);
    }
    out
}

/// Regular inflections of a verb (or noun) lemma: `endorse` -> endorses, endorsed, endorsing.
///
/// ```
/// let f = dyad_coder::compile::regular_forms("endorse");
/// assert!(f.contains(&"endorsed".to_string()) && f.contains(&"endorsing".to_string()));
/// let f = dyad_coder::compile::regular_forms("carry");
/// assert!(f.contains(&"carried".to_string()) && f.contains(&"carries".to_string()));
/// ```
pub fn regular_forms(lemma: &str) -> Vec<String> {
    let mut out = Vec::new();
    if lemma.len() < 3 || !lemma.chars().all(|c| c.is_ascii_lowercase()) {
        return out;
    }
    let b = lemma.as_bytes();
    let last = b[b.len() - 1];
    let before = b[b.len() - 2];
    let vowel = |c: u8| b"aeiou".contains(&c);
    if last == b'e' {
        let stem = &lemma[..lemma.len() - 1];
        out.push(format!("{lemma}s"));
        out.push(format!("{lemma}d"));
        out.push(format!("{stem}ing"));
    } else if last == b'y' && !vowel(before) {
        let stem = &lemma[..lemma.len() - 1];
        out.push(format!("{stem}ies"));
        out.push(format!("{stem}ied"));
        out.push(format!("{lemma}ing"));
    } else {
        let es =
            matches!(last, b's' | b'x' | b'z') || lemma.ends_with("ch") || lemma.ends_with("sh");
        out.push(if es {
            format!("{lemma}es")
        } else {
            format!("{lemma}s")
        });
        out.push(format!("{lemma}ed"));
        out.push(format!("{lemma}ing"));
    }
    out
}

/// What the lemmatizer makes of the regular forms of `lemma`, where that differs from it.
fn lemma_variants(analyzer: &Analyzer, lemma: &str, nominal: bool) -> Vec<String> {
    let upos = if nominal {
        dyad_text::Upos::Noun
    } else {
        dyad_text::Upos::Verb
    };
    let mut out: Vec<String> = Vec::new();
    for f in regular_forms(lemma) {
        let l = fold(&analyzer.lemma(&f, upos));
        if l != lemma && !l.is_empty() && !out.contains(&l) {
            out.push(l);
        }
    }
    out
}

impl Compiled {
    /// Compile `dict`. Phrases are tokenised with `analyzer`.
    pub fn new(
        dict: Dictionary,
        analyzer: &Analyzer,
    ) -> Result<Compiled, crate::matcher::BuildError> {
        // The two automata are independent: build them on two threads (start-up is paid by
        // every run; on two cores this takes the longer of the two instead of their sum).
        let (nouns, verbs) = std::thread::scope(|scope| {
            let verbs = scope.spawn(|| build_verbs(&dict, analyzer));
            let nouns = build_nouns(&dict, analyzer);
            let verbs = verbs
                .join()
                .unwrap_or_else(|_| build_verbs(&dict, analyzer));
            (nouns, verbs)
        });
        // (only where the lemma has an entry of its own: otherwise "[verb 190] wounded"
        // stands for every form of "wound")
        let per_verb: Vec<(Option<String>, Vec<String>)> = dict
            .verbs
            .iter()
            .map(|v| {
                let sf = (!v.nominal)
                    .then(|| surface_form(&v.words, analyzer))
                    .flatten();
                let own = if sf.is_some() || (!v.nominal && v.words.len() == 1) {
                    verb_tokens(analyzer, &v.words)
                } else {
                    Vec::new()
                };
                (sf, own)
            })
            .collect();
        let lemma_entries: std::collections::HashSet<&Vec<String>> = per_verb
            .iter()
            .filter(|(sf, own)| sf.is_none() && !own.is_empty())
            .map(|(_, own)| own)
            .collect();
        let surface = per_verb
            .iter()
            .map(|(sf, own)| sf.clone().filter(|_| lemma_entries.contains(own)))
            .collect();
        Ok(Compiled {
            nouns: nouns?,
            verbs: verbs?,
            surface,
            dict,
        })
    }

    /// Whether verb entry `verb` is an event noun ("talks with", "visit to").
    pub fn is_nominal(&self, verb: u32) -> bool {
        self.dict
            .verbs
            .get(verb as usize)
            .is_some_and(|v| v.nominal)
    }

    /// Does a verb entry carry any target marker in its patterns?
    pub fn has_target_marker(&self, verb: u32) -> bool {
        self.dict.verbs.get(verb as usize).is_some_and(|v| {
            v.patterns
                .iter()
                .any(|p| p.after.iter().any(|it| matches!(it, PatternItem::Target)))
        })
    }
}

/// Surnames that news writes capitalised for something else far more often than for the
/// person ("on Friday", "King Charles", "Christian groups", "Boko Haram", "Nova Kakhovka"):
/// such a person is found by full name only. Days and months are left out as well.
const NOT_SURNAMES_ALONE: &[&str] = &[
    "king",
    "queen",
    "prince",
    "christian",
    "young",
    "note",
    "gift",
    "bird",
    "drew",
    "pitcher",
    "jesus",
    "junior",
    "nova",
    "boko",
    "faure",
    "mohamed",
    "omar",
    "meta",
    "roger",
    "marco",
    "charles",
    "anthony",
    "williams",
    "bold",
    "grace",
    "hope",
    "love",
    "faith",
    "will",
];

/// The noun automaton: actors, demonyms, capitals, agents, surnames, discards.
fn build_nouns(
    dict: &Dictionary,
    analyzer: &Analyzer,
) -> Result<PhraseSet<NounHit>, crate::matcher::BuildError> {
    let mut nouns = PhraseSetBuilder::default();
    // Every one-word name, demonym, capital and agent, gathered while they are added:
    // a surname that is one of them is left to that entry ("Madrid" is the city,
    // "Jordan" the state).
    let mut explicit: std::collections::HashSet<Vec<String>> = Default::default();
    let mut add = |nouns: &mut PhraseSetBuilder<NounHit>, p: &str, hit: Option<NounHit>| {
        let toks = phrase_tokens(analyzer, p, false);
        if let Some(h) = hit {
            nouns.add(&toks, h);
        }
        if toks.len() == 1 {
            explicit.insert(toks);
        }
    };
    for (i, a) in dict.actors.iter().enumerate() {
        let i = i as u32;
        for p in &a.phrases {
            add(&mut nouns, p, Some(NounHit::Actor(i)));
        }
        // "Hamas-led gunmen", "a NATO-led force": the group or organisation that leads the
        // ones named after it; "Houthi-controlled Yemen", "M23-held towns": the armed group
        // that holds the place.
        if matches!(a.kind, ActorKind::Group | ActorKind::Organization) {
            let held: &[&str] = if a.kind == ActorKind::Group {
                &["led", "controlled", "held", "run"]
            } else {
                &["led"]
            };
            for p in a.phrases.iter().filter(|p| !p.ends_with('.')) {
                for suffix in held {
                    let toks = phrase_tokens(analyzer, &format!("{p}-{suffix}"), false);
                    nouns.add(&toks, NounHit::Actor(i));
                }
            }
        }
        let places = a.kind == ActorKind::Country || !a.demonyms.is_empty();
        for p in &a.demonyms {
            add(&mut nouns, p, places.then_some(NounHit::Demonym(i)));
        }
        for p in &a.capitals {
            add(&mut nouns, p, places.then_some(NounHit::Capital(i)));
        }
        // "a British-flagged tanker", "a Liberia-registered ship": the flag state, as an
        // adjective; and the state whose people own or run it ("an Israel-linked container
        // ship", "a Greek-owned bulk carrier", "a Japanese-operated cargo ship").
        if a.kind == ActorKind::Country {
            for p in a.phrases.iter().chain(&a.demonyms) {
                // (and the state that leads a force: "a U.S.-led coalition", "Russian-led
                // troops")
                for flag in [
                    "flagged",
                    "registered",
                    "owned",
                    "linked",
                    "operated",
                    "led",
                ] {
                    let toks = phrase_tokens(analyzer, &format!("{p}-{flag}"), false);
                    nouns.add(&toks, NounHit::Demonym(i));
                }
            }
        }
    }
    for (i, a) in dict.agents.iter().enumerate() {
        for p in &a.phrases {
            add(&mut nouns, p, Some(NounHit::Agent(i as u32)));
        }
    }
    // Surnames of persons with dated roles.
    for (i, a) in dict.actors.iter().enumerate() {
        if a.kind != ActorKind::Person || a.roles.is_empty() {
            continue;
        }
        let country = a
            .roles
            .iter()
            .find_map(|r| dyad_core::ActorCode::parse(&r.code).country)
            .unwrap_or_default();
        if let Some(s) = family_name(&a.phrases, &country).or_else(|| surname(&a.name, &country)) {
            let toks = phrase_tokens(analyzer, s, false);
            if toks.len() == 1
                && !explicit.contains(&toks)
                && !NOT_SURNAMES_ALONE.contains(&toks[0].as_str())
                && !crate::time::is_day_or_month(&toks[0])
            {
                nouns.add(&toks, NounHit::Surname(i as u32));
            }
        }
    }
    for (i, d) in dict.discards.iter().enumerate() {
        nouns.add(
            &phrase_tokens(analyzer, &d.phrase, false),
            NounHit::Discard(i as u32),
        );
    }
    nouns.build()
}

/// The written form of a one-word verb entry whose word is an inflected form of another
/// lemma ("left" -> "leave"), else `None`.
fn surface_form(words: &[String], analyzer: &Analyzer) -> Option<String> {
    let [w] = words else { return None };
    let form = phrase_tokens(analyzer, w, false);
    let lemma = phrase_tokens(analyzer, w, true);
    match (form.as_slice(), lemma.as_slice()) {
        ([f], [l]) if f != l => Some(f.clone()),
        _ => None,
    }
}

/// The verb automaton: verb and event-noun phrases on lemmas.
fn build_verbs(
    dict: &Dictionary,
    analyzer: &Analyzer,
) -> Result<PhraseSet<VerbHit>, crate::matcher::BuildError> {
    let mut verbs = PhraseSetBuilder::default();
    for (i, v) in dict.verbs.iter().enumerate() {
        let toks = verb_tokens(analyzer, &v.words);
        verbs.add(&toks, VerbHit { verb: i as u32 });
        // The lemmatizer may not give back the dictionary's lemma for every inflected
        // form ("endorsed" -> "endors"): also accept what it makes of the regular forms.
        if let Some(head) = toks.first() {
            for alt in lemma_variants(analyzer, head, v.nominal) {
                let mut t2 = toks.clone();
                t2[0] = alt;
                verbs.add(&t2, VerbHit { verb: i as u32 });
            }
        }
        // Also the words as written, lemmatising only the first: a phrase analysed on
        // its own may lemmatise differently than in a sentence ("ethnic cleansing").
        let mut written: Vec<String> = v
            .words
            .iter()
            .flat_map(|w| phrase_tokens(analyzer, w, false))
            .collect();
        if let (Some(first), Some(l)) = (written.first_mut(), toks.first()) {
            first.clone_from(l);
        }
        if written != toks {
            verbs.add(&written, VerbHit { verb: i as u32 });
        }
        // Explicit irregular forms of single-word verbs match as themselves too.
        if v.words.len() == 1 {
            for f in &v.forms {
                let ft = phrase_tokens(analyzer, f, false);
                if !ft.is_empty() && ft != toks {
                    verbs.add(&ft, VerbHit { verb: i as u32 });
                }
            }
        }
    }
    verbs.build()
}
