//! HTML pages: main text (boilerplate dropped) and metadata, via `trafilatura`.
//!
//! The charset comes from, in order: a byte-order mark, the HTTP `Content-Type`
//! header (WARC), a `<meta charset>` / `http-equiv` tag in the first 2 KiB, else
//! UTF-8 with the windows-1252 fallback of `decode`. Title, publication date,
//! canonical URL and site name come from trafilatura's metadata (meta tags such as
//! `og:title`, `article:published_time`, `og:site_name`, `<link rel=canonical>`,
//! and JSON-LD `NewsArticle`), with a URL or date given by the container (WARC) as
//! fallback.

use crate::decode::{decode, encoding_for_label};
use crate::source::{read_bounded, Bounded, Source};
use crate::{
    content_id, url_id, DocIter, Document, ErrorKind, IngestError, IngestOptions, Position,
};
use dyad_core::Date;

/// A page whose main text has fewer words than this has no main text (a gallery,
/// an index page whose extraction kept only "Home").
pub(crate) const MIN_WORDS: usize = 8;

/// Attribute / JSON keys that carry a publication date, most specific first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "\"datepublished\"",
    "itemprop=\"datepublished\"",
    "og:published_time",
    "name=\"pubdate\"",
    "name=\"publishdate\"",
    "name=\"publish-date\"",
    "name=\"parsely-pub-date\"",
    "name=\"dc.date.issued\"",
    "name=\"dc.date\"",
    "name=\"date\"",
    "article:modified_time",
    "\"datemodified\"",
];

/// Publication date from meta tags (`article:published_time`, `pubdate`, Dublin
/// Core, ...), JSON-LD (`datePublished`), `itemprop`, else a `/YYYY/MM/DD/` URL.
/// Footer copyright years are never used.
pub(crate) fn published_date(html: &str, url: Option<&str>) -> Option<Date> {
    let lower = html.to_ascii_lowercase();
    for key in DATE_KEYS {
        let mut from = 0;
        while let Some(i) = lower[from..].find(key) {
            let at = from + i + key.len();
            from = at;
            // The value is the next quoted string within a short window
            // (content="..." of the same tag, or the JSON value).
            let window_end = (at + 200).min(lower.len());
            let Some(window) = html.get(at..window_end) else {
                continue;
            };
            let Some(d) = window.split(['"', '\'']).take(4).find_map(date_prefix) else {
                continue;
            };
            return Some(d);
        }
    }
    url.and_then(url_date)
}

/// A date at the start of a string: `2024-03-05`, `2024-03-05T08:30:00+00:00`, ...
fn date_prefix(s: &str) -> Option<Date> {
    let s = s.trim();
    dyad_core::parse_date(s).or_else(|| s.get(..10).and_then(dyad_core::parse_date))
}

/// `/2024/03/05/` in a URL.
fn url_date(url: &str) -> Option<Date> {
    let parts: Vec<&str> = url.split('/').collect();
    parts.windows(3).find_map(|w| {
        let (y, m, d) = (w[0], w[1], w[2]);
        if y.len() == 4 && m.len() == 2 && d.len() == 2 {
            chrono::NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
        } else {
            None
        }
    })
}

/// What a container knows about a page.
#[derive(Default)]
pub(crate) struct PageHints<'a> {
    /// Charset from an HTTP header.
    pub charset: Option<&'a str>,
    /// URL the page was fetched from.
    pub url: Option<&'a str>,
    /// Fetch date, used when the page has no publication date.
    pub date: Option<Date>,
}

/// Outcome of [`page_to_doc`] when no document comes out.
pub(crate) enum NoDoc {
    /// The page has no main text.
    NoText,
    /// The extractor failed.
    Failed(String),
}

/// Look for a charset declaration in the first bytes of a page.
pub(crate) fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head: String = bytes
        .iter()
        .take(2048)
        .map(|&b| (b as char).to_ascii_lowercase())
        .collect();
    // <meta charset="x">, content="text/html; charset=x", <?xml encoding="x"?>
    for key in ["charset=", "encoding="] {
        let mut from = 0;
        while let Some(i) = head[from..].find(key) {
            let start = from + i + key.len();
            let rest = head[start..].trim_start_matches(['"', '\'', ' ']);
            let value: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            if !value.is_empty() && encoding_for_label(&value).is_some() {
                return Some(value);
            }
            from = start;
        }
    }
    None
}

/// Charset parameter of a `Content-Type` header value.
pub(crate) fn header_charset(content_type: &str) -> Option<&str> {
    content_type.split(';').find_map(|p| {
        let (k, v) = p.split_once('=')?;
        (k.trim().eq_ignore_ascii_case("charset")).then(|| v.trim().trim_matches(['"', '\'']))
    })
}

/// Decode a page and extract its document. `fallback_id` is used when the page
/// has no URL (a file name); `None` means a content hash.
pub(crate) fn page_to_doc(
    bytes: &[u8],
    hints: &PageHints<'_>,
    fallback_id: Option<&str>,
    warn: &mut dyn FnMut(String),
) -> Result<Document, NoDoc> {
    let declared = hints
        .charset
        .and_then(encoding_for_label)
        .or_else(|| meta_charset(bytes).and_then(|c| encoding_for_label(&c)));
    let decoded = decode(bytes, declared);
    if let Some(w) = decoded.warning {
        warn(w);
    }
    let html = decoded.text;
    let topts =
        trafilatura::Options::default().with_html_date_mode(trafilatura::HtmlDateMode::Disabled);
    let result = trafilatura::extract(&html, &topts).map_err(|e| match e {
        trafilatura::TrafilaturaError::InsufficientContent { .. }
        | trafilatura::TrafilaturaError::DuplicateContent => NoDoc::NoText,
        other => NoDoc::Failed(other.to_string()),
    })?;
    let text = tidy(&result.content_text);
    if text.split_whitespace().count() < MIN_WORDS {
        return Err(NoDoc::NoText);
    }
    let meta = result.metadata;
    let nonempty = |s: String| {
        let t = s.trim().to_string();
        (!t.is_empty()).then_some(t)
    };
    let url = nonempty(meta.url).or_else(|| hints.url.map(str::to_string));
    let id = match (&url, fallback_id) {
        (Some(u), _) => url_id(u),
        (None, Some(f)) => f.to_string(),
        (None, None) => content_id(&text),
    };
    Ok(Document {
        id,
        text,
        date: published_date(&html, url.as_deref()).or(hints.date),
        title: nonempty(meta.title),
        url,
        source: nonempty(meta.sitename),
    })
}

/// Collapse runs of blank lines and trim each line.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

/// One HTML file = one document (id: its URL, else the file name as given, else a
/// content hash for stdin). A page with no main text is an [`ErrorKind::Html`] error.
pub(crate) fn read(src: Source, opts: &IngestOptions) -> DocIter {
    let opts = opts.clone();
    Box::new(std::iter::once_with(move || read_one(src, &opts)))
}

fn read_one(mut src: Source, opts: &IngestOptions) -> Result<Document, IngestError> {
    let err = |kind, msg: String| IngestError::new(&src.label, Position::default(), kind, msg);
    let bytes = match read_bounded(&mut src.reader, opts.max_doc_bytes) {
        Ok(Bounded::All(b)) => b,
        Ok(Bounded::TooLarge) => {
            return Err(err(
                ErrorKind::TooLarge,
                format!(
                    "page is over the {} byte document limit; skipped",
                    opts.max_doc_bytes
                ),
            ))
        }
        Err(e) => return Err(IngestError::io(&src.label, Position::default(), &e)),
    };
    let fallback = (!src.anonymous).then_some(src.label.as_str());
    let label = src.label.clone();
    let tally = opts.tally.clone();
    let mut warn = |w: String| tally.warn(format!("{label}: {w}"));
    page_to_doc(&bytes, &PageHints::default(), fallback, &mut warn).map_err(|e| match e {
        NoDoc::NoText => err(
            ErrorKind::Html,
            "no main text found in the page".to_string(),
        ),
        NoDoc::Failed(m) => err(ErrorKind::Html, format!("HTML extraction failed: {m}")),
    })
}

/// Strip tags from an HTML fragment (feed descriptions): drops `script`/`style`
/// content, turns block tags into line breaks, decodes entities, tidies spaces.
pub(crate) fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            // A lone '<' is text.
            out.push_str(after);
            rest = "";
            break;
        };
        let tag = after[1..gt].trim_start_matches('/').to_ascii_lowercase();
        let tag_name: String = tag
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        rest = &after[gt + 1..];
        if matches!(tag_name.as_str(), "script" | "style") && !after[1..].starts_with('/') {
            let close = format!("</{tag_name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&close) {
                Some(i) => rest[i..].find('>').map_or("", |j| &rest[i + j + 1..]),
                None => "",
            };
            continue;
        }
        if matches!(
            tag_name.as_str(),
            "p" | "br"
                | "div"
                | "li"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "tr"
                | "blockquote"
        ) {
            out.push('\n');
        } else if matches!(tag_name.as_str(), "td" | "th" | "img" | "hr") {
            out.push(' ');
        }
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    let mut result = String::with_capacity(decoded.len());
    for line in decoded.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            continue;
        }
        if !result.is_empty() {
            result.push('\n');
        }
        result.push_str(&words.join(" "));
    }
    result
}

/// Decode the common named entities and numeric character references.
pub(crate) fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let end = after
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|e| {
            let name = &after[1..e];
            let ch = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                "mdash" => Some('\u{2014}'),
                "ndash" => Some('\u{2013}'),
                "rsquo" => Some('\u{2019}'),
                "lsquo" => Some('\u{2018}'),
                "rdquo" => Some('\u{201d}'),
                "ldquo" => Some('\u{201c}'),
                "hellip" => Some('\u{2026}'),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(h) => u32::from_str_radix(h, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)
                }
            }?;
            Some((ch, e + 1))
        });
        match decoded {
            Some((ch, len)) => {
                out.push(ch);
                rest = &after[len..];
            }
            None => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_and_entities() {
        let s = strip_tags("<p>Troops &amp; tanks</p><script>var x=1;</script><p>crossed&#160;the <b>border</b>.</p>");
        assert_eq!(s, "Troops & tanks\ncrossed the border.");
    }

    #[test]
    fn finds_publication_dates() {
        let d = |h: &str, u: Option<&str>| published_date(h, u).map(|d| d.to_string());
        assert_eq!(
            d(
                r#"<meta property="article:published_time" content="2024-03-05T08:30:00Z">"#,
                None
            )
            .as_deref(),
            Some("2024-03-05")
        );
        assert_eq!(
            d(
                r#"{"@type":"NewsArticle","datePublished": "2023-11-02"}"#,
                None
            )
            .as_deref(),
            Some("2023-11-02")
        );
        assert_eq!(
            d(r#"<meta name="pubdate" content="2022-01-09">"#, None).as_deref(),
            Some("2022-01-09")
        );
        assert_eq!(
            d(
                "<footer>© 2024</footer>",
                Some("https://x.test/2021/07/04/story")
            )
            .as_deref(),
            Some("2021-07-04")
        );
        assert_eq!(d("<footer>© 2024</footer>", None), None);
    }

    #[test]
    fn finds_meta_charset() {
        assert_eq!(
            meta_charset(b"<html><head><meta charset=\"ISO-8859-1\">").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            )
            .as_deref(),
            Some("windows-1251")
        );
        assert_eq!(meta_charset(b"<html><body>no charset</body>"), None);
        assert_eq!(
            header_charset("text/html; charset=\"utf-8\""),
            Some("utf-8")
        );
    }
}
