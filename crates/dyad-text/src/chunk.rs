//! Rule-based shallow structure on top of UPOS: noun-phrase and verb-group chunks,
//! clause spans, and news datelines.
//!
//! ```
//! use dyad_text::{chunk::{chunks, ChunkKind}, Analyzer};
//! let text = "North Korea's military fired two short-range ballistic missiles.";
//! let s = &Analyzer::builtin().analyze(text)[0];
//! let nps: Vec<&str> = chunks(s)
//!     .iter()
//!     .filter(|c| c.kind == ChunkKind::Np)
//!     .map(|c| &text[s.tokens[c.start_tok].start..s.tokens[c.end_tok - 1].end])
//!     .collect();
//! assert_eq!(nps, ["North Korea's", "military", "two short-range ballistic missiles"]);
//! ```

use crate::{Sentence, Token, Upos};

/// Kind of a chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChunkKind {
    /// Base noun phrase: `(DET|PRON-poss)? (ADV? ADJ|NUM|NOUN|PROPN)* head`, where the
    /// head is NOUN, PROPN, PRON or NUM. A possessive `'s` closes the phrase
    /// (`[North Korea 's] [missiles]`, as in CoNLL-2000).
    Np,
    /// Verb group: `AUX* (ADV|PART)* VERB` or a lone AUX used as main verb
    /// (`has not yet decided`, `was`).
    Vg,
}

/// A chunk: tokens `start_tok..end_tok` of a sentence (half-open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    /// First token index.
    pub start_tok: usize,
    /// One past the last token index.
    pub end_tok: usize,
    /// Kind.
    pub kind: ChunkKind,
}

fn is_nominal(t: &Token) -> bool {
    matches!(t.upos, Upos::Noun | Upos::Propn | Upos::Num)
        || (t.upos == Upos::Pron && !is_possessive_pron(t))
}

fn is_possessive_pron(t: &Token) -> bool {
    t.upos == Upos::Pron
        && matches!(
            t.norm.as_str(),
            "his" | "her" | "its" | "their" | "our" | "my" | "your" | "whose"
        )
}

fn is_np_modifier(t: &Token) -> bool {
    matches!(t.upos, Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn)
        || (t.upos == Upos::Sym && matches!(t.norm.as_str(), "$" | "us$" | "€" | "£" | "%"))
        || (t.upos == Upos::Punct && matches!(t.norm.as_str(), "-" | "/"))
}

/// Noun-phrase and verb-group chunks of a sentence, in order, non-overlapping.
pub fn chunks(s: &Sentence) -> Vec<Chunk> {
    let t = &s.tokens;
    let n = t.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        // Noun phrase
        let starts_np = matches!(
            t[i].upos,
            Upos::Det | Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn
        ) || t[i].upos == Upos::Pron
            || (t[i].upos == Upos::Sym && matches!(t[i].norm.as_str(), "$" | "us$" | "€" | "£"))
            || (t[i].upos == Upos::Adv && i + 1 < n && t[i + 1].upos == Upos::Adj);
        if starts_np {
            let start = i;
            let mut j = i;
            // PRON that is not possessive is a whole NP by itself.
            if t[j].upos == Upos::Pron && !is_possessive_pron(&t[j]) {
                out.push(Chunk {
                    start_tok: j,
                    end_tok: j + 1,
                    kind: ChunkKind::Np,
                });
                i = j + 1;
                continue;
            }
            j += 1;
            let mut last_head: Option<usize> = if is_nominal(&t[start]) {
                Some(start)
            } else {
                None
            };
            while j < n {
                let tj = &t[j];
                if tj.upos == Upos::Part
                    && (tj.norm == "'s" || tj.norm == "'")
                    && last_head.is_some()
                {
                    // possessive closes the NP
                    last_head = Some(j);
                    break;
                }
                if tj.upos == Upos::Adv && j + 1 < n && t[j + 1].upos == Upos::Adj {
                    j += 1;
                    continue;
                }
                if tj.upos == Upos::Punct && matches!(tj.norm.as_str(), "-" | "/") {
                    // only inside: "Seoul-Tokyo talks"
                    if j + 1 < n && is_np_modifier(&t[j + 1]) && last_head.is_some() {
                        j += 1;
                        continue;
                    }
                    break;
                }
                if is_np_modifier(tj) {
                    if is_nominal(tj) || tj.upos == Upos::Sym {
                        last_head = Some(j);
                    }
                    j += 1;
                    continue;
                }
                break;
            }
            if let Some(h) = last_head {
                out.push(Chunk {
                    start_tok: start,
                    end_tok: h + 1,
                    kind: ChunkKind::Np,
                });
                i = h + 1;
                continue;
            }
            i = start + 1;
            continue;
        }
        // Verb group
        if matches!(t[i].upos, Upos::Aux | Upos::Verb) {
            let start = i;
            let mut j = i;
            let mut last_verb = i;
            j += 1;
            // Extend over (ADV|PART)* (AUX|VERB) repeatedly.
            loop {
                let mut k = j;
                while k < n
                    && matches!(t[k].upos, Upos::Adv | Upos::Part)
                    && t[k].norm != "to"
                    && t[k].norm != "'s"
                {
                    k += 1;
                }
                if k < n && matches!(t[k].upos, Upos::Aux | Upos::Verb) {
                    last_verb = k;
                    j = k + 1;
                } else {
                    break;
                }
            }
            out.push(Chunk {
                start_tok: start,
                end_tok: last_verb + 1,
                kind: ChunkKind::Vg,
            });
            i = last_verb + 1;
            continue;
        }
        i += 1;
    }
    out
}

/// A clause span: tokens `start_tok..end_tok` of a sentence (half-open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clause {
    /// First token index.
    pub start_tok: usize,
    /// One past the last token index.
    pub end_tok: usize,
}

fn is_verbal(t: &Token) -> bool {
    matches!(t.upos, Upos::Verb | Upos::Aux)
}

/// Clause spans covering the sentence, left to right. A new clause starts at a
/// subordinating conjunction, a relative pronoun (`who`, `which`, `whom`, `whose`),
/// `;`, `:` or a dash, or at a coordinating conjunction between two stretches that
/// each contain a verb. A stretch without any verb is merged into the preceding clause
/// (or the following one at the sentence start).
///
/// ```
/// use dyad_text::{chunk::clauses, Analyzer};
/// let text = "Blinken met Park, who condemned the launches, and Hayashi warned that Pyongyang would respond.";
/// let s = &Analyzer::builtin().analyze(text)[0];
/// let spans: Vec<&str> = clauses(s)
///     .iter()
///     .map(|c| text[s.tokens[c.start_tok].start..s.tokens[c.end_tok - 1].end].trim_end_matches([',', ' ']))
///     .collect();
/// assert_eq!(spans, ["Blinken met Park", "who condemned the launches", "and Hayashi warned", "that Pyongyang would respond."]);
/// ```
pub fn clauses(s: &Sentence) -> Vec<Clause> {
    let t = &s.tokens;
    let n = t.len();
    if n == 0 {
        return Vec::new();
    }
    // Candidate boundaries (token index where a clause starts).
    let mut cuts = vec![0usize];
    for i in 1..n {
        let tk = &t[i];
        let starts = match tk.upos {
            Upos::Sconj => true,
            Upos::Pron => {
                matches!(tk.norm.as_str(), "who" | "which" | "whom" | "whose")
                    && t[i - 1].upos != Upos::Adp
            }
            Upos::Punct => matches!(tk.norm.as_str(), ";" | ":" | "--"),
            Upos::Cconj => {
                let before = t[*cuts.last().unwrap_or(&0)..i].iter().any(is_verbal);
                let after = t[i + 1..]
                    .iter()
                    .take_while(|x| !matches!(x.upos, Upos::Sconj | Upos::Cconj))
                    .any(is_verbal);
                before && after
            }
            _ => false,
        };
        if starts {
            // a comma just before belongs to the previous clause
            cuts.push(i);
        }
    }
    cuts.push(n);
    // Build spans and merge verbless ones.
    let mut spans: Vec<Clause> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        let has_verb = t[a..b].iter().any(is_verbal);
        match spans.last_mut() {
            Some(last) if !has_verb || !t[last.start_tok..last.end_tok].iter().any(is_verbal) => {
                last.end_tok = b
            }
            _ => spans.push(Clause {
                start_tok: a,
                end_tok: b,
            }),
        }
    }
    spans
}

/// Number of leading tokens of `s` that form a news dateline (`WASHINGTON:`,
/// `SEOUL, June 17 (Reuters) -`, `LONDON (AP) —`), including the separator; 0 if none.
/// The coder can skip these tokens: the dateline names a place, not an actor.
///
/// ```
/// use dyad_text::{chunk::dateline_len, Analyzer};
/// let text = "SEOUL, June 17 (Reuters) - North Korea fired a missile.";
/// let s = &Analyzer::builtin().analyze(text)[0];
/// assert_eq!(dateline_len(text, s), 8);
/// assert_eq!(&text[s.tokens[8].start..s.tokens[8].end], "North");
/// ```
pub fn dateline_len(text: &str, s: &Sentence) -> usize {
    let t = &s.tokens;
    let form = |k: usize| text.get(t[k].start..t[k].end).unwrap_or("");
    let Some(first) = t.first() else { return 0 };
    let f0 = form(0);
    let caps =
        |w: &str| w.chars().any(|c| c.is_alphabetic()) && w.chars().all(|c| !c.is_lowercase());
    // ("ST. GEORGE'S, Grenada -": an abbreviated saint or fort starts the place)
    let abbreviation = matches!(f0, "ST" | "ST." | "FT" | "FT." | "MT" | "MT.");
    if !caps(f0)
        || (f0.chars().filter(|c| c.is_alphabetic()).count() < 3 && !abbreviation)
        || first.upos == Upos::Punct
    {
        return 0;
    }
    let mut after_comma = false;
    for k in 1..t.len().min(14) {
        let gap = text.get(t[k - 1].end..t[k].start).unwrap_or("");
        if gap.contains('\n') {
            return 0;
        }
        // "TBILISI, Georgia  Georgian President ...": a wider gap where a dash was lost
        // ends the dateline (after its place, and its country if any).
        if gap.len() >= 2 && gap.chars().all(|c| c == ' ') && (k == 1 || after_comma) {
            return if k + 1 < t.len() { k } else { 0 };
        }
        let w = form(k);
        if matches!(w, ":" | "-" | "--" | "—" | "–") {
            return if k + 1 < t.len() { k + 1 } else { 0 };
        }
        let ok = if w == "," {
            after_comma = true;
            true
        } else if matches!(w, "(" | ")" | "/" | "&")
            || w.chars().all(|c| c.is_ascii_digit())
            || caps(w)
        {
            // ("BANGKOK/JEDDAH, 29 October 2004 -": two places)
            true
        } else {
            // after a comma: a month/day or an agency in Title case (June, Reuters, AP);
            // in brackets, an agency ("KHARTOUM/NAIROBI (Reuters) -")
            (after_comma || form(k - 1) == "(")
                && w.chars().next().is_some_and(|c| c.is_uppercase())
        };
        if !ok {
            return 0;
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analyzer;

    #[test]
    fn datelines() {
        let an = Analyzer::builtin();
        let text = "WASHINGTON: US Secretary of State Antony Blinken spoke.";
        assert_eq!(dateline_len(text, &an.analyze(text)[0]), 2);
        let text = "ST. GEORGE'S, Grenada - Hurricane Ivan took aim at Jamaica.";
        let s = &an.analyze(text)[0];
        let n = dateline_len(text, s);
        assert_eq!(
            text.get(s.tokens[n].start..s.tokens[n].end),
            Some("Hurricane")
        );
        let text = "NATO said: we will respond.";
        assert_eq!(dateline_len(text, &an.analyze(text)[0]), 0);
        let text = "US officials said on Monday - without details - that it was over.";
        assert_eq!(dateline_len(text, &an.analyze(text)[0]), 0);
        let text = "TBILISI, Georgia  Georgian President Mikhail Saakashvili appealed.";
        assert_eq!(dateline_len(text, &an.analyze(text)[0]), 3);
        let text = "KHARTOUM/NAIROBI (Reuters) - Sudan's government resumed talks.";
        assert_eq!(dateline_len(text, &an.analyze(text)[0]), 7);
        let text = "BANGKOK/JEDDAH, 29 October 2004 - A bomb ripped through two bars.";
        assert_eq!(dateline_len(text, &an.analyze(text)[0]), 8);
    }

    #[test]
    fn verb_groups() {
        let an = Analyzer::builtin();
        let text = "The government has not yet decided and they will respond.";
        let s = &an.analyze(text)[0];
        let vgs: Vec<&str> = chunks(s)
            .iter()
            .filter(|c| c.kind == ChunkKind::Vg)
            .map(|c| &text[s.tokens[c.start_tok].start..s.tokens[c.end_tok - 1].end])
            .collect();
        assert_eq!(vgs, ["has not yet decided", "will respond"]);
    }
}
