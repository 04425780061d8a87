//! The built-in dictionary: every compiled-in file must parse; measure the parse time.

use dyad_dict::builtin::builtin_files;

#[test]
fn every_builtin_file_parses() {
    let files = builtin_files();
    println!("{} built-in files", files.len());
    let mut failures = Vec::new();
    for (path, text) in files {
        assert!(path.starts_with("dictionaries/") && path.ends_with(".dyad.txt"));
        match dyad_dict::native::parse(text, path) {
            Ok(d) => println!(
                "  ok   {path}: {} actors, {} agents, {} verbs",
                d.actors.len(),
                d.agents.len(),
                d.verbs.len()
            ),
            Err(e) => {
                println!("  FAIL {e}");
                failures.push(e.to_string());
            }
        }
    }
    assert!(
        failures.is_empty(),
        "built-in files that fail to parse:\n{}",
        failures.join("\n")
    );
}

#[test]
fn builtin_merges_all_files_with_repo_relative_origins() {
    let files = builtin_files();
    let Ok(dict) = dyad_dict::builtin() else {
        // Reported file by file in `every_builtin_file_parses`.
        return;
    };
    let t = std::time::Instant::now();
    let again = dyad_dict::builtin().map(|d| d.actors.len());
    println!(
        "builtin(): {} files, {} actors, {} agents, {} verbs, parsed in {:?}",
        files.len(),
        dict.actors.len(),
        dict.agents.len(),
        dict.verbs.len(),
        t.elapsed()
    );
    assert_eq!(again.ok(), Some(dict.actors.len()));
    for a in &dict.actors {
        assert!(a.origin.file.starts_with("dictionaries/"), "{}", a.origin);
        assert!(a.origin.line > 0);
    }
    let sum: usize = files
        .iter()
        .filter_map(|(p, t)| dyad_dict::native::parse(t, p).ok())
        .map(|d| d.actors.len() + d.agents.len() + d.verbs.len())
        .sum();
    assert_eq!(
        sum,
        dict.actors.len() + dict.agents.len() + dict.verbs.len()
    );
}

/// Every actor code the built-in files give is made of three-letter parts (country, sector,
/// group: `SSDREBSIO`), as CAMEO actor codes are; a two-letter tail would never match a
/// labelled code or a GDELT actor field.
#[test]
fn builtin_actor_codes_are_made_of_three_letter_parts() {
    let Ok(dict) = dyad_dict::builtin() else {
        return;
    };
    let well_formed = |c: &str| {
        !c.is_empty()
            && c.len().is_multiple_of(3)
            && c.chars()
                .all(|x| x.is_ascii_uppercase() || x.is_ascii_digit())
    };
    let mut bad = Vec::new();
    for a in &dict.actors {
        let codes = a.default_code.iter().chain(a.roles.iter().map(|r| &r.code));
        for c in codes {
            if !well_formed(c) {
                bad.push(format!("{}: {c:?}", a.origin));
            }
        }
    }
    assert!(bad.is_empty(), "malformed actor codes:\n{}", bad.join("\n"));
}
