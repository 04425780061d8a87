//! # dyad-ingest
//!
//! Turns input files into [`dyad_core::Document`]s: plain text, JSON Lines, HTML
//! pages, RSS/Atom feeds, WARC crawls, Reuters-21578 SGML and AG-News-style CSV,
//! inside gzip / zstd / tar containers or directories, detected by extension and
//! content. Every reader is a streaming iterator of `Result<Document, IngestError>`:
//! a bad record gives an error naming the file and line/record, and reading goes on
//! with the next one. Counts of documents, skips (by reason), errors (by kind) and
//! warnings accumulate in the [`Tally`] of the [`IngestOptions`].
//!
//! ```
//! use dyad_ingest::{from_reader, IngestOptions, InputKind};
//! let data = "{\"id\":\"a\",\"text\":\"Troops crossed the border.\",\"date\":\"2024-03-01\"}\nnot json\n";
//! let opts = IngestOptions::default();
//! let items: Vec<_> = from_reader(Some(InputKind::Jsonl), data.as_bytes(), "news.jsonl", &opts).collect();
//! assert_eq!(items.len(), 2);
//! assert_eq!(items[0].as_ref().unwrap().id, "a");
//! assert!(items[1].as_ref().unwrap_err().to_string().starts_with("news.jsonl:2: malformed JSON"));
//! let s = opts.summary();
//! assert_eq!((s.documents, s.errors_total()), (1, 1));
//! ```

mod container;
mod csvin;
mod decode;
mod error;
mod feed;
mod html;
mod ids;
mod jsonl;
mod kind;
mod lines;
mod sgml;
mod source;
mod summary;
mod text;
mod warc;

pub use dyad_core::Document;
pub use error::{ErrorKind, IngestError, Position};
pub use ids::{content_id, derive_id, normalize_url, url_id, Dedup};
pub use kind::{InputKind, UnknownKind};
pub use summary::{Summary, Tally, MAX_WARNING_SAMPLES};

use source::{peek, BoxRead, Source};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The iterator every reader returns.
pub type DocIter = Box<dyn Iterator<Item = Result<Document, IngestError>> + Send>;

/// How to read inputs. `Default` gives the documented limits.
///
/// ```
/// let opts = dyad_ingest::IngestOptions { kind: Some(dyad_ingest::InputKind::Jsonl), ..Default::default() };
/// assert_eq!(opts.max_line_bytes, 16 << 20);
/// ```
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Force the kind of the (decompressed) content instead of detecting it.
    /// Compression and tar are still detected by their magic bytes.
    pub kind: Option<InputKind>,
    /// Longest JSONL / CSV line accepted (default 16 MiB). Longer lines give a
    /// [`ErrorKind::TooLarge`] error and are skipped without being buffered.
    pub max_line_bytes: usize,
    /// Largest single document, page, feed or WARC record body (default 32 MiB).
    pub max_doc_bytes: usize,
    /// Counts shared by all readers made with these options.
    pub tally: Tally,
}

impl Default for IngestOptions {
    fn default() -> IngestOptions {
        IngestOptions {
            kind: None,
            max_line_bytes: 16 << 20,
            max_doc_bytes: 32 << 20,
            tally: Tally::default(),
        }
    }
}

impl IngestOptions {
    /// A copy of the counts so far (documents, skips, errors, warnings, duplicates).
    pub fn summary(&self) -> Summary {
        self.tally.snapshot()
    }
}

/// How many bytes are looked at to detect a kind.
const SNIFF_BYTES: usize = 8192;
/// How deep containers may nest (`a.tar.gz` is 2).
const MAX_NESTING: u32 = 4;

/// Open a file or a directory (walked recursively, in sorted order, hidden files
/// skipped). Fails only when `path` cannot be opened; every later problem is an
/// `Err` item of the iterator.
///
/// ```no_run
/// let opts = dyad_ingest::IngestOptions::default();
/// for item in dyad_ingest::open("news/".as_ref(), &opts)? {
///     match item {
///         Ok(doc) => println!("{}", doc.id),
///         Err(e) => eprintln!("{e}"),
///     }
/// }
/// eprint!("{}", opts.summary());
/// # Ok::<(), dyad_ingest::IngestError>(())
/// ```
pub fn open(path: &Path, opts: &IngestOptions) -> Result<DocIter, IngestError> {
    let label = path.display().to_string();
    let meta = fs::metadata(path)
        .map_err(|e| IngestError::new(&label, Position::default(), ErrorKind::Io, e.to_string()))?;
    let iter: DocIter = if meta.is_dir() {
        let entries = sorted_dir(path).map_err(|e| {
            IngestError::new(&label, Position::default(), ErrorKind::Io, e.to_string())
        })?;
        Box::new(Walk {
            stack: vec![entries.into_iter()],
            current: None,
            opts: opts.clone(),
        })
    } else {
        let file = fs::File::open(path).map_err(|e| {
            IngestError::new(&label, Position::default(), ErrorKind::Io, e.to_string())
        })?;
        let src = Source {
            reader: Box::new(opts.tally.counting(file)),
            name: label.clone(),
            label,
            anonymous: false,
        };
        dispatch(src, opts, 0, true)
    };
    Ok(counted(iter, opts))
}

/// Read any supported input from a stream. `kind` forces the content kind (else
/// it is detected from `name` and the first bytes); `name` is used in messages
/// and, for plain text, as the document id (an empty name means a content-hash id).
pub fn from_reader<R: Read + Send + 'static>(
    kind: Option<InputKind>,
    reader: R,
    name: &str,
    opts: &IngestOptions,
) -> DocIter {
    let opts = IngestOptions {
        kind: kind.or(opts.kind),
        ..opts.clone()
    };
    let src = Source {
        reader: Box::new(reader),
        label: name.to_string(),
        name: name.to_string(),
        anonymous: name.is_empty(),
    };
    counted(dispatch(src, &opts, 0, true), &opts)
}

/// Read standard input (named `<stdin>` in messages). Plain-text documents get a
/// content-hash id. The kind is `opts.kind` or detected from the content.
pub fn read_stdin(opts: &IngestOptions) -> DocIter {
    let src = Source {
        reader: Box::new(std::io::stdin()),
        label: "<stdin>".to_string(),
        name: String::new(),
        anonymous: true,
    };
    counted(dispatch(src, opts, 0, true), opts)
}

/// Count every item in the tally.
fn counted(iter: DocIter, opts: &IngestOptions) -> DocIter {
    let tally = opts.tally.clone();
    Box::new(iter.inspect(move |item| tally.with(|s| s.observe(item))))
}

fn one_error(e: IngestError) -> DocIter {
    Box::new(std::iter::once(Err(e)))
}

fn is_container(k: InputKind) -> bool {
    matches!(k, InputKind::Gzip | InputKind::Zstd | InputKind::Tar)
}

/// Decide the kind of a stream and hand it to its reader. `explicit` is false for
/// files met while walking a directory or a tar: those are skipped (and counted)
/// rather than reported as errors when they look binary.
pub(crate) fn dispatch(src: Source, opts: &IngestOptions, depth: u32, explicit: bool) -> DocIter {
    if depth > MAX_NESTING {
        return one_error(IngestError::new(
            &src.label,
            Position::default(),
            ErrorKind::Unsupported,
            format!("containers nested more than {MAX_NESTING} deep"),
        ));
    }
    let (prefix, reader) = peek(src.reader, SNIFF_BYTES);
    let src = Source { reader, ..src };
    if prefix.is_empty() {
        // Replay a read error, if any, else count the empty file.
        let mut probe = [0u8; 1];
        let mut reader = src.reader;
        if let Err(e) = reader.read(&mut probe) {
            return one_error(IngestError::io(&src.label, Position::default(), &e));
        }
        opts.tally.skip("empty file");
        return Box::new(std::iter::empty());
    }
    let sniffed = InputKind::sniff(&prefix);
    let kind = match sniffed {
        Some(k) if is_container(k) => Some(k),
        _ => match opts.kind.filter(|k| !is_container(*k)) {
            Some(k) => Some(k),
            None => match InputKind::from_name(&src.name) {
                Some(k) if !is_container(k) => Some(k),
                // A compression suffix without the magic: look at the inner name.
                Some(_) => match strip_suffix(&src.name).and_then(|n| InputKind::from_name(&n)) {
                    Some(k) if !is_container(k) => Some(k),
                    _ => sniffed,
                },
                None => sniffed,
            },
        },
    };
    // While walking a directory or a tar, only known extensions (or container
    // magic) are read: a `.dtd`, `.png` or `Makefile` is skipped, not guessed at.
    let kind = if explicit
        || matches!(sniffed, Some(k) if is_container(k))
        || opts.kind.is_some()
        || InputKind::from_name(&src.name).is_some()
    {
        kind
    } else {
        opts.tally.skip("unknown file extension");
        return Box::new(std::iter::empty());
    };
    let Some(kind) = kind else {
        if explicit {
            return one_error(IngestError::new(
                &src.label,
                Position::default(),
                ErrorKind::Unsupported,
                "binary content that is not a known input format (gzip, zstd, tar, WARC, text)",
            ));
        }
        opts.tally.skip("binary or unknown file");
        return Box::new(std::iter::empty());
    };
    if !is_container(kind) {
        opts.tally.with(|s| s.files += 1);
    }
    match kind {
        InputKind::Text => text::read(src, opts),
        InputKind::Jsonl => jsonl::read(src, opts),
        InputKind::Html => html::read(src, opts),
        InputKind::Rss => feed::read(src, opts),
        InputKind::Warc => warc::read(src, opts),
        InputKind::ReutersSgml => sgml::read(src, opts),
        InputKind::Csv => csvin::read(src, opts),
        InputKind::Gzip => container::gzip(src, opts, depth),
        InputKind::Zstd => container::zstd(src, opts, depth),
        InputKind::Tar => container::tar(src, opts, depth),
    }
}

/// `a.jsonl.gz` -> `a.jsonl`, `a.tgz` -> `a.tar`; `None` without a compression suffix.
pub(crate) fn strip_suffix(name: &str) -> Option<String> {
    let lower = name.to_ascii_lowercase();
    for (suffix, replacement) in [
        (".tgz", ".tar"),
        (".tzst", ".tar"),
        (".gz", ""),
        (".gzip", ""),
        (".zst", ""),
        (".zstd", ""),
    ] {
        if lower.ends_with(suffix) {
            return Some(format!(
                "{}{replacement}",
                &name[..name.len() - suffix.len()]
            ));
        }
    }
    None
}

/// Total size in bytes of the files [`open`] would read from `paths` (directories
/// walked the same way: hidden entries and symlinked directories left out; `-` and
/// unreadable paths count 0). The denominator of a progress bar over
/// [`Tally::bytes_read`].
pub fn input_size(paths: &[PathBuf]) -> u64 {
    fn dir_size(dir: &Path) -> u64 {
        let entries = sorted_dir(dir).unwrap_or_default();
        entries
            .iter()
            .filter(|p| !is_hidden(p))
            .map(|p| match entry_kind(p) {
                Ok(EntryKind::Dir) => dir_size(p),
                Ok(EntryKind::File) => fs::metadata(p).map_or(0, |m| m.len()),
                Ok(EntryKind::SymlinkedDir) | Err(_) => 0,
            })
            .sum()
    }
    // A path given by the user is followed, as `open` does.
    paths
        .iter()
        .map(|p| match fs::metadata(p) {
            Ok(m) if m.is_dir() => dir_size(p),
            Ok(m) => m.len(),
            Err(_) => 0,
        })
        .sum()
}

/// Whether a walked entry is hidden (its name starts with a dot).
fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// What a directory walk finds at a path.
enum EntryKind {
    Dir,
    File,
    /// A symbolic link to a directory: not followed (no cycles, no surprises).
    SymlinkedDir,
}

fn entry_kind(path: &Path) -> std::io::Result<EntryKind> {
    let meta = fs::symlink_metadata(path)?;
    Ok(if meta.file_type().is_symlink() {
        if fs::metadata(path)?.is_dir() {
            EntryKind::SymlinkedDir
        } else {
            EntryKind::File
        }
    } else if meta.is_dir() {
        EntryKind::Dir
    } else {
        EntryKind::File
    })
}

/// The entries of a directory, sorted by file name.
fn sorted_dir(path: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut v = fs::read_dir(path)?
        .map(|e| e.map(|e| e.path()))
        .collect::<std::io::Result<Vec<_>>>()?;
    v.sort();
    Ok(v)
}

/// Lazy recursive directory walk: sorted, depth first, hidden entries and
/// symlinked directories skipped.
struct Walk {
    stack: Vec<std::vec::IntoIter<PathBuf>>,
    current: Option<DocIter>,
    opts: IngestOptions,
}

impl Iterator for Walk {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let top = self.stack.last_mut()?;
            let Some(path) = top.next() else {
                self.stack.pop();
                continue;
            };
            let label = path.display().to_string();
            let io_err = |e: std::io::Error| {
                IngestError::new(&label, Position::default(), ErrorKind::Io, e.to_string())
            };
            if is_hidden(&path) {
                self.opts.tally.skip("hidden file or directory");
                continue;
            }
            let is_dir = match entry_kind(&path) {
                Ok(EntryKind::SymlinkedDir) => {
                    self.opts.tally.skip("symlinked directory");
                    continue;
                }
                Ok(kind) => matches!(kind, EntryKind::Dir),
                Err(e) => return Some(Err(io_err(e))),
            };
            if is_dir {
                match sorted_dir(&path) {
                    Ok(entries) => self.stack.push(entries.into_iter()),
                    Err(e) => return Some(Err(io_err(e))),
                }
                continue;
            }
            match fs::File::open(&path) {
                Ok(f) => {
                    let reader: BoxRead = Box::new(self.opts.tally.counting(f));
                    let src = Source {
                        reader,
                        name: label.clone(),
                        label,
                        anonymous: false,
                    };
                    self.current = Some(dispatch(src, &self.opts, 0, false));
                }
                Err(e) => return Some(Err(io_err(e))),
            }
        }
    }
}
