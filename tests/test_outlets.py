"""Publisher resolution and the dim_outlet / bridge_article_outlet frames."""
from __future__ import annotations

import sys
from pathlib import Path

import polars as pl
import pytest

from transforms.keys import stable_key
from transforms.outlets import load_registry, resolve_outlets, resolve_publishers, url_domain

sys.path.insert(0, str(Path(__file__).parent / "eval"))
from score_outlets import SEEDS, seed_articles  # noqa: E402


def _articles(rows: list[dict]) -> pl.LazyFrame:
    cols = {"article_key": pl.Int64, "url": pl.Utf8, "outlet_hint": pl.Utf8, "byline": pl.Utf8,
            "body": pl.Utf8, "captions": pl.Utf8, "title": pl.Utf8}
    return pl.DataFrame([{c: r.get(c) for c in cols} for r in rows], schema=cols).lazy()


def test_registry_shape():
    reg = load_registry()
    assert reg.columns == ["outlet_name", "aliases", "domains", "country_code", "outlet_type"]
    assert reg.filter(pl.col("outlet_type") == "publisher").height >= 300
    assert set(reg["outlet_type"]) == {"publisher", "wire_agency"}
    assert reg["outlet_name"].is_unique().all()
    afp = reg.filter(pl.col("outlet_name") == "Agence France-Presse").row(0, named=True)
    assert afp["outlet_type"] == "wire_agency" and "AGENCE FRANCE PRESSE" in afp["aliases"]
    for agency in ["Reuters", "Associated Press", "Xinhua", "dpa", "EFE", "ANSA", "Kyodo News",
                   "Yonhap", "Press Trust of India", "Anadolu Agency", "TASS", "Bernama",
                   "News Agency of Nigeria"]:
        assert agency in reg["outlet_name"].to_list()


@pytest.mark.parametrize("url,domain,country", [
    ("https://amp.capitalfm.co.ke/news/x", "capitalfm.co.ke", "KE"),
    ("https://www.bbc.co.uk/news/x", "bbc.co.uk", "GB"),
    ("https://www.smh.com.au/x", "smh.com.au", "AU"),
    ("https://foo.tv/x", "foo.tv", None),
    ("https://x.blogspot.com/p", "x.blogspot.com", None),
    ("not a url", None, None),
    (None, None, None),
])
def test_url_domain(url, domain, country):
    got = url_domain(url)
    assert got[0] == domain and got[1] == country


def test_unknown_domain_and_hint_only():
    arts = _articles([
        {"article_key": 1, "url": "https://www.example-news.com/a"},
        {"article_key": 2, "outlet_hint": "Capital FM"},
        {"article_key": 3, "outlet_hint": "Sahel Intelligence | Home"},
        {"article_key": 4},
    ])
    pubs = {r["article_key"]: r for r in resolve_publishers(arts).collect().iter_rows(named=True)}
    assert pubs[1]["outlet_name"] == "example-news.com" and pubs[1]["country_code"] is None
    assert pubs[2]["outlet_name"] == "Capital News" and pubs[2]["domain"] == "capitalfm.co.ke"
    assert pubs[3]["outlet_name"] == "Sahel Intelligence" and pubs[3]["domain"] is None
    assert 4 not in pubs


def test_dim_outlet_deduplicated_and_keyed():
    arts = _articles([
        {"article_key": i, "url": u, "byline": b}
        for i, (u, b) in enumerate([("https://www.capitalfm.co.ke/a", "AFP"),
                                    ("https://capitalfm.co.ke/b", "Reuters"),
                                    ("https://m.capitalfm.co.ke/c", "AGENCE FRANCE PRESSE")])
    ])
    dim, bridge = (f.collect() for f in resolve_outlets(arts))
    assert dim["outlet_key"].is_unique().all() and dim.height == 3
    assert dim.schema["outlet_key"] == pl.Int64
    assert dim.filter(pl.col("outlet_name") == "Capital News")["outlet_key"][0] == stable_key("Capital News")
    assert bridge.columns == ["article_key", "outlet_key", "role"]
    assert bridge.filter(pl.col("role") == "publisher").height == 3


@pytest.mark.skipif(not SEEDS.exists(), reason="seeds not available")
def test_seeds():
    arts = seed_articles()
    dim, bridge = (f.collect() for f in resolve_outlets(arts.lazy()))
    cap = arts.filter(pl.col("article_id").str.contains("capital"))["article_key"][0]
    una = arts.filter(pl.col("article_id").str.contains("unattributed"))["article_key"][0]
    rows = bridge.join(dim, on="outlet_key")
    got = {(r["article_key"], r["outlet_name"], r["role"]) for r in rows.iter_rows(named=True)}
    assert got == {(cap, "Capital News", "publisher"), (cap, "Agence France-Presse", "wire"),
                   (una, "Agence France-Presse", "photo_credit")}
    capital = dim.filter(pl.col("outlet_name") == "Capital News").row(0, named=True)
    assert (capital["domain"], capital["country_code"], capital["outlet_type"]) == ("capitalfm.co.ke", "KE", "publisher")
    afp = dim.filter(pl.col("outlet_name") == "Agence France-Presse").row(0, named=True)
    assert afp["outlet_type"] == "wire_agency"
