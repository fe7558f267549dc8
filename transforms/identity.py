"""Article identity: versions of one `article_id`, and records that repeat what is known.

A record whose (article_id, content) is already in the warehouse, or earlier in the same batch,
is a recorded duplicate; new content under a known `article_id` is its next version.
"""
from __future__ import annotations

import polars as pl

EXISTING_SCHEMA = {
    "article_id": pl.Utf8,
    "content_sha256": pl.Utf8,
    "article_key": pl.Int64,
    "version": pl.Int32,
}
DUPLICATE_COLUMNS = ["source_file", "record", "article_id", "duplicate_of_article_key", "reason"]


def assign_versions(
    articles: pl.LazyFrame, existing: pl.LazyFrame
) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """(new article versions with `version` and `is_current`, duplicate records)."""
    ordered = articles.sort(
        pl.col("published_at"), "source_file", "record", nulls_last=False
    ).with_row_index("arrival")
    known = existing.select("article_id", "content_sha256", pl.col("article_key").alias("known_key"))
    first_in_batch = pl.col("arrival").min().over("article_id", "content_sha256")
    tagged = ordered.join(known, on=["article_id", "content_sha256"], how="left").with_columns(
        pl.when(pl.col("known_key").is_not_null())
        .then(pl.lit("same article_id and content already in the warehouse"))
        .when(pl.col("arrival") != first_in_batch)
        .then(pl.lit("same article_id and content earlier in this batch"))
        .alias("duplicate_reason"),
        pl.col("article_key").filter(pl.col("arrival") == first_in_batch).first()
        .over("article_id", "content_sha256").alias("batch_key"),
    )
    duplicates = tagged.filter(pl.col("duplicate_reason").is_not_null()).select(
        "source_file",
        "record",
        "article_id",
        pl.coalesce("known_key", "batch_key").alias("duplicate_of_article_key"),
        pl.col("duplicate_reason").alias("reason"),
    )
    last_version = existing.group_by("article_id").agg(pl.col("version").max().alias("last"))
    fresh = (
        tagged.filter(pl.col("duplicate_reason").is_null())
        .join(last_version, on="article_id", how="left")
        .with_columns(
            (
                pl.col("last").fill_null(0)
                + pl.col("arrival").rank("ordinal").over("article_id").cast(pl.Int32)
            ).cast(pl.Int32).alias("version")
        )
        .with_columns(
            (pl.col("version") == pl.col("version").max().over("article_id")).alias("is_current")
        )
        .drop("arrival", "known_key", "duplicate_reason", "batch_key", "last")
    )
    return fresh, duplicates
