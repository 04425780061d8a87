//! Line reading with a hard per-line memory limit.

use std::io::{self, BufRead};

/// One line from [`LineReader::next_line`].
pub(crate) enum Line {
    /// The line's bytes, without `\n` / `\r\n`.
    Bytes(Vec<u8>),
    /// The line was longer than the limit: its length, its content was discarded
    /// as it streamed past (at most `limit` bytes were ever held).
    TooLong(u64),
}

/// Reads lines of at most `limit` bytes. Longer lines are skipped to the next
/// newline without being buffered, so memory stays bounded by `limit` whatever
/// the input.
pub(crate) struct LineReader<R> {
    inner: R,
    limit: usize,
    /// 1-based number of the last line returned.
    pub line_no: u64,
    /// Byte offset of the start of the last line returned.
    pub line_start: u64,
    offset: u64,
}

impl<R: BufRead> LineReader<R> {
    pub(crate) fn new(inner: R, limit: usize) -> LineReader<R> {
        LineReader {
            inner,
            limit,
            line_no: 0,
            line_start: 0,
            offset: 0,
        }
    }

    /// The underlying reader, for reading a counted block of bytes; report what
    /// was read with [`LineReader::add_offset`].
    pub(crate) fn inner_mut(&mut self) -> &mut R {
        &mut self.inner
    }

    /// Account for `n` bytes read through [`LineReader::inner_mut`].
    pub(crate) fn add_offset(&mut self, n: u64) {
        self.offset += n;
    }

    /// The next line, `Ok(None)` at end of stream. After an I/O error the reader
    /// should not be used again (the stream position is unknown).
    pub(crate) fn next_line(&mut self) -> io::Result<Option<Line>> {
        let mut buf = Vec::new();
        let mut len: u64 = 0;
        let mut too_long = false;
        let mut any = false;
        let start = self.offset;
        loop {
            let avail = match self.inner.fill_buf() {
                Ok(a) => a,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if avail.is_empty() {
                if !any {
                    return Ok(None);
                }
                break;
            }
            any = true;
            let (chunk, used, done) = match avail.iter().position(|&b| b == b'\n') {
                Some(i) => (&avail[..i], i + 1, true),
                None => (avail, avail.len(), false),
            };
            len += chunk.len() as u64;
            if !too_long {
                if buf.len() + chunk.len() > self.limit {
                    too_long = true;
                    buf = Vec::new();
                } else {
                    buf.extend_from_slice(chunk);
                }
            }
            self.inner.consume(used);
            self.offset += used as u64;
            if done {
                break;
            }
        }
        self.line_no += 1;
        self.line_start = start;
        if too_long {
            return Ok(Some(Line::TooLong(len)));
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        Ok(Some(Line::Bytes(buf)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_line_is_skipped_and_counted() {
        let mut data = b"short\r\n".to_vec();
        data.extend(std::iter::repeat_n(b'x', 100));
        data.extend_from_slice(b"\nlast");
        let mut r = LineReader::new(io::BufReader::with_capacity(8, &data[..]), 10);
        assert!(matches!(r.next_line().unwrap(), Some(Line::Bytes(b)) if b == b"short"));
        assert!(matches!(r.next_line().unwrap(), Some(Line::TooLong(100))));
        assert_eq!(r.line_no, 2);
        assert_eq!(r.line_start, 7);
        assert!(matches!(r.next_line().unwrap(), Some(Line::Bytes(b)) if b == b"last"));
        assert!(r.next_line().unwrap().is_none());
    }
}
