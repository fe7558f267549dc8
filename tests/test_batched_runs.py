"""A backlog loaded by several bounded runs ends as one run over everything would."""
import shutil

from tests.conftest import REPO
from tests.pipeline_helpers import query

SAMPLE = REPO / "landing_sample"


def test_batches_match_one_run(tmp_path, monkeypatch):
    from orchestration.pipeline import run_in_batches
    from orchestration.settings import ensure_dagster_home

    landing = tmp_path / "landing"
    shutil.copytree(SAMPLE, landing)
    monkeypatch.setenv("NEWSLEDGER_LANDING", str(landing))
    monkeypatch.setenv("DAGSTER_HOME", str(ensure_dagster_home(tmp_path / "home")))
    results = {}
    for name, budget in (("one", 0), ("batched", 20_000)):
        warehouse = tmp_path / f"{name}.duckdb"
        monkeypatch.setenv("NEWSLEDGER_WAREHOUSE", str(warehouse))
        outcomes = run_in_batches(landing, str(warehouse), budget)
        assert all(o.success for o in outcomes), [o.reason for o in outcomes]
        results[name] = (len(outcomes), warehouse)
    (one_runs, one), (batched_runs, batched) = results["one"], results["batched"]
    assert one_runs == 1 and batched_runs >= 3
    count = "SELECT count(*) FROM {}"
    for table in ("dim_article", "fact_figure", "fact_date_mention", "quarantine", "duplicate_record",
                  "landing_file", "dim_event"):
        assert query(one, count.format(table)) == query(batched, count.format(table)), table
    toll = "SELECT article_id, killed, injured FROM v_article_toll ORDER BY 1"
    assert query(one, toll) == query(batched, toll)
    # the search index is rebuilt once, by the last run, and covers every article version
    assert query(batched, "SELECT count(*) FROM fts_main_dim_article.docs") == \
        query(batched, "SELECT count(*) FROM dim_article")
