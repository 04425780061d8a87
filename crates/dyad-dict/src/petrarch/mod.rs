//! Readers for the PETRARCH (and PETRARCH-1/TABARI) dictionary formats, as documented
//! in PETRARCH's `docs/dictionaries.rst` and the TABARI manual.
//!
//! Each submodule reads one kind of file from text; none does I/O. Phrases keep their
//! case as written, with the `_` word connector turned into a space (matching folds case).

pub mod actors;
pub mod agents;
pub mod discards;
pub mod issues;
pub mod verbs;

/// Remove PETRARCH comments from a line: a line starting with `<!` (XML-style comment
/// line) is empty; otherwise everything from the first `#` is dropped, and from the first
/// `;` too when `semicolon` is set (old KEDS/TABARI comments in actor and verb files).
pub(crate) fn strip_comment(line: &str, semicolon: bool) -> &str {
    let line = line.strip_prefix('\u{feff}').unwrap_or(line);
    if line.trim_start().starts_with("<!") {
        return "";
    }
    // `#` inside `[...]` is data (`[###]`, TABARI's discard code), not a comment.
    let mut depth = 0u32;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '#' if depth == 0 => return &line[..i],
            ';' if semicolon && depth == 0 => return &line[..i],
            _ => {}
        }
    }
    line
}

/// PETRARCH's documented regular plural: `Y` -> `IES`, `SS` -> `SSES`, else `+S`
/// (case follows the input's last letter).
pub fn regular_plural(word: &str) -> String {
    let lower = word.ends_with(|c: char| c.is_ascii_lowercase());
    let (s, ies, es) = if lower {
        ("s", "ies", "es")
    } else {
        ("S", "IES", "ES")
    };
    if let Some(stem) = word.strip_suffix(['Y', 'y']) {
        format!("{stem}{ies}")
    } else if word.ends_with("SS") || word.ends_with("ss") {
        format!("{word}{es}")
    } else {
        format!("{word}{s}")
    }
}

/// A PETRARCH phrase string (`SOUTH_KOREA_`, `CARAS GALADHON`) as words joined by single
/// spaces: `_` connectors become spaces, leading/trailing ones are dropped.
pub(crate) fn phrase_words(s: &str) -> String {
    s.split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text between the first `open` and the following `close`, and the text with that
/// group removed; `Err(())` when `open` has no matching `close`.
#[allow(clippy::result_unit_err)]
pub(crate) fn take_group(s: &str, open: char, close: char) -> Result<Option<(String, String)>, ()> {
    let Some(a) = s.find(open) else {
        return Ok(None);
    };
    let Some(rel) = s[a + 1..].find(close) else {
        return Err(());
    };
    let b = a + 1 + rel;
    let inner = s[a + 1..b].to_string();
    let rest = format!("{}{}", &s[..a], &s[b + 1..]);
    Ok(Some((inner, rest)))
}

/// Test helper: the line of the syntax error `r` must be, in file `file`.
#[cfg(test)]
pub(crate) fn syntax_error_line<T: std::fmt::Debug>(
    r: Result<T, crate::DictError>,
    file: &str,
) -> u32 {
    match r {
        Err(crate::DictError::Syntax { file: f, line, .. }) => {
            assert_eq!(f, file);
            line
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_documented_rules() {
        assert_eq!(regular_plural("MINISTER"), "MINISTERS");
        assert_eq!(regular_plural("ARMY"), "ARMIES");
        assert_eq!(regular_plural("BOSS"), "BOSSES");
        assert_eq!(regular_plural("dollar"), "dollars");
    }

    #[test]
    fn comments_and_phrases() {
        assert_eq!(strip_comment("ABC [X] # note", false), "ABC [X] ");
        assert_eq!(strip_comment("RIP {RIPS};shan", true), "RIP {RIPS}");
        assert_eq!(strip_comment("<!-- x -->", false), "");
        assert_eq!(strip_comment("- * X [###] # y", false), "- * X [###] ");
        assert_eq!(phrase_words("SOUTH_KOREA_ "), "SOUTH KOREA");
        assert_eq!(phrase_words("CARAS  GALADHON"), "CARAS GALADHON");
        assert_eq!(
            take_group("A {B C} D", '{', '}'),
            Ok(Some(("B C".to_string(), "A  D".to_string())))
        );
        assert_eq!(take_group("A {B", '{', '}'), Err(()));
    }
}
