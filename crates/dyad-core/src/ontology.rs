//! The CAMEO event ontology with Goldstein scores, quad classes and PLOVER mapping.
//!
//! The tables live in `crates/dyad-core/data/` as plain TSV (see `data/README.md` for the
//! format, the sources of the facts and every mapping decision). They are compiled into the
//! binary with `include_str!` and parsed once, on first use, into immutable statics.
//!
//! * [`cameo`] looks up one CAMEO event code (`"0231"`, `"111"`, root `"10"`).
//! * [`all_codes`] lists every code, roots included, in codebook order.
//! * [`quad`], [`root`], [`parent`] and [`is_valid_code`] answer the usual questions about a code.
//! * [`plover_types`], [`plover_type`], [`plover_contexts`], [`is_plover_mode`] and
//!   [`is_plover_context`] describe the PLOVER 2.0 vocabulary.
//!
//! ```
//! use dyad_core::ontology;
//! let c = ontology::cameo("0231").unwrap();
//! assert_eq!(c.name, "Appeal for economic aid");
//! assert_eq!((c.root, c.quad, c.goldstein), ("02", 1, 3.4));
//! let c = ontology::cameo("173").unwrap();
//! assert_eq!((c.plover_type, c.plover_mode, c.plover_context), ("COERCE", "arrest", "legal"));
//! ```

use std::sync::LazyLock;

/// File name of the embedded CAMEO table (used in error messages).
const CAMEO_FILE: &str = "data/cameo.tsv";
/// File name of the embedded PLOVER vocabulary (used in error messages).
const PLOVER_FILE: &str = "data/plover.tsv";
const CAMEO_TSV: &str = include_str!("../data/cameo.tsv");
const PLOVER_TSV: &str = include_str!("../data/plover.tsv");

/// One CAMEO event code with everything dyad attaches to it.
///
/// ```
/// let c = dyad_core::ontology::cameo("1123").unwrap();
/// assert_eq!(c.code, "1123");
/// assert_eq!(c.name, "Accuse of aggression");
/// assert_eq!(c.root, "11");
/// assert_eq!(c.quad, 3);
/// assert_eq!(c.goldstein, -2.0);
/// assert_eq!(c.plover_type, "ACCUSE");
/// assert_eq!(c.plover_mode, "allege");
/// assert_eq!(c.plover_context, "military");
/// ```
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
    /// PLOVER type (empty for the CAMEO roots 01 and 02, which PLOVER drops).
    pub plover_type: &'static str,
    /// PLOVER mode (may be empty).
    pub plover_mode: &'static str,
    /// PLOVER context (may be empty; several contexts are joined by `;`).
    pub plover_context: &'static str,
}

impl CameoCode {
    /// Whether this is a two-digit root ("cue category") such as `11`.
    ///
    /// ```
    /// use dyad_core::ontology::cameo;
    /// assert!(cameo("11").unwrap().is_root());
    /// assert!(!cameo("111").unwrap().is_root());
    /// ```
    pub fn is_root(&self) -> bool {
        self.code.len() == 2
    }

    /// The PLOVER contexts one by one (the `;`-separated parts of `plover_context`).
    ///
    /// ```
    /// let c = dyad_core::ontology::cameo("091").unwrap();
    /// assert_eq!(c.plover_contexts().collect::<Vec<_>>(), ["crime", "corruption"]);
    /// assert_eq!(dyad_core::ontology::cameo("010").unwrap().plover_contexts().count(), 0);
    /// ```
    pub fn plover_contexts(&self) -> impl Iterator<Item = &'static str> {
        let s: &'static str = self.plover_context;
        s.split(';').filter(|p| !p.is_empty())
    }

    /// The PLOVER coding of this code, or `None` when PLOVER has no equivalent
    /// (CAMEO 01 "make public statement" and 02 "appeal").
    ///
    /// ```
    /// use dyad_core::ontology::cameo;
    /// let p = cameo("042").unwrap().plover().unwrap();
    /// assert_eq!((p.kind.as_str(), p.mode.as_str(), p.context.as_str()), ("CONSULT", "visit", ""));
    /// assert!(cameo("0231").unwrap().plover().is_none());
    /// ```
    pub fn plover(&self) -> Option<crate::PloverCoding> {
        if self.plover_type.is_empty() {
            return None;
        }
        Some(crate::PloverCoding {
            kind: self.plover_type.to_string(),
            mode: self.plover_mode.to_string(),
            context: self.plover_context.to_string(),
        })
    }
}

/// A PLOVER 2.0 event type with its quad category and its allowed modes.
///
/// ```
/// let t = dyad_core::ontology::plover_type("CONSULT").unwrap();
/// assert_eq!(t.quad, 1);
/// assert!(t.modes.iter().any(|m| m.name == "phone"));
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PloverType {
    /// Upper-case name, e.g. `ASSAULT`.
    pub name: &'static str,
    /// PLOVER quad category 1..=4 (verbal/material cooperation, verbal/material conflict).
    pub quad: u8,
    /// A few words saying what the type covers.
    pub definition: &'static str,
    /// Modes allowed with this type (may be empty).
    pub modes: Vec<PloverMode>,
}

/// One mode of a PLOVER event type.
///
/// ```
/// let t = dyad_core::ontology::plover_type("RETREAT").unwrap();
/// let m = t.modes.iter().find(|m| m.name == "ceasefire").unwrap();
/// assert!(!m.definition.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PloverMode {
    /// Lower-case name, e.g. `heavy-weapons`.
    pub name: &'static str,
    /// A few words saying what the mode covers.
    pub definition: &'static str,
}

/// One PLOVER context (usable with any event type).
///
/// ```
/// let cs = dyad_core::ontology::plover_contexts();
/// assert!(cs.iter().any(|c| c.name == "human_rights"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PloverContext {
    /// Lower-case name, e.g. `pro_democracy`.
    pub name: &'static str,
    /// A few words saying what the context covers.
    pub definition: &'static str,
}

/// A defect in an embedded data file, with file and line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub(crate) struct OntologyError {
    file: &'static str,
    line: usize,
    message: String,
}

fn err(file: &'static str, line: usize, message: impl Into<String>) -> OntologyError {
    OntologyError {
        file,
        line,
        message: message.into(),
    }
}

/// Parsed PLOVER vocabulary.
#[derive(Debug)]
pub(crate) struct Plover {
    types: Vec<PloverType>,
    contexts: Vec<PloverContext>,
}

impl Plover {
    fn find_type(&self, name: &str) -> Option<&PloverType> {
        self.types.iter().find(|t| t.name == name)
    }
    fn has_context(&self, name: &str) -> bool {
        self.contexts.iter().any(|c| c.name == name)
    }
}

struct Ontology {
    plover: Plover,
    codes: Vec<CameoCode>,
}

static ONTOLOGY: LazyLock<Ontology> = LazyLock::new(|| {
    // The data is compiled in and checked by this crate's tests, so a failure here is a
    // build defect, not an input error: report it loudly with file and line.
    let plover = parse_plover(PLOVER_TSV, PLOVER_FILE)
        .unwrap_or_else(|e| panic!("dyad-core: embedded ontology data is invalid: {e}"));
    let codes = parse_cameo(CAMEO_TSV, CAMEO_FILE, &plover)
        .unwrap_or_else(|e| panic!("dyad-core: embedded ontology data is invalid: {e}"));
    Ontology { plover, codes }
});

/// Data lines of a file: `(1-based line number, fields)`, skipping blank lines, `#` comments
/// and `@source` provenance lines.
fn data_lines(text: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') || t.starts_with("@source") {
            None
        } else {
            Some((i + 1, line.trim_end_matches('\r').split('\t').collect()))
        }
    })
}

fn check_fields(
    file: &'static str,
    line: usize,
    fields: &[&str],
    n: usize,
) -> Result<(), OntologyError> {
    if fields.len() != n {
        return Err(err(
            file,
            line,
            format!("expected {n} TAB-separated fields, found {}", fields.len()),
        ));
    }
    if let Some(f) = fields.iter().find(|f| f.is_empty() || f.trim() != **f) {
        return Err(err(
            file,
            line,
            format!("empty field or stray whitespace in {f:?} (write `-` for none)"),
        ));
    }
    Ok(())
}

fn is_name(s: &str, upper: bool) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| {
            if upper {
                b.is_ascii_uppercase()
            } else {
                b.is_ascii_lowercase() || b == b'-' || b == b'_'
            }
        })
}

/// Parse `plover.tsv`.
pub(crate) fn parse_plover(
    text: &'static str,
    file: &'static str,
) -> Result<Plover, OntologyError> {
    let mut types: Vec<PloverType> = Vec::new();
    let mut contexts: Vec<PloverContext> = Vec::new();
    for (line, f) in data_lines(text) {
        check_fields(file, line, &f, 4)?;
        let (kind, a, b, definition) = (f[0], f[1], f[2], f[3]);
        match kind {
            "type" => {
                if !is_name(a, true) {
                    return Err(err(file, line, format!("bad PLOVER type name {a:?}")));
                }
                if types.iter().any(|t| t.name == a) {
                    return Err(err(file, line, format!("duplicate PLOVER type {a}")));
                }
                let quad = match b {
                    "1" => 1,
                    "2" => 2,
                    "3" => 3,
                    "4" => 4,
                    _ => return Err(err(file, line, format!("quad must be 1..4, found {b:?}"))),
                };
                types.push(PloverType {
                    name: a,
                    quad,
                    definition,
                    modes: Vec::new(),
                });
            }
            "mode" => {
                if !is_name(b, false) {
                    return Err(err(file, line, format!("bad mode name {b:?}")));
                }
                let Some(t) = types.iter_mut().find(|t| t.name == a) else {
                    return Err(err(file, line, format!("mode {b} for undeclared type {a}")));
                };
                if t.modes.iter().any(|m| m.name == b) {
                    return Err(err(file, line, format!("duplicate mode {b} for {a}")));
                }
                t.modes.push(PloverMode {
                    name: b,
                    definition,
                });
            }
            "context" => {
                if !is_name(a, false) || b != "-" {
                    return Err(err(
                        file,
                        line,
                        format!(
                            "context line must read `context NAME - definition`, found {a:?} {b:?}"
                        ),
                    ));
                }
                if contexts.iter().any(|c| c.name == a) {
                    return Err(err(file, line, format!("duplicate context {a}")));
                }
                contexts.push(PloverContext {
                    name: a,
                    definition,
                });
            }
            other => {
                return Err(err(
                    file,
                    line,
                    format!("unknown record kind {other:?} (expected type, mode or context)"),
                ))
            }
        }
    }
    if types.is_empty() {
        return Err(err(file, 0, "no PLOVER types"));
    }
    Ok(Plover { types, contexts })
}

fn quad_of_root(root: &str) -> Option<u8> {
    match root.parse::<u8>().ok()? {
        1..=5 => Some(1),
        6..=9 => Some(2),
        10..=14 => Some(3),
        15..=20 => Some(4),
        _ => None,
    }
}

fn none_or(s: &'static str) -> &'static str {
    if s == "-" {
        ""
    } else {
        s
    }
}

/// Parse `cameo.tsv`, checking every PLOVER field against `plover`.
pub(crate) fn parse_cameo(
    text: &'static str,
    file: &'static str,
    plover: &Plover,
) -> Result<Vec<CameoCode>, OntologyError> {
    let mut codes: Vec<CameoCode> = Vec::new();
    for (line, f) in data_lines(text) {
        check_fields(file, line, &f, 6)?;
        let code = f[0];
        if !(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err(
                file,
                line,
                format!("bad CAMEO code {code:?} (2 to 4 digits)"),
            ));
        }
        let root = &code[..2];
        let Some(quad) = quad_of_root(root) else {
            return Err(err(file, line, format!("code {code}: root must be 01..20")));
        };
        if let Some(prev) = codes.last() {
            if prev.code >= code {
                return Err(err(
                    file,
                    line,
                    format!(
                        "code {code} is duplicated or out of order (after {})",
                        prev.code
                    ),
                ));
            }
        }
        if code.len() > 2 {
            let parent = &code[..code.len() - 1];
            if codes.binary_search_by(|c| c.code.cmp(parent)).is_err() {
                return Err(err(
                    file,
                    line,
                    format!("code {code}: parent code {parent} not listed before it"),
                ));
            }
        }
        let goldstein: f32 = f[1]
            .parse()
            .map_err(|_| err(file, line, format!("bad Goldstein score {:?}", f[1])))?;
        if !(-10.0..=10.0).contains(&goldstein) {
            return Err(err(
                file,
                line,
                format!("Goldstein score {goldstein} outside -10..10"),
            ));
        }
        let (ptype, pmode, pcontext) = (none_or(f[2]), none_or(f[3]), none_or(f[4]));
        if ptype.is_empty() {
            if !pmode.is_empty() || !pcontext.is_empty() {
                return Err(err(
                    file,
                    line,
                    format!("code {code}: PLOVER mode or context without a type"),
                ));
            }
        } else {
            let Some(t) = plover.find_type(ptype) else {
                return Err(err(file, line, format!("unknown PLOVER type {ptype}")));
            };
            if !pmode.is_empty() && !t.modes.iter().any(|m| m.name == pmode) {
                return Err(err(
                    file,
                    line,
                    format!("{pmode:?} is not a mode of PLOVER {ptype}"),
                ));
            }
            if !pcontext.is_empty() {
                for c in pcontext.split(';') {
                    if !plover.has_context(c) {
                        return Err(err(file, line, format!("unknown PLOVER context {c:?}")));
                    }
                }
            }
        }
        codes.push(CameoCode {
            code,
            name: f[5],
            root,
            quad,
            goldstein,
            plover_type: ptype,
            plover_mode: pmode,
            plover_context: pcontext,
        });
    }
    for r in 1..=20 {
        let root = format!("{r:02}");
        if codes
            .binary_search_by(|c| c.code.cmp(root.as_str()))
            .is_err()
        {
            return Err(err(file, 0, format!("root {root} missing")));
        }
    }
    Ok(codes)
}

/// Look up a CAMEO event code. Codes are written exactly as in the codebook: two digits for
/// a root (`"01"`, `"10"`), three or four for the others (`"010"`, `"0231"`, `"1123"`).
///
/// ```
/// use dyad_core::ontology::cameo;
/// assert_eq!(cameo("10").unwrap().name, "DEMAND");
/// assert_eq!(cameo("0874").unwrap().goldstein, 10.0);
/// assert!(cameo("1").is_none());
/// assert!(cameo("0999").is_none());
/// ```
pub fn cameo(code: &str) -> Option<&'static CameoCode> {
    let codes = &ONTOLOGY.codes;
    codes
        .binary_search_by(|c| c.code.cmp(code))
        .ok()
        .map(|i| &codes[i])
}

/// Every CAMEO event code dyad knows, roots included, in codebook order.
///
/// ```
/// let all = dyad_core::ontology::all_codes();
/// assert_eq!(all[0].code, "01");
/// assert_eq!(all.iter().filter(|c| c.is_root()).count(), 20);
/// ```
pub fn all_codes() -> &'static [CameoCode] {
    &ONTOLOGY.codes
}

/// Whether `code` is a CAMEO event code dyad knows.
///
/// ```
/// use dyad_core::ontology::is_valid_code;
/// assert!(is_valid_code("0231") && is_valid_code("10"));
/// assert!(!is_valid_code("10a") && !is_valid_code("21") && !is_valid_code(""));
/// ```
pub fn is_valid_code(code: &str) -> bool {
    cameo(code).is_some()
}

/// The CAMEO code for a *stated intention* to do the act `act`, where the codebook has
/// one: intentions to cooperate are its root 03 ("Express intent to ..."), intentions to
/// coerce or use force are threats, root 13. `None` where CAMEO has no such category (an
/// intention to appeal, to investigate, to demand, to criticise, to show force).
///
/// The codebook codes "China pledged to send aid" as 033 and "Iran vowed to attack" as 138,
/// not as the aid or the attack, which have not happened; the coder applies this to acts
/// whose own source states the intention ("plans to", "vowed to", "is ready to").
///
/// ```
/// use dyad_core::ontology::intent_code;
/// assert_eq!(intent_code("072"), Some("0332")); // military aid -> intent to provide it
/// assert_eq!(intent_code("042"), Some("036")); // a visit -> intent to meet
/// assert_eq!(intent_code("163"), Some("1312")); // sanctions -> threaten to sanction
/// assert_eq!(intent_code("195"), Some("1384")); // air strikes -> threaten an attack
/// assert_eq!(intent_code("0841"), Some("0353")); // release -> intent to release
/// assert_eq!(intent_code("111"), None); // no "intent to criticise" in CAMEO
/// ```
pub fn intent_code(act: &str) -> Option<&'static str> {
    stance(act).and_then(|r| r.1)
}

/// The CAMEO code for *refusing* to do the cooperative act `act` (root 12, "Reject"):
/// "refused to release the sailors" is 1243, "would not attend the talks" 125. `None` for
/// acts that are not cooperation (roots 04-08): not attacking is no event in CAMEO.
///
/// PETRARCH-2 codes a negated cooperative verb the same way ("will not help" is "refuse to
/// help"); the coder applies this to refusals stated by the act's own source ("refused to",
/// "declined to", "will not", "would not"), not to reports that something did not happen.
///
/// ```
/// use dyad_core::ontology::refusal_code;
/// assert_eq!(refusal_code("0841"), Some("1243")); // release -> refuse to release
/// assert_eq!(refusal_code("042"), Some("125")); // a visit -> reject a meeting
/// assert_eq!(refusal_code("062"), Some("1212")); // military cooperation
/// assert_eq!(refusal_code("073"), Some("1223")); // humanitarian aid
/// assert_eq!(refusal_code("190"), None); // not attacking is no event
/// ```
pub fn refusal_code(act: &str) -> Option<&'static str> {
    stance(act).and_then(|r| r.2)
}

/// One row of [`STANCES`]: a code or code prefix, the code for a stated intention to do it,
/// the code for a refusal to do it.
type Stance = (&'static str, Option<&'static str>, Option<&'static str>);

/// Intention and refusal codes by act (longest prefix wins), from the CAMEO codebook:
/// intentions to cooperate are root 03, to coerce or use force threats (13); refusals to
/// cooperate are rejections (12), and not doing harm is no event.
const STANCES: &[Stance] = &[
    // 04 consult: intent to meet; not mediating is no rejection of mediation
    ("045", Some("039"), Some("120")),
    ("04", Some("036"), Some("125")),
    // 05 diplomatic cooperation; a signed agreement is cooperation in general
    ("057", Some("030"), Some("120")),
    ("05", Some("032"), Some("120")),
    // 06 material cooperation
    ("061", Some("0311"), Some("1211")),
    ("062", Some("0312"), Some("1212")),
    ("063", Some("0313"), Some("121")),
    ("064", Some("0314"), Some("121")),
    ("06", Some("031"), Some("121")),
    // 07 aid: refusing aid is rejecting the request for it
    ("071", Some("0331"), Some("1221")),
    ("072", Some("0332"), Some("1222")),
    ("073", Some("0333"), Some("1223")),
    ("074", Some("0334"), Some("1224")),
    ("07", Some("033"), Some("122")),
    // 08 yield
    ("081", Some("0351"), Some("1241")),
    ("082", Some("0352"), Some("1242")),
    ("0831", Some("0341"), Some("1231")),
    ("0832", Some("0342"), Some("1232")),
    ("0833", Some("0343"), Some("1233")),
    ("0834", Some("0344"), Some("1234")),
    ("083", Some("034"), Some("123")),
    ("084", Some("0353"), Some("1243")),
    ("085", Some("0354"), Some("1244")),
    ("086", Some("0355"), Some("1245")),
    ("087", Some("0356"), Some("1246")),
    ("08", Some("035"), Some("124")),
    // 14 protest
    ("14", Some("133"), None),
    // 16 reduce relations
    ("161", Some("1313"), None),
    ("162", Some("1311"), None),
    ("163", Some("1312"), None),
    ("164", Some("134"), None),
    ("165", Some("135"), None),
    ("166", Some("136"), None),
    ("16", Some("131"), None),
    // 17 coerce: arrest and violent repression threaten repression; an expulsion has no
    // threat code of its own
    ("1721", Some("1321"), None),
    ("1722", Some("1322"), None),
    ("1723", Some("1323"), None),
    ("1724", Some("1324"), None),
    ("172", Some("132"), None),
    ("173", Some("137"), None),
    ("175", Some("137"), None),
    ("174", None, None),
    ("17", Some("130"), None),
    // 18 unconventional violence
    ("18", Some("1383"), None),
    // 19 conventional force
    ("191", Some("1381"), None),
    ("192", Some("1382"), None),
    ("193", Some("1384"), None),
    ("194", Some("1384"), None),
    ("195", Some("1384"), None),
    ("19", Some("138"), None),
    // 20 mass violence
    ("204", Some("1385"), None),
    ("20", Some("138"), None),
];

/// The [`STANCES`] row for a known code: the longest prefix that matches.
fn stance(act: &str) -> Option<&'static Stance> {
    let code = cameo(act)?.code;
    STANCES
        .iter()
        .filter(|r| code.starts_with(r.0))
        .max_by_key(|r| r.0.len())
}

/// The two-digit root of a known code.
///
/// ```
/// use dyad_core::ontology::root;
/// assert_eq!(root("0231"), Some("02"));
/// assert_eq!(root("20"), Some("20"));
/// assert_eq!(root("999"), None);
/// ```
pub fn root(code: &str) -> Option<&'static str> {
    cameo(code).map(|c| c.root)
}

/// The code one level up (`"0231"` → `"023"`, `"023"` → `"02"`); `None` for roots and
/// unknown codes.
///
/// ```
/// use dyad_core::ontology::parent;
/// assert_eq!(parent("0231"), Some("023"));
/// assert_eq!(parent("111"), Some("11"));
/// assert_eq!(parent("11"), None);
/// ```
pub fn parent(code: &str) -> Option<&'static str> {
    let c = cameo(code)?;
    if c.is_root() {
        None
    } else {
        let p: &'static str = c.code;
        Some(&p[..p.len() - 1])
    }
}

/// The GDELT quad class of a known code: roots 01-05 → 1 (verbal cooperation), 06-09 → 2
/// (material cooperation), 10-14 → 3 (verbal conflict), 15-20 → 4 (material conflict).
///
/// ```
/// use dyad_core::ontology::quad;
/// assert_eq!(quad("057"), Some(1));
/// assert_eq!(quad("0874"), Some(2));
/// assert_eq!(quad("10"), Some(3));
/// assert_eq!(quad("2042"), Some(4));
/// assert_eq!(quad("21"), None);
/// ```
pub fn quad(code: &str) -> Option<u8> {
    cameo(code).map(|c| c.quad)
}

/// The name of a quad class (1..=4), as GDELT's CAMEO code list spells it.
///
/// ```
/// assert_eq!(dyad_core::ontology::quad_name(3), Some("Verbal Conflict"));
/// assert_eq!(dyad_core::ontology::quad_name(5), None);
/// ```
pub fn quad_name(quad: u8) -> Option<&'static str> {
    match quad {
        1 => Some("Verbal Cooperation"),
        2 => Some("Material Cooperation"),
        3 => Some("Verbal Conflict"),
        4 => Some("Material Conflict"),
        _ => None,
    }
}

/// The sixteen PLOVER 2.0 event types, in the manual's order.
///
/// ```
/// let types = dyad_core::ontology::plover_types();
/// assert_eq!(types.len(), 16);
/// assert_eq!(types[0].name, "AGREE");
/// ```
pub fn plover_types() -> &'static [PloverType] {
    &ONTOLOGY.plover.types
}

/// Look up a PLOVER event type by its upper-case name.
///
/// ```
/// assert_eq!(dyad_core::ontology::plover_type("ASSAULT").unwrap().quad, 4);
/// assert!(dyad_core::ontology::plover_type("FIGHT").is_none());
/// ```
pub fn plover_type(name: &str) -> Option<&'static PloverType> {
    ONTOLOGY.plover.find_type(name)
}

/// The PLOVER 2.0 contexts, in the manual's order.
///
/// ```
/// let cs = dyad_core::ontology::plover_contexts();
/// assert_eq!(cs[0].name, "military");
/// ```
pub fn plover_contexts() -> &'static [PloverContext] {
    &ONTOLOGY.plover.contexts
}

/// Whether `mode` is a mode of PLOVER type `kind`.
///
/// ```
/// use dyad_core::ontology::is_plover_mode;
/// assert!(is_plover_mode("CONSULT", "visit"));
/// assert!(!is_plover_mode("ASSAULT", "visit"));
/// ```
pub fn is_plover_mode(kind: &str, mode: &str) -> bool {
    plover_type(kind).is_some_and(|t| t.modes.iter().any(|m| m.name == mode))
}

/// Whether `context` is a PLOVER context.
///
/// ```
/// use dyad_core::ontology::is_plover_context;
/// assert!(is_plover_context("cyber"));
/// assert!(!is_plover_context("humanitarian"));
/// ```
pub fn is_plover_context(context: &str) -> bool {
    ONTOLOGY.plover.has_context(context)
}

#[cfg(test)]
mod tests {
    use super::*;

    const VOCAB: &str = "type\tAGREE\t1\tagree\ntype\tASSAULT\t4\thit\nmode\tASSAULT\tbeat\tbeat\ncontext\tmilitary\t-\tarmy\ncontext\tlegal\t-\tlaw\n";

    /// Roots 01..18, then `extra` (so its first line is line 19), then roots 19 and 20.
    fn table(extra: &str) -> String {
        let root = |r: u8| format!("{r:02}\t0.0\t-\t-\t-\tROOT {r}\n");
        let head: String = (1..=18).map(root).collect();
        format!("{head}{extra}{}{}", root(19), root(20))
    }

    fn cameo_err(body: &str) -> String {
        let vocab = parse_plover(VOCAB, "v").unwrap();
        let text: &'static str = Box::leak(body.to_string().into_boxed_str());
        parse_cameo(text, "c.tsv", &vocab).unwrap_err().to_string()
    }

    #[test]
    fn intent_codes_are_intentions_of_the_same_kind() {
        for c in all_codes() {
            let coop = ["04", "05", "06", "07", "08"].contains(&c.root);
            let force = ["14", "16", "17", "18", "19", "20"].contains(&c.root);
            match intent_code(c.code) {
                Some(i) => {
                    let i = cameo(i).expect("an intent code is a known code");
                    let want = if coop { "03" } else { "13" };
                    assert!(coop || force, "{} has no intent category", c.code);
                    assert_eq!(i.root, want, "{} -> {}", c.code, i.code);
                    // the same side of the scale: cooperation stays positive, force negative
                    assert_eq!(i.goldstein > 0.0, c.goldstein > 0.0, "{}", c.code);
                }
                None => assert!(
                    !coop && !force || c.code == "174",
                    "{} should map to an intent",
                    c.code
                ),
            }
        }
    }

    #[test]
    fn refusal_codes_are_rejections_of_cooperation() {
        for c in all_codes() {
            let coop = ["04", "05", "06", "07", "08"].contains(&c.root);
            match refusal_code(c.code) {
                Some(r) => {
                    assert!(coop, "{}", c.code);
                    let r = cameo(r).expect("a refusal code is a known code");
                    assert_eq!(r.root, "12", "{} -> {}", c.code, r.code);
                }
                None => assert!(!coop, "{} should map to a rejection", c.code),
            }
        }
    }

    #[test]
    fn embedded_data_parses() {
        let plover = parse_plover(PLOVER_TSV, PLOVER_FILE).unwrap();
        let codes = parse_cameo(CAMEO_TSV, CAMEO_FILE, &plover).unwrap();
        assert_eq!(codes.len(), 316);
        assert_eq!(plover.types.len(), 16);
        assert_eq!(plover.contexts.len(), 37);
    }

    #[test]
    fn small_table_parses() {
        let vocab = parse_plover(VOCAB, "v").unwrap();
        let text = table("180\t-9.0\tASSAULT\tbeat\tmilitary;legal\tHit\n");
        let text: &'static str = Box::leak(text.into_boxed_str());
        let codes = parse_cameo(text, "c.tsv", &vocab).unwrap();
        let c = codes.iter().find(|c| c.code == "180").unwrap();
        assert_eq!((c.root, c.quad, c.goldstein), ("18", 4, -9.0));
        assert_eq!(c.plover_context, "military;legal");
    }

    #[test]
    fn parse_errors_name_file_and_line() {
        let e = cameo_err(&table("180\t-9.0\tASSAULT\tbeat\tHit\n"));
        assert_eq!(e, "c.tsv:19: expected 6 TAB-separated fields, found 5");
        let e = cameo_err(&table("180\tx\tASSAULT\t-\t-\tHit\n"));
        assert_eq!(e, "c.tsv:19: bad Goldstein score \"x\"");
        let e = cameo_err(&table("180\t-11\tASSAULT\t-\t-\tHit\n"));
        assert!(e.starts_with("c.tsv:19: Goldstein score -11"), "{e}");
        let e = cameo_err(&table("180\t-9\tFIGHT\t-\t-\tHit\n"));
        assert_eq!(e, "c.tsv:19: unknown PLOVER type FIGHT");
        let e = cameo_err(&table("180\t-9\tAGREE\tbeat\t-\tHit\n"));
        assert_eq!(e, "c.tsv:19: \"beat\" is not a mode of PLOVER AGREE");
        let e = cameo_err(&table("180\t-9\tASSAULT\t-\tmilitary;x\tHit\n"));
        assert_eq!(e, "c.tsv:19: unknown PLOVER context \"x\"");
        let e = cameo_err(&table("180\t-9\t-\tbeat\t-\tHit\n"));
        assert_eq!(
            e,
            "c.tsv:19: code 180: PLOVER mode or context without a type"
        );
        let e = cameo_err(&table("1801\t-9\t-\t-\t-\tHit\n"));
        assert_eq!(
            e,
            "c.tsv:19: code 1801: parent code 180 not listed before it"
        );
        let e = cameo_err(&table("21\t-9\t-\t-\t-\tHit\n"));
        assert_eq!(e, "c.tsv:19: code 21: root must be 01..20");
        let e = cameo_err(&table("180\t-9\t-\t-\t-\t Hit\n"));
        assert!(
            e.starts_with("c.tsv:19: empty field or stray whitespace"),
            "{e}"
        );
        let e = cameo_err("02\t0\t-\t-\t-\tB\n01\t0\t-\t-\t-\tA\n");
        assert_eq!(
            e,
            "c.tsv:2: code 01 is duplicated or out of order (after 02)"
        );
        let e = cameo_err("01\t0\t-\t-\t-\tA\n");
        assert_eq!(e, "c.tsv:0: root 02 missing");
    }

    #[test]
    fn plover_parse_errors() {
        let e = parse_plover("mode\tAGREE\tx\ty\n", "p.tsv").unwrap_err();
        assert_eq!(e.to_string(), "p.tsv:1: mode x for undeclared type AGREE");
        let e = parse_plover("# c\n\ntype\tAGREE\t5\ty\n", "p.tsv").unwrap_err();
        assert_eq!(e.to_string(), "p.tsv:3: quad must be 1..4, found \"5\"");
        let e = parse_plover("type\tAGREE\t1\ty\ntype\tAGREE\t1\ty\n", "p.tsv").unwrap_err();
        assert_eq!(e.to_string(), "p.tsv:2: duplicate PLOVER type AGREE");
        let e = parse_plover("event\tAGREE\t1\ty\n", "p.tsv").unwrap_err();
        assert!(e.to_string().starts_with("p.tsv:1: unknown record kind"));
    }
}
