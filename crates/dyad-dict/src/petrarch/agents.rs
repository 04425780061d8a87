//! PETRARCH agent dictionaries (`Phoenix.agents.txt`).
//!
//! ```text
//! FOREIGN_MINISTER [~GOVFRM]              plural generated: FOREIGN MINISTERS
//! ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]   irregular plural
//! POLICE {} [~COP]                        no plural
//! HUMAN_RIGHTS_BODY [NGO~]                code placed before the country code
//! !PERSON! = MAN, MEN, WOMAN, WOMEN       substitution set ...
//! CONGRESS!PERSON! [~LEG]                 ... CONGRESSMAN, CONGRESSMEN, ... (no plurals)
//! ```
//!
//! Regular plurals follow PETRARCH's documented rule ([`super::regular_plural`]). Each
//! line becomes one [`AgentEntry`] holding all its forms.
//!
//! ```
//! let d = dyad_dict::petrarch::agents::parse("TROOP [~MIL]\nNGO_BODY {} [NGO~]\n", "g.txt").unwrap();
//! assert_eq!(d.agents[0].phrases, vec!["TROOP", "TROOPS"]);
//! assert_eq!(d.agents[1].placement, dyad_dict::AgentPlacement::Prefix);
//! ```

use crate::model::{AgentEntry, AgentPlacement, DictError, Dictionary};
use crate::petrarch::{phrase_words, regular_plural, strip_comment, take_group};
use crate::util::{origin, syntax};
use std::collections::HashMap;
use std::sync::Arc;

/// An agent file's entries plus the lines PETRARCH would skip with a warning.
#[derive(Debug, Clone, Default)]
pub struct AgentFile {
    /// The agents.
    pub dict: Dictionary,
    /// Skipped lines (`file:line: message`): no code, undefined substitution marker.
    pub warnings: Vec<String>,
}

/// Parse a PETRARCH agent dictionary into a [`Dictionary`] (agents only).
pub fn parse(text: &str, file: &str) -> Result<Dictionary, DictError> {
    read(text, file).map(|a| a.dict)
}

/// Parse a PETRARCH agent dictionary, returning skipped lines as warnings.
///
/// Errors: `[` without `]`, `{` without `}`, an empty code or phrase, a malformed
/// `!MARKER! = ...` definition.
pub fn read(text: &str, file: &str) -> Result<AgentFile, DictError> {
    let file_arc: Arc<str> = Arc::from(file);
    let mut out = AgentFile::default();
    let mut markers: HashMap<String, Vec<String>> = HashMap::new();
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx as u32 + 1;
        let line = strip_comment(raw, false).trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('!') && line.contains('=') {
            let (lhs, rhs) = line.split_once('=').unwrap_or((line, ""));
            let name = lhs.trim().trim_matches('!');
            if name.is_empty() || name.contains('!') || !lhs.trim().ends_with('!') {
                return Err(syntax(
                    file,
                    lineno,
                    "substitution marker must be '!NAME! = A, B'",
                ));
            }
            let items: Vec<String> = rhs
                .split(',')
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect();
            markers.insert(name.to_string(), items);
            continue;
        }
        let (code, rest) = match take_group(line, '[', ']') {
            Ok(Some(x)) => x,
            Ok(None) => {
                out.warnings.push(format!(
                    "{file}:{lineno}: agent without [code]: line skipped"
                ));
                continue;
            }
            Err(()) => match line.split_once('[') {
                // `[~ENV}`: PETRARCH reads the code to the end of the line; so do we.
                Some((head, code)) if code.trim_end().ends_with('}') => {
                    out.warnings.push(format!(
                        "{file}:{lineno}: code closed with '}}' instead of ']'"
                    ));
                    let code = code.trim_end().trim_end_matches('}').to_string();
                    (code, head.to_string())
                }
                _ => return Err(syntax(file, lineno, "'[' without ']'")),
            },
        };
        let code = code.trim();
        let (code, placement) = if let Some(c) = code.strip_prefix('~') {
            (c, AgentPlacement::Suffix)
        } else if let Some(c) = code.strip_suffix('~') {
            (c, AgentPlacement::Prefix)
        } else {
            (code, AgentPlacement::Suffix)
        };
        if code.is_empty() {
            return Err(syntax(file, lineno, "empty agent code"));
        }
        let (plural, phrase) = match take_group(&rest, '{', '}') {
            Ok(Some((p, r))) => (Some(p), r),
            Ok(None) => (None, rest.clone()),
            Err(()) => return Err(syntax(file, lineno, "'{' without '}'")),
        };
        let mut phrases = Vec::new();
        if let Some(a) = phrase.find('!') {
            let Some(len) = phrase[a + 1..].find('!') else {
                return Err(syntax(
                    file,
                    lineno,
                    "substitution marker without closing '!'",
                ));
            };
            let name = &phrase[a + 1..a + 1 + len];
            let Some(items) = markers.get(name) else {
                out.warnings.push(format!(
                    "{file}:{lineno}: substitution marker !{name}! not defined: line skipped"
                ));
                continue;
            };
            for item in items {
                let expanded = format!("{}{}{}", &phrase[..a], item, &phrase[a + 2 + len..]);
                phrases.push(phrase_words(&expanded));
            }
        } else {
            let singular = phrase_words(&phrase);
            if singular.is_empty() {
                return Err(syntax(file, lineno, "empty agent phrase"));
            }
            let plural = match plural {
                Some(p) => phrase_words(&p),
                None => regular_plural(&singular),
            };
            phrases.push(singular);
            if !plural.is_empty() {
                phrases.push(plural);
            }
        }
        out.dict.agents.push(AgentEntry {
            phrases,
            code: code.to_string(),
            placement,
            origin: origin(&file_arc, lineno),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
<!-- agents -->
!PERSON! = MAN, MEN , WOMAN
PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
ARMY [~MIL]
BOSS [~BUS]
HUMAN_RIGHTS_BODY  [NGO~]
CONGRESS!PERSON! [~LEG]
FIRE!PERSON! {} [~GOV]
ISLAMIC_EXTREMIST
X!NOPE! [~Y]
DEPARMENT_OF_ENVIRONMENT [~ENV}
";

    #[test]
    fn sample_fields() {
        let f = read(SAMPLE, "g.txt").unwrap();
        let a = &f.dict.agents;
        assert_eq!(a.len(), 8);
        assert_eq!(a[7].code, "ENV");
        assert_eq!(a[0].phrases, vec!["PARLIAMENTARY OPPOSITION"]);
        assert_eq!(a[0].code, "OPP");
        assert_eq!(a[0].origin.to_string(), "g.txt:3");
        assert_eq!(a[1].phrases, vec!["ATTORNEY GENERAL", "ATTORNEYS GENERAL"]);
        assert_eq!(a[2].phrases, vec!["ARMY", "ARMIES"]);
        assert_eq!(a[3].phrases, vec!["BOSS", "BOSSES"]);
        assert_eq!(a[4].placement, AgentPlacement::Prefix);
        assert_eq!(a[4].code, "NGO");
        assert_eq!(
            a[5].phrases,
            vec!["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN"]
        );
        assert_eq!(a[6].phrases, vec!["FIREMAN", "FIREMEN", "FIREWOMAN"]);
        assert_eq!(
            f.warnings,
            vec![
                "g.txt:10: agent without [code]: line skipped",
                "g.txt:11: substitution marker !NOPE! not defined: line skipped",
                "g.txt:12: code closed with '}' instead of ']'"
            ]
        );
    }

    #[test]
    fn malformed_lines() {
        for (text, line) in [
            ("A [~GOV\n", 1),
            ("A [~GOV)\n", 1),
            ("# c\nA {AS [~GOV]\n", 2),
            ("A [~]\n", 1),
            ("{} [~GOV]\n", 1),
            ("!P = A\n", 1),
        ] {
            match read(text, "bad.txt") {
                Err(DictError::Syntax { file, line: l, .. }) => {
                    assert_eq!((file.as_str(), l), ("bad.txt", line), "{text}")
                }
                other => panic!("{text}: expected a syntax error, got {other:?}"),
            }
        }
    }
}
