"""Agency credits: byline, dateline, sign-off, photo credit, citation."""
from __future__ import annotations

import polars as pl
import pytest

from transforms.credits import detect_credits


def _credits(byline=None, body="", captions=None) -> set[tuple[str, str]]:
    df = pl.DataFrame({"article_key": [1], "byline": [byline], "body": [body], "captions": [captions]},
                      schema={"article_key": pl.Int64, "byline": pl.Utf8, "body": pl.Utf8, "captions": pl.Utf8})
    return {(a, r) for _, a, r in detect_credits(df.lazy()).collect().iter_rows()}


AFP = "Agence France-Presse"


@pytest.mark.parametrize("byline", ["AGENCE FRANCE PRESSE", "By AFP", "AFP", "Jane Doe with AFP"])
def test_byline_wire(byline):
    assert _credits(byline=byline) == {(AFP, "wire")}


def test_agencies_byline_names_no_agency():
    assert _credits(byline="Agencies") == set()
    assert _credits(byline="Staff and agencies") == set()


def test_dateline_and_signoff():
    assert _credits(body="BAMAKO, Nov 2 (AFP) - Ten died.") == {(AFP, "wire")}
    assert _credits(body="LONDON (Reuters) - x") == {("Reuters", "wire")}
    assert _credits(body="Ten died, police said. (NAN)") == {("News Agency of Nigeria", "wire")}


def test_photo_credit_and_citation_roles():
    assert _credits(captions="(FILES) In this file photo / AFP / Michele CATTANI") == {(AFP, "photo_credit")}
    assert _credits(body="A source told AFP that 20 died.") == {(AFP, "cited")}
    assert _credits(body="At least 20 died, according to Reuters.") == {("Reuters", "cited")}


@pytest.mark.parametrize("text", ["The map was AP-styled", "Efe, a trader, said", "Mapping MAP data",
                                  "Antara kota dan desa", "He wrote for Reuters for years."])
def test_no_false_hits(text):
    assert _credits(body=text) == set()


def test_nulls_are_fine():
    df = pl.DataFrame({"article_key": [1], "byline": [None], "body": [None], "captions": [None]},
                      schema={"article_key": pl.Int64, "byline": pl.Utf8, "body": pl.Utf8, "captions": pl.Utf8})
    assert detect_credits(df.lazy()).collect().height == 0
