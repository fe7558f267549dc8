"""An IO manager that keeps each asset's Polars frame as Parquet in the staging folder.

Parquet (not pickle) so a frame can be opened with any tool, and so large frames are read back
column-wise and fast.
"""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import polars as pl


class PolarsParquetIOManager(dg.ConfigurableIOManager):
    base_dir: str

    def _path(self, context: dg.OutputContext | dg.InputContext) -> Path:
        return Path(self.base_dir) / ("__".join(context.asset_key.path) + ".parquet")

    def handle_output(self, context: dg.OutputContext, obj: pl.DataFrame | None) -> None:
        if obj is None:
            return
        path = self._path(context)
        path.parent.mkdir(parents=True, exist_ok=True)
        obj.write_parquet(path)
        context.add_output_metadata({"rows": obj.height})

    def load_input(self, context: dg.InputContext) -> pl.DataFrame:
        return pl.read_parquet(self._path(context))
