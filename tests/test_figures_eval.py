"""Regression thresholds on the labelled set (just under what the extractor reaches)."""
from tests.eval.score_figures import CASES_FR_ES, load_cases, score

F1_MIN = {"killed": 0.985, "injured": 0.98, "missing": 0.975, "kidnapped": 0.99, "arrested": 0.98,
          "displaced": 0.97, "survivors": 0.99, "affected": 0.99}


def test_figures_eval_thresholds():
    res = score(load_cases())
    assert res["n_cases"] >= 1230
    for cat, floor in F1_MIN.items():
        assert res["per_category"][cat]["f1"] >= floor, (cat, res["per_category"][cat])
    assert res["killed_total_exact"] >= 0.99
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
    """u### (70, ACLED-style notes of the held-out windows) and q### (60, notes and wire copy),
    written blind and scored before the rules they exposed (killed total before: u 0.900, q 0.783
    with the u rules already in; after: 0.986 / 1.000)."""
    for prefix, n in (("u", 70), ("q", 60)):
        res = score([c for c in load_cases() if c["id"].startswith(prefix)])
        assert res["n_cases"] >= n
        assert res["killed_total_exact"] >= 0.98, (prefix, res["wrong_totals"])
        assert res["per_category"]["killed"]["f1"] >= 0.96, (prefix, res["per_category"]["killed"])


def test_french_spanish_cases():
    """figures_cases_fr_es.jsonl: AFP French, EFE / Europa Press Spanish and local press, with negatives."""
    res = score(load_cases(CASES_FR_ES))
    assert res["n_cases"] >= 121
    for cat in ("killed", "injured", "missing", "kidnapped", "arrested", "displaced"):
        assert res["per_category"][cat]["f1"] >= (0.96 if cat == "killed" else 0.95), (cat, res["per_category"][cat])
    assert res["killed_total_exact"] >= 0.97
    assert all(v is None or v >= 0.9 for v in res["flag_recall"].values()), res["flag_recall"]
