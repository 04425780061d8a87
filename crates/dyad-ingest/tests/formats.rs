//! HTML, RSS/Atom, Reuters SGML and CSV readers on our own small fixtures.

use dyad_ingest::{open, url_id, Document, ErrorKind, IngestError, IngestOptions};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn read(name: &str) -> (Vec<Document>, Vec<IngestError>, IngestOptions) {
    let opts = IngestOptions::default();
    let (mut docs, mut errs) = (Vec::new(), Vec::new());
    for item in open(&fixture(name), &opts).unwrap() {
        match item {
            Ok(d) => docs.push(d),
            Err(e) => errs.push(e),
        }
    }
    (docs, errs, opts)
}

#[test]
fn html_main_text_and_metadata() {
    let (docs, errs, _) = read("article.html");
    assert!(errs.is_empty(), "{errs:?}");
    let d = &docs[0];
    assert!(
        d.text
            .contains("Delegations from the two neighbouring countries met in Geneva"),
        "{}",
        d.text
    );
    assert!(d.text.contains("lasting peace in the region"));
    for boilerplate in ["Subscribe now", "ShoeMart", "cheese", "All rights reserved"] {
        assert!(
            !d.text.contains(boilerplate),
            "kept {boilerplate:?}: {}",
            d.text
        );
    }
    assert_eq!(d.title.as_deref(), Some("Border talks resume after clash"));
    assert_eq!(d.date.unwrap().to_string(), "2024-03-05");
    assert_eq!(d.source.as_deref(), Some("Example Wire"));
    let url = d.url.as_deref().unwrap();
    assert!(
        url.contains("example-wire.test/world/border-talks-resume"),
        "{url}"
    );
    assert_eq!(
        d.id,
        url_id("https://example-wire.test/world/border-talks-resume")
    );
}

#[test]
fn html_meta_charset_is_honoured() {
    let (docs, errs, opts) = read("latin1.html");
    assert!(errs.is_empty(), "{errs:?}");
    assert!(
        docs[0].text.contains("Café owners in Montréal"),
        "{}",
        docs[0].text
    );
    assert!(
        docs[0].text.contains("mayor\u{2019}s office"),
        "{}",
        docs[0].text
    );
    assert_eq!(opts.summary().warnings, 0);
    // No URL in the page: the id is the file name as given.
    assert_eq!(docs[0].id, fixture("latin1.html").display().to_string());
}

#[test]
fn html_without_text_is_an_error_naming_the_file() {
    let (docs, errs, _) = read("notext.html");
    assert!(docs.is_empty());
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].kind, ErrorKind::Html);
    assert!(
        errs[0].to_string().contains("notext.html: no main text"),
        "{}",
        errs[0]
    );
}

#[test]
fn rss_items_become_documents() {
    let (docs, errs, opts) = read("feed.rss");
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(docs.len(), 3);
    let a = &docs[0];
    assert_eq!(a.title.as_deref(), Some("Ministers meet in Cairo"));
    assert_eq!(
        a.text,
        "Foreign ministers of Egypt and Jordan met in Cairo on Tuesday.\nThey discussed aid."
    );
    assert_eq!(a.date.unwrap().to_string(), "2024-03-05");
    assert_eq!(
        a.id,
        url_id("https://example-wire.test/world/ministers-meet")
    );
    assert_eq!(a.source.as_deref(), Some("Example Wire \u{2013} World"));
    // content:encoded wins over the shorter description.
    assert!(
        docs[1].text.starts_with("Protesters clashed with police"),
        "{}",
        docs[1].text
    );
    assert_eq!(docs[1].date.unwrap().to_string(), "2024-03-06");
    // A title-only item is coded from its title.
    assert_eq!(docs[2].text, "Headline only: army withdraws");
    assert_eq!(
        opts.summary().skipped["feed: item without text or title"],
        1
    );
}

#[test]
fn atom_entries_become_documents() {
    let (docs, errs, _) = read("feed.atom");
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0].title.as_deref(), Some("Talks collapse"));
    assert!(docs[0].text.starts_with("Negotiators walked out"));
    assert_eq!(
        docs[0].url.as_deref(),
        Some("https://atom.example.test/talks-collapse")
    );
    assert_eq!(docs[0].source.as_deref(), Some("Example Atom News"));
    // Only <updated>: 23:30 at -05:00 is the next day in UTC.
    assert_eq!(docs[1].date.unwrap().to_string(), "2024-02-02");
    assert_eq!(docs[1].text, "Rebels seized a town.");
}

#[test]
fn broken_feed_is_one_error() {
    let (docs, errs, _) = read("broken.rss");
    assert!(docs.is_empty());
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].kind, ErrorKind::Feed);
    assert!(
        errs[0]
            .to_string()
            .contains("broken.rss: not a valid RSS/Atom feed"),
        "{}",
        errs[0]
    );
}

#[test]
fn reuters_sgml_articles() {
    let (docs, errs, _) = read("sample.sgm");
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["101", "102", "104"]);
    let a = &docs[0];
    assert_eq!(a.date.unwrap().to_string(), "1987-03-02");
    assert_eq!(
        a.title.as_deref(),
        Some("MINISTERS MEET ON TRADE <DISPUTE>")
    );
    assert_eq!(
        a.text,
        "GENEVA, March 2 - Trade ministers met on Monday to settle the dispute & avoid sanctions."
    );
    assert_eq!(docs[1].text, "ARMY WITHDRAWS FROM BORDER TOWN");
    assert_eq!(docs[2].text, "Unprocessed wire text about a strike.");
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].kind, ErrorKind::Sgml);
    assert_eq!(errs[0].position.line, Some(18));
    assert!(
        errs[0]
            .to_string()
            .ends_with("sample.sgm:18: <REUTERS> tag without NEWID"),
        "{}",
        errs[0]
    );
}

#[test]
fn ag_news_csv_rows() {
    let (docs, errs, _) = read("agnews.csv");
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
    assert_eq!(docs[0].title.as_deref(), Some("Rebels seize town"));
    assert_eq!(
        docs[0].text,
        "Rebels seized the town of X on Monday, officials said."
    );
    assert_eq!(docs[1].title.as_deref(), Some("Quoted, title"));
    assert_eq!(
        docs[1].text,
        "Multi-line description with AT &T and $5 and it's fine"
    );
    assert_eq!(docs[2].text, "Only title");
    assert_eq!(errs.len(), 1);
    assert_eq!(
        (errs[0].kind, errs[0].position.line),
        (ErrorKind::Csv, Some(5))
    );
}
