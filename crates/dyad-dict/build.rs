//! Generates `$OUT_DIR/builtin_files.rs`: every `dictionaries/**/*.dyad.txt` in the
//! repository as `(relative path, include_str!(...))`, sorted by path, so new data files are
//! compiled in without touching Rust code.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(rd) = fs::read_dir(dir) else { return };
    for entry in rd.flatten() {
        let p = entry.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.ends_with(".dyad.txt"))
        {
            println!("cargo:rerun-if-changed={}", p.display());
            out.push(p);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.join("../..");
    let dicts = root.join("dictionaries");
    let mut files = Vec::new();
    walk(&dicts, &mut files);
    files.sort();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default());
    let mut code = String::from("/// Built-in dictionary files: (path relative to the repository root, text).\npub static FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        let abs = fs::canonicalize(f).unwrap_or_else(|_| f.clone());
        let rel = f
            .strip_prefix(&root)
            .map(|r| r.to_string_lossy().replace('\\', "/"))
            .unwrap_or_else(|_| f.to_string_lossy().into_owned());
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            rel,
            abs.to_string_lossy()
        ));
    }
    code.push_str("];\n");
    let path = out_dir.join("builtin_files.rs");
    let write = fs::File::create(&path).and_then(|mut f| f.write_all(code.as_bytes()));
    if let Err(e) = write {
        panic!("cannot write {}: {e}", path.display());
    }
}
