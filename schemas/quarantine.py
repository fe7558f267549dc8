"""Validate a table; rows that fail go to quarantine with stage, reason and detail.

A schema-level failure (a missing column, a wrong type that cannot be coerced) is a bug in the
pipeline, not bad input: it stops the run with a one-line reason.
"""
from __future__ import annotations

import polars as pl
import pandera.polars as pa

from transforms.landing import QUARANTINE_SCHEMA


class SchemaLevelError(RuntimeError):
    """The frame does not have the table's shape; the run must stop."""


def empty_quarantine() -> pl.DataFrame:
    return pl.DataFrame(schema=QUARANTINE_SCHEMA)


def split_valid(
    frame: pl.DataFrame, model: type[pa.DataFrameModel], stage: str
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(rows that pass `model`, coerced and filtered to its columns; quarantine rows)."""
    missing = [c for c in model.to_schema().columns if c not in frame.columns]
    if missing:
        raise SchemaLevelError(f"{model.__name__}: column_in_dataframe failed for {missing}")
    frame, out_of_range = _split_impossible_dates(frame, stage)
    try:
        return model.validate(frame, lazy=True), out_of_range
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    schema_level = cases.filter(pl.col("index").is_null())
    if schema_level.height:
        first = schema_level.row(0, named=True)
        raise SchemaLevelError(
            f"{model.__name__}: {first['check']} failed for {first['failure_case']}"
        )
    reasons = cases.group_by("index").agg(
        pl.concat_str([pl.col("column"), pl.lit(": "), pl.col("check")])
        .unique().sort().str.join("; ").alias("reason"),
        pl.concat_str([pl.col("column"), pl.lit("="), pl.col("failure_case").cast(pl.Utf8)])
        .unique().sort().str.join("; ").alias("failing_values"),
    )
    indexed = frame.with_row_index("index").with_columns(pl.col("index").cast(pl.Int32))
    bad = indexed.join(reasons, on="index", how="inner")
    good = indexed.join(reasons, on="index", how="anti").drop("index")
    ident = [c for c in ("article_id", "article_key", "mention_text") if c in frame.columns]
    detail = pl.concat_str(
        [pl.lit(f"{c}=") + pl.col(c).cast(pl.Utf8).fill_null("null") for c in ident]
        + [pl.col("failing_values")],
        separator="; ",
    )
    quarantine = bad.select(
        (pl.col("source_file") if "source_file" in frame.columns else pl.lit(None, pl.Utf8))
        .alias("source_file"),
        (pl.col("source_record") if "source_record" in frame.columns else pl.lit(None, pl.Int64))
        .cast(pl.Int64).alias("record"),
        pl.lit(stage).alias("stage"),
        pl.concat_str([pl.lit("invalid row: "), pl.col("reason")]).alias("reason"),
        detail.str.slice(0, 500).alias("detail"),
    )
    return model.validate(good), pl.concat([out_of_range, quarantine])


# Days since 1970 of 1000-01-01 and 2999-12-31. A date outside them is arithmetic gone wrong;
# Polars cannot even format it (it panics), so such rows are split off before Pandera looks.
_MIN_DAY, _MAX_DAY = -354285, 376199


def _split_impossible_dates(frame: pl.DataFrame, stage: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    dates = [c for c, t in frame.schema.items() if t == pl.Date]
    if not dates:
        return frame, empty_quarantine()
    bad_cols = pl.concat_list([
        pl.when(~pl.col(c).cast(pl.Int32).is_between(_MIN_DAY, _MAX_DAY)).then(pl.lit(c))
        for c in dates
    ]).list.drop_nulls()
    flagged = frame.with_columns(bad_cols.alias("_bad_dates"))
    bad = flagged.filter(pl.col("_bad_dates").list.len() > 0)
    if bad.is_empty():
        return frame, empty_quarantine()
    ident = next((c for c in ("article_id", "article_key") if c in frame.columns), None)
    quarantine = bad.select(
        (pl.col("source_file") if "source_file" in frame.columns else pl.lit(None, pl.Utf8))
        .alias("source_file"),
        pl.lit(None, pl.Int64).alias("record"),
        pl.lit(stage).alias("stage"),
        pl.concat_str([pl.lit("date out of range: "), pl.col("_bad_dates").list.join(", ")])
        .alias("reason"),
        (pl.lit(f"{ident}=") + pl.col(ident).cast(pl.Utf8) if ident else pl.lit(None, pl.Utf8))
        .alias("detail"),
    )
    return flagged.filter(pl.col("_bad_dates").list.len() == 0).drop("_bad_dates"), quarantine
