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


_CURRENT = "article_key IN (SELECT article_key FROM dim_article WHERE is_current)"


def feature_rows(con, table: str, current_only: bool = True,
                 keys: pl.Series | None = None, exclude: bool = False) -> pl.DataFrame | None:
    """Stored rows of a feature table, for current article versions (None if absent); with
    `keys`, only those articles (or, with `exclude`, all but those)."""
    if con is None or not table_exists(con, table):
        return None
    where = [_CURRENT] if current_only else []
    if keys is not None:
        con.register("_keys", pl.DataFrame({"article_key": keys}).to_arrow())
        where.append(f"article_key {'NOT IN' if exclude else 'IN'} (SELECT article_key FROM _keys)")
    try:
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return con.sql(f"SELECT * FROM {table} {clause}").pl()
    finally:
        if keys is not None:
            con.unregister("_keys")


def pending_cross_article(con) -> pl.Series:
    """Current article versions with a signature but no story yet: the ones an incremental
    stories-and-incidents step must assign (new this run, or left by an interrupted run)."""
    if not table_exists(con, "article_signature"):
        return pl.Series("article_key", [], pl.Int64)
    return con.sql(f"""SELECT article_key FROM article_signature WHERE {_CURRENT}
                       AND article_key NOT IN (SELECT article_key FROM article_story)""").pl()[
        "article_key"]


def stale_cross_article(con) -> pl.DataFrame:
    """(article_key, event_key) of superseded article versions still in a story or incident."""
    return con.sql(f"""
        SELECT s.article_key, be.event_key FROM (
            SELECT article_key FROM article_story UNION SELECT article_key FROM bridge_event_article
        ) s LEFT JOIN bridge_event_article be USING (article_key)
        WHERE NOT s.{_CURRENT}""").pl().cast({"article_key": pl.Int64, "event_key": pl.Int64})


def story_assignments(con) -> pl.DataFrame:
    """(article_key, story_key) of current article versions."""
    return con.sql(f"SELECT article_key, story_key FROM article_story WHERE {_CURRENT}").pl()


def event_members(con) -> pl.DataFrame | None:
    """Event features of every current article assigned to an incident, with its event_key,
    score and reason (the state incremental clustering starts from)."""
    if not table_exists(con, "article_event_features"):
        return None
    return con.sql(f"""SELECT be.event_key, be.score, be.reason, f.*
                       FROM bridge_event_article be JOIN article_event_features f USING (article_key)
                       WHERE f.{_CURRENT}""").pl()


def pending_files(con, scanned: pl.DataFrame) -> pl.DataFrame:
    """Scanned landing files whose content hash the warehouse has not loaded yet."""
    return scanned.join(loaded_files(con), on=["source_file", "file_sha256"], how="anti")
