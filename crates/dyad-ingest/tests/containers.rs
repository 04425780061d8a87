//! WARC, gzip, zstd, tar and directories, and the bad-input cases, with inputs
//! built in the test.

mod common;

use common::*;
use dyad_ingest::{from_reader, open, Document, ErrorKind, IngestError, IngestOptions, InputKind};
use std::io::Cursor;

fn split(items: Vec<Result<Document, IngestError>>) -> (Vec<Document>, Vec<IngestError>) {
    let (mut d, mut e) = (Vec::new(), Vec::new());
    for i in items {
        match i {
            Ok(x) => d.push(x),
            Err(x) => e.push(x),
        }
    }
    (d, e)
}

fn read(bytes: Vec<u8>, name: &str, opts: &IngestOptions) -> (Vec<Document>, Vec<IngestError>) {
    split(from_reader(None, Cursor::new(bytes), name, opts).collect())
}

fn sample_warc() -> Vec<u8> {
    let mut w = warc_record(
        "warcinfo",
        &[("Content-Type", "application/warc-fields")],
        b"software: test\r\n",
    );
    w.extend(warc_record(
        "request",
        &[
            ("WARC-Target-URI", "https://news.test/a"),
            ("Content-Type", "application/http; msgtype=request"),
        ],
        b"GET /a HTTP/1.1\r\nHost: news.test\r\n\r\n",
    ));
    w.extend(warc_response(
        "https://news.test/2024/03/05/a",
        "2024-03-06T10:00:00Z",
        200,
        "text/html; charset=utf-8",
        page(
            "Ministers meet",
            "Foreign ministers met in Cairo on Tuesday.",
        )
        .as_bytes(),
    ));
    w.extend(warc_response(
        "https://news.test/logo.png",
        "2024-03-06T10:00:01Z",
        200,
        "image/png",
        b"\x89PNG....",
    ));
    w.extend(warc_response(
        "https://news.test/gone",
        "2024-03-06T10:00:02Z",
        404,
        "text/html",
        b"<html>gone</html>",
    ));
    // A latin-1 page whose charset is only in the HTTP header, no date in the page.
    let latin = page(
        "Caf\u{e9} protest",
        "Caf\u{e9} owners marched in Montr\u{e9}al.",
    );
    let latin: Vec<u8> = latin.chars().map(|c| c as u32 as u8).collect();
    w.extend(warc_response(
        "https://news.test/cafe",
        "2024-03-07T23:00:00Z",
        200,
        "text/html; charset=ISO-8859-1",
        &latin,
    ));
    w
}

#[test]
fn warc_response_records_become_documents() {
    let opts = IngestOptions::default();
    let (docs, errs) = read(sample_warc(), "crawl.warc", &opts);
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(docs.len(), 2);
    assert_eq!(
        docs[0].url.as_deref(),
        Some("https://news.test/2024/03/05/a")
    );
    assert_eq!(
        docs[0].id,
        dyad_ingest::url_id("https://news.test/2024/03/05/a")
    );
    // Date from the URL beats the crawl date.
    assert_eq!(docs[0].date.unwrap().to_string(), "2024-03-05");
    assert!(docs[0].text.contains("Foreign ministers met in Cairo"));
    assert!(!docs[0].text.contains("Home"));
    assert!(
        docs[1].text.contains("Café owners marched in Montréal"),
        "{}",
        docs[1].text
    );
    assert_eq!(
        docs[1].date.unwrap().to_string(),
        "2024-03-07",
        "WARC-Date fallback"
    );
    let s = opts.summary();
    assert_eq!(s.skipped["warc: warcinfo record"], 1);
    assert_eq!(s.skipped["warc: request record"], 1);
    assert_eq!(s.skipped["warc: non-HTML response (image/png)"], 1);
    assert_eq!(s.skipped["warc: HTTP status 404"], 1);
    assert_eq!(s.documents, 2);
}

#[test]
fn warc_gz_multi_member_is_streamed() {
    // One gzip member per record, as crawlers write them.
    let mut gz = Vec::new();
    let mut rest = sample_warc();
    while let Some(i) = rest.windows(8).skip(1).position(|w| w == b"WARC/1.0") {
        let tail = rest.split_off(i + 1);
        gz.extend(gzip(&rest));
        rest = tail;
    }
    gz.extend(gzip(&rest));
    let opts = IngestOptions::default();
    let (docs, errs) = read(gz, "crawl.warc.gz", &opts);
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(docs.len(), 2);
}

#[test]
fn corrupt_warc_record_is_reported_and_reading_resyncs() {
    let mut w = warc_response(
        "https://news.test/1",
        "2024-01-01T00:00:00Z",
        200,
        "text/html",
        page("One", "First story here.").as_bytes(),
    );
    // A record with a non-numeric Content-Length, then junk lines.
    w.extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\ngarbage garbage\r\nmore garbage\r\n");
    w.extend(warc_response(
        "https://news.test/3",
        "2024-01-03T00:00:00Z",
        200,
        "text/html",
        page("Three", "Third story here.").as_bytes(),
    ));
    // Stray bytes between records.
    w.extend_from_slice(b"\x00\x01binary junk\r\n");
    w.extend(warc_response(
        "https://news.test/4",
        "2024-01-04T00:00:00Z",
        200,
        "text/html",
        page("Four", "Fourth story here.").as_bytes(),
    ));
    let opts = IngestOptions::default();
    let (docs, errs) = read(w, "bad.warc", &opts);
    let urls: Vec<&str> = docs.iter().filter_map(|d| d.url.as_deref()).collect();
    assert_eq!(
        urls,
        [
            "https://news.test/1",
            "https://news.test/3",
            "https://news.test/4"
        ]
    );
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert_eq!(errs[0].kind, ErrorKind::Warc);
    assert_eq!(errs[0].position.record, Some(2));
    assert!(
        errs[0].to_string().starts_with("bad.warc: record 2, byte "),
        "{}",
        errs[0]
    );
    assert!(errs[0].message.contains("Content-Length"));
    assert!(
        errs[1]
            .message
            .contains("expected a `WARC/1.x` record header"),
        "{}",
        errs[1]
    );
}

#[test]
fn truncated_warc_record_keeps_earlier_documents() {
    let mut w = warc_response(
        "https://news.test/1",
        "2024-01-01T00:00:00Z",
        200,
        "text/html",
        page("One", "First story here.").as_bytes(),
    );
    let second = warc_response(
        "https://news.test/2",
        "2024-01-02T00:00:00Z",
        200,
        "text/html",
        page("Two", "Second story here.").as_bytes(),
    );
    w.extend_from_slice(&second[..second.len() / 2]);
    let opts = IngestOptions::default();
    let (docs, errs) = read(w, "cut.warc", &opts);
    assert_eq!(docs.len(), 1);
    assert_eq!(errs.len(), 1);
    assert!(errs[0].message.contains("truncated"), "{}", errs[0]);
}

#[test]
fn oversized_warc_record_is_skipped_without_buffering() {
    let big = page("Big", &"Word ".repeat(50_000));
    let mut w = warc_response(
        "https://news.test/big",
        "2024-01-01T00:00:00Z",
        200,
        "text/html",
        big.as_bytes(),
    );
    w.extend(warc_response(
        "https://news.test/ok",
        "2024-01-01T00:00:00Z",
        200,
        "text/html",
        page("Ok", "Small story here.").as_bytes(),
    ));
    let opts = IngestOptions {
        max_doc_bytes: 64 * 1024,
        ..Default::default()
    };
    let (docs, errs) = read(w, "big.warc", &opts);
    assert_eq!(docs.len(), 1);
    assert_eq!(errs[0].kind, ErrorKind::TooLarge);
}

#[test]
fn gzip_and_zstd_jsonl_are_detected_by_magic() {
    let jsonl = b"{\"id\":\"a\",\"text\":\"x y z\"}\n{\"id\":\"b\",\"text\":\"p q r\"}\n";
    for (bytes, name) in [
        (gzip(jsonl), "n.jsonl.gz"),
        (zstd(jsonl), "n.jsonl.zst"),
        (gzip(jsonl), "no-extension"),
    ] {
        let opts = IngestOptions::default();
        let (docs, errs) = read(bytes, name, &opts);
        assert!(errs.is_empty(), "{name}: {errs:?}");
        assert_eq!(docs.len(), 2, "{name}");
    }
    // Two concatenated zstd frames.
    let mut two = zstd(&jsonl[..26]);
    two.extend(zstd(&jsonl[26..]));
    let (docs, errs) = read(two, "two.jsonl.zst", &IngestOptions::default());
    assert!(errs.is_empty(), "{errs:?}");
    assert_eq!(docs.len(), 2);
}

#[test]
fn truncated_gzip_keeps_lines_before_the_damage() {
    let mut jsonl = Vec::new();
    for i in 0..2000 {
        jsonl.extend_from_slice(
            format!("{{\"id\":\"d{i}\",\"text\":\"story number {i} about talks\"}}\n").as_bytes(),
        );
    }
    let gz = gzip(&jsonl);
    let cut = gz[..gz.len() * 2 / 3].to_vec();
    let opts = IngestOptions::default();
    let (docs, errs) = read(cut, "cut.jsonl.gz", &opts);
    assert!(docs.len() > 100, "{}", docs.len());
    assert_eq!(docs[0].id, "d0");
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].kind, ErrorKind::Decompress);
    assert!(
        errs[0].to_string().starts_with("cut.jsonl.gz:"),
        "{}",
        errs[0]
    );
}

#[test]
fn corrupt_zstd_is_an_error() {
    let mut z = zstd(&b"{\"id\":\"a\",\"text\":\"x\"}\n".repeat(500));
    let n = z.len();
    for b in &mut z[12..n - 4] {
        *b ^= 0x5a;
    }
    let (_docs, errs) = read(z, "bad.jsonl.zst", &IngestOptions::default());
    assert!(!errs.is_empty());
    assert!(errs.iter().all(|e| e.file == "bad.jsonl.zst"));
}

#[test]
fn tar_members_are_read_by_their_own_kind() {
    let rss = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/feed.atom"
    ))
    .unwrap();
    let inner_gz = gzip(b"{\"id\":\"z\",\"text\":\"zipped inside tar\"}\n");
    let t = tar(&[
        ("dir/a.txt", b"Plain text story about a ceasefire."),
        (
            "dir/b.jsonl",
            b"{\"id\":\"j1\",\"text\":\"json story\"}\nnot json\n",
        ),
        ("dir/c.atom", &rss),
        ("dir/d.jsonl.gz", &inner_gz),
        ("dir/image.png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("dir/.hidden.txt", b"hidden"),
    ]);
    let opts = IngestOptions::default();
    let (docs, errs) = read(gzip(&t), "bundle.tar.gz", &opts);
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids[0], "bundle.tar.gz!dir/a.txt");
    assert_eq!(ids[1], "j1");
    assert_eq!(ids.len(), 5, "{ids:?}");
    assert_eq!(ids[4], "z");
    assert_eq!(errs.len(), 1);
    assert_eq!(
        errs[0].to_string(),
        "bundle.tar.gz!dir/b.jsonl:2: malformed JSON: expected ident at line 1 column 2"
    );
    let s = opts.summary();
    assert_eq!(s.skipped["unknown file extension"], 1);
    assert_eq!(s.skipped["hidden file or directory"], 1);
}

#[test]
fn truncated_tar_reports_and_keeps_earlier_members() {
    let t = tar(&[
        ("a.txt", b"First story in the archive."),
        ("b.txt", &[b'x'; 5000]),
    ]);
    let cut = t[..512 + 512 + 512 + 1000].to_vec();
    let (docs, errs) = read(cut, "cut.tar", &IngestOptions::default());
    assert_eq!(docs.len(), 1);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].kind, ErrorKind::Decompress);
    assert!(errs[0].file.starts_with("cut.tar!b.txt"), "{}", errs[0]);
}

#[test]
fn binary_junk_is_an_error_for_an_explicit_input() {
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
        .collect();
    let (docs, errs) = read(junk, "junk.bin", &IngestOptions::default());
    assert!(docs.is_empty());
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].kind, ErrorKind::Unsupported);
    assert!(errs[0].to_string().starts_with("junk.bin: binary content"));
}

#[test]
fn directory_walk_is_sorted_and_recursive() {
    let dir = std::env::temp_dir().join(format!("dyad-ingest-walk-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub/deeper")).unwrap();
    std::fs::write(dir.join("b.txt"), "Story B about a summit.").unwrap();
    std::fs::write(
        dir.join("a.jsonl"),
        "{\"id\":\"a1\",\"text\":\"Story A.\"}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("sub/deeper/c.txt.gz"),
        gzip(b"Story C, compressed."),
    )
    .unwrap();
    std::fs::write(dir.join("sub/notes.md"), "not read").unwrap();
    std::fs::write(dir.join(".DS_Store"), b"\x00\x00\x00\x01Bud1").unwrap();
    let opts = IngestOptions::default();
    let docs: Vec<Document> = open(&dir, &opts)
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let ids: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    let d = dir.display();
    assert_eq!(
        ids,
        [
            "a1".to_string(),
            format!("{d}/b.txt"),
            format!("{d}/sub/deeper/c.txt.gz")
        ]
    );
    assert_eq!(docs[2].text, "Story C, compressed.");
    let s = opts.summary();
    assert_eq!((s.files, s.documents), (3, 3));
    assert_eq!(s.skipped_total(), 2);
    // Progress: every byte of the three inputs was read (the gzip file as stored), plus
    // at most the unknown-extension file's sniffed head; the size walk counts all four
    // files, not the hidden one.
    let size = |p: &str| std::fs::metadata(dir.join(p)).unwrap().len();
    let read = size("a.jsonl") + size("b.txt") + size("sub/deeper/c.txt.gz");
    let total = dyad_ingest::input_size(std::slice::from_ref(&dir));
    assert_eq!(total, read + size("sub/notes.md"));
    assert!((read..=total).contains(&opts.tally.bytes_read()));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn forced_kind_overrides_detection() {
    let opts = IngestOptions::default();
    let (docs, _) = read(
        b"{\"looks\":\"like json\"}".to_vec(),
        "x.jsonl",
        &IngestOptions {
            kind: Some(InputKind::Text),
            ..opts
        },
    );
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].text, "{\"looks\":\"like json\"}");
}
