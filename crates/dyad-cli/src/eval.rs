//! `dyad eval`: PETRARCH's validation suites, scored by `dyad_coder::eval`.

use crate::dicts::{read_file, Part};
use anyhow::{bail, Context, Result};
use dyad_coder::Coder;
use dyad_dict::Dictionary;
use std::path::Path;

/// Build the dictionary a suite prescribes, from the files in `reference/petrarch2/dictionaries`.
pub fn suite_dictionary(suite: &str, reference: &Path) -> Result<Dictionary> {
    let d = reference.join("petrarch2/dictionaries");
    let mut dict = Dictionary::default();
    match suite {
        "unit" => {
            dict.verbs = read_file(&d.join("PETR.Validate.verbs.txt"), Part::Verbs)?.verbs;
            dict.actors = read_file(&d.join("PETR.Validate.actors.txt"), Part::Actors)?.actors;
            dict.agents = read_file(&d.join("PETR.Validate.agents.txt"), Part::Agents)?.agents;
            dict.discards =
                read_file(&d.join("PETR.Validate.discards.txt"), Part::Discards)?.discards;
        }
        "gsr" => {
            dict.verbs = read_file(&d.join("CAMEO.2.0.txt"), Part::Verbs)?.verbs;
            for f in [
                "Phoenix.Countries.actors.txt",
                "Phoenix.International.actors.txt",
                "Phoenix.MilNonState.actors.txt",
            ] {
                dict.actors
                    .extend(read_file(&d.join(f), Part::Actors)?.actors);
            }
            dict.agents = read_file(&d.join("Phoenix.agents.txt"), Part::Agents)?.agents;
            dict.discards = read_file(&d.join("Phoenix.discards.txt"), Part::Discards)?.discards;
        }
        "gsr-builtin" => dict = dyad_dict::builtin()?,
        other => bail!("unknown suite {other:?}: expected unit, gsr or gsr-builtin"),
    }
    Ok(dict)
}

/// The records file of a suite.
pub fn suite_records(suite: &str, reference: &Path) -> std::path::PathBuf {
    let t = reference.join("petrarch2/text");
    if suite == "unit" {
        t.join("PETR.UnitTest.records.xml")
    } else {
        t.join("PETR2_GSR_validation.xml")
    }
}

/// Run an evaluation suite and print its figures.
pub fn run(suite: &str, reference: &Path, verbose: bool) -> Result<i32> {
    let dict = suite_dictionary(suite, reference)?;
    let path = suite_records(suite, reference);
    let xml = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let records = dyad_coder::eval::parse_records(&xml);
    let opts = dyad_coder::CoderOptions {
        allow_unknown_codes: suite == "unit",
        // (PETRARCH's records code bare statements)
        statements: true,
        ..Default::default()
    };
    let coder = Coder::with_options(dict, opts)?;
    let (total, by_cat, results) = dyad_coder::eval::evaluate(&coder, &records);
    if verbose {
        for r in results
            .iter()
            .filter(|r| r.score.found < r.score.expected || r.score.spurious > 0)
        {
            println!(
                "FAIL {} [{}] {}",
                r.record.id, r.record.category, r.record.text
            );
            println!("     expected {:?}", r.record.expected);
            println!("     got      {:?}", r.got);
        }
    }
    println!(
        "suite {suite}: {} ({} records)",
        path.display(),
        records.len()
    );
    println!(
        "{:<12} {:>7} {:>9} {:>7} {:>8} {:>8} {:>9} {:>10} {:>9}",
        "category",
        "records",
        "expected",
        "found",
        "recall",
        "emitted",
        "spurious",
        "noevents",
        "lenient"
    );
    let row = |name: &str, s: &dyad_coder::eval::Score| {
        println!(
            "{:<12} {:>7} {:>9} {:>7} {:>7.1}% {:>8} {:>8.1}% {:>6}/{:<3} {:>8.1}%",
            name,
            s.records,
            s.expected,
            s.found,
            100.0 * s.recall(),
            s.emitted,
            100.0 * s.spurious_rate(),
            s.noevent_respected,
            s.noevent_records,
            100.0 * s.recall_lenient()
        )
    };
    for (c, s) in &by_cat {
        row(c, s);
    }
    row("ALL", &total);
    Ok(0)
}
