//! Sentence segmentation over the token stream (see `docs/language-layer.md`).

use crate::tokenize::{RawToken, TITLE_ABBREVS};

/// Capitalised words that, after an abbreviation such as `U.S.` or `Inc.`, signal a
/// new sentence (`... in the U.S. The talks ...`).
const STARTERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "in",
    "but",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "our",
    "on",
    "at",
    "for",
    "as",
    "after",
    "when",
    "while",
    "if",
    "there",
    "some",
    "many",
    "most",
    "meanwhile",
    "however",
    "also",
    "and",
    "so",
    "yet",
    "officials",
    "during",
    "since",
    "although",
    "though",
    "earlier",
    "later",
    "last",
    "both",
    "one",
    "what",
    "why",
    "how",
    "who",
    "where",
    "my",
    "no",
    "not",
    "to",
    "by",
    "with",
    "from",
    "all",
    "each",
    "such",
    "other",
    "others",
    "under",
    "more",
];

#[inline]
fn tok<'a>(text: &'a str, t: &RawToken) -> &'a str {
    &text[t.start..t.end]
}

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

fn is_terminal(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "…" | "。" | "！" | "？" | "‼")
        || (s.len() > 1 && s.bytes().all(|b| b == b'.' || b == b'!' || b == b'?'))
}

fn is_closer(s: &str) -> bool {
    matches!(
        s,
        ")" | "]" | "}" | "”" | "’" | "»" | "''" | "\"" | "'" | "›"
    )
}

fn is_opener(s: &str) -> bool {
    matches!(
        s,
        "(" | "[" | "{" | "“" | "‘" | "«" | "``" | "\"" | "'" | "‹"
    )
}

fn is_bullet(s: &str) -> bool {
    matches!(
        s,
        "•" | "*" | "-" | "·" | "–" | "—" | "▪" | "●" | "◦" | "‣" | "+" | "#" | "--"
    )
}

fn lower_in(s: &str, list: &[&str]) -> bool {
    if s.len() > 12 {
        return false;
    }
    let l = s.to_ascii_lowercase();
    list.contains(&l.as_str())
}

/// Does the word start like a sentence (capital letter, digit, opener, symbol)?
fn starts_sentence_like(s: &str) -> bool {
    let c = first_char(s);
    !c.is_lowercase()
        && !matches!(
            c,
            ',' | ';' | ':' | ')' | ']' | '}' | '%' | '.' | '?' | '!' | '-' | '–' | '—'
        )
}

/// Line facts used for the newline rule.
struct Lines {
    /// The longest line (in bytes) in the text, capped.
    max_len: usize,
}

fn line_len_ending_at(text: &str, pos: usize) -> usize {
    let before = &text[..pos];
    let ls = before.rfind('\n').map_or(0, |p| p + 1);
    before[ls..].trim().len()
}

/// Split the token stream into sentences. Returns half-open token index ranges.
pub fn segment(text: &str, toks: &[RawToken]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if toks.is_empty() {
        return out;
    }
    let lines = Lines {
        max_len: if text.contains('\n') {
            text.lines().map(|l| l.trim_end().len()).max().unwrap_or(0)
        } else {
            usize::MAX
        },
    };
    let mut s_start = 0usize;
    let mut i = 0usize;
    let n = toks.len();
    while i < n {
        let next = i + 1;
        if next >= n {
            break;
        }
        if should_break(text, toks, i, &lines) {
            // Absorb closers / extra terminals glued to the end.
            let mut e = next;
            let cur = tok(text, &toks[i]);
            if is_terminal(cur) || cur.ends_with('.') {
                while e < n
                    && !toks[e].space_before
                    && (is_closer(tok(text, &toks[e])) || is_terminal(tok(text, &toks[e])))
                {
                    e += 1;
                }
                // "He said." ” with a space before a curly closer.
                while e < n
                    && toks[e].newlines_before == 0
                    && matches!(tok(text, &toks[e]), "”" | "’" | ")" | "»")
                {
                    e += 1;
                }
                // Citation markers: "... in 1805. [19] [20]" belong to the sentence.
                while let Some(k) = citation_len(text, toks, e) {
                    e += k;
                }
            }
            if e >= n {
                break;
            }
            if e > next && !boundary_ok_after(text, toks, e) {
                i = e;
                continue;
            }
            out.push((s_start, e));
            s_start = e;
            i = e;
            continue;
        }
        i += 1;
    }
    out.push((s_start, n));
    out
}

/// Length in tokens of a citation marker `[12]`, `[citation needed]`, `[…]` at `e`
/// (same line only).
fn citation_len(text: &str, toks: &[RawToken], e: usize) -> Option<usize> {
    if tok(text, toks.get(e)?) != "[" || toks[e].newlines_before > 0 {
        return None;
    }
    for k in 1..5 {
        let t = toks.get(e + k)?;
        if t.newlines_before > 0 {
            return None;
        }
        let s = tok(text, t);
        if s == "]" {
            return (k > 1).then_some(k + 1);
        }
        let ok = s.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                s,
                "…" | "..."
                    | "citation"
                    | "needed"
                    | "clarification"
                    | "who"
                    | "?"
                    | ","
                    | "-"
                    | "–"
                    | "a"
                    | "b"
                    | "c"
                    | "note"
                    | "nb"
            );
        if !ok {
            return None;
        }
    }
    None
}

/// After absorbing closers, make sure the next token can start a sentence.
fn boundary_ok_after(text: &str, toks: &[RawToken], e: usize) -> bool {
    let nt = &toks[e];
    if nt.newlines_before > 0 {
        return true;
    }
    starts_sentence_like(tok(text, nt))
}

/// Is there a sentence boundary between token `i` and token `i+1`?
fn should_break(text: &str, toks: &[RawToken], i: usize, lines: &Lines) -> bool {
    let cur_t = &toks[i];
    let nt = &toks[i + 1];
    let cur = tok(text, cur_t);
    let nxt = tok(text, nt);
    if nt.newlines_before >= 2 {
        return true;
    }
    let terminal = is_terminal(cur);
    if nt.newlines_before == 1 {
        if terminal || is_closer(cur) && i > 0 && is_terminal(tok(text, &toks[i - 1])) {
            return true;
        }
        if is_bullet(nxt) && i + 2 < toks.len() && toks[i + 2].space_before {
            return true;
        }
        if cur.ends_with('.')
            && cur.len() > 1
            && starts_sentence_like(nxt)
            && !lower_in(&cur[..cur.len() - 1], TITLE_ABBREVS)
        {
            return true;
        }
        // A line without final punctuation: headline, bullet, dateline, or wrapped text.
        let prev_len = line_len_ending_at(text, cur_t.end);
        let wrapped_text = lines.max_len < 110;
        if !wrapped_text {
            // Lines are paragraphs: every line break ends a sentence.
            return true;
        }
        // In wrapped text a line ends early only if the next word would not have fitted;
        // an indented next line starts a paragraph.
        let fits = prev_len + 1 + nxt.len() + 2 <= lines.max_len;
        let indented = text[..nt.start].ends_with("  ") || text[..nt.start].ends_with('\t');
        let short = fits || indented;
        if short && starts_sentence_like(nxt) && !matches!(cur, "," | ";" | "-" | "(" | "“" | "\"")
        {
            return true;
        }
        if is_dateline_start(text, toks, i + 1) {
            return true;
        }
        return false;
    }
    if terminal {
        // "2. Methods" / "3) ..." as a numbered heading or list item at a line start.
        if cur == "." && i > 0 {
            let p = &toks[i - 1];
            let line_start = i == 1 || p.newlines_before > 0;
            let ps = tok(text, p);
            if line_start && ps.len() <= 3 && ps.bytes().all(|b| b.is_ascii_digit()) {
                return false;
            }
        }
        // Ellipsis/!/? followed by a lowercase word continues the sentence.
        let c = first_char(nxt);
        if c.is_lowercase() {
            return false;
        }
        if is_closer(nxt) && !nt.space_before {
            return true;
        }
        if matches!(nxt, "," | ";" | ":" | ")" | "]" | "%") {
            return false;
        }
        if cur == "." && !nt.space_before && nxt.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        return true;
    }
    if cur.len() > 1 && cur.ends_with('.') && !cur.ends_with("..") {
        // Abbreviation/initial token that swallowed the period.
        let stem = &cur[..cur.len() - 1];
        if lower_in(stem, TITLE_ABBREVS) {
            return false;
        }
        if lower_in(nxt, STARTERS) && first_char(nxt).is_uppercase() {
            return true;
        }
        if is_opener(nxt) && nt.space_before && matches!(nxt, "“" | "\"") {
            return true;
        }
        // "Kagame wrote on X. South Africa's presidency ...": the platform after a lowercase
        // word is no initial (not "George W. Bush", "his counterpart S. Jaishankar").
        let letter = stem == "X";
        let after_lower =
            i > 0 && cur_t.space_before && first_char(tok(text, &toks[i - 1])).is_lowercase();
        if letter && after_lower && nt.space_before && first_char(nxt).is_uppercase() {
            return true;
        }
        return false;
    }
    false
}

/// `SEOUL, June 17 (Reuters) -` / `WASHINGTON:` at token `k`: an all-caps word (or
/// several) followed within a few tokens by `:`, `-` or `—`.
pub(crate) fn is_dateline_start(text: &str, toks: &[RawToken], k: usize) -> bool {
    dateline_len_at(text, toks, k).is_some()
}

/// Number of tokens of a dateline starting at token `k`, including the separator.
pub(crate) fn dateline_len_at(text: &str, toks: &[RawToken], k: usize) -> Option<usize> {
    let first = tok(text, toks.get(k)?);
    let caps =
        |s: &str| s.chars().any(|c| c.is_alphabetic()) && s.chars().all(|c| !c.is_lowercase());
    if !caps(first) || first.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let mut j = k + 1;
    let limit = (k + 14).min(toks.len());
    while j < limit {
        let t = &toks[j];
        if t.newlines_before > 0 {
            return None;
        }
        let s = tok(text, t);
        if matches!(s, ":" | "-" | "--" | "—" | "–") {
            // the separator must be followed by more text on the same line
            return match toks.get(j + 1) {
                Some(nt) if nt.newlines_before == 0 => Some(j + 1 - k),
                _ => None,
            };
        }
        if matches!(s, "." | "!" | "?") {
            return None;
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn sents(text: &str) -> Vec<String> {
        let toks = tokenize(text);
        segment(text, &toks)
            .into_iter()
            .map(|(a, b)| text[toks[a].start..toks[b - 1].end].to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        let t = "Mr. Smith met Gen. Lee in the U.S. capital on Feb. 3. George W. Bush said No. 5 Corp. shares rose 1.5 percent.";
        assert_eq!(
            sents(t),
            [
                "Mr. Smith met Gen. Lee in the U.S. capital on Feb. 3.",
                "George W. Bush said No. 5 Corp. shares rose 1.5 percent."
            ]
        );
    }

    #[test]
    fn the_platform_x_ends_a_sentence_but_initials_do_not() {
        let t = "Kagame wrote on X. South Africa called the remarks regrettable. Wang Yi met his counterpart S. Jaishankar. George W. Bush left.";
        assert_eq!(
            sents(t),
            [
                "Kagame wrote on X.",
                "South Africa called the remarks regrettable.",
                "Wang Yi met his counterpart S. Jaishankar.",
                "George W. Bush left."
            ]
        );
    }

    #[test]
    fn abbreviation_at_end_splits_before_starter() {
        let t = "Troops arrived in the U.S. The talks ended at Acme Inc. He left.";
        assert_eq!(
            sents(t),
            [
                "Troops arrived in the U.S.",
                "The talks ended at Acme Inc.",
                "He left."
            ]
        );
    }

    #[test]
    fn quotes_and_brackets() {
        let t =
            "\"We will respond,\" he said. \"It is over.\" (The vote was 5-4.) Why? Nobody knew.";
        assert_eq!(
            sents(t),
            [
                "\"We will respond,\" he said.",
                "\"It is over.\"",
                "(The vote was 5-4.)",
                "Why?",
                "Nobody knew."
            ]
        );
    }

    #[test]
    fn headlines_and_datelines() {
        let t = "China’s Growing Influence\nWASHINGTON: US Secretary Blinken spoke on Saturday.\nSEOUL, June 17 (Reuters) - North Korea fired a missile.";
        assert_eq!(
            sents(t),
            [
                "China’s Growing Influence",
                "WASHINGTON: US Secretary Blinken spoke on Saturday.",
                "SEOUL, June 17 (Reuters) - North Korea fired a missile."
            ]
        );
    }

    #[test]
    fn wrapped_lines_join() {
        let t = "The minister said the government of the\nUnited States would respond to the attack on\nits embassy within days.\n\nA short line\nAnother headline";
        assert_eq!(
            sents(t),
            [
                "The minister said the government of the\nUnited States would respond to the attack on\nits embassy within days.",
                "A short line",
                "Another headline"
            ]
        );
    }
}
