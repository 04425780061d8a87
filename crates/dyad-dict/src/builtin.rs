//! dyad's built-in dictionary: every `dictionaries/**/*.dyad.txt` of the repository,
//! compiled into the binary by `build.rs` and parsed on demand.

use crate::model::{DictError, Dictionary};

mod files {
    include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));
}

/// The built-in dictionary files as `(path relative to the repository root, text)`,
/// sorted by path, e.g. `("dictionaries/world/countries.dyad.txt", "...")`.
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    files::FILES
}

/// Parse every built-in file with the native reader and merge them, in path order.
/// Origins name the repository-relative path, e.g. `dictionaries/world/countries.dyad.txt:12`.
/// The first file that fails to parse makes the whole call fail.
///
/// ```
/// let dict = dyad_dict::builtin();
/// // Errors name file and line; a released build's data always parses.
/// if let Ok(d) = dict { let _ = d.actors.len(); }
/// ```
pub fn builtin() -> Result<Dictionary, DictError> {
    let mut dict = Dictionary::default();
    for (path, text) in builtin_files() {
        dict.extend(crate::native::parse(text, path)?);
    }
    Ok(dict)
}
