"""Publication dates of HTML pages (tests/eval/pubdate/pages.jsonl) through the real HTML
path (`transforms.html_page.parse_html_page`): share of dated pages whose day is right, share
of pages with a time of day whose UTC instant is right, and share of undated pages left null.
Usage: python tests/eval/score_pubdate.py [--errors]"""
from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from transforms.html_page import parse_html_page  # noqa: E402

PAGES = Path(__file__).parent / "pubdate" / "pages.jsonl"


def score(show_errors: bool = False) -> dict:
    dated = day_ok = timed = time_ok = undated = null_ok = 0
    wrong: Counter = Counter()
    for line in PAGES.read_text().splitlines():
        page = json.loads(line)
        found = parse_html_page(page["html"]).get("given_published_at")
        got = dt.datetime.fromisoformat(found) if found else None
        if page["expect_date"] is None:
            undated += 1
            null_ok += got is None
            ok = got is None
        else:
            dated += 1
            ok = got is not None and got.date().isoformat() == page["expect_date"]
            day_ok += ok
            if page["expect_time"]:
                timed += 1
                want = dt.datetime.fromisoformat(page["expect_utc"].replace("Z", "+00:00"))
                good = got is not None and got == want
                time_ok += good
                ok = ok and good
        if not ok:
            wrong[page["style"]] += 1
            if show_errors:
                print(page["id"], "want", page["expect_utc"] or page["expect_date"], "got", found)
    return {"pages": dated + undated, "dated": dated, "day_acc": round(day_ok / dated, 3),
            "timed": timed, "utc_instant_acc": round(time_ok / timed, 3),
            "undated": undated, "null_when_undated": round(null_ok / undated, 3),
            "errors_by_style": dict(wrong)}


if __name__ == "__main__":
    print("pubdate", score("--errors" in sys.argv))
