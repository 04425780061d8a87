//! PETRARCH agents files (in progress).
