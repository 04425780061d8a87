//! WARC (ISO 28500) crawls: one document per HTML response record, streamed.
//!
//! Records are read one at a time; a record body is held in memory only if it is
//! at most `max_doc_bytes` (a larger one is skipped by streaming past it, with a
//! [`ErrorKind::TooLarge`] error). `WARC-Target-URI` gives the URL and `WARC-Date`
//! the date when the page declares none. Request, metadata, warcinfo, revisit
//! records, non-200 responses and non-HTML responses are skipped and counted by
//! reason. A malformed record gives a [`ErrorKind::Warc`] error and the reader
//! resynchronises at the next line that starts with `WARC/`. `.warc.gz` is read
//! through the gzip layer (all members, streamed).

use crate::html::{header_charset, page_to_doc, NoDoc, PageHints};
use crate::lines::{Line, LineReader};
use crate::source::{BoxRead, Source};
use crate::{DocIter, Document, ErrorKind, IngestError, IngestOptions, Position};
use std::io::{self, BufReader, Read};

/// Longest header line accepted.
const MAX_HEADER_LINE: usize = 64 * 1024;
/// Most header lines in one record.
const MAX_HEADERS: usize = 256;

pub(crate) fn read(src: Source, opts: &IngestOptions) -> DocIter {
    Box::new(WarcReader {
        lines: LineReader::new(
            BufReader::with_capacity(64 * 1024, src.reader),
            MAX_HEADER_LINE,
        ),
        label: src.label,
        opts: opts.clone(),
        record: 0,
        done: false,
        pending: None,
    })
}

struct WarcReader {
    lines: LineReader<BufReader<BoxRead>>,
    label: String,
    opts: IngestOptions,
    record: u64,
    done: bool,
    /// A `WARC/` line found while resynchronising, to start the next record.
    pending: Option<u64>,
}

/// A parsed record header.
struct Header {
    fields: Vec<(String, String)>,
}

impl Header {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

enum Step {
    Doc(Document),
    Err(IngestError),
    Skip,
    End,
}

impl WarcReader {
    fn err(&self, offset: u64, kind: ErrorKind, msg: impl Into<String>) -> IngestError {
        IngestError::new(
            &self.label,
            Position::record(self.record).at_offset(offset),
            kind,
            msg,
        )
    }

    fn io_err(&mut self, offset: u64, e: &io::Error) -> Step {
        self.done = true;
        Step::Err(IngestError::io(
            &self.label,
            Position::record(self.record).at_offset(offset),
            e,
        ))
    }

    /// Skip lines up to the next one that starts with `WARC/`. Returns its offset,
    /// `None` at end of stream.
    fn resync(&mut self) -> io::Result<Option<u64>> {
        loop {
            match self.lines.next_line()? {
                None => return Ok(None),
                Some(Line::Bytes(b)) if b.starts_with(b"WARC/") => {
                    return Ok(Some(self.lines.line_start))
                }
                Some(_) => {}
            }
        }
    }

    fn step(&mut self) -> Step {
        // Find the version line, skipping blank lines between records.
        let start = if let Some(off) = self.pending.take() {
            off
        } else {
            loop {
                match self.lines.next_line() {
                    Ok(None) => return Step::End,
                    Ok(Some(Line::Bytes(b))) if b.iter().all(u8::is_ascii_whitespace) => continue,
                    Ok(Some(Line::Bytes(b))) if b.starts_with(b"WARC/") => {
                        break self.lines.line_start
                    }
                    Ok(Some(_)) => {
                        let off = self.lines.line_start;
                        self.record += 1;
                        let e = self.err(
                            off,
                            ErrorKind::Warc,
                            "expected a `WARC/1.x` record header; skipping to the next record",
                        );
                        match self.resync() {
                            Ok(next) => {
                                self.pending = next;
                                if next.is_none() {
                                    self.done = true;
                                }
                            }
                            Err(io) => {
                                self.done = true;
                                return Step::Err(IngestError::new(
                                    &self.label,
                                    e.position,
                                    ErrorKind::Decompress,
                                    format!("{}; then: {io}", e.message),
                                ));
                            }
                        }
                        return Step::Err(e);
                    }
                    Err(e) => {
                        let off = self.lines.line_start;
                        return self.io_err(off, &e);
                    }
                }
            }
        };
        self.record += 1;
        let mut fields = Vec::new();
        loop {
            match self.lines.next_line() {
                Ok(None) => {
                    self.done = true;
                    return Step::Err(self.err(start, ErrorKind::Warc, "truncated record header"));
                }
                Ok(Some(Line::TooLong(_))) => {
                    return self.bad_record(start, "header line too long");
                }
                Ok(Some(Line::Bytes(b))) => {
                    if b.is_empty() {
                        break;
                    }
                    if b.starts_with(b"WARC/") {
                        self.pending = Some(self.lines.line_start);
                        return Step::Err(self.err(
                            start,
                            ErrorKind::Warc,
                            "record header ends without a blank line",
                        ));
                    }
                    let line = String::from_utf8_lossy(&b);
                    if let Some((k, v)) = line.split_once(':') {
                        fields.push((k.trim().to_string(), v.trim().to_string()));
                    }
                    if fields.len() > MAX_HEADERS {
                        return self.bad_record(start, "too many header lines");
                    }
                }
                Err(e) => return self.io_err(start, &e),
            }
        }
        let header = Header { fields };
        let Some(len) = header
            .get("Content-Length")
            .and_then(|v| v.parse::<u64>().ok())
        else {
            return self.bad_record(start, "missing or invalid Content-Length");
        };
        let wtype = header.get("WARC-Type").unwrap_or("").to_ascii_lowercase();
        let ctype = header
            .get("Content-Type")
            .unwrap_or("")
            .to_ascii_lowercase();
        let wanted = (wtype == "response" && ctype.contains("application/http"))
            || (wtype == "resource" && ctype.contains("html"));
        if !wanted || len > self.opts.max_doc_bytes as u64 {
            let big = wanted;
            if let Err(e) = self.skip_bytes(len) {
                return self.io_err(start, &e);
            }
            if big {
                return Step::Err(self.err(
                    start,
                    ErrorKind::TooLarge,
                    format!(
                        "record body is {len} bytes, over the {} byte limit; skipped",
                        self.opts.max_doc_bytes
                    ),
                ));
            }
            let reason = if wtype.is_empty() {
                "warc: record without WARC-Type".to_string()
            } else {
                format!("warc: {wtype} record")
            };
            self.opts.tally.skip(&reason);
            return Step::Skip;
        }
        let mut body = Vec::with_capacity(len as usize);
        let read = {
            let inner = self.lines_inner();
            inner.take(len).read_to_end(&mut body)
        };
        self.lines.add_offset(body.len() as u64);
        if let Err(e) = read {
            return self.io_err(start, &e);
        }
        if (body.len() as u64) < len {
            self.done = true;
            return Step::Err(self.err(
                start,
                ErrorKind::Warc,
                format!("record is truncated: {} of {len} body bytes", body.len()),
            ));
        }
        let url = header
            .get("WARC-Target-URI")
            .map(|u| u.trim_matches(['<', '>']).to_string());
        let date = header.get("WARC-Date").and_then(dyad_core::parse_date);
        let (http_ctype, payload) = if wtype == "response" {
            match parse_http(&body) {
                Ok(HttpOk {
                    content_type,
                    payload,
                }) => (content_type, payload),
                Err(HttpSkip::Status(code)) => {
                    self.opts.tally.skip(&format!("warc: HTTP status {code}"));
                    return Step::Skip;
                }
                Err(HttpSkip::Malformed(m)) => {
                    return Step::Err(self.err(
                        start,
                        ErrorKind::Warc,
                        format!("malformed HTTP response: {m}"),
                    ));
                }
            }
        } else {
            (ctype.clone(), body)
        };
        if !(http_ctype.is_empty() || http_ctype.contains("html")) {
            let mime = http_ctype
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_string();
            self.opts
                .tally
                .skip(&format!("warc: non-HTML response ({mime})"));
            return Step::Skip;
        }
        let hints = PageHints {
            charset: header_charset(&http_ctype),
            url: url.as_deref(),
            date,
        };
        let tally = self.opts.tally.clone();
        let label = format!("{}: record {}", self.label, self.record);
        let mut warn = |w: String| tally.warn(format!("{label}: {w}"));
        match page_to_doc(&payload, &hints, None, &mut warn) {
            Ok(mut doc) => {
                if doc.url.is_none() {
                    doc.url = url;
                }
                Step::Doc(doc)
            }
            Err(NoDoc::NoText) => {
                self.opts.tally.skip("warc: HTML without main text");
                Step::Skip
            }
            Err(NoDoc::Failed(m)) => Step::Err(
                self.err(
                    start,
                    ErrorKind::Html,
                    format!("HTML extraction failed: {m}"),
                )
                .with_url(url.as_deref()),
            ),
        }
    }

    fn lines_inner(&mut self) -> &mut BufReader<BoxRead> {
        self.lines.inner_mut()
    }

    fn skip_bytes(&mut self, n: u64) -> io::Result<()> {
        let copied = io::copy(&mut self.lines_inner().take(n), &mut io::sink())?;
        self.lines.add_offset(copied);
        if copied < n {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "WARC record is truncated",
            ));
        }
        Ok(())
    }

    /// Report a malformed record and resynchronise.
    fn bad_record(&mut self, start: u64, msg: &str) -> Step {
        let e = self.err(
            start,
            ErrorKind::Warc,
            format!("{msg}; skipping to the next record"),
        );
        match self.resync() {
            Ok(next) => {
                self.pending = next;
                if next.is_none() {
                    self.done = true;
                }
            }
            Err(_) => self.done = true,
        }
        Step::Err(e)
    }
}

impl IngestError {
    fn with_url(mut self, url: Option<&str>) -> IngestError {
        if let Some(u) = url {
            self.message = format!("{} ({u})", self.message);
        }
        self
    }
}

impl Iterator for WarcReader {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            match self.step() {
                Step::Doc(d) => return Some(Ok(d)),
                Step::Err(e) => return Some(Err(e)),
                Step::Skip => {}
                Step::End => self.done = true,
            }
        }
        None
    }
}

struct HttpOk {
    content_type: String,
    payload: Vec<u8>,
}

enum HttpSkip {
    Status(u16),
    Malformed(String),
}

/// Split an HTTP response into its Content-Type and decoded payload
/// (chunked transfer and gzip/deflate content encodings undone).
fn parse_http(body: &[u8]) -> Result<HttpOk, HttpSkip> {
    let split = find(body, b"\r\n\r\n")
        .map(|i| (i, i + 4))
        .or_else(|| find(body, b"\n\n").map(|i| (i, i + 2)))
        .ok_or_else(|| HttpSkip::Malformed("no end of HTTP headers".into()))?;
    let head = String::from_utf8_lossy(&body[..split.0]);
    let mut lines = head.lines();
    let status = lines.next().unwrap_or("");
    if !status.starts_with("HTTP/") {
        return Err(HttpSkip::Malformed(format!(
            "bad status line {:?}",
            truncate(status, 60)
        )));
    }
    let code: u16 = status
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| {
            HttpSkip::Malformed(format!("bad status line {:?}", truncate(status, 60)))
        })?;
    if code != 200 {
        return Err(HttpSkip::Status(code));
    }
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for line in lines {
        if let Some((k, v)) = line.split_once(':') {
            let v = v.trim().to_ascii_lowercase();
            match k.trim().to_ascii_lowercase().as_str() {
                "content-type" => content_type = v,
                "transfer-encoding" => chunked = v.contains("chunked"),
                "content-encoding" => encoding = v,
                _ => {}
            }
        }
    }
    let mut payload = body[split.1..].to_vec();
    if chunked {
        payload =
            dechunk(&payload).ok_or_else(|| HttpSkip::Malformed("bad chunked encoding".into()))?;
    }
    if encoding.contains("gzip") || encoding.contains("deflate") {
        let limit = 64u64 << 20;
        let mut out = Vec::new();
        let res = if encoding.contains("gzip") {
            flate2::read::MultiGzDecoder::new(&payload[..])
                .take(limit)
                .read_to_end(&mut out)
        } else {
            flate2::read::ZlibDecoder::new(&payload[..])
                .take(limit)
                .read_to_end(&mut out)
        };
        res.map_err(|e| HttpSkip::Malformed(format!("bad {encoding} content: {e}")))?;
        payload = out;
    }
    Ok(HttpOk {
        content_type,
        payload,
    })
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Undo HTTP chunked transfer encoding.
fn dechunk(mut data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    loop {
        let nl = find(data, b"\n")?;
        let size_line = std::str::from_utf8(&data[..nl]).ok()?.trim();
        let size = usize::from_str_radix(size_line.split(';').next()?.trim(), 16).ok()?;
        data = &data[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        out.extend_from_slice(data.get(..size)?);
        data = data.get(size..)?;
        data = data
            .strip_prefix(b"\r\n")
            .or_else(|| data.strip_prefix(b"\n"))
            .unwrap_or(data);
    }
}
