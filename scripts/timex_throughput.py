"""Throughput of the dates stage on TimeBank+AQUAINT, read in place (the README's documents/s figure).

    python scripts/timex_throughput.py [DIR] [--copies 10] [--runs 5]

The 256 documents are repeated `--copies` times in one call (Polars' fixed cost per call weighs
less that way); the best of `--runs` calls is reported. DIR defaults to ../shared/dev/timeml.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from eval_timebank import parse  # noqa: E402
from transforms.timex import extract_date_mentions  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default=str(ROOT.parent / "shared" / "dev" / "timeml"))
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    files = sorted(Path(args.dir).glob("*/*.tml"))
    if not files:
        print(f"no .tml files under {args.dir}")
        return 1
    docs = [parse(f) for f in files]
    df = pl.DataFrame({"article_key": list(range(len(docs) * args.copies)),
                       "body": [d["text"] for d in docs] * args.copies,
                       "published_at": [d["dct"] or "2000-01-01" for d in docs] * args.copies}).with_columns(
        pl.col("published_at").str.to_date().cast(pl.Datetime("us")).dt.replace_time_zone("UTC"))
    best = float("inf")
    for _ in range(args.runs):
        t0 = time.perf_counter()
        extract_date_mentions(df.lazy()).collect()
        best = min(best, time.perf_counter() - t0)
    print(f"{df.height} documents, best of {args.runs}: {best:.3f} s, {df.height / best:,.0f} documents/s, "
          f"{best / df.height * 1000:.3f} ms per document")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
