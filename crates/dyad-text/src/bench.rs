//! Throughput measurement helpers (used by `examples/bench_tagger.rs` and the CLI).

use crate::Analyzer;
use std::path::Path;

/// Result of a throughput run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BenchReport {
    /// Documents analysed.
    pub docs: usize,
    /// Bytes of text.
    pub bytes: usize,
    /// Sentences produced.
    pub sentences: usize,
    /// Tokens produced.
    pub tokens: usize,
    /// Wall-clock seconds.
    pub seconds: f64,
}

impl BenchReport {
    /// Tokens per second.
    pub fn tokens_per_sec(&self) -> f64 {
        self.tokens as f64 / self.seconds.max(1e-9)
    }
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} docs, {:.1} MB, {} sentences, {} tokens in {:.3} s: {:.0} tokens/s",
            self.docs,
            self.bytes as f64 / 1e6,
            self.sentences,
            self.tokens,
            self.seconds,
            self.tokens_per_sec()
        )
    }
}

/// Analyse every text once on the current thread and time it.
pub fn throughput(analyzer: &Analyzer, texts: &[String]) -> BenchReport {
    let t0 = std::time::Instant::now();
    let mut sentences = 0;
    let mut tokens = 0;
    for t in texts {
        let s = analyzer.analyze(t);
        sentences += s.len();
        tokens += s.iter().map(|s| s.tokens.len()).sum::<usize>();
    }
    BenchReport {
        docs: texts.len(),
        bytes: texts.iter().map(|t| t.len()).sum(),
        sentences,
        tokens,
        seconds: t0.elapsed().as_secs_f64(),
    }
}

/// The `<BODY>` texts of the Reuters-21578 SGML files (`reut2-*.sgm`) in `dir`, with
/// `&lt;`, `&gt;`, `&amp;` and control-character entities decoded.
pub fn reuters_bodies(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sgm"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f)?;
        let src = String::from_utf8_lossy(&bytes);
        let mut rest: &str = &src;
        while let Some(a) = rest.find("<BODY>") {
            let after = &rest[a + 6..];
            let Some(b) = after.find("</BODY>") else {
                break;
            };
            out.push(decode(&after[..b]));
            rest = &after[b + 7..];
        }
    }
    Ok(out)
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#3;", "")
        .replace("&#2;", "")
        .replace("&#5;", "")
        .replace("&amp;", "&")
}
