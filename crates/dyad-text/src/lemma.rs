//! Rule-based lemmatizer: an exception list of irregular forms plus suffix rules
//! (plurals, -ing/-ed with consonant undoubling and e-restoration, comparatives).

use crate::Upos;
use std::borrow::Cow;

/// Irregular verbs, written for dyad: `base past participle [more forms]`.
/// Every form after the first maps to the first.
const IRREGULAR_VERBS: &str = "\
be was were been being am is are 's 're 'm ai
have has had having 's 've 'd
do does did done doing
say said says
go went gone goes going
get got gotten
make made
know knew known
think thought
take took taken
see saw seen
come came
give gave given
find found
tell told
become became
leave left
feel felt
bring brought
begin began begun
keep kept
hold held
write wrote written
stand stood
hear heard
let lets
mean meant
set sets
meet met
run ran
pay paid
sit sat
speak spoke spoken
lie lay lain
lead led
grow grew grown
lose lost
fall fell fallen
send sent
build built
understand understood
draw drew drawn
break broke broken
spend spent
cut cuts
rise rose risen
drive drove driven
buy bought
wear wore worn
choose chose chosen
seek sought
throw threw thrown
catch caught
deal dealt
win won
forget forgot forgotten
sell sold
fight fought
teach taught
shoot shot
hit hits
put puts
hurt hurts
cost costs
quit quits
shut shuts
spread spreads
split splits
bear bore borne born
beat beaten
bend bent
bet bets
bind bound
bite bit bitten
bleed bled
blow blew blown
breed bred
burn burnt
burst bursts
cling clung
creep crept
dig dug
dive dove
dream dreamt
drink drank drunk
eat ate eaten
feed fed
flee fled
fly flew flown flies
forbid forbade forbidden
forgive forgave forgiven
freeze froze frozen
hang hung
hide hid hidden
kneel knelt
lay laid
lean leant
leap leapt
lend lent
light lit
mistake mistook mistaken
overcome overcame
overtake overtook overtaken
overthrow overthrew overthrown
prove proven
ride rode ridden
ring rang rung
seize seized
shake shook shaken
shine shone
shrink shrank shrunk
sing sang sung
sink sank sunk
slay slew slain
sleep slept
slide slid
sling slung
smell smelt
spin spun
spit spat
spring sprang sprung
steal stole stolen
stick stuck
sting stung
stink stank
strike struck stricken
strive strove striven
swear swore sworn
sweep swept
swim swam swum
swing swung
tear tore torn
undertake undertook undertaken
undergo underwent undergone
uphold upheld
wake woke woken
weep wept
wind wound
withdraw withdrew withdrawn
withhold withheld
withstand withstood
arise arose arisen
awake awoke awoken
foresee foresaw foreseen
forecast forecasts
mislead misled
oversee oversaw overseen
rebuild rebuilt
retake retook retaken
rewrite rewrote rewritten
upset upsets
gas gassed gassing gasses
teargas teargassed teargassing teargasses
tear-gas tear-gassed tear-gassing tear-gasses
will wo 'll
can ca
shall sha
";

/// Irregular noun plurals, pronoun and determiner forms, comparatives: `lemma form...`.
const IRREGULAR_OTHER: &str = "\
man men
woman women
child children
person persons
foot feet
tooth teeth
mouse mice
goose geese
ox oxen
crisis crises
analysis analyses
thesis theses
hypothesis hypotheses
basis bases
diagnosis diagnoses
phenomenon phenomena
criterion criteria
datum
medium media
bacterium bacteria
curriculum curricula
index indices
appendix appendices
cactus cacti
nucleus nuclei
fungus fungi
stimulus stimuli
alumnus alumni
life lives
wife wives
knife knives
leaf leaves
thief thieves
half halves
self selves
shelf shelves
wolf wolves
calf calves
loaf loaves
good better best
bad worse worst
far further farther furthest farthest
";

/// Pronoun lemmas (UD English convention: case forms map to the nominative).
const PRONOUNS: &[(&str, &str)] = &[
    ("me", "I"),
    ("i", "I"),
    ("my", "my"),
    ("mine", "my"),
    ("myself", "myself"),
    ("us", "we"),
    ("our", "we"),
    ("ours", "we"),
    ("him", "he"),
    ("his", "he"),
    ("her", "she"),
    ("hers", "she"),
    ("them", "they"),
    ("their", "they"),
    ("theirs", "they"),
    ("its", "it"),
    ("your", "you"),
    ("yours", "you"),
    ("'em", "they"),
];

use crate::tagger::FxMap;
use std::sync::OnceLock;

/// Irregular verb form -> base form (base forms map to themselves).
pub(crate) fn verb_table() -> &'static FxMap<&'static str, &'static str> {
    static T: OnceLock<FxMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| table(IRREGULAR_VERBS))
}

/// Is `norm` a listed irregular verb form (other than the base form)?
pub fn is_irregular_verb_form(norm: &str) -> bool {
    verb_table().get(norm).is_some_and(|b| *b != norm)
}

fn other_table() -> &'static FxMap<&'static str, &'static str> {
    static T: OnceLock<FxMap<&'static str, &'static str>> = OnceLock::new();
    T.get_or_init(|| table(IRREGULAR_OTHER))
}

fn table(src: &'static str) -> FxMap<&'static str, &'static str> {
    let mut m = FxMap::default();
    for line in src.lines() {
        let mut it = line.split_whitespace();
        let Some(base) = it.next() else { continue };
        m.insert(base, base);
        for f in it {
            m.entry(f).or_insert(base);
        }
    }
    m
}

#[inline]
fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Strip a verbal suffix (`ing`/`ed`) and repair the stem.
fn verb_stem(stem: &str) -> String {
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && !is_vowel(b[n - 1])
        && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f')
    {
        // stopped -> stop, planning -> plan
        return stem[..n - 1].to_string();
    }
    if n >= 2 && b[n - 1] == b'l' && b[n - 2] == b'l' && n >= 5 {
        // controlled/controlling -> control, but called -> call, killed -> kill
        let pre = &stem[..n - 1];
        if pre.ends_with("rol")
            || pre.ends_with("pel")
            || pre.ends_with("cel")
            || pre.ends_with("bel")
        {
            return pre.to_string();
        }
    }
    if needs_e(stem) {
        return format!("{stem}e");
    }
    stem.to_string()
}

/// Heuristic: should `stem` (after removing -ing/-ed) get a final e back?
fn needs_e(stem: &str) -> bool {
    let b = stem.as_bytes();
    let n = b.len();
    if n < 2 {
        return false;
    }
    let last = b[n - 1];
    let prev = b[n - 2];
    // -v, -z (rare), -c, -g after consonant ... : solve, achieve, produce, charge
    if last == b'v' || last == b'u' {
        return true;
    }
    // (and -nc: announced, denounced, sentenced; no verb ends in "-nc")
    if !is_vowel(prev) && (last == b'c' || (last == b'g' && prev != b'n')) {
        return true;
    }
    // changed, exchanged, arranged, challenged, avenged, plunged (not belonged, banged,
    // hanged, winged: "-ong", "-ang" after other letters, "-ing" stay)
    if stem.ends_with("chang")
        || stem.ends_with("rang")
        || stem.ends_with("eng")
        || (stem.ends_with("ung") && n >= 5)
    {
        return true;
    }
    // extradited, incited, ignited, expedited: "-ite" verbs among many "-it" ones (visited,
    // limited, credited)
    if matches!(
        stem,
        "extradit" | "expedit" | "incit" | "ignit" | "excit" | "recit" | "reunit" | "invit"
    ) {
        return true;
    }
    if stem.ends_with("us") && !stem.ends_with("ous") {
        return true;
    }
    // negotiated, retaliated, evacuated, initiated: "-iate", "-uate" verbs
    if stem.ends_with("iat") || stem.ends_with("uat") {
        return true;
    }
    // consonant + (l|r) after consonant: handle, settle, compare? (-bl, -tl, -dl, -pl, -gl, -kl, -zl, -cl, -fl)
    if last == b'l'
        && matches!(
            prev,
            b'b' | b't' | b'd' | b'p' | b'g' | b'k' | b'z' | b'c' | b'f'
        )
    {
        return true;
    }
    // single vowel + single consonant at end of a short word: hoped -> hope, made, used
    if n >= 3 {
        let p2 = b[n - 3];
        if is_vowel(prev)
            && !is_vowel(p2)
            && matches!(last, b's' | b'z' | b'c' | b'g' | b'b')
            && n <= 6
        {
            return true;
        }
        // -ate, -ute, -ite, -ize, -ise, -ose, -ase, -ure, -ore, -are, -ire, -ide, -ade, -ode, -ume, -ame, -ome, -ine, -one, -ane, -ote, -ape, -ope
        let tail = &stem[n - 2..];
        let three = &stem[n.saturating_sub(3)..];
        if matches!(
            tail,
            "ul" | "at"
                | "ut"
                | "iz"
                | "is"
                | "os"
                | "as"
                | "ur"
                | "or"
                | "ar"
                | "ir"
                | "id"
                | "ad"
                | "od"
                | "um"
                | "am"
                | "om"
                | "in"
                | "on"
                | "an"
                | "ot"
                | "ap"
                | "op"
                | "ok"
                | "ak"
                | "ik"
                | "uc"
                | "iv"
                | "ys"
                | "yz"
                | "ag"
                | "eg"
                | "ib"
                | "ab"
                | "ob"
                | "ub"
                | "it"
        ) && !is_vowel(p2)
        {
            // Exclude many common -VC verbs without e: visit, limit, open, happen, offer...
            if matches!(
                three,
                "ain"
                    | "oin"
                    | "eat"
                    | "oat"
                    | "oot"
                    | "eet"
                    | "een"
                    | "oon"
                    | "ear"
                    | "oar"
                    | "air"
                    | "our"
                    | "oor"
                    | "eer"
                    | "oom"
                    | "eem"
                    | "aim"
            ) {
                return false;
            }
            return matches!(
                tail,
                "ul" | "at"
                    | "ut"
                    | "iz"
                    | "ur"
                    | "ir"
                    | "id"
                    | "ad"
                    | "od"
                    | "um"
                    | "am"
                    | "om"
                    | "ot"
                    | "ap"
                    | "op"
                    | "ok"
                    | "ak"
                    | "ik"
                    | "uc"
                    | "iv"
                    | "ys"
                    | "yz"
                    | "ag"
                    | "ib"
                    | "ob"
                    | "ub"
                    | "is"
                    | "os"
                    | "as"
            ) || (matches!(tail, "ar" | "or" | "on" | "an" | "in" | "it") && n <= 4);
        }
    }
    false
}

/// Lemma of a lowercase form `norm` with tag `upos`. `norm` must already be lowercased
/// and quote-normalised.
///
/// ```
/// use dyad_text::{lemma::lemmatize, Upos};
/// assert_eq!(lemmatize("was", Upos::Aux), "be");
/// assert_eq!(lemmatize("stopped", Upos::Verb), "stop");
/// assert_eq!(lemmatize("missiles", Upos::Noun), "missile");
/// ```
pub fn lemmatize(norm: &str, upos: Upos) -> Cow<'_, str> {
    match upos {
        Upos::Verb | Upos::Aux => verb_lemma(norm),
        Upos::Noun => noun_lemma(norm),
        Upos::Propn => Cow::Borrowed(norm),
        Upos::Adj | Upos::Adv => adj_lemma(norm),
        Upos::Pron | Upos::Det => {
            for (f, l) in PRONOUNS {
                if *f == norm {
                    return Cow::Borrowed(l);
                }
            }
            Cow::Borrowed(norm)
        }
        Upos::Part if norm == "n't" || norm == "not" => Cow::Borrowed("not"),
        _ => Cow::Borrowed(norm),
    }
}

fn verb_lemma(w: &str) -> Cow<'_, str> {
    if let Some(l) = verb_table().get(w) {
        return Cow::Borrowed(l);
    }
    if w.len() <= 2 || !w.is_ascii() {
        return Cow::Borrowed(w);
    }
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.len() >= 2 {
            return Cow::Owned(format!("{stem}y"));
        }
    }
    if let Some(stem) = w.strip_suffix("ied") {
        if stem.len() >= 2 {
            return Cow::Owned(format!("{stem}y"));
        }
        return Cow::Owned(format!("{stem}ie"));
    }
    if let Some(stem) = w.strip_suffix("ing") {
        if stem.len() >= 2 && stem.bytes().any(is_vowel_or_y) {
            if stem.ends_with('y') || stem.ends_with("ee") || stem.ends_with("oe") {
                return Cow::Owned(stem.to_string());
            }
            return Cow::Owned(verb_stem(stem));
        }
        return Cow::Borrowed(w);
    }
    if let Some(stem) = w.strip_suffix("ed") {
        if stem.ends_with('e') {
            // agreed -> agree, freed -> free
            return Cow::Borrowed(&w[..w.len() - 1]);
        }
        if stem.len() >= 2 && stem.bytes().any(is_vowel_or_y) {
            return Cow::Owned(verb_stem(stem));
        }
        return Cow::Borrowed(w);
    }
    plural_s(w, true)
}

fn is_vowel_or_y(b: u8) -> bool {
    is_vowel(b) || b == b'y'
}

fn plural_s(w: &str, verb: bool) -> Cow<'_, str> {
    let n = w.len();
    if n <= 3 || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return Cow::Borrowed(w);
    }
    if let Some(stem) = w.strip_suffix("ies") {
        if stem.len() >= 2 {
            return Cow::Owned(format!("{stem}y"));
        }
    }
    for suf in ["sses", "shes", "ches", "xes", "zzes"] {
        if w.ends_with(suf) {
            return Cow::Borrowed(&w[..n - 2]);
        }
    }
    if verb && (w.ends_with("oes") && n > 4) {
        return Cow::Borrowed(&w[..n - 2]);
    }
    Cow::Borrowed(&w[..n - 1])
}

fn noun_lemma(w: &str) -> Cow<'_, str> {
    if let Some(l) = other_table().get(w) {
        return Cow::Borrowed(l);
    }
    if !w.is_ascii() {
        return Cow::Borrowed(w);
    }
    plural_s(w, false)
}

fn adj_lemma(w: &str) -> Cow<'_, str> {
    if let Some(l) = other_table().get(w) {
        return Cow::Borrowed(l);
    }
    Cow::Borrowed(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs() {
        for (f, l) in [
            ("was", "be"),
            ("said", "say"),
            ("met", "meet"),
            ("shot", "shoot"),
            ("launches", "launch"),
            ("stopped", "stop"),
            ("making", "make"),
            ("hoped", "hope"),
            ("happened", "happen"),
            ("visited", "visit"),
            ("called", "call"),
            ("controlled", "control"),
            ("carried", "carry"),
            ("agreed", "agree"),
            ("condemned", "condemn"),
            ("emphasizing", "emphasize"),
            ("issued", "issue"),
            ("rescheduled", "reschedule"),
            ("fired", "fire"),
            ("used", "use"),
            ("planning", "plan"),
            ("handled", "handle"),
            ("produced", "produce"),
            ("charged", "charge"),
            ("retaliated", "retaliate"),
            ("announced", "announce"),
            ("denounced", "denounce"),
            ("sentencing", "sentence"),
            ("exchanged", "exchange"),
            ("challenged", "challenge"),
            ("arranged", "arrange"),
            ("extradited", "extradite"),
            ("belonged", "belong"),
            ("banged", "bang"),
            ("visited", "visit"),
            ("limited", "limit"),
            ("negotiating", "negotiate"),
            ("evacuated", "evacuate"),
            ("treated", "treat"),
        ] {
            assert_eq!(lemmatize(f, Upos::Verb), l, "{f}");
        }
    }

    #[test]
    fn nouns() {
        for (f, l) in [
            ("missiles", "missile"),
            ("countries", "country"),
            ("churches", "church"),
            ("men", "man"),
            ("children", "child"),
            ("talks", "talk"),
            ("crisis", "crisis"),
            ("boxes", "box"),
        ] {
            assert_eq!(lemmatize(f, Upos::Noun), l, "{f}");
        }
    }
}
