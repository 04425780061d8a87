//! # dyad-coder (being written)
