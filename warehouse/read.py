"""What the pipeline reads back from the warehouse to stay incremental."""
from __future__ import annotations

import polars as pl

from transforms.identity import EXISTING_SCHEMA
from transforms.landing import FILE_SCHEMA
from transforms.syndication import N_BANDS
from warehouse.load import registered, table_exists


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
                 keys: pl.Series | None = None) -> pl.DataFrame | None:
    """Stored rows of a feature table, for current article versions (None if absent); with
    `keys`, only those articles."""
    if con is None or not table_exists(con, table):
        return None
    where = [_CURRENT] if current_only else []
    if keys is None:
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        return con.sql(f"SELECT * FROM {table} {clause}").pl()
    where.append("article_key IN (SELECT article_key FROM _keys)")
    with registered(con, _keys=_key_frame("article_key", keys)):
        return con.sql(f"SELECT * FROM {table} WHERE {' AND '.join(where)}").pl()


def _key_frame(column: str, keys: pl.Series) -> pl.DataFrame:
    return pl.DataFrame({column: keys}, schema={column: pl.Int64})


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


def shared_band_rows(con, bands: pl.DataFrame, exclude: pl.Series,
                     max_bucket: int) -> pl.DataFrame:
    """(article_key, band, h, bucket_size): stored band rows of current article versions other
    than `exclude`, in the LSH buckets of `bands` (the new articles' band hashes), found by a
    join instead of re-banding every signature. A bucket of more than `max_bucket` stored
    articles (boilerplate everyone shares) comes as its smallest member alone, which is all
    `syndication.cross_candidates` links to: a few rows per bucket, not thousands."""
    with registered(con, _bands=bands.select("band", "h").unique(),
                    _skip=_key_frame("article_key", exclude)):
        return con.sql(f"""
            WITH hits AS (
                SELECT s.article_key, s.band, s.h FROM article_signature_band s
                JOIN _bands USING (band, h)
                WHERE s.article_key NOT IN (SELECT article_key FROM _skip) AND s.{_CURRENT}),
            sizes AS (SELECT band, h, count(*) AS bucket_size, min(article_key) AS first
                      FROM hits GROUP BY band, h)
            SELECT hits.article_key, band, h, bucket_size FROM hits JOIN sizes USING (band, h)
            WHERE bucket_size <= {int(max_bucket)}
            UNION ALL
            SELECT first, band, h, bucket_size FROM sizes WHERE bucket_size > {int(max_bucket)}
            """).pl().cast({"article_key": pl.Int64, "band": pl.Int32, "h": pl.UInt64,
                            "bucket_size": pl.UInt32})


def unbanded_signatures(con, limit: int) -> pl.DataFrame:
    """Up to `limit` stored signatures that have no band rows yet (a warehouse written before
    band hashes were kept); empty when every non-null signature has its bands."""
    bands = con.sql("SELECT count(*) FROM article_signature_band").fetchone()[0]
    signed = con.sql("SELECT count(signature) FROM article_signature").fetchone()[0]
    if bands == signed * N_BANDS:
        return pl.DataFrame(schema={"article_key": pl.Int64, "signature": pl.List(pl.UInt64)})
    return con.sql(f"""SELECT article_key, signature FROM article_signature
                       WHERE signature IS NOT NULL AND article_key NOT IN
                       (SELECT article_key FROM article_signature_band) LIMIT {int(limit)}""").pl()


def story_assignments(con) -> pl.DataFrame:
    """(article_key, story_key) of current article versions."""
    return con.sql(f"SELECT article_key, story_key FROM article_story WHERE {_CURRENT}").pl()


_MEMBERS = f"""bridge_event_article be JOIN article_event_features f USING (article_key)
               WHERE f.{_CURRENT}"""


def event_member_index(con) -> pl.DataFrame | None:
    """(event_key, article_key, country_code, event_date, places, admin_name) of every current
    article in an incident: what `events.candidate_events` needs to pick the incidents new
    articles could join, without reading every member's whole feature row."""
    if not table_exists(con, "article_event_features"):
        return None
    return con.sql(f"""SELECT be.event_key, f.article_key, f.country_code, f.event_date,
                       f.places, f.admin_name FROM {_MEMBERS}""").pl()


def event_members(con, events: pl.Series) -> pl.DataFrame:
    """Event features of the current articles in the incidents `events`, with their event_key,
    score and reason: the state incremental clustering starts from."""
    with registered(con, _events=_key_frame("event_key", events).unique()):
        return con.sql(f"""SELECT be.event_key, be.score, be.reason, f.* FROM {_MEMBERS}
                           AND be.event_key IN (SELECT event_key FROM _events)""").pl()


def pending_files(con, scanned: pl.DataFrame) -> pl.DataFrame:
    """Scanned landing files whose content hash the warehouse has not loaded yet."""
    return scanned.join(loaded_files(con), on=["source_file", "file_sha256"], how="anti")
