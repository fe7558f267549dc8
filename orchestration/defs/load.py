"""Validated frames → the DuckDB warehouse, each load in one transaction."""
from datetime import datetime, timezone

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from orchestration.defs.ingest import WRITER_POOL
from schemas import models
from schemas.quarantine import split_valid
from transforms.events import candidate_events, cluster_events, extend_events
from transforms.batching import in_chunks
from transforms.syndication import (MAX_BUCKET, assign_stories, cross_candidates, extend_stories,
                                    signature_bands, verify_pairs)
from transforms.tables import dim_article_rows, fact_figure_rows
from warehouse.connect import refresh_search_index
from warehouse.load import (ArticleBatch, insert_frame, load_articles, replace_cross_article,
                            table_exists, upsert_cross_article)
from warehouse.read import (event_member_index, event_members, feature_rows,
                            pending_cross_article, shared_band_rows, stale_cross_article,
                            story_assignments, unbanded_signatures)
from warehouse.views import create_views

ARTICLE_TABLES = ["dim_outlet", "dim_article", "bridge_article_outlet", "fact_date_mention",
                  "fact_figure", "dim_date", "quarantine", "duplicate_record", "landing_file"]
EVENT_TABLES = ["article_story", "dim_event", "bridge_event_article"]
VIEWS = ["v_article_toll", "v_event_toll", "v_toll_history"]
VERIFY_SLICE_PAIRS = 200_000  # candidate pairs verified per read of stored signatures


STAGED = ["landing_files", "ingest_quarantine", "articles", "article_quarantine",
          "duplicate_records", "outlets", "article_outlets", "date_mentions", "figures",
          "story_signatures", "event_features"]


@dg.multi_asset(
    specs=[dg.AssetSpec(name, group_name="warehouse", kinds={"duckdb"}, deps=STAGED)
           for name in ARTICLE_TABLES],
    ins={name: dg.AssetIn(name) for name in STAGED},
    pool=WRITER_POOL,
)
def warehouse_articles(
    context: dg.AssetExecutionContext, duckdb: DuckDBResource, landing_files: pl.DataFrame,
    ingest_quarantine: pl.DataFrame, articles: pl.DataFrame, article_quarantine: pl.DataFrame,
    duplicate_records: pl.DataFrame, outlets: pl.DataFrame, article_outlets: pl.DataFrame,
    date_mentions: pl.DataFrame, figures: pl.DataFrame, story_signatures: pl.DataFrame,
    event_features: pl.DataFrame,
):
    """New article versions, their facts, quarantine and duplicates: one transaction."""
    now = datetime.now(timezone.utc)
    rejects = [ingest_quarantine, article_quarantine]

    def validated(frame: pl.DataFrame, model, stage: str) -> pl.DataFrame:
        good, bad = split_valid(frame, model, stage)
        rejects.append(bad)
        return good

    # The publisher key is known only now that outlets are resolved; dim_article was
    # validated once already (ingest), so here it only gains that column.
    dim_article = dim_article_rows(articles.lazy(), article_outlets.lazy()).collect()
    batch = ArticleBatch(
        landing_files=landing_files,
        dim_outlet=validated(outlets, models.DimOutlet, "outlets"),
        dim_article=validated(dim_article, models.DimArticle, "clean"),
        bridge_article_outlet=validated(article_outlets.unique(), models.BridgeArticleOutlet,
                                        "outlets"),
        fact_date_mention=validated(date_mentions, models.FactDateMention, "dates"),
        fact_figure=validated(fact_figure_rows(figures.lazy()).collect(), models.FactFigure,
                              "figures"),
        quarantine=pl.DataFrame(),
        duplicate_record=duplicate_records,
        article_signature=story_signatures,
        article_signature_band=signature_bands(story_signatures.lazy()).collect(),
        article_event_features=event_features,
    )
    batch.quarantine = pl.concat(rejects, how="vertical_relaxed")
    with duckdb.get_connection() as con:
        counts = load_articles(con, batch, now)
    for name in ARTICLE_TABLES:
        yield dg.MaterializeResult(asset_key=name, metadata={"rows_added": counts.get(name, 0)})


class CrossArticleConfig(dg.Config):
    """How stories and incidents are brought up to date when new article versions arrive."""

    mode: str = "auto"
    """'auto': recompute over every current article on the first load or when the new versions
    are more than `full_above_share` of all current ones, else assign only the new ones;
    'full': always recompute; 'incremental': always assign only the new ones."""
    full_above_share: float = 0.5


def _backfill_bands(con, slice_rows: int = 50_000) -> None:
    """Give band hashes to stored signatures that lack them (a warehouse written before they
    were kept), a slice at a time; a no-op once every signature has its bands."""
    while not (part := unbanded_signatures(con, slice_rows)).is_empty():
        insert_frame(con, "article_signature_band", signature_bands(part.lazy()).collect())


def _cross_pairs(con, new_sig: pl.DataFrame, pending: pl.Series) -> pl.DataFrame:
    """Verified near-duplicate pairs (a new, b stored): candidates from the stored band hashes,
    verified against stored signatures read a slice of candidates at a time (a backlog's new
    articles can have most stored articles as candidates: ~1 GB of signatures at 1M)."""
    new_bands = signature_bands(new_sig.lazy()).collect()
    stored_bands = shared_band_rows(con, new_bands, pending, MAX_BUCKET)
    candidates = cross_candidates(new_bands.lazy(), stored_bands.lazy()).sort("b")
    return in_chunks(candidates, lambda part: verify_pairs(
        part, new_sig, feature_rows(con, "article_signature", keys=part["b"].unique())),
        chunk_rows=VERIFY_SLICE_PAIRS)


def _path(config: CrossArticleConfig, pending: int, assigned: int) -> tuple[str, str]:
    if config.mode == "full":
        return "full", "requested"
    if assigned == 0:
        return "full", "first load"
    share = pending / (pending + assigned)
    if config.mode == "auto" and share > config.full_above_share:
        return "full", f"{share:.0%} of current articles are new (> {config.full_above_share:.0%})"
    return "incremental", f"{pending} new of {pending + assigned} current articles"


@dg.multi_asset(
    specs=[dg.AssetSpec(name, group_name="warehouse", kinds={"duckdb"},
                        deps=["articles", "dim_article", "fact_figure", "bridge_article_outlet"])
           for name in EVENT_TABLES],
    ins={"articles": dg.AssetIn("articles")},
    pool=WRITER_POOL,
)
def warehouse_events(
    context: dg.AssetExecutionContext, config: CrossArticleConfig, duckdb: DuckDBResource,
    articles: pl.DataFrame,
):
    """Stories and incidents, one transaction. Incremental by default: new article versions
    join stored stories and incidents (or open new ones), stored assignments and keys stay;
    superseded versions leave theirs. Recomputed over every current article on the first load
    (see `CrossArticleConfig`); metadata `path` says which ran. Skipped when the run brought no
    new article version (nothing they depend on changed)."""
    if articles.is_empty():
        for name in EVENT_TABLES:
            yield dg.MaterializeResult(asset_key=name, metadata={"skipped": "no new articles"})
        return
    with duckdb.get_connection() as con:
        if not (table_exists(con, "article_signature")
                and table_exists(con, "article_event_features")):
            for name in EVENT_TABLES:
                yield dg.MaterializeResult(asset_key=name, metadata={"rows": 0})
            return
        pending = pending_cross_article(con)
        assigned = story_assignments(con)
        path, why = _path(config, pending.len(), assigned.height)
        if path == "full":
            stories = assign_stories(feature_rows(con, "article_signature").lazy()).collect()
            dim_event, bridge = cluster_events(feature_rows(con, "article_event_features").lazy())
            dim_event = split_valid(dim_event.collect(), models.DimEvent, "events")[0]
            bridge = split_valid(bridge.collect(), models.BridgeEventArticle, "events")[0]
            counts = replace_cross_article(con, stories, dim_event, bridge)
        else:
            stale = stale_cross_article(con)
            _backfill_bands(con)
            new_sig = feature_rows(con, "article_signature", keys=pending)
            stories = extend_stories(new_sig.lazy(), _cross_pairs(con, new_sig, pending).lazy(),
                                     assigned.lazy()).collect()
            touched = stale.select("event_key").drop_nulls()
            new_events = feature_rows(con, "article_event_features", keys=pending)
            # only the members of incidents new articles could join or that lost a version
            near = candidate_events(new_events, event_member_index(con))
            dim_event, bridge = extend_events(
                new_events.lazy(),
                event_members(con, pl.concat([near, touched["event_key"]])).lazy(),
                touched.lazy(), candidates=near)
            dim_event = split_valid(dim_event.collect(), models.DimEvent, "events")[0]
            bridge = split_valid(bridge.collect(), models.BridgeEventArticle, "events")[0]
            counts = upsert_cross_article(
                con, stories, dim_event, bridge,
                articles=pl.concat([pending, stale["article_key"]]),
                events=pl.concat([dim_event["event_key"], bridge["event_key"],
                                  touched["event_key"]]))
    common = {"path": path, "path_reason": why, "articles_assigned": stories.height}
    yield dg.MaterializeResult(asset_key="article_story", metadata={
        **common, "rows_written": counts["article_story"],
        "stories_written": stories["story_key"].n_unique()})
    yield dg.MaterializeResult(asset_key="dim_event", metadata={
        **common, "rows_written": counts["dim_event"],
        "preview": dg.MetadataValue.md("\n".join(f"- {x}" for x in dim_event["label"].head(10)))})
    yield dg.MaterializeResult(asset_key="bridge_event_article",
                               metadata={**common, "rows_written": counts["bridge_event_article"]})


@dg.multi_asset(
    specs=[dg.AssetSpec(name, group_name="warehouse", kinds={"duckdb"},
                        deps=[*ARTICLE_TABLES, *EVENT_TABLES]) for name in VIEWS],
    pool=WRITER_POOL,
)
def warehouse_views(context: dg.AssetExecutionContext, duckdb: DuckDBResource):
    """The views users query."""
    with duckdb.get_connection() as con:
        create_views(con)
        summary = con.sql(
            "SELECT count(*) AS events, count(*) FILTER (WHERE min_value <> max_value) AS disputed "
            "FROM v_event_toll WHERE category = 'killed'").fetchall()[0]
    for name in VIEWS:
        yield dg.MaterializeResult(asset_key=name, metadata={
            "events_with_killed": summary[0], "events_whose_tolls_disagree": summary[1]})


class SearchIndexRun(dg.Config):
    """`defer` skips the rebuild: set by `newsledger run` on every batch but the last of a
    backlog, so the index is rebuilt once, not once per batch."""

    defer: bool = False


@dg.asset(group_name="warehouse", kinds={"duckdb"}, pool=WRITER_POOL, deps=["dim_article"])
def article_search_index(config: SearchIndexRun, duckdb: DuckDBResource) -> dg.MaterializeResult:
    """BM25 full-text index over article titles and bodies (`fts_main_dim_article`). DuckDB
    cannot update it, only rebuild it: that happens when it is missing or lags by more than
    10% of the article versions (see `warehouse.connect.refresh_search_index`)."""
    with duckdb.get_connection() as con:
        return dg.MaterializeResult(metadata={**refresh_search_index(con, defer=config.defer),
                                              "deferred": config.defer})
