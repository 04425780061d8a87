//! Readers on the shared corpora (read at run time from ../shared, never copied).

use dyad_ingest::{open, IngestOptions};
use std::path::PathBuf;

/// `../shared` from the workspace root, or `None` (with a visible SKIPPED message)
/// when absent; panics when absent and `DYAD_REQUIRE_SHARED=1`.
fn shared() -> Option<PathBuf> {
    dyad_testutil::shared_dir("shared corpora")
}

#[test]
fn reuters_sgml_file() {
    let Some(root) = shared() else { return };
    let path = root.join("corpora/reuters21578/reut2-000.sgm");
    let opts = IngestOptions::default();
    let items: Vec<_> = open(&path, &opts).unwrap().collect();
    let errors: Vec<String> = items
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let docs: Vec<_> = items.into_iter().map(Result::unwrap).collect();
    // 1000 articles per file; a few have no text at all.
    let skipped = opts.summary().skipped_total();
    assert_eq!(docs.len() as u64 + skipped, 1000);
    let first = &docs[0];
    assert_eq!(first.id, "1");
    assert_eq!(first.date.unwrap().to_string(), "1987-02-26");
    assert_eq!(first.title.as_deref(), Some("BAHIA COCOA REVIEW"));
    assert!(
        first
            .text
            .starts_with("SALVADOR, Feb 26 - Showers continued"),
        "{}",
        &first.text[..80]
    );
    assert!(!first.text.ends_with("Reuter"));
    println!(
        "reut2-000.sgm: {} documents, {} skipped",
        docs.len(),
        skipped
    );
}

#[test]
fn reuters_whole_corpus_directory() {
    let Some(root) = shared() else { return };
    let opts = IngestOptions::default();
    let start = std::time::Instant::now();
    let mut docs = 0u64;
    for item in open(&root.join("corpora/reuters21578"), &opts).unwrap() {
        item.unwrap();
        docs += 1;
    }
    let s = opts.summary();
    println!(
        "reuters21578 dir: {docs} documents in {:?}\n{s}",
        start.elapsed()
    );
    // 21578 articles in 22 files (README/dtd are read as text documents).
    assert!(docs >= 21_000, "{docs}");
}

#[test]
fn ag_news_csv() {
    let Some(root) = shared() else { return };
    let opts = IngestOptions::default();
    let items: Vec<_> = open(&root.join("corpora/ag_news/test.csv"), &opts)
        .unwrap()
        .collect();
    let errors: Vec<String> = items
        .iter()
        .filter_map(|r| r.as_ref().err())
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{:?}", &errors[..errors.len().min(5)]);
    assert_eq!(items.len(), 7600);
    let first = items[0].as_ref().unwrap();
    assert_eq!(first.id, "1");
    assert_eq!(
        first.title.as_deref(),
        Some("Fears for T N pension after talks")
    );
    let second = items[1].as_ref().unwrap();
    assert!(second.text.contains("$10 million"), "{}", second.text);
    assert!(!second.text.contains('\\'));
}
