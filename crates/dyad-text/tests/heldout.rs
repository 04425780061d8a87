//! Evaluates the built-in model on the held-out GUM documents (every 5th document in
//! sorted order, see `dyad_text::conllu::is_held_out`). Reads `../shared` at run time.

use dyad_text::conllu::read_split;
use dyad_text::{eval, Analyzer};
use std::path::PathBuf;

/// `../shared` from the workspace root, or `None` (after printing SKIPPED) when it is
/// absent and `DYAD_REQUIRE_SHARED` is not `1`.
fn shared() -> Option<PathBuf> {
    dyad_testutil::shared_dir("GUM held-out evaluation")
}

#[test]
fn builtin_model_meets_targets_on_held_out_gum() {
    let Some(sh) = shared() else { return };
    let (train, test) = match read_split(&sh.join("corpora/gum-ud")) {
        Ok(x) => x,
        Err(e) => panic!("reading GUM: {e}"),
    };
    assert_eq!(
        train.len() + test.len(),
        108,
        "GUM @72ce5ac has 108 .conllu files"
    );
    assert!(
        test.iter()
            .filter(|d| d.name.starts_with("GUM_news_"))
            .count()
            >= 4
    );
    let an = Analyzer::builtin();
    assert!(an.has_model(), "the built-in tagger model failed to load");
    let r = eval::evaluate(&an, &test, false);
    println!("held-out GUM: {r}");
    let news: Vec<_> = test
        .iter()
        .filter(|d| d.name.starts_with("GUM_news_"))
        .cloned()
        .collect();
    println!("held-out GUM news: {}", eval::evaluate(&an, &news, false));
    assert!(r.tokens > 15_000);
    assert!(
        r.upos_acc() >= 0.95,
        "UPOS accuracy {:.4} < 0.95",
        r.upos_acc()
    );
    assert!(r.sent_f1() >= 0.98, "sentence F1 {:.4} < 0.98", r.sent_f1());
    assert!(
        r.lemma_acc() >= 0.97,
        "lemma accuracy {:.4} < 0.97",
        r.lemma_acc()
    );
}

#[test]
fn builtin_model_loads_fast() {
    let t0 = std::time::Instant::now();
    let m = dyad_text::tagger::Model::from_bytes(include_bytes!("../../../models/tagger.bin"));
    let dt = t0.elapsed();
    assert!(m.is_ok());
    println!("model load: {:.2} ms", dt.as_secs_f64() * 1e3);
    // Generous bound for debug builds on a loaded machine; release loads in ~2 ms.
    assert!(dt.as_millis() < 1000);
}
