//! A small CoNLL-U reader (for training and evaluation on UD treebanks such as GUM) and
//! the fixed held-out split.

use std::path::{Path, PathBuf};

/// Errors reading a treebank.
#[derive(Debug, thiserror::Error)]
pub enum ConlluError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A token line has the wrong shape.
    #[error("{path}:{line}: {msg}")]
    Parse {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        msg: String,
    },
}

/// One gold word (syntactic token).
#[derive(Debug, Clone, PartialEq)]
pub struct GoldWord {
    /// FORM.
    pub form: String,
    /// LEMMA.
    pub lemma: String,
    /// UPOS (`X` if unknown).
    pub upos: crate::Upos,
}

/// One gold sentence.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoldSentence {
    /// `# sent_id`.
    pub id: String,
    /// `# text`.
    pub text: String,
    /// Whether a `# newpar` comment precedes it.
    pub new_par: bool,
    /// Words in order.
    pub words: Vec<GoldWord>,
    /// The surface text rebuilt from (multi-word) tokens and `SpaceAfter=No`.
    pub surface: String,
}

/// One gold document (one file).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoldDoc {
    /// File stem, e.g. `GUM_news_korea`.
    pub name: String,
    /// Sentences in order.
    pub sentences: Vec<GoldSentence>,
}

impl GoldDoc {
    /// Rebuild the document text: sentences joined by a space, paragraphs (`# newpar`)
    /// by a newline. Returns the text and the byte offset where each sentence ends.
    pub fn raw_text(&self) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut ends = Vec::with_capacity(self.sentences.len());
        for (i, s) in self.sentences.iter().enumerate() {
            if i > 0 {
                text.push(if s.new_par { '\n' } else { ' ' });
            }
            text.push_str(s.surface.trim_end());
            ends.push(text.len());
        }
        (text, ends)
    }
}

/// Parse one CoNLL-U file.
pub fn read_doc(path: &Path) -> Result<GoldDoc, ConlluError> {
    let p = path.display().to_string();
    let src = std::fs::read_to_string(path).map_err(|source| ConlluError::Io {
        path: p.clone(),
        source,
    })?;
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    parse_doc(&name, &src, &p)
}

/// Parse CoNLL-U text; `path` is used in error messages.
pub fn parse_doc(name: &str, src: &str, path: &str) -> Result<GoldDoc, ConlluError> {
    let mut doc = GoldDoc {
        name: name.to_string(),
        sentences: Vec::new(),
    };
    let mut cur = GoldSentence::default();
    let mut pending_par = false;
    let mut mwt_end = 0usize;
    for (ln, line) in src.lines().enumerate() {
        if line.is_empty() {
            if !cur.words.is_empty() {
                cur.new_par = std::mem::take(&mut pending_par) || cur.new_par;
                doc.sentences.push(std::mem::take(&mut cur));
            }
            mwt_end = 0;
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if c.starts_with("newpar") || c.starts_with("newdoc") {
                cur.new_par = true;
            } else if let Some(v) = c.strip_prefix("sent_id = ") {
                cur.id = v.to_string();
            } else if let Some(v) = c.strip_prefix("text = ") {
                cur.text = v.to_string();
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ConlluError::Parse {
                path: path.to_string(),
                line: ln + 1,
                msg: format!("expected 10 columns, got {}", cols.len()),
            });
        }
        let id = cols[0];
        let no_space = cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if let Some((a, b)) = id.split_once('-') {
            let (Ok(_), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
                return Err(ConlluError::Parse {
                    path: path.to_string(),
                    line: ln + 1,
                    msg: format!("bad range id {id}"),
                });
            };
            mwt_end = b;
            cur.surface.push_str(cols[1]);
            if !no_space {
                cur.surface.push(' ');
            }
            continue;
        }
        if id.contains('.') {
            continue; // empty nodes
        }
        let Ok(n) = id.parse::<usize>() else {
            return Err(ConlluError::Parse {
                path: path.to_string(),
                line: ln + 1,
                msg: format!("bad id {id}"),
            });
        };
        if n > mwt_end {
            cur.surface.push_str(cols[1]);
            if !no_space {
                cur.surface.push(' ');
            }
        }
        cur.words.push(GoldWord {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos: crate::Upos::parse(cols[3]).unwrap_or(crate::Upos::X),
        });
    }
    if !cur.words.is_empty() {
        doc.sentences.push(cur);
    }
    Ok(doc)
}

/// Is the document at position `index` (0-based, in the sorted list of `*.conllu`
/// files) held out? dyad holds out every 5th document: indices 4, 9, 14, ... With GUM
/// @72ce5ac this is 21 of the 108 `.conllu` files, 5 of them `GUM_news_*`.
pub fn is_held_out(index: usize) -> bool {
    index % 5 == 4
}

/// The sorted `*.conllu` files of a treebank directory.
pub fn list_docs(dir: &Path) -> Result<Vec<PathBuf>, ConlluError> {
    let rd = std::fs::read_dir(dir).map_err(|source| ConlluError::Io {
        path: dir.display().to_string(),
        source,
    })?;
    let mut v: Vec<PathBuf> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "conllu"))
        .collect();
    v.sort();
    Ok(v)
}

/// Read a treebank directory split into (training docs, held-out docs).
pub fn read_split(dir: &Path) -> Result<(Vec<GoldDoc>, Vec<GoldDoc>), ConlluError> {
    let mut train = Vec::new();
    let mut test = Vec::new();
    for (i, p) in list_docs(dir)?.iter().enumerate() {
        let d = read_doc(p)?;
        if is_held_out(i) {
            test.push(d);
        } else {
            train.push(d);
        }
    }
    Ok((train, test))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_mwt_and_space_after() {
        let src = "# newpar\n# sent_id = d-1\n# text = The workers’ pay.\n1\tThe\tthe\tDET\tDT\t_\t0\t_\t_\t_\n2-3\tworkers’\t_\t_\t_\t_\t_\t_\t_\t_\n2\tworkers\tworker\tNOUN\tNNS\t_\t0\t_\t_\t_\n3\t’\t’\tPART\tPOS\t_\t0\t_\t_\t_\n4\tpay\tpay\tNOUN\tNN\t_\t0\t_\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t0\t_\t_\t_\n\n";
        let d = parse_doc("d", src, "d.conllu").unwrap_or_default();
        assert_eq!(d.sentences.len(), 1);
        assert_eq!(d.sentences[0].surface.trim_end(), "The workers’ pay.");
        assert_eq!(d.sentences[0].words.len(), 5);
        assert!(d.sentences[0].new_par);
        assert_eq!(d.raw_text().1, vec![17 + 2]);
    }
}
