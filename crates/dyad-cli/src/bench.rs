//! `dyad bench`: end-to-end throughput (read, analyse, code) on a corpus.

use anyhow::{Context, Result};
use dyad_coder::Coder;
use dyad_core::Document;
use dyad_ingest::IngestOptions;
use rayon::prelude::*;
use std::path::PathBuf;
use std::time::Instant;

/// Peak resident set size of this process in MiB (Linux), if known.
pub fn peak_rss_mib() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// Run the benchmark and print a report.
pub fn run(files: &[PathBuf], threads: Option<usize>, limit: Option<usize>) -> Result<i32> {
    let files = if files.is_empty() {
        vec![PathBuf::from("../shared/corpora/reuters21578")]
    } else {
        files.to_vec()
    };
    let t0 = Instant::now();
    let coder = Coder::new(dyad_dict::builtin()?)?;
    let build = t0.elapsed();
    let opts = IngestOptions::default();
    let t1 = Instant::now();
    let mut docs: Vec<Document> = crate::inputs(&files, &opts)?
        .filter_map(|d| d.ok())
        .filter(|d| !d.text.trim().is_empty())
        .collect();
    if let Some(l) = limit {
        docs.truncate(l);
    }
    let read = t1.elapsed();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let nthreads = pool.current_num_threads();
    let mut runs = Vec::new();
    let mut totals = (0usize, 0usize, 0usize);
    for _ in 0..3 {
        let t = Instant::now();
        let outs: Vec<(usize, usize, usize)> = pool.install(|| {
            docs.par_iter()
                .map(|d| {
                    let o = coder.code(d);
                    let json: usize = o
                        .events
                        .iter()
                        .map(|e| serde_json::to_string(e).map(|s| s.len()).unwrap_or(0))
                        .sum();
                    let _ = json;
                    (o.sentences, o.tokens, o.events.len())
                })
                .collect()
        });
        runs.push(t.elapsed().as_secs_f64());
        totals = outs
            .iter()
            .fold((0, 0, 0), |a, b| (a.0 + b.0, a.1 + b.1, a.2 + b.2));
    }
    runs.sort_by(|a, b| a.total_cmp(b));
    let med = runs[runs.len() / 2];
    let (sents, toks, events) = totals;
    println!(
        "corpus: {} ({} documents, {:.1} MB of text)",
        files
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", "),
        docs.len(),
        bytes as f64 / 1e6
    );
    println!(
        "coder build (dictionary compile): {:.0} ms; reading input: {:.2} s",
        build.as_secs_f64() * 1e3,
        read.as_secs_f64()
    );
    println!(
        "threads: {nthreads}; runs: {}",
        runs.iter()
            .map(|r| format!("{r:.2}s"))
            .collect::<Vec<_>>()
            .join(" ")
    );
    println!("median run: {med:.2} s");
    println!("  documents/s: {:.0}", docs.len() as f64 / med);
    println!(
        "  sentences/s: {:.0} ({:.0} per thread)",
        sents as f64 / med,
        sents as f64 / med / nthreads as f64
    );
    println!("  tokens/s:    {:.0}", toks as f64 / med);
    println!("  MB/s:        {:.2}", bytes as f64 / 1e6 / med);
    println!("  sentences: {sents}, tokens: {toks}, events: {events}");
    if let Some(rss) = peak_rss_mib() {
        println!("peak RSS: {rss:.0} MiB");
    }
    Ok(0)
}
