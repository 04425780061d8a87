//! PETRARCH issue lists (`Phoenix.IssueCoding.txt`).
//!
//! ```text
//! <ISSUE CATEGORY="EDUCATION" TYPE="ALL">    block: its CATEGORY is the default code
//! n:teacher [TEACHERS]                        n: noun -> teacher, teachers
//! ethnic v:purge [ID_ATROCITY]                v: verb -> purge, purges, purged, purging
//! pre+k [EARLY_CHILDHOOD_EDUCATION]           +  -> "pre k", "pre-k"
//! european central bank                       no [code]: the block's CATEGORY
//! ~a head start                               ignore phrase (also ~~)
//! </ISSUE>
//! ```
//!
//! Expansions are applied at reading time: every combination becomes one [`IssueEntry`]
//! (same origin), so the coder only does plain phrase matching.
//!
//! ```
//! let d = dyad_dict::petrarch::issues::parse("n:teacher [TEACHERS]\n", "i.txt").unwrap();
//! let p: Vec<_> = d.issues.iter().map(|i| i.phrase.as_str()).collect();
//! assert_eq!(p, vec!["teacher", "teachers"]);
//! ```

use crate::model::{DictError, Dictionary, IssueEntry};
use crate::petrarch::{regular_plural, strip_comment, take_group};
use crate::util::{origin, syntax};
use std::sync::Arc;

/// Regular verb forms as PETRARCH makes them: `S`, `ED`/`D`, `ING` (dropping a final `e`).
fn verb_forms(w: &str) -> Vec<String> {
    let mut v = vec![w.to_string(), format!("{w}s")];
    match w.strip_suffix('e') {
        Some(stem) => {
            v.push(format!("{w}d"));
            v.push(format!("{stem}ing"));
        }
        None => {
            v.push(format!("{w}ed"));
            v.push(format!("{w}ing"));
        }
    }
    v
}

fn cartesian(acc: Vec<String>, alts: &[String], seps: &[&str]) -> Vec<String> {
    if acc.is_empty() {
        return alts.to_vec();
    }
    let mut out = Vec::with_capacity(acc.len() * alts.len() * seps.len());
    for a in &acc {
        for sep in seps {
            for b in alts {
                out.push(format!("{a}{sep}{b}"));
            }
        }
    }
    out
}

/// All surface forms of an issue phrase with `n:`, `v:` and `+` expanded.
pub fn expand(phrase: &str) -> Vec<String> {
    let mut acc: Vec<String> = Vec::new();
    for tok in phrase.split_whitespace() {
        let mut tok_forms: Vec<String> = Vec::new();
        for part in tok.split('+').filter(|p| !p.is_empty()) {
            let alts = if let Some(w) = part.strip_prefix("n:") {
                vec![w.to_string(), regular_plural(w)]
            } else if let Some(w) = part.strip_prefix("v:") {
                verb_forms(w)
            } else {
                vec![part.to_string()]
            };
            tok_forms = cartesian(tok_forms, &alts, &[" ", "-"]);
        }
        acc = cartesian(acc, &tok_forms, &[" "]);
    }
    acc.dedup();
    acc
}

/// Parse an issue list. Errors: `[` without `]`, an empty phrase or code, a phrase
/// without `[code]` outside an `<ISSUE CATEGORY="...">` block.
pub fn parse(text: &str, file: &str) -> Result<Dictionary, DictError> {
    let file_arc: Arc<str> = Arc::from(file);
    let mut dict = Dictionary::default();
    let mut category: Option<String> = None;
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx as u32 + 1;
        let line = strip_comment(raw, false).trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with("</ISSUE") {
            category = None;
            continue;
        }
        if let Some(rest) = line.strip_prefix("<ISSUE") {
            category = rest
                .split_once("CATEGORY=\"")
                .and_then(|(_, r)| r.split_once('"'))
                .map(|(c, _)| c.to_string());
            continue;
        }
        let org = origin(&file_arc, lineno);
        if let Some(rest) = line.strip_prefix('~') {
            let phrase = rest.trim_start_matches('~').trim();
            if phrase.is_empty() {
                return Err(syntax(file, lineno, "empty ignore phrase"));
            }
            for p in expand(phrase) {
                dict.issues.push(IssueEntry {
                    phrase: p,
                    code: String::new(),
                    ignore: true,
                    origin: org.clone(),
                });
            }
            continue;
        }
        let (code, phrase) = match take_group(line, '[', ']') {
            Ok(Some((c, p))) => (c.trim().to_string(), p),
            Ok(None) => match &category {
                Some(c) => (c.clone(), line.to_string()),
                None => {
                    return Err(syntax(
                        file,
                        lineno,
                        "issue phrase without [CODE] outside an <ISSUE CATEGORY=...> block",
                    ))
                }
            },
            Err(()) => return Err(syntax(file, lineno, "'[' without ']'")),
        };
        if code.is_empty() {
            return Err(syntax(file, lineno, "empty issue code"));
        }
        let phrase = phrase.trim();
        if phrase.is_empty() {
            return Err(syntax(file, lineno, "empty issue phrase"));
        }
        for p in expand(phrase) {
            dict.issues.push(IssueEntry {
                phrase: p,
                code: code.clone(),
                ignore: false,
                origin: org.clone(),
            });
        }
    }
    Ok(dict)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansions() {
        assert_eq!(expand("pre+k"), vec!["pre k", "pre-k"]);
        assert_eq!(
            expand("ethnic v:purge"),
            vec![
                "ethnic purge",
                "ethnic purges",
                "ethnic purged",
                "ethnic purging"
            ]
        );
        assert_eq!(expand("v:kidnap").len(), 4);
        assert_eq!(expand("n:bachelor n:degree").len(), 4);
        assert_eq!(
            expand("pre+n:school"),
            vec!["pre school", "pre schools", "pre-school", "pre-schools"]
        );
        assert_eq!(expand("n:atrocity"), vec!["atrocity", "atrocities"]);
    }

    #[test]
    fn sample_and_errors() {
        let text = "# x\n<ISSUE CATEGORY=\"EU\" TYPE=\"ALL\">\neu [EUROPEAN_UNION]\neuropean central bank\n~a head start\n~~Armenian genocide # hist\n</ISSUE>\n";
        let d = parse(text, "i.txt").unwrap();
        let i = &d.issues;
        assert_eq!(i.len(), 4);
        assert_eq!(
            (i[0].phrase.as_str(), i[0].code.as_str()),
            ("eu", "EUROPEAN_UNION")
        );
        assert_eq!(
            (i[1].phrase.as_str(), i[1].code.as_str()),
            ("european central bank", "EU")
        );
        assert!(i[2].ignore && i[3].ignore);
        assert_eq!(i[3].phrase, "Armenian genocide");
        assert_eq!(i[3].origin.to_string(), "i.txt:6");
        for (text, line) in [("x\n", 1), ("a [B\n", 1), ("\n\na []\n", 3), ("~\n", 1)] {
            match parse(text, "i.txt") {
                Err(DictError::Syntax { line: l, .. }) => assert_eq!(l, line, "{text}"),
                other => panic!("{text}: {other:?}"),
            }
        }
    }
}
