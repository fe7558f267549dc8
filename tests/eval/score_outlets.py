"""Accuracy of outlets, credits, syndication and incident clustering on the labelled sets here.

python tests/eval/score_outlets.py   (prints every metric; tests/test_outlets_eval.py pins them)
python tests/eval/score_outlets.py --write-url-set   (regenerates the generated rows of outlet_urls.csv)
"""
from __future__ import annotations

import itertools
import json
import sys
from collections import defaultdict
import re
from datetime import date, datetime
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from transforms.credits import detect_credits  # noqa: E402
from transforms.events import cluster_events, event_features  # noqa: E402
from transforms.keys import stable_key  # noqa: E402
from transforms.outlets import resolve_publishers  # noqa: E402
from transforms.syndication import assign_stories, story_signatures  # noqa: E402

HERE = Path(__file__).parent
SEEDS = Path("/work/shared/seeds")


def _md(text: str) -> dict:
    title = re.search(r"^# (.+)$", text, re.M).group(1).strip()
    author = re.search(r"Author: \*\*(.+?)\*\*", text)
    orig = re.search(r"Original: \[(.+?)\]\((.+?)\)", text)
    pub = re.search(r"Published at: \*\*(.+?)\*\*", text)
    body = text[orig.end():] if orig else text
    body = "\n".join(line.strip() for line in body.splitlines() if line.strip())
    body = body.replace("ADVERTISEMENT\n", "")
    return {"title": title, "byline": author and author.group(1), "outlet_hint": orig and orig.group(1),
            "url": orig and orig.group(2), "body": body, "captions": None,
            "published_at": pub and datetime.fromisoformat(pub.group(1))}


def _txt(text: str) -> dict:
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    caps = [p for p in paras if p.startswith("(FILES)") or " / AFP / " in p]
    rest = [p for p in paras[1:] if p not in caps and p != "Powered by automated translation"]
    return {"title": paras[0], "byline": None, "outlet_hint": None, "url": None,
            "body": "\n".join(rest), "captions": "\n".join(caps) or None, "published_at": None}


def seed_articles(folder: Path = SEEDS) -> pl.DataFrame:
    rows = []
    for path in sorted(folder.glob("*")):
        text = path.read_text(encoding="utf-8")
        row = _md(text) if path.suffix == ".md" else _txt(text)
        row["article_id"] = path.name
        row["article_key"] = stable_key(path.name)
        rows.append(row)
    return pl.DataFrame(rows, schema={
        "article_key": pl.Int64, "article_id": pl.Utf8, "title": pl.Utf8, "url": pl.Utf8,
        "byline": pl.Utf8, "outlet_hint": pl.Utf8, "body": pl.Utf8, "captions": pl.Utf8,
        "published_at": pl.Datetime("us", "UTC")})


# --------------------------------------------------------------- the URL set
_TWO_LEVEL = ("co.ke", "co.uk", "com.au", "co.za", "com.ng", "co.ug", "co.tz", "co.rw", "com.gh",
              "co.zw", "co.zm", "com.na", "org.eg", "com.tr", "com.pk", "com.br", "com.ar", "com.mx",
              "co.jp", "co.kr", "co.nz", "com.my", "com.pg", "com.fj", "com.lb", "com.hk", "com.cn",
              "org.qa", "org.gh", "gov.ph", "go.ke", "gov.sa", "net.kw", "com.np", "or.jp", "info.tn",
              "gob.mx", "gov.jo", "org.mz", "com.pe", "com.ua", "net.au", "co.sz")


def _registered(domain: str) -> str:
    """Registered domain by a rule independent of tldextract (for the generated rows)."""
    for suf in sorted(_TWO_LEVEL, key=len, reverse=True):
        if domain.endswith("." + suf):
            return ".".join(domain.split(".")[-(suf.count(".") + 2):])
    return ".".join(domain.split(".")[-2:])


def write_outlet_urls() -> None:
    """Keep the hand-written rows of outlet_urls.csv; regenerate URL variants of every
    registry publisher (www./amp./m./http, paths, query strings; hint sometimes given)."""
    import csv
    import random

    rnd = random.Random(11)
    path = HERE / "outlet_urls.csv"
    hand = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["set"] == "hand"]
    reg = pl.read_csv(ROOT / "transforms" / "data" / "outlets.csv",
                      schema_overrides={"country_code": pl.Utf8}).fill_null("")
    rows, seen = list(hand), {r["url"] for r in hand}
    pubs = reg.filter(pl.col("outlet_type") == "publisher").sample(fraction=1.0, seed=3)
    for name, aliases, domains, cc in pubs.select("outlet_name", "aliases", "domains", "country_code").iter_rows():
        d = domains.split("|")[0]
        url = (rnd.choice(["https://www.", "https://", "http://www.", "https://amp.", "https://m.", "https://www."])
               + d + rnd.choice(["/news/2023/08/15/attack-kills-21/", "/world/africa/x-123.html",
                                 "/2019/11/02/mali/", "/article/12345?utm_source=twitter", "/"]))
        if url not in seen:
            rows.append({"url": url, "outlet_hint": rnd.choice(["", "", aliases.split("|")[0], name]),
                         "domain": _registered(d), "outlet_name": name, "country_code": cc, "set": "generated"})
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["url", "outlet_hint", "domain", "outlet_name", "country_code", "set"])
        w.writeheader()
        w.writerows(rows)


def score_outlet_urls() -> dict[str, float]:
    gold = pl.read_csv(HERE / "outlet_urls.csv", schema_overrides={c: pl.Utf8 for c in
                       ("url", "outlet_hint", "domain", "outlet_name", "country_code", "set")})
    arts = gold.with_row_index("article_key").with_columns(pl.col("article_key").cast(pl.Int64))
    got = resolve_publishers(arts.lazy()).collect()
    j = arts.join(got, on="article_key", how="left", suffix="_got")
    n = j.height
    has_url = j.filter(pl.col("url").is_not_null())
    misses = j.filter((pl.col("outlet_name") != pl.col("outlet_name_got")).fill_null(True)
                      | (pl.col("url_domain").fill_null("") != pl.col("domain").fill_null("")) & pl.col("url").is_not_null())
    if misses.height:
        print(misses.select("url", "outlet_hint", "domain", "url_domain", "outlet_name", "outlet_name_got"))
    cc = j.filter(pl.col("country_code").is_not_null())
    hand = j.filter(pl.col("set") == "hand")
    return {
        "n": n,
        "n_hand": hand.height,
        "hand_name_acc": (hand["outlet_name"] == hand["outlet_name_got"]).fill_null(False).mean(),
        "domain_acc": (has_url["domain"] == has_url["url_domain"]).fill_null(False).mean(),
        "name_acc": (j["outlet_name"] == j["outlet_name_got"]).fill_null(False).mean(),
        "country_acc": (cc["country_code"] == cc["country_code_got"]).fill_null(False).mean(),
    }


def score_credits() -> dict[str, float]:
    gold = pl.read_csv(HERE / "credits.csv", schema_overrides={"expected": pl.Utf8})
    rows = []
    for i, (field, text) in enumerate(gold.select("field", "text").iter_rows()):
        text = text.replace("\\n", "\n")
        rows.append({"article_key": i, "byline": text if field == "byline" else None,
                     "body": text if field == "body" else "", "captions": text if field == "captions" else None})
    got = detect_credits(pl.DataFrame(rows, schema={"article_key": pl.Int64, "byline": pl.Utf8,
                                                    "body": pl.Utf8, "captions": pl.Utf8}).lazy()).collect()
    pred = {(k, a, r) for k, a, r in got.iter_rows()}
    exp = set()
    for i, e in enumerate(gold["expected"].to_list()):
        for item in (e or "").split(";"):
            if item.strip():
                a, r = item.rsplit(":", 1)
                exp.add((i, a.strip(), r.strip()))
    tp = len(pred & exp)
    for k, a, r in sorted(pred ^ exp):
        print("credit miss" if (k, a, r) in exp else "credit extra", gold["text"][k][:70], "->", a, r)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(exp) if exp else 1.0
    return {"n": gold.height, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _pairs(labels: dict, pred: dict) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for a, b in itertools.combinations(list(labels), 2):
        same_p, same_l = pred[a] == pred[b], labels[a] == labels[b]
        tp += same_p and same_l
        fp += same_p and not same_l
        fn += same_l and not same_p
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score_syndication() -> dict[str, float]:
    df = pl.read_ndjson(HERE / "syndication" / "articles.jsonl").with_columns(
        pl.col("id").map_elements(stable_key, return_dtype=pl.Int64).alias("article_key"))
    stories = assign_stories(story_signatures(df.lazy())).collect()
    pred = dict(stories.iter_rows())
    labels = dict(zip(df["article_key"], df["story"]))
    p, r, f = _pairs(labels, pred)
    return {"n": df.height, "stories": df["story"].n_unique(), "pair_precision": p, "pair_recall": r, "pair_f1": f}


def incident_inputs(name: str = "articles.jsonl") -> tuple[pl.LazyFrame, pl.LazyFrame, pl.LazyFrame, dict]:
    """Articles + the figures/date frames the upstream modules would give (killed, refers_to_date)."""
    rows = [json.loads(line) for line in (HERE / "incidents" / name).read_text().splitlines() if line]
    arts = pl.DataFrame([{"article_key": stable_key(r["id"]), "title": r["title"], "body": r["body"],
                          "published_at": datetime.fromisoformat(r["published_at"])} for r in rows],
                        schema={"article_key": pl.Int64, "title": pl.Utf8, "body": pl.Utf8,
                                "published_at": pl.Datetime("us", "UTC")})
    figs = pl.DataFrame([{"article_key": stable_key(r["id"]), "category": "killed", "value": r.get("killed"),
                          "in_article_total": r.get("killed") is not None,
                          "refers_to_date": r.get("refers_to_date") and date.fromisoformat(r["refers_to_date"])}
                         for r in rows if r.get("killed") is not None or r.get("refers_to_date")],
                        schema={"article_key": pl.Int64, "category": pl.Utf8, "value": pl.Int64,
                                "in_article_total": pl.Boolean, "refers_to_date": pl.Date})
    mentions = pl.DataFrame(schema={"article_key": pl.Int64, "char_start": pl.Int64,
                                    "timex_type": pl.Utf8, "resolved_date": pl.Date})
    labels = {stable_key(r["id"]): r["incident"] for r in rows}
    return arts.lazy(), figs.lazy(), mentions.lazy(), labels


def score_incidents(name: str = "articles.jsonl") -> dict[str, float]:
    """B-cubed over events; holdout.jsonl was written after the rules were frozen."""
    arts, figs, mentions, labels = incident_inputs(name)
    dim, bridge = cluster_events(event_features(arts, figs, mentions))
    pred = dict(bridge.select("article_key", "event_key").collect().iter_rows())
    pred.update({k: ("none", k) for k in labels if k not in pred})
    clusters, golds = defaultdict(set), defaultdict(set)
    for k in labels:
        clusters[pred[k]].add(k)
        golds[labels[k]].add(k)
    prec = sum(len(clusters[pred[k]] & golds[labels[k]]) / len(clusters[pred[k]]) for k in labels) / len(labels)
    rec = sum(len(clusters[pred[k]] & golds[labels[k]]) / len(golds[labels[k]]) for k in labels) / len(labels)
    for c in clusters.values():
        if len({labels[k] for k in c}) > 1:
            print("merged:", sorted({labels[k] for k in c}))
    for g, ks in golds.items():
        if len({pred[k] for k in ks}) > 1:
            print("split:", g, len({pred[k] for k in ks}))
    return {"n": len(labels), "incidents": len(golds), "events": len(clusters), "bcubed_precision": prec,
            "bcubed_recall": rec, "bcubed_f1": 2 * prec * rec / (prec + rec)}


def main() -> dict[str, dict[str, float]]:
    out = {}
    for name, fn in [("outlet_urls", score_outlet_urls), ("credits", score_credits),
                     ("syndication", score_syndication), ("incidents", score_incidents),
                     ("incidents_holdout", lambda: score_incidents("holdout.jsonl")),
                     ("incidents_holdout2", lambda: score_incidents("holdout2.jsonl"))]:
        if name in ("outlet_urls", "credits") and not (HERE / ("outlet_urls.csv" if name == "outlet_urls" else "credits.csv")).exists():
            continue
        out[name] = fn()
        print(name, {k: round(v, 4) if isinstance(v, float) else v for k, v in out[name].items()})
    return out


if __name__ == "__main__":
    if "--write-url-set" in sys.argv:
        write_outlet_urls()
    main()
