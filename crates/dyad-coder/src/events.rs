//! From a sentence's actor phrases and verb triggers to events: roles (source, target),
//! passive voice, nominal triggers, reported speech, modality, and pattern choice.

use crate::actors::{ActorNp, Resolved};
use crate::compile::Compiled;
use dyad_core::Modality;
use dyad_dict::{PatternItem, VerbEntry, VerbPattern};
use dyad_text::{Token, Upos};

/// A verb or event-noun occurrence in a sentence.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// First sentence token of the trigger phrase.
    pub start: usize,
    /// One past the last sentence token.
    pub end: usize,
    /// The verb entry.
    pub verb: u32,
    /// Other verb entries with exactly the same trigger span ("accuse" and "accuse + of
    /// war crimes" both start with "accuse"): their patterns compete too.
    pub alts: Vec<u32>,
    /// Number of stream tokens matched (specificity).
    pub len: usize,
    /// Read from a passive whose subject is the phrase's object noun ("sanctions were
    /// imposed on"): that subject is no target.
    pub fronted: bool,
}

/// An event before it becomes a record.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The trigger.
    pub trigger: Trigger,
    /// Event code (`None` when the pattern only gives a paired code).
    pub code: Option<String>,
    /// Paired code, coded with source and target swapped (PETRARCH `[A:B]`).
    pub paired: Option<String>,
    /// The pattern (as written, with origin) or the verb entry.
    pub pattern: String,
    /// Sources.
    pub sources: Vec<Resolved>,
    /// Targets, each with its own modality override (negated contrast targets).
    pub targets: Vec<(Resolved, Option<Modality>)>,
    /// Modality of the whole event.
    pub modality: Option<Modality>,
    /// The words that gave the modality ("plans", "vowed", "refused", "would not").
    pub modality_cue: Option<String>,
    /// True when the code is a stated intention's (03x, 13x) in place of the intended act.
    pub stated_intent: bool,
    /// Steps for explanations.
    pub steps: Vec<String>,
    /// Reported-speech speaker, if any.
    pub speaker: Option<Resolved>,
    /// The lemma of the speaker's reporting verb ("say", "claim", "allege").
    pub speaker_verb: Option<String>,
    /// Where the matched pattern read its target (the token after `+`), when it did:
    /// the words from the trigger up to there belong to this event ("signed a security
    /// deal with Kyiv": no separate event for "deal with").
    pub reach: Option<usize>,
    /// True when a pattern with words besides the verb chose the code: the code is then
    /// the dictionary's considered choice, not refined by the coder's word lists.
    pub worded: bool,
    /// True when the target is the place where a show of force or protest happened
    /// ("protested in Beijing"), not an actor named as its object.
    pub place_target: bool,
}

/// Sentence context the role finder works on.
pub struct Ctx<'a> {
    /// Compiled dictionary.
    pub c: &'a Compiled,
    /// Document text.
    pub text: &'a str,
    /// Sentence tokens.
    pub tokens: &'a [Token],
    /// Folded forms.
    pub folded: &'a [String],
    /// Lemmas (folded).
    pub lemmas: &'a [String],
    /// Actor phrases, sorted by start.
    pub nps: &'a [ActorNp],
    /// Phrases that only name a place ("in Beijing"), for the location.
    pub places: &'a [ActorNp],
    /// Token spans of all triggers in the sentence (a target search stops at the next one),
    /// with whether each is an event noun.
    pub triggers: &'a [(usize, usize, bool)],
    /// Events coded earlier in the document: (trigger lemma, source), newest last, for
    /// "condemned the strikes".
    pub earlier: &'a [(String, Resolved)],
}

const HARD_BREAK: &[&str] = &[
    ";", ":", "while", "whereas", "although", "though", "because", "where", "which", "who", "whom",
    "whose", "when", "but", "if", "unless", "since", "after", "before", "whereby", "whether",
];
/// Verbs whose object is the subject of a following infinitive ("asked Obama to help",
/// "urged Iran to return", "wants Putin to attack").
pub const OBJECT_CONTROL: &[&str] = &[
    "ask",
    "urge",
    "press",
    "pressure",
    "want",
    "tell",
    "encourage",
    "invite",
    "persuade",
    "force",
    "order",
    "allow",
    "push",
    "expect",
    "request",
    "warn",
    "advise",
    "instruct",
    "permit",
    "enable",
    "authorize",
    "authorise",
    "compel",
    "lobby",
    "beg",
    "implore",
    "challenge",
    "prompt",
    "help",
    "convince",
    "demand",
];

/// Whether a verb token is in a past form (past tense or participle: "shot", "visited"):
/// inflected, but neither the third-person "-s" nor the "-ing" form.
pub(crate) fn past_form(t: &Token) -> bool {
    t.upos == Upos::Verb && t.norm != t.lemma && !t.norm.ends_with('s') && !t.norm.ends_with("ing")
}

/// Verbs that keep their object from an act named by a gerund after "against"/"from"
/// ("warned X against visiting", "barred X from attending").
/// Verbs of pressing whose object does what a gerund after "into" says ("pressed the Kremlin
/// into accepting a ceasefire").
const PRESSING: &[&str] = &[
    "press",
    "pressure",
    "pressurize",
    "pressurise",
    "force",
    "push",
    "coerce",
    "bully",
    "trick",
    "lure",
    "goad",
    "provoke",
    "drag",
];

const DISSUADING: &[&str] = &[
    "warn",
    "caution",
    "advise",
    "bar",
    "ban",
    "prevent",
    "stop",
    "block",
    "deter",
    "discourage",
    "dissuade",
    "keep",
    "prohibit",
    "restrain",
    "exclude",
];

/// A verb that takes a clause whose subject may follow it: reporting verbs and verbs of
/// thinking ("believes Dagolath and Osgiliath can cope", "expects Iran and Israel will").
pub(crate) fn clause_taking(lemma: &str) -> bool {
    REPORTING.contains(&lemma)
        || matches!(
            lemma,
            "believe"
                | "think"
                | "expect"
                | "fear"
                | "hope"
                | "know"
                | "suspect"
                | "feel"
                | "warn"
                | "predict"
                | "estimate"
                | "doubt"
                | "assume"
                | "argue"
                | "suggest"
                | "show"
                | "indicate"
                | "mean"
                | "ensure"
                | "confirm"
                | "deny"
                | "agree"
                | "recognize"
        )
}

/// Lemmas of reporting verbs: their complement clause carries the reported event.
pub const REPORTING: &[&str] = &[
    "say",
    "tell",
    "report",
    "claim",
    "add",
    "state",
    "announce",
    "insist",
    "allege",
    "note",
    "according",
];

/// Subordinators the tagger may call prepositions ("as delegates gathered"): the phrase
/// after one is its clause's subject, not a prepositional object.
const SUBORDINATORS: &[&str] = &[
    "as", "after", "before", "while", "since", "when", "until", "once",
];

/// Nouns of time that end an adjunct before a verb ("the US last week condemned").
pub(crate) const TIME_NOUNS: &[&str] = &[
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "weekend",
    "night",
    "morning",
    "afternoon",
    "evening",
    "day",
    "days",
    "time",
    "hour",
    "hours",
];

/// Documents that speak for whoever issued them ("a resolution urging", "a report
/// praising").
const DOCUMENT_NOUNS: &[&str] = &[
    "resolution",
    "report",
    "statement",
    "letter",
    "declaration",
    "communique",
    "motion",
    "bill",
    "memo",
    "message",
    "note",
    "decree",
    "proposal",
    "draft",
    "petition",
];

impl<'a> Ctx<'a> {
    /// Folded form of token `i` (empty past the end).
    pub fn w(&self, i: usize) -> &str {
        self.folded.get(i).map(|s| s.as_str()).unwrap_or("")
    }

    /// The token after a time adverbial that starts at `i` ("on Monday", "late on Friday
    /// night", "last week", "earlier this month", "yesterday"), or `i` when none starts
    /// there: "said last week that the junta was illegitimate".
    pub(crate) fn past_time_adverbial(&self, i: usize) -> usize {
        let mut j = i;
        if matches!(self.w(j), "late" | "early") && self.w(j + 1) == "on" {
            j += 1;
        }
        let day = |w: &str| crate::time::is_day_or_month(w);
        if self.w(j) == "on" && day(self.w(j + 1)) {
            j += 2;
            // ("on March 3", "on Friday night")
            if self.tokens.get(j).is_some_and(|t| t.upos == Upos::Num) {
                j += 1;
            }
        } else if matches!(self.w(j), "last" | "this")
            && matches!(
                self.w(j + 1),
                "week" | "month" | "year" | "weekend" | "night" | "morning" | "evening"
            )
        {
            j += 2;
        } else if matches!(self.w(j), "earlier" | "later")
            && self.w(j + 1) == "this"
            && matches!(self.w(j + 2), "week" | "month" | "year")
        {
            j += 3;
        } else if matches!(self.w(j), "yesterday" | "today" | "tonight" | "overnight")
            || crate::time::is_weekday(self.w(j))
        {
            j += 1;
        } else {
            return i;
        }
        if matches!(self.w(j), "morning" | "afternoon" | "evening" | "night") {
            j += 1;
        }
        j
    }

    pub(crate) fn is_break(&self, i: usize) -> bool {
        // ("have since paused": the adverb, not the conjunction)
        let adverb_since = self.w(i) == "since"
            && i > 0
            && matches!(self.w(i - 1), "have" | "has" | "had" | "'ve")
            && self.tokens.get(i + 1).is_some_and(|n| n.upos == Upos::Verb);
        // (", a charge Islamabad denied": an appositive about the clause, not its object)
        let charge_apposition = self.w(i) == ","
            && matches!(self.w(i + 1), "a" | "an")
            && self.lemmas.get(i + 2).is_some_and(|l| {
                matches!(l.as_str(), "charge" | "accusation" | "allegation" | "claim")
            });
        (HARD_BREAK.contains(&self.w(i)) && !adverb_since)
            || self.w(i) == "("
            || self.w(i) == ")"
            || charge_apposition
    }

    /// The first actor phrase starting within four tokens after `at`, with only tokens
    /// tagged `skip` (determiners, modifiers) between.
    fn np_past_modifiers(&self, at: usize, skip: &[Upos]) -> Option<usize> {
        self.nps.iter().position(|np| {
            np.start > at
                && np.start <= at + 4
                && (at + 1..np.start).all(|x| skip.contains(&self.tokens[x].upos))
        })
    }

    /// Whether a hyphen joined to its last word follows the phrase ("U.S.-backed", split by
    /// the tokenizer): the name modifies the participle after it.
    pub(crate) fn hyphen_after(&self, np: &ActorNp) -> bool {
        np.end > 0
            && self.w(np.end) == "-"
            && self
                .tokens
                .get(np.end)
                .is_some_and(|h| self.tokens[np.end - 1].end == h.start)
    }

    /// Whether an object pronoun at `i` is charged with an act, "of" or "for" after it
    /// ("accused it of", "blamed them for"): it names an actor, never the verb's own subject
    /// (which would have been "itself").
    pub(crate) fn charged_pronoun_at(&self, i: usize) -> bool {
        matches!(self.w(i), "it" | "them" | "him" | "her") && matches!(self.w(i + 1), "of" | "for")
    }

    /// Whether an actor phrase starts at `i`, or right after a determiner there ("the
    /// European Union").
    fn np_opens_at(&self, i: usize) -> bool {
        self.nps.iter().any(|np| {
            np.start == i
                || (np.start == i + 1 && self.tokens.get(i).is_some_and(|t| t.upos == Upos::Det))
        })
    }

    /// The actor phrase that covers token `tok`, if any.
    pub fn np_index_at(&self, tok: usize) -> Option<usize> {
        self.nps.iter().position(|n| n.start <= tok && tok < n.end)
    }

    /// The token before the phrase, skipping determiners and adjectives.
    pub(crate) fn before_np(&self, np: &ActorNp) -> Option<usize> {
        // A personal pronoun takes no modifiers ("said on Wednesday they had agreed": the
        // word before "they" is a time word, not part of its phrase).
        if np.pronoun && !np.possessive {
            return np.start.checked_sub(1);
        }
        let mut i = np.start;
        let mut nouns = 0;
        while i > 0 {
            i -= 1;
            let t = &self.tokens[i];
            // Compound modifiers the dictionary does not know ("Leopard tanks", "army
            // base") belong to the phrase too, up to two of them; not a day or a month
            // ("said on Monday Israel had ...").
            if matches!(t.upos, Upos::Noun | Upos::Propn)
                && nouns < 2
                && !crate::time::is_day_or_month(&t.norm)
                && self.np_index_at(i).is_none()
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.upos != Upos::Punct)
            {
                nouns += 1;
                continue;
            }
            if matches!(t.upos, Upos::Det | Upos::Adj | Upos::Num)
                || self.w(i) == "his"
                || self.w(i) == "her"
                || self.w(i) == "their"
                || self.w(i) == "its"
            {
                continue;
            }
            // An opening quotation mark around the phrase's words ("condemned the \"Israeli
            // aggression\""): the phrase starts before it.
            if self.is_quote(i) && (0..i).filter(|&q| self.is_quote(q)).count() % 2 == 0 {
                continue;
            }
            // "At least 50 people", "at most 20", "more than 400": a quantity, not a
            // preposition.
            if self.w(i) == "at"
                && matches!(self.w(i + 1), "least" | "most")
                && self.tokens.get(i + 2).is_some_and(|n| n.upos == Upos::Num)
            {
                continue;
            }
            if self.w(i) == "than"
                && i > 0
                && matches!(self.w(i - 1), "more" | "fewer" | "less")
                && self.tokens.get(i + 1).is_some_and(|n| n.upos == Upos::Num)
            {
                continue;
            }
            // An "-ed" word opening the phrase is an adjective, whatever the tagger said:
            // "Suspected militants shot", "supporters of a sacked Afghan governor".
            // (After a dash with a space, "KABUL - Suspected militants"; not the joined
            // hyphen of "U.S.-backed", a compound the caller reads as such.)
            if t.upos == Upos::Verb
                && self.w(i).ends_with("ed")
                && (i == 0
                    || matches!(self.tokens[i - 1].upos, Upos::Det | Upos::Num)
                    || (self.tokens[i - 1].upos == Upos::Punct && self.tokens[i - 1].end < t.start))
            {
                continue;
            }
            return Some(i);
        }
        None
    }

    fn in_pp(&self, np: &ActorNp) -> bool {
        self.before_np(np).is_some_and(|i| {
            (self.tokens[i].upos == Upos::Adp || self.w(i) == "to") && !self.partitive_of(i)
        })
    }

    /// "Thousands of protesters", "members of the opposition", "some of the rebels": an
    /// "of" after a quantity (or after an office that speaks for the actor, "the office of
    /// President Abbas") is not a PP; the phrase after it is the real head.
    fn partitive_of(&self, i: usize) -> bool {
        self.w(i) == "of"
            && i > 0
            && (self.tokens[i - 1].upos == Upos::Num
                || matches!(
                    self.w(i - 1),
                    "thousands"
                        | "hundreds"
                        | "dozens"
                        | "millions"
                        | "scores"
                        | "tens"
                        | "some"
                        | "many"
                        | "most"
                        | "all"
                        | "several"
                        | "none"
                        | "both"
                        | "members"
                        | "member"
                        | "group"
                        | "groups"
                        | "number"
                        | "lot"
                        | "majority"
                        | "one"
                        | "two"
                        | "three"
                        | "each"
                        | "supporters"
                        // (one who speaks for the actor after it: "the office of President
                        // Mahmoud Abbas condemned")
                        | "office"
                        | "offices"
                        | "administration"
                        | "cabinet"
                        | "camp"
                ))
    }

    fn after_verb(&self, np: &ActorNp) -> bool {
        // A hyphenated participle ("Iranian-backed militias", "U.S.-led forces") is an
        // adjective, whatever the tagger said.
        let mut b = self.before_np(np);
        // ("abducted a member of Japan's armed forces": past a partitive head to its verb)
        // (only after "a member of", "one of": a quantity, "thousands of workers", "a
        // growing number of legislators", still heads a subject)
        if let Some(i) = b.filter(|&i| {
            self.partitive_of(i) && matches!(self.lemmas[i - 1].as_str(), "member" | "one")
        }) {
            let mut j = i - 1;
            while j > 0 && matches!(self.tokens[j - 1].upos, Upos::Det | Upos::Adj | Upos::Num) {
                j -= 1;
            }
            b = j.checked_sub(1);
        }
        // (also "-ing": "Baton-wielding riot police")
        b.is_some_and(|i| {
            matches!(self.tokens[i].upos, Upos::Verb)
                && !(self.w(i).contains('-')
                    && (self.w(i).ends_with("ed") || self.w(i).ends_with("ing")))
        })
    }

    /// Is the phrase the subject of a following verb ("said North Korea fired", "warned
    /// that Iran would")? An auxiliary after it says so; a plain verb only after a
    /// reporting verb or "that" (elsewhere it is more often a tagging slip or a reduced
    /// relative: "an Islamic State target southwest of ...").
    fn is_clause_subject(&self, np: &ActorNp) -> bool {
        if np.possessive {
            return false;
        }
        let introduced = self
            .before_np(np)
            .is_some_and(|b| self.w(b) == "that" || REPORTING.contains(&self.lemmas[b].as_str()));
        let mut i = np.end;
        let mut head_nouns = 0;
        while i < self.tokens.len() {
            match self.tokens[i].upos {
                Upos::Adv => i += 1,
                // "Russian missiles hit ...": the actor modifies the subject's head noun.
                Upos::Noun | Upos::Adj | Upos::Num if head_nouns < 3 && introduced => {
                    head_nouns += 1;
                    i += 1;
                }
                // (not "being": "met with an analyst being investigated by the FBI" is a
                // reduced relative on the object)
                Upos::Aux => return self.w(i) != "being",
                Upos::Verb => return introduced,
                // "said American airstrikes that demolished homes ... killed 22": a relative
                // clause on the reported clause's subject.
                // (Not a complement: "told a judge that it intends": the word after "that"
                // is the relative clause's verb.)
                _ if introduced
                    && head_nouns > 0
                    && matches!(self.w(i), "that" | "which")
                    && self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|n| matches!(n.upos, Upos::Verb | Upos::Aux)) =>
                {
                    return true
                }
                _ => return false,
            }
        }
        false
    }

    /// Is the gap between two actor phrases a coordination ("and", ", the evil", ", and")?
    /// Returns `Some(true)` for an explicit conjunction, `Some(false)` for a bare comma.
    fn coordination(&self, from: usize, to: usize) -> Option<bool> {
        let mut conj = false;
        let mut comma = false;
        for i in from..to {
            match self.w(i) {
                "and" | "or" | "nor" => conj = true,
                "," => comma = true,
                "well" | "as" | "neither" | "either" | "both" => {}
                // ("the military government and an alliance of ethnic armed groups")
                "alliance" | "coalition" => {}
                "of" if i > from && matches!(self.w(i - 1), "alliance" | "coalition") => {}
                // ("Nine South African soldiers and three Malawian peacekeepers")
                _ if matches!(self.tokens[i].upos, Upos::Det | Upos::Adj | Upos::Num) => {}
                _ => return None,
            }
        }
        ((conj || comma) && to - from <= 5).then_some(conj)
    }

    fn is_coordination(&self, from: usize, to: usize) -> bool {
        self.coordination(from, to).is_some()
    }

    /// Phrase `k` with the phrases coordinated before it, not through a possessor ("Israel
    /// and Hamas", "Egypt and Qatar, which ...").
    pub(crate) fn coordinated_before(&self, k: usize) -> Vec<usize> {
        let mut group = vec![k];
        while let Some(mut p) = group[0].checked_sub(1) {
            // "Marape and his Australian counterpart Anthony Albanese": a possessive pronoun
            // that opens the member is no member of its own.
            if self.owner_pronoun_of(p, group[0]) {
                match p.checked_sub(1) {
                    Some(q) if self.is_coordination(self.nps[q].end, self.nps[p].start) => p = q,
                    _ => break,
                }
                if !self.nps[p].possessive {
                    group.insert(0, p);
                    continue;
                }
                break;
            }
            if self.is_coordination(self.nps[p].end, self.nps[group[0]].start)
                && !self.nps[p].possessive
            {
                group.insert(0, p);
            } else {
                break;
            }
        }
        group
    }

    /// Whether phrase `p` is a possessive pronoun right before phrase `k` ("his" in "his
    /// Australian counterpart Anthony Albanese").
    fn owner_pronoun_of(&self, p: usize, k: usize) -> bool {
        let (a, b) = (&self.nps[p], &self.nps[k]);
        a.pronoun && a.end == b.start && matches!(self.w(a.start), "his" | "her" | "their" | "its")
    }

    /// Coordinated phrases following `np` ("the US and South Korea", "A, B and C"). A list
    /// joined only by commas must end with a conjunction: "..., the Osgiliath newspaper
    /// said" is an apposition, not a member.
    pub fn coordinated_after(&self, k: usize) -> Vec<usize> {
        let mut out = vec![k];
        let mut last_conj = 1; // members up to here are certain
        let mut cur = k;
        while cur + 1 < self.nps.len() {
            let mut nxt = cur + 1;
            let gap_to = self.nps[nxt].start;
            // ("between Marape and his Australian counterpart": past the pronoun)
            if nxt + 1 < self.nps.len() && self.owner_pronoun_of(nxt, nxt + 1) {
                nxt += 1;
            }
            let Some(conj) = self.coordination(self.nps[cur].end, gap_to) else {
                break;
            };
            if self.nps[nxt].possessive && !self.nps[k].possessive {
                break;
            }
            // "Russia attacked Ukraine and Belarus condemned the move": after an object, a
            // phrase with its own finite verb right after it starts the next clause.
            // (not after a verb of saying or thinking, whose clause they may share: "believes
            // Dagolath and Osgiliath can cope")
            let object_head = self.before_np(&self.nps[k]).is_some_and(|b| {
                self.tokens[b].upos == Upos::Verb && !clause_taking(&self.lemmas[b])
            });
            let own_verb = self.tokens.get(self.nps[nxt].end).is_some_and(|n| {
                (n.upos == Upos::Verb && !n.norm.ends_with("ing")) || n.upos == Upos::Aux
            });
            if object_head && own_verb && conj {
                break;
            }
            out.push(nxt);
            if conj {
                last_conj = out.len();
            }
            cur = nxt;
        }
        out.truncate(last_conj);
        // "killing a number of militants, Pakistan army and security officials said": the
        // members after a comma that are the subject of a reporting verb are its speakers.
        let speech_after = out.last().is_some_and(|&l| {
            let e = self.nps[l].end;
            self.tokens.get(e).is_some_and(|t| t.upos == Upos::Verb)
                && REPORTING.contains(&self.lemmas[e].as_str())
        });
        if speech_after {
            if let Some(m) = (1..out.len()).find(|&m| {
                (self.nps[out[m - 1]].end..self.nps[out[m]].start).any(|i| self.w(i) == ",")
            }) {
                out.truncate(m);
            }
        }
        out
    }

    /// Source search: the nearest actor phrase before `tok` that is not inside a
    /// prepositional phrase and not the object of an earlier verb, within the clause.
    pub fn subject_before(&self, tok: usize) -> Option<(Vec<usize>, Vec<String>)> {
        let mut steps = Vec::new();
        // "a plea for a contribution to a military force to protect U.N. personnel": an
        // infinitive after a body that acts is that body's purpose; when it names no actor,
        // no one before it does the act.
        if tok >= 2
            && self.w(tok - 1) == "to"
            && self.np_index_at(tok - 2).is_none()
            && matches!(
                self.lemmas[tok - 2].as_str(),
                "force" | "mission" | "team" | "unit" | "contingent" | "personnel"
                    | "delegation" | "committee" | "commission" | "panel" | "body"
            )
            // (a body counted, "a military force", not force used: "ready to use military
            // force to protect Kuwaiti tankers")
            && {
                let mut b = tok - 2;
                while b > 0 && self.tokens[b - 1].upos == Upos::Adj {
                    b -= 1;
                }
                b > 0 && matches!(self.tokens[b - 1].upos, Upos::Det | Upos::Num)
            }
        {
            return None;
        }
        // "demands by militants who killed two hostages and are threatening to execute a
        // Briton": a verb after "and" that closes a relative clause's first verb shares
        // that clause's subject, the phrase "who" follows.
        if let Some(k) = self.relative_coordinated_subject(tok) {
            let k = k?;
            steps.push("a verb coordinated inside a relative clause: its antecedent".into());
            return Some((self.coordinated_before(k), steps));
        }
        // Relative clause: "the militant group that has seized ...": the antecedent.
        let mut i = tok;
        while i > 0 && matches!(self.tokens[i - 1].upos, Upos::Aux | Upos::Adv | Upos::Part) {
            i -= 1;
        }
        // "air strikes ..., which it said killed 46 people": a speaker inserted after the
        // relative pronoun is not the clause's subject.
        if i >= 4 && REPORTING.contains(&self.lemmas[i - 1].as_str()) {
            // ("which Gaza officials said killed")
            let speaker_start = if self.tokens[i - 2].upos == Upos::Pron {
                Some(i - 2)
            } else {
                self.nps
                    .iter()
                    .find(|np| np.end == i - 1)
                    .map(|np| np.start)
            };
            if let Some(st) = speaker_start.filter(|&st| {
                st >= 2 && matches!(self.w(st - 1), "that" | "which") && self.w(st - 2) == ","
            }) {
                i = st;
            }
        }
        // "Guterres, who in the same speech condemned ...": past a short PP or time phrase
        // between the relative pronoun and its verb.
        if i >= 3 && !matches!(self.w(i - 1), "that" | "which" | "who") {
            if let Some(j) = (i.saturating_sub(7)..i - 1).rev().find(|&j| {
                matches!(self.w(j), "who" | "which")
                    && self.tokens[j + 1].upos == Upos::Adp
                    && (j + 1..i).all(|x| {
                        matches!(
                            self.tokens[x].upos,
                            Upos::Adp
                                | Upos::Det
                                | Upos::Adj
                                | Upos::Noun
                                | Upos::Num
                                | Upos::Propn
                        ) && self.np_index_at(x).is_none()
                    })
            }) {
                i = j + 1;
            }
        }
        if i >= 2 && matches!(self.w(i - 1), "that" | "which" | "who") {
            if let Some(k) = self
                .nps
                .iter()
                .position(|np| np.end == i - 1 || np.end + 1 == i - 1 && self.w(np.end) == ",")
            {
                // "the attack on a church in Nigeria that killed 40 worshippers": after a
                // place or target in a PP on an act, the act is the antecedent, no actor.
                if let Some(p) = self.before_np(&self.nps[k]) {
                    if self.tokens[p].upos == Upos::Adp
                        && p > 0
                        && (attack_noun(&self.lemmas[p - 1])
                            || matches!(self.lemmas[p - 1].as_str(), "explosion" | "blast"))
                    {
                        return None;
                    }
                }
                steps.push(format!(
                    "relative clause: subject is the antecedent of \"{}\"",
                    self.w(i - 1)
                ));
                // "Egypt and Qatar, which have mediated ...": the whole coordination.
                return Some((self.coordinated_before(k), steps));
            }
            // "the siege that killed nearly 340 people": the antecedent is no actor, so the
            // clause has no source here (not an actor further left).
            // (Also after a comma: "air strikes in Paktika on Tuesday night, which it said
            // killed 46 people".)
            // (Not an event noun there, "launched a drone attack, which killed": the
            // attack's author is still found below.)
            let comma = self.w(i - 2) == "," && i >= 3;
            let before = if comma { i - 3 } else { i - 2 };
            // "an army drone strike that killed 85 villagers", "an Israeli air strike that
            // killed": an act noun whose author stands before it as a modifier; that author
            // is the clause's subject.
            if !comma
                && (attack_noun(&self.lemmas[before])
                    || matches!(self.lemmas[before].as_str(), "operation" | "bombardment"))
            {
                let mut m = before;
                while m > 0
                    && m + 3 > before
                    && self.np_index_at(m - 1).is_none()
                    && matches!(self.tokens[m - 1].upos, Upos::Noun | Upos::Adj)
                {
                    m -= 1;
                }
                if let Some(k) = self
                    .nps
                    .iter()
                    .position(|np| np.end == m && !np.pronoun && !np.possessive)
                {
                    steps.push(
                        "relative clause after an act noun: the act's author before it".into(),
                    );
                    return Some((vec![k], steps));
                }
            }
            let event_noun = comma
                && self
                    .triggers
                    .iter()
                    .any(|&(a, b, _)| a <= before && before < b);
            if self.tokens[before].upos == Upos::Noun
                && self.np_index_at(before).is_none()
                && !event_noun
            {
                return None;
            }
        }
        // "Russia and Ukraine, which have fought since 2022, signed a deal": a finite verb
        // right after a relative clause set off by commas has the clause's antecedent as
        // subject, the whole coordination.
        if let Some(k) = self.antecedent_past_relative(tok) {
            steps.push("past a relative clause between commas: its antecedent".into());
            return Some((self.coordinated_before(k), steps));
        }
        // Subject control: "as delegates gathered to nominate President Bush": the
        // infinitive right after a verb has that verb's subject (here no actor).
        if tok >= 2
            && self.w(tok - 1) == "to"
            && self.tokens[tok].upos == Upos::Verb
            && self.tokens[tok - 2].upos == Upos::Verb
            && !OBJECT_CONTROL.contains(&self.lemmas[tok - 2].as_str())
            && self.non_actor_subject(tok - 2)
        {
            return None;
        }
        // "South Korea demanded ..., accusing Tokyo of retaliation, and threatened to take the
        // case to the WTO": otherwise, that verb's subject (not the nearest phrase, "Tokyo").
        if tok >= 2
            && self.w(tok - 1) == "to"
            && self.tokens[tok].upos == Upos::Verb
            && self.tokens[tok - 2].upos == Upos::Verb
            && !self.w(tok - 2).ends_with("ing")
            && !OBJECT_CONTROL.contains(&self.lemmas[tok - 2].as_str())
        {
            if let Some((ks, more)) = self.subject_before(tok - 2) {
                steps.extend(more);
                steps.push(format!(
                    "infinitive after \"{}\": that verb's subject",
                    self.w(tok - 2)
                ));
                return Some((ks, steps));
            }
        }
        // "Russia's invasion drew condemnation from ...", "Modi's trip to Moscow drew
        // criticism from Ukraine": the possessor of the subject noun is the actor.
        if let Some(k) = self.possessor_of_subject(tok) {
            steps.push("subject: the possessor of the subject noun".into());
            return Some((vec![k], steps));
        }
        // "The killing of three aid workers by Israeli forces drew condemnation from ...":
        // the author of the act the subject names.
        if let Some(ks) = self.author_of_subject(tok) {
            steps.push("subject: the author (by-phrase) of the act the subject names".into());
            return Some((ks, steps));
        }
        // "as world powers gathered in Egypt": a subject noun phrase right before the verb
        // that names no actor is the subject, so an actor further left is not.
        if self.tokens.get(tok).is_some_and(|t| t.upos == Upos::Verb) && self.non_actor_subject(tok)
        {
            return None;
        }
        if tok > 0 && self.tokens[tok].upos == Upos::Verb && self.tokens[tok].norm.ends_with("ing")
        {
            match self.w(tok - 1) {
                "," => {
                    // "a military plane crashed into a mountain, killing 25": what an
                    // accident did is nobody's act.
                    if self.after_accident(tok) {
                        return None;
                    }
                    // ", killing 10 Palestinians": a participial clause after a comma
                    // belongs to the subject of the finite verb before it, not to the
                    // nearest phrase ("Israeli tanks stormed Khan Younis refugee camp, a Gaza
                    // militant stronghold, on Monday, killing ..."); with no such verb, to
                    // the caller's main-clause fallback.
                    // (past the verb of a relative clause: "police opened fire on
                    // protesters who stormed parliament, killing 22 people")
                    let mut verb = self.finite_verb_before(tok - 1)?;
                    // ("demanded that China lift the ban, accusing Beijing of coercion": a
                    // base-form verb in a "that" clause is what was demanded; the
                    // participle is the demander's)
                    if let Some(that) = self.subjunctive_that(verb) {
                        verb = self.finite_verb_before(that)?;
                    }
                    for _ in 0..2 {
                        let mut p = verb;
                        while p > 0 && matches!(self.tokens[p - 1].upos, Upos::Adv | Upos::Aux) {
                            p -= 1;
                        }
                        let relative = p > 0 && matches!(self.w(p - 1), "who" | "which");
                        // (past a short adverbial clause too: "had struck the attackers as
                        // they withdrew, killing about 30 of them")
                        // (or a short noun phrase: "carried out an air strike on a village
                        // as residents gathered for a meeting, killing dozens")
                        let mut q = p;
                        while q > 0
                            && p - q < 4
                            && matches!(
                                self.tokens[q - 1].upos,
                                Upos::Pron
                                    | Upos::Det
                                    | Upos::Adj
                                    | Upos::Noun
                                    | Upos::Propn
                                    | Upos::Num
                            )
                            && !matches!(self.w(q - 1), "as" | "when" | "while")
                        {
                            q -= 1;
                        }
                        // (a pronoun after any of these; a noun phrase only after "as" or
                        // "while", the circumstances of the main act: "a day after police
                        // opened fire on demonstrators, killing 22" is the police's killing)
                        // (for a result of the main act only: "killing dozens"; not what
                        // the clause's own subject did, "as mourners besieged an army base,
                        // demanding the bodies")
                        let result = matches!(
                            self.lemmas[tok].as_str(),
                            "kill" | "wound" | "injure" | "destroy" | "damage" | "leave"
                        );
                        // (and any participle past a concessive or conditional clause:
                        // "would present a plan while Palestinians remain on their land,
                        // rejecting Trump's proposal")
                        let adverbial = q >= 1
                            && q < p
                            && ((result && matches!(self.w(q - 1), "as" | "while"))
                                || (q + 1 == p
                                    && self.tokens[q].upos == Upos::Pron
                                    && matches!(self.w(q - 1), "when" | "after" | "before"))
                                || (!result
                                    && matches!(
                                        self.w(q - 1),
                                        "while" | "although" | "though" | "unless" | "until"
                                    )));
                        if relative {
                            let outer = self.finite_verb_before(p - 1)?;
                            // (not past a relative clause inside what a verb of speech or
                            // judgement tells: "accused Belgrade of orchestrating an attack
                            // by gunmen who stormed the village, killing a police officer"
                            // is the gunmen's killing)
                            let told = REPORTING.contains(&self.lemmas[outer].as_str())
                                || matches!(
                                    self.lemmas[outer].as_str(),
                                    "accuse"
                                        | "blame"
                                        | "condemn"
                                        | "denounce"
                                        | "criticize"
                                        | "criticise"
                                        | "deny"
                                        | "describe"
                                        | "call"
                                );
                            if told {
                                break;
                            }
                            verb = outer;
                        } else if adverbial {
                            verb = self.finite_verb_before(q - 1)?;
                        } else {
                            break;
                        }
                    }
                    return self.subject_before(verb);
                }
                // "launched an operation, sending troops into Jenin and killing 10
                // Palestinians": a participle coordinated with one after a comma has its
                // subject.
                "and" => {
                    let first = (tok.saturating_sub(16)..tok - 1).rev().find(|&i| {
                        self.tokens[i].upos == Upos::Verb
                            && self.w(i).ends_with("ing")
                            && i > 0
                            && self.w(i - 1) == ","
                    });
                    let finite_between = first.is_some_and(|f| {
                        (f + 1..tok - 1).any(|i| {
                            matches!(self.tokens[i].upos, Upos::Verb | Upos::Aux)
                                && !self.w(i).ends_with("ing")
                                && self.w(i) != self.lemmas[i]
                        })
                    });
                    // (not past a nearer participle it is coordinated with: "accusing them
                    // of abusing and killing protesters" is the accused's killing)
                    let nearer = first.is_some_and(|f| {
                        (f + 1..tok - 1).any(|i| {
                            self.w(i).ends_with("ing")
                                && (self.tokens[i].upos == Upos::Verb
                                    || matches!(self.w(i - 1), "of" | "for" | "by" | "from"))
                        })
                    });
                    if let Some(f) = first.filter(|_| !finite_between && !nearer) {
                        steps.push(
                            "participle coordinated with one after a comma: its subject".into(),
                        );
                        let (ks, more) = self.subject_before(f)?;
                        steps.extend(more);
                        return Some((ks, steps));
                    }
                }
                // "warned that sending troops to Ukraine would risk ...": a gerund heading a
                // clause is nobody's act here.
                "that" | "whether" => return None,
                _ => {}
            }
            // "vetoed a UN Security Council resolution calling for a ceasefire": a document
            // named by its issuer speaks for that issuer.
            if DOCUMENT_NOUNS.contains(&self.lemmas[tok - 1].as_str()) {
                if let Some(k) = self
                    .nps
                    .iter()
                    .position(|np| np.end + 1 == tok && !np.pronoun)
                {
                    steps.push("a document speaks for the issuer named before it".into());
                    return Some((vec![k], steps));
                }
            }
            // "demands by Islamic radicals holding two hostages": a participle right after
            // a common noun modifies it, inside a prepositional phrase too.
            if self.tokens[tok - 1].upos == Upos::Noun
                && self.np_index_at(tok - 1).is_none()
                && !DOCUMENT_NOUNS.contains(&self.lemmas[tok - 1].as_str())
                && !TIME_NOUNS.contains(&self.w(tok - 1))
            {
                return None;
            }
        }
        if self.being_on_noun(tok) {
            return None;
        }
        // "Canada joined the United States in condemning the launch": both condemn it.
        if tok >= 3 && self.w(tok - 1) == "in" && self.tokens[tok].norm.ends_with("ing") {
            if let Some(k) = self
                .nps
                .iter()
                .position(|np| np.end == tok - 1 && !np.pronoun)
            {
                let mut v = self.nps[k].start;
                while v > 0 && self.tokens[v - 1].upos == Upos::Det {
                    v -= 1;
                }
                if v > 0 && self.lemmas[v - 1] == "join" {
                    let (mut ks, more) = self.subject_before(v - 1)?;
                    steps.extend(more);
                    steps.push("\"joined X in doing\": X does it too".into());
                    ks.push(k);
                    return Some((ks, steps));
                }
            }
        }
        // "called on Israel to stop bombing civilians", "continued shelling the town": a
        // gerund after an aspect verb has that verb's subject (the act goes on, so it is not
        // merely asked for).
        if tok > 0
            && self.tokens[tok].norm.ends_with("ing")
            && matches!(
                self.lemmas[tok - 1].as_str(),
                "stop" | "halt" | "cease" | "continue" | "keep" | "resume" | "start" | "begin"
            )
            && self.tokens[tok - 1].upos == Upos::Verb
        {
            let (ks, _) = self.subject_before(tok - 1)?;
            steps.push(format!(
                "gerund after \"{}\": that verb's subject does it",
                self.w(tok - 1)
            ));
            return Some((ks, steps));
        }
        // Object control: "Congress is asking Obama to help Iran", "urged Iran to return":
        // the object of the control verb is the subject of the infinitive.
        let mut j = tok;
        while j > 0 && self.tokens[j - 1].upos == Upos::Adv {
            j -= 1;
        }
        // Is the word before object position `v` a control verb ("urged", "called on")?
        let controls = |v: usize| match v.checked_sub(1).map(|x| self.lemmas[x].as_str()) {
            Some("on" | "upon") => v >= 2 && self.lemmas[v - 2] == "call",
            // "called for its followers to end the fighting", "appealed to Iran to free"
            Some("for") => v >= 2 && matches!(self.lemmas[v - 2].as_str(), "call" | "appeal"),
            Some("to") => v >= 2 && self.lemmas[v - 2] == "appeal",
            Some(l) => OBJECT_CONTROL.contains(&l),
            None => false,
        };
        // "helping young militants join an armed group", "let the inspectors visit": a bare
        // infinitive after help/let/make and their object has that object as subject (none
        // when the object is no actor).
        if j > 0 && self.tokens[j].upos == Upos::Verb && self.w(j) == self.lemmas[j] {
            let mut b = j;
            while b > 0
                && (matches!(
                    self.tokens[b - 1].upos,
                    Upos::Noun | Upos::Adj | Upos::Det | Upos::Propn | Upos::Num
                ) || self.np_index_at(b - 1).is_some())
            {
                b -= 1;
            }
            if b < j && b > 0 && matches!(self.lemmas[b - 1].as_str(), "help" | "let" | "make") {
                let k = self
                    .nps
                    .iter()
                    .position(|np| np.end == j && np.start >= b && !np.possessive)?;
                // ("pledged to help Nigeria fight Boko Haram", "agreed to let the agency
                // reinstall cameras": under an infinitive the act is promised, not done; the
                // promise codes it)
                if b >= 2 && self.w(b - 2) == "to" {
                    steps.push(
                        "object control: the act of an object of an infinitive help/let".into(),
                    );
                } else {
                    steps.push("bare infinitive: the object of help/let/make does it".into());
                }
                return Some((self.coordinated_before(k), steps));
            }
        }
        // "warned Singapore officials against visiting Taiwan", "barred Israel from
        // attending": the object of a dissuading verb would do what the gerund says.
        // ("press the Kremlin into accepting a ceasefire", "forced Kyiv into signing": so does
        // the object of a verb of pressing, after "into".)
        let into = j >= 2 && self.w(j - 1) == "into";
        if j >= 2
            && (matches!(self.w(j - 1), "against" | "from") || into)
            && self.w(j).ends_with("ing")
        {
            if let Some(k) = self
                .nps
                .iter()
                .position(|np| np.end == j - 1 && !np.possessive && !np.pronoun)
            {
                let group = self.coordinated_before(k);
                let mut v = self.nps[group[0]].start;
                while v > 0 && self.tokens[v - 1].upos == Upos::Det {
                    v -= 1;
                }
                let controlling = if into { PRESSING } else { DISSUADING };
                if v > 0 && controlling.contains(&self.lemmas[v - 1].as_str()) {
                    steps.push(
                        "object control: the object of the verb before is the subject (warned against, barred from, pressed into)"
                            .into(),
                    );
                    return Some((group, steps));
                }
            }
        }
        // "rejected any attempt to displace Palestinians", "opposed plans to annex": an act
        // someone else would do, opposed by the subject, has no source here.
        if j >= 3 && self.w(j - 1) == "to" && self.tokens[j - 2].upos == Upos::Noun {
            let mut v = j - 2;
            while v > 0
                && (matches!(self.tokens[v - 1].upos, Upos::Det | Upos::Adj)
                    || self.w(v - 1) == "any")
            {
                v -= 1;
            }
            if v > 0
                && self.tokens[v - 1].upos == Upos::Verb
                && matches!(
                    self.lemmas[v - 1].as_str(),
                    "reject"
                        | "oppose"
                        | "condemn"
                        | "denounce"
                        | "resist"
                        | "block"
                        | "thwart"
                        | "foil"
                        | "criticize"
                        | "criticise"
                        | "slam"
                        | "decry"
                )
            {
                return None;
            }
        }
        // "Switzerland's decision to host", "its plan to withdraw": the possessor of the
        // noun before the infinitive does it.
        if j >= 3 && self.w(j - 1) == "to" && self.tokens[j - 2].upos == Upos::Noun {
            let mut b = j - 2;
            while b > 0 && matches!(self.tokens[b - 1].upos, Upos::Adj | Upos::Noun) {
                b -= 1;
            }
            if let Some(k) = self
                .nps
                .iter()
                .position(|np| np.possessive && np.end == b && np.end < j - 1)
            {
                if self.np_index_at(j - 2).is_none() {
                    steps.push("infinitive after a possessed noun: the possessor does it".into());
                    return Some((vec![k], steps));
                }
            }
        }
        if j >= 2 && self.w(j - 1) == "to" {
            // "urged Iraqi militants Sunday to free": a time adverbial may sit between.
            let mut obj_end = j - 1;
            if obj_end >= 1
                && (crate::time::is_weekday(self.w(obj_end - 1))
                    || matches!(self.w(obj_end - 1), "yesterday" | "today"))
            {
                obj_end -= 1;
                if obj_end >= 1 && self.w(obj_end - 1) == "on" {
                    obj_end -= 1;
                }
            }
            if let Some(k) = self
                .nps
                .iter()
                .position(|np| np.end == obj_end && !np.possessive && !np.pronoun)
            {
                // "urged Israel and Hamas to accept": the whole coordinated object.
                let group = self.coordinated_before(k);
                let mut v = self.nps[group[0]].start;
                while v > 0 && self.tokens[v - 1].upos == Upos::Det {
                    v -= 1;
                }
                if controls(v) {
                    // "prompting Armenia to appeal", "forced Russia to withdraw": a
                    // causative in the past or as a participle reports the act as done.
                    let done = v.checked_sub(1).is_some_and(|c| {
                        matches!(self.lemmas[c].as_str(), "prompt" | "force" | "compel")
                            && (self.w(c).ends_with("ed") || self.w(c).ends_with("ing"))
                    });
                    steps.push(if done {
                        "causative: the object of the verb before does it".into()
                    } else {
                        "object control: the object of the verb before is the subject".into()
                    });
                    return Some((group, steps));
                }
            } else {
                // "urged the world to back ...": the object is no actor, so the infinitive
                // has no source here (not the urging subject).
                let mut v = j - 1;
                while v > 0
                    && matches!(self.tokens[v - 1].upos, Upos::Noun | Upos::Adj | Upos::Det)
                    && self.np_index_at(v - 1).is_none()
                {
                    v -= 1;
                }
                let object_words = j - 1 - v;
                if controls(v) && object_words > 0 && self.tokens[j - 2].upos == Upos::Noun {
                    return None;
                }
            }
            // "called for his followers across Iraq to end fighting": an object with
            // modifiers of its own; its head phrase, if an actor, does it, else no one does
            // (not the subject who called for it).
            let mut v = j - 1;
            let lo = v.saturating_sub(10);
            while v > lo
                && !self.is_break(v - 1)
                && !matches!(
                    self.tokens[v - 1].upos,
                    Upos::Verb | Upos::Aux | Upos::Punct
                )
                && !matches!(self.w(v - 1), "that" | "who" | "which")
            {
                v -= 1;
            }
            // (past the preposition of "called for", "appealed to")
            let mut o = v;
            while o < j - 1 && self.tokens[o].upos == Upos::Adp && !controls(o) {
                o += 1;
            }
            if o < j - 1 && controls(o) && v > lo {
                let head = self
                    .nps
                    .iter()
                    .position(|np| np.start >= o && np.start <= o + 1 && !np.possessive);
                return match head {
                    Some(k) => {
                        steps.push(
                            "object control: the head of the object before is the subject".into(),
                        );
                        Some((self.coordinated_before(k), steps))
                    }
                    None => None,
                };
            }
        }
        // "Turkey met EU leaders, but warned the bloc not to ...": a verb right after "but",
        // with no subject of its own, shares the subject of the verb before it.
        if self.tokens.get(tok).is_some_and(|t| t.upos == Upos::Verb) {
            let mut j = tok;
            while j > 0 && matches!(self.tokens[j - 1].upos, Upos::Adv | Upos::Aux) {
                j -= 1;
            }
            if j >= 2 && self.w(j - 1) == "but" {
                // (not a verb of a relative clause: "leaders who will decide ..., but warned")
                let relative = |v: usize| {
                    let mut p = v;
                    while p > 0 && matches!(self.tokens[p - 1].upos, Upos::Aux | Upos::Adv) {
                        p -= 1;
                    }
                    p > 0 && matches!(self.w(p - 1), "who" | "which" | "that")
                };
                let v = (0..j - 1).rev().find(|&v| {
                    self.tokens[v].upos == Upos::Verb
                        && !self.w(v).ends_with("ing")
                        && (v == 0 || self.w(v - 1) != "to")
                        && !relative(v)
                });
                if let Some(v) = v {
                    let (ks, more) = self.subject_before(v)?;
                    steps.extend(more);
                    steps.push(format!(
                        "a verb after \"but\" shares the subject of \"{}\"",
                        self.w(v)
                    ));
                    return Some((ks, steps));
                }
            }
        }
        // "China laid into the doctrine, said the war has destroyed the coalition and
        // blamed arrogance": a past verb after "and" coordinates with the nearest earlier
        // verb of its own form, past one with an auxiliary ("has destroyed", inside the
        // reported clause), and shares that verb's subject.
        if let Some(v) = self.coordinated_past_verb(tok) {
            steps.push(format!(
                "coordinated verb: the subject of \"{}\", of the same form",
                self.w(v)
            ));
            let (ks, more) = self.subject_before(v)?;
            steps.extend(more);
            return Some((ks, steps));
        }
        let mut best = None;
        for k in (0..self.nps.len()).rev() {
            let np = &self.nps[k];
            if np.end > tok {
                continue;
            }
            if (np.end..tok).any(|i| self.is_break(i)) {
                break;
            }
            // A phrase inside a quotation is not the subject of a verb after it ("\"Russia
            // must stop,\" Macron said after meeting Zelensky").
            if self.quoted_before(np, tok) {
                continue;
            }
            if np.possessive && np.end < tok {
                // "North Korea's launch": a possessor is not a subject of a later verb.
                continue;
            }
            // Not inside a PP, and not the object of an earlier verb, unless it is the
            // subject of a complement clause ("said Russia had blown up ...").
            // (Nor a phrase coordinated inside a place's PP: "headed to Pennsylvania and
            // Wisconsin to tell voters", "on U.S. and NATO airplanes to retake".)
            let head = &self.nps[self.coordinated_before(k)[0]];
            let in_place = |h: &ActorNp| {
                self.before_np(h).is_some_and(|b| {
                    matches!(
                        self.w(b),
                        "to" | "into" | "in" | "on" | "at" | "across" | "toward" | "towards"
                    )
                })
            };
            if (self.in_pp(np) && !self.subordinate_subject(np))
                || (self.after_verb(np) && !self.is_clause_subject(np))
                || (!std::ptr::eq(head, np)
                    && np.start > 0
                    && matches!(self.w(np.start - 1), "and" | "or")
                    // (", and Israel responded" starts a clause of its own: a phrase after
                    // ", and" with its verb right after it)
                    && !((head.end..np.start).any(|i| self.w(i) == ",")
                        && self
                            .tokens
                            .get(np.end)
                            .is_some_and(|n| matches!(n.upos, Upos::Verb | Upos::Aux)))
                    && in_place(head)
                    && !self.subordinate_subject(head)
                    && !self.is_clause_subject(np))
            {
                continue;
            }
            // "appealed to U.N. member states and aid agencies for help, and called on": the
            // last member of a coordination after a preposition is in that PP too.
            // (only for a verb with no subject of its own, right after "and")
            if np.start >= 2
                && matches!(self.w(np.start - 1), "and" | "or")
                && tok > 0
                && matches!(self.w(tok - 1), "and" | "but")
            {
                let mut j = np.start - 1;
                while j > 0
                    && j + 6 > np.start
                    && matches!(
                        self.tokens[j - 1].upos,
                        Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det | Upos::Num
                    )
                {
                    j -= 1;
                }
                if j > 0
                    && j + 1 < np.start
                    && self.tokens[j - 1].upos == Upos::Adp
                    && self.w(j - 1) != "of"
                    && !self.is_clause_subject(np)
                {
                    continue;
                }
            }
            // "Three British nationals, believed to be civilians, were snatched": a predicate
            // in a parenthesis between commas is not the subject.
            if self.predicate_in_parenthesis(np, tok) {
                continue;
            }
            // "protesters angry at what they called Western indifference attacked": the
            // speaker of "what they called" describes, it is no subject of the verb after.
            if np.start > 0
                && self.w(np.start - 1) == "what"
                && self.lemmas.get(np.end).is_some_and(|l| {
                    matches!(l.as_str(), "call" | "describe" | "term" | "say" | "see")
                })
                && np.end + 1 < tok
            {
                continue;
            }
            best = Some(k);
            break;
        }
        let k = best?;
        // Include phrases coordinated before it ("the US and Japan condemned"), but not an
        // object or a PP's phrase before ", and" ("killed 11 people, including one American
        // soldier, and Rumsfeld visited").
        let mut group = vec![k];
        let mut cur = k;
        while cur > 0 {
            // ("Marape and his Australian counterpart Anthony Albanese met": past the
            // possessive pronoun that opens the member)
            let (p, gap_to) = if cur >= 2 && self.owner_pronoun_of(cur - 1, cur) {
                (cur - 2, self.nps[cur - 1].start)
            } else {
                (cur - 1, self.nps[cur].start)
            };
            let prev = &self.nps[p];
            // (Only across a comma: "accused Russia and Belarus of deporting" keeps both.)
            let comma = (prev.end..gap_to).any(|i| self.w(i) == ",");
            let object_like = comma
                && (self.in_pp(prev)
                    || self.before_np(prev).is_some_and(|b| {
                        self.tokens[b].upos == Upos::Verb
                            && !REPORTING.contains(&self.lemmas[b].as_str())
                            && !(self.w(b).contains('-') && self.w(b).ends_with("ed"))
                    }));
            // "demonstrators stormed parliament and police shot dead 20 people": the object
            // of one clause's verb and the next clause's subject are no coordination.
            let next_clause = !comma
                && self.before_np(prev).is_some_and(|b| {
                    self.tokens[b].upos == Upos::Verb
                        && !clause_taking(&self.lemmas[b])
                        && b > 0
                        && self.np_index_at(b - 1).is_some()
                })
                && self.tokens.get(self.nps[cur].end).is_some_and(|n| {
                    n.upos == Upos::Verb && !n.norm.ends_with("ing") || n.upos == Upos::Aux
                });
            let object_like = object_like || next_clause;
            if self.is_coordination(prev.end, gap_to) && !prev.possessive && !object_like {
                group.insert(0, p);
                cur = p;
            } else {
                break;
            }
        }
        // "France, as well as Germany, condemned", "Britain, along with the United States,
        // carried out strikes": a member added between commas before the verb.
        let mut next = k + 1;
        while let Some(np) = self.nps.get(next) {
            if np.end >= tok {
                break;
            }
            let gap: Vec<&str> = (self.nps[next - 1].end..np.start)
                .map(|i| self.w(i))
                .filter(|w| !matches!(*w, "the" | "its" | "their"))
                .collect();
            let added = matches!(
                gap.as_slice(),
                [",", "as", "well", "as"] | [",", "along", "with"] | [",", "together", "with"]
            );
            // (then the verb group, no other phrase: "..., carried out strikes on")
            let closed = self.w(np.end) == ","
                && (np.end + 1..tok).all(|i| {
                    !self.is_break(i) && self.w(i) != "," && self.np_index_at(i).is_none()
                });
            if !(added && closed) {
                break;
            }
            group.push(next);
            next += 1;
        }
        // "Fierce battles between insurgents and US forces killed ...": a coordination that
        // starts inside a PP after a word for fighting is all inside it; the fighting is
        // the subject, and it has no source.
        if group.len() > 1 {
            let mut b = self.nps[group[0]].start;
            while b > 0 && matches!(self.tokens[b - 1].upos, Upos::Det | Upos::Adj) {
                b -= 1;
            }
            // (Only for fighting: "Resumption of ties between A and B may spur ..." is read
            // as A and B's, as PETRARCH does.)
            if b > 1
                && matches!(self.w(b - 1), "between" | "among" | "against" | "with")
                && matches!(
                    self.lemmas[b - 2].as_str(),
                    "battle"
                        | "fighting"
                        | "fight"
                        | "clash"
                        | "war"
                        | "skirmish"
                        | "gunbattle"
                        | "firefight"
                        | "violence"
                        | "confrontation"
                )
            {
                return None;
            }
        }
        if self.nps[k].pronoun {
            steps.push("source is a pronoun resolved from the discourse".into());
        }
        Some((group, steps))
    }

    /// For a finite verb at `tok` right after the comma that closes a relative clause opened
    /// by ", who" or ", which" ("Russia and Ukraine, which have fought since 2022, signed a
    /// deal"): the actor phrase the clause hangs on, the last of a coordination. `None` when
    /// there is no such clause, or its antecedent is inside a prepositional phrase or the
    /// object of a verb ("talks with Iran, which ..., ended" has no actor subject).
    pub(crate) fn antecedent_past_relative(&self, tok: usize) -> Option<usize> {
        let t = self.tokens.get(tok)?;
        if t.upos != Upos::Verb || t.norm.ends_with("ing") {
            return None;
        }
        // (not an inverted speaker: "..., who fled last year, said the ministry")
        if REPORTING.contains(&self.lemmas[tok].as_str())
            && self.nps.iter().any(|np| np.start == tok + 1)
        {
            return None;
        }
        let mut j = tok;
        while j > 0 && matches!(self.tokens[j - 1].upos, Upos::Aux | Upos::Adv) {
            j -= 1;
        }
        if j < 5 || self.w(j - 1) != "," {
            return None;
        }
        let r = (j.saturating_sub(20)..j - 1)
            .rev()
            .take_while(|&i| !matches!(self.w(i), "," | ";" | ":" | "\"" | "(" | ")"))
            .find(|&i| matches!(self.w(i), "who" | "which"))?;
        // (the clause has a verb of its own, and the pronoun follows a comma)
        if r < 2
            || self.w(r - 1) != ","
            || !(r + 1..j - 1).any(|i| matches!(self.tokens[i].upos, Upos::Verb | Upos::Aux))
        {
            return None;
        }
        let k = self
            .nps
            .iter()
            .position(|np| np.end + 1 == r && !np.pronoun && !np.possessive)?;
        // (of a coordination, its first member decides: "talks between Russia and Ukraine")
        let head = &self.nps[self.coordinated_before(k)[0]];
        (!self.in_pp(head) && (!self.after_verb(head) || self.is_clause_subject(head))).then_some(k)
    }

    /// For a verb at `tok` right after "and" (past auxiliaries and adverbs) that coordinates
    /// with the first verb of a relative clause ("militants who killed two hostages and are
    /// threatening to execute a Briton"): `Some(Some(k))` with the antecedent's actor
    /// phrase, `Some(None)` when the antecedent names no actor, `None` when the verb is no
    /// such second verb.
    fn relative_coordinated_subject(&self, tok: usize) -> Option<Option<usize>> {
        if self.tokens.get(tok)?.upos != Upos::Verb {
            return None;
        }
        let mut j = tok;
        while j > 0 && matches!(self.tokens[j - 1].upos, Upos::Adv | Upos::Aux) {
            j -= 1;
        }
        // (a progressive has its auxiliary: "and are threatening")
        if self.w(tok).ends_with("ing") && !(j..tok).any(|i| self.tokens[i].upos == Upos::Aux) {
            return None;
        }
        let conj = j.checked_sub(1)?;
        if !matches!(self.w(conj), "and" | "or") {
            return None;
        }
        // The relative pronoun within the clause, with a finite verb right after it (past
        // auxiliaries), and no comma, other clause or verb of its own kind in between.
        let who = (conj.saturating_sub(15)..conj)
            .rev()
            .find(|&i| self.w(i) == "who" || self.is_break(i) || self.w(i) == ",")
            .filter(|&i| self.w(i) == "who")?;
        let mut v = who + 1;
        while v < conj && matches!(self.tokens[v].upos, Upos::Aux | Upos::Adv) {
            v += 1;
        }
        if v >= conj || self.tokens[v].upos != Upos::Verb || self.w(v).ends_with("ing") {
            return None;
        }
        if (v + 1..conj).any(|i| matches!(self.tokens[i].upos, Upos::Verb | Upos::Aux)) {
            return None;
        }
        // (not a passive, whose second participle shares the "was": "a protester who was
        // struck and killed by a train")
        if (who + 1..v).any(|i| self.lemmas[i] == "be") && !self.w(v).ends_with("ing") {
            return None;
        }
        let mut a = who;
        if a > 0 && self.w(a - 1) == "," {
            a -= 1;
        }
        Some(
            self.nps
                .iter()
                .position(|np| np.end == a && !np.pronoun && !np.possessive),
        )
    }

    /// For a simple past verb at `tok` right after "and"/"but" whose nearest earlier verb
    /// has an auxiliary ("said the war has destroyed the coalition and blamed ..."), the
    /// earlier simple past verb it coordinates with ("said"), when one comes first.
    fn coordinated_past_verb(&self, tok: usize) -> Option<usize> {
        let simple_past = |v: usize| self.simple_past_at(v);
        let conj = tok.checked_sub(1)?;
        if !simple_past(tok) || !matches!(self.w(conj), "and" | "but") {
            return None;
        }
        // (the word before "and" ends an object, not a subject of its own)
        let before = conj.checked_sub(1)?;
        // (a comma between the members of a list is no clause break: "to bring in the
        // United Nations, the European Union and the United States")
        let list_comma =
            |i: usize| i > 0 && self.np_index_at(i - 1).is_some() && self.np_opens_at(i + 1);
        let reported = |before: usize, need_aux: bool| {
            // (or no "that": "The army said the paramilitaries had failed to withdraw
            // ..., and accused the RSF": the clause starts right after the verb)
            let that = (before.saturating_sub(45)..before)
                .rev()
                .take_while(|&i| self.w(i) != "," || list_comma(i))
                .find(|&i| self.w(i) == "that")
                .or_else(|| {
                    (before.saturating_sub(30)..before)
                        .rev()
                        .take_while(|&i| self.w(i) != "," || list_comma(i))
                        .find_map(|v| {
                            // (not the middle verb of a series, "demanded that ..., said
                            // the group would not free him, and threatened", whose
                            // subject is further back)
                            if !simple_past(v)
                                || (v > 0 && self.w(v - 1) == ",")
                                || !REPORTING.contains(&self.lemmas[v].as_str())
                            {
                                return None;
                            }
                            // (past a time adverbial: "said on Friday the group"; a clause
                            // subject after it: an actor phrase, or a noun with its
                            // article, "the group")
                            let c = self.past_time_adverbial(v + 1);
                            let subject = self.np_opens_at(c)
                                || (self.tokens.get(c).is_some_and(|t| t.upos == Upos::Det)
                                    && self
                                        .tokens
                                        .get(c + 1)
                                        .is_some_and(|t| t.upos == Upos::Noun));
                            subject.then_some(c)
                        })
                })?;
            // (past a negation: "would not hand over its weapons")
            let aux_verb = (that..before).any(|v| {
                self.tokens[v].upos == Upos::Verb
                    && v > 0
                    && (self.tokens[v - 1].upos == Upos::Aux
                        || (matches!(self.w(v - 1), "not" | "n't" | "never")
                            && v > 1
                            && self.tokens[v - 2].upos == Upos::Aux))
            });
            if need_aux && !aux_verb {
                return None;
            }
            // ("said in a statement on Monday that")
            (that.saturating_sub(8)..that)
                .rev()
                .find(|&v| simple_past(v) && REPORTING.contains(&self.lemmas[v].as_str()))
        };
        // "condemned the strikes, saying 46 civilians had been killed, and vowed to
        // retaliate": past a participial clause set off by commas, the verb before it.
        if self.w(before) == "," {
            // "Kyrgyzstan said on Saturday that 24 of its citizens had been killed ..., and
            // accused Tajikistan": past the reported clause (its verb with an auxiliary), the
            // reporting verb before its "that".
            let Some(c) = (before.saturating_sub(20)..before)
                .rev()
                .find(|&c| self.w(c) == ",")
            else {
                return reported(before, true).or_else(|| self.main_clause_past_verb(conj));
            };
            let participle = self
                .tokens
                .get(c + 1)
                .is_some_and(|t| t.upos == Upos::Verb && t.norm.ends_with("ing"));
            if !participle {
                return reported(before, true).or_else(|| self.main_clause_past_verb(conj));
            }
            // (the participle's clause may end a reported one: "said that the strikes hit
            // homes, killing three women, and condemned Pakistan" is the speaker's)
            return reported(c, false).or_else(|| {
                (c.saturating_sub(15)..c)
                    .rev()
                    .take_while(|&i| !self.is_break(i))
                    .find(|&v| simple_past(v))
            });
        }
        if self.np_index_at(before).is_some() {
            return None;
        }
        let verbs: Vec<usize> = (0..conj)
            .rev()
            .take_while(|&i| !self.is_break(i))
            .filter(|&i| self.tokens[i].upos == Upos::Verb)
            .collect();
        let nearest = *verbs.first()?;
        let with_aux = nearest > 0 && self.tokens[nearest - 1].upos == Upos::Aux;
        if !with_aux {
            return None;
        }
        // "said that Japan's government had acted selfishly and accused it of treating the
        // ocean as a sewer": an object pronoun charged with an act ("accused it of", "blamed
        // them for") is not the reported clause's subject, which would have said "itself";
        // the verb is the speaker's.
        if self.charged_pronoun_at(tok + 1) {
            if let Some(v) = reported(conj, true) {
                return Some(v);
            }
        }
        // (a list of predicates, "laid into X, said Y and blamed Z": the earlier verb after
        // a comma; "said Israel has bombed the strip and killed 100" shares the "has")
        verbs
            .into_iter()
            .skip(1)
            .find(|&v| simple_past(v))
            .filter(|&v| {
                // (`doctrine," said`: past a closing quote)
                let mut p = v;
                while p > 0 && self.is_quote(p - 1) {
                    p -= 1;
                }
                p > 0 && self.w(p - 1) == ","
            })
    }

    /// For a past verb after ", and" (at `conj`, the "and") whose subject the rules of
    /// [`Self::coordinated_past_verb`] do not find: the nearest earlier simple-past verb that
    /// heads a main clause, past those of clauses opened by a subordinator, "that" or a
    /// reporting verb with only their subject between ("threatened to use force against the
    /// junta if it did not restore Bazoum to power, and demanded"; "said there was evidence
    /// that Gonzalez won the election, and urged"; "determined that the RSF have committed
    /// genocide against the Masalit, and imposed sanctions").
    fn main_clause_past_verb(&self, conj: usize) -> Option<usize> {
        (conj.saturating_sub(45)..conj)
            .rev()
            .take_while(|&i| !matches!(self.w(i), ";" | ":"))
            .filter(|&v| {
                self.simple_past_at(v) && !matches!(self.tokens[v].lemma.as_str(), "be" | "have")
            })
            .find(|&v| !self.opens_subordinate_clause(v))
    }

    /// Whether token `v` is a verb in the simple past: an inflected form that is neither
    /// "-ing" nor a third-person "-s", with no auxiliary or "to" before it ("accused", not
    /// "has accused", "to accuse", "accuses").
    fn simple_past_at(&self, v: usize) -> bool {
        let t = &self.tokens[v];
        t.upos == Upos::Verb
            && t.lemma != t.norm
            && !t.norm.ends_with("ing")
            && !t.norm.ends_with('s')
            && (v == 0 || !matches!(self.tokens[v - 1].upos, Upos::Aux | Upos::Part))
    }

    /// Whether verb `v` heads a subordinate clause: one opened by a subordinator, "that" or
    /// a relative pronoun, or a reporting verb, with only the clause's subject and
    /// auxiliaries between ("if it did not restore", "said the strikes violated").
    fn opens_subordinate_clause(&self, v: usize) -> bool {
        let mut s = v;
        while s > 0
            && v - s < 12
            && (matches!(
                self.tokens[s - 1].upos,
                Upos::Aux
                    | Upos::Adv
                    | Upos::Part
                    | Upos::Pron
                    | Upos::Det
                    | Upos::Adj
                    | Upos::Noun
                    | Upos::Propn
                    | Upos::Num
            ) || self.is_quote(s - 1))
            && !matches!(
                self.w(s - 1),
                "that" | "who" | "which" | "whom" | "whose" | "if" | "unless" | "when"
            )
        {
            s -= 1;
        }
        s > 0
            && (SUBORDINATORS.contains(&self.w(s - 1))
                || matches!(
                    self.w(s - 1),
                    "that"
                        | "who"
                        | "which"
                        | "whom"
                        | "whose"
                        | "if"
                        | "unless"
                        | "because"
                        | "although"
                        | "though"
                        | "whether"
                        | "where"
                )
                || (self.tokens[s - 1].upos == Upos::Verb
                    && REPORTING.contains(&self.lemmas[s - 1].as_str())))
    }

    /// Whether `np` lies inside a quotation that closes before `tok`.
    /// (A quoted clause: its last word before the closing mark is punctuation, `"...,"`; a
    /// quoted phrase, `said that "Germany and most European countries" have supported`, is
    /// part of the sentence.)
    fn quoted_before(&self, np: &ActorNp, tok: usize) -> bool {
        let opens = (0..np.start).filter(|&i| self.is_quote(i)).count();
        opens % 2 == 1
            && (np.end..tok)
                .any(|i| self.is_quote(i) && i > 0 && self.tokens[i - 1].upos == Upos::Punct)
    }

    /// ", demanding ...": whether the finite verb the participial clause at `tok` belongs to
    /// has a subject that names no actor ("as distraught mourners besieged an army base,
    /// demanding the bodies"): then the clause has no source, not the main clause's.
    pub fn participle_host_without_actor(&self, tok: usize) -> bool {
        if tok == 0 || self.w(tok - 1) != "," || !self.tokens[tok].norm.ends_with("ing") {
            return false;
        }
        self.finite_verb_before(tok - 1)
            .is_some_and(|v| self.non_actor_subject(v))
    }

    /// For a base-form verb `v` whose subject follows "that" ("demanded that China lift the
    /// ban", "insisted that Israel allow aid in"), the index of that "that": the clause is
    /// what was asked, not a finite clause of its own.
    fn subjunctive_that(&self, v: usize) -> Option<usize> {
        if self.w(v) != self.lemmas[v] || v < 2 {
            return None;
        }
        let k = self.nps.iter().position(|np| np.end == v)?;
        let start = self.nps[self.coordinated_before(k)[0]].start;
        let that = start.checked_sub(1)?;
        (self.w(that) == "that" && that > 0).then_some(that)
    }

    /// The nearest verb before `tok` that is neither an "-ing" form nor an infinitive: the
    /// finite verb a participial clause after a comma belongs to.
    fn finite_verb_before(&self, tok: usize) -> Option<usize> {
        (0..tok).rev().find(|&v| {
            self.tokens[v].upos == Upos::Verb
                && !self.tokens[v].norm.ends_with("ing")
                && (v == 0 || self.w(v - 1) != "to")
                // (not a participle modifying the noun after it: "30 heavily armed gunmen")
                && !(self.tokens[v].norm.ends_with("ed")
                    && v > 0
                    && matches!(
                        self.tokens[v - 1].upos,
                        Upos::Adv | Upos::Adj | Upos::Det | Upos::Num
                    )
                    && self.tokens.get(v + 1).is_some_and(|n| n.upos == Upos::Noun))
        })
    }

    /// For a finite verb at `tok` whose subject, opening the sentence, is an act noun with a
    /// by-phrase ("The killing of three aid workers by Israeli forces in Gaza drew"), the
    /// by-phrase's actors.
    pub(crate) fn author_of_subject(&self, tok: usize) -> Option<Vec<usize>> {
        if self.tokens.get(tok)?.upos != Upos::Verb || self.w(tok).ends_with("ing") {
            return None;
        }
        // (past the verb's auxiliaries: "was welcomed")
        let mut end = tok;
        while end > 0 && matches!(self.tokens[end - 1].upos, Upos::Aux | Upos::Adv) {
            end -= 1;
        }
        let end = self.before_subject_adjunct(end);
        // The subject opens the sentence (after a dateline, if any) with "the"/"a" (or a
        // day's possessive: "Thursday's release of ...") and an act noun, and holds no verb.
        let start = dyad_text::dateline_opening(tok, |i| self.w(i)).unwrap_or(0);
        let mut first = start;
        loop {
            if self.tokens.get(first)?.upos == Upos::Det {
                first += 1;
            } else if crate::time::is_day_or_month(self.w(first)) && self.w(first + 1) == "'s" {
                first += 2;
            } else {
                break;
            }
        }
        // (or a bare act noun and its agent: "Shelling by the RSF killed 18 civilians")
        // (the tagger may read that noun as a gerund: "Shelling/VERB by Sudan's paramilitary
        // Rapid Support Forces killed")
        let bare_by = first == start && matches!(self.w(start + 1), "by");
        let gerund =
            bare_by && self.tokens[start].upos == Upos::Verb && self.w(start).ends_with("ing");
        if (first == start && !bare_by)
            || (self.tokens[first].upos != Upos::Noun && !gerund)
            || end - first > 16
        {
            return None;
        }
        let tok = end;
        // (a word inside an actor phrase is no verb: "World Central Kitchen aid/VERB workers")
        if (first + usize::from(gerund)..tok).any(|i| {
            (matches!(self.tokens[i].upos, Upos::Verb | Upos::Aux | Upos::Punct)
                && self.np_index_at(i).is_none())
                || self.is_break(i)
        }) {
            return None;
        }
        let Some(by) = (first + 1..tok).find(|&i| self.w(i) == "by") else {
            // "The killing of seven aid workers in an Israeli airstrike drew ...": the
            // means names the author.
            let obj = self
                .nps
                .iter()
                .find(|np| np.start > first && np.start <= first + 4 && np.end < tok)?;
            let ks = self.means_agent_after(obj.end)?;
            return ks.iter().all(|&k| self.nps[k].end <= tok).then_some(ks);
        };
        let k = self
            .nps
            .iter()
            .position(|np| np.start > by && np.start <= by + 2 && np.end <= tok)?;
        Some(self.coordinated_after(k))
    }

    /// Where a subject ends when its verb group starts at `end`: before an adjunct set off by
    /// commas (", his first since the start of the war,", ", hours after he addressed a
    /// rally,") and a time phrase ("on Monday", "on Wednesday") at its end.
    fn before_subject_adjunct(&self, end: usize) -> usize {
        let mut e = end;
        if e >= 2 && self.w(e - 1) == "," {
            if let Some(c) = (e.saturating_sub(25)..e - 1)
                .rev()
                .find(|&c| self.w(c) == ",")
            {
                if c > 1 && !(c..e).any(|i| matches!(self.w(i), ";" | ":" | "(" | ")")) {
                    e = c;
                }
            }
        }
        while e > 1
            && (crate::time::is_day_or_month(self.w(e - 1))
                || matches!(self.w(e - 1), "yesterday" | "today" | "overnight"))
        {
            e -= 1;
            if self.w(e - 1) == "on" {
                e -= 1;
            }
        }
        e
    }

    /// For a finite verb at `tok` whose subject is a common noun with an actor possessor
    /// ("Russia's invasion drew", "Modi's trip to Moscow drew"), that possessor's phrase.
    fn possessor_of_subject(&self, tok: usize) -> Option<usize> {
        if self.tokens.get(tok)?.upos != Upos::Verb || self.w(tok).ends_with("ing") {
            return None;
        }
        let mut i = tok;
        while i > 0 && matches!(self.tokens[i - 1].upos, Upos::Aux | Upos::Adv) {
            i -= 1;
        }
        let i = self.before_subject_adjunct(i);
        let mut head = i.checked_sub(1)?;
        // Past one prepositional phrase on the noun ("trip to Moscow").
        if let Some(k) = self.np_index_at(head) {
            let mut p = self.nps[k].start;
            while p > 0 && self.tokens[p - 1].upos == Upos::Det {
                p -= 1;
            }
            let adp = p.checked_sub(1)?;
            if self.tokens[adp].upos != Upos::Adp || adp == 0 {
                return None;
            }
            head = adp - 1;
        }
        // A singular noun (an act, a role: "invasion", "trip", "chief"), not a group
        // ("Europe's major countries").
        let h = &self.tokens[head];
        // (or a body's name: "the Organization of American States' Permanent Council
        // condemned", "the OAS's Permanent Council")
        let body = h.upos == Upos::Propn
            && matches!(
                h.norm.as_str(),
                "council" | "commission" | "committee" | "assembly" | "secretariat" | "board"
            );
        if !(h.upos == Upos::Noun || body) || h.lemma != h.norm || self.np_index_at(head).is_some()
        {
            return None;
        }
        let mut b = head;
        while b > 0
            && (matches!(self.tokens[b - 1].upos, Upos::Noun | Upos::Adj)
                || (body && (self.tokens[b - 1].upos == Upos::Propn || self.w(b - 1) == "and")))
            && self.np_index_at(b - 1).is_none()
        {
            b -= 1;
        }
        let k = self
            .nps
            .iter()
            .position(|np| np.possessive && np.end == b && !np.actors.is_empty())?;
        // The phrase opens its clause ("uncertainty over Hong Kong's future had helped",
        // "sent to bolster Congo's border region ... have clashed" are no such subjects).
        let mut s = self.nps[k].start;
        while s > 0 && self.tokens[s - 1].upos == Upos::Det {
            s -= 1;
        }
        // (a subordinate clause's subject too: "came six weeks after his trip to Moscow drew
        // sharp criticism from Kyiv")
        let opens = s == 0
            || matches!(
                self.w(s - 1),
                "," | "-"
                    | "--"
                    | ":"
                    | ";"
                    | "that"
                    | "and"
                    | "but"
                    | "after"
                    | "before"
                    | "when"
                    | "since"
                    | "until"
                    | "because"
            )
            || self.tokens[s - 1].upos == Upos::Sconj;
        opens.then_some(k)
    }

    /// True when the words right before verb `tok` (past adverbs and auxiliaries) are a
    /// common-noun phrase with no actor in it ("world powers gathered", "the talks
    /// collapsed"): that phrase is the verb's subject. A phrase holding an actor ("Israeli
    /// air strikes killed", "the US last week condemned") and time nouns ("last week") do
    /// not count.
    fn non_actor_subject(&self, tok: usize) -> bool {
        let mut i = tok;
        while i > 0
            && (matches!(self.tokens[i - 1].upos, Upos::Aux | Upos::Adv)
                || matches!(self.w(i - 1), "not" | "n't"))
        {
            i -= 1;
        }
        let Some(head) = i.checked_sub(1) else {
            return false;
        };
        let norm = self.w(head);
        // "..., Chief Prosecutor Carla Del Ponte told the Security Council": a full name
        // the dictionary does not know, after a comma, is the reporting verb's subject.
        if self.tokens[head].upos == Upos::Propn && REPORTING.contains(&self.lemmas[tok].as_str()) {
            let mut b = head;
            while b > 0 && matches!(self.tokens[b - 1].upos, Upos::Propn | Upos::Noun) {
                b -= 1;
            }
            let names = (b..=head)
                .filter(|&j| self.tokens[j].upos == Upos::Propn)
                .count();
            if names >= 2
                && b > 0
                && self.w(b - 1) == ","
                // (An actor phrase read across the comma, "the tribunal, Chief Prosecutor
                // ...", as an apposition, is not the name's own.)
                && (b..=head).all(|j| self.np_index_at(j).is_none_or(|k| self.nps[k].start < b))
            {
                return true;
            }
        }
        // A document speaks for whoever issued it ("passed a resolution urging",
        // "issued a report praising"): the search goes on to that actor.
        if self.tokens[head].upos != Upos::Noun
            || crate::time::is_day_or_month(norm)
            || TIME_NOUNS.contains(&norm)
            || DOCUMENT_NOUNS.contains(&self.lemmas[head].as_str())
        {
            return false;
        }
        let mut b = head;
        // (A bare "verb" between two nouns is a noun the tagger missed: "army tank crew".)
        let noun_like = |j: usize| {
            matches!(
                self.tokens[j].upos,
                Upos::Noun | Upos::Adj | Upos::Propn | Upos::Num | Upos::Det
            ) || matches!(self.w(j), "its" | "their" | "his" | "her" | "our")
                || (self.tokens[j].upos == Upos::Verb
                    && self.lemmas[j] == self.w(j)
                    && j > 0
                    && matches!(self.tokens[j - 1].upos, Upos::Noun | Upos::Propn)
                    && matches!(self.tokens[j + 1].upos, Upos::Noun))
        };
        while b > 0 && noun_like(b - 1) {
            b -= 1;
        }
        if (b..=head).any(|j| self.np_index_at(j).is_some()) {
            // "said a Russian missile strike on a children's hospital killed two people":
            // the actor is inside a PP on the reported clause's own subject, a common noun.
            return self.reported_noun_subject(b, &noun_like);
        }
        // Inside a prepositional or possessive phrase ("protesters angered at the sacking
        // of a governor in the west of the country ransacked"), or an apposition after an
        // actor ("Prince Ranariddh, the king's son, has travelled") or coordinated with
        // one ("Three Afghan prison guards and two prisoners were killed"), the phrase is
        // not the whole subject.
        match b.checked_sub(1) {
            None => true,
            Some(p) => {
                let apposition = matches!(self.w(p), "," | "and" | "or")
                    && p.checked_sub(1)
                        .is_some_and(|q| self.np_index_at(q).is_some());
                // (A subordinator the tagger called a preposition opens a clause: "as
                // delegates gathered to nominate".)
                let subordinator = SUBORDINATORS.contains(&self.w(p));
                if self.tokens[p].upos == Upos::Adp && !subordinator {
                    return self.pp_chain_after_subordinator(p, &noun_like);
                }
                (subordinator || self.tokens[p].upos != Upos::Part) && !apposition
            }
        }
    }

    /// The phrase ending at a verb starts at `b` and holds an actor: whether it is a PP on
    /// a common noun that opens a clause reported right after a reporting verb ("Officials
    /// said [a Russian missile strike on a children's hospital] killed two people").
    fn reported_noun_subject(&self, b: usize, noun_like: &dyn Fn(usize) -> bool) -> bool {
        let Some(k) = self.np_index_at(b) else {
            return false;
        };
        let mut p = self.nps[k].start;
        while p > 0 && self.tokens[p - 1].upos == Upos::Det {
            p -= 1;
        }
        // (not a partitive: "thousands of workers went on strike")
        let Some(adp) = p
            .checked_sub(1)
            .filter(|&a| self.tokens[a].upos == Upos::Adp && !self.partitive_of(a))
        else {
            return false;
        };
        // (past modifiers, a demonym among them: "a Russian missile strike")
        let mut h = adp;
        while h > 0 && noun_like(h - 1) {
            h -= 1;
        }
        let head_noun = (h..adp).any(|j| self.tokens[j].upos == Upos::Noun);
        let reporting = h.checked_sub(1).is_some_and(|v| {
            let v = if self.w(v) == "that" && v > 0 {
                v - 1
            } else {
                v
            };
            self.tokens[v].upos == Upos::Verb && REPORTING.contains(&self.lemmas[v].as_str())
        });
        head_noun && reporting
    }

    /// "as demonstrations against tax increases turned violent": the prepositional phrase
    /// before the verb hangs on a noun phrase that a subordinator opens, so that whole
    /// phrase (no actor in it) is the subject. `p` is the preposition.
    fn pp_chain_after_subordinator(&self, mut p: usize, noun_like: &dyn Fn(usize) -> bool) -> bool {
        for _ in 0..3 {
            let mut b = p;
            while b > 0 && noun_like(b - 1) {
                b -= 1;
            }
            if b == p || (b..p).any(|j| self.np_index_at(j).is_some()) {
                return false;
            }
            let Some(q) = b.checked_sub(1) else {
                return false;
            };
            if SUBORDINATORS.contains(&self.w(q)) {
                // ("as part of a restructuring agreed with ...", "as a result of": a
                // preposition, not a clause)
                let fixed = self.w(q) == "as"
                    && matches!(
                        (self.w(q + 1), self.w(q + 2)),
                        ("part", _) | ("a", "result") | ("result", _)
                    );
                return !fixed;
            }
            if self.tokens[q].upos != Upos::Adp {
                return false;
            }
            p = q;
        }
        false
    }

    /// "after Hezbollah fired rockets": a phrase after a subordinator the tagger read as a
    /// preposition, followed by its verb, is that clause's subject, not a PP.
    fn subordinate_subject(&self, np: &ActorNp) -> bool {
        let Some(b) = self.before_np(np) else {
            return false;
        };
        if !matches!(
            self.w(b),
            "after" | "before" | "since" | "until" | "as" | "while" | "because" | "once"
        ) {
            return false;
        }
        // (Head nouns may follow the actor: "after an Israeli army tank crew fired".)
        let mut i = np.end;
        let mut nouns = 0;
        while i < self.tokens.len()
            && (self.tokens[i].upos == Upos::Adv
                || (self.tokens[i].upos == Upos::Noun && nouns < 2 && {
                    nouns += 1;
                    true
                }))
        {
            i += 1;
        }
        self.tokens
            .get(i)
            .is_some_and(|t| matches!(t.upos, Upos::Verb | Upos::Aux))
    }

    /// Is the nearest verb before `tok` an accident ("a military plane crashed into a
    /// mountain, killing 25")? What follows it is nobody's act.
    /// (Also a victim's clause: "a U.N. helicopter came under fire, killing a crew member"
    /// names no one who fired.)
    pub fn after_accident(&self, tok: usize) -> bool {
        // The verbs of the clause before (back to the last two verbs: "a carriage derailed
        // and dragged other cars into a ravine, killing", "was submerged, destroying crops
        // and killing").
        (0..tok)
            .rev()
            .filter(|&i| self.tokens[i].upos == Upos::Verb && i + 1 < tok)
            .take(3)
            .any(|i| {
                matches!(
                    self.lemmas[i].as_str(),
                    "crash"
                        | "capsize"
                        | "sink"
                        | "derail"
                        | "collapse"
                        | "overturn"
                        | "plunge"
                        | "submerge"
                        | "flood"
                        | "inundate"
                        | "erupt"
                ) || (self.lemmas[i] == "come" && self.w(i + 1) == "under")
            })
    }

    /// "a trade bill (now) being considered by Congress": "being" plus a participle after a
    /// common noun is a reduced relative on that noun (inside a PP too), which has no actor
    /// for a subject.
    fn being_on_noun(&self, tok: usize) -> bool {
        let mut a = tok;
        while a > 0 && self.tokens[a - 1].upos == Upos::Adv {
            a -= 1;
        }
        if a < 2 || self.w(a - 1) != "being" {
            return false;
        }
        let mut b = a - 1;
        while b > 0 && self.tokens[b - 1].upos == Upos::Adv {
            b -= 1;
        }
        b > 0 && self.tokens[b - 1].upos == Upos::Noun && self.np_index_at(b - 1).is_none()
    }

    /// The subject of a passive verb: like [`Ctx::subject_before`], but a possessor counts
    /// ("North Korea's launch was condemned by ..." -> North Korea).
    pub fn passive_subject(&self, tok: usize) -> Option<Vec<usize>> {
        if self.being_on_noun(tok) {
            return None;
        }
        // A reduced relative ("met with a Pentagon analyst being investigated by the FBI"):
        // the participle's subject is the noun phrase right before it, not the clause's.
        let mut b = tok;
        while b > 0 && (self.w(b - 1) == "being" || self.tokens[b - 1].upos == Upos::Adv) {
            b -= 1;
        }
        if b > 0
            && (b < tok && self.w(b) == "being")
            && matches!(self.tokens[b - 1].upos, Upos::Noun | Upos::Propn)
        {
            return Some(self.np_index_at(b - 1).map(|k| vec![k]).unwrap_or_default());
        }
        // "Five U.S. citizens who had spent years behind bars in Iran were released by Tehran":
        // past a relative clause on the subject, to the phrase it hangs on.
        let mut a = tok;
        while a > 0 && matches!(self.tokens[a - 1].upos, Upos::Aux | Upos::Adv) {
            a -= 1;
        }
        if a < tok {
            let rel = (a.saturating_sub(16)..a)
                .rev()
                .find(|&r| matches!(self.w(r), "who" | "which"))
                .filter(|&r| {
                    // (the relative clause has a verb of its own and no sentence break)
                    (r + 1..a).any(|i| self.tokens[i].upos == Upos::Verb)
                        && !(r + 1..a).any(|i| matches!(self.w(i), ";" | ":"))
                });
            if let Some(r) = rel {
                let at = if r > 0 && self.w(r - 1) == "," {
                    r - 1
                } else {
                    r
                };
                if let Some(k) = self
                    .nps
                    .iter()
                    .position(|np| np.end == at && !np.pronoun && !self.in_pp(np))
                {
                    return Some(vec![k]);
                }
            }
        }
        if let Some((ks, _)) = self.subject_before(tok) {
            return Some(ks);
        }
        // "Germany's delivery of tanks to Ukraine was welcomed": the possessor heading the
        // subject, past the actors inside its prepositional phrases.
        let k = self
            .nps
            .iter()
            .rposition(|np| np.end <= tok && np.possessive && !self.in_pp(np))?;
        let np = &self.nps[k];
        let clause_ok = !(np.end..tok).any(|i| self.is_break(i));
        clause_ok.then(|| vec![k])
    }

    /// The main-clause subject of the sentence: the first actor phrase not inside a PP,
    /// before the first verb.
    pub fn main_subject(&self) -> Option<usize> {
        self.main_subject_at(0)
    }

    /// [`Ctx::main_subject`] for a verb at `tok`: after an opening quotation that closes
    /// before `tok`, the main clause starts where it closes ("\"Russia must stop its
    /// aggression,\" Macron said after meeting Zelensky": Macron meets him).
    pub fn main_subject_at(&self, tok: usize) -> Option<usize> {
        let from = if self.is_quote(0) {
            (1..self.tokens.len())
                .find(|&i| self.is_quote(i))
                .filter(|&c| c < tok)
                .map_or(0, |c| c + 1)
        } else {
            0
        };
        let first_verb = (from..self.tokens.len())
            .find(|&i| self.tokens[i].upos == Upos::Verb)
            .unwrap_or(self.tokens.len());
        self.nps.iter().position(|np| {
            np.start >= from && np.end <= first_verb && !self.in_pp(np) && !np.possessive
        })
    }

    /// Whether token `i` is a quotation mark (curly ones are folded to `"`).
    fn is_quote(&self, i: usize) -> bool {
        i < self.tokens.len() && matches!(self.w(i), "\"" | "``" | "''")
    }

    /// Target search: the first actor phrase after `tok` within the clause, not past
    /// another trigger and, unless a pattern placed it, not far from the verb.
    pub fn object_after(&self, tok: usize, nominal: bool, placed: bool) -> Option<Vec<usize>> {
        self.object_after_ext(tok, nominal, placed, false)
    }

    /// "freed 14 prisoners, including opposition figure Siarhei Tsikhanouski": an object
    /// that names no actor, then the actors it includes, who are the target.
    fn including_after(&self, tok: usize) -> Option<Vec<usize>> {
        let mut i = tok;
        // (past the trigger's preposition: "expelled diplomats from seven Latin American
        // countries, including")
        if matches!(self.w(i), "from" | "on" | "against" | "to" | "with") {
            i += 1;
        }
        let tok = i;
        // (a bare sector the object names, "dozens of people", is no actor to keep)
        // (nor is a region's plural, "seven Latin American countries, including Argentina,
        // Chile and Peru": the countries it includes are)
        let bare = |j: usize| {
            self.np_index_at(j).is_none_or(|k| {
                self.nps[k].actors.iter().all(|r| {
                    r.sector_only || r.entries.iter().any(|e| e.contains("regions.dyad.txt"))
                })
            })
        };
        while i < self.tokens.len()
            && i < tok + 6
            && bare(i)
            && (matches!(
                self.tokens[i].upos,
                Upos::Det | Upos::Num | Upos::Adj | Upos::Noun
            ) || matches!(self.w(i), "of" | "more" | "than" | "at" | "least")
                || self.np_index_at(i).is_some())
        {
            i += 1;
        }
        // (at least one noun of its own: "people", "prisoners", or the trigger's last word:
        // "freed 14 prisoners")
        let noun = (tok..i).any(|j| self.tokens[j].upos == Upos::Noun)
            || (i == tok && tok > 0 && self.tokens[tok - 1].upos == Upos::Noun);
        if !noun {
            return None;
        }
        // (past a relative clause on the object: "seven Latin American countries that had
        // questioned the result, including")
        if matches!(self.w(i), "that" | "which" | "who") {
            i = (i + 1..(i + 12).min(self.tokens.len()))
                .find(|&j| self.w(j) == ",")
                .filter(|&j| !(i..j).any(|x| self.is_break(x) && x > i))?;
        }
        if self.w(i) == "," {
            i += 1;
        }
        if self.w(i) != "including" {
            return None;
        }
        i += 1;
        while i < self.tokens.len()
            && matches!(self.tokens[i].upos, Upos::Det | Upos::Num | Upos::Adj)
            && self.np_index_at(i).is_none()
        {
            i += 1;
        }
        let k = self
            .nps
            .iter()
            .position(|np| np.start == i && !np.possessive && !np.pronoun)?;
        Some(self.coordinated_after(k))
    }

    /// [`Ctx::object_after`], where `clause_ok` lets the subject of a complement clause be
    /// the target: "demanded that Russia release ..." is a demand to Russia.
    pub fn object_after_ext(
        &self,
        tok: usize,
        nominal: bool,
        placed: bool,
        clause_ok: bool,
    ) -> Option<Vec<usize>> {
        let mut i = tok;
        let limit = if placed { tok + 6 } else { tok + 10 };
        // A trigger ending in "that" ("warned that") opens a complement clause: only its
        // subject, right at its start, can be the target, not an actor deeper in it
        // ("warned that famine was imminent in northern Gaza").
        let complement = !placed && tok > 0 && self.w(tok - 1) == "that";
        // (and only where the clause's subject is addressed: "warned that Argentina's
        // economy would shrink" names no one warned)
        if complement && !clause_ok {
            return None;
        }
        if let Some(ks) = self.including_after(tok) {
            return Some(ks);
        }
        let mut limit = limit;
        while i < self.tokens.len() && i <= limit {
            if self.is_break(i) {
                return None;
            }
            // "struck what the Israeli military said were Hezbollah weapons depots": the
            // object is past the speaker's description.
            if self.w(i) == "what" {
                if let Some(k) = (i + 1..(i + 7).min(self.tokens.len())).find(|&k| {
                    matches!(
                        self.lemmas[k].as_str(),
                        "say" | "call" | "describe" | "claim" | "identify" | "term"
                    )
                }) {
                    let mut j = k + 1;
                    if matches!(self.w(j), "were" | "was" | "as" | "is" | "are") {
                        j += 1;
                    }
                    if self.w(j) == "to" && self.w(j + 1) == "be" {
                        j += 2;
                    }
                    limit += j - i;
                    i = j;
                    continue;
                }
            }
            // "condemned a law signed by Venezuelan President Nicolas Maduro": a participle
            // with its agent after the object noun names the object's author, who is the
            // target; the participle is no event in the way.
            let authored = !nominal
                && i > tok
                && i - tok <= 4
                && self.w(i + 1) == "by"
                && past_form(&self.tokens[i])
                && self.tokens[i - 1].upos == Upos::Noun
                && self.np_index_at(i - 1).is_none();
            if i > tok
                && !authored
                && self
                    .triggers
                    .iter()
                    // An event noun heading the object ("ratified an agreement with the EU")
                    // is part of the object, not another event in the way.
                    .any(|&(s, _, noun)| s == i && !(noun && !nominal && i - tok <= 4))
                && self.np_index_at(i).is_none()
            {
                return None;
            }
            // Even a placed target is not the speaker a comma sets off after the clause
            // ("fired missiles toward the Yellow Sea, South Korea's military said").
            if self.w(i) == "," {
                // (past its modifiers: ", the internationally recognised government said")
                if let Some(np) = self
                    .np_past_modifiers(i, &[Upos::Det, Upos::Adj, Upos::Adv, Upos::Num])
                    .map(|k| &self.nps[k])
                {
                    let mut v = np.end;
                    // (past the possessor's noun: ", the African Union's chief mediator
                    // said")
                    if np.possessive {
                        while v < self.tokens.len()
                            && v < np.end + 4
                            && matches!(self.tokens[v].upos, Upos::Noun | Upos::Adj)
                        {
                            v += 1;
                        }
                    }
                    while v < self.tokens.len() && self.tokens[v].upos == Upos::Adv {
                        v += 1;
                    }
                    if v < self.tokens.len()
                        && self.tokens[v].upos == Upos::Verb
                        && REPORTING.contains(&self.lemmas[v].as_str())
                    {
                        return None;
                    }
                }
            }
            // ", a move condemned by France", ", a decision welcomed by": an apposition
            // renaming the clause's act ends the object, placed or not.
            if self.w(i) == ","
                && matches!(self.w(i + 1), "a" | "an" | "the")
                && [i + 2, i + 3].iter().any(|&k| {
                    self.lemmas
                        .get(k)
                        .is_some_and(|l| crate::draft::renaming_act_noun(l))
                        && self.tokens.get(k + 1).is_some_and(|n| {
                            n.upos == Upos::Verb || n.upos == Upos::Adv || n.norm == ","
                        })
                })
            {
                return None;
            }
            // A comma before any actor phrase ends the object ("deepen a partnership in
            // energy, ... Kupfer said"), unless a pattern placed the target.
            if self.w(i) == ","
                && !placed
                && !self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|t| matches!(t.upos, Upos::Adj | Upos::Det | Upos::Num))
            {
                return None;
            }
            // "agreed to a ceasefire brokered by Egypt and Qatar": the agent of a third
            // party's participle is no object of the verb before ("welcomed proposals put
            // forward by Japan's ruling party" still praises the party).
            if i > tok
                && self.w(i) == "by"
                && matches!(
                    self.w(i - 1),
                    "brokered"
                        | "mediated"
                        | "facilitated"
                        | "hosted"
                        | "sponsored"
                        | "monitored"
                        | "supervised"
                        | "overseen"
                        | "backed"
                )
                && !(tok..i - 1).any(|x| self.np_index_at(x).is_some())
            {
                return None;
            }
            if nominal && i > tok && self.tokens[i].upos == Upos::Verb {
                return None;
            }
            // "held talks over Tehran's nuclear programme": the owner of a topic is no party
            // to the talks (a topic preposition, then a possessor and its noun).
            if !placed
                && matches!(
                    self.w(i),
                    "over" | "about" | "on" | "concerning" | "regarding"
                )
                && (tok.saturating_sub(3)..i).any(|j| {
                    matches!(
                        self.lemmas[j].as_str(),
                        "talk"
                            | "negotiation"
                            | "discussion"
                            | "dialogue"
                            | "consultation"
                            | "dispute"
                            | "row"
                            | "disagreement"
                            | "standoff"
                            | "quarrel"
                            | "feud"
                            | "spat"
                    )
                })
                && self
                    .nps
                    .iter()
                    .find(|np| np.start > i && np.start <= i + 2)
                    .is_some_and(|np| np.possessive)
            {
                return None;
            }
            // "met in Naqoura under UN auspices", "under the auspices of the African Union":
            // who hosts or sponsors a meeting is no party to it.
            if !placed
                && self.w(i) == "under"
                && (i + 1..(i + 7).min(self.tokens.len())).any(|j| self.w(j) == "auspices")
            {
                return None;
            }
            // A time adjunct ("during Erdogan's visit", "amid protests by ...") holds no
            // target, unless a pattern placed one.
            if !placed
                && (matches!(
                    self.w(i),
                    "during" | "amid" | "amidst" | "despite" | "since" | "until" | "ahead"
                )
                    // Nor does a cause ("in response to U.S. pressure", "because of").
                    || (i > 0
                        && self.w(i - 1) == "in"
                        && self.w(i) == "response"
                        && self.w(i + 1) == "to")
                    || (self.w(i) == "because" && self.w(i + 1) == "of"))
            {
                return None;
            }
            // "killing a woman and fueling anger over Sharon's plan": a verb coordinated
            // after this verb's own (non-actor) object starts another predicate.
            if !placed
                && i > tok
                && matches!(self.w(i), "and" | "or" | "but")
                && self.tokens.get(i + 1).is_some_and(|t| t.upos == Upos::Verb)
                && (tok..i).any(|j| matches!(self.tokens[j].upos, Upos::Noun | Upos::Pron))
            {
                return None;
            }
            // "stepped down as army chief", "was sworn in as president": an actor phrase
            // right after "as" is a role of the subject, not a target (not "such as", "as
            // well as").
            if !placed
                && self.w(i) == "as"
                && !(i > 0 && matches!(self.w(i - 1), "such" | "well"))
                && self.w(i + 1) != "well"
                && (self.np_index_at(i + 1).is_some()
                    || (self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|t| matches!(t.upos, Upos::Det | Upos::Adj))
                        && self.np_index_at(i + 2).is_some()))
            {
                return None;
            }
            // "help one another get seats on the Security Council": a reciprocal object
            // stands for the subjects; what follows is not the target.
            if !placed
                && matches!(
                    (self.w(i), self.tokens.get(i + 1).map(|t| t.norm.as_str())),
                    ("one", Some("another")) | ("each", Some("other"))
                )
            {
                return None;
            }
            // A comparison ("like India and Pakistan did") or a subordinate clause with its
            // own verb ("declared a state of emergency as U.S. and Iraqi forces prepared for
            // an assault") holds no object of this verb.
            if !placed {
                let w = self.w(i);
                if matches!(w, "like" | "unlike") && self.tokens[i].upos != Upos::Verb {
                    return None;
                }
                // (a verb right after its subject: not "items such as Argentine corned beef
                // and finished leather")
                if (SUBORDINATORS.contains(&w)
                    || matches!(w, "because" | "although" | "though" | "whereas" | "unless"))
                    && !(w == "as" && i > 0 && self.w(i - 1) == "such")
                    && (i + 2..(i + 8).min(self.tokens.len()))
                        .take_while(|&j| self.tokens[j].upos != Upos::Punct)
                        .any(|j| {
                            matches!(self.tokens[j].upos, Upos::Verb | Upos::Aux)
                                && !self.w(j).ends_with("ing")
                                && matches!(
                                    self.tokens[j - 1].upos,
                                    Upos::Noun | Upos::Propn | Upos::Pron
                                )
                        })
                {
                    return None;
                }
            }
            // So does a gerund giving a reason after a non-actor object ("charged three men
            // with spying for China", "arrested two men for attacking a mosque"): China is
            // no one they were charged to.
            // (Even where a pattern placed the target: "charge + with".)
            if i > tok + 1
                && self.tokens[i].upos == Upos::Verb
                && self.w(i).ends_with("ing")
                && matches!(self.w(i - 1), "with" | "for")
                && (tok..i - 1)
                    .any(|j| self.tokens[j].upos == Upos::Noun && self.np_index_at(j).is_none())
            {
                return None;
            }
            // An infinitive clause ("the need for diplomacy to address X") starts another
            // predicate: X is its object, not this verb's.
            if !placed
                && i > tok
                && self.w(i) == "to"
                && self.tokens.get(i + 1).is_some_and(|t| t.upos == Upos::Verb)
            {
                return None;
            }
            // "decided to release treated water from Fukushima angered China": a past-tense
            // verb right after the object noun, with an actor after it, is the main verb of
            // a clause this one is only the subject of.
            if !placed
                && i > tok
                && self.tokens[i].upos == Upos::Verb
                && self.w(i).ends_with("ed")
                && matches!(self.tokens[i - 1].upos, Upos::Noun | Upos::Propn)
                && self.np_index_at(i - 1).is_none()
                && self.nps.iter().any(|np| np.start == i + 1)
            {
                return None;
            }
            // "hijacked a plane that left Libya": a relative clause on a non-actor object
            // belongs to that object; its actors are not this verb's target.
            if !placed
                && i > 0
                && matches!(self.w(i), "that" | "which" | "who")
                && self.tokens[i - 1].upos == Upos::Noun
                && self.np_index_at(i - 1).is_none()
            {
                return None;
            }
            if let Some(k) = self.np_index_at(i) {
                let np = &self.nps[k];
                if complement && np.start > tok + 3 {
                    return None;
                }
                // "opposing U.S.-backed President Karzai": an actor joined by a hyphen to
                // the next word is a modifier, not the object.
                if self.hyphen_after(np) {
                    // (past the hyphen and the word it joins)
                    i = np.end + 2;
                    continue;
                }
                // (also when the name's last word carries the hyphen: "a European
                // Union-backed plan", where the phrase read is only "European")
                if np.end < self.tokens.len() && {
                    let w = self.w(np.end);
                    w.contains('-') && !w.starts_with('-') && w.ends_with("ed")
                } {
                    i = np.end + 1;
                    continue;
                }
                // "seized a tanker on Thursday, the U.S. Navy said": the speaker of a
                // reporting clause is no object.
                // (After a comma: "a group that kidnapped two French journalists said ..."
                // has its object there.)
                // (Past the phrase's own modifiers: ", an al-Sadr aide said".)
                let mut b = np.start;
                while b > 0
                    && np.start - b < 5
                    && (matches!(
                        self.tokens[b - 1].upos,
                        Upos::Det | Upos::Adj | Upos::Propn | Upos::Noun | Upos::Num
                    ) || self.w(b - 1) == "-")
                {
                    b -= 1;
                }
                let speaker = b > 0
                    && matches!(self.w(b - 1), "," | "--")
                    && self.tokens.get(np.end).is_some_and(|n| {
                        n.upos == Upos::Verb && REPORTING.contains(&self.lemmas[np.end].as_str())
                    });
                if np.start >= tok && speaker && !placed {
                    return None;
                }
                // "press for higher wages, he said", "told reporters he would": a subject
                // pronoun starts a clause of its own; it is never an object.
                if np.pronoun
                    && np.start >= tok
                    && !clause_ok
                    && matches!(self.w(np.start), "he" | "she" | "they" | "we" | "i")
                {
                    return None;
                }
                // A pattern's `+` inside a phrase that began in the trigger ("received fighter
                // jets from Denmark": the jets composed with their country) is that phrase.
                if np.start >= tok || (placed && i == tok && np.end > tok) {
                    if self.is_clause_subject(np) && !nominal && !clause_ok {
                        return None;
                    }
                    // "Japan's Minister Hayashi": the possessor gives way to the head phrase.
                    if np.possessive {
                        if let Some(next) = self.nps.get(k + 1) {
                            let between_ok = (np.end..next.start).all(|j| {
                                matches!(
                                    self.tokens[j].upos,
                                    Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num
                                )
                            });
                            // Not when that phrase only modifies a noun after it ("Sweden's
                            // NATO bid": the bid is Sweden's).
                            let head_follows = self
                                .tokens
                                .get(next.end)
                                .is_some_and(|t| t.upos == Upos::Noun)
                                && !next.possessive;
                            if between_ok && next.start.saturating_sub(np.end) <= 4 && !head_follows
                            {
                                return Some(self.object_group(k + 1));
                            }
                        }
                    }
                    return Some(self.object_group(k));
                }
            }
            i += 1;
        }
        None
    }

    /// [`Ctx::coordinated_after`] for an object: a member followed by its own verb starts
    /// another clause ("fired rockets into northern Israel, and the Israeli military
    /// responded with strikes": the military is no target).
    pub(crate) fn object_group(&self, k: usize) -> Vec<usize> {
        let mut group = self.coordinated_after(k);
        // (Only after ", and": "talks between Darfur rebels and the Sudanese Government have
        // resumed" is one phrase, the subject.)
        if let Some(m) = (1..group.len()).find(|&m| {
            let (prev_end, start) = (self.nps[group[m - 1]].end, self.nps[group[m]].start);
            let comma_and = (prev_end..start).any(|i| self.w(i) == ",")
                && (prev_end..start).any(|i| self.w(i) == "and");
            let e = self.nps[group[m]].end;
            comma_and
                && self.tokens.get(e).is_some_and(|t| {
                    matches!(t.upos, Upos::Verb | Upos::Aux)
                        && !t.norm.ends_with("ing")
                        && !REPORTING.contains(&self.lemmas[e].as_str())
                })
        }) {
            group.truncate(m);
        }
        group
    }

    /// "X's <trigger>" or "his <trigger>": the possessor just before a nominal trigger.
    pub fn possessor_before(&self, tok: usize) -> Option<usize> {
        let k = self.nps.iter().rposition(|np| np.end <= tok)?;
        let np = &self.nps[k];
        let pron_poss = np.pronoun && np.possessive;
        if !(np.possessive || pron_poss) {
            return None;
        }
        // Only modifiers between possessor and trigger.
        let ok = (np.end..tok).all(|i| {
            matches!(
                self.tokens[i].upos,
                Upos::Adj | Upos::Noun | Upos::Num | Upos::Adv | Upos::Propn
            ) || self.w(i) == "-"
        });
        (ok && tok - np.end <= 5).then_some(k)
    }

    /// An actor used as a modifier right before an event noun: "the U.S. and British
    /// strikes", "Russian attacks", "Israeli airstrikes". Returns the phrases (coordinated
    /// ones included).
    pub fn modifier_before(&self, tok: usize) -> Option<Vec<usize>> {
        let k = self.nps.iter().rposition(|np| np.end <= tok)?;
        let np = &self.nps[k];
        if np.pronoun || np.possessive || tok - np.end > 2 {
            return None;
        }
        let ok = (np.end..tok)
            .all(|i| matches!(self.tokens[i].upos, Upos::Adj | Upos::Noun | Upos::Num));
        if !ok {
            return None;
        }
        // Walk back over a coordination ("the U.S. and British").
        let mut first = k;
        while first > 0 && self.is_coordination(self.nps[first - 1].end, self.nps[first].start) {
            first -= 1;
        }
        Some((first..=k).collect())
    }

    /// "talks between X and Y": the coordinated phrases right after "between".
    pub fn between_after(&self, tok: usize) -> Option<Vec<usize>> {
        // (also past "that broke out", "erupted": "clashes that broke out between US
        // troops and insurgents")
        const ERUPT: &[&str] = &[
            "that",
            "which",
            "broke",
            "break",
            "breaks",
            "out",
            "erupted",
            "erupt",
            "erupts",
            "flared",
            "flare",
            "up",
            "have",
            "has",
            "had",
            "again",
            "overnight",
        ];
        // (also past a place and a time: "fighting broke out in the Libyan capital late on
        // Tuesday between", "weeks of fighting in Upper Nile state between")
        let placed = |i: usize| {
            !matches!(self.tokens[i].upos, Upos::Verb | Upos::Aux | Upos::Punct)
                && !matches!(self.w(i), "and" | "or" | "but" | "that" | "which" | "who")
        };
        let b = (tok..(tok + 12).min(self.tokens.len()))
            .find(|&i| self.w(i) == "between")
            .filter(|&b| {
                // (no other verb between: "the arrest followed clashes between")
                (b < tok + 3
                    && (tok..b).all(|i| {
                        ERUPT.contains(&self.w(i))
                            || !matches!(self.tokens[i].upos, Upos::Verb | Upos::Aux)
                    }))
                    || (tok..b).all(|i| ERUPT.contains(&self.w(i)))
                    || ((tok..b).all(|i| ERUPT.contains(&self.w(i)) || placed(i))
                        && (tok..b).any(|i| matches!(self.w(i), "in" | "on" | "at" | "along")))
            })?;
        // (past the first side's modifiers: "between the federal army and")
        let k = self.np_past_modifiers(b, &[Upos::Det, Upos::Adj, Upos::Num])?;
        let ks = self.coordinated_after(k);
        // (or one phrase naming both sides: "talks between Russian and Ukrainian delegations")
        (ks.len() >= 2 || self.nps[k].actors.len() >= 2).then_some(ks)
    }

    /// "by X" after a (passive or nominal) trigger.
    pub fn by_agent_after(&self, tok: usize) -> Option<Vec<usize>> {
        let mut i = tok;
        let limit = (tok + 12).min(self.tokens.len());
        while i < limit {
            if self.is_break(i) {
                return None;
            }
            if self.w(i) == "by" {
                let k = self
                    .nps
                    .iter()
                    .position(|np| np.start > i && np.start <= i + 3)?;
                let group = self.coordinated_after(k);
                // "victims killed by the Malaysia Airlines flight MH17 crash": the agent is
                // the accident the actor only modifies.
                let end = group.iter().map(|&g| self.nps[g].end).max().unwrap_or(i);
                // (the accident noun in the agent's own phrase, not "by Greece after the
                // earthquake")
                let accident = (end..(end + 3).min(self.tokens.len())).any(|j| {
                    (end..j).all(|x| {
                        matches!(self.tokens[x].upos, Upos::Noun | Upos::Propn | Upos::Num)
                    }) && matches!(
                        self.lemmas[j].as_str(),
                        "crash"
                            | "accident"
                            | "collision"
                            | "earthquake"
                            | "flood"
                            | "landslide"
                            | "storm"
                            | "epidemic"
                            | "disease"
                    )
                });
                // "troops backed by artillery and aircraft": weapons of no named country are
                // the means, not an agent.
                let equipment = group.iter().all(|&g| {
                    let np = &self.nps[g];
                    np.actors.iter().all(|r| r.country().is_none())
                        && matches!(
                            self.lemmas[np.end - 1].as_str(),
                            "artillery"
                                | "aircraft"
                                | "warplane"
                                | "jet"
                                | "helicopter"
                                | "gunship"
                                | "tank"
                                | "drone"
                                | "bomber"
                                | "armor"
                                | "armour"
                        )
                });
                // "hit hard by the proposed EC tax", "worried by flagging German growth": an
                // actor modifying a singular noun that is no means of force is not the agent
                // ("by Russian missiles", "by al Qaeda inmates" are: plural, people or arms).
                let modifier = self.tokens.get(end).is_some_and(|n| {
                    n.upos == Upos::Noun
                        && n.lemma == n.norm
                        // (not a time word: "by Philippine authorities yesterday")
                        && !crate::time::is_day_or_month(&n.norm)
                        && !matches!(
                            n.norm.as_str(),
                            "yesterday" | "today" | "tonight" | "overnight" | "tomorrow"
                        )
                        // (a person: "by a Ukrainian protestor", "by an Iraqi soldier")
                        && !["or", "er", "ist", "ian", "ant", "ent", "ier"]
                            .iter()
                            .any(|s| n.norm.ends_with(s))
                }) && !matches!(
                    self.lemmas[end].as_str(),
                    "missile"
                        | "rocket"
                        | "shell"
                        | "shelling"
                        | "bomb"
                        | "bombing"
                        | "strike"
                        | "airstrike"
                        | "fire"
                        | "gunfire"
                        | "drone"
                        | "mortar"
                        | "attack"
                        | "raid"
                        | "sniper"
                        | "mine"
                        | "torpedo"
                        | "artillery"
                        | "warship"
                        | "gunboat"
                );
                return (!accident && !equipment && !modifier).then_some(group);
            }
            i += 1;
        }
        None
    }

    /// "killed in an Israeli airstrike", "killed Saturday in the continuing Israeli
    /// operation": the actor modifying a means of force in a PP after a passive participle
    /// did it (the caller has found no by-phrase).
    pub fn means_agent_after(&self, tok: usize) -> Option<Vec<usize>> {
        let limit = (tok + 5).min(self.tokens.len());
        let prep = (tok..limit).find(|&i| matches!(self.w(i), "in" | "during" | "by"))?;
        if (tok..prep).any(|i| self.is_break(i) || self.tokens[i].upos == Upos::Verb) {
            return None;
        }
        // "killed in a clash with Chinese troops": the other side of the fighting did it.
        let mut f = prep + 1;
        while f < self.tokens.len()
            && matches!(self.tokens[f].upos, Upos::Det | Upos::Adj | Upos::Num)
        {
            f += 1;
        }
        if matches!(
            self.lemmas.get(f).map(String::as_str),
            Some(
                "clash"
                    | "gunfight"
                    | "firefight"
                    | "gunbattle"
                    | "battle"
                    | "skirmish"
                    | "fighting"
                    | "fight"
                    | "combat"
                    | "confrontation"
            )
        ) && self.w(f + 1) == "with"
        {
            if let Some(k) = self
                .nps
                .iter()
                .position(|np| np.start > f + 1 && np.start <= f + 4 && !np.pronoun)
            {
                return Some(vec![k]);
            }
        }
        // "killed in an air strike carried out by Myanmar's military": the means noun's own
        // by-phrase (through "carried out", "launched", "conducted").
        let mut m0 = f;
        while m0 < self.tokens.len() && m0 < f + 2 && self.tokens[m0].upos == Upos::Noun {
            m0 += 1;
        }
        if m0 > f
            && matches!(
                self.lemmas[m0 - 1].as_str(),
                "strike"
                    | "airstrike"
                    | "attack"
                    | "raid"
                    | "bombing"
                    | "shelling"
                    | "operation"
                    | "offensive"
                    | "assault"
                    | "ambush"
            )
        {
            let by = (m0..(m0 + 4).min(self.tokens.len())).find(|&i| self.w(i) == "by");
            let through = by.is_some_and(|b| {
                (m0..b).all(|i| {
                    matches!(
                        self.w(i),
                        "carried" | "out" | "launched" | "conducted" | "staged" | "mounted"
                    )
                })
            });
            if let Some(b) = by.filter(|_| through) {
                if let Some(ks) = self.by_agent_after(b) {
                    return Some(ks);
                }
            }
        }
        let k = self
            .nps
            .iter()
            .position(|np| np.start > prep && np.start <= prep + 3 && !np.pronoun)?;
        let np = &self.nps[k];
        // Only words for the means between the actor and the noun ("Israeli tank shelling").
        let mut m = np.end;
        if matches!(self.w(m), "'s" | "'") {
            m += 1;
        }
        while m < self.tokens.len() && m < np.end + 3 {
            let l = self.lemmas[m].as_str();
            if matches!(
                l,
                "operation"
                    | "offensive"
                    | "attack"
                    | "assault"
                    | "strike"
                    | "airstrike"
                    | "raid"
                    | "shelling"
                    | "bombing"
                    | "bombardment"
                    | "fire"
                    | "gunfire"
                    | "crossfire"
                    | "missile"
                    | "rocket"
                    | "incursion"
            ) {
                return Some(vec![k]);
            }
            if !matches!(self.tokens[m].upos, Upos::Noun | Upos::Adj) {
                return None;
            }
            m += 1;
        }
        None
    }

    /// The comma right before a participle at `head`, past adverbs ("Canada, strongly
    /// supported by Australia,"): the participle opens a parenthesis.
    pub fn comma_before(&self, head: usize) -> Option<usize> {
        let mut b = head;
        while b > 0 && self.tokens[b - 1].upos == Upos::Adv && head - b < 2 {
            b -= 1;
        }
        let c = b.checked_sub(1)?;
        (self.w(c) == ",").then_some(c)
    }

    /// A participle used as a modifier: "-ed" right after a common noun ("a survey
    /// released on Thursday", a reduced relative) or "-ing" right after a determiner or
    /// possessive ("the state's prosecuting attorneys").
    pub fn is_attributive(&self, t: &Trigger) -> bool {
        let head = t.start;
        let form = self.w(head);
        let Some(prev) = head.checked_sub(1) else {
            return false;
        };
        let prev_tok = &self.tokens[prev];
        let in_actor = self.np_index_at(prev).is_some();
        // A past form: regular "-ed", or irregular ("men sought in the slaying", "troops
        // sent to the border"), not a form of "be".
        let lemma = self.lemmas[head].as_str();
        if form.ends_with("ed") || (self.irregular_form(head) && lemma != "be") {
            // "of murdered French student", "the kidnapped engineer": a participle between
            // a determiner or preposition and the noun it modifies (the word right after
            // it, inside a longer trigger too: "a barricade of torched cars" read by `torch
            // cars`).
            // (after a possessive too: "Tibet's exiled spiritual leader"; past an "-ly"
            // adverb: "the internationally recognised government", "a newly elected
            // president")
            let (ap, ap_tok) =
                if prev_tok.upos == Upos::Adv && self.w(prev).ends_with("ly") && prev > 0 {
                    (prev - 1, &self.tokens[prev - 1])
                } else {
                    (prev, prev_tok)
                };
            // (or after an infinitive whose object it opens: "urged Tehran to release
            // detained protesters", the tagger's noun "release" too)
            let after_base_verb = matches!(ap_tok.upos, Upos::Verb | Upos::Noun)
                && self.w(ap) == self.lemmas[ap]
                && ap > 0
                && self.w(ap - 1) == "to";
            if (matches!(ap_tok.upos, Upos::Det | Upos::Adp)
                || matches!(self.w(ap), "'s" | "'")
                || after_base_verb)
                && self
                    .tokens
                    .get(head + 1)
                    .is_some_and(|n| matches!(n.upos, Upos::Adj | Upos::Noun | Upos::Propn))
            {
                return true;
            }
            // "troops backed by artillery": a participle with its by-phrase right after a
            // noun phrase is a reduced relative clause, actor phrase or not.
            // (The participle itself, not a longer trigger ending in a noun: "denied
            // accusations by South Africa", "agreed to extend a ceasefire by six months".)
            // And an actor after "by": "spoke by telephone with" is no passive. Also after
            // a comma or a verb of belief ("the ship, escorted by warships, ...", "believed
            // struck by an Iranian missile").
            let believed = prev_tok.upos == Upos::Verb
                && matches!(
                    self.lemmas[prev].as_str(),
                    "believe" | "think" | "report" | "say" | "allege" | "suspect" | "fear"
                );
            // (past a time phrase: "a move condemned the same day by the United States")
            let mut by = head + 1;
            while by < head + 5
                && (crate::time::is_day_or_month(self.w(by))
                    || matches!(
                        self.w(by),
                        "on" | "the"
                            | "same"
                            | "day"
                            | "later"
                            | "that"
                            | "earlier"
                            | "yesterday"
                            | "today"
                            | "overnight"
                    ))
            {
                by += 1;
            }
            // (past an "-ly" adverb: "a verdict swiftly criticised by")
            let noun_before = matches!(ap_tok.upos, Upos::Noun | Upos::Propn);
            if (noun_before || self.comma_before(head).is_some() || believed)
                && self.w(by) == "by"
                // (not a "by" the trigger reads itself: "stood by its commitment to defend")
                && t.end <= by
                && self.nps.iter().any(|np| {
                    // (a determiner and up to two modifiers first: "by child sex traffickers")
                    np.start > by
                        && np.start <= by + 4
                        && (by + 1..np.start).all(|i| {
                            matches!(
                                self.tokens[i].upos,
                                Upos::Det | Upos::Adj | Upos::Noun | Upos::Num
                            )
                        })
                        && (by + 1..np.start)
                            .filter(|&i| !matches!(self.tokens[i].upos, Upos::Det | Upos::Num))
                            .count()
                            <= 2
                })
            {
                return true;
            }
            // "airstrikes killed dozens": a direct object follows, so it is the main verb.
            // A day or month is not an object ("an engineer kidnapped Tuesday").
            // (Past a quantifier before a number: "killed nearly 30", "killed at least 30",
            // "killed more than 30"; not a price: "offered at 315 crowns".)
            let mut o = t.end;
            loop {
                let w = |k: usize| self.tokens.get(k).map_or("", |t| t.norm.as_str());
                let skip = match (w(o), w(o + 1), w(o + 2)) {
                    ("at", "least" | "most", _) => 2,
                    ("more" | "less" | "fewer", "than", _) => 2,
                    ("up", "to", _) => 2,
                    ("as", "many" | "much", "as") => 3,
                    _ if self.tokens.get(o).is_some_and(|t| t.upos == Upos::Adv) => 1,
                    _ => 0,
                };
                if skip == 0
                    || !self
                        .tokens
                        .get(o + skip)
                        .is_some_and(|t| t.upos == Upos::Num)
                        && skip > 1
                {
                    break;
                }
                o += skip;
            }
            let next = self.tokens.get(o);
            // (A trigger that reads its own object, "rejected a call by the UN", has one.)
            let object_inside =
                (head + 1..t.end).any(|i| matches!(self.tokens[i].upos, Upos::Noun | Upos::Propn));
            let object_follows = object_inside
                || next.is_some_and(|n| {
                    matches!(
                        n.upos,
                        Upos::Det | Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron | Upos::Adj
                    ) && !crate::time::is_day_or_month(&n.norm)
                });
            // "Three Irish fugitives convicted of teaching guerrillas ... have escaped": a
            // participle of legal status after an actor, with "of"/"for"/"with" and no
            // object, describes that actor.
            // So is "held hostage" / "taken captive" right after an actor ("two French
            // reporters still held hostage in Iraq"), adverbs between. (`a`: the participle's
            // start past those adverbs, also used below.)
            let mut a = head;
            while a > 0 && self.tokens[a - 1].upos == Upos::Adv {
                a -= 1;
            }
            if a > 0
                && self.np_index_at(a - 1).is_some()
                && matches!(lemma, "hold" | "take" | "keep")
                && matches!(self.w(head + 1), "hostage" | "captive" | "prisoner")
            {
                return true;
            }
            if self.np_index_at(prev).is_some()
                && matches!(self.w(head + 1), "of" | "for" | "with")
                && (t.end == head + 1 || t.end == head + 2)
                && matches!(
                    lemma,
                    "convict"
                        | "accuse"
                        | "charge"
                        | "suspect"
                        | "want"
                        | "jail"
                        | "sentence"
                        | "arrest"
                        | "detain"
                        | "indict"
                        | "seek"
                )
            {
                return true;
            }
            // "accused a Chinese-American arrested for spying": right after the object of an
            // earlier verb, a past participle modifies that object (it has no subject of
            // its own there). Not with an object of its own ("holding U.N. workers hostage
            // began talks").
            if let Some(k) = a.checked_sub(1).and_then(|p| self.np_index_at(p)) {
                let np = &self.nps[k];
                // (Or right after a preposition, the participle alone: "the safety of about
                // 850 migrants deported to Libya".)
                let after_prep = t.end == head + 1 && {
                    let mut b = np.start;
                    while b > 0
                        && (matches!(self.tokens[b - 1].upos, Upos::Det | Upos::Num | Upos::Adj)
                            || matches!(self.w(b - 1), "about" | "some" | "nearly" | "over"))
                    {
                        b -= 1;
                    }
                    b > 0
                        && self.tokens[b - 1].upos == Upos::Adp
                        && !SUBORDINATORS.contains(&self.w(b - 1))
                        && self.w(b - 1) != "between"
                        && !self.partitive_of(b - 1)
                };
                if np.end == a
                    && !object_follows
                    && (self.after_verb(np) || after_prep)
                    && !self.is_clause_subject(np)
                {
                    return true;
                }
            }
            return prev_tok.upos == Upos::Noun && !in_actor && !object_follows;
        }
        if form.ends_with("ing") {
            let next_nominal = self
                .tokens
                .get(t.end)
                .is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Propn));
            // "the prosecuting attorneys", "the state's ruling party", "their financing
            // companies".
            return next_nominal
                && (matches!(prev_tok.upos, Upos::Det)
                    || matches!(
                        self.w(prev),
                        "'s" | "its" | "their" | "his" | "her" | "our" | "my" | "your"
                    ));
        }
        false
    }

    /// Token `i` is an inflected form that is neither "-s" nor "-ing" and differs from its
    /// lemma: an irregular past or participle ("held", "sought", "sent").
    fn irregular_form(&self, i: usize) -> bool {
        let form = self.w(i);
        self.lemmas[i] != form && !form.ends_with('s') && !form.ends_with("ing")
    }

    /// Passive voice: a past participle after a form of "be"/"get" (adverbs allowed between).
    pub fn is_passive(&self, t: &Trigger) -> bool {
        let head = t.start;
        let form = self.w(head);
        // Regular and common irregular participles, and any other irregular form ("held",
        // "hit", "made").
        if !(form.ends_with("ed")
            || form.ends_with("en")
            || form.ends_with('t')
            || form.ends_with("wn")
            || self.irregular_form(head))
        {
            return false;
        }
        let mut i = head;
        while i > 0 {
            i -= 1;
            if self.tokens[i].upos == Upos::Adv || self.w(i) == "not" {
                continue;
            }
            // "were intercepted and detained by the Libyan coast guard": a participle
            // coordinated after a passive one is passive too. (Not one with a direct
            // object, a past tense: "she was deeply disappointed and criticised Honiara".)
            if matches!(self.w(i), "and" | "or")
                && i > 0
                && self.tokens[i - 1].upos == Upos::Verb
                && self.w(i - 1).ends_with("ed")
            {
                let object = self.tokens.get(t.end).is_some_and(|n| {
                    matches!(n.upos, Upos::Det | Upos::Propn | Upos::Pron | Upos::Noun)
                        && !crate::time::is_day_or_month(&n.norm)
                        && !matches!(n.norm.as_str(), "by" | "yesterday" | "today" | "overnight")
                });
                if object {
                    return false;
                }
                i -= 1;
                continue;
            }
            return matches!(self.lemmas[i].as_str(), "be" | "get")
                || self.w(i) == "been"
                || self.by_agent_reduced(t).is_some();
        }
        false
    }

    /// "retaking sites seized last week by gunmen", "as called for by the UN Security
    /// Council": a past participle with no auxiliary, right after a noun or "as", followed
    /// (past a time phrase at most) by "by" and an actor phrase, is a passive reduced
    /// relative. Returns the actor phrase the participle follows (`None` inside: a noun
    /// that is no actor, or "as").
    pub fn by_agent_reduced(&self, t: &Trigger) -> Option<Option<usize>> {
        if !(past_form(&self.tokens[t.start]) || self.irregular_form(t.start)) {
            return None;
        }
        let mut b = t.start;
        while b > 0 && self.tokens[b - 1].upos == Upos::Adv {
            b -= 1;
        }
        // (the trigger is the participle alone, or with its particle: "called for"; not
        // "rejected a proposal by")
        if (t.start + 1..t.end).any(|i| !matches!(self.tokens[i].upos, Upos::Adp | Upos::Part)) {
            return None;
        }
        let prev = b.checked_sub(1)?;
        // (not a time word before a past tense: "the governments Monday rejected")
        let after_noun = matches!(self.tokens[prev].upos, Upos::Noun | Upos::Propn)
            && !crate::time::is_day_or_month(&self.tokens[prev].norm)
            && !matches!(self.w(prev), "yesterday" | "today" | "tonight");
        if !(after_noun || self.w(prev) == "as") {
            return None;
        }
        let mut i = t.end;
        while i < self.tokens.len()
            && i < t.end + 4
            && (matches!(self.tokens[i].upos, Upos::Adv | Upos::Adj | Upos::Num)
                || crate::time::is_day_or_month(&self.tokens[i].norm)
                || matches!(
                    self.w(i),
                    "week" | "month" | "year" | "day" | "weekend" | "night" | "overnight"
                ))
        {
            i += 1;
        }
        if self.w(i) != "by" || !self.nps.iter().any(|np| np.start > i && np.start <= i + 2) {
            return None;
        }
        Some(after_noun.then(|| self.np_index_at(prev)).flatten())
    }

    /// Whether `np` is the predicate of a parenthesis (", believed to be civilians,",
    /// ", now a minister,"): a form of "be" (or "as") before it, and a comma opening the
    /// parenthesis within a few words before that; or inside a participial clause set off
    /// after an actor phrase (", touring a camp housing displaced people,").
    fn predicate_in_parenthesis(&self, np: &ActorNp, verb: usize) -> bool {
        // (The parenthesis closes with a comma before the verb.)
        let closed = (np.end..verb).any(|i| self.w(i) == ",");
        if !closed {
            return false;
        }
        let mut b = np.start;
        while b > 0 && matches!(self.tokens[b - 1].upos, Upos::Det | Upos::Adj) {
            b -= 1;
        }
        let Some(cop) = b.checked_sub(1) else {
            return false;
        };
        if self.lemmas[cop] == "be" || self.w(cop) == "as" {
            return self.w(np.end) == "," && (cop.saturating_sub(5)..cop).any(|i| self.w(i) == ",");
        }
        // ", touring a camp housing 40,000 displaced people from Darfur, urged": inside a
        // participial clause opened after a comma (an actor phrase before that comma).
        let opener = (np.start.saturating_sub(12)..np.start)
            .rev()
            .find(|&i| self.w(i) == ",");
        // (Or a relative clause: "Nigerian President Bola Tinubu, who chairs ECOWAS, urged".)
        opener.is_some_and(|c| {
            self.tokens.get(c + 1).is_some_and(|t| {
                (t.upos == Upos::Verb && t.norm.ends_with("ing"))
                    || matches!(t.norm.as_str(), "who" | "which")
            }) && c > 0
                && self.np_index_at(c - 1).is_some()
                && (c + 2..np.start).all(|i| self.w(i) != "," && !self.is_break(i))
        })
    }

    /// "A French national shot dead in Jeddah overnight was the target of ...": a past
    /// participle right after the sentence's subject phrase, followed by a prepositional or
    /// time phrase and then the clause's own finite verb, is a reduced relative: passive,
    /// with that phrase as its subject (returned).
    pub fn reduced_relative_subject(&self, t: &Trigger) -> Option<usize> {
        if !past_form(&self.tokens[t.start]) {
            return None;
        }
        // What follows the participle is a prepositional or time phrase ("shot dead in
        // ..."), not an object.
        let mut i = t.end;
        while i < self.tokens.len() && matches!(self.tokens[i].upos, Upos::Adj | Upos::Adv) {
            i += 1;
        }
        let opens_pp = self.tokens.get(i).is_some_and(|n| {
            n.upos == Upos::Adp || crate::time::is_day_or_month(&n.norm) || n.norm == "overnight"
        });
        if !opens_pp {
            return None;
        }
        // "Abu Hamza, already detained in London on a request from the United States, was
        // charged": a participle set off by commas right after an actor phrase (adverbs
        // before it allowed), with the clause's own verb after the closing comma.
        let mut b = t.start;
        while b > 0 && self.tokens[b - 1].upos == Upos::Adv {
            b -= 1;
        }
        if b >= 2 && self.w(b - 1) == "," {
            let k = self
                .nps
                .iter()
                .position(|np| !np.pronoun && !np.possessive && np.end == b - 1)?;
            // (A bare verb form after a noun is a noun the tagger misread: "on an
            // extradition request from the United States".)
            let clause_verb = |j: usize| {
                let n = &self.tokens[j];
                n.upos == Upos::Aux
                    || n.upos == Upos::Verb
                        && (n.norm.ends_with("ed")
                            || n.norm.ends_with("ing")
                            || !matches!(
                                self.tokens[j - 1].upos,
                                Upos::Det | Upos::Adj | Upos::Noun
                            ))
            };
            let close = (i..self.tokens.len())
                .take_while(|&j| !clause_verb(j))
                .find(|&j| self.w(j) == ",")?;
            return self
                .tokens
                .get(close + 1..)?
                .iter()
                .any(|n| matches!(n.upos, Upos::Verb | Upos::Aux))
                .then_some(k);
        }
        // (Its head noun may follow the actor: "A French national shot dead".)
        let k = self.nps.iter().position(|np| {
            !np.pronoun
                && !np.possessive
                && np.end <= t.start
                && t.start - np.end <= 2
                && (np.end..t.start).all(|i| matches!(self.tokens[i].upos, Upos::Noun | Upos::Adj))
        })?;
        // The phrase heads the sentence: no verb before it.
        if (0..self.nps[k].start).any(|i| matches!(self.tokens[i].upos, Upos::Verb | Upos::Aux)) {
            return None;
        }
        // Then the clause's own finite verb, a form of "be" or "have" ("... overnight was the
        // target"), with only the phrase before it: no comma, conjunction, relative pronoun,
        // infinitive or subordinate clause ("met in Paris to discuss", "blocked roads in Gaza
        // after rockets were fired" are plain past tenses).
        while i < self.tokens.len() {
            let n = &self.tokens[i];
            if matches!(
                n.upos,
                Upos::Cconj | Upos::Punct | Upos::Pron | Upos::Sconj | Upos::Part
            ) || matches!(
                n.norm.as_str(),
                "who"
                    | "which"
                    | "that"
                    | "to"
                    | "after"
                    | "before"
                    | "as"
                    | "since"
                    | "until"
                    | "while"
                    | "when"
                    | "because"
                    | "amid"
                    | "following"
            ) {
                return None;
            }
            if matches!(n.upos, Upos::Aux | Upos::Verb) {
                let finite = !matches!(n.norm.as_str(), "being" | "been" | "having" | "be");
                return (n.upos == Upos::Aux
                    && finite
                    && matches!(n.lemma.as_str(), "be" | "have"))
                .then_some(k);
            }
            i += 1;
        }
        None
    }

    /// "National Guard HQ attacked near Baghdad", "Hamas official killed in blast": a
    /// headline's passive drops its auxiliary. A short sentence whose only verb is the past
    /// participle of a verb that needs an object, right after the phrase heading it and
    /// followed by a prepositional or time phrase (or nothing), reports that phrase as acted
    /// on; it did not act.
    pub fn headline_passive(&self, t: &Trigger) -> bool {
        const TRANSITIVE: &[&str] = &[
            "attack",
            "kill",
            "arrest",
            "detain",
            "kidnap",
            "abduct",
            "free",
            "release",
            "expel",
            "deport",
            "charge",
            "jail",
            "sentence",
            "execute",
            "shoot",
            "wound",
            "injure",
            "capture",
            "seize",
            "bomb",
            "target",
            "ambush",
            "behead",
            "convict",
            "hang",
            "raid",
            "shell",
            "storm",
            "torture",
            "hold",
            "indict",
            "sue",
            "fine",
            "ban",
            "sanction",
            "accuse",
            "blame",
            "criticize",
            "criticise",
            "slam",
            "condemn",
            "warn",
            "urge",
            "invite",
            "welcome",
            "hit",
            "strike",
            "besiege",
            "oust",
            "overthrow",
            "impeach",
            "summon",
            "honour",
            "honor",
            "praise",
            "thank",
            "back",
        ];
        if self.tokens.len() > 14
            || t.end != t.start + 1
            || !past_form(&self.tokens[t.start])
            || !TRANSITIVE.contains(&self.lemmas[t.start].as_str())
        {
            return false;
        }
        // Only this verb in the sentence.
        if self
            .tokens
            .iter()
            .enumerate()
            .any(|(i, x)| i != t.start && matches!(x.upos, Upos::Verb | Upos::Aux))
        {
            return false;
        }
        // Right after the phrase heading the sentence.
        let heads = self.nps.iter().any(|np| {
            !np.pronoun
                && np.end <= t.start
                && t.start - np.end <= 2
                && (np.end..t.start).all(|i| matches!(self.tokens[i].upos, Upos::Noun | Upos::Adj))
                && (0..np.start).all(|i| {
                    matches!(
                        self.tokens[i].upos,
                        Upos::Det | Upos::Num | Upos::Adj | Upos::Noun
                    )
                })
        });
        // Then a prepositional or time phrase, or the end: no object.
        let next = self.tokens.get(t.end);
        heads
            && next.is_none_or(|n| {
                n.upos == Upos::Adp
                    || n.upos == Upos::Punct
                    || crate::time::is_day_or_month(&n.norm)
                    || n.norm == "overnight"
            })
            && next.is_none_or(|n| n.norm != "by")
            // ("killed at least 22 members", "killed about 40 people": a quantity opens
            // an object)
            && !self.quantity_at(t.end)
    }

    /// "at least 22", "more than 40", "about 300", "up to 25": a quantity starting at `i`.
    fn quantity_at(&self, i: usize) -> bool {
        let w = |k: usize| self.tokens.get(k).map(|x| x.norm.as_str()).unwrap_or("");
        let num = |k: usize| self.tokens.get(k).is_some_and(|x| x.upos == Upos::Num);
        match w(i) {
            "at" => matches!(w(i + 1), "least" | "most"),
            "more" | "fewer" | "less" => w(i + 1) == "than",
            "up" => w(i + 1) == "to",
            "about" | "around" | "over" | "nearly" | "almost" | "some" | "roughly" => num(i + 1),
            _ => false,
        }
    }

    /// Modality cues in the verb group before the trigger.
    pub fn modality(&self, t: &Trigger, nominal: bool) -> Option<(Modality, String)> {
        let mut from = t.start.saturating_sub(6);
        // The coordinator right before a verb trigger (past adverbs), if any.
        let conj = (!nominal)
            .then(|| {
                let mut j = t.start;
                while j > 0 && self.tokens[j - 1].upos == Upos::Adv {
                    j -= 1;
                }
                j.checked_sub(1)
            })
            .flatten()
            .filter(|&c| matches!(self.w(c), "and" | "but" | "or" | "nor"));
        // After "and"/"but" the cues before belong to the first verb ("did not sign the deal
        // and attacked Gaza"); after "or"/"nor" it shares them (below).
        if let Some(c) = conj.filter(|&c| matches!(self.w(c), "and" | "but")) {
            from = from.max(c);
        }
        let mut found: Option<(Modality, String)> = None;
        // (computed only when a cue is followed by something: most calls never need it)
        let timed_cell = std::cell::OnceCell::new();
        let timed = || timed_cell.get_or_init(|| crate::triggers::time_adverbials(self.tokens));
        let rank = |m: Modality| match m {
            Modality::Negated => 5,
            Modality::Hypothetical => 4,
            Modality::Intended => 3,
            Modality::Future => 2,
            Modality::Historical => 1,
            Modality::Alleged => 3,
        };
        // Keep the strongest cue, with the word that gave it.
        let raise = |found: &mut Option<(Modality, String)>, m: Modality, cue: &str| {
            if found.as_ref().is_none_or(|(f, _)| rank(m) > rank(*f)) {
                *found = Some((m, format!("\"{cue}\"")));
            }
        };
        // "will recommend that the EU open negotiations with Ankara", "proposed that both
        // sides withdraw": an act in a clause of proposal is not done.
        if let Some(th) = (t.start.saturating_sub(12)..t.start)
            .rev()
            .take_while(|&i| !self.is_break(i))
            .find(|&i| self.w(i) == "that")
        {
            if th > 0
                && matches!(
                    self.lemmas[th - 1].as_str(),
                    "recommend" | "propose" | "suggest" | "urge" | "ask" | "request" | "advise"
                )
            {
                raise(&mut found, Modality::Hypothetical, self.w(th - 1));
            }
        }
        // "made no appeal for": a negation inside the trigger that the modifier-free
        // stream matched across (a phrase that spells it, "offer no comment", matched
        // every word and is not negated).
        if t.end - t.start > t.len {
            if let Some(i) =
                (t.start + 1..t.end).find(|&i| matches!(self.w(i), "no" | "not" | "never"))
            {
                raise(&mut found, Modality::Negated, self.w(i));
            }
        }
        // ("refused to apologise for calling Sanchez's wife corrupt": an act named as the
        // reason for another, after "for"/"over", was done; the cues before it are the other's)
        let reason = t.start > 0
            && matches!(self.w(t.start - 1), "for" | "over")
            && self.w(t.start).ends_with("ing");
        let mut i = if reason { from } else { t.start };
        while i > from {
            i -= 1;
            if !nominal {
                if let Some(k) = self.np_index_at(i) {
                    // The subject: "if the British government refuses", "unless Iran
                    // agrees": a conditional before it makes the event hypothetical.
                    let mut b = self.nps[k].start;
                    while b > 0 && matches!(self.tokens[b - 1].upos, Upos::Det | Upos::Adj) {
                        b -= 1;
                    }
                    if b > 0 && matches!(self.w(b - 1), "if" | "unless" | "whether") {
                        raise(&mut found, Modality::Hypothetical, self.w(b - 1));
                    }
                    // "until Israel withdraws its troops": a condition, in the present tense.
                    let head = &self.tokens[t.start];
                    if b > 0
                        && self.w(b - 1) == "until"
                        && head.upos == Upos::Verb
                        && (head.norm == head.lemma || head.norm.ends_with('s'))
                    {
                        raise(&mut found, Modality::Hypothetical, "until");
                    }
                    // "promised that Turkey would help rebuild Syria": a promise is an
                    // intention, of the clause it governs too.
                    if b >= 2
                        && self.w(b - 1) == "that"
                        && matches!(self.lemmas[b - 2].as_str(), "promise" | "pledge" | "vow")
                    {
                        raise(&mut found, Modality::Intended, self.w(b - 2));
                    }
                    // "Neither Russia nor Ukraine has agreed": both are denied.
                    if b > 0 && matches!(self.w(b - 1), "neither" | "nor") {
                        raise(&mut found, Modality::Negated, self.w(b - 1));
                    }
                    // "Russia denied that its forces had attacked a hospital": the clause a
                    // denial governs did not happen, as far as the speaker says.
                    // So is one in a rejected claim: "rejected allegations that he had
                    // collaborated with Iran".
                    let mut v = if b > 0 && self.w(b - 1) == "that" {
                        b.checked_sub(2)
                    } else {
                        b.checked_sub(1)
                    };
                    if let Some(n) = v.filter(|&n| {
                        self.w(n + 1) == "that"
                            && matches!(
                                self.lemmas[n].as_str(),
                                "allegation"
                                    | "claim"
                                    | "report"
                                    | "accusation"
                                    | "charge"
                                    | "suggestion"
                                    | "rumour"
                                    | "rumor"
                            )
                    }) {
                        let mut p = n;
                        while p > 0 && matches!(self.tokens[p - 1].upos, Upos::Det | Upos::Adj) {
                            p -= 1;
                        }
                        // (past the claim's owner: "rejected the White House's claim that")
                        if let Some(owner) = self
                            .nps
                            .iter()
                            .find(|np| np.possessive && np.end == p && np.start > 0)
                        {
                            p = owner.start;
                            while p > 0 && self.tokens[p - 1].upos == Upos::Det {
                                p -= 1;
                            }
                        }
                        v = p.checked_sub(1);
                    }
                    // (Not through a possessor: "rejected Trump's threat to impose tariffs"
                    // rejects the threat; the tariffs stay threatened.)
                    if let Some(v) = v.filter(|_| !self.nps[k].possessive) {
                        if self.tokens[v].upos == Upos::Verb
                            && matches!(
                                self.lemmas[v].as_str(),
                                "deny" | "refute" | "dismiss" | "reject"
                            )
                        {
                            raise(&mut found, Modality::Negated, self.w(v));
                        }
                    }
                    break;
                }
            }
            if self.is_break(i) || self.w(i) == "," {
                break;
            }
            // An event noun is not negated with the verb that governs it ("did not condemn
            // Russia's invasion"), unless that verb only carries it ("did not hold talks").
            // (Nor is one an intention verb carries through a light verb: "threatened on
            // Sunday to impose sanctions".)
            let carried = nominal
                && self.tokens[i].upos == Upos::Verb
                && crate::lib_intention_cue(&self.lemmas[i])
                && (i + 1..t.start).any(|j| {
                    self.w(j) == "to"
                        && self.tokens.get(j + 1).is_some_and(|v| {
                            crate::draft::LIGHT_VERBS.contains(&self.lemmas[j + 1].as_str())
                                && v.upos == Upos::Verb
                        })
                });
            if nominal
                && i + 1 < t.start
                && self.tokens[i].upos == Upos::Verb
                && !crate::draft::LIGHT_VERBS.contains(&self.lemmas[i].as_str())
                && !carried
            {
                break;
            }
            let w = self.w(i);
            let l = self.lemmas[i].as_str();
            // (past a time adverbial: "threatened on Sunday to impose")
            let may_be_time = |w: &str| {
                matches!(
                    w,
                    "on" | "last"
                        | "this"
                        | "next"
                        | "early"
                        | "late"
                        | "yesterday"
                        | "today"
                        | "tonight"
                        | "overnight"
                        | "earlier"
                ) || crate::time::is_day_or_month(w)
            };
            // (only for a verb that may take "to": most tokens never need it)
            let next = if self.tokens[i].upos == Upos::Verb
                && crate::lib_intention_cue(&self.lemmas[i])
                && may_be_time(self.w(i + 1))
                && timed().get(i + 1) == Some(&true)
            {
                let mut j = i + 1;
                while timed().get(j) == Some(&true) {
                    j += 1;
                }
                self.w(j)
            } else {
                self.w(i + 1)
            };
            let m = match (w, l) {
                ("not" | "n't" | "never" | "no", _) => Some(Modality::Negated),
                // (and the nouns: "Mongolia's failure to arrest Putin", "its refusal to
                // extradite him")
                (_, "refuse" | "fail" | "deny" | "decline" | "refusal" | "failure")
                    if next == "to" =>
                {
                    Some(Modality::Negated)
                }
                // "The WTO held off on approving sanctions", "refrained from recognising",
                // "stopped short of imposing", "balked at sending": not done.
                (_, "hold") if next == "off" => Some(Modality::Negated),
                (_, "refrain") if next == "from" => Some(Modality::Negated),
                (_, "stop") if next == "short" => Some(Modality::Negated),
                (_, "balk") if next == "at" => Some(Modality::Negated),
                // "Rwanda denied supporting the M23 rebels".
                (_, "deny") if i + 1 == t.start && self.w(t.start).ends_with("ing") => {
                    Some(Modality::Negated)
                }
                ("will" | "'ll" | "shall", _) => Some(Modality::Future),
                (
                    "scheduled" | "set" | "expected" | "slated" | "poised" | "upcoming" | "planned"
                    | "forthcoming",
                    _,
                ) => Some(Modality::Future),
                ("ahead", _) if next == "of" => Some(Modality::Future),
                ("due", _)
                    if next == "to"
                        && self.tokens.get(i + 2).is_some_and(|t| t.upos == Upos::Verb) =>
                {
                    Some(Modality::Future)
                }
                (
                    _,
                    "plan" | "intend" | "hope" | "want" | "seek" | "aim" | "wish" | "try" | "offer"
                    | "propose" | "vow" | "pledge" | "promise" | "threaten" | "agree"
                    // the nouns: "Trump's threat to impose tariffs", "its plan to withdraw"
                    | "threat" | "proposal" | "bid" | "attempt" | "intention" | "effort",
                ) if (next == "to" || (nominal && i + 1 == t.start))
                    // ("protesters tried to storm parliament", "attempted to seize the
                    // airport": an attempt made is an act, as analysts code it)
                    && !matches!(w, "tried" | "attempted") =>
                {
                    Some(Modality::Intended)
                }
                // "said Biden would host": future in reported speech.
                ("would", _)
                    if (0..i).any(|k| {
                        let l = self.lemmas[k].as_str();
                        REPORTING.contains(&l) || matches!(l, "promise" | "pledge" | "vow")
                    }) =>
                {
                    Some(Modality::Future)
                }
                // "Ukraine must withdraw", "Israel has to let aid in", "Kyiv needs to
                // accept": an obligation, not an act (not "must have known", a guess).
                ("must" | "ought", _) if next != "have" => Some(Modality::Hypothetical),
                ("has" | "have" | "need" | "needs", _) if next == "to" && i + 2 == t.start => {
                    Some(Modality::Hypothetical)
                }
                ("would" | "could" | "might" | "may" | "should" | "if" | "unless", _) => {
                    Some(Modality::Hypothetical)
                }
                // "the president can detain enemy combatants": able or allowed, not done.
                ("can", _) => Some(Modality::Hypothetical),
                // "a boy feared kidnapped by traffickers", "believed killed": a guess.
                ("feared" | "presumed" | "believed", _) if i + 1 == t.start => {
                    Some(Modality::Hypothetical)
                }
                // "considered sending troops to Ukraine", "is mulling imposing tariffs": an
                // option weighed, not done.
                (_, "consider" | "mull" | "weigh" | "contemplate" | "explore")
                    if i + 1 == t.start && self.w(t.start).ends_with("ing") =>
                {
                    Some(Modality::Hypothetical)
                }
                // "is unlikely to attack", "are likely to meet": a guess, not an event.
                ("unlikely" | "likely" | "able", _) if next == "to" => Some(Modality::Hypothetical),
                // "Putin was ready to meet Zelensky": willing, not done.
                ("ready" | "willing" | "prepared" | "eager", _) if next == "to" => {
                    Some(Modality::Intended)
                }
                // "stopped short of endorsing Brazil's bid": not done.
                ("short", _)
                    if next == "of"
                        && i > 0
                        && matches!(self.lemmas[i - 1].as_str(), "stop" | "fall") =>
                {
                    Some(Modality::Negated)
                }
                // "have yet to agree", "was unable to reach": not (yet) done.
                ("yet" | "unable", _) if next == "to" => Some(Modality::Negated),
                // "would retaliate against any confiscation of Russian assets": no event in
                // particular.
                ("any", _) if nominal && i + 1 == t.start => Some(Modality::Hypothetical),
                _ => None,
            };
            if let Some(m) = m {
                // "will not", "would not", "won't": a refusal, told apart from "did not".
                let cue = match self.w(i.saturating_sub(1)) {
                    a @ ("will" | "would" | "wo" | "'ll" | "shall")
                        if i > 0 && matches!(w, "not" | "n't") =>
                    {
                        format!("{a} {w}")
                    }
                    _ => w.to_string(),
                };
                raise(&mut found, m, &cue);
            }
        }
        // A verb coordinated by "or"/"nor" with an earlier one shares its auxiliary: "will
        // not dismantle its programs or improve ties with" is negated too. (After "and" the
        // earlier verb is too often in another clause: "said it would defend its rights and
        // urged Turkey".)
        // So does a bare verb coordinated with an infinitive right before it: "threatened
        // to mine and blockade Iran".
        let infinitives = |c: usize| {
            self.w(c) == "and"
                && c >= 2
                // (or a noun the tagger took: "to mine/NOUN and blockade")
                && matches!(self.tokens[c - 1].upos, Upos::Verb | Upos::Noun)
                && self.w(c - 2) == "to"
        };
        if let Some(c) = conj.filter(|&c| matches!(self.w(c), "or" | "nor") || infinitives(c)) {
            let first = if infinitives(c) {
                Some(c - 1)
            } else {
                ((c + 1).saturating_sub(10)..c).rev().find(|&v| {
                    self.tokens[v].upos == Upos::Verb
                        && !(v + 1..c).any(|x| self.is_break(x) || self.w(x) == ",")
                })
            };
            if let Some(v) = first {
                let earlier = Trigger {
                    start: v,
                    end: v + 1,
                    verb: t.verb,
                    alts: Vec::new(),
                    len: 1,
                    fronted: false,
                };
                if let Some((m, cue)) = self.modality(&earlier, false) {
                    raise(&mut found, m, cue.trim_matches('"'));
                }
            }
        }
        // "Iran would withdraw from the negotiations if the talks turned into a dead end": a
        // condition after a "will"/"would" act makes it conditional.
        let will = (t.start.saturating_sub(4)..t.start)
            .any(|i| matches!(self.w(i), "will" | "would" | "'ll"));
        if will && matches!(found, None | Some((Modality::Future, _))) {
            // ("if" itself is a clause break: stop at any other)
            let cond = (t.end..(t.end + 12).min(self.tokens.len()))
                .take_while(|&i| !self.is_break(i) || matches!(self.w(i), "if" | "unless"))
                .find(|&i| matches!(self.w(i), "if" | "unless"));
            if let Some(c) = cond {
                raise(
                    &mut found,
                    Modality::Hypothetical,
                    &format!("{} ...", self.w(c)),
                );
            }
        }
        found
    }
}

/// How well does a pattern's `after` list match the tokens after the trigger?
/// Returns the target token position (for a `+`) when it matches.
fn match_after(ctx: &Ctx, start: usize, items: &[PatternItem]) -> Option<Option<usize>> {
    match_after_from(ctx, start, items).map(|(t, _)| t)
}

/// Match `items` in order from token `start`: literal words may be preceded by a few
/// other words of the same clause (not by a verb or a clause break), as in TABARI's
/// shallow patterns; `+` marks the target at the current position and moves past the
/// actor phrase there. Returns (target position, end position).
/// Where a pattern's `$` (the source) falls after the verb, when the pattern matches there:
/// TABARI's `- + WAS * DEAD IN $ [224]` ("An Eriadorian was shot dead in Osgiliath").
pub fn pattern_source_after(ctx: &Ctx, start: usize, items: &[PatternItem]) -> Option<usize> {
    if !items.iter().any(|i| matches!(i, PatternItem::Source)) {
        return None;
    }
    let mut source = None;
    match_after_impl(ctx, start, items, &mut source)?;
    source
}

fn match_after_from(
    ctx: &Ctx,
    start: usize,
    items: &[PatternItem],
) -> Option<(Option<usize>, usize)> {
    let mut source = None;
    match_after_impl(ctx, start, items, &mut source)
}

fn match_after_impl(
    ctx: &Ctx,
    start: usize,
    items: &[PatternItem],
    source: &mut Option<usize>,
) -> Option<(Option<usize>, usize)> {
    let mut i = start;
    let mut target = None;
    let mut limit = (start + 14).min(ctx.tokens.len());
    for it in items {
        match it {
            PatternItem::Target | PatternItem::Compound => {
                // ("his National Day speech to urge China": a "to" before a verb is an
                // infinitive's, and what follows is no recipient)
                if i > 0
                    && ctx.w(i - 1) == "to"
                    && ctx.tokens.get(i).is_some_and(|t| t.upos == Upos::Verb)
                {
                    return None;
                }
                target = Some(i);
                // Move past the actor phrase that starts within a couple of tokens, and past
                // the ones coordinated with it ("urged Colombia's government and the ELN to
                // return"), a bracketed acronym after each ("the National Liberation Army
                // (ELN)").
                if let Some(np) = ctx.nps.iter().find(|np| np.start >= i && np.start <= i + 3) {
                    i = np.end;
                    loop {
                        if ctx.w(i) == "(" && ctx.w(i + 2) == ")" {
                            i += 3;
                        }
                        if !matches!(ctx.w(i), "and" | ",") {
                            break;
                        }
                        let Some(next) = ctx.nps.iter().find(|np| {
                            np.start > i
                                && np.start <= i + 2
                                && (i + 1..np.start).all(|k| ctx.tokens[k].upos == Upos::Det)
                        }) else {
                            break;
                        };
                        i = next.end;
                    }
                    // (the words after a long target are read from its end)
                    limit = limit.max((i + 10).min(ctx.tokens.len()));
                }
            }
            PatternItem::Skip => {
                // (past a time adverbial and a "that": "said on Friday evening that [the
                // seizure] was unacceptable", "said last week that")
                i = ctx.past_time_adverbial(i);
                if ctx.w(i) == "that" {
                    i += 1;
                }
                let skip_from = i;
                // `^`: step over one noun phrase (an actor phrase, or a run of nominal words).
                if let Some(np) = ctx.nps.iter().find(|np| np.start >= i && np.start <= i + 2) {
                    i = np.end;
                } else {
                    let from = i;
                    while i < ctx.tokens.len()
                        && matches!(
                            ctx.tokens[i].upos,
                            Upos::Det | Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn
                        )
                        // (a determiner or adjective after a noun starts the next phrase:
                        // "called [the move] a grave threat", "called [the move] unacceptable")
                        && !(i > from
                            && matches!(ctx.tokens[i].upos, Upos::Det | Upos::Adj)
                            && matches!(ctx.tokens[i - 1].upos, Upos::Noun | Upos::Propn))
                    {
                        i += 1;
                    }
                }
                // (A verb right after is no phrase skipped: "which he says is part of a plot".)
                if i == skip_from && ctx.lemmas.get(i).is_some_and(|l| l == "be") {
                    return None;
                }
                // (with the infinitive that completes an act noun: "called [the U.S. decision
                // to expel its ambassador] regrettable", "[Mongolia's failure to arrest
                // Putin] a heavy blow")
                let mut h = i;
                while ctx.tokens.get(h).is_some_and(|t| t.upos == Upos::Noun) {
                    h += 1;
                }
                if h > 0
                    && ctx.tokens[h - 1].upos == Upos::Noun
                    && ctx.w(h) == "to"
                    && ctx.tokens.get(h + 1).is_some_and(|t| t.upos == Upos::Verb)
                {
                    i = h + 2;
                    if let Some(np) = ctx.nps.iter().find(|np| np.start >= i && np.start <= i + 2) {
                        i = np.end;
                    } else {
                        while i < ctx.tokens.len()
                            && matches!(
                                ctx.tokens[i].upos,
                                Upos::Det | Upos::Noun | Upos::Propn | Upos::Num
                            )
                        {
                            i += 1;
                        }
                    }
                }
            }
            PatternItem::Source => {
                // (like `+`: the actor phrase starting within a couple of tokens)
                if let Some(np) = ctx.nps.iter().find(|np| np.start >= i && np.start <= i + 3) {
                    *source = Some(np.start);
                    i = np.end;
                }
            }
            PatternItem::Verb => {}
            PatternItem::Words(alts) => {
                let mut found = None;
                let mut j = i;
                while j < limit {
                    if j > i && ctx.is_break(j) {
                        break;
                    }
                    // Another verb ends the search; the word itself may be one the tagger
                    // read as a verb ("called the expulsion \"unjustified/VERB\""), where
                    // no verb comes between ("urged Washington to stop arming" is no call
                    // "to arm").
                    if j > i
                        && ctx.tokens[j].upos == Upos::Verb
                        && (i..j).any(|v| ctx.tokens[v].upos == Upos::Verb)
                    {
                        break;
                    }
                    if let Some(len) = alts.iter().find_map(|a| {
                        let parts: Vec<&str> = a.split_whitespace().collect();
                        (!parts.is_empty()
                            && parts
                                .iter()
                                .enumerate()
                                .all(|(o, p)| token_matches(ctx, j + o, p))
                            // (a copula, not an auxiliary: "said the prisoners had been
                            // deported as traitors" says nothing was wrong)
                            && !(parts == ["be"]
                                && ctx.tokens.get(j + 1).is_some_and(|t| t.upos == Upos::Verb)))
                        .then_some(parts.len())
                    }) {
                        found = Some(j + len);
                        break;
                    }
                    if j > i && ctx.tokens[j].upos == Upos::Verb {
                        break;
                    }
                    j += 1;
                }
                i = found?;
            }
            PatternItem::NounPhrase(inner) | PatternItem::PrepPhrase(inner) => {
                let (t, end) = match_after_impl(ctx, i, inner, source)?;
                if t.is_some() {
                    target = t;
                }
                i = end;
            }
        }
    }
    Some((target, i))
}

/// Do the `before` items match, right to left, ending next to the verb? Literal words
/// must be adjacent (adverbs may sit between); `$`, `+` and `^` stand for a stretch of
/// words (an actor phrase, a skipped phrase).
fn match_before(ctx: &Ctx, verb: usize, items: &[PatternItem], joined: bool) -> bool {
    let mut j = verb; // exclusive end of the unmatched region
    let mut free = false; // after a wildcard, the next literal may be further left
    for (n, it) in items.iter().rev().enumerate() {
        // (`RECENTLY_*`: the last word touches the verb)
        let touching = joined && n == 0;
        match it {
            PatternItem::Words(alts) => {
                let lo = if free {
                    j.saturating_sub(12)
                } else {
                    j.saturating_sub(3)
                };
                let mut found = None;
                'outer: for end in (lo..=j).rev() {
                    for a in alts {
                        let parts: Vec<String> = a
                            .split_whitespace()
                            .map(|p| p.to_ascii_lowercase())
                            .collect();
                        let n = parts.len();
                        if n == 0 || end < n {
                            continue;
                        }
                        let start = end - n;
                        let ok = parts.iter().enumerate().all(|(o, p)| {
                            ctx.w(start + o) == p
                                || ctx.lemmas.get(start + o).is_some_and(|l| l == p)
                        });
                        // A blank between pattern words lets other words stand between
                        // them (the dictionaries' documented rule; `_` joins words that
                        // must be consecutive): adverbs, and up to two words of the same
                        // clause that are no main verb ("indicated [it] would act").
                        let gap_ok = if touching {
                            end == j
                        } else {
                            free || (end..j)
                                .all(|g| ctx.tokens[g].upos == Upos::Adv || ctx.w(g) == "not")
                                || (j - end <= 2
                                    && (end..j).all(|g| {
                                        !ctx.is_break(g) && ctx.tokens[g].upos != Upos::Verb
                                    }))
                        };
                        if ok && gap_ok {
                            found = Some(start);
                            break 'outer;
                        }
                    }
                }
                match found {
                    Some(st) => {
                        j = st;
                        free = false;
                    }
                    None => return false,
                }
            }
            PatternItem::NounPhrase(inner) | PatternItem::PrepPhrase(inner) => {
                // The phrase's literal words, in order, ending within a few tokens of
                // what follows (its head sits just before the verb or the next item).
                let words = literal_words(inner);
                if words.is_empty() {
                    free = true;
                    continue;
                }
                let lo = j.saturating_sub(if free { 14 } else { 8 });
                match find_in_order(ctx, lo, j, &words, if free { 14 } else { 4 }) {
                    Some(st) => {
                        j = st;
                        free = false;
                    }
                    None => return false,
                }
            }
            _ => free = true,
        }
    }
    true
}

/// The literal word alternatives of pattern items, flattened in order.
fn literal_words(items: &[PatternItem]) -> Vec<&Vec<String>> {
    let mut out = Vec::new();
    for it in items {
        match it {
            PatternItem::Words(a) => out.push(a),
            PatternItem::NounPhrase(x) | PatternItem::PrepPhrase(x) => out.extend(literal_words(x)),
            _ => {}
        }
    }
    out
}

fn token_matches(ctx: &Ctx, i: usize, word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    ctx.w(i) == w || ctx.lemmas.get(i).is_some_and(|l| *l == w)
}

/// Find `words` in order inside `[lo, hi)`, the last one ending at most `tail` tokens
/// before `hi`. Each element is a set of alternatives (possibly multi-word). Returns the
/// start of the first word.
fn find_in_order(
    ctx: &Ctx,
    lo: usize,
    hi: usize,
    words: &[&Vec<String>],
    tail: usize,
) -> Option<usize> {
    // Right to left: the last word first.
    let mut end = hi;
    let mut first_start = None;
    for (n, alts) in words.iter().rev().enumerate() {
        let mut found = None;
        let from = if n == 0 {
            hi.saturating_sub(tail + 3)
        } else {
            lo
        };
        'scan: for st in (from.max(lo)..end).rev() {
            for a in alts.iter() {
                let parts: Vec<&str> = a.split_whitespace().collect();
                if parts.is_empty() || st + parts.len() > end {
                    continue;
                }
                if parts
                    .iter()
                    .enumerate()
                    .all(|(o, p)| token_matches(ctx, st + o, p))
                {
                    found = Some(st);
                    break 'scan;
                }
            }
        }
        let st = found?;
        end = st;
        first_start = Some(st);
    }
    first_start
}

/// True when the pattern's own `before` words include a negation, so the code already
/// says it ("did not clash" -> a code for not clashing).
pub fn pattern_has_negation(p: &VerbPattern) -> bool {
    p.before.iter().any(|it| match it {
        PatternItem::Words(alts) => alts.iter().any(|a| {
            a.split_whitespace().any(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "not" | "n't" | "never" | "no"
                )
            })
        }),
        _ => false,
    })
}

fn pattern_score(p: &VerbPattern) -> usize {
    fn count(items: &[PatternItem]) -> usize {
        items
            .iter()
            .map(|i| match i {
                // (by its words: "MOST_CERTAINLY_&NEGATVAUXVRB_EVER" says more than
                // "&NEGATVAUXVRB EVER")
                PatternItem::Words(alts) => {
                    2 * alts
                        .iter()
                        .map(|a| a.split_whitespace().count())
                        .min()
                        .unwrap_or(1)
                        .max(1)
                }
                PatternItem::NounPhrase(x) | PatternItem::PrepPhrase(x) => 1 + count(x),
                _ => 1,
            })
            .sum()
    }
    count(&p.before) + count(&p.after)
}

/// The pattern chosen for a trigger: the pattern (if any), code, paired code, target position.
pub type Choice<'v> = (
    Option<&'v VerbPattern>,
    Option<String>,
    Option<String>,
    Option<usize>,
);

/// The words and lemmas of the sentence from token `from` on, sorted and deduplicated: for
/// [`words_absent`].
pub fn words_from<'a>(ctx: &Ctx<'a>, from: usize) -> Vec<&'a str> {
    let from = from.min(ctx.tokens.len());
    let mut ws: Vec<&'a str> = (from..ctx.tokens.len())
        .flat_map(|i| [ctx.folded[i].as_str(), ctx.lemmas[i].as_str()])
        .collect();
    ws.sort_unstable();
    ws.dedup();
    ws
}

/// Whether a pattern needs, after its verb, a literal word none of whose alternatives starts
/// with a word in `ws` (from [`words_from`]): it cannot match, and need not be tried. A verb
/// with many entries (a word set expanded: "say ^ be &CENSURE") is checked this way first.
pub fn words_absent(ws: &[&str], p: &VerbPattern) -> bool {
    p.after.iter().any(|it| match it {
        PatternItem::Words(alts) => !alts.iter().any(|a| {
            a.split_whitespace().next().is_none_or(|first| {
                first.bytes().any(|b| b.is_ascii_uppercase()) || ws.binary_search(&first).is_ok()
            })
        }),
        _ => false,
    })
}

/// More patterns than this in one entry (a word set expanded) are first checked with
/// [`words_absent`].
pub const MANY_PATTERNS: usize = 8;

/// Pick the code for a trigger: the most specific matching pattern, else the entry's code.
/// Also returns the pattern's specificity (0 for the bare verb's code). `words_after`, the
/// sentence's words after the trigger from [`words_from`], lets an entry with many patterns
/// skip those that cannot match.
pub fn choose_pattern<'v>(
    ctx: &Ctx,
    v: &'v VerbEntry,
    t: &Trigger,
    words_after: Option<&[&str]>,
) -> Option<(Choice<'v>, usize)> {
    let mut best: Option<(&VerbPattern, Option<usize>, usize)> = None;
    let words_after = words_after.filter(|_| v.patterns.len() > MANY_PATTERNS);
    for p in &v.patterns {
        if words_after.is_some_and(|ws| words_absent(ws, p)) {
            continue;
        }
        let Some(target) = match_after(ctx, t.end, &p.after) else {
            continue;
        };
        if !match_before(ctx, t.start, &p.before, p.joined_before) {
            continue;
        }
        let s = pattern_score(p);
        // (the same pattern written twice in a block: the later line wins, as PETRARCH
        // stores each pattern once, overwriting its code)
        let rewritten = |b: &VerbPattern| b.before == p.before && b.after == p.after;
        if best
            .as_ref()
            .is_none_or(|(b, _, bs)| s > *bs || (s == *bs && rewritten(b)))
        {
            best = Some((p, target, s));
        }
    }
    match best {
        Some((p, target, sc)) => Some((
            (Some(p), p.code.clone(), p.paired_code.clone(), target),
            sc + 1,
        )),
        None if v.code.is_some() || v.paired_code.is_some() => {
            Some(((None, v.code.clone(), v.paired_code.clone(), None), 0))
        }
        None => None,
    }
}

/// A noun naming an armed attack ("attack", "strike", "raid", "shelling"): an act whose author,
/// not the noun, acts in a relative clause after it.
fn attack_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "attack"
            | "strike"
            | "airstrike"
            | "bombing"
            | "raid"
            | "assault"
            | "shelling"
            | "offensive"
    )
}
