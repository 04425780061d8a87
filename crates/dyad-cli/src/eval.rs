//! `dyad eval`: PETRARCH validation suites (being written).

use anyhow::{bail, Result};
use std::path::Path;

/// Run an evaluation suite.
pub fn run(suite: &str, reference: &Path, verbose: bool) -> Result<i32> {
    let _ = (reference, verbose);
    bail!("unknown suite {suite:?}")
}
