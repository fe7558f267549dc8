"""One Pandera model per warehouse table (CONTRACT.md). Vectorised checks only.

Keys are unique by construction and checked here, not by database constraints (DuckLake has
none). `strict = "filter"` drops helper columns a transform carries along.
"""
from __future__ import annotations

from datetime import date

import polars as pl
import pandera.polars as pa

CATEGORIES = ["killed", "injured", "missing", "kidnapped", "arrested", "displaced", "survivors",
              "affected"]
QUALIFIERS = ["exact", "at_least", "at_most", "approximately", "range", "vague"]
ROLES = ["publisher", "wire", "photo_credit", "cited"]
TIMEX_TYPES = ["DATE", "TIME", "DURATION", "SET"]
UTC = pl.Datetime("us", "UTC")


class _Model(pa.DataFrameModel):
    class Config:
        strict = "filter"
        coerce = True


class DimOutlet(_Model):
    outlet_key: pl.Int64 = pa.Field(unique=True)
    outlet_name: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    domain: pl.Utf8 = pa.Field(nullable=True)
    outlet_type: pl.Utf8 = pa.Field(isin=["publisher", "wire_agency"])
    country_code: pl.Utf8 = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$")


class DimArticle(_Model):
    article_key: pl.Int64 = pa.Field(unique=True)
    article_id: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    version: pl.Int32 = pa.Field(ge=1)
    is_current: pl.Boolean
    source_file: pl.Utf8
    source_record: pl.Int64 = pa.Field(nullable=True)
    title: pl.Utf8 = pa.Field(nullable=True)
    subtitle: pl.Utf8 = pa.Field(nullable=True)
    url: pl.Utf8 = pa.Field(nullable=True)
    byline: pl.Utf8 = pa.Field(nullable=True)
    publisher_outlet_key: pl.Int64 = pa.Field(nullable=True)
    published_at: UTC = pa.Field(nullable=True)
    published_at_source: pl.Utf8 = pa.Field(nullable=True, isin=["metadata", "dateline", "text"])
    published_at_confidence: pl.Utf8 = pa.Field(nullable=True)
    language: pl.Utf8 = pa.Field(nullable=True)
    body: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    captions: pl.Utf8 = pa.Field(nullable=True)
    machine_translated: pl.Boolean
    content_sha256: pl.Utf8 = pa.Field(str_matches=r"^[0-9a-f]{64}$")
    ingested_at: UTC


class BridgeArticleOutlet(_Model):
    article_key: pl.Int64
    outlet_key: pl.Int64
    role: pl.Utf8 = pa.Field(isin=ROLES)


class DimDate(_Model):
    date_key: pl.Int32 = pa.Field(unique=True)
    date: pl.Date
    year: pl.Int32
    quarter: pl.Int8 = pa.Field(in_range={"min_value": 1, "max_value": 4})
    month: pl.Int8 = pa.Field(in_range={"min_value": 1, "max_value": 12})
    day: pl.Int8 = pa.Field(in_range={"min_value": 1, "max_value": 31})
    iso_week: pl.Int8 = pa.Field(in_range={"min_value": 1, "max_value": 53})
    weekday: pl.Utf8


class FactDateMention(_Model):
    article_key: pl.Int64
    mention_text: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    char_start: pl.Int64 = pa.Field(ge=0)
    char_end: pl.Int64 = pa.Field(gt=0)
    timex_type: pl.Utf8 = pa.Field(isin=TIMEX_TYPES)
    timex_value: pl.Utf8 = pa.Field(nullable=True)
    # A day a reader could mean: guards against runaway arithmetic on odd expressions.
    resolved_date: pl.Date = pa.Field(
        nullable=True, in_range={"min_value": date(1000, 1, 1), "max_value": date(2999, 12, 31)}
    )

    @pa.dataframe_check
    def span_is_ordered(cls, data) -> pl.LazyFrame:  # noqa: N805
        return data.lazyframe.select(pl.col("char_end") > pl.col("char_start"))


class FactFigure(_Model):
    figure_key: pl.Int64 = pa.Field(unique=True)
    article_key: pl.Int64
    event_key: pl.Int64 = pa.Field(nullable=True)
    category: pl.Utf8 = pa.Field(isin=CATEGORIES)
    value: pl.Int64 = pa.Field(ge=0)
    value_low: pl.Int64 = pa.Field(nullable=True, ge=0)
    value_high: pl.Int64 = pa.Field(nullable=True, ge=0)
    qualifier: pl.Utf8 = pa.Field(isin=QUALIFIERS)
    subject: pl.Utf8 = pa.Field(nullable=True)
    stated_by: pl.Utf8 = pa.Field(nullable=True)
    stated_on: pl.Date = pa.Field(nullable=True)
    refers_to_date: pl.Date = pa.Field(nullable=True)
    is_background: pl.Boolean
    is_superseded: pl.Boolean
    is_hypothetical: pl.Boolean
    in_article_total: pl.Boolean
    mention_text: pl.Utf8 = pa.Field(str_length={"min_value": 1})
    sentence: pl.Utf8
    char_start: pl.Int64 = pa.Field(ge=0)
    char_end: pl.Int64 = pa.Field(gt=0)

    @pa.dataframe_check
    def bounds_hold_value(cls, data) -> pl.LazyFrame:  # noqa: N805
        low_ok = pl.col("value_low").is_null() | (pl.col("value_low") <= pl.col("value"))
        high_ok = pl.col("value_high").is_null() | (pl.col("value") <= pl.col("value_high"))
        return data.lazyframe.select(low_ok & high_ok)


class DimEvent(_Model):
    event_key: pl.Int64 = pa.Field(unique=True)
    event_date: pl.Date = pa.Field(nullable=True)
    location_name: pl.Utf8 = pa.Field(nullable=True)
    country_code: pl.Utf8 = pa.Field(nullable=True, str_matches=r"^[A-Z]{2}$")
    label: pl.Utf8


class BridgeEventArticle(_Model):
    event_key: pl.Int64
    article_key: pl.Int64 = pa.Field(unique=True)
    score: pl.Float64 = pa.Field(nullable=True)
    reason: pl.Utf8 = pa.Field(nullable=True)


class Quarantine(_Model):
    source_file: pl.Utf8 = pa.Field(nullable=True)
    record: pl.Int64 = pa.Field(nullable=True)
    stage: pl.Utf8
    reason: pl.Utf8
    detail: pl.Utf8 = pa.Field(nullable=True)
