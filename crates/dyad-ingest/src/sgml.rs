//! Reuters-21578 SGML (`reut2-NNN.sgm`): one document per `<REUTERS>` article.
//!
//! id = `NEWID` attribute; date from `<DATE>` (`26-FEB-1987 15:01:01.79`);
//! title from `<TITLE>`; text = `<DATELINE>` + `<BODY>` (the dateline keeps the
//! place for location finding); a `TYPE="BRIEF"` article (title only) uses its
//! title as text; a `TYPE="UNPROC"` one uses its raw `<TEXT>`. Entities and the
//! control characters of the original wire are removed. The file is read line by
//! line; one article is held in memory at a time (at most `max_doc_bytes`).

use crate::decode::decode;
use crate::html::decode_entities;
use crate::lines::{Line, LineReader};
use crate::source::{BoxRead, Source};
use crate::{DocIter, Document, ErrorKind, IngestError, IngestOptions, Position};
use std::io::BufReader;

pub(crate) fn read(src: Source, opts: &IngestOptions) -> DocIter {
    Box::new(SgmlReader {
        lines: LineReader::new(
            BufReader::with_capacity(64 * 1024, src.reader),
            opts.max_line_bytes,
        ),
        label: src.label,
        opts: opts.clone(),
        buf: Vec::new(),
        start_line: 0,
        in_record: false,
        overflow: false,
        done: false,
    })
}

struct SgmlReader {
    lines: LineReader<BufReader<BoxRead>>,
    label: String,
    opts: IngestOptions,
    buf: Vec<u8>,
    start_line: u64,
    in_record: bool,
    overflow: bool,
    done: bool,
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

impl Iterator for SgmlReader {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            let line = match self.lines.next_line() {
                Ok(Some(Line::Bytes(b))) => b,
                Ok(Some(Line::TooLong(_))) => {
                    self.overflow = self.in_record;
                    continue;
                }
                Ok(None) => {
                    self.done = true;
                    if self.in_record {
                        return Some(Err(IngestError::new(
                            &self.label,
                            Position::line(self.start_line),
                            ErrorKind::Sgml,
                            "article starting here has no </REUTERS> before end of file",
                        )));
                    }
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(IngestError::io(
                        &self.label,
                        Position::line(self.lines.line_no + 1),
                        &e,
                    )));
                }
            };
            if !self.in_record {
                let Some(i) = find(&line, b"<REUTERS") else {
                    continue;
                };
                self.in_record = true;
                self.overflow = false;
                self.start_line = self.lines.line_no;
                self.buf.clear();
                self.buf.extend_from_slice(&line[i..]);
                self.buf.push(b'\n');
            } else if !self.overflow {
                self.buf.extend_from_slice(&line);
                self.buf.push(b'\n');
                if self.buf.len() > self.opts.max_doc_bytes {
                    self.overflow = true;
                    self.buf = Vec::new();
                }
            }
            if find(&line, b"</REUTERS>").is_none() {
                continue;
            }
            self.in_record = false;
            let pos = Position::line(self.start_line);
            if self.overflow {
                return Some(Err(IngestError::new(
                    &self.label,
                    pos,
                    ErrorKind::TooLarge,
                    format!(
                        "article is over the {} byte limit; skipped",
                        self.opts.max_doc_bytes
                    ),
                )));
            }
            let bytes = std::mem::take(&mut self.buf);
            match parse_article(&bytes) {
                Ok(Some(doc)) => return Some(Ok(doc)),
                Ok(None) => self.opts.tally.skip("sgml: article without text"),
                Err(msg) => {
                    return Some(Err(IngestError::new(
                        &self.label,
                        pos,
                        ErrorKind::Sgml,
                        msg,
                    )))
                }
            }
        }
        None
    }
}

/// Text of the first `<tag ...>...</tag>` element, entities decoded.
fn element(rec: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let start = rec.find(&open)?;
    let after_open = start + rec[start..].find('>')? + 1;
    let end = after_open + rec[after_open..].find(&close)?;
    Some(clean(&rec[after_open..end]))
}

/// Drop tags, decode entities, drop control characters, trim.
fn clean(s: &str) -> String {
    let mut untagged = String::with_capacity(s.len());
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            c => untagged.push(c),
        }
    }
    decode_entities(&untagged)
        .chars()
        .filter(|&c| matches!(c, '\n' | '\t') || !c.is_control())
        .collect::<String>()
        .trim()
        .to_string()
}

fn attr(open_tag: &str, name: &str) -> Option<String> {
    let key = format!("{name}=\"");
    let i = open_tag.find(&key)? + key.len();
    let j = open_tag[i..].find('"')?;
    Some(open_tag[i..i + j].to_string())
}

/// Parse one `<REUTERS ...>...</REUTERS>` article; `Ok(None)` if it has no text.
fn parse_article(bytes: &[u8]) -> Result<Option<Document>, String> {
    let rec = decode(bytes, None).text;
    let open_end = rec.find('>').ok_or("unterminated <REUTERS> tag")?;
    let open_tag = &rec[..open_end];
    let id = attr(open_tag, "NEWID").ok_or("<REUTERS> tag without NEWID")?;
    let date = element(&rec, "DATE").and_then(|d| {
        let day = d.split_whitespace().next()?.to_string();
        chrono::NaiveDate::parse_from_str(&day, "%d-%b-%Y").ok()
    });
    let title = element(&rec, "TITLE").filter(|t| !t.is_empty());
    let dateline = element(&rec, "DATELINE").unwrap_or_default();
    let body = element(&rec, "BODY").unwrap_or_default();
    let mut text = if body.is_empty() {
        String::new()
    } else if dateline.is_empty() {
        body
    } else {
        format!("{dateline} {body}")
    };
    if text.is_empty() {
        text = match &title {
            Some(t) => t.clone(),
            None => element(&rec, "TEXT").unwrap_or_default(),
        };
    }
    // The wire's sign-off ("Reuter" + ETX) is not part of the story.
    let trimmed = text.trim_end();
    let trimmed = trimmed.strip_suffix("Reuter").unwrap_or(trimmed).trim_end();
    if trimmed.is_empty() {
        return Ok(None);
    }
    Ok(Some(Document {
        id,
        text: trimmed.to_string(),
        date,
        title,
        url: None,
        source: Some("Reuters".to_string()),
    }))
}
