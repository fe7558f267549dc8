"""A cheap language guess from function words, for records that do not state one."""
from __future__ import annotations

import polars as pl

_B = r"(?-u:\b)"  # ASCII word boundary: several times faster than Unicode \b on long text
_MARKERS = {
    "en": ["the", "and", "of", "was", "were", "said"],
    "fr": ["le", "les", "des", "est", "une", "dans", "selon"],
    "es": ["el", "los", "las", "del", "una", "fue", "según"],
    "pt": ["os", "das", "uma", "foram", "segundo", "não"],
}
_SAMPLE_CHARS = 1500  # the opening paragraphs decide; whole bodies cost more and say the same


def guess_language(text: pl.Expr) -> pl.Expr:
    """ISO 639-1 code of the language whose function words are most frequent (null if none)."""
    low = text.str.slice(0, _SAMPLE_CHARS).str.to_lowercase()
    codes = list(_MARKERS)
    counts = [low.str.count_matches(f"{_B}(?:{'|'.join(words)}){_B}") for words in _MARKERS.values()]
    best = pl.concat_list(counts).list.arg_max()
    return pl.when(pl.sum_horizontal(counts) > 0).then(
        best.replace_strict(list(range(len(codes))), codes, return_dtype=pl.Utf8)
    )
