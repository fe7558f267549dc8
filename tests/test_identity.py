from datetime import datetime, timezone

import polars as pl

from transforms.identity import EXISTING_SCHEMA, assign_versions


def _articles(rows):
    return pl.LazyFrame(rows, schema={
        "article_id": pl.Utf8, "content_sha256": pl.Utf8, "article_key": pl.Int64,
        "source_file": pl.Utf8, "record": pl.Int64, "published_at": pl.Datetime("us", "UTC"),
    })


T1 = datetime(2021, 1, 1, tzinfo=timezone.utc)
T2 = datetime(2021, 1, 2, tzinfo=timezone.utc)


def test_new_content_under_known_id_is_next_version():
    existing = pl.LazyFrame([{"article_id": "a", "content_sha256": "s1", "article_key": 1,
                              "version": 1}], schema=EXISTING_SCHEMA)
    fresh, dupes = assign_versions(_articles([
        {"article_id": "a", "content_sha256": "s2", "article_key": 2, "source_file": "u.jsonl",
         "record": 1, "published_at": T2},
        {"article_id": "a", "content_sha256": "s1", "article_key": 1, "source_file": "f.jsonl",
         "record": 1, "published_at": T1},
        {"article_id": "b", "content_sha256": "s3", "article_key": 3, "source_file": "f.jsonl",
         "record": 2, "published_at": T1},
    ]), existing)
    fresh, dupes = fresh.collect().sort("article_key"), dupes.collect()
    assert fresh.select("article_key", "version", "is_current").rows() == [(2, 2, True), (3, 1, True)]
    assert dupes.select("article_key" if False else "duplicate_of_article_key", "reason").rows() == [
        (1, "same article_id and content already in the warehouse")]


def test_versions_within_one_batch_follow_publication_time():
    empty = pl.LazyFrame(schema=EXISTING_SCHEMA)
    fresh, dupes = assign_versions(_articles([
        {"article_id": "a", "content_sha256": "new", "article_key": 2, "source_file": "b.jsonl",
         "record": 1, "published_at": T2},
        {"article_id": "a", "content_sha256": "old", "article_key": 1, "source_file": "z.jsonl",
         "record": 1, "published_at": T1},
        {"article_id": "a", "content_sha256": "old", "article_key": 1, "source_file": "z.jsonl",
         "record": 9, "published_at": T1},
    ]), empty)
    fresh = fresh.collect().sort("version")
    assert fresh.select("article_key", "version", "is_current").rows() == [(1, 1, False), (2, 2, True)]
    assert dupes.collect().select("record", "duplicate_of_article_key").rows() == [(9, 1)]
