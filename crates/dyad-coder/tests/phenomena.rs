//! dyad's own labelled sentences (`tests/data/phenomena.jsonl`, see `tests/data/README.md`):
//! checks the file is well formed, prints precision/recall by phenomenon and by CAMEO root,
//! and guards against regressions.
//!
//! Run: `cargo test -p dyad-coder --test phenomena -- --nocapture`
//! (set `DYAD_PHENOMENA_MISSES=1` to also print every item that was not coded perfectly).

use dyad_coder::phenomena::{self, Item, Report, PHENOMENA};
use dyad_coder::Coder;
use std::sync::OnceLock;

const DATA: &str = include_str!("data/phenomena.jsonl");

/// The coder over the built-in dictionary, built once per test binary.
fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| {
        let dict = dyad_dict::builtin().unwrap_or_else(|e| panic!("built-in dictionary: {e}"));
        Coder::new(dict).unwrap_or_else(|e| panic!("coder: {e}"))
    })
}

fn items() -> &'static [Item] {
    static ITEMS: OnceLock<Vec<Item>> = OnceLock::new();
    ITEMS.get_or_init(|| {
        phenomena::parse(DATA).unwrap_or_else(|e| panic!("tests/data/phenomena.jsonl: {e}"))
    })
}

fn report() -> &'static Report {
    static REPORT: OnceLock<Report> = OnceLock::new();
    REPORT.get_or_init(|| phenomena::score(coder(), items()))
}

#[test]
fn data_file_is_well_formed() {
    let items = items();
    let problems = phenomena::validate(items);
    assert!(
        problems.is_empty(),
        "phenomena.jsonl problems:\n{}",
        problems.join("\n")
    );
    assert!(items.len() >= 160, "only {} items", items.len());
    for p in PHENOMENA {
        let n = items.iter().filter(|i| i.phenomenon == *p).count();
        assert!(n >= 15, "phenomenon {p}: only {n} items");
    }
    // Every CAMEO root 01..20 appears among the plain sentences.
    for r in 1..=20 {
        let root = format!("{r:02}");
        assert!(
            items
                .iter()
                .filter(|i| i.phenomenon == "plain")
                .flat_map(|i| &i.events)
                .any(|e| dyad_core::ontology::root(&e.cameo) == Some(root.as_str())),
            "no plain sentence for CAMEO root {root}"
        );
    }
    // Items in the "none" group expect nothing; every other item expects something.
    for it in items {
        assert_eq!(
            it.phenomenon == "none",
            it.events.is_empty(),
            "{} (line {}): events must be empty exactly for phenomenon none",
            it.id,
            it.line
        );
    }
}

#[test]
fn scores_by_phenomenon_and_root() {
    let r = report();
    eprintln!("\n{}", r.table());
    if std::env::var("DYAD_PHENOMENA_MISSES").as_deref() == Ok("1") {
        eprintln!("{}", r.misses());
    }
    assert_eq!(r.items.len(), items().len());
    assert_eq!(
        r.overall.expected,
        items().iter().map(|i| i.events.len()).sum::<usize>()
    );
    // Regression guard: floors set about 5 points below the figures measured when the data
    // set was written (see the report in the commit; raise them as the coder improves).
    let (p, rc) = (r.overall.precision(), r.overall.recall());
    assert!(
        rc >= RECALL_FLOOR,
        "overall recall {rc:.3} < {RECALL_FLOOR}"
    );
    assert!(
        p >= PRECISION_FLOOR,
        "overall precision {p:.3} < {PRECISION_FLOOR}"
    );
    assert!(
        r.overall.lenient_recall() >= rc,
        "lenient recall cannot be below exact recall"
    );
}

/// Measured recall minus ~0.05 (regression guard, not a target).
const RECALL_FLOOR: f64 = 0.72; // measured 0.770 (2026-11-27, session 2; 0.591 before it, 0.346 when the set was written)
/// Measured precision minus ~0.05 (regression guard, not a target).
const PRECISION_FLOOR: f64 = 0.76; // measured 0.811 (session 2; 0.655 before it, 0.489 when written)
