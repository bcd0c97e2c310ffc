"""Vietnamese text handling: NFC, tone-placement-insensitive keys, diacritic folding, slugs."""

from nội_chính_graph.text.normalise import (
    canonical_tones,
    fold,
    match_key,
    nfc,
    slugify,
)

__all__ = ["canonical_tones", "fold", "match_key", "nfc", "slugify"]
