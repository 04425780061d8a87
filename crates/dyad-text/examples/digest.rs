//! Regression check for speed work: a 64-bit digest of every token (span, norm, lemma,
//! UPOS) of `Analyzer::analyze` on Reuters-21578 bodies. An optimisation that keeps the
//! output identical keeps the digest.
//!
//! `cargo run --release -p dyad-text --example digest [-- DIR]`
//! (default DIR: `../shared/corpora/reuters21578` from the workspace root). With the
//! environment variable `DIGEST_DUMP=1` it also prints every token (`norm lemma UPOS`),
//! to diff two builds.

mod common;

use dyad_text::Analyzer;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let texts = common::corpus()?;
    let an = Analyzer::builtin();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |b: &[u8]| {
        for &x in b {
            h = (h ^ x as u64).wrapping_mul(0x0100_0000_01b3);
        }
    };
    let dump = std::env::var_os("DIGEST_DUMP").is_some();
    let (mut ns, mut nt) = (0usize, 0usize);
    for t in &texts {
        for s in an.analyze(t) {
            ns += 1;
            feed(&(s.start as u64).to_le_bytes());
            feed(&(s.end as u64).to_le_bytes());
            for tok in &s.tokens {
                nt += 1;
                feed(&(tok.start as u64).to_le_bytes());
                feed(&(tok.end as u64).to_le_bytes());
                feed(tok.norm.as_bytes());
                feed(&[0]);
                feed(tok.lemma.as_bytes());
                feed(&[0, tok.upos as u8]);
                if dump {
                    println!("{} {} {}", tok.norm, tok.lemma, tok.upos.as_str());
                }
            }
        }
    }
    println!("{} sentences, {} tokens, digest {h:016x}", ns, nt);
    Ok(())
}
