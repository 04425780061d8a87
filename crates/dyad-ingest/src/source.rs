//! Plumbing shared by the readers: a named byte stream, bounded reads, peeking.

use std::io::{self, Cursor, Read};

/// A boxed byte stream that can move between threads.
pub(crate) type BoxRead = Box<dyn Read + Send>;

/// A byte stream with the names readers need.
pub(crate) struct Source {
    /// The stream.
    pub reader: BoxRead,
    /// Name for messages and ids: the path as given, `outer.tar!member`, `<stdin>`.
    pub label: String,
    /// Name used for kind detection (compression suffixes stripped).
    pub name: String,
    /// True when the input has no meaningful name (stdin): ids come from content.
    pub anonymous: bool,
}

/// A reader that fails once with a stored error, then reports end of stream.
/// Lets a peeked prefix be replayed before an error that happened while peeking.
struct ErrOnce(Option<io::Error>);

impl Read for ErrOnce {
    fn read(&mut self, _buf: &mut [u8]) -> io::Result<usize> {
        match self.0.take() {
            Some(e) => Err(e),
            None => Ok(0),
        }
    }
}

/// Read up to `n` bytes without losing them: returns the prefix and a reader that
/// yields the prefix again followed by the rest. An error while peeking is replayed
/// after the prefix, so bytes read before a truncation are not lost.
pub(crate) fn peek(mut reader: BoxRead, n: usize) -> (Vec<u8>, BoxRead) {
    let mut buf = vec![0u8; n];
    let mut filled = 0;
    let mut err = None;
    while filled < n {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(k) => filled += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                err = Some(e);
                break;
            }
        }
    }
    buf.truncate(filled);
    let rest: BoxRead = match err {
        Some(e) => Box::new(ErrOnce(Some(e))),
        None => reader,
    };
    (buf.clone(), Box::new(Cursor::new(buf).chain(rest)))
}

/// Outcome of [`read_bounded`].
pub(crate) enum Bounded {
    /// The whole stream, within the limit.
    All(Vec<u8>),
    /// The stream is longer than the limit (nothing more was read).
    TooLarge,
}

/// Read a whole stream, at most `limit` bytes of it.
pub(crate) fn read_bounded(reader: &mut dyn Read, limit: usize) -> io::Result<Bounded> {
    let mut buf = Vec::new();
    reader.take(limit as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() > limit {
        Ok(Bounded::TooLarge)
    } else {
        Ok(Bounded::All(buf))
    }
}
