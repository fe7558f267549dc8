"""Landing files → raw records → cleaned article versions."""
from datetime import datetime, timezone
from pathlib import Path

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from orchestration.defs.metadata import preview
from orchestration.defs.resources import LandingFolder
from schemas.models import DimArticle
from schemas.quarantine import split_valid
from transforms.articles import build_articles
from transforms.batching import in_chunks, take_batch
from transforms.identity import assign_versions
from transforms.landing import read_records, scan_landing
from warehouse.read import article_versions, pending_files

WRITER_POOL = "duckdb_writer"


class LandingBatch(dg.Config):
    """`max_bytes` > 0 takes only the first pending files (path order) up to that size, so a
    large backlog is loaded by several bounded runs (`newsledger run` does this); 0 takes all."""

    max_bytes: int = 0


@dg.asset(pool=WRITER_POOL, group_name="ingest", kinds={"polars"})
def landing_files(
    context: dg.AssetExecutionContext, config: LandingBatch, landing: LandingFolder,
    duckdb: DuckDBResource,
) -> dg.Output[pl.DataFrame]:
    """Landing files that are new or changed since the last load (by content hash)."""
    root = Path(landing.path)
    if not root.is_dir():
        raise dg.Failure(f"landing folder {root} does not exist")
    scanned = scan_landing(root)
    with duckdb.get_connection() as con:
        pending = pending_files(con, scanned)
    fresh = take_batch(pending, config.max_bytes)
    return dg.Output(
        fresh,
        metadata={"files_in_landing": scanned.height, "new_or_changed": pending.height,
                  "in_this_run": fresh.height, "left_for_next_runs": pending.height - fresh.height,
                  "preview": preview(fresh, ["source_file", "size_bytes"])},
    )


@dg.multi_asset(
    outs={"raw_records": dg.AssetOut(kinds={"polars"}), "ingest_quarantine": dg.AssetOut(kinds={"polars"})},
    group_name="ingest",
)
def raw_records(context: dg.AssetExecutionContext, landing: LandingFolder, landing_files: pl.DataFrame):
    """One record per article (a JSONL line, a file); unreadable input goes to quarantine."""
    records, rejected = read_records(Path(landing.path), landing_files["source_file"].to_list())
    yield dg.Output(records, output_name="raw_records", metadata={
        "records": records.height,
        "formats": dg.MetadataValue.json(records["format"].value_counts().rows()),
    })
    yield dg.Output(rejected, output_name="ingest_quarantine", metadata={
        "quarantined": rejected.height,
        "preview": preview(rejected, ["source_file", "record", "reason", "detail"]),
    })


@dg.asset_check(asset="raw_records", description="Less than half of the records are rejected.",
                additional_ins={"ingest_quarantine": dg.AssetIn("ingest_quarantine")})
def ingest_quarantine_share(raw_records: pl.DataFrame, ingest_quarantine: pl.DataFrame):
    total = raw_records.height + ingest_quarantine.height
    share = ingest_quarantine.height / total if total else 0.0
    return dg.AssetCheckResult(
        passed=share < 0.5, severity=dg.AssetCheckSeverity.WARN,
        metadata={"quarantined_share": round(share, 4), "records": total},
    )


@dg.multi_asset(
    outs={"articles": dg.AssetOut(kinds={"polars"}), "article_quarantine": dg.AssetOut(kinds={"polars"}),
          "duplicate_records": dg.AssetOut(kinds={"polars"})},
    group_name="ingest", pool=WRITER_POOL,
)
def articles(context: dg.AssetExecutionContext, duckdb: DuckDBResource, raw_records: pl.DataFrame):
    """Cleaned article versions: header, boilerplate, captions, publication date, identity."""
    built = in_chunks(raw_records, lambda part: build_articles(part.lazy()).collect()).lazy()
    with duckdb.get_connection() as con:
        known = article_versions(con)
    fresh, duplicates = assign_versions(built, known.lazy())
    fresh = fresh.with_columns(
        pl.col("record").alias("source_record"),
        pl.lit(datetime.now(timezone.utc)).cast(pl.Datetime("us", "UTC")).alias("ingested_at"),
        pl.lit(None, pl.Int64).alias("publisher_outlet_key"),
    ).collect()
    valid, quarantined = split_valid(fresh, DimArticle, stage="clean")
    valid = fresh.join(valid.select("article_key"), on="article_key", how="semi")
    yield dg.Output(valid, output_name="articles", metadata={
        "articles": valid.height,
        "preview": preview(valid, ["article_id", "title", "published_at", "published_at_source"]),
    })
    yield dg.Output(quarantined, output_name="article_quarantine",
                    metadata={"quarantined": quarantined.height,
                              "preview": preview(quarantined, ["source_file", "reason"])})
    duplicates = duplicates.collect()
    yield dg.Output(duplicates, output_name="duplicate_records",
                    metadata={"duplicates": duplicates.height})
