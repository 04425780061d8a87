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

/// Static (tag-independent) features of every token of a sentence.
fn static_features(forms: &[&str], norms: &[&str], out: &mut Vec<[u32; N_STATIC]>) {
    let n = forms.len();
    let mut toks: Vec<Tok> = Vec::with_capacity(n);
    let mut flags_v: Vec<u8> = Vec::with_capacity(n);
    let mut rule_v: Vec<u64> = Vec::with_capacity(n);
    for (k, (f, w)) in forms.iter().zip(norms).enumerate() {
        let wb = w.as_bytes();
        let (shape, flags) = shape_hash(f);
        toks.push(Tok {
            w: hash_bytes(1, wb),
            suf3: hash_bytes(2, suffix(wb, 3)),
            shape,
        });
        flags_v.push(flags);
        let irregular = crate::lemma::is_irregular_verb_form(w) as u64;
        rule_v.push(crate::rules::tag_word(f, w, k == 0) as u64 | irregular << 8);
    }
    let rule = |i: isize| -> u64 {
        if i < 0 || i as usize >= n {
            99
        } else {
            rule_v[i as usize]
        }
    };
    let pad = Tok {
        w: 11,
        suf3: 12,
        shape: 13,
    };
    let pad2 = Tok {
        w: 21,
        suf3: 22,
        shape: 23,
    };
    let get = |i: isize| -> Tok {
        if i < 0 {
            if i == -1 {
                pad
            } else {
                pad2
            }
        } else if i as usize >= n {
            if i as usize == n {
                Tok {
                    w: 31,
                    suf3: 32,
                    shape: 33,
                }
            } else {
                Tok {
                    w: 41,
                    suf3: 42,
                    shape: 43,
                }
            }
        } else {
            toks[i as usize]
        }
    };
    out.clear();
    for i in 0..n {
        let wb = norms[i].as_bytes();
        let t = toks[i];
        let ii = i as isize;
        let p1 = get(ii - 1);
        let p2 = get(ii - 2);
        let n1 = get(ii + 1);
        let n2 = get(ii + 2);
        let fl = flags_v[i] as u64 | if i == 0 { 64 } else { 0 };
        let f = [
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
            mix(mix(121, fl), t.suf3),
            mix(122, rule(ii)),
            mix(123, rule(ii - 1)),
            mix(124, rule(ii + 1)),
            mix(mix(125, rule(ii)), t.suf3),
        ];
        let mut a = [0u32; N_STATIC];
        for (d, s) in a.iter_mut().zip(f.iter()) {
            *d = fold(*s);
        }
        out.push(a);
    }
}

#[inline]
fn dyn_features(st: &[u32; N_STATIC], w_hash: u32, t1: u8, t2: u8) -> [u32; N_DYN] {
    let _ = st;
    [
        fold(mix(200, t1 as u64)),
        fold(mix(201, t2 as u64)),
        fold(mix(mix(202, t1 as u64), t2 as u64)),
        fold(mix(mix(203, t1 as u64), w_hash as u64)),
        fold(mix(mix(204, t1 as u64), st[4] as u64)),
    ]
}

const START_TAG: u8 = 17;
const START_TAG2: u8 = 18;

// ---------------------------------------------------------------------------------
// Runtime model

/// A loaded tagger model plus the lemma exception table learned with it.
#[derive(Clone)]
pub struct Model {
    keys: Vec<u32>,
    vals: Vec<u32>,
    rows: Vec<[f32; NCLASS]>,
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

impl Model {
    /// Parse a model from its bytes.
    pub fn from_bytes(b: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b, pos: 0 };
        if r.take(8)? != b"DYADTAG1" {
            return Err(ModelError::BadMagic);
        }
        let n = r.u32()? as usize;
        let scale = f32::from_bits(r.u32()?);
        let cap = (n * 2).next_power_of_two().max(16);
        let mut keys = vec![0u32; cap];
        let mut vals = vec![0u32; cap];
        let mut rows = Vec::with_capacity(n);
        let mask = cap - 1;
        for _ in 0..n {
            let key = r.u32()?;
            let nnz = r.u8()? as usize;
            let mut row = [0f32; NCLASS];
            for _ in 0..nnz {
                let c = r.u8()? as usize;
                let q = r.i16()?;
                if c >= NCLASS {
                    return Err(ModelError::Truncated(r.pos));
                }
                row[c] = q as f32 * scale;
            }
            let mut slot = (key.wrapping_mul(0x9e37_79b9) as usize) & mask;
            while keys[slot] != 0 && keys[slot] != key {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            vals[slot] = rows.len() as u32;
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
        Ok(Model {
            keys,
            vals,
            rows,
            mask,
            lemma_exc,
        })
    }

    /// Number of weight rows (features).
    pub fn n_features(&self) -> usize {
        self.rows.len()
    }

    #[inline]
    fn row(&self, key: u32) -> Option<&[f32; NCLASS]> {
        let mut slot = (key.wrapping_mul(0x9e37_79b9) as usize) & self.mask;
        loop {
            let k = self.keys[slot];
            if k == key {
                return Some(&self.rows[self.vals[slot] as usize]);
            }
            if k == 0 {
                return None;
            }
            slot = (slot + 1) & self.mask;
        }
    }

    #[inline]
    fn add(&self, scores: &mut [f32; NCLASS], key: u32) {
        if let Some(r) = self.row(key) {
            for (s, w) in scores.iter_mut().zip(r.iter()) {
                *s += *w;
            }
        }
    }

    /// Tag one sentence. `forms` are the surface forms, `norms` the normalised forms
    /// ([`crate::normalize`]); `out` receives one tag per token.
    pub fn tag(&self, forms: &[&str], norms: &[&str], out: &mut Vec<Upos>) {
        let mut st = Vec::with_capacity(forms.len());
        static_features(forms, norms, &mut st);
        out.clear();
        let (mut t1, mut t2) = (START_TAG, START_TAG2);
        for f in &st {
            let mut scores = [0f32; NCLASS];
            for k in f {
                self.add(&mut scores, *k);
            }
            for k in dyn_features(f, f[1], t1, t2) {
                self.add(&mut scores, k);
            }
            let best = argmax(&scores);
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
fn argmax(s: &[f32; NCLASS]) -> usize {
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
    let mut st = Vec::new();
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
            static_features(&forms, &norms, &mut st);
            let (mut t1, mut t2) = (START_TAG, START_TAG2);
            for (f, gold) in st.iter().zip(&s.tags) {
                tr.step += 1;
                let d = dyn_features(f, f[1], t1, t2);
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
