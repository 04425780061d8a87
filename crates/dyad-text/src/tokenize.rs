//! Word tokenizer: byte offsets into the original text, clitics split, abbreviations,
//! numbers and hyphenated words kept whole.

/// A token before tagging: byte span plus layout facts used by the segmenter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawToken {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the token.
    pub end: usize,
    /// Number of `\n` in the whitespace just before this token.
    pub newlines_before: u32,
    /// Whether any whitespace precedes this token.
    pub space_before: bool,
}

/// Abbreviations (lowercase, without the final period) that keep their period.
/// `TITLE_ABBREVS` never end a sentence (they precede a name or number).
pub(crate) const TITLE_ABBREVS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "sgt", "st", "sen", "rep", "gov", "pres", "prof",
    "rev", "capt", "maj", "adm", "cmdr", "cpl", "pvt", "hon", "messrs", "mme", "mlle", "fr", "sr",
    "supt", "insp", "amb", "brig", "cdr", "atty", "ft", "mt", "no", "nos", "vol", "vols", "fig",
    "figs", "art", "sec", "ch", "approx", "ca", "cf", "vs", "v", "op", "pp", "para", "dept",
    "gov't",
];

/// Other abbreviations: they may end a sentence if a clear sentence starter follows.
pub(crate) const OTHER_ABBREVS: &[&str] = &[
    "p", "d", "b", "m", "div", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "corp", "inc", "co", "ltd", "llc", "plc", "bros", "jr", "etc", "al", "est", "univ", "assn",
    "ave", "blvd", "rd", "hwy", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga",
    "ill", "ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
    "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "dak",
    "mins", "hrs", "yr", "yrs", "min", "max", "avg", "govt", "intl", "natl", "dept", "div", "mfg",
    "cos", "ft", "oz", "lb", "lbs", "kg", "km", "sq", "pct",
];

fn is_abbrev(word: &str) -> bool {
    if word.len() > 8 {
        return false;
    }
    let mut buf = [0u8; 8];
    for (i, b) in word.bytes().enumerate() {
        buf[i] = b.to_ascii_lowercase();
    }
    let Ok(lw) = std::str::from_utf8(&buf[..word.len()]) else {
        return false;
    };
    TITLE_ABBREVS.contains(&lw) || OTHER_ABBREVS.contains(&lw)
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == '‘' || c == 'ʼ'
}

#[inline]
fn is_hyphen(c: char) -> bool {
    c == '-' || c == '‐' || c == '‑'
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (c as u32 >= 0x300 && (c as u32) < 0x370)
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

#[inline]
fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// Split `text` into tokens with byte offsets. Whitespace is skipped; every other
/// byte of `text` belongs to exactly one token.
///
/// ```
/// let text = "North Korea's don't";
/// let toks = dyad_text::tokenize::tokenize(text);
/// let forms: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
/// assert_eq!(forms, ["North", "Korea", "'s", "do", "n't"]);
/// ```
pub fn tokenize(text: &str) -> Vec<RawToken> {
    let mut out = Vec::with_capacity(text.len() / 5 + 4);
    tokenize_into(text, &mut out);
    out
}

/// Like [`tokenize`], appending to `out`.
pub fn tokenize_into(text: &str, out: &mut Vec<RawToken>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut i = 0usize;
    let mut newlines = 0u32;
    let mut space = false;
    while i < n {
        let b = bytes[i];
        // Fast ASCII whitespace path.
        if b == b' ' || b == b'\t' || b == b'\r' || b == b'\n' || b == 0x0b || b == 0x0c {
            if b == b'\n' {
                newlines += 1;
            }
            space = true;
            i += 1;
            continue;
        }
        // An underscore joining two words ("Dol_Amroth", as PETRARCH's records and
        // dictionaries write multi-word names) separates them like a space.
        if b == b'_'
            && i > 0
            && bytes[i - 1].is_ascii_alphanumeric()
            && bytes.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric())
        {
            space = true;
            i += 1;
            continue;
        }
        let Some(c) = char_at(text, i) else {
            i += 1;
            continue;
        };
        if c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}' {
            if c == '\u{2028}' || c == '\u{2029}' || c == '\u{85}' {
                newlines += 1;
            }
            space = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let end = if is_word_char(c) {
            scan_word(text, i, out, newlines, space)
        } else {
            scan_punct(text, i, c)
        };
        // scan_word may already have pushed leading pieces (clitic splits): it returns the
        // end of the last piece and the start of that piece via out's last element logic.
        if end.0 {
            // pieces pushed by scan_word
            i = end.1;
        } else {
            out.push(RawToken {
                start,
                end: end.1,
                newlines_before: newlines,
                space_before: space || start == 0,
            });
            i = end.1;
        }
        newlines = 0;
        space = false;
    }
}

/// Punctuation or symbol token starting at `i`. Returns (false, end).
fn scan_punct(text: &str, i: usize, c: char) -> (bool, usize) {
    let bytes = text.as_bytes();
    let mut end = i + c.len_utf8();
    match c {
        '.' => {
            while end < bytes.len() && bytes[end] == b'.' {
                end += 1;
            }
        }
        '-' => {
            while end < bytes.len() && bytes[end] == b'-' {
                end += 1;
            }
        }
        '`' | '\'' if end < bytes.len() && bytes[end] == c as u8 => {
            end += 1;
        }
        '?' | '!' => {
            while end < bytes.len() && (bytes[end] == b'?' || bytes[end] == b'!') {
                end += 1;
            }
        }
        _ => {}
    }
    (false, end)
}

/// Word token starting at `i` (alphanumeric first char). Pushes one or more tokens
/// (clitic splits) and returns (true, end).
fn scan_word(
    text: &str,
    i: usize,
    out: &mut Vec<RawToken>,
    newlines: u32,
    space: bool,
) -> (bool, usize) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let start = i;
    // URLs: http://... or www.
    if text[i..].starts_with("http://") || text[i..].starts_with("https://") {
        let mut j = i;
        while j < n {
            let Some(ch) = char_at(text, j) else { break };
            if ch.is_whitespace() || matches!(ch, '"' | '<' | '>' | '”' | '“') {
                break;
            }
            j += ch.len_utf8();
        }
        // Trailing punctuation is not part of a URL.
        while j > i + 8
            && matches!(
                bytes[j - 1],
                b'.' | b',' | b')' | b';' | b':' | b'\'' | b'!' | b'?'
            )
        {
            j -= 1;
        }
        out.push(RawToken {
            start,
            end: j,
            newlines_before: newlines,
            space_before: space || start == 0,
        });
        return (true, j);
    }
    let mut j = i;
    let mut has_inner_dot = false;
    let mut apostrophe_at: Option<usize> = None;
    while j < n {
        let b = bytes[j];
        if b.is_ascii_alphanumeric() {
            // ASCII word byte (same answer as is_word_char, without the char decode)
            j += 1;
            continue;
        }
        let ch = if b < 0x80 {
            b as char
        } else {
            match char_at(text, j) {
                Some(ch) => ch,
                None => break,
            }
        };
        if is_word_char(ch) {
            j += ch.len_utf8();
            continue;
        }
        let next = char_at(text, j + ch.len_utf8());
        let prev = char_before(text, j);
        let next_is_word = next.is_some_and(is_word_char);
        if is_hyphen(ch) && next_is_word {
            j += ch.len_utf8();
            continue;
        }
        if ch == '.' && next_is_word {
            // U.S, e.g, 1.5, www.example.com ; but not "end.The" with a long word before.
            let p_digit = prev.is_some_and(|p| p.is_ascii_digit());
            let n_digit = next.is_some_and(|c| c.is_ascii_digit());
            let seg_len = j - segment_start(bytes, start, j);
            if (p_digit && n_digit) || seg_len <= 2 || next.is_some_and(|c| c.is_lowercase()) {
                if !(p_digit && n_digit) {
                    has_inner_dot = true;
                }
                j += 1;
                continue;
            }
            break;
        }
        if ch == ','
            && next.is_some_and(|c| c.is_ascii_digit())
            && prev.is_some_and(|p| p.is_ascii_digit())
        {
            // 1,000 (exactly three digits follow)
            let k = j + 1;
            let three = k + 3 <= n && bytes[k..k + 3].iter().all(|b| b.is_ascii_digit());
            let then = if k + 3 < n { bytes[k + 3] } else { b' ' };
            if three && !then.is_ascii_digit() && all_digits_or_sep(bytes, start, j) {
                j += 1;
                continue;
            }
            break;
        }
        if is_apostrophe(ch) && next_is_word && prev.is_some_and(|p| p.is_alphabetic()) {
            if apostrophe_at.is_none() {
                apostrophe_at = Some(j);
            }
            j += ch.len_utf8();
            continue;
        }
        if ch == '&'
            && next.is_some_and(|c| c.is_uppercase())
            && prev.is_some_and(|p| p.is_uppercase())
        {
            j += 1;
            continue;
        }
        if ch == '@' && next_is_word && prev.is_some_and(is_word_char) {
            j += 1;
            continue;
        }
        if ch == '$' && j - start <= 3 && bytes[start..j].iter().all(|b| b.is_ascii_uppercase()) {
            // US$, HK$, A$
            j += 1;
            break;
        }
        break;
    }
    // Final period: abbreviation, initial, or dotted acronym.
    if j < n && bytes[j] == b'.' && !(j + 1 < n && bytes[j + 1] == b'.') {
        let word = &text[start..j];
        let single_upper = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
        let keep = has_inner_dot && !word.contains('\'') && word.len() <= 12
            || single_upper
            || (is_abbrev(word) && word_ok_for_abbrev(text, word, j));
        if keep {
            j += 1;
        }
    }
    // Clitic splits.
    let word = &text[start..j];
    if let Some(split) = clitic_split(word) {
        let mid = start + split;
        out.push(RawToken {
            start,
            end: mid,
            newlines_before: newlines,
            space_before: space || start == 0,
        });
        out.push(RawToken {
            start: mid,
            end: j,
            newlines_before: 0,
            space_before: false,
        });
        return (true, j);
    }
    let _ = apostrophe_at;
    out.push(RawToken {
        start,
        end: j,
        newlines_before: newlines,
        space_before: space || start == 0,
    });
    (true, j)
}

/// "No." only before a number; month/title abbreviations always.
fn word_ok_for_abbrev(text: &str, word: &str, dot: usize) -> bool {
    let lw = word.to_ascii_lowercase();
    if lw == "no"
        || lw == "p"
        || lw == "d"
        || lw == "b"
        || lw == "m"
        || lw == "div"
        || lw == "nos"
        || lw == "art"
        || lw == "sec"
        || lw == "fig"
        || lw == "op"
        || lw == "v"
        || lw == "ch"
        || lw == "pp"
        || lw == "vol"
    {
        // Require a following number (No. 5) for ambiguous ones.
        let rest = text[dot + 1..].trim_start();
        return rest.chars().next().is_some_and(|c| c.is_ascii_digit());
    }
    // Lowercase "sun", "sat", "wed", "mar", "ill" etc. are ordinary words: require a capital.
    let first_upper = word.chars().next().is_some_and(|c| c.is_uppercase());
    if !first_upper {
        return matches!(
            lw.as_str(),
            "etc"
                | "approx"
                | "ca"
                | "cf"
                | "vs"
                | "al"
                | "est"
                | "pct"
                | "sq"
                | "km"
                | "kg"
                | "min"
                | "max"
                | "mins"
                | "hrs"
                | "yr"
                | "yrs"
        );
    }
    true
}

fn segment_start(bytes: &[u8], start: usize, j: usize) -> usize {
    let mut k = j;
    while k > start && bytes[k - 1] != b'.' {
        k -= 1;
    }
    k
}

fn all_digits_or_sep(bytes: &[u8], start: usize, j: usize) -> bool {
    bytes[start..j]
        .iter()
        .all(|b| b.is_ascii_digit() || *b == b',')
}

/// Byte offset inside `word` where a clitic starts (`Korea's` -> 5, `don't` -> 2).
fn clitic_split(word: &str) -> Option<usize> {
    // "cannot" is "can" + "not", as Universal Dependencies (and so the tagger) has it.
    if word.eq_ignore_ascii_case("cannot") {
        return Some(3);
    }
    let bytes = word.as_bytes();
    // Find last apostrophe.
    let (pos, alen) = word
        .char_indices()
        .filter(|(_, c)| is_apostrophe(*c))
        .map(|(p, c)| (p, c.len_utf8()))
        .next_back()?;
    if pos == 0 {
        return None;
    }
    let after = &word[pos + alen..];
    let la = after.to_ascii_lowercase();
    // n't
    if la == "t" && pos >= 2 && (bytes[pos - 1] == b'n' || bytes[pos - 1] == b'N') {
        let split = pos - 1;
        if split == 0 {
            return None;
        }
        return Some(split);
    }
    if matches!(la.as_str(), "s" | "re" | "ve" | "ll" | "d" | "m") {
        return Some(pos);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect()
    }

    #[test]
    fn an_underscore_between_words_separates_them() {
        assert_eq!(
            forms("the Prince of Dol_Amroth"),
            ["the", "Prince", "of", "Dol", "Amroth"]
        );
        // (not a lone or trailing one)
        assert_eq!(forms("a _ b"), ["a", "_", "b"]);
    }

    #[test]
    fn clitics_and_possessives() {
        assert_eq!(forms("North Korea's"), ["North", "Korea", "'s"]);
        assert_eq!(forms("North Korea’s"), ["North", "Korea", "’s"]);
        assert_eq!(
            forms("don't can't won't cannot Cannot"),
            ["do", "n't", "ca", "n't", "wo", "n't", "can", "not", "Can", "not"]
        );
        assert_eq!(
            forms("the States’ commitment"),
            ["the", "States", "’", "commitment"]
        );
        assert_eq!(forms("O'Brien they're"), ["O'Brien", "they", "'re"]);
    }

    #[test]
    fn abbreviations_numbers_hyphens() {
        assert_eq!(forms("U.S. forces"), ["U.S.", "forces"]);
        assert_eq!(
            forms("Mr. Smith, Gen. Lee"),
            ["Mr.", "Smith", ",", "Gen.", "Lee"]
        );
        assert_eq!(forms("George W. Bush"), ["George", "W.", "Bush"]);
        assert_eq!(forms("1,000.5 people"), ["1,000.5", "people"]);
        assert_eq!(forms("$5 and US$10"), ["$", "5", "and", "US$", "10"]);
        assert_eq!(forms("short-range missiles"), ["short-range", "missiles"]);
        assert_eq!(forms("No. 5, not no."), ["No.", "5", ",", "not", "no", "."]);
        assert_eq!(forms("Feb. 3 at 5 p.m."), ["Feb.", "3", "at", "5", "p.m."]);
        assert_eq!(
            forms("said -- and ... “yes”"),
            ["said", "--", "and", "...", "“", "yes", "”"]
        );
        assert_eq!(forms("the end.The"), ["the", "end", ".", "The"]);
    }

    #[test]
    fn offsets_cover_text() {
        let text = "Seoul — “Kim’s 50% rise,” he said (Reuters).\nNext";
        let toks = tokenize(text);
        for t in &toks {
            assert!(!text[t.start..t.end].trim().is_empty());
            assert_eq!(text[t.start..t.end].trim(), &text[t.start..t.end]);
        }
        let joined: String = toks.iter().map(|t| &text[t.start..t.end]).collect();
        let no_ws: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert_eq!(joined, no_ws);
        assert_eq!(toks.last().map(|t| t.newlines_before), Some(1));
    }
}
