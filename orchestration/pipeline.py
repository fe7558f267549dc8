"""Run the whole pipeline in process, recorded in the project's Dagster instance."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import polars as pl

from transforms.batching import take_batch
from transforms.landing import scan_landing
from warehouse.connect import connect
from warehouse.read import pending_files

QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


@dataclass
class RunOutcome:
    success: bool
    reason: str | None
    run_id: str
    failed_checks: list[str]


# Landing bytes per run when `newsledger run` works through a backlog: ~13k articles of
# typical length. Measured at 100k articles: 96 MB gave a 2.2 GiB peak, 64 MB 1.9 GiB for 4%
# more time (more runs, each with Dagster's fixed cost).
DEFAULT_BATCH_BYTES = 64 * 2**20


def run_pipeline(max_bytes: int = 0, defer_search_index: bool = False) -> RunOutcome:
    """Materialize every asset once, for the paths in the environment now (resources are built
    afresh, so several runs in one process may target different folders). `max_bytes` bounds
    the landing files this run takes; `defer_search_index` leaves the index rebuild to a later run."""
    from orchestration.definitions import defs
    from orchestration.defs.resources import build_resources

    fresh = dg.Definitions(
        assets=defs.assets, asset_checks=defs.asset_checks, jobs=defs.jobs,
        resources=build_resources(),
    )
    job = fresh.resolve_job_def("newsledger_pipeline")
    with dg.DagsterInstance.get() as instance:
        run_config = {**QUIET, "ops": {
            "landing_files": {"config": {"max_bytes": max_bytes}},
            "article_search_index": {"config": {"defer": defer_search_index}},
        }}
        result = _execute_in_process(job, instance, run_config)
    failed = sorted(
        f"{e.asset_key.to_user_string()}:{e.check_name}"
        for e in result.get_asset_check_evaluations() if not e.passed
    )
    return RunOutcome(result.success, None if result.success else _failure_reason(result),
                      result.run_id, failed)


def run_in_batches(landing: Path, warehouse: str, max_bytes: int = DEFAULT_BATCH_BYTES,
                   scanned: pl.DataFrame | None = None) -> list[RunOutcome]:
    """Runs until every pending landing file is loaded, each over at most `max_bytes` of
    files (the same selection `landing_files` makes), the search index rebuilt by the last.
    Stops at the first failed run, or if a run leaves its files pending (no progress).
    `scanned`: the landing scan the caller already made (hashing every file is not free)."""
    outcomes: list[RunOutcome] = []
    pending = pending_in(scan_landing(landing) if scanned is None else scanned, warehouse)
    while True:
        last = take_batch(pending, max_bytes).height >= pending.height
        outcomes.append(run_pipeline(max_bytes, defer_search_index=not last))
        if last or not outcomes[-1].success:
            return outcomes
        left = pending_in(pending, warehouse)  # no rescan: which of these did the run load?
        if left.height >= pending.height:  # nothing was taken: do not loop forever
            return outcomes
        pending = left


def pending_in(scanned: pl.DataFrame, warehouse: str) -> pl.DataFrame:
    """The scanned landing files the warehouse has not loaded yet (all, if it does not exist)."""
    if not Path(warehouse).exists():
        return scanned
    con = connect(warehouse, read_only=True)
    try:
        return pending_files(con, scanned)
    finally:
        con.close()


def _execute_in_process(job: dg.JobDefinition, instance: dg.DagsterInstance, run_config: dict):
    """`job.execute_in_process`, minus its output capture: that keeps every step's output
    (every staged frame, article bodies included) in memory until the run ends, ~1.8 GB of
    the peak at 100k articles. Outputs go through the Parquet IO manager anyway. Uses Dagster
    internals (checked on 1.13.27); falls back to the public call if they move."""
    try:
        from dagster._core.definitions.job_base import InMemoryJob
        from dagster._core.execution.execute_in_process import (core_execute_in_process,
                                                                 merge_run_tags)
    except ImportError:
        return job.execute_in_process(instance=instance, run_config=run_config,
                                      raise_on_error=False)
    ephemeral = job.as_ephemeral_job(resource_defs={}, input_values={})
    return core_execute_in_process(
        run_config=run_config, job=InMemoryJob(job_def=ephemeral), instance=instance,
        output_capturing_enabled=False, raise_on_error=False,
        run_tags=merge_run_tags(job_def=ephemeral, partition_key=None, tags=None,
                                asset_selection=None, instance=instance, run_config=run_config),
        asset_selection=frozenset())


def nothing_to_load(scanned: pl.DataFrame, warehouse: str) -> bool:
    """True when the warehouse exists and has loaded every scanned landing file as it is now:
    a run would change nothing, so `newsledger run` skips starting one (Dagster's per-step
    overhead would otherwise dominate an unchanged rerun)."""
    return Path(warehouse).exists() and pending_in(scanned, warehouse).is_empty()


def _failure_reason(result: dg.ExecuteInProcessResult) -> str:
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data and event.step_failure_data.error:
            error = event.step_failure_data.error
            while error.cause is not None and error.cls_name in ("DagsterExecutionStepExecutionError",):
                error = error.cause
            message = " ".join(error.message.split())
            return f"step {event.step_key}: {message[:300]}"
    return "the run failed (see `newsledger ui` for its events)"


def summary(warehouse: str) -> str:
    """The short summary `make run` prints."""
    con = connect(warehouse, read_only=True)
    try:
        (articles, versions, figures, events, disputed, quarantined, duplicates) = con.execute(
            """SELECT (SELECT count(*) FROM dim_article WHERE is_current),
                      (SELECT count(*) FROM dim_article),
                      (SELECT count(*) FROM fact_figure),
                      (SELECT count(*) FROM dim_event),
                      (SELECT count(*) FROM v_event_toll
                        WHERE category = 'killed' AND min_value <> max_value),
                      (SELECT count(*) FROM quarantine),
                      (SELECT count(*) FROM duplicate_record)"""
        ).fetchall()[0]
    finally:
        con.close()
    return (
        f"newsledger: {articles} articles ({versions} versions), {figures} figures, "
        f"{events} events, {disputed} events whose killed tolls disagree, "
        f"{quarantined} quarantined, {duplicates} duplicate records -> {warehouse}"
    )
