"""Incremental stories and incidents give what a full recompute gives.

Articles arriving in publication order (the realistic split) give exactly the full recompute's
incidents and labels. Late arrivals of older articles can differ in one way only: a late
article that bridges two stored stories or incidents joins one of them and never merges them
(stored assignments stay), so the incremental clustering refines the full one."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import polars as pl
import pytest

from tests.pipeline_helpers import copy_seeds, query, run
from transforms.events import candidate_events, cluster_events, event_features, extend_events
from transforms.keys import stable_key
from transforms.syndication import (assign_stories, cross_pairs, extend_stories,
                                    signature_bands, story_signatures)

sys.path.insert(0, str(Path(__file__).parent / "eval"))
from score_outlets import HERE, incident_inputs  # noqa: E402


def _partition(pairs) -> set[frozenset]:
    groups: dict[int, set] = {}
    for group, key in pairs:
        groups.setdefault(group, set()).add(key)
    return {frozenset(g) for g in groups.values()}


def _refines(fine: set[frozenset], coarse: set[frozenset]) -> bool:
    return all(any(f <= c for c in coarse) for f in fine)


def _incremental_events(features: pl.DataFrame, batches: list[list[int]]):
    dim, bridge = (x.collect() for x in cluster_events(
        features.filter(pl.col("article_key").is_in(batches[0])).lazy()))
    for keys in batches[1:]:
        before = bridge
        members = bridge.join(features, on="article_key")
        new_dim, new_bridge = (x.collect() for x in extend_events(
            features.filter(pl.col("article_key").is_in(keys)).lazy(), members.lazy()))
        assert set(new_bridge["article_key"]) <= set(keys)  # only new articles are assigned
        assert set(new_dim["event_key"]) == set(new_bridge["event_key"])  # grown or opened
        dim = pl.concat([dim.filter(~pl.col("event_key").is_in(new_dim["event_key"].implode())),
                         new_dim])
        bridge = pl.concat([bridge, new_bridge])
        assert before.join(bridge, on="article_key").filter(  # stored assignments kept
            pl.col("event_key") != pl.col("event_key_right")).is_empty()
    return dim, bridge


@pytest.fixture(scope="module", params=["articles.jsonl", "holdout.jsonl"])
def incidents(request):
    arts, figs, mentions, _ = incident_inputs(request.param)
    features = event_features(arts, figs, mentions).collect()
    dim, bridge = (x.collect() for x in cluster_events(features.lazy()))
    order = arts.collect().sort("published_at", "article_key")["article_key"].to_list()
    return features, dim, bridge, order


@pytest.mark.parametrize("cuts", [(0.5,), (0.7,), (0.9,), (0.4, 0.6, 0.8)])
def test_events_in_publication_order_equal_full_recompute(incidents, cuts):
    features, dim, bridge, order = incidents
    bounds = [0, *(int(len(order) * c) for c in cuts), len(order)]
    batches = [order[a:b] for a, b in zip(bounds, bounds[1:])]
    inc_dim, inc_bridge = _incremental_events(features, batches)
    assert _partition(inc_bridge.select("event_key", "article_key").iter_rows()) == _partition(
        bridge.select("event_key", "article_key").iter_rows())
    assert inc_bridge.height == bridge.height and inc_dim.height == dim.height
    cols = ["event_date", "location_name", "country_code", "label"]
    assert sorted(inc_dim.select(cols).rows(), key=str) == sorted(dim.select(cols).rows(), key=str)


@pytest.mark.parametrize("seed", range(8))
def test_events_arriving_late_refine_full_recompute(incidents, seed):
    features, dim, bridge, order = incidents
    keys = random.Random(seed).sample(order, len(order))
    cut = len(keys) // 2
    _, inc_bridge = _incremental_events(features, [keys[:cut], keys[cut:]])
    assert set(inc_bridge["article_key"]) == set(bridge["article_key"])
    assert _refines(_partition(inc_bridge.select("event_key", "article_key").iter_rows()),
                    _partition(bridge.select("event_key", "article_key").iter_rows()))


@pytest.fixture(scope="module")
def syndication():
    df = pl.read_ndjson(HERE / "syndication" / "articles.jsonl").with_columns(
        pl.col("id").map_elements(stable_key, return_dtype=pl.Int64).alias("article_key"))
    sig = story_signatures(df.lazy()).collect()
    return df, sig, assign_stories(sig.lazy()).collect()


@pytest.mark.parametrize("seed", range(10))
def test_stories_incremental_refine_and_mostly_equal_full(syndication, seed):
    df, sig, full = syndication
    keys = random.Random(seed).sample(df["article_key"].to_list(), df.height)
    cut = len(keys) * 7 // 10
    old = sig.filter(pl.col("article_key").is_in(keys[:cut]))
    stored = assign_stories(old.lazy()).collect()
    added = sig.filter(pl.col("article_key").is_in(keys[cut:])).lazy()
    new = extend_stories(added, cross_pairs(added, signature_bands(old.lazy()), old.lazy()),
                         stored.lazy()).collect()
    assert sorted(new["article_key"]) == sorted(keys[cut:])
    got = _partition((s, a) for a, s in pl.concat([stored, new]).iter_rows())
    want = _partition((s, a) for a, s in full.iter_rows())
    assert _refines(got, want)
    # a new copy joins its stored story under the stored key
    for a, s in new.iter_rows():
        mates = set(stored.join(full.filter(pl.col("story_key") == full.filter(
            pl.col("article_key") == a)["story_key"]), on="article_key")["story_key"])
        assert not mates or s in mates


def test_stories_in_publication_order_equal_full(syndication):
    df, sig, full = syndication
    keys = df["article_key"].to_list()  # the file lists each story's original first
    for cut in (len(keys) // 2, len(keys) * 9 // 10):
        old = sig.filter(pl.col("article_key").is_in(keys[:cut]))
        stored = assign_stories(old.lazy()).collect()
        added = sig.filter(pl.col("article_key").is_in(keys[cut:])).lazy()
        new = extend_stories(added, cross_pairs(added, signature_bands(old.lazy()), old.lazy()),
                             stored.lazy()).collect()
        assert _partition((s, a) for a, s in pl.concat([stored, new]).iter_rows()) == \
            _partition((s, a) for a, s in full.iter_rows())


def _path(asset: str) -> str:
    import dagster as dg

    with dg.DagsterInstance.get() as instance:
        event = instance.get_latest_materialization_event(dg.AssetKey(asset))
        return event.asset_materialization.metadata["path"].value


def test_seeds_in_separate_runs_make_one_event_one_report(tmp_path, monkeypatch):
    seeds = copy_seeds(tmp_path / "seeds")
    landing, wh, home = tmp_path / "landing", tmp_path / "wh.duckdb", tmp_path / "home"
    landing.mkdir()
    first, second = sorted(seeds.iterdir())
    (landing / first.name).write_bytes(first.read_bytes())
    run(monkeypatch, landing, wh, home)
    assert _path("dim_event") == "full"
    (landing / second.name).write_bytes(second.read_bytes())
    run(monkeypatch, landing, wh, home)
    assert _path("dim_event") == "incremental" and _path("article_story") == "incremental"
    assert query(wh, "SELECT count(*) FROM dim_event") == [(1,)]
    # As in a full run, the two copies are not near-duplicates by MinHash (estimated Jaccard
    # 0.23 < 0.3: the second is rewritten around the army's revision): two stories, and one
    # independent report because both carry AFP's credit.
    assert query(wh, "SELECT count(DISTINCT story_key), count(*) FROM article_story") == [(2, 2)]
    assert query(wh, """SELECT min_value, max_value, latest_value, n_articles,
        n_independent_reports FROM v_event_toll WHERE category = 'killed'""") == [(49, 54, 49, 2, 1)]
    (label,) = query(wh, "SELECT label FROM dim_event")[0]
    assert "killed 49–54" in label  # the stored event's row was refreshed
    assert query(wh, """SELECT count(*) FROM fact_figure f JOIN bridge_event_article b
        USING (article_key) WHERE NOT f.is_background AND f.event_key IS DISTINCT FROM b.event_key
        """) == [(0,)]



@pytest.mark.parametrize("max_bucket", [40, 2])
def test_band_hashes_kept_in_the_warehouse_find_the_same_pairs(syndication, monkeypatch,
                                                                max_bucket):
    """An incremental run reads from DuckDB only the stored band rows in a new article's
    buckets (a big bucket as its smallest member alone); the pairs are those found by banding
    every stored signature in memory. A warehouse written before bands were kept gets them
    back-filled, slice by slice."""
    import duckdb

    from transforms import syndication as syn
    monkeypatch.setattr(syn, "MAX_BUCKET", max_bucket)

    from orchestration.defs.load import _backfill_bands
    from warehouse.ddl import TABLES
    from warehouse.load import insert_frame
    from warehouse.read import shared_band_rows, unbanded_signatures

    df, sig, _ = syndication
    keys = random.Random(3).sample(df["article_key"].to_list(), df.height)
    old, new = (sig.filter(pl.col("article_key").is_in(k)) for k in (keys[:30], keys[30:]))
    retired = keys[0]  # a superseded version: its bands must not match any more
    con = duckdb.connect()
    con.execute("CREATE TABLE dim_article (article_key BIGINT, is_current BOOLEAN)")
    con.execute("INSERT INTO dim_article SELECT unnest(?), unnest(?)",
                [keys, [k != retired for k in keys]])
    con.execute(f"CREATE TABLE article_signature_band ({TABLES['article_signature_band']})")
    insert_frame(con, "article_signature", sig)
    assert unbanded_signatures(con, 10).height == 10
    _backfill_bands(con, slice_rows=7)
    assert unbanded_signatures(con, 10).is_empty()
    assert con.sql("SELECT count(DISTINCT article_key), count(*) FROM article_signature_band"
                   ).fetchone() == (sig.height, sig.height * 64)

    rows = shared_band_rows(con, signature_bands(new.lazy()).collect(), new["article_key"],
                            max_bucket)
    assert set(rows["article_key"]) <= set(keys[1:30])
    assert (rows["bucket_size"] > max_bucket).any() == (max_bucket == 2)
    current_old = old.filter(pl.col("article_key") != retired)
    got = cross_pairs(new.lazy(), rows.lazy(), current_old.lazy()).collect()
    want = cross_pairs(new.lazy(), signature_bands(current_old.lazy()), current_old.lazy()).collect()
    assert not want.is_empty()
    assert got.sort("a", "b").equals(want.sort("a", "b"))


@pytest.mark.parametrize("seed", range(4))
def test_candidate_events_leave_out_no_incident_that_fits(incidents, seed):
    """Reading only `candidate_events` assigns new articles exactly as reading every stored
    incident does, and it does leave some out."""
    features, _, _, order = incidents
    keys = random.Random(seed).sample(order, len(order))
    cut = len(keys) * 2 // 3
    old = features.filter(pl.col("article_key").is_in(keys[:cut]))
    new = features.filter(pl.col("article_key").is_in(keys[cut:]))
    members = cluster_events(old.lazy())[1].collect().join(old, on="article_key")
    every = members["event_key"].unique().sort()
    narrow = extend_events(new.lazy(), members.lazy())[1].collect().sort("article_key")
    wide = extend_events(new.lazy(), members.lazy(), candidates=every)[1].collect()
    assert narrow.equals(wide.sort("article_key"))
    assert candidate_events(new, members).len() < every.len()
