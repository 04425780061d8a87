//! Single-thread throughput of `Analyzer::analyze` on Reuters-21578 bodies.
//!
//! `cargo run --release -p dyad-text --example bench_tagger [-- DIR]`
//! (default DIR: `../shared/corpora/reuters21578` from the workspace root).

use dyad_text::bench::{reuters_bodies, throughput};
use dyad_text::Analyzer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpora/reuters21578"
        )
        .to_string()
    });
    let texts = reuters_bodies(std::path::Path::new(&dir)).map_err(|e| format!("{dir}: {e}"))?;
    let t0 = std::time::Instant::now();
    let an = Analyzer::builtin();
    println!("model load: {:.2} ms", t0.elapsed().as_secs_f64() * 1e3);
    // warm-up on a slice, then the full run
    let _ = throughput(&an, &texts[..texts.len().min(500)]);
    println!("{}", throughput(&an, &texts));
    Ok(())
}
