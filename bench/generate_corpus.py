"""Deterministic generator of synthetic casualty news for `make bench`.

    python -m bench.generate_corpus --out DIR --articles N [--seed 7]

Writes `DIR/jsonl/part-00000.jsonl`, ... (1,000 lines each; keys id, title, url, published_at,
outlet, author, language, text; a few files use `body` instead of `text`) and about 2% of the
records as single pages under `DIR/pages/NNNN/` (.md with the seed-style header, bare .txt,
.html). The corpus holds wire stories reprinted by several outlets with light edits, updates
(the same JSONL `id` again later, with a new toll), background figures, numbers that are no
figures, boilerplate, and about 1% bad records (broken JSON lines, empty or missing text,
empty or binary pages). N counts every record written, bad ones included. Output is streamed:
memory stays flat at any N; the same seed gives byte-identical files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import heapq
import json
import random
import sys
import time
from pathlib import Path

from bench import corpus_world as W
from bench import sentences as S

START = dt.date(2019, 1, 1)
N_DAYS = (dt.date(2025, 12, 31) - START).days
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON_ABBR = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
EDITS = [("militants", "insurgents"), ("were killed", "died"), ("set on fire", "torched"), ("attackers", "assailants"),
         ("said on", "said on"), ("according to", "citing"), ("wounded", "injured"), ("residents", "locals"),
         ("the army", "the military"), (" told reporters", " said"), ("town", "locality"), ("statement", "communique")]
LINES_PER_FILE = 1000


def words(n: int) -> str:
    """English words for 0..999 ('twenty-one', 'one hundred and five')."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("-" + _ONES[o] if o else "")
    h, r = divmod(n, 100)
    return _ONES[h] + " hundred" + (" and " + words(r) if r else "")


def _fix_articles(t: str) -> str:
    return (t.replace("an {event}", "{a_event}").replace("An {event}", "{A_event}").replace("A {event}", "{A_event}")
            .replace("a {event}", "{a_event}").replace("a {target}", "{a_target}"))


POOLS = {name: [_fix_articles(t) for t in getattr(S, name)] for name in (
    "LEADS", "NO_DEATH_LEADS", "UPDATE_LEADS", "UPDATE_NOTES", "INJURY", "OTHER_COUNTS", "ATTRIBUTION", "QUOTES",
    "REACTION", "CONTEXT", "BACKGROUND", "NONFIGURES", "HUMAN", "ANALYSIS", "BOILERPLATE", "RELATED",
    "HEADLINES", "NO_DEATH_HEADLINES")}
FILLER = POOLS["ANALYSIS"] + POOLS["CONTEXT"] + POOLS["HUMAN"] + POOLS["REACTION"]
OUTLETS = [(n, d, c, "publisher") for n, d, c in W.PUBLISHERS]
WIRES = [(n, d, c, "wire_agency") for n, d, c in W.WIRES]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _an(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


class Generator:
    """Streams records; `pending` holds reprints and updates due later (bounded by their delay)."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.seq = 0
        self.pending: list = []

    # --- figures -------------------------------------------------------------------------
    def render(self, n: int, cap: bool = False) -> str:
        r = self.r.random()
        if r < 0.45:
            s = f"{n:,}"
        elif r < 0.65 and n < 100:
            s = words(n)
        elif r < 0.80:
            s = self.r.choice(["at least ", "more than ", "some ", "about ", "nearly ", "at least "]) + f"{n:,}"
        elif r < 0.86 and n > 5:
            lo = max(1, n - self.r.randint(1, max(2, n // 4)))
            s = f"between {lo} and {n}"
        elif r < 0.93:
            s = "at least " + (words(n) if n < 100 else f"{n:,}")
        else:
            s = self.r.choice(S.VAGUE).replace(" of", "") if n > 10 else "several"
        return _cap(s) if cap else s

    # --- one incident ----------------------------------------------------------------------
    def incident(self) -> dict:
        r = self.r
        country, code, capital, demonym, regions, towns, groups, cur = r.choice(W.COUNTRIES)
        ev = START + dt.timedelta(days=r.randrange(N_DAYS))
        lag = r.choice((0, 1, 1, 1, 2))
        pub = ev + dt.timedelta(days=lag)
        wd = WEEKDAYS[ev.weekday()]
        if lag == 0:
            day_phrase = r.choice((f"on {wd}", f"early on {wd}", f"on {wd} morning", "today", f"on {MONTHS[ev.month-1]} {ev.day}"))
        else:
            day_phrase = r.choice((f"on {wd}", f"late on {wd}", f"on {wd} night", f"on {MONTHS[ev.month-1]} {ev.day}",
                                   "yesterday" if lag == 1 else f"on {wd}"))
        roll = r.random()
        killed = 0 if roll < 0.05 else (r.randint(2, 9) if roll < 0.5 else r.randint(10, 60) if roll < 0.92 else r.randint(61, 400))
        injured = r.choice((0, 0, r.randint(1, 20), r.randint(5, 90), r.randint(2, 200)))
        bg_ev = ev - dt.timedelta(days=r.randint(20, 900))
        first, last = W.FIRST_NAMES, W.LAST_NAMES
        src = r.choice(S.SOURCES)
        attackers = r.choice(S.ATTACKERS)
        event = r.choice(S.EVENTS)
        target = r.choice(S.TARGETS)
        ctx = {
            "place": r.choice(towns), "region": r.choice(regions), "country": country, "capital": capital,
            "demonym": demonym, "group": r.choice(groups), "attackers": attackers, "attackers_cap": _cap(attackers),
            "victims": r.choice(S.VICTIMS), "weekday": wd, "day_phrase": day_phrase,
            "day_phrase_noon": f"{wd}'s", "said_day": f"on {WEEKDAYS[pub.weekday()]}", "said_weekday": WEEKDAYS[pub.weekday()],
            "date_abs": f"{MONTHS[ev.month-1]} {ev.day}", "month": MONTHS[ev.month - 1], "year": str(pub.year),
            "killed_n": str(killed), "injured": "", "injured_cap": "",
            "source": src, "source_cap": _cap(src), "source_short": _cap(src.replace("the ", "")),
            "official": f"{r.choice(S.OFFICIAL_TITLES)} {r.choice(first)} {r.choice(last)}",
            "spokesman": f"{r.choice(('Army', 'Police', 'Government', 'Military'))} spokesman {r.choice(first)} {r.choice(last)}",
            "witness": f"{r.choice(first)} {r.choice(last)}", "age": str(r.randint(19, 75)), "age2": str(r.randint(16, 40)),
            "money": r.choice((f"{cur} {r.randint(2, 900)} million", f"${r.randint(1, 90)}.{r.randint(1, 9)} million",
                               f"{r.randint(5, 500)},000 {cur}" if len(cur) > 3 else f"{cur}{r.randint(2, 900)},000")),
            "force": f"{r.randint(1, 12)},{r.choice(('000', '500', '200'))}", "bg_year": str(r.randint(2009, min(ev.year - 1, 2024))),
            "bg_killed": str(r.randint(3, 150)), "bg_total": f"{r.randint(2, 60)},{r.randint(0, 9)}00",
            "bg_month": MONTHS[bg_ev.month - 1], "bg_place": r.choice(towns),
            "displaced": f"{r.randint(2, 90)},{r.choice(('000', '500'))}", "kidnapped": str(r.randint(2, 120)),
            "missing": str(r.randint(2, 60)), "arrested": str(r.randint(2, 40)), "survivors": str(r.randint(2, 80)),
            "event": event, "event_cap": _cap(event), "a_event": _an(event), "A_event": _cap(_an(event)),
            "target": target, "a_target": _an(target), "weapon": r.choice(S.WEAPONS), "org": r.choice(S.ORGS),
            "hospital": r.choice((f"the main hospital in {capital}", "the district hospital", f"{r.choice(towns)} referral hospital")),
            "minutes": str(r.randint(15, 240)), "km": str(r.randint(20, 900)), "n_small": str(r.randint(2, 9)),
            "views": f"{r.randint(100, 9999):,}", "reporter": f"{r.choice(first)} {r.choice(last)}",
            "editor": f"{r.choice(first)} {r.choice(last)}", "prev_killed": "",
        }
        for k in ("kidnapped", "missing", "survivors"):
            ctx[k + "_cap"] = _cap(words(int(ctx[k])) if r.random() < 0.3 else ctx[k])
        ctx["related"] = r.choice(S.RELATED).format_map(ctx)
        return {"ctx": ctx, "killed": killed, "injured": injured, "ev": ev, "pub": pub, "code": code}

    def set_toll(self, inc: dict, killed: int) -> dict:
        ctx = dict(inc["ctx"])
        ctx["killed_n"] = str(killed)
        ctx["killed"] = self.render(killed)
        ctx["killed_cap"] = _cap(ctx["killed"])
        ctx["killed_h"] = str(killed) if killed > 9 or self.r.random() < 0.7 else words(killed)
        if inc["injured"]:
            ctx["injured"] = self.render(inc["injured"])
            ctx["injured_cap"] = _cap(ctx["injured"])
        return ctx

    # --- text -------------------------------------------------------------------------------
    def body(self, inc: dict, ctx: dict, outlet: str, dateline: str, update_of: int | None = None) -> tuple[str, str]:
        r, P = self.r, POOLS
        ctx["outlet_name"] = outlet
        target = int(r.triangular(300, 1200, 520))
        if update_of is not None:
            lead, head_pool = r.choice(P["UPDATE_LEADS"]), P["HEADLINES"]
        elif inc["killed"] == 0:
            lead, head_pool = r.choice(P["NO_DEATH_LEADS"]), P["NO_DEATH_HEADLINES"]
        else:
            lead, head_pool = r.choice(P["LEADS"]), P["HEADLINES"]
        title = _cap(r.choice(head_pool).format_map(ctx))
        parts = [dateline + lead.format_map(ctx)]
        if inc["injured"] and update_of is None and r.random() < 0.8:
            parts.append(r.choice(P["INJURY"]).format_map(ctx))
        if r.random() < 0.35:
            parts.append(r.choice(P["OTHER_COUNTS"]).format_map(ctx))
        for pool, lo, hi in (("ATTRIBUTION", 2, 4), ("QUOTES", 1, 3), ("HUMAN", 1, 2), ("CONTEXT", 2, 4),
                             ("BACKGROUND", 1, 2), ("REACTION", 0, 2), ("NONFIGURES", 1, 3)):
            parts.extend(t.format_map(ctx) for t in r.sample(P[pool], r.randint(lo, hi)))
        head, rest = parts[:2], parts[2:]
        r.shuffle(rest)
        parts = head + rest
        if update_of is not None and r.random() < 0.7:
            parts.append(r.choice(P["UPDATE_NOTES"]).format_map(ctx))
        n_words = sum(p.count(" ") + 1 for p in parts)
        extra = r.sample(FILLER, min(len(FILLER), 75))
        for t in extra:
            if n_words >= target:
                break
            s = t.format_map(ctx)
            w = s.count(" ") + 1
            if n_words + w > 1150:
                break
            parts.insert(r.randint(3, len(parts)), s)
            n_words += w
        while n_words > 1150 and len(parts) > 6:
            n_words -= parts.pop().count(" ") + 1
        paras, k = parts[:2], 2
        while k < len(parts):  # 1-3 sentences a paragraph
            step = r.choice((1, 2, 2, 3))
            paras.append(" ".join(parts[k:k + step]))
            k += step
        parts = paras
        if r.random() < 0.3:  # scraped boilerplate
            for t in r.sample(P["BOILERPLATE"], r.randint(1, 4)):
                s = t.format_map(ctx)
                if n_words + s.count(" ") + 1 <= 1195:
                    parts.insert(r.randint(2, len(parts)), s)
                    n_words += s.count(" ") + 1
        return title, "\n\n".join(parts)

    def dateline(self, inc: dict, wire: str | None) -> str:
        r, ctx, pub = self.r, inc["ctx"], inc["pub"]
        city = (ctx["capital"] if r.random() < 0.5 else ctx["place"]).upper()
        if wire is None:
            return r.choice(("", "", f"{city} – ", f"{city}, {ctx['country']} – ", f"{city}, {MON_ABBR[pub.month-1]} {pub.day} – "))
        tag = W.WIRE_TAGS[wire]
        return r.choice((f"{city}, {MON_ABBR[pub.month-1]} {pub.day} ({tag}) - ", f"{city}, {ctx['country']} ({tag}) — ",
                         f"{city}, {pub.day} {MONTHS[pub.month-1]} ({tag}) - ", f"{city} ({tag}) - "))

    # --- records ----------------------------------------------------------------------------
    def record(self, outlet: tuple, inc: dict, title: str, text: str, author: str, pub: dt.date) -> dict:
        r = self.r
        self.seq += 1
        name, domain = outlet[0], outlet[1]
        slug = "-".join(title.lower().replace(",", "").replace("'", "").replace(":", "").split()[:9])
        hh, mm = r.randint(0, 23), r.randint(0, 59)
        style = r.random()
        if style < 0.5:
            published = f"{pub.isoformat()}T{hh:02d}:{mm:02d}:{r.randint(0, 59):02d}Z"
        elif style < 0.8:
            published = f"{pub.isoformat()}T{hh:02d}:{mm:02d}:00+0{r.randint(0, 5)}:00"
        elif style < 0.95:
            published = pub.isoformat()
        else:
            published = None
        rec = {"id": f"{domain.split('.')[0]}-{self.seq:09d}", "title": title,
               "url": f"https://www.{domain}/news/{pub.year}/{pub.month:02d}/{slug}-{self.seq}/",
               "published_at": published, "outlet": name, "author": author, "language": "en", "text": text}
        if published is None:
            del rec["published_at"]
        if r.random() < 0.1:
            del rec["outlet"]
        return rec

    def light_edit(self, text: str) -> str:
        r = self.r
        paras = text.split("\n\n")
        for _ in range(r.randint(0, 2)):
            if len(paras) > 8:
                del paras[r.randint(3, len(paras) - 1)]
        text = "\n\n".join(paras)
        for a, b in r.sample(EDITS, 3):
            text = text.replace(a, b, 1)
        return text

    def new_story(self, i: int) -> dict:
        r = self.r
        inc = self.incident()
        ctx = self.set_toll(inc, inc["killed"])
        is_wire = r.random() < 0.3
        if not is_wire:
            outlet = r.choice(OUTLETS)
            author = r.choice((ctx["reporter"], ctx["reporter"], "Staff reporter", f"{ctx['reporter']} and {ctx['editor']}"))
            title, text = self.body(inc, ctx, outlet[0], self.dateline(inc, None))
            rec = self.record(outlet, inc, title, text, author, inc["pub"])
        else:
            wire = r.choice(WIRES)
            title, text = self.body(inc, ctx, wire[0], self.dateline(inc, wire[0]))
            rec = self.record(wire, inc, title, text, wire[0], inc["pub"])
            for k in range(r.randint(1, 3)):  # reprints with light edits and new headlines
                outlet = r.choice(OUTLETS)
                head = _cap(r.choice(POOLS["HEADLINES"]).format_map(ctx)) if inc["killed"] else title
                copy = self.record(outlet, inc, head, self.light_edit(text), r.choice((wire[0], wire[0].upper(), f"{outlet[0]} with {wire[0]}")), inc["pub"])
                heapq.heappush(self.pending, (i + r.randint(1, 40), self.seq, "rec", copy))
        if inc["killed"] and r.random() < 0.08:  # an update of the same id later, with a new toll
            heapq.heappush(self.pending, (i + r.randint(20, 3000), self.seq, "upd", (inc, rec)))
            rec["_keep_jsonl"] = True  # the update reuses this id, so the original must be a JSONL line
        return rec

    def update(self, inc: dict, old: dict) -> dict:
        r = self.r
        prev = inc["killed"]
        new = prev + r.randint(1, max(2, prev // 2)) if r.random() < 0.85 else max(1, prev - r.randint(1, max(1, prev // 3)))
        later = inc["pub"] + dt.timedelta(days=r.randint(1, 3))
        inc2 = dict(inc, pub=later, killed=new)
        ctx = self.set_toll(inc2, new)
        ctx["prev_killed"] = str(prev)
        ctx["said_day"] = f"on {WEEKDAYS[later.weekday()]}"
        ctx["said_weekday"] = WEEKDAYS[later.weekday()]
        title, text = self.body(inc2, ctx, old.get("outlet") or "", "", update_of=prev)
        rec = dict(old, title=title, text=text)
        rec.pop("_keep_jsonl", None)
        rec["published_at"] = f"{later.isoformat()}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:00Z"
        return rec

    def stream(self, n: int):
        """Yields n records: dict, or ('bad', kind) markers."""
        r = self.r
        for i in range(n):
            if r.random() < 0.01:
                yield ("bad", r.choice(("broken_json", "empty_text", "no_text", "blank_text", "broken_json")))
                continue
            if self.pending and self.pending[0][0] <= i:
                _, _, kind, payload = heapq.heappop(self.pending)
                yield payload if kind == "rec" else ("upd", self.update(*payload))
                continue
            yield self.new_story(i)


# --- page renderers (md / txt / html) ---------------------------------------------------------
def _md(rec: dict) -> str:
    pub = rec.get("published_at") or "2020-01-01"
    if len(pub) == 10:
        pub += "T00:00:00+00:00"
    paras = rec["text"].split("\n\n")
    lead = "\n\n".join(f"        {p}\n      " for p in paras[:2])
    return (f"\n# {rec['title']}\n\nPublished at: **{pub.replace('Z', '+00:00')}**\n\nAuthor: **{rec.get('author', '')}**\n\n"
            f"Original: [{rec.get('outlet') or 'Unknown'}]({rec['url']})\n\n\n{lead}\nADVERTISEMENT\n"
            + "\n".join(paras[2:]) + "\nGET TOP NEWS FOR THE DAY DIRECT TO YOUR INBOX\n")


def _txt(rec: dict, r: random.Random) -> str:
    paras = rec["text"].split("\n\n")
    cap = f"File photo from the area. / {r.choice(('AFP', 'Reuters', 'AP'))} / {r.choice(W.FIRST_NAMES)} {r.choice(W.LAST_NAMES).upper()}"
    return f"{rec['title']}\n\n{paras[0]}\n\n{cap}\n\n" + "\n\n".join(paras[1:]) + "\n"


def _html(rec: dict, r: random.Random) -> str:
    from html import escape
    pub = rec.get("published_at") or ""
    meta = f'<meta property="article:published_time" content="{pub}">\n' if pub else ""
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": rec["title"], "datePublished": pub,
                     "author": {"@type": "Person", "name": rec.get("author", "")}}, ensure_ascii=False)
    body = "\n".join(f"<p>{escape(p)}</p>" for p in rec["text"].split("\n\n"))
    credit = r.choice(("Photo: AFP", "Photo: Reuters", "(AP Photo)", "Photo | EFE"))
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{escape(rec['title'])}</title>\n"
            f"<meta property=\"og:site_name\" content=\"{escape(rec.get('outlet') or '')}\">\n{meta}"
            f"<script type=\"application/ld+json\">{ld}</script></head>\n<body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> "
            f"<a href=\"/sport\">Sport</a></nav><div class=\"ad\">Advertisement</div>\n<article><h1>{escape(rec['title'])}</h1>\n"
            f"<p class=\"byline\">By {escape(rec.get('author', ''))}</p><time datetime=\"{pub}\">{pub[:10]}</time>\n"
            f"<figure><img src=\"/img/1.jpg\" alt=\"\"><figcaption>Scene of the attack. {credit}</figcaption></figure>\n"
            f"{body}\n</article><footer>&copy; All rights reserved. Privacy Policy</footer></body></html>\n")


class Writer:
    def __init__(self, out: Path, seed: int):
        self.out, self.r = out, random.Random(seed + 1)
        (out / "jsonl").mkdir(parents=True, exist_ok=True)
        self.part, self.lines, self.fh, self.pages = -1, LINES_PER_FILE, None, 0
        self.body_key = False
        self.counts = {"jsonl": 0, "pages": 0, "bad": 0, "updates": 0}

    def _line(self, line: str):
        if self.lines >= LINES_PER_FILE:
            if self.fh:
                self.fh.close()
            self.part += 1
            self.lines = 0
            self.body_key = self.r.random() < 0.05
            ext = "ndjson" if self.r.random() < 0.1 else "jsonl"
            self.fh = open(self.out / "jsonl" / f"part-{self.part:05d}.{ext}", "w", encoding="utf-8", newline="\n")
        self.fh.write(line + "\n")
        self.lines += 1

    def _page_path(self, ext: str) -> Path:
        d = self.out / "pages" / f"{self.pages // 1000:04d}"
        if self.pages % 1000 == 0:
            d.mkdir(parents=True, exist_ok=True)
        self.pages += 1
        return d / f"article-{self.pages:07d}.{ext}"

    def write(self, item):
        r = self.r
        if isinstance(item, tuple) and item[0] == "bad":
            self.counts["bad"] += 1
            kind = item[1]
            if r.random() < 0.03:
                if r.random() < 0.5:
                    self._page_path("md").write_bytes(b"")
                else:
                    self._page_path("txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(r.randrange(256) for _ in range(24)))
                return
            rid = f"bad-{self.counts['bad']:07d}"
            if kind == "broken_json":
                line = json.dumps({"id": rid, "title": "Breaking", "text": "NAIROBI - Police said on Monday that gunmen had"})
                self._line(line[: r.randint(10, len(line) - 5)])
            elif kind == "empty_text":
                self._line(json.dumps({"id": rid, "title": "Photo gallery", "text": ""}))
            elif kind == "blank_text":
                self._line(json.dumps({"id": rid, "title": "Video", "text": " \n  "}))
            else:
                self._line(json.dumps({"id": rid, "title": "Live updates", "url": f"https://example.org/live/{rid}"}))
            return
        if isinstance(item, tuple):  # update: always JSONL (same id)
            self.counts["updates"] += 1
            item = item[1]
        keep_jsonl = item.pop("_keep_jsonl", False)
        if not keep_jsonl and r.random() < 0.02:
            self.counts["pages"] += 1
            kind = r.choice(("md", "md", "txt", "html"))
            text = _md(item) if kind == "md" else _txt(item, r) if kind == "txt" else _html(item, r)
            self._page_path(kind).write_text(text, encoding="utf-8")
            return
        self.counts["jsonl"] += 1
        if self.body_key:
            item = {("body" if k == "text" else k): v for k, v in item.items()}
        self._line(json.dumps(item, ensure_ascii=False))

    def close(self):
        if self.fh:
            self.fh.close()


def generate(out: Path | str, articles: int, seed: int = 7) -> dict:
    """Write `articles` records under `out`; returns counts by kind."""
    out = Path(out)
    gen, writer = Generator(seed), Writer(out, seed)
    try:
        for item in gen.stream(articles):
            writer.write(item)
    finally:
        writer.close()
    return writer.counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    t0 = time.perf_counter()
    counts = generate(a.out, a.articles, a.seed)
    print(f"wrote {a.articles:,} records to {a.out} in {time.perf_counter() - t0:.1f}s: {counts}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
