//! CSV in the AG News layout: `class,title,description`, one document per row.
//!
//! id = the 1-based data-row number (a header row `label,title,description` /
//! `class,...`, recognised by a non-numeric first field on row 1, is not counted);
//! title = column 2; text = column 3 (or the title when it is empty). AG News'
//! escapes are undone: `\` line breaks, `#36;` = `$`, ` #39;` = `'`, ` quot;`,
//! ` amp;`, and HTML entities. Rows are cut by a line reader with the `max_line_bytes`
//! limit (a quoted field may span lines), so memory stays bounded; a row that does
//! not parse, or has fewer than 3 columns, is an error for its line.

use crate::html::decode_entities;
use crate::lines::{Line, LineReader};
use crate::source::{BoxRead, Source};
use crate::{DocIter, Document, ErrorKind, IngestError, IngestOptions, Position};
use std::io::BufReader;

pub(crate) fn read(src: Source, opts: &IngestOptions) -> DocIter {
    Box::new(CsvReader {
        lines: LineReader::new(
            BufReader::with_capacity(64 * 1024, src.reader),
            opts.max_line_bytes,
        ),
        label: src.label,
        opts: opts.clone(),
        row: 0,
        done: false,
    })
}

struct CsvReader {
    lines: LineReader<BufReader<BoxRead>>,
    label: String,
    opts: IngestOptions,
    row: u64,
    done: bool,
}

/// True when the quotes of `b` are unbalanced (a field continues on the next line).
fn open_quote(b: &[u8]) -> bool {
    b.iter().filter(|&&c| c == b'"').count() % 2 == 1
}

impl Iterator for CsvReader {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            // Gather one logical record (physical lines while a quote is open).
            let mut record: Vec<u8> = Vec::new();
            let mut start_line = 0;
            let mut too_long = false;
            loop {
                match self.lines.next_line() {
                    Ok(Some(Line::Bytes(b))) => {
                        if start_line == 0 {
                            start_line = self.lines.line_no;
                        }
                        if !record.is_empty() {
                            record.push(b'\n');
                        }
                        if record.len() + b.len() > self.opts.max_line_bytes {
                            too_long = true;
                        } else {
                            record.extend_from_slice(&b);
                        }
                        if !open_quote(&record) || too_long {
                            break;
                        }
                    }
                    Ok(Some(Line::TooLong(_))) => {
                        if start_line == 0 {
                            start_line = self.lines.line_no;
                        }
                        too_long = true;
                        break;
                    }
                    Ok(None) => {
                        self.done = true;
                        break;
                    }
                    Err(e) => {
                        self.done = true;
                        return Some(Err(IngestError::io(
                            &self.label,
                            Position::line(self.lines.line_no + 1),
                            &e,
                        )));
                    }
                }
            }
            if start_line == 0 {
                return None;
            }
            let pos = Position::line(start_line);
            if too_long {
                return Some(Err(IngestError::new(
                    &self.label,
                    pos,
                    ErrorKind::TooLarge,
                    format!(
                        "row is over the {} byte line limit; skipped",
                        self.opts.max_line_bytes
                    ),
                )));
            }
            if record.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let mut rdr = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(&record[..]);
            let mut fields = csv::ByteRecord::new();
            match rdr.read_byte_record(&mut fields) {
                Ok(true) => {}
                Ok(false) => continue,
                Err(e) => {
                    return Some(Err(IngestError::new(
                        &self.label,
                        pos,
                        ErrorKind::Csv,
                        format!("bad CSV row: {e}"),
                    )))
                }
            }
            let field =
                |i: usize| String::from_utf8_lossy(fields.get(i).unwrap_or_default()).into_owned();
            if start_line == 1 && !fields.is_empty() && field(0).trim().parse::<i64>().is_err() {
                continue; // header row
            }
            if fields.len() < 3 {
                return Some(Err(IngestError::new(
                    &self.label,
                    pos,
                    ErrorKind::Csv,
                    format!(
                        "expected 3 columns (class,title,description), found {}",
                        fields.len()
                    ),
                )));
            }
            self.row += 1;
            let title = unescape(&field(1));
            let desc = unescape(&field(2));
            let text = if desc.is_empty() { title.clone() } else { desc };
            if text.is_empty() {
                self.opts.tally.skip("csv: row without text");
                continue;
            }
            return Some(Ok(Document {
                id: self.row.to_string(),
                text,
                title: (!title.is_empty()).then_some(title),
                ..Document::default()
            }));
        }
        None
    }
}

/// Undo AG News' escapes (` #39;` = `'`, ` quot;` = `"`, ` amp;` = `&`,
/// `#36;` = `$`, `\` = line break) and HTML entities; collapse whitespace.
fn unescape(s: &str) -> String {
    let s = s
        .replace(" #39;", "'")
        .replace("#39;", "'")
        .replace(" quot;", " \"")
        .replace(" amp;", " &")
        .replace("#36;", "$")
        .replace('\\', " ");
    decode_entities(&s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
