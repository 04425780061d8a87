//! Two held-out labelled sets written and labelled in session 8 by annotators who did not
//! see the coder's code or output (same format and guidelines as `phenomena.jsonl`, see
//! `tests/data/README.md`): `heldout.jsonl` (48 items; its first score was taken before any
//! change was made for it, and its misses were then read to find mechanisms) and
//! `heldout2.jsonl` (50 items, scored once at the end of the session and not read for
//! tuning). See `docs/accuracy.md`.
//!
//! Run: `cargo test -p dyad-coder --test heldout -- --nocapture`
//! (`DYAD_PHENOMENA_MISSES=1` also prints every item not coded perfectly).

use dyad_coder::phenomena::{self, Item};
use dyad_coder::Coder;

const DATA: &str = include_str!("data/heldout.jsonl");
const DATA2: &str = include_str!("data/heldout2.jsonl");

fn items() -> Vec<Item> {
    phenomena::parse(DATA).unwrap_or_else(|e| panic!("tests/data/heldout.jsonl: {e}"))
}

fn items2() -> Vec<Item> {
    phenomena::parse(DATA2).unwrap_or_else(|e| panic!("tests/data/heldout2.jsonl: {e}"))
}

#[test]
fn data_file_is_well_formed() {
    let items = items();
    let problems = phenomena::validate(&items);
    assert!(
        problems.is_empty(),
        "heldout.jsonl problems:\n{}",
        problems.join("\n")
    );
    assert!(items.len() >= 48, "only {} items", items.len());
    let items = items2();
    let problems = phenomena::validate(&items);
    assert!(
        problems.is_empty(),
        "heldout2.jsonl problems:\n{}",
        problems.join("\n")
    );
    assert!(items.len() >= 50, "only {} items", items.len());
}

#[test]
fn held_out_scores() {
    let dict = dyad_dict::builtin().unwrap_or_else(|e| panic!("built-in dictionary: {e}"));
    let coder = Coder::new(dict).unwrap_or_else(|e| panic!("coder: {e}"));
    let items = items();
    let r = phenomena::score(&coder, &items);
    eprintln!("\n{}", r.table());
    if std::env::var("DYAD_PHENOMENA_MISSES").as_deref() == Ok("1") {
        eprintln!("{}", r.misses());
    }
    assert_eq!(
        r.overall.expected,
        items.iter().map(|i| i.events.len()).sum::<usize>()
    );
    let (p, rc) = (r.overall.precision(), r.overall.recall());
    assert!(
        rc >= RECALL_FLOOR,
        "held-out recall {rc:.3} < {RECALL_FLOOR}"
    );
    assert!(
        p >= PRECISION_FLOOR,
        "held-out precision {p:.3} < {PRECISION_FLOOR}"
    );
}

/// Regression guards about 5 points below the first (blind) figures, measured at commit
/// 8aac8ea before any change was made for this set: precision 0.776, recall 0.662.
const RECALL_FLOOR: f64 = 0.61;
/// See [`RECALL_FLOOR`].
const PRECISION_FLOOR: f64 = 0.72;

#[test]
fn second_held_out_scores() {
    let dict = dyad_dict::builtin().unwrap_or_else(|e| panic!("built-in dictionary: {e}"));
    let coder = Coder::new(dict).unwrap_or_else(|e| panic!("coder: {e}"));
    let items = items2();
    let r = phenomena::score(&coder, &items);
    eprintln!("\nheldout2.jsonl\n{}", r.table());
    if std::env::var("DYAD_HELDOUT2_MISSES").as_deref() == Ok("1") {
        eprintln!("{}", r.misses());
    }
    let (p, rc) = (r.overall.precision(), r.overall.recall());
    assert!(
        rc >= RECALL_FLOOR_2,
        "heldout2 recall {rc:.3} < {RECALL_FLOOR_2}"
    );
    assert!(
        p >= PRECISION_FLOOR_2,
        "heldout2 precision {p:.3} < {PRECISION_FLOOR_2}"
    );
}

/// Regression guards for `heldout2.jsonl`, about 5 points below its first (blind) score,
/// measured at commit 206f4bc (precision 0.648, recall 0.426; lenient 0.690 / 0.454).
const RECALL_FLOOR_2: f64 = 0.37;
/// See [`RECALL_FLOOR_2`].
const PRECISION_FLOOR_2: f64 = 0.59;
