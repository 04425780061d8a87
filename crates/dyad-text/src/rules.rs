//! Rule-based fallback tagger: a closed-class lexicon plus suffix and shape rules.
//! Used only when the trained model is unavailable; the averaged perceptron in
//! [`crate::tagger`] is the default.

use crate::Upos;

pub(crate) const CLOSED: &[(&str, Upos)] = &[
    ("the", Upos::Det),
    ("a", Upos::Det),
    ("an", Upos::Det),
    ("this", Upos::Det),
    ("that", Upos::Sconj),
    ("these", Upos::Det),
    ("those", Upos::Det),
    ("some", Upos::Det),
    ("any", Upos::Det),
    ("no", Upos::Det),
    ("every", Upos::Det),
    ("each", Upos::Det),
    ("all", Upos::Det),
    ("both", Upos::Det),
    ("another", Upos::Det),
    ("of", Upos::Adp),
    ("in", Upos::Adp),
    ("on", Upos::Adp),
    ("at", Upos::Adp),
    ("by", Upos::Adp),
    ("for", Upos::Adp),
    ("with", Upos::Adp),
    ("from", Upos::Adp),
    ("to", Upos::Part),
    ("into", Upos::Adp),
    ("about", Upos::Adp),
    ("over", Upos::Adp),
    ("after", Upos::Adp),
    ("before", Upos::Adp),
    ("during", Upos::Adp),
    ("between", Upos::Adp),
    ("against", Upos::Adp),
    ("under", Upos::Adp),
    ("through", Upos::Adp),
    ("without", Upos::Adp),
    ("within", Upos::Adp),
    ("among", Upos::Adp),
    ("across", Upos::Adp),
    ("near", Upos::Adp),
    ("toward", Upos::Adp),
    ("towards", Upos::Adp),
    ("around", Upos::Adp),
    ("amid", Upos::Adp),
    ("despite", Upos::Adp),
    ("since", Upos::Sconj),
    ("until", Upos::Adp),
    ("via", Upos::Adp),
    ("per", Upos::Adp),
    ("and", Upos::Cconj),
    ("or", Upos::Cconj),
    ("but", Upos::Cconj),
    ("nor", Upos::Cconj),
    ("yet", Upos::Cconj),
    ("if", Upos::Sconj),
    ("because", Upos::Sconj),
    ("while", Upos::Sconj),
    ("although", Upos::Sconj),
    ("though", Upos::Sconj),
    ("whether", Upos::Sconj),
    ("unless", Upos::Sconj),
    ("as", Upos::Adp),
    ("when", Upos::Adv),
    ("where", Upos::Adv),
    ("why", Upos::Adv),
    ("how", Upos::Adv),
    ("i", Upos::Pron),
    ("you", Upos::Pron),
    ("he", Upos::Pron),
    ("she", Upos::Pron),
    ("it", Upos::Pron),
    ("we", Upos::Pron),
    ("they", Upos::Pron),
    ("me", Upos::Pron),
    ("him", Upos::Pron),
    ("her", Upos::Pron),
    ("us", Upos::Pron),
    ("them", Upos::Pron),
    ("his", Upos::Pron),
    ("its", Upos::Pron),
    ("our", Upos::Pron),
    ("their", Upos::Pron),
    ("my", Upos::Pron),
    ("your", Upos::Pron),
    ("who", Upos::Pron),
    ("whom", Upos::Pron),
    ("which", Upos::Pron),
    ("what", Upos::Pron),
    ("itself", Upos::Pron),
    ("themselves", Upos::Pron),
    ("himself", Upos::Pron),
    ("herself", Upos::Pron),
    ("there", Upos::Pron),
    ("is", Upos::Aux),
    ("are", Upos::Aux),
    ("was", Upos::Aux),
    ("were", Upos::Aux),
    ("be", Upos::Aux),
    ("been", Upos::Aux),
    ("being", Upos::Aux),
    ("am", Upos::Aux),
    ("'s", Upos::Part),
    ("'re", Upos::Aux),
    ("'m", Upos::Aux),
    ("'ve", Upos::Aux),
    ("'ll", Upos::Aux),
    ("'d", Upos::Aux),
    ("has", Upos::Aux),
    ("have", Upos::Aux),
    ("had", Upos::Aux),
    ("will", Upos::Aux),
    ("would", Upos::Aux),
    ("can", Upos::Aux),
    ("could", Upos::Aux),
    ("may", Upos::Aux),
    ("might", Upos::Aux),
    ("must", Upos::Aux),
    ("shall", Upos::Aux),
    ("should", Upos::Aux),
    ("do", Upos::Aux),
    ("does", Upos::Aux),
    ("did", Upos::Aux),
    ("wo", Upos::Aux),
    ("ca", Upos::Aux),
    ("not", Upos::Part),
    ("n't", Upos::Part),
    ("also", Upos::Adv),
    ("very", Upos::Adv),
    ("now", Upos::Adv),
    ("then", Upos::Adv),
    ("still", Upos::Adv),
    ("already", Upos::Adv),
    ("never", Upos::Adv),
    ("only", Upos::Adv),
    ("even", Upos::Adv),
    ("just", Upos::Adv),
    ("again", Upos::Adv),
    ("here", Upos::Adv),
    ("too", Upos::Adv),
    ("so", Upos::Adv),
    ("however", Upos::Adv),
    ("said", Upos::Verb),
    ("says", Upos::Verb),
    ("say", Upos::Verb),
    ("told", Upos::Verb),
    ("met", Upos::Verb),
    ("made", Upos::Verb),
    ("took", Upos::Verb),
    ("went", Upos::Verb),
    ("one", Upos::Num),
    ("two", Upos::Num),
    ("three", Upos::Num),
    ("four", Upos::Num),
    ("five", Upos::Num),
    ("six", Upos::Num),
    ("seven", Upos::Num),
    ("eight", Upos::Num),
    ("nine", Upos::Num),
    ("ten", Upos::Num),
    ("hundred", Upos::Num),
    ("thousand", Upos::Num),
    ("million", Upos::Num),
    ("billion", Upos::Num),
];

/// The closed-class tag of a normalised form, if it is in dyad's closed-class lexicon.
pub fn closed_class(norm: &str) -> Option<Upos> {
    static T: std::sync::OnceLock<crate::tagger::FxMap<&'static str, Upos>> =
        std::sync::OnceLock::new();
    T.get_or_init(|| CLOSED.iter().copied().collect())
        .get(norm)
        .copied()
}

/// Tag one token from its surface form and normalised form; `initial` says whether it
/// starts a sentence.
pub fn tag_word(form: &str, norm: &str, initial: bool) -> Upos {
    tag_word_closed(form, norm, initial, closed_class(norm))
}

/// [`tag_word`] with the closed-class lookup of `norm` already done by the caller.
pub(crate) fn tag_word_closed(form: &str, norm: &str, initial: bool, closed: Option<Upos>) -> Upos {
    if let Some(u) = closed {
        return u;
    }
    let first = form.chars().next().unwrap_or(' ');
    if !first.is_alphanumeric() {
        return if matches!(
            first,
            '$' | '%' | '€' | '£' | '¥' | '&' | '+' | '=' | '<' | '>' | '#' | '@'
        ) {
            Upos::Sym
        } else {
            Upos::Punct
        };
    }
    if norm.bytes().any(|b| b.is_ascii_digit())
        && norm
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
    {
        return Upos::Num;
    }
    if first.is_uppercase() && !initial {
        return Upos::Propn;
    }
    if norm.ends_with("ly") && norm.len() > 4 {
        return Upos::Adv;
    }
    if norm.ends_with("ing")
        || norm.ends_with("ed")
        || norm.ends_with("ize")
        || norm.ends_with("ise")
    {
        return Upos::Verb;
    }
    if [
        "ous", "ive", "ful", "able", "ible", "al", "ic", "ary", "less", "ian", "ese", "ish",
    ]
    .iter()
    .any(|s| norm.ends_with(s))
    {
        return Upos::Adj;
    }
    if first.is_uppercase() && form.chars().all(|c| !c.is_lowercase()) && form.len() > 1 {
        return Upos::Propn;
    }
    Upos::Noun
}
