//! Containers: gzip (multi-member), zstd (multi-frame) and tar, all streamed.
//!
//! A corrupt or truncated gzip/zstd stream ends its input with one
//! [`ErrorKind::Decompress`] error after everything decoded before the damage has
//! been yielded. Tar members are read one after another from the same stream; each
//! is detected and read like a file of its own, named `archive.tar!member`.

use crate::source::{BoxRead, Source};
use crate::{
    dispatch, strip_suffix, DocIter, Document, ErrorKind, IngestError, IngestOptions, Position,
};
use ruzstd::decoding::{FrameDecoder, StreamingDecoder};
use std::io::{self, Read};
use std::sync::{Arc, Mutex};

/// Decompress gzip and read what is inside.
pub(crate) fn gzip(src: Source, opts: &IngestOptions, depth: u32) -> DocIter {
    let inner = Source {
        reader: Box::new(flate2::read::MultiGzDecoder::new(src.reader)),
        name: strip_suffix(&src.name).unwrap_or_default(),
        ..src
    };
    dispatch(inner, opts, depth + 1, true)
}

/// Decompress zstd and read what is inside.
pub(crate) fn zstd(src: Source, opts: &IngestOptions, depth: u32) -> DocIter {
    let inner = Source {
        reader: Box::new(MultiZstd {
            state: ZState::Start(src.reader),
        }),
        name: strip_suffix(&src.name).unwrap_or_default(),
        ..src
    };
    dispatch(inner, opts, depth + 1, true)
}

enum ZState {
    Start(BoxRead),
    Frame(Box<StreamingDecoder<BoxRead, FrameDecoder>>),
    Done,
}

/// zstd decoder that reads any number of concatenated frames.
struct MultiZstd {
    state: ZState,
}

fn zerr(e: impl std::fmt::Display) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("corrupt zstd stream: {e}"),
    )
}

impl Read for MultiZstd {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            match std::mem::replace(&mut self.state, ZState::Done) {
                ZState::Done => return Ok(0),
                ZState::Start(mut r) => {
                    // End of stream between frames is the normal end.
                    let mut first = [0u8; 1];
                    let n = loop {
                        match r.read(&mut first) {
                            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                            other => break other?,
                        }
                    };
                    if n == 0 {
                        return Ok(0);
                    }
                    let chained: BoxRead = Box::new(io::Cursor::new(first).chain(r));
                    let dec = StreamingDecoder::new(chained).map_err(zerr)?;
                    self.state = ZState::Frame(Box::new(dec));
                }
                ZState::Frame(mut dec) => {
                    let n = dec.read(buf).map_err(|e| {
                        if e.kind() == io::ErrorKind::UnexpectedEof {
                            e
                        } else {
                            zerr(e)
                        }
                    })?;
                    if n > 0 || buf.is_empty() {
                        self.state = ZState::Frame(dec);
                        return Ok(n);
                    }
                    if !dec.decoder.is_finished() {
                        return Err(io::Error::new(
                            io::ErrorKind::UnexpectedEof,
                            "zstd frame is truncated",
                        ));
                    }
                    self.state = ZState::Start(dec.into_inner());
                }
            }
        }
    }
}

/// The stream under a tar archive and how much of the current member is unread.
struct Shared {
    reader: BoxRead,
    remaining: u64,
    /// The member reader hit the end of the stream (already reported by its reader).
    truncated: bool,
}

/// Reads the current tar member from the shared stream.
struct MemberRead(Arc<Mutex<Shared>>);

impl Read for MemberRead {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let mut s = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if s.remaining == 0 || buf.is_empty() {
            return Ok(0);
        }
        let want = buf
            .len()
            .min(usize::try_from(s.remaining).unwrap_or(usize::MAX));
        let n = s.reader.read(&mut buf[..want])?;
        if n == 0 {
            s.truncated = true;
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "tar member is truncated",
            ));
        }
        s.remaining -= n as u64;
        Ok(n)
    }
}

/// Iterator over the documents of every member of a tar archive.
struct TarIter {
    shared: Arc<Mutex<Shared>>,
    label: String,
    opts: IngestOptions,
    depth: u32,
    current: Option<DocIter>,
    padding: u64,
    offset: u64,
    long_name: Option<String>,
    done: bool,
}

/// Read each member of a tar archive as an input of its own.
pub(crate) fn tar(src: Source, opts: &IngestOptions, depth: u32) -> DocIter {
    Box::new(TarIter {
        shared: Arc::new(Mutex::new(Shared {
            reader: src.reader,
            remaining: 0,
            truncated: false,
        })),
        label: src.label,
        opts: opts.clone(),
        depth,
        current: None,
        padding: 0,
        offset: 0,
        long_name: None,
        done: false,
    })
}

/// Largest GNU long-name / pax header accepted.
const MAX_META: u64 = 1 << 20;

impl TarIter {
    fn err(&self, kind: ErrorKind, msg: impl Into<String>) -> IngestError {
        IngestError::new(
            &self.label,
            Position::default().at_offset(self.offset),
            kind,
            msg,
        )
    }

    /// Skip the unread rest of the current member and its padding.
    fn skip_rest(&mut self) -> io::Result<()> {
        let mut s = self.shared.lock().unwrap_or_else(|e| e.into_inner());
        let n = s.remaining + self.padding;
        s.remaining = 0;
        self.padding = 0;
        let copied = io::copy(&mut (&mut s.reader).take(n), &mut io::sink())?;
        if copied < n {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "tar archive is truncated",
            ));
        }
        Ok(())
    }

    fn read_meta(&mut self, size: u64) -> io::Result<Vec<u8>> {
        let mut s = self.shared.lock().unwrap_or_else(|e| e.into_inner());
        let mut buf = Vec::new();
        (&mut s.reader).take(size).read_to_end(&mut buf)?;
        if (buf.len() as u64) < size {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "tar archive is truncated",
            ));
        }
        Ok(buf)
    }

    /// Read the next header block; `None` at the end of the archive.
    fn next_header(&mut self) -> Result<Option<[u8; 512]>, IngestError> {
        let mut block = [0u8; 512];
        let mut s = self.shared.lock().unwrap_or_else(|e| e.into_inner());
        let mut filled = 0;
        while filled < 512 {
            match s.reader.read(&mut block[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    drop(s);
                    return Err(IngestError::io(
                        &self.label,
                        Position::default().at_offset(self.offset),
                        &e,
                    ));
                }
            }
        }
        drop(s);
        if filled == 0 {
            return Ok(None);
        }
        if filled < 512 {
            return Err(self.err(
                ErrorKind::Decompress,
                "tar archive is truncated inside a header",
            ));
        }
        if block.iter().all(|&b| b == 0) {
            return Ok(None);
        }
        Ok(Some(block))
    }
}

/// The checksum a tar header should carry.
fn checksum_ok(block: &[u8; 512]) -> bool {
    let field = &block[148..156];
    let text: String = field
        .iter()
        .take_while(|&&b| b != 0 && b != b' ')
        .map(|&b| b as char)
        .collect();
    let Ok(stored) = u32::from_str_radix(text.trim(), 8) else {
        return false;
    };
    let sum: u32 = block
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            if (148..156).contains(&i) {
                32
            } else {
                u32::from(b)
            }
        })
        .sum();
    sum == stored
}

impl Iterator for TarIter {
    type Item = Result<Document, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            if self.done {
                return None;
            }
            let truncated = self.shared.lock().map(|s| s.truncated).unwrap_or(true);
            if truncated {
                // The member's reader has reported it; nothing follows.
                self.done = true;
                return None;
            }
            if let Err(e) = self.skip_rest() {
                self.done = true;
                return Some(Err(IngestError::io(
                    &self.label,
                    Position::default().at_offset(self.offset),
                    &e,
                )));
            }
            let block = match self.next_header() {
                Ok(Some(b)) => b,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(e));
                }
            };
            if !checksum_ok(&block) {
                self.done = true;
                return Some(Err(self.err(
                    ErrorKind::Decompress,
                    "corrupt tar header (bad checksum); rest of archive skipped",
                )));
            }
            let header = tar::Header::from_byte_slice(&block);
            let size = match header.entry_size() {
                Ok(s) => s,
                Err(e) => {
                    self.done = true;
                    return Some(Err(
                        self.err(ErrorKind::Decompress, format!("corrupt tar header: {e}"))
                    ));
                }
            };
            self.offset += 512;
            let member_offset = self.offset;
            self.offset += size + (512 - size % 512) % 512;
            self.padding = (512 - size % 512) % 512;
            let kind = header.entry_type();
            if kind.is_gnu_longname() || kind.is_pax_local_extensions() {
                if size > MAX_META {
                    self.done = true;
                    return Some(Err(
                        self.err(ErrorKind::Decompress, "tar metadata block too large")
                    ));
                }
                let meta = match self.read_meta(size) {
                    Ok(m) => m,
                    Err(e) => {
                        self.done = true;
                        return Some(Err(IngestError::io(
                            &self.label,
                            Position::default().at_offset(member_offset),
                            &e,
                        )));
                    }
                };
                if kind.is_gnu_longname() {
                    let name = String::from_utf8_lossy(&meta);
                    self.long_name = Some(name.trim_end_matches('\0').to_string());
                } else if let Some(p) = pax_path(&meta) {
                    self.long_name = Some(p);
                }
                continue;
            }
            {
                let mut s = self.shared.lock().unwrap_or_else(|e| e.into_inner());
                s.remaining = size;
            }
            let name = self
                .long_name
                .take()
                .unwrap_or_else(|| String::from_utf8_lossy(&header.path_bytes()).into_owned());
            if !(kind.is_file() || kind.is_contiguous()) {
                continue;
            }
            let base = name.rsplit('/').next().unwrap_or(&name);
            if base.starts_with('.') {
                self.opts.tally.skip("hidden file or directory");
                continue;
            }
            let src = Source {
                reader: Box::new(MemberRead(Arc::clone(&self.shared))),
                label: format!("{}!{name}", self.label),
                name,
                anonymous: false,
            };
            self.current = Some(dispatch(src, &self.opts, self.depth + 1, false));
        }
    }
}

/// The `path` record of a pax extended header (`"<len> path=<value>\n"` records).
fn pax_path(meta: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(meta);
    text.lines().find_map(|rec| {
        let (_, kv) = rec.split_once(' ')?;
        kv.strip_prefix("path=").map(str::to_string)
    })
}
