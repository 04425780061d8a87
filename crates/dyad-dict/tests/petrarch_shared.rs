//! PETRARCH readers on the real files in `../shared` (read at run time, never copied).

use dyad_dict::petrarch::verbs;
use dyad_dict::PatternItem::*;
use std::path::PathBuf;

/// `../shared/reference/petrarch2/dictionaries`, or `None` (with a visible SKIPPED message)
/// when absent; panics instead when `DYAD_REQUIRE_SHARED=1`.
fn petrarch_dir() -> Option<PathBuf> {
    dyad_testutil::shared_dir("PETRARCH dictionaries")
        .map(|d| d.join("reference/petrarch2/dictionaries"))
}

fn read(name: &str) -> Option<String> {
    let dir = petrarch_dir()?;
    let path = dir.join(name);
    match std::fs::read(&path) {
        // Some PETRARCH files are Latin-1 in places; decode lossily.
        Ok(bytes) => Some(String::from_utf8_lossy(&bytes).into_owned()),
        Err(e) => panic!("{}: {e}", path.display()),
    }
}

fn count_lines(text: &str, pred: impl Fn(&str) -> bool) -> usize {
    text.lines().filter(|l| pred(l)).count()
}

fn distinct_pattern_lines(d: &dyad_dict::Dictionary) -> usize {
    let mut lines: Vec<u32> = d
        .verbs
        .iter()
        .flat_map(|v| v.patterns.iter().map(|p| p.origin.line))
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines.len()
}

#[test]
fn cameo_2_verbs_load_every_pattern() {
    let Some(text) = read("CAMEO.2.0.txt") else {
        return;
    };
    let f = verbs::read(&text, "CAMEO.2.0.txt").unwrap();
    let pattern_lines = count_lines(&text, |l| l.starts_with("- "));
    assert_eq!(pattern_lines, 4668);
    assert_eq!(f.patterns, pattern_lines);
    for w in &f.warnings {
        println!("warning: {w}");
    }
    // Documented exclusions: patterns using a synset the file never defines (PETRARCH
    // skips these as well).
    assert_eq!(f.skipped_patterns, 2);
    assert_eq!(
        f.warnings
            .iter()
            .filter(|w| w.contains("undefined synset"))
            .count(),
        f.skipped_patterns
    );
    // Every other pattern is attached to the verbs of its block (no verb-less blocks).
    assert_eq!(
        distinct_pattern_lines(&f.dict),
        pattern_lines - f.skipped_patterns
    );
    // Verb lines and irregular forms, counted independently with awk.
    assert_eq!(f.dict.verbs.len(), 1817);
    assert_eq!(
        f.dict.verbs.iter().map(|v| v.forms.len()).sum::<usize>(),
        976
    );
    assert_eq!(f.blocks, count_lines(&text, |l| l.starts_with("---")));
    assert_eq!(f.transformations.len(), 8);
    println!(
        "CAMEO.2.0.txt: {} synsets, {} blocks, {} verbs, {} patterns, {} transformations",
        f.synsets,
        f.blocks,
        f.dict.verbs.len(),
        f.patterns,
        f.transformations.len()
    );

    // `ATTEND [042:043]`: a paired code on a verb line.
    let attend = f.dict.verbs.iter().find(|v| v.words == ["attend"]).unwrap();
    assert_eq!(attend.code.as_deref(), Some("042"));
    assert_eq!(attend.paired_code.as_deref(), Some("043"));
    // `- * (TO) [042:043] # RUSH` in the ACCELERATE block.
    let p = f
        .dict
        .verbs
        .iter()
        .flat_map(|v| &v.patterns)
        .find(|p| p.text == "- * (TO) [042:043]")
        .unwrap();
    assert!(p.before.is_empty());
    assert_eq!(p.after, vec![PrepPhrase(vec![Words(vec!["to".into()])])]);
}

#[test]
fn validate_verbs_load_every_pattern() {
    let Some(text) = read("PETR.Validate.verbs.txt") else {
        return;
    };
    let f = verbs::read(&text, "PETR.Validate.verbs.txt").unwrap();
    let pattern_lines = count_lines(&text, |l| l.starts_with("- "));
    assert_eq!(pattern_lines, 474);
    assert_eq!(f.patterns, pattern_lines);
    assert_eq!(f.skipped_patterns, 0);
    assert!(f.warnings.is_empty(), "{:?}", f.warnings);
    assert_eq!(distinct_pattern_lines(&f.dict), pattern_lines);
    assert_eq!(f.dict.verbs.len(), 269);
    assert_eq!(
        f.dict.verbs.iter().map(|v| v.forms.len()).sum::<usize>(),
        19
    );

    // Line 578: `- + WAS_ * TO_ ^ FROM $  [174]`.
    let p = f
        .dict
        .verbs
        .iter()
        .flat_map(|v| &v.patterns)
        .find(|p| p.origin.line == 578)
        .unwrap();
    let w = |s: &str| Words(vec![s.to_string()]);
    assert_eq!(p.before, vec![Target, w("was")]);
    assert_eq!(p.after, vec![w("to"), Skip, w("from"), Source]);
    assert_eq!(p.code.as_deref(), Some("174"));
    // `WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }`
    let tap = f
        .dict
        .verbs
        .iter()
        .find(|v| v.words == ["wire", "tap"])
        .unwrap();
    assert_eq!(tap.head, 1);
    assert_eq!(tap.forms, vec!["tapped", "tapping"]);
}

fn distinct_lines<'a>(origins: impl Iterator<Item = &'a dyad_dict::Origin>) -> usize {
    let mut v: Vec<u32> = origins.map(|o| o.line).collect();
    v.sort_unstable();
    v.dedup();
    v.len()
}

fn date(s: &str) -> Option<dyad_core::Date> {
    dyad_core::parse_date(s)
}

#[test]
fn phoenix_actor_files_load() {
    use dyad_dict::petrarch::actors;
    // (file, primary phrases, synonyms), counted independently with awk.
    for (name, primaries, synonyms) in [
        ("Phoenix.Countries.actors.txt", 18390, 7527),
        ("Phoenix.International.actors.txt", 7840, 66),
        ("Phoenix.MilNonState.actors.txt", 1021, 772),
        ("PETR.Validate.actors.txt", 128, 33),
    ] {
        let Some(text) = read(name) else { return };
        let f = actors::read(&text, name).unwrap();
        for w in &f.warnings {
            println!("warning: {w}");
        }
        println!(
            "{name}: {} actors, {} warnings",
            f.dict.actors.len(),
            f.warnings.len()
        );
        assert_eq!(f.dict.actors.len(), primaries, "{name}");
        let phrases: usize = f.dict.actors.iter().map(|a| a.phrases.len()).sum();
        assert_eq!(phrases, primaries + synonyms, "{name}");
    }
    let Some(text) = read("Phoenix.Countries.actors.txt") else {
        return;
    };
    let d = actors::parse(&text, "Phoenix.Countries.actors.txt").unwrap();
    let obama = d.actors.iter().find(|a| a.name == "BARACK OBAMA").unwrap();
    assert!(obama
        .phrases
        .iter()
        .any(|p| p == "PRESIDENT-ELECT BARACK OBAMA"));
    assert_eq!(obama.code_on(date("2010-06-01")), Some("USAGOV"));
    assert_eq!(obama.code_on(date("1990-06-01")), Some("USAELI"));
    assert_eq!(obama.code_on(date("2005-06-01")), None);
    let daud = d
        .actors
        .iter()
        .find(|a| a.name == "SARDAR MOHAMMAD DAUD KHAN")
        .unwrap();
    assert_eq!(daud.code_on(date("1975-01-01")), Some("AFGGOV"));
    assert_eq!(daud.code_on(date("1950-01-01")), Some("AFGELI"));
    let afg = d.actors.iter().find(|a| a.name == "AFGHANISTAN").unwrap();
    assert_eq!(afg.default_code.as_deref(), Some("AFG"));
    assert!(afg.phrases.iter().any(|p| p == "AFGHAN"));
}

#[test]
fn phoenix_agents_discards_issues_load() {
    use dyad_dict::petrarch::{agents, discards, issues};
    let Some(text) = read("Phoenix.agents.txt") else {
        return;
    };
    let f = agents::read(&text, "Phoenix.agents.txt").unwrap();
    // 2244 lines with a [code]; the one line without (ISLAMIC_EXTREMIST) is skipped;
    // `[~ENV}` (line 544) is read as PETRARCH reads it.
    assert_eq!(f.dict.agents.len(), 2244);
    assert_eq!(f.warnings.len(), 2, "{:?}", f.warnings);
    let fm = f
        .dict
        .agents
        .iter()
        .find(|a| a.origin.line == 1271)
        .unwrap();
    assert_eq!(fm.code, "GOV");
    assert_eq!(
        fm.phrases,
        vec!["VICE FOREIGN MINISTER", "VICE FOREIGN MINISTERS"]
    );
    let cattle = f
        .dict
        .agents
        .iter()
        .find(|a| a.phrases[0] == "CATTLEMAN")
        .unwrap();
    assert_eq!(cattle.phrases.len(), 5);
    assert_eq!(cattle.code, "AGR");

    let Some(text) = read("Phoenix.discards.txt") else {
        return;
    };
    let d = discards::parse(&text, "Phoenix.discards.txt").unwrap();
    assert_eq!(d.discards.len(), 506);
    assert_eq!(d.discards.iter().filter(|x| x.whole_story).count(), 64);

    let Some(text) = read("Phoenix.IssueCoding.txt") else {
        return;
    };
    let d = issues::parse(&text, "Phoenix.IssueCoding.txt").unwrap();
    let coded = d.issues.iter().filter(|i| !i.ignore);
    let ignored = d.issues.iter().filter(|i| i.ignore);
    assert_eq!(distinct_lines(coded.map(|i| &i.origin)), 2989);
    assert_eq!(distinct_lines(ignored.map(|i| &i.origin)), 181);
    assert!(d
        .issues
        .iter()
        .any(|i| i.phrase == "kindergarteners" && i.code == "EARLY_CHILDHOOD_EDUCATION"));
    println!(
        "Phoenix.IssueCoding.txt: {} expanded issue phrases",
        d.issues.len()
    );
}

#[test]
fn detect_recognises_every_shared_file() {
    use dyad_dict::Format;
    let Some(dir) = petrarch_dir() else { return };
    for (name, want) in [
        ("CAMEO.2.0.txt", Format::PetrarchVerbs),
        ("PETR.Validate.verbs.txt", Format::PetrarchVerbs),
        ("PETR.Validate.actors.txt", Format::PetrarchActors),
        ("PETR.Validate.agents.txt", Format::Agents),
        ("PETR.Validate.discards.txt", Format::Discards),
        ("Phoenix.Countries.actors.txt", Format::PetrarchActors),
        ("Phoenix.agents.txt", Format::Agents),
        ("Phoenix.discards.txt", Format::Discards),
        ("Phoenix.IssueCoding.txt", Format::Issues),
    ] {
        let text = String::from_utf8_lossy(&std::fs::read(dir.join(name)).unwrap()).into_owned();
        assert_eq!(dyad_dict::detect(&text, name), want, "{name}");
        // Content alone (anonymous name) must agree too.
        assert_eq!(
            dyad_dict::detect(&text, "input.txt"),
            want,
            "{name} by content"
        );
        dyad_dict::parse(want, &text, name).unwrap();
    }
}
