"""Asset checks on the warehouse tables: key uniqueness, versions, offsets, orphans."""
import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.defs.ingest import WRITER_POOL

_KEYS = {
    "dim_article": "article_key", "fact_figure": "figure_key", "dim_outlet": "outlet_key",
    "dim_date": "date_key", "dim_event": "event_key",
}


def _count(duckdb: DuckDBResource, query: str) -> int:
    with duckdb.get_connection() as con:
        return int(con.execute(query).fetchall()[0][0])


def _unique_key_check(table: str, key: str) -> dg.AssetChecksDefinition:
    @dg.asset_check(asset=table, name=f"{table}_{key}_unique", blocking=True, pool=WRITER_POOL,
                    description=f"{key} is unique in {table}.")
    def check(duckdb: DuckDBResource) -> dg.AssetCheckResult:
        dupes = _count(duckdb, f"SELECT count(*) - count(DISTINCT {key}) FROM {table}")
        return dg.AssetCheckResult(passed=dupes == 0, metadata={"duplicate_keys": dupes})

    return check


unique_key_checks = [_unique_key_check(t, k) for t, k in _KEYS.items()]


@dg.asset_check(asset="dim_article", pool=WRITER_POOL, description="Each article_id has exactly one current version.")
def one_current_version(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    bad = _count(duckdb, """SELECT count(*) FROM (SELECT article_id FROM dim_article
                 GROUP BY article_id HAVING count(*) FILTER (WHERE is_current) <> 1)""")
    return dg.AssetCheckResult(passed=bad == 0, metadata={"article_ids_in_error": bad})


@dg.asset_check(asset="fact_figure", pool=WRITER_POOL,
                description="Figures of the latest load point at their mention in dim_article.body.")
def figure_offsets_match_body(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    bad = _count(duckdb, """SELECT count(*) FROM fact_figure f JOIN dim_article a USING (article_key)
                 WHERE a.ingested_at = (SELECT max(ingested_at) FROM dim_article)
                   AND substring(a.body, f.char_start + 1, f.char_end - f.char_start) <> f.mention_text""")
    orphans = _count(duckdb, """SELECT count(*) FROM fact_figure
                     WHERE article_key NOT IN (SELECT article_key FROM dim_article)""")
    return dg.AssetCheckResult(passed=bad == 0 and orphans == 0,
                               metadata={"offset_mismatches": bad, "orphan_figures": orphans})


@dg.asset_check(asset="fact_date_mention", pool=WRITER_POOL,
                description="Date mentions of the latest load point at their text in the body.")
def date_offsets_match_body(duckdb: DuckDBResource) -> dg.AssetCheckResult:
    bad = _count(duckdb, """SELECT count(*) FROM fact_date_mention m JOIN dim_article a USING (article_key)
                 WHERE a.ingested_at = (SELECT max(ingested_at) FROM dim_article)
                   AND substring(a.body, m.char_start + 1, m.char_end - m.char_start) <> m.mention_text""")
    return dg.AssetCheckResult(passed=bad == 0, metadata={"offset_mismatches": bad})
