"""Opening the warehouse file, and the FTS extension loaded from its PyPI wheel (offline)."""
from __future__ import annotations

from pathlib import Path

import duckdb
import duckdb_extension_fts


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `newsledger run` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(path), read_only=read_only)


def fts_extension_path() -> Path:
    """`INSTALL fts` downloads from DuckDB's server; the wheel ships the same file."""
    root = Path(duckdb_extension_fts.__file__).parent / "extensions"
    return root / f"v{duckdb.__version__}" / "fts.duckdb_extension"


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"LOAD '{fts_extension_path()}'")


def build_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """BM25 index over current article titles and bodies (`fts_main_dim_article.match_bm25`)."""
    load_fts(con)
    con.execute(
        "PRAGMA create_fts_index('dim_article', 'article_key', 'title', 'body', overwrite=1)"
    )


def search_index_exists(con: duckdb.DuckDBPyConnection) -> bool:
    rows = con.execute(
        "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'fts_main_dim_article'"
    ).fetchall()
    return rows[0][0] > 0
