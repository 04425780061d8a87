//! Print sentences and tokens of a file (or stdin): `cargo run -p dyad-text --example analyze -- FILE`.
use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text = String::new();
    match std::env::args().nth(1) {
        Some(p) => text = std::fs::read_to_string(&p).map_err(|e| format!("{p}: {e}"))?,
        None => {
            std::io::stdin().read_to_string(&mut text)?;
        }
    }
    let sents = dyad_text::Analyzer::builtin().analyze(&text);
    print!("{}", dyad_text::to_conllu(&text, &sents));
    Ok(())
}
