//! Actor mentions in a sentence and their composition into actor noun phrases.
//!
//! Mentions come from the noun automaton (names, demonyms, capitals, agents), from
//! pronouns, from group descriptions ("the three countries") and from names seen
//! earlier in the document ("Minister Park" after "Park Jin"). Adjacent mentions
//! compose: `[South Korean] [Foreign Minister] [Park Jin]` is one phrase whose code is
//! the person's dated role, else country + sector.

use crate::compile::{Compiled, NounHit};
use crate::Discourse;
use dyad_core::Date;
use dyad_dict::{ActorEntry, ActorKind, AgentPlacement};
use dyad_text::{Token, Upos};

/// A resolved actor: code plus the evidence for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    /// Full CAMEO actor code.
    pub code: String,
    /// Canonical name of the main entry, if a named actor.
    pub name: Option<String>,
    /// Byte span of the mention in the document.
    pub start: usize,
    /// End of the byte span.
    pub end: usize,
    /// Dictionary entries that fired (`file:line phrase -> CODE`).
    pub entries: Vec<String>,
    /// Resolution steps (coreference and the like).
    pub steps: Vec<String>,
    /// True for a person.
    pub person: bool,
    /// True when only a sector is known (no country or organisation).
    pub sector_only: bool,
    /// True for a people named by a plural demonym ("Serbs", "thousands of Kenyans"):
    /// coded as the state by convention, but its civilians when it acts on, or is acted on
    /// by, that state's own government or forces.
    pub people: bool,
}

impl Resolved {
    /// Whether the actor is a state's embassy or consulate (by the agent entry that fired):
    /// its government's, standing abroad ("rallied outside the French embassy").
    pub(crate) fn is_mission(&self) -> bool {
        self.entries.iter().any(|e| {
            ["\"embassy\"", "\"embassies\"", "\"consulate\""]
                .iter()
                .any(|w| e.contains(w))
        })
    }

    /// The country part of the code, if it starts with one.
    pub fn country(&self) -> Option<String> {
        dyad_core::ActorCode::parse(&self.code).country
    }

    /// The state this actor belongs to, as a bare country actor with the same span and
    /// evidence ("his country", "the war-torn country" after "Syria's new leader", the
    /// freed people's state): the country's code, no name, no person.
    pub(crate) fn as_state(&self) -> Option<Resolved> {
        let cc = self.country()?;
        let mut s = self.clone();
        s.code = cc;
        s.name = None;
        s.person = false;
        Some(s)
    }
}

/// What one mention is.
#[derive(Debug, Clone, PartialEq)]
pub enum MentionKind {
    /// A dictionary hit.
    Hit(NounHit),
    /// A pronoun: `he`/`she` (true = singular person) or `they` (false).
    Pronoun {
        /// he/she (true) or they (false).
        singular: bool,
        /// his/her/their/its.
        possessive: bool,
        /// it/its: a state or organisation, not a person.
        thing: bool,
    },
    /// "the three countries", "the two leaders", "both sides": a group of `n` actors from
    /// the discourse, as the noun names them.
    Group(usize, GroupKind),
    /// A name seen earlier in the document.
    Alias(Box<Resolved>),
}

/// What a group description names of the actors it refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupKind {
    /// Their states: "the two countries", "the three nations".
    Countries,
    /// Their governments: "the two leaders", "the ministers".
    Governments,
    /// The actors themselves: "the two".
    Actors,
    /// The persons among them: "the two men", "both women" (the latest group of that many
    /// persons, else the actors themselves).
    Persons,
    /// Their states if they are of as many states ("the two sides" of a border dispute),
    /// else the actors themselves (an army and a rebel group of one country are two sides,
    /// not one country).
    Sides,
}

/// A mention: token range and kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What it is.
    pub kind: MentionKind,
}

/// An actor noun phrase: a token range resolving to one or more actors.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorNp {
    /// First token.
    pub start: usize,
    /// One past the last token (possessive `'s` included).
    pub end: usize,
    /// The actors (several for "South Korean and Japanese counterparts").
    pub actors: Vec<Resolved>,
    /// True when followed by a possessive marker.
    pub possessive: bool,
    /// True when the phrase is a pronoun.
    pub pronoun: bool,
}

/// Animals, which a demonym may describe but which never act or are acted on as a state:
/// "Chinese and Vietnamese shrimp are sold at low prices", "South American monkeys use
/// rocks".
const ANIMALS: &[&str] = &[
    "shrimp",
    "shrimps",
    "prawns",
    "monkey",
    "monkeys",
    "apes",
    "dog",
    "dogs",
    "cat",
    "cats",
    "bird",
    "birds",
    "cattle",
    "cow",
    "cows",
    "chickens",
    "pig",
    "pigs",
    "sheep",
    "horse",
    "horses",
    "fish",
    "fishes",
    "salmon",
    "whale",
    "whales",
    "dolphins",
    "bees",
    "wolves",
    "bears",
    "elephants",
    "lions",
    "tigers",
    "pandas",
    "camels",
    "goats",
    "mosquitoes",
    "species",
    "wildlife",
];

/// Whether the noun a modifier at `start` describes is an animal: past adjectives,
/// coordinated demonyms and compound nouns ("Chinese and Vietnamese shrimp", "wild South
/// American monkeys").
fn modifies_animal(folded: &[String], tokens: &[Token], start: usize) -> bool {
    let mut head = None;
    for j in start..(start + 5).min(tokens.len()) {
        let w = folded[j].as_str();
        if matches!(w, "and" | "or") {
            continue;
        }
        if !matches!(tokens[j].upos, Upos::Adj | Upos::Noun | Upos::Propn) {
            break;
        }
        head = Some(w);
    }
    head.is_some_and(|w| ANIMALS.contains(&w))
}

/// Head nouns of geographic features named after a state ("Sea of Japan").
const GEO_FEATURES: &[&str] = &[
    "sea",
    "gulf",
    "bay",
    "strait",
    "straits",
    "lake",
    "coast",
    "sea's",
    "ocean",
    "islands",
    "river",
    "mountains",
];

/// Nouns of a group description that name states ("the two countries"); the nouns for
/// governments, sides and persons are matched in [`find_mentions`].
const GROUP_NOUNS: &[&str] = &[
    "countries",
    "nations",
    "allies",
    "states",
    "neighbors",
    "neighbours",
    "powers",
];

fn number_word(w: &str) -> Option<usize> {
    Some(match w {
        "two" | "both" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        _ => return None,
    })
}

/// Priority of a hit when one phrase names several things: named actors over
/// demonyms and capitals over agents; among named actors, one with a role that holds on
/// the document date over one without ("President Bush" in 2008 is George W. Bush).
fn hit_rank(c: &Compiled, h: &NounHit, date: Option<Date>) -> u8 {
    match h {
        NounHit::Actor(i) | NounHit::Surname(i) => {
            let Some(a) = c.dict.actors.get(*i as usize) else {
                return 0;
            };
            let base = match a.kind {
                ActorKind::Person => 12,
                ActorKind::Group | ActorKind::Organization => 10,
                _ => 8,
            };
            let active = date.is_some_and(|d| a.roles.iter().any(|r| r.holds_on(d)));
            base + u8::from(active)
        }
        NounHit::Demonym(_) => 6,
        NounHit::Capital(_) => 6,
        NounHit::Agent(_) => 4,
        NounHit::Discard(_) => 2,
    }
}

/// A demonym or a country-like dictionary actor (a state or territory).
fn countrylike_kind(c: &Compiled, k: &MentionKind) -> bool {
    match k {
        MentionKind::Hit(NounHit::Demonym(_)) => true,
        MentionKind::Hit(NounHit::Actor(i)) => {
            c.dict.actors.get(*i as usize).is_some_and(countrylike)
        }
        _ => false,
    }
}

/// A word after a place that makes it a boundary, not where something happens ("near the
/// Afghan border").
pub(crate) fn is_boundary_word(w: &str) -> bool {
    matches!(w, "border" | "borders" | "frontier")
}

/// Whether a word alone can make [`find_mentions`] report something without a dictionary
/// phrase: a personal pronoun, a number word of a group description ("the three
/// countries") or a name the document introduced earlier.
pub(crate) fn may_mention_word(w: &str, discourse: &Discourse) -> bool {
    personal_pronoun(w).is_some() || number_word(w).is_some() || discourse.aliases.contains_key(w)
}

/// Whether an actor phrase names one person by role ("an Italian aid worker", "the
/// defence minister"): one actor, no name, headed by a singular common noun that is not an
/// institution ("the government", "the army"), and not a predicate.
pub(crate) fn person_by_role(np: &ActorNp, tokens: &[Token], text: &str) -> bool {
    // The head ends the phrase or comes before its prepositional phrase ("court judge in
    // Chicago").
    let end = (np.start..np.end)
        .find(|&i| tokens.get(i).is_some_and(|t| t.upos == Upos::Adp))
        .unwrap_or(np.end);
    let Some(head) = end.checked_sub(1).and_then(|i| tokens.get(i)) else {
        return false;
    };
    // A capitalised head is a name the tagger took for a noun ("Japan/NOUN is
    // liberalizing its markets"), unless it is a title ("the President").
    let capital = text
        .get(head.start..head.end)
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    // (A name after a role noun is that person: "American journalist Evan Gershkovich".)
    // (Or after a title, whatever its case: "Tajik President Emomali Rahmon", a name the
    // dictionary does not know.)
    let named_role = head.upos == Upos::Propn
        && (np.start..end.saturating_sub(1)).any(|i| {
            tokens.get(i).is_some_and(|t| {
                (t.upos == Upos::Noun
                    && text
                        .get(t.start..t.end)
                        .and_then(|w| w.chars().next())
                        .is_some_and(char::is_lowercase))
                    || (ROLE_TITLES.contains(&t.norm.as_str())
                        && tokens.get(i + 1).is_some_and(|n| n.upos == Upos::Propn))
            })
        });
    if named_role {
        return !np.possessive && np.actors.len() == 1 && np.actors.iter().all(|r| !r.person);
    }
    if capital && !ROLE_TITLES.contains(&head.norm.as_str()) {
        return false;
    }
    !np.pronoun
        && !np.possessive
        && np.actors.len() == 1
        && np.actors.iter().all(|r| !r.person)
        && head.upos == Upos::Noun
        && head.lemma == head.norm
        && !head.norm.ends_with('s')
        && !INSTITUTION_NOUNS.contains(&head.norm.as_str())
        // not a predicate ("if he becomes prime minister", "named him as envoy")
        && !(0..np.start)
            .rev()
            .find(|&i| tokens[i].upos != Upos::Det)
            .is_some_and(|i| {
                matches!(tokens[i].lemma.as_str(), "be" | "become" | "remain")
                    || tokens[i].norm == "as"
            })
}

/// Titles written with a capital that still name a person by role ("the President").
/// Whether the word before token `i` is a head-of-state or head-of-government title
/// ("President", "Prime Minister", "Premier", "Chancellor"), after which a name is a name
/// whatever its case.
fn after_head_title(folded: &[String], i: usize) -> bool {
    i.checked_sub(1)
        .and_then(|p| folded.get(p))
        .is_some_and(|w| {
            matches!(
                w.as_str(),
                "president" | "minister" | "premier" | "chancellor"
            )
        })
}

const ROLE_TITLES: &[&str] = &[
    "president",
    "premier",
    "minister",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "pope",
    "secretary",
    "general",
    "governor",
    "ambassador",
    "envoy",
    "chairman",
    "director",
    "mayor",
    "senator",
    "spokesman",
    "spokeswoman",
];

/// Singular nouns naming an institution or a body, never "he" or "she".
const INSTITUTION_NOUNS: &[&str] = &[
    "government",
    "administration",
    "regime",
    "junta",
    "cabinet",
    "ministry",
    "department",
    "office",
    "army",
    "military",
    "navy",
    "force",
    "police",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "legislature",
    "court",
    "party",
    "opposition",
    "company",
    "firm",
    "bank",
    "group",
    "agency",
    "council",
    "committee",
    "commission",
    "embassy",
    "consulate",
    "media",
    "newspaper",
    "daily",
    "television",
    "radio",
    "network",
    "union",
    "movement",
    "organisation",
    "organization",
    "alliance",
    "coalition",
    "state",
    "delegation",
    "mission",
    "team",
    "church",
    "university",
    "board",
    "authority",
    "leadership",
    "command",
    "militia",
    "guard",
    "service",
    "unit",
    "fund",
    "bloc",
    "community",
    "public",
    "population",
    "industry",
    "sector",
];

/// A personal pronoun as (singular, possessive, thing). "her" is possessive only before a
/// nominal, which the caller decides.
fn personal_pronoun(w: &str) -> Option<(bool, bool, bool)> {
    match w {
        "he" | "she" | "him" | "her" => Some((true, false, false)),
        "his" => Some((true, true, false)),
        "they" | "them" => Some((false, false, false)),
        "their" => Some((false, true, false)),
        "it" => Some((true, false, true)),
        "its" => Some((true, true, true)),
        _ => None,
    }
}

/// Find mentions in a sentence. `folded` are the folded token forms.
pub fn find_mentions(
    c: &Compiled,
    text: &str,
    tokens: &[Token],
    folded: &[String],
    stream: &crate::matcher::Stream,
    discourse: &Discourse,
    date: Option<Date>,
) -> (Vec<Mention>, Vec<u32>) {
    let mut out = Vec::new();
    let mut discards = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // Newswire marks company names in angle brackets ("<PT Indonesia Asahan
        // Aluminium>"): nothing inside is a state or an official.
        if folded[i] == "<" {
            if let Some(close) = (i + 1..tokens.len().min(i + 12)).find(|&j| folded[j] == ">") {
                i = close + 1;
                continue;
            }
        }
        // "by the Caribbean Community": a name starting after "the" that reaches further
        // than one taking the article ("the Caribbean") is the one meant.
        let at = c.nouns.longest_at(stream, i);
        if folded[i] == "the" {
            if let (Some(a), Some(b)) = (&at, c.nouns.longest_at(stream, i + 1)) {
                if b.end > a.end {
                    i += 1;
                    continue;
                }
            }
        }
        if let Some(m) = at {
            let mut best: Option<NounHit> = None;
            let mut by_surname = false;
            for h in m.payloads {
                if let NounHit::Discard(d) = h {
                    discards.push(*d);
                }
                // A bare surname is a person only as a proper noun ("In May" is not
                // Theresa May) and only if exactly one person of that name is in office.
                let h = match h {
                    NounHit::Surname(i) => {
                        let active = |k: u32| {
                            date.is_some_and(|d| {
                                c.dict
                                    .actors
                                    .get(k as usize)
                                    .is_some_and(|a| a.roles.iter().any(|r| r.holds_on(d)))
                            })
                        };
                        let rivals = m
                            .payloads
                            .iter()
                            .filter(|p| matches!(p, NounHit::Surname(k) if active(*k)))
                            .count();
                        // Nor the last part of a name the dictionary does not know ("Crown
                        // Prince Abdullah bin Abdul Aziz" is not Tariq Aziz): a capitalised
                        // proper noun before it that no mention covers, not an honorific.
                        let inside_name = m.start > 0
                            && tokens[m.start - 1].upos == Upos::Propn
                            && is_capitalised(text, &tokens[m.start - 1])
                            && out.last().is_none_or(|x: &Mention| x.end != m.start)
                            && !matches!(
                                folded[m.start - 1].trim_end_matches('.'),
                                "mr" | "mrs"
                                    | "ms"
                                    | "dr"
                                    | "sen"
                                    | "rep"
                                    | "gen"
                                    | "gov"
                                    | "lt"
                                    | "col"
                                    | "sir"
                                    | "lord"
                                    | "lady"
                                    | "dame"
                            );
                        // Likewise its first part ("Santos Alvite" is not dos Santos).
                        let name_goes_on = tokens.get(m.end).is_some_and(|n| {
                            n.upos == Upos::Propn
                                && is_capitalised(text, n)
                                && !crate::time::is_day_or_month(&folded[m.end])
                                && c.nouns.longest_at(stream, m.end).is_none()
                        });
                        // (Right after a title a surname is a name whatever its case:
                        // "President obama", as a noun; "the president said" is no Said.)
                        let title_before = after_head_title(folded, m.start);
                        let after_title = title_before && tokens[m.start].upos == Upos::Noun;
                        // (also a capitalised word before "administration", whatever its tag:
                        // "the Bush/NOUN administration")
                        let before_administration = folded
                            .get(m.end)
                            .is_some_and(|w| matches!(w.as_str(), "administration" | "government"))
                            && is_capitalised(text, &tokens[m.start]);
                        let proper = m.end - m.start == 1
                            && (tokens[m.start].upos == Upos::Propn
                                || after_title
                                || before_administration)
                            && !crate::time::is_day_or_month(&folded[m.start])
                            && !inside_name
                            && !name_goes_on;
                        // Without a document date no one can be placed in office, but after a
                        // head-of-government title ("President Bush", "Prime Minister Blair" in
                        // an undated item), when every person of that surname has one
                        // nationality, the surname names that country's leader who held office
                        // most recently.
                        let led = |k: u32| {
                            c.dict
                                .actors
                                .get(k as usize)
                                .is_some_and(|a| a.roles.iter().any(|r| r.code.ends_with("GOV")))
                        };
                        // (or before the government named after its leader: "the Bush
                        // administration")
                        let titled = title_before
                            || folded.get(m.end).is_some_and(|w| {
                                matches!(w.as_str(), "administration" | "government" | "cabinet")
                            });
                        let undated_one_country = date.is_none() && titled && led(*i) && {
                            let mut countries = m.payloads.iter().filter_map(|p| match p {
                                NounHit::Surname(k) => c
                                    .dict
                                    .actors
                                    .get(*k as usize)
                                    .and_then(|a| a.code_on(None))
                                    .map(|code| code.get(..3).unwrap_or(code)),
                                _ => None,
                            });
                            let first = countries.next();
                            // (Of several, the one in office most recently: "Bush" in
                            // undated news is George W., not George H. W.)
                            let latest_role = |k: u32| {
                                c.dict.actors.get(k as usize).and_then(|a| {
                                    a.roles.iter().filter_map(|r| r.from.max(r.to)).max()
                                })
                            };
                            let latest = m
                                .payloads
                                .iter()
                                .filter_map(|p| match p {
                                    NounHit::Surname(k) => Some(*k),
                                    _ => None,
                                })
                                .max_by_key(|&k| latest_role(k));
                            first.is_some()
                                && countries.all(|x| Some(x) == first)
                                && latest == Some(*i)
                        };
                        if !((active(*i) && rivals == 1 || undated_one_country) && proper) {
                            continue;
                        }
                        by_surname = true;
                        &NounHit::Actor(*i)
                    }
                    h => h,
                };
                if best.is_none_or(|b| hit_rank(c, h, date) > hit_rank(c, &b, date)) {
                    best = Some(*h);
                }
            }
            // "the West Darfur town", "the West African bloc": a compass word the phrase ends
            // on starts a longer name; the name is read from the next word on.
            if matches!(
                folded[m.end - 1].as_str(),
                "west" | "east" | "north" | "south"
            ) && tokens.get(m.end).is_some_and(|n| is_capitalised(text, n))
                && m.end > m.start + 1
            {
                i = m.start + 1;
                continue;
            }
            // "Sea of Japan", "Gulf of Mexico", "Bay of Bengal": a place, not the state.
            if m.start >= 2
                && folded[m.start - 1] == "of"
                && GEO_FEATURES.contains(&folded[m.start - 2].as_str())
            {
                i = m.end;
                continue;
            }
            if matches!(best, Some(NounHit::Demonym(_))) && modifies_animal(folded, tokens, m.end) {
                i = m.end;
                continue;
            }
            // "fought with tanks, mortars and rocket launchers": equipment after "with" is
            // what they fought with, not whom.
            let instrument = matches!(best, Some(NounHit::Agent(_)))
                && EQUIPMENT.contains(&folded[m.end - 1].as_str())
                && {
                    let mut b = m.start;
                    while b > 0 && matches!(tokens[b - 1].upos, Upos::Det | Upos::Adj | Upos::Num) {
                        b -= 1;
                    }
                    b > 0 && folded[b - 1] == "with"
                };
            if instrument {
                i = m.end;
                continue;
            }
            // A surname this document already introduced in full ("Gerhard Stoltenberg")
            // means that person, whoever else the dictionary knows by it.
            // (Also a surname too ambiguous to resolve on its own: "Yoon" after "Yoon Suk
            // Yeol", when other Yoons held office.)
            if m.end - m.start == 1 && matches!(best, Some(NounHit::Actor(_)) | None) {
                if let Some(r) = discourse.aliases.get(folded[m.start].as_str()) {
                    out.push(Mention {
                        start: m.start,
                        end: m.end,
                        kind: MentionKind::Alias(Box::new(r.clone())),
                    });
                    i = m.end;
                    continue;
                }
            }
            // A one-word lowercase hit for a name (not an agent) needs a capital letter in
            // the text: "us" the pronoun is not "US", "chad" is rarely Chad.
            if let Some(h) = best {
                let needs_cap = !matches!(h, NounHit::Agent(_) | NounHit::Discard(_));
                let capitalised = tokens[m.start..m.end]
                    .iter()
                    .any(|t| is_capitalised(text, t) || !starts_alpha(text, t));
                // Short acronyms (US, UN, EU) must be written in capitals: "us", "un".
                // (A surname was checked to be a proper noun: "Xi", "Li".)
                let short_ok = m.end - m.start > 1 || by_surname || {
                    let t = &tokens[m.start];
                    let raw = &text[t.start..t.end];
                    let letters = raw.chars().filter(|c| c.is_alphabetic()).count();
                    letters > 3
                        || raw
                            .chars()
                            .filter(|c| c.is_alphabetic())
                            .all(char::is_uppercase)
                };
                // (A person's name right after a title, whatever its case: "President obama".)
                let person_after_title = match h {
                    NounHit::Actor(k) => {
                        after_head_title(folded, m.start)
                            // (a noun: "the president said" is no Said)
                            && tokens[m.start..m.end]
                                .iter()
                                .all(|t| matches!(t.upos, Upos::Noun | Upos::Propn))
                            && c
                                .dict
                                .actors
                                .get(k as usize)
                                .is_some_and(|a| a.kind == ActorKind::Person)
                    }
                    _ => false,
                };
                // "the former Soviet republic of Belarus", "former Yugoslav states": a former
                // union named as what its members once were is no actor.
                let former_union = m.start > 0
                    && folded[m.start - 1] == "former"
                    && folded.get(m.end).is_some_and(|n| {
                        matches!(
                            n.as_str(),
                            "republic"
                                | "republics"
                                | "state"
                                | "states"
                                | "bloc"
                                | "satellite"
                                | "satellites"
                                | "nations"
                                | "countries"
                        )
                    });
                // "Antonio de Padua Seixas", "Pedro de Valdivia": a place after a name
                // particle inside a capitalised name is part of a person's name.
                let in_personal_name = m.start >= 2
                    && matches!(
                        folded[m.start - 1].as_str(),
                        "de" | "da" | "di" | "do" | "dos" | "das" | "del" | "della" | "van" | "von"
                    )
                    && tokens[m.start - 2].upos == Upos::Propn
                    && is_capitalised(text, &tokens[m.start - 2])
                    && matches!(h, NounHit::Actor(k) if c.dict.actors.get(k as usize).is_some_and(|a| a.kind == ActorKind::Country));
                if former_union || in_personal_name {
                    i = m.end;
                    continue;
                }
                if !needs_cap || (capitalised && short_ok) || person_after_title {
                    if !matches!(h, NounHit::Discard(_)) {
                        out.push(Mention {
                            start: m.start,
                            end: m.end,
                            kind: MentionKind::Hit(h),
                        });
                    }
                    i = m.end;
                    continue;
                }
            }
        }
        let w = folded[i].as_str();
        // Group descriptions: "the three countries", "both sides", "the two" before a verb.
        if let Some(n) = number_word(w) {
            let the = i > 0 && folded[i - 1] == "the";
            let start = if the { i - 1 } else { i };
            if let Some(next) = folded.get(i + 1) {
                // ("the two foreign ministers", "the two prime ministers": a head after one
                // modifier)
                let (head, words) = match folded.get(i + 2).map(|w| w.as_str()) {
                    Some(h @ ("ministers" | "leaders" | "envoys" | "officials"))
                        if matches!(
                            next.as_str(),
                            "foreign"
                                | "prime"
                                | "defence"
                                | "defense"
                                | "world"
                                | "top"
                                | "senior"
                                | "finance"
                                | "trade"
                                | "economy"
                        ) =>
                    {
                        (h, 2)
                    }
                    _ => (next.as_str(), 1),
                };
                let kind = match head {
                    "leaders" | "ministers" | "governments" | "presidents" | "premiers"
                    | "diplomats" | "envoys" | "officials" | "negotiators" | "counterparts"
                    | "chancellors" => Some(GroupKind::Governments),
                    "sides" | "parties" | "rivals" | "foes" | "factions" | "delegations" => {
                        Some(GroupKind::Sides)
                    }
                    "men" | "women" => Some(GroupKind::Persons),
                    g if GROUP_NOUNS.contains(&g) => Some(GroupKind::Countries),
                    // "The two discussed the ceasefire": the number alone before the verb.
                    _ if the
                        && tokens
                            .get(i + 1)
                            .is_some_and(|t| matches!(t.upos, Upos::Verb | Upos::Aux)) =>
                    {
                        out.push(Mention {
                            start,
                            end: i + 1,
                            kind: MentionKind::Group(n, GroupKind::Actors),
                        });
                        i += 1;
                        continue;
                    }
                    _ => None,
                };
                if let Some(kind) = kind {
                    out.push(Mention {
                        start,
                        end: i + 1 + words,
                        kind: MentionKind::Group(n, kind),
                    });
                    i += 1 + words;
                    continue;
                }
            }
        }
        let pronoun = personal_pronoun(w)
            .map(|(s, p, t)| (s, p || (w == "her" && next_is_nominal(tokens, i)), t));
        if let Some((singular, possessive, thing)) = pronoun {
            out.push(Mention {
                start: i,
                end: i + 1,
                kind: MentionKind::Pronoun {
                    singular,
                    possessive,
                    thing,
                },
            });
            i += 1;
            continue;
        }
        if is_capitalised(text, &tokens[i]) {
            if let Some(r) = discourse.aliases.get(w) {
                if i > 0 || tokens[i].upos == Upos::Propn {
                    out.push(Mention {
                        start: i,
                        end: i + 1,
                        kind: MentionKind::Alias(Box::new(r.clone())),
                    });
                }
            }
        }
        i += 1;
    }
    (out, discards)
}

fn next_is_nominal(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|t| matches!(t.upos, Upos::Noun | Upos::Adj | Upos::Propn))
}

/// Parts of a city's area: after a capital's possessive ("Beirut's southern suburbs") they
/// make the capital a place, not its government.
const CITY_PARTS: &[&str] = &[
    "suburb",
    "suburbs",
    "outskirts",
    "district",
    "districts",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "streets",
    "centre",
    "center",
    "downtown",
    "outskirt",
    "environs",
    "residential",
];

/// True when the token's text starts with an uppercase letter.
///
/// An Arabic article before a capital counts: "al-Shabab", "el-Sisi", "ash-Sharq".
pub fn is_capitalised(text: &str, t: &Token) -> bool {
    let Some(w) = text.get(t.start..t.end) else {
        return false;
    };
    let w = [
        "al-", "el-", "ad-", "ash-", "as-", "an-", "ar-", "at-", "az-",
    ]
    .iter()
    .find_map(|p| w.strip_prefix(p))
    .unwrap_or(w);
    w.chars().next().is_some_and(char::is_uppercase)
}

fn starts_alpha(text: &str, t: &Token) -> bool {
    text.get(t.start..t.end)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// Parts gathered while composing one noun phrase.
#[derive(Default)]
struct Parts {
    countries: Vec<(String, String)>, // (code, evidence)
    agent: Option<(String, AgentPlacement, String)>,
    named: Option<Resolved>,
    /// An organisation named before a person in the phrase ("NATO Secretary-General X").
    org_before: Option<String>,
    capital_gov: bool,
    entries: Vec<String>,
}

fn entry_evidence(origin: &impl std::fmt::Display, phrase: &str, code: &str) -> String {
    format!("{origin} \"{phrase}\" -> {code}")
}

/// The code of an actor on a date. A person whose roles have all ended by then is a
/// former official: the country of the last role plus `ELI` (CAMEO's "elites", as
/// PETRARCH and NGEC code former leaders), not the office they no longer hold.
fn actor_code_on(a: &ActorEntry, date: Option<Date>) -> Option<String> {
    if let Some(d) = date {
        if a.kind == ActorKind::Person && !a.roles.iter().any(|r| r.holds_on(d)) {
            let last_past = a
                .roles
                .iter()
                .filter(|r| r.to.is_some_and(|t| t < d))
                .max_by_key(|r| r.to);
            if let Some(r) = last_past {
                if let Some(cc) = dyad_core::ActorCode::parse(&r.code).country {
                    return Some(format!("{cc}ELI"));
                }
            }
        }
    }
    a.code_on(date).map(str::to_string)
}

/// Whether an armed agent ("fighters", "forces", "militants") owned by `owner` is the
/// owner itself: a named non-state armed group (`PSEREBHMS`, `YEMREBHTH`, not a bare
/// `PSEREB` nor a state's `YEMGOV`).
fn group_own_force(owner: &str, agent: &str) -> bool {
    let o = dyad_core::ActorCode::parse(owner);
    matches!(agent, "MIL" | "REB" | "UAF" | "INS")
        && o.country.is_some()
        && matches!(o.sector.as_deref(), Some("REB" | "UAF" | "INS"))
        && owner.len() > 6
}

/// Combine a country (or organisation) code with an agent code.
fn combine(base: &str, agent: &str, placement: AgentPlacement) -> String {
    if agent.is_empty() {
        return base.to_string();
    }
    // Do not repeat a sector the base already has ("USAGOV" + "GOV").
    if base.len() > 3 && base[3..].starts_with(agent) {
        return base.to_string();
    }
    match placement {
        AgentPlacement::Suffix => format!("{base}{agent}"),
        AgentPlacement::Prefix => format!("{agent}{base}"),
    }
}

/// A sentence as the actor layer sees it: the document text, the tokens and their
/// folded forms.
#[derive(Clone, Copy)]
pub struct SentView<'a> {
    /// Document text (token spans index into it).
    pub text: &'a str,
    /// The sentence's tokens.
    pub tokens: &'a [Token],
    /// Folded token forms.
    pub folded: &'a [String],
}

/// An actor named earlier, taken as what a description at `span` refers to: the step says so
/// ("definite description \"leaders\" -> European Council (IGOEUREECGOV) named so earlier"),
/// and the actor's text span becomes the description's.
fn referent(mut r: Resolved, kind: &str, text: &str, span: (usize, usize), how: &str) -> Resolved {
    r.steps.push(format!(
        "{kind} \"{}\" -> {} ({}) {how} earlier",
        &text[span.0..span.1],
        r.name.clone().unwrap_or_else(|| r.code.clone()),
        r.code
    ));
    r.start = span.0;
    r.end = span.1;
    r
}

/// The actors of the last coordination ("A and B", "A, B and C") among the phrases
/// composed so far in the sentence, if any.
fn coordinated_before(nps: &[ActorNp], folded: &[String]) -> Option<Vec<Resolved>> {
    let named: Vec<&ActorNp> = nps.iter().filter(|np| !np.pronoun).collect();
    let last = named.len().checked_sub(1)?;
    // ("Colombia and the ELN rebel group": an article may open the next one)
    let joined = |a: &ActorNp, b: &ActorNp| {
        b.start > a.end
            && matches!(folded.get(a.end).map(|w| w.as_str()), Some("and" | ","))
            && (a.end + 1..b.start)
                .all(|j| matches!(folded.get(j).map(|w| w.as_str()), Some("the")))
    };
    let mut first = last;
    while first > 0 && joined(named[first - 1], named[first]) {
        first -= 1;
    }
    (first < last).then(|| {
        named[first..=last]
            .iter()
            .flat_map(|np| np.actors.iter().cloned())
            .collect()
    })
}

/// Weapons and vehicles the agents file counts as their armed forces ("tanks", "jets"),
/// which are things when bought or sent "from" somewhere.
const EQUIPMENT: &[&str] = &[
    "jet",
    "jets",
    "warplane",
    "warplanes",
    "aircraft",
    "tank",
    "tanks",
    "drone",
    "drones",
    "missile",
    "missiles",
    "warship",
    "warships",
    "helicopter",
    "helicopters",
    "vessel",
    "vessels",
    "submarine",
    "submarines",
    "frigate",
    "frigates",
    "destroyer",
    "destroyers",
];

/// Nouns of armed acts, which a possessor names the author of ("Iran's offensive").
const ACT_NOUNS: &[&str] = &[
    "offensive",
    "attack",
    "attacks",
    "assault",
    "invasion",
    "war",
    "campaign",
    "operation",
    "operations",
    "strikes",
    "airstrikes",
    "bombing",
    "bombardment",
    "shelling",
    "raid",
    "raids",
    "incursion",
    "blockade",
];

/// Verbs that judge or sanction their object for a reason ("criticised China for its ...",
/// "severed ties with Israel over its ..."): a possessive in that reason is the object's.
const JUDGING: &[&str] = &[
    "condemn",
    "criticize",
    "criticise",
    "denounce",
    "slam",
    "blast",
    "rebuke",
    "reprimand",
    "praise",
    "thank",
    "commend",
    "congratulate",
    "hail",
    "sanction",
    "punish",
    "blame",
    "accuse",
    "fault",
    "sever",
    "cut",
    "suspend",
    "recall",
    "expel",
    "summon",
    "sue",
    "fine",
    "censure",
    "chide",
    "scold",
    "attack",
    "warn",
];

/// "its troops", "their ambassadors", "his ministers": a possessive pronoun (mention `k`,
/// resolved to `owners`) directly before an agent (up to two adjectives between) is one
/// actor, the owners' countries with the agent's sector. A `counterpart` is the other
/// side, not the owner's, and is left to the discourse.
fn possessive_agent(
    c: &Compiled,
    sent: SentView,
    mentions: &[Mention],
    k: usize,
    owners: &[Resolved],
) -> Option<ActorNp> {
    let SentView {
        text,
        tokens,
        folded,
    } = sent;
    let (m, n) = (mentions.get(k)?, mentions.get(k + 1)?);
    let MentionKind::Hit(NounHit::Agent(ai)) = n.kind else {
        return None;
    };
    let agent = c.dict.agents.get(ai as usize)?;
    if n.start < m.end
        || n.start - m.end > 2
        || !(m.end..n.start).all(|t| matches!(tokens[t].upos, Upos::Adj | Upos::Num))
        || folded[n.start..n.end]
            .iter()
            .any(|w| w.starts_with("counterpart"))
        // (a sector word used as an adjective names no one: "its military offensive in
        // Gaza" is its offensive)
        || (n.end == n.start + 1
            && tokens[n.start].upos == Upos::Adj
            && tokens.get(n.end).is_some_and(|x| x.upos == Upos::Noun))
    {
        return None;
    }
    let phrase = &text[tokens[n.start].start..tokens[n.end - 1].end];
    let end = tokens[n.end - 1].end;
    let actors: Vec<Resolved> = owners
        .iter()
        .filter_map(|r| {
            let cc = r.country()?;
            // "Hamas said its fighters had attacked", "the Houthis said their naval forces
            // had struck": the armed people of a named non-state group are that group.
            let code = if group_own_force(&r.code, &agent.code) {
                r.code.clone()
            } else {
                combine(&cc, &agent.code, agent.placement)
            };
            let mut steps = r.steps.clone();
            steps.push(format!(
                "possessive + agent \"{}\" -> {code}",
                &text[tokens[m.start].start..end]
            ));
            let mut entries = r.entries.clone();
            entries.push(entry_evidence(&agent.origin, phrase, &agent.code));
            Some(Resolved {
                code,
                name: None,
                start: r.start,
                end,
                entries,
                steps,
                person: false,
                sector_only: false,
                people: false,
            })
        })
        .collect();
    (!actors.is_empty()).then_some(ActorNp {
        start: m.start,
        end: n.end,
        actors,
        possessive: false,
        pronoun: true,
    })
}

/// Compose mentions into actor noun phrases. Phrases that only name where something
/// happened ("in Beijing", "near the Polish border") go to `places` instead.
pub fn compose(
    c: &Compiled,
    sent: SentView,
    mentions: &[Mention],
    date: Option<Date>,
    discourse: &Discourse,
    places: &mut Vec<ActorNp>,
) -> Vec<ActorNp> {
    let SentView {
        text,
        tokens,
        folded,
    } = sent;
    let mut nps = Vec::new();
    let mut k = 0;
    while k < mentions.len() {
        let m = &mentions[k];
        // Pronouns and groups stand alone.
        match &m.kind {
            MentionKind::Pronoun {
                singular,
                possessive,
                thing,
            } => {
                let tok = &tokens[m.start];
                // Candidates: persons earlier in this sentence and the discourse's last
                // person. The most salient wins: mentions so far in the document, plus one
                // for being in this sentence; ties go to the nearest.
                let mut cands: Vec<(usize, usize, Resolved)> = Vec::new();
                for (dist, r) in nps
                    .iter()
                    .rev()
                    .filter(|np: &&ActorNp| !np.pronoun)
                    .flat_map(|np| np.actors.iter())
                    .filter(|r| r.person)
                    .enumerate()
                {
                    let key = r.name.clone().unwrap_or_else(|| r.code.clone());
                    let sal = 1 + discourse.salience.get(&key).copied().unwrap_or(0);
                    cands.push((sal, usize::MAX - dist, r.clone()));
                }
                // A person named by role earlier in this sentence ("An Italian aid worker
                // walked free, a day after he was abducted"): as salient as a name first
                // seen here.
                if !*thing {
                    let roles = nps
                        .iter()
                        .rev()
                        .filter(|np: &&ActorNp| person_by_role(np, tokens, text))
                        .flat_map(|np| np.actors.iter());
                    let n = cands.len();
                    for (dist, r) in roles.enumerate() {
                        cands.push((1, usize::MAX - n - dist, r.clone()));
                    }
                }
                if let Some(p) = &discourse.last_person {
                    let key = p.name.clone().unwrap_or_else(|| p.code.clone());
                    let sal = discourse.salience.get(&key).copied().unwrap_or(0);
                    cands.push((sal, 0, p.clone()));
                }
                // "He thanked him": an object pronoun after a subject pronoun in its clause
                // is someone else, the next person of the discourse ("Netanyahu met Trump.
                // He thanked him" -> Trump).
                let object = matches!(folded[m.start].as_str(), "him" | "her") && !*possessive;
                // (The subject of the very verb: only auxiliaries, adverbs and that verb
                // between; "he said ... Meese told him" is another clause.)
                let subject_person = object
                    .then(|| {
                        nps.iter()
                            .rev()
                            .filter(|np: &&ActorNp| np.pronoun && !np.possessive)
                            .find(|np| {
                                np.end < m.start
                                    && m.start - np.end <= 3
                                    && (np.end..m.start).all(|i| {
                                        matches!(tokens[i].upos, Upos::Verb | Upos::Aux | Upos::Adv)
                                    })
                                    && (np.end..m.start)
                                        .filter(|&i| tokens[i].upos == Upos::Verb)
                                        .count()
                                        == 1
                            })
                            .and_then(|np| np.actors.iter().find(|r| r.person))
                            .and_then(|r| r.name.clone())
                    })
                    .flatten();
                if let Some(sub) = &subject_person {
                    cands.retain(|(_, _, r)| r.name.as_ref() != Some(sub));
                    let mut seen: Vec<String> = Vec::new();
                    for (dist, r) in discourse
                        .recent
                        .iter()
                        .rev()
                        .filter(|r| r.person)
                        .enumerate()
                    {
                        let Some(name) = r.name.clone() else { continue };
                        if &name == sub || seen.contains(&name) {
                            continue;
                        }
                        let sal = discourse.salience.get(&name).copied().unwrap_or(0);
                        cands.push((sal, 1_000 - dist.min(999), r.clone()));
                        seen.push(name);
                    }
                }
                let best = cands
                    .into_iter()
                    .max_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)))
                    .map(|(_, _, r)| r);
                let actors = if *thing {
                    // "Israel said it would ...", "Panama recalled its ambassador": the
                    // sentence's first state or organisation (usually its subject or the
                    // speaker; measured better than the nearest one), else the last subject.
                    // A dateline ("WASHINGTON, June 29 -") is never the antecedent, and
                    // only a phrase at the head of the sentence is: "ALC Corp said it ..."
                    // (a company the dictionary does not know) must not pick a later state.
                    // Nor is an agency credit in brackets ("KYIV (Reuters) - ... as Moscow
                    // pressed its offensive").
                    let dateline = |np: &ActorNp| {
                        // ("ADDIS ABABA (Reuters) - ...")
                        heads_dateline(np, folded)
                            // the second place of "JAKARTA, Indonesia -- ..."
                            || (np.start > 0
                                && np.start <= 4
                                && folded[np.start - 1] == ","
                                && matches!(
                                    folded.get(np.end).map(|w| w.as_str()),
                                    Some("-" | "--" | ":" | "(")
                                ))
                            || (np.start > 0
                                && folded[np.start - 1] == "("
                                && folded.get(np.end).is_some_and(|w| w == ")"))
                    };
                    // In a subordinate clause the clause's own state comes first ("..., as
                    // Moscow pressed its offensive").
                    // So does a coordinated clause's ("and the United States agreed to cut
                    // its budget deficit").
                    let clause_start = (0..m.start)
                        .rev()
                        .find(|&i| {
                            (matches!(
                                folded[i].as_str(),
                                "as" | "while" | "whereas" | "because" | "although" | "though"
                            ) && i > 0
                                && folded[i - 1] == ",")
                                || (matches!(folded[i].as_str(), "and" | "but")
                                    && nps.iter().any(|np: &ActorNp| {
                                        !np.pronoun
                                            && np.start > i
                                            && np.start <= i + 2
                                            && np.end < m.start
                                            && tokens.get(np.end).is_some_and(|t| {
                                                matches!(t.upos, Upos::Verb | Upos::Aux)
                                            })
                                    }))
                        })
                        .unwrap_or(0);
                    let in_clause = nps.iter().rev().find(|np: &&ActorNp| {
                        clause_start > 0
                            && np.start > clause_start
                            && np.end <= m.start
                            && !np.pronoun
                            && !np.possessive
                            && np.actors.iter().all(|r| !r.person && !r.sector_only)
                            && !person_by_role(np, tokens, text)
                    });
                    // "between Georgia and its separatist province", "the United States and
                    // its allies": a possessive right after a coordinator is the owner named
                    // just before it.
                    let coordinated_owner = (*possessive
                        && m.start >= 2
                        && matches!(folded[m.start - 1].as_str(), "and" | "or"))
                    .then(|| {
                        nps.iter().rev().find(|np: &&ActorNp| {
                            np.end == m.start - 1
                                && !np.pronoun
                                && !np.possessive
                                && np.actors.iter().all(|r| !r.person && !r.sector_only)
                        })
                    })
                    .flatten();
                    // "severed ties with Israel over its offensive", "criticised China for
                    // its treatment of": in the reason of a judgement, the one judged (the
                    // verb's object).
                    let judged_owner = (*possessive
                        && m.start >= 1
                        && matches!(folded[m.start - 1].as_str(), "over" | "for"))
                    .then(|| {
                        let v = (0..m.start - 1)
                            .rev()
                            .find(|&i| tokens[i].upos == Upos::Verb)?;
                        if !JUDGING.contains(&tokens[v].lemma.as_str()) {
                            return None;
                        }
                        nps.iter().rev().find(|np: &&ActorNp| {
                            np.start > v
                                && np.end < m.start
                                && !np.pronoun
                                && !np.possessive
                                && np.actors.iter().all(|r| !r.person && !r.sector_only)
                        })
                    })
                    .flatten();
                    // "Russia's decision to suspend its participation": in an infinitive
                    // after a possessed noun, the possessor's.
                    let infinitive_owner = (*possessive
                        && m.start >= 4
                        && folded[m.start - 2] == "to"
                        && tokens[m.start - 1].upos == Upos::Verb
                        && tokens[m.start - 3].upos == Upos::Noun)
                        .then(|| {
                            nps.iter().rev().find(|np: &&ActorNp| {
                                np.possessive
                                    && !np.pronoun
                                    && np.end == m.start - 3
                                    && np.actors.iter().all(|r| !r.person && !r.sector_only)
                            })
                        })
                        .flatten();
                    // "Muizzu told India on Saturday that it must withdraw": an obligation
                    // told to a state falls on that state, the verb's object.
                    let told_addressee = (!*possessive
                        && m.start >= 3
                        && folded[m.start - 1] == "that"
                        && matches!(
                            folded.get(m.start + 1).map(String::as_str),
                            Some("must" | "should" | "needs" | "need" | "has" | "had" | "ought")
                        ))
                    .then(|| {
                        nps.iter().rev().find(|np: &&ActorNp| {
                            !np.pronoun
                                && !np.possessive
                                && np.end < m.start
                                && np.actors.iter().all(|r| !r.person && !r.sector_only)
                                && (np.end..m.start - 1).all(|i| {
                                    matches!(folded[i].as_str(), "on" | "," | "yesterday" | "today")
                                        || crate::time::is_day_or_month(&folded[i])
                                })
                                && {
                                    let mut b = np.start;
                                    while b > 0 && tokens[b - 1].upos == Upos::Det {
                                        b -= 1;
                                    }
                                    b > 0
                                        && matches!(
                                            tokens[b - 1].lemma.as_str(),
                                            "tell" | "inform" | "remind" | "notify" | "advise"
                                        )
                                }
                        })
                    })
                    .flatten();
                    // The first such phrase, past a leading person ("Kim Jong Un said North
                    // Korea would never give up its weapons").
                    told_addressee
                        .or(coordinated_owner)
                        .or(infinitive_owner)
                        .or(judged_owner)
                        .or(in_clause)
                        .map(|np| np.actors.clone())
                        .or_else(|| {
                            // (A person named by role is no "it" either: "United told a
                            // bankruptcy court judge that it intends ...".)
                            nps.iter()
                                .filter(|np: &&ActorNp| !np.pronoun && !dateline(np))
                                .skip_while(|np| np.actors.iter().all(|r| r.person))
                                .take(1)
                                .find(|np| {
                                    np.start <= 8
                                        && np.actors.iter().all(|r| !r.person && !r.sector_only)
                                        && !person_by_role(np, tokens, text)
                                })
                                .map(|np| np.actors.clone())
                        })
                        .or_else(|| discourse.last_thing.clone().map(|r| vec![r]))
                        .unwrap_or_default()
                } else if *singular {
                    best.into_iter().collect::<Vec<_>>()
                } else {
                    // "Azerbaijan and Armenia exchanged fire along their border": for a
                    // possessive, a coordination earlier in the sentence; else the
                    // discourse's last group.
                    // Else the nearest plural noun before it in the sentence: "U.S. banks
                    // would declare their loans" (the banks'); a plural noun that is no
                    // actor ("want the banks to swap their debts") leaves it unresolved.
                    // (a plural noun: inflected, its lemma not its form)
                    let plural = |t: &dyad_text::Token| t.upos == Upos::Noun && t.lemma != t.norm;
                    let plural_before = || {
                        let p = (0..m.start).rev().find(|&i| plural(&tokens[i]))?;
                        Some(
                            nps.iter()
                                .rev()
                                .find(|np| !np.pronoun && np.start <= p && p < np.end)
                                .map(|np| np.actors.clone())
                                .unwrap_or_default(),
                        )
                    };
                    // (an object "them" also: "expelled three French diplomats, accusing
                    // them of subversive activities")
                    let object = folded[m.start] == "them";
                    // (for "them", a plural noun that is no actor leaves the discourse's
                    // group in play)
                    // (the plural object of a verb before it: "expelled three French
                    // diplomats, accusing them", "mistook three Egyptian police officers for
                    // militants and shot them")
                    let plural_object = || {
                        nps.iter()
                            .filter(|np| !np.pronoun && !np.actors.is_empty() && np.end <= m.start)
                            .find(|np| {
                                let mut b = np.start;
                                while b > 0
                                    && matches!(
                                        tokens[b - 1].upos,
                                        Upos::Det | Upos::Num | Upos::Adj
                                    )
                                {
                                    b -= 1;
                                }
                                let last = &tokens[np.end - 1];
                                // (or of a verb's preposition: "fired tear gas at
                                // protesters ... and arrested dozens of them")
                                let verb_before = |i: usize| tokens[i].upos == Upos::Verb;
                                let object_of = b > 0
                                    && (verb_before(b - 1)
                                        || (matches!(
                                            folded[b - 1].as_str(),
                                            "at" | "on" | "against"
                                        ) && (b.saturating_sub(5)..b - 1).any(verb_before)));
                                // (its head noun plural, a place after it or not:
                                // "protesters in Abuja")
                                object_of
                                    && (plural(last)
                                        || (np.start..np.end).any(|i| {
                                            plural(&tokens[i])
                                                && folded.get(i + 1).is_some_and(|w| w == "in")
                                        }))
                            })
                            .map(|np| np.actors.clone())
                    };
                    // (or, past the subject of the verb before it, the plural subject of an
                    // earlier clause: "thousands of demonstrators rallied outside the embassy
                    // before security forces dispersed them")
                    let plural_subject = || {
                        let verb = m.start.checked_sub(1)?;
                        if tokens[verb].upos != Upos::Verb {
                            return None;
                        }
                        let own_subject =
                            nps.iter().rposition(|np| !np.pronoun && np.end <= verb)?;
                        nps[..own_subject]
                            .iter()
                            .filter(|np| !np.pronoun && !np.possessive && !np.actors.is_empty())
                            .find(|np| {
                                plural(&tokens[np.end - 1])
                                    && np.actors.iter().all(|r| !r.person)
                                    && tokens
                                        .get(np.end)
                                        .is_some_and(|t| matches!(t.upos, Upos::Verb | Upos::Aux))
                            })
                            .map(|np| np.actors.clone())
                    };
                    let by_noun = if *possessive {
                        plural_before()
                    } else if object {
                        plural_object().or_else(plural_subject)
                    } else {
                        None
                    };
                    // "Congo's government and the M23 rebels said they had agreed to a
                    // truce": the subject of "they" after a reporting verb whose subject is
                    // the coordination just before it.
                    let speakers = || {
                        let last = nps.iter().rev().find(|np: &&ActorNp| !np.pronoun)?;
                        let verb = (last.end..m.start).find(|&i| tokens[i].upos == Upos::Verb)?;
                        let reporting = matches!(
                            tokens[verb].lemma.as_str(),
                            "say" | "announce" | "state" | "confirm" | "declare" | "tell"
                        ) && (verb + 1..m.start)
                            .all(|i| tokens[i].upos != Upos::Verb && tokens[i].upos != Upos::Punct);
                        // (or a plural speaker: "Police said they had killed dozens of
                        // rioters", "Rebel officials said they had captured the town")
                        let plural_speaker = || {
                            let head = &tokens[last.end - 1];
                            (head.upos == Upos::Noun
                                && (head.lemma != head.norm || head.norm == "police"))
                                .then(|| last.actors.clone())
                        };
                        reporting
                            .then(|| coordinated_before(&nps, folded).or_else(plural_speaker))
                            .flatten()
                    };
                    // "bowing to protesters a day after they stormed parliament": "they"
                    // opening a subordinate clause is the last plural group named before it
                    // in the sentence.
                    let subordinate_they = || {
                        let opener = m.start.checked_sub(1)?;
                        if !matches!(
                            folded[opener].as_str(),
                            "after"
                                | "before"
                                | "when"
                                | "as"
                                | "because"
                                | "while"
                                | "until"
                                | "since"
                                | "once"
                        ) {
                            return None;
                        }
                        nps.iter()
                            .rev()
                            .filter(|np| {
                                !np.pronoun
                                    && !np.possessive
                                    && np.end <= opener
                                    && !np.actors.is_empty()
                            })
                            .find(|np| {
                                let last = &tokens[np.end - 1];
                                // (a sector's plural the tagger took for a verb too:
                                // "bowing to protesters/VERB")
                                (plural(last)
                                    || (last.norm.ends_with('s')
                                        && np.actors.iter().all(|r| r.sector_only)))
                                    && np.actors.iter().all(|r| !r.person)
                            })
                            .map(|np| np.actors.clone())
                    };
                    possessive
                        .then(|| coordinated_before(&nps, folded))
                        .flatten()
                        .or(by_noun)
                        .or_else(|| (!*possessive && !object).then(speakers).flatten())
                        .or_else(|| (!*possessive && !object).then(subordinate_they).flatten())
                        .or_else(|| discourse.last_group.clone())
                        .unwrap_or_default()
                };
                let actors = actors
                    .into_iter()
                    .map(|mut r| {
                        r.steps.push(format!(
                            "pronoun \"{}\" -> {} ({})",
                            &text[tok.start..tok.end],
                            r.name.clone().unwrap_or_else(|| r.code.clone()),
                            r.code
                        ));
                        r.start = tok.start;
                        r.end = tok.end;
                        r
                    })
                    .collect::<Vec<_>>();
                if !actors.is_empty() {
                    if *possessive {
                        if let Some(np) = possessive_agent(c, sent, mentions, k, &actors) {
                            nps.push(np);
                            k += 2;
                            continue;
                        }
                        // "halt new lending to his country": the country itself, not its
                        // leader's government.
                        let land = folded.get(m.end).is_some_and(|w| {
                            matches!(w.as_str(), "country" | "nation" | "homeland")
                        });
                        if land {
                            let states: Vec<Resolved> = actors
                                .iter()
                                .filter_map(|r| {
                                    let mut s = r.as_state()?;
                                    s.steps.push(format!(
                                        "\"{} {}\": the state {}",
                                        &text[tok.start..tok.end],
                                        folded[m.end],
                                        s.code
                                    ));
                                    s.end = tokens[m.end].end;
                                    Some(s)
                                })
                                .collect();
                            if !states.is_empty() {
                                nps.push(ActorNp {
                                    start: m.start,
                                    end: m.end + 1,
                                    actors: states,
                                    possessive: false,
                                    pronoun: true,
                                });
                                k += 1;
                                continue;
                            }
                        }
                    }
                    nps.push(ActorNp {
                        start: m.start,
                        end: m.end,
                        actors,
                        possessive: *possessive,
                        pronoun: true,
                    });
                }
                k += 1;
                continue;
            }
            MentionKind::Group(n, kind) => {
                let span = (tokens[m.start].start, tokens[m.end - 1].end);
                // "Ghazouani welcomed Faye at the airport before the two leaders met": the
                // states this sentence named before, when there are just as many.
                // (Not a place named on the way: "met in the Russian city of Kazan, days
                // after the two countries reached an agreement", "in Kazan", nor a
                // dateline's, "KAZAN, Russia, Oct 23 (Reuters) -".)
                let dateline_end = (2..folded.len().min(18))
                    .find(|&k| {
                        folded[k - 1] == ")" && matches!(folded[k].as_str(), "-" | "--" | "—" | "–")
                    })
                    .unwrap_or(0);
                let place = |np: &ActorNp| {
                    if np.end <= dateline_end {
                        return true;
                    }
                    let before = np.start.checked_sub(1).map(|b| {
                        if folded[b] == "the" && b > 0 {
                            folded[b - 1].as_str()
                        } else {
                            folded[b].as_str()
                        }
                    });
                    // (nor a modifier of another noun: "on the sidelines of a BRICS summit")
                    tokens.get(np.end).is_some_and(|t| t.upos == Upos::Noun)
                        || matches!(before, Some("in" | "at" | "near"))
                };
                let here: Vec<Resolved> = nps
                    .iter()
                    .filter(|np: &&ActorNp| !np.pronoun && np.end <= m.start && !place(np))
                    .flat_map(|np| np.actors.iter().cloned())
                    .collect();
                // (only states and their governments, every actor named a state's: not
                // "a delegation from ECOWAS met Niger's ruler, the first talks between the two
                // sides")
                // (not as the object of the clause those states head: "China and the United
                // States urged both countries to exercise restraint" asks two others)
                let mut p = m.start;
                while p > 0 && matches!(folded[p - 1].as_str(), "the" | "all") {
                    p -= 1;
                }
                let object = p > 0
                    && (tokens[p - 1].upos == Upos::Verb
                        || matches!(
                            folded[p - 1].as_str(),
                            "on" | "to" | "with" | "for" | "against"
                        ));
                let in_sentence = (matches!(kind, GroupKind::Governments | GroupKind::Countries)
                    && !object
                    && here.iter().all(|r| r.country().is_some()))
                .then(|| discourse.states_of(&here, *kind))
                .flatten()
                .filter(|g| g.len() == *n);
                // "Minsk recalled its ambassadors from Poland and Lithuania, accusing the two
                // neighbours": past the clause's own state, the last states this sentence
                // named, when there are more of them than the group needs.
                let named_last = || {
                    if !matches!(kind, GroupKind::Countries | GroupKind::Governments)
                        || here.iter().any(|r| r.country().is_none())
                    {
                        return None;
                    }
                    let all = discourse.states_of(&here, *kind)?;
                    if all.len() <= *n {
                        return None;
                    }
                    let others = &all[1..];
                    (others.len() >= *n).then(|| others[others.len() - *n..].to_vec())
                };
                let in_sentence = in_sentence.or_else(named_last);
                if let Some(g) = in_sentence.or_else(|| discourse.group_of(*n, *kind)) {
                    let actors = g
                        .into_iter()
                        .map(|mut r| {
                            r.steps.push(format!(
                                "group \"{}\" -> most recent set of {n} actors: {}",
                                &text[span.0..span.1],
                                r.code
                            ));
                            r.start = span.0;
                            r.end = span.1;
                            r
                        })
                        .collect();
                    nps.push(ActorNp {
                        start: m.start,
                        end: m.end,
                        actors,
                        possessive: false,
                        pronoun: false,
                    });
                }
                k += 1;
                continue;
            }
            _ => {}
        }
        // Gather a run of adjacent name/agent mentions.
        let mut run = vec![k];
        let mut end = m.end;
        let mut j = k + 1;
        // Set once an agent took a place ("the ambassadors of Arnor", "lawmakers in
        // Fornost"): further coordinated places share the agent.
        let mut agent_of_place = false;
        while j < mentions.len() {
            let n = &mentions[j];
            if matches!(n.kind, MentionKind::Pronoun { .. } | MentionKind::Group(..)) {
                break;
            }
            let gap: Vec<&str> = folded[end..n.start].iter().map(|s| s.as_str()).collect();
            let next_is_agent_or_name = matches!(
                n.kind,
                MentionKind::Hit(NounHit::Agent(_)) | MentionKind::Alias(_)
            ) || matches!(n.kind, MentionKind::Hit(NounHit::Actor(i)) if c.dict.actors.get(i as usize).is_some_and(|a| a.kind == ActorKind::Person));
            let prev_is_agent = matches!(mentions[j - 1].kind, MentionKind::Hit(NounHit::Agent(_)));
            // "the kidnappers of an aid worker", "the killers of a French journalist":
            // criminals "of" a person are that person's kidnappers or killers, not people of
            // the person's kind ("pirates of Somalia" still compose).
            let plural_head = {
                let last = &tokens[end - 1];
                last.upos == Upos::Noun
                    && last.norm.len() > 3
                    && last.norm.ends_with('s')
                    && !last.norm.ends_with("ss")
                    && last.lemma != last.norm
            };
            let next_is_state_or_org = matches!(n.kind, MentionKind::Hit(NounHit::Actor(i)) if c.dict.actors.get(i as usize).is_some_and(|a| a.kind != ActorKind::Person));
            let perpetrators = matches!(mentions[j - 1].kind, MentionKind::Hit(NounHit::Agent(i)) if c.dict.agents.get(i as usize).is_some_and(|a| a.code == "CRM"));
            // "Israel's opposition Labour party", "Russia's Gazprom": an organisation after
            // a possessor belongs to the phrase (the organisation's own code wins, except
            // for a party name several countries use).
            // (Not an international organisation: "Sweden's NATO bid" is Sweden's bid.)
            let next_is_org = matches!(n.kind, MentionKind::Hit(NounHit::Actor(i)) if c.dict.actors.get(i as usize).is_some_and(|a| matches!(a.kind, ActorKind::Organization | ActorKind::Group) && !a.code_on(None).is_some_and(|code| code.starts_with("IGO"))));
            // A plural demonym is a whole phrase ("the number of Palestinians Israel has
            // killed", "the academic Mexicans love to hate"): nothing composes after it.
            let plural_demonym =
                matches!(mentions[j - 1].kind, MentionKind::Hit(NounHit::Demonym(_))) && {
                    let last = &tokens[end - 1];
                    matches!(last.upos, Upos::Noun | Upos::Propn)
                    && last.norm.len() > 3
                    && last.norm.ends_with('s')
                    // ("Swiss banks")
                    && !last.norm.ends_with("ss")
                };
            let ok = match gap.as_slice() {
                // ("the hostages Hamas holds", "the soldiers Russia captured": a plural
                // agent noun right before a state or group is the object of a relative
                // clause, not a title of it, unlike "the militant group Hamas")
                [] => !(plural_demonym || prev_is_agent && plural_head && next_is_state_or_org),
                ["'s"] | ["'"] => next_is_agent_or_name || next_is_org,
                // "Poland's new government", "South Korea's unification ministry",
                // "Russia's Baltic Fleet": possessor, modifiers (adjectives, names the
                // dictionary does not know, lowercase nouns), then the agent.
                ["'s" | "'", ..]
                    if (matches!(n.kind, MentionKind::Hit(NounHit::Agent(_))) || next_is_org)
                        && gap.len() <= 3
                        && (end + 1..n.start).all(|t| {
                            matches!(tokens[t].upos, Upos::Adj | Upos::Num | Upos::Propn)
                                || (tokens[t].upos == Upos::Noun
                                    && !is_capitalised(text, &tokens[t]))
                                // ("China's visiting military chief", "Russia's newly
                                // appointed defence minister")
                                || (tokens[t].upos == Upos::Verb
                                    && (folded[t].ends_with("ing") || folded[t].ends_with("ed"))
                                    && !is_capitalised(text, &tokens[t]))
                                || (tokens[t].upos == Upos::Adv && folded[t].ends_with("ly"))
                        }) =>
                {
                    true
                }
                // "U.S. trade officials", "Polish war crimes prosecutors": a country, then
                // lowercase nouns the dictionary does not know, then the agent.
                [_, ..]
                    if gap.len() <= 3
                        && matches!(n.kind, MentionKind::Hit(NounHit::Agent(_)))
                        && countrylike_kind(c, &mentions[j - 1].kind)
                        // (a bare "verb" there is a noun the tagger missed: "U.S. trade/VERB
                        // officials")
                        && (end..n.start).all(|t| {
                            let x = &tokens[t];
                            ((matches!(x.upos, Upos::Noun | Upos::Adj)
                                || (x.upos == Upos::Verb && x.lemma == x.norm))
                                && !is_capitalised(text, x))
                                // (a model designation: "Thai F-16 jets", "Russian Su-25
                                // warplanes")
                                || (x.norm.bytes().any(|b| b.is_ascii_digit())
                                    && x.norm.bytes().any(|b| b.is_ascii_alphabetic()))
                        }) =>
                {
                    true
                }
                // "Indian Earth Sciences Minister Kiren Rijiju": a country, then a portfolio
                // the dictionary does not know, then a capitalised minister's title.
                [_, ..]
                    if gap.len() <= 3
                        && matches!(n.kind, MentionKind::Hit(NounHit::Agent(_)))
                        && countrylike_kind(c, &mentions[j - 1].kind)
                        && matches!(folded[n.start].as_str(), "minister" | "secretary")
                        && is_capitalised(text, &tokens[n.start])
                        && (end..n.start).all(|t| {
                            matches!(tokens[t].upos, Upos::Noun | Upos::Propn | Upos::Adj)
                                && is_capitalised(text, &tokens[t])
                        }) =>
                {
                    true
                }
                ["for"] => prev_is_agent,
                // ("a spokesman for the Chinese foreign ministry")
                ["for", rest @ ..]
                    if prev_is_agent
                        && rest.len() <= 2
                        && (end + 1..n.start).all(|t| {
                            matches!(tokens[t].upos, Upos::Det | Upos::Adj) || folded[t] == "the"
                        }) =>
                {
                    true
                }
                ["of", rest @ ..]
                    if prev_is_agent
                        && (!perpetrators || next_is_state_or_org)
                        && rest.len() <= 3
                        && (end + 1..n.start).all(|t| {
                            matches!(tokens[t].upos, Upos::Det | Upos::Adj | Upos::Propn)
                                || folded[t] == "the"
                        }) =>
                {
                    true
                }
                // "Soldiers from Gondor", "lawmakers in Fornost": agent + place, also with
                // the place's own modifiers ("dissidents from military-ruled Myanmar").
                ["from" | "in", rest @ ..]
                    if rest.len() <= 4
                        // (not equipment bought or sent from a place: "buy 40 F-16 fighter
                        // jets from the United States")
                        && !(gap[0] == "from"
                            && folded[..end].last().is_some_and(|w| EQUIPMENT.contains(&w.as_str())))
                        // (nor forces withdrawn from a place: "Russia's withdrawal of troops
                        // from Kherson")
                        && !(gap[0] == "from" && {
                            let mut b = mentions[j - 1].start;
                            while b > 0
                                && (matches!(tokens[b - 1].upos, Upos::Det | Upos::Num | Upos::Adj)
                                    || folded[b - 1] == "of"
                                    || folded[b - 1] == "its"
                                    || folded[b - 1] == "their")
                            {
                                b -= 1;
                            }
                            b > 0
                                && matches!(
                                    tokens[b - 1].lemma.as_str(),
                                    "withdraw" | "withdrawal" | "pull" | "evacuate" | "evacuation"
                                        | "move" | "redeploy" | "relocate" | "pullout"
                                )
                        })
                        // (nor forces stationed or sent into a place, which is where they
                        // go, not whose they are: "station a brigade in Lithuania")
                        && !(gap[0] == "in" && {
                            let mut b = mentions[j - 1].start;
                            while b > 0
                                && matches!(tokens[b - 1].upos, Upos::Det | Upos::Num | Upos::Adj)
                            {
                                b -= 1;
                            }
                            b > 0
                                && matches!(
                                    tokens[b - 1].lemma.as_str(),
                                    "station" | "deploy" | "send" | "base" | "position" | "keep"
                                        | "maintain" | "dispatch"
                                )
                        })
                        // (not a possessor of an act: "casualties in Iran's offensive")
                        && !(matches!(folded.get(n.end).map(|w| w.as_str()), Some("'s" | "'"))
                            && folded
                                .iter()
                                .zip(tokens)
                                .skip(n.end + 1)
                                .find(|(w, t)| t.upos != Upos::Adj && !w.contains('-'))
                                .is_some_and(|(w, _)| ACT_NOUNS.contains(&w.as_str())))
                        && (end + 1..n.start).all(|t| {
                            folded[t] == "the"
                                || folded[t] == "-"
                                || matches!(tokens[t].upos, Upos::Adj)
                                || (tokens[t].upos == Upos::Verb && folded[t].ends_with("ed"))
                        }) =>
                {
                    let place = match n.kind {
                        MentionKind::Hit(NounHit::Demonym(_) | NounHit::Capital(_)) => true,
                        MentionKind::Hit(NounHit::Actor(i)) => c
                            .dict
                            .actors
                            .get(i as usize)
                            .is_some_and(|a| a.kind != ActorKind::Person),
                        _ => false,
                    };
                    // Only when the phrase has no nationality yet: "the US commander in
                    // Iraq" is American, and Iraq is where he serves.
                    let has_country = run.iter().any(|&r| match mentions[r].kind {
                        MentionKind::Hit(NounHit::Demonym(_) | NounHit::Capital(_)) => true,
                        MentionKind::Hit(NounHit::Actor(i)) => {
                            c.dict.actors.get(i as usize).is_some_and(countrylike)
                        }
                        _ => false,
                    });
                    prev_is_agent && place && !has_country
                }
                [","] => {
                    // Apposition: "the foreign minister, Park Jin" -> one actor. Not a
                    // plural before it ("failed to arrest the suspects, prosecutor Carla
                    // Del Ponte told ...": the suspects are not the prosecutor).
                    let plural = end
                        .checked_sub(1)
                        .and_then(|h| tokens.get(h))
                        .is_some_and(|h| h.upos == Upos::Noun && h.lemma != h.norm);
                    // (Nor a clause's subject with its verb: "toward the Mexican embassy,
                    // officials said".)
                    let subject = tokens
                        .get(n.end)
                        .is_some_and(|t| matches!(t.upos, Upos::Verb | Upos::Aux));
                    prev_is_agent && next_is_agent_or_name && !plural && !subject
                }
                _ => false,
            };
            // Coordinated demonyms sharing a head: "South Korean and Japanese counterparts".
            // Also "U.S. and British warplanes": a country name used as an adjective.
            let countryish = |k: &MentionKind| countrylike_kind(c, k);
            // A bare comma only inside a list that goes on ("A, B and C"): "In Gaza,
            // Israeli airstrikes" is not a coordination.
            let list_goes_on = matches!(
                folded.get(n.end).map(|w| w.as_str()),
                Some("," | "and" | "or")
            );
            // "South Korean and U.S. forces": a country name as the last adjective, right
            // before the shared head.
            let country_before_agent = countryish(&n.kind)
                && mentions.get(j + 1).is_some_and(|h| {
                    h.start == n.end && matches!(h.kind, MentionKind::Hit(NounHit::Agent(_)))
                });
            // ("16 American and one Canadian missionaries": a count before each demonym)
            let counted = n.start >= 2
                && mentions[j - 1].end == n.start - 2
                && folded[n.start - 2] == "and"
                && tokens[n.start - 1].upos == Upos::Num;
            let coord = (matches!(gap.as_slice(), ["and"] | [",", "and"])
                || counted
                || (gap.as_slice() == [","] && list_goes_on))
                && countryish(&mentions[j - 1].kind)
                && (matches!(n.kind, MentionKind::Hit(NounHit::Demonym(_)))
                    || country_before_agent);
            // "The ambassadors of Arnor, Osgiliath and Gondor": later places in the list.
            // (not a possessor opening the next phrase: "an attack on an army post in North
            // Waziristan, Pakistan's foreign ministry said")
            let listed = agent_of_place
                && countryish(&n.kind)
                && gap.iter().all(|w| matches!(*w, "," | "and" | "the"))
                && gap.iter().any(|w| matches!(*w, "," | "and"))
                && !matches!(folded.get(n.end).map(|w| w.as_str()), Some("'s" | "'"));
            // "Thatcher's official visit": a title word tagged as an adjective before a noun
            // modifies that noun; it is no title. (A sector word keeps the sector: "China's
            // military drills" are the military's.)
            let adjective_agent = matches!(n.kind, MentionKind::Hit(NounHit::Agent(_)))
                && n.end == n.start + 1
                && tokens[n.start].upos == Upos::Adj
                && matches!(
                    folded[n.start].as_str(),
                    "official" | "presidential" | "ministerial" | "royal"
                )
                && tokens.get(n.end).is_some_and(|t| {
                    t.upos == Upos::Noun && !crate::time::is_day_or_month(&folded[n.end])
                })
                // ("military leader", "embassy officials": the noun is a title itself)
                && !mentions.iter().any(|x| x.start == n.end);
            if !(ok || coord || listed) || adjective_agent {
                break;
            }
            if ok
                && matches!(mentions[j - 1].kind, MentionKind::Hit(NounHit::Agent(_)))
                && matches!(gap.first(), Some(&"of" | &"in" | &"from"))
                && countryish(&n.kind)
            {
                agent_of_place = true;
            }
            run.push(j);
            end = n.end;
            j += 1;
        }
        let start = m.start;
        // A title followed by a name the dictionary does not know ("Deputy Secretary of
        // Energy Jeffrey Kupfer"): the name belongs to the phrase.
        let last_is_agent = run
            .last()
            .is_some_and(|&k| matches!(mentions[k].kind, MentionKind::Hit(NounHit::Agent(_))));
        // So is the rest of a person's name after a shorter phrase of theirs ("President Xi"
        // + "Jinping", "President Kim Jong" + "Un"), up to two words.
        let last_is_person = run.last().is_some_and(|&k| match mentions[k].kind {
            MentionKind::Hit(NounHit::Actor(i)) => c
                .dict
                .actors
                .get(i as usize)
                .is_some_and(|a| a.kind == ActorKind::Person),
            MentionKind::Hit(NounHit::Surname(_)) => true,
            _ => false,
        });
        if last_is_agent || last_is_person {
            let next_mention = mentions.get(j).map(|n| n.start).unwrap_or(tokens.len());
            let limit = if last_is_agent { usize::MAX } else { end + 2 };
            while end < next_mention
                && end < tokens.len()
                && end < limit
                && tokens[end].upos == Upos::Propn
                && is_capitalised(text, &tokens[end])
                // "a Palestinian refugee camp Saturday": a weekday is no name.
                && !crate::time::is_weekday(&folded[end])
            {
                end += 1;
            }
        }
        let mut possessive = false;
        let mut np_end = end;
        if let Some(w) = folded.get(end) {
            if w == "'s" || w == "'" {
                possessive = true;
                np_end = end + 1;
            }
        }
        let span = (tokens[start].start, tokens[end - 1].end);
        let mut actors = split_compound(resolve_run(c, text, tokens, mentions, &run, date, span));
        // "a former White House official", "former Israeli prime minister": someone who
        // held the office, an elite (`ELI`) of that country, as for persons whose roles
        // have all ended. (Not a former teacher, journalist or worker: "the former English
        // teacher" is no elite.)
        let former = start
            .checked_sub(1)
            .is_some_and(|b| matches!(folded[b].as_str(), "former" | "ex" | "ex-"));
        if former {
            for r in actors.iter_mut().filter(|r| !r.person) {
                let c = dyad_core::ActorCode::parse(&r.code);
                let office = c.sector.as_deref().is_some_and(|s| {
                    matches!(
                        s,
                        "GOV" | "LEG" | "JUD" | "MIL" | "COP" | "SPY" | "PTY" | "OPP" | "ELI"
                    )
                });
                if !office {
                    continue;
                }
                // (With no country yet, "a former army commander" is an elite whose
                // country the context gives, as for any agent.)
                let cc = c.country.unwrap_or_default();
                r.steps.push(format!("\"former\": {} -> {cc}ELI", r.code));
                r.code = format!("{cc}ELI");
            }
        }
        // After a locative preposition a capital names a place ("southwest of Baghdad",
        // "talks in Beijing"), and so does anything after "near", "along" ("near the
        // Polish border"): not an actor, but kept as a place for the event's location.
        {
            let mut b = start;
            while b > 0 && matches!(tokens[b - 1].upos, Upos::Det | Upos::Adj) {
                b -= 1;
            }
            let prep = b.checked_sub(1).map(|x| folded[x].as_str()).unwrap_or("");
            // (A city or region the dictionary codes as its country counts as a capital does:
            // "in a raid in North Waziristan", "killed in Kharkiv".)
            let city = |k: &MentionKind| match k {
                MentionKind::Hit(NounHit::Actor(i)) => {
                    c.dict.actors.get(*i as usize).is_some_and(|a| {
                        a.kind == ActorKind::Country && a.origin.file.contains("cities")
                    })
                }
                _ => false,
            };
            let capital_only = run.len() == 1
                && (matches!(m.kind, MentionKind::Hit(NounHit::Capital(_))) || city(&m.kind));
            // "at a summit in the Nigerian capital", "in Chinese waters": a demonym before a
            // word for a place names where, not who.
            let demonym_place = run.len() == 1
                && !possessive
                && matches!(m.kind, MentionKind::Hit(NounHit::Demonym(_)))
                && matches!(prep, "in" | "from" | "at" | "into")
                && folded.get(np_end).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "capital" | "city" | "town" | "village" | "port" | "waters" | "soil"
                    )
                });
            let is_place = matches!(
                prep,
                "near"
                    | "along"
                    | "outside"
                    | "around"
                    | "across"
                    | "toward"
                    | "towards"
                    | "throughout"
                    | "via"
                    | "inside"
                    | "beyond"
                    | "off"
            ) || (capital_only && matches!(prep, "in" | "of" | "from"))
                || demonym_place
                // "In Brussels, NATO's chief ...": an opening "in" phrase is where, not who.
                || (prep == "in"
                    && b == 1
                    && run.len() == 1
                    && folded.get(np_end).is_some_and(|w| w == ","))
                // "outside a Baghdad hotel": a capital modifying a common noun.
                || (capital_only
                    && !possessive
                    && tokens.get(np_end).is_some_and(|t| {
                        t.upos == Upos::Noun
                            && !is_capitalised(text, t)
                            && !mentions.iter().any(|m| m.start == np_end)
                    }))
                // "pounded Beirut's southern suburbs", "hit Kyiv's outskirts": a part of a
                // capital's area is a place, not its government.
                || (capital_only
                    && possessive
                    && (np_end..(np_end + 3).min(folded.len()))
                        .take_while(|&j| {
                            j == np_end || matches!(tokens[j - 1].upos, Upos::Adj | Upos::Noun)
                        })
                        .any(|j| CITY_PARTS.contains(&folded[j].as_str())))
                // "fired missiles at Damascus International Airport": a capital naming a
                // facility is a place.
                || (capital_only
                    && !possessive
                    && (np_end..(np_end + 2).min(folded.len())).any(|j| {
                        matches!(
                            folded[j].as_str(),
                            "airport" | "port" | "harbour" | "harbor" | "university" | "stadium"
                        )
                    }))
                // "the Kyoto Protocol", "the Oslo Accords", "the Minsk agreements": a place
                // naming a document is no party to anything.
                || (run.len() == 1
                    && !possessive
                    && match m.kind {
                        MentionKind::Hit(NounHit::Capital(_)) => true,
                        MentionKind::Hit(NounHit::Actor(i)) => c
                            .dict
                            .actors
                            .get(i as usize)
                            .is_some_and(|a| a.kind == ActorKind::Country),
                        _ => false,
                    }
                    && folded.get(np_end).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "protocol"
                                | "protocols"
                                | "accord"
                                | "accords"
                                | "agreement"
                                | "agreements"
                                | "treaty"
                                | "convention"
                                | "conventions"
                                | "declaration"
                                | "charter"
                                | "process"
                                | "communique"
                                | "consensus"
                                | "round"
                        )
                    }))
                // "the rugged Afghan border": a boundary, not the state.
                || (run.len() == 1
                    && !possessive
                    && folded.get(np_end).is_some_and(|w| is_boundary_word(w))
                    && matches!(m.kind, MentionKind::Hit(NounHit::Demonym(_))));
            if is_place {
                places.push(ActorNp {
                    start,
                    end: np_end,
                    actors,
                    possessive,
                    pronoun: false,
                });
                k = j;
                continue;
            }
        }
        // "Plaza Murillo", "Fort Bragg", "the Mandela Bridge", "Kennedy Airport": a person's
        // name in the name of a square, street or building is a place, not the person.
        if actors.iter().all(|r| r.person)
            && !possessive
            && ((start > 0
                && is_capitalised(text, &tokens[start - 1])
                && matches!(
                    folded[start - 1].as_str(),
                    "plaza" | "avenida" | "avenue" | "rue" | "fort" | "camp" | "boulevard"
                ))
                || tokens.get(np_end).is_some_and(|t| is_capitalised(text, t))
                    && folded.get(np_end).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "square"
                                | "street"
                                | "avenue"
                                | "road"
                                | "boulevard"
                                | "bridge"
                                | "airport"
                                | "stadium"
                                | "park"
                                | "hospital"
                                | "university"
                                | "highway"
                                | "plaza"
                                | "prize"
                        )
                    }))
        {
            k = j;
            continue;
        }
        // "the U.S. dollar", "Australian dollars": a currency is no actor ("Brazil won"
        // is no currency: not a verb).
        if !possessive
            && tokens
                .get(np_end)
                .is_some_and(|t| !matches!(t.upos, Upos::Verb | Upos::Aux))
            && folded.get(np_end).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "dollar"
                        | "dollars"
                        | "dlr"
                        | "dlrs"
                        | "currency"
                        | "currencies"
                        | "franc"
                        | "francs"
                        | "yen"
                        | "pound"
                        | "pounds"
                        | "sterling"
                        | "peso"
                        | "pesos"
                        | "rupee"
                        | "rupees"
                        | "lira"
                        | "rouble"
                        | "ruble"
                        | "yuan"
                        | "won"
                        | "dinar"
                        | "riyal"
                        | "rand"
                        | "shekel"
                )
            })
        {
            k = j;
            continue;
        }
        // "the international community", "world leaders": a sector of no state in
        // particular is no actor (the dateline's country would be wrong).
        if actors.iter().all(|r| r.sector_only)
            && start > 0
            && matches!(
                folded[start - 1].as_str(),
                "international" | "world" | "global"
            )
        {
            k = j;
            continue;
        }
        // A sector word used as a modifier ("joint military drills", "police station") is
        // not an actor. (A possessor is one: "rejecting the army's plan".)
        // (Nor is the author of an act judged: "condemned the police crackdown", "voiced
        // concern over the police shootings", "criticised the military takeover" judge the
        // police, the military.)
        let judged_author = start >= 2
            && folded[start - 1] == "the"
            && matches!(
                tokens[start - 2].lemma.as_str(),
                "condemn"
                    | "criticize"
                    | "criticise"
                    | "denounce"
                    | "deplore"
                    | "decry"
                    | "slam"
                    | "over"
                    | "about"
                    | "at"
            )
            && tokens.get(np_end).is_some_and(|t| {
                matches!(
                    t.lemma.as_str(),
                    "crackdown"
                        | "shooting"
                        | "takeover"
                        | "violence"
                        | "repression"
                        | "raid"
                        | "killing"
                        | "abuse"
                        | "brutality"
                        | "coup"
                )
            });
        if actors.iter().all(|r| r.sector_only)
            && !possessive
            && !judged_author
            && tokens.get(np_end).is_some_and(|t| {
                t.upos == Upos::Noun && !mentions.iter().any(|m| m.start == np_end)
            })
        {
            k = j;
            continue;
        }
        // A bare role noun ("the minister", "his counterpart") refers to someone already
        // mentioned: resolve it from the discourse.
        if actors.len() == 1 && actors[0].sector_only && run.len() == 1 {
            let det = start
                .checked_sub(1)
                .map(|i| folded[i].as_str())
                .unwrap_or("");
            let head = folded[start..end].join(" ");
            let counterpart = head.contains("counterpart");
            // ("praised the troops": a state's troops named before)
            let troops = matches!(head.as_str(), "troops" | "soldiers") && det == "the";
            let plural = head.ends_with('s')
                && !head.ends_with("ss")
                && !troops
                && !matches!(head.as_str(), "armed forces" | "security forces");
            // "European Union leaders agreed ... The leaders also warned": a definite plural
            // role noun is the group last named with that very word (whatever sector the
            // word alone would give: "the paramilitary RSF" ... "the paramilitaries").
            if plural && det == "the" {
                // (or its singular, as a modifier: "the paramilitary Rapid Support Forces"
                // ... "the paramilitaries", "the M23 rebel group" ... "the rebels")
                let singular = match head.strip_suffix("ies") {
                    Some(stem) => format!("{stem}y"),
                    None => head.strip_suffix('s').unwrap_or(&head).to_string(),
                };
                let named = discourse
                    .recent
                    .iter()
                    .rev()
                    .chain(nps.iter().rev().flat_map(|np| np.actors.iter()))
                    .find(|r| {
                        !r.sector_only
                            && !r.person
                            && text.get(r.start..r.end).is_some_and(|m| {
                                m.split_whitespace().any(|w| {
                                    w.eq_ignore_ascii_case(head.as_str())
                                        || w.eq_ignore_ascii_case(singular.as_str())
                                })
                            })
                    })
                    .cloned();
                if let Some(r) = named {
                    actors = vec![referent(r, "definite description", text, span, "named so")];
                }
            }
            if !plural && (counterpart || matches!(det, "the" | "his" | "her" | "their" | "its")) {
                let sector = actors[0].code.clone();
                // For "his counterpart": someone of the same sector from another country than
                // the nearest person (the one "his" refers to).
                let anchor_country = nps
                    .iter()
                    .rev()
                    .flat_map(|np: &ActorNp| np.actors.iter())
                    .find(|r| r.person)
                    .or(discourse.last_person.as_ref())
                    .and_then(|r| r.country());
                let candidates = || {
                    discourse
                        .recent
                        .iter()
                        .rev()
                        .chain(nps.iter().rev().flat_map(|np| np.actors.iter()))
                        .filter(|r| {
                            !r.sector_only
                                && r.code.ends_with(&sector)
                                && (!counterpart || r.country() != anchor_country)
                        })
                };
                // An institution ("the military", "the government"), not a person ("the
                // president" is whoever was mentioned).
                let institution = matches!(
                    head.as_str(),
                    "military"
                        | "army"
                        | "troops"
                        | "soldiers"
                        | "navy"
                        | "air force"
                        | "government"
                        | "junta"
                        | "regime"
                        | "police"
                        | "parliament"
                        | "armed forces"
                        | "security forces"
                        | "opposition"
                        | "judiciary"
                );
                // "Venezuela's opposition leader called on the military": an institution of a
                // state this sentence names comes first; when none was mentioned, the one
                // state's institution is built.
                let here: Vec<String> = nps
                    .iter()
                    .flat_map(|np| np.actors.iter())
                    .filter_map(|r| r.country())
                    .collect();
                let mut states = here.clone();
                states.sort();
                states.dedup();
                let built = (institution && states.len() == 1).then(|| {
                    let mut r = actors[0].clone();
                    r.code = format!("{}{}", states[0], sector);
                    r.sector_only = false;
                    r
                });
                // ("The minister pledged ..." after "External Affairs Minister S. Jaishankar met
                // Sri Lankan President Ranil Wickremesinghe": the person who holds that title,
                // not merely the last one named)
                let titled = || {
                    (!institution && !counterpart)
                        .then(|| {
                            // (the title as the text gave it, not a role the person held
                            // at another time)
                            candidates().find(|r| {
                                text.get(r.start..r.end)
                                    .is_some_and(|m| m.to_lowercase().contains(head.as_str()))
                            })
                        })
                        .flatten()
                        .cloned()
                };
                // ("Niger's military rulers ordered France's ambassador to leave. The junta
                // accused him": the institution named so before, not the latest actor of its
                // sector)
                let named_so = || {
                    let words: &[&str] = match head.as_str() {
                        "junta" | "regime" => &[
                            "junta",
                            "military rulers",
                            "military government",
                            "military leaders",
                            "regime",
                        ],
                        "ministry" => &["ministry"],
                        _ => &[],
                    };
                    (institution || head == "ministry")
                        .then(|| {
                            candidates().find(|r| {
                                text.get(r.start..r.end).is_some_and(|m| {
                                    let m = m.to_lowercase();
                                    words.iter().any(|w| m.contains(w))
                                })
                            })
                        })
                        .flatten()
                        .cloned()
                };
                // ("The ECOWAS delegation, led by Ghana's foreign minister, met Doumbouya
                // ... who the junta says": a junta is the one named so before, whatever
                // other state the sentence names)
                let junta = head == "junta";
                // (and, first named, the junta of the story's country: "OUAGADOUGOU - ... The
                // junta led by Captain Ibrahim Traore ... ordered French troops to leave" is
                // Burkina Faso's, not France's)
                // ("BAMAKO - Militants attacked an army post ... The army said its aircraft
                // had struck the attackers": last, for any institution with none of a state in
                // view, the one where the story was filed)
                let of_dateline = || {
                    let (cc, _) = discourse.dateline.as_ref()?;
                    let mut r = actors[0].clone();
                    r.code = format!("{cc}{sector}");
                    r.sector_only = false;
                    Some(r)
                };
                let found = junta
                    .then(named_so)
                    .flatten()
                    .or_else(|| junta.then(of_dateline).flatten())
                    .or_else(|| {
                        candidates()
                            .find(|r| institution && r.country().is_some_and(|c| here.contains(&c)))
                            .cloned()
                    })
                    .or_else(named_so)
                    .or_else(titled)
                    // ("YANGON - Myanmar's military seized power ... Blinken called on the
                    // military to release": one the document named before, of the state where
                    // the story was filed, before one built from a foreign speaker's state)
                    .or_else(|| {
                        let (cc, _) = discourse.dateline.as_ref()?;
                        candidates()
                            .find(|r| institution && r.country().as_deref() == Some(cc.as_str()))
                            .cloned()
                    })
                    .or(built)
                    .or_else(|| candidates().next().cloned())
                    .or_else(|| institution.then(of_dateline).flatten());
                if let Some(r) = found {
                    let kind = if counterpart {
                        "counterpart"
                    } else {
                        "definite description"
                    };
                    actors = vec![referent(r, kind, text, span, "mentioned")];
                }
            }
        }
        if !actors.is_empty() {
            nps.push(ActorNp {
                start,
                end: np_end,
                actors,
                possessive,
                pronoun: false,
            });
        }
        k = j;
    }
    share_nationality(&mut nps, folded);
    loyal_to(&mut nps, folded);
    named_before_brackets(&mut nps, folded);
    alliance_of(&mut nps, tokens, folded);
    the_capital(sent, mentions, &nps, discourse, places);
    the_group(sent, &mut nps, discourse);
    the_regional_state(tokens, folded, &mut nps, places, discourse);
    the_described_state(sent, &mut nps, places, discourse);
    nps
}

/// "an alliance of ethnic minority armed groups", "a coalition of opposition parties": the
/// alliance is its members, so their phrase starts at the alliance's article (it can then be
/// a subject, "... and an alliance of armed groups agreed to a ceasefire").
fn alliance_of(nps: &mut [ActorNp], tokens: &[Token], folded: &[String]) {
    for k in 0..nps.len() {
        let start = nps[k].start;
        // (adjectives and nouns of the members' own phrase the actor layer left out:
        // "ethnic", "minority")
        // (and a count: "an alliance of three ethnic minority armed groups")
        let mut of = start;
        while of > 0
            && matches!(tokens[of - 1].upos, Upos::Adj | Upos::Noun | Upos::Num)
            && start - of < 4
        {
            of -= 1;
        }
        if of < 2 || folded[of - 1] != "of" {
            continue;
        }
        if !matches!(folded[of - 2].as_str(), "alliance" | "coalition") {
            continue;
        }
        let mut begin = of - 2;
        if begin > 0 && tokens[begin - 1].upos == Upos::Det {
            begin -= 1;
        }
        let prev_end = if k > 0 { nps[k - 1].end } else { 0 };
        if begin >= prev_end {
            nps[k].start = begin;
        }
    }
}

/// "Pakistan Tehreek-e-Insaf (PTI) party", "the Democratic Republic of Congo (DRC) troops": a
/// name, its bracketed abbreviation (an actor or a single word) and a sector noun are one
/// phrase, the named actor (its country's sector when it has none of its own).
fn named_before_brackets(nps: &mut Vec<ActorNp>, folded: &[String]) {
    let mut k = 1;
    while k < nps.len() {
        let np = &nps[k];
        let bare = np.actors.len() == 1 && np.actors[0].sector_only && !np.possessive;
        if !bare || np.start < 3 || folded[np.start - 1] != ")" {
            k += 1;
            continue;
        }
        // (the index of the named phrase, before the bracket)
        let prev = &nps[k - 1];
        let named = if prev.end + 1 == np.start && prev.start > 0 && folded[prev.start - 1] == "(" {
            (k >= 2 && nps[k - 2].end + 1 == prev.start).then(|| k - 2)
        } else if folded[np.start - 3] == "(" && prev.end == np.start - 3 {
            Some(k - 1)
        } else {
            None
        };
        let Some(n) = named.filter(|&n| {
            let a = &nps[n].actors;
            a.len() == 1 && !a[0].sector_only && !a[0].person && !nps[n].possessive
        }) else {
            k += 1;
            continue;
        };
        let sector = np.actors[0].code.clone();
        let (end, byte_end) = (np.end, np.actors[0].end);
        let own = dyad_core::ActorCode::parse(&nps[n].actors[0].code);
        let code = match (own.sector.is_some(), own.country) {
            (true, _) => nps[n].actors[0].code.clone(),
            (false, Some(cc)) => format!("{cc}{sector}"),
            (false, None) => {
                k += 1;
                continue;
            }
        };
        let step = format!(
            "\"{}\": one phrase, the named actor's, {code}",
            folded[nps[n].start..end].join(" ")
        );
        let named = &mut nps[n];
        named.end = end;
        let r = &mut named.actors[0];
        r.steps.push(step);
        r.code = code;
        r.end = r.end.max(byte_end);
        nps.drain(n + 1..=k);
        k = n + 1;
    }
}

/// "Forces loyal to eastern commander Khalifa Haftar", "fighters loyal to the Houthis": forces
/// with no country of their own that are loyal to an actor are that actor's: an armed group
/// itself, else its country's forces.
fn loyal_to(nps: &mut [ActorNp], folded: &[String]) {
    for k in 0..nps.len() {
        let np = &nps[k];
        let forces = np.actors.len() == 1
            && np.actors[0].sector_only
            && matches!(np.actors[0].code.as_str(), "MIL" | "UAF" | "REB" | "COP");
        if !forces
            || folded.get(np.end).map(String::as_str) != Some("loyal")
            || folded.get(np.end + 1).map(String::as_str) != Some("to")
        {
            continue;
        }
        let after = np.end + 2;
        let Some(owner) = nps
            .iter()
            .find(|o| o.start >= after && o.start <= after + 3)
        else {
            continue;
        };
        let Some(lord) = owner.actors.first().cloned() else {
            continue;
        };
        let sector = nps[k].actors[0].code.clone();
        let code = dyad_core::ActorCode::parse(&lord.code);
        let group = code.sector.as_deref().is_some_and(|s| {
            ["REB", "UAF", "INS", "SEP"]
                .iter()
                .any(|g| s.starts_with(g))
        });
        let new_code = if group {
            lord.code.clone()
        } else if let Some(cc) = lord.country() {
            format!("{cc}{sector}")
        } else {
            continue;
        };
        let r = &mut nps[k].actors[0];
        r.steps.push(format!(
            "\"{} loyal to\" {}: its forces, {new_code}",
            folded[nps[k].start..nps[k].end].join(" "),
            lord.code
        ));
        r.code = new_code;
        r.sector_only = false;
    }
}

/// "Americans should not travel to Haiti ... the Caribbean nation", "Qatar ... the Gulf
/// state": a region's adjective before "nation", "country", "state" or "kingdom" after "the"
/// names a state named before (in the sentence, else the document), not the region.
fn the_regional_state(
    tokens: &[Token],
    folded: &[String],
    nps: &mut [ActorNp],
    places: &[ActorNp],
    discourse: &Discourse,
) {
    let region = |r: &Resolved| r.entries.iter().any(|e| e.contains("regions.dyad.txt"));
    // (a state, or a state's organ, as its state; not a people: "Americans should not travel
    // to the Caribbean nation" is not the United States)
    let state = |r: &Resolved| -> Option<Resolved> {
        if r.person || r.people || region(r) || r.sector_only {
            return None;
        }
        r.as_state()
    };
    for k in 0..nps.len() {
        let np = &nps[k];
        if np.pronoun || np.actors.len() != 1 || !region(&np.actors[0]) {
            continue;
        }
        let the_before =
            (np.start > 0 && folded[np.start - 1] == "the") || folded[np.start] == "the";
        let noun_after = folded.get(np.end).is_some_and(|w| {
            matches!(
                w.as_str(),
                "nation" | "country" | "state" | "kingdom" | "republic" | "emirate"
            )
        });
        if !(the_before && noun_after) {
            continue;
        }
        // The nearest before it in the sentence (places too), not the subject of its clause
        // (the nearest phrase with a verb right after it: "Rwanda later signed a deal with
        // the East African nation"); else the document's last.
        let start = nps[k].start;
        let subject = nps[..k].iter().rposition(|n| {
            let mut j = n.end;
            while tokens
                .get(j)
                .is_some_and(|t| matches!(t.upos, Upos::Adv | Upos::Aux | Upos::Part))
            {
                j += 1;
            }
            tokens.get(j).is_some_and(|t| t.upos == Upos::Verb)
        });
        let mut before: Vec<&ActorNp> = nps[..k]
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != subject)
            .map(|(_, n)| n)
            .chain(places.iter().filter(|p| p.end <= start))
            .filter(|n| !n.pronoun)
            .collect();
        before.sort_by_key(|n| n.start);
        let found = before
            .iter()
            .rev()
            .flat_map(|n| n.actors.iter())
            .find_map(state)
            .or_else(|| discourse.recent.iter().rev().find_map(state));
        if let Some(mut r) = found {
            let np = &mut nps[k];
            r.steps.push(format!(
                "\"the {} {}\": the state named before, {}",
                folded[np.start..np.end].join(" "),
                folded[np.end],
                r.code
            ));
            r.start = np.actors[0].start;
            r.end = np.actors[0].end;
            np.actors = vec![r];
            np.end += 1;
        }
    }
}

/// States with a king, queen, sultan or emir as head, for "the kingdom" (and the emirates).
const MONARCHIES: &[&str] = &[
    "GBR", "ESP", "NLD", "BEL", "LUX", "DNK", "NOR", "SWE", "MCO", "LIE", "AND", "MAR", "SAU",
    "JOR", "BHR", "KWT", "QAT", "ARE", "OMN", "BRN", "MYS", "THA", "KHM", "BTN", "JPN", "TON",
    "LSO", "SWZ",
];

/// "Fidan met Syria's new leader ... He promised to help rebuild the war-torn country's
/// infrastructure": "the" with a description and "country", "nation", "kingdom" or "emirate"
/// is the state named last before it (in the sentence, not its clause's subject; else the
/// document's), when no phrase covers it. A bare "the country" says too little.
fn the_described_state(
    sent: SentView,
    nps: &mut Vec<ActorNp>,
    places: &[ActorNp],
    discourse: &Discourse,
) {
    let SentView {
        text,
        tokens,
        folded,
    } = sent;
    // (a person or organ stands for its state: "Syria's new leader ... the war-torn country")
    let state = |r: &Resolved| -> Option<Resolved> {
        if r.sector_only || r.code.starts_with("IGO") {
            return None;
        }
        r.as_state()
    };
    for i in 1..folded.len() {
        // ("the kingdom", "its neighbour" say enough alone; "the country" does not)
        let bare_ok = matches!(
            folded[i].as_str(),
            "kingdom" | "emirate" | "neighbour" | "neighbor"
        );
        let described =
            bare_ok || (i >= 2 && matches!(folded[i].as_str(), "country" | "nation" | "republic"));
        if !described
            // (a name, "the Republic of Congo"; not "accusing the kingdom of hostile acts")
            || (folded.get(i + 1).is_some_and(|w| w == "of")
                && (!bare_ok || is_capitalised(text, &tokens[i])))
            || nps
                .iter()
                .chain(places)
                .any(|np| np.start <= i && i < np.end)
        {
            continue;
        }
        // "the" + one to three lowercase modifiers ("war-torn", "oil-rich", "impoverished
        // island")
        let last = if bare_ok { i } else { i - 1 };
        let neighbour = matches!(folded[i].as_str(), "neighbour" | "neighbor");
        let Some(the) = (i.saturating_sub(4)..last).rev().find(|&j| {
            folded[j] == "the" || (neighbour && matches!(folded[j].as_str(), "its" | "their"))
        }) else {
            continue;
        };
        let modifiers_ok = (the + 1..i).all(|j| {
            matches!(tokens[j].upos, Upos::Adj | Upos::Noun | Upos::Verb)
                && !is_capitalised(text, &tokens[j])
                && nps.iter().all(|np| !(np.start <= j && j < np.end))
        });
        if !modifiers_ok {
            continue;
        }
        // (the nearest state before it, not the subject of its own clause)
        let subject = nps.iter().rposition(|n| {
            n.end < the
                && tokens
                    .get(n.end)
                    .is_some_and(|t| matches!(t.upos, Upos::Verb | Upos::Aux))
        });
        let mut before: Vec<&ActorNp> = nps
            .iter()
            .enumerate()
            .filter(|(k, n)| n.end <= the && Some(*k) != subject && !n.pronoun)
            .map(|(_, n)| n)
            .chain(places.iter().filter(|p| p.end <= the))
            .collect();
        before.sort_by_key(|n| n.start);
        let subject_country = subject
            .and_then(|k| nps[k].actors.first())
            .and_then(|r| r.country());
        let found = before
            .iter()
            .rev()
            .flat_map(|n| n.actors.iter())
            .filter_map(state)
            .find(|r| Some(&r.code) != subject_country.as_ref())
            .or_else(|| {
                discourse
                    .recent
                    .iter()
                    .rev()
                    .filter_map(state)
                    .find(|r| Some(&r.code) != subject_country.as_ref())
            });
        let kingdom = folded[i] == "kingdom";
        let found = if kingdom {
            // ("the kingdom" is a monarchy named before: not Western Sahara between
            // Algeria and Morocco)
            before
                .iter()
                .rev()
                .flat_map(|n| n.actors.iter())
                .chain(discourse.recent.iter().rev())
                .filter_map(state)
                .find(|r| {
                    Some(&r.code) != subject_country.as_ref()
                        && MONARCHIES.contains(&r.code.as_str())
                })
        } else {
            found
        };
        let Some(mut r) = found else { continue };
        let (start, end) = (tokens[the].start, tokens[i].end);
        r.steps.push(format!(
            "definite description \"{}\" -> {} named before",
            &text[start..end],
            r.code
        ));
        r.start = start;
        r.end = end;
        let possessive = folded.get(i + 1).is_some_and(|w| w == "'s" || w == "'");
        // ("its neighbour": the possessive pronoun's own phrase is part of this one)
        nps.retain(|np| !(np.start >= the && np.end <= i + 1));
        let at = nps.iter().position(|np| np.start > i).unwrap_or(nps.len());
        nps.insert(
            at,
            ActorNp {
                start: the,
                end: if possessive { i + 2 } else { i + 1 },
                actors: vec![r],
                possessive,
                pronoun: false,
            },
        );
    }
}

/// "A spokesman for the Taliban said the group had released an American citizen": "the
/// group" (or "the militia", "the movement") is the armed group or organisation named last,
/// in this sentence or before it.
fn the_group(sent: SentView, nps: &mut Vec<ActorNp>, discourse: &Discourse) {
    let SentView {
        text,
        tokens,
        folded,
    } = sent;
    // (An organisation's officer stands for it: "NATO Secretary-General Mark Rutte ... the
    // alliance".)
    let groupish = |r: &Resolved| {
        let c = dyad_core::ActorCode::parse(&r.code);
        (!r.person || r.code.starts_with("IGO"))
            && (r.code.starts_with("IGO")
                || c.sector.as_deref().is_some_and(|s| {
                    ["REB", "UAF", "INS", "SEP", "OPP", "PTY", "NGO", "CRM"]
                        .iter()
                        .any(|g| s.starts_with(g))
                }))
    };
    for i in 1..folded.len() {
        if !matches!(
            folded[i].as_str(),
            "group"
                | "militia"
                | "movement"
                | "organisation"
                | "organization"
                | "rebels"
                | "guerrillas"
                | "insurgents"
                | "militants"
                | "agency"
                | "alliance"
                | "bloc"
        ) {
            continue;
        }
        // ("the bloc", "the 25-nation bloc", "the militant group": up to two modifiers)
        let the = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&j| {
                folded[j] == "the"
                    || (matches!(tokens[j].upos, Upos::Adj | Upos::Num | Upos::Noun)
                        && !is_capitalised(text, &tokens[j]))
            })
            .find(|&j| folded[j] == "the");
        let Some(the) = the else { continue };
        // ("Kinshasa accuses Rwanda of arming the rebels": a bare "the rebels" agent phrase,
        // with no group of its own, is the group named before too.)
        let bare_agent = nps.iter().position(|np| {
            np.start <= i
                && i < np.end
                && np.start >= the
                && np.actors.iter().all(|a| {
                    let c = dyad_core::ActorCode::parse(&a.code);
                    a.code.len() <= 6 && matches!(c.sector.as_deref(), Some("REB" | "INS" | "UAF"))
                })
        });
        if (the + 1..i).any(|j| {
            nps.iter()
                .any(|np| np.start <= j && j < np.end && np.start < the)
        }) || is_capitalised(text, &tokens[i])
            || folded.get(i + 1).is_some_and(|w| w == "of")
            || (bare_agent.is_none() && nps.iter().any(|np| np.start <= i && i < np.end))
        {
            continue;
        }
        // ("three of the group's senior commanders": a possessor)
        let possessive = folded.get(i + 1).is_some_and(|w| w == "'s" || w == "'");
        // (for a bare agent, a named group: not the bare "militants" of "PKK) militants")
        // (and of the kind the noun names: "the agency" is an organisation, "the
        // militants" an armed group, "the bloc" an intergovernmental one)
        let kind_fits = |r: &Resolved| {
            let sector = dyad_core::ActorCode::parse(&r.code)
                .sector
                .unwrap_or_default();
            let armed = ["REB", "UAF", "INS", "SEP"]
                .iter()
                .any(|g| sector.starts_with(g));
            match folded[i].as_str() {
                "agency" => r.code.starts_with("IGO") || sector.starts_with("NGO"),
                "militia" | "rebels" | "guerrillas" | "insurgents" | "militants" => armed,
                "alliance" | "bloc" => r.code.starts_with("IGO"),
                _ => true,
            }
        };
        let named = |r: &&Resolved| {
            groupish(r) && kind_fits(r) && (bare_agent.is_none() || r.code.len() > 6)
        };
        let found = nps
            .iter()
            .rev()
            .filter(|np| np.end < i && np.end <= the)
            .flat_map(|np| np.actors.iter())
            .find(named)
            .or_else(|| discourse.recent.iter().rev().find(named))
            .cloned();
        let Some(mut r) = found else { continue };
        if let Some(k) = bare_agent {
            // (only a group of that kind, with a name: not a bare "REB" again)
            let c = dyad_core::ActorCode::parse(&r.code);
            if r.code.len() <= 6
                || !matches!(c.sector.as_deref(), Some(s) if s.starts_with("REB") || s.starts_with("INS") || s.starts_with("UAF"))
            {
                continue;
            }
            r.steps.push(format!(
                "definite description \"{}\" -> {} named before",
                &text[tokens[the].start..tokens[i].end],
                r.code
            ));
            nps[k].actors = vec![r];
            continue;
        }
        if r.person {
            r.person = false;
            r.name = None;
        }
        // "a summit of European Union leaders ... the bloc": the organisation itself, not
        // the body of it named before.
        if matches!(
            folded[i].as_str(),
            "bloc" | "alliance" | "organisation" | "organization"
        ) && r.code.starts_with("IGO")
            && r.code.len() > 9
            && ["GOV", "LEG", "JUD", "MIL"]
                .iter()
                .any(|s| r.code.ends_with(s))
        {
            r.code.truncate(r.code.len() - 3);
        }
        let (start, end) = (tokens[the].start, tokens[i].end);
        r.steps.push(format!(
            "definite description \"{}\" -> {} ({}) named before",
            &text[start..end],
            r.name.clone().unwrap_or_else(|| r.code.clone()),
            r.code
        ));
        r.start = start;
        r.end = end;
        // "the group's senior commanders": the group's own people are the group.
        if possessive {
            if let Some(k) = nps.iter().position(|np| {
                np.start > i + 1
                    && np.start <= i + 4
                    && !np.actors.is_empty()
                    && !is_capitalised(text, &tokens[np.start])
                    && np
                        .actors
                        .iter()
                        .all(|a| !a.person && dyad_core::ActorCode::parse(&a.code).sector.is_some())
            }) {
                nps[k].actors = vec![r];
                nps[k].start = the;
                continue;
            }
        }
        let at = nps.iter().position(|np| np.start > i).unwrap_or(nps.len());
        nps.insert(
            at,
            ActorNp {
                start: the,
                end: if possessive { i + 2 } else { i + 1 },
                actors: vec![r],
                possessive,
                pronoun: false,
            },
        );
    }
}

/// Whether `np` opens the sentence as a dateline: first, and followed by a comma, dash,
/// colon or bracket ("KYIV, May 1 -", "ADDIS ABABA (Reuters) -").
fn heads_dateline(np: &ActorNp, folded: &[String]) -> bool {
    np.start == 0
        && matches!(
            folded.get(np.end).map(|w| w.as_str()),
            Some("," | "-" | "--" | ":" | "(")
        )
}

/// "Russian drones attacked the capital overnight", "Kyiv's mayor said missiles hit a power
/// plant in the capital": a bare "the capital" is a place, the capital of the country whose
/// capital the sentence named before it, else of the dateline's country.
fn the_capital(
    sent: SentView,
    mentions: &[Mention],
    nps: &[ActorNp],
    discourse: &Discourse,
    places: &mut Vec<ActorNp>,
) {
    let SentView {
        text,
        tokens,
        folded,
    } = sent;
    for i in 1..folded.len() {
        if !matches!(folded[i].as_str(), "capital" | "country" | "island") || folded[i - 1] != "the"
        {
            continue;
        }
        let after = |preps: &[&str]| i >= 2 && preps.contains(&folded[i - 2].as_str());
        // "China's military drills around the island": an island state named before in the
        // sentence or the document (or the dateline's), after a preposition.
        let island = folded[i] == "island";
        if island
            && !after(&[
                "around",
                "near",
                "off",
                "to",
                "on",
                "in",
                "across",
                "into",
                "toward",
                "towards",
                "encircling",
                "surrounding",
                "of",
            ])
        {
            continue;
        }
        // "attacks across the country": a place only after a locative preposition, and only
        // the dateline's country (which state "the country" is, the sentence cannot say).
        let country = folded[i] == "country";
        if country && !after(&["across", "throughout", "in", "around", "into", "inside"]) {
            continue;
        }
        // Not "the capital of Mali", "the capital Bamako", "the capital's mayor", nor money
        // ("the capital markets", "the capital needed").
        // (A time word after it is no compound: "attacked the capital overnight".)
        let named_after = tokens.get(i + 1).is_some_and(|t| {
            (matches!(t.upos, Upos::Propn | Upos::Noun | Upos::Adj | Upos::Verb)
                && !crate::time::is_day_or_month(&t.norm)
                && !matches!(
                    t.norm.as_str(),
                    "overnight" | "today" | "tonight" | "yesterday" | "early" | "late" | "last"
                ))
                || matches!(t.norm.as_str(), "of" | "'s" | "city")
        });
        let covered = nps
            .iter()
            .chain(places.iter())
            .any(|np| np.start <= i && i < np.end);
        if named_after || covered {
            continue;
        }
        // (For "the capital": a capital named earlier in the sentence.)
        let island_state =
            |r: &Resolved| r.country().filter(|c| ISLAND_STATES.contains(&c.as_str()));
        let named_before = if island {
            let mut before: Vec<&ActorNp> = nps
                .iter()
                .chain(places.iter())
                .filter(|np| np.end <= i)
                .collect();
            before.sort_by_key(|np| np.start);
            before
                .iter()
                .flat_map(|np| np.actors.iter())
                .filter_map(island_state)
                .next_back()
                .or_else(|| discourse.recent.iter().rev().find_map(island_state))
        } else if country {
            None
        } else {
            mentions
                .iter()
                .filter(|m| m.end < i && matches!(m.kind, MentionKind::Hit(NounHit::Capital(_))))
                .filter_map(|m| {
                    nps.iter()
                        .chain(places.iter())
                        .find(|np| np.start <= m.start && m.start < np.end)
                        .and_then(|np| np.actors.first())
                        .and_then(|r| r.country())
                })
                .next_back()
        };
        // (The dateline of this very sentence is not in the discourse yet: "MOGADISHU, Nov 20
        // (Reuters) - ... across the country".)
        let own_dateline = || {
            nps.first()
                .filter(|np| heads_dateline(np, folded))
                .and_then(|np| np.actors.first())
                .and_then(|r| r.country())
        };
        let Some(cc) = named_before
            .or_else(|| discourse.dateline.as_ref().map(|(c, _)| c.clone()))
            .or_else(own_dateline)
            .filter(|c| !island || ISLAND_STATES.contains(&c.as_str()))
        else {
            continue;
        };
        let (start, end) = (tokens[i - 1].start, tokens[i].end);
        places.push(ActorNp {
            start: i - 1,
            end: i + 1,
            actors: vec![Resolved {
                code: cc.clone(),
                name: None,
                start,
                end,
                entries: Vec::new(),
                steps: vec![format!(
                    "\"{}\": {cc}, named before or in the dateline",
                    &text[start..end]
                )],
                person: false,
                sector_only: false,
                people: false,
            }],
            possessive: false,
            pronoun: false,
        });
    }
    places.sort_by_key(|p| p.start);
}

/// States that are one island or most of one, which "the island" can name.
const ISLAND_STATES: &[&str] = &[
    "TWN", "CYP", "LKA", "CUB", "JPN", "IRL", "ISL", "MDG", "MLT", "SGP", "JAM", "BHR", "MUS",
    "CPV", "COM", "STP", "SYC", "MDV", "BRB", "TTO", "BHS", "HTI", "DOM", "TLS", "FJI", "NRU",
    "DMA", "GRD", "LCA", "ATG", "KNA", "VCT", "TON", "WSM",
];

/// "Danish media and government", "Israeli police and soldiers": a bare sector noun
/// coordinated right after a phrase with a nationality shares it (not after "the": "the
/// Danish media and the government" may be anyone's government).
fn share_nationality(nps: &mut Vec<ActorNp>, folded: &[String]) {
    // (phrases of several states merged into the one before them)
    let mut merged = vec![false; nps.len()];
    for k in 1..nps.len() {
        let (before, rest) = nps.split_at_mut(k);
        let (prev, np) = (&before[k - 1], &mut rest[0]);
        let and = matches!(folded.get(prev.end).map(|w| w.as_str()), Some("and" | "or"));
        let joined = np.start == prev.end + 1 && and;
        let bare = !np.pronoun && np.actors.iter().all(|r| r.sector_only);
        // "talks between the Venezuelan government and the opposition", "the Colombian
        // government and the rebels": a government's opponents coordinated with it are its
        // country's, even after "the".
        let opponents = np.start == prev.end + 2
            && and
            && folded.get(prev.end + 1).is_some_and(|w| w == "the")
            && np
                .actors
                .iter()
                .all(|r| r.sector_only && matches!(r.code.as_str(), "OPP" | "REB" | "INS"))
            && prev.actors.iter().any(|r| {
                matches!(
                    dyad_core::ActorCode::parse(&r.code).sector.as_deref(),
                    Some("GOV")
                )
            });
        let joined = joined || opponents;
        // (each state of a phrase of several: "U.S. and British warplanes and warships")
        let Some(ccs) = states_of_sectors(&prev.actors).filter(|_| joined && bare) else {
            continue;
        };
        // ("U.S. and British warplanes and warships": one force of both states, not two
        // sides of anything)
        if ccs.len() > 1 && !opponents && !merged[k - 1] {
            merged[k] = true;
        }
        np.actors = np
            .actors
            .iter()
            .flat_map(|base| {
                ccs.iter().map(move |cc| {
                    in_state(
                        base,
                        cc,
                        format!("shares the nationality of the coordinated phrase before it: {cc}"),
                    )
                })
            })
            .collect();
    }
    for k in (1..nps.len()).rev() {
        if merged[k] {
            let (end, possessive) = (nps[k].end, nps[k].possessive);
            let byte_end = nps[k].actors.first().map(|r| r.end);
            let prev = &mut nps[k - 1];
            prev.end = end;
            prev.possessive = possessive;
            if let Some(b) = byte_end {
                for r in &mut nps[k - 1].actors {
                    r.end = r.end.max(b);
                }
            }
            nps.remove(k);
        }
    }
    // "Seventeen hostages, including 14 Israelis, were freed": a bare sector noun followed
    // by ", including" a state's people takes that state.
    for k in 0..nps.len().saturating_sub(1) {
        let (head, rest) = nps.split_at_mut(k + 1);
        let (np, next) = (&mut head[k], &rest[0]);
        let including = matches!(folded.get(np.end).map(|w| w.as_str()), Some(","))
            && folded.get(np.end + 1).is_some_and(|w| w == "including")
            && next.start > np.end + 1
            && next.start <= np.end + 4;
        let bare = !np.pronoun && np.actors.len() == 1 && np.actors[0].sector_only;
        let Some(cc) = next
            .actors
            .first()
            .filter(|r| !r.person && next.actors.len() == 1)
            .and_then(|r| r.country())
        else {
            continue;
        };
        if including && bare {
            let step = format!("country {cc} from the people it includes");
            np.actors[0] = in_state(&np.actors[0], &cc, step);
        }
    }
    // "Lawmakers and officials in Fornost and Gondor": a bare sector noun coordinated
    // before a sector phrase with places takes each of those places.
    for k in (0..nps.len().saturating_sub(1)).rev() {
        let (head, rest) = nps.split_at_mut(k + 1);
        let (np, next) = (&mut head[k], &rest[0]);
        let joined = next.start == np.end + 1
            && matches!(folded.get(np.end).map(|w| w.as_str()), Some("and" | "or"));
        let bare = !np.pronoun && np.actors.len() == 1 && np.actors[0].sector_only;
        let Some(places) = states_of_sectors(&next.actors).filter(|_| joined && bare) else {
            continue;
        };
        let base = np.actors[0].clone();
        np.actors = places
            .iter()
            .map(|cc| {
                let step = format!("shares the places of the coordinated phrase after it: {cc}");
                in_state(&base, cc, step)
            })
            .collect();
    }
}

/// The state of each actor of a phrase whose actors are all a state's sector ("U.S. and
/// British warplanes", "officials in Fornost and Gondor"); `None` when any is not (a
/// person, a bare sector, a state alone).
fn states_of_sectors(actors: &[Resolved]) -> Option<Vec<String>> {
    let ccs: Vec<String> = actors
        .iter()
        .filter(|r| !r.person && !r.sector_only)
        .filter_map(|r| {
            let c = dyad_core::ActorCode::parse(&r.code);
            c.sector.as_ref()?;
            c.country
        })
        .collect();
    (!ccs.is_empty() && ccs.len() == actors.len()).then_some(ccs)
}

/// A bare sector actor placed in state `cc` (`MIL` -> `USAMIL`), with the step that says why.
fn in_state(base: &Resolved, cc: &str, step: String) -> Resolved {
    let mut r = base.clone();
    r.steps.push(step);
    r.code = format!("{cc}{}", base.code);
    r.sector_only = false;
    r
}

/// A state, or an entry from a dictionary that does not say what it is (PETRARCH's) whose
/// code is a bare three-letter country-like code without dated roles ("ARNOR [ARN]").
fn countrylike(a: &ActorEntry) -> bool {
    a.kind == ActorKind::Country
        || (a.kind == ActorKind::Other
            && a.roles.is_empty()
            && a.default_code.as_deref().is_some_and(|c| c.len() == 3))
}

/// A plural demonym as a noun ("Serbs", "200 Afghans", "thousands of Palestinians").
fn plural_people(tokens: &[Token], mentions: &[Mention], k: usize) -> bool {
    let Some(m) = mentions.get(k) else {
        return false;
    };
    if !matches!(m.kind, MentionKind::Hit(NounHit::Demonym(_))) || m.end != m.start + 1 {
        return false;
    }
    let Some(head) = tokens.get(m.start) else {
        return false;
    };
    head.norm.ends_with('s')
        && matches!(head.upos, Upos::Noun | Upos::Propn)
        && !tokens
            .get(m.end)
            .is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Propn))
}

/// PETRARCH writes a compound actor as one code with slashes (`FRO/BIL/SAM`): one actor each.
fn split_compound(rs: Vec<Resolved>) -> Vec<Resolved> {
    let mut out = Vec::with_capacity(rs.len());
    for r in rs {
        if r.code.contains('/') {
            for part in r.code.split('/').filter(|p| !p.is_empty()) {
                let mut x = r.clone();
                x.code = part.to_string();
                out.push(x);
            }
        } else {
            out.push(r);
        }
    }
    out
}

fn resolve_run(
    c: &Compiled,
    text: &str,
    tokens: &[Token],
    mentions: &[Mention],
    run: &[usize],
    date: Option<Date>,
    span: (usize, usize),
) -> Vec<Resolved> {
    let mut parts = Parts::default();
    // End of the last country-like mention: a place named right after a state's name, with
    // no coordinator, names the thing ("the U.S. Al Udeid air base" is the U.S.'s, in Qatar).
    let mut country_end: Option<usize> = None;
    let agent_headed = run
        .last()
        .is_some_and(|&k| matches!(mentions[k].kind, MentionKind::Hit(NounHit::Agent(_))));
    for &k in run {
        let m = &mentions[k];
        let phrase = &text[tokens[m.start].start..tokens[m.end - 1].end];
        match &m.kind {
            MentionKind::Hit(NounHit::Actor(i)) => {
                let Some(a) = c.dict.actors.get(*i as usize) else {
                    continue;
                };
                let code = actor_code_on(a, date);
                if countrylike(a) {
                    // (a place that is no state: no demonym, no capital)
                    let named_thing = agent_headed
                        && country_end == Some(m.start)
                        && a.kind == ActorKind::Country
                        && a.demonyms.is_empty()
                        && a.capitals.is_empty();
                    country_end = Some(m.end);
                    if named_thing {
                        parts.entries.push(format!(
                            "{} \"{phrase}\" -> a place naming the thing",
                            a.origin
                        ));
                        continue;
                    }
                    if let Some(code) = code {
                        parts.entries.push(entry_evidence(&a.origin, phrase, &code));
                        parts.countries.push((code, phrase.to_string()));
                    }
                } else if let Some(code) = code {
                    let role = date.and_then(|d| a.roles.iter().find(|r| r.holds_on(d)));
                    let how = match role {
                        Some(r) => format!(
                            "{} (role {}..{}{})",
                            code,
                            r.from.map(|d| d.to_string()).unwrap_or_default(),
                            r.to.map(|d| d.to_string()).unwrap_or_default(),
                            r.note
                                .as_deref()
                                .map(|n| format!(", {n}"))
                                .unwrap_or_default()
                        ),
                        None => code.clone(),
                    };
                    parts.entries.push(entry_evidence(&a.origin, phrase, &how));
                    if a.kind == ActorKind::Person {
                        if let Some(org) = parts.named.as_ref().filter(|r| !r.person) {
                            parts.org_before = Some(org.code.clone());
                        }
                    }
                    parts.named = Some(Resolved {
                        code,
                        name: Some(a.name.clone()),
                        start: span.0,
                        end: span.1,
                        entries: Vec::new(),
                        steps: Vec::new(),
                        person: a.kind == ActorKind::Person,
                        sector_only: false,
                        people: false,
                    });
                } else {
                    parts.entries.push(format!(
                        "{} \"{phrase}\" -> no code on {}",
                        a.origin,
                        date.map(|d| d.to_string())
                            .unwrap_or_else(|| "this date".into())
                    ));
                }
            }
            MentionKind::Hit(NounHit::Demonym(i)) | MentionKind::Hit(NounHit::Capital(i)) => {
                let Some(a) = c.dict.actors.get(*i as usize) else {
                    continue;
                };
                let Some(code) = actor_code_on(a, date) else {
                    continue;
                };
                let is_cap = matches!(m.kind, MentionKind::Hit(NounHit::Capital(_)));
                let shown = if is_cap {
                    format!("{code}GOV (capital)")
                } else {
                    code.to_string()
                };
                parts
                    .entries
                    .push(entry_evidence(&a.origin, phrase, &shown));
                if is_cap {
                    parts.capital_gov = true;
                }
                country_end = Some(m.end);
                parts.countries.push((code.to_string(), phrase.to_string()));
            }
            MentionKind::Hit(NounHit::Agent(i)) => {
                let Some(a) = c.dict.agents.get(*i as usize) else {
                    continue;
                };
                parts
                    .entries
                    .push(entry_evidence(&a.origin, phrase, &format!("~{}", a.code)));
                // The last agent is the head ("Foreign Ministry spokesman" -> spokesman),
                // except a bare role word after another sector: a "militant leader" or
                // "rebel spokesman" leads or speaks for the militants, not the government.
                let role_word = matches!(
                    phrase.to_lowercase().as_str(),
                    "leader"
                        | "leaders"
                        | "chief"
                        | "commander"
                        | "commanders"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        | "official"
                        | "officials"
                        | "head"
                        | "member"
                        | "members"
                );
                let prev_other = parts
                    .agent
                    .as_ref()
                    .is_some_and(|(code, _, _)| code != &a.code && code != "GOV");
                if !(role_word && prev_other) {
                    parts.agent = Some((a.code.clone(), a.placement, phrase.to_string()));
                }
            }
            MentionKind::Alias(r) => {
                let mut r = (**r).clone();
                r.steps.push(format!(
                    "name \"{phrase}\" -> {} seen earlier in the document ({})",
                    r.name.clone().unwrap_or_default(),
                    r.code
                ));
                parts.named = Some(r);
            }
            // Surname hits become `Actor` hits in `find_mentions`, or nothing.
            MentionKind::Hit(NounHit::Discard(_) | NounHit::Surname(_))
            | MentionKind::Pronoun { .. }
            | MentionKind::Group(..) => {}
        }
    }
    let mut out = Vec::new();
    let mk = |code: String, name: Option<String>, entries: &[String], sector_only: bool| Resolved {
        code,
        name,
        start: span.0,
        end: span.1,
        entries: entries.to_vec(),
        steps: Vec::new(),
        person: false,
        sector_only,
        people: false,
    };
    if let Some(mut named) = parts.named.take() {
        // "the Israeli Labour Party": a party name several countries use, with another
        // country written before it, is that country's party.
        let nc = dyad_core::ActorCode::parse(&named.code);
        if nc.sector.as_deref() == Some("PTY") && !named.person {
            if let Some((cc, _)) = parts
                .countries
                .iter()
                .find(|(c, _)| nc.country.as_deref().is_some_and(|n| n != c.as_str()))
            {
                named.steps.push(format!(
                    "party name with another country before it: {} -> {cc}PTY",
                    named.code
                ));
                named.code = format!("{cc}PTY");
                named.name = None;
            }
        }
        // "Jordan's King Abdullah" on a date when the only "King Abdullah" the dictionary
        // knows (Saudi) has left office: a namesake of another country written before it
        // is that country's office holder, by the title (JORGOV), not the other's elite.
        // So is a titled namesake still in office elsewhere ("Jordan's King Abdullah" in
        // 2004, when the Saudi Abdullah was crown prince).
        let titled = text.get(span.0..span.1).is_some_and(|p| {
            p.split_whitespace().any(|w| {
                matches!(
                    w,
                    "King" | "Queen" | "President" | "Emir" | "Sultan" | "Prince"
                )
            })
        });
        // (a possessor, not a dateline or a place merged into the run: "LONDON President
        // Vladimir Putin")
        let possessed = text
            .get(span.0..span.1)
            .is_some_and(|p| p.contains("'s ") || p.contains("\u{2019}s "));
        if named.person && (nc.sector.as_deref() == Some("ELI") || (titled && possessed)) {
            if let Some((cc, _)) = parts
                .countries
                .iter()
                .find(|(c, _)| nc.country.as_deref().is_some_and(|n| n != c.as_str()))
            {
                let code = match &parts.agent {
                    Some((ag, pl, _)) => combine(cc, ag, *pl),
                    None if titled => format!("{cc}GOV"),
                    None => cc.clone(),
                };
                named.steps.push(format!(
                    "{} is another country's (or out of office), not {cc}'s: {code} by the title",
                    named.code
                ));
                named.code = code;
                named.name = None;
                named.person = false;
            }
        }
        // "NATO Secretary-General Mark Rutte" on a date the dictionary still has him in
        // another office: an organisation and a title written with the name are the role.
        if named.person && parts.agent.is_some() {
            if let Some(org) = parts
                .org_before
                .as_ref()
                .filter(|c| c.starts_with("IGO") && !named.code.starts_with(c.as_str()))
            {
                named.steps.push(format!(
                    "an organisation and a title written with the name: {} -> {org}",
                    named.code
                ));
                named.code = org.clone();
            }
        }
        // A person outside any role keeps the header code (nationality): add the sector
        // from the title if there is one ("former President X" stays as coded by role).
        if named.code.len() == 3 {
            if let Some((ag, pl, _)) = &parts.agent {
                named.code = combine(&named.code, ag, *pl);
            }
        }
        named.entries.extend(parts.entries.iter().cloned());
        named.start = span.0;
        named.end = span.1;
        out.push(named);
        return out;
    }
    let people = parts.agent.is_none() && run.len() == 1 && plural_people(tokens, mentions, run[0]);
    let agent = parts.agent.clone();
    // The same state twice ("Bree President Romendacil" where both name Bree) is one.
    let mut distinct: Vec<String> = Vec::new();
    for (c, _) in &parts.countries {
        if !distinct.contains(c) {
            distinct.push(c.clone());
        }
    }
    if distinct.len() > 1 && !parts.capital_gov {
        // Coordinated demonyms share the head noun.
        for cc in distinct {
            let code = match &agent {
                Some((ag, pl, _)) => combine(&cc, ag, *pl),
                None => cc,
            };
            out.push(mk(code, None, &parts.entries, false));
        }
        return out;
    }
    if let Some((cc, _)) = parts.countries.last() {
        let code = match (&agent, parts.capital_gov) {
            (Some((ag, pl, _)), _) => combine(cc, ag, *pl),
            (None, true) => format!("{cc}GOV"),
            (None, false) => cc.clone(),
        };
        let mut r = mk(code, None, &parts.entries, false);
        r.people = people && !parts.capital_gov;
        out.push(r);
        return out;
    }
    if let Some((ag, _, _)) = agent {
        out.push(mk(ag, None, &parts.entries, true));
    }
    out
}

/// Register names from a phrase so later mentions of a part resolve ("Park" after "Park Jin").
pub fn learn_aliases(
    c: &Compiled,
    text: &str,
    tokens: &[Token],
    folded: &[String],
    mentions: &[Mention],
    nps: &[ActorNp],
    discourse: &mut Discourse,
) {
    for np in nps {
        if np.pronoun || np.actors.len() != 1 {
            continue;
        }
        let r = &np.actors[0];
        if !r.person {
            // "Tuvaluan Prime Minister Kausea Natano ... Natano thanked Australia": a full
            // name the dictionary does not know, after a title, is that office-holder; its
            // last word names him later.
            let covered = |t: usize| mentions.iter().any(|m| m.start <= t && t < m.end);
            let titled = mentions.iter().any(|m| {
                m.start >= np.start
                    && m.end < np.end
                    && matches!(m.kind, MentionKind::Hit(NounHit::Agent(_)))
            });
            let mut b = np.end;
            while b > np.start
                && tokens[b - 1].upos == Upos::Propn
                && !covered(b - 1)
                && is_capitalised(text, &tokens[b - 1])
            {
                b -= 1;
            }
            let last = np.end.saturating_sub(1);
            if titled
                && np.end - b >= 2
                && !r.sector_only
                && folded[last].len() >= 3
                && folded[last].chars().all(char::is_alphabetic)
                && !discourse.aliases.contains_key(&folded[last])
            {
                let mut r2 = r.clone();
                r2.steps.clear();
                discourse.aliases.insert(folded[last].clone(), r2);
            }
            continue;
        }
        for m in mentions
            .iter()
            .filter(|m| m.start >= np.start && m.end <= np.end)
        {
            if let MentionKind::Hit(NounHit::Actor(i)) = m.kind {
                if c.dict
                    .actors
                    .get(i as usize)
                    .is_some_and(|a| a.kind == ActorKind::Person)
                {
                    for t in m.start..m.end {
                        let w = &folded[t];
                        let tok = &tokens[t];
                        let raw = &text[tok.start..tok.end];
                        if w.len() >= 3 && raw.chars().next().is_some_and(char::is_uppercase) {
                            let mut r2 = r.clone();
                            r2.steps.clear();
                            discourse.aliases.insert(w.clone(), r2);
                        }
                    }
                }
            }
        }
    }
}
