"""Article-total killed vs ACLED's coded fatalities on the dev notes (read in place, never copied).

    python scripts/eval_acled_notes.py [--notes PATH] [--show N]

A note's total is `article_totals(...)` for category killed; no figure counts as 0 (ACLED codes
0 when no deaths are reported). Reports exact match overall and by how the note states deaths.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from transforms.figures import article_totals, extract_figures  # noqa: E402
from transforms.timex import extract_date_mentions  # noqa: E402

NOTES = Path(__file__).resolve().parent.parent.parent / "shared" / "dev" / "incident_notes.jsonl"
_WORDS = r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozen|hundred)\b"
_DEATH = r"(?i)\b(?:kill|dead|die|death|fatal|bod(?:y|ies)|slain|murder|lynch|shot dead|massacr|behead|lives)"


def stated_as(text: pl.Expr) -> pl.Expr:
    """How the note states deaths: digits / words / article / vague / no mention (rough, for breakdown only)."""
    near = text.str.extract(r"(?i)((?:\S+\s+){0,4}\S*(?:kill|dead|die|death|fatal|bod(?:y|ies)|slain|murder|lynch|massacr|behead|lives)\S*(?:\s+\S+){0,3})")
    return (pl.when(~text.str.contains(_DEATH)).then(pl.lit("no mention"))
            .when(near.str.contains(r"\d")).then(pl.lit("digits"))
            .when(near.str.contains(_WORDS)).then(pl.lit("words"))
            .when(near.str.contains(r"(?i)\b(?:a|an)\s+\w+")).then(pl.lit("article"))
            .otherwise(pl.lit("vague")))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notes", default=str(NOTES))
    ap.add_argument("--show", type=int, default=0, help="print N mismatches")
    args = ap.parse_args(argv)
    if not Path(args.notes).exists():
        print(f"no notes at {args.notes}")
        return 1
    notes = pl.read_ndjson(args.notes).with_row_index("article_key").with_columns(
        pl.col("article_key").cast(pl.Int64))
    articles = notes.select(
        "article_key", pl.col("text").alias("body"),
        pl.col("published_at").str.to_date(strict=False).cast(pl.Datetime("us")).dt.replace_time_zone("UTC").alias("published_at")).lazy()
    t0 = time.perf_counter()
    figures = extract_figures(articles, extract_date_mentions(articles)).collect()
    took = time.perf_counter() - t0
    totals = article_totals(figures.lazy()).filter(pl.col("category") == "killed").collect()
    res = (notes.join(totals.select("article_key", pl.col("total").alias("ours")), on="article_key", how="left")
           .with_columns(pl.col("ours").fill_null(0), stated_as(pl.col("text")).alias("stated_as"))
           .with_columns((pl.col("ours") == pl.col("fatalities")).alias("ok")))
    print(f"notes: {res.height}, figures: {figures.height}, {took:.2f} s")
    print(f"article-total killed exact match: {res['ok'].mean():.3f}")
    print(res.group_by("stated_as").agg(pl.len().alias("n"), pl.col("ok").mean().round(3).alias("exact"))
          .sort("n", descending=True))
    if args.show:
        with pl.Config(fmt_str_lengths=400, tbl_rows=args.show, tbl_width_chars=400):
            print(res.filter(~pl.col("ok")).select("fatalities", "ours", "stated_as", "text").head(args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
