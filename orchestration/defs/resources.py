"""Resources: the warehouse connection, the landing folder, the staging IO manager."""
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration import settings
from orchestration.io import PolarsParquetIOManager


class LandingFolder(dg.ConfigurableResource):
    """The folder users drop articles into (CONTRACT.md: landing formats)."""

    path: str


def build_resources() -> dict:
    """Resources for the paths in the environment (NEWSLEDGER_LANDING / _WAREHOUSE) now."""
    warehouse = settings.warehouse_path()
    Path(warehouse).parent.mkdir(parents=True, exist_ok=True)  # DuckDB creates files, not folders
    return {
        "duckdb": DuckDBResource(database=warehouse, connection_config=settings.duckdb_config()),
        "landing": LandingFolder(path=settings.landing_dir()),
        "io_manager": PolarsParquetIOManager(base_dir=settings.staging_dir(warehouse)),
    }


@dg.definitions
def resources() -> dg.Definitions:
    return dg.Definitions(resources=build_resources())
