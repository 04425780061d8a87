//! The CAMEO event ontology with Goldstein scores, quad classes and PLOVER mapping.
//! (Being written: see data/README.md.)

/// One CAMEO event code with everything dyad attaches to it.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    /// The code, e.g. `0231`.
    pub code: &'static str,
    /// Its name in the CAMEO codebook.
    pub name: &'static str,
    /// Two-digit root, e.g. `02`.
    pub root: &'static str,
    /// GDELT quad class 1..=4.
    pub quad: u8,
    /// Goldstein score.
    pub goldstein: f32,
    /// PLOVER type.
    pub plover_type: &'static str,
    /// PLOVER mode (may be empty).
    pub plover_mode: &'static str,
    /// PLOVER context (may be empty).
    pub plover_context: &'static str,
}

/// Look up a CAMEO event code.
pub fn cameo(_code: &str) -> Option<&'static CameoCode> {
    None
}
