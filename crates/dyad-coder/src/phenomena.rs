//! Scoring on dyad's own labelled sentences (`tests/data/phenomena.jsonl`): precision and
//! recall by phenomenon and by CAMEO root. (Being written.)
