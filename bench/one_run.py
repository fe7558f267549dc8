"""One pipeline run in this process; prints a JSON line with timings and peak RSS."""
from __future__ import annotations

import json
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict

# Steps grouped into the stages the benchmark reports.
STAGES = {
    "landing_files": "ingest", "raw_records": "ingest", "articles": "clean",
    "date_mentions": "dates", "figures": "figures", "outlets": "outlets+syndication",
    "story_signatures": "outlets+syndication", "event_features": "events",
    "warehouse_events": "events", "warehouse_articles": "load", "warehouse_views": "load",
    "article_search_index": "search index",
}


def main(landing: str, warehouse: str) -> None:
    os.environ["NEWSLEDGER_LANDING"] = landing
    os.environ["NEWSLEDGER_WAREHOUSE"] = warehouse
    import dagster as dg

    from orchestration.settings import ensure_dagster_home

    os.environ["DAGSTER_HOME"] = str(ensure_dagster_home(tempfile.mkdtemp(prefix="bench_dh_")))
    from pathlib import Path

    from orchestration.pipeline import DEFAULT_BATCH_BYTES, nothing_to_load, run_in_batches
    from transforms.landing import scan_landing
    from warehouse.connect import connect

    started = time.perf_counter()
    scanned = scan_landing(Path(landing))  # what `newsledger run` does first
    if nothing_to_load(scanned, warehouse):
        elapsed = time.perf_counter() - started
        print(json.dumps({"pipeline_s": round(elapsed, 2), "stages_s": {}, "skipped": True,
                          "peak_rss_mib": round(resource.getrusage(
                              resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
                          "articles_loaded": 0}))
        return
    # what `newsledger run` does: bounded batches through a backlog
    batch_bytes = int(os.environ.get("NEWSLEDGER_BENCH_BATCH_BYTES", DEFAULT_BATCH_BYTES))
    outcomes = run_in_batches(Path(landing), warehouse, batch_bytes, scanned)
    elapsed = time.perf_counter() - started
    for outcome in outcomes:
        if not outcome.success:
            raise SystemExit(outcome.reason)
    stages: dict[str, float] = defaultdict(float)
    with dg.DagsterInstance.get() as instance:
        starts = {}
        entries = [e for o in outcomes for e in instance.all_logs(o.run_id)]
        for entry in entries:
            event = entry.dagster_event
            if event is None or event.step_key is None:
                continue
            if event.event_type_value == "STEP_START":
                starts[event.step_key] = entry.timestamp
            elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE"):
                stage = STAGES.get(event.step_key, "checks")
                stages[stage] += entry.timestamp - starts.pop(event.step_key, entry.timestamp)
    con = connect(warehouse, read_only=True)
    (loaded,) = con.execute("SELECT count(*) FROM dim_article").fetchall()[0]
    con.close()
    print(json.dumps({
        "pipeline_s": round(elapsed, 2),
        "stages_s": {k: round(v, 2) for k, v in sorted(stages.items())},
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "articles_loaded": loaded,
        "runs": len(outcomes),
    }))


if __name__ == "__main__":
    main(*sys.argv[1:3])
