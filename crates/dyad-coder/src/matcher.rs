//! Phrase matching over token streams.
//!
//! Dictionary phrases are normalised exactly like sentence tokens (same tokenizer,
//! lowercase, diacritics folded) and joined with single spaces. A sentence becomes the
//! same kind of string, one token per word. Phrases are stored in a trie over token
//! hashes; [`PhraseSet::longest_at`] walks it from a token and returns the longest phrase
//! that starts there, checked against the text (so a hash collision can never give a
//! wrong match). Phrases always start and end on token boundaries.

use dyad_text::tagger::FxMap;
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// Fold a token for matching: lowercase, ASCII quotes and dashes, diacritics removed.
///
/// ```
/// assert_eq!(dyad_coder::matcher::fold("São"), "sao");
/// assert_eq!(dyad_coder::matcher::fold("Korea’s"), "korea's");
/// ```
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{2032}' => out.push('\''),
            '\u{201c}' | '\u{201d}' => out.push('"'),
            '\u{2010}'..='\u{2015}' => out.push('-'),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// A token stream prepared for matching: `" "`-joined forms and where each token starts.
#[derive(Debug, Default, Clone)]
pub struct Stream {
    /// The joined text, each token followed by one space.
    pub text: String,
    /// Byte offset of each token in `text`, plus one final entry for the end.
    pub starts: Vec<usize>,
    /// For a compressed stream: index of the sentence token each stream token came from.
    pub origin: Vec<usize>,
    /// Each token's 64-bit hash, computed once here for the filters of every
    /// [`PhraseSet`] that looks at the token.
    hashes: Vec<u64>,
}

impl Stream {
    /// Build a stream from token forms (already folded). `origin[i]` is the sentence token
    /// index of the i-th form.
    pub fn new<'a>(forms: impl IntoIterator<Item = (&'a str, usize)>) -> Stream {
        let forms = forms.into_iter();
        let (n, max) = forms.size_hint();
        let n = max.unwrap_or(n);
        let mut s = Stream {
            text: String::with_capacity(n * 8),
            starts: Vec::with_capacity(n + 1),
            origin: Vec::with_capacity(n),
            hashes: Vec::with_capacity(n),
        };
        for (f, o) in forms {
            s.starts.push(s.text.len());
            s.text.push_str(f);
            s.text.push(' ');
            s.origin.push(o);
            s.hashes.push(token_hash(f.as_bytes()));
        }
        s.starts.push(s.text.len());
        s
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.origin.len()
    }

    /// True when the stream has no tokens.
    pub fn is_empty(&self) -> bool {
        self.origin.is_empty()
    }
}

/// Bits in the first-token filter of a [`PhraseSet`] (a power of two).
const FILTER_BITS: usize = 1 << 18;

/// Bits in the token-pair filter of a [`PhraseSet`] (a power of two).
const PAIR_BITS: usize = 1 << 20;

/// FNV-1a over a token's bytes, for the filters.
fn token_hash(t: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in t {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Bit of a token (by hash) in the first-token filter.
fn first_bit(h: u64) -> usize {
    (h as usize) & (FILTER_BITS - 1)
}

/// Bit of two consecutive tokens (by hash) in the pair filter.
fn pair_bit(a: u64, b: u64) -> usize {
    let h = (a.rotate_left(23) ^ b).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 40) as usize & (PAIR_BITS - 1)
}

fn test_bit(bits: &[u64], b: usize) -> bool {
    bits.get(b / 64).is_some_and(|w| w & (1 << (b % 64)) != 0)
}

fn set_bit(bits: &mut [u64], b: usize) {
    if let Some(w) = bits.get_mut(b / 64) {
        *w |= 1 << (b % 64);
    }
}

/// A phrase set too large to compile.
#[derive(Debug, thiserror::Error)]
#[error("phrase set too large: more than {max} trie nodes", max = u32::MAX)]
pub struct BuildError;

/// Marks a trie node where no phrase ends.
const NO_PHRASE: u32 = u32::MAX;

/// A compiled set of phrases, each with a list of payloads.
#[derive(Debug)]
pub struct PhraseSet<T> {
    /// The token trie: child node of `(node, token hash)`; the root is node 0.
    edges: FxMap<(u32, u64), u32>,
    /// The phrase ending at each node, or [`NO_PHRASE`].
    ends: Vec<u32>,
    /// Further phrases ending at a node whose tokens' hashes collide with its phrase's
    /// (kept for exactness; no real dictionary has one).
    collided: FxMap<u32, Vec<u32>>,
    /// Each phrase as joined text (`"tok tok "`), to check a walk against the stream.
    patterns: Vec<Box<str>>,
    /// One bit per hash of a phrase's first token: most tokens start no phrase, and this
    /// answers that without walking the trie.
    first: Vec<u64>,
    /// One bit per hash of the first two tokens of a phrase of two or more tokens: where
    /// the bit is clear, only a one-token phrase can start at the token.
    pairs: Vec<u64>,
    /// The one-token phrases by their token's hash: `(token, pattern id)`, so that a
    /// position no longer phrase can start at is answered without the trie.
    singles: FxMap<u64, (Box<str>, usize)>,
    /// Payloads per pattern id.
    payloads: Vec<Vec<T>>,
}

/// One match: stream token range `[start, end)` and the payloads of the phrase.
#[derive(Debug)]
pub struct PhraseMatch<'a, T> {
    /// First stream token.
    pub start: usize,
    /// One past the last stream token.
    pub end: usize,
    /// Everything the dictionary attached to the phrase.
    pub payloads: &'a [T],
}

/// Collects phrases (as lists of folded tokens) with payloads, then compiles them.
#[derive(Debug)]
pub struct PhraseSetBuilder<T> {
    index: HashMap<String, usize>,
    payloads: Vec<Vec<T>>,
    patterns: Vec<String>,
}

impl<T> Default for PhraseSetBuilder<T> {
    fn default() -> Self {
        PhraseSetBuilder {
            index: HashMap::new(),
            payloads: Vec::new(),
            patterns: Vec::new(),
        }
    }
}

impl<T> PhraseSetBuilder<T> {
    /// Add a phrase given as folded tokens. Empty phrases are ignored.
    pub fn add(&mut self, tokens: &[String], payload: T) {
        if tokens.is_empty() || tokens.iter().any(|t| t.is_empty()) {
            return;
        }
        let mut key = tokens.join(" ");
        key.push(' ');
        let id = match self.index.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.patterns.len();
                self.index.insert(key.clone(), id);
                self.patterns.push(key);
                self.payloads.push(Vec::new());
                id
            }
        };
        self.payloads[id].push(payload);
    }

    /// Compile: build the token trie and the filters in front of it.
    pub fn build(self) -> Result<PhraseSet<T>, BuildError> {
        let mut first = vec![0u64; FILTER_BITS / 64];
        let mut pairs = vec![0u64; PAIR_BITS / 64];
        let mut singles = FxMap::default();
        let mut edges: FxMap<(u32, u64), u32> = FxMap::default();
        edges.reserve(self.patterns.len() * 2);
        let mut ends = vec![NO_PHRASE];
        let mut collided: FxMap<u32, Vec<u32>> = FxMap::default();
        // Each phrase's token hashes, hashed once for the filters and the trie walk.
        let mut hashes: Vec<u64> = Vec::new();
        for (id, p) in self.patterns.iter().enumerate() {
            let pid = u32::try_from(id).map_err(|_| BuildError)?;
            hashes.clear();
            hashes.extend(
                p.split(' ')
                    .filter(|t| !t.is_empty())
                    .map(|t| token_hash(t.as_bytes())),
            );
            let ha = hashes.first().copied().unwrap_or_else(|| token_hash(b""));
            set_bit(&mut first, first_bit(ha));
            match hashes.get(1) {
                Some(&hb) => set_bit(&mut pairs, pair_bit(ha, hb)),
                None => {
                    let a = p.split(' ').find(|t| !t.is_empty()).unwrap_or("");
                    singles.insert(ha, (Box::from(a), id));
                }
            }
            let mut node = 0u32;
            for &h in &hashes {
                let next = u32::try_from(ends.len()).map_err(|_| BuildError)?;
                node = *edges.entry((node, h)).or_insert(next);
                if node == next {
                    ends.push(NO_PHRASE);
                }
            }
            match ends.get_mut(node as usize) {
                Some(e) if *e == NO_PHRASE => *e = pid,
                // Keys are distinct, so this is a hash collision: keep both.
                _ => collided.entry(node).or_default().push(pid),
            }
        }
        Ok(PhraseSet {
            edges,
            ends,
            collided,
            patterns: self
                .patterns
                .into_iter()
                .map(String::into_boxed_str)
                .collect(),
            first,
            pairs,
            singles,
            payloads: self.payloads,
        })
    }
}

impl<T> PhraseSet<T> {
    /// Number of distinct phrases.
    pub fn len(&self) -> usize {
        self.payloads.len()
    }

    /// True when there are no phrases.
    pub fn is_empty(&self) -> bool {
        self.payloads.is_empty()
    }

    /// Does some phrase start with this (folded) token?
    pub fn starts_phrase(&self, token: &str) -> bool {
        let h = token_hash(token.as_bytes());
        test_bit(&self.first, first_bit(h)) && self.edges.contains_key(&(0, h))
    }

    /// The longest phrase starting at stream token `i`, if any.
    pub fn longest_at<'a>(&'a self, stream: &Stream, i: usize) -> Option<PhraseMatch<'a, T>> {
        let start = *stream.starts.get(i)?;
        let h = *stream.hashes.get(i)?;
        if !test_bit(&self.first, first_bit(h)) {
            return None;
        }
        // No phrase of two or more tokens starts with this token and the next: the
        // answer is the one-token phrase, if any (the trie would find the same).
        let longer = stream
            .hashes
            .get(i + 1)
            .is_some_and(|&n| test_bit(&self.pairs, pair_bit(h, n)));
        if !longer {
            let (tok, pid) = self.singles.get(&h)?;
            let end = *stream.starts.get(i + 1)?;
            if stream.text.get(start..end.saturating_sub(1)) != Some(&**tok) {
                return None;
            }
            return Some(PhraseMatch {
                start: i,
                end: i + 1,
                payloads: &self.payloads[*pid],
            });
        }
        let mut best = None;
        self.walk(stream, i, start, |end, pid| best = Some((end, pid)));
        let (end, pid) = best?;
        Some(PhraseMatch {
            start: i,
            end,
            payloads: &self.payloads[pid],
        })
    }

    /// Every phrase starting at stream token `i`, shortest first: [`PhraseSet::longest_at`]
    /// and the shorter phrases it extends (a caller that rejects the longest one can fall
    /// back on a shorter one).
    ///
    /// ```
    /// use dyad_coder::matcher::{PhraseSetBuilder, Stream};
    /// let mut b = PhraseSetBuilder::default();
    /// b.add(&["mediate".to_string()], 1);
    /// b.add(&["mediate".to_string(), "talk".to_string()], 2);
    /// let set = b.build().unwrap();
    /// let stream = Stream::new([("mediate", 0), ("talk", 1)]);
    /// let mut found = Vec::new();
    /// set.each_at(&stream, 0, |m| found.push((m.end, m.payloads.to_vec())));
    /// assert_eq!(found, [(1, vec![1]), (2, vec![2])]);
    /// ```
    pub fn each_at<'a>(&'a self, stream: &Stream, i: usize, mut f: impl FnMut(PhraseMatch<'a, T>)) {
        let (Some(&start), Some(&h)) = (stream.starts.get(i), stream.hashes.get(i)) else {
            return;
        };
        if !test_bit(&self.first, first_bit(h)) {
            return;
        }
        let longer = stream
            .hashes
            .get(i + 1)
            .is_some_and(|&n| test_bit(&self.pairs, pair_bit(h, n)));
        if !longer {
            if let Some(m) = self.longest_at(stream, i) {
                f(m);
            }
            return;
        }
        self.walk(stream, i, start, |end, pid| {
            f(PhraseMatch {
                start: i,
                end,
                payloads: &self.payloads[pid],
            })
        });
    }

    /// Walk the trie from stream token `i` (whose text starts at byte `start`), calling `f`
    /// with (end token, phrase id) for every phrase ending on the way whose text is the
    /// stream's (a hash collision never matches), shortest first.
    fn walk(&self, stream: &Stream, i: usize, start: usize, mut f: impl FnMut(usize, usize)) {
        let mut node = 0u32;
        for (j, h) in stream.hashes.iter().enumerate().skip(i) {
            let Some(&child) = self.edges.get(&(node, *h)) else {
                break;
            };
            node = child;
            let Some(&pid) = self.ends.get(node as usize) else {
                break;
            };
            if pid == NO_PHRASE {
                continue;
            }
            let text = stream
                .starts
                .get(j + 1)
                .and_then(|&e| stream.text.get(start..e));
            let others = self.collided.get(&node).map(Vec::as_slice).unwrap_or(&[]);
            if let Some(p) = std::iter::once(pid)
                .chain(others.iter().copied())
                .find(|&p| self.patterns.get(p as usize).map(|k| &**k) == text)
            {
                f(j + 1, p as usize);
            }
        }
    }

    /// Leftmost-longest, non-overlapping matches over the whole stream.
    pub fn scan<'a>(&'a self, stream: &Stream) -> Vec<PhraseMatch<'a, T>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < stream.len() {
            match self.longest_at(stream, i) {
                Some(m) => {
                    i = m.end;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        s.split_whitespace().map(fold).collect()
    }

    #[test]
    fn longest_match_at_token_boundaries() {
        let mut b = PhraseSetBuilder::default();
        b.add(&toks("korea"), 1);
        b.add(&toks("south korea"), 2);
        b.add(&toks("us"), 3);
        let set = b.build().unwrap();
        let words = ["thus", "south", "korea", "and", "us"];
        let stream = Stream::new(words.iter().enumerate().map(|(i, w)| (*w, i)));
        let ms = set.scan(&stream);
        let got: Vec<_> = ms.iter().map(|m| (m.start, m.end, m.payloads[0])).collect();
        assert_eq!(got, vec![(1, 3, 2), (4, 5, 3)]);
    }

    /// The filters in front of the trie never change an answer: `longest_at` agrees
    /// with a brute-force search for the longest phrase at every position, for phrase sets
    /// mixing one-token phrases, longer ones sharing their first token, and both.
    #[test]
    fn filters_agree_with_brute_force() {
        let vocab = ["a", "b", "c", "d", "ab", "ba", "é"];
        // A small deterministic generator (no randomness needed to cover the cases).
        let mut x: u64 = 7;
        let mut next = |n: usize| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) as usize % n
        };
        for _ in 0..200 {
            let mut b = PhraseSetBuilder::default();
            let mut phrases: Vec<Vec<String>> = Vec::new();
            for id in 0..next(8) + 1 {
                let len = next(3) + 1;
                let p: Vec<String> = (0..len).map(|_| fold(vocab[next(vocab.len())])).collect();
                b.add(&p, id);
                phrases.push(p);
            }
            let set = b.build().unwrap();
            let words: Vec<String> = (0..next(10) + 1)
                .map(|_| fold(vocab[next(vocab.len())]))
                .collect();
            let stream = Stream::new(words.iter().enumerate().map(|(i, w)| (w.as_str(), i)));
            for i in 0..words.len() {
                let want = phrases
                    .iter()
                    .filter(|p| words[i..].starts_with(p))
                    .map(|p| p.len())
                    .max();
                let got = set.longest_at(&stream, i).map(|m| m.end - m.start);
                assert_eq!(got, want, "phrases {phrases:?} words {words:?} at {i}");
                // `each_at`: every phrase length that matches here, shortest first.
                let mut want_all: Vec<usize> = phrases
                    .iter()
                    .filter(|p| words[i..].starts_with(p))
                    .map(|p| p.len())
                    .collect();
                want_all.sort_unstable();
                want_all.dedup();
                let mut got_all = Vec::new();
                set.each_at(&stream, i, |m| got_all.push(m.end - m.start));
                assert_eq!(
                    got_all, want_all,
                    "phrases {phrases:?} words {words:?} at {i}"
                );
            }
        }
    }
}
