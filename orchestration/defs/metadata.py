"""What users see for each materialization in the UI: counts and a markdown preview."""
from __future__ import annotations

import dagster as dg
import polars as pl


def preview(frame: pl.DataFrame, columns: list[str], rows: int = 8) -> dg.MetadataValue:
    shown = frame.select([c for c in columns if c in frame.columns]).head(rows)
    header = "| " + " | ".join(shown.columns) + " |"
    rule = "|" + "---|" * len(shown.columns)
    lines = [
        "| " + " | ".join(_cell(v) for v in row) + " |" for row in shown.iter_rows()
    ]
    return dg.MetadataValue.md("\n".join([header, rule, *lines]) if shown.columns else "")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 80 else text[:77] + "..."
