//! Human-readable explanations of events (`dyad code --explain`).

use dyad_core::{ActorRef, Document, Event};
use std::fmt::Write;

fn actor(a: &Option<ActorRef>) -> String {
    match a {
        None => "-".into(),
        Some(a) => match &a.name {
            Some(n) => format!("{} \"{}\" ({n})", a.code, a.text),
            None => format!("{} \"{}\"", a.code, a.text),
        },
    }
}

/// Render one event as a block of text.
pub fn render(doc: &Document, e: &Event) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "== {} {}#{}  {} -> {}  {} ({}, quad {}, goldstein {:+.1}, PLOVER {})",
        e.event_id,
        doc.id,
        e.sentence,
        actor(&e.source),
        actor(&e.target),
        e.cameo,
        dyad_core::ontology::cameo(&e.cameo)
            .map(|c| c.name)
            .unwrap_or("?"),
        e.quad,
        e.goldstein,
        e.plover.kind
    );
    let _ = writeln!(s, "   sentence: {}", e.sentence_text.trim());
    let _ = writeln!(
        s,
        "   trigger:  \"{}\" [{}..{}]   date: {}   modality: {}",
        e.verb.text,
        e.verb.start,
        e.verb.end,
        e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
        e.modality.map(|m| m.as_str()).unwrap_or("asserted")
    );
    if let Some(t) = &e.evidence.tokens {
        let _ = writeln!(s, "   tokens:   {t}");
    }
    let _ = writeln!(s, "   pattern:  {}", e.evidence.pattern);
    for en in &e.evidence.entries {
        let _ = writeln!(s, "   entry:    {en}");
    }
    for st in &e.evidence.steps {
        let _ = writeln!(s, "   step:     {st}");
    }
    if let Some(l) = &e.location {
        let _ = writeln!(
            s,
            "   location: {} {} (from {})",
            l.country.as_deref().unwrap_or("-"),
            l.place.as_deref().unwrap_or(""),
            l.from
        );
    }
    s
}
