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
# The date and figure extractors collect their plans on the in-memory engine: the streaming one spends
# ~0.3 s (dates) to ~1 s (figures) per call coordinating plans of hundreds of small expressions across
# threads, a large share of a 5,000-article chunk (same rows).
ENGINE = "in-memory"


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


def take_batch(files: pl.DataFrame, max_bytes: int) -> pl.DataFrame:
    """The first landing files, in path order, whose sizes add up to at most `max_bytes`
    (always at least one file; `max_bytes` <= 0 takes them all). A run over a bounded batch
    keeps peak memory bounded however large the backlog is."""
    ordered = files.sort("source_file")
    if max_bytes <= 0 or ordered.is_empty():
        return ordered
    first = pl.int_range(pl.len()) == 0
    return ordered.filter(first | (pl.col("size_bytes").cum_sum() <= max_bytes))
