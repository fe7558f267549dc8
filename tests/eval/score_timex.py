"""Score `transforms.timex.extract_date_mentions` against hand-annotated TimeML-style paragraphs.

Run `python tests/eval/score_timex.py` (add `--rebuild` to regenerate `timex/docs.jsonl` from the
inline-annotated `timex/paragraphs.txt`, `--errors` to list misses). Scores follow TempEval-3:
relaxed span (any overlap, one-to-one), strict span (same offsets), and value F1 (value correct
among relaxed-matched spans: P = correct / system mentions, R = correct / gold mentions).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

import polars as pl

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PARAGRAPHS = HERE / "timex" / "paragraphs.txt"
DOCS = HERE / "timex" / "docs.jsonl"
TYPES = {"D": "DATE", "T": "TIME", "U": "DURATION", "S": "SET"}
_MARK = re.compile(r"\[([^\]|]+)\|([DTUS])\|([^\]]+)\]")


def build_docs(source: Path = PARAGRAPHS) -> list[dict]:
    """Parse `@ DCT` paragraphs with `[text|T|value]` marks into {id, dct, text, timexes}."""
    docs, dct, lines = [], None, []

    def flush() -> None:
        if dct and lines:
            raw, text, spans, pos = " ".join(lines), [], [], 0
            for m in _MARK.finditer(raw):
                text.append(raw[pos : m.start()])
                start = sum(len(t) for t in text)
                text.append(m.group(1))
                spans.append({"text": m.group(1), "start": start, "end": start + len(m.group(1)),
                              "type": TYPES[m.group(2)], "value": m.group(3)})
                pos = m.end()
            text.append(raw[pos:])
            docs.append({"id": f"p{len(docs) + 1:03d}", "dct": dct, "text": "".join(text), "timexes": spans})

    for line in source.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("@ "):
            flush()
            dct, lines = line[2:].strip(), []
        elif line.strip():
            lines.append(line.strip())
    flush()
    return docs


def load_docs() -> list[dict]:
    return [json.loads(x) for x in DOCS.read_text(encoding="utf-8").splitlines() if x.strip()]


def tag(docs: list[dict]) -> dict[int, list[dict]]:
    sys.path.insert(0, str(ROOT))
    from transforms.timex import extract_date_mentions

    frame = pl.LazyFrame({
        "article_key": list(range(len(docs))),
        "body": [d["text"] for d in docs],
        "published_at": [dt.datetime.fromisoformat(d["dct"]).replace(tzinfo=dt.timezone.utc) if d["dct"] else None for d in docs],
    }, schema={"article_key": pl.Int64, "body": pl.Utf8, "published_at": pl.Datetime("us", "UTC")})
    out: dict[int, list[dict]] = {i: [] for i in range(len(docs))}
    for r in extract_date_mentions(frame).collect().iter_rows(named=True):
        out[r["article_key"]].append({"text": r["mention_text"], "start": r["char_start"], "end": r["char_end"],
                                      "type": r["timex_type"], "value": r["timex_value"]})
    return out


def _prf(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[dict], system: dict[int, list[dict]], errors: bool = False) -> dict:
    """TempEval-3 style scores, overall and per type (gold type for recall, system type for precision)."""
    keys = ["ALL", "DATE", "TIME", "DURATION", "SET"]
    c = {k: dict(gold=0, sys=0, rel_g=0, rel_s=0, strict=0, strict_s=0, val_g=0, val_s=0) for k in keys}
    for i, d in enumerate(docs):
        gold, sysm = d["timexes"], sorted(system.get(i, []), key=lambda m: m["start"])
        used: set[int] = set()
        for g in gold:
            for k in ("ALL", g["type"]):
                c[k]["gold"] += 1
        for s in sysm:
            for k in ("ALL", s["type"]):
                c[k]["sys"] += 1
        for gi, g in enumerate(gold):
            best = None
            for si, s in enumerate(sysm):
                if si in used or s["end"] <= g["start"] or s["start"] >= g["end"]:
                    continue
                if best is None or (s["start"], s["end"]) == (g["start"], g["end"]):
                    best = si
            if best is None:
                if errors:
                    print(f"MISS  {d['id']} {d['dct']} {g['text']!r} {g['type']} {g['value']}")
                continue
            used.add(best)
            s = sysm[best]
            ok_val = s["value"] == g["value"]
            for k in ("ALL", g["type"]):
                c[k]["rel_g"] += 1
                c[k]["strict"] += (s["start"], s["end"]) == (g["start"], g["end"])
                c[k]["val_g"] += ok_val
            for k in {"ALL", s["type"]} if s["type"] in c else {"ALL"}:
                c[k]["rel_s"] += 1
                c[k]["strict_s"] += (s["start"], s["end"]) == (g["start"], g["end"])
                c[k]["val_s"] += ok_val
            if errors and not ok_val:
                print(f"VALUE {d['id']} {d['dct']} {g['text']!r}/{s['text']!r} gold={g['type']} {g['value']} sys={s['type']} {s['value']}")
        if errors:
            for si, s in enumerate(sysm):
                if si not in used:
                    print(f"EXTRA {d['id']} {d['dct']} {s['text']!r} {s['type']} {s['value']}")
    res = {}
    for k, v in c.items():
        rel = _prf(v["rel_s"], v["sys"], v["rel_g"], v["gold"])
        strict = _prf(v["strict_s"], v["sys"], v["strict"], v["gold"])
        val = _prf(v["val_s"], v["sys"], v["val_g"], v["gold"])
        res[k] = {"gold": v["gold"], "sys": v["sys"], "relaxed_p": rel[0], "relaxed_r": rel[1], "relaxed_f1": rel[2],
                  "strict_f1": strict[2], "value_p": val[0], "value_r": val[1], "value_f1": val[2]}
    return res


def report(res: dict, title: str) -> None:
    print(title)
    print(f"{'type':9} {'gold':>5} {'sys':>5} {'relP':>6} {'relR':>6} {'relF1':>6} {'strF1':>6} {'valP':>6} {'valR':>6} {'valF1':>6}")
    for k, v in res.items():
        print(f"{k:9} {v['gold']:5d} {v['sys']:5d} {v['relaxed_p']:6.3f} {v['relaxed_r']:6.3f} {v['relaxed_f1']:6.3f} "
              f"{v['strict_f1']:6.3f} {v['value_p']:6.3f} {v['value_r']:6.3f} {v['value_f1']:6.3f}")


def main(argv: list[str]) -> None:
    if "--paragraphs" in argv:  # score another annotated file (a blind batch) without touching docs.jsonl
        path = Path(argv[argv.index("--paragraphs") + 1])
        docs = build_docs(path)
        res = score(docs, tag(docs), errors="--errors" in argv)
        report(res, f"{path.name}: {len(docs)} paragraphs, {sum(len(d['timexes']) for d in docs)} gold time expressions")
        return
    if "--rebuild" in argv or not DOCS.exists():
        docs = build_docs()
        DOCS.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    docs = load_docs()
    res = score(docs, tag(docs), errors="--errors" in argv)
    report(res, f"Own set: {len(docs)} paragraphs, {sum(len(d['timexes']) for d in docs)} gold time expressions")


if __name__ == "__main__":
    main(sys.argv[1:])
