//! Counting what was read, skipped and rejected, for the CLI to print.

use crate::{Document, ErrorKind, IngestError};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};

/// How many warnings keep their full text in [`Summary::warning_samples`].
pub const MAX_WARNING_SAMPLES: usize = 20;

/// What an ingest run did: documents read, records skipped (with the reason),
/// errors by kind, warnings and duplicates dropped.
///
/// ```
/// let mut s = dyad_ingest::Summary::default();
/// s.skip("warc: non-HTML response");
/// s.skip("warc: non-HTML response");
/// assert_eq!(s.skipped["warc: non-HTML response"], 2);
/// assert_eq!(s.skipped_total(), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Input files opened (a tar member counts as one).
    pub files: u64,
    /// Documents yielded.
    pub documents: u64,
    /// Records deliberately skipped, by reason (`"warc: request record"`, ...).
    pub skipped: BTreeMap<String, u64>,
    /// Errors yielded, by kind.
    pub errors: BTreeMap<ErrorKind, u64>,
    /// Warnings (lossy decoding, unparsable dates): count.
    pub warnings: u64,
    /// The first [`MAX_WARNING_SAMPLES`] warnings, in full.
    pub warning_samples: Vec<String>,
    /// Documents dropped by [`crate::Dedup`] as already seen.
    pub duplicates: u64,
}

impl Summary {
    /// Count a skipped record under `reason`.
    pub fn skip(&mut self, reason: &str) {
        *self.skipped.entry(reason.to_string()).or_insert(0) += 1;
    }

    /// Count a warning, keeping its text if fewer than [`MAX_WARNING_SAMPLES`] are kept.
    pub fn warn(&mut self, message: String) {
        self.warnings += 1;
        if self.warning_samples.len() < MAX_WARNING_SAMPLES {
            self.warning_samples.push(message);
        }
    }

    /// Count one item of a reader's output (a document or an error).
    pub fn observe(&mut self, item: &Result<Document, IngestError>) {
        match item {
            Ok(_) => self.documents += 1,
            Err(e) => *self.errors.entry(e.kind).or_insert(0) += 1,
        }
    }

    /// Total records skipped, all reasons.
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// Total errors, all kinds.
    pub fn errors_total(&self) -> u64 {
        self.errors.values().sum()
    }
}

impl fmt::Display for Summary {
    /// A few lines for humans: totals, then skips and errors by reason.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "ingest: {} files, {} documents, {} skipped, {} errors, {} duplicates dropped, {} warnings",
            self.files,
            self.documents,
            self.skipped_total(),
            self.errors_total(),
            self.duplicates,
            self.warnings
        )?;
        for (reason, n) in &self.skipped {
            writeln!(f, "  skipped {n:>8}  {reason}")?;
        }
        for (kind, n) in &self.errors {
            writeln!(f, "  errors  {n:>8}  {kind}")?;
        }
        Ok(())
    }
}

/// A shared, thread-safe [`Summary`] that readers update as they go. It lives in
/// [`crate::IngestOptions::tally`]; clone it freely (clones share the counts).
///
/// ```
/// let t = dyad_ingest::Tally::default();
/// let t2 = t.clone();
/// t2.with(|s| s.skip("x"));
/// assert_eq!(t.snapshot().skipped_total(), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Tally {
    summary: Arc<Mutex<Summary>>,
    /// Bytes read from input files so far (as stored: compressed bytes for `.gz`).
    bytes: Arc<std::sync::atomic::AtomicU64>,
}

impl Tally {
    fn lock(&self) -> MutexGuard<'_, Summary> {
        // A panic elsewhere while holding the lock leaves counts that are still usable.
        self.summary.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Bytes read from input files so far, as stored on disk (compressed bytes for a
    /// `.gz` file; standard input is not counted). With [`crate::input_size`] this
    /// gives a run's progress.
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let dir = std::env::temp_dir().join(format!("dyad-tally-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir)?;
    /// std::fs::write(dir.join("a.txt"), "Seoul protested.")?;
    /// let opts = dyad_ingest::IngestOptions::default();
    /// let docs: Vec<_> = dyad_ingest::open(&dir, &opts)?.collect();
    /// assert_eq!(docs.len(), 1);
    /// assert_eq!(opts.tally.bytes_read(), 16);
    /// assert_eq!(dyad_ingest::input_size(&[dir.clone()]), 16);
    /// std::fs::remove_dir_all(&dir)?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn bytes_read(&self) -> u64 {
        self.bytes.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Wrap a file reader so that what it reads is counted in [`Tally::bytes_read`].
    pub(crate) fn counting<R: std::io::Read>(&self, inner: R) -> CountingReader<R> {
        CountingReader {
            inner,
            bytes: self.bytes.clone(),
        }
    }

    /// Run `f` on the summary under the lock.
    pub fn with<T>(&self, f: impl FnOnce(&mut Summary) -> T) -> T {
        f(&mut self.lock())
    }

    /// A copy of the counts so far.
    pub fn snapshot(&self) -> Summary {
        self.lock().clone()
    }

    /// Count a skip.
    pub fn skip(&self, reason: &str) {
        self.lock().skip(reason);
    }

    /// Count a warning.
    pub fn warn(&self, message: String) {
        self.lock().warn(message);
    }
}

/// A reader that adds what it reads to a shared byte count.
pub(crate) struct CountingReader<R> {
    inner: R,
    bytes: Arc<std::sync::atomic::AtomicU64>,
}

impl<R: std::io::Read> std::io::Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(n)
    }
}
