//! Checks of dyad's own world dictionary (`dictionaries/world/*`, `dictionaries/people/*`)
//! against third-party references read at run time from `../shared` (never copied), plus a
//! few hand-written resolutions. Figures and the exception lists are explained in
//! `docs/world-dictionary-checks.md`.
//!
//! Run: `cargo test -p dyad-coder --test world_dictionary -- --nocapture`.
//!
//! - (a) `ngec_actor_resolution_cases`: NGEC's actor-resolution test cases (country and
//!   first-sector assertions only), pass rate >= 0.85.
//! - (b) `countryinfo_names_and_demonyms`: every CountryInfo country's name and primary
//!   nationality form resolve to that country, >= 98% outside `COUNTRY_EXCEPTIONS`.
//! - (c) `role_dates_agree_with_references`: dated roles of people found in CountryInfo's
//!   leader lists and in Phoenix's country actors agree within 31 days, or are listed in
//!   `KNOWN_CORRECTIONS`.
//! - (d) `no_undocumented_phrase_conflicts`: no folded phrase names two different actors on
//!   the same date, outside `ALLOWED_CONFLICTS`.
//! - (e) `dyad_actor_style_resolutions`: a handful of `dyad actor` resolutions.

use dyad_coder::actors::Resolved;
use dyad_coder::Coder;
use dyad_core::{ActorCode, Date};
use dyad_dict::{ActorEntry, ActorKind, Dictionary};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::OnceLock;

// ------------------------------------------------------------------------------------------
// Shared helpers
// ------------------------------------------------------------------------------------------

/// The coder over the built-in dictionary, built once per test binary (~1 s in debug).
fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| {
        let dict = dyad_dict::builtin().unwrap_or_else(|e| panic!("built-in dictionary: {e}"));
        Coder::new(dict).unwrap_or_else(|e| panic!("coder: {e}"))
    })
}

/// The built-in dictionary the coder was built from.
fn dict() -> &'static Dictionary {
    &coder().compiled().dict
}

/// `../shared` (next to the repository), or `None` after printing SKIPPED; panics instead
/// when `DYAD_REQUIRE_SHARED=1`.
fn shared() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.is_dir() {
        Some(p)
    } else if std::env::var("DYAD_REQUIRE_SHARED").as_deref() == Ok("1") {
        panic!(
            "../shared is required (DYAD_REQUIRE_SHARED=1) but not found at {}",
            p.display()
        );
    } else {
        eprintln!("SKIPPED: ../shared not found");
        None
    }
}

fn read_shared(rel: &str) -> Option<String> {
    let path = shared()?.join(rel);
    let bytes =
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn ymd(y: i32, m: u32, d: u32) -> Date {
    Date::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("bad constant date {y}-{m}-{d}"))
}

/// Name normalisation for matching people across files: case and diacritics folded
/// (`matcher::fold`), underscores, hyphens and dots become spaces, `{}` dropped.
fn norm_name(s: &str) -> String {
    let f = dyad_coder::matcher::fold(s);
    let spaced: String = f
        .chars()
        .map(|c| match c {
            '_' | '-' | '.' | ',' => ' ',
            '{' | '}' => ' ',
            c => c,
        })
        .collect();
    spaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `AFGHANISTAN_` / `ANTIGUA_AND_BARBUDA` -> `Afghanistan` / `Antigua and Barbuda` (the
/// matcher folds case, but a one-word name needs a capital letter to count as a name).
fn title_case(s: &str) -> String {
    const SMALL: &[&str] = &["and", "of", "the", "de", "da", "du", "la", "le", "del"];
    let words: Vec<String> = s
        .split(|c: char| c == '_' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .enumerate()
        .map(|(i, w)| {
            let lw = w.to_lowercase();
            if i > 0 && SMALL.contains(&lw.as_str()) {
                return lw;
            }
            let mut cs = lw.chars();
            match cs.next() {
                Some(c) => c.to_uppercase().chain(cs).collect(),
                None => String::new(),
            }
        })
        .collect();
    words.join(" ")
}

/// First resolved actor of a short text.
fn first(text: &str, date: Option<Date>) -> Option<Resolved> {
    coder().resolve_actor(text, date).into_iter().next()
}

// ------------------------------------------------------------------------------------------
// (a) NGEC actor-resolution cases
// ------------------------------------------------------------------------------------------

/// NGEC's `agent_to_code` defaults to "today". Kwasi Kwarteng (left the Treasury
/// 2022-10-14) is expected as LEG and Jai Ram Thakur (Chief Minister until 2022-12-27... as
/// GOV), so "today" for these tests lies between mid-October and December 2022.
const NGEC_TODAY: (i32, u32, u32) = (2022, 11, 15);

/// NGEC cases whose assertions are malformed in the source, with the reason.
const NGEC_SKIP: &[(&str, &str)] = &[(
    "test_col_sen_name",
    "country and code_1 swapped in the source ('LEG' as country, 'COL' as sector)",
)];

/// NGEC (PLOVER) code -> the code dyad's dictionary uses for the same thing.
const NGEC_CODE_EQUIV: &[(&str, &str, &str)] = &[(
    "XKX",
    "KSV",
    "Kosovo: CAMEO's KSV (see dictionaries/world/countries.dyad.txt)",
)];

/// Sector codes NGEC expects that are outside CAMEO and dyad's scheme (PLOVER additions
/// such as PRM, JRN, SOC, BUD, JNK, or placeholders such as '????'): such assertions are
/// skipped; PRE (partially recognised entity) is part of dyad's country file.
fn ngec_sector_checkable(s: &str) -> bool {
    s.is_empty() || s == "PRE" || dyad_core::actor::is_sector(s)
}

#[derive(Debug, Clone, PartialEq)]
enum Key {
    Country,
    Sector,
}

#[derive(Debug, Clone)]
struct Assertion {
    key: Key,
    negated: bool,
    /// Accepted values (one for `==`/`!=`, several for `in [...]`).
    values: Vec<String>,
}

/// Parse `code['country'] == 'CHL'`, `code['code_1'] in ['PTY', 'REB']`, `cc == 'GBR'`;
/// `None` for everything else (wiki titles, patterns, `d[...]` references, `code is None`).
fn parse_assertion(s: &str) -> Option<Assertion> {
    let s = s.trim();
    let (key, rest) = if let Some(r) = s.strip_prefix("code['country']") {
        (Key::Country, r)
    } else if let Some(r) = s.strip_prefix("code['code_1']") {
        (Key::Sector, r)
    } else if let Some(r) = s.strip_prefix("cc ") {
        (Key::Country, r)
    } else {
        return None;
    };
    let rest = rest.trim();
    let (negated, val) = if let Some(v) = rest.strip_prefix("==") {
        (false, v.trim())
    } else if let Some(v) = rest.strip_prefix("!=") {
        (true, v.trim())
    } else if let Some(v) = rest.strip_prefix("in ") {
        (false, v.trim())
    } else {
        return None;
    };
    let quoted = |v: &str| -> Option<String> {
        let v = v.trim();
        v.strip_prefix('\'')?
            .strip_suffix('\'')
            .map(|x| x.to_string())
    };
    let values = if let Some(list) = val.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
        list.split(',').map(quoted).collect::<Option<Vec<_>>>()?
    } else {
        vec![quoted(val)?]
    };
    let values = values
        .into_iter()
        .map(|v| {
            NGEC_CODE_EQUIV
                .iter()
                .find(|(a, _, _)| *a == v)
                .map(|(_, b, _)| b.to_string())
                .unwrap_or(v)
        })
        .collect();
    Some(Assertion {
        key,
        negated,
        values,
    })
}

/// NGEC-style dates: `2022-06-01`, `12 April 2022`, `October 1, 2021`, `1 july 2021`,
/// `today` or empty (= [`NGEC_TODAY`]).
fn ngec_date(s: &str) -> Option<Date> {
    let s = s.trim().trim_matches('\'').trim();
    if s.is_empty() || s.eq_ignore_ascii_case("today") {
        return Some(ymd(NGEC_TODAY.0, NGEC_TODAY.1, NGEC_TODAY.2));
    }
    for f in ["%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y"] {
        if let Ok(d) = chrono::NaiveDate::parse_from_str(s, f) {
            return Some(d);
        }
    }
    None
}

/// Split a code into three-letter blocks.
fn blocks(code: &str) -> Vec<String> {
    code.as_bytes()
        .chunks(3)
        .filter(|c| c.len() == 3)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect()
}

/// Our (country, first code after the country) in NGEC's terms. NGEC puts an international
/// organisation's code in the country slot (`IGO` for the IMF, `UNO` for the Security
/// Council, `EUR` for the EU); when our code has no country, the expected country is looked
/// for among the code's blocks (`IGOUNOHLHWHO`: country `UNO`, code_1 `HLH`).
fn ngec_view(code: &str, expected_country: Option<&str>) -> (String, String) {
    let ac = ActorCode::parse(code);
    let bl = blocks(&ac.code);
    match ac.country {
        Some(c) => (c, bl.get(1).cloned().unwrap_or_default()),
        None => {
            if let Some(exp) = expected_country.filter(|e| !e.is_empty()) {
                if let Some(i) = bl.iter().position(|b| b == exp) {
                    return (exp.to_string(), bl.get(i + 1).cloned().unwrap_or_default());
                }
            }
            (String::new(), bl.first().cloned().unwrap_or_default())
        }
    }
}

#[test]
fn ngec_actor_resolution_cases() {
    let Some(text) = read_shared("reference/ngec/actor_resolution_cases.jsonl") else {
        return;
    };
    let (mut pass, mut fail, mut skipped) = (0usize, 0usize, BTreeMap::<String, usize>::new());
    let mut failures = Vec::new();
    let mut categories: BTreeMap<&str, usize> = BTreeMap::new();
    for (lineno, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| {
            panic!("actor_resolution_cases.jsonl:{}: {e}", lineno + 1);
        });
        let test = v["test"].as_str().unwrap_or("?").to_string();
        let mut skip = |why: &str| *skipped.entry(why.to_string()).or_default() += 1;
        if NGEC_SKIP.iter().any(|(t, _)| *t == test) {
            skip("malformed in the source (NGEC_SKIP)");
            continue;
        }
        // The call whose result the assertions check: the last non-wiki call.
        let Some(call) = v["calls"]
            .as_array()
            .and_then(|cs| cs.iter().rev().find(|c| c["method"] != "query_wiki"))
        else {
            skip("Wikipedia-title case only");
            continue;
        };
        let method = call["method"].as_str().unwrap_or("");
        let args: Vec<String> = call["args"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|x| x.as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default();
        if args.iter().any(|a| a.starts_with("d[")) {
            skip("arguments from a test-data dict not in the file");
            continue;
        }
        let mut asserts: Vec<Assertion> = v["asserts"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str())
                    .filter(|x| !x.contains("d["))
                    .filter_map(parse_assertion)
                    .collect()
            })
            .unwrap_or_default();
        asserts
            .retain(|a| a.key == Key::Country || a.values.iter().all(|s| ngec_sector_checkable(s)));
        // Two different `==` values for the same key (test_234: code_1 == CVL and == OPP)
        // can never both hold: the case is contradictory.
        let contradictory = [Key::Country, Key::Sector].iter().any(|k| {
            let vals: BTreeSet<&Vec<String>> = asserts
                .iter()
                .filter(|a| a.key == *k && !a.negated)
                .map(|a| &a.values)
                .collect();
            vals.len() > 1
        });
        if contradictory {
            skip("contradictory assertions in the source");
            continue;
        }
        if asserts.is_empty() {
            skip("no country/sector assertion in CAMEO terms");
            continue;
        }
        let Some(text) = args.first().filter(|t| !t.is_empty()) else {
            skip("no text");
            continue;
        };
        let date_arg = call["kwargs"]["query_date"]
            .as_str()
            .map(str::to_string)
            .or_else(|| args.get(2).cloned())
            .unwrap_or_default();
        let date = ngec_date(&date_arg);
        let context = call["kwargs"]["known_country"]
            .as_str()
            .map(|s| s.trim_matches('\'').to_string())
            .or_else(|| args.get(1).cloned())
            .unwrap_or_default();
        let expected_country = asserts
            .iter()
            .find(|a| a.key == Key::Country && !a.negated)
            .and_then(|a| a.values.first().cloned());
        let resolved = first(text, date);
        let code = resolved
            .as_ref()
            .map(|r| r.code.clone())
            .unwrap_or_default();
        let (mut country, sector) = ngec_view(&code, expected_country.as_deref());
        // Context (NGEC's second argument / known_country): the sentence's country, used
        // when the mention itself has none.
        if country.is_empty() && !context.is_empty() && method == "agent_to_code" {
            if let Some(c) = first(&context, None).and_then(|r| r.country()) {
                country = c;
            }
        }
        let ok = asserts.iter().all(|a| {
            let got = if a.key == Key::Country {
                &country
            } else {
                &sector
            };
            a.values.contains(got) != a.negated
        });
        if ok {
            pass += 1;
        } else {
            fail += 1;
            let exp: Vec<String> = asserts
                .iter()
                .map(|a| {
                    format!(
                        "{}{}{:?}",
                        if a.key == Key::Country {
                            "country"
                        } else {
                            "code_1"
                        },
                        if a.negated { "!=" } else { "=" },
                        a.values
                    )
                })
                .collect();
            let cat = if resolved.is_none() {
                "nothing resolved"
            } else if asserts
                .iter()
                .any(|a| a.key == Key::Country && a.values.contains(&country) == a.negated)
            {
                "wrong or missing country"
            } else {
                "wrong or missing sector"
            };
            *categories.entry(cat).or_default() += 1;
            failures.push(format!(
                "  FAIL {test} [{method}] {text:?} date={date_arg:?}: expected {} got code={code:?} (country={country:?}, code_1={sector:?})",
                exp.join(" ")
            ));
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    let total = pass + fail;
    let rate = if total == 0 {
        0.0
    } else {
        pass as f64 / total as f64
    };
    eprintln!(
        "NGEC actor resolution: {pass}/{total} cases pass ({:.1}%)",
        rate * 100.0
    );
    eprintln!("  failure categories: {categories:?}");
    eprintln!("  skipped: {skipped:?}");
    assert!(total > 100, "too few evaluable NGEC cases: {total}");
    assert!(
        rate >= 0.85,
        "NGEC pass rate {:.3} < 0.85 ({fail} failures listed above)",
        rate
    );
}

// ------------------------------------------------------------------------------------------
// CountryInfo parsing (used by (b) and (c))
// ------------------------------------------------------------------------------------------

/// One `<Country>` block of CountryInfo.
#[derive(Debug, Default, Clone)]
struct CiCountry {
    line: usize,
    code_field: String,
    iso3: String,
    name: String,
    nationality: Vec<String>,
    leaders: Vec<CiPerson>,
    government: Vec<CiPerson>,
}

/// A person line of `<Leaders>` or `<Government>`.
#[derive(Debug, Default, Clone)]
struct CiPerson {
    names: Vec<String>,
    /// (code or "" for Leaders, from, to) where `None` is an open bound.
    spans: Vec<(String, Option<Date>, Option<Date>)>,
}

/// CountryInfo's dates are YYYYMMDD with sloppy month ends (`20100631`): the day is
/// clamped to the month's last day.
fn ci_date(s: &str) -> Option<Date> {
    let s = s.trim();
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = s[0..4].parse().ok()?;
    let m: u32 = s[4..6].parse().ok()?;
    let d: u32 = s[6..8].parse().ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    let mut day = d.max(1);
    loop {
        if let Some(x) = Date::from_ymd_opt(y, m, day) {
            return Some(x);
        }
        if day <= 28 {
            return None;
        }
        day -= 1;
    }
}

/// `d - d`, `<d`, `>d` -> (from, to); `None` when unreadable.
fn ci_span(spec: &str) -> Option<(Option<Date>, Option<Date>)> {
    let spec: String = spec.chars().filter(|c| !c.is_whitespace()).collect();
    if let Some(d) = spec.strip_prefix('<') {
        Some((None, Some(ci_date(d)?)))
    } else if let Some(d) = spec.strip_prefix('>') {
        Some((Some(ci_date(d)?), None))
    } else if let Some((a, b)) = spec.split_once('-') {
        Some((Some(ci_date(a)?), Some(ci_date(b)?)))
    } else {
        None
    }
}

fn ci_person(line: &str, with_code: bool) -> Option<CiPerson> {
    let head_end = line.find('[').unwrap_or(line.len());
    let head = line[..head_end].trim();
    if head.is_empty() {
        return None;
    }
    let names: Vec<String> = if head.contains('{') {
        head.split(['{', '}'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(norm_name)
            .collect()
    } else {
        vec![norm_name(head)]
    };
    let mut spans = Vec::new();
    let mut rest = &line[head_end..];
    while let Some(a) = rest.find('[') {
        let Some(len) = rest[a..].find(']') else {
            break;
        };
        let inner = rest[a + 1..a + len].trim();
        rest = &rest[a + len + 1..];
        if inner.starts_with("B:") || inner.starts_with("D:") {
            continue;
        }
        let (code, spec) = if with_code {
            match inner.split_once(char::is_whitespace) {
                Some((c, s)) => (c.to_string(), s),
                None => continue,
            }
        } else {
            (String::new(), inner)
        };
        if let Some((f, t)) = ci_span(spec) {
            spans.push((code, f, t));
        }
    }
    Some(CiPerson { names, spans })
}

fn parse_countryinfo(text: &str) -> Vec<CiCountry> {
    let mut out = Vec::new();
    let mut cur: Option<CiCountry> = None;
    let mut section = "";
    for (i, raw) in text.lines().enumerate() {
        let lineno = i + 1;
        let t = raw.trim();
        if t == "<Country>" && raw.starts_with('<') {
            cur = Some(CiCountry {
                line: lineno,
                ..Default::default()
            });
            section = "";
            continue;
        }
        let Some(c) = cur.as_mut() else { continue };
        if t == "</Country>" {
            if let Some(c) = cur.take() {
                out.push(c);
            }
            continue;
        }
        if t.starts_with('#') {
            continue;
        }
        let t = t.split('#').next().unwrap_or("").trim();
        let field = |tag: &str| -> Option<String> {
            let open = format!("<{tag}>");
            let close = format!("</{tag}>");
            let a = t.find(&open)? + open.len();
            let b = t[a..].find(&close)? + a;
            Some(t[a..b].trim().to_string())
        };
        if let Some(v) = field("CountryCode") {
            c.code_field = v;
            continue;
        }
        if let Some(v) = field("CountryName") {
            c.name = v;
            continue;
        }
        if let Some(v) = field("ISO3166-alpha3") {
            c.iso3 = v;
            continue;
        }
        match t {
            "<Nationality>" => section = "nat",
            "<Leaders>" => section = "lead",
            "<Government>" => section = "gov",
            "</Nationality>" | "</Leaders>" | "</Government>" => section = "",
            _ if t.starts_with('<') && section != "lead" && section != "gov" => section = "",
            _ if t.is_empty() || t.starts_with('<') => {}
            _ => match section {
                "nat" => c.nationality.push(t.to_string()),
                "lead" => c.leaders.extend(ci_person(t, false)),
                "gov" => c.government.extend(ci_person(t, true)),
                _ => {}
            },
        }
    }
    out
}

/// Codes under which a CountryInfo block may legitimately resolve: the plain country code
/// (or the last, current one of a dated list such as `[USRARM <19900823]...[ARM >19911221]`),
/// the ISO alpha-3 field, and the sovereign's code for `USAASM`-style territory codes.
fn ci_accepted_codes(c: &CiCountry) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let is3 = |s: &str| s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase());
    let code = c.code_field.trim().trim_start_matches('<');
    if code.starts_with('[') {
        if let Some(last) = code.rsplit('[').next() {
            let cc = last.split([' ', ']']).next().unwrap_or("");
            if cc.len() >= 3 {
                out.insert(cc[..3].to_string());
            }
        }
    } else if code.len() >= 3 && code.is_char_boundary(3) {
        out.insert(code[..3].to_string());
        if code.len() == 6 && is3(&code[3..]) {
            out.insert(code[3..].to_string());
        }
    }
    if is3(&c.iso3) {
        out.insert(c.iso3.clone());
    }
    out
}

/// CountryInfo blocks whose name or primary nationality form is not expected to resolve to
/// the block's code, with the reason (see docs/world-dictionary-checks.md).
const COUNTRY_EXCEPTIONS: &[(&str, &str)] = &[
    ("BOSNIAK/CROAT_FEDERATION", "sub-state entity of BIH; not a separate actor in dyad (its name is descriptive, not news usage)"),
    ("BOSNIAN_SERB_REPUBLICA", "garbled name of Republika Srpska (dyad: 'Republika Srpska' -> BIH, as the file's own BIHSPR)"),
    ("CROATIAN_REPUBLIC_OF_HERZEG/BOSNIA", "wartime entity 1991-1994 (Herzeg-Bosnia); 'Croat'/'Croatian' primary forms rightly resolve to HRV"),
    ("REPUBLIC_OF_SERBIAN_KRAJINA", "wartime entity 1991-1995 not in dyad's dictionary"),
    ("NETHERLANDS_ANTILLES", "dissolved 2010; dyad maps the former name to CUW (successor holding Willemstad), the file has NLDANT/---"),
    ("SERBIA_AND_MONTENEGRO", "dissolved 2006; dyad maps it to SRB (continuator), the file's 'SERB_' primary form is SRB too: accepted"),
    ("MONTENEGRO", "the file's primary nationality form for MNE is 'SERB_' (an error in the file); the name is still checked"),
    ("DOMINICA", "primary nationality line is commented out ('Dominican' goes to DOM); only the name is checked"),
    ("SAMOA", "primary nationality line is commented out ('Samoan' is shared with American Samoa); only the name is checked"),
];

fn primary_nationality(c: &CiCountry) -> Option<&str> {
    c.nationality.first().map(String::as_str)
}

#[test]
fn countryinfo_names_and_demonyms() {
    let Some(text) = read_shared("reference/countryinfo/CountryInfo.140728.txt") else {
        return;
    };
    let countries = parse_countryinfo(&text);
    assert!(
        countries.len() > 200,
        "CountryInfo parse found only {} <Country> blocks",
        countries.len()
    );
    let resolves_to = |phrase: &str, accepted: &BTreeSet<String>| -> (bool, String) {
        let text = title_case(phrase);
        match first(&text, None) {
            Some(r) => {
                let cc = r.country().unwrap_or_else(|| r.code.clone());
                (accepted.contains(&cc), r.code)
            }
            None => (false, "-".to_string()),
        }
    };
    let mut seen = BTreeSet::new();
    let (mut ok, mut checked, mut excepted) = (0usize, 0usize, 0usize);
    let (mut sec_ok, mut sec_total) = (0usize, 0usize);
    let mut failures = Vec::new();
    let mut missing_demonyms = 0usize;
    for c in &countries {
        if !seen.insert(c.name.clone()) || c.name.is_empty() {
            continue;
        }
        let accepted = ci_accepted_codes(c);
        let exception = COUNTRY_EXCEPTIONS.iter().find(|(n, _)| *n == c.name);
        let (name_ok, name_got) = resolves_to(&c.name, &accepted);
        let prim = primary_nationality(c);
        let prim_exempt = exception.is_some_and(|(n, _)| {
            matches!(
                *n,
                "MONTENEGRO" | "DOMINICA" | "SAMOA" | "SERBIA_AND_MONTENEGRO"
            )
        });
        let (nat_ok, nat_got) = match prim {
            Some(p) if !prim_exempt => resolves_to(p, &accepted),
            _ => (true, String::new()),
        };
        for s in c.nationality.iter().skip(1) {
            sec_total += 1;
            if resolves_to(s, &accepted).0 {
                sec_ok += 1;
            }
        }
        let both = name_ok && nat_ok;
        let hard_exception = exception.is_some() && !prim_exempt;
        if hard_exception {
            excepted += 1;
            eprintln!(
                "  EXCEPTION {} ({}): {}{}",
                c.name,
                c.code_field,
                exception.map(|e| e.1).unwrap_or(""),
                if both { " [now resolves]" } else { "" }
            );
            continue;
        }
        checked += 1;
        if both {
            ok += 1;
        } else {
            if !nat_ok {
                missing_demonyms += 1;
            }
            failures.push(format!(
                "  FAIL CountryInfo:{} {} accepted={:?}: name -> {}{}",
                c.line,
                c.name,
                accepted,
                if name_ok { "ok".to_string() } else { name_got },
                match prim {
                    Some(p) if !nat_ok => format!(", primary nationality {p} -> {nat_got}"),
                    _ => String::new(),
                }
            ));
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    let rate = ok as f64 / checked.max(1) as f64;
    eprintln!(
        "CountryInfo: {ok}/{checked} countries resolve by name AND primary nationality ({:.1}%), {excepted} in COUNTRY_EXCEPTIONS; {missing_demonyms} failures involve the demonym",
        rate * 100.0
    );
    eprintln!(
        "CountryInfo secondary nationality forms (figure only): {sec_ok}/{sec_total} resolve ({:.1}%)",
        100.0 * sec_ok as f64 / sec_total.max(1) as f64
    );
    assert!(
        rate >= 0.98,
        "CountryInfo country coverage {:.3} < 0.98",
        rate
    );
}

// ------------------------------------------------------------------------------------------
// (c) Role dates
// ------------------------------------------------------------------------------------------

/// One reference span after merging: start (`None` = before the source's coverage), end.
#[derive(Debug, Clone, Copy, PartialEq)]
enum End {
    /// A real end date.
    Closed(Date),
    /// Still in office at the source's end of coverage (the date is that coverage floor: our
    /// end, if any, must not be earlier than it minus the tolerance).
    Open(Date),
}

#[derive(Debug, Clone, Copy)]
struct Span {
    from: Option<Date>,
    to: End,
}

/// Tolerance for start and end dates.
const TOLERANCE_DAYS: i64 = 31;

/// Coverage of the references: CountryInfo's `<Government>` (CIA World Leaders) runs to
/// Feb 2011, its `<Leaders>` (rulers.org) to about 2009; Phoenix was generated in Jan 2014
/// from CountryInfo, so its spans share CountryInfo's 2011 horizon.
fn coverage_government() -> Date {
    ymd(2011, 1, 1)
}
fn coverage_leaders() -> Date {
    ymd(2009, 1, 1)
}

/// A date disagreement that is known and judged, with the source of our date.
/// (name as in our file, field "start"/"end", our date, their date, source of ours).
const KNOWN_CORRECTIONS: &[(&str, &str, &str, &str, &str)] = &[];

fn far_future() -> Date {
    ymd(9999, 12, 31)
}

fn end_key(e: End) -> Date {
    match e {
        End::Closed(d) => d,
        End::Open(_) => far_future(),
    }
}

/// Merge spans that overlap or are separated by at most the tolerance (monthly snapshots,
/// a president becoming prime minister the next day).
fn merge(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| s.from.unwrap_or(Date::MIN));
    let mut out: Vec<Span> = Vec::new();
    for s in spans {
        if let Some(last) = out.last_mut() {
            let last_end = end_key(last.to);
            let start = s.from.unwrap_or(Date::MIN);
            if last_end == far_future() || (start - last_end).num_days() <= TOLERANCE_DAYS {
                if end_key(s.to) > end_key(last.to) {
                    last.to = s.to;
                } else if let (End::Open(a), End::Open(b)) = (last.to, s.to) {
                    last.to = End::Open(a.max(b));
                }
                continue;
            }
        }
        out.push(s);
    }
    out
}

fn overlaps(a: &Span, b: &Span) -> bool {
    let a0 = a.from.unwrap_or(Date::MIN);
    let b0 = b.from.unwrap_or(Date::MIN);
    a0 <= end_key(b.to) && b0 <= end_key(a.to)
}

/// The country+first-sector prefix of a role code (`AFGGOVAGR` -> `AFGGOV`).
fn prefix(code: &str) -> String {
    code.chars().take(6).collect()
}

/// A reference's spans per normalised name and prefix.
type RefSpans = HashMap<String, BTreeMap<String, Vec<Span>>>;

fn countryinfo_spans(countries: &[CiCountry]) -> RefSpans {
    let mut out: RefSpans = HashMap::new();
    for c in countries {
        let Some(country) = ci_accepted_codes(c).into_iter().next() else {
            continue;
        };
        // Prefer the block's current 3-letter code.
        let country = if c.code_field.len() == 3 {
            c.code_field.clone()
        } else {
            country
        };
        for p in &c.leaders {
            for (_, f, t) in &p.spans {
                let to = match t {
                    Some(d) => End::Closed(*d),
                    None => End::Open(coverage_leaders()),
                };
                for n in &p.names {
                    out.entry(n.clone())
                        .or_default()
                        .entry(format!("{country}GOV"))
                        .or_default()
                        .push(Span { from: *f, to });
                }
            }
        }
        for p in &c.government {
            for (code, f, t) in &p.spans {
                let to = match t {
                    Some(d) if *d < coverage_government() => End::Closed(*d),
                    _ => End::Open(coverage_government()),
                };
                for n in &p.names {
                    out.entry(n.clone())
                        .or_default()
                        .entry(prefix(code))
                        .or_default()
                        .push(Span { from: *f, to });
                }
            }
        }
    }
    out
}

fn phoenix_spans(text: &str) -> RefSpans {
    let file = dyad_dict::petrarch::actors::read(text, "Phoenix.Countries.actors.txt")
        .unwrap_or_else(|e| panic!("Phoenix.Countries.actors.txt: {e}"));
    let mut out: RefSpans = HashMap::new();
    for a in &file.dict.actors {
        if a.roles.is_empty() {
            continue;
        }
        // Only the primary phrase: Phoenix's '+' lines sometimes group different people
        // under one set of restrictions.
        let name = norm_name(&a.name);
        for r in &a.roles {
            let to = match r.to {
                Some(d) if d < coverage_government() => End::Closed(d),
                _ => End::Open(coverage_government()),
            };
            out.entry(name.clone())
                .or_default()
                .entry(prefix(&r.code))
                .or_default()
                .push(Span { from: r.from, to });
        }
    }
    out
}

fn fmt_opt(d: Option<Date>) -> String {
    d.map(|d| d.to_string()).unwrap_or_else(|| "..".into())
}

fn fmt_end(e: End) -> String {
    match e {
        End::Closed(d) => d.to_string(),
        End::Open(f) => format!("open(>= {f})"),
    }
}

fn known(name: &str, field: &str, ours: &str, theirs: &str) -> bool {
    KNOWN_CORRECTIONS
        .iter()
        .any(|(n, f, o, t, _)| *n == name && *f == field && *o == ours && *t == theirs)
}

/// Compare our persons' roles with one reference; returns (people compared, pairs compared,
/// disagreements).
fn compare_roles(source: &str, refs: &RefSpans, dis: &mut Vec<String>) -> (usize, usize) {
    let (mut people, mut pairs) = (0usize, 0usize);
    for e in dict().actors.iter().filter(|a| a.kind == ActorKind::Person) {
        if e.roles.is_empty() {
            continue;
        }
        // Their spans for any of our full-name phrases (two words or more).
        let mut theirs: BTreeMap<String, Vec<Span>> = BTreeMap::new();
        let mut keys = BTreeSet::new();
        for p in &e.phrases {
            let k = norm_name(p);
            if k.split(' ').count() >= 2 {
                keys.insert(k);
            }
        }
        for k in &keys {
            if let Some(m) = refs.get(k) {
                for (pre, spans) in m {
                    theirs
                        .entry(pre.clone())
                        .or_default()
                        .extend(spans.iter().copied());
                }
            }
        }
        if theirs.is_empty() {
            continue;
        }
        let mut ours: BTreeMap<String, Vec<Span>> = BTreeMap::new();
        for r in &e.roles {
            ours.entry(prefix(&r.code)).or_default().push(Span {
                from: r.from,
                to: match r.to {
                    Some(d) => End::Closed(d),
                    None => End::Open(far_future()),
                },
            });
        }
        let mut compared_person = false;
        for (pre, their_spans) in theirs {
            let Some(our_spans) = ours.get(&pre) else {
                continue;
            };
            let our_m = merge(our_spans.clone());
            for t in merge(their_spans) {
                for o in our_m.iter().filter(|o| overlaps(o, &t)) {
                    compared_person = true;
                    pairs += 1;
                    let mut report = |field: &str, our: String, their: String| {
                        if !known(&e.name, field, &our, &their) {
                            dis.push(format!(
                                "  [{source}] {} {pre} {field}: ours {our} theirs {their}  ({})",
                                e.name, e.origin
                            ));
                        }
                    };
                    if let (Some(a), Some(b)) = (o.from, t.from) {
                        if (a - b).num_days().abs() > TOLERANCE_DAYS {
                            report("start", a.to_string(), b.to_string());
                        }
                    }
                    match (o.to, t.to) {
                        (End::Closed(a), End::Closed(b)) => {
                            if (a - b).num_days().abs() > TOLERANCE_DAYS {
                                report("end", a.to_string(), b.to_string());
                            }
                        }
                        (End::Open(_), End::Closed(b)) => report("end", "..".into(), b.to_string()),
                        (End::Closed(a), End::Open(floor)) => {
                            if (floor - a).num_days() > TOLERANCE_DAYS {
                                report("end", a.to_string(), fmt_end(t.to));
                            }
                        }
                        (End::Open(_), End::Open(_)) => {}
                    }
                }
            }
        }
        if compared_person {
            people += 1;
        }
    }
    (people, pairs)
}

#[test]
fn role_dates_agree_with_references() {
    let Some(ci) = read_shared("reference/countryinfo/CountryInfo.140728.txt") else {
        return;
    };
    let Some(ph) = read_shared("reference/petrarch2/dictionaries/Phoenix.Countries.actors.txt")
    else {
        return;
    };
    let ci_refs = countryinfo_spans(&parse_countryinfo(&ci));
    let ph_refs = phoenix_spans(&ph);
    let mut dis = Vec::new();
    let (p1, n1) = compare_roles("CountryInfo", &ci_refs, &mut dis);
    let n_ci = dis.len();
    let (p2, n2) = compare_roles("Phoenix", &ph_refs, &mut dis);
    for d in &dis {
        eprintln!("{d}");
    }
    eprintln!(
        "Role dates: CountryInfo {p1} people / {n1} role spans compared, {n_ci} disagreements; Phoenix {p2} people / {n2} spans, {} disagreements; {} KNOWN_CORRECTIONS",
        dis.len() - n_ci,
        KNOWN_CORRECTIONS.len()
    );
    assert!(p1 + p2 > 0, "no person matched the references");
    assert!(
        dis.is_empty(),
        "{} role-date disagreements beyond {TOLERANCE_DAYS} days (listed above)",
        dis.len()
    );
}

// ------------------------------------------------------------------------------------------
// (d) Phrase conflicts
// ------------------------------------------------------------------------------------------

/// Folded phrases that knowingly name different actors on the same date, with the rule that
/// decides (see docs/world-dictionary-checks.md).
const ALLOWED_CONFLICTS: &[(&str, &str)] = &[];

#[derive(Debug, Clone, Copy)]
enum Claim {
    Phrase,
    Demonym,
    Capital,
}

fn claim_code(e: &ActorEntry, c: Claim, date: Date) -> Option<String> {
    match c {
        Claim::Phrase => e.code_on(Some(date)).map(str::to_string),
        Claim::Demonym => e.default_code.clone(),
        Claim::Capital => e
            .default_code
            .as_ref()
            .map(|d| format!("{}GOV", ActorCode::parse(d).country.unwrap_or(d.clone()))),
    }
}

fn boundary_dates(e: &ActorEntry) -> Vec<Date> {
    let mut v = vec![ymd(1900, 1, 1)];
    for r in &e.roles {
        for d in [r.from, r.to].into_iter().flatten() {
            v.push(d);
            v.extend(d.pred_opt());
            v.extend(d.succ_opt());
        }
    }
    v
}

#[test]
fn no_undocumented_phrase_conflicts() {
    let d = dict();
    let analyzer = coder().analyzer();
    let mut groups: BTreeMap<String, Vec<(usize, Claim, String)>> = BTreeMap::new();
    for (i, e) in d.actors.iter().enumerate() {
        let claims = e
            .phrases
            .iter()
            .map(|p| (Claim::Phrase, p))
            .chain(e.demonyms.iter().map(|p| (Claim::Demonym, p)))
            .chain(e.capitals.iter().map(|p| (Claim::Capital, p)));
        for (c, p) in claims {
            let key = dyad_coder::compile::phrase_tokens(analyzer, p, false).join(" ");
            if key.is_empty() {
                continue;
            }
            groups.entry(key).or_default().push((i, c, p.clone()));
        }
    }
    let mut conflicts: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (key, claims) in &groups {
        for (ai, a) in claims.iter().enumerate() {
            for b in &claims[ai + 1..] {
                if a.0 == b.0 {
                    continue;
                }
                let (ea, eb) = (&d.actors[a.0], &d.actors[b.0]);
                let mut dates = boundary_dates(ea);
                dates.extend(boundary_dates(eb));
                let hit = dates.into_iter().find_map(|dt| {
                    let ca = claim_code(ea, a.1, dt)?;
                    let cb = claim_code(eb, b.1, dt)?;
                    (ca != cb).then(|| (dt, ca, cb))
                });
                if let Some((dt, ca, cb)) = hit {
                    conflicts.entry(key.clone()).or_default().push(format!(
                        "{} ({:?} of {}) -> {ca} vs {} ({:?} of {}) -> {cb} on {dt}",
                        ea.origin, a.1, ea.name, eb.origin, b.1, eb.name
                    ));
                }
            }
        }
    }
    let mut undocumented = 0usize;
    for (key, list) in &conflicts {
        let allowed = ALLOWED_CONFLICTS.iter().find(|(k, _)| k == key);
        if allowed.is_none() {
            undocumented += 1;
        }
        eprintln!(
            "  {} {key:?}: {}",
            if allowed.is_some() {
                "ALLOWED"
            } else {
                "CONFLICT"
            },
            list.join("; ")
        );
    }
    let stale: Vec<&str> = ALLOWED_CONFLICTS
        .iter()
        .filter(|(k, _)| !conflicts.contains_key(*k))
        .map(|(k, _)| *k)
        .collect();
    eprintln!(
        "Phrase conflicts: {} folded phrases over {} actors; {} conflicting phrases, {} allowed, {undocumented} undocumented; stale allowed entries: {stale:?}",
        groups.len(),
        d.actors.len(),
        conflicts.len(),
        conflicts.len() - undocumented
    );
    assert_eq!(
        undocumented, 0,
        "{undocumented} phrases name different actors on the same date without a documented rule"
    );
}

// ------------------------------------------------------------------------------------------
// (e) dyad actor-style resolutions
// ------------------------------------------------------------------------------------------

fn resolve_one(text: &str, date: Option<Date>) -> Resolved {
    let r = coder().resolve_actor(text, date);
    eprintln!(
        "  {text:?} {} -> {:?}",
        fmt_opt(date),
        r.iter().map(|x| x.code.as_str()).collect::<Vec<_>>()
    );
    assert_eq!(
        r.len(),
        1,
        "{text:?} should resolve to exactly one actor: {r:?}"
    );
    r.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[test]
fn dyad_actor_style_resolutions() {
    let destroyer_is_agent = dict().agents.iter().any(|a| {
        a.phrases
            .iter()
            .any(|p| dyad_coder::matcher::fold(p) == "destroyer")
    });
    let us = resolve_one("a US destroyer", None);
    assert_eq!(
        us.country().as_deref(),
        Some("USA"),
        "a US destroyer: {us:?}"
    );
    if destroyer_is_agent {
        assert_eq!(us.code, "USAMIL", "a US destroyer");
    } else {
        eprintln!("  note: 'destroyer' is not an agent yet; only the country is checked");
    }
    assert_eq!(
        resolve_one("South Korean Foreign Minister", None).code,
        "KORGOV"
    );
    let d = |y, m, dd| Some(ymd(y, m, dd));
    assert_eq!(resolve_one("Antony Blinken", d(2023, 6, 17)).code, "USAGOV");
    assert_eq!(resolve_one("Antony Blinken", d(2026, 1, 1)).code, "USA");
    assert_eq!(resolve_one("the Kremlin", None).code, "RUSGOV");
    assert_eq!(resolve_one("Pyongyang", None).code, "PRKGOV");
    let m = resolve_one("minister", None);
    assert_eq!(m.code, "GOV", "minister: {m:?}");
    assert!(m.sector_only && m.country().is_none(), "minister: {m:?}");
}
