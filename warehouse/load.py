"""Load functions: each takes a DuckDB connection and writes in ONE transaction, so a crash
leaves the previous state, and is idempotent (what is already there is not written again)."""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime

import polars as pl

from warehouse.ddl import FEATURE_TABLES, create_tables
from warehouse.views import create_views

# Columns that hold a day, per table: each one used gets a dim_date row.
_DATE_COLUMNS = {
    "dim_article": ["published_at"],
    "fact_date_mention": ["resolved_date"],
    "fact_figure": ["stated_on", "refers_to_date"],
    "dim_event": ["event_date"],
}


@dataclass
class ArticleBatch:
    """Everything one run derived from its new landing files, validated."""

    landing_files: pl.DataFrame
    dim_outlet: pl.DataFrame
    dim_article: pl.DataFrame
    bridge_article_outlet: pl.DataFrame
    fact_date_mention: pl.DataFrame
    fact_figure: pl.DataFrame
    quarantine: pl.DataFrame
    duplicate_record: pl.DataFrame
    article_signature: pl.DataFrame
    article_signature_band: pl.DataFrame
    article_event_features: pl.DataFrame


def ensure_schema(con) -> None:
    create_tables(con)
    create_views(con)


@contextmanager
def registered(con, **frames: pl.DataFrame):
    """The frames as DuckDB views named by their keyword, for the `with` block only."""
    for name, frame in frames.items():
        con.register(name, frame.to_arrow())
    try:
        yield con
    finally:
        for name in frames:
            con.unregister(name)


def table_exists(con, name: str) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]
    ).fetchall()
    return rows[0][0] > 0


def insert_frame(con, table: str, frame: pl.DataFrame) -> int:
    """Insert the table's columns from `frame`, matched by name; create feature tables."""
    if frame.height == 0:
        return 0
    with registered(con, _incoming=frame):
        if table in FEATURE_TABLES and not table_exists(con, table):
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM _incoming LIMIT 0")
        columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        names = ", ".join(f'"{c}"' for c in columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM _incoming")
    return frame.height


def load_articles(con, batch: ArticleBatch, now: datetime) -> dict[str, int]:
    """Append one run's new article versions and their facts; move `is_current`."""
    counts: dict[str, int] = {}
    con.execute("BEGIN TRANSACTION")
    try:
        ensure_schema(con)
        known = _existing_keys(con, "dim_outlet", "outlet_key")
        counts["dim_outlet"] = insert_frame(
            con, "dim_outlet", batch.dim_outlet.filter(~pl.col("outlet_key").is_in(known.implode()))
        )
        if batch.dim_article.height:
            with registered(con, _new_ids=batch.dim_article.select("article_id").unique()):
                con.execute(
                    "UPDATE dim_article SET is_current = false "
                    "WHERE is_current AND article_id IN (SELECT article_id FROM _new_ids)"
                )
        for name in ("dim_article", "bridge_article_outlet", "fact_date_mention", "fact_figure",
                     "article_signature", "article_signature_band", "article_event_features"):
            counts[name] = insert_frame(con, name, getattr(batch, name))
        counts["quarantine"] = _insert_new_rows(
            con, "quarantine", batch.quarantine.with_columns(first_seen_at=pl.lit(now)),
            ["source_file", "record", "stage", "reason"],
        )
        counts["duplicate_record"] = _insert_new_rows(
            con, "duplicate_record", batch.duplicate_record.with_columns(first_seen_at=pl.lit(now)),
            ["source_file", "record", "article_id"],
        )
        files = batch.landing_files.with_columns(loaded_at=pl.lit(now))
        if files.height:
            with registered(con, _files=files.select("source_file")):
                con.execute("DELETE FROM landing_file WHERE source_file IN (SELECT source_file FROM _files)")
        counts["landing_file"] = insert_frame(con, "landing_file", files)
        counts["dim_date"] = add_dates(con, [
            batch.dim_article.select(pl.col(c).cast(pl.Date)).to_series()
            for c in _DATE_COLUMNS["dim_article"]
        ] + [batch.fact_date_mention[c] for c in _DATE_COLUMNS["fact_date_mention"]]
          + [batch.fact_figure[c] for c in _DATE_COLUMNS["fact_figure"]])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return counts


def replace_cross_article(
    con, stories: pl.DataFrame, dim_event: pl.DataFrame, bridge_event_article: pl.DataFrame
) -> dict[str, int]:
    """Stories and events are recomputed over all articles; swap them in one transaction."""
    return _write_cross_article(con, stories, dim_event, bridge_event_article, {
        name: f"DELETE FROM {name}" for name in ("article_story", "dim_event",
                                                 "bridge_event_article")}, "")


def upsert_cross_article(
    con, stories: pl.DataFrame, dim_event: pl.DataFrame, bridge_event_article: pl.DataFrame,
    articles: pl.Series, events: pl.Series,
) -> dict[str, int]:
    """Incremental stories and incidents, one transaction: the story and incident rows of
    `articles` (new, moved or superseded versions) are replaced by those given, and the
    `dim_event` rows of `events` (every incident that gained or lost a member) by those given
    (an incident left with no member disappears). Other rows are not touched."""
    in_arts = "article_key IN (SELECT article_key FROM _arts)"
    with registered(con, _arts=pl.DataFrame({"article_key": articles}).unique(),
                    _evts=pl.DataFrame({"event_key": events}).unique()):
        return _write_cross_article(con, stories, dim_event, bridge_event_article, {
            "article_story": f"DELETE FROM article_story WHERE {in_arts}",
            "dim_event": "DELETE FROM dim_event WHERE event_key IN (SELECT event_key FROM _evts)",
            "bridge_event_article": f"DELETE FROM bridge_event_article WHERE {in_arts}",
        }, f"WHERE f.{in_arts}")


def _write_cross_article(con, stories, dim_event, bridge_event_article,
                         deletes: dict[str, str], figures_where: str) -> dict[str, int]:
    con.execute("BEGIN TRANSACTION")
    try:
        ensure_schema(con)
        counts = {}
        for name, frame in (("article_story", stories), ("dim_event", dim_event),
                            ("bridge_event_article", bridge_event_article)):
            con.execute(deletes[name])
            counts[name] = insert_frame(con, name, frame)
        _tie_figures(con, figures_where)
        counts["dim_date"] = add_dates(con, [dim_event["event_date"]])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return counts


def _tie_figures(con, where: str = "") -> None:
    """A figure belongs to its article's event unless it is about another, earlier one."""
    con.execute(f"""
        UPDATE fact_figure f SET event_key = CASE WHEN f.is_background THEN NULL
            ELSE (SELECT be.event_key FROM bridge_event_article be
                  WHERE be.article_key = f.article_key) END
        {where}""")


def add_dates(con, columns: list[pl.Series]) -> int:
    """Add a dim_date row for every day in `columns` not yet there."""
    days = pl.concat([c.cast(pl.Date).rename("date") for c in columns] or [pl.Series("date", [], pl.Date)])
    days = days.drop_nulls().unique()
    if days.is_empty():
        return 0
    frame = pl.DataFrame({"date": days}).select(
        (pl.col("date").dt.year() * 10000 + pl.col("date").dt.month().cast(pl.Int32) * 100
         + pl.col("date").dt.day().cast(pl.Int32)).cast(pl.Int32).alias("date_key"),
        "date",
        pl.col("date").dt.year().cast(pl.Int32).alias("year"),
        pl.col("date").dt.quarter().cast(pl.Int8).alias("quarter"),
        pl.col("date").dt.month().cast(pl.Int8).alias("month"),
        pl.col("date").dt.day().cast(pl.Int8).alias("day"),
        pl.col("date").dt.week().cast(pl.Int8).alias("iso_week"),
        pl.col("date").dt.strftime("%A").alias("weekday"),
    )
    known = _existing_keys(con, "dim_date", "date_key")
    return insert_frame(con, "dim_date", frame.filter(~pl.col("date_key").is_in(known.implode())))


def _existing_keys(con, table: str, column: str) -> pl.Series:
    return con.sql(f"SELECT DISTINCT {column} FROM {table}").pl()[column]


def _insert_new_rows(con, table: str, frame: pl.DataFrame, natural_key: list[str]) -> int:
    """Insert rows whose natural key is not in the table yet (first_seen_at stays the first)."""
    if frame.height == 0:
        return 0
    existing = con.sql(f"SELECT {', '.join(natural_key)} FROM {table}").pl()
    fresh = frame.unique(subset=natural_key, keep="first").join(
        existing, on=natural_key, how="anti", nulls_equal=True
    )
    return insert_frame(con, table, fresh)


def batch_field_names() -> list[str]:
    return [f.name for f in fields(ArticleBatch)]
