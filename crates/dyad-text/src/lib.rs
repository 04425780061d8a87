//! # dyad-text
//!
//! Sentences, tokens (with byte offsets into the original text), Universal POS tags and
//! lemmas for news English. No I/O: the tagger model is compiled into the crate.
//!
//! (Interface fixed; the trained tagger is being written. Until then a rule-based
//! fallback fills `upos` and `lemma`.)

/// Universal POS tags (UD v2).
#[allow(missing_docs)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

/// One token: byte span in the document, normalised form, lemma, tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte offset of the first byte in the document text.
    pub start: usize,
    /// Byte offset just past the token in the document text.
    pub end: usize,
    /// Lowercased form with curly quotes/dashes normalised to ASCII (`’s` -> `'s`).
    pub norm: String,
    /// Lowercase lemma (`launches` -> `launch`, `was` -> `be`).
    pub lemma: String,
    /// Universal POS tag.
    pub upos: Upos,
}

/// One sentence: byte span and tokens.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    /// Byte offset of the sentence start in the document text.
    pub start: usize,
    /// Byte offset just past the sentence end.
    pub end: usize,
    /// Tokens in order.
    pub tokens: Vec<Token>,
}

/// The language pipeline: segmenter, tokenizer, tagger, lemmatizer. Cheap to share
/// across threads (`&Analyzer` is `Sync`).
#[derive(Debug, Default)]
pub struct Analyzer {}

impl Analyzer {
    /// The analyzer with dyad's built-in model.
    pub fn builtin() -> Analyzer {
        Analyzer {}
    }

    /// Split `text` into sentences and analyse each.
    pub fn analyze(&self, text: &str) -> Vec<Sentence> {
        let _ = text;
        Vec::new()
    }
}
