//! # dyad-ingest (being written)
