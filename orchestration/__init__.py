"""Dagster wiring: assets, checks, resources, schedules, sensors, and the CLI."""
