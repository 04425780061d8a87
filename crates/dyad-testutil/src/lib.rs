//! # dyad-testutil
//!
//! Test-only helpers for dyad's crates (a dev-dependency, never shipped).
//!
//! Tests that read the third-party reference material in `../shared` (next to the
//! repository) call [`shared_dir`]: it returns the directory, or — where it is absent,
//! as in a user's fresh clone — prints a visible `SKIPPED` line and returns `None`, so the
//! test can return early. CI sets `DYAD_REQUIRE_SHARED=1`, which turns the absence into a
//! failure, so those tests always run there.
//!
//! ```
//! if let Some(dir) = dyad_testutil::shared_dir("doc example") {
//!     assert!(dir.join("reference").is_dir() || !dir.join("reference").exists());
//! }
//! ```

use std::io::Write;
use std::path::PathBuf;

/// The `shared` directory next to the workspace (`<workspace>/../shared`), or `None`
/// after printing `SKIPPED: ../shared not found (<who>)` to the real stderr (not captured
/// by the test harness, so it shows in `cargo test` output). Panics instead when the
/// environment variable `DYAD_REQUIRE_SHARED` is `1`.
pub fn shared_dir(who: &str) -> Option<PathBuf> {
    // `cargo test` sets CARGO_MANIFEST_DIR for the test process (the crate under test,
    // `crates/<name>`): prefer it to this crate's compile-time path, which a build
    // artefact shared between checkouts may have recorded for another clone.
    let crate_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    let dir = crate_dir.join("../../../shared");
    if dir.is_dir() {
        return Some(dir);
    }
    if std::env::var("DYAD_REQUIRE_SHARED").as_deref() == Ok("1") {
        panic!(
            "../shared is required (DYAD_REQUIRE_SHARED=1) but not found at {} ({who})",
            dir.display()
        );
    }
    // Written to the process's stderr directly: `eprintln!` in a passing test is captured.
    let _ = writeln!(
        std::io::stderr().lock(),
        "SKIPPED: ../shared not found ({who}); set DYAD_REQUIRE_SHARED=1 to make this an error"
    );
    None
}
