"""Stable surrogate keys derived from natural keys (no sequences: the DDL must run on DuckLake)."""
from __future__ import annotations

import hashlib

import polars as pl

_SEP = "\x1f"


def stable_key(*parts: object) -> int:
    """First 63 bits of SHA-256 over the parts: same natural key, same key, every run."""
    text = _SEP.join("" if p is None else str(p) for p in parts)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big") >> 1


def stable_key_expr(*columns: str | pl.Expr) -> pl.Expr:
    """Vectorised `stable_key` over columns (values joined with the same separator)."""
    exprs = [pl.col(c) if isinstance(c, str) else c for c in columns]
    joined = pl.concat_str([e.cast(pl.Utf8).fill_null("") for e in exprs], separator=_SEP)
    return joined.map_batches(
        lambda s: pl.Series([stable_key(v) for v in s.to_list()], dtype=pl.Int64),
        return_dtype=pl.Int64,
    )
