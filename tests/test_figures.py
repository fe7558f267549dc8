from datetime import date, datetime, timezone
from pathlib import Path

import polars as pl
import pytest

from transforms.figures import article_totals, extract_figures

DM_SCHEMA = {"article_key": pl.Int64, "mention_text": pl.Utf8, "char_start": pl.Int64, "char_end": pl.Int64,
             "timex_type": pl.Utf8, "timex_value": pl.Utf8, "resolved_date": pl.Date}
PUB = datetime(2019, 11, 2, 6, 42, tzinfo=timezone.utc)
SEEDS = Path("/work/shared/seeds")


def _arts(*bodies):
    return pl.DataFrame({"article_key": list(range(1, len(bodies) + 1)), "body": list(bodies),
                         "published_at": [PUB] * len(bodies)}).with_columns(
        pl.col("article_key").cast(pl.Int64), pl.col("published_at").dt.cast_time_unit("us")).lazy()


def _mentions(body, key, words):
    rows = [{"article_key": key, "mention_text": w, "char_start": body.index(w), "char_end": body.index(w) + len(w),
             "timex_type": "DATE", "timex_value": d.isoformat(), "resolved_date": d} for w, d in words]
    return pl.DataFrame(rows, schema=DM_SCHEMA).lazy()


def _run(*bodies, dm=None):
    figs = extract_figures(_arts(*bodies), dm if dm is not None else pl.DataFrame(schema=DM_SCHEMA).lazy()).collect()
    tot = {(r["article_key"], r["category"]): r["total"] for r in article_totals(figs.lazy()).collect().iter_rows(named=True)}
    return figs, tot


def test_offsets_and_schema():
    body = "Gunmen killed 12 villagers on Friday, police said. A civilian was also killed."
    figs, tot = _run(body)
    assert tot[(1, "killed")] == 13
    for r in figs.iter_rows(named=True):
        assert body[r["char_start"]:r["char_end"]] == r["mention_text"]
    assert figs.filter(pl.col("value") == 12)["stated_by"].to_list() == ["police"]


@pytest.mark.parametrize("text,cat,total", [
    ("Twelve people, including three children, were killed.", "killed", 12),
    ("No one was killed in the attack.", "killed", 0),
    ("The toll could rise to 100, officials warned.", "killed", None),
    ("The attack comes a month after gunmen killed 40 soldiers.", "killed", None),
    ("The death toll rose to 30 on Monday, up from 20.", "killed", 30),
    ("The clashes left 15 people dead and dozens injured.", "injured", 12),
    ("A 25-year-old man was shot dead in Kisumu.", "killed", 1),
    ("Police arrested 15 suspects after the riot.", "arrested", 15),
    ("A TTP commander and his 2 accomplices were killed.", "killed", 3),
    ("Insurgents executed 7 hostages in Zabul.", "kidnapped", None),
    ("Insurgents executed 7 hostages in Zabul.", "killed", 7),
    ("Gunmen took 3 hostages and killed a guard.", "kidnapped", 3),
])
def test_totals(text, cat, total):
    _, tot = _run(text)
    assert tot.get((1, cat)) == total


@pytest.mark.parametrize("text", ["The 5,000-man force was created in 2012.", "Post Views: 392",
                                  "It was one of the deadliest strikes.", "Five countries sent two battalions."])
def test_non_figures(text):
    figs, _ = _run(text)
    assert figs.height == 0


def test_stated_on_and_superseded():
    body = ('A "terrorist attack" has left 49 soldiers dead, the army said on Saturday, lowering an earlier death toll.\n'
            'The government had said on Friday that 53 people died.')
    dm = _mentions(body, 1, [("Saturday", date(2019, 11, 2)), ("Friday", date(2019, 11, 1))])
    figs, tot = _run(body, dm=dm)
    assert tot[(1, "killed")] == 49
    row = figs.filter(pl.col("value") == 49).row(0, named=True)
    assert "army" in row["stated_by"] and row["stated_on"] == date(2019, 11, 2)
    assert figs.filter(pl.col("value") == 53)["is_superseded"].to_list() == [True]


def _seed_bodies():
    cap = (SEEDS / "mali_attack_capital_news.md").read_text()
    drop = {"ADVERTISEMENT", "Post Views: 392", "GET TOP NEWS FOR THE DAY DIRECT TO YOUR INBOX",
            "Please leave this field empty", "Check your inbox or spam folder to confirm your subscription."}
    lines = [ln.strip() for ln in cap.split("Original:")[1].split("\n", 1)[1].split("\n")]
    body1 = "\n".join(ln for ln in lines if ln and ln not in drop)
    paras = [p.strip() for p in (SEEDS / "mali_attack_unattributed.txt").read_text().split("\n\n")]
    body2 = "\n".join(p for p in paras[2:] if not p.startswith("(FILES)") and p != "Powered by automated translation")
    return body1, body2, paras[1] + "\n" + body2


@pytest.mark.skipif(not SEEDS.exists(), reason="shared seeds not available")
def test_seeds():
    b1, b2, b3 = _seed_bodies()
    dms = [_mentions(b, k, [(w, d) for w, d in (("Saturday", date(2019, 11, 2)), ("Friday", date(2019, 11, 1))) if w in b])
           for k, b in ((1, b1), (2, b2), (3, b3))]
    figs, tot = _run(b1, b2, b3, dm=pl.concat(dms))
    assert tot[(1, "killed")] == 54 and (1, "injured") not in tot and tot[(1, "survivors")] == 10
    for k in (2, 3):
        assert tot[(k, "killed")] == 49 and tot[(k, "injured")] == 3 and tot[(k, "survivors")] == 20
        kept = figs.filter((pl.col("article_key") == k) & pl.col("in_article_total") & (pl.col("value") == 49))
        assert all("army" in s.lower() for s in kept["stated_by"]) and kept["stated_on"].to_list() == [date(2019, 11, 2)]
        assert figs.filter((pl.col("article_key") == k) & (pl.col("value") == 53))["is_superseded"].all()
    assert figs.filter(pl.col("value").is_in([40, 100]))["is_background"].all()
    assert figs.filter(pl.col("value").is_in([5000, 2012, 392])).height == 0


def test_language_selects_the_lexicon():
    """French and Spanish rows are read with their own lexicons; English rows give the same
    figures with or without them in the frame; offsets point into each body."""
    en = "Gunmen killed 12 villagers on Friday, police said."
    fr = "Au moins quatorze civils ont été tués mercredi, a indiqué l'armée. Une vingtaine de personnes ont été blessées."
    es = "El ataque dejó nueve muertos y 1.200 desplazados, según la policía."
    arts = _arts(en, fr, es).with_columns(pl.Series("language", ["en", "fr", "es"]))
    figs = extract_figures(arts, pl.DataFrame(schema=DM_SCHEMA).lazy()).collect()
    got = {(r["article_key"], r["category"], r["value"], r["stated_by"]) for r in figs.iter_rows(named=True)}
    assert got == {(1, "killed", 12, "police"), (2, "killed", 14, "armée"), (2, "injured", 20, None),
                   (3, "killed", 9, "policía"), (3, "displaced", 1200, "policía")}
    for r in figs.iter_rows(named=True):
        assert [en, fr, es][r["article_key"] - 1][r["char_start"]:r["char_end"]] == r["mention_text"]
    only_en = extract_figures(_arts(en), pl.DataFrame(schema=DM_SCHEMA).lazy()).collect()
    assert only_en.equals(figs.filter(pl.col("article_key") == 1))
