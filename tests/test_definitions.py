"""Snapshot of the Dagster definitions: what users see in the UI and schedule."""
import subprocess
import sys
from pathlib import Path

import dagster as dg

from orchestration.definitions import defs

REPO = Path(__file__).resolve().parent.parent

ASSETS = {
    "landing_files", "raw_records", "ingest_quarantine", "articles", "article_quarantine",
    "duplicate_records", "date_mentions", "figures", "outlets", "article_outlets",
    "story_signatures", "event_features",
    "dim_outlet", "dim_article", "bridge_article_outlet", "fact_date_mention", "fact_figure",
    "dim_date", "quarantine", "duplicate_record", "landing_file",
    "article_story", "dim_event", "bridge_event_article",
    "v_article_toll", "v_event_toll", "v_toll_history", "article_search_index",
}
CHECKS = {
    ("raw_records", "ingest_quarantine_share"),
    ("dim_article", "dim_article_article_key_unique"),
    ("fact_figure", "fact_figure_figure_key_unique"),
    ("dim_outlet", "dim_outlet_outlet_key_unique"),
    ("dim_date", "dim_date_date_key_unique"),
    ("dim_event", "dim_event_event_key_unique"),
    ("dim_article", "one_current_version"),
    ("fact_figure", "figure_offsets_match_body"),
    ("fact_date_mention", "date_offsets_match_body"),
}


def test_asset_keys():
    keys = {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()}
    assert keys == ASSETS


def test_asset_checks():
    checks = {(k.asset_key.to_user_string(), k.name)
              for k in defs.resolve_asset_graph().asset_check_keys}
    assert checks == CHECKS


def test_jobs_schedules_sensors():
    assert defs.resolve_job_def("newsledger_pipeline") is not None
    schedule = defs.resolve_schedule_def("daily_pipeline")
    assert schedule.cron_schedule == "0 6 * * *"
    assert schedule.default_status == dg.DefaultScheduleStatus.STOPPED
    sensor = defs.resolve_sensor_def("landing_folder_sensor")
    assert sensor.default_status == dg.DefaultSensorStatus.STOPPED


def test_lineage_runs_from_landing_to_views():
    graph = defs.resolve_asset_graph()
    upstream = graph.get(dg.AssetKey("v_event_toll")).parent_keys
    assert dg.AssetKey("dim_event") in upstream
    assert graph.get(dg.AssetKey("figures")).parent_keys == {
        dg.AssetKey("articles"), dg.AssetKey("date_mentions")}


def test_writers_share_one_pool():
    pools = {node.pools and tuple(node.pools) for node in defs.resolve_asset_graph().asset_nodes
             if node.key.to_user_string().startswith(("dim_", "fact_", "v_"))}
    assert pools == {("duckdb_writer",)}


def test_dagster_definitions_validate():
    dagster = Path(sys.executable).parent / "dagster"
    done = subprocess.run([str(dagster), "definitions", "validate"], cwd=REPO,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr


def test_sensor_requests_a_run_only_when_landing_changes(tmp_path):
    from orchestration.defs.automation import landing_folder_sensor
    from orchestration.defs.resources import LandingFolder

    (tmp_path / "a.md").write_text("# A\n\nOne killed.")
    landing = LandingFolder(path=str(tmp_path))
    first = landing_folder_sensor(dg.build_sensor_context(cursor=None), landing=landing)
    assert isinstance(first, dg.RunRequest)
    again = landing_folder_sensor(dg.build_sensor_context(cursor=first.run_key), landing=landing)
    assert isinstance(again, dg.SkipReason)
    (tmp_path / "b.jsonl").write_text('{"id": "b", "text": "Two killed."}\n')
    changed = landing_folder_sensor(dg.build_sensor_context(cursor=first.run_key), landing=landing)
    assert isinstance(changed, dg.RunRequest) and changed.run_key != first.run_key
