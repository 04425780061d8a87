//! JSON Lines: one document per line.
//!
//! Each line is a JSON object with `text` (required, string) and optional `id`
//! (string or number), `date` (`YYYY-MM-DD` or RFC 3339), `title`, `url`,
//! `source`. Without an `id`, the id comes from the URL or the text
//! ([`crate::derive_id`]). A bad line (invalid UTF-8, malformed JSON, no `text`,
//! over the line limit) gives an error naming file and line, and reading goes on
//! with the next line. Blank lines are skipped silently; a line whose `text` is
//! empty is skipped and counted. An unparsable `date` is dropped with a warning.

use crate::lines::{Line, LineReader};
use crate::source::Source;
use crate::{derive_id, DocIter, Document, ErrorKind, IngestError, IngestOptions, Position};
use serde_json::Value;
use std::io::BufReader;

/// Iterator over the documents of a JSONL stream.
pub(crate) struct JsonlReader {
    lines: LineReader<BufReader<crate::source::BoxRead>>,
    label: String,
    opts: IngestOptions,
    done: bool,
}

pub(crate) fn read(src: Source, opts: &IngestOptions) -> DocIter {
    Box::new(JsonlReader {
        lines: LineReader::new(
            BufReader::with_capacity(64 * 1024, src.reader),
            opts.max_line_bytes,
        ),
        label: src.label,
        opts: opts.clone(),
        done: false,
    })
}

impl Iterator for JsonlReader {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let line = match self.lines.next_line() {
                Ok(Some(l)) => l,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    let pos = Position::line(self.lines.line_no + 1);
                    return Some(Err(IngestError::io(&self.label, pos, &e)));
                }
            };
            let pos = Position::line(self.lines.line_no);
            let bytes = match line {
                Line::TooLong(n) => {
                    return Some(Err(IngestError::new(
                        &self.label,
                        pos,
                        ErrorKind::TooLarge,
                        format!(
                            "line is {n} bytes, over the {} byte line limit; skipped",
                            self.opts.max_line_bytes
                        ),
                    )))
                }
                Line::Bytes(b) => b,
            };
            let bytes = if self.lines.line_no == 1 {
                bytes
                    .strip_prefix(&[0xef, 0xbb, 0xbf][..])
                    .map(<[u8]>::to_vec)
                    .unwrap_or(bytes)
            } else {
                bytes
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match parse_line(&bytes, &self.label, &pos, &self.opts) {
                Ok(Some(doc)) => return Some(Ok(doc)),
                Ok(None) => continue,
                Err(e) => return Some(Err(e)),
            }
        }
        None
    }
}

fn str_field(obj: &serde_json::Map<String, Value>, key: &str) -> Option<String> {
    match obj.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    }
}

/// Parse one JSONL line into a document; `Ok(None)` for a skipped line.
fn parse_line(
    bytes: &[u8],
    label: &str,
    pos: &Position,
    opts: &IngestOptions,
) -> Result<Option<Document>, IngestError> {
    let err = |kind, msg: String| IngestError::new(label, pos.clone(), kind, msg);
    let s = std::str::from_utf8(bytes).map_err(|e| {
        err(
            ErrorKind::InvalidUtf8,
            format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
        )
    })?;
    let value: Value = serde_json::from_str(s)
        .map_err(|e| err(ErrorKind::Json, format!("malformed JSON: {e}")))?;
    let Value::Object(obj) = value else {
        return Err(err(
            ErrorKind::Json,
            "expected a JSON object with a \"text\" field".to_string(),
        ));
    };
    let text = match obj.get("text") {
        Some(Value::String(t)) => t.clone(),
        Some(_) => {
            return Err(err(
                ErrorKind::MissingField,
                "field \"text\" is not a string".to_string(),
            ))
        }
        None => {
            return Err(err(
                ErrorKind::MissingField,
                "missing required field \"text\"".to_string(),
            ))
        }
    };
    let url = str_field(&obj, "url");
    let id = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => derive_id(url.as_deref(), &text),
    };
    if text.trim().is_empty() {
        opts.tally.skip("jsonl: empty text");
        return Ok(None);
    }
    let date = match str_field(&obj, "date") {
        Some(d) => {
            let parsed = dyad_core::parse_date(&d);
            if parsed.is_none() {
                opts.tally.warn(format!(
                    "{label}:{}: unparsable date {d:?} ignored (want YYYY-MM-DD or RFC 3339)",
                    pos.line.unwrap_or(0)
                ));
            }
            parsed
        }
        None => None,
    };
    Ok(Some(Document {
        id,
        text,
        date,
        title: str_field(&obj, "title"),
        url,
        source: str_field(&obj, "source"),
    }))
}
