//! PETRARCH discard lists (`Phoenix.discards.txt`): one phrase per line; a `+` prefix
//! discards the whole story, otherwise the sentence; a trailing `_` requires the match to
//! end at a word boundary (else the last word is a stem).
//!
//! ```
//! let d = dyad_dict::petrarch::discards::parse("+WORLD CUP # sports\nBATSMEN_\n", "d.txt").unwrap();
//! assert!(d.discards[0].whole_story);
//! assert_eq!(d.discards[1].phrase, "BATSMEN");
//! assert!(d.discards[1].word_end);
//! ```

use crate::model::{DictError, Dictionary, DiscardEntry};
use crate::petrarch::strip_comment;
use crate::util::{origin, syntax};
use std::sync::Arc;

/// Parse a discard list. Errors: a line that is only `+` or `_`.
pub fn parse(text: &str, file: &str) -> Result<Dictionary, DictError> {
    let file_arc: Arc<str> = Arc::from(file);
    let mut dict = Dictionary::default();
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx as u32 + 1;
        let line = strip_comment(raw, false).trim();
        if line.is_empty() {
            continue;
        }
        let (whole_story, rest) = match line.strip_prefix('+') {
            Some(r) => (true, r.trim()),
            None => (false, line),
        };
        let (word_end, rest) = match rest.strip_suffix('_') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let phrase = rest.split_whitespace().collect::<Vec<_>>().join(" ");
        if phrase.is_empty() {
            return Err(syntax(file, lineno, "empty discard phrase"));
        }
        dict.discards.push(DiscardEntry {
            phrase,
            whole_story,
            word_end,
            origin: origin(&file_arc, lineno),
        });
    }
    Ok(dict)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_and_errors() {
        let d = parse("# c\nMONTHS  LATER\n+Manchester United   # pas\n", "d.txt").unwrap();
        assert_eq!(d.discards.len(), 2);
        assert_eq!(d.discards[0].phrase, "MONTHS LATER");
        assert!(!d.discards[0].whole_story && !d.discards[0].word_end);
        assert_eq!(d.discards[1].phrase, "Manchester United");
        assert!(d.discards[1].whole_story);
        assert_eq!(d.discards[1].origin.line, 3);
        match parse("A\n+ \n", "d.txt") {
            Err(DictError::Syntax { line, .. }) => assert_eq!(line, 2),
            other => panic!("{other:?}"),
        }
    }
}
