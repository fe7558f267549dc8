"""DuckDB warehouse: DDL, views and load functions that take a connection."""
