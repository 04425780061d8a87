//! Small helpers shared by the readers: error construction, comment stripping, dates.

use crate::model::{DictError, Origin};
use dyad_core::Date;
use std::sync::Arc;

/// Build a [`DictError::Syntax`].
pub(crate) fn syntax(file: &str, line: u32, message: impl Into<String>) -> DictError {
    DictError::Syntax {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// An [`Origin`] for `file` (shared `Arc`) at `line`.
pub(crate) fn origin(file: &Arc<str>, line: u32) -> Origin {
    Origin {
        file: file.clone(),
        line,
    }
}

/// Split a line into (content, comment) at the first `#` that starts the line or follows
/// whitespace. The comment is returned without the `#` and trimmed.
pub(crate) fn split_hash_comment(line: &str) -> (&str, Option<&str>) {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return (&line[..i], Some(line[i + 1..].trim()));
        }
    }
    (line, None)
}

fn last_day_of_month(year: i32, month: u32) -> Option<Date> {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    Date::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

/// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Partial dates give the first day of the period
/// when `end` is false, the last day when `end` is true.
pub(crate) fn parse_partial_date(s: &str, end: bool) -> Option<Date> {
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str, len: usize| -> Option<u32> {
        if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
            p.parse().ok()
        } else {
            None
        }
    };
    match parts.as_slice() {
        [y] => {
            let y = num(y, 4)? as i32;
            if end {
                Date::from_ymd_opt(y, 12, 31)
            } else {
                Date::from_ymd_opt(y, 1, 1)
            }
        }
        [y, m] => {
            let y = num(y, 4)? as i32;
            let m = num(m, 2)?;
            if end {
                last_day_of_month(y, m)
            } else {
                Date::from_ymd_opt(y, m, 1)
            }
        }
        [y, m, d] => Date::from_ymd_opt(num(y, 4)? as i32, num(m, 2)?, num(d, 2)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates() {
        let d = |s| dyad_core::parse_date(s).unwrap();
        assert_eq!(parse_partial_date("2021", false), Some(d("2021-01-01")));
        assert_eq!(parse_partial_date("2021", true), Some(d("2021-12-31")));
        assert_eq!(parse_partial_date("2024-02", true), Some(d("2024-02-29")));
        assert_eq!(parse_partial_date("2023-12", true), Some(d("2023-12-31")));
        assert_eq!(parse_partial_date("2023-12", false), Some(d("2023-12-01")));
        assert_eq!(
            parse_partial_date("2023-12-05", true),
            Some(d("2023-12-05"))
        );
        assert_eq!(parse_partial_date("2023-13", false), None);
        assert_eq!(parse_partial_date("23-12-05", false), None);
        assert_eq!(parse_partial_date("2023-02-30", false), None);
    }

    #[test]
    fn hash_comments() {
        assert_eq!(split_hash_comment("a b # c"), ("a b ", Some("c")));
        assert_eq!(split_hash_comment("# all"), ("", Some("all")));
        assert_eq!(split_hash_comment("C#sharp"), ("C#sharp", None));
    }
}
