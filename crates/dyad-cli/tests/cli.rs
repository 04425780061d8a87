//! The `dyad code` / `dyad actor` contract, exercised through the real binary.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dyad(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dyad"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("dyad runs");
    if let Some(input) = stdin {
        // dyad may exit before reading stdin (a usage error): a broken pipe is fine then.
        let written = child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes());
        if let Err(e) = written {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "write stdin: {e}");
        }
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("dyad finishes")
}

fn events(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each stdout line is one JSON event"))
        .collect()
}

const EXAMPLES: &str = "../../examples/news.jsonl";

#[test]
fn code_examples_gives_events_with_every_contract_field() {
    let out = dyad(&["code", EXAMPLES], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ev = events(&out);
    assert!(!ev.is_empty(), "the bundled examples yield events");
    for e in &ev {
        for f in [
            "event_id",
            "doc_id",
            "sentence",
            "date",
            "source",
            "target",
            "cameo",
            "root",
            "quad",
            "goldstein",
            "plover",
            "verb",
            "sentence_text",
            "evidence",
            "modality",
            "location",
        ] {
            assert!(e.get(f).is_some(), "field {f} missing in {e}");
        }
        let src = &e["source"];
        for f in ["code", "country", "sector", "text", "start", "end"] {
            assert!(src.get(f).is_some(), "source.{f} missing in {e}");
        }
        let cameo = e["cameo"].as_str().expect("cameo is a string");
        assert!(cameo.starts_with(e["root"].as_str().expect("root")));
        let q = e["quad"].as_u64().expect("quad");
        assert!((1..=4).contains(&q));
        assert!(e["evidence"]["pattern"]
            .as_str()
            .is_some_and(|p| p.contains(':')));
        // Byte offsets point at the actor text in the sentence's document.
        assert!(src["start"].as_u64() < src["end"].as_u64());
    }
    // The same input gives the same ids.
    let again = events(&dyad(&["code", EXAMPLES], None));
    let ids = |v: &[serde_json::Value]| v.iter().map(|e| e["event_id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&ev), ids(&again));
    // Date-bounded roles: Obama is USAGOV in the 2015 report, Biden in the 2022 one.
    assert!(ev
        .iter()
        .any(|e| e["source"]["name"] == "Barack Obama" && e["source"]["code"] == "USAGOV"));
}

#[test]
fn bad_jsonl_line_is_reported_with_file_and_line_and_others_are_coded() {
    let dir = std::env::temp_dir().join(format!("dyad-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let f = dir.join("mixed.jsonl");
    std::fs::write(
        &f,
        "{\"id\":\"a\",\"date\":\"2022-02-24\",\"text\":\"Russia attacked Ukraine on Thursday.\"}\n{not json\n{\"id\":\"b\",\"date\":\"2022-02-25\",\"text\":\"The European Union condemned Russia.\"}\n",
    )
    .expect("write fixture");
    let out = dyad(&["code", f.to_str().expect("utf-8 path")], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit status says something failed"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("mixed.jsonl:2"),
        "error names file and line: {err}"
    );
    let ev = events(&out);
    let docs: std::collections::BTreeSet<_> = ev
        .iter()
        .map(|e| e["doc_id"].as_str().unwrap_or("").to_string())
        .collect();
    assert!(
        docs.contains("a") && docs.contains("b"),
        "both good lines coded: {docs:?}"
    );
    // A missing file is an error too, and the run goes on.
    let out = dyad(
        &["code", "does-not-exist.txt", f.to_str().expect("utf-8")],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does-not-exist.txt"));
    assert!(!events(&out).is_empty());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn stdin_text_with_date_option() {
    let out = dyad(
        &["code", "--date", "2023-06-17", "-"],
        Some("US Secretary of State Antony Blinken condemned North Korea on Saturday."),
    );
    assert!(out.status.success());
    let ev = events(&out);
    let e = ev
        .iter()
        .find(|e| e["root"] == "11")
        .expect("a condemnation");
    assert_eq!(e["source"]["code"], "USAGOV");
    assert_eq!(e["target"]["country"], "PRK");
    assert_eq!(e["date"], "2023-06-17");
    let out = dyad(&["code", "--date", "17/06/2023", "-"], Some("x"));
    assert_eq!(out.status.code(), Some(2), "a bad --date is a usage error");
}

#[test]
fn actor_command_resolves_with_dates() {
    let run = |text: &str, date: &str| -> serde_json::Value {
        let out = dyad(&["actor", text, "--date", date], None);
        assert!(out.status.success());
        serde_json::from_slice(&out.stdout).expect("JSON")
    };
    let v = run("Antony Blinken", "2023-06-17");
    assert_eq!(v["code"], "USAGOV");
    assert_eq!(v["country"], "USA");
    assert_eq!(v["sector"], "GOV");
    let v = run("Antony Blinken", "2019-06-17");
    assert_ne!(v["code"], "USAGOV", "not in office in 2019");
    let v = run("South Korean Foreign Minister", "2023-06-17");
    assert_eq!(v["code"], "KORGOV");
    let v = run("zzz qqq", "2023-06-17");
    assert!(v.is_null());
}

#[test]
fn explain_names_pattern_entries_and_steps() {
    let out = dyad(
        &["code", "--explain", "--date", "2023-06-17", "-"],
        Some("Blinken met Park Jin in Seoul. He condemned North Korea."),
    );
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("pattern:"), "{s}");
    assert!(s.contains("entry:"), "{s}");
    assert!(s.contains("pronoun"), "coreference step shown: {s}");
}

#[test]
fn export_formats() {
    let csv = dyad(&["code", "-q", "--format", "csv", EXAMPLES], None);
    assert!(csv.status.success());
    let text = String::from_utf8_lossy(&csv.stdout);
    let mut lines = text.lines();
    assert!(lines
        .next()
        .is_some_and(|h| h.starts_with("event_id,doc_id,sentence,date")));
    let json_events = events(&dyad(&["code", "-q", EXAMPLES], None)).len();
    assert_eq!(lines.count(), json_events, "one CSV row per event");
    let tsv = dyad(&["code", "-q", "--format", "gdelt", EXAMPLES], None);
    let tsv = String::from_utf8_lossy(&tsv.stdout);
    assert!(
        tsv.lines().all(|l| l.split('\t').count() == 61),
        "GDELT rows have 61 columns"
    );
    let bad = dyad(&["code", "--format", "xml", EXAMPLES], None);
    assert_eq!(bad.status.code(), Some(2));
}
