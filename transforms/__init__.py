"""Pure Polars transforms: LazyFrame in, LazyFrame out. No Dagster, no DuckDB here."""
