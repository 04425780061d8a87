//! Triggers: where verbs and event nouns of the dictionary occur in a sentence.

use crate::events::Trigger;
use crate::matcher::{fold, Stream};
use crate::Coder;
use dyad_text::Upos;

impl Coder {
    pub(crate) fn find_triggers(
        &self,
        tokens: &[dyad_text::Token],
        lemmas: &[String],
        in_actor: &[bool],
    ) -> Vec<Trigger> {
        let verbs = &self.compiled.verbs;
        let full = Stream::new(lemmas.iter().enumerate().map(|(i, l)| (l.as_str(), i)));
        // The compressed stream drops determiners, possessive pronouns, adjectives, adverbs
        // and names used as modifiers so that "expressed his hope to meet" matches "express
        // hope to meet".
        // A possessor before a noun ("rejected Russia's proposal", "the United States'
        // offer") goes too: the noun still meets its verb; the possessor stays an actor
        // inside the trigger, its object.
        // (Right to left: a name is part of a possessor when the token after it is.)
        let mut possessor = vec![false; tokens.len()];
        for i in (0..tokens.len()).rev() {
            possessor[i] = matches!(tokens[i].norm.as_str(), "'s" | "'")
                && tokens.get(i + 1).is_some_and(|n| {
                    matches!(n.upos, Upos::Noun | Upos::Adj)
                        // (or a name modifying the noun: "AstraZeneca's COVID-19 vaccine")
                        || (n.upos == Upos::Propn
                            && tokens.get(i + 2).is_some_and(|m| m.upos == Upos::Noun))
                })
                || (tokens[i].upos == Upos::Propn && possessor.get(i + 1) == Some(&true));
        }
        let timed = time_adverbials(tokens);
        let compound = hyphened_participles(tokens);
        // (rules that need a word the sentence lacks are not tried at every token)
        let has_from = tokens.iter().any(|t| t.norm == "from");
        let has_conj = tokens.iter().any(|t| t.upos == Upos::Cconj);
        let compressed = Stream::new(
            lemmas
                .iter()
                .enumerate()
                .filter(|(i, _)| {
                    let t = &tokens[*i];
                    // (A noun the tagger read as an adjective heads its phrase before a
                    // preposition: "Israel's full withdrawal/ADJ from".)
                    let head_slip = t.upos == Upos::Adj
                        && tokens.get(*i + 1).is_some_and(|n| n.upos == Upos::Adp)
                        && *i > 0
                        && (matches!(tokens[*i - 1].upos, Upos::Det | Upos::Adj)
                            || possessive(&tokens[*i - 1])
                            || tokens[*i - 1].norm == "'s");
                    // (a verb's particle is part of the verb: "pushed back hundreds of
                    // migrants" is "push back migrants")
                    let particle = t.upos == Upos::Adv
                        && matches!(t.norm.as_str(), "back" | "out" | "off" | "down" | "away")
                        && *i > 0
                        && tokens[*i - 1].upos == Upos::Verb;
                    possessor.get(*i) != Some(&true)
                        && !((matches!(
                        t.upos,
                        Upos::Det | Upos::Adj | Upos::Adv | Upos::Num | Upos::Sym
                    ) && !head_slip && !particle) || matches!(
                        t.norm.as_str(),
                        "million"
                            | "billion"
                            | "trillion"
                            | "thousand"
                            | "hundred"
                            | "dozens"
                            | "hundreds"
                            | "thousands"
                            | "$"
                            | "us$"
                    ) || matches!(
                        t.norm.as_str(),
                        "his" | "her" | "its" | "their" | "our" | "my" | "your"
                    )
                    // A measure compound before its noun ("a 72-hour state of emergency",
                    // "a 30-day ceasefire")
                    || (tokens.get(*i + 1).is_some_and(|n| n.upos == Upos::Noun)
                        && t.norm.split_once('-').is_some_and(|(a, b)| {
                            !a.is_empty()
                                && a.bytes().all(|c| c.is_ascii_digit())
                                && !b.is_empty()
                                && b.bytes().all(|c| c.is_ascii_lowercase())
                        }))
                    // ... and a compound modifier of words ("a staff-level agreement", "a
                    // cross-border raid")
                    || (t.upos == Upos::Noun
                        && tokens.get(*i + 1).is_some_and(|n| n.upos == Upos::Noun)
                        && t.norm.split_once('-').is_some_and(|(a, b)| {
                            a.len() > 1
                                && b.len() > 1
                                && a.bytes().all(|c| c.is_ascii_lowercase())
                                && b.bytes().all(|c| c.is_ascii_lowercase())
                        }))
                    || (matches!(
                        t.norm.as_str(),
                        "about"
                            | "around"
                            | "nearly"
                            | "almost"
                            | "some"
                            | "over"
                            | "roughly"
                            | "approximately"
                            | "least"
                            | "than"
                            | "more"
                            | "up"
                    ) && tokens.get(*i + 1).is_some_and(|n| {
                        matches!(n.upos, Upos::Num)
                            || matches!(n.norm.as_str(), "than" | "least" | "to")
                    }))
                    // A name used as a modifier ("send Patriot air defence systems to",
                    // "Leopard tanks").
                    || (t.upos == Upos::Propn
                        && tokens.get(*i + 1).is_some_and(|n| {
                            n.upos == Upos::Noun
                                // (a plural the tagger took for a verb before its
                                // preposition: "more Leopard tanks/VERB to Ukraine")
                                || (n.upos == Upos::Verb
                                    && n.norm.ends_with('s')
                                    && tokens.get(*i + 2).is_some_and(|x| x.upos == Upos::Adp))
                        }))
                    // "expelled each other's diplomats": the reciprocal possessor.
                    || (t.norm == "each" && tokens.get(*i + 1).is_some_and(|n| n.norm == "other"))
                    || (t.norm == "other"
                        && *i > 0
                        && tokens[*i - 1].norm == "each"
                        && tokens.get(*i + 1).is_some_and(|n| matches!(n.norm.as_str(), "'s" | "'")))
                    || (matches!(t.norm.as_str(), "'s" | "'")
                        && *i >= 2
                        && tokens[*i - 1].norm == "other"
                        && tokens[*i - 2].norm == "each")
                    // A time adverbial inside the verb phrase ("agreed Wednesday to take
                    // part in talks", "met on Monday with").
                    || timed.get(*i) == Some(&true)
                    // "launched dozens of rockets at": the "of" of a dropped quantity.
                    || (t.norm == "of"
                        && *i > 0
                        && matches!(
                            tokens[*i - 1].norm.as_str(),
                            "dozens" | "hundreds" | "thousands" | "scores" | "millions" | "tens"
                        ))
                    // "lifted most of the sanctions on Niger": a partitive before its noun.
                    || (t.norm == "of"
                        && *i > 0
                        && matches!(
                            tokens[*i - 1].norm.as_str(),
                            "most" | "some" | "all" | "much" | "half" | "part" | "many"
                        )
                        && tokens.get(*i + 1).is_some_and(|n| {
                            n.upos == Upos::Det || possessive(n)
                        }))
                    || (matches!(tokens[*i].norm.as_str(), "most" | "part" | "half" | "much")
                        && tokens.get(*i + 1).is_some_and(|n| n.norm == "of"))
                    // "imposed tariffs of up to 25 percent on": a rate after the noun.
                    || quantity_of(tokens, *i)
                    // "launched a barrage of missiles and drones at": a quantity noun with
                    // its "of", and a noun coordinated before a preposition.
                    || barrage_of(tokens, *i)
                    // "its largest air attacks of the war on": a span of time after a noun.
                    || of_the_war(tokens, *i)
                    || (has_conj && coordinated_noun(tokens, *i))
                    // "launched air strikes with F-16 fighter jets on": the instrument
                    || instrument_with(tokens, *i)
                    // "tariffs on all goods imported from the United States": the goods and
                    // their origin's participle, so that the measure meets its target.
                    || (has_from && goods_from(tokens, *i))
                    // An evaluative adjective the tagger took for a noun ("drew sharp/NOUN
                    // criticism from").
                    || (EVALUATIVE.contains(&t.norm.as_str())
                        && tokens.get(*i + 1).is_some_and(|n| n.upos == Upos::Noun))
                    // A name joined to a participle by a hyphen the tokenizer split, before
                    // the noun it modifies ("agreed to a U.S.-brokered ceasefire").
                    || compound.get(*i) == Some(&true)
                    // A noun naming what talks are about ("walked out of ceasefire talks",
                    // "suspended trade negotiations"); the full stream still reads phrases
                    // that name it ("hold phone talks").
                    || (t.upos == Upos::Noun
                        && !matches!(t.norm.as_str(), "phone" | "telephone" | "video")
                        && tokens
                            .get(*i + 1)
                            .is_some_and(|n| matches!(n.norm.as_str(), "talks" | "negotiations"))))
                        || *i == 0
                })
                .map(|(i, l)| (l.as_str(), i)),
        );
        let mut cands: Vec<Trigger> = Vec::new();
        let mut here: Vec<Trigger> = Vec::new();
        for stream in [&full, &compressed] {
            let mut i = 0;
            while i < stream.len() {
                // The longest phrase at this token, and the shorter verb phrases it extends
                // when the token is a verb: "Qatar mediated talks between" is no noun
                // "mediated talks between" but the verb "mediate" (the longer one wins
                // whenever it stands).
                // (a past or present participle form, not a base or "-s" form the tagger may
                // have misread: "visit/VERB to", "funds/VERB for")
                let verb_here = tokens
                    .get(stream.origin.get(i).copied().unwrap_or(usize::MAX))
                    .is_some_and(|t| {
                        t.upos == Upos::Verb
                            && t.norm != t.lemma
                            && (t.norm.ends_with("ed") || t.norm.ends_with("ing"))
                    });
                let push = |m: crate::matcher::PhraseMatch<'_, crate::compile::VerbHit>,
                            out: &mut Vec<Trigger>| {
                    let start = stream.origin[m.start];
                    let end = stream.origin[m.end - 1] + 1;
                    for h in m.payloads {
                        out.push(Trigger {
                            start,
                            end,
                            verb: h.verb,
                            alts: Vec::new(),
                            len: m.end - m.start,
                            fronted: false,
                        });
                    }
                };
                if verb_here {
                    here.clear();
                    verbs.each_at(stream, i, |m| push(m, &mut here));
                    let longest = here.iter().map(|t| t.len).max().unwrap_or(0);
                    cands.extend(
                        here.drain(..)
                            .filter(|t| t.len == longest || !self.compiled.is_nominal(t.verb)),
                    );
                } else if let Some(m) = verbs.longest_at(stream, i) {
                    push(m, &mut cands);
                }
                i += 1;
            }
        }
        // A passive whose subject is the verb's object noun: "New sanctions were imposed on
        // Iran by the United States", "a $2 billion loan was granted to Egypt by the IMF",
        // "an arrest warrant was issued for Putin": the participle, the subject's nouns and
        // what follows the participle are read as the active phrase ("impose sanction on").
        for (i, tok) in tokens.iter().enumerate() {
            if let Some(ts) = fronted_object_trigger(verbs, tokens, lemmas, &compressed, i, tok) {
                cands.extend(ts);
            }
        }
        // POS check on the head token.
        cands.retain(|t| {
            // ("tariffs on goods imported from the United States": the goods' origin, no
            // trade by the clause's subject)
            if has_from
                && t.start > 0
                && goods_from(tokens, t.start - 1)
                && goods_from(tokens, t.start)
            {
                return false;
            }
            // ("the most wanted terrorist": no verb of wanting)
            if matches!(lemmas[t.start].as_str(), "want" | "like")
                && (tokens[t.start].upos != Upos::Verb
                    || t.start
                        .checked_sub(1)
                        .is_some_and(|p| matches!(tokens[p].norm.as_str(), "most" | "the")))
            {
                return false;
            }
            let Some(v) = self.compiled.dict.verbs.get(t.verb as usize) else {
                return false;
            };
            let head = &tokens[t.start];
            // An entry written as an inflected form matches only that form.
            if let Some(Some(form)) = self.compiled.surface.get(t.verb as usize) {
                if fold(&head.norm) != *form {
                    return false;
                }
            }
            if v.nominal {
                // An event noun's pattern may open with its adjective ("verbal attack on"):
                // the noun after it is the head.
                // (Not a noun the tagger read as an adjective before its preposition:
                // "their withdrawal/ADJ from ECOWAS" is the noun.)
                let slip = head.upos == Upos::Adj
                    && tokens.get(t.start + 1).is_some_and(|n| n.upos == Upos::Adp)
                    && t.start > 0
                    && (tokens[t.start - 1].upos == Upos::Det || possessive(&tokens[t.start - 1]));
                let head = if head.upos == Upos::Adj && t.end > t.start + 1 && !slip {
                    &tokens[t.start + 1]
                } else {
                    head
                };
                // ("a trade war between the United States and Japan", "a subsidy war": no
                // fighting)
                let figurative = head.lemma == "war"
                    && t.start > 0
                    && matches!(
                        tokens[t.start - 1].lemma.as_str(),
                        "trade"
                            | "price"
                            | "subsidy"
                            | "currency"
                            | "tariff"
                            | "bidding"
                            | "takeover"
                            | "legal"
                            | "court"
                            | "word"
                            | "propaganda"
                            | "culture"
                            | "tax"
                            | "chip"
                            | "tech"
                            | "technology"
                            | "media"
                            | "turf"
                    );
                if figurative {
                    return false;
                }
                slip || matches!(head.upos, Upos::Noun | Upos::Propn)
                    || (head.upos == Upos::Verb && head.norm.ends_with("ing"))
                    // A tagging slip: no verb follows a determiner, adjective or number
                    // ("new clashes/VERB between").
                    || (head.upos == Upos::Verb
                        && t.start > 0
                        && (matches!(
                            tokens[t.start - 1].upos,
                            Upos::Det | Upos::Adj | Upos::Num
                        )
                            // ("Pelosi's visit/VERB to the island")
                            || possessive(&tokens[t.start - 1])
                            // ("the Israeli raid/VERB on Rafah": a name as modifier after
                            // a determiner)
                            || (t.start >= 2
                                && tokens[t.start - 1].upos == Upos::Propn
                                && tokens[t.start - 2].upos == Upos::Det)))
            } else {
                // "are not welcome in": a base form right after a form of "be" is an adjective.
                let after_be = {
                    let mut p = t.start;
                    while p > 0 && matches!(tokens[p - 1].norm.as_str(), "not" | "n't") {
                        p -= 1;
                    }
                    p > 0 && tokens[p - 1].lemma == "be"
                };
                // (not a participle that looks like the base: "was hit", "were cut")
                let base_after_be = after_be
                    && head.lemma == head.norm
                    && !head.norm.ends_with("ed")
                    && !head.norm.ends_with("ing")
                    && !matches!(
                        head.norm.as_str(),
                        "hit"
                            | "cut"
                            | "put"
                            | "set"
                            | "shut"
                            | "spread"
                            | "let"
                            | "hurt"
                            | "quit"
                            | "bid"
                            | "beat"
                            | "cast"
                            | "shed"
                            | "split"
                            | "burst"
                            | "thrust"
                            | "upset"
                            | "run"
                            | "come"
                            | "become"
                    );
                // "the most pressing trade issue": an "-ing" after a degree word is an
                // adjective.
                let degree = head.norm.ends_with("ing")
                    && t.start > 0
                    && matches!(
                        tokens[t.start - 1].norm.as_str(),
                        "most" | "more" | "less" | "least" | "very" | "so" | "too" | "increasingly"
                    );
                // "its promised program of sanctions", "the proposed EC tax", "119 looted
                // Benin Bronzes": a participle between a determiner, possessive or number
                // and a noun is an adjective (not "all called on Greece", "some demanded
                // that").
                let premodifier = head.norm.ends_with("ed")
                    && t.start > 0
                    && tokens.get(t.start + 1).is_some_and(|n| {
                        matches!(n.upos, Upos::Noun | Upos::Propn | Upos::Adj | Upos::Num)
                    })
                    // (a year is no quantity: "the junta that seized power in 2020
                    // expelled French troops")
                    && ((tokens[t.start - 1].upos == Upos::Det
                        || (tokens[t.start - 1].upos == Upos::Num
                            && !is_year(&tokens[t.start - 1].norm)))
                        || matches!(
                            tokens[t.start - 1].norm.as_str(),
                            "its" | "his" | "her" | "their" | "our" | "my" | "your"
                        ));
                // ("ethnic minority armed groups", "armed men": "armed" before a noun is
                // the adjective)
                let armed_adjective = head.norm == "armed"
                    && t.len == 1
                    && tokens.get(t.start + 1).is_some_and(|n| n.upos == Upos::Noun)
                    && (t.start == 0
                        || matches!(
                            tokens[t.start - 1].upos,
                            Upos::Det | Upos::Adj | Upos::Noun | Upos::Adv | Upos::Num
                        )
                        // ("... and armed soldiers smashed windows")
                        || (matches!(tokens[t.start - 1].upos, Upos::Cconj | Upos::Punct)
                            && tokens.get(t.start + 2).is_some_and(|v| v.upos == Upos::Verb)));
                (head.upos == Upos::Verb
                    && !base_after_be
                    && !degree
                    && !premodifier
                    && !armed_adjective)
                    || (head.upos == Upos::Noun
                        && t.len > 1
                        && t.start > 0
                        && tokens[t.start - 1].upos == Upos::Pron)
                    // A tagging slip in a verb position: "would not negotiate/ADJ with",
                    // also after adverbs ("did not even ever clash/NOUN over").
                    || (matches!(head.upos, Upos::Adj | Upos::Noun)
                        && {
                            let mut p = t.start;
                            while p > t.start.saturating_sub(4)
                                && p > 0
                                && tokens[p - 1].upos == Upos::Adv
                                && !matches!(tokens[p - 1].norm.as_str(), "not" | "n't")
                            {
                                p -= 1;
                            }
                            p > 0
                                && (tokens[p - 1].upos == Upos::Aux
                                    || matches!(tokens[p - 1].norm.as_str(), "not" | "n't" | "to"))
                        }
                        && head.norm == head.lemma)
                    // ... and one read as an adverb right after a modal ("will abandon/ADV
                    // improved relations"), not a real adverb ("will also", "will further").
                    || (head.upos == Upos::Adv
                        && head.norm == head.lemma
                        && !head.norm.ends_with("ly")
                        && t.start > 0
                        && matches!(
                            tokens[t.start - 1].norm.as_str(),
                            "will" | "would" | "shall" | "should" | "must" | "can" | "could" | "may" | "might" | "to"
                        )
                        && tokens
                            .get(t.start + 1)
                            .is_some_and(|n| {
                                n.upos != Upos::Aux && !(n.upos == Upos::Verb && n.norm == n.lemma)
                            }))
                    || headline_verb(tokens, t.start)
                    || first_verb_after_names(tokens, in_actor, t.start)
                    || verb_after_fronted_charge(tokens, in_actor, t.start)
            }
        });
        // Most specific first; keep non-overlapping.
        // (an entry for the very form written before the entry of its lemma)
        let written = |id: u32| {
            self.compiled
                .surface
                .get(id as usize)
                .is_some_and(|s| s.is_some())
        };
        cands.sort_by(|a, b| {
            b.len
                .cmp(&a.len)
                .then(a.start.cmp(&b.start))
                .then(written(b.verb).cmp(&written(a.verb)))
                .then(a.verb.cmp(&b.verb))
        });
        let mut taken = vec![false; tokens.len()];
        let mut out: Vec<Trigger> = Vec::new();
        // An event noun that the judging phrase before it ends on ("welcomed Sri Lanka's
        // release of 19 Indian fishermen" read by `welcome release`) is an event of its own
        // as well: it starts on the phrase's last word and reads on past it.
        let judging = |id: u32| {
            self.compiled
                .dict
                .verbs
                .get(id as usize)
                .and_then(|v| v.code.as_deref())
                .is_some_and(|c| ["05", "11", "12"].iter().any(|r| c.starts_with(r)))
        };
        let nominal = |id: u32| {
            self.compiled
                .dict
                .verbs
                .get(id as usize)
                .is_some_and(|v| v.nominal)
        };
        for t in cands {
            let embedded = nominal(t.verb)
                && out.iter().any(|o: &Trigger| {
                    o.end == t.start + 1 && t.end > o.end && o.start < t.start && judging(o.verb)
                })
                && (t.start + 1..t.end).all(|i| !taken[i]);
            if embedded {
                for slot in taken.iter_mut().take(t.end).skip(t.start + 1) {
                    *slot = true;
                }
                out.push(t);
                continue;
            }
            if (t.start..t.end).any(|i| taken[i]) {
                // Several entries for the exact same span compete in `draft`.
                if let Some(o) = out
                    .iter_mut()
                    .find(|o: &&mut Trigger| o.start == t.start && o.end == t.end)
                {
                    if o.verb != t.verb && !o.alts.contains(&t.verb) {
                        o.alts.push(t.verb);
                    }
                }
                continue;
            }
            for slot in taken.iter_mut().take(t.end).skip(t.start) {
                *slot = true;
            }
            out.push(t);
        }
        out.sort_by_key(|t| t.start);
        out
    }
}

/// [`Coder::find_triggers`]' fronted-object passive at token `i`: a past participle after
/// a form of "be" (adverbs, "not" and other auxiliaries between), whose subject ends in one
/// to three common nouns right before the auxiliaries. The participle's lemma, those nouns'
/// lemmas and the compressed stream after the participle are matched as one phrase; only a
/// match that takes in at least one noun counts. The trigger spans the participle and the
/// matched tokens after it.
fn fronted_object_trigger(
    verbs: &crate::matcher::PhraseSet<crate::compile::VerbHit>,
    tokens: &[dyad_text::Token],
    lemmas: &[String],
    compressed: &Stream,
    i: usize,
    tok: &dyad_text::Token,
) -> Option<Vec<Trigger>> {
    if tok.upos != Upos::Verb || tok.norm == tok.lemma || tok.norm.ends_with("ing") {
        return None;
    }
    let mut a = i;
    let mut be = false;
    while a > 0
        && (matches!(tokens[a - 1].upos, Upos::Adv | Upos::Aux) || tokens[a - 1].norm == "not")
    {
        a -= 1;
        be |= tokens[a].lemma == "be";
    }
    if !be || a == 0 || a == i {
        return None;
    }
    let mut n0 = a;
    // (A sentence-initial noun the tagger took for a name: "Aid/PROPN was sent to".)
    while n0 > 0
        && a - n0 < 3
        && (tokens[n0 - 1].upos == Upos::Noun || (n0 == 1 && tokens[0].upos == Upos::Propn))
    {
        n0 -= 1;
    }
    if n0 == a {
        return None;
    }
    let nouns = n0..a;
    // A particle stays with its verb: "air strikes were carried out on" reads "carry out
    // air strike on".
    let particle = tokens
        .get(i + 1)
        .is_some_and(|p| matches!(p.norm.as_str(), "out" | "up" | "off" | "down"));
    let verb_end = if particle { i + 2 } else { i + 1 };
    let stream = Stream::new(
        (i..verb_end)
            .map(|k| (lemmas[k].as_str(), k))
            .chain(nouns.clone().map(|k| (lemmas[k].as_str(), k)))
            .chain(
                compressed
                    .origin
                    .iter()
                    .copied()
                    .filter(|&o| o >= verb_end)
                    .take(8)
                    .map(|o| (lemmas[o].as_str(), o)),
            ),
    );
    let m = verbs.longest_at(&stream, 0)?;
    if m.end <= verb_end - i {
        return None;
    }
    let last = stream.origin[m.end - 1];
    let end = if last > i { last + 1 } else { i + 1 };
    Some(
        m.payloads
            .iter()
            .map(|h| Trigger {
                start: i,
                end,
                verb: h.verb,
                alts: Vec::new(),
                len: m.end - m.start,
                fronted: true,
            })
            .collect(),
    )
}

/// Which tokens belong to a time adverbial: a weekday, "yesterday", "today", "tonight",
/// "overnight" or "tomorrow" (with an "on" before a weekday), and a duration such as "after
/// nearly five years", "for two days", "within a week".
pub(crate) fn time_adverbials(tokens: &[dyad_text::Token]) -> Vec<bool> {
    // (`norm` is lowercase already)
    let w = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    let mut out = vec![false; tokens.len()];
    for i in 0..tokens.len() {
        let wi = w(i);
        if crate::time::is_weekday(wi) {
            out[i] = true;
            if i > 0 && w(i - 1) == "on" {
                out[i - 1] = true;
            }
            // ("warned on Friday night that")
            if matches!(w(i + 1), "night" | "morning" | "evening" | "afternoon") {
                out[i + 1] = true;
            }
        } else if matches!(
            wi,
            "yesterday" | "today" | "tonight" | "overnight" | "tomorrow"
        ) {
            out[i] = true;
        } else if matches!(wi, "day" | "night" | "morning" | "evening")
            && i > 0
            && w(i - 1) == "that"
            && i > 1
            && matches!(w(i - 2), "later" | "earlier")
        {
            // "drawing condemnation later that day from"
            out[i] = true;
            out[i - 1] = true;
            out[i - 2] = true;
        } else if matches!(wi, "day" | "night" | "morning" | "evening")
            && i > 0
            && matches!(w(i - 1), "same" | "next" | "following" | "previous")
        {
            // "drew sharp criticism the same day from": "the same day", "the next morning"
            out[i] = true;
            out[i - 1] = true;
            if i > 1 && w(i - 2) == "the" {
                out[i - 2] = true;
            }
        } else if matches!(wi, "after" | "for" | "within") {
            // preposition, hedge words, a number (or "a"), a unit of time
            let mut j = i + 1;
            while matches!(
                w(j),
                "nearly" | "almost" | "about" | "some" | "more" | "than" | "over" | "just"
            ) {
                j += 1;
            }
            let number = tokens
                .get(j)
                .is_some_and(|t| t.upos == Upos::Num || matches!(w(j), "a" | "an"));
            let unit = matches!(
                w(j + 1),
                "year"
                    | "years"
                    | "month"
                    | "months"
                    | "week"
                    | "weeks"
                    | "day"
                    | "days"
                    | "hour"
                    | "hours"
                    | "decade"
                    | "decades"
            );
            if number && unit {
                for x in out.iter_mut().take(j + 2).skip(i) {
                    *x = true;
                }
            }
        }
    }
    out
}

/// The tokens of a name joined by a hyphen to a participle, split by the tokenizer and
/// followed by the noun they modify ("a U.S.-brokered ceasefire", "the Iran-backed
/// group"): `U.S.`, `-` and `brokered`, dropped from the compressed stream so that the verb
/// meets the noun.
fn hyphened_participles(tokens: &[dyad_text::Token]) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    for h in 1..tokens.len().saturating_sub(2) {
        let (name, hy, part) = (&tokens[h - 1], &tokens[h], &tokens[h + 1]);
        let joined = hy.norm == "-" && name.end == hy.start && hy.end == part.start;
        if joined
            && name.upos == Upos::Propn
            && part.norm.ends_with("ed")
            && tokens
                .get(h + 2)
                .is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Adj))
        {
            out[h - 1] = true;
            out[h] = true;
            out[h + 1] = true;
        }
    }
    out
}

/// Adjectives of degree or tone before an event noun, dropped from the compressed stream
/// whatever their tag.
const EVALUATIVE: &[&str] = &[
    "sharp",
    "strong",
    "harsh",
    "fierce",
    "stern",
    "severe",
    "heavy",
    "fresh",
    "renewed",
    "further",
    "widespread",
    "growing",
    "mounting",
    "intense",
    "stiff",
    "scathing",
    "rare",
    "unprecedented",
    "formal",
];

/// Whether token `i` belongs to a rate or amount phrase after a noun that the compressed
/// stream drops ("tariffs of up to 25 percent on", "a loan of 500 million dollars to"): its
/// "of", an "up to"'s "to", or the unit after the number. Numbers, "up" and "about" go
/// anyway.
fn quantity_of(tokens: &[dyad_text::Token], i: usize) -> bool {
    let w = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let num = |j: usize| tokens.get(j).is_some_and(|t| t.upos == Upos::Num);
    match w(i) {
        "of" => {
            tokens
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.upos == Upos::Noun)
                && (num(i + 1)
                    || (matches!(w(i + 1), "up" | "about" | "around" | "nearly") && {
                        let k = if w(i + 2) == "to" { i + 3 } else { i + 2 };
                        num(k)
                    }))
        }
        // "tariffs totalling 80.5% on", "aid worth $2 billion to", "loans amounting to
        // $3 billion to": a measure after the noun.
        "totalling" | "totaling" | "worth" | "amounting" | "valued" | "averaging" => {
            let mut k = i + 1;
            while matches!(
                w(k),
                "to" | "at" | "up" | "about" | "around" | "nearly" | "some" | "$" | "us$"
            ) {
                k += 1;
            }
            k < i + 5
                && num(k)
                && tokens
                    .get(i.wrapping_sub(1))
                    .is_some_and(|p| p.upos == Upos::Noun)
        }
        "to" | "at"
            if matches!(w(i.wrapping_sub(1)), "amounting" | "valued")
                && quantity_of(tokens, i - 1) =>
        {
            true
        }
        "to" => w(i.wrapping_sub(1)) == "up" && num(i + 1),
        "percent" | "pct" | "%" | "per" => i > 0 && num(i - 1),
        // (a currency only inside such an "of" phrase: "receive dlrs from" is a pattern)
        "dollars" | "dlrs" | "euros" | "yen" | "pounds" | "yuan" | "rupees" => {
            let mut j = i;
            while j > 0
                && (num(j - 1)
                    || matches!(w(j - 1), "million" | "billion" | "trillion" | "mln" | "bln"))
            {
                j -= 1;
            }
            j < i && j > 0 && w(j - 1) == "of" && quantity_of(tokens, j - 1)
        }
        "cent" => w(i.wrapping_sub(1)) == "per",
        _ => false,
    }
}

/// "a barrage of missiles", "a wave of attacks": a quantity noun and its "of", dropped from
/// the compressed stream so that the verb meets the noun after them.
fn barrage_of(tokens: &[dyad_text::Token], i: usize) -> bool {
    let w = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    // (also "a fourth round of talks", "one of its largest air attacks")
    let quantity = |j: usize| {
        matches!(
            w(j),
            "barrage"
                | "salvo"
                | "volley"
                | "volleys"
                | "salvos"
                | "waves"
                | "wave"
                | "swarm"
                | "hail"
                | "spate"
                | "series"
                | "round"
                | "rounds"
                // (amounts of goods sent: "delivered a million doses of vaccine to",
                // "sent 31 tonnes of equipment to")
                | "doses"
                | "tonnes"
                | "tons"
                | "shipment"
                | "shipments"
                | "consignment"
                | "consignments"
                | "batch"
                | "truckloads"
        ) || (w(j) == "one" && matches!(w(j + 2), "the" | "its" | "their" | "his" | "her"))
            // ("began two days of talks": a span of time counted before its noun)
            || (matches!(w(j), "days" | "hours" | "weeks" | "months")
                && j > 0
                && tokens[j - 1].upos == Upos::Num)
    };
    (quantity(i) && w(i + 1) == "of") || (w(i) == "of" && i > 0 && quantity(i - 1))
}

/// "the largest air attacks of the war on Ukraine", "the deadliest strike of the year
/// against": "of", an article and a noun for a span of time, after a plural or singular
/// noun, are dropped from the compressed stream so that the noun meets its preposition.
fn of_the_war(tokens: &[dyad_text::Token], i: usize) -> bool {
    let w = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    let span = |j: usize| {
        matches!(
            w(j),
            "war" | "conflict" | "year" | "decade" | "month" | "week" | "century" | "invasion"
        )
    };
    let starts_at = |o: usize| {
        w(o) == "of"
            && o > 0
            && tokens[o - 1].upos == Upos::Noun
            && matches!(w(o + 1), "the" | "this")
            && span(o + 2)
            && tokens.get(o + 3).is_some_and(|n| n.upos == Upos::Adp)
    };
    starts_at(i) || (i >= 1 && starts_at(i - 1)) || (i >= 2 && starts_at(i - 2))
}

/// "a tariff on all goods imported from the United States", "duties on steel products
/// coming from China": the goods noun, its participle and "from" after "on", dropped from
/// the compressed stream so that "tariff on" meets the country of origin.
fn goods_from(tokens: &[dyad_text::Token], i: usize) -> bool {
    let w = |j: usize| tokens.get(j).map_or("", |t| t.norm.as_str());
    const GOODS: &[&str] = &[
        "goods",
        "products",
        "imports",
        "items",
        "exports",
        "steel",
        "cars",
        "vehicles",
        "produce",
        "commodities",
        "shipments",
    ];
    const FROM: &[&str] = &[
        "imported",
        "made",
        "produced",
        "coming",
        "originating",
        "shipped",
    ];
    // `g` is the goods noun: "on" (past determiners and adjectives) before it, a
    // participle and "from" after it.
    // (cheapest test first, a tag before any word: this runs for every token)
    let at = |g: usize| {
        tokens
            .get(g + 2)
            .is_some_and(|t| t.upos == Upos::Adp && t.norm == "from")
            && FROM.contains(&w(g + 1))
            && GOODS.contains(&w(g))
            && (0..g)
                .rev()
                .take(4)
                .find(|&j| {
                    !matches!(tokens[j].upos, Upos::Det | Upos::Adj | Upos::Num)
                        && !matches!(w(j), "all" | "most" | "some")
                })
                .is_some_and(|j| w(j) == "on")
    };
    at(i) || (i >= 1 && at(i - 1)) || (i >= 2 && at(i - 2))
}

/// "launched air strikes with F-16 fighter jets on Cambodian military targets", "attacked
/// the town with drones and artillery on Sunday": "with" and the instrument (up to five
/// nouns, names, numbers and adjectives) after a noun of force and before the preposition
/// of its target, dropped from the compressed stream so that the force meets its target.
fn instrument_with(tokens: &[dyad_text::Token], i: usize) -> bool {
    let force = |t: &dyad_text::Token| {
        matches!(
            t.lemma.as_str(),
            "strike" | "airstrike" | "attack" | "raid" | "bombardment" | "assault" | "fire"
        )
    };
    // The "with" that opens the phrase: `i` itself or up to five tokens before it.
    (0..=5).any(|back| {
        let Some(w) = i.checked_sub(back) else {
            return false;
        };
        if tokens[w].norm != "with" || w == 0 || !force(&tokens[w - 1]) {
            return false;
        }
        // The phrase ends at the target's preposition.
        let Some(p) = (w + 1..(w + 7).min(tokens.len()))
            .find(|&j| matches!(tokens[j].norm.as_str(), "on" | "against" | "at" | "into"))
        else {
            return false;
        };
        i < p
            && p > w + 1
            && (w + 1..p).all(|j| {
                matches!(
                    tokens[j].upos,
                    Upos::Noun | Upos::Propn | Upos::Num | Upos::Adj | Upos::Cconj
                ) || tokens[j].norm.contains('-')
            })
    })
}

/// "missiles and drones at", "sanctions and tariffs on", "rescue teams and relief supplies
/// into": the conjunction and second noun (up to three words) of two coordinated nouns right
/// before a preposition, dropped from the compressed stream so
/// that the first noun meets the preposition ("launch missiles at").
fn coordinated_noun(tokens: &[dyad_text::Token], i: usize) -> bool {
    let tag = |j: usize| tokens.get(j).map(|t| t.upos);
    // (the tag first, then the word: this runs for every token)
    let conj = |j: usize| {
        tokens
            .get(j)
            .is_some_and(|t| t.upos == Upos::Cconj && matches!(t.norm.as_str(), "and" | "or"))
    };
    // The length of the second conjunct when `c` is such a conjunction: one to three
    // nouns and adjectives ending in a noun ("rescue teams and relief supplies into").
    let second = |c: usize| -> Option<usize> {
        if c == 0 || !conj(c) || tag(c - 1) != Some(Upos::Noun) {
            return None;
        }
        // (a longer one only after a plural or a compound: "water cannon and tear gas at",
        // but "search and rescue team to" is one noun)
        let plural =
            tokens[c - 1].norm.ends_with('s') || (c >= 2 && tag(c - 2) == Some(Upos::Noun));
        (1..=3).find(|&k| {
            (k == 1 || plural)
                && (c + 1..c + k).all(|j| matches!(tag(j), Some(Upos::Noun | Upos::Adj)))
                // (a plural the tagger took for a verb: "relief supplies/VERB into")
                && (tag(c + k) == Some(Upos::Noun)
                    || (k >= 2
                        && tag(c + k) == Some(Upos::Verb)
                        && tag(c + k - 1) == Some(Upos::Noun)
                        && tokens[c + k].norm.ends_with('s')))
                && tag(c + k + 1) == Some(Upos::Adp)
        })
    };
    if (0..=3).any(|back| i >= back && second(i - back).is_some_and(|k| back <= k)) {
        return true;
    }
    // A middle item of a longer list, with its comma: "used water cannon, tear gas and
    // stun grenades against" (each item one to three nouns and adjectives, ending in a noun).
    let item_end = |c: usize| -> Option<usize> {
        (1..=3).map(|k| c + k).find(|&e| {
            (c + 1..e).all(|j| matches!(tag(j), Some(Upos::Noun | Upos::Adj)))
                && tag(e) == Some(Upos::Noun)
                && tokens
                    .get(e + 1)
                    .is_some_and(|t| t.norm == "," || conj(e + 1))
        })
    };
    (0..=3).any(|back| {
        let Some(c) = i.checked_sub(back) else {
            return false;
        };
        if tokens[c].norm != "," || c == 0 || tag(c - 1) != Some(Upos::Noun) {
            return false;
        }
        // (the list goes on to a final conjunct that meets the preposition)
        let mut at = c;
        for _ in 0..4 {
            let Some(e) = item_end(at) else {
                return false;
            };
            if at == c && e < i {
                return false;
            }
            if conj(e + 1) {
                return second(e + 1).is_some();
            }
            at = e + 1;
        }
        false
    })
}

/// A possessive marker or determiner ("Pelosi's", "its", "their"), after which a word is a
/// noun whatever its tag.
fn possessive(t: &dyad_text::Token) -> bool {
    matches!(
        t.norm.as_str(),
        "'s" | "'" | "its" | "his" | "her" | "their" | "our"
    )
}

/// A headline's verb the tagger read as a noun ("US warns/NOUN Iran over nuclear program",
/// "Putin meets/NOUN Kim in Pyongyang", "Russia, Ukraine swap/NOUN prisoners"): in a
/// sentence with no verb at all, a noun right after a name and before a name, determiner or
/// noun is the verb.
/// A verb the tagger read as a noun right after a sentence-initial name or names:
/// "Eriador agrees/NOUN with France that ...", "The Philippines and the Central African
/// Republic agree/NOUN that ...". The clause has no other verb before a "that", a semicolon
/// or the end (not "Chinese exports/NOUN to the US rose"), leaving out a reporting verb.
fn first_verb_after_names(tokens: &[dyad_text::Token], in_actor: &[bool], i: usize) -> bool {
    let Some(head) = tokens.get(i).filter(|h| h.upos == Upos::Noun) else {
        return false;
    };
    if i == 0 || i > 8 {
        return false;
    }
    let before = &tokens[..i];
    let actor = |k: usize| in_actor.get(k) == Some(&true);
    // (the last name may close a bracketed acronym: "the European Union (EU) agree")
    let mut last = i - 1;
    while last > 0 && tokens[last].norm == ")" {
        last -= 1;
    }
    let names_only = (0..i)
        .all(|k| actor(k) || matches!(tokens[k].upos, Upos::Det | Upos::Cconj | Upos::Punct))
        && actor(last);
    let compound = before.iter().any(|t| t.norm == "and");
    let verb_form = (head.norm.ends_with('s') && head.lemma != head.norm && !compound)
        || (compound && head.norm == head.lemma);
    let next_ok = tokens.get(i + 1).is_some_and(|n| {
        // (not "Nissan exports to", "U.S. attacks on": nouns before most prepositions)
        matches!(n.upos, Upos::Det | Upos::Propn | Upos::Sconj)
            || matches!(n.norm.as_str(), "that" | "with")
    });
    let no_other_verb = tokens[i + 1..]
        .iter()
        .take_while(|t| !matches!(t.norm.as_str(), "that" | ";" | "whether"))
        .all(|t| {
            !matches!(t.upos, Upos::Verb | Upos::Aux)
                || matches!(t.lemma.as_str(), "say" | "report" | "add" | "tell")
        });
    names_only && verb_form && next_ok && no_other_verb
}

/// "..., a charge Rwanda denies.": a verb read as a plural noun after the names that follow
/// a fronted charge or accusation (an object relative clause), at the clause's end.
fn verb_after_fronted_charge(tokens: &[dyad_text::Token], in_actor: &[bool], i: usize) -> bool {
    let Some(head) = tokens.get(i).filter(|h| h.upos == Upos::Noun) else {
        return false;
    };
    if !(head.norm.ends_with('s') && head.lemma != head.norm) {
        return false;
    }
    let mut k = i;
    while k > 0 && in_actor.get(k - 1) == Some(&true) {
        k -= 1;
    }
    let fronted = k < i
        && k > 0
        && matches!(
            tokens[k - 1].lemma.as_str(),
            "charge" | "accusation" | "allegation" | "claim"
        );
    let clause_end = tokens
        .get(i + 1)
        .is_none_or(|n| n.upos == Upos::Punct || n.norm.ends_with("ly"));
    fronted && clause_end
}

fn headline_verb(tokens: &[dyad_text::Token], i: usize) -> bool {
    let Some(head) = tokens.get(i).filter(|h| h.upos == Upos::Noun) else {
        return false;
    };
    // (the word before: a name, a plural noun or adjective ("Rebels attack"), or the
    // headline's first word: "US warns")
    let named_before = i > 0
        && (tokens[i - 1].upos == Upos::Propn
            || (matches!(tokens[i - 1].upos, Upos::Adj | Upos::Noun)
                && tokens[i - 1].norm != tokens[i - 1].lemma.to_lowercase()
                && tokens[i - 1].norm.ends_with('s'))
            || (tokens[i - 1].norm.len() >= 2
                && tokens[i - 1].norm.chars().all(|c| c.is_ascii_alphabetic())
                && i == 1));
    // (a third-person form, "warns", "slams", or a base form after a compound subject:
    // "Russia, Ukraine swap"; not "Canadian gas plays")
    let verb_form = (head.norm.ends_with('s') && head.lemma != head.norm)
        || (i >= 2 && matches!(tokens[i - 2].norm.as_str(), "," | "and"));
    named_before
        && verb_form
        && tokens
            .get(i + 1)
            .is_some_and(|n| matches!(n.upos, Upos::Propn | Upos::Det | Upos::Noun | Upos::Adj))
        && !tokens
            .iter()
            .any(|t| matches!(t.upos, Upos::Verb | Upos::Aux))
}

/// A four-digit year from 1900 to 2099 ("in 2020").
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}
