"""Where the pipeline reads and writes: landing folder, warehouse file, staging folder."""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LANDING = PROJECT_ROOT / "landing_sample"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "data" / "warehouse.duckdb"
DAGSTER_HOME = PROJECT_ROOT / "dagster_home"


def landing_dir() -> str:
    return os.environ.get("NEWSLEDGER_LANDING") or str(DEFAULT_LANDING)


def warehouse_path() -> str:
    return os.environ.get("NEWSLEDGER_WAREHOUSE") or str(DEFAULT_WAREHOUSE)


def duckdb_config() -> dict[str, str]:
    """DuckDB settings for pipeline connections. NEWSLEDGER_DUCKDB_MEMORY_LIMIT (e.g. '1GB')
    caps DuckDB's own memory: it then spills to disk, which bounds the peak of the search index
    build and the bulk loads (at 100k articles ~2.6 GB over the process) at some speed."""
    limit = os.environ.get("NEWSLEDGER_DUCKDB_MEMORY_LIMIT")
    return {"memory_limit": limit} if limit else {}


def staging_dir(warehouse: str) -> str:
    """Intermediate frames live beside the warehouse file they feed."""
    path = Path(warehouse)
    return str(path.parent / f".{path.stem}_staging")


def ensure_dagster_home(path: str | Path) -> Path:
    """A Dagster home with the project's instance settings (one DuckDB writer, no telemetry)."""
    home = Path(path)
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():
        config.write_text((DAGSTER_HOME / "dagster.yaml").read_text())
    return home
