//! Train dyad's UPOS tagger and lemma exceptions on a UD treebank directory (GUM), write
//! the model, and report held-out figures.
//!
//! `cargo run --release -p dyad-text --bin dyad-train-tagger -- ../shared/corpora/gum-ud models/tagger.bin [--iterations N] [--prune X]`

use dyad_text::conllu::{read_split, GoldDoc};
use dyad_text::tagger::{train, Model, TrainOptions, TrainSentence};
use dyad_text::{eval, lemma, normalize, Analyzer, Upos};
use std::collections::HashMap;
use std::path::PathBuf;

fn lemma_exceptions(docs: &[GoldDoc]) -> Vec<(Upos, String, String)> {
    // (norm, upos) -> gold lemma counts, for words where the rules get it wrong.
    let mut counts: HashMap<(String, Upos), HashMap<String, usize>> = HashMap::new();
    for d in docs {
        for s in &d.sentences {
            for w in &s.words {
                let n = normalize(&w.form);
                let gold = normalize(&w.lemma);
                *counts
                    .entry((n, w.upos))
                    .or_default()
                    .entry(gold)
                    .or_default() += 1;
            }
        }
    }
    let mut out = Vec::new();
    for ((n, u), m) in counts {
        let Some((best, _)) = m.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) else {
            continue;
        };
        if *lemma::lemmatize(&n, u) != **best {
            out.push((u, n, best.clone()));
        }
    }
    out.sort_by(|a, b| (a.0 as u8, &a.1).cmp(&(b.0 as u8, &b.1)));
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        return Err(
            "usage: dyad-train-tagger <treebank-dir> <out-model> [--iterations N] [--prune X]"
                .into(),
        );
    }
    let dir = PathBuf::from(&args[1]);
    let out = PathBuf::from(&args[2]);
    let mut opts = TrainOptions::default();
    let mut i = 3;
    while i < args.len() {
        match args[i].as_str() {
            "--iterations" => opts.iterations = args.get(i + 1).ok_or("--iterations N")?.parse()?,
            "--prune" => opts.prune = args.get(i + 1).ok_or("--prune X")?.parse()?,
            other => return Err(format!("unknown option {other}").into()),
        }
        i += 2;
    }
    let (train_docs, test_docs) = read_split(&dir)?;
    let sents: Vec<TrainSentence> = train_docs
        .iter()
        .flat_map(|d| d.sentences.iter())
        .map(|s| TrainSentence {
            forms: s.words.iter().map(|w| w.form.clone()).collect(),
            tags: s.words.iter().map(|w| w.upos).collect(),
        })
        .collect();
    let ntok: usize = sents.iter().map(|s| s.forms.len()).sum();
    eprintln!(
        "train: {} docs, {} sentences, {} tokens; held out: {} docs",
        train_docs.len(),
        sents.len(),
        ntok,
        test_docs.len()
    );
    let exc = lemma_exceptions(&train_docs);
    eprintln!("lemma exceptions: {}", exc.len());
    let bytes = train(&sents, opts, &exc);
    std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
    let t0 = std::time::Instant::now();
    let model = Model::from_bytes(&bytes)?;
    let load = t0.elapsed();
    eprintln!(
        "model: {} bytes, {} features, load {:.1} ms",
        bytes.len(),
        model.n_features(),
        load.as_secs_f64() * 1e3
    );
    let an = Analyzer::with_model(model);
    let verbose = std::env::var("DYAD_VERBOSE").is_ok();
    println!("held-out: {}", eval::evaluate(&an, &test_docs, verbose));
    println!(
        "held-out news only: {}",
        eval::evaluate(
            &an,
            &test_docs
                .iter()
                .filter(|d| d.name.contains("_news_"))
                .cloned()
                .collect::<Vec<_>>(),
            false
        )
    );
    println!(
        "rules-only baseline: {}",
        eval::evaluate(&Analyzer::rules_only(), &test_docs, false)
    );
    Ok(())
}
