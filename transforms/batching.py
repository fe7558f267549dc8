"""Run a per-article transform over slices of a frame, to bound peak memory.

Cleaning, date and figure extraction explode each article into lines, sentences and
candidate matches: transient frames ~10x the size of the text. Applied to slices of
`chunk_rows` articles, that transient memory is bounded by the slice, not the corpus, while
each slice is still large enough for Polars to vectorise and parallelise well.
"""
from __future__ import annotations

from collections.abc import Callable

import polars as pl

DEFAULT_CHUNK_ROWS = 5_000


def in_chunks(
    frame: pl.DataFrame,
    transform: Callable[[pl.DataFrame], pl.DataFrame],
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
) -> pl.DataFrame:
    """`transform` applied to consecutive slices of `frame`, results concatenated in order.

    An empty frame still goes through `transform` once, so the result has its schema."""
    parts = [transform(frame.slice(start, chunk_rows))
             for start in range(0, max(frame.height, 1), chunk_rows)]
    return parts[0] if len(parts) == 1 else pl.concat(parts, how="vertical_relaxed")


def rows_for(keys: pl.DataFrame, frame: pl.DataFrame, on: str = "article_key") -> pl.DataFrame:
    """The rows of `frame` belonging to the articles in `keys` (to pair a slice with its
    upstream facts, e.g. an article slice with its date mentions)."""
    return frame.join(keys.select(on), on=on, how="semi")
