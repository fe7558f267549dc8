"""Regression thresholds on the labelled set (just under what the extractor reaches)."""
import sys
from pathlib import Path

import pytest

from tests.eval.score_figures import CASES_FR_ES, load_cases, score

F1_MIN = {"killed": 0.98, "injured": 0.97, "missing": 0.94, "kidnapped": 0.90, "arrested": 0.97,
          "displaced": 0.925, "survivors": 0.94, "affected": 0.92}
# killed 0.985, missing and kidnapped 0.95, displaced 0.97, survivors 0.96 and the killed total 0.99 until the stop-14 blind
# batches joined with their misses, the held-out k6_ and t9_ as written (d9_: "fighting has displaced more than 1.7 million"
# as background; s9_: "pulled 11 people alive from the rubble"; the held-out batches: see test_held_out_batches_of_stop_14);
# injured 0.975 and kidnapped 0.93, displaced 0.95, survivors 0.95 until the stop-15 blind batches joined with their misses
# (kidnapped counts of initial reports, displacement figures of situation reports, "pulled four people alive"; two blind
# labels of "No casualties were reported" as affected 0, k6_017 and h3_043, set to our documented killed 0 and injured 0)
# small categories: survivors (36 gold figures) misses b3_050 "a fourth farmer who had been with them escaped" and
# a4_045 (three words before the noun); affected (12) misses a4_022 "put IS casualties at some 20"


def test_figures_eval_thresholds():
    res = score(load_cases())
    assert res["n_cases"] >= 1430
    for cat, floor in F1_MIN.items():
        assert res["per_category"][cat]["f1"] >= floor, (cat, res["per_category"][cat])
    assert res["killed_total_exact"] >= 0.985
    assert res["killed_total_split"]["hand"][0] >= 0.98


def test_acled_style_cases():
    """The x### cases, written in the style of ACLED notes of other regions and years."""
    res = score([c for c in load_cases() if c["id"].startswith("x")])
    assert res["n_cases"] >= 115
    assert res["killed_total_exact"] >= 0.98
    assert res["per_category"]["killed"]["f1"] >= 0.97


def test_acled_style_cases_second_round():
    """The y### (121), z### (55) and v### (30) cases, ACLED-style notes written blind before the
    rules that read them (killed total before: y 0.810, z 0.891, v 0.867)."""
    for prefix, n in (("y", 121), ("z", 55), ("v", 30)):
        res = score([c for c in load_cases() if c["id"].startswith(prefix)])
        assert res["n_cases"] >= n
        assert res["killed_total_exact"] >= 0.98, (prefix, res["wrong_totals"])
        assert res["per_category"]["killed"]["f1"] >= 0.97, (prefix, res["per_category"]["killed"])


def test_acled_style_cases_third_round():
    """The w### (50) cases: Latin America 2020, Middle East 2020, South Asia 2015, Sahel 2016,
    written blind before the rules that read them (killed total before: 0.960, after: 0.980)."""
    res = score([c for c in load_cases() if c["id"].startswith("w")])
    assert res["n_cases"] >= 50
    assert res["killed_total_exact"] >= 0.97, res["wrong_totals"]
    assert res["per_category"]["killed"]["f1"] >= 0.98, res["per_category"]["killed"]


def test_blind_rounds_of_this_stop():
    """Written blind and scored before the rules they exposed (killed total before -> now): u### 70
    ACLED-style notes of the held-out windows (0.900 -> 0.986), q### 60 notes and wire copy
    (0.783 -> 1.000), p### 60 news reports (0.933 -> 0.967), n### 60 notes (0.917 -> 0.967),
    m### 60 notes and local news (0.950, no rule written from it)."""
    for prefix, n, total, killed_f1 in (("u", 70, 0.98, 0.96), ("q", 60, 0.98, 0.96), ("p", 60, 0.95, 0.98),
                                        ("n", 60, 0.95, 0.97), ("m", 60, 0.94, 0.96)):
        res = score([c for c in load_cases() if c["id"].startswith(prefix)])
        assert res["n_cases"] >= n
        assert res["killed_total_exact"] >= total, (prefix, res["wrong_totals"])
        assert res["per_category"]["killed"]["f1"] >= killed_f1, (prefix, res["per_category"]["killed"])


def test_blind_rounds_of_stop_12():
    """Written blind and scored before the rules they exposed (killed total before -> now): l### 60
    ACLED-style notes of the held-out windows (0.733 -> 1.000), e### 60 wire, local and NGO reports
    (0.883 -> 1.000). Their labels split named lists into one figure per victim where the extractor
    gives one figure for the list, hence the lower killed F1 floor (the totals agree). o### 60 notes (0.817 -> 0.983),
    f### 40 notes and 20 news items (0.800 -> 1.000), g6_### 60 notes written after the l/e/o rules (0.800 -> 1.000)
    and h2_### 60 notes and news items written last, after every other rule of the stop (0.817 -> 1.000). The kidnapped
    floor is 0.95: those batches hold kidnapping counts in shapes no rule reads yet (the killed totals are right)."""
    for prefix, n, total, killed_f1 in (("l", 60, 0.98, 0.80), ("e", 60, 0.98, 0.95), ("o", 60, 0.98, 0.93),
                                        ("f", 60, 0.98, 0.97), ("g6_", 60, 0.98, 0.97), ("h2_", 60, 0.98, 0.97)):
        res = score([c for c in load_cases() if c["id"].startswith(prefix)])
        assert res["n_cases"] >= n
        assert res["killed_total_exact"] >= total, (prefix, res["wrong_totals"])
        assert res["per_category"]["killed"]["f1"] >= killed_f1, (prefix, res["per_category"]["killed"])


def test_french_spanish_cases():
    """figures_cases_fr_es.jsonl: AFP French, EFE / Europa Press Spanish and local press, with negatives."""
    res = score(load_cases(CASES_FR_ES))
    assert res["n_cases"] >= 121
    for cat in ("killed", "injured", "missing", "kidnapped", "arrested", "displaced"):
        assert res["per_category"][cat]["f1"] >= (0.96 if cat == "killed" else 0.95), (cat, res["per_category"][cat])
    assert res["killed_total_exact"] >= 0.97
    assert all(v is None or v >= 0.9 for v in res["flag_recall"].values()), res["flag_recall"]


def test_blind_rounds_of_stop_13():
    """Written blind and scored before the rules they exposed (killed total before -> now): b3_### 45 notes of the
    held-out windows and 15 local news items, heavy on kidnappings, arrests and injuries (0.833 -> 1.000); s3_### 30
    notes and 30 wire, local, NGO and army-statement reports (0.817 -> 1.000; 0.783 as written, two labels of "No
    fatalities" set to our stated killed 0); t3_### 40 notes and 20 news items, written before this stop's b3_/s3_ rules and
    held out from them (0.883 before any rule of the stop, 0.900 after the b3_/s3_ rules, 1.000 after its own); u3_### 35
    notes and 25 news items, held out likewise (0.850 after the b3_/s3_ rules, 0.983 after its own); a4_### 40 notes and
    20 news items, held out from the t3_/u3_ rules (0.917 after the b3_/s3_ rules and after the t3_/u3_ ones, 1.000 after
    its own). A last batch, c4_, was held out from every rule: test_held_out_batch_of_stop_13."""
    for prefix, n in (("b3_", 60), ("s3_", 60), ("t3_", 60), ("u3_", 60), ("a4_", 60)):
        res = score([c for c in load_cases() if c["id"].startswith(prefix)])
        assert res["n_cases"] >= n
        assert res["killed_total_exact"] >= 0.98, (prefix, res["wrong_totals"])
        assert res["per_category"]["killed"]["f1"] >= 0.97, (prefix, res["per_category"]["killed"])


def test_held_out_batch_of_stop_13():
    """c4_### 40 ACLED-style notes and 20 news items written blind and held out: no rule was written from them; they
    scored 0.950 on the stop's final rules and join the own set as they are, misses included (kidnapped and missing
    counts, three killed totals). A floor just under, so a later rule that breaks them shows."""
    res = score([c for c in load_cases() if c["id"].startswith("c4_")])
    assert res["n_cases"] >= 60
    assert res["killed_total_exact"] >= 0.94, res["wrong_totals"]
    assert res["per_category"]["killed"]["f1"] >= 0.97, res["per_category"]["killed"]


def test_blind_rounds_of_stop_14():
    """Written blind and scored before the rules they exposed (killed total before -> now): d6_### 30 notes of uncovered
    windows (Latin America 2017-19, CAR/Cameroon/Sahel/Mozambique 2018-21, Myanmar/Ukraine/Sudan/Haiti 2021-23) and 30 long
    wire, NGO and flash-update reports with background paragraphs (0.800 -> 1.000); h7_### 20 notes and 40 long news reports
    (0.817 -> 0.950; left: an age range "between the ages of 17 and 25" read as a count, two cumulative tolls, two attackers
    "neutralised" in a later sentence); written after those rules: d9_### 15 notes and 45 long reports with several victim
    groups (0.800 -> 0.883; left: a later group's count read as a newer toll, "raising the army's death toll to 20", "had
    buried 26 civilians", a bracketed abbreviation or a list of ages before the verb) and s9_### 20 notes and 40 official and
    humanitarian reports (0.850 -> 0.967); a9_### 20 notes and 40 reports, written after the round-one rules (0.917 ->
    0.983)."""
    for prefix, n, total in (("d6_", 60, 0.98), ("h7_", 60, 0.95), ("d9_", 60, 0.89), ("s9_", 60, 0.95), ("a9_", 60, 0.98)):
        res = score([c for c in load_cases() if c["id"].startswith(prefix)])
        assert res["n_cases"] >= n
        assert res["killed_total_exact"] >= total, (prefix, res["wrong_totals"])
        assert res["per_category"]["killed"]["f1"] >= 0.9, (prefix, res["per_category"]["killed"])


def test_held_out_batches_of_stop_14():
    """k6_### (30 notes, 30 reports of 4-12 sentences) and t9_### (25 notes, 35 reports), written blind and held out: no
    rule was written from them. k6_ scored 0.850 before any rule of the stop and still 0.850 after all of them (the d6_,
    h7_, d9_, s9_, a9_ and ACLED rules fixed none of its nine misses); t9_, written after the first round, 0.817 before and
    after. They join the own set as written, misses included: competing tolls where the text prefers the lower one, a
    claim of the other side, a later death "one of them, [name], succumbed", "feared dead" of the missing, a "separate
    incident" in a later sentence, "an unknown number ... were also killed". Stop 15 wrote rules from them (no longer
    held out): k6_ 0.950, t9_ 1.000. Floors just under, so a rule that breaks them shows."""
    for prefix, total in (("k6_", 0.94), ("t9_", 0.98)):
        res = score([c for c in load_cases() if c["id"].startswith(prefix)])
        assert res["n_cases"] >= 60
        assert res["killed_total_exact"] >= total, (prefix, res["wrong_totals"])


_NOTES = Path(__file__).resolve().parents[2] / "shared" / "dev" / "incident_notes.jsonl"


@pytest.mark.skipif(not _NOTES.exists(), reason="ACLED dev notes (shared/dev/incident_notes.jsonl) not present")
def test_acled_dev_notes_do_not_regress():
    """Article-total killed exact match on the 1,500 real ACLED dev notes, read in place (0.895 at stop 14, 0.899 at stop 15)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import polars as pl
    from eval_acled_notes import article_totals, extract_date_mentions, extract_figures

    notes = pl.read_ndjson(_NOTES).with_row_index("article_key").with_columns(pl.col("article_key").cast(pl.Int64))
    arts = notes.select("article_key", pl.col("text").alias("body"), pl.col("published_at").str.to_date(strict=False)
                        .cast(pl.Datetime("us")).dt.replace_time_zone("UTC").alias("published_at")).lazy()
    figs = extract_figures(arts, extract_date_mentions(arts))
    totals = article_totals(figs).filter(pl.col("category") == "killed").collect()
    res = notes.join(totals.select("article_key", "total"), on="article_key", how="left").with_columns(pl.col("total").fill_null(0))
    assert (res["total"] == res["fatalities"]).mean() >= 0.89


def test_blind_batches_of_stop_15():
    """Written blind and scored before the rules they exposed (killed total before -> after the stop's rules): g7_### 15
    notes and 45 long wire and local-press reports with rival tolls, claims of the other side and later updates (0.767 ->
    0.950); h8_### 60 police, army, OCHA, NGO and hospital reports (0.900 -> 0.983); j7_### 20 notes and 40 Sahel, Lake
    Chad, Great Lakes and Horn reports (0.833 -> 0.950); k4_### 60 South Asian, Middle Eastern and Latin American reports
    (0.883 -> 0.967); h6_### 60 war reports of 2014-2025 (0.867 -> 1.000); k5_### 60 ACLED notes (0.883 -> 0.967); j5_###
    60 Southeast Asian, Central American and Caribbean reports (0.933 -> 1.000)."""
    for prefix, total in (("g7_", 0.94), ("h8_", 0.98), ("j7_", 0.94), ("k4_", 0.95), ("h6_", 0.98), ("k5_", 0.95),
                          ("j5_", 0.98)):
        res = score([c for c in load_cases() if c["id"].startswith(prefix)])
        assert res["n_cases"] >= 60
        assert res["killed_total_exact"] >= total, (prefix, res["wrong_totals"])


def test_held_out_batches_of_stop_15():
    """j6_### (20 notes, 40 reports; written before any rule of the stop) and h3_### (25 notes, 35 reports; written after
    most of them), blind and held out: no rule was written from them. j6_ scored 0.900 before the stop's ~90 figure rules
    and 0.917 after; h3_ 0.917 on the final rules. They join the own set as written, misses included. Floors just under."""
    for prefix in ("j6_", "h3_"):
        res = score([c for c in load_cases() if c["id"].startswith(prefix)])
        assert res["n_cases"] >= 60
        assert res["killed_total_exact"] >= 0.9, (prefix, res["wrong_totals"])
