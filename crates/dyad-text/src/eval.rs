//! Evaluation against gold CoNLL-U documents: UPOS and lemma accuracy on gold tokens,
//! sentence-boundary precision/recall/F1 on the rebuilt raw text.

use crate::conllu::GoldDoc;
use crate::Analyzer;

/// Evaluation figures.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct EvalReport {
    /// Documents evaluated.
    pub docs: usize,
    /// Gold words.
    pub tokens: usize,
    /// Words with the right UPOS.
    pub upos_correct: usize,
    /// Words with the right lemma (case-insensitive, quotes normalised).
    pub lemma_correct: usize,
    /// Predicted sentence ends that match a gold end.
    pub sent_tp: usize,
    /// Predicted ends that do not.
    pub sent_fp: usize,
    /// Gold ends not predicted.
    pub sent_fn: usize,
}

impl EvalReport {
    /// UPOS accuracy.
    pub fn upos_acc(&self) -> f64 {
        self.upos_correct as f64 / self.tokens.max(1) as f64
    }
    /// Lemma accuracy.
    pub fn lemma_acc(&self) -> f64 {
        self.lemma_correct as f64 / self.tokens.max(1) as f64
    }
    /// Sentence-boundary F1 (document ends excluded).
    pub fn sent_f1(&self) -> f64 {
        let p = self.sent_tp as f64 / (self.sent_tp + self.sent_fp).max(1) as f64;
        let r = self.sent_tp as f64 / (self.sent_tp + self.sent_fn).max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

impl std::fmt::Display for EvalReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "docs {} tokens {} UPOS {:.4} lemma {:.4} sentence F1 {:.4} (tp {} fp {} fn {})",
            self.docs,
            self.tokens,
            self.upos_acc(),
            self.lemma_acc(),
            self.sent_f1(),
            self.sent_tp,
            self.sent_fp,
            self.sent_fn
        )
    }
}

/// Evaluate `analyzer` on gold documents. With `verbose`, sentence-boundary errors
/// are printed to stderr.
pub fn evaluate(analyzer: &Analyzer, docs: &[GoldDoc], verbose: bool) -> EvalReport {
    let mut r = EvalReport {
        docs: docs.len(),
        ..Default::default()
    };
    let mut tags = Vec::new();
    for d in docs {
        for s in &d.sentences {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let norms_s: Vec<String> = forms.iter().map(|f| crate::normalize(f)).collect();
            let norms: Vec<&str> = norms_s.iter().map(|x| x.as_str()).collect();
            analyzer.tag_words(&forms, &norms, &mut tags);
            for ((w, t), n) in s.words.iter().zip(&tags).zip(&norms) {
                r.tokens += 1;
                if w.upos == *t {
                    r.upos_correct += 1;
                }
                let lem = analyzer.lemma(n, *t);
                if *lem == crate::normalize(&w.lemma) {
                    r.lemma_correct += 1;
                }
            }
        }
        let (text, gold_ends) = d.raw_text();
        let pred = analyzer.analyze(&text);
        let gold: std::collections::HashSet<usize> = gold_ends[..gold_ends.len().saturating_sub(1)]
            .iter()
            .copied()
            .collect();
        let predicted: std::collections::HashSet<usize> = pred
            .iter()
            .map(|s| s.end)
            .filter(|e| *e < text.len())
            .collect();
        for e in &predicted {
            if gold.contains(e) {
                r.sent_tp += 1;
            } else {
                r.sent_fp += 1;
                if verbose {
                    eprintln!(
                        "FP {}: …{}‖{}…",
                        d.name,
                        ctx_before(&text, *e),
                        ctx_after(&text, *e)
                    );
                }
            }
        }
        for e in &gold {
            if !predicted.contains(e) {
                r.sent_fn += 1;
                if verbose {
                    eprintln!(
                        "FN {}: …{}‖{}…",
                        d.name,
                        ctx_before(&text, *e),
                        ctx_after(&text, *e)
                    );
                }
            }
        }
    }
    r
}

fn ctx_before(t: &str, e: usize) -> String {
    let s: String = t[..e].chars().rev().take(40).collect();
    s.chars().rev().collect::<String>().replace('\n', "⏎")
}

fn ctx_after(t: &str, e: usize) -> String {
    t[e..]
        .chars()
        .take(40)
        .collect::<String>()
        .replace('\n', "⏎")
}
