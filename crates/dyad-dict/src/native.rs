//! Reader for dyad's own dictionary format (`.dyad.txt`), specified in
//! `dictionaries/FORMAT.md`.
//!
//! ```
//! let text = "@source example\n[country KOR] South Korea | ROK\n  demonym: South Korean\n  capital: Seoul\n";
//! let d = dyad_dict::native::parse(text, "x.dyad.txt").unwrap();
//! assert_eq!(d.actors[0].default_code.as_deref(), Some("KOR"));
//! assert_eq!(d.actors[0].capitals, vec!["Seoul"]);
//! ```

use crate::model::{
    ActorEntry, ActorKind, AgentEntry, AgentPlacement, DatedCode, DictError, Dictionary,
    PatternItem, VerbEntry, VerbPattern,
};
use crate::util::{origin, parse_partial_date, split_hash_comment, syntax};
use std::sync::Arc;

/// Which list the entry being read belongs to (index into that list).
#[derive(Clone, Copy)]
enum Current {
    None,
    Actor(usize),
    Agent,
    Verb,
}

/// Parse a dyad native dictionary. `file` names the text in errors and origins.
///
/// Errors ([`DictError::Syntax`], with file and line): unknown entry kind, malformed header,
/// empty phrase, bad date, role or attribute line outside an actor entry, unknown attribute.
pub fn parse(text: &str, file: &str) -> Result<Dictionary, DictError> {
    let file_arc: Arc<str> = Arc::from(file);
    let mut dict = Dictionary::default();
    let mut current = Current::None;
    // `@set &NAME = a | b`: word sets of this file, for verb and noun phrases.
    let mut sets: std::collections::HashMap<String, Vec<String>> = Default::default();
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx as u32 + 1;
        let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        let (content, comment) = split_hash_comment(raw);
        if content.trim().is_empty() {
            continue;
        }
        let indented = content.starts_with([' ', '\t']);
        let content = content.trim();
        if !indented {
            if let Some(rest) = content.strip_prefix('@') {
                let (kw, body) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
                match kw {
                    "source" => {}
                    "set" => {
                        let (name, words) = read_set(body, file, lineno)?;
                        sets.insert(name, words);
                    }
                    _ => return Err(syntax(file, lineno, format!("unknown directive '@{kw}'"))),
                }
                continue;
            }
            current = read_header(content, file, &file_arc, lineno, &mut dict, &sets)?;
            continue;
        }
        // Indented: attribute or dated role.
        let Current::Actor(ai) = current else {
            return Err(syntax(
                file,
                lineno,
                "indented line outside an actor entry (roles and attributes belong under [country], [org], [person] or [group])",
            ));
        };
        let first = content.split_whitespace().next().unwrap_or("");
        if let Some(attr) = first.strip_suffix(':') {
            let rest = content[first.len()..].trim();
            let phrases = split_phrases(rest, file, lineno)?;
            let entry = &mut dict.actors[ai];
            match attr {
                "demonym" | "capital" if entry.kind != ActorKind::Country => {
                    return Err(syntax(
                        file,
                        lineno,
                        format!("'{attr}:' is only allowed on [country] entries"),
                    ))
                }
                "demonym" => entry.demonyms.extend(phrases),
                "capital" => entry.capitals.extend(phrases),
                "former" => entry.phrases.extend(phrases),
                _ => {
                    return Err(syntax(
                        file,
                        lineno,
                        format!(
                            "unknown attribute '{attr}:' (expected demonym, capital or former)"
                        ),
                    ))
                }
            }
        } else {
            let role = read_role(content, comment, file, lineno)?;
            dict.actors[ai].roles.push(role);
        }
    }
    Ok(dict)
}

/// `&NAME = a | b | c` (after `@set`): a named set of words or phrases.
fn read_set(body: &str, file: &str, line: u32) -> Result<(String, Vec<String>), DictError> {
    let Some((name, words)) = body.split_once('=') else {
        return Err(syntax(file, line, "expected '@set &NAME = word | word'"));
    };
    let name = name.trim();
    let valid = name.len() > 1
        && name.starts_with('&')
        && name[1..]
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if !valid {
        return Err(syntax(
            file,
            line,
            format!("bad set name '{name}' (expected & and capitals, e.g. &WEAPON)"),
        ));
    }
    Ok((name.to_string(), split_phrases(words, file, line)?))
}

/// Expand the `&NAME` words of a verb or noun phrase into one phrase per combination of
/// the sets' members: `send &WEAPON to +` with `&WEAPON = tanks | jets` gives `send tanks
/// to +` and `send jets to +`.
fn expand_sets(
    phrase: &str,
    sets: &std::collections::HashMap<String, Vec<String>>,
    file: &str,
    line: u32,
) -> Result<Vec<String>, DictError> {
    let mut out = vec![String::new()];
    for w in phrase.split_whitespace() {
        let alts: Vec<&str> = if w.starts_with('&') {
            sets.get(w)
                .ok_or_else(|| {
                    syntax(
                        file,
                        line,
                        format!("unknown set '{w}' (define it with @set above)"),
                    )
                })?
                .iter()
                .map(|s| s.as_str())
                .collect()
        } else {
            vec![w]
        };
        out = out
            .iter()
            .flat_map(|p| {
                alts.iter().map(move |a| {
                    if p.is_empty() {
                        a.to_string()
                    } else {
                        format!("{p} {a}")
                    }
                })
            })
            .collect();
    }
    Ok(out)
}

fn split_phrases(s: &str, file: &str, line: u32) -> Result<Vec<String>, DictError> {
    let mut out = Vec::new();
    for p in s.split('|') {
        let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
        if p.is_empty() {
            return Err(syntax(file, line, "empty phrase"));
        }
        out.push(p);
    }
    Ok(out)
}

fn read_header(
    content: &str,
    file: &str,
    file_arc: &Arc<str>,
    lineno: u32,
    dict: &mut Dictionary,
    sets: &std::collections::HashMap<String, Vec<String>>,
) -> Result<Current, DictError> {
    let Some(rest) = content.strip_prefix('[') else {
        return Err(syntax(
            file,
            lineno,
            format!("expected an entry header '[KIND CODE] phrases', found '{content}'"),
        ));
    };
    let Some((inside, phrases)) = rest.split_once(']') else {
        return Err(syntax(file, lineno, "entry header without ']'"));
    };
    let parts: Vec<&str> = inside.split_whitespace().collect();
    let [kind, code] = parts.as_slice() else {
        return Err(syntax(
            file,
            lineno,
            format!("entry header must be '[KIND CODE]', found '[{inside}]'"),
        ));
    };
    let phrases = split_phrases(phrases, file, lineno)?;
    let code_opt = (*code != "-" && *code != "---").then(|| code.to_string());
    let org = origin(file_arc, lineno);
    let actor_kind = match *kind {
        "country" => Some(ActorKind::Country),
        "org" => Some(ActorKind::Organization),
        "person" => Some(ActorKind::Person),
        "group" => Some(ActorKind::Group),
        _ => None,
    };
    if let Some(k) = actor_kind {
        if k == ActorKind::Country && code_opt.is_none() {
            return Err(syntax(file, lineno, "a [country] entry needs a code"));
        }
        dict.actors.push(ActorEntry {
            kind: k,
            name: phrases[0].clone(),
            phrases,
            default_code: code_opt,
            roles: Vec::new(),
            demonyms: Vec::new(),
            capitals: Vec::new(),
            origin: org,
        });
        return Ok(Current::Actor(dict.actors.len() - 1));
    }
    match *kind {
        "agent" => {
            let Some(code) = code_opt else {
                return Err(syntax(file, lineno, "an [agent] entry needs a sector code"));
            };
            dict.agents.push(AgentEntry {
                phrases,
                code,
                placement: AgentPlacement::Suffix,
                origin: org,
            });
            Ok(Current::Agent)
        }
        "discard" => {
            // `[discard sentence] phrase | ...` skips the sentence, `[discard story]` the
            // whole document (sports results, market reports).
            let whole_story = match code_opt.as_deref() {
                Some("story") => true,
                Some("sentence") | None => false,
                Some(other) => {
                    return Err(syntax(
                        file,
                        lineno,
                        format!("a [discard] entry takes 'sentence' or 'story', not '{other}'"),
                    ))
                }
            };
            for phrase in phrases {
                dict.discards.push(crate::model::DiscardEntry {
                    phrase,
                    whole_story,
                    origin: org.clone(),
                    ..Default::default()
                });
            }
            Ok(Current::Verb)
        }
        "verb" | "noun" => {
            // `[verb 046:046]`: the second code is also coded with source and target
            // swapped (a reciprocal event, PETRARCH's paired code).
            let (code, paired) = match code_opt.as_deref().and_then(|c| c.split_once(':')) {
                Some((a, b)) => {
                    let valid = |x: &str| x.is_empty() || x.chars().all(|c| c.is_ascii_alphanumeric());
                    if !valid(a) || !valid(b) || b.is_empty() {
                        return Err(syntax(file, lineno, format!("bad paired code '{}'", code_opt.as_deref().unwrap_or(""))));
                    }
                    ((!a.is_empty()).then(|| a.to_string()), Some(b.to_string()))
                }
                None => (code_opt.clone(), None),
            };
            let mut expanded = Vec::new();
            for phrase in &phrases {
                for p in expand_sets(phrase, sets, file, lineno)? {
                    if !expanded.contains(&p) {
                        expanded.push(p);
                    }
                }
            }
            let first = dict.verbs.len();
            for phrase in expanded {
                let mut v = verb_entry(&phrase, code.clone(), *kind == "noun", org.clone());
                v.paired_code = paired.clone();
                for p in &mut v.patterns {
                    p.paired_code = paired.clone();
                }
                // Phrases of one line with the same trigger words whose code depends on
                // their patterns ("say ^ be &CENSURE" expanded, "call ^ unacceptable | call ^
                // unjustified") are one entry with several patterns: the coder tries them
                // together, as it would the separate entries, once per trigger.
                let same = dict.verbs[first..].iter_mut().rev().find(|o| {
                    o.words == v.words
                        && o.nominal == v.nominal
                        && o.code.is_none()
                        && v.code.is_none()
                        && o.paired_code == v.paired_code
                        && !o.patterns.is_empty()
                        && !v.patterns.is_empty()
                });
                match same {
                    Some(o) => o.patterns.append(&mut v.patterns),
                    None => dict.verbs.push(v),
                }
            }
            Ok(Current::Verb)
        }
        other => Err(syntax(
            file,
            lineno,
            format!(
                "unknown entry kind '{other}' (expected country, org, person, group, agent, verb, noun or discard)"
            ),
        )),
    }
}

/// Build the verb entry for one native phrase (see the crate docs for the mapping).
fn verb_entry(
    phrase: &str,
    code: Option<String>,
    nominal: bool,
    org: crate::model::Origin,
) -> VerbEntry {
    let tokens: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
    // The trigger is everything before the first `+` (target) or `^` (a skipped noun
    // phrase: `fire ^ at +` is "fired rockets at X"); the rest is a pattern after it.
    let plus = tokens.iter().position(|t| t == "+" || t == "^");
    let (words, after) = match plus {
        Some(p) => (tokens[..p].to_vec(), &tokens[p..]),
        None => (tokens.clone(), &tokens[tokens.len()..]),
    };
    let mut patterns = Vec::new();
    if plus.is_some() {
        let items = after
            .iter()
            .map(|t| match t.as_str() {
                "+" => PatternItem::Target,
                "^" => PatternItem::Skip,
                _ => PatternItem::Words(vec![t.clone()]),
            })
            .collect();
        patterns.push(VerbPattern {
            code: code.clone(),
            paired_code: None,
            before: Vec::new(),
            after: items,
            text: phrase.to_string(),
            origin: org.clone(),
            joined_before: false,
        });
    }
    // Words after the `+` ("call + to account") make the code conditional on the whole
    // pattern: the bare verb alone yields nothing.
    let conditional = plus.is_some_and(|p| tokens[p..].iter().any(|t| t != "+"));
    VerbEntry {
        words,
        head: 0,
        forms: Vec::new(),
        code: if conditional { None } else { code },
        paired_code: None,
        patterns,
        nominal,
        origin: org,
    }
}

fn read_role(
    content: &str,
    comment: Option<&str>,
    file: &str,
    lineno: u32,
) -> Result<DatedCode, DictError> {
    let parts: Vec<&str> = content.split_whitespace().collect();
    let [code, from, to] = parts.as_slice() else {
        return Err(syntax(
            file,
            lineno,
            format!("expected a dated role 'CODE FROM TO' or an attribute 'name: phrases', found '{content}'"),
        ));
    };
    let date = |s: &str, end: bool| {
        if s == ".." {
            Ok(None)
        } else {
            parse_partial_date(s, end).map(Some).ok_or_else(|| {
                syntax(
                    file,
                    lineno,
                    format!("bad date '{s}' (expected YYYY, YYYY-MM, YYYY-MM-DD or ..)"),
                )
            })
        }
    };
    let from = date(from, false)?;
    let to = date(to, true)?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(syntax(
                file,
                lineno,
                format!("role ends ({t}) before it starts ({f})"),
            ));
        }
    }
    if code.starts_with('+') || code.contains('+') {
        return Err(syntax(file, lineno, format!("bad role code '{code}'")));
    }
    Ok(DatedCode {
        code: code.to_string(),
        from,
        to,
        note: comment.filter(|c| !c.is_empty()).map(str::to_string),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> dyad_core::Date {
        dyad_core::parse_date(s).unwrap()
    }

    const SAMPLE: &str = "\
@source test
# a comment
[country KOR] South Korea | Republic of Korea | ROK   # trailing comment
  demonym: South Korean | South Koreans
  capital: Seoul
  former: Korea (South)

[person USA] Antony Blinken | Blinken
  USAGOV 2021-01-26 2025-01-20  # Secretary of State
  USAGOV 2013 2017-01 # Deputy

[group -] Hamas
  PSENGO .. 2006-03

[agent GOV] government | governments
[verb 111] Condemn | denounce
[verb 0874] withdraw troops from +
[noun 042] visit to + | trip to +
[verb 112] accuse + of
";

    #[test]
    fn sample_fields() {
        let dict = parse(SAMPLE, "t.dyad.txt").unwrap();
        assert_eq!(dict.actors.len(), 3);
        let kor = &dict.actors[0];
        assert_eq!(kor.kind, ActorKind::Country);
        assert_eq!(kor.name, "South Korea");
        assert_eq!(
            kor.phrases,
            vec!["South Korea", "Republic of Korea", "ROK", "Korea (South)"]
        );
        assert_eq!(kor.demonyms, vec!["South Korean", "South Koreans"]);
        assert_eq!(kor.capitals, vec!["Seoul"]);
        assert_eq!(kor.origin.to_string(), "t.dyad.txt:3");

        let b = &dict.actors[1];
        assert_eq!(b.kind, ActorKind::Person);
        assert_eq!(b.roles.len(), 2);
        assert_eq!(b.roles[0].note.as_deref(), Some("Secretary of State"));
        assert_eq!(b.roles[1].from, Some(d("2013-01-01")));
        assert_eq!(b.roles[1].to, Some(d("2017-01-31")));
        assert_eq!(b.code_on(Some(d("2022-05-01"))), Some("USAGOV"));
        assert_eq!(b.code_on(Some(d("2019-05-01"))), Some("USA"));

        let h = &dict.actors[2];
        assert_eq!(h.kind, ActorKind::Group);
        assert_eq!(h.default_code, None);
        assert_eq!(h.roles[0].from, None);
        assert_eq!(h.roles[0].to, Some(d("2006-03-31")));
        assert_eq!(h.code_on(Some(d("2010-01-01"))), None);

        assert_eq!(dict.agents.len(), 1);
        assert_eq!(dict.agents[0].code, "GOV");
        assert_eq!(dict.agents[0].phrases, vec!["government", "governments"]);

        assert_eq!(dict.verbs.len(), 6);
        let v = &dict.verbs[0];
        assert_eq!(v.words, vec!["condemn"]);
        assert_eq!(v.code.as_deref(), Some("111"));
        assert_eq!(v.paired_code, None);
        assert!(v.patterns.is_empty());
        assert!(!v.nominal);
        let w = &dict.verbs[2];
        assert_eq!(w.words, vec!["withdraw", "troops", "from"]);
        assert_eq!(w.patterns.len(), 1);
        assert_eq!(w.patterns[0].after, vec![PatternItem::Target]);
        assert_eq!(w.patterns[0].code.as_deref(), Some("0874"));
        assert_eq!(w.patterns[0].text, "withdraw troops from +");
        let n = &dict.verbs[3];
        assert!(n.nominal);
        assert_eq!(n.words, vec!["visit", "to"]);
        let a = &dict.verbs[5];
        assert_eq!(a.words, vec!["accuse"]);
        assert_eq!(
            a.patterns[0].after,
            vec![PatternItem::Target, PatternItem::Words(vec!["of".into()])]
        );
    }

    fn err_line(text: &str) -> (u32, String) {
        match parse(text, "bad.dyad.txt") {
            Err(DictError::Syntax {
                file,
                line,
                message,
            }) => {
                assert_eq!(file, "bad.dyad.txt");
                (line, message)
            }
            other => panic!("expected a syntax error, got {other:?}"),
        }
    }

    #[test]
    fn malformed_lines() {
        assert_eq!(err_line("[country X] x\n[planet Y] y\n").0, 2);
        assert!(err_line("[planet Y] y\n").1.contains("unknown entry kind"));
        assert_eq!(err_line("# c\n  USAGOV 2020 2021\n").0, 2);
        assert_eq!(err_line("[person USA] a\n  USAGOV 2020-13 ..\n").0, 2);
        assert!(err_line("[person USA] a\n  USAGOV 2020-13 ..\n")
            .1
            .contains("bad date"));
        assert_eq!(err_line("[verb 111] a || b\n").0, 1);
        assert_eq!(err_line("[verb 111]\n").0, 1);
        assert_eq!(err_line("[agent GOV] x\n  GOV 2020 2021\n").0, 2);
        assert_eq!(err_line("[person USA] a\n  demonym: x\n").0, 2);
        assert_eq!(err_line("[country USA] a\n  colour: red\n").0, 2);
        assert_eq!(err_line("[person USA] a\n  USAGOV 2021 2020\n").0, 2);
        assert_eq!(err_line("[country USA a\n").0, 1);
        assert_eq!(err_line("[country] a\n").0, 1);
        assert_eq!(err_line("just words\n").0, 1);
        assert_eq!(err_line("@sauce x\n").0, 1);
    }
}

#[cfg(test)]
mod paired_tests {
    #[test]
    fn word_sets_expand_into_one_phrase_per_member() {
        let text = "@set &ARMS = tanks | fighter jets\n[verb 072] send &ARMS to + | arm\n";
        let d = super::parse(text, "t.dyad.txt").unwrap();
        let words: Vec<String> = d.verbs.iter().map(|v| v.words.join(" ")).collect();
        assert_eq!(words, ["send tanks to", "send fighter jets to", "arm"]);
        let texts: Vec<&str> = d.verbs[..2]
            .iter()
            .map(|v| v.patterns[0].text.as_str())
            .collect();
        assert_eq!(texts, ["send tanks to +", "send fighter jets to +"]);
        // Two sets in one phrase: every combination.
        let text = "@set &A = a | b\n@set &B = c | d\n[verb 010] x &A &B\n";
        assert_eq!(super::parse(text, "t.dyad.txt").unwrap().verbs.len(), 4);
        // Errors name the line: an unknown set, a bad name, a set without members.
        let err_line = |text: &str| match super::parse(text, "bad.dyad.txt") {
            Err(crate::DictError::Syntax { line, message, .. }) => (line, message),
            other => panic!("expected a syntax error, got {other:?}"),
        };
        let (line, msg) = err_line("[verb 072] send &ARMS to +\n");
        assert_eq!(line, 1);
        assert!(msg.contains("unknown set '&ARMS'"), "{msg}");
        assert!(err_line("\n@set ARMS = a\n").1.contains("bad set name"));
        assert_eq!(err_line("\n@set &ARMS = a |\n").0, 2);
    }

    #[test]
    fn paired_code_is_read_and_checked() {
        let d = super::parse("[verb 046:046] hold talks with +\n", "t.dyad.txt").unwrap();
        assert_eq!(d.verbs[0].code.as_deref(), Some("046"));
        assert_eq!(d.verbs[0].paired_code.as_deref(), Some("046"));
        assert_eq!(d.verbs[0].patterns[0].paired_code.as_deref(), Some("046"));
        let e = super::parse("[verb 046:] hold talks\n", "t.dyad.txt").unwrap_err();
        assert!(e.to_string().starts_with("t.dyad.txt:1:"), "{e}");
    }
}

#[cfg(test)]
mod skip_tests {
    use crate::model::PatternItem;

    #[test]
    fn caret_skips_a_noun_phrase_and_makes_the_entry_conditional() {
        let d = super::parse("[verb 190] fire ^ at +\n", "t.dyad.txt").unwrap();
        let v = &d.verbs[0];
        assert_eq!(v.words, ["fire"]);
        // The bare verb codes nothing ("fired its coach"); only the whole pattern does.
        assert_eq!(v.code, None);
        assert_eq!(v.patterns[0].code.as_deref(), Some("190"));
        assert_eq!(
            v.patterns[0].after,
            [
                PatternItem::Skip,
                PatternItem::Words(vec!["at".into()]),
                PatternItem::Target
            ]
        );
    }
}

#[cfg(test)]
mod discard_tests {
    #[test]
    fn discards_take_a_scope() {
        let d = super::parse(
            "[discard story] Premier League | World Cup qualifier\n[discard sentence] quarterly profit\n",
            "d.dyad.txt",
        )
        .unwrap();
        assert_eq!(d.discards.len(), 3);
        assert!(d.discards[0].whole_story && !d.discards[2].whole_story);
        assert_eq!(d.discards[2].phrase, "quarterly profit");
        let e = super::parse("[discard page] x\n", "d.dyad.txt").unwrap_err();
        assert!(e.to_string().starts_with("d.dyad.txt:1:"), "{e}");
    }
}
