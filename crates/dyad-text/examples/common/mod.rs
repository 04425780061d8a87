//! Shared by the examples: the Reuters-21578 corpus as plain `<BODY>` texts. File I/O
//! lives here, not in the library.

use std::path::Path;

/// The corpus directory: the first argument, else `../shared/corpora/reuters21578` from
/// the workspace root.
pub fn corpus_dir() -> String {
    std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/corpora/reuters21578"
        )
        .to_string()
    })
}

/// The bodies of the corpus in [`corpus_dir`], with the error naming the directory.
pub fn corpus() -> Result<Vec<String>, String> {
    let dir = corpus_dir();
    reuters_bodies(Path::new(&dir)).map_err(|e| format!("{dir}: {e}"))
}

/// The `<BODY>` texts of the Reuters-21578 SGML files (`reut2-*.sgm`) in `dir`, with
/// `&lt;`, `&gt;`, `&amp;` and control-character entities decoded.
pub fn reuters_bodies(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "sgm"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f)?;
        let src = String::from_utf8_lossy(&bytes);
        let mut rest: &str = &src;
        while let Some(a) = rest.find("<BODY>") {
            let after = &rest[a + 6..];
            let Some(b) = after.find("</BODY>") else {
                break;
            };
            out.push(decode(&after[..b]));
            rest = &after[b + 7..];
        }
    }
    Ok(out)
}

fn decode(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#3;", "")
        .replace("&#2;", "")
        .replace("&#5;", "")
        .replace("&amp;", "&")
}
