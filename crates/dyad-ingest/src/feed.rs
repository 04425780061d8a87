//! RSS 2.0 / RSS 1.0 / Atom feeds (via `feed-rs`): one document per item.
//!
//! Text is the item's content (`content:encoded`, Atom `content`) when present,
//! else its description/summary, with HTML stripped; an item with neither uses its
//! title. The feed is parsed as a whole, so a feed over `max_doc_bytes` is an
//! error; a feed that does not parse is one [`ErrorKind::Feed`] error. Dates are
//! `pubDate` / `published`, else `updated`, taken in UTC.

use crate::html::strip_tags;
use crate::source::{read_bounded, Bounded, Source};
use crate::{derive_id, DocIter, Document, ErrorKind, IngestError, IngestOptions, Position};

pub(crate) fn read(src: Source, opts: &IngestOptions) -> DocIter {
    let opts = opts.clone();
    Box::new(std::iter::once_with(move || read_all(src, &opts)).flatten())
}

fn read_all(mut src: Source, opts: &IngestOptions) -> Vec<Result<Document, IngestError>> {
    let err = |kind, msg: String| {
        vec![Err(IngestError::new(
            &src.label,
            Position::default(),
            kind,
            msg,
        ))]
    };
    let bytes = match read_bounded(&mut src.reader, opts.max_doc_bytes) {
        Ok(Bounded::All(b)) => b,
        Ok(Bounded::TooLarge) => {
            return err(
                ErrorKind::TooLarge,
                format!(
                    "feed is over the {} byte document limit; skipped",
                    opts.max_doc_bytes
                ),
            )
        }
        Err(e) => return vec![Err(IngestError::io(&src.label, Position::default(), &e))],
    };
    let feed = match feed_rs::parser::parse(&bytes[..]) {
        Ok(f) => f,
        Err(e) => return err(ErrorKind::Feed, format!("not a valid RSS/Atom feed: {e}")),
    };
    let feed_title = feed
        .title
        .map(|t| strip_tags(&t.content))
        .filter(|t| !t.is_empty());
    let mut out = Vec::new();
    for entry in feed.entries {
        let title = entry
            .title
            .map(|t| strip_tags(&t.content))
            .filter(|t| !t.is_empty());
        let content = entry
            .content
            .and_then(|c| c.body)
            .map(|b| strip_tags(&b))
            .unwrap_or_default();
        let summary = entry
            .summary
            .map(|s| strip_tags(&s.content))
            .unwrap_or_default();
        let text = if content.len() >= summary.len() {
            content
        } else {
            summary
        };
        let text = if text.is_empty() {
            title.clone().unwrap_or_default()
        } else {
            text
        };
        if text.is_empty() {
            opts.tally.skip("feed: item without text or title");
            continue;
        }
        let url = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or_else(|| entry.links.first())
            .map(|l| l.href.trim().to_string())
            .filter(|h| !h.is_empty());
        let date = entry.published.or(entry.updated).map(|d| d.date_naive());
        out.push(Ok(Document {
            id: derive_id(url.as_deref(), &text),
            text,
            date,
            title,
            url,
            source: feed_title.clone(),
        }));
    }
    if out.is_empty() {
        opts.tally.skip("feed: no items");
    }
    out
}
