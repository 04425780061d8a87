//! Document identity: stable ids from URLs or content, and de-duplication.

use crate::{Document, IngestError, Tally};
use std::collections::HashSet;
use xxhash_rust::xxh3::{xxh3_128, xxh3_64};

/// Query parameters that only track the reader and never change the article.
const TRACKING_PARAMS: &[&str] = &[
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "cmpid", "ocid", "ito",
    "ref", "ref_src", "smid", "_ga",
];

/// Normalise a URL so that the same article gets the same string: scheme and
/// `www.` dropped, host lowercased, default port, fragment, tracking parameters
/// (`utm_*`, `fbclid`, ...) and a trailing `/` removed, remaining query
/// parameters sorted.
///
/// ```
/// use dyad_ingest::normalize_url;
/// assert_eq!(
///     normalize_url("HTTPS://WWW.Example.com:443/News/a-b/?utm_source=x&b=2&a=1#top"),
///     "example.com/News/a-b?a=1&b=2"
/// );
/// assert_eq!(normalize_url("http://example.com/x/"), normalize_url("https://example.com/x"));
/// ```
pub fn normalize_url(url: &str) -> String {
    let url = url.trim();
    let url = url.split('#').next().unwrap_or("");
    let (scheme, rest) = match url.find("://") {
        Some(i) => (url[..i].to_ascii_lowercase(), &url[i + 3..]),
        None => (String::new(), url),
    };
    let (authority, path_query) = match rest.find(['/', '?']) {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    // Drop user info, lowercase, drop default port and "www.".
    let host = authority
        .rsplit('@')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let host = match (scheme.as_str(), host.rsplit_once(':')) {
        ("http", Some((h, "80"))) | ("https", Some((h, "443"))) => h.to_string(),
        _ => host,
    };
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    let (path, query) = match path_query.split_once('?') {
        Some((p, q)) => (p, q),
        None => (path_query, ""),
    };
    let path = path.trim_end_matches('/');
    let mut params: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split('=').next().unwrap_or("").to_ascii_lowercase();
            !key.starts_with("utm_") && !TRACKING_PARAMS.contains(&key.as_str())
        })
        .collect();
    params.sort_unstable();
    let mut out = host;
    out.push_str(path);
    if !params.is_empty() {
        out.push('?');
        out.push_str(&params.join("&"));
    }
    out
}

/// Stable document id from a URL: `u` + 16 hex digits of the xxh3-64 hash of
/// [`normalize_url`]. The same article under `http://www.x.com/a/` and
/// `https://x.com/a?utm_source=rss` gets the same id.
///
/// ```
/// let a = dyad_ingest::url_id("https://www.example.com/a/?utm_medium=rss");
/// assert_eq!(a, dyad_ingest::url_id("http://example.com/a"));
/// assert!(a.starts_with('u') && a.len() == 17);
/// ```
pub fn url_id(url: &str) -> String {
    format!("u{:016x}", xxh3_64(normalize_url(url).as_bytes()))
}

/// Stable document id from content: `h` + 16 hex digits of the xxh3-64 hash of
/// the whitespace-normalised text.
///
/// ```
/// let a = dyad_ingest::content_id("Troops  crossed\nthe border.");
/// assert_eq!(a, dyad_ingest::content_id("Troops crossed the border. "));
/// assert!(a.starts_with('h') && a.len() == 17);
/// ```
pub fn content_id(text: &str) -> String {
    let norm: Vec<&str> = text.split_whitespace().collect();
    format!("h{:016x}", xxh3_64(norm.join(" ").as_bytes()))
}

/// The id a document without an id of its own gets: from its URL if it has one,
/// else from its text.
pub fn derive_id(url: Option<&str>, text: &str) -> String {
    match url {
        Some(u) if !u.trim().is_empty() => url_id(u),
        _ => content_id(text),
    }
}

/// Hash of a text for near-exact duplicate detection: lowercase, letters and digits
/// only, so differences in spacing, punctuation and case do not count.
fn text_key(text: &str) -> u128 {
    if text.is_ascii() {
        // Most news is ASCII: the same key without decoding characters.
        let norm: Vec<u8> = text
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| b.to_ascii_lowercase())
            .collect();
        return xxh3_128(&norm);
    }
    char_key(text)
}

/// [`text_key`] character by character (any text; the ASCII fast path gives the same key).
fn char_key(text: &str) -> u128 {
    let norm: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    xxh3_128(norm.as_bytes())
}

/// Remembers documents already seen, by id and by normalised text, so that the
/// same article read twice (two feeds, a feed and a crawl) is coded once.
/// Memory: two 16-byte hashes per distinct document.
///
/// ```
/// use dyad_core::Document;
/// let mut d = dyad_ingest::Dedup::new();
/// let a = Document { id: "a".into(), text: "Troops crossed the border.".into(), ..Default::default() };
/// let b = Document { id: "b".into(), text: "troops crossed the border".into(), ..Default::default() };
/// let c = Document { id: "a".into(), text: "Something else.".into(), ..Default::default() };
/// assert!(d.is_new(&a));
/// assert!(!d.is_new(&b)); // same text
/// assert!(!d.is_new(&c)); // same id
/// assert_eq!(d.dropped(), 2);
/// ```
#[derive(Debug, Default)]
pub struct Dedup {
    ids: HashSet<u128>,
    texts: HashSet<u128>,
    dropped: u64,
}

impl Dedup {
    /// An empty de-duplicator.
    pub fn new() -> Dedup {
        Dedup::default()
    }

    /// True the first time a document (by id or by normalised text) is seen; false
    /// (and counted as dropped) afterwards. Both keys are remembered either way.
    pub fn is_new(&mut self, doc: &Document) -> bool {
        let new_id = self.ids.insert(xxh3_128(doc.id.as_bytes()));
        let new_text = self.texts.insert(text_key(&doc.text));
        let new = new_id && new_text;
        if !new {
            self.dropped += 1;
        }
        new
    }

    /// How many documents [`Dedup::is_new`] rejected.
    pub fn dropped(&self) -> u64 {
        self.dropped
    }

    /// Wrap a reader's output: duplicates are dropped and counted in
    /// `tally.duplicates`; errors pass through.
    pub fn filter<I>(mut self, iter: I, tally: Tally) -> impl Iterator<Item = I::Item> + Send
    where
        I: Iterator<Item = Result<Document, IngestError>> + Send,
    {
        iter.filter(move |item| match item {
            Ok(doc) => {
                let new = self.is_new(doc);
                if !new {
                    tally.with(|s| s.duplicates += 1);
                }
                new
            }
            Err(_) => true,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_path_gives_the_general_key() {
        for t in [
            "Troops crossed the border.",
            "TROOPS  crossed\tthe border!!",
            "",
            "123 Main St., 4-5 p.m.",
        ] {
            assert!(t.is_ascii());
            assert_eq!(text_key(t), char_key(t), "{t:?}");
        }
        // Spacing, punctuation and case do not count; accented text takes the general path.
        assert_eq!(
            text_key("Troops crossed the border."),
            text_key("troops crossed theborder")
        );
        assert_eq!(text_key("Zürich talks"), char_key("ZÜRICH TALKS"));
        assert_ne!(text_key("Zurich talks"), text_key("Zürich talks"));
    }
}
