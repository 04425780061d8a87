//! PETRARCH verb dictionaries: both the PETRARCH-2 syntax (`CAMEO.2.0.txt`: noun phrases
//! `{...}`, prepositional phrases `(...)`) and the PETRARCH-1/TABARI syntax
//! (`PETR.Validate.verbs.txt`: `$`, `+`, `%`, `^`, `_` connectors around `*`).
//!
//! Mapping to the model:
//! - each verb line gives one [`VerbEntry`] (`+` marks the inflecting word of a
//!   multi-word verb, `{...}` lists its irregular forms, `[code]` overrides the block code);
//! - every pattern `- ... [code]` of a `--- NAME [CODE] ---` block is attached to every
//!   verb of the block (PETRARCH shares a block's patterns between its verbs);
//! - synsets `&NAME` are expanded into [`PatternItem::Words`] alternatives, with regular
//!   plurals unless the label or the member ends with `_`;
//! - codes `[A:B]` are paired events ([`VerbPattern::paired_code`]), `---` is no event;
//! - transformations (`~ a (a b ATTACK) SAY = a b 015`) are not part of the model: they
//!   are returned, unparsed, by [`read`].
//!
//! ```
//! let text = "&TIES_\n+RELATIONS\n\n--- VISIT [042] ---\nVISIT\n- * (TO +) [042:043]\n";
//! let d = dyad_dict::petrarch::verbs::parse(text, "v.txt").unwrap();
//! let p = &d.verbs[0].patterns[0];
//! assert_eq!(p.paired_code.as_deref(), Some("043"));
//! ```

use crate::model::{DictError, Dictionary, Origin, PatternItem, VerbEntry, VerbPattern};
use crate::petrarch::{regular_plural, strip_comment, take_group};
use crate::util::{origin, syntax};
use std::collections::HashMap;
use std::sync::Arc;

/// Everything read from a verb file, including what the model does not hold.
#[derive(Debug, Clone, Default)]
pub struct VerbFile {
    /// The verbs and their patterns.
    pub dict: Dictionary,
    /// Number of synsets defined.
    pub synsets: usize,
    /// Number of verb blocks (`--- NAME [CODE] ---`).
    pub blocks: usize,
    /// Number of pattern lines read (each is attached to every verb of its block),
    /// including skipped ones.
    pub patterns: usize,
    /// Pattern lines skipped because they use an undefined synset (PETRARCH skips them
    /// too); each also has an entry in `warnings`.
    pub skipped_patterns: usize,
    /// Transformation lines (`~ ...`), kept as written: dyad does not apply them.
    pub transformations: Vec<(Origin, String)>,
    /// Tolerated defects (`file:line: message`), e.g. a stray `)` that was ignored.
    pub warnings: Vec<String>,
}

/// Parse a PETRARCH verb dictionary into a [`Dictionary`] (verbs only).
pub fn parse(text: &str, file: &str) -> Result<Dictionary, DictError> {
    read(text, file).map(|v| v.dict)
}

/// Split `[A:B]` into (primary, paired); empty and `---` parts are `None`.
fn parse_code(s: &str) -> (Option<String>, Option<String>) {
    let norm = |p: &str| {
        let p = p.trim();
        (!p.is_empty() && p != "---").then(|| p.to_string())
    };
    match s.split_once(':') {
        Some((a, b)) => (norm(a), norm(b)),
        None => (norm(s), None),
    }
}

type Synsets = HashMap<String, Vec<String>>;

/// First pass: every synset in the file (PETRARCH-1 allows use before definition).
fn collect_synsets(text: &str) -> Synsets {
    let mut sets = Synsets::new();
    let mut current: Option<(String, bool)> = None;
    for raw in text.lines() {
        let line = strip_comment(raw, true).trim();
        if line.is_empty() {
            continue;
        }
        if let Some(label) = line.strip_prefix('&') {
            let label = label.split_whitespace().next().unwrap_or("");
            let (name, noplural) = match label.strip_suffix('_') {
                Some(n) => (n.to_string(), true),
                None => (label.to_string(), false),
            };
            sets.entry(name.clone()).or_default();
            current = Some((name, noplural));
        } else if let (Some(member), Some((name, noplural))) = (line.strip_prefix('+'), &current) {
            let member = member.trim();
            let plural = !noplural && !member.ends_with('_');
            let words = super::phrase_words(member).to_lowercase();
            if words.is_empty() {
                continue;
            }
            let list = sets.entry(name.clone()).or_default();
            if plural {
                let p = regular_plural(&words);
                list.push(words);
                list.push(p);
            } else {
                list.push(words);
            }
        } else {
            current = None;
        }
    }
    sets
}

/// Parse a PETRARCH verb dictionary, returning the model and what it cannot hold.
///
/// Errors: a pattern or verb line before the first block header, a pattern without
/// `[code]` or with unbalanced brackets, a `*` inside brackets, an undefined synset,
/// a `{`/`[` without its closing bracket on a verb line, an empty verb.
pub fn read(text: &str, file: &str) -> Result<VerbFile, DictError> {
    let file_arc: Arc<str> = Arc::from(file);
    let synsets = collect_synsets(text);
    let mut out = VerbFile {
        synsets: synsets.len(),
        ..VerbFile::default()
    };
    let mut in_synset = false;
    let mut block: Option<Block> = None;
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx as u32 + 1;
        let line = strip_comment(raw, true).trim();
        if line.is_empty() {
            continue;
        }
        if line.starts_with('&') {
            in_synset = true;
            continue;
        }
        if in_synset && line.starts_with('+') {
            continue;
        }
        in_synset = false;
        if line.starts_with("---") {
            if let Some(b) = block.take() {
                b.finish(&mut out.dict);
            }
            let (code, paired) = match take_group(line, '[', ']') {
                Ok(Some((c, _))) => parse_code(&c),
                Ok(None) => (None, None),
                Err(()) => return Err(syntax(file, lineno, "block header: '[' without ']'")),
            };
            block = Some(Block {
                code,
                paired,
                first_verb: out.dict.verbs.len(),
                patterns: Vec::new(),
            });
            out.blocks += 1;
        } else if let Some(body) = line.strip_prefix('~') {
            out.transformations
                .push((origin(&file_arc, lineno), body.trim().to_string()));
        } else if let Some(body) = line.strip_prefix('-') {
            let Some(b) = block.as_mut() else {
                return Err(syntax(
                    file,
                    lineno,
                    "pattern outside a verb block (no '--- NAME [CODE] ---' before it)",
                ));
            };
            out.patterns += 1;
            let pat = read_pattern(
                body,
                &synsets,
                file,
                lineno,
                origin(&file_arc, lineno),
                &mut out.warnings,
            )?;
            match pat {
                Some(p) => b.patterns.push(p),
                None => out.skipped_patterns += 1,
            }
        } else {
            let Some(b) = block.as_ref() else {
                return Err(syntax(
                    file,
                    lineno,
                    format!(
                        "verb '{line}' outside a verb block (no '--- NAME [CODE] ---' before it)"
                    ),
                ));
            };
            let entry = read_verb(line, b, file, lineno, origin(&file_arc, lineno))?;
            out.dict.verbs.push(entry);
        }
    }
    if let Some(b) = block.take() {
        b.finish(&mut out.dict);
    }
    Ok(out)
}

struct Block {
    code: Option<String>,
    paired: Option<String>,
    first_verb: usize,
    patterns: Vec<VerbPattern>,
}

impl Block {
    /// Give the block's patterns to each of its verbs.
    fn finish(self, dict: &mut Dictionary) {
        if self.patterns.is_empty() {
            return;
        }
        for v in &mut dict.verbs[self.first_verb..] {
            v.patterns.extend(self.patterns.iter().cloned());
        }
    }
}

/// A verb line: `WORD {FORMS} [CODE]`, `+BEEF_UP`, `WIRE_+TAP {WIRE_+TAPPED ...}`.
fn read_verb(
    line: &str,
    block: &Block,
    file: &str,
    lineno: u32,
    org: Origin,
) -> Result<VerbEntry, DictError> {
    let (code, paired, rest) = match take_group(line, '[', ']') {
        Ok(Some((c, rest))) => {
            let (a, b) = parse_code(&c);
            (a, b, rest)
        }
        Ok(None) => (block.code.clone(), block.paired.clone(), line.to_string()),
        Err(()) => return Err(syntax(file, lineno, "verb line: '[' without ']'")),
    };
    let (forms_text, rest) = match take_group(&rest, '{', '}') {
        Ok(Some((f, r))) => (f, r),
        Ok(None) => (String::new(), rest),
        Err(()) => return Err(syntax(file, lineno, "verb line: '{' without '}'")),
    };
    let mut words = Vec::new();
    let mut head = 0;
    for w in rest.split(|c: char| c == '_' || c.is_whitespace()) {
        if w.is_empty() {
            continue;
        }
        if let Some(v) = w.strip_prefix('+') {
            head = words.len();
            words.push(v.to_lowercase());
        } else {
            words.push(w.to_lowercase());
        }
    }
    if words.is_empty() || words.iter().any(|w| w.is_empty()) {
        return Err(syntax(file, lineno, "empty verb"));
    }
    let forms = forms_text
        .split_whitespace()
        .map(|f| {
            let parts: Vec<&str> = f.split('_').filter(|p| !p.is_empty()).collect();
            let w = parts
                .iter()
                .find(|p| p.starts_with('+'))
                .or_else(|| parts.get(head.min(parts.len().saturating_sub(1))))
                .copied()
                .unwrap_or(f);
            w.trim_start_matches('+').to_lowercase()
        })
        .collect();
    Ok(VerbEntry {
        words,
        head,
        forms,
        code,
        paired_code: paired,
        patterns: Vec::new(),
        nominal: false,
        origin: org,
    })
}

/// A pattern line after its leading `-`.
fn read_pattern(
    body: &str,
    synsets: &Synsets,
    file: &str,
    lineno: u32,
    org: Origin,
    warnings: &mut Vec<String>,
) -> Result<Option<VerbPattern>, DictError> {
    let Some(open) = body.rfind('[') else {
        return Err(syntax(file, lineno, "pattern without a [code]"));
    };
    let Some(close) = body[open..].find(']') else {
        return Err(syntax(file, lineno, "pattern code: '[' without ']'"));
    };
    let (code, paired) = parse_code(&body[open + 1..open + close]);
    let pat = &body[..open];
    let text = format!("- {} [{}]", pat.trim(), &body[open + 1..open + close]);

    // Tokens: brackets and '*' stand alone; other runs of non-space characters are words
    // (possibly joined by '_').
    let mut tokens: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in pat.chars() {
        if c.is_whitespace() || matches!(c, '{' | '}' | '(' | ')' | '*') {
            if !cur.is_empty() {
                tokens.push(std::mem::take(&mut cur));
            }
            if !c.is_whitespace() {
                tokens.push(c.to_string());
            }
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        tokens.push(cur);
    }

    // ("RECENTLY_*": the word token right before '*' ends with '_')
    let joined_before = tokens
        .iter()
        .position(|t| t == "*")
        .and_then(|v| v.checked_sub(1))
        .is_some_and(|b| tokens[b].ends_with('_') && tokens[b].len() > 1);
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut seen_verb = false;
    // Open brackets: (closing char, items so far).
    let mut stack: Vec<(char, Vec<PatternItem>)> = Vec::new();
    for tok in &tokens {
        let items: Vec<PatternItem> = match tok.as_str() {
            "*" => {
                if !stack.is_empty() {
                    return Err(syntax(file, lineno, "'*' inside a bracketed phrase"));
                }
                if seen_verb {
                    return Err(syntax(file, lineno, "more than one '*' in a pattern"));
                }
                seen_verb = true;
                continue;
            }
            "{" => {
                stack.push(('}', Vec::new()));
                continue;
            }
            "(" => {
                stack.push((')', Vec::new()));
                continue;
            }
            "}" | ")" => {
                let close_char = tok.chars().next().unwrap_or(')');
                match stack.pop() {
                    Some((c, inner)) if c == close_char => {
                        if c == '}' {
                            vec![PatternItem::NounPhrase(inner)]
                        } else {
                            vec![PatternItem::PrepPhrase(inner)]
                        }
                    }
                    Some(open) => {
                        return Err(syntax(
                            file,
                            lineno,
                            format!("'{tok}' where '{}' was expected in pattern", open.0),
                        ))
                    }
                    None => {
                        // PETRARCH tolerates a stray closing bracket; so do we, loudly.
                        warnings.push(format!(
                            "{file}:{lineno}: unmatched '{tok}' in pattern ignored"
                        ));
                        continue;
                    }
                }
            }
            word => match word_items(word, synsets) {
                Ok(items) => items,
                Err(name) => {
                    warnings.push(format!(
                        "{file}:{lineno}: undefined synset '&{name}': pattern skipped"
                    ));
                    return Ok(None);
                }
            },
        };
        if let Some((_, inner)) = stack.last_mut() {
            inner.extend(items);
        } else if seen_verb {
            after.extend(items);
        } else {
            before.extend(items);
        }
    }
    if !stack.is_empty() {
        return Err(syntax(file, lineno, "unclosed '{' or '(' in pattern"));
    }
    Ok(Some(VerbPattern {
        code,
        paired_code: paired,
        before,
        after,
        text,
        origin: org,
        joined_before,
    }))
}

/// Items for one word token, which may join several parts with `_` (`SUGGESTED_+`,
/// `NEW_&TIETYPES_RELATIONS`): consecutive words (and synsets) form one phrase with all
/// combinations as alternatives; `$ + % ^` are their own items. `Err(name)` for an
/// undefined synset.
fn word_items(tok: &str, synsets: &Synsets) -> Result<Vec<PatternItem>, String> {
    let mut items = Vec::new();
    let mut phrase: Vec<String> = Vec::new(); // alternatives built so far
    let flush = |phrase: &mut Vec<String>, items: &mut Vec<PatternItem>| {
        if !phrase.is_empty() {
            items.push(PatternItem::Words(std::mem::take(phrase)));
        }
    };
    for part in tok.split('_').filter(|p| !p.is_empty()) {
        let special = match part {
            "$" => Some(PatternItem::Source),
            "+" => Some(PatternItem::Target),
            "%" => Some(PatternItem::Compound),
            "^" => Some(PatternItem::Skip),
            _ => None,
        };
        if let Some(s) = special {
            flush(&mut phrase, &mut items);
            items.push(s);
            continue;
        }
        let alts: Vec<String> = if let Some(name) = part.strip_prefix('&') {
            match synsets.get(name.trim_end_matches('_')) {
                Some(list) if !list.is_empty() => list.clone(),
                _ => return Err(name.to_string()),
            }
        } else {
            vec![part.to_lowercase()]
        };
        phrase = if phrase.is_empty() {
            alts
        } else {
            phrase
                .iter()
                .flat_map(|p| alts.iter().map(move |a| format!("{p} {a}")))
                .collect()
        };
    }
    flush(&mut phrase, &mut items);
    Ok(items)
}

#[cfg(test)]
mod tests {
    use super::*;
    use PatternItem::*;

    fn w(s: &str) -> PatternItem {
        Words(vec![s.to_string()])
    }

    #[test]
    fn an_underscore_before_the_verb_joins_it() {
        let d = parse(
            "--- ACT [100] ---\nACT\n- RECENTLY_*  [025]\n- RECENTLY *  [024]\n",
            "v.txt",
        )
        .unwrap();
        let p = &d.verbs[0].patterns;
        assert!(p[0].joined_before);
        assert!(!p[1].joined_before);
        assert_eq!(p[0].before, p[1].before);
    }

    const SAMPLE: &str = "\
<!-- test -->
&CURRENCY
+DOLLAR
# comment inside a synset
+KRONER_
&AUX_
+WILL
+IS_TO

--- GRANT [070] ---
GRANT
GIVE {GAVE GIVEN GIVING }  # jw
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING } [071:072]
+BEEF_UP
RIP {RIPPING RIPS RIPPED};shan   7/11/93
- * &CURRENCY [903] # -PAS
- $ * + [---]
- SUGGESTED_+ * DEMAND_&CURRENCY_CONVENTIONS  [111]
- * (FOR {FINANCIAL AID}) (TO +) [073:074]
- IN_*_OUT [074]
- *SCEPTICAL [:012]
~ a (a b ATTACK) SAY = a b 015

--- EMPTY ---
LASH OUT
";

    #[test]
    fn sample_fields() {
        let f = read(SAMPLE, "v.txt").unwrap();
        assert_eq!(f.synsets, 2);
        assert_eq!(f.blocks, 2);
        assert_eq!(f.patterns, 6);
        assert_eq!(f.transformations.len(), 1);
        assert_eq!(f.transformations[0].0.line, 22);
        let v = &f.dict.verbs;
        assert_eq!(v.len(), 6);
        assert_eq!(v[0].words, vec!["grant"]);
        assert_eq!(v[0].code.as_deref(), Some("070"));
        assert_eq!(v[0].patterns.len(), 6);
        assert_eq!(v[1].forms, vec!["gave", "given", "giving"]);
        assert_eq!(v[2].words, vec!["wire", "tap"]);
        assert_eq!(v[2].head, 1);
        assert_eq!(v[2].forms, vec!["tapped", "tapping"]);
        assert_eq!(v[2].code.as_deref(), Some("071"));
        assert_eq!(v[2].paired_code.as_deref(), Some("072"));
        assert_eq!(v[3].words, vec!["beef", "up"]);
        assert_eq!(v[3].head, 0);
        assert_eq!(v[4].forms, vec!["ripping", "rips", "ripped"]);
        assert_eq!(v[4].origin.line, 15);
        assert_eq!(v[5].words, vec!["lash", "out"]);
        assert_eq!(v[5].code, None);
        assert!(v[5].patterns.is_empty());

        let p = &v[4].patterns;
        assert_eq!(
            p[0].after,
            vec![Words(vec![
                "dollar".into(),
                "dollars".into(),
                "kroner".into()
            ])]
        );
        assert_eq!(p[1].before, vec![Source]);
        assert_eq!(p[1].after, vec![Target]);
        assert_eq!(p[1].code, None);
        assert_eq!(p[2].before, vec![w("suggested"), Target]);
        assert_eq!(
            p[2].after,
            vec![Words(vec![
                "demand dollar conventions".into(),
                "demand dollars conventions".into(),
                "demand kroner conventions".into()
            ])]
        );
        assert_eq!(
            p[3].after,
            vec![
                PrepPhrase(vec![w("for"), NounPhrase(vec![w("financial"), w("aid")])]),
                PrepPhrase(vec![w("to"), Target]),
            ]
        );
        assert_eq!(p[3].code.as_deref(), Some("073"));
        assert_eq!(p[3].paired_code.as_deref(), Some("074"));
        assert_eq!(p[3].text, "- * (FOR {FINANCIAL AID}) (TO +) [073:074]");
        assert_eq!(p[4].before, vec![w("in")]);
        assert_eq!(p[4].after, vec![w("out")]);
        assert_eq!(p[5].after, vec![w("sceptical")]);
        assert_eq!(p[5].code, None);
        assert_eq!(p[5].paired_code.as_deref(), Some("012"));
        assert_eq!(p[5].origin.to_string(), "v.txt:21");
    }

    fn err_line(text: &str) -> u32 {
        crate::petrarch::syntax_error_line(read(text, "bad.txt"), "bad.txt")
    }

    #[test]
    fn malformed_lines() {
        assert_eq!(err_line("# c\n- * X [010]\n"), 2);
        assert_eq!(err_line("GRANT\n"), 1);
        assert_eq!(err_line("--- A [010] ---\nA\n- * X\n"), 3);
        assert_eq!(err_line("--- A [010] ---\nA\n- * (X [010]\n"), 3);
        assert_eq!(err_line("--- A [010] ---\nA\n- * (X} [010]\n"), 3);
        let f = read("--- A [010] ---\nA\n- * X) [010]\n", "w.txt").unwrap();
        assert_eq!(
            f.warnings,
            vec!["w.txt:3: unmatched ')' in pattern ignored"]
        );
        assert_eq!(
            f.dict.verbs[0].patterns[0].after,
            vec![PatternItem::Words(vec!["x".into()])]
        );
        let f = read("--- A [010] ---\nA\n- * &NOPE [010]\n", "w.txt").unwrap();
        assert_eq!(f.skipped_patterns, 1);
        assert!(f.dict.verbs[0].patterns.is_empty());
        assert_eq!(
            f.warnings,
            vec!["w.txt:3: undefined synset '&NOPE': pattern skipped"]
        );
        assert_eq!(err_line("--- A [010] ---\nA\n- * X * [010]\n"), 3);
        assert_eq!(err_line("--- A [010] ---\nA {B C\n"), 2);
        assert_eq!(err_line("--- A [010 ---\n"), 1);
    }
}
