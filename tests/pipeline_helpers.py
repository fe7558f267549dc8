"""Run the real pipeline into a temporary warehouse and read it back."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from tests.conftest import SEEDS


def run(monkeypatch, landing: Path, warehouse: Path, dagster_home: Path, may_warn=()):
    from orchestration.pipeline import run_pipeline
    from orchestration.settings import ensure_dagster_home

    monkeypatch.setenv("NEWSLEDGER_LANDING", str(landing))
    monkeypatch.setenv("NEWSLEDGER_WAREHOUSE", str(warehouse))
    monkeypatch.setenv("DAGSTER_HOME", str(ensure_dagster_home(dagster_home)))
    outcome = run_pipeline()
    assert outcome.success, outcome.reason
    assert set(outcome.failed_checks) <= set(may_warn), outcome.failed_checks
    return outcome


def query(warehouse: Path, sql: str, params=None) -> list[tuple]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def snapshot(warehouse: Path) -> dict[str, list[tuple]]:
    """Every row of every table (sorted), to prove that a rerun changes nothing."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [t for (t,) in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' "
            "AND table_schema = 'main'").fetchall()]
        return {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables}
    finally:
        con.close()


def copy_seeds(root: Path) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS.iterdir():
        shutil.copy(seed, root / seed.name)
    return root
