//! Throughput measurement (used by `examples/bench_tagger.rs`). Pure: the examples read
//! the corpus.

use crate::Analyzer;

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
