"""Shape transform outputs into the warehouse tables of CONTRACT.md (still pure Polars)."""
from __future__ import annotations

import polars as pl

from transforms.keys import stable_key_expr


def dim_article_rows(articles: pl.LazyFrame, article_outlets: pl.LazyFrame) -> pl.LazyFrame:
    """Articles with their publisher's outlet key."""
    publisher = (
        article_outlets.filter(pl.col("role") == "publisher")
        .group_by("article_key")
        .agg(pl.col("outlet_key").min().alias("publisher_outlet_key"))
    )
    return articles.drop("publisher_outlet_key", strict=False).join(
        publisher, on="article_key", how="left"
    )


def fact_figure_rows(figures: pl.LazyFrame) -> pl.LazyFrame:
    """Figures with a stable `figure_key` (article version, span, category); event set later."""
    return figures.with_columns(
        stable_key_expr("article_key", "char_start", "char_end", "category").alias("figure_key"),
        pl.lit(None, pl.Int64).alias("event_key"),
    )
