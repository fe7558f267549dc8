"""Near-duplicate stories: copies, edits and toll updates share a story; other stories don't."""
from __future__ import annotations

import polars as pl

from transforms.keys import stable_key
from transforms.syndication import N_BINS, SIGNATURE_VERSION, assign_stories, story_signatures

BASE = ("Suspected Islamist militants killed 17 soldiers and four volunteer fighters when they ambushed "
        "a supply convoy near the town of Sebba in northern Burkina Faso on Monday, the army said. "
        "Another 22 soldiers were wounded and several lorries carrying food and fuel were set alight, "
        "the army said in a statement read on state broadcaster RTB. The convoy was heading from Dori "
        "to Sebba, a town in Yagha province that militants have blockaded for more than a year.")
OTHER = ("Floods in eastern Libya have killed at least 5,300 people after two dams burst in the city of "
         "Derna, an interior ministry official said on Tuesday. Thousands more were missing after the "
         "torrent swept entire neighbourhoods into the sea, a spokesman said.")


def _frame(bodies: dict[int, str | None]) -> pl.LazyFrame:
    return pl.DataFrame({"article_key": list(bodies), "body": list(bodies.values())},
                        schema={"article_key": pl.Int64, "body": pl.Utf8}).lazy()


def test_signature_shape_and_null_for_empty():
    sig = story_signatures(_frame({1: BASE, 2: "", 3: None})).collect().sort("article_key")
    assert sig.schema["signature"] == pl.List(pl.UInt64)
    assert sig["signature"][0].len() == N_BINS
    assert sig["signature"][1] is None and sig["signature"][2] is None
    assert set(sig["signature_version"]) == {SIGNATURE_VERSION}


def test_copies_and_updates_share_a_story():
    update = "ADVERTISEMENT\n" + BASE.replace("17", "19").replace("22", "25") + "\nPost Views: 392"
    edited = BASE.replace("lorries", "trucks").replace("set alight", "set on fire")
    stories = assign_stories(story_signatures(_frame({5: BASE, 3: update, 9: edited, 7: OTHER, 8: ""})))
    got = dict(stories.collect().iter_rows())
    assert got[5] == got[3] == got[9] == stable_key(3)  # smallest member names the story
    assert got[7] == stable_key(7) and got[8] == stable_key(8)


def test_story_keys_stable_when_new_articles_arrive():
    first = dict(assign_stories(story_signatures(_frame({5: BASE, 7: OTHER}))).collect().iter_rows())
    more = dict(assign_stories(story_signatures(_frame({5: BASE, 7: OTHER, 11: BASE + " Updated."}))).collect().iter_rows())
    assert first[5] == more[5] == more[11] and first[7] == more[7]
