"""CONTRACT.md, "The seeds, as the warehouse must tell them", through the whole pipeline."""
import json

import pytest

from tests.pipeline_helpers import copy_seeds, query, run, snapshot

CAPITAL = "mali_attack_capital_news.md"
UNATTRIBUTED = "mali_attack_unattributed.txt"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    tmp = tmp_path_factory.mktemp("seeds")
    landing, warehouse = copy_seeds(tmp / "landing"), tmp / "wh.duckdb"
    run(mp, landing, warehouse, tmp / "dagster_home")
    yield tmp, landing, warehouse, mp
    mp.undo()


def test_article_tolls(seeded):
    _, _, wh, _ = seeded
    assert dict((a, (k, i)) for a, k, i in query(wh, "SELECT * FROM v_article_toll")) == {
        CAPITAL: (54, None), UNATTRIBUTED: (49, 3)}


def test_capital_news_metadata_and_publisher(seeded):
    _, _, wh, _ = seeded
    (row,) = query(wh, """
        SELECT strftime(a.published_at AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M:%S'),
               a.published_at_source, o.domain, o.outlet_name
        FROM dim_article a JOIN dim_outlet o ON o.outlet_key = a.publisher_outlet_key
        WHERE a.article_id = ?""", [CAPITAL])
    assert row == ("2019-11-02 06:42:14", "metadata", "capitalfm.co.ke", "Capital News")


def test_afp_is_a_wire_agency_bridged_to_both(seeded):
    _, _, wh, _ = seeded
    rows = query(wh, """
        SELECT DISTINCT a.article_id FROM bridge_article_outlet b
        JOIN dim_outlet o USING (outlet_key) JOIN dim_article a USING (article_key)
        WHERE o.outlet_name = 'Agence France-Presse' AND o.outlet_type = 'wire_agency'
          AND b.role IN ('wire', 'photo_credit')""")
    assert {r[0] for r in rows} == {CAPITAL, UNATTRIBUTED}


def test_no_figures_for_numbers_that_are_not_figures(seeded):
    _, _, wh, _ = seeded
    assert query(wh, "SELECT count(*) FROM fact_figure WHERE value IN (5000, 2012, 392)") == [(0,)]


def test_background_and_attribution(seeded):
    _, _, wh, _ = seeded
    forties = query(wh, "SELECT is_background FROM fact_figure WHERE value = 40")
    assert forties == [(True,), (True,)]
    stated = query(wh, """SELECT f.stated_by, f.stated_on FROM fact_figure f
        JOIN dim_article a USING (article_key)
        WHERE a.article_id = ? AND f.value = 49 AND f.in_article_total""", [UNATTRIBUTED])
    assert stated and all("army" in (s or "").lower() for s, _ in stated)
    superseded = query(wh, """SELECT f.is_superseded FROM fact_figure f
        JOIN dim_article a USING (article_key)
        WHERE a.article_id = ? AND f.value = 53""", [UNATTRIBUTED])
    assert superseded and all(s for (s,) in superseded)


def test_one_event_with_the_revised_toll(seeded):
    _, _, wh, _ = seeded
    assert query(wh, "SELECT count(*) FROM dim_event") == [(1,)]
    assert query(wh, """SELECT min_value, max_value, latest_value, n_articles,
        n_independent_reports FROM v_event_toll WHERE category = 'killed'""") == [(49, 54, 49, 2, 1)]


def test_second_run_changes_nothing_and_bad_files_are_quarantined(seeded):
    tmp, landing, wh, mp = seeded
    before = snapshot(wh)
    run(mp, landing, wh, tmp / "dagster_home")
    assert snapshot(wh) == before

    (landing / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (landing / "draft.md").write_text("")
    good = {"id": "feed-1", "text": "Two people were killed in a landslide on Monday, police said.",
            "published_at": "2021-04-05"}
    (landing / "feed.jsonl").write_text(json.dumps(good) + '\n{"id": "feed-2", "text": \n')
    # 3 of 4 new records are bad: the quarantine-share check warns, as it should.
    run(mp, landing, wh, tmp / "dagster_home", may_warn={"raw_records:ingest_quarantine_share"})
    reasons = query(wh, "SELECT source_file, record, reason FROM quarantine ORDER BY source_file")
    assert reasons == [("draft.md", None, "empty"), ("feed.jsonl", 2, "bad_json"),
                       ("scan.txt", None, "binary")]
    assert query(wh, "SELECT killed FROM v_article_toll WHERE article_id = 'feed-1'") == [(2,)]
    # The seed rows were not touched by the new files.
    for table in ("dim_article", "fact_figure", "fact_date_mention"):
        assert set(before[table]) <= set(snapshot(wh)[table])
