import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from transforms.pubdate import infer_published_at, published_from_html

SEEDS = Path(__file__).resolve().parents[1] / "landing_sample" / "seeds"  # the seeds, bundled
SCHEMA = {"article_key": pl.Int64, "body": pl.Utf8, "published_at": pl.Datetime("us", "UTC"), "published_at_source": pl.Utf8}


def infer(bodies, published=None):
    n = len(bodies)
    lf = pl.LazyFrame({"article_key": list(range(n)), "body": bodies, "published_at": published or [None] * n,
                       "published_at_source": [None if p is None else "metadata" for p in (published or [None] * n)]}, schema=SCHEMA)
    return infer_published_at(lf).collect().sort("article_key").iter_rows(named=True)


def test_html_metadata_keeps_time_of_day():
    html = '<html><head><meta property="article:published_time" content="2019-11-02T06:42:14+00:00"></head><body><p>x</p></body></html>'
    assert published_from_html(html, None) == (dt.datetime(2019, 11, 2, 6, 42, 14, tzinfo=dt.timezone.utc), "metadata")


def test_html_date_from_url_is_midnight_utc():
    assert published_from_html("<html><body><p>x</p></body></html>", "https://ex.com/news/2019/11/03/x") == (
        dt.datetime(2019, 11, 3, tzinfo=dt.timezone.utc), "metadata")


def test_html_without_date():
    assert published_from_html("<html><body><p>nothing</p></body></html>", None) == (None, None)


def test_datelines_and_text():
    rows = list(infer([
        "BAMAKO, Mali, Nov 2 – Soldiers were killed Friday. A rally on November 1, 2019 was held.",
        "PARIS, 2 novembre (AFP) - Le 30 octobre 2019, rien.",
        "NAIROBI, Kenya, 3 March 2021 (Reuters) - Rain.",
        "BOGOTÁ, 5 de mayo (EFE) - no year anywhere",
        "The strike of March 3, 2021 ended, the union said on Friday.",
        "Nothing dated here.",
    ]))
    got = [(r["published_at"].date() if r["published_at"] else None, r["published_at_source"], r["published_at_confidence"]) for r in rows]
    assert got[0] == (dt.date(2019, 11, 2), "dateline", "day")
    assert got[1] == (dt.date(2019, 11, 2), "dateline", "day")
    assert got[2] == (dt.date(2021, 3, 3), "dateline", "day")
    assert got[3] == (None, None, None)
    assert got[4] == (dt.date(2021, 3, 5), "text", "lower_bound")
    assert got[5] == (None, None, None)


def test_known_dates_are_kept():
    when = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
    row = next(iter(infer(["BAMAKO, Nov 2 - x"], [when])))
    assert (row["published_at"], row["published_at_source"], row["published_at_confidence"]) == (when, "metadata", "exact")


@pytest.mark.skipif(not (SEEDS / "mali_attack_unattributed.txt").exists(), reason="seeds not present")
def test_unattributed_seed_from_text():
    text = (SEEDS / "mali_attack_unattributed.txt").read_text(encoding="utf-8")
    row = next(iter(infer([text])))
    assert row["published_at"].date() == dt.date(2019, 11, 2)
    assert (row["published_at_source"], row["published_at_confidence"]) == ("text", "lower_bound")


def test_html_pubdate_eval_floor():
    """HTML pages that carry a publication date: the issue asks ≥ 95% right."""
    import sys
    sys.path.insert(0, str(Path(__file__).parent / "eval"))
    import score_pubdate
    m = score_pubdate.score()
    assert m["dated"] >= 70 and m["day_acc"] >= 0.97 and m["utc_instant_acc"] >= 0.95
    assert m["null_when_undated"] == 1.0


def test_markup_prefers_article_pubdate_over_older_sidebar_dates():
    from transforms.html_page import parse_html_page
    html = ("<html><body><article><h1>T</h1><time datetime='2020-03-05T14:10:00+02:00' pubdate>5 March</time>"
            "<p>Body text here.</p></article><aside><time datetime='2020-01-02'>Jan 2</time></aside></body></html>")
    assert parse_html_page(html)["given_published_at"] == "2020-03-05T12:10:00+00:00"


def test_markup_never_takes_the_modified_date():
    from transforms.html_page import parse_html_page
    html = ("<html><head><meta property='article:modified_time' content='2020-03-09T10:00:00Z'>"
            "<meta property='article:published_time' content='2020-03-05T10:00:00Z'></head>"
            "<body><article><p>Body.</p></article></body></html>")
    assert parse_html_page(html)["given_published_at"] == "2020-03-05T10:00:00+00:00"


def test_visible_published_line_in_french():
    from transforms.html_page import parse_html_page
    html = "<html><body><article><p>Publié le 5 mars 2020 à 14h10</p><p>Texte.</p></article></body></html>"
    assert parse_html_page(html)["given_published_at"].startswith("2020-03-05")
