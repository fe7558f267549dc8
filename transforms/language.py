"""A cheap language guess from function words, for records that do not state one."""
from __future__ import annotations

import polars as pl

_MARKERS = {
    "en": r"\b(?:the|and|of|was|were|said)\b",
    "fr": r"\b(?:le|les|des|est|une|dans|selon)\b",
    "es": r"\b(?:el|los|las|del|según|una|fue)\b",
    "pt": r"\b(?:os|das|não|uma|foram|segundo)\b",
}


def guess_language(text: pl.Expr) -> pl.Expr:
    """ISO 639-1 code of the language whose function words are most frequent (null if none)."""
    low = text.str.to_lowercase()
    counts = pl.struct(**{code: low.str.count_matches(p) for code, p in _MARKERS.items()})
    codes = list(_MARKERS)
    best = pl.concat_list([counts.struct.field(c) for c in codes]).list.arg_max()
    total = pl.sum_horizontal([counts.struct.field(c) for c in codes])
    return pl.when(total > 0).then(best.replace_strict(list(range(len(codes))), codes))
