//! PETRARCH/TABARI actor dictionaries (`Phoenix.Countries.actors.txt`, ...).
//!
//! ```text
//! AFGHANISTAN_  [AFG]            primary phrase with its default code
//! +AFGHAN_                       synonym of the entry above
//! MOHAMMAD_ZAHIR_SHAH_           primary phrase without a code
//!     [AFGGOV 331108-730717]     tab-indented date restrictions: d1-d2, <date, >date
//!     [AFGELI]                   an undated code replaces the default code
//! ```
//!
//! Dates are `YYYYMMDD` or `YYMMDD` (`YY` <= 30 is 20YY, else 19YY; a string of at most 7
//! characters is read as YYMMDD), bounds inclusive. Codes may also follow the primary
//! phrase on the same line (`NAME [IGOUNO 820101-911231] [ELI]`). Each record becomes an
//! [`ActorEntry`] of kind [`ActorKind::Other`]; `[---]` is the null code (`None`).
//!
//! ```
//! let d = dyad_dict::petrarch::actors::parse("KOFI_ANNAN_\n\t[IGOUNO 970101-061231]\n\t[ELI]\n", "a.txt").unwrap();
//! let date = |s| dyad_core::parse_date(s);
//! assert_eq!(d.actors[0].code_on(date("2000-01-01")), Some("IGOUNO"));
//! assert_eq!(d.actors[0].code_on(date("2010-01-01")), Some("ELI"));
//! ```

use crate::model::{ActorEntry, ActorKind, DatedCode, DictError, Dictionary};
use crate::petrarch::{phrase_words, strip_comment};
use crate::util::{origin, syntax};
use dyad_core::Date;
use std::sync::Arc;

/// An actor file's entries plus the defects PETRARCH tolerates.
#[derive(Debug, Clone, Default)]
pub struct ActorFile {
    /// The actors.
    pub dict: Dictionary,
    /// Skipped restrictions (`file:line: message`): invalid dates, reversed intervals.
    pub warnings: Vec<String>,
}

/// Parse a PETRARCH actor dictionary into a [`Dictionary`] (actors only).
pub fn parse(text: &str, file: &str) -> Result<Dictionary, DictError> {
    read(text, file).map(|a| a.dict)
}

/// PETRARCH's date reading (`dstr_to_ordate`): more than 7 characters is `YYYYMMDD`
/// (first 8 used), otherwise `YYMMDD` (first 6 used; `YY` <= 30 is 20YY, else 19YY).
pub fn petrarch_date(s: &str) -> Option<Date> {
    let num = |a: usize, b: usize| -> Option<u32> {
        let p = s.get(a..b)?;
        if p.bytes().all(|c| c.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    let (y, m, d) = if s.len() > 7 {
        (num(0, 4)? as i32, num(4, 6)?, num(6, 8)?)
    } else {
        let yy = num(0, 2)? as i32;
        let y = if yy <= 30 { 2000 + yy } else { 1900 + yy };
        (y, num(2, 4)?, num(4, 6)?)
    };
    Date::from_ymd_opt(y, m, d)
}

/// What one `[...]` group says.
enum Restriction {
    Default(Option<String>),
    Dated(DatedCode),
}

fn read_group(inner: &str) -> Result<Restriction, String> {
    let inner = inner.trim();
    let (code, rest) = match inner.split_once(char::is_whitespace) {
        Some((c, r)) => (c, r.trim()),
        None => (inner, ""),
    };
    if code.is_empty() {
        return Err("empty code '[]'".into());
    }
    let code_opt = (code != "---").then(|| code.to_string());
    if rest.is_empty() {
        return Ok(Restriction::Default(code_opt));
    }
    let date =
        |s: &str| petrarch_date(s.trim()).ok_or_else(|| format!("invalid date '{}'", s.trim()));
    let (from, to) = if let Some(d) = rest.strip_prefix('<') {
        (None, Some(date(d)?))
    } else if let Some(d) = rest.strip_prefix('>') {
        (Some(date(d)?), None)
    } else if let Some((a, b)) = rest.split_once('-') {
        let (a, b) = (date(a)?, date(b)?);
        if b < a {
            return Err(format!("interval ends ({b}) before it starts ({a})"));
        }
        (Some(a), Some(b))
    } else {
        return Err(format!(
            "unrecognised restriction '{rest}' (expected <date, >date or date-date)"
        ));
    };
    Ok(Restriction::Dated(DatedCode {
        code: code.to_string(),
        from,
        to,
        note: None,
    }))
}

/// Apply every `[...]` group in `s` to `entry`. Returns the text before the first group.
fn apply_groups<'a>(
    s: &'a str,
    entry: &mut ActorEntry,
    file: &str,
    lineno: u32,
    warnings: &mut Vec<String>,
) -> Result<&'a str, DictError> {
    let head_end = s.find('[').unwrap_or(s.len());
    let mut rest = &s[head_end..];
    while let Some(a) = rest.find('[') {
        let Some(len) = rest[a..].find(']') else {
            return Err(syntax(file, lineno, "'[' without ']'"));
        };
        match read_group(&rest[a + 1..a + len]) {
            Ok(Restriction::Default(c)) => entry.default_code = c,
            Ok(Restriction::Dated(d)) => entry.roles.push(d),
            Err(msg) => warnings.push(format!("{file}:{lineno}: {msg}: restriction skipped")),
        }
        rest = &rest[a + len + 1..];
    }
    Ok(&s[..head_end])
}

/// Parse a PETRARCH actor dictionary, returning tolerated defects as warnings.
///
/// Errors: a synonym or date restriction before any primary phrase, an indented line
/// without `[...]`, a `[` without `]`, an empty phrase.
pub fn read(text: &str, file: &str) -> Result<ActorFile, DictError> {
    let file_arc: Arc<str> = Arc::from(file);
    let mut out = ActorFile::default();
    for (idx, raw) in text.lines().enumerate() {
        let lineno = idx as u32 + 1;
        if raw.contains("---STOP---") {
            break;
        }
        let line = strip_comment(raw, true);
        if line.trim().is_empty() {
            continue;
        }
        if line.starts_with([' ', '\t']) {
            let Some(entry) = out.dict.actors.last_mut() else {
                return Err(syntax(file, lineno, "date restriction before any actor"));
            };
            if !line.contains('[') {
                return Err(syntax(
                    file,
                    lineno,
                    format!(
                        "indented line must be a restriction '[CODE ...]', found '{}'",
                        line.trim()
                    ),
                ));
            }
            let head = apply_groups(line, entry, file, lineno, &mut out.warnings)?;
            if !head.trim().is_empty() {
                // PETRARCH reads only the restriction of an indented line.
                out.warnings.push(format!(
                    "{file}:{lineno}: text '{}' before an indented restriction ignored",
                    head.trim()
                ));
            }
            continue;
        }
        if let Some(syn) = line.strip_prefix('+') {
            let Some(entry) = out.dict.actors.last_mut() else {
                return Err(syntax(file, lineno, "synonym '+...' before any actor"));
            };
            let head = apply_groups(syn, entry, file, lineno, &mut out.warnings)?;
            let phrase = phrase_words(head);
            if phrase.is_empty() {
                return Err(syntax(file, lineno, "empty synonym"));
            }
            entry.phrases.push(phrase);
            continue;
        }
        let mut entry = ActorEntry {
            kind: ActorKind::Other,
            origin: origin(&file_arc, lineno),
            ..ActorEntry::default()
        };
        let head = apply_groups(line, &mut entry, file, lineno, &mut out.warnings)?;
        let phrase = phrase_words(head);
        if phrase.is_empty() {
            return Err(syntax(file, lineno, "empty actor phrase"));
        }
        entry.name = phrase.clone();
        entry.phrases.push(phrase);
        out.dict.actors.push(entry);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        dyad_core::parse_date(s).unwrap()
    }

    #[test]
    fn dates() {
        assert_eq!(petrarch_date("331108"), Some(d("1933-11-08")));
        assert_eq!(petrarch_date("070723"), Some(d("2007-07-23")));
        assert_eq!(petrarch_date("19270101"), Some(d("1927-01-01")));
        assert_eq!(petrarch_date("300101"), Some(d("2030-01-01")));
        assert_eq!(petrarch_date("2004017"), Some(d("2020-04-01")));
        assert_eq!(petrarch_date("20100931"), None);
        assert_eq!(petrarch_date("12ab01"), None);
    }

    const SAMPLE: &str = "\
<!-- test -->
AFGHANISTAN_  [AFG] # country
+AFGHAN_
+KABUL ; old comment
ZAHIR_SHAH_  # CountryInfo.txt
\t[AFGELI 320101-331108]
\t[AFGGOV 331108-730717]
\t[AFGELI]
ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# note
BOROMIR  [---]
CARAS GALADHON [ELF]
\t[ELFGOV <990101]
\t[ELFGOV 20100931-20110101]
---STOP---
IGNORED [X]
";

    #[test]
    fn sample_fields() {
        let f = read(SAMPLE, "a.txt").unwrap();
        let a = &f.dict.actors;
        assert_eq!(a.len(), 5);
        assert_eq!(a[0].name, "AFGHANISTAN");
        assert_eq!(a[0].phrases, vec!["AFGHANISTAN", "AFGHAN", "KABUL"]);
        assert_eq!(a[0].default_code.as_deref(), Some("AFG"));
        assert_eq!(a[0].kind, ActorKind::Other);
        assert_eq!(a[0].origin.to_string(), "a.txt:2");
        assert_eq!(a[1].roles.len(), 2);
        assert_eq!(a[1].default_code.as_deref(), Some("AFGELI"));
        assert_eq!(a[1].code_on(Some(d("1950-01-01"))), Some("AFGGOV"));
        assert_eq!(a[1].code_on(Some(d("1980-01-01"))), Some("AFGELI"));
        assert_eq!(a[2].name, "ANN VENEMAN");
        assert_eq!(a[2].code_on(Some(d("2003-01-01"))), Some("USAGOV"));
        assert_eq!(a[2].code_on(Some(d("2006-01-01"))), Some("IGOUNOKID"));
        assert_eq!(a[2].code_on(Some(d("2005-03-01"))), None);
        assert_eq!(a[3].default_code, None);
        assert_eq!(a[4].phrases, vec!["CARAS GALADHON"]);
        assert_eq!(a[4].roles[0].to, Some(d("1999-01-01")));
        assert_eq!(a[4].roles[0].from, None);
        assert_eq!(a[4].roles.len(), 1);
        assert_eq!(
            f.warnings,
            vec!["a.txt:13: invalid date '20100931': restriction skipped"]
        );
    }

    fn err_line(text: &str) -> u32 {
        crate::petrarch::syntax_error_line(read(text, "bad.txt"), "bad.txt")
    }

    #[test]
    fn malformed_lines() {
        assert_eq!(err_line("# x\n+SYN\n"), 2);
        assert_eq!(err_line("\t[USA]\n"), 1);
        assert_eq!(err_line("A [USA\n"), 1);
        assert_eq!(err_line("A\n\tjunk\n"), 2);
        let f = read("A\n\tB_\t[USA]\n", "w.txt").unwrap();
        assert_eq!(f.dict.actors[0].default_code.as_deref(), Some("USA"));
        assert_eq!(
            f.warnings,
            vec!["w.txt:2: text 'B_' before an indented restriction ignored"]
        );
        assert_eq!(err_line("A\n+__\n"), 2);
        assert_eq!(err_line("[USA]\n"), 1);
    }
}
