//! Loading dictionaries: the built-in set, with parts replaced by user files.

use crate::DictArgs;
use anyhow::{Context, Result};
use dyad_dict::Dictionary;
use std::path::Path;

/// Which part of a dictionary a file supplies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Verb patterns.
    Verbs,
    /// Actors.
    Actors,
    /// Agents.
    Agents,
    /// Discards.
    Discards,
}

/// Read one dictionary file, detecting dyad's native format by its extension
/// (`.dyad.txt`) and otherwise reading it as the PETRARCH/TABARI format of `part`.
pub fn read_file(path: &Path, part: Part) -> Result<Dictionary> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = String::from_utf8(bytes).or_else(|e| {
        // Old dictionaries are often Latin-1: decode byte by byte.
        let b = e.into_bytes();
        Ok::<String, anyhow::Error>(b.iter().map(|&c| c as char).collect())
    })?;
    let name = path.display().to_string();
    let dict = if name.ends_with(".dyad.txt") {
        dyad_dict::native::parse(&text, &name)?
    } else {
        match part {
            Part::Verbs => dyad_dict::petrarch::verbs::parse(&text, &name)?,
            Part::Actors => dyad_dict::petrarch::actors::parse(&text, &name)?,
            Part::Agents => dyad_dict::petrarch::agents::parse(&text, &name)?,
            Part::Discards => dyad_dict::petrarch::discards::parse(&text, &name)?,
        }
    };
    Ok(dict)
}

/// The built-in dictionary with the parts named in `args` replaced by those files.
pub fn load(args: &DictArgs) -> Result<Dictionary> {
    let mut dict = dyad_dict::builtin().context("the built-in dictionary does not load")?;
    if let Some(p) = &args.verbs {
        dict.verbs = read_file(p, Part::Verbs)?.verbs;
    }
    if !args.actors.is_empty() {
        dict.actors.clear();
        for p in &args.actors {
            dict.actors.extend(read_file(p, Part::Actors)?.actors);
        }
    }
    if let Some(p) = &args.agents {
        dict.agents = read_file(p, Part::Agents)?.agents;
    }
    if let Some(p) = &args.discards {
        dict.discards = read_file(p, Part::Discards)?.discards;
    }
    Ok(dict)
}
