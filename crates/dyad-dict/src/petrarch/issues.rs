//! PETRARCH issues files (in progress).
