"""Writes pages.jsonl: HTML article pages in the ways real news sites mark (or hide) their
publication date, each labelled with the true publication instant.

Styles cover what the issue asks to be read (meta tags, JSON-LD, <time>, URL paths, visible
bylines) and the traps that make scrapers wrong: a later "modified"/"updated" date, related
articles and comments with other dates in sidebars, copyright years in footers, local time
zones, and pages with no date at all (label null: the right answer is none).
`expect_time` says whether the page gives a time of day (then the UTC instant is scored);
otherwise only the day is. Deterministic: python tests/eval/pubdate/make_set.py
"""
from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("pages.jsonl")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ZONES = [("+00:00", 0), ("+03:00", 180), ("-05:00", -300), ("+01:00", 60), ("+05:30", 330),
         ("+08:00", 480), ("-03:00", -180), ("+02:00", 120)]
SITES = [("dailynation.example.ke", "Daily Sentinel"), ("lagosherald.example.ng", "Lagos Herald"),
         ("sahelwatch.example.org", "Sahel Watch"), ("thecapitalpost.example.com", "The Capital Post"),
         ("gazette-du-nord.example.fr", "La Gazette du Nord"), ("eldiario-sur.example.es", "El Diario del Sur"),
         ("frontierpress.example.pk", "Frontier Press"), ("riverstate.example.ng", "River State Times")]
STORIES = [
    ("Gunmen kill seven in raid on village market",
     ["Gunmen on motorcycles killed seven people and wounded 11 others in a raid on a village market, local officials said.",
      "Residents said the attackers opened fire on traders before setting stalls alight and fleeing into the bush.",
      "Police said a search operation was under way and that two suspects had been detained."]),
    ("Floods displace thousands after river bursts its banks",
     ["More than 4,000 people have been displaced after the river burst its banks following days of heavy rain, the emergency agency said.",
      "At least three people drowned and several others were missing, a spokeswoman told reporters.",
      "Aid groups said camps for the displaced lacked clean water and shelter."]),
    ("Bus crash on highway leaves 14 dead",
     ["Fourteen passengers were killed when a bus collided with a fuel tanker on the main highway, police said.",
      "Twenty-two people were taken to hospital, four of them in a critical condition.",
      "The driver of the tanker fled the scene, according to witnesses."]),
    ("Army says it repelled attack on base",
     ["The army said it repelled an attack on a base in the north, killing 12 assailants, while two soldiers died.",
      "A military spokesman said troops recovered weapons and motorcycles after the fighting.",
      "The claim could not be independently verified."]),
    ("Protesters clash with police over fuel prices",
     ["Police fired tear gas at hundreds of protesters demonstrating against a rise in fuel prices in the capital.",
      "Rights groups said at least 40 people were arrested and several were hurt.",
      "The government said the price rise was needed to fund public services."]),
]


def _date_words(d: dt.datetime, style: int) -> str:
    return [f"{MONTHS[d.month - 1]} {d.day}, {d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"][style % 4]


def _clock(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"


def _page(head: str, article: str, aside: str = "", footer: str = "") -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
            f"<main><article>{article}</article>{aside}</main>"
            f"<footer>{footer or '<p>Contact us | Advertise | Privacy</p>'}</footer></body></html>")


def _body(title: str, paras: list[str], extra_top: str = "") -> str:
    return f"<h1>{title}</h1>{extra_top}" + "".join(f"<p>{p}</p>" for p in paras)


def _related(rng: random.Random, d: dt.datetime) -> str:
    items = []
    for _ in range(3):
        other = d + dt.timedelta(days=rng.choice([-40, -9, -3, 2, 5, 30]))
        items.append(f"<li><a href='/news/x{rng.randint(100, 999)}'>Earlier report</a> "
                     f"<time datetime='{other:%Y-%m-%d}'>{_date_words(other, 0)}</time></li>")
    return f"<aside><h3>Related</h3><ul>{''.join(items)}</ul></aside>"


def _comments(d: dt.datetime) -> str:
    later = d + dt.timedelta(days=3, hours=5)
    return (f"<section class='comments'><p>Reader comment posted {_date_words(later, 0)}: Sad news.</p>"
            "</section>")


def build(n_per_style: int = 8, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    rows = []

    def instant() -> tuple[dt.datetime, str, int]:
        local = dt.datetime(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28),
                            rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        zone, minutes = rng.choice(ZONES)
        return local, zone, minutes

    def add(style: str, html: str, local: dt.datetime | None, minutes: int, with_time: bool) -> None:
        utc = None if local is None else local - dt.timedelta(minutes=minutes)
        rows.append({"id": f"{style}-{len(rows):03d}", "style": style, "html": html,
                     "expect_date": None if utc is None else (utc if with_time else local).date().isoformat(),
                     "expect_utc": utc.isoformat() + "Z" if (utc is not None and with_time) else None,
                     "expect_time": with_time})

    for i in range(n_per_style):
        title, paras = STORIES[i % len(STORIES)]
        domain, name = SITES[i % len(SITES)]
        slug = title.lower().replace(" ", "-")

        local, zone, minutes = instant()
        modified = local + dt.timedelta(days=rng.randint(1, 20), hours=3)
        head = (f"<title>{title} | {name}</title><meta property='og:site_name' content='{name}'>"
                f"<meta property='article:published_time' content='{local:%Y-%m-%dT%H:%M:%S}{zone}'>"
                f"<meta property='article:modified_time' content='{modified:%Y-%m-%dT%H:%M:%S}{zone}'>"
                f"<link rel='canonical' href='https://{domain}/news/{slug}'>")
        add("og_meta_with_later_modified", _page(head, _body(title, paras), _related(rng, local)),
            local, minutes, True)

        local, zone, minutes = instant()
        modified = local + dt.timedelta(hours=rng.randint(2, 60))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
              "datePublished": f"{local:%Y-%m-%dT%H:%M:%S}{zone}",
              "dateModified": f"{modified:%Y-%m-%dT%H:%M:%S}{zone}",
              "publisher": {"@type": "Organization", "name": name}}
        if i % 2:
            ld = {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": name}, ld]}
        head = f"<title>{title}</title><script type='application/ld+json'>{json.dumps(ld)}</script>"
        add("json_ld", _page(head, _body(title, paras), _related(rng, local), _comments(local)),
            local, minutes, True)

        local, zone, minutes = instant()
        stamp = f"{local:%Y-%m-%dT%H:%M:%S}{zone}"
        top = (f"<div class='meta'>By Staff Reporter | <time datetime='{stamp}' pubdate>"
               f"{_date_words(local, i)} {_clock(local)}</time></div>")
        add("time_element_with_sidebar", _page(f"<title>{title}</title>", _body(title, paras, top),
                                               _related(rng, local)), local, minutes, True)

        local, zone, minutes = instant()
        head = (f"<title>{title}</title><meta itemprop='datePublished' content='{local:%Y-%m-%d}'>"
                f"<meta name='pubdate' content='{local:%Y%m%d}'>")
        add("itemprop_and_pubdate_day", _page(head, _body(title, paras),
                                              footer=f"<p>© {local.year + 2} {name}</p>"), local, 0, False)

        local, zone, minutes = instant()
        head = (f"<title>{title}</title><meta name='DC.date.issued' content='{local:%Y-%m-%d}'>"
                f"<meta name='sailthru.date' content='{local:%Y-%m-%d %H:%M:%S}'>")
        add("dublin_core_and_sailthru", _page(head, _body(title, paras)), local, 0, False)

        local, zone, minutes = instant()
        head = (f"<title>{title}</title><link rel='canonical' "
                f"href='https://{domain}/{local:%Y/%m/%d}/{slug}/'>")
        add("url_path_only", _page(head, _body(title, paras)), local, 0, False)

        local, zone, minutes = instant()
        updated = local + dt.timedelta(days=rng.randint(1, 9))
        top = (f"<p class='byline'>By A. Correspondent</p><p class='dateline-info'>Published "
               f"{_date_words(local, i + 1)}, {_clock(local)} · Updated {_date_words(updated, i + 1)}</p>")
        add("visible_published_and_updated", _page(f"<title>{title}</title>", _body(title, paras, top),
                                                   footer=f"<p>Copyright {updated.year} {name}</p>"),
            local, 0, False)

        local, zone, minutes = instant()
        if i % 2:
            words = f"Publié le {local.day} {MONTHS_FR[local.month - 1]} {local.year} à {local:%Hh%M}"
        else:
            words = f"Publicado el {local.day} de {MONTHS_ES[local.month - 1]} de {local.year}"
        head = (f"<title>{title}</title><meta property='article:published_time' "
                f"content='{local:%Y-%m-%dT%H:%M:%S}{zone}'>")
        add("non_english_page_with_meta", _page(head, _body(title, paras, f"<p class='date'>{words}</p>")),
            local, minutes, True)

        # No publication date anywhere (at most a copyright year): the right answer is none.
        local, zone, minutes = instant()
        footer = f"<p>© {local.year} {name}. All rights reserved.</p>" if i % 2 else ""
        add("no_date", _page(f"<title>{title}</title>", _body(title, paras), footer=footer),
            None, 0, False)
    return rows


# Hand-written pages for traps the styles above do not reach: (id, html, day, UTC instant or None).
_P = "<p>Gunmen killed four people in an attack on a checkpoint on Friday, November 1, 2019, officials said.</p>"
HANDWRITTEN = [
    ("updated_time_first", "<html><body><article><h1>Toll rises</h1><time class='updated' datetime='2019-11-04T10:00:00Z'>"
     "Updated Nov 4</time> <time class='published' datetime='2019-11-02T06:42:14Z'>Nov 2</time>" + _P + "</article></body></html>",
     "2019-11-02", "2019-11-02T06:42:14Z"),
    ("item_prop_modified_first", "<html><head><meta itemprop='dateModified' content='2019-11-09'>"
     "<meta itemprop='datePublished' content='2019-11-02'></head><body><article>" + _P + "</article></body></html>",
     "2019-11-02", None),
    ("rfc822_meta", "<html><head><meta name='pubdate' content='Sat, 02 Nov 2019 06:42:14 GMT'></head><body><article>"
     + _P + "</article></body></html>", "2019-11-02", None),
    ("broken_json_ld_then_meta", "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
     "\"datePublished\": </script><meta property='article:published_time' content='2019-11-02T08:00:00+01:00'></head>"
     "<body><article>" + _P + "</article></body></html>", "2019-11-02", "2019-11-02T07:00:00Z"),
    ("abbr_published", "<html><body><article><h1>Attack</h1><p>By Staff <abbr class='published' "
     "title='2019-11-02T09:42:14+03:00'>2 Nov 2019</abbr></p>" + _P + "</article></body></html>", "2019-11-02", None),
    ("body_date_only", "<html><body><article><h1>Attack on checkpoint</h1>" + _P + "</article></body></html>", None, None),
    ("url_path_with_old_sidebar", "<html><head><link rel='canonical' href='https://news.example.com/2019/11/02/attack/'>"
     "</head><body><article>" + _P + "</article><aside><time datetime='2019-09-30'>Sept 30</time></aside></body></html>",
     "2019-11-02", None),
    ("european_numeric_visible", "<html><body><article><h1>Attack</h1><p class='date'>Published: 02.11.2019</p>" + _P
     + "</article></body></html>", "2019-11-02", None),
    ("visible_updated_before_published", "<html><body><article><p>Updated November 5, 2019 · First published "
     "November 2, 2019</p>" + _P + "</article><footer>© 2024 Example News</footer></body></html>", "2019-11-02", None),
    ("two_articles_teaser_list", "<html><body><main><article><h1>Attack</h1><time datetime='2019-11-02T06:00:00Z'>Nov 2"
     "</time>" + _P + "</article><section><article><h2>Older story</h2><time datetime='2019-10-01T06:00:00Z'>Oct 1</time>"
     "</article></section></main></body></html>", "2019-11-02", "2019-11-02T06:00:00Z"),
    ("copyright_and_archive_only", "<html><body><article>" + _P + "</article><footer><p>© 2019 Example</p><p>Archive: "
     "2018 | 2017</p></footer></body></html>", None, None),
    ("spanish_visible_only", "<html><body><article><p>Publicado el 2 de noviembre de 2019</p><p>Hombres armados mataron a "
     "cuatro personas, dijeron las autoridades.</p></article></body></html>", "2019-11-02", None),
]


def handwritten() -> list[dict]:
    return [{"id": f"hand-{name}", "style": "hand", "html": html, "expect_date": day,
             "expect_utc": utc, "expect_time": utc is not None} for name, html, day, utc in HANDWRITTEN]


if __name__ == "__main__":
    rows = build() + handwritten()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"wrote {len(rows)} pages to {OUT}")
