//! PETRARCH discards files (in progress).
