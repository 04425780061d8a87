//! Input kinds and their detection by file name and content.

use std::fmt;
use std::str::FromStr;

/// What an input is. Containers ([`InputKind::Gzip`], [`InputKind::Zstd`],
/// [`InputKind::Tar`]) are opened and their contents detected again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputKind {
    /// Plain text: one document per file.
    Text,
    /// JSON Lines: one document per line (`id`, `text`, `date`, `title`, `url`, `source`).
    Jsonl,
    /// One HTML page: main text, title, date, URL and site from meta tags / JSON-LD.
    Html,
    /// An RSS 2.0 / RSS 1.0 / Atom feed: one document per item.
    Rss,
    /// A WARC file: one document per HTML response record.
    Warc,
    /// Reuters-21578 SGML (`<REUTERS NEWID=..>`): one document per article.
    ReutersSgml,
    /// CSV in the AG News layout (`label,title,description`): one document per row.
    Csv,
    /// gzip-compressed (any number of members).
    Gzip,
    /// zstd-compressed.
    Zstd,
    /// A tar archive: each regular member is read as its own input.
    Tar,
}

impl InputKind {
    /// The lowercase name used by `--format` and in messages.
    ///
    /// ```
    /// assert_eq!(dyad_ingest::InputKind::ReutersSgml.as_str(), "sgml");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            InputKind::Text => "text",
            InputKind::Jsonl => "jsonl",
            InputKind::Html => "html",
            InputKind::Rss => "rss",
            InputKind::Warc => "warc",
            InputKind::ReutersSgml => "sgml",
            InputKind::Csv => "csv",
            InputKind::Gzip => "gzip",
            InputKind::Zstd => "zstd",
            InputKind::Tar => "tar",
        }
    }

    /// Every kind, for help texts.
    pub const ALL: [InputKind; 10] = [
        InputKind::Text,
        InputKind::Jsonl,
        InputKind::Html,
        InputKind::Rss,
        InputKind::Warc,
        InputKind::ReutersSgml,
        InputKind::Csv,
        InputKind::Gzip,
        InputKind::Zstd,
        InputKind::Tar,
    ];

    /// Kind from a file name's extension (case-insensitive), `None` if unknown.
    /// Compound names are read from the right: `a.jsonl.gz` is [`InputKind::Gzip`]
    /// (its content, after decompression, is then detected as `a.jsonl`). A name
    /// without a dot is taken as a bare extension (`jsonl`); for `--format` values
    /// prefer [`str::parse`], which also knows `text`, `atom`, `reuters`.
    ///
    /// ```
    /// use dyad_ingest::InputKind;
    /// assert_eq!(InputKind::from_name("x/NEWS.JSONL"), Some(InputKind::Jsonl));
    /// assert_eq!(InputKind::from_name("crawl.warc.gz"), Some(InputKind::Gzip));
    /// assert_eq!(InputKind::from_name("reut2-000.sgm"), Some(InputKind::ReutersSgml));
    /// assert_eq!(InputKind::from_name("README"), None);
    /// assert_eq!(InputKind::from_name("jsonl"), Some(InputKind::Jsonl));
    /// ```
    pub fn from_name(name: &str) -> Option<InputKind> {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let ext = base
            .rsplit_once('.')
            .map_or(base, |(_, e)| e)
            .to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "text" => InputKind::Text,
            "jsonl" | "ndjson" | "jsonlines" => InputKind::Jsonl,
            "html" | "htm" | "xhtml" => InputKind::Html,
            "rss" | "atom" | "xml" | "rdf" => InputKind::Rss,
            "warc" => InputKind::Warc,
            "sgm" | "sgml" => InputKind::ReutersSgml,
            "csv" => InputKind::Csv,
            "gz" | "tgz" | "gzip" => InputKind::Gzip,
            "zst" | "zstd" | "tzst" => InputKind::Zstd,
            "tar" => InputKind::Tar,
            _ => return None,
        })
    }

    /// Kind from the first bytes of the content (magic numbers, then markup).
    /// Returns `None` for content that looks binary.
    ///
    /// ```
    /// use dyad_ingest::InputKind;
    /// assert_eq!(InputKind::sniff(b"\x1f\x8b\x08\x00"), Some(InputKind::Gzip));
    /// assert_eq!(InputKind::sniff(b"WARC/1.1\r\n"), Some(InputKind::Warc));
    /// assert_eq!(InputKind::sniff(b"<?xml version='1.0'?><rss version='2.0'>"), Some(InputKind::Rss));
    /// assert_eq!(InputKind::sniff(b"<!DOCTYPE html><html>"), Some(InputKind::Html));
    /// assert_eq!(InputKind::sniff(b"{\"id\":\"1\",\"text\":\"x\"}\n"), Some(InputKind::Jsonl));
    /// assert_eq!(InputKind::sniff(b"Troops crossed the border."), Some(InputKind::Text));
    /// assert_eq!(InputKind::sniff(b"\x00\x01\x02\x03junk"), None);
    /// ```
    pub fn sniff(prefix: &[u8]) -> Option<InputKind> {
        if prefix.starts_with(&[0x1f, 0x8b]) {
            return Some(InputKind::Gzip);
        }
        if prefix.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            return Some(InputKind::Zstd);
        }
        if prefix.len() >= 262 && &prefix[257..262] == b"ustar" {
            return Some(InputKind::Tar);
        }
        if prefix.starts_with(b"WARC/") {
            return Some(InputKind::Warc);
        }
        let body = strip_bom_ws(prefix);
        if body.first() == Some(&b'{') {
            return Some(InputKind::Jsonl);
        }
        if body.first() == Some(&b'<') {
            let head: Vec<u8> = body.iter().take(2048).map(u8::to_ascii_lowercase).collect();
            let has = |needle: &[u8]| head.windows(needle.len()).any(|w| w == needle);
            if has(b"<reuters") || has(b"<!doctype lewis") {
                return Some(InputKind::ReutersSgml);
            }
            if has(b"<rss") || has(b"<feed") || has(b"<rdf:rdf") {
                return Some(InputKind::Rss);
            }
            return Some(InputKind::Html);
        }
        if looks_binary(prefix) {
            return None;
        }
        Some(InputKind::Text)
    }
}

fn strip_bom_ws(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(b);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    &b[start..]
}

/// Binary if it has NUL bytes (and no UTF-16 BOM) or many control characters.
pub(crate) fn looks_binary(prefix: &[u8]) -> bool {
    if prefix.starts_with(&[0xff, 0xfe]) || prefix.starts_with(&[0xfe, 0xff]) {
        return false;
    }
    if prefix.contains(&0) {
        return true;
    }
    let control = prefix
        .iter()
        .filter(|&&c| c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 20 > prefix.len().max(1)
}

impl fmt::Display for InputKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error of [`InputKind::from_str`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown input format `{0}` (expected one of text, jsonl, html, rss, atom, warc, sgml, csv, gzip, zstd, tar)")]
pub struct UnknownKind(pub String);

impl FromStr for InputKind {
    type Err = UnknownKind;

    /// Parse a `--format` value; `atom` and `feed` mean [`InputKind::Rss`],
    /// `reuters` means [`InputKind::ReutersSgml`].
    ///
    /// ```
    /// use dyad_ingest::InputKind;
    /// assert_eq!("atom".parse::<InputKind>().unwrap(), InputKind::Rss);
    /// assert!("pdf".parse::<InputKind>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<InputKind, UnknownKind> {
        let k = match s.to_ascii_lowercase().as_str() {
            "text" | "txt" => InputKind::Text,
            "jsonl" | "ndjson" => InputKind::Jsonl,
            "html" | "htm" => InputKind::Html,
            "rss" | "atom" | "feed" => InputKind::Rss,
            "warc" => InputKind::Warc,
            "sgml" | "sgm" | "reuters" => InputKind::ReutersSgml,
            "csv" => InputKind::Csv,
            "gzip" | "gz" => InputKind::Gzip,
            "zstd" | "zst" => InputKind::Zstd,
            "tar" => InputKind::Tar,
            _ => return Err(UnknownKind(s.to_string())),
        };
        Ok(k)
    }
}
