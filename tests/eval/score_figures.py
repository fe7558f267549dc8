"""Score the figure extractor on the labelled set `figures_cases.jsonl`.

    python -m tests.eval.score_figures [--show N] [--only PREFIX] [--cases PATH]

`--cases tests/eval/figures_cases_fr_es.jsonl` scores the French and Spanish cases (each case
may carry a `language`, ISO 639-1; English when absent).

Counted figures: expected ones that are neither background, superseded, hypothetical nor a
subgroup; predicted ones `in_article_total` (plus stated zeros). They match on (case, category,
value), as sets (a restated figure counts once): per-category precision / recall / F1. The flags are scored apart: for expected
flagged figures, recall of the same (case, category, value) with the flag set. Article total:
exact match of the killed total (`article_totals`; no figure = null) with the labelled one.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from transforms.figures import article_totals, extract_figures  # noqa: E402
from transforms.timex import extract_date_mentions  # noqa: E402

CASES = Path(__file__).with_name("figures_cases.jsonl")
CASES_FR_ES = Path(__file__).with_name("figures_cases_fr_es.jsonl")
CATEGORIES = ["killed", "injured", "missing", "kidnapped", "arrested", "displaced", "survivors", "affected"]
FLAGS = ["is_background", "is_superseded", "is_hypothetical"]


def load_cases(path: Path = CASES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def is_hand_written(case: dict) -> bool:
    """c000-c132 and h### are hand-written; c133-c412 come from 20 templates."""
    cid = case["id"]
    return not (cid.startswith("c") and 133 <= int(cid[1:]) <= 412)


def run(cases: list[dict]) -> tuple[pl.DataFrame, pl.DataFrame]:
    arts = pl.DataFrame({
        "article_key": list(range(len(cases))), "body": [c["text"] for c in cases],
        "published_at": [c.get("published_at") for c in cases],
        "language": [c.get("language", "en") for c in cases]}).with_columns(
        pl.col("article_key").cast(pl.Int64),
        pl.col("published_at").str.to_date().cast(pl.Datetime("us")).dt.replace_time_zone("UTC")).lazy()
    figs = extract_figures(arts, extract_date_mentions(arts)).collect()
    return figs, article_totals(figs.lazy()).collect()


def score(cases: list[dict]) -> dict:
    figs, totals = run(cases)
    # predicted counted figures: those in the article total, plus stated zeros
    counted = figs.filter(pl.col("in_article_total") | (pl.col("value") == 0))
    pred, gold, flag_hit, flag_n = Counter(), Counter(), Counter(), Counter()
    pred_flags = {f: Counter() for f in FLAGS}
    for r in figs.select("article_key", "category", "value", *FLAGS).iter_rows(named=True):
        for f in FLAGS:
            if r[f]:
                pred_flags[f][(r["article_key"], r["category"], r["value"])] += 1
    sub_keys: Counter = Counter()
    for i, c in enumerate(cases):
        for e in c["figures"]:
            key = (i, e["category"], e["value"])
            flags = [f for f in FLAGS if e.get(f)]
            if e.get("is_subgroup"):
                sub_keys[key] += 1
            elif flags:
                for f in flags:
                    flag_n[f] += 1
                    flag_hit[f] += pred_flags[f][key] > 0
            else:
                gold[key] += 1
    # set semantics on both sides: a figure restated in one case counts once
    for r in counted.select("article_key", "category", "value").iter_rows(named=True):
        pred[(r["article_key"], r["category"], r["value"])] = 1
    gold = Counter({k: 1 for k in gold})
    per_cat = {}
    for cat in CATEGORIES:
        g = Counter({k: v for k, v in gold.items() if k[1] == cat})
        p = Counter({k: v for k, v in pred.items() if k[1] == cat and v > 0})
        tp = sum((g & p).values())
        prec = tp / sum(p.values()) if p else 1.0
        rec = tp / sum(g.values()) if g else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_cat[cat] = {"gold": sum(g.values()), "pred": sum(p.values()), "tp": tp,
                        "precision": prec, "recall": rec, "f1": f1}
    tot = {r["article_key"]: r["total"] for r in totals.filter(pl.col("category") == "killed").iter_rows(named=True)}
    ok = [tot.get(i) == c["totals"].get("killed") for i, c in enumerate(cases)]
    wrong = [(cases[i]["id"], cases[i]["totals"].get("killed"), tot.get(i), cases[i]["text"])
             for i, good in enumerate(ok) if not good]
    hand = [is_hand_written(c) for c in cases]
    split = {name: (sum(o for o, h in zip(ok, hand) if h == want) / max(1, sum(1 for h in hand if h == want)),
                    sum(1 for h in hand if h == want)) for name, want in (("hand", True), ("template", False))}
    return {"per_category": per_cat, "killed_total_exact": sum(ok) / len(ok), "killed_total_split": split,
            "flag_recall": {f: (flag_hit[f] / flag_n[f] if flag_n[f] else None) for f in FLAGS},
            "wrong_totals": wrong, "gold": gold, "pred": pred, "n_cases": len(cases)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--only", default="", help="score only the cases whose id starts with this (e.g. x: ACLED-style notes)")
    ap.add_argument("--cases", default=str(CASES))
    args = ap.parse_args(argv)
    cases = [c for c in load_cases(Path(args.cases)) if c["id"].startswith(args.only)]
    res = score(cases)
    print(f"cases: {res['n_cases']}")
    print(f"{'category':<10} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for cat, m in res["per_category"].items():
        print(f"{cat:<10} {m['gold']:>5} {m['pred']:>5} {m['tp']:>5} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f}")
    print(f"article-total killed exact match: {res['killed_total_exact']:.3f} ("
          + ", ".join(f"{k} {v:.3f} of {n}" for k, (v, n) in res["killed_total_split"].items()) + ")")
    print("flag recall: " + ", ".join(f"{k}={v:.3f}" for k, v in res["flag_recall"].items() if v is not None))
    if args.show:
        for w in res["wrong_totals"][: args.show]:
            print("TOTAL", w)
        g, p = res["gold"], res["pred"]
        for k in sorted(set(g) | set(p)):
            if g[k] != max(p[k], 0):
                print("FIG", k, "gold", g[k], "pred", p[k], cases[k[0]]["text"][:150])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
