//! PETRARCH readers on the real files in `../shared` (read at run time, never copied).

use dyad_dict::petrarch::verbs;
use dyad_dict::PatternItem::*;
use std::path::PathBuf;

/// `../shared/reference/petrarch2/dictionaries`, or `None` (with a visible SKIPPED message)
/// when absent; panics instead when `DYAD_REQUIRE_SHARED=1`.
fn petrarch_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/petrarch2/dictionaries");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("DYAD_REQUIRE_SHARED").as_deref() == Ok("1") {
        panic!(
            "../shared not found at {} and DYAD_REQUIRE_SHARED=1",
            dir.display()
        );
    }
    println!("SKIPPED: ../shared not found");
    None
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
