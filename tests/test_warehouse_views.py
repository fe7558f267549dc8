"""The views' rules, on hand-made rows (no extraction involved)."""
import duckdb
import pytest

from warehouse.load import add_dates, ensure_schema
from warehouse.connect import build_search_index, refresh_search_index

ARTICLES = [  # key, id, current, published_at, publisher
    (1, "wire-copy-a", True, "2020-05-01 08:00:00+00", 100),
    (2, "wire-copy-b", True, "2020-05-02 09:00:00+00", 101),
    (3, "own-report", True, "2020-05-02 07:00:00+00", 102),
    (4, "no-deaths", True, "2020-05-03 07:00:00+00", 102),
    (5, "silent", True, "2020-05-03 07:00:00+00", None),
    (6, "own-report", False, "2020-05-01 07:00:00+00", 102),
]
FIGURES = [  # key, article, category, value, stated_on, background, superseded, in_total
    (1, 1, "killed", 20, "2020-05-01", False, False, True),
    (2, 1, "killed", 3, "2020-05-01", False, False, True),
    (3, 1, "killed", 40, None, True, False, False),
    (4, 2, "killed", 19, "2020-05-02", False, False, True),
    (5, 2, "killed", 23, None, False, True, False),
    (6, 3, "killed", 25, None, False, False, True),
    (7, 3, "injured", 7, None, False, False, True),
    (8, 4, "killed", 0, None, False, False, True),
    (9, 6, "killed", 99, None, False, False, True),
]


@pytest.fixture
def con():
    con = duckdb.connect()
    ensure_schema(con)
    for key, article_id, current, published, publisher in ARTICLES:
        con.execute(
            "INSERT INTO dim_article (article_key, article_id, version, is_current, source_file, "
            "publisher_outlet_key, published_at, body, machine_translated, content_sha256, "
            "ingested_at, title) VALUES (?, ?, 1, ?, 'f', ?, ?, 'body text', false, 'x', now(), ?)",
            [key, article_id, current, publisher, published, article_id])
    for key, name in ((100, "Outlet A"), (101, "Outlet B"), (102, "Outlet C"), (900, "Agence")):
        con.execute("INSERT INTO dim_outlet VALUES (?, ?, NULL, 'publisher', NULL)", [key, name])
    con.executemany("INSERT INTO bridge_article_outlet VALUES (?, ?, ?)",
                    [(1, 900, "wire"), (2, 900, "photo_credit"), (3, 900, "cited"), (3, 900, "photo_credit"), (5, 900, "photo_credit"),
                     (1, 100, "publisher"), (3, 102, "publisher")])
    for f in FIGURES:
        con.execute(
            "INSERT INTO fact_figure (figure_key, article_key, category, value, qualifier, "
            "stated_on, is_background, is_superseded, is_hypothetical, in_article_total, "
            "mention_text, char_start, char_end) VALUES (?, ?, ?, ?, 'exact', ?, ?, ?, false, ?, "
            "'m', 0, 1)", list(f))
    con.executemany("INSERT INTO bridge_event_article VALUES (?, ?, 1.0, 'test')",
                    [(7, 1), (7, 2), (7, 3), (8, 4), (8, 5), (7, 6)])
    con.executemany("INSERT INTO article_story VALUES (?, ?)", [(1, 11), (2, 12), (3, 13)])
    return con


def test_article_toll_adds_groups_skips_background_and_keeps_zero(con):
    rows = dict(((a, (k, i)) for a, k, i in con.execute(
        "SELECT article_id, killed, injured FROM v_article_toll").fetchall()))
    assert rows == {"wire-copy-a": (23, None), "wire-copy-b": (19, None),
                    "own-report": (25, 7), "no-deaths": (0, None), "silent": (None, None)}


def test_event_toll_latest_min_max_and_independent_reports(con):
    (row,) = con.execute(
        "SELECT min_value, max_value, latest_value, n_articles, n_outlets, n_independent_reports "
        "FROM v_event_toll WHERE event_key = 7 AND category = 'killed'").fetchall()
    # 19 (said 2020-05-02, reports 23 as superseded) comes after 25 (published that day).
    # Origins: wire copy (1), unattributed copy with the wire photo (2) -> one; own report with
    # an agency photo (3) -> its own.
    assert row == (19, 25, 19, 3, 3, 2)


def test_toll_history_in_order(con):
    values = [v for (v,) in con.execute(
        "SELECT value FROM v_toll_history WHERE event_key = 7 AND category = 'killed' "
        "ORDER BY said_on, n_superseded, published_at").fetchall()]
    assert values == [23, 25, 19]


def test_dim_date_rows(con):
    import polars as pl
    from datetime import date
    assert add_dates(con, [pl.Series([date(2019, 11, 1), None, date(2019, 11, 1)])]) == 1
    assert add_dates(con, [pl.Series([date(2019, 11, 1)])]) == 0
    assert con.execute("SELECT date_key, quarter, iso_week, weekday FROM dim_date").fetchall() == [
        (20191101, 4, 44, "Friday")]


def test_full_text_index_loads_offline(con):
    build_search_index(con)
    hits = con.execute(
        "SELECT article_id FROM (SELECT *, fts_main_dim_article.match_bm25(article_key, 'silent') "
        "AS score FROM dim_article) WHERE score IS NOT NULL").fetchall()
    assert {h for (h,) in hits} == {"silent"}


def test_search_index_is_rebuilt_only_when_missing_or_lagging(con):
    assert refresh_search_index(con) == {"rebuilt": True, "articles_not_indexed": 0,
                                         "article_versions": 6}
    assert refresh_search_index(con)["rebuilt"] is False
    con.execute("INSERT INTO dim_article (article_key, article_id, version, is_current, "
                "source_file, body, machine_translated, content_sha256, ingested_at) "
                "VALUES (7, 'late', 1, true, 'f', 'late body', false, 'y', now())")
    # 1 of 7 versions unindexed (14% > 10%): rebuilt.
    assert refresh_search_index(con) == {"rebuilt": True, "articles_not_indexed": 0,
                                         "article_versions": 7}


def test_deferred_refresh_reports_the_lag_without_rebuilding(con):
    assert refresh_search_index(con, defer=True) == {"rebuilt": False, "articles_not_indexed": 6,
                                                     "article_versions": 6}
