//! # dyad-dict
//!
//! One dictionary model, several formats behind it. Every reader (dyad's own format,
//! PETRARCH-2, PETRARCH-1/TABARI) produces a [`Dictionary`]; the coder only ever sees
//! that model, never the file format.
//!
//! The model is plain data: phrases as written (matching, folding and inflection are
//! the matcher's business), codes as strings, and an [`Origin`] on every entry so each
//! coded event can name the file and line that produced it.
//!
//! Readers are pure: they take the file's text and a name for errors and origins, and do
//! no I/O.
//!
//! - [`native`]: dyad's own `.dyad.txt` format (`dictionaries/FORMAT.md`);
//! - [`builtin()`]: every `dictionaries/**/*.dyad.txt` of the repository, compiled in;
//! - [`petrarch`]: PETRARCH/TABARI verbs, actors, agents, discards and issues;
//! - [`format`]: [`detect`] a file's [`Format`] and [`parse`] it.
//!
//! ```
//! let text = "TROOP [~MIL]\n";
//! let kind = dyad_dict::detect(text, "my.agents.txt");
//! let dict = dyad_dict::parse(kind, text, "my.agents.txt").unwrap();
//! assert_eq!(dict.agents[0].phrases, vec!["TROOP", "TROOPS"]);
//! ```

#![warn(missing_docs)]

pub mod builtin;
pub mod format;
pub mod model;
pub mod native;
pub mod petrarch;
mod util;

pub use builtin::builtin;
pub use format::{detect, parse, Format};
pub use model::*;
