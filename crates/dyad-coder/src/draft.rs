//! Drafts: for one trigger, the source and target actors, the code, the modality.

use crate::actors::{ActorNp, Resolved};
use crate::events::{self, choose_pattern, Ctx, Draft, Trigger};
use crate::Coder;
use dyad_core::Modality;
use dyad_dict::model::PatternItem;
use dyad_text::Upos;

/// Whether the CAMEO root (first two digits) of `code` is one of `roots`.
pub(crate) fn root_in(code: &Option<String>, roots: &[&str]) -> bool {
    code.as_deref()
        .and_then(|c| c.get(..2))
        .is_some_and(|r| roots.contains(&r))
}

/// Nouns an agreement is named by later ("the deal, brokered by ..."): the document
/// remembers each agreement's parties under `@party:` and the noun.
pub(crate) const AGREEMENT_NOUNS: &[&str] = &["agreement", "deal", "accord", "pact", "ceasefire"];

/// The word an agreement is remembered by (a truce is a ceasefire).
pub(crate) fn agreement_label(lemma: &str) -> &str {
    match lemma {
        "truce" => "ceasefire",
        l => l,
    }
}

/// The parties of the latest agreement, ceasefire, talks or meeting remembered under
/// `label` (`@party:` entries, most recent first, up to a party seen again, an older one, or
/// four), leaving out `except` (its brokers): for "the deal, brokered by X", "the agreement
/// was signed after talks mediated by X", "X, which mediated the talks".
pub(crate) fn remembered_parties(ctx: &Ctx, label: &str, except: &[Resolved]) -> Vec<Resolved> {
    let key = format!("@party:{label}");
    let mut parties: Vec<Resolved> = Vec::new();
    for (_, r) in ctx.earlier.iter().rev().filter(|(l, _)| *l == key) {
        if parties.iter().any(|p| p.code == r.code) || parties.len() == 4 {
            break;
        }
        if !except.iter().any(|s| s.code == r.code) {
            parties.push(r.clone());
        }
    }
    parties
}

/// The parties [`remembered_parties`] finds under `label`, as targets, when there are at least
/// two: whom a broker or host of that agreement, those talks or that meeting acted on.
fn parties_as_targets(
    ctx: &Ctx,
    label: &str,
    brokers: &[Resolved],
) -> Option<Vec<(Resolved, Option<Modality>)>> {
    let parties = remembered_parties(ctx, label, brokers);
    (parties.len() >= 2).then(|| parties.into_iter().map(|r| (r, None)).collect())
}

/// The distinct countries of `rs`, sorted.
pub(crate) fn distinct_countries<'a>(rs: impl Iterator<Item = &'a Resolved>) -> Vec<String> {
    let mut cs: Vec<String> = rs.filter_map(|r| r.country()).collect();
    cs.sort_unstable();
    cs.dedup();
    cs
}

/// "the strikes", "the attack", "this decision" right after a verb: the source of the
/// latest earlier event whose trigger has that lemma.
/// Nouns that name any act told earlier ("imposed sanctions" ... "criticised the move"),
/// registered for every event; only a verb that judges an act takes them as its object.
/// ("the offer" and "the proposal" name only an intention or offer, 03x: "Ruto said he
/// would invite young people to talks ... Protest organisers rejected the offer", not the
/// protest told in between.)
pub(crate) const GENERIC_ACTS: &[&str] = &["move", "decision", "step", "measure"];

/// Nouns that name an earlier event only for a verb that judges it ("welcomed the accord",
/// "condemned the remarks"; not "considers the accord inoperative", "signed the accord").
const JUDGED_ONLY: &[&str] = &[
    "agreement",
    "deal",
    "accord",
    "pact",
    "statement",
    "remark",
    "comment",
    "claim",
    "charge",
    "crime",
    "act",
    "atrocity",
    "provocation",
];

/// For a verb trigger with its subject phrase right before it, that phrase right after
/// another actor phrase (or after "that"/"whom" after one), and no object after the verb:
/// the phrase the clause relates to ("U.N. staff [they have detained] since June").
fn object_relative_antecedent(ctx: &Ctx, t: &Trigger) -> Option<usize> {
    if ctx.tokens.get(t.start)?.upos != Upos::Verb || ctx.w(t.start).ends_with("ing") {
        return None;
    }
    // No object: a preposition, time word, punctuation or the end follows.
    let next = ctx.tokens.get(t.end);
    let no_object = next.is_none_or(|n| {
        matches!(n.upos, Upos::Adp | Upos::Punct | Upos::Sconj | Upos::Cconj)
            || crate::time::is_day_or_month(&n.norm)
            || matches!(n.norm.as_str(), "last" | "earlier" | "yesterday" | "today")
    });
    if !no_object || t.end > t.start + 1 {
        return None;
    }
    let mut j = t.start;
    while j > 0 && matches!(ctx.tokens[j - 1].upos, Upos::Aux | Upos::Adv) {
        j -= 1;
    }
    // (a pronoun subject may be no actor phrase of its own here)
    let subject_start = match ctx.nps.iter().find(|np| np.end == j && !np.possessive) {
        Some(np) => np.start,
        None if j > 0 && ctx.tokens[j - 1].upos == Upos::Pron && ctx.w(j - 1) != "it" => j - 1,
        None => return None,
    };
    let mut p = subject_start;
    while p > 0
        && ctx.tokens[p - 1].upos == Upos::Det
        && !matches!(ctx.w(p - 1), "which" | "whose" | "what")
    {
        p -= 1;
    }
    if p > 0 && matches!(ctx.w(p - 1), "that" | "whom") {
        p -= 1;
    } else if p > 0 && matches!(ctx.w(p - 1), "which" | "who" | "whose") {
        return None;
    }
    // (its head noun may follow the actor: "U.N. staff")
    let k = ctx.nps.iter().position(|np| {
        !np.possessive
            && !np.pronoun
            && (np.end == p || (np.end + 1 == p && p > 0 && ctx.tokens[p - 1].upos == Upos::Noun))
    })?;
    // (the antecedent is an object or in a prepositional phrase, not a clause's subject)
    let before = ctx.before_np(&ctx.nps[k])?;
    // (not the addressee of a reporting verb, whose clause follows: "told Reuters the G-7
    // will meet today")
    if events::REPORTING.contains(&ctx.lemmas[before].as_str()) {
        return None;
    }
    (matches!(ctx.tokens[before].upos, Upos::Adp | Upos::Verb | Upos::Num)
        || matches!(ctx.w(before), "of" | "the"))
    .then_some(k)
}

/// "China said it was imposing sanctions on Pelosi and her family and was suspending talks
/// with Washington", "criticised Rutte and his deputies and was expelling a Polish
/// diplomat": a verb after "and" and an auxiliary heads a verb phrase coordinated with the
/// one before, and has its subject (not the object phrase right before the "and").
fn coordinated_after_aux(ctx: &Ctx, t: &Trigger) -> Option<Vec<usize>> {
    let mut j = t.start;
    while j > 0
        && (ctx.tokens[j - 1].upos == Upos::Aux
            || (ctx.tokens[j - 1].upos == Upos::Adv && j < t.start)
            || matches!(ctx.w(j - 1), "not" | "n't"))
    {
        j -= 1;
    }
    // (at least one auxiliary, then "and")
    if j == t.start || j < 2 || ctx.w(j - 1) != "and" || ctx.tokens[j].upos != Upos::Aux {
        return None;
    }
    let and = j - 1;
    let v = (and.saturating_sub(15)..and)
        .rev()
        .find(|&i| ctx.tokens[i].upos == Upos::Verb)?;
    // (no clause break between: the first verb's clause runs up to the "and")
    if (v + 1..and).any(|i| ctx.is_break(i) || ctx.w(i) == ";") {
        return None;
    }
    ctx.subject_before(v).map(|(ks, _)| ks)
}

/// The earlier event a definite noun at `from` names, with its author and the noun's index.
fn earlier_event(ctx: &Ctx, from: usize) -> Option<(Resolved, usize)> {
    earlier_event_judged(ctx, from, &[])
}

/// A state body or force (a bare country, or a government, military, police, intelligence,
/// judicial or legislative code).
pub(crate) fn state_agent(r: &Resolved) -> bool {
    let c = dyad_core::ActorCode::parse(&r.code);
    c.country.is_some()
        && c.sector
            .as_deref()
            .is_none_or(|s| matches!(s, "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG"))
}

/// Verbs that name what their object is ("called the raid an authoritarian act").
const NAMING: &[&str] = &["call", "describe", "term", "brand", "label", "dub"];

/// [`earlier_event`] for a judgement by `judges`: "Prime Minister Shehbaz Sharif condemned
/// the attack", after the BLA's attack and the army's answer to it, judges the attack by
/// someone other than his own state (the latest such event; his own state's only when
/// there is no other).
fn earlier_event_judged(ctx: &Ctx, from: usize, judges: &[Resolved]) -> Option<(Resolved, usize)> {
    // "condemned what it called a reckless provocation": the act named after the speaker's
    // word for it, where an indefinite noun is the act itself, as a definite one elsewhere.
    if ctx.w(from) == "what" {
        let called = (from + 1..(from + 5).min(ctx.tokens.len()))
            .find(|&k| NAMING.contains(&ctx.lemmas[k].as_str()))?;
        let i = if ctx.w(called + 1) == "as" {
            called + 2
        } else {
            called + 1
        };
        return earlier_event_named_at(ctx, i, judges, true);
    }
    earlier_event_named_at(ctx, from, judges, false)
}

/// [`earlier_event_judged`] for the noun phrase at `from`: a definite one, or an
/// indefinite one when `indefinite` (the speaker's word for the act).
fn earlier_event_named_at(
    ctx: &Ctx,
    from: usize,
    judges: &[Resolved],
    indefinite: bool,
) -> Option<(Resolved, usize)> {
    let mut i = from;
    if !(matches!(ctx.w(i), "the" | "this" | "these" | "that" | "those")
        || (indefinite && matches!(ctx.w(i), "a" | "an")))
    {
        return None;
    }
    i += 1;
    // (past adjectives and quotation marks: the "horrific crime")
    while i < ctx.tokens.len()
        && (ctx.tokens[i].upos == Upos::Adj || matches!(ctx.w(i), "\"" | "'" | "`"))
    {
        i += 1;
    }
    let t = ctx.tokens.get(i)?;
    if t.upos != Upos::Noun {
        return None;
    }
    let lemma = ctx.lemmas[i].as_str();
    // (An act told by its verb is named by its noun later: "seized two Greek tankers" ...
    // "condemned the seizures".)
    let verb = match lemma {
        "exercise" | "manoeuvre" | "maneuver" => "drill",
        "seizure" => "seize",
        "detention" => "detain",
        "expulsion" => "expel",
        "deportation" => "deport",
        "invasion" => "invade",
        "execution" => "execute",
        "abduction" => "abduct",
        "kidnapping" => "kidnap",
        "killing" => "kill",
        "shelling" => "shell",
        "bombing" => "bomb",
        "annexation" => "annex",
        "occupation" => "occupy",
        "incursion" => "invade",
        "interception" => "intercept",
        "crackdown" => "crack",
        "massacre" | "slaughter" => "kill",
        "bombardment" => "bomb",
        "assault" => "storm",
        "blast" | "explosion" => "bomb",
        "closure" => "close",
        "donation" => "donate",
        "suspension" => "suspend",
        "withdrawal" => "withdraw",
        "imposition" => "impose",
        "dismissal" => "dismiss",
        "indictment" => "indict",
        "conviction" | "verdict" => "convict",
        "sentencing" => "sentence",
        "dissolution" => "dissolve",
        "cancellation" => "cancel",
        "termination" => "terminate",
        "revocation" => "revoke",
        "confiscation" => "confiscate",
        "demolition" => "demolish",
        "destruction" => "destroy",
        "persecution" => "persecute",
        "imprisonment" => "imprison",
        "extradition" => "extradite",
        "recognition" => "recognize",
        "intervention" => "intervene",
        "provocation" => "provoke",
        "interference" => "interfere",
        _ => lemma,
    };
    // (an attack named by another word for it: "condemned the massacre" after "killed 53",
    // "the assault" after "stormed")
    let named = |l: &String| l == lemma || l == verb;
    let own = |r: &Resolved| {
        state_agent(r)
            && judges
                .iter()
                .any(|j| state_agent(j) && j.country() == r.country())
    };
    // ("Mali cut ties with Ukraine" ... "Ukraine called the decision hasty": a judge of an
    // act named only generically, "the decision", "the move", judges the latest act against
    // itself when there is one.)
    if GENERIC_ACTS.contains(&lemma) {
        let against_judge = ctx.earlier.iter().rev().find(|(l, _)| {
            let on = l
                .strip_prefix("@hostile-on:")
                .or_else(|| l.strip_prefix("@force-on:"));
            on.is_some_and(|c| {
                judges
                    .iter()
                    .any(|j| state_agent(j) && j.country().as_deref() == Some(c))
            })
        });
        if let Some((_, src)) = against_judge {
            return Some((src.clone(), i));
        }
    }
    let (_, src) = ctx
        .earlier
        .iter()
        .rev()
        .find(|(l, r)| named(l) && !own(r))
        .or_else(|| ctx.earlier.iter().rev().find(|(l, _)| named(l)))?;
    Some((src.clone(), i))
}

/// "accused Putin of the deportation of ...", "thanked Britain for its decision to ...":
/// the object of a verb of judgement is the one who did what follows "of"/"for".
fn accused_of(ctx: &Ctx, trigger: usize) -> Option<usize> {
    let mut i = trigger;
    // (past an adverb: "accused Tajikistan of deliberately shelling")
    while i > 0
        && matches!(
            ctx.tokens[i - 1].upos,
            Upos::Det | Upos::Adj | Upos::Pron | Upos::Adv
        )
    {
        i -= 1;
    }
    // (past a light verb before an event noun: "accused the military of carrying out
    // indiscriminate strikes on civilians", "of launching attacks")
    if i >= 2 && ctx.w(i - 1) == "out" && ctx.w(i - 2).ends_with("ing") {
        i -= 2;
    } else if i >= 1
        && ctx.w(i - 1).ends_with("ing")
        && matches!(
            ctx.lemmas[i - 1].as_str(),
            "conduct" | "launch" | "stage" | "commit" | "mount" | "carry"
        )
    {
        i -= 1;
    }
    while i > 0 && ctx.tokens[i - 1].upos == Upos::Adv {
        i -= 1;
    }
    let prep = i.checked_sub(1)?;
    if !matches!(ctx.w(prep), "of" | "for" | "over") {
        return None;
    }
    let k = ctx.nps.iter().rposition(|np| np.end == prep)?;
    let mut verb = ctx.nps[k].start.checked_sub(1)?;
    // (past a determiner: "accused the Ethiopian military of carrying out strikes")
    while verb > 0 && ctx.tokens[verb].upos == Upos::Det {
        verb -= 1;
    }
    // "vowed revenge against Israel for the killing of Haniyeh": revenge is taken on the
    // one who did it.
    if matches!(ctx.w(verb), "against" | "on")
        && verb > 0
        && matches!(
            ctx.lemmas[verb - 1].as_str(),
            "revenge" | "retaliation" | "vengeance" | "retaliate" | "avenge"
        )
    {
        return Some(k);
    }
    matches!(
        ctx.lemmas[verb].as_str(),
        "accuse"
            | "blame"
            | "charge"
            | "condemn"
            | "criticize"
            | "criticise"
            | "denounce"
            | "thank"
            | "praise"
            | "congratulate"
            | "commend"
            | "punish"
            | "sanction"
            | "fine"
            | "convict"
            | "indict"
            | "sue"
    )
    .then_some(k)
}

/// ", killing 15 civilians" after a reason gerund in the same sentence ("accused the RSF
/// of shelling a market in Omdurman, killing ..."): the actor [`punished_for`] gives that
/// gerund, when no other comma or verb comes between.
fn after_reason_gerund(ctx: &Ctx, trigger: usize) -> Option<usize> {
    let tok = ctx.tokens.get(trigger)?;
    // (", killing 15 civilians"; "of interfering in its affairs by approving arms sales")
    if tok.upos != Upos::Verb
        || !tok.norm.ends_with("ing")
        || !matches!(ctx.w(trigger.checked_sub(1)?), "," | "by")
    {
        return None;
    }
    let mut g = trigger.checked_sub(2)?;
    loop {
        let x = &ctx.tokens[g];
        if x.norm.ends_with("ing") && x.upos == Upos::Verb {
            return punished_for(ctx, g).flatten();
        }
        if x.norm == "," || x.upos == Upos::Verb || x.upos == Upos::Aux || trigger - g > 12 {
            return None;
        }
        g = g.checked_sub(1)?;
    }
}

/// "jailed an Islamist militant for six months for financing al Qaeda", "arrested two men
/// over smuggling arms": a gerund after `for`/`over` that gives the reason for a
/// punishment is done by the one punished, the object of the punishing verb (the nearest
/// actor before the preposition, within eight words, right after that verb).
fn punished_for(ctx: &Ctx, trigger: usize) -> Option<Option<usize>> {
    // "accused Russia of failing to protect ...": the gerund before the infinitive.
    let gerund = if trigger >= 2
        && ctx.w(trigger - 1) == "to"
        && ctx.tokens[trigger - 2].norm.ends_with("ing")
    {
        trigger - 2
    } else {
        trigger
    };
    if !ctx.tokens[gerund].norm.ends_with("ing") {
        return None;
    }
    let prep = gerund.checked_sub(1)?;
    let of = ctx.w(prep) == "of";
    if !(matches!(ctx.w(prep), "for" | "over") || of) {
        return None;
    }
    // "arrested two men for attacking a mosque": the object is no actor, so no one here
    // did it (not the police before the verb).
    let mut v = prep;
    while v > 0
        && matches!(
            ctx.tokens[v - 1].upos,
            Upos::Det | Upos::Adj | Upos::Num | Upos::Noun
        )
        && ctx.np_index_at(v - 1).is_none()
    {
        v -= 1;
    }
    if v < prep
        && v > 0
        && ctx.tokens[prep - 1].upos == Upos::Noun
        && ctx.tokens[v - 1].upos == Upos::Verb
        && punishing(&ctx.lemmas[v - 1], of)
    {
        return Some(None);
    }
    let k = ctx
        .nps
        .iter()
        .rposition(|np| np.end <= prep && prep - np.end <= 8)?;
    let mut verb = ctx.nps[k].start.checked_sub(1)?;
    while verb > 0 && matches!(ctx.tokens[verb].upos, Upos::Det | Upos::Adj | Upos::Num) {
        verb -= 1;
    }
    punishing(&ctx.lemmas[verb], of).then_some(Some(k))
}

/// Verbs of legal action against a person for an act, which is its reason ("jailed X
/// for", "charged X with", "suspected of").
const LEGAL_ACTION: &[&str] = &[
    "jail",
    "sentence",
    "imprison",
    "arrest",
    "detain",
    "convict",
    "charge",
    "indict",
    "prosecute",
    "fine",
    "punish",
    "execute",
    "hang",
    "deport",
    "suspect",
];

/// A verb whose object does the act given as its reason ("jailed X for", "accused X of";
/// `of` only after an accusation, not "arrested X of Y").
fn punishing(lemma: &str, of: bool) -> bool {
    let punishing = LEGAL_ACTION.contains(&lemma)
        || matches!(
            lemma,
            "try"
                | "expel"
                | "sanction"
                | "accuse"
                | "blame"
                // "criticized the United States for funding opposition groups"
                | "criticize"
                | "criticise"
                | "condemn"
                | "denounce"
                | "rebuke"
                | "fault"
                | "slam"
                | "praise"
                | "commend"
                | "thank"
        );
    punishing
        && (!of
            || matches!(
                lemma,
                "accuse" | "suspect" | "convict" | "charge" | "indict"
            ))
}

/// A crowd word right before a protest verb ("Tens of thousands rallied", "Thousands
/// marched") and a place named in the sentence: that place's country, as civilians.
fn crowd_in_place(ctx: &Ctx, t: &Trigger) -> Option<Resolved> {
    let mut b = t.start;
    while b > 0 && matches!(ctx.tokens[b - 1].upos, Upos::Adv | Upos::Aux) {
        b -= 1;
    }
    let crowd = b > 0
        && matches!(
            ctx.w(b - 1),
            "thousands" | "hundreds" | "dozens" | "tens" | "crowds" | "millions" | "people"
        );
    if !crowd {
        return None;
    }
    let place = ctx.places.iter().find(|p| p.start >= t.end)?;
    let r = place.actors.first()?;
    let cc = r.country()?;
    let mut r = r.clone();
    r.code = format!("{cc}CVL");
    r.sector_only = false;
    r.person = false;
    Some(r)
}

/// "signed orders imposing tariffs on Mexico", "adopted a resolution condemning the
/// attack": a document a verb issues (its noun at `n`), whose participle is the issuer's act.
fn issued_document(ctx: &Ctx, n: usize) -> bool {
    if !matches!(
        ctx.w(n),
        "order"
            | "orders"
            | "decree"
            | "decrees"
            | "law"
            | "bill"
            | "legislation"
            | "resolution"
            | "directive"
            | "regulation"
            | "regulations"
            | "statement"
    ) {
        return false;
    }
    let mut b = n;
    while b > 0 && matches!(ctx.tokens[b - 1].upos, Upos::Det | Upos::Adj | Upos::Noun) {
        b -= 1;
    }
    b > 0
        && ctx.tokens[b - 1].upos == Upos::Verb
        && matches!(
            ctx.lemmas[b - 1].as_str(),
            "sign" | "issue" | "adopt" | "pass" | "approve" | "unveil" | "publish" | "release"
        )
}

/// "was fired at it from the Gaza Strip", "were launched from Lebanon": the country of the
/// place (or state) named after "from" within a few words of a passive force verb.
fn fired_from(ctx: &Ctx, t: &Trigger) -> Option<Vec<Resolved>> {
    let from = (t.end..(t.end + 5).min(ctx.tokens.len())).find(|&i| ctx.w(i) == "from")?;
    let mut at = from + 1;
    while at < ctx.tokens.len() && ctx.tokens[at].upos == Upos::Det {
        at += 1;
    }
    let np = ctx
        .nps
        .iter()
        .chain(ctx.places.iter())
        .find(|np| np.start == at || np.start == from + 1)?;
    let out: Vec<Resolved> = place_as_country(np).into_iter().map(|(r, _)| r).collect();
    (!out.is_empty()).then_some(out)
}

/// Act nouns an apposition renames the main clause's act with, besides [`GENERIC_ACTS`]
/// (", in a verdict swiftly criticised by", ", a veto welcomed by").
const RENAMING_ACTS: &[&str] = &[
    "verdict",
    "ruling",
    "sentence",
    "conviction",
    "announcement",
    "deal",
    "agreement",
    "accord",
    "attack",
    "strike",
    "raid",
    "arrest",
    "expulsion",
    "visit",
    "vote",
    "veto",
    "action",
    "order",
    "plan",
    "policy",
    "law",
    "bill",
    "launch",
    "test",
];

/// Whether `lemma` names an act an apposition can rename: a generic one ("move",
/// "decision") or one of [`RENAMING_ACTS`].
pub(crate) fn renaming_act_noun(lemma: &str) -> bool {
    GENERIC_ACTS.contains(&lemma) || RENAMING_ACTS.contains(&lemma)
}

/// ", a move condemned by", ", in a verdict swiftly criticised by", ", a decision welcomed
/// by": a participle after an apposition that renames the main clause's act (an act noun,
/// a determiner, at most one adjective, an optional "in", a comma; adverbs may stand before
/// the participle).
fn renamed_act(ctx: &Ctx, start: usize) -> bool {
    let mut p = start;
    while p > 0 && ctx.tokens[p - 1].upos == Upos::Adv {
        p -= 1;
    }
    let Some(noun) = p.checked_sub(1) else {
        return false;
    };
    if !renaming_act_noun(&ctx.lemmas[noun]) {
        return false;
    }
    let mut q = noun;
    if q > 0 && ctx.tokens[q - 1].upos == Upos::Adj {
        q -= 1;
    }
    if q == 0 || !matches!(ctx.w(q - 1), "a" | "an" | "the") {
        return false;
    }
    let mut c = q - 1;
    if c > 0 && ctx.w(c - 1) == "in" {
        c -= 1;
    }
    c > 0 && ctx.w(c - 1) == ","
}

/// A vow or threat of retaliation: "vowed to respond/retaliate/avenge", "vowed revenge".
fn retaliation(ctx: &Ctx, t: &Trigger) -> bool {
    (t.start..t.end).any(|i| {
        matches!(
            ctx.lemmas[i].as_str(),
            "respond"
                | "retaliate"
                | "avenge"
                | "revenge"
                | "retaliation"
                | "response"
                | "unanswered"
                | "unpunished"
        )
    })
}

/// "dozens of opposition figures jailed under President Kais Saied", "activists detained
/// under the junta": a past participle right after an actor phrase, then "under" and another
/// actor phrase. Returns (the phrase before, the phrase after "under").
fn done_under(ctx: &Ctx, t: &Trigger) -> Option<(usize, usize)> {
    let tok = &ctx.tokens[t.start];
    if t.end != t.start + 1 || !tok.norm.ends_with("ed") || ctx.w(t.end) != "under" {
        return None;
    }
    let victims = ctx
        .nps
        .iter()
        .rposition(|np| np.end == t.start && !np.pronoun && !np.possessive)?;
    let mut at = t.end + 1;
    while ctx.tokens.get(at).is_some_and(|x| x.upos == Upos::Det) {
        at += 1;
    }
    let authority = ctx
        .nps
        .iter()
        .position(|np| np.start == at && !np.pronoun)?;
    Some((victims, authority))
}

/// Whether actor phrase `k` follows "to" after a message sent or written ("sent a letter to
/// Khamenei", "wrote to the UN", "a note to India").
fn addressee_of_message(ctx: &Ctx, k: usize) -> bool {
    let np = &ctx.nps[k];
    let mut to = np.start;
    while to > 0 && ctx.tokens[to - 1].upos == Upos::Det {
        to -= 1;
    }
    if to == 0 || ctx.w(to - 1) != "to" {
        return false;
    }
    (to.saturating_sub(6)..to - 1).any(|i| {
        matches!(
            ctx.lemmas[i].as_str(),
            "send"
                | "write"
                | "deliver"
                | "hand"
                | "submit"
                | "address"
                | "letter"
                | "note"
                | "message"
        )
    })
}

/// "Gaza ceasefire talks", "Ukraine peace talks", "Iran nuclear talks": a place or state
/// named (not a demonym, "Israeli-Palestinian talks") before a noun of talks is their topic,
/// no party to them.
fn topic_of_talks(ctx: &Ctx, t: &Trigger, ks: &[usize]) -> bool {
    let talks = (t.start..t.end).any(|i| {
        matches!(
            ctx.lemmas[i].as_str(),
            "talk" | "negotiation" | "dialogue" | "discussion" | "consultation"
        )
    });
    talks
        && ks.iter().all(|&k| {
            let np = &ctx.nps[k];
            let last = ctx.w(np.end - 1);
            np.end == np.start + 1
                && ctx.tokens[np.start].upos == Upos::Propn
                && !["ian", "ese", "ish", "i", "an", "ch"]
                    .iter()
                    .any(|e| last.ends_with(e))
        })
}

/// Both sides agreeing to a ceasefire or truce declare it (0871); one side agreeing to it
/// only states its intent to de-escalate (0356, TABARI's `AGREE TO CEASEFIRE`). TABARI codes
/// a compound subject's `* CEASEFIRE` 0871 too.
fn mutual_truce(ctx: &Ctx, t: &Trigger, code: &mut Option<String>, steps: &mut Vec<String>) {
    // (also a bare "agreed to" before it: "agreed to extend their truce")
    if !matches!(code.as_deref(), Some("0356" | "030")) {
        return;
    }
    let reach = if code.as_deref() == Some("030") {
        t.end + 4
    } else {
        t.end
    };
    // (and "a permanent cessation of hostilities")
    let truce = (t.start..reach.min(ctx.tokens.len())).any(|i| {
        matches!(
            ctx.lemmas[i].as_str(),
            "ceasefire" | "cease-fire" | "truce" | "armistice"
        ) || (ctx.lemmas[i] == "cessation"
            && ctx
                .lemmas
                .get(i + 2)
                .is_some_and(|l| l.starts_with("hostilit")))
    });
    if truce {
        *code = Some("0871".into());
        steps.push("both sides agree to a ceasefire: they declare it (-> 0871)".into());
    }
}

/// "were killed when Palestinian militants blew up a tunnel", "was wounded as troops
/// opened fire": the actor phrase that is the subject of a "when"/"as" clause right after
/// a passive verb (time words between), followed by its own verb.
fn harmed_when(ctx: &Ctx, t: &Trigger) -> Option<usize> {
    let mut i = t.end;
    while i < ctx.tokens.len()
        && (crate::time::is_day_or_month(ctx.w(i))
            || events::TIME_NOUNS.contains(&ctx.w(i))
            || matches!(
                ctx.w(i),
                "on" | "late" | "early" | "last" | "this" | "yesterday" | "today" | "overnight"
            ))
    {
        i += 1;
    }
    if !matches!(ctx.w(i), "when" | "as" | "after") {
        return None;
    }
    let mut at = i + 1;
    while at < ctx.tokens.len() && matches!(ctx.tokens[at].upos, Upos::Det | Upos::Adj) {
        at += 1;
    }
    let k = ctx
        .nps
        .iter()
        .position(|np| (np.start == i + 1 || np.start == at) && !np.pronoun)?;
    let np = &ctx.nps[k];
    let mut v = np.end;
    while v < ctx.tokens.len() && matches!(ctx.tokens[v].upos, Upos::Adv | Upos::Aux) {
        v += 1;
    }
    // (not a protest: "seven people were killed as protesters took to the streets")
    let protesting = ctx.lemmas.get(v).is_some_and(|l| {
        matches!(
            l.as_str(),
            "take" | "rally" | "march" | "protest" | "demonstrate" | "gather"
        )
    });
    (ctx.tokens.get(v).is_some_and(|x| x.upos == Upos::Verb)
        && !protesting
        && np.actors.iter().all(|r| !r.person))
    .then_some(k)
}

/// "was extradited from Austria to Turkey", "were deported from Pakistan to Afghanistan":
/// a passive verb of handing over, with the giving state after "from" and the receiving one
/// after "to": (the giver's actors, the receiver's phrase index).
fn handed_from_to(ctx: &Ctx, t: &Trigger) -> Option<(Vec<Resolved>, Option<usize>)> {
    const HAND_OVER: &[&str] = &[
        "extradite",
        "deport",
        "repatriate",
        "transfer",
        "hand",
        "return",
        "expel",
        "send",
    ];
    if !HAND_OVER.contains(&ctx.lemmas[t.start].as_str()) {
        return None;
    }
    let after = |w: &str| {
        (t.end.saturating_sub(1)..(t.end + 6).min(ctx.tokens.len()))
            .find(|&i| ctx.w(i) == w)
            .and_then(|i| {
                let mut at = i + 1;
                while at < ctx.tokens.len() && ctx.tokens[at].upos == Upos::Det {
                    at += 1;
                }
                ctx.nps.iter().position(|np| np.start == at && !np.pronoun)
            })
    };
    let from = after("from")?;
    // (With no "to", a deportation or expulsion still comes from the state after "from":
    // "the Russian ambassador was expelled from Estonia"; the expelled are the target.)
    let Some(to) = after("to") else {
        let expelled = matches!(
            ctx.lemmas[t.start].as_str(),
            "deport" | "expel" | "repatriate"
        );
        return expelled.then(|| (ctx.nps[from].actors.clone(), None));
    };
    (ctx.nps[from].end <= ctx.nps[to].start).then(|| (ctx.nps[from].actors.clone(), Some(to)))
}

/// "jailed a student for helping militants", "were charged with spying for China",
/// "arrested on suspicion of smuggling arms", "convicted of killing": a gerund that gives
/// the reason for a legal charge, an arrest or a punishment is what the charge alleges, not
/// an act the report asserts. Returns the word that makes it a charge. (An act named in a
/// state's or a person's accusation, "Ukraine accused Russia of deporting children", is
/// coded as the accusation's content, asserted, as dyad's labelled sets code it.)
fn alleged_by<'c>(ctx: &'c Ctx, trigger: usize) -> Option<&'c str> {
    if !ctx.w(trigger).ends_with("ing") {
        return None;
    }
    // (past "allegedly", "illegally")
    let mut prep = trigger.checked_sub(1)?;
    while prep > 0 && ctx.tokens[prep].upos == Upos::Adv {
        prep -= 1;
    }
    if !matches!(ctx.w(prep), "for" | "of" | "with" | "over") {
        return None;
    }
    // The charging word before, past its object ("a Nigerian student for two years"),
    // within the clause.
    for i in (prep.saturating_sub(12)..prep).rev() {
        let x = &ctx.tokens[i];
        let l = ctx.lemmas[i].as_str();
        let charging = LEGAL_ACTION.contains(&l)
            || matches!(l, "investigate" | "sue" | "suspicion" | "conviction")
            || (l == "try" && x.norm == "tried")
            // ("is wanted in the United States for defying sanctions")
            || x.norm == "wanted";
        if charging {
            return Some(ctx.w(i));
        }
        if ctx.is_break(i) || x.norm == "," || (x.upos == Upos::Verb && !x.norm.ends_with("ing")) {
            return None;
        }
    }
    None
}

/// "Egyptian prosecutors ordered a journalist detained", "a court ordered the opposition
/// leader released": a past participle after the object of "order" is what the orderer
/// does to that object. Gives the orderer's phrases, the object's and the steps.
fn ordered_done(ctx: &Ctx, trigger: usize) -> Option<(Vec<usize>, usize, Vec<String>)> {
    let tok = ctx.tokens.get(trigger)?;
    if tok.upos != Upos::Verb || !(tok.norm.ends_with("ed") || tok.norm == "held") {
        return None;
    }
    let k = ctx
        .nps
        .iter()
        .position(|np| np.end == trigger && !np.possessive && !np.pronoun)?;
    let mut b = ctx.nps[k].start;
    while b > 0 && matches!(ctx.tokens[b - 1].upos, Upos::Det | Upos::Adj | Upos::Num) {
        b -= 1;
    }
    let v = b.checked_sub(1)?;
    if ctx.lemmas[v] != "order" || ctx.tokens[v].upos != Upos::Verb {
        return None;
    }
    let (ks, st) = ctx.subject_before(v)?;
    Some((ks, k, st))
}

/// "a man convicted of stabbing", "companies accused of supplying": a gerund after a
/// punishing participle that modifies a noun has that noun as subject: `Some(Some(k))` for
/// an actor phrase, `Some(None)` for a common noun (no actor), `None` when the shape is not
/// there.
fn punished_noun(ctx: &Ctx, trigger: usize) -> Option<Option<usize>> {
    if !ctx.tokens[trigger].norm.ends_with("ing") || trigger < 3 {
        return None;
    }
    let prep = trigger - 1;
    let part = trigger - 2;
    let shape = matches!(ctx.w(prep), "of" | "for" | "over")
        && ctx.w(part).ends_with("ed")
        && matches!(
            ctx.lemmas[part].as_str(),
            "convict"
                | "accuse"
                | "charge"
                | "suspect"
                | "jail"
                | "sentence"
                | "arrest"
                | "detain"
                | "indict"
                | "imprison"
                | "execute"
                | "hang"
                | "punish"
                | "fine"
        )
        && ctx.tokens[part - 1].upos == Upos::Noun;
    if !shape {
        return None;
    }
    Some(ctx.nps.iter().position(|np| np.end == part && !np.pronoun))
}

/// The step of an event whose source claimed responsibility for it.
pub(crate) const CLAIMED_STEP: &str =
    "nominal trigger: source is who claimed responsibility for it";

/// "The Houthis claimed responsibility for an attack on a British tanker": the one who
/// claims (or takes, accepts, admits) responsibility for an event noun did it.
fn claimed_by(ctx: &Ctx, trigger: usize) -> Option<(Vec<usize>, Vec<String>)> {
    let mut i = trigger;
    while i > 0
        && (matches!(ctx.tokens[i - 1].upos, Upos::Det | Upos::Adj | Upos::Num)
            || (ctx.tokens[i - 1].upos == Upos::Noun && ctx.np_index_at(i - 1).is_none()))
    {
        i -= 1;
    }
    // "Iraqi militias claimed a drone attack on a U.S. base": claiming the act itself.
    if i >= 1
        && ctx.tokens[i - 1].upos == Upos::Verb
        && ctx.lemmas[i - 1] == "claim"
        && ctx.w(i - 1) != "claiming"
    {
        return ctx.subject_before(i - 1);
    }
    if i < 3 || ctx.w(i - 1) != "for" || !matches!(ctx.w(i - 2), "responsibility" | "credit") {
        return None;
    }
    let mut v = i - 2;
    if v > 0 && ctx.tokens[v - 1].upos == Upos::Det {
        v -= 1;
    }
    let verb = v.checked_sub(1)?;
    if !matches!(
        ctx.lemmas[verb].as_str(),
        "claim" | "take" | "accept" | "admit" | "assume" | "bear"
    ) {
        return None;
    }
    ctx.subject_before(verb)
}

/// Verbs whose object noun carries the event ("held talks", "provided aid", "imposed
/// sanctions"): the noun's source is the verb's subject.
pub(crate) const LIGHT_VERBS: &[&str] = &[
    "hold",
    "have",
    "engage",
    "conduct",
    "make",
    "pay",
    "begin",
    "start",
    "launch",
    "carry",
    "issue",
    "express",
    "provide",
    "give",
    "send",
    "offer",
    "deliver",
    "extend",
    "grant",
    "pledge",
    "promise",
    "announce",
    "approve",
    "impose",
    "sign",
    "stage",
    "reach",
    "continue",
    "resume",
    "open",
    "order",
    "step",
    "mount",
    "unleash",
    "wage",
    "file",
    "bring",
    "lodge",
    "submit",
    // aspect: "kicked off a three-day visit to", "wrapped up talks with", "arrived on a
    // visit to" (not "end": "will end its agreement with" is no agreement)
    "kick",
    "wrap",
    "conclude",
    "complete",
    "finish",
    "undertake",
    "embark",
    "arrive",
    // response: "responded with strikes on southern Lebanon", "retaliated with airstrikes on"
    // (only with "with": RESPONSE_VERBS)
    "respond",
    "retaliate",
    "react",
    "hit",
    // taking part: "will not take part in Thursday's round of ceasefire talks"
    "take",
    "join",
    "attend",
    "participate",
    "enter",
];

/// Verbs of travel that carry an event noun of their subject's ("visited Washington for
/// talks with President Biden", "flew to Moscow for talks"), while staying events of their own
/// (so not [`LIGHT_VERBS`], which give way to the noun).
pub(crate) const TRAVEL_VERBS: &[&str] = &["visit", "travel", "fly", "head"];

/// Light verbs of response, which carry an event noun only through "with".
const RESPONSE_VERBS: &[&str] = &["respond", "retaliate", "react", "hit"];

impl Coder {
    pub(crate) fn draft(&self, ctx: &Ctx, t: &Trigger) -> Option<Draft> {
        // A word inside an actor phrase is not an event ("Iraqi forces" is not "force",
        // whatever the tagger says).
        if ctx.np_index_at(t.start).is_some() {
            return None;
        }
        // "joined the United States in condemning ...": joining another in an act is that
        // act, done together (see `subject_before`), not joining the other.
        if ctx.lemmas[t.start] == "join" {
            if let Some(np) = ctx
                .nps
                .iter()
                .find(|np| np.start >= t.end && np.start <= t.end + 1)
            {
                if ctx.w(np.end) == "in" && ctx.w(np.end + 1).ends_with("ing") {
                    return None;
                }
            }
        }
        // "talks on ending the war", "a resolution on lifting sanctions": an act named as
        // the topic of talks or a text is what they are about, not done.
        if ctx.w(t.start).ends_with("ing")
            && t.start >= 2
            && matches!(ctx.w(t.start - 1), "on" | "about")
            && matches!(
                ctx.lemmas[t.start - 2].as_str(),
                "talk"
                    | "negotiation"
                    | "discussion"
                    | "meeting"
                    | "summit"
                    | "conference"
                    | "agreement"
                    | "deal"
                    | "proposal"
                    | "plan"
                    | "resolution"
                    | "vote"
                    | "consultation"
                    | "dialogue"
            )
        {
            return None;
        }
        // "wants Russia to return the islands" asks Russia; "wants to join", "the most
        // wanted man" ask no one: a verb of wanting is an appeal only with an actor as its
        // object, right before the "to" of what it wants done.
        if matches!(ctx.lemmas[t.start].as_str(), "want" | "like")
            && (ctx.tokens[t.start].upos != Upos::Verb
                || !ctx.nps.iter().any(|np| {
                    (t.end..=t.end + 1).contains(&np.start)
                            && ctx.w(np.end) == "to"
                            // (not "wants it to be flexible": a pronoun there is too
                            // often a thing)
                            && !np.pronoun
                }))
        {
            return None;
        }
        // "Scholz defended his telephone call with Putin": defending one's own act names it,
        // and that act (the call) is the event; the defence targets no one.
        if matches!(ctx.lemmas[t.start].as_str(), "defend" | "justify")
            && t.end == t.start + 1
            && matches!(ctx.w(t.end), "his" | "her" | "its" | "their" | "our")
            && ctx
                .triggers
                .iter()
                .any(|&(a, _, _)| a > t.end && a <= t.end + 3)
        {
            return None;
        }
        // Nor is the second half of a hyphenated compound the tokenizer split ("U.S.-backed").
        if t.start >= 2
            && ctx.w(t.start - 1) == "-"
            && ctx.tokens[t.start - 2].end == ctx.tokens[t.start - 1].start
            && ctx.tokens[t.start - 1].end == ctx.tokens[t.start].start
        {
            return None;
        }
        // Nor is an event noun that modifies the actor noun right after it ("a U.N. aid
        // official", "attack helicopters").
        if ctx.tokens[t.end - 1].upos == Upos::Noun
            && ctx.tokens.get(t.end).is_some_and(|n| n.upos == Upos::Noun)
            && ctx.nps.iter().any(|np| np.start == t.end)
        {
            return None;
        }
        // ... also when the tagger read it as a verb: a bare one-word trigger between a named
        // actor and a lowercase role noun ("U.N. aid official"; not "Russia attacks
        // Ukraine", "militants attack police").
        let bare = t.end == t.start + 1 && ctx.lemmas[t.start] == ctx.w(t.start);
        let named_before = t.start > 0
            && ctx
                .np_index_at(t.start - 1)
                .is_some_and(|k| ctx.nps[k].actors.iter().all(|r| !r.sector_only));
        let role_after = ctx.nps.iter().any(|np| np.start == t.end)
            && ctx
                .tokens
                .get(t.end)
                .is_some_and(|n| !crate::actors::is_capitalised(ctx.text, n));
        if bare && named_before && role_after {
            return None;
        }
        // "four Israeli settlers accused of attacking Palestinians": a participle of
        // accusation right after a noun, with "of" and no object after it, says what the
        // noun's people are accused of; it is no accusation by anyone named.
        if t.start > 0
            && ctx.w(t.start).ends_with("ed")
            && matches!(
                ctx.lemmas[t.start].as_str(),
                "accuse" | "charge" | "suspect" | "convict" | "indict"
            )
            && ctx.w(t.start + 1) == "of"
            && matches!(ctx.tokens[t.start - 1].upos, Upos::Noun | Upos::Propn)
        {
            return None;
        }
        // The entry whose pattern matches most specifically; ties go to the first.
        let mut chosen = None;
        // (a verb with many entries, or an entry with many patterns, tries only the patterns
        // whose words follow it in the sentence: those words, listed once for the trigger)
        let entries = || {
            std::iter::once(t.verb)
                .chain(t.alts.iter().copied())
                .filter_map(|id| self.compiled.dict.verbs.get(id as usize))
        };
        let many_entries = t.alts.len() > 8;
        let words_after = (many_entries
            || entries().any(|v| v.patterns.len() > events::MANY_PATTERNS))
        .then(|| events::words_from(ctx, t.end));
        for id in std::iter::once(t.verb).chain(t.alts.iter().copied()) {
            let Some(v) = self.compiled.dict.verbs.get(id as usize) else {
                continue;
            };
            // (an entry whose patterns cannot match gives at most its bare code, scored 0,
            // which never beats an entry already chosen)
            if let Some(ws) = words_after.as_ref().filter(|_| many_entries) {
                if (chosen.is_some() || (v.code.is_none() && v.paired_code.is_none()))
                    && !v.patterns.is_empty()
                    && v.patterns.iter().all(|p| events::words_absent(ws, p))
                {
                    continue;
                }
            }
            if let Some((choice, score)) = choose_pattern(ctx, v, t, words_after.as_deref()) {
                if chosen.as_ref().is_none_or(|(_, _, s)| score > *s) {
                    chosen = Some((v, choice, score));
                }
            }
        }
        let (v, (pattern, mut code, mut paired, pat_target), _) = chosen?;
        if code.is_none() && paired.is_none() {
            return None;
        }
        // A pattern that names content words around the verb chose its code for them
        // (PETRARCH's `- * &CURRENCY [903]`); prepositions only place the target.
        let worded = pattern.is_some_and(|p| {
            p.before.iter().chain(&p.after).any(|i| match i {
                PatternItem::Words(alts) => alts.iter().any(|a| {
                    !matches!(
                        a.as_str(),
                        "to" | "with"
                            | "at"
                            | "on"
                            | "against"
                            | "for"
                            | "of"
                            | "into"
                            | "from"
                            | "toward"
                            | "towards"
                            | "in"
                            | "over"
                            | "about"
                    )
                }),
                PatternItem::Target
                | PatternItem::Source
                | PatternItem::Verb
                | PatternItem::Skip
                | PatternItem::Compound => false,
                PatternItem::NounPhrase(_) | PatternItem::PrepPhrase(_) => true,
            })
        });
        // "it would threaten the peace treaty", "threatens regional stability": a bare
        // "threaten" whose object is a thing endangers it; it threatens no one.
        if ctx.lemmas[t.start] == "threaten" && t.end == t.start + 1 && !worded {
            let mut j = t.end;
            while ctx
                .tokens
                .get(j)
                .is_some_and(|x| matches!(x.upos, Upos::Det | Upos::Adj))
            {
                j += 1;
            }
            // (Only a thing that can be endangered: "threatened action against Petrobras",
            // "threatened a resumption of air raids" are threats.)
            let mut endangered = false;
            while ctx.tokens.get(j).is_some_and(|x| x.upos == Upos::Noun)
                && ctx.np_index_at(j).is_none()
            {
                endangered |= matches!(
                    ctx.lemmas[j].as_str(),
                    "stability"
                        | "security"
                        | "peace"
                        | "treaty"
                        | "agreement"
                        | "accord"
                        | "deal"
                        | "ceasefire"
                        | "truce"
                        | "ability"
                        | "existence"
                        | "future"
                        | "life"
                        | "livelihood"
                        | "economy"
                        | "recovery"
                        | "growth"
                        | "process"
                        | "relation"
                        | "tie"
                        | "sovereignty"
                        | "independence"
                        | "unity"
                        | "integrity"
                        | "health"
                        | "safety"
                        | "survival"
                        | "supply"
                );
                j += 1;
            }
            if endangered {
                return None;
            }
        }
        // "used his speech to urge China": an event noun's "to" that opens an infinitive
        // names no recipient; the infinitive is the event.
        // (only nouns of speaking and travelling: "Reagan's threat to impose tariffs" and
        // "a loan to assist Pakistan" are events of their own)
        if v.nominal
            && t.end >= 2
            && ctx.w(t.end - 1) == "to"
            && ctx.tokens.get(t.end).is_some_and(|n| n.upos == Upos::Verb)
            && ctx.np_index_at(t.end).is_none()
            // ("a message to former Foreign Minister Abe": "former" read as a verb)
            && !matches!(ctx.w(t.end), "former" | "ex")
            && matches!(
                ctx.lemmas[t.start].as_str(),
                "speech"
                    | "address"
                    | "message"
                    | "letter"
                    | "statement"
                    | "remark"
                    | "trip"
                    | "visit"
            )
        {
            return None;
        }
        let mut steps = Vec::new();
        let pattern_text = match pattern {
            Some(p) => format!("{} {}", p.origin, p.text),
            None => format!("{} {}", v.origin, v.words.join(" ")),
        };
        // A gerund after a possessive is an event noun ("its shelling by Russian forces",
        // "Israel's bombing of Gaza"), whatever the tagger said.
        let nominal = v.nominal
            || (t.end == t.start + 1
                && ctx.w(t.start).ends_with("ing")
                && t.start > 0
                && (matches!(
                    ctx.w(t.start - 1),
                    "'s" | "its" | "their" | "his" | "her" | "'"
                )
                    // (or a determiner: "concerned about the fighting in Sudan" is no fight
                    // of the concerned)
                    || matches!(ctx.w(t.start - 1), "the" | "this" | "that" | "such"))
                // (not a participle before its noun: "China's visiting military chief")
                && !ctx
                    .tokens
                    .get(t.end)
                    .is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Adj | Upos::Propn)));
        let np_actors = |ks: &[usize]| -> Vec<Resolved> {
            ks.iter()
                .flat_map(|k| ctx.nps[*k].actors.iter().cloned())
                .collect()
        };
        let mut sources: Vec<Resolved> = Vec::new();
        let mut targets_idx: Option<Vec<usize>> = None;
        let mut passive = false;
        // End of the subject phrase, for a verb that has its own subject.
        let mut subject_end: Option<usize> = None;
        // The light verb carrying an event noun ("will not take part in talks"), whose
        // modality the event has.
        let mut light_verb: Option<usize> = None;
        let mut between = false;
        if nominal {
            // (The by-phrase of the noun itself: no verb between, unlike "Germany's delivery
            // of tanks was welcomed by Kyiv".)
            let own_by = || {
                let by = (t.end..(t.end + 8).min(ctx.tokens.len())).find(|&i| ctx.w(i) == "by")?;
                // (nor across a comma: "Modi's visit to Ukraine on Friday, the first by an
                // Indian leader since ...")
                let verb_between = (t.end..by).any(|i| {
                    matches!(ctx.tokens[i].upos, Upos::Verb | Upos::Aux) || ctx.w(i) == ","
                });
                (!verb_between).then(|| ctx.by_agent_after(by)).flatten()
            };
            // The same, or through a participle right before "by" ("criticism of German
            // rates voiced by Baker", "a general strike called by workers"), not a clause
            // ("claims a worker was beaten to death by UK soldiers").
            let noun_by = || {
                // (the pattern's own "by": "visit by ^ to +")
                let from = if ctx.w(t.end - 1) == "by" {
                    t.end - 1
                } else {
                    t.end
                };
                let by = (from..(t.end + 10).min(ctx.tokens.len())).find(|&i| ctx.w(i) == "by")?;
                let ok = (t.end..by).all(|i| match ctx.tokens[i].upos {
                    Upos::Aux => false,
                    Upos::Verb => {
                        i + 1 == by || (i + 2 == by && matches!(ctx.w(i + 1), "out" | "up"))
                    }
                    _ => true,
                });
                ok.then(|| ctx.by_agent_after(by)).flatten()
            };
            if let Some(k) = ctx.possessor_before(t.start) {
                if let Some(ks) = own_by() {
                    // "its shelling by Russian forces": with a by-phrase the possessor is
                    // what the act is done to.
                    sources = np_actors(&ks);
                    targets_idx = Some(vec![k]);
                    steps.push(
                        "nominal trigger: source from the by-phrase, target the possessor".into(),
                    );
                } else if let Some(ks) = fronted_pp_subject(ctx, t).filter(|_| ctx.nps[k].pronoun) {
                    // "During his visit to Beijing, Putin signed ...": a pronoun in a fronted
                    // phrase points ahead to the main clause's subject.
                    sources = np_actors(&ks);
                    steps.push(
                        "possessive pronoun in a fronted phrase: the main clause's subject".into(),
                    );
                } else {
                    sources = ctx.nps[k].actors.clone();
                    steps.push("nominal trigger: source is the possessor".into());
                }
            } else if let Some((ks, sub, st)) = ctx
                .between_after(t.start + 1)
                // "Qatar has been mediating separate talks between Kinshasa and the M23":
                // the verb's subject mediates with each side.
                .filter(|_| {
                    code.as_deref().is_some_and(|c| c.starts_with("045"))
                        && ctx.tokens[t.start].upos == Upos::Verb
                })
                .and_then(|ks| ctx.subject_before(t.start).map(|(sub, st)| (ks, sub, st)))
            {
                sources = np_actors(&sub);
                steps.extend(st);
                targets_idx = Some(ks);
                steps.push("mediating talks \"between A and B\": with each side".into());
            } else if let Some(ks) = ctx.between_after(t.start + 1) {
                // "talks between Egypt and Israel": each side acts on the other.
                sources = np_actors(&ks);
                between = true;
                steps.push(
                    "nominal trigger: \"between A and B\", each side acts on the other".into(),
                );
            } else if let Some(ks) = ctx
                .modifier_before(t.start)
                .filter(|ks| !topic_of_talks(ctx, t, ks))
            {
                sources = np_actors(&ks);
                steps.push("nominal trigger: source is the actor modifying the noun".into());
            } else if let Some(ks) = noun_by() {
                // (its own: no clause between, unlike "an inquiry into claims a worker was
                // beaten to death by UK soldiers")
                sources = np_actors(&ks);
                steps.push("nominal trigger: source from the by-phrase".into());
                // "attacks by Iran and Iraq": the by-phrase right after the noun is no
                // target; one may follow it ("attacks by Iran on Kuwaiti tankers").
                if ctx.w(t.end) == "by" {
                    let last = ks.iter().map(|&k| ctx.nps[k].end).max().unwrap_or(t.end);
                    let aimed = matches!(ctx.w(last), "on" | "against" | "at" | "in" | "with");
                    // ("the expulsion of Russian diplomats by Poland": an actor inside the
                    // trigger's own words is its object)
                    let inside: Vec<usize> = (0..ctx.nps.len())
                        .filter(|&k| ctx.nps[k].start > t.start && ctx.nps[k].end <= t.end)
                        .collect();
                    targets_idx = Some(
                        aimed
                            .then(|| ctx.object_after(last, nominal, false))
                            .flatten()
                            .unwrap_or(inside),
                    );
                }
            } else if let Some((ks, st)) = claimed_by(ctx, t.start) {
                sources = np_actors(&ks);
                steps.extend(st);
                steps.push(CLAIMED_STEP.into());
            } else if let Some(k) = accused_of(ctx, t.start) {
                sources = ctx.nps[k].actors.clone();
                steps.push(
                    "nominal trigger: source is the one accused of (or thanked for) it".into(),
                );
            } else if let Some(ks) = ctx
                .nps
                .iter()
                .find(|np| np.start >= t.end && np.start <= t.end + 3)
                .and_then(|np| ctx.means_agent_after(np.end))
            {
                // "the killing of seven aid workers in an Israeli airstrike": the means
                // names the author.
                sources = np_actors(&ks);
                steps.push(
                    "nominal trigger: source from the means (\"in an Israeli airstrike\")".into(),
                );
            } else if let Some(ks) = speaker_of_adjunct(ctx, t) {
                sources = np_actors(&ks);
                steps.push(
                    "nominal trigger in an adjunct of a reporting verb (\"X said, in a warning to Y\"): source is the speaker"
                        .into(),
                );
            } else if let Some(ks) = fronted_pp_subject(ctx, t) {
                sources = np_actors(&ks);
                steps.push(
                    "nominal trigger in a fronted phrase: source is the main clause's subject"
                        .into(),
                );
            } else if let Some((ks, st)) = visit_adjunct_subject(ctx, t) {
                sources = np_actors(&ks);
                steps.extend(st);
                // ("captured the town after heavy fighting with Congolese troops": the
                // subject's fight, coded one way as its own act)
                if ctx.lemmas[t.end - 1] == "with" && code.is_some() && code == paired {
                    paired = None;
                }
                steps.push(
                    "\"during a visit to X\": the visitor is the subject of the verb it modifies"
                        .into(),
                );
            } else if let Some((ks, st)) = ctx.subject_before(t.start) {
                // "X held talks with Y", "X provided $100 million in aid to Y": the subject
                // of the verb that carries the event noun.
                // (up to eight words back: "announced a new $2 billion military aid package")
                // Not across another event noun or a time adjunct ("held talks with X during
                // a surprise visit to Beirut": the visit is no object of "held").
                let light_at = (t.start.saturating_sub(8)..t.start).find(|&i| {
                    ctx.tokens[i].upos == Upos::Verb
                        && (LIGHT_VERBS.contains(&ctx.lemmas[i].as_str())
                            || TRAVEL_VERBS.contains(&ctx.lemmas[i].as_str()))
                        // (a response only "with" it: not "responded to an Iranian missile
                        // strike")
                        && (!RESPONSE_VERBS.contains(&ctx.lemmas[i].as_str())
                            || matches!(
                                (ctx.w(i + 1), ctx.w(i + 2)),
                                ("with", _) | ("back", "with")
                            ))
                        && !(i + 1..t.start).any(|j| {
                            // (nor a complement clause: "made their view known that the
                            // detention of terror suspects ...")
                            matches!(
                                ctx.w(j),
                                "during"
                                    | "after"
                                    | "before"
                                    | "amid"
                                    | "following"
                                    | "ahead"
                                    | "that"
                                    | "whether"
                            ) && ctx.tokens[j].upos != Upos::Det
                                || ctx.triggers.iter().any(|&(s, _, _)| s == j)
                        })
                });
                if let Some(lv) = light_at {
                    // (an infinitive light verb has its own subject: "urged Iran to resume
                    // full cooperation with the IAEA" asks Iran)
                    let (ks, st) = if lv > 0 && ctx.w(lv - 1) == "to" {
                        ctx.subject_before(lv).unwrap_or((ks, st))
                    } else if let Some(k) = accused_of(ctx, lv) {
                        // ("accused the Ethiopian military of carrying out strikes on
                        // civilians": the one accused carries them out)
                        (
                            vec![k],
                            vec!["the light verb's subject is the one accused of it".into()],
                        )
                    } else {
                        (ks, st)
                    };
                    sources = np_actors(&ks);
                    steps.extend(st);
                    steps.push("nominal trigger: source is the subject of the light verb".into());
                    light_verb = Some(lv);
                }
            }
        } else if let Some((ks, k, st)) = ordered_done(ctx, t.start) {
            // "prosecutors ordered a journalist detained": the one who ordered it does it.
            sources = np_actors(&ks);
            targets_idx = Some(vec![k]);
            steps.extend(st);
            steps.push("\"ordered X detained\": the one who ordered it does it to X".into());
        } else if let Some(ks) = gerund_in_pp(ctx, t) {
            // "killed in Israeli tank shelling": a gerund inside a PP is an event noun;
            // the actor modifying it did it.
            sources = np_actors(&ks);
            steps.push("gerund in a prepositional phrase: source is its actor modifier".into());
        } else if let Some((ks, host)) = visiting(ctx, t) {
            // "Xi told visiting U.S. Secretary of State Antony Blinken": the visitor is the
            // phrase after "visiting", the host the clause's subject.
            sources = np_actors(&ks);
            targets_idx = Some(host);
            steps.push("\"visiting X\": X visits the subject".into());
        } else if ctx.is_attributive(t) {
            // "a survey released on Thursday", "the state's prosecuting attorneys": a
            // participle modifying a noun. Only a by-phrase makes it an event (passive),
            // and only after the noun ("a dissenting view ... by X" is not one).
            let prenominal = ctx
                .tokens
                .get(t.end)
                .is_some_and(|n| matches!(n.upos, Upos::Adj | Upos::Noun | Upos::Propn));
            // (Nor when another participle follows, whose by-phrase it is: "a boy feared
            // kidnapped by traffickers".)
            let verb_next = ctx.tokens.get(t.end).is_some_and(|n| n.upos == Upos::Verb);
            if let Some(ks) = ctx
                .by_agent_after(t.end)
                .filter(|_| !prenominal && !verb_next)
            {
                sources = np_actors(&ks);
                passive = true;
                steps.push("reduced relative: source from the by-phrase".into());
                // The noun the participle modifies is the target; when it is no actor,
                // there is none (not the by-phrase after the verb). After a comma it modifies
                // the main clause's subject ("the plane made an emergency landing ...,
                // escorted by two Dutch F-16 jet fighters").
                // (An actor phrase right before the comma is the one it modifies, with its
                // coordination: "Britain and West Germany, backed by the Netherlands"; a
                // common noun there keeps it from the subject: "the report, received by".)
                let comma = ctx.comma_before(t.start).filter(|&c| c > 0);
                targets_idx = Some(if let Some(comma) = comma {
                    let before = comma - 1;
                    if let Some(k) = ctx.nps.iter().position(|np| np.end == comma) {
                        ctx.coordinated_before(k)
                    } else if crate::time::is_day_or_month(ctx.w(before))
                        || events::TIME_NOUNS.contains(&ctx.w(before))
                    {
                        ctx.main_subject_at(t.start).into_iter().collect()
                    } else {
                        Vec::new()
                    }
                } else if renamed_act(ctx, t.start) {
                    // "recognised Abkhazia and South Ossetia as independent states, a move
                    // condemned by the United States": the act the apposition renames is the
                    // main clause's, and so is its author.
                    steps.push("\", a move ...\": the main clause's act, by its subject".into());
                    ctx.main_subject_at(t.start).into_iter().collect()
                } else {
                    // (not past a verb: "they welcomed proposals announced by the LDP")
                    ctx.nps
                        .iter()
                        .rposition(|np| {
                            np.end <= t.start
                                && t.start - np.end <= 3
                                && (np.end..t.start).all(|i| {
                                    ctx.tokens[i].upos != Upos::Verb
                                        || matches!(
                                            ctx.w(i),
                                            "feared" | "believed" | "presumed" | "reportedly"
                                        )
                                })
                        })
                        .into_iter()
                        .collect()
                });
                // ("talks in Switzerland mediated by the United Nations": the place the
                // talks were in is no party to the mediation)
                if root_in(&code, &["04"]) {
                    targets_idx = targets_idx
                        .map(|ks| ks.into_iter().filter(|&k| !located_at(ctx, k)).collect());
                }
            }
        } else if let Some(convicted) = punished_noun(ctx, t.start) {
            // "hanged a man convicted of stabbing eight children": the one convicted did it
            // (no one, when he is no actor); "five Iranian companies accused of supplying
            // drones": the companies.
            let k = convicted?;
            sources = ctx.nps[k].actors.clone();
            steps.push("the one accused or convicted of it does it".into());
        } else if let Some(punished) = punished_for(ctx, t.start) {
            // "jailed a militant for financing bombings": the militant financed them.
            let k = punished?;
            sources = ctx.nps[k].actors.clone();
            steps.push("the reason for a punishment: source is the one punished".into());
        } else if let Some(k) = after_reason_gerund(ctx, t.start) {
            // "accused the RSF of shelling a market, killing 15 civilians": the participle
            // goes on with the shelling, so the RSF killed them.
            sources = ctx.nps[k].actors.clone();
            steps.push(
                "participle after a reason gerund (\"accused X of shelling ..., killing\"): X does it"
                    .into(),
            );
        } else if ctx.is_passive(t) {
            // (For a phrase read with its object noun before it, the by-phrase must be the
            // participle's own: no verb between, unlike "was reached in talks between a
            // delegation headed by the minister and ...".)
            let own_by = !t.fronted
                || (t.end..(t.end + 12).min(ctx.tokens.len()))
                    .take_while(|&i| ctx.w(i) != "by")
                    .all(|i| ctx.tokens[i].upos != Upos::Verb);
            if let Some(ks) = ctx.by_agent_after(t.end).filter(|_| own_by) {
                sources = np_actors(&ks);
                passive = true;
                steps.push(
                    if t.fronted {
                        "passive voice with the object noun as subject (\"sanctions were imposed on\"): source from the by-phrase"
                    } else {
                        "passive voice: source from the by-phrase, target is the subject"
                    }
                    .into(),
                );
                // No actor subject: no target (not the by-phrase after the verb), unless the
                // pattern reads one ("the vessel was sold to Canada by the Royal Navy").
                // (a `+` after the trigger, or a trigger ending in its preposition: "sold to")
                // (not straight into the by-phrase: "was called for by the industry")
                let reads_on = (pat_target.is_some_and(|p| p > t.end)
                    || (t.end > t.start + 1 && ctx.tokens[t.end - 1].upos == Upos::Adp))
                    && ctx.w(t.end) != "by";
                // ("Thursday's release of 32 Armenian soldiers by Azerbaijan was welcomed by
                // the EU": the author of the act the subject names is what is welcomed)
                // (A subject that is the phrase's object noun, "a formal protest was lodged
                // with Beijing", names no target: the pattern reads it.)
                // (Unless that noun heads an actor phrase: "Two Pakistani soldiers were
                // killed by militants" read as `kill soldiers`.)
                // (Straight into the by-phrase, "the meeting will be attended by regulators
                // from ...", nothing after the participle is its object.)
                targets_idx = if t.fronted {
                    ctx.passive_subject(t.start)
                        .filter(|ks| !ks.is_empty())
                        .or_else(|| (ctx.w(t.end) == "by").then(Vec::new))
                } else if let Some(k) = ctx.by_agent_reduced(t) {
                    // ("sites seized last week by gunmen": the noun the participle follows)
                    steps.push(
                        "passive reduced relative: the participle's noun is the target".into(),
                    );
                    Some(k.map(|k| vec![k]).unwrap_or_default())
                } else {
                    ctx.author_of_subject(t.start)
                        .or_else(|| ctx.passive_subject(t.start))
                        .or_else(|| (!reads_on).then(Vec::new))
                };
            } else if let Some(ks) = ctx.between_after(t.end) {
                // "A ceasefire was agreed between Israel and Hamas", "talks were held between
                // Indian and Pakistani officials": each side acts on the other.
                sources = np_actors(&ks);
                between = true;
                steps
                    .push("passive voice: \"between A and B\", each side acts on the other".into());
            } else if let Some(ks) = ctx.means_agent_after(t.end) {
                sources = np_actors(&ks);
                passive = true;
                steps.push(
                    "passive voice: source is the actor of the means (\"killed in an Israeli airstrike\")"
                        .into(),
                );
                targets_idx = Some(ctx.passive_subject(t.start).unwrap_or_default());
            } else if let Some(k) =
                harmed_when(ctx, t).filter(|_| root_in(&code, &["18", "19", "20"]))
            {
                // "Four Israeli soldiers were killed when Palestinian militants blew up a
                // tunnel": the actor of the "when" clause's act did it.
                sources = ctx.nps[k].actors.clone();
                passive = true;
                steps.push(
                    "passive harm \"when X did Y\": source is the subject of the when-clause"
                        .into(),
                );
                targets_idx = Some(ctx.passive_subject(t.start).unwrap_or_default());
            } else if let Some(k) = ctx.nps.iter().position(|np| {
                np.start > t.start && np.end <= t.end && !np.pronoun && t.end - t.start > 2
            }) {
                // "were killed in an Israeli airstrike" read by `kill in airstrike`: the
                // actor inside the pattern's means did it.
                sources = ctx.nps[k].actors.clone();
                passive = true;
                steps.push("passive voice: source is the actor inside the pattern's means".into());
                targets_idx = Some(ctx.passive_subject(t.start).unwrap_or_default());
            } else if let Some((from, to)) = handed_from_to(ctx, t) {
                // "Cakici will be extradited from Austria to Turkey": a person handed over
                // goes from the state that hands over to the one that receives.
                sources = from;
                passive = true;
                // (The deported are the target, if named: "Afghans were deported from
                // Pakistan"; an extradition is between the two states.)
                let deported = matches!(
                    ctx.lemmas[t.start].as_str(),
                    "deport" | "expel" | "repatriate"
                )
                .then(|| ctx.passive_subject(t.start))
                .flatten()
                .filter(|ks| !ks.is_empty());
                steps.push(
                    if deported.is_some() {
                        "passive transfer: source from \"from\", target is the subject"
                    } else {
                        "passive transfer: source from \"from\", target from \"to\""
                    }
                    .into(),
                );
                targets_idx = Some(deported.unwrap_or(to.into_iter().collect()));
            } else if let Some(origin) =
                fired_from(ctx, t).filter(|_| root_in(&code, &["19", "20"]))
            {
                // "a mortar bomb was fired at it from the Gaza Strip": force sent from a
                // place comes from that place's country.
                sources = origin;
                passive = true;
                steps.push("passive voice: force fired from a place comes from its country".into());
                // The target: the subject ("fired at it"'s "it" is in the PP: "at"), else
                // what it was fired at ("fired from Lebanon at northern Israel").
                let aimed_at = (t.end.saturating_sub(1)..(t.end + 8).min(ctx.tokens.len()))
                    .find(|&i| matches!(ctx.w(i), "at" | "on" | "into" | "against"))
                    .and_then(|i| {
                        let mut j = i + 1;
                        while j < ctx.tokens.len()
                            && matches!(ctx.tokens[j].upos, Upos::Det | Upos::Adj)
                        {
                            j += 1;
                        }
                        ctx.nps
                            .iter()
                            .position(|np| np.start == i + 1 || np.start == j)
                    });
                targets_idx = Some(
                    ctx.passive_subject(t.start)
                        .filter(|ks| !ks.is_empty())
                        .or(aimed_at.map(|k| vec![k]))
                        .unwrap_or_default(),
                );
            }
        } else if let Some(ks) = reduced_relative_means(ctx, t) {
            // "five Palestinians killed Saturday in the continuing Israeli operation": a
            // participle right after an actor phrase is passive; the means names the actor.
            sources = np_actors(&ks);
            passive = true;
            steps.push("reduced relative after an actor: source is the actor of the means".into());
            targets_idx = ctx
                .nps
                .iter()
                .rposition(|np| np.end == t.start)
                .map(|k| vec![k]);
        } else if ctx.reduced_relative_subject(t).is_some() || ctx.headline_passive(t) {
            // "A French national shot dead in Jeddah overnight was the target of ...",
            // "Hamas official killed in blast": the participle is passive and names no one
            // who did it.
            return None;
        } else if let Some((victims, authority)) = done_under(ctx, t) {
            // "opposition figures, journalists and lawyers jailed under President Kais
            // Saied": a participle after the people it was done to, with the authority it
            // was done under.
            sources = ctx.nps[authority].actors.clone();
            targets_idx = Some(ctx.coordinated_before(victims));
            passive = true;
            steps.push(
                "participle after an actor, \"under X\": X's authority did it to them".into(),
            );
        } else if let Some(k) = (ctx.tokens[t.start].norm.ends_with("ing")
            && ctx.tokens[t.start].upos == Upos::Verb)
            .then(|| {
                ctx.nps
                    .iter()
                    .rposition(|np| np.end == t.start && !np.pronoun)
            })
            .flatten()
            .filter(|&k| addressee_of_message(ctx, k))
        {
            // "sent a diplomatic note to India asking for the return of Hasina": the sender
            // asks, and the addressee is asked.
            if let Some((ks, st)) = ctx.subject_before(ctx.nps[k].start) {
                sources = np_actors(&ks);
                steps.extend(st);
            }
            if root_in(&code, &["02", "03", "04", "10", "12", "13"]) {
                targets_idx = Some(vec![k]);
            }
            steps.push("a participle after a message's addressee: the sender does it".into());
        } else if let Some(k) = (ctx.tokens[t.start].norm.ends_with("ing")
            && ctx.tokens[t.start].upos == Upos::Verb
            // (not an "-ing" noun the tagger read as a verb: "the Venice meeting", "the
            // Gaza bombing")
            && !matches!(
                ctx.tokens[t.start].norm.as_str(),
                "meeting"
                    | "hearing"
                    | "briefing"
                    | "ruling"
                    | "bombing"
                    | "killing"
                    | "killings"
                    | "shooting"
                    | "fighting"
                    | "training"
                    | "funding"
                    | "spending"
                    | "uprising"
                    | "offering"
            ))
        .then(|| {
            ctx.nps
                .iter()
                .rposition(|np| np.end == t.start && !np.possessive && !np.pronoun)
        })
        .flatten()
        // (not a court a case is brought to: "filed a case at the International Court of
        // Justice accusing Israel of genocide" is the plaintiff's accusation)
        .filter(|&k| {
            let np = &ctx.nps[k];
            let court = np.actors.iter().all(|r| r.code.contains("JUD"));
            let venue = np.start > 0
                && matches!(ctx.w(np.start - 1), "at" | "to" | "before" | "with" | "the")
                && (np.start.saturating_sub(2)..np.start)
                    .any(|i| matches!(ctx.w(i), "at" | "to" | "before" | "with"));
            !(court && venue && !np.actors.is_empty())
        }) {
            // "fired tear gas at protesters demanding the resignation of Ruto": a participle
            // right after an actor phrase (here the object of a preposition) is a reduced
            // relative on it; that phrase does it, not the main clause's subject.
            // (only the last member of a pair after "between": "clashes between police and
            // students protesting against the quotas" are the students' protests)
            let mut group = ctx.coordinated_before(k);
            if group.len() > 1 {
                let mut b = ctx.nps[group[0]].start;
                while b > 0 && ctx.tokens[b - 1].upos == Upos::Det {
                    b -= 1;
                }
                if b > 0 && matches!(ctx.w(b - 1), "between" | "among") {
                    group = vec![k];
                }
            }
            sources = np_actors(&group);
            steps.push("participle right after an actor phrase: that phrase does it".into());
        } else if let Some(ks) = coordinated_after_aux(ctx, t) {
            subject_end = ks.iter().map(|&k| ctx.nps[k].end).max();
            sources = np_actors(&ks);
            steps.push(
                "coordinated verb phrase (\"and was ...\"): source is the first verb's subject"
                    .into(),
            );
        } else if let Some((ks, st)) = ctx.subject_before(t.start) {
            subject_end = ks.iter().map(|&k| ctx.nps[k].end).max();
            sources = np_actors(&ks);
            steps.extend(st);
        } else if let Some(ks) = fronted_participle_subject(ctx, t) {
            sources = np_actors(&ks);
            steps.push(
                "participle opening the sentence: source is the main clause's subject".into(),
            );
        } else if t.start > 0
            && (ctx.w(t.start - 1) == ","
                || (ctx.tokens[t.start].norm.ends_with("ing")
                    // "committees investigating the arms sale": a participle right after a
                    // common noun modifies that noun.
                    && !(ctx.tokens[t.start - 1].upos == Upos::Noun
                        && ctx.np_index_at(t.start - 1).is_none()
                        && !issued_document(ctx, t.start - 1))
                    // "warned that sending troops to Ukraine would risk ...": a gerund
                    // heading a clause is nobody's act here.
                    && !matches!(ctx.w(t.start - 1), "that" | "whether")))
        {
            // Not after an accident: "a military plane crashed into a mountain, killing 25",
            // nor after a clause whose subject is no actor ("as mourners besieged an army
            // base, demanding the bodies").
            let accident =
                ctx.after_accident(t.start) || ctx.participle_host_without_actor(t.start);
            if let Some(k) = ctx.main_subject_at(t.start).filter(|_| !accident) {
                sources = ctx.nps[k].actors.clone();
                steps.push("participial clause: source is the main-clause subject".into());
            }
        } else if t.start > 1
            && ctx.w(t.start - 1) == "and"
            && ctx.tokens[t.start].upos == Upos::Verb
            && !ctx.tokens[t.start].norm.ends_with("ing")
        {
            // "Blinken, on his ninth trip to the region, met Netanyahu in Jerusalem and urged
            // him to accept the deal": a verb coordinated with the main clause's verb has
            // its subject.
            // (Not a passive or shared auxiliary, "was struck and killed by a train", "moved
            // and grieved by"; nor a participle heading a noun phrase, "businessman and
            // convicted spy Azzam Azzam".)
            let verb_before = (t.start.saturating_sub(15)..t.start - 1)
                .rev()
                .find(|&i| ctx.tokens[i].upos == Upos::Verb)
                .filter(|&v| {
                    // ("met and agreed": right before the "and" too)
                    v + 1 < t.start
                        && !ctx.w(v).ends_with("ing")
                        && !v
                            .checked_sub(1)
                            .is_some_and(|b| ctx.tokens[b].upos == Upos::Aux || ctx.w(b) == "to")
                        && !(v + 1..t.start).any(|i| ctx.w(i) == ",")
                });
            let noun_phrase = ctx.w(t.start).ends_with("ed")
                && matches!(ctx.tokens[t.start - 2].upos, Upos::Noun | Upos::Propn)
                && ctx
                    .tokens
                    .get(t.start + 1)
                    .is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Adj | Upos::Propn));
            let subject = verb_before.filter(|_| !noun_phrase).and_then(|v| {
                ctx.subject_before(v).map(|(ks, _)| ks).or_else(|| {
                    let after_comma = v.checked_sub(1).is_some_and(|b| ctx.w(b) == ",");
                    after_comma
                        .then(|| ctx.main_subject_at(t.start))
                        .flatten()
                        .map(|k| vec![k])
                })
            });
            if let Some(ks) = subject {
                subject_end = ks.iter().map(|&k| ctx.nps[k].end).max();
                sources = np_actors(&ks);
                steps.push("coordinated verb: source is the first verb's subject".into());
            }
        }
        // "Tens of thousands rallied in Belgrade against the government": a crowd protesting
        // in a place is that place's civilians.
        if sources.is_empty() && root_in(&code, &["14"]) {
            if let Some(crowd) = crowd_in_place(ctx, t) {
                sources = vec![crowd];
                steps.push("a crowd protesting in a place: that place's civilians".into());
            }
        }
        // "Palestinian health officials said the strike killed dozens of displaced people":
        // an earlier act named as the subject of a verb of harm did it, by its author.
        if sources.is_empty() && root_in(&code, &["18", "19", "20"]) && !passive {
            let mut b = t.start;
            while b > 0 && matches!(ctx.tokens[b - 1].upos, Upos::Aux | Upos::Adv) {
                b -= 1;
            }
            let det = (b >= 2).then(|| b - 2).filter(|_| {
                ctx.tokens[b - 1].upos == Upos::Noun && ctx.np_index_at(b - 1).is_none()
            });
            if let Some((r, _)) = det.and_then(|d| earlier_event(ctx, d)) {
                steps.push(format!(
                    "subject \"{} {}\": an act told earlier, by its author",
                    ctx.w(b - 2),
                    ctx.w(b - 1)
                ));
                sources = vec![r];
            }
        }
        // A pattern's `$` after the verb names the source (TABARI's "+ WAS * DEAD IN $": "An
        // Eriadorian was shot dead in Osgiliath").
        if let Some(k) = pattern
            .and_then(|p| events::pattern_source_after(ctx, t.end, &p.after))
            .and_then(|at| ctx.np_index_at(at))
        {
            let named = ctx.nps[k].actors.clone();
            if !named.is_empty() {
                steps.push("source at the pattern's $ position".into());
                sources = named;
                // (a passive's subject is then the target)
                if targets_idx.is_none() && ctx.is_passive(t) {
                    targets_idx = ctx.passive_subject(t.start);
                }
            }
        }
        // "Hezbollah said the killing would not go unpunished": a threat of retaliation whose
        // subject is the act to be answered is the speaker's.
        if sources.is_empty() && root_in(&code, &["13"]) && retaliation(ctx, t) {
            if let Some((ks, _)) = (0..t.start)
                .rev()
                .find(|&i| events_reporting(ctx, i))
                .and_then(|i| ctx.subject_before(i))
            {
                sources = np_actors(&ks);
                steps.push("a threat of retaliation for an act: source is its speaker".into());
            }
        }
        if sources.is_empty() {
            return None;
        }
        let lemma = ctx.lemmas[t.start].as_str();
        // (A longer phrase coding another act is an act of its own: "announced new
        // sanctions against".)
        let reporting = events::REPORTING.contains(&lemma)
            && (t.end == t.start + 1 || root_in(&code, &["01"]) || lemma == "insist");
        if targets_idx.is_none() {
            let from = pat_target.unwrap_or(t.end);
            // Demands and appeals are addressed to the subject of their clause: "demanded
            // that Russia release", "urged Iran to return"; accusations to the one their
            // clause blames ("charged that a Soviet nuclear test blew debris"); threats when
            // their clause says what the subject will suffer ("warned that Israel would pay
            // a heavy price"; not a forecast: "warned that Ontario will not support ...").
            // (past a time adverbial: "said last week that the junta was illegitimate")
            let from = match ctx.past_time_adverbial(from) {
                f if f > from && ctx.w(f) == "that" => f + 1,
                _ => from,
            };
            let clause = if from > 0 && ctx.w(from - 1) == "that" {
                Some(from)
            } else {
                (ctx.w(from) == "that").then_some(from + 1)
            };
            // ("vowed that India would be made to pay for its act of war": a vow of what its
            // clause's subject will suffer is a threat, not a pledge)
            if root_in(&code, &["03"])
                && matches!(lemma, "vow" | "pledge" | "promise" | "swear")
                && clause.is_some_and(|c| threat_clause(ctx, c))
            {
                steps.push(format!(
                    "\"{}\" that the other side will pay or suffer: a threat (130)",
                    ctx.w(t.start)
                ));
                code = Some("130".into());
            }
            let addressed = root_in(&code, &["02", "10"])
                || clause.is_some_and(|c| {
                    root_in(&code, &["11"]) || (root_in(&code, &["13"]) && threat_clause(ctx, c))
                });
            // "described the storming of parliament as treasonous": a judgement of an act
            // told earlier, named with its object, judges the act's author (found below by
            // event coreference), not the object; so does one naming it as something
            // ("condemned the strikes as a violation of Yemen's sovereignty").
            let judged_act = !nominal
                && pat_target.is_none()
                && root_in(&code, &["11", "12"])
                && earlier_event_judged(ctx, from, &sources)
                    .is_some_and(|(_, i)| matches!(ctx.w(i + 1), "of" | "on" | "against" | "as"));
            targets_idx = if judged_act {
                Some(Vec::new())
            } else {
                ctx.object_after_ext(from, nominal, pat_target.is_some(), addressed)
            };
            let own = |np: &ActorNp| {
                np.actors
                    .iter()
                    .all(|r| sources.iter().any(|s| s.code == r.code))
            };
            // "welcomed their resumption of ties with Osgiliath": the subject's own
            // possessive is not the target; look past it.
            // (So is a phrase opened by the subject's possessive: "South Korea and Japan agreed
            // to restore their military intelligence-sharing pact".)
            let own_phrase = |np: &ActorNp| {
                matches!(ctx.w(np.start), "their" | "its" | "his" | "her" | "our")
                    && np.actors.iter().all(|r| {
                        // (the possessor is a source itself, a state: not "the RSF attacked
                        // its positions", the army's)
                        r.country()
                            .is_some_and(|c| sources.iter().any(|s| s.code == c))
                    })
            };
            if let Some(&[k]) = targets_idx.as_deref() {
                let np = &ctx.nps[k];
                if (np.pronoun && np.possessive && own(np)) || own_phrase(np) {
                    targets_idx =
                        ctx.object_after_ext(np.end, nominal, pat_target.is_some(), addressed);
                }
            }
            // An actor inside a multi-word trigger ("expelled the Swedish ambassador",
            // matched through the modifier-free stream) is its object; so is a possessive
            // pronoun there that is not the source's own ("rejected its offer").
            // A named actor inside the trigger wins over one found further on ("expelled an
            // Indian diplomat over the killing of a Sikh leader").
            if pat_target.is_none() && t.end - t.start > 1 {
                // (A bare sector noun there is only a fallback: "send troops to Ukraine".)
                let named = |np: &ActorNp| np.actors.iter().all(|r| !r.sector_only);
                // (Not the noun of an idiom: "joined forces to", "joined hands".)
                let idiom = |np: &ActorNp| {
                    lemma == "join"
                        && np.end == np.start + 1
                        && matches!(ctx.w(np.start), "forces" | "hands")
                };
                // (A bare sector inside wins over a bare sector further on: "stormed
                // parliament and police shot dead ...".)
                // (A place found further on is where, not whom: "opened fire on protesters
                // at the Lekki toll gate in Lagos" hits the protesters, located there.)
                let place = |np: &ActorNp| {
                    (ctx.places.iter().any(|p| p.start == np.start)
                        || np
                            .actors
                            .iter()
                            .all(|r| dyad_core::ActorCode::parse(&r.code).sector.is_none()))
                        && np.start > 0
                        && matches!(ctx.w(np.start - 1), "in" | "at" | "near" | "outside")
                };
                let found_named = targets_idx.as_deref().is_some_and(|ks| {
                    ks.iter()
                        .all(|&k| named(&ctx.nps[k]) && !place(&ctx.nps[k]))
                });
                if let Some(k) = ctx.nps.iter().position(|np| {
                    np.start > t.start
                        && np.start < t.end
                        && !idiom(np)
                        // (nor the subject's own forces: "put its army on alert")
                        && !own_phrase(np)
                        // (nor a name joined by a hyphen to the participle after it: "a
                        // U.S.-brokered ceasefire", whose broker is found below)
                        && !ctx.hyphen_after(np)
                        && (if targets_idx.is_none() {
                            // (not the source's own forces moved "from"/"to" a place:
                            // "withdrawal of troops from Kherson")
                            let moved = matches!(
                                ctx.w(t.end - 1),
                                "from" | "to" | "into" | "toward" | "towards"
                            );
                            (!np.pronoun || !own(np)) && (named(np) || !moved)
                        } else {
                            !np.pronoun && (named(np) || !found_named)
                        })
                }) {
                    // (and the phrases coordinated with it when it ends the trigger: "freed an
                    // American journalist, a former U.S. Marine and a Kremlin critic")
                    targets_idx = Some(if ctx.nps[k].end == t.end {
                        ctx.object_group(k)
                    } else {
                        vec![k]
                    });
                    steps.push("target inside the trigger phrase".into());
                }
            }
            // A reporting verb's target is its addressee right after it ("told Blinken",
            // "said to reporters"), never something further on in the reported clause.
            // What one discusses is a topic ("met Assad to discuss efforts to counter Islamic
            // State", "discussed the war in Ukraine"); the partner comes only with "with".
            if pat_target.is_none()
                && t.end == t.start + 1
                && matches!(lemma, "discuss" | "debate")
                && ctx.w(t.end) != "with"
            {
                targets_idx = None;
            }
            // A denied or admitted gerund is a predicate of its own: "denied supplying
            // drones to Russia" denies nothing to Russia.
            if pat_target.is_none()
                && matches!(lemma, "deny" | "admit")
                && ctx.tokens.get(t.end).is_some_and(|n| {
                    n.upos == Upos::Verb && n.norm.ends_with("ing") && n.norm.len() > 4
                })
            {
                targets_idx = None;
            }
            // "when the two meet again next month for the IMF and World Bank meetings": a
            // meeting's purpose or occasion is no partner (that comes with "with").
            if pat_target.is_none() && matches!(lemma, "meet" | "confer" | "gather") {
                targets_idx = targets_idx.filter(|ks| {
                    ks.first().is_none_or(|&k| {
                        ctx.before_np(&ctx.nps[k])
                            .is_none_or(|b| !matches!(ctx.w(b), "for" | "at" | "during"))
                    })
                });
            }
            // "hit", "recognize", "sanction", "receive", "greet" and "host" code only with
            // an actor as their direct object ("missiles hit Kharkiv", "never recognised
            // Kosovo", "sanctioned five Russian officials", "received Blinken"), not "hit the
            // road to Pennsylvania", "could hit EU growth", "recognized the need for Japan
            // to", "sanction the release of", "will receive loans from Japan", "host a
            // conference on the Middle East".
            // (Unless a pattern with more words chose the code: "receive weapons from +",
            // PETRARCH's "- * &WEAPON".)
            if t.end == t.start + 1
                && !worded
                && matches!(
                    lemma,
                    "hit"
                        | "recognize"
                        | "recognise"
                        | "sanction"
                        | "receive"
                        | "greet"
                        | "host"
                        | "suspend"
                )
            {
                targets_idx =
                    targets_idx.filter(|ks| ks.first().is_some_and(|&k| direct_object(ctx, t, k)));
                // (One suspends a state from a body, not a person from duty: "suspended a
                // platoon commander".)
                if lemma == "suspend" {
                    targets_idx = targets_idx.filter(|ks| {
                        ks.iter().all(|&k| {
                            ctx.nps[k]
                                .actors
                                .iter()
                                .all(|r| !r.sector_only && !r.person)
                        })
                    });
                }
                // "Russian missiles hit a power plant in Kyiv": force hitting a thing in a
                // place is aimed at the place (found below).
                if targets_idx.is_none() && lemma == "hit" && armed_hit(ctx, t, &sources) {
                    targets_idx = Some(Vec::new());
                }
                // (and without one they code nothing: "they have to recognize there is
                // no quick fix" is no mutual recognition)
                targets_idx.as_ref()?;
            }
            // (So do the other bare statement verbs, 010: "declare", "reveal", "confirm":
            // "any attempt to declare debt forgiveness for Latin American nations".)
            let statement = code.as_deref() == Some("010") && t.end == t.start + 1;
            // ("said Russia's decision was illegal": a judging pattern of "say" judges the act
            // after it, whose author is the target)
            let judging_say = lemma == "say" && root_in(&code, &["11"]);
            if (reporting || statement) && pat_target.is_none() && !judging_say {
                // "told Blinken": the object is the addressee; "said the Soviet ...": the
                // object of "say" is what was said, so only "said to X" names one.
                let direct = matches!(lemma, "tell" | "inform" | "brief" | "notify" | "assure");
                targets_idx = targets_idx.filter(|ks| {
                    ks.first().is_some_and(|&k| {
                        let np = &ctx.nps[k];
                        let gap: Vec<&str> = (t.end..np.start).map(|i| ctx.w(i)).collect();
                        // "said its adoption ...": a possessive is not an addressee.
                        !np.possessive
                            && match gap.as_slice() {
                                // ("told his U.S. counterpart Lloyd Austin")
                                [] | ["the"] | ["his" | "her" | "their" | "its"] => direct,
                                ["to"] | ["to", "the"] => true,
                                _ => false,
                            }
                    })
                });
            }
            // "have been meeting for four weeks in New York": where a meeting is held is no
            // party to it (a visit's or a summit attendance's place is their target, 042,
            // 044; hosting, 043, takes only a direct object, or is praise: below).
            if pat_target.is_none()
                && root_in(&code, &["04"])
                && !code.as_deref().is_some_and(|c| {
                    c.starts_with("042") || c.starts_with("043") || c.starts_with("044")
                })
            {
                let place_end = targets_idx.as_ref().and_then(|ks| {
                    let &k = ks.first()?;
                    let mut b = ctx.nps[k].start;
                    while b > 0 && matches!(ctx.tokens[b - 1].upos, Upos::Det | Upos::Adj) {
                        b -= 1;
                    }
                    // (also "on the Indonesian island of Bali", "in the Russian city of
                    // Kazan": a state's name modifying a place noun)
                    let end = ctx.nps[k].end;
                    let place_noun = matches!(
                        ctx.w(end),
                        "island" | "city" | "town" | "resort" | "capital" | "region" | "province"
                    );
                    (b > 0
                        && (matches!(ctx.w(b - 1), "in" | "at")
                            || (ctx.w(b - 1) == "on" && place_noun)))
                        .then(|| {
                            if place_noun && ctx.w(end + 1) == "of" {
                                // (past the place's own name: "island of Bali with ...")
                                let mut e = end + 2;
                                while ctx.tokens.get(e).is_some_and(|t| t.upos == Upos::Propn) {
                                    e += 1;
                                }
                                e
                            } else {
                                end
                            }
                        })
                });
                if let Some(e) = place_end {
                    // ... but a partner after it still is: "held talks in Oman with US envoy
                    // Steve Witkoff".
                    targets_idx = (ctx.w(e) == "with")
                        .then(|| ctx.object_after(e + 1, false, true))
                        .flatten();
                }
            }
            // "Biden and Xi met on the sidelines of the APEC summit": the gathering on whose
            // sidelines they met is where, not whom (a partner after it still is: "met
            // Kishida on the sidelines of the G7", "... of the G7 with Kishida").
            let sidelines = t.end >= t.start + 2
                && ctx.w(t.end - 1) == "of"
                && SIDELINES.contains(&ctx.w(t.end - 2));
            if sidelines && pat_target.is_none() {
                let gathering = targets_idx.as_ref().and_then(|ks| {
                    let &k = ks.first()?;
                    (ctx.nps[k].start <= t.end + 2).then_some(ctx.nps[k].end)
                });
                if let Some(e) = gathering {
                    // (past "summit", "meeting" after the gathering's name)
                    let mut e = e;
                    while e < ctx.tokens.len()
                        && matches!(ctx.tokens[e].upos, Upos::Noun | Upos::Propn)
                        && ctx.np_index_at(e).is_none()
                    {
                        e += 1;
                    }
                    targets_idx = (ctx.w(e) == "with")
                        .then(|| ctx.object_after(e + 1, false, true))
                        .flatten();
                    steps.push("\"on the sidelines of\" a gathering: where, not whom".into());
                }
            }
            // "speaks about his outlook at a lunch in Toronto", "commented on the vote": a
            // statement "about"/"on" something names as target only an actor right after the
            // preposition ("spoke about China"), not one further on.
            let about = code.as_deref() == Some("010")
                && t.end > t.start + 1
                && matches!(ctx.w(t.end - 1), "about" | "on" | "of");
            if about && pat_target.is_none() {
                targets_idx = targets_idx.filter(|ks| {
                    ks.first().is_some_and(|&k| {
                        (t.end..ctx.nps[k].start)
                            .all(|i| matches!(ctx.tokens[i].upos, Upos::Det | Upos::Adj))
                    })
                });
            }
            // "began two days of talks in Kazakhstan's commercial capital Almaty": where
            // talks or a meeting are held is no party to them (a visit's destination is).
            if pat_target.is_none()
                && root_in(&code, &["04"])
                && !matches!(code.as_deref(), Some("042" | "043" | "044"))
            {
                targets_idx =
                    targets_idx.filter(|ks| ks.first().is_none_or(|&k| !located_at(ctx, k)));
            }
            // (one who acts "along with" the subject acts with it, on no one: "whose
            // government is mediating the talks along with Norway")
            targets_idx = targets_idx.filter(|ks| {
                ks.first().is_none_or(|&k| {
                    !ctx.before_np(&ctx.nps[k]).is_some_and(|b| {
                        ctx.w(b) == "with" && b > 0 && matches!(ctx.w(b - 1), "along" | "together")
                    })
                })
            });
            // (nor is the gathering on whose sidelines they met, wherever the words stand:
            // "The two leaders met for about 50 minutes on the sidelines of a BRICS summit")
            if pat_target.is_none() && root_in(&code, &["04"]) {
                targets_idx =
                    targets_idx.filter(|ks| ks.first().is_none_or(|&k| !on_sidelines(ctx, k)));
            }
            if pat_target.is_some() && targets_idx.is_some() {
                steps.push("target at the pattern's + position".into());
            }
        }
        // "fought the ADF alongside Ugandan troops": those fighting alongside the source are
        // its allies, not the ones it fights.
        if root_in(&code, &["18", "19", "20"]) {
            if let Some(ks) = targets_idx.as_mut() {
                ks.retain(|&k| {
                    let s = ctx.nps[k].start;
                    !(s > 0
                        && (ctx.w(s - 1) == "alongside"
                            || (s > 1 && ctx.w(s - 1) == "the" && ctx.w(s - 2) == "alongside")))
                });
            }
        }
        // "China's foreign ministry said Japan's government had acted selfishly and accused
        // it of ...": an object pronoun ("it", not "itself") is not its verb's own subject;
        // it is the nearest other actor named before.
        if let Some(&[k]) = targets_idx.as_deref() {
            let np = &ctx.nps[k];
            // (only a pronoun naming whom an act is charged to, "accused it of", "blamed
            // them for": "calling it a violation" names no actor at all)
            let object_pronoun =
                np.pronoun && np.start == t.end && ctx.charged_pronoun_at(np.start);
            let own = |n: &ActorNp| {
                !n.actors.is_empty()
                    && n.actors
                        .iter()
                        .all(|r| sources.iter().any(|s| s.code == r.code))
            };
            if object_pronoun && !sources.is_empty() && own(np) {
                let other = (0..k).rev().find(|&j| {
                    let n = &ctx.nps[j];
                    !n.pronoun && !n.possessive && !own(n)
                });
                if let Some(j) = other {
                    targets_idx = Some(vec![j]);
                    steps.push(format!(
                        "object pronoun \"{}\" is not its verb's subject: the actor named before",
                        ctx.w(np.start)
                    ));
                }
            }
        }
        let mut targets: Vec<(Resolved, Option<Modality>)> = targets_idx
            .as_deref()
            .map(|ks| np_actors(ks).into_iter().map(|r| (r, None)).collect())
            .unwrap_or_default();
        // "arrived in Nairobi for a meeting on Sudan": a place (a capital after "in") right at
        // the pattern's target position, or right after a trigger that ends in a
        // preposition, is the target, as its country, before any actor further on.
        let place_at = pat_target.or_else(|| {
            // ... or right after a trigger ending in a preposition ("arrive in").
            // (visits only: "a conference in London" is not aimed at Britain).
            (code.as_deref().is_some_and(|c| c.starts_with("042"))
                && t.end > t.start
                && ctx.tokens[t.end - 1].upos == Upos::Adp)
                .then_some(t.end)
        });
        if let Some(p) = place_at {
            let at = |s: usize| s == p || (s == p + 1 && ctx.w(p) == "the");
            let place = ctx.places.iter().find(|pl| at(pl.start));
            let nearer = targets_idx
                .as_deref()
                .and_then(|ks| ks.first())
                .is_none_or(|&k| place.is_some_and(|pl| ctx.nps[k].start > pl.start));
            if let Some(pl) = place.filter(|_| nearer) {
                let mut as_country = place_as_country(pl);
                // A visit to a capital is a visit to the government there ("arrived in
                // Addis Ababa", "visited Tokyo").
                // (Not coming home: "Indian truck drivers arrive back in Delhi".)
                // (So is a capital censuring, praising or asked: "drawing condemnation from
                // Baghdad"; force at a capital stays aimed at the state.)
                // (the code, or the one the object does to the subject: "draw criticism from")
                let verbal = root_in(
                    &code.clone().or_else(|| paired.clone()),
                    &["01", "02", "03", "04", "05", "10", "11", "12", "13", "16"],
                );
                if code.as_deref().is_some_and(|c| c.starts_with("042")) || verbal {
                    // (a capital by name, or "the Eritrean capital")
                    let capital = ctx.w(pl.end) == "capital";
                    for (r, _) in &mut as_country {
                        let home = sources.iter().any(|s| s.country() == r.country());
                        if !home && (capital || r.entries.iter().any(|e| e.ends_with("(capital)")))
                        {
                            r.code.push_str("GOV");
                            r.steps
                                .push("a capital visited or dealt with: its government".into());
                        }
                    }
                }
                if !as_country.is_empty() {
                    targets = as_country;
                    targets_idx = None;
                    steps.push(
                        if pat_target.is_some() {
                            "target: the place at the pattern's + position, as its country"
                        } else {
                            "target: the place the visit's trigger points at, as its country"
                        }
                        .into(),
                    );
                }
            }
        }
        // "arrived in the Eritrean capital", "flew to the capital of Eritrea": a state's
        // capital visited is its government, as the capital named would be.
        if code.as_deref().is_some_and(|c| c.starts_with("042")) {
            if let Some(&[k]) = targets_idx.as_deref() {
                let np = &ctx.nps[k];
                let capital = ctx.w(np.end) == "capital"
                    || (np.start >= 2
                        && ctx.w(np.start - 1) == "of"
                        && ctx.w(np.start - 2) == "capital");
                if capital {
                    for (r, _) in &mut targets {
                        let home = sources.iter().any(|s| s.country() == r.country());
                        if !home && r.code.len() == 3 && r.country().is_some() {
                            r.code.push_str("GOV");
                            r.steps
                                .push("a state's capital visited: its government".into());
                        }
                    }
                }
            }
        }
        // A compound subject and no object of a symmetric event ("Brazil and the United
        // States agreed to cooperate", "the two sides clashed"): each member acts on each
        // other member.
        // A reciprocal entry (`[verb 0841:0841] swap prisoners`) is symmetric whatever its root.
        let reciprocal = code.is_some() && code == paired;
        // (Of diplomatic cooperation only cooperating, establishing relations, reconciling
        // and signing are mutual: "A and B backed" or "praised" is no act of A on B.)
        let symmetric = |c: &Option<String>| {
            reciprocal
                || root_in(c, &["03", "04", "06", "19"])
                || c.as_deref().is_some_and(|c| {
                    ["050", "054", "056", "057", "0871"]
                        .iter()
                        .any(|p| c.starts_with(p))
                })
        };
        if between && targets.is_empty() {
            targets = sources.iter().cloned().map(|r| (r, None)).collect();
            mutual_truce(ctx, t, &mut code, &mut steps);
        }
        // "Pakistan condemned the strikes": a definite event noun as object is an event told
        // earlier in the document, and its author is the target.
        // (Not after a reporting verb: in "said the strikes appeared spontaneous" the event
        // noun heads the reported clause, it is no addressee.)
        // "dozens of U.N. staff they have detained since June", "the journalists that the
        // junta detained": a verb with its subject right after a noun phrase and no object of
        // its own is an object relative on that phrase, its target.
        if targets.is_empty() && !nominal && !reporting {
            if let Some(k) = object_relative_antecedent(ctx, t) {
                steps.push("object relative: the phrase before the subject is the target".into());
                targets = ctx.nps[k]
                    .actors
                    .iter()
                    .filter(|r| !sources.iter().any(|s| s.code == r.code))
                    .cloned()
                    .map(|r| (r, None))
                    .collect();
            }
        }
        // ("condemned what it called a barbaric act": the speaker's "it" is no target; the act
        // is found by event coreference below, or earlier in the sentence)
        let what_called = ctx.w(t.end) == "what"
            && ctx
                .lemmas
                .get(t.end + 2)
                .is_some_and(|l| matches!(l.as_str(), "call" | "describe" | "term"));
        if what_called && root_in(&code, &["11"]) {
            targets.clear();
            // ("condemned what it called excessive force by Georgian police": the act's
            // by-phrase names its author, the one condemned)
            let by = (t.end + 3..(t.end + 12).min(ctx.tokens.len()))
                .take_while(|&i| ctx.w(i) != "," && !ctx.is_break(i))
                .find(|&i| ctx.w(i) == "by");
            if let Some(by) = by {
                let mut at = by + 1;
                while ctx.tokens.get(at).is_some_and(|x| x.upos == Upos::Det) {
                    at += 1;
                }
                if let Some(k) = ctx
                    .nps
                    .iter()
                    .position(|np| np.start == at && !np.pronoun && !np.possessive)
                {
                    steps.push("\"what it called X by Y\": Y, the act's author".into());
                    targets = ctx
                        .coordinated_after(k)
                        .into_iter()
                        .flat_map(|k| ctx.nps[k].actors.iter().cloned())
                        .map(|r| (r, None))
                        .collect();
                }
            }
        }
        // ("called the attack a crime": a verb of naming that judges is no reporting verb;
        // nor is "said the seizure was unacceptable", which only a judging pattern codes 11)
        let naming_judgement = root_in(&code, &["11"])
            && (NAMING.contains(&ctx.lemmas[t.start].as_str()) || ctx.lemmas[t.start] == "say");
        if targets.is_empty()
            && !nominal
            && (!reporting || code.as_deref() == Some("015") || naming_judgement)
        {
            // (A generic noun, "the move", "the decision", names an act only to a verb that
            // judges it: "criticised the move", not "considered the decision".)
            let judging = root_in(&code, &["11", "12", "13", "14"])
                || matches!(code.as_deref(), Some("051" | "043"));
            // "The Baloch Liberation Army claimed the attack": a claim of an earlier act
            // targets whom the act hit (its latest victims), not its author.
            let claimed_victims = (code.as_deref() == Some("015"))
                // (the act's noun after the trigger, "claimed responsibility for the
                // attack", or inside it, "claimed the attack")
                .then(|| (t.start + 1..t.end + 3).find_map(|i| earlier_event(ctx, i)))
                .flatten()
                .map(|_| {
                    let mut victims: Vec<Resolved> = Vec::new();
                    for (l, r) in ctx.earlier.iter().rev() {
                        if l != "@victim:" {
                            if !victims.is_empty() {
                                break;
                            }
                            continue;
                        }
                        if !victims.iter().any(|v| v.code == r.code) {
                            victims.push(r.clone());
                        }
                    }
                    victims
                })
                .filter(|v| !v.is_empty());
            if let Some(victims) = claimed_victims {
                steps.push("a claim of an earlier act: its target is whom the act hit".into());
                targets = victims.into_iter().map(|r| (r, None)).collect();
            } else if let Some((r, i)) = {
                let judges: &[Resolved] = if judging { &sources } else { &[] };
                // (or the definite noun inside a worded trigger: "rejected the appeal",
                // "rejected the ultimatum")
                earlier_event_judged(ctx, t.end, judges)
                    .or_else(|| {
                        (t.start + 1..t.end)
                            .find(|&i| matches!(ctx.w(i), "the" | "this" | "these"))
                            .and_then(|i| earlier_event_judged(ctx, i, judges))
                    })
                    .filter(|&(_, i)| {
                        let l = ctx.lemmas[i].as_str();
                        judging || !(GENERIC_ACTS.contains(&l) || JUDGED_ONLY.contains(&l))
                    })
            } {
                steps.push(format!(
                    "event coreference: \"the {}\" -> earlier event by {}",
                    ctx.w(i),
                    r.code
                ));
                targets.push((r, None));
            }
        }
        // "Indian and Chinese troops clashed in the Tawang sector of Arunachal Pradesh": for a
        // compound subject of a symmetric event, a place is not the other side.
        let located = targets_idx
            .as_ref()
            .and_then(|ks| ks.first())
            .is_some_and(|&k| {
                let b = ctx.nps[k]
                    .start
                    .checked_sub(1)
                    .map(|i| ctx.w(i))
                    .unwrap_or("");
                matches!(b, "in" | "at" | "near" | "of" | "the")
                    && (t.end..ctx.nps[k].start).any(|i| matches!(ctx.w(i), "in" | "at" | "near"))
            });
        let distinct_sources = {
            let mut codes: Vec<&str> = sources.iter().map(|r| r.code.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            codes.len()
        };
        if located && distinct_sources >= 2 && (symmetric(&code) || symmetric(&paired)) {
            targets.clear();
        }
        // A bare sector noun after the verb ("agreed to disengage troops") is no other side,
        // nor are the subject's own states again ("the two leaders agreed to study a land
        // bridge linking the two countries").
        let own_states = distinct_sources >= 2
            && !targets.is_empty()
            && targets.iter().all(|(t, _)| {
                t.country()
                    .is_some_and(|c| sources.iter().any(|s| s.country().as_ref() == Some(&c)))
            })
            && distinct_countries(sources.iter()).len() >= 2;
        let no_other_side = targets.iter().all(|(t, _)| t.sector_only) || own_states;
        let pair_ok = if passive {
            // "The agreement was signed by Israel and the UAE" (not "the town was attacked
            // by A and B").
            targets.is_empty()
                && (reciprocal
                    || root_in(&code, &["03", "06"])
                    || code.as_deref().is_some_and(|c| c.starts_with("057")))
        } else {
            // Only the subject's first verb: "A and B are seeking to deepen a partnership by
            // promoting ..." is one reciprocal event, not one per verb.
            // (An intention verb before "to" is no verb of its own: "A and B plan to hold
            // talks" pairs them; its own event gives way to the act, `drop_intention_cues`.)
            // (A verb coordinated by "and" is a predicate of its own: "A and B met and
            // agreed to settle their dispute" pairs them twice.)
            let coordinated = t.start > 0 && ctx.w(t.start - 1) == "and";
            // (A verb after a relative clause on the subject is its first own verb: "A and
            // B, which have fought since 2022, signed a deal".)
            let past_relative = ctx.antecedent_past_relative(t.start).is_some();
            subject_end.is_some_and(|e| {
                coordinated
                    || past_relative
                    || !ctx.triggers.iter().any(|&(s, _, _)| {
                        e <= s
                            && s < t.start
                            && !(crate::INTENTION_CUES.contains(&ctx.lemmas[s].as_str())
                                && ctx.w(s + 1) == "to")
                    })
            })
        };
        // "U.N. peacekeepers and Haitian police moved into an area": force with an object
        // of its own is not between the members ("clashed", "fought for hours" are).
        let own_object = !reciprocal
            // (words the pattern names, "exchanged fire", are no object)
            && !worded
            && root_in(&code, &["18", "19", "20"])
            && ctx.tokens.get(t.end).is_some_and(|n| {
                (matches!(
                    n.upos,
                    Upos::Det | Upos::Noun | Upos::Propn | Upos::Num | Upos::Pron | Upos::Adj
                ) || (matches!(
                    n.norm.as_str(),
                    // (a quantity: "struck more than 60 targets", "hit at least 40 sites")
                    "more" | "nearly" | "about" | "some" | "over" | "at" | "almost" | "around"
                ) && ctx
                    .tokens
                    .get(t.end + 1)
                    .is_some_and(|m| m.upos == Upos::Num || matches!(m.norm.as_str(), "than" | "least"))))
                    && !crate::time::is_day_or_month(&n.norm)
                    // "delayed their meeting", "fought each other": still between them.
                    && !matches!(n.norm.as_str(), "their" | "each")
                    // "fought pitched battles": the fight itself.
                    && !(t.end..(t.end + 3).min(ctx.tokens.len())).any(|i| {
                        matches!(
                            ctx.lemmas[i].as_str(),
                            "battle" | "war" | "clash" | "gunbattle" | "skirmish" | "duel"
                        )
                    })
                    && (n.norm != "one" || ctx.w(t.end + 1) != "another")
            });
        // ("attacks by Iran and Iraq" on shipping are not on each other: an event noun of
        // force pairs its authors only when the dictionary says it is mutual, "clashes".)
        let nominal_force = nominal && !reciprocal && root_in(&code, &["18", "19", "20"]);
        // "Russia and Ukraine accused each other of violating the ceasefire": a reciprocal
        // object makes a verbal act mutual (not "formed a group to help one another get
        // seats": no aid between them).
        let verbal = root_in(
            &code,
            &["01", "02", "03", "04", "05", "10", "11", "12", "13", "14"],
        );
        // (Any act on "each other's" people or things is mutual: "New Delhi and Ottawa
        // expelled each other's top diplomats".)
        let each_other = (t.start..(t.end + 2).min(ctx.tokens.len())).any(|i| {
            matches!(
                (ctx.w(i), ctx.w(i + 1)),
                ("each", "other") | ("one", "another")
            ) && (verbal || (ctx.w(i) == "each" && matches!(ctx.w(i + 2), "'s" | "'")))
        })
            // ("Burhan and Dagalo have each blamed the other": "each" before the verb and
            // "the other" after it)
            || (verbal
                && (t.start.saturating_sub(3)..t.start).any(|i| ctx.w(i) == "each")
                && (t.start..(t.end + 1).min(ctx.tokens.len()))
                    .any(|i| ctx.w(i) == "the" && ctx.w(i + 1) == "other"));
        // (A long list recalled by a pronoun, "they were willing to continue talks" after a
        // sentence naming seven states, is too uncertain to pair every member: up to four.)
        let recalled = sources
            .iter()
            .any(|r| r.steps.iter().any(|s| s.starts_with("pronoun")));
        // ("Police and troops fired tear gas and shot into the air": one state's forces
        // named together fight on the same side; only a mutual pattern pairs them)
        let one_side_forces = !reciprocal
            && root_in(&code, &["18", "19", "20"])
            && distinct_countries(sources.iter()).len() <= 1
            && sources.iter().all(|r| {
                matches!(
                    dyad_core::ActorCode::parse(&r.code).sector.as_deref(),
                    Some("MIL" | "COP" | "GOV" | "SPY")
                )
            });
        if no_other_side
            && pair_ok
            && !own_object
            && !nominal_force
            && !one_side_forces
            && distinct_sources >= 2
            // (Nor a long list in a passive's by-phrase: "the meeting will be attended by
            // regulators from Australia, Britain, France, Hong Kong ...".)
            && !((recalled || passive) && distinct_sources > 4)
            && (symmetric(&code) || symmetric(&paired) || each_other)
        {
            targets = sources.iter().cloned().map(|r| (r, None)).collect();
            steps.push("compound subject without object: one event per pair of members".into());
            mutual_truce(ctx, t, &mut code, &mut steps);
        }
        // "police fired tear gas and live rounds on Thursday to break up thousands of
        // opposition supporters": force used with no object of its own is aimed at the object
        // of its purpose clause ("to disperse", "to break up", "to scatter").
        if targets.is_empty() && root_in(&code, &["17", "18", "19"]) {
            let end = (t.end + 12).min(ctx.tokens.len());
            let purpose = (t.end..end)
                .take_while(|&i| !ctx.is_break(i) && !matches!(ctx.w(i), ";" | "," | "but"))
                .find(|&i| {
                    ctx.w(i) == "to"
                        && ctx.lemmas.get(i + 1).is_some_and(|l| {
                            matches!(
                                l.as_str(),
                                "disperse"
                                    | "break"
                                    | "scatter"
                                    | "clear"
                                    | "repel"
                                    | "push"
                                    | "quell"
                                    | "drive"
                                    | "stop"
                                    | "contain"
                            )
                        })
                });
            if let Some(p) = purpose {
                let object = ctx.nps.iter().find(|np| {
                    np.start > p + 1
                        && np.start <= p + 7
                        && !np.possessive
                        && (p + 2..np.start).all(|i| {
                            !ctx.is_break(i) && ctx.tokens[i].upos != Upos::Verb && ctx.w(i) != ","
                        })
                });
                if let Some(np) = object {
                    targets = np.actors.iter().cloned().map(|r| (r, None)).collect();
                    steps.push(format!(
                        "target: the object of the purpose clause \"to {}\"",
                        ctx.w(p + 1)
                    ));
                }
            }
        }
        // "drills around Taiwan", "shelling near Bakhmut": for shows of force and violence
        // the place next to the trigger is what they are aimed at.
        let forceful = root_in(&code, &["14", "15", "18", "19", "20"]);
        // Sympathy goes to where the disaster struck ("expressed sorrow for the shootings
        // in South Carolina"), a few words further on.
        let empathy = code.as_deref() == Some("018");
        let reach = if empathy { 8 } else { 4 };
        let mut place_target = false;
        // An order is a demand on another state or body ("The International Court of Justice
        // ordered Israel to halt"), not a command to one's own ("the government ordered
        // troops into the streets", "the central bank ordered banks to").
        if matches!(lemma, "order" | "instruct" | "command") && root_in(&code, &["10"]) {
            let own_country: Vec<String> = sources.iter().filter_map(|r| r.country()).collect();
            // (With no country for the source yet, only a state or an international body.)
            targets.retain(|(r, _)| {
                let c = dyad_core::ActorCode::parse(&r.code);
                !r.sector_only
                    && if own_country.is_empty() {
                        c.sector.is_none() || r.code.starts_with("IGO")
                    } else {
                        r.country().is_none_or(|c| !own_country.contains(&c))
                    }
            });
            if targets.is_empty() {
                return None;
            }
        }
        // A pattern's `+` on a place: the place's country.
        // (Or right after a trigger ending in a directional preposition: "recall ambassador
        // from"; not a place where something is held, "conference in".)
        let ends_in_prep = t.end > t.start + 1
            && matches!(
                ctx.w(t.end - 1),
                "from" | "to" | "into" | "toward" | "towards" | "against"
            );
        // (Nor a place modifying a noun, "stood by the Paris accord", "the London market", nor
        // one after "of", "supporters of Baghdad"; "the holy city of Najaf" is the place
        // itself.)
        let modifier = |pl: &&ActorNp| {
            ctx.tokens.get(pl.end).is_some_and(|n| n.upos == Upos::Noun)
                || pl.start.checked_sub(1).is_some_and(|b| {
                    ctx.w(b) == "of"
                        && !b
                            .checked_sub(1)
                            .is_some_and(|a| PLACE_NOUNS.contains(&ctx.w(a)))
                })
        };
        // ("withdrew their envoys from Algiers over the downing of a Malian drone": the
        // place right after the preposition comes before an actor found further on)
        let place_first = ends_in_prep
            && pat_target.is_none()
            && !targets.is_empty()
            && ctx.places.iter().any(|pl| {
                pl.start >= t.end
                    && pl.start <= t.end + 1
                    && !modifier(&pl)
                    && targets
                        .iter()
                        .all(|(r, _)| r.start > ctx.tokens[pl.end.max(1) - 1].end)
            });
        if place_first {
            targets.clear();
        }
        if targets.is_empty() && !place_target {
            if let Some(p) = pat_target.or(ends_in_prep.then_some(t.end)).and_then(|p| {
                ctx.places.iter().filter(|pl| !modifier(pl)).find(|pl| {
                    // ("from the holy city of Najaf": determiners, adjectives, a place noun
                    // and "of" before it)
                    pl.start >= p
                        && pl.start <= p + 5
                        && (p..pl.start).all(|i| {
                            matches!(ctx.tokens[i].upos, Upos::Det | Upos::Adj)
                                || ctx.w(i) == "of"
                                || PLACE_NOUNS.contains(&ctx.w(i))
                        })
                })
            }) {
                // (a capital an envoy is recalled from stands for its government)
                let capital_gov =
                    root_in(&code, &["16"]) && p.actors.iter().all(|r| r.code.ends_with("GOV"));
                if capital_gov {
                    targets = p.actors.iter().map(|r| (r.clone(), None)).collect();
                    steps.push("target: the capital the envoy leaves, its government".into());
                } else {
                    targets = place_as_country(p);
                    steps.push("target: the place the pattern points at, as its country".into());
                }
                place_target = true;
            }
        }
        // "declared a state of emergency in Karakalpakstan", "imposed a curfew in Quito",
        // "lifted a curfew in Baghdad": emergency rule is imposed on (or lifted from) a
        // country: the place named after it, else the source's own country.
        let emergency = matches!(code.as_deref(), Some("1723" | "1724" | "0813" | "0814"));
        if targets.is_empty() && emergency {
            let place = ctx.places.iter().find(|p| {
                p.start >= t.end
                    && p.start <= t.end + 8
                    && (t.end..p.start).all(|i| !ctx.is_break(i) && ctx.w(i) != ",")
            });
            if let Some(p) = place {
                targets = place_as_country(p);
                place_target = true;
                steps.push("target: the place emergency rule covers, as its country".into());
            } else if let Some(cc) = sources.first().and_then(|s| s.country()) {
                let mut r = sources[0].clone();
                r.code = cc;
                r.name = None;
                r.person = false;
                targets = vec![(r, None)];
                steps.push("target: emergency rule over the source's own country".into());
            }
        }
        if targets.is_empty() && (forceful || empathy) {
            // (not a boundary: "hideouts near the rugged Afghan border")
            let boundary = |p: &&ActorNp| {
                p.end < ctx.tokens.len() && crate::actors::is_boundary_word(ctx.w(p.end))
            };
            if let Some(p) = ctx.places.iter().find(|p| {
                let near = p.start <= t.end + reach;
                p.start >= t.end && (near || (object_place(ctx, t.end, p.start) && !boundary(p)))
            }) {
                targets = place_as_country(p);
                place_target = true;
                steps.push("target: the place the force is aimed at, as its country".into());
            }
        }
        // "militants opened fire on a police checkpoint ..., before police returned fire":
        // fire returned with no object answers whoever fired on the source, in this
        // sentence (its first actor subject) or earlier in the document.
        if targets.is_empty()
            && root_in(&code, &["19"])
            && lemma == "return"
            && ctx.w(t.start + 1) == "fire"
        {
            let first = ctx
                .nps
                .iter()
                .filter(|np| np.end <= t.start && !np.pronoun && !np.possessive)
                .find(|np| {
                    // (a clause's subject, not a speaker's: "Misri said that Pakistani
                    // forces had violated the truce and that Indian troops had returned fire")
                    let verb = (np.end..(np.end + 3).min(t.start))
                        .find(|&i| ctx.tokens[i].upos == Upos::Verb);
                    matches!(
                        ctx.tokens.get(np.end).map(|n| n.upos),
                        Some(Upos::Verb | Upos::Aux)
                    ) && verb.is_some_and(|v| !events::REPORTING.contains(&ctx.lemmas[v].as_str()))
                        && np
                            .actors
                            .iter()
                            .all(|r| !sources.iter().any(|s| s.code == r.code) && !r.sector_only)
                });
            if let Some(np) = first {
                targets = np.actors.iter().cloned().map(|r| (r, None)).collect();
                steps.push("fire returned: at the attacker, the sentence's first subject".into());
            } else {
                for src in &sources {
                    let key = format!("@force-on:{}", src.code);
                    // (bare "police": whichever state's police were fired on)
                    let hit = |l: &String| {
                        *l == key
                            || (src.sector_only
                                && l.strip_prefix("@force-on:").is_some_and(|c| {
                                    c.len() == 3 + src.code.len() && c.ends_with(&src.code)
                                }))
                    };
                    if let Some((_, r)) = ctx.earlier.iter().rev().find(|(l, _)| hit(l)) {
                        if !targets.iter().any(|(t, _)| t.code == r.code) {
                            targets.push((r.clone(), None));
                        }
                    }
                }
                if !targets.is_empty() {
                    steps.push("fire returned: at whoever fired on the source before".into());
                }
            }
        }
        // "The foreign ministers of Congo and Rwanda signed a peace agreement ... The deal,
        // brokered by the United States and Qatar, commits ...": a broker of an agreement
        // told before mediates between its parties.
        if targets.is_empty()
            && code.as_deref() == Some("045")
            && passive
            && matches!(lemma, "broker" | "mediate" | "facilitate")
        {
            let mut b = t.start;
            while b > 0 && matches!(ctx.w(b - 1), "," | "was" | "were" | "been" | "being") {
                b -= 1;
            }
            // (a truce is remembered as a ceasefire)
            let label = |n: usize| agreement_label(&ctx.lemmas[n]);
            let noun = b.checked_sub(1).filter(|&n| {
                ctx.tokens[n].upos == Upos::Noun && AGREEMENT_NOUNS.contains(&label(n))
            });
            if let Some(n) = noun {
                let label = label(n);
                if let Some(parties) = parties_as_targets(ctx, label, &sources) {
                    targets = parties;
                    steps.push(format!(
                        "\"the {label}, brokered by\": the parties of the {label} told before"
                    ));
                }
            }
        }
        // "Israel and Hamas agreed to a ceasefire ... Qatar, which mediated the talks, said":
        // a mediator (or host) of talks, a meeting or an agreement told before acts on its
        // parties.
        if targets.is_empty()
            && !passive
            && code
                .as_deref()
                .is_some_and(|c| c.starts_with("045") || c.starts_with("043"))
            && matches!(lemma, "broker" | "mediate" | "facilitate" | "host")
        {
            let mut n = t.end;
            while n < ctx.tokens.len() && matches!(ctx.tokens[n].upos, Upos::Det | Upos::Adj) {
                n += 1;
            }
            let label = (n < ctx.tokens.len() && ctx.tokens[n].upos == Upos::Noun)
                .then(|| agreement_label(&ctx.lemmas[n]))
                .filter(|l| {
                    AGREEMENT_NOUNS.contains(l) || matches!(*l, "talk" | "negotiation" | "meeting")
                });
            if let Some(label) = label {
                if let Some(parties) = parties_as_targets(ctx, label, &sources) {
                    targets = parties;
                    steps.push(format!(
                        "\"{} the {}\": the parties of the {label} told before",
                        ctx.w(t.start),
                        ctx.w(n)
                    ));
                }
            }
        }
        // "The Houthis vowed to respond": a vow of retaliation with no object threatens
        // whoever attacked the speaker earlier in the document (each attacker, most recent
        // first).
        // ("Zakharova warned that Moscow would retaliate": the retaliation in the warning's
        // clause)
        let warned = code.as_deref() == Some("130");
        let warned_retaliation = || {
            warned
                && (t.end..(t.end + 8).min(ctx.tokens.len()))
                    .take_while(|&i| !matches!(ctx.w(i), ";" | "." | "but"))
                    .any(|i| {
                        matches!(
                            ctx.lemmas[i].as_str(),
                            "respond" | "retaliate" | "retaliation" | "response" | "reciprocate"
                        )
                    })
        };
        if targets.is_empty()
            && root_in(&code, &["13"])
            && (retaliation(ctx, t) || warned_retaliation())
        {
            let earlier_on = |kind: &str, targets: &mut Vec<(Resolved, Option<Modality>)>| {
                let mut seen: Vec<String> = Vec::new();
                for src in &sources {
                    let keys = [
                        format!("@{kind}-on:{}", src.code),
                        format!("@{kind}-on:{}", src.country().unwrap_or_default()),
                    ];
                    for (l, r) in ctx.earlier.iter().rev() {
                        // (one actor per country, the most recent: "Moldova expelled ...",
                        // "Moldova's foreign minister accused ...")
                        let home = r.country().unwrap_or_else(|| r.code.clone());
                        if keys.contains(l) && !seen.contains(&home) && r.country() != src.country()
                        {
                            seen.push(home);
                            targets.push((r.clone(), None));
                        }
                    }
                }
            };
            // "the killing would not go unpunished": the act named as the subject, by its
            // author (force answered with force: 138).
            let mut b = t.start;
            while b > 0 && matches!(ctx.tokens[b - 1].upos, Upos::Aux | Upos::Adv | Upos::Part) {
                b -= 1;
            }
            let subject_act = (b >= 2)
                .then(|| b - 2)
                .filter(|_| {
                    ctx.tokens[b - 1].upos == Upos::Noun && ctx.np_index_at(b - 1).is_none()
                })
                .and_then(|d| earlier_event(ctx, d))
                .filter(|(r, _)| !sources.iter().any(|s| s.country() == r.country()));
            if let Some((r, noun)) = subject_act {
                let force = matches!(
                    ctx.lemmas[noun].as_str(),
                    "killing"
                        | "attack"
                        | "strike"
                        | "airstrike"
                        | "bombing"
                        | "shelling"
                        | "assassination"
                );
                steps.push(format!(
                    "a threat of retaliation for \"the {}\": against its author",
                    ctx.w(noun)
                ));
                if force {
                    code = Some("138".into());
                }
                targets.push((r, None));
            }
            earlier_on("force", &mut targets);
            if !targets.is_empty() {
                code = Some("138".into());
                steps.push(
                    "a vow of retaliation: it threatens force (138) on those who attacked the speaker earlier"
                        .into(),
                );
            } else {
                // ("Moldova expelled 45 Russian diplomats ... Moscow would retaliate")
                earlier_on("hostile", &mut targets);
                if !targets.is_empty() {
                    steps.push(
                        "a warning of retaliation: it threatens those who acted against the speaker earlier"
                            .into(),
                    );
                }
            }
        }
        // A denial with no object ("a charge Islamabad denied") answers whoever accused its
        // source: kept for `deny_accusations`, which finds the accuser or drops it.
        // ("..., an accusation Tehran rejected", "a charge the Gulf state has dismissed":
        // rejecting a charge fronted before the subject is a denial too)
        if targets.is_empty()
            && matches!(
                ctx.lemmas[t.start].as_str(),
                "reject" | "dismiss" | "refute" | "rebuff"
            )
            && fronted_charge(ctx, &sources, t.start)
        {
            steps.push("the charge fronted before the subject is what it rejects: a denial".into());
            code = Some("016".into());
        }
        // ", a move Pakistan condemned", ", a move the opposition welcomed" after a main
        // clause whose act no pattern codes ("India revoked Kashmir's special status"): the
        // act judged is the main clause's, by its subject.
        // (A coded act there is found by `judged_acts_in_sentence`, a passive's agent too.)
        // (Not a rejection: ", a proposal X rejected" is often no act of the subject's.)
        if targets.is_empty() && !nominal && root_in(&code, &["11", "05"]) {
            if let Some(comma) = fronted_act_comma(ctx, &sources) {
                let coded_before = ctx.triggers.iter().any(|&(a, _, _)| a < comma);
                if !(coded_before && root_in(&code, &["11"])) {
                    if let Some(k) = ctx.main_subject_at(comma) {
                        let own: Vec<&str> = sources.iter().map(|r| r.code.as_str()).collect();
                        targets = ctx
                            .coordinated_before(k)
                            .into_iter()
                            .flat_map(|k| ctx.nps[k].actors.iter().cloned())
                            .filter(|r| !own.contains(&r.code.as_str()))
                            .map(|r| (r, None))
                            .collect();
                        if !targets.is_empty() {
                            steps.push(
                                "\", a move X judged\": the main clause's act, by its subject"
                                    .into(),
                            );
                        }
                    }
                }
            }
        }
        let denial = code.as_deref() == Some("016");
        // A judgement of "the move" or "the drills" that no earlier sentence told: kept for
        // `judged_acts_in_sentence`, which looks for the act earlier in this sentence.
        let judged_here = targets.is_empty()
            && !nominal
            && root_in(&code, &["11"])
            && ((matches!(ctx.w(t.end), "the" | "this" | "these" | "that" | "those")
                && ctx.lemmas.get(t.end + 1).is_some_and(|l| {
                    GENERIC_ACTS.contains(&l.as_str()) || l == "attack" || l == "strike"
                }))
                // ("condemned what it called a reckless provocation")
                || what_called
                // ("sentenced him to eight years, a verdict Prime Minister Morawiecki
                // condemned": the act named before the subject, set off by a comma)
                || fronted_act(ctx, &sources));
        // ("condemned Pakistani air strikes ... and vowed to retaliate": the act answered is
        // told earlier in this sentence)
        let answered_here = !judged_here
            && targets.is_empty()
            && !nominal
            && root_in(&code, &["13"])
            && (retaliation(ctx, t) || warned_retaliation());
        let judged_here = judged_here || answered_here;
        if judged_here {
            steps.push("the act judged is looked for earlier in the sentence".into());
        }
        if targets.is_empty() && !denial && !judged_here {
            // Events that need no recipient keep their source alone: protests (14) and
            // shows of force such as missile launches and mobilisations (15), and a claim of
            // responsibility, whose act may have been told before (see the coder's
            // `claims_of_told_attacks`).
            let claim = code.as_deref() == Some("015") && ctx.lemmas[t.start] == "claim";
            if !root_in(&code, &["14", "15"]) && !claim {
                return None;
            }
            steps.push(
                "no recipient: a protest or show of force is coded with its source alone".into(),
            );
        }
        // Contrast: "mentioned to Minister Park, although not to Minister Hayashi".
        if let Some(last) = targets_idx
            .as_ref()
            .and_then(|ks| ks.last())
            .map(|k| ctx.nps[*k].end)
        {
            let mut i = last;
            let mut saw_not = false;
            while i < ctx.tokens.len() && i < last + 5 {
                match ctx.w(i) {
                    "," | "although" | "though" | "but" | "and" | "to" | "with" | "on"
                    | "against" => {}
                    "not" | "never" => saw_not = true,
                    _ => break,
                }
                i += 1;
            }
            if saw_not {
                if let Some(k) = ctx
                    .nps
                    .iter()
                    .position(|np| np.start >= i && np.start <= i + 2)
                {
                    for r in ctx.nps[k].actors.iter().cloned() {
                        targets.push((r, Some(Modality::Negated)));
                    }
                    steps.push("contrast \"not to X\": negated event for X".into());
                }
            }
        }
        // One hosts people, not acts: "welcomed Denmark's pledge" praises Denmark (051), as
        // does "welcomed this week's increase in U.S. prime rates" (no direct object).
        // (So does an act told earlier: "welcomed the sanctions", by event coreference.)
        let coreferent_act = steps
            .iter()
            .any(|s| s.starts_with("event coreference") || s.starts_with("\", a move"));
        if code.as_deref() == Some("043")
            && ctx.lemmas[t.start] == "welcome"
            && (coreferent_act
                // (or the passive's subject is an act: "the release of ... by Azerbaijan was
                // welcomed")
                || (passive && ctx.author_of_subject(t.start).is_some())
                // ("the resumption of talks between Serbia and Kosovo was welcomed": an event
                // noun in the subject)
                || (passive
                    && ctx
                        .triggers
                        .iter()
                        .any(|&(s, _, noun)| noun && s < t.start))
                || targets_idx
                    .as_ref()
                    .and_then(|ks| ks.first())
                    .is_some_and(|&k| {
                        // (a passive's subject, "Blinken was welcomed by", is hosted)
                        ctx.nps[k].possessive
                            || (ctx.nps[k].start >= t.end && !direct_object(ctx, t, k))
                    }))
        {
            code = Some("051".into());
            steps.push("\"welcome\" with X's act as object: praise (051), not hosting".into());
        }
        // ("will not go unanswered": the negation is part of the threat)
        let negation_in_pattern = pattern.is_some_and(events::pattern_has_negation)
            || (t.start..t.end)
                .any(|i| matches!(ctx.lemmas[i].as_str(), "unanswered" | "unpunished"));
        let alleged = (!nominal).then(|| alleged_by(ctx, t.start)).flatten();
        let mut modality_cue = None;
        let light_trigger = light_verb.map(|lv| Trigger {
            start: lv,
            end: lv + 1,
            verb: t.verb,
            alts: Vec::new(),
            len: 1,
            fronted: false,
        });
        let modality = ctx
            .modality(t, nominal)
            .or_else(|| {
                light_trigger
                    .as_ref()
                    .and_then(|lt| ctx.modality(lt, false))
            })
            .filter(|(m, _)| !(negation_in_pattern && *m == Modality::Negated))
            .map(|(m, cue)| {
                steps.push(format!("modality {} from {}", m.as_str(), cue));
                modality_cue = Some(cue.trim_matches('"').to_string());
                m
            })
            .or_else(|| {
                // "jailed X for helping militants": what a charge says, not the report.
                let cue = alleged?;
                steps.push(format!("modality alleged: the reason for \"{cue}\""));
                modality_cue = Some(cue.to_string());
                Some(Modality::Alleged)
            })
            .or_else(|| {
                // "urged Israel to allow aid": asked for, not done.
                steps
                    .iter()
                    .any(|s| s.starts_with("object control"))
                    .then(|| {
                        steps.push("modality hypothetical: an action asked of the object".into());
                        Modality::Hypothetical
                    })
            })
            .or_else(|| {
                // "Could China invade Taiwan by 2027?": a question asserts nothing.
                (ctx.tokens.last().is_some_and(|x| x.norm == "?")).then(|| {
                    steps.push("modality hypothetical: the sentence is a question".into());
                    Modality::Hypothetical
                })
            });
        // "urged Washington and Paris to pressure Israel", "urged Rwanda to withdraw its
        // forces": an act asked of someone is the appeal's content, coded by the appeal (its
        // code follows the act asked for), not an event of its own; labelled news codes only
        // the appeal.
        if steps.iter().any(|s| s.starts_with("object control")) {
            return None;
        }
        // Reported speech: a reporting verb earlier in the sentence with its own subject.
        let reporting_at = (0..t.start).rev().find(|&i| events_reporting(ctx, i));
        let speaker = reporting_at
            .and_then(|i| ctx.subject_before(i))
            .and_then(|(ks, _)| ctx.nps.get(ks[0]).and_then(|np| np.actors.first().cloned()))
            .filter(|sp| !sources.iter().any(|s| s.code == sp.code));
        // (a verb, not a noun the tagger read as one: "an inquiry into claims a worker was")
        let speaker_verb = speaker
            .as_ref()
            .and(reporting_at)
            .filter(|&i| {
                i == 0 || !matches!(ctx.tokens[i - 1].upos, Upos::Adp | Upos::Det | Upos::Adj)
            })
            .map(|i| ctx.lemmas[i].clone());
        if let Some(sp) = &speaker {
            steps.push(format!("reported speech: said by {}", sp.code));
        }
        Some(Draft {
            trigger: t.clone(),
            code,
            paired,
            pattern: pattern_text,
            sources,
            targets,
            modality,
            modality_cue,
            stated_intent: false,
            steps,
            speaker,
            speaker_verb,
            reach: pat_target,
            worded,
            place_target,
        })
    }
}

fn events_reporting(ctx: &Ctx, i: usize) -> bool {
    ctx.tokens[i].upos == Upos::Verb && events::REPORTING.contains(&ctx.lemmas[i].as_str())
}

/// Whether actor phrase `k` follows "in" or "at" (past its modifiers): a place where
/// something happens ("talks in Almaty", "a meeting at the White House").
fn located_at(ctx: &Ctx, k: usize) -> bool {
    ctx.before_np(&ctx.nps[k])
        .is_some_and(|b| matches!(ctx.w(b), "in" | "at"))
}

/// Whether actor phrase `k` names a gathering on whose sidelines something happens ("on
/// the sidelines of a BRICS summit", "on the margins of the G20").
fn on_sidelines(ctx: &Ctx, k: usize) -> bool {
    ctx.before_np(&ctx.nps[k])
        .is_some_and(|b| ctx.w(b) == "of" && b > 0 && SIDELINES.contains(&ctx.w(b - 1)))
}

/// The words for the edge of a gathering: "on the sidelines of", "on the margins of".
const SIDELINES: &[&str] = &[
    "sidelines",
    "sideline",
    "margins",
    "margin",
    "fringes",
    "fringe",
];

/// Nouns that name a place itself ("the holy city of Najaf", "the province of Idlib").
const PLACE_NOUNS: &[&str] = &[
    "city", "town", "village", "province", "region", "capital", "port", "district",
];

/// A place as an event target: its country ("near Bakhmut" -> UKR, "in Nairobi" -> KEN,
/// not the capital's government).
fn place_as_country(pl: &ActorNp) -> Vec<(Resolved, Option<Modality>)> {
    // ("struck targets across Houthi-controlled Yemen": the group that holds the place)
    let holders: Vec<(Resolved, Option<Modality>)> = pl
        .actors
        .iter()
        .filter(|r| {
            r.entries.iter().any(|e| {
                ["-controlled", "-held", "-run"]
                    .iter()
                    .any(|sfx| e.contains(sfx))
            })
        })
        .map(|r| {
            let mut r = r.clone();
            r.steps
                .push("the group that holds the place, not its country".into());
            (r, None)
        })
        .collect();
    if !holders.is_empty() {
        return holders;
    }
    // ("rallied outside the French embassy": an embassy or consulate is its government's,
    // not a place in the country)
    pl.actors
        .iter()
        .filter_map(|r| {
            let cc = r.country()?;
            let mut r = r.clone();
            if r.is_mission() {
                r.steps.push("an embassy is its government's".into());
            } else {
                r.code = cc;
            }
            Some((r, None))
        })
        .collect()
}

/// "told visiting U.S. Secretary of State Antony Blinken": a prenominal "visiting" names
/// the visitor (the actor phrase right after it) and, as host, the subject of the clause.
fn visiting(ctx: &Ctx, t: &Trigger) -> Option<(Vec<usize>, Vec<usize>)> {
    if t.end != t.start + 1 || ctx.w(t.start) != "visiting" {
        return None;
    }
    // Not the progressive "is visiting China", nor a gerund after a preposition ("warned
    // officials against visiting Taiwan").
    // ("met with visiting Iraqi Prime Minister Allawi" is prenominal.)
    if t.start > 0
        && (ctx.tokens[t.start - 1].upos == Upos::Aux
            || matches!(
                ctx.w(t.start - 1),
                "against"
                    | "from"
                    | "about"
                    | "after"
                    | "before"
                    | "by"
                    | "while"
                    | "without"
                    | "on"
                    | "in"
                    | "through"
            ))
    {
        return None;
    }
    let k = ctx.nps.iter().position(|np| np.start == t.end)?;
    // A visitor is a person or a body ("visiting U.S. Secretary of State", "the visiting
    // Chinese delegation"); a bare state after "visiting" is the place visited.
    if ctx.nps[k]
        .actors
        .iter()
        .all(|r| !r.person && dyad_core::ActorCode::parse(&r.code).sector.is_none())
    {
        return None;
    }
    let (host, _) = ctx.subject_before(t.start)?;
    Some((ctx.coordinated_after(k), host))
}

/// "Russian missiles hit a power plant in Kyiv": an armed actor, or a weapon named in the
/// subject, hits something with a place after it.
fn armed_hit(ctx: &Ctx, t: &Trigger, sources: &[Resolved]) -> bool {
    const ARMED: &[&str] = &["MIL", "REB", "UAF", "COP", "SPY"];
    const WEAPONS: &[&str] = &[
        "missile",
        "rocket",
        "shell",
        "drone",
        "airstrike",
        "strike",
        "bomb",
        "artillery",
        "mortar",
        "warplane",
        "jet",
        "aircraft",
        "helicopter",
        "tank",
        "gunboat",
    ];
    let place_after = ctx
        .places
        .iter()
        .any(|p| p.start > t.end && object_place(ctx, t.end, p.start));
    let armed = sources.iter().any(|r| {
        dyad_core::ActorCode::parse(&r.code)
            .sector
            .is_some_and(|s| ARMED.contains(&s.as_str()))
    });
    let weapon =
        (t.start.saturating_sub(3)..t.start).any(|i| WEAPONS.contains(&ctx.lemmas[i].as_str()));
    place_after && (armed || weapon)
}

/// Whether a place starting at token `p` is in the object phrase that starts at token
/// `from`: within eight words, with only nouns, adjectives, numbers, determiners,
/// possessives and locative prepositions ("in", "of", "near", "off" ...) between ("hit an oil refinery in Russia's
/// Krasnodar region"), so no clause or list boundary.
fn object_place(ctx: &Ctx, from: usize, p: usize) -> bool {
    p >= from
        && p <= from + 8
        && (from..p).all(|i| {
            let x = &ctx.tokens[i];
            // (a prenominal participle too: "a crowded hardware superstore in Kharkiv")
            let prenominal = x.upos == Upos::Verb
                && x.norm.ends_with("ed")
                && i > from
                && matches!(ctx.tokens[i - 1].upos, Upos::Det | Upos::Num | Upos::Adj)
                && ctx
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| matches!(n.upos, Upos::Noun | Upos::Adj));
            prenominal
                || matches!(
                    x.upos,
                    Upos::Det | Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num | Upos::Part
                )
                || matches!(
                    x.norm.as_str(),
                    "in" | "of"
                        | "near"
                        | "at"
                        | "off"
                        | "outside"
                        | "on"
                        | "'s"
                        | "across"
                        | "than"
                        | "more"
                        | "throughout"
                        | "inside"
                )
        })
}

/// Whether actor phrase `k` is the direct object of trigger `t`: only determiners, numbers,
/// adjectives or an "-ing" modifier between ("received the visiting Chinese premier"), and
/// not itself a modifier of a noun after it ("could hit EU growth").
fn direct_object(ctx: &Ctx, t: &Trigger, k: usize) -> bool {
    let np = &ctx.nps[k];
    np.start >= t.end
        && (t.end..np.start).all(|i| {
            let x = &ctx.tokens[i];
            matches!(x.upos, Upos::Det | Upos::Num | Upos::Adj)
                || (x.upos == Upos::Verb && x.norm.ends_with("ing"))
                // (a possessive determiner: "hosted his Egyptian counterpart")
                || matches!(x.norm.as_str(), "his" | "her" | "their" | "its" | "our")
        })
        && !ctx.tokens.get(np.end).is_some_and(|n| {
            matches!(n.upos, Upos::Noun | Upos::Adj)
                // (a state's facility or force is the state hit: "hit a Russian airbase")
                && !matches!(
                    ctx.lemmas[np.end].as_str(),
                    "airbase"
                        | "base"
                        | "airfield"
                        | "barracks"
                        | "warship"
                        | "ship"
                        | "vessel"
                        | "convoy"
                        | "outpost"
                        | "checkpoint"
                        | "refinery"
                        | "depot"
                        | "position"
                        // (nor is a person named by a role in it: "received Sudan's army
                        // chief")
                        | "chief"
                        | "commander"
                        | "leader"
                        | "head"
                        | "minister"
                        | "envoy"
                        | "delegation"
                        | "official"
                        | "officials"
                        | "spokesman"
                        | "spokeswoman"
                        | "representative"
                        | "counterpart"
                )
        })
}

/// "five Palestinians killed Saturday in the continuing Israeli operation": a past
/// participle right after an actor phrase, with the actor of the means in a PP after it.
fn reduced_relative_means(ctx: &Ctx, t: &Trigger) -> Option<Vec<usize>> {
    let tok = &ctx.tokens[t.start];
    if t.end != t.start + 1 || tok.upos != Upos::Verb || !tok.norm.ends_with("ed") {
        return None;
    }
    ctx.nps.iter().find(|np| np.end == t.start && !np.pronoun)?;
    // (not "Israel killed ..." with a means after: a finite verb has an object next)
    if ctx.tokens.get(t.end).is_some_and(|n| {
        matches!(n.upos, Upos::Det | Upos::Num | Upos::Pron | Upos::Propn)
            && !crate::time::is_day_or_month(&n.norm)
    }) {
        return None;
    }
    ctx.means_agent_after(t.end)
}

/// Whether the complement clause starting at `from` (after "warned that") says what its
/// subject will suffer: a non-pronoun subject (a pronoun there is mostly the speaker:
/// "warned it would fight") followed, within eight words, by a verb of penalty.
fn threat_clause(ctx: &Ctx, from: usize) -> bool {
    let Some(np) = ctx
        .nps
        .iter()
        .find(|np| np.start >= from && np.start <= from + 2)
    else {
        return false;
    };
    !np.pronoun
        && (np.end..(np.end + 8).min(ctx.tokens.len())).any(|i| {
            ctx.tokens[i].upos == Upos::Verb
                && matches!(
                    ctx.lemmas[i].as_str(),
                    "pay" | "face" | "regret" | "suffer" | "bear" | "punish" | "destroy"
                )
        })
}

/// "held talks with Suleiman during a surprise visit to Beirut", "signed the deal on a trip to
/// Hanoi": a travel noun in a "during"/"on" adjunct after a verb is a trip its subject made,
/// and a conversation noun in a "during"/"on"/"in" adjunct one it held ("urged restraint
/// during a phone call with Pezeshkian").
/// (A possessor or by-phrase of the noun names the traveller instead; the caller tries those
/// first.)
fn visit_adjunct_subject(ctx: &Ctx, t: &Trigger) -> Option<(Vec<usize>, Vec<String>)> {
    let travel = (t.start..t.end).any(|i| {
        matches!(
            ctx.lemmas[i].as_str(),
            "visit" | "trip" | "tour" | "stopover"
        )
    });
    // ("urged restraint during a phone call with Pezeshkian", "in talks with": a
    // conversation the subject held.)
    let conversation = (t.start..t.end).any(|i| {
        matches!(
            ctx.lemmas[i].as_str(),
            "call" | "conversation" | "talk" | "meeting" | "videoconference"
        )
    });
    // ("captured the town after heavy fighting with Congolese troops", "withdrew following
    // clashes with Hamas fighters": a fight the subject was in.)
    let combat = ctx.w(t.end - 1) == "with"
        && (t.start..t.end).any(|i| {
            matches!(
                ctx.lemmas[i].as_str(),
                "clash" | "clashes" | "fighting" | "fight" | "battle" | "skirmish" | "firefight"
            )
        });
    if !(travel || conversation || combat) {
        return None;
    }
    // Back over the noun's modifiers ("a surprise", "a two-day state") to the preposition.
    let mut j = t.start;
    for _ in 0..4 {
        let p = j.checked_sub(1)?;
        if !matches!(
            ctx.tokens[p].upos,
            Upos::Det | Upos::Adj | Upos::Noun | Upos::Num
        ) || ctx.np_index_at(p).is_some()
        {
            break;
        }
        j = p;
    }
    let prep = j.checked_sub(1)?;
    // ("in": not after a noun the talks complete, "slow progress in debt talks with Brazil")
    let in_ok = conversation
        && ctx.w(prep) == "in"
        && !prep.checked_sub(1).is_some_and(|n| {
            matches!(
                ctx.lemmas[n].as_str(),
                "progress"
                    | "breakthrough"
                    | "deadlock"
                    | "impasse"
                    | "stalemate"
                    | "setback"
                    | "delay"
                    | "hitch"
                    | "snag"
                    | "role"
                    | "part"
                    | "participation"
                    | "interest"
                    | "confidence"
                    | "recur"
            )
        });
    let combat_ok = combat
        && matches!(
            ctx.w(prep),
            "after" | "following" | "amid" | "during" | "in"
        );
    if !(matches!(ctx.w(prep), "during" | "on") || in_ok || combat_ok) {
        return None;
    }
    // The verb the adjunct modifies: the nearest one before it in the clause.
    let v = (prep.saturating_sub(30)..prep)
        .rev()
        .take_while(|&i| !matches!(ctx.w(i), ";" | ":"))
        .find(|&i| ctx.tokens[i].upos == Upos::Verb)?;
    ctx.subject_before(v)
}

/// "In a phone call with Egyptian President al-Sisi, Biden discussed ...": an event noun in
/// a prepositional phrase that opens the sentence belongs to the main clause's subject (the
/// actor phrase right after the comma, followed by its verb).
fn fronted_pp_subject(ctx: &Ctx, t: &Trigger) -> Option<Vec<usize>> {
    // (Also after an opening participle: "Speaking after talks with Zelensky in Kyiv, Sunak
    // pledged ...".)
    let opening = if ctx.tokens.first().is_some_and(|x| x.norm.ends_with("ing"))
        && ctx.tokens.first().is_some_and(|x| x.upos == Upos::Verb)
    {
        1
    } else {
        0
    };
    if !matches!(
        ctx.w(opening),
        "in" | "during" | "at" | "after" | "following"
    ) {
        return None;
    }
    subject_after_comma(ctx, t)
}

/// "Receiving Orban in the Kremlin, Putin told him", "After meeting Orban, Putin said": a
/// participle opening the sentence (alone or after "after", "while", "when", "upon", "on",
/// "since", "by") is done by the main clause's subject after the comma. (Not after
/// "before": "Before leaving for Beijing, Bush met dissidents" tells no trip yet.)
fn fronted_participle_subject(ctx: &Ctx, t: &Trigger) -> Option<Vec<usize>> {
    let head = &ctx.tokens[t.start];
    if !(head.upos == Upos::Verb && head.norm.ends_with("ing")) {
        return None;
    }
    let opening = t.start == 0
        || (t.start == 1
            && matches!(
                ctx.w(0),
                "after" | "while" | "when" | "upon" | "on" | "since" | "by"
            ));
    // (not "Speaking at a rally of Spain's Vox party, Milei said": a frame for what is said,
    // no act on the hosts; nor a gerund subject, "Slapping penalties on the leader meant
    // the road to diplomacy was closed, the spokesman wrote", with a finite verb of its own)
    if !opening || ctx.lemmas[t.start] == "speak" {
        return None;
    }
    let comma = (t.end..ctx.tokens.len()).find(|&i| ctx.w(i) == ",")?;
    if (t.end..comma).any(|i| {
        ctx.tokens[i].upos == Upos::Aux
            || (ctx.tokens[i].upos == Upos::Verb && !ctx.w(i).ends_with("ing"))
    }) {
        return None;
    }
    subject_after_comma(ctx, t)
}

/// The actor phrase (with its coordination) right after the first comma after `t`, followed
/// by its verb: the subject of a main clause a fronted phrase holding `t` opens.
fn subject_after_comma(ctx: &Ctx, t: &Trigger) -> Option<Vec<usize>> {
    let comma = (t.end..ctx.tokens.len()).find(|&i| ctx.w(i) == ",")?;
    if (0..t.start).any(|i| ctx.w(i) == ",") {
        return None;
    }
    let mut s = comma + 1;
    while s < ctx.tokens.len() && ctx.tokens[s].upos == Upos::Det {
        s += 1;
    }
    let k = ctx.nps.iter().position(|np| np.start == s)?;
    let group = ctx.coordinated_after(k);
    let end = group.iter().map(|&g| ctx.nps[g].end).max()?;
    let mut v = end;
    while v < ctx.tokens.len() && ctx.tokens[v].upos == Upos::Adv {
        v += 1;
    }
    ctx.tokens
        .get(v)
        .is_some_and(|x| matches!(x.upos, Upos::Verb | Upos::Aux))
        .then_some(group)
}

/// "were killed in Israeli tank shelling", "after Russian shelling": an "-ing" trigger
/// right after a preposition and a short modifier run holding an actor phrase (the tagger
/// may call the modifiers verbs) is an event noun modified by that actor.
fn gerund_in_pp(ctx: &Ctx, t: &Trigger) -> Option<Vec<usize>> {
    if t.end != t.start + 1 || !ctx.w(t.start).ends_with("ing") {
        return None;
    }
    let mut i = t.start;
    let mut actor = None;
    let mut verb_skipped = false;
    for _ in 0..3 {
        let j = i.checked_sub(1)?;
        if let Some(k) = ctx.np_index_at(j) {
            actor = Some(k);
            i = ctx.nps[k].start;
            break;
        }
        // Between the actor and the gerund only words for the means ("tank", "artillery",
        // "air"): not "a coup in Equatorial Guinea deny breaching".
        if !matches!(
            ctx.lemmas[j].as_str(),
            "tank"
                | "artillery"
                | "mortar"
                | "rocket"
                | "missile"
                | "drone"
                | "air"
                | "naval"
                | "army"
                | "police"
                | "gunship"
                | "helicopter"
                | "cross-border"
                | "heavy"
        ) {
            return None;
        }
        match ctx.tokens[j].upos {
            Upos::Adj | Upos::Noun | Upos::Propn => i = j,
            Upos::Verb => {
                verb_skipped = true;
                i = j;
            }
            _ => return None,
        }
    }
    let k = actor?;
    let before = i.checked_sub(1)?;
    let pp = ctx.tokens[before].upos == Upos::Adp
        && matches!(ctx.w(before), "in" | "by" | "after" | "from" | "during");
    // A modifier the tagger called a verb ("tank") only after a participle ("killed in
    // Israeli tank shelling"), not in "a coup in Equatorial Guinea deny breaching".
    let verb_ok = !verb_skipped
        || before
            .checked_sub(1)
            .is_some_and(|p| ctx.tokens[p].upos == Upos::Verb && ctx.w(p).ends_with("ed"));
    (pp && verb_ok).then(|| vec![k])
}

/// "..., Khamenei said, in a warning to Israel": an event noun in a phrase right after a
/// reporting verb ("said, in a warning to", "said in a message to") is the speaker's.
fn speaker_of_adjunct(ctx: &Ctx, t: &Trigger) -> Option<Vec<usize>> {
    let mut b = t.start;
    while b > 0 && matches!(ctx.tokens[b - 1].upos, Upos::Det | Upos::Adj) {
        b -= 1;
    }
    let prep = b.checked_sub(1)?;
    if !matches!(ctx.w(prep), "in" | "with") {
        return None;
    }
    let mut v = prep.checked_sub(1)?;
    if ctx.w(v) == "," {
        v = v.checked_sub(1)?;
    }
    if !(ctx.tokens[v].upos == Upos::Verb && events::REPORTING.contains(&ctx.lemmas[v].as_str())) {
        return None;
    }
    ctx.subject_before(v).map(|(ks, _)| ks)
}

/// "..., an accusation Tehran rejected": the source's phrase follows a charge noun (and
/// any determiner) and only auxiliaries or adverbs stand between it and the verb at `verb`.
fn fronted_charge(ctx: &Ctx, sources: &[Resolved], verb: usize) -> bool {
    let Some(np) = source_np(ctx, sources) else {
        return false;
    };
    let mut k = np.start;
    while k > 0 && ctx.tokens[k - 1].upos == Upos::Det {
        k -= 1;
    }
    k > 0
        && np.end <= verb
        && matches!(
            ctx.lemmas[k - 1].as_str(),
            "charge" | "accusation" | "allegation" | "claim"
        )
        && (np.end..verb).all(|i| matches!(ctx.tokens[i].upos, Upos::Aux | Upos::Adv | Upos::Part))
}

/// ", a verdict Prime Minister Mateusz Morawiecki condemned": the source's phrase follows a
/// comma, an article and a noun naming an act (an object relative clause on an apposition).
fn fronted_act(ctx: &Ctx, sources: &[Resolved]) -> bool {
    fronted_act_comma(ctx, sources).is_some()
}

/// [`fronted_act`]'s comma: the one before ", a move".
fn fronted_act_comma(ctx: &Ctx, sources: &[Resolved]) -> Option<usize> {
    let np = source_np(ctx, sources)?;
    // (", a move Israel denounced", ", a move that Israel denounced")
    // (past the phrase's own article: ", a move the main opposition party denounced")
    let mut s = np.start;
    while s > 0 && ctx.tokens[s - 1].upos == Upos::Det && !matches!(ctx.w(s - 1), "that" | "which")
    {
        s -= 1;
    }
    let s = if s > 0 && matches!(ctx.w(s - 1), "that" | "which") {
        s - 1
    } else {
        s
    };
    (s >= 3
        && ctx.tokens[s - 1].upos == Upos::Noun
        && matches!(ctx.w(s - 2), "a" | "an")
        && ctx.w(s - 3) == ",")
        .then(|| s - 3)
}

/// The actor phrase the first source was read from.
fn source_np<'a>(ctx: &'a Ctx, sources: &[Resolved]) -> Option<&'a ActorNp> {
    let src = sources.first()?;
    ctx.nps
        .iter()
        .find(|np| np.actors.iter().any(|a| a.start == src.start))
}
