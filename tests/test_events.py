"""Incident features and clustering: seeds in one event; same-day incidents kept apart."""
from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

import polars as pl
import pytest

from transforms.events import cluster_events, event_features
from transforms.keys import stable_key

sys.path.insert(0, str(Path(__file__).parent / "eval"))
from score_outlets import SEEDS, seed_articles  # noqa: E402

FIG = {"article_key": pl.Int64, "category": pl.Utf8, "value": pl.Int64, "in_article_total": pl.Boolean,
       "refers_to_date": pl.Date, "is_background": pl.Boolean}
DM = {"article_key": pl.Int64, "char_start": pl.Int64, "timex_type": pl.Utf8, "resolved_date": pl.Date}


def _arts(rows):
    return pl.DataFrame(rows, schema={"article_key": pl.Int64, "title": pl.Utf8, "body": pl.Utf8,
                                      "published_at": pl.Datetime("us", "UTC")}, orient="row").lazy()


def test_dates_prefer_figures_then_text_then_published():
    arts = _arts([(1, "t", "Gunmen attacked a village in Mali.", datetime(2020, 1, 5)),
                  (2, "t", "Gunmen attacked a village in Mali.", datetime(2020, 1, 5)),
                  (3, "t", "Gunmen attacked a village in Mali.", datetime(2020, 1, 5))])
    figs = pl.DataFrame([(1, "killed", 5, True, date(2020, 1, 3), False)], schema=FIG, orient="row")
    dm = pl.DataFrame([(2, 10, "DATE", date(2020, 1, 4)), (2, 30, "DATE", date(2020, 1, 4)),
                       (2, 50, "DATE", date(2020, 2, 1))], schema=DM, orient="row")
    f = event_features(arts, figs.lazy(), dm.lazy()).collect().sort("article_key")
    assert f["event_date"].to_list() == [date(2020, 1, 3), date(2020, 1, 4), date(2020, 1, 5)]
    assert f["killed"].to_list() == [5, None, None]
    assert "attack" in f["incident_terms"][0].to_list()


def test_same_day_different_places_or_types_stay_apart():
    d = datetime(2021, 6, 14)
    arts = _arts([
        (1, "Bomber kills 12 in Konduga", "A suicide bomber killed 12 people at a market in Konduga, Borno State, Nigeria.", d),
        (2, "Floods kill five in Maiduguri", "Floods killed five people in Maiduguri, Borno State, Nigeria, on Monday.", d),
        (3, "Gunmen kill 4 in Kaduna", "Gunmen killed four people in the village of Kujama in Kaduna State, Nigeria.", d),
        (4, "Konduga toll rises", "The toll from the suicide bombing at the market in Konduga, Nigeria, rose to 19.", datetime(2021, 6, 16)),
    ])
    figs = pl.DataFrame([(k, "killed", v, True, date(2021, 6, 14), False) for k, v in [(1, 12), (2, 5), (3, 4), (4, 19)]],
                        schema=FIG, orient="row")
    dim, bridge = cluster_events(event_features(arts, figs.lazy(), pl.DataFrame(schema=DM).lazy()))
    ev = dict(bridge.select("article_key", "event_key").collect().iter_rows())
    assert len({ev[1], ev[2], ev[3]}) == 3
    assert ev[4] == ev[1] == stable_key(1)
    labels = dim.collect().filter(pl.col("event_key") == ev[1])["label"][0]
    assert labels.startswith("2021-06-14 bombing, Konduga") and "killed 12–19" in labels


def test_a_town_named_for_another_incident_is_not_this_incidents_place():
    d = datetime(2022, 3, 4)
    arts = _arts([
        (1, "Gunmen attack hotel in Mogadishu", "Gunmen stormed a hotel in Mogadishu, Somalia, on Friday, killing nine people, police said.", d),
        (2, "Shells hit homes in Garowe", "Two people were killed when mortar shells hit homes in Garowe, Somalia, on Friday, "
         "residents said, hours after the attack on a hotel in Mogadishu.", d),
    ])
    figs = pl.DataFrame([(k, "killed", v, True, date(2022, 3, 4), False) for k, v in [(1, 9), (2, 2)]],
                        schema=FIG, orient="row")
    feats = event_features(arts, figs.lazy(), pl.DataFrame(schema=DM).lazy())
    places = dict(feats.select("article_key", "places").collect().iter_rows())
    assert "Mogadishu" not in places[2]
    _, bridge = cluster_events(feats)
    ev = dict(bridge.select("article_key", "event_key").collect().iter_rows())
    assert ev[1] != ev[2]


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not available")
def test_seeds_one_event_in_menaka_mali():
    arts = seed_articles()
    k = arts["article_key"].to_list()
    figs = pl.DataFrame([(k[0], "killed", 54, True, date(2019, 11, 1), False),
                         (k[1], "killed", 49, True, date(2019, 11, 1), False)], schema=FIG, orient="row")
    dim, bridge = cluster_events(event_features(arts.lazy(), figs.lazy(), pl.DataFrame(schema=DM).lazy()))
    dim = dim.collect()
    assert dim.height == 1
    row = dim.row(0, named=True)
    assert (row["country_code"], row["location_name"], row["event_date"]) == ("ML", "Ménaka", date(2019, 11, 1))
    assert "killed 49–54" in row["label"]
    assert bridge.collect().height == 2


def test_article_without_anything_gets_no_event_but_figures_do():
    arts = _arts([(1, "Opinion", "Why the markets are calm.", datetime(2020, 1, 1)),
                  (2, "Toll", "Eleven people died.", datetime(2020, 1, 1))])
    figs = pl.DataFrame([(2, "killed", 11, True, None, False)], schema=FIG, orient="row")
    _, bridge = cluster_events(event_features(arts, figs.lazy(), pl.DataFrame(schema=DM).lazy()))
    assert bridge.collect()["article_key"].to_list() == [2]
