//! Single-thread throughput of `Analyzer::analyze` on Reuters-21578 bodies.
//!
//! `cargo run --release -p dyad-text --example bench_tagger [-- DIR]`
//! (default DIR: `../shared/corpora/reuters21578` from the workspace root).

mod common;

use dyad_text::bench::throughput;
use dyad_text::Analyzer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let texts = common::corpus()?;
    let t0 = std::time::Instant::now();
    let an = Analyzer::builtin();
    println!("model load: {:.2} ms", t0.elapsed().as_secs_f64() * 1e3);
    // warm-up on a slice, then the full run
    let _ = throughput(&an, &texts[..texts.len().min(500)]);
    println!("{}", throughput(&an, &texts));
    Ok(())
}
