//! Debug helper: print the triggers and actor phrases the coder sees in a sentence.
//! `cargo run --release -p dyad-coder --example triggers -- "Israeli airstrikes killed Palestinians."`
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let coder = dyad_coder::Coder::new(dyad_dict::builtin().expect("builtin")).expect("coder");
    for line in coder.debug_sentence(&text) {
        println!("{line}");
    }
}
