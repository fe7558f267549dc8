"""Cleaned articles → date mentions, figures, outlets and credits, story signatures, event
features. Each asset is one pure transform from `transforms/`."""
import dagster as dg
import polars as pl

from orchestration.defs.metadata import preview
from transforms.batching import in_chunks, rows_for
from transforms.events import event_features as compute_event_features
from transforms.figures import extract_figures
from transforms.outlets import resolve_outlets
from transforms.syndication import story_signatures as compute_story_signatures
from transforms.timex import extract_date_mentions


@dg.asset(group_name="extract", kinds={"polars"})
def date_mentions(articles: pl.DataFrame) -> dg.Output[pl.DataFrame]:
    """Every time expression, as a TIMEX3 value resolved against the article's date."""
    found = in_chunks(articles, lambda part: extract_date_mentions(part.lazy()).collect())
    return dg.Output(found, metadata={
        "mentions": found.height,
        "preview": preview(found, ["mention_text", "timex_type", "timex_value", "resolved_date"]),
    })


@dg.asset(group_name="extract", kinds={"polars"})
def figures(articles: pl.DataFrame, date_mentions: pl.DataFrame) -> dg.Output[pl.DataFrame]:
    """Every casualty figure, with who stated it, when, and whether it counts in the total."""
    found = in_chunks(articles, lambda part: extract_figures(
        part.lazy(), rows_for(part, date_mentions).lazy()).collect())
    return dg.Output(found, metadata={
        "figures": found.height,
        "in_article_totals": int(found["in_article_total"].sum()) if found.height else 0,
        "preview": preview(found, ["category", "value", "qualifier", "subject", "stated_by",
                                   "is_background", "is_superseded", "mention_text"]),
    })


@dg.multi_asset(
    outs={"outlets": dg.AssetOut(kinds={"polars"}), "article_outlets": dg.AssetOut(kinds={"polars"})},
    group_name="extract",
)
def outlets(articles: pl.DataFrame):
    """Publishers (URL, header, site name) and agency credits (byline, dateline, photo, cited)."""
    dim, bridge = resolve_outlets(articles.lazy())
    dim, bridge = dim.collect(), bridge.collect()
    yield dg.Output(dim, output_name="outlets", metadata={
        "outlets": dim.height, "preview": preview(dim, ["outlet_name", "domain", "outlet_type"]),
    })
    yield dg.Output(bridge, output_name="article_outlets", metadata={
        "links": bridge.height,
        "roles": dg.MetadataValue.json(bridge["role"].value_counts().rows()),
    })


@dg.asset(group_name="extract", kinds={"polars"})
def story_signatures(articles: pl.DataFrame) -> dg.Output[pl.DataFrame]:
    """MinHash signatures of each new article, for near-duplicate (wire copy) detection."""
    signatures = in_chunks(articles, lambda part: compute_story_signatures(part.lazy()).collect())
    return dg.Output(signatures, metadata={"articles": signatures.height})


@dg.asset(group_name="extract", kinds={"polars"})
def event_features(
    articles: pl.DataFrame, figures: pl.DataFrame, date_mentions: pl.DataFrame
) -> dg.Output[pl.DataFrame]:
    """Per-article incident features (date, place, what happened) for event clustering."""
    found = in_chunks(articles, lambda part: compute_event_features(
        part.lazy(), rows_for(part, figures).lazy(), rows_for(part, date_mentions).lazy()
    ).collect())
    return dg.Output(found, metadata={"articles": found.height})
