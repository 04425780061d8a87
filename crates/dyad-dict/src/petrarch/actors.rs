//! PETRARCH actors files (in progress).
