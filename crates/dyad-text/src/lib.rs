//! # dyad-text
//!
//! Sentences, tokens (with byte offsets into the original text), Universal POS tags and
//! lemmas for news English. No I/O: the tagger model is compiled into the crate.
//!
//! ```
//! use dyad_text::{Analyzer, Upos};
//! let text = "WASHINGTON: Mr. Blinken met Park Jin. North Korea's missiles were fired.";
//! let sents = Analyzer::builtin().analyze(text);
//! assert_eq!(sents.len(), 2);
//! let korea = &sents[1].tokens[1];
//! assert_eq!(&text[korea.start..korea.end], "Korea");
//! assert_eq!(sents[1].tokens[2].norm, "'s");
//! ```
//!
//! Modules: [`tokenize`] (tokens with byte offsets), [`segment`] (sentences),
//! [`lemma`] (rule lemmatizer), [`rules`] (fallback tagger). See `docs/language-layer.md`.

#![warn(missing_docs)]

pub mod bench;
pub mod chunk;
pub mod conllu;
pub mod eval;
pub mod lemma;
pub mod rules;
pub mod segment;
pub mod tagger;
pub mod tokenize;

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

/// The trained model compiled into the crate (see `models/README.md`).
static MODEL_BYTES: &[u8] = include_bytes!("../../../models/tagger.bin");

fn builtin_model() -> Option<std::sync::Arc<tagger::Model>> {
    static M: std::sync::OnceLock<Option<std::sync::Arc<tagger::Model>>> =
        std::sync::OnceLock::new();
    M.get_or_init(|| {
        tagger::Model::from_bytes(MODEL_BYTES)
            .ok()
            .map(std::sync::Arc::new)
    })
    .clone()
}

/// The language pipeline: segmenter, tokenizer, tagger, lemmatizer. Cheap to share
/// across threads (`&Analyzer` is `Sync`).
#[derive(Debug, Clone)]
pub struct Analyzer {
    model: Option<std::sync::Arc<tagger::Model>>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::builtin()
    }
}

impl Analyzer {
    /// The analyzer with dyad's built-in model (parsed once per process, then shared).
    pub fn builtin() -> Analyzer {
        Analyzer {
            model: builtin_model(),
        }
    }

    /// An analyzer with the given tagger model.
    pub fn with_model(model: tagger::Model) -> Analyzer {
        Analyzer {
            model: Some(std::sync::Arc::new(model)),
        }
    }

    /// An analyzer using only the rule-based fallback tagger.
    pub fn rules_only() -> Analyzer {
        Analyzer { model: None }
    }

    /// Whether a trained model is in use.
    pub fn has_model(&self) -> bool {
        self.model.is_some()
    }

    /// Tag already-tokenized words of one sentence (`norms` from [`normalize`]).
    pub fn tag_words(&self, forms: &[&str], norms: &[&str], out: &mut Vec<Upos>) {
        self.tag_norms(forms, norms, out);
    }

    fn tag_norms<N: AsRef<str>>(&self, forms: &[&str], norms: &[N], out: &mut Vec<Upos>) {
        match &self.model {
            Some(m) => m.tag_norms(forms, norms, out),
            None => {
                out.clear();
                out.extend(
                    forms
                        .iter()
                        .zip(norms)
                        .enumerate()
                        .map(|(k, (f, n))| rules::tag_word(f, n.as_ref(), k == 0)),
                );
            }
        }
    }

    /// Lemma of a normalised form with a tag: learned exceptions, then rules.
    pub fn lemma<'a>(&'a self, norm: &'a str, upos: Upos) -> std::borrow::Cow<'a, str> {
        if let Some(m) = &self.model {
            if let Some(l) = m.lemma_exception(norm, upos) {
                return std::borrow::Cow::Borrowed(l);
            }
        }
        lemma::lemmatize(norm, upos)
    }

    /// Split `text` into sentences and analyse each.
    pub fn analyze(&self, text: &str) -> Vec<Sentence> {
        let mut out = self.split(text);
        for s in &mut out {
            self.tag_sentence(text, s);
        }
        out
    }

    /// Split `text` into sentences of normalised tokens, **not yet tagged**: every token
    /// has `upos` [`Upos::X`] and an empty lemma until [`Analyzer::tag_sentence`] runs.
    /// Tagging is most of the language layer's time; a caller that can tell from the
    /// words alone that a sentence needs no tags skips it.
    ///
    /// ```
    /// use dyad_text::{Analyzer, Upos};
    /// let an = Analyzer::builtin();
    /// let text = "Seoul protested. Shares fell.";
    /// let mut sents = an.split(text);
    /// assert_eq!(sents.len(), 2);
    /// assert_eq!(sents[0].tokens[1].upos, Upos::X);
    /// an.tag_sentence(text, &mut sents[0]);
    /// assert_eq!(sents[0].tokens[1].upos, Upos::Verb);
    /// assert_eq!(sents[0].tokens[1].lemma, "protest");
    /// // Tagged sentence by sentence, the result is `analyze`'s.
    /// an.tag_sentence(text, &mut sents[1]);
    /// assert_eq!(sents, an.analyze(text));
    /// ```
    pub fn split(&self, text: &str) -> Vec<Sentence> {
        let raw = tokenize::tokenize(text);
        let spans = segment::segment(text, &raw);
        let mut out = Vec::with_capacity(spans.len());
        for (a, b) in spans {
            let Some(toks) = raw.get(a..b) else { continue };
            let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
                continue;
            };
            let tokens = toks
                .iter()
                .map(|t| Token {
                    start: t.start,
                    end: t.end,
                    norm: normalize(&text[t.start..t.end]),
                    lemma: String::new(),
                    upos: Upos::X,
                })
                .collect();
            out.push(Sentence {
                start: first.start,
                end: last.end,
                tokens,
            });
        }
        out
    }

    /// Tag and lemmatise, in place, a sentence that [`Analyzer::split`] made from `text`.
    pub fn tag_sentence(&self, text: &str, s: &mut Sentence) {
        let mut tags = TAGS.with(|t| t.take());
        {
            let forms: Vec<&str> = s
                .tokens
                .iter()
                .map(|t| text.get(t.start..t.end).unwrap_or(t.norm.as_str()))
                .collect();
            let norms: Vec<&str> = s.tokens.iter().map(|t| t.norm.as_str()).collect();
            self.tag_norms(&forms, &norms, &mut tags);
        }
        self.set_tags(s, tags);
    }

    /// Give the tokens of `s` their tags and lemmas; `tags` goes back to the thread's buffer.
    fn set_tags(&self, s: &mut Sentence, tags: Vec<Upos>) {
        let mut lemmas = LemmaCache::take(self.model.as_ref().map_or(0, |m| m.id()));
        for (t, &upos) in s.tokens.iter_mut().zip(tags.iter()) {
            // PART is a closed class in UD English (infinitival "to", "not", the possessive
            // "'s"): any other word the model tags so is a noun it misread ("Philippine
            // navy/PART boats").
            let upos = if upos == Upos::Part && !part_word(&t.norm) {
                Upos::Noun
            } else {
                upos
            };
            t.lemma = lemmas.lemma(self, &t.norm, upos);
            t.upos = upos;
        }
        lemmas.give_back();
        TAGS.with(|t| t.set(tags));
    }

    /// Tag again, as [`Analyzer::tag_sentence`], with the tokens at `lower` read in lower
    /// case: for a sentence-initial capital the caller knows to be a common word ("Clashes
    /// erupted between", "War broke out"), which the tagger, seeing a capital it has no
    /// other evidence for, takes for a name.
    ///
    /// ```
    /// use dyad_text::{Analyzer, Upos};
    /// let an = Analyzer::builtin();
    /// let text = "Clashes erupted between the two armies.";
    /// let mut s = an.split(text).remove(0);
    /// an.retag_lowercase(text, &mut s, &[0]);
    /// assert_eq!(s.tokens[0].upos, Upos::Noun);
    /// assert_eq!(s.tokens[0].lemma, "clash");
    /// ```
    pub fn retag_lowercase(&self, text: &str, s: &mut Sentence, lower: &[usize]) {
        let mut tags = TAGS.with(|t| t.take());
        {
            let lowered: Vec<(usize, String)> = lower
                .iter()
                .filter_map(|&k| {
                    let t = s.tokens.get(k)?;
                    Some((k, text.get(t.start..t.end)?.to_lowercase()))
                })
                .collect();
            let forms: Vec<&str> = s
                .tokens
                .iter()
                .enumerate()
                .map(|(k, t)| match lowered.iter().find(|(i, _)| *i == k) {
                    Some((_, l)) => l.as_str(),
                    None => text.get(t.start..t.end).unwrap_or(t.norm.as_str()),
                })
                .collect();
            let norms: Vec<&str> = s.tokens.iter().map(|t| t.norm.as_str()).collect();
            self.tag_norms(&forms, &norms, &mut tags);
        }
        self.set_tags(s, tags);
    }
}

/// The words UD English tags PART: infinitival "to", negation, the possessive marker (GUM's
/// PART tokens are these but for a handful of colloquial forms, "na" of "gonna").
fn part_word(norm: &str) -> bool {
    matches!(
        norm,
        "to" | "not" | "n't" | "'s" | "'" | "s" | "\u{2019}s" | "\u{2019}" | "n\u{2019}t" | "na"
    )
}

thread_local! {
    /// Tag buffer reused by [`Analyzer::tag_sentence`].
    static TAGS: std::cell::Cell<Vec<Upos>> = const { std::cell::Cell::new(Vec::new()) };
}

/// A direct-mapped cache of lemmas by (norm, tag), per thread and model: the lemma of a
/// frequent word is then a copy instead of an exception-table probe plus the rules.
struct LemmaCache {
    model_id: u64,
    /// `(norm bytes zero-padded, len | upos << 8 | 1 << 13, lemma; None = norm)`.
    slots: Vec<([u64; 2], u32, Option<Box<str>>)>,
}

const LEMMA_CACHE: usize = 4096;

thread_local! {
    static LEMMAS: std::cell::Cell<Option<LemmaCache>> = const { std::cell::Cell::new(None) };
}

impl LemmaCache {
    /// This thread's cache for model `model_id` (0: rules only), or a new one.
    fn take(model_id: u64) -> LemmaCache {
        match LEMMAS.try_with(|c| c.take()).ok().flatten() {
            Some(c) if c.model_id == model_id => c,
            _ => LemmaCache {
                model_id,
                slots: vec![([0; 2], 0, None); LEMMA_CACHE],
            },
        }
    }

    fn give_back(self) {
        let _ = LEMMAS.try_with(|c| c.set(Some(self)));
    }

    /// The lemma of `norm` tagged `upos`, as [`Analyzer::lemma`] gives it.
    fn lemma(&mut self, an: &Analyzer, norm: &str, upos: Upos) -> String {
        let b = norm.as_bytes();
        if b.len() > 16 || self.slots.len() != LEMMA_CACHE {
            return lemma_string(an, norm, upos);
        }
        let mut a = [0u8; 16];
        a[..b.len()].copy_from_slice(b);
        let (lo, hi) = a.split_at(8);
        let mut key = [0u64; 2];
        for (k, h) in key.iter_mut().zip([lo, hi]) {
            let mut x = [0u8; 8];
            x.copy_from_slice(h);
            *k = u64::from_le_bytes(x);
        }
        let meta = b.len() as u32 | (upos as u32) << 8 | 1 << 13;
        let h = (key[0] ^ key[1].rotate_left(29) ^ meta as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let i = (h >> 52) as usize & (LEMMA_CACHE - 1);
        let slot = &mut self.slots[i];
        if slot.1 == meta && slot.0 == key {
            return match &slot.2 {
                Some(l) => l.to_string(),
                None => norm.to_string(),
            };
        }
        let l = lemma_string(an, norm, upos);
        *slot = (key, meta, (l != norm).then(|| Box::from(l.as_str())));
        l
    }
}

fn lemma_string(an: &Analyzer, norm: &str, upos: Upos) -> String {
    match an.lemma(norm, upos) {
        std::borrow::Cow::Borrowed(l) if l == norm => norm.to_string(),
        l => l.into_owned(),
    }
}

/// Whether token `k` of a sentence opens the sentence proper after a dateline's agency
/// credit and dash ("KYIV, Jan 1 (Reuters) - Clashes ...": "Clashes"), given the sentence's
/// words by index (forms or normalised forms). Such a word is capitalised as any
/// sentence-initial word; a dateline ends within its first 16 tokens.
///
/// ```
/// let w = ["KYIV", ",", "Jan", "1", "(", "Reuters", ")", "-", "Clashes", "erupted"];
/// assert!(dyad_text::opens_after_dateline(8, |i| w[i]));
/// assert!(!dyad_text::opens_after_dateline(9, |i| w[i]));
/// ```
pub fn opens_after_dateline<'a>(k: usize, word: impl Fn(usize) -> &'a str) -> bool {
    (2..=16).contains(&k)
        && word(k - 2) == ")"
        && matches!(word(k - 1), "-" | "--" | "\u{2014}" | "\u{2013}")
}

/// The first token of the sentence proper after a dateline ("KYIV, Jan 1 (Reuters) -
/// Clashes ...": "Clashes"), looked for before token `limit` (and within the dateline's 16
/// tokens), given the sentence's words by index; `None` without a dateline.
///
/// ```
/// let w = ["KYIV", ",", "Jan", "1", "(", "Reuters", ")", "-", "Clashes", "erupted"];
/// assert_eq!(dyad_text::dateline_opening(w.len(), |i| w[i]), Some(8));
/// assert_eq!(dyad_text::dateline_opening(8, |i| w[i]), None);
/// ```
pub fn dateline_opening<'a>(limit: usize, word: impl Fn(usize) -> &'a str) -> Option<usize> {
    (2..limit.min(17)).find(|&k| opens_after_dateline(k, &word))
}

/// Lowercase `form` and map curly quotes, primes and dashes to ASCII
/// (`’` -> `'`, `“` -> `"`, `—` -> `--`, `–` -> `-`, `…` -> `...`).
///
/// ```
/// assert_eq!(dyad_text::normalize("Korea’S"), "korea's");
/// ```
pub fn normalize(form: &str) -> String {
    if form.is_ascii() {
        return form.to_ascii_lowercase();
    }
    let mut s = String::with_capacity(form.len());
    for c in form.chars() {
        match c {
            '’' | '‘' | 'ʼ' | '′' | '‛' | '`' => s.push('\''),
            '“' | '”' | '„' | '″' | '«' | '»' => s.push('"'),
            '—' | '―' => s.push_str("--"),
            '–' | '‐' | '‑' | '‒' | '−' => s.push('-'),
            '…' => s.push_str("..."),
            '\u{a0}' => s.push(' '),
            c if c.is_uppercase() => s.extend(c.to_lowercase()),
            c => s.push(c),
        }
    }
    s
}

/// Render sentences as CoNLL-U: `# sent_id`, `# text`, then one line per token with
/// ID, FORM, LEMMA, UPOS, XPOS `_`, FEATS `_`, HEAD `_`, DEPREL `_`, DEPS `_` and MISC
/// `TokenRange=start:end` (byte offsets into `text`).
///
/// ```
/// use dyad_text::{to_conllu, Analyzer};
/// let text = "Kim left.";
/// let out = to_conllu(text, &Analyzer::builtin().analyze(text));
/// assert!(out.starts_with("# sent_id = 1\n# text = Kim left.\n1\tKim\t"));
/// assert!(out.contains("TokenRange=0:3"));
/// ```
pub fn to_conllu(text: &str, sentences: &[Sentence]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(text.len() * 8);
    for (i, s) in sentences.iter().enumerate() {
        let stext = text.get(s.start..s.end).unwrap_or("");
        let one_line: String = stext
            .chars()
            .map(|c| {
                if c == '\n' || c == '\r' || c == '\t' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let _ = writeln!(out, "# sent_id = {}", i + 1);
        let _ = writeln!(out, "# text = {one_line}");
        for (k, t) in s.tokens.iter().enumerate() {
            let form = text.get(t.start..t.end).unwrap_or("_");
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{}\t_\t_\t_\t_\t_\tTokenRange={}:{}",
                k + 1,
                form,
                if t.lemma.is_empty() { "_" } else { &t.lemma },
                t.upos.as_str(),
                t.start,
                t.end
            );
        }
        out.push('\n');
    }
    out
}

impl Upos {
    /// All tags in a fixed order (the tagger's class indices).
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The UD name (`"PROPN"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Parse a UD name (`"NOUN"`); `None` for anything else.
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.iter().copied().find(|u| u.as_str() == s)
    }

    /// Index in [`Upos::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }
}
