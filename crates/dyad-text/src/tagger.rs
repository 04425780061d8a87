//! Averaged-perceptron UPOS tagger (greedy, left to right), its training code and its
//! compact binary model format.
//!
//! Model file (`models/tagger.bin`, little-endian):
//! ```text
//! magic   b"DYADTAG1"
//! u32     n_features
//! f32     scale                       weight = q * scale
//! n_features x { u32 key, u8 nnz, nnz x { u8 class, i16 q } }
//! u32     n_lemma_exceptions
//! n x { u8 upos, u8 len, form bytes, u8 len, lemma bytes }
//! ```
//! `key` is a 32-bit FxHash-style hash of a feature template and its value.

use crate::Upos;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Number of classes (UPOS tags).
pub const NCLASS: usize = 17;

/// Errors loading a model.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// Wrong magic bytes.
    #[error("tagger model: bad magic (not a dyad tagger model)")]
    BadMagic,
    /// The data ends early or is malformed.
    #[error("tagger model: truncated or malformed at byte {0}")]
    Truncated(usize),
}

// ---------------------------------------------------------------------------------
// Hashing

const K: u64 = 0x517c_c1b7_2722_0a95;

#[inline]
fn mix(h: u64, x: u64) -> u64 {
    (h.rotate_left(5) ^ x).wrapping_mul(K)
}

#[inline]
fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let mut h = mix(seed, b.len() as u64);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut a = [0u8; 8];
        a.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(a));
    }
    let r = chunks.remainder();
    if !r.is_empty() {
        let mut a = [0u8; 8];
        a[..r.len()].copy_from_slice(r);
        h = mix(h, u64::from_le_bytes(a));
    }
    h
}

#[inline]
fn fold(h: u64) -> u32 {
    let k = (h ^ (h >> 32)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// A minimal FxHash-style hasher for integer keys.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(self.0, bytes);
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = mix(self.0, i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = mix(self.0, i);
    }
    fn write_usize(&mut self, i: usize) {
        self.0 = mix(self.0, i as u64);
    }
}

/// `HashMap` with [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

// ---------------------------------------------------------------------------------
// Features

/// Per-token facts computed once per sentence.
#[derive(Clone, Copy, Default)]
struct Tok {
    w: u64,
    suf3: u64,
    shape: u64,
    /// Shape flags (see [`shape_hash`]); 0 for padding.
    flags: u8,
}

const N_STATIC: usize = 26;
const N_DYN: usize = 5;

fn shape_hash(form: &str) -> (u64, u8) {
    // flags: 1 init cap, 2 all caps, 4 has digit, 8 has hyphen, 16 has lower
    let mut h = 0x9e37_79b9_7f4a_7c15u64;
    let mut last = 0u8;
    let mut n = 0;
    let mut flags = 0u8;
    let mut upper = 0;
    let mut letters = 0;
    for (i, c) in form.chars().enumerate() {
        let cls = if c.is_uppercase() {
            upper += 1;
            letters += 1;
            if i == 0 {
                flags |= 1;
            }
            b'X'
        } else if c.is_lowercase() {
            letters += 1;
            flags |= 16;
            b'x'
        } else if c.is_ascii_digit() {
            flags |= 4;
            b'd'
        } else if c.is_alphabetic() {
            b'a'
        } else {
            if c == '-' {
                flags |= 8;
            }
            if c.is_ascii() {
                c as u8
            } else {
                b'~'
            }
        };
        if cls != last {
            n += 1;
            if n <= 6 {
                h = mix(h, cls as u64);
            }
            last = cls;
        }
    }
    if letters > 1 && upper == letters {
        flags |= 2;
    }
    (h, flags)
}

#[inline]
fn suffix(s: &[u8], n: usize) -> &[u8] {
    if s.len() > n {
        &s[s.len() - n..]
    } else {
        s
    }
}

#[inline]
fn prefix(s: &[u8], n: usize) -> &[u8] {
    if s.len() > n {
        &s[..n]
    } else {
        s
    }
}

/// Closed-class tag and irregular-verb flag of the normalised words that have either,
/// keyed by the word hash the tagger computes anyway (`hash_bytes(1, norm)`), so the
/// per-token rule feature costs one probe of a small table instead of two string-hash
/// lookups.
struct Lexicon {
    /// `(hash, word, closed-class tag or 255, irregular verb form)`; hash 0 = empty.
    slots: Vec<(u64, &'static str, u8, bool)>,
    mask: usize,
}

impl Lexicon {
    fn get() -> &'static Lexicon {
        static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        L.get_or_init(|| {
            let mut words: Vec<(&'static str, u8, bool)> = Vec::new();
            for (w, u) in crate::rules::CLOSED {
                words.push((w, *u as u8, false));
            }
            for (w, base) in crate::lemma::verb_table().iter() {
                if w != base {
                    match words.iter_mut().find(|x| x.0 == *w) {
                        Some(x) => x.2 = true,
                        None => words.push((w, 255, true)),
                    }
                }
            }
            let cap = (words.len() * 4).next_power_of_two();
            let mut slots = vec![(0u64, "", 255u8, false); cap];
            let mask = cap - 1;
            for (w, u, irr) in words {
                let h = hash_bytes(1, w.as_bytes()) | 1;
                let mut i = (h >> 40) as usize & mask;
                while slots[i].0 != 0 {
                    i = (i + 1) & mask;
                }
                slots[i] = (h, w, u, irr);
            }
            Lexicon { slots, mask }
        })
    }

    /// `(closed-class tag, irregular verb form)` of `norm` whose word hash is `h`.
    #[inline]
    fn lookup(&self, h: u64, norm: &str) -> (Option<Upos>, bool) {
        let h = h | 1;
        let mut i = (h >> 40) as usize & self.mask;
        loop {
            let (k, w, u, irr) = self.slots[i];
            if k == 0 {
                return (None, false);
            }
            if k == h && w == norm {
                return (Upos::ALL.get(u as usize).copied(), irr);
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// What one token contributes to the scores, whatever its neighbours: the summed rows
/// of its own word-only features and of the context features that see it as a
/// neighbour. Cached per thread (see [`Scratch`]).
#[derive(Clone, Copy)]
struct WordEntry {
    /// The surface form's bytes, zero-padded (forms of up to 16 bytes are cached).
    form: [u64; 2],
    /// `len | initial << 8 | 1 << 9` for a cached form; 0 = empty or not cacheable.
    meta: u32,
    /// The word and suffix feature keys (the tag-history features combine them with
    /// the previous tag).
    w_key: u32,
    suf3_key: u32,
    tok: Tok,
    /// Row sums by role: `[own, as p2, as p1, as n1, as n2]` of the token they score.
    sums: [[i32; NCLASS]; 5],
}

const EMPTY_WORD: WordEntry = WordEntry {
    form: [0; 2],
    meta: 0,
    w_key: 0,
    suf3_key: 0,
    tok: PAD_L1,
    sums: [[0; NCLASS]; 5],
};

/// Direct-mapped word cache size (entries of ~400 bytes: 6.5 MB a thread). On Reuters,
/// 16k entries coded ~6% faster than 4k (fewer feature recomputations for a wire
/// vocabulary of tens of thousands of forms); 64k was no faster.
const WORD_CACHE: usize = 16384;

/// Reusable buffers for tagging, one per thread (reused across sentences and calls),
/// plus the word cache: for a (surface form, sentence-initial) pair, the token facts
/// and its [`WordEntry::sums`], so that a frequent word costs one probe instead of 24
/// weight-table lookups and its hashing; per token only the two word-bigram and the
/// five tag-history features are looked up.
#[derive(Default)]
pub(crate) struct Scratch {
    /// Per-token facts, with two padding entries at each end.
    toks: Vec<Tok>,
    /// Rule feature per token, with two padding entries at each end.
    rules: Vec<u64>,
    /// Static feature keys per token (training and uncached path).
    st: Vec<[u32; N_STATIC]>,
    /// Per-token score accumulators, with two padding entries at each end.
    acc: Vec<[i32; NCLASS]>,
    /// Per-token `(word key, suffix key)` for the tag-history features.
    dkeys: Vec<(u32, u32)>,
    /// Id of the model whose weights `cache` and `pads` hold.
    model_id: u64,
    cache: Vec<WordEntry>,
    /// Entries of the four padding positions (left 2, left 1, right 1, right 2).
    pads: Vec<WordEntry>,
    /// Row sums of the three tag-history features that depend only on the previous two
    /// tags, at `t1 * N_HIST + t2`.
    hist: Vec<[i32; NCLASS]>,
}

/// Tag-history values: the 17 tags plus the two sentence-start markers.
const N_HIST: usize = 19;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Run `f` with this thread's scratch buffers (fresh ones if they are in use).
/// Also works while the thread is being torn down (the buffers are gone then).
fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    let mut f = Some(f);
    let r = SCRATCH
        .try_with(|c| match c.try_borrow_mut() {
            Ok(mut sc) => f.take().map(|g| g(&mut sc)),
            Err(_) => None,
        })
        .ok()
        .flatten();
    match (r, f) {
        (Some(r), _) => r,
        (None, Some(g)) => g(&mut Scratch::default()),
        (None, None) => unreachable!("the closure ran, so it returned a value"),
    }
}

const PAD_L2: Tok = Tok {
    w: 21,
    suf3: 22,
    shape: 23,
    flags: 0,
};
const PAD_L1: Tok = Tok {
    w: 11,
    suf3: 12,
    shape: 13,
    flags: 0,
};
const PAD_R1: Tok = Tok {
    w: 31,
    suf3: 32,
    shape: 33,
    flags: 0,
};
const PAD_R2: Tok = Tok {
    w: 41,
    suf3: 42,
    shape: 43,
    flags: 0,
};
const PAD_RULE: u64 = 99;

/// Number of features that depend only on the token itself (and whether it starts the
/// sentence); the other `N_STATIC - N_WORD` look at the neighbours.
const N_WORD: usize = 14;
const N_CTX: usize = N_STATIC - N_WORD;

/// Token facts and rule feature of `form`/`norm` (word hash `wh`).
#[inline]
fn word_facts(form: &str, norm: &str, wh: u64, initial: bool, lex: &Lexicon) -> (Tok, u64) {
    let wb = norm.as_bytes();
    let (shape, flags) = shape_hash(form);
    let tok = Tok {
        w: wh,
        suf3: hash_bytes(2, suffix(wb, 3)),
        shape,
        flags,
    };
    let (closed, irregular) = lex.lookup(wh, norm);
    let tag = crate::rules::tag_word_closed(form, norm, initial, closed);
    (tok, tag as u64 | (irregular as u64) << 8)
}

/// The word-only feature keys. Index 1 is the word key and 4 the suffix key
/// ([`dyn_features`] combines them with the previous tag).
#[inline]
fn word_keys(norm: &str, t: Tok, r: u64, initial: bool) -> [u32; N_WORD] {
    let wb = norm.as_bytes();
    let fl = t.flags as u64 | if initial { 64 } else { 0 };
    [
        mix(100, 0),
        mix(101, t.w),
        hash_bytes(102, suffix(wb, 1)),
        hash_bytes(103, suffix(wb, 2)),
        mix(104, t.suf3),
        hash_bytes(105, suffix(wb, 4)),
        hash_bytes(106, prefix(wb, 1)),
        hash_bytes(107, prefix(wb, 2)),
        hash_bytes(108, prefix(wb, 3)),
        mix(109, t.shape),
        mix(110, fl),
        mix(mix(121, fl), t.suf3),
        mix(122, r),
        mix(mix(125, r), t.suf3),
    ]
    .map(fold)
}

/// The context feature keys of the token at padded index `j` (2 + position).
#[inline]
fn ctx_keys(toks: &[Tok], rules: &[u64], j: usize) -> [u32; N_CTX] {
    let (p2, p1, t, n1, n2) = (toks[j - 2], toks[j - 1], toks[j], toks[j + 1], toks[j + 2]);
    [
        mix(111, p1.w),
        mix(112, n1.w),
        mix(113, p2.w),
        mix(114, n2.w),
        mix(115, p1.suf3),
        mix(116, n1.suf3),
        mix(117, p1.shape),
        mix(118, n1.shape),
        mix(mix(119, t.w), n1.w),
        mix(mix(120, p1.w), t.w),
        mix(123, rules[j - 1]),
        mix(124, rules[j + 1]),
    ]
    .map(fold)
}

/// Static (tag-independent) features of every token of a sentence, into `sc.st`
/// (word-only keys first, then context keys).
fn static_features(forms: &[&str], norms: &[&str], sc: &mut Scratch) {
    let n = forms.len().min(norms.len());
    let lex = Lexicon::get();
    let Scratch {
        toks, rules, st, ..
    } = sc;
    toks.clear();
    rules.clear();
    toks.extend([PAD_L2, PAD_L1]);
    rules.extend([PAD_RULE, PAD_RULE]);
    for (k, (f, w)) in forms.iter().zip(norms).enumerate() {
        let (t, r) = word_facts(f, w, hash_bytes(1, w.as_bytes()), k == 0, lex);
        toks.push(t);
        rules.push(r);
    }
    toks.extend([PAD_R1, PAD_R2]);
    rules.extend([PAD_RULE, PAD_RULE]);
    st.clear();
    st.reserve(n);
    for (i, norm) in norms.iter().enumerate().take(n) {
        let mut a = [0u32; N_STATIC];
        a[..N_WORD].copy_from_slice(&word_keys(norm, toks[i + 2], rules[i + 2], i == 0));
        a[N_WORD..].copy_from_slice(&ctx_keys(toks, rules, i + 2));
        st.push(a);
    }
}

#[inline]
fn dyn_features(w_key: u32, suf3_key: u32, t1: u8, t2: u8) -> [u32; N_DYN] {
    [
        fold(mix(200, t1 as u64)),
        fold(mix(201, t2 as u64)),
        fold(mix(mix(202, t1 as u64), t2 as u64)),
        fold(mix(mix(203, t1 as u64), w_key as u64)),
        fold(mix(mix(204, t1 as u64), suf3_key as u64)),
    ]
}

const START_TAG: u8 = 17;
const START_TAG2: u8 = 18;

// ---------------------------------------------------------------------------------
// Runtime model

/// A loaded tagger model plus the lemma exception table learned with it.
///
/// Weights stay i16-quantised at run time and are summed as integers: the argmax over
/// `sum(q) * scale` is the argmax over `sum(q)` (scale > 0), without float rounding.
#[derive(Clone)]
pub struct Model {
    /// Distinct per loaded model (clones share it): keys the per-thread word cache.
    id: u64,
    /// Open-addressing table: `key | row << 32` per slot, key 0 = empty. 8 bytes a
    /// slot, so one load gives both the key and its row (2 MB for the built-in model).
    slots: Vec<u64>,
    /// Dense i16-quantised weight rows, 34 bytes each (half the size of f32 rows), summed
    /// into i32 with straight-line SIMD code. (Sparse rows are smaller still but their
    /// data-dependent scatter-add measured 2x slower.)
    rows: Vec<[i16; NCLASS]>,
    mask: usize,
    lemma_exc: FxMap<u64, (Box<str>, Box<str>)>,
}

impl std::fmt::Debug for Model {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Model")
            .field("features", &self.rows.len())
            .field("lemma_exceptions", &self.lemma_exc.len())
            .finish()
    }
}

fn lemma_key(norm: &str, upos: u8) -> u64 {
    mix(hash_bytes(7, norm.as_bytes()), upos as u64)
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or(ModelError::Truncated(self.pos))?;
        let s = self
            .b
            .get(self.pos..end)
            .ok_or(ModelError::Truncated(self.pos))?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
    }
    fn i16(&mut self) -> Result<i16, ModelError> {
        let s = self.take(2)?;
        Ok(i16::from_le_bytes([s[0], s[1]]))
    }
    fn str(&mut self) -> Result<&'a str, ModelError> {
        let n = self.u8()? as usize;
        let p = self.pos;
        std::str::from_utf8(self.take(n)?).map_err(|_| ModelError::Truncated(p))
    }
}

#[inline]
fn slot_of(key: u32, mask: usize) -> usize {
    (key.wrapping_mul(0x9e37_79b9) >> 8) as usize & mask
}

impl Model {
    /// Parse a model from its bytes.
    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b, pos: 0 };
        if r.take(8)? != b"DYADTAG1" {
            return Err(ModelError::BadMagic);
        }
        let n = r.u32()? as usize;
        let _scale = f32::from_bits(r.u32()?);
        // load factor <= 0.5 (0.28 for the built-in model): short probe runs
        let cap = (n * 2).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![0u64; cap];
        let mut rows = Vec::with_capacity(n);
        for _ in 0..n {
            let key = r.u32()?;
            let nnz = r.u8()? as usize;
            let mut row = [0i16; NCLASS];
            for _ in 0..nnz {
                let c = r.u8()? as usize;
                let q = r.i16()?;
                let Some(x) = row.get_mut(c) else {
                    return Err(ModelError::Truncated(r.pos));
                };
                *x = q;
            }
            if key == 0 {
                // 0 marks an empty slot; `fold` never produces it
                return Err(ModelError::Truncated(r.pos));
            }
            let mut i = slot_of(key, mask);
            while slots[i] as u32 != 0 && slots[i] as u32 != key {
                i = (i + 1) & mask;
            }
            slots[i] = key as u64 | (rows.len() as u64) << 32;
            rows.push(row);
        }
        let nl = r.u32()? as usize;
        let mut lemma_exc = FxMap::default();
        for _ in 0..nl {
            let u = r.u8()?;
            let form = r.str()?;
            let lemma = r.str()?;
            lemma_exc.insert(lemma_key(form, u), (Box::from(form), Box::from(lemma)));
        }
        static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Ok(Model {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            slots,
            rows,
            mask,
            lemma_exc,
        })
    }

    /// Identity of this loaded model (clones share it), for caches of its results.
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Number of weight rows (features).
    pub fn n_features(&self) -> usize {
        self.rows.len()
    }

    #[inline]
    fn add(&self, scores: &mut [i32; NCLASS], key: u32) {
        let mut i = slot_of(key, self.mask);
        loop {
            let Some(&slot) = self.slots.get(i) else {
                return;
            };
            let k = slot as u32;
            if k == key {
                if let Some(r) = self.rows.get((slot >> 32) as usize) {
                    add_row(scores, r);
                }
                return;
            }
            if k == 0 {
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Tag one sentence. `forms` are the surface forms, `norms` the normalised forms
    /// ([`crate::normalize`]); `out` receives one tag per token.
    pub fn tag(&self, forms: &[&str], norms: &[&str], out: &mut Vec<Upos>) {
        self.tag_norms(forms, norms, out);
    }

    /// [`Model::tag`] for any slice of normalised forms (e.g. `&[String]`, which saves
    /// collecting a `Vec<&str>` per sentence).
    pub(crate) fn tag_norms<N: AsRef<str>>(
        &self,
        forms: &[&str],
        norms: &[N],
        out: &mut Vec<Upos>,
    ) {
        with_scratch(|sc| self.tag_with(forms, norms, out, sc));
    }

    /// The token facts and word-feature sums of one token, from the cache or computed
    /// (and cached).
    #[inline]
    fn word<'c>(
        &self,
        cache: &'c mut [WordEntry],
        form: &str,
        norm: &str,
        initial: bool,
        lex: &Lexicon,
    ) -> &'c WordEntry {
        // The cache key is the form itself (exact, no hashing on a hit).
        let fb = form.as_bytes();
        let (key, meta) = if fb.len() <= 16 {
            let mut a = [0u8; 16];
            a[..fb.len()].copy_from_slice(fb);
            let mut w = [0u64; 2];
            for (d, c) in w.iter_mut().zip(a.chunks_exact(8)) {
                let mut b = [0u8; 8];
                b.copy_from_slice(c);
                *d = u64::from_le_bytes(b);
            }
            (w, fb.len() as u32 | (initial as u32) << 8 | 1 << 9)
        } else {
            ([0; 2], 0)
        };
        let slot = (mix(mix(meta as u64, key[0]), key[1]) >> 40) as usize & (WORD_CACHE - 1);
        let slot = slot.min(cache.len().saturating_sub(1));
        let c = &cache[slot];
        if meta != 0 && c.meta == meta && c.form == key {
            return &cache[slot];
        }
        let wh = hash_bytes(1, norm.as_bytes());
        let (tok, rule) = word_facts(form, norm, wh, initial, lex);
        let mut sums = self.neighbour_sums(tok, rule);
        for k in word_keys(norm, tok, rule, initial) {
            self.add(&mut sums[0], k);
        }
        let e = WordEntry {
            form: key,
            meta,
            w_key: fold(mix(101, tok.w)),
            suf3_key: fold(mix(104, tok.suf3)),
            tok,
            sums,
        };
        cache[slot] = e;
        &cache[slot]
    }

    /// Row sums of the context features that see a token `t` (rule feature `r`) as a
    /// neighbour, by role (`[_, as p2, as p1, as n1, as n2]`; index 0 is left zero).
    /// Same keys as [`ctx_keys`] without the word bigrams.
    fn neighbour_sums(&self, t: Tok, r: u64) -> [[i32; NCLASS]; 5] {
        let mut s = [[0i32; NCLASS]; 5];
        self.add(&mut s[1], fold(mix(113, t.w)));
        for k in [
            mix(111, t.w),
            mix(115, t.suf3),
            mix(117, t.shape),
            mix(123, r),
        ] {
            self.add(&mut s[2], fold(k));
        }
        for k in [
            mix(112, t.w),
            mix(116, t.suf3),
            mix(118, t.shape),
            mix(124, r),
        ] {
            self.add(&mut s[3], fold(k));
        }
        self.add(&mut s[4], fold(mix(114, t.w)));
        s
    }

    /// [`Model::tag`] with caller-owned buffers and word cache.
    fn tag_with<N: AsRef<str>>(
        &self,
        forms: &[&str],
        norms: &[N],
        out: &mut Vec<Upos>,
        sc: &mut Scratch,
    ) {
        let n = forms.len().min(norms.len());
        let lex = Lexicon::get();
        if sc.model_id != self.id
            || sc.cache.len() != WORD_CACHE
            || sc.pads.len() != 4
            || sc.hist.len() != N_HIST * N_HIST
        {
            sc.hist.clear();
            for t1 in 0..N_HIST as u8 {
                for t2 in 0..N_HIST as u8 {
                    let mut sums = [0i32; NCLASS];
                    for k in &dyn_features(0, 0, t1, t2)[..3] {
                        self.add(&mut sums, *k);
                    }
                    sc.hist.push(sums);
                }
            }
            sc.cache.clear();
            sc.cache.resize(WORD_CACHE, EMPTY_WORD);
            sc.pads.clear();
            for tok in [PAD_L2, PAD_L1, PAD_R1, PAD_R2] {
                let sums = self.neighbour_sums(tok, PAD_RULE);
                sc.pads.push(WordEntry {
                    form: [0; 2],
                    meta: 0,
                    w_key: 0,
                    suf3_key: 0,
                    tok,
                    sums,
                });
            }
            sc.model_id = self.id;
        }
        let Scratch {
            toks,
            acc,
            dkeys,
            cache,
            pads,
            hist,
            ..
        } = sc;
        toks.clear();
        acc.clear();
        acc.resize(n + 4, [0; NCLASS]);
        // Each token (and padding) adds its contributions to itself and to the tokens
        // up to two either side. j = padded index.
        let spread = |acc: &mut [[i32; NCLASS]], j: usize, e: &WordEntry| {
            for (role, d) in [(0, 0), (1, 2), (2, 1)] {
                if let Some(a) = acc.get_mut(j + d) {
                    add_sums(a, &e.sums[role]);
                }
            }
            for (role, d) in [(3, 1), (4, 2)] {
                if let Some(a) = j.checked_sub(d).and_then(|x| acc.get_mut(x)) {
                    add_sums(a, &e.sums[role]);
                }
            }
        };
        spread(acc, 0, &pads[0]);
        spread(acc, 1, &pads[1]);
        toks.extend([PAD_L2, PAD_L1]);
        dkeys.clear();
        for (k, (f, w)) in forms.iter().zip(norms).enumerate() {
            // The first word after a dateline ("KYIV, Jan 1 (Reuters) - Clashes ...") starts
            // the sentence proper: capitalised as any sentence-initial word.
            let initial = k == 0 || crate::opens_after_dateline(k, |i| forms[i]);
            let e = self.word(cache, f, w.as_ref(), initial, lex);
            toks.push(e.tok);
            dkeys.push((e.w_key, e.suf3_key));
            spread(acc, k + 2, e);
        }
        spread(acc, n + 2, &pads[2]);
        spread(acc, n + 3, &pads[3]);
        toks.extend([PAD_R1, PAD_R2]);
        // The word-bigram features do not depend on tags: add them before the
        // left-to-right pass, where their (often cache-missing) lookups overlap.
        for j in 2..n + 2 {
            let (p1, t, n1) = (toks[j - 1], toks[j], toks[j + 1]);
            let a = &mut acc[j];
            self.add(a, fold(mix(mix(119, t.w), n1.w)));
            self.add(a, fold(mix(mix(120, p1.w), t.w)));
        }
        out.clear();
        let (mut t1, mut t2) = (START_TAG, START_TAG2);
        for i in 0..n {
            let j = i + 2;
            let mut scores = acc[j];
            if let Some(h) = hist.get(t1 as usize * N_HIST + t2 as usize) {
                add_sums(&mut scores, h);
            }
            let (w_key, suf3_key) = dkeys.get(i).copied().unwrap_or_default();
            for k in &dyn_features(w_key, suf3_key, t1, t2)[3..] {
                self.add(&mut scores, *k);
            }
            let best = argmax_i32(&scores);
            out.push(Upos::ALL[best]);
            if best == Upos::Propn as usize {
                // "the United/VERB States": a Title-case VERB inside a name.
                let k = out.len() - 1;
                if k >= 2
                    && out[k - 1] == Upos::Verb
                    && title_case(forms[k - 1])
                    && title_case(forms[k])
                {
                    out[k - 1] = Upos::Propn;
                }
            }
            t2 = t1;
            t1 = best as u8;
        }
    }

    /// The learned lemma exception for (`norm`, `upos`), if any.
    pub fn lemma_exception(&self, norm: &str, upos: Upos) -> Option<&str> {
        let (f, l) = self.lemma_exc.get(&lemma_key(norm, upos as u8))?;
        (&**f == norm).then_some(&**l)
    }
}

fn title_case(f: &str) -> bool {
    let mut c = f.chars();
    c.next().is_some_and(|c| c.is_uppercase()) && c.all(|c| c.is_lowercase())
}

#[inline]
fn add_sums(scores: &mut [i32; NCLASS], r: &[i32; NCLASS]) {
    for (s, w) in scores.iter_mut().zip(r.iter()) {
        *s += *w;
    }
}

#[inline]
fn add_row(scores: &mut [i32; NCLASS], r: &[i16; NCLASS]) {
    for (s, w) in scores.iter_mut().zip(r.iter()) {
        *s += *w as i32;
    }
}

/// First index of the largest score (same choice as [`argmax`]), as a vectorisable
/// maximum and a search instead of a chain of unpredictable branches.
#[inline]
fn argmax_i32(s: &[i32; NCLASS]) -> usize {
    let m = s.iter().copied().fold(i32::MIN, i32::max);
    s.iter().position(|&v| v == m).unwrap_or(0)
}

#[inline]
fn argmax<T: PartialOrd + Copy>(s: &[T; NCLASS]) -> usize {
    let mut best = 0;
    let mut bv = s[0];
    for (i, v) in s.iter().enumerate().skip(1) {
        if *v > bv {
            bv = *v;
            best = i;
        }
    }
    best
}

// ---------------------------------------------------------------------------------
// Training

/// One training sentence: surface forms and gold tags.
pub struct TrainSentence {
    /// Surface forms.
    pub forms: Vec<String>,
    /// Gold tags.
    pub tags: Vec<Upos>,
}

/// Training options.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// Passes over the data.
    pub iterations: usize,
    /// Drop features whose largest absolute averaged weight is below this.
    pub prune: f32,
    /// Shuffle seed.
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            iterations: 10,
            prune: 0.0,
            seed: 42,
        }
    }
}

struct Trainer {
    index: FxMap<u32, usize>,
    w: Vec<[f32; NCLASS]>,
    totals: Vec<[f64; NCLASS]>,
    stamps: Vec<[u32; NCLASS]>,
    keys: Vec<u32>,
    step: u32,
}

impl Trainer {
    fn score(&self, scores: &mut [f32; NCLASS], k: u32) {
        if let Some(&i) = self.index.get(&k) {
            for (s, w) in scores.iter_mut().zip(self.w[i].iter()) {
                *s += *w;
            }
        }
    }
    fn update(&mut self, k: u32, c: usize, delta: f32) {
        let i = match self.index.get(&k) {
            Some(&i) => i,
            None => {
                let i = self.w.len();
                self.index.insert(k, i);
                self.w.push([0.0; NCLASS]);
                self.totals.push([0.0; NCLASS]);
                self.stamps.push([0; NCLASS]);
                self.keys.push(k);
                i
            }
        };
        let elapsed = (self.step - self.stamps[i][c]) as f64;
        self.totals[i][c] += elapsed * self.w[i][c] as f64;
        self.stamps[i][c] = self.step;
        self.w[i][c] += delta;
    }
}

/// Train a model; returns the serialised model bytes (without lemma exceptions: pass
/// them to [`serialize`] via `lemma_exceptions`).
pub fn train(
    sents: &[TrainSentence],
    opts: TrainOptions,
    lemma_exceptions: &[(Upos, String, String)],
) -> Vec<u8> {
    let mut tr = Trainer {
        index: FxMap::default(),
        w: Vec::new(),
        totals: Vec::new(),
        stamps: Vec::new(),
        keys: Vec::new(),
        step: 0,
    };
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = opts.seed | 1;
    let mut sc = Scratch::default();
    let mut norms_s: Vec<String> = Vec::new();
    for it in 0..opts.iterations {
        // Fisher-Yates with xorshift
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let mut correct = 0usize;
        let mut total = 0usize;
        for &si in &order {
            let s = &sents[si];
            let forms: Vec<&str> = s.forms.iter().map(|x| x.as_str()).collect();
            norms_s.clear();
            norms_s.extend(forms.iter().map(|f| crate::normalize(f)));
            let norms: Vec<&str> = norms_s.iter().map(|x| x.as_str()).collect();
            static_features(&forms, &norms, &mut sc);
            let (mut t1, mut t2) = (START_TAG, START_TAG2);
            for (f, gold) in sc.st.iter().zip(&s.tags) {
                tr.step += 1;
                let d = dyn_features(f[1], f[4], t1, t2);
                let mut scores = [0f32; NCLASS];
                for k in f.iter().chain(d.iter()) {
                    tr.score(&mut scores, *k);
                }
                let guess = argmax(&scores);
                let g = gold.index();
                if guess != g {
                    for k in f.iter().chain(d.iter()) {
                        tr.update(*k, g, 1.0);
                        tr.update(*k, guess, -1.0);
                    }
                } else {
                    correct += 1;
                }
                total += 1;
                t2 = t1;
                t1 = guess as u8;
            }
        }
        eprintln!(
            "iteration {}: train accuracy {:.4}",
            it + 1,
            correct as f64 / total.max(1) as f64
        );
    }
    // Average.
    let step = tr.step as f64;
    let mut avg: Vec<(u32, [f32; NCLASS])> = Vec::with_capacity(tr.w.len());
    for i in 0..tr.w.len() {
        let mut row = [0f32; NCLASS];
        for (c, r) in row.iter_mut().enumerate() {
            let total = tr.totals[i][c] + (step - tr.stamps[i][c] as f64) * tr.w[i][c] as f64;
            *r = (total / step) as f32;
        }
        avg.push((tr.keys[i], row));
    }
    serialize(&avg, opts.prune, lemma_exceptions)
}

/// Serialise averaged weights and lemma exceptions into the model format.
pub fn serialize(
    rows: &[(u32, [f32; NCLASS])],
    prune: f32,
    lemma_exceptions: &[(Upos, String, String)],
) -> Vec<u8> {
    let max = rows
        .iter()
        .flat_map(|(_, r)| r.iter())
        .fold(0f32, |m, v| m.max(v.abs()));
    let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
    let mut body = Vec::new();
    let mut n = 0u32;
    for (k, r) in rows {
        let rmax = r.iter().fold(0f32, |m, v| m.max(v.abs()));
        if rmax < prune || rmax == 0.0 {
            continue;
        }
        let q: Vec<(u8, i16)> = r
            .iter()
            .enumerate()
            .map(|(c, v)| (c as u8, (v / scale).round() as i16))
            .filter(|(_, q)| *q != 0)
            .collect();
        if q.is_empty() {
            continue;
        }
        body.extend_from_slice(&k.to_le_bytes());
        body.push(q.len() as u8);
        for (c, v) in q {
            body.push(c);
            body.extend_from_slice(&v.to_le_bytes());
        }
        n += 1;
    }
    let mut out = Vec::with_capacity(body.len() + 64);
    out.extend_from_slice(b"DYADTAG1");
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&scale.to_bits().to_le_bytes());
    out.extend_from_slice(&body);
    let ex: Vec<&(Upos, String, String)> = lemma_exceptions
        .iter()
        .filter(|(_, f, l)| f.len() < 256 && l.len() < 256)
        .collect();
    out.extend_from_slice(&(ex.len() as u32).to_le_bytes());
    for (u, f, l) in ex {
        out.push(*u as u8);
        out.push(f.len() as u8);
        out.extend_from_slice(f.as_bytes());
        out.push(l.len() as u8);
        out.extend_from_slice(l.as_bytes());
    }
    out
}

#[cfg(test)]
mod speed_tests {
    use super::*;

    #[test]
    fn lexicon_matches_rules() {
        let lex = Lexicon::get();
        for w in crate::rules::CLOSED
            .iter()
            .map(|x| x.0)
            .chain(crate::lemma::verb_table().keys().copied())
            .chain(["missiles", "Korea", "xyz"])
        {
            let (c, irr) = lex.lookup(hash_bytes(1, w.as_bytes()), w);
            assert_eq!(c, crate::rules::closed_class(w), "{w}");
            assert_eq!(irr, crate::lemma::is_irregular_verb_form(w), "{w}");
        }
    }

    #[test]
    fn probe_runs_are_short() {
        let m = Model::from_bytes(include_bytes!("../../../models/tagger.bin")).unwrap();
        let mut total = 0usize;
        for &slot in &m.slots {
            let key = slot as u32;
            if key != 0 {
                let mut i = slot_of(key, m.mask);
                let mut d = 1;
                while m.slots[i] as u32 != key {
                    i = (i + 1) & m.mask;
                    d += 1;
                }
                total += d;
            }
        }
        let avg = total as f64 / m.rows.len() as f64;
        assert!(avg < 1.5, "average probes {avg}");
    }

    /// Tags from the plain path (all 26 static keys looked up per token, as in training).
    fn tag_uncached(m: &Model, forms: &[&str], norms: &[&str]) -> Vec<Upos> {
        let mut sc = Scratch::default();
        static_features(forms, norms, &mut sc);
        let mut out: Vec<Upos> = Vec::new();
        let (mut t1, mut t2) = (START_TAG, START_TAG2);
        for f in &sc.st {
            let mut scores = [0i32; NCLASS];
            for k in f.iter().copied().chain(dyn_features(f[1], f[4], t1, t2)) {
                m.add(&mut scores, k);
            }
            let best = argmax(&scores);
            out.push(Upos::ALL[best]);
            let k = out.len() - 1;
            if best == Upos::Propn as usize
                && k >= 2
                && out[k - 1] == Upos::Verb
                && title_case(forms[k - 1])
                && title_case(forms[k])
            {
                out[k - 1] = Upos::Propn;
            }
            (t2, t1) = (t1, best as u8);
        }
        out
    }

    #[test]
    fn word_cache_gives_the_same_tags() {
        let m = Model::from_bytes(include_bytes!("../../../models/tagger.bin")).unwrap();
        let text = "WASHINGTON: Mr. Blinken met Park Jin on Tuesday. North Korea's missiles \
                    were fired into the sea, officials said, and the United States condemned \
                    the launches. The the Sea sea said Said SAID.";
        let toks = crate::tokenize::tokenize(text);
        let forms: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        let norms_s: Vec<String> = forms.iter().map(|f| crate::normalize(f)).collect();
        let norms: Vec<&str> = norms_s.iter().map(|s| s.as_str()).collect();
        let want = tag_uncached(&m, &forms, &norms);
        assert_eq!(
            want[forms.iter().position(|f| *f == "missiles").unwrap()],
            Upos::Noun
        );
        let mut got = Vec::new();
        // twice: the second run is served from the cache; then from offset 1 (another
        // sentence-initial word)
        for _ in 0..2 {
            m.tag(&forms, &norms, &mut got);
            assert_eq!(got, want);
        }
        m.tag(&forms[1..], &norms[1..], &mut got);
        assert_eq!(got, tag_uncached(&m, &forms[1..], &norms[1..]));
    }
}
