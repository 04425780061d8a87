//! Errors, with the place in the input where they happened.

use std::fmt;

/// What went wrong, coarsely: the key under which [`crate::Summary`] counts errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// Reading the file or stream failed (not found, permission, truncated stream).
    Io,
    /// A JSONL line is not valid JSON, or not a JSON object.
    Json,
    /// A required field (JSONL `text`) is missing or has the wrong type.
    MissingField,
    /// Bytes are not valid UTF-8 where UTF-8 is required (JSONL).
    InvalidUtf8,
    /// A line, record or document is over the configured size limit.
    TooLarge,
    /// A gzip / zstd / tar container is corrupt or truncated.
    Decompress,
    /// A WARC record is malformed.
    Warc,
    /// An HTML page could not be turned into text.
    Html,
    /// An RSS / Atom feed could not be parsed.
    Feed,
    /// A CSV row could not be read.
    Csv,
    /// A Reuters-21578 SGML record is malformed.
    Sgml,
    /// The input kind is unknown or not supported (binary junk, unknown format).
    Unsupported,
}

impl ErrorKind {
    /// Short lowercase name, stable, used in summaries.
    ///
    /// ```
    /// assert_eq!(dyad_ingest::ErrorKind::TooLarge.as_str(), "too-large");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::Io => "io",
            ErrorKind::Json => "json",
            ErrorKind::MissingField => "missing-field",
            ErrorKind::InvalidUtf8 => "invalid-utf8",
            ErrorKind::TooLarge => "too-large",
            ErrorKind::Decompress => "decompress",
            ErrorKind::Warc => "warc",
            ErrorKind::Html => "html",
            ErrorKind::Feed => "feed",
            ErrorKind::Csv => "csv",
            ErrorKind::Sgml => "sgml",
            ErrorKind::Unsupported => "unsupported",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where in an input something happened. Every field is optional; the file is in
/// [`IngestError::file`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Position {
    /// 1-based line number (JSONL, CSV, SGML).
    pub line: Option<u64>,
    /// 1-based record number (WARC record, feed item, CSV row, Reuters article).
    pub record: Option<u64>,
    /// Byte offset in the (decompressed) stream.
    pub offset: Option<u64>,
    /// Id of the document concerned, when known.
    pub doc_id: Option<Box<str>>,
}

impl Position {
    /// A position that is just a line number.
    ///
    /// ```
    /// assert_eq!(dyad_ingest::Position::line(3).line, Some(3));
    /// ```
    pub fn line(line: u64) -> Position {
        Position {
            line: Some(line),
            ..Position::default()
        }
    }

    /// A position that is a record number.
    pub fn record(record: u64) -> Position {
        Position {
            record: Some(record),
            ..Position::default()
        }
    }

    /// Add a byte offset.
    pub fn at_offset(mut self, offset: u64) -> Position {
        self.offset = Some(offset);
        self
    }

    /// Add a document id.
    pub fn with_doc(mut self, id: impl Into<String>) -> Position {
        self.doc_id = Some(id.into().into_boxed_str());
        self
    }
}

/// An ingest error: what went wrong, in which file and where in it.
///
/// `Display` gives `FILE:LINE: message` when there is a line, else
/// `FILE: record N, byte B, doc ID: message` with the parts that are known.
///
/// ```
/// use dyad_ingest::{ErrorKind, IngestError, Position};
/// let e = IngestError::new("news.jsonl", Position::line(7), ErrorKind::Json, "expected `,`");
/// assert_eq!(e.to_string(), "news.jsonl:7: expected `,`");
/// let e = IngestError::new("crawl.warc.gz", Position::record(2).at_offset(900), ErrorKind::Warc, "bad header");
/// assert_eq!(e.to_string(), "crawl.warc.gz: record 2, byte 900: bad header");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct IngestError {
    /// The file (as given; `archive.tar!member` inside a tar; `<stdin>` for standard input).
    pub file: String,
    /// Where in the file.
    pub position: Position,
    /// Coarse class, for counting.
    pub kind: ErrorKind,
    /// Human-readable message.
    pub message: String,
}

impl IngestError {
    /// Build an error.
    pub fn new(
        file: impl Into<String>,
        position: Position,
        kind: ErrorKind,
        message: impl Into<String>,
    ) -> IngestError {
        IngestError {
            file: file.into(),
            position,
            kind,
            message: message.into(),
        }
    }

    /// An I/O error while reading `file`; a decompression failure is classed as
    /// [`ErrorKind::Decompress`] when the message says so.
    pub fn io(file: impl Into<String>, position: Position, err: &std::io::Error) -> IngestError {
        let msg = err.to_string();
        let kind = if err.kind() == std::io::ErrorKind::UnexpectedEof
            || err.kind() == std::io::ErrorKind::InvalidData
            || msg.contains("corrupt")
            || msg.contains("invalid gzip")
            || msg.contains("Unknown frame")
        {
            ErrorKind::Decompress
        } else {
            ErrorKind::Io
        };
        let message = if kind == ErrorKind::Decompress {
            format!("stream is truncated or corrupt: {msg}")
        } else {
            msg
        };
        IngestError::new(file, position, kind, message)
    }
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(l) = self.position.line {
            write!(f, ":{l}")?;
        }
        let mut parts = Vec::new();
        if let Some(r) = self.position.record {
            parts.push(format!("record {r}"));
        }
        if let Some(o) = self.position.offset {
            parts.push(format!("byte {o}"));
        }
        if let Some(d) = &self.position.doc_id {
            parts.push(format!("doc {d}"));
        }
        if parts.is_empty() {
            write!(f, ": {}", self.message)
        } else {
            write!(f, ": {}: {}", parts.join(", "), self.message)
        }
    }
}
