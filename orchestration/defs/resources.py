"""Resources: the warehouse connection, the landing folder, the staging IO manager."""
import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration import settings
from orchestration.io import PolarsParquetIOManager


class LandingFolder(dg.ConfigurableResource):
    """The folder users drop articles into (CONTRACT.md: landing formats)."""

    path: str


@dg.definitions
def resources() -> dg.Definitions:
    warehouse = settings.warehouse_path()
    return dg.Definitions(
        resources={
            "duckdb": DuckDBResource(database=warehouse),
            "landing": LandingFolder(path=settings.landing_dir()),
            "io_manager": PolarsParquetIOManager(base_dir=settings.staging_dir(warehouse)),
        }
    )
