//! Bytes to text: BOM, declared charset, UTF-8, and the windows-1252 fallback.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// The result of decoding: the text, and a warning when decoding was lossy or guessed.
pub(crate) struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// Find an encoding by a charset label (`utf-8`, `ISO-8859-1`, `Shift_JIS`, ...).
pub(crate) fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().trim_matches(['"', '\'']).as_bytes())
}

/// Decode `bytes`. Order: a byte-order mark wins; then the `declared` charset (HTTP
/// header, `<meta charset>`, XML declaration); then strict UTF-8. Bytes that are
/// not valid UTF-8 and have no declared charset are decoded as lossy UTF-8 (U+FFFD
/// for bad sequences) when they contain valid multi-byte UTF-8 elsewhere, else as
/// windows-1252 (the usual legacy encoding of English news); both cases warn.
pub(crate) fn decode(bytes: &[u8], declared: Option<&'static Encoding>) -> Decoded {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Decoded {
            text: text.into_owned(),
            warning: had_errors.then(|| format!("invalid {} sequences replaced", enc.name())),
        };
    }
    if let Some(enc) = declared {
        // UTF-16 declared in a document we could read as ASCII is a lie: treat as UTF-8.
        let enc = if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
            UTF_8
        } else {
            enc
        };
        if enc != UTF_8 {
            let (text, had_errors) = enc.decode_without_bom_handling(bytes);
            return Decoded {
                text: text.into_owned(),
                warning: had_errors.then(|| format!("invalid {} sequences replaced", enc.name())),
            };
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            warning: None,
        },
        Err(e) => {
            let lossy = String::from_utf8_lossy(bytes);
            let has_multibyte = lossy.chars().any(|c| !c.is_ascii() && c != '\u{FFFD}');
            if has_multibyte || declared == Some(UTF_8) {
                let bad = lossy.chars().filter(|&c| c == '\u{FFFD}').count();
                Decoded {
                    text: lossy.into_owned(),
                    warning: Some(format!(
                        "invalid UTF-8 at byte {}: {bad} bad sequences replaced with U+FFFD",
                        e.valid_up_to()
                    )),
                }
            } else {
                let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
                Decoded {
                    text: text.into_owned(),
                    warning: Some(format!(
                        "not UTF-8 (first bad byte at {}) and no charset declared: decoded as windows-1252",
                        e.valid_up_to()
                    )),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_plain() {
        let d = decode("Señor".as_bytes(), None);
        assert_eq!(d.text, "Señor");
        assert!(d.warning.is_none());
    }

    #[test]
    fn latin1_falls_back_to_1252() {
        let d = decode(b"Se\xf1or \x93quoted\x94", None);
        assert_eq!(d.text, "Señor \u{201c}quoted\u{201d}");
        assert!(d.warning.is_some());
    }

    #[test]
    fn mostly_utf8_is_lossy() {
        let d = decode(b"Se\xc3\xb1or \xff end", None);
        assert_eq!(d.text, "Señor \u{FFFD} end");
        assert!(d.warning.unwrap().contains("U+FFFD"));
    }

    #[test]
    fn bom_and_declared() {
        let d = decode(b"\xff\xfeh\x00i\x00", None);
        assert_eq!(d.text, "hi");
        let d = decode(b"\xe9t\xe9", encoding_for_label("iso-8859-1"));
        assert_eq!(d.text, "été");
        assert!(d.warning.is_none());
    }
}
