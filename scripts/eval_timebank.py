"""Score the timex tagger on TBAQ-cleaned (TimeBank 1.2 + AQUAINT), read in place (never copied).

`python scripts/eval_timebank.py [DIR] [--errors]`; DIR defaults to ../shared/dev/timeml. The DCT
(TIMEX3 tid t0) is the document date; tags inside <TEXT> are stripped to get text and gold spans.
"""
from __future__ import annotations

import re
import sys
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "eval"))
from score_timex import report, score, tag  # noqa: E402

_TAG = re.compile(r"<(/?)([A-Z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse(path: Path) -> dict:
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>\s*<TIMEX3[^>]*value="([^"]+)"', raw).group(1)[:10]
    body = raw[raw.index("<TEXT>") + 6 : raw.index("</TEXT>")]
    text, spans, open_t, pos = [], [], None, 0
    for m in _TAG.finditer(body):
        text.append(unescape(body[pos : m.start()]))
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        off = sum(len(t) for t in text)
        if not m.group(1):
            open_t = (off, dict(_ATTR.findall(m.group(3))))
        elif open_t:
            start, attrs = open_t
            spans.append({"start": start, "end": off, "type": attrs.get("type"), "value": attrs.get("value")})
            open_t = None
    text.append(unescape(body[pos:]))
    full = "".join(text)
    for s in spans:
        s["text"] = full[s["start"] : s["end"]]
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", dct):
        dct = None
    return {"id": path.name, "dct": dct, "text": full, "timexes": spans}


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    base = Path(args[0]) if args else ROOT.parent / "shared" / "dev" / "timeml"
    for sub in ("TimeBank", "AQUAINT", None):
        files = sorted((base / sub).glob("*.tml")) if sub else sorted(base.glob("*/*.tml"))
        docs = [parse(f) for f in files]
        res = score(docs, tag(docs), errors="--errors" in argv and sub is None)
        report(res, f"{sub or 'TimeBank+AQUAINT'}: {len(docs)} docs, {sum(len(d['timexes']) for d in docs)} gold")


if __name__ == "__main__":
    main(sys.argv[1:])
