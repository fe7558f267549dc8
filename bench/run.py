"""`make bench`: the whole pipeline at several corpus sizes, per stage, with peak memory.

For each size: a full run into a fresh warehouse, an unchanged rerun, and a rerun with 1%
new files. Each run is a fresh process (`python -m bench.one_run`) so its peak RSS is its own.
Results go to bench/results/<commit>-<size>.json and a markdown table on stdout.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "out"
RESULTS = ROOT / "results"


def _generate(folder: Path, articles: int, seed: int) -> None:
    if (folder / ".complete").exists():
        return
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run([sys.executable, "-m", "bench.generate_corpus", "--out", str(folder),
                    "--articles", str(articles), "--seed", str(seed)], check=True)
    (folder / ".complete").write_text("")


def _one_run(landing: Path, warehouse: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bench.one_run", str(landing), str(warehouse)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench run failed: {done.stderr.strip()[-2000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    report["wall_s"] = round(time.perf_counter() - started, 2)
    return report


def bench_size(articles: int, commit: str) -> dict:
    corpus = OUT / f"corpus_{articles}"
    _generate(corpus, articles, seed=7)
    work = OUT / f"run_{articles}"
    shutil.rmtree(work, ignore_errors=True)
    landing = work / "landing"
    shutil.copytree(corpus, landing, ignore=shutil.ignore_patterns(".complete"))
    warehouse = work / "warehouse.duckdb"
    full = _one_run(landing, warehouse)
    unchanged = _one_run(landing, warehouse)
    _generate(OUT / f"increment_{articles}", max(articles // 100, 1), seed=8)
    shutil.copytree(OUT / f"increment_{articles}", landing / "increment",
                    ignore=shutil.ignore_patterns(".complete"))
    increment = _one_run(landing, warehouse)
    result = {
        "articles": articles,
        "commit": commit,
        "machine": _machine(),
        "full": full,
        "unchanged_rerun": unchanged,
        "one_percent_new": increment,
        "articles_per_s": round(full["articles_loaded"] / full["pipeline_s"], 1),
        "unchanged_share_of_full": round(unchanged["pipeline_s"] / full["pipeline_s"], 4),
        "increment_share_of_full": round(increment["pipeline_s"] / full["pipeline_s"], 4),
        "warehouse_mb": round(warehouse.stat().st_size / 2**20, 1),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"bench-{articles}.json").write_text(json.dumps(result, indent=2))
    return result


def _machine() -> dict:
    return {"cpus": psutil.cpu_count(), "ram_gib": round(psutil.virtual_memory().total / 2**30, 1),
            "cpu": platform.processor() or platform.machine(), "python": platform.python_version()}


def table(results: list[dict]) -> str:
    stages = sorted({s for r in results for s in r["full"]["stages_s"]})
    head = ["articles", "articles/s", "full run s", "runs", "peak RSS MiB",
            *[f"{s} s" for s in stages], "unchanged rerun s (share)", "+1% files s (share)",
            "+1% peak RSS MiB", "warehouse MiB"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in results:
        cells = [r["articles"], r["articles_per_s"], r["full"]["pipeline_s"],
                 r["full"].get("runs", 1), r["full"]["peak_rss_mib"],
                 *[r["full"]["stages_s"].get(s, "") for s in stages],
                 f"{r['unchanged_rerun']['pipeline_s']} ({r['unchanged_share_of_full']:.1%})",
                 f"{r['one_percent_new']['pipeline_s']} ({r['increment_share_of_full']:.1%})",
                 r["one_percent_new"]["peak_rss_mib"], r["warehouse_mb"]]
        lines.append("| " + " | ".join(str(c) for c in cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--table", action="store_true",
                        help="only print the table of the stored results for these sizes")
    args = parser.parse_args()
    if args.table:
        print(table([json.loads((RESULTS / f"bench-{n}.json").read_text()) for n in args.articles]))
        return
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True, cwd=ROOT.parent).stdout.strip() or "unknown"
    results = [bench_size(n, commit) for n in args.articles]
    print(f"commit {commit}, machine {json.dumps(results[0]['machine'])}")
    print(table(results))


if __name__ == "__main__":
    main()
