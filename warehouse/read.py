"""What the pipeline reads back from the warehouse to stay incremental."""
from __future__ import annotations

import polars as pl

from transforms.identity import EXISTING_SCHEMA
from transforms.landing import FILE_SCHEMA
from warehouse.load import table_exists


def _frame(con, query: str, schema: dict, table: str) -> pl.DataFrame:
    if con is None or not table_exists(con, table):
        return pl.DataFrame(schema=schema)
    return con.sql(query).pl().cast(schema)


def loaded_files(con) -> pl.DataFrame:
    """Landing files already loaded, with the hash they had."""
    return _frame(con, "SELECT source_file, file_sha256, size_bytes FROM landing_file",
                  FILE_SCHEMA, "landing_file")


def article_versions(con) -> pl.DataFrame:
    return _frame(
        con, "SELECT article_id, content_sha256, article_key, version FROM dim_article",
        EXISTING_SCHEMA, "dim_article",
    )


def feature_rows(con, table: str, current_only: bool = True) -> pl.DataFrame | None:
    """All stored rows of a feature table, for current article versions (None if absent)."""
    if con is None or not table_exists(con, table):
        return None
    where = (
        "WHERE article_key IN (SELECT article_key FROM dim_article WHERE is_current)"
        if current_only else ""
    )
    return con.sql(f"SELECT * FROM {table} {where}").pl()


def pending_files(con, scanned: pl.DataFrame) -> pl.DataFrame:
    """Scanned landing files whose content hash the warehouse has not loaded yet."""
    return scanned.join(loaded_files(con), on=["source_file", "file_sha256"], how="anti")
