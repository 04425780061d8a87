//! Property tests: the readers never panic and always terminate on random or
//! mutated input, and every valid JSONL line survives junk around it.

mod common;

use common::*;
use dyad_ingest::{from_reader, IngestOptions, InputKind};
use proptest::prelude::*;
use std::io::Cursor;

const KINDS: [Option<InputKind>; 11] = [
    None,
    Some(InputKind::Text),
    Some(InputKind::Jsonl),
    Some(InputKind::Html),
    Some(InputKind::Rss),
    Some(InputKind::Warc),
    Some(InputKind::ReutersSgml),
    Some(InputKind::Csv),
    Some(InputKind::Gzip),
    Some(InputKind::Zstd),
    Some(InputKind::Tar),
];

/// Run a reader to the end (bounded), small limits so that limit paths are hit too.
fn drain(kind: Option<InputKind>, bytes: Vec<u8>, name: &str) -> usize {
    let opts = IngestOptions {
        max_line_bytes: 4096,
        max_doc_bytes: 64 * 1024,
        ..Default::default()
    };
    from_reader(kind, Cursor::new(bytes), name, &opts)
        .take(1_000_000)
        .count()
}

fn seeds() -> Vec<(Vec<u8>, &'static str)> {
    let fx = |n: &str| {
        std::fs::read(format!("{}/tests/fixtures/{n}", env!("CARGO_MANIFEST_DIR"))).unwrap()
    };
    let mut warc = warc_response(
        "https://t.test/a",
        "2024-01-01T00:00:00Z",
        200,
        "text/html",
        page("A", "Troops crossed the border.").as_bytes(),
    );
    warc.extend(warc_record(
        "request",
        &[("WARC-Target-URI", "https://t.test/a")],
        b"GET / HTTP/1.1\r\n\r\n",
    ));
    let jsonl = fx("news.jsonl");
    vec![
        (fx("article.html"), "a.html"),
        (fx("feed.rss"), "f.rss"),
        (fx("feed.atom"), "f.atom"),
        (fx("sample.sgm"), "s.sgm"),
        (fx("agnews.csv"), "a.csv"),
        (jsonl.clone(), "n.jsonl"),
        (gzip(&jsonl), "n.jsonl.gz"),
        (zstd(&jsonl), "n.jsonl.zst"),
        (gzip(&warc), "c.warc.gz"),
        (warc, "c.warc"),
        (
            tar(&[("x.jsonl", &jsonl), ("y.html", &fx("article.html"))]),
            "t.tar",
        ),
    ]
}

#[derive(Debug, Clone)]
enum Mutation {
    Flip(usize, u8),
    Truncate(usize),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Flip(i, b)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..64))
            .prop_map(|(i, v)| Mutation::Insert(i, v)),
        (any::<usize>(), 1usize..200).prop_map(|(i, n)| Mutation::Delete(i, n)),
    ]
}

fn apply(mut data: Vec<u8>, muts: &[Mutation]) -> Vec<u8> {
    for m in muts {
        let len = data.len().max(1);
        match m {
            Mutation::Flip(i, b) => {
                if !data.is_empty() {
                    data[i % len] ^= b | 1;
                }
            }
            Mutation::Truncate(i) => data.truncate(i % len),
            Mutation::Insert(i, v) => {
                let at = i % (data.len() + 1);
                data.splice(at..at, v.iter().copied());
            }
            Mutation::Delete(i, n) => {
                let at = i % len;
                let end = (at + n).min(data.len());
                if at < end {
                    data.drain(at..end);
                }
            }
        }
    }
    data
}

proptest! {
    // 256 cases per property by default; PROPTEST_CASES=N for a longer run.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048), k in 0usize..KINDS.len()) {
        drain(KINDS[k], bytes, "random");
    }

    #[test]
    fn random_bytes_with_magic_prefixes_never_panic(
        prefix in prop::sample::select(vec![
            b"\x1f\x8b\x08\x00".to_vec(), b"\x28\xb5\x2f\xfd".to_vec(), b"WARC/1.0\r\n".to_vec(),
            b"<rss version=\"2.0\">".to_vec(), b"<REUTERS NEWID=\"1\">".to_vec(), b"{\"text\":".to_vec(),
            b"<html><body><p>".to_vec(),
        ]),
        rest in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        let mut b = prefix;
        b.extend(rest);
        drain(None, b, "magic");
    }

    #[test]
    fn mutated_fixtures_never_panic(seed in 0usize..11, muts in prop::collection::vec(mutation(), 1..6)) {
        let seeds = seeds();
        let (data, name) = &seeds[seed % seeds.len()];
        drain(None, apply(data.clone(), &muts), name);
    }

    #[test]
    fn valid_jsonl_lines_survive_junk_lines(
        lines in prop::collection::vec(
            prop_oneof![
                "[a-zA-Z ]{1,40}".prop_map(|t| (true, format!("{{\"text\":\"{t}x\"}}"))),
                prop::collection::vec(any::<u8>().prop_filter("no newline", |b| *b != b'\n'), 0..80)
                    .prop_map(|b| (false, String::from_utf8_lossy(&b).replace('\n', " "))),
            ],
            0..40,
        )
    ) {
        let mut data = String::new();
        let mut valid = 0;
        for (ok, l) in &lines {
            // A junk line that happens to be a valid document is counted by the reader
            // too; only count the ones we built as valid, and require at least those.
            if *ok { valid += 1; }
            data.push_str(l);
            data.push('\n');
        }
        let opts = IngestOptions::default();
        let docs = from_reader(Some(InputKind::Jsonl), Cursor::new(data.into_bytes()), "p.jsonl", &opts)
            .filter(Result::is_ok)
            .count();
        prop_assert!(docs >= valid);
        prop_assert!(docs <= lines.len());
    }
}
