"""Article totals on the bundled sample (landing_sample/) against its manifest.

The sample was written by a different engineer than the extractor, as a blind integration
set: whole articles in every landing format, run through the whole pipeline.

    .venv/bin/python -m tests.eval.score_sample [WAREHOUSE]   # default: data/warehouse.duckdb
"""
from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import polars as pl

REPO = Path(__file__).resolve().parents[2]
MANIFEST = REPO / "landing_sample.manifest.csv"


def expected() -> pl.DataFrame:
    """Current article versions in the manifest with their expected killed/injured totals."""
    manifest = pl.read_csv(MANIFEST, infer_schema_length=0)
    return manifest.filter(
        pl.col("expected_killed_total").is_not_null() & (pl.col("is_current") != "false")
    ).select(
        pl.col("file").alias("source_file"),
        pl.col("record").cast(pl.Int64, strict=False).alias("source_record"),
        pl.col("expected_killed_total").cast(pl.Float64, strict=False).cast(pl.Int64).alias("exp_killed"),
        pl.col("expected_injured_total").cast(pl.Float64, strict=False).cast(pl.Int64).alias("exp_injured"),
    )


def compare(warehouse: str | Path) -> pl.DataFrame:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        got = con.sql(
            "SELECT a.source_file, a.source_record, v.killed, v.injured FROM v_article_toll v "
            "JOIN dim_article a ON a.article_id = v.article_id AND a.is_current").pl()
    finally:
        con.close()
    return expected().join(got, on=["source_file", "source_record"], how="left",
                           nulls_equal=True)


def scores(rows: pl.DataFrame) -> dict[str, float]:
    def exact(e: str, g: str) -> float:
        same = (pl.col(e) == pl.col(g)) | (pl.col(e).is_null() & pl.col(g).is_null())
        return round(rows.select(same.fill_null(False).mean()).item(), 3)

    return {"articles": rows.height, "killed_exact": exact("exp_killed", "killed"),
            "injured_exact": exact("exp_injured", "injured")}


def event_clustering(warehouse: str | Path) -> dict[str, float]:
    """B-cubed precision/recall/F1 of dim_event against the manifest's incident labels."""
    manifest = pl.read_csv(MANIFEST, infer_schema_length=0).filter(
        pl.col("incident").is_not_null() & (pl.col("is_current") != "false")
    ).select(pl.col("file").alias("source_file"),
             pl.col("record").cast(pl.Int64, strict=False).alias("source_record"), "incident")
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        got = con.sql("""SELECT a.source_file, a.source_record, b.event_key
            FROM dim_article a LEFT JOIN bridge_event_article b USING (article_key)
            WHERE a.is_current""").pl()
    finally:
        con.close()
    rows = manifest.join(got, on=["source_file", "source_record"], how="inner",
                         nulls_equal=True).with_row_index("i")
    # An article without an event is its own singleton cluster.
    rows = rows.with_columns(pl.coalesce(pl.col("event_key").cast(pl.Utf8),
                                         pl.lit("none-") + pl.col("i").cast(pl.Utf8)).alias("ev"))
    pairs = rows.join(rows, how="cross", suffix="_o")
    per = pairs.group_by("i").agg(
        ((pl.col("ev") == pl.col("ev_o")) & (pl.col("incident") == pl.col("incident_o"))).sum().alias("both"),
        (pl.col("ev") == pl.col("ev_o")).sum().alias("same_event"),
        (pl.col("incident") == pl.col("incident_o")).sum().alias("same_incident"),
    )
    precision = (per["both"] / per["same_event"]).mean()
    recall = (per["both"] / per["same_incident"]).mean()
    return {"articles": rows.height, "bcubed_precision": round(precision, 3),
            "bcubed_recall": round(recall, 3),
            "bcubed_f1": round(2 * precision * recall / (precision + recall), 3)}


def main(warehouse: str) -> None:
    rows = compare(warehouse)
    with pl.Config(tbl_rows=100, tbl_width_chars=160, fmt_str_lengths=50):
        print(rows)
    print("article totals", scores(rows))
    print("event clustering", event_clustering(warehouse))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(REPO / "data" / "warehouse.duckdb"))
