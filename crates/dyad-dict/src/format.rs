//! Which reader a file needs: [`detect`] guesses the [`Format`] from the file name and
//! content, [`parse`] reads text in a given format.
//!
//! ```
//! use dyad_dict::format::{detect, parse, Format};
//! let f = detect("[country KOR] South Korea\n", "korea.dyad.txt");
//! assert_eq!(f, Format::Native);
//! let d = parse(f, "[country KOR] South Korea\n", "korea.dyad.txt").unwrap();
//! assert_eq!(d.actors.len(), 1);
//! ```

use crate::model::{DictError, Dictionary};

/// A dictionary file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// dyad's own `.dyad.txt` format.
    Native,
    /// PETRARCH (or PETRARCH-1/TABARI) verb dictionary.
    PetrarchVerbs,
    /// PETRARCH/TABARI actor dictionary.
    PetrarchActors,
    /// PETRARCH agent dictionary.
    Agents,
    /// PETRARCH discard list.
    Discards,
    /// PETRARCH issue list.
    Issues,
}

impl Format {
    /// Short name, as accepted by [`Format::from_name`].
    pub fn name(self) -> &'static str {
        match self {
            Format::Native => "native",
            Format::PetrarchVerbs => "petrarch-verbs",
            Format::PetrarchActors => "petrarch-actors",
            Format::Agents => "agents",
            Format::Discards => "discards",
            Format::Issues => "issues",
        }
    }

    /// Parse a short name (`native`, `petrarch-verbs`, `petrarch-actors`, `agents`,
    /// `discards`, `issues`).
    pub fn from_name(s: &str) -> Option<Format> {
        [
            Format::Native,
            Format::PetrarchVerbs,
            Format::PetrarchActors,
            Format::Agents,
            Format::Discards,
            Format::Issues,
        ]
        .into_iter()
        .find(|f| f.name() == s)
    }
}

/// Guess a file's format: first from its name (`.dyad.txt`; `verbs`, `actors`, `agents`,
/// `discards`, `issue` in the name; PETRARCH's `CAMEO.*.txt` verb files), then from its
/// content (native headers, `---` verb blocks, `[~CODE]` agent codes, `<ISSUE` tags,
/// tab-indented date restrictions). Falls back to [`Format::PetrarchActors`].
pub fn detect(text: &str, file_name: &str) -> Format {
    let base = file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file_name)
        .to_ascii_lowercase();
    if base.ends_with(".dyad.txt") {
        return Format::Native;
    }
    for (key, f) in [
        ("verbs", Format::PetrarchVerbs),
        ("actors", Format::PetrarchActors),
        ("agents", Format::Agents),
        ("discards", Format::Discards),
        ("issue", Format::Issues),
    ] {
        if base.contains(key) {
            return f;
        }
    }
    if base.starts_with("cameo") {
        return Format::PetrarchVerbs;
    }
    let lines = || {
        text.lines()
            .map(|l| crate::petrarch::strip_comment(l, false))
            .filter(|l| !l.trim().is_empty())
            .take(2000)
    };
    let native_kinds = [
        "[country ",
        "[org ",
        "[person ",
        "[group ",
        "[agent ",
        "[verb ",
        "[noun ",
    ];
    if lines().any(|l| native_kinds.iter().any(|k| l.starts_with(k))) {
        return Format::Native;
    }
    if lines().any(|l| l.starts_with("<ISSUE")) {
        return Format::Issues;
    }
    if lines().any(|l| l.starts_with("---") && l.trim_end().ends_with("---") && l.len() > 6) {
        return Format::PetrarchVerbs;
    }
    if lines().any(|l| l.contains("[~") || l.contains("~]")) {
        return Format::Agents;
    }
    if !lines().any(|l| l.contains('[')) {
        return Format::Discards;
    }
    Format::PetrarchActors
}

/// Read `text` (named `file_name` in errors and origins) in format `kind`.
pub fn parse(kind: Format, text: &str, file_name: &str) -> Result<Dictionary, DictError> {
    use crate::petrarch::{actors, agents, discards, issues, verbs};
    match kind {
        Format::Native => crate::native::parse(text, file_name),
        Format::PetrarchVerbs => verbs::parse(text, file_name),
        Format::PetrarchActors => actors::parse(text, file_name),
        Format::Agents => agents::parse(text, file_name),
        Format::Discards => discards::parse(text, file_name),
        Format::Issues => issues::parse(text, file_name),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detect_by_name_and_content() {
        assert_eq!(detect("", "dictionaries/world/x.dyad.txt"), Format::Native);
        assert_eq!(
            detect("", "Phoenix.Countries.actors.txt"),
            Format::PetrarchActors
        );
        assert_eq!(detect("", "PETR.Validate.verbs.txt"), Format::PetrarchVerbs);
        assert_eq!(detect("", "CAMEO.2.0.txt"), Format::PetrarchVerbs);
        assert_eq!(detect("", "Phoenix.agents.txt"), Format::Agents);
        assert_eq!(detect("", "Phoenix.discards.txt"), Format::Discards);
        assert_eq!(detect("", "Phoenix.IssueCoding.txt"), Format::Issues);
        assert_eq!(detect("# c\n[person USA] Joe\n", "a.txt"), Format::Native);
        assert_eq!(
            detect("--- GRANT [070] ---\nGRANT\n", "a.txt"),
            Format::PetrarchVerbs
        );
        assert_eq!(detect("TROOP [~MIL]\n", "a.txt"), Format::Agents);
        assert_eq!(detect("<ISSUE CATEGORY=\"X\">\n", "a.txt"), Format::Issues);
        assert_eq!(detect("WORLD CUP\n+TYPHOON\n", "a.txt"), Format::Discards);
        assert_eq!(detect("ISRAEL [ISR]\n", "a.txt"), Format::PetrarchActors);
        for f in [
            "native",
            "petrarch-verbs",
            "petrarch-actors",
            "agents",
            "discards",
            "issues",
        ] {
            assert_eq!(Format::from_name(f).map(Format::name), Some(f));
        }
        assert_eq!(Format::from_name("xml"), None);
    }

    #[test]
    fn parse_dispatches() {
        let d = parse(Format::Agents, "TROOP [~MIL]\n", "a.txt").unwrap();
        assert_eq!(d.agents.len(), 1);
        let d = parse(Format::Discards, "WORLD CUP\n", "a.txt").unwrap();
        assert_eq!(d.discards.len(), 1);
        assert!(parse(Format::Native, "junk\n", "a.txt").is_err());
    }
}
