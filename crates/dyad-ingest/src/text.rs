//! Plain text: one document per file.

use crate::decode::decode;
use crate::source::{read_bounded, Bounded, Source};
use crate::{content_id, DocIter, Document, ErrorKind, IngestError, IngestOptions, Position};

/// One document from the whole stream. The id is the file name as given
/// (`news/a.txt`), or a content hash for standard input. Text that is not UTF-8 is
/// decoded lossily with a warning (see `decode`); empty text is skipped and counted.
pub(crate) fn read(src: Source, opts: &IngestOptions) -> DocIter {
    let opts = opts.clone();
    Box::new(std::iter::once_with(move || read_one(src, &opts)).flatten())
}

fn read_one(mut src: Source, opts: &IngestOptions) -> Option<Result<Document, IngestError>> {
    let bytes = match read_bounded(&mut src.reader, opts.max_doc_bytes) {
        Ok(Bounded::All(b)) => b,
        Ok(Bounded::TooLarge) => {
            return Some(Err(IngestError::new(
                &src.label,
                Position::default(),
                ErrorKind::TooLarge,
                format!(
                    "text is over the {} byte document limit; skipped",
                    opts.max_doc_bytes
                ),
            )))
        }
        Err(e) => return Some(Err(IngestError::io(&src.label, Position::default(), &e))),
    };
    let decoded = decode(&bytes, None);
    if let Some(w) = decoded.warning {
        opts.tally.warn(format!("{}: {w}", src.label));
    }
    let text = decoded.text;
    if text.trim().is_empty() {
        opts.tally.skip("text: empty document");
        return None;
    }
    let id = if src.anonymous {
        content_id(&text)
    } else {
        src.label.clone()
    };
    Some(Ok(Document {
        id,
        text,
        ..Document::default()
    }))
}
