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


DEFAULT_DUCKDB_MEMORY = "1GB"


def duckdb_config() -> dict[str, str]:
    """DuckDB settings for pipeline connections. NEWSLEDGER_DUCKDB_MEMORY_LIMIT (default 1GB;
    'none' for DuckDB's own default of 80% of RAM) caps DuckDB's memory: it then spills to
    `<warehouse>.tmp`, which bounds the search index build and the bulk loads (uncapped, they
    add ~2.7 GB over the process at 100k articles; capped ~1.1 GB, the index build ~60% slower)."""
    limit = os.environ.get("NEWSLEDGER_DUCKDB_MEMORY_LIMIT", DEFAULT_DUCKDB_MEMORY)
    return {} if limit.lower() in ("", "none") else {"memory_limit": limit}


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
