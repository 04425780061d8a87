//! JSONL and plain-text readers, end to end through the public API.

use dyad_ingest::{from_reader, open, Dedup, ErrorKind, IngestOptions, InputKind};
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

#[test]
fn jsonl_reads_good_lines_and_reports_bad_ones() {
    let opts = IngestOptions::default();
    let path = fixture("news.jsonl");
    let items: Vec<_> = open(&path, &opts).unwrap().collect();
    let docs: Vec<_> = items.iter().filter_map(|r| r.as_ref().ok()).collect();
    let errs: Vec<_> = items.iter().filter_map(|r| r.as_ref().err()).collect();
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "d1",
            dyad_ingest::url_id("https://example.com/b").as_str(),
            "7",
            "d8",
            "d11"
        ]
    );
    let d1 = docs[0];
    assert_eq!(d1.date.unwrap().to_string(), "2024-03-05");
    assert_eq!(d1.title.as_deref(), Some("Missile test"));
    assert_eq!(d1.url.as_deref(), Some("https://example.com/a"));
    assert_eq!(d1.source.as_deref(), Some("Example Wire"));
    assert_eq!(docs[2].date.unwrap().to_string(), "2024-03-05");
    assert_eq!(docs[3].date, None);

    let lines: Vec<(u64, ErrorKind)> = errs
        .iter()
        .map(|e| (e.position.line.unwrap(), e.kind))
        .collect();
    assert_eq!(
        lines,
        [
            (3, ErrorKind::Json),
            (4, ErrorKind::MissingField),
            (9, ErrorKind::Json)
        ]
    );
    let shown = errs[0].to_string();
    assert!(
        shown.starts_with(&format!("{}:3: malformed JSON", path.display())),
        "{shown}"
    );

    let s = opts.summary();
    assert_eq!(s.documents, 5);
    assert_eq!(s.errors_total(), 3);
    assert_eq!(s.skipped["jsonl: empty text"], 1);
    assert_eq!(s.warnings, 1);
    assert!(
        s.warning_samples[0].contains(":7: unparsable date"),
        "{:?}",
        s.warning_samples
    );
    assert_eq!(s.files, 1);
}

#[test]
fn jsonl_invalid_utf8_is_an_error_and_reading_goes_on() {
    let opts = IngestOptions::default();
    let items: Vec<_> = open(&fixture("bad_utf8.jsonl"), &opts).unwrap().collect();
    assert_eq!(items.len(), 2);
    let e = items[0].as_ref().unwrap_err();
    assert_eq!(e.kind, ErrorKind::InvalidUtf8);
    assert_eq!(e.position.line, Some(1));
    assert_eq!(items[1].as_ref().unwrap().id, "u2");
}

#[test]
fn jsonl_huge_line_is_skipped_with_bounded_memory() {
    // A 50 MB single line under a 1 MiB limit: an error for line 2, then line 3 is read.
    let mut data = b"{\"id\":\"a\",\"text\":\"first\"}\n{\"id\":\"big\",\"text\":\"".to_vec();
    data.resize(data.len() + 50_000_000, b'x');
    data.extend_from_slice(b"\"}\n{\"id\":\"c\",\"text\":\"after\"}\n");
    let opts = IngestOptions {
        max_line_bytes: 1 << 20,
        ..Default::default()
    };
    let items: Vec<_> = from_reader(
        Some(InputKind::Jsonl),
        std::io::Cursor::new(data),
        "big.jsonl",
        &opts,
    )
    .collect();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].as_ref().unwrap().id, "a");
    let e = items[1].as_ref().unwrap_err();
    assert_eq!((e.kind, e.position.line), (ErrorKind::TooLarge, Some(2)));
    assert!(
        e.to_string().starts_with("big.jsonl:2: line is 500000"),
        "{e}"
    );
    assert_eq!(items[2].as_ref().unwrap().id, "c");
}

#[test]
fn jsonl_crlf_and_bom() {
    let data = "\u{feff}{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n";
    let opts = IngestOptions::default();
    let ids: Vec<String> = from_reader(None, data.as_bytes(), "s.jsonl", &opts)
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(ids, ["a", "b"]);
}

#[test]
fn text_file_is_one_document_with_path_id() {
    let opts = IngestOptions::default();
    let path = fixture("article.txt");
    let docs: Vec<_> = open(&path, &opts)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].id, path.display().to_string());
    assert!(docs[0].text.starts_with("Troops crossed the border"));
}

#[test]
fn text_latin1_is_decoded_with_a_warning() {
    let opts = IngestOptions::default();
    let docs: Vec<_> = open(&fixture("latin1.txt"), &opts)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        docs[0].text,
        "Café owners in Montréal protested the new tax.\n"
    );
    assert_eq!(opts.summary().warnings, 1);
}

#[test]
fn empty_text_file_is_skipped_and_counted() {
    let opts = IngestOptions::default();
    assert_eq!(open(&fixture("empty.txt"), &opts).unwrap().count(), 0);
    assert_eq!(opts.summary().skipped["empty file"], 1);
}

#[test]
fn stdin_like_text_gets_a_content_id() {
    let opts = IngestOptions::default();
    let docs: Vec<_> = from_reader(Some(InputKind::Text), &b"Some text."[..], "", &opts)
        .collect::<Result<_, _>>()
        .unwrap();
    // No name (as for stdin): the id is a content hash.
    assert_eq!(docs[0].id, dyad_ingest::content_id("Some text."));
    assert_eq!(
        dyad_ingest::content_id("Some  text."),
        dyad_ingest::content_id("Some text.")
    );
}

#[test]
fn missing_file_is_an_error_from_open() {
    let opts = IngestOptions::default();
    let e = open(&fixture("no-such-file.jsonl"), &opts).err().unwrap();
    assert_eq!(e.kind, ErrorKind::Io);
    assert!(e.to_string().contains("no-such-file.jsonl"));
}

#[test]
fn dedup_drops_repeats_and_counts_them() {
    let data = "{\"id\":\"a\",\"text\":\"Same story.\"}\n{\"id\":\"b\",\"text\":\"same  story\"}\n{\"id\":\"a\",\"text\":\"Other.\"}\n{\"id\":\"c\",\"text\":\"New.\"}\n";
    let opts = IngestOptions::default();
    let it = from_reader(None, data.as_bytes(), "d.jsonl", &opts);
    let ids: Vec<String> = Dedup::new()
        .filter(it, opts.tally.clone())
        .map(|r| r.unwrap().id)
        .collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(opts.summary().duplicates, 2);
}
