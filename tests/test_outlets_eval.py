"""Regression floors on the labelled sets under tests/eval (just under what we reach)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "eval"))
import score_outlets as s  # noqa: E402


def test_outlet_urls():
    m = s.score_outlet_urls()
    assert m["n"] >= 300 and m["domain_acc"] >= 0.99 and m["name_acc"] >= 0.97 and m["hand_name_acc"] >= 0.97


def test_credits():
    m = s.score_credits()
    assert m["n"] >= 100 and m["precision"] >= 0.97 and m["recall"] >= 0.97


def test_syndication():
    m = s.score_syndication()
    assert m["pair_f1"] >= 0.97


def test_incidents():
    m = s.score_incidents()
    assert m["n"] >= 50 and m["incidents"] >= 15 and m["bcubed_f1"] >= 0.93


def test_incidents_holdout():
    m = s.score_incidents("holdout.jsonl")
    assert m["bcubed_f1"] >= 0.93


def test_incidents_second_holdout():
    """31 articles / 16 incidents written after the clustering rules, with same-day incidents
    in one country (Somalia, Nigeria, DR Congo) and follow-ups days later."""
    m = s.score_incidents("holdout2.jsonl")
    assert m["n"] >= 30 and m["incidents"] >= 15 and m["bcubed_f1"] >= 0.97
