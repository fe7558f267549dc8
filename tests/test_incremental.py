"""New files load alone; new content under an article_id adds a version."""
import json

from tests.pipeline_helpers import query, run


def _line(article_id, text, published):
    return json.dumps({"id": article_id, "text": text, "published_at": published,
                       "url": "https://www.thecitizen.co.tz/news/x"}) + "\n"


def test_versions_and_new_files(tmp_path, monkeypatch):
    landing, wh, home = tmp_path / "landing", tmp_path / "wh.duckdb", tmp_path / "home"
    landing.mkdir()
    (landing / "day1.jsonl").write_text(
        _line("tz-1", "DODOMA, Tanzania, March 3 - Twelve people were killed when a bus "
              "overturned on Tuesday, police said.", "2021-03-03T10:00:00Z")
        + _line("tz-2", "Floods displaced 300 families in Morogoro on Monday, officials said.",
                "2021-03-02T08:00:00Z"))
    run(monkeypatch, landing, wh, home)
    assert query(wh, "SELECT count(*) FROM dim_article") == [(2,)]
    keys_before = query(wh, "SELECT article_key, ingested_at FROM dim_article ORDER BY 1")

    (landing / "day2.jsonl").write_text(
        _line("tz-1", "DODOMA, Tanzania, March 4 - The death toll from Tuesday's bus crash "
              "rose to 15, police said on Wednesday.", "2021-03-04T09:00:00Z"))
    run(monkeypatch, landing, wh, home)
    rows = query(wh, "SELECT article_id, version, is_current FROM dim_article ORDER BY 1, 2")
    assert rows == [("tz-1", 1, False), ("tz-1", 2, True), ("tz-2", 1, True)]
    # Old versions are untouched apart from is_current.
    assert set(keys_before) <= set(query(wh, "SELECT article_key, ingested_at FROM dim_article"))
    assert query(wh, "SELECT killed FROM v_article_toll WHERE article_id = 'tz-1'") == [(15,)]
    assert query(wh, "SELECT count(*) FROM landing_file") == [(2,)]
    # The new version took the old one's place in stories and incidents (incrementally).
    current = set(query(wh, "SELECT article_key FROM dim_article WHERE is_current"))
    assert set(query(wh, "SELECT article_key FROM article_story")) == current
    assert set(query(wh, "SELECT article_key FROM bridge_event_article")) <= current
    assert query(wh, """SELECT count(*) FROM dim_event
        WHERE event_key NOT IN (SELECT event_key FROM bridge_event_article)""") == [(0,)]
    assert query(wh, """SELECT count(*) FROM fact_figure f JOIN dim_article a USING (article_key)
        WHERE NOT a.is_current AND f.event_key IS NOT NULL""") == [(0,)]
    assert query(wh, """SELECT e.label LIKE '%killed 15%' FROM dim_event e
        JOIN bridge_event_article b USING (event_key) JOIN dim_article a USING (article_key)
        WHERE a.article_id = 'tz-1'""") == [(True,)]

    # The same line landed again under another file name is a recorded duplicate.
    (landing / "resent.jsonl").write_text((landing / "day2.jsonl").read_text())
    run(monkeypatch, landing, wh, home)
    assert query(wh, "SELECT count(*) FROM dim_article") == [(3,)]
    assert query(wh, "SELECT source_file, record FROM duplicate_record") == [("resent.jsonl", 1)]
