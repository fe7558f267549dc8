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


# DuckDB's FTS index cannot be updated, only rebuilt (~0.6 ms per article here), so a
# rebuild per small batch would dominate incremental runs. It is rebuilt when it is missing
# or when more than this share of article versions is not in it yet.
MAX_UNINDEXED_SHARE = 0.10


def search_index_lag(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """(article versions not in the index, all article versions); index absent → all."""
    (total,) = con.execute("SELECT count(*) FROM dim_article").fetchall()[0]
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = 'fts_main_dim_article' AND table_name = 'docs'").fetchall()[0][0]
    if not exists:
        return total, total
    (indexed,) = con.execute("SELECT count(*) FROM fts_main_dim_article.docs").fetchall()[0]
    return total - indexed, total


def refresh_search_index(con: duckdb.DuckDBPyConnection,
                         defer: bool = False) -> dict[str, int | bool]:
    """Rebuild the index if it is missing or lags too far (never when `defer`: a later run
    of the same backlog will); report what it covers."""
    missing, total = search_index_lag(con)
    rebuilt = not defer and total > 0 and (missing == total or missing > MAX_UNINDEXED_SHARE * total)
    if rebuilt:
        build_search_index(con)
        missing = 0
    return {"rebuilt": rebuilt, "articles_not_indexed": missing, "article_versions": total}
