//! The format-independent dictionary model.

use dyad_core::Date;
use std::sync::Arc;

/// Where an entry was read from: file name and 1-based line number.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Origin {
    /// File name (as given to the reader, or `builtin:<name>` for built-in files).
    pub file: Arc<str>,
    /// 1-based line number.
    pub line: u32,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// What kind of thing an actor entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ActorKind {
    /// A state or territory.
    Country,
    /// An organisation (IGO, NGO, company, media, party, a government body such as "the Kremlin").
    Organization,
    /// A person.
    Person,
    /// A non-state armed group.
    Group,
    /// Anything else (e.g. entries from PETRARCH files, which do not say).
    #[default]
    Other,
}

/// A code that holds during an (inclusive) date range; `None` means open-ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// CAMEO actor code, e.g. `USAGOV`.
    pub code: String,
    /// First day the code holds (inclusive), or `None` for "always before `to`".
    pub from: Option<Date>,
    /// Last day the code holds (inclusive), or `None` for "still holds".
    pub to: Option<Date>,
    /// Free note, e.g. the office held.
    pub note: Option<String>,
}

impl DatedCode {
    /// Whether the code holds on `date`.
    ///
    /// ```
    /// use dyad_dict::DatedCode;
    /// let d = |s| dyad_core::parse_date(s).unwrap();
    /// let c = DatedCode { code: "USAGOV".into(), from: Some(d("2021-01-26")), to: Some(d("2025-01-20")), note: None };
    /// assert!(c.holds_on(d("2023-06-17")));
    /// assert!(!c.holds_on(d("2020-06-17")));
    /// assert!(!c.holds_on(d("2025-01-21")));
    /// ```
    pub fn holds_on(&self, date: Date) -> bool {
        self.from.is_none_or(|f| date >= f) && self.to.is_none_or(|t| date <= t)
    }
}

/// A named actor: a country, organisation, person or group.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActorEntry {
    /// What it is.
    pub kind: ActorKind,
    /// Canonical name (the first phrase as written).
    pub name: String,
    /// Every surface form that names it, as written (including `name`).
    pub phrases: Vec<String>,
    /// Code used when no dated role applies (e.g. a person's nationality `USA`); `None` if unknown.
    pub default_code: Option<String>,
    /// Date-bounded codes; the first one that holds on the document date wins.
    pub roles: Vec<DatedCode>,
    /// Adjectival forms and nouns for nationals (countries): `South Korean`, `South Koreans`.
    pub demonyms: Vec<String>,
    /// Capitals and seats of government used as metonyms for the state's government.
    pub capitals: Vec<String>,
    /// Where the entry was read.
    pub origin: Origin,
}

impl ActorEntry {
    /// The code that applies on `date`: the first role that holds, else the default code.
    /// With no date, the one code all roles share (an undated "Kofi Annan" is the UN's,
    /// whatever his nationality), else the default code, else the first role.
    ///
    /// ```
    /// use dyad_dict::model::{ActorEntry, DatedCode};
    /// let role = |code: &str| DatedCode { code: code.into(), from: None, to: None, note: None };
    /// let mut a = ActorEntry { default_code: Some("GHA".into()), roles: vec![role("IGOUNO")], ..Default::default() };
    /// assert_eq!(a.code_on(None), Some("IGOUNO"));
    /// a.roles.push(role("GHAGOV"));
    /// assert_eq!(a.code_on(None), Some("GHA"));
    /// ```
    pub fn code_on(&self, date: Option<Date>) -> Option<&str> {
        match date {
            Some(d) => self
                .roles
                .iter()
                .find(|r| r.holds_on(d))
                .map(|r| r.code.as_str())
                .or(self.default_code.as_deref()),
            None => {
                let first = self.roles.first().map(|r| r.code.as_str());
                let single = first.filter(|c| self.roles.iter().all(|r| r.code == *c));
                single.or(self.default_code.as_deref()).or(first)
            }
        }
    }
}

/// Where an agent code goes relative to the actor it modifies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AgentPlacement {
    /// Appended after the country code: `[~GOV]` gives `USA` + `GOV` = `USAGOV` (the usual case).
    #[default]
    Suffix,
    /// Put before the country code: `[GOV~]`.
    Prefix,
}

/// A sector noun: `minister`, `troops`, `rebels`, `counterpart`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AgentEntry {
    /// Surface forms, as written (plurals included where the format lists them).
    pub phrases: Vec<String>,
    /// Sector code(s) without the `~`, e.g. `GOV`, `GOVFRM`, `MIL`.
    pub code: String,
    /// Where the code goes relative to the country code.
    pub placement: AgentPlacement,
    /// Where the entry was read.
    pub origin: Origin,
}

/// One element of a verb pattern, in text order around the verb.
#[derive(Debug, Clone, PartialEq)]
pub enum PatternItem {
    /// A literal word or multi-word phrase; several alternatives when it came from a synset.
    Words(Vec<String>),
    /// `$`: the source actor goes here.
    Source,
    /// `+`: the target actor goes here.
    Target,
    /// `%`: a compound actor (source and target both) goes here.
    Compound,
    /// `^`: skip a noun phrase.
    Skip,
    /// `*`: the verb itself (PETRARCH-1/TABARI syntax puts it inside the pattern).
    Verb,
    /// `{ ... }`: a noun phrase whose head must match the contents.
    NounPhrase(Vec<PatternItem>),
    /// `( ... )`: a prepositional phrase; the first item is usually the preposition.
    PrepPhrase(Vec<PatternItem>),
}

/// A verb pattern: the context around a verb that selects an event code.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VerbPattern {
    /// CAMEO event code this pattern yields; `None` for the null code `---` (no event).
    pub code: Option<String>,
    /// Paired event (PETRARCH/TABARI `[A:B]`): code `B` is also coded with source and
    /// target swapped (`[042:043]`: X visits Y also gives Y hosts X). `[:B]` gives only
    /// the swapped event (`code` is then `None`).
    pub paired_code: Option<String>,
    /// Elements before the verb, in text order.
    pub before: Vec<PatternItem>,
    /// Elements after the verb, in text order.
    pub after: Vec<PatternItem>,
    /// The pattern as written in its file, for explanations.
    pub text: String,
    /// Where the pattern was read.
    pub origin: Origin,
    /// The last word before the verb is joined to it with `_` (`RECENTLY_*`, `FAILED_TO_*`):
    /// nothing may stand between them. A blank (`RECENTLY *`) lets a few words stand between.
    pub joined_before: bool,
}

/// A verb (or verb phrase, or event noun) with its patterns.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct VerbEntry {
    /// Lemma words of the verb, e.g. `["shoot", "down"]`, lowercase. For PETRARCH multi-word
    /// verbs, `head` tells which word inflects.
    pub words: Vec<String>,
    /// Index into `words` of the word that inflects (the verb proper).
    pub head: usize,
    /// Explicit inflected forms of the head word (irregular forms from `{...}`); regular
    /// forms are generated by the matcher.
    pub forms: Vec<String>,
    /// Code for the isolated verb (no pattern matched); `None` = no event.
    pub code: Option<String>,
    /// Paired code for the isolated verb (`[040:040]`), see [`VerbPattern::paired_code`].
    pub paired_code: Option<String>,
    /// Patterns, most specific first as written.
    pub patterns: Vec<VerbPattern>,
    /// True for a nominal trigger (`talks`, `visit`, `downing`): matched as a noun.
    pub nominal: bool,
    /// Where the entry was read.
    pub origin: Origin,
}

/// A phrase whose presence discards a sentence or story (PETRARCH discard list).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DiscardEntry {
    /// The phrase as written.
    pub phrase: String,
    /// True when it discards the whole story (`+` prefix in PETRARCH), else the sentence.
    pub whole_story: bool,
    /// True when the match must end at a word boundary (PETRARCH trailing `_`, which is
    /// removed from `phrase`); false = the phrase's last word is a stem (`BASEBALL` also
    /// matches `BASEBALLS`).
    pub word_end: bool,
    /// Where the entry was read.
    pub origin: Origin,
}

/// An issue phrase (PETRARCH issue files): phrase -> issue code.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct IssueEntry {
    /// The phrase as written.
    pub phrase: String,
    /// Issue code, e.g. `NUCLEAR`; empty for ignore phrases.
    pub code: String,
    /// True for an ignore phrase (PETRARCH `~phrase` / `~~phrase`): its presence cancels
    /// all issue coding of the sentence.
    pub ignore: bool,
    /// Where the entry was read.
    pub origin: Origin,
}

/// Everything the coder needs to know about words: actors, agents, verbs, discards, issues.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dictionary {
    /// Named actors.
    pub actors: Vec<ActorEntry>,
    /// Sector nouns.
    pub agents: Vec<AgentEntry>,
    /// Verbs and nominal event triggers with their patterns.
    pub verbs: Vec<VerbEntry>,
    /// Discard phrases.
    pub discards: Vec<DiscardEntry>,
    /// Issue phrases.
    pub issues: Vec<IssueEntry>,
}

impl Dictionary {
    /// Append everything from `other`.
    pub fn extend(&mut self, other: Dictionary) {
        self.actors.extend(other.actors);
        self.agents.extend(other.agents);
        self.verbs.extend(other.verbs);
        self.discards.extend(other.discards);
        self.issues.extend(other.issues);
    }
}

/// Errors from reading a dictionary file: always with file and line.
#[derive(Debug, thiserror::Error)]
pub enum DictError {
    /// A line that does not follow the format.
    #[error("{file}:{line}: {message}")]
    Syntax {
        /// File name.
        file: String,
        /// 1-based line.
        line: u32,
        /// What is wrong.
        message: String,
    },
    /// The file could not be read.
    #[error("{file}: {source}")]
    Io {
        /// File name.
        file: String,
        /// Underlying error.
        #[source]
        source: std::io::Error,
    },
}
