//! Load the full Phoenix PETRARCH dictionary set from `../shared` and print the time.
//!
//! `cargo run -p dyad-dict --release --example load_phoenix`

use std::path::PathBuf;
use std::time::Instant;

fn main() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/petrarch2/dictionaries");
    if !dir.is_dir() {
        println!("SKIPPED: ../shared not found");
        return;
    }
    let names = [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.agents.txt",
        "Phoenix.discards.txt",
        "CAMEO.2.0.txt",
    ];
    let texts: Vec<(String, String)> = names
        .iter()
        .map(|n| {
            let bytes = std::fs::read(dir.join(n)).unwrap_or_default();
            (n.to_string(), String::from_utf8_lossy(&bytes).into_owned())
        })
        .collect();
    let start = Instant::now();
    let mut dict = dyad_dict::Dictionary::default();
    for (name, text) in &texts {
        let t = Instant::now();
        let format = dyad_dict::detect(text, name);
        match dyad_dict::parse(format, text, name) {
            Ok(d) => {
                println!(
                    "{name:36} {:16} {:>8.1} ms",
                    format.name(),
                    t.elapsed().as_secs_f64() * 1e3
                );
                dict.extend(d);
            }
            Err(e) => println!("{name}: ERROR {e}"),
        }
    }
    let patterns: usize = dict.verbs.iter().map(|v| v.patterns.len()).sum();
    println!(
        "total {:.1} ms: {} actors, {} agents, {} verbs ({} pattern copies), {} discards",
        start.elapsed().as_secs_f64() * 1e3,
        dict.actors.len(),
        dict.agents.len(),
        dict.verbs.len(),
        patterns,
        dict.discards.len()
    );
    let t = Instant::now();
    let b = dyad_dict::builtin();
    println!(
        "builtin(): {:.2} ms, {}",
        t.elapsed().as_secs_f64() * 1e3,
        match b {
            Ok(d) => format!(
                "{} actors, {} agents, {} verbs",
                d.actors.len(),
                d.agents.len(),
                d.verbs.len()
            ),
            Err(e) => format!("error: {e}"),
        }
    );
}
