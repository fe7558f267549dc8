"""Publication date from a page's explicit markup, read before htmldate.

Why not htmldate alone: asked for the original date it takes the *earliest* plausible date on
the page, so a "Related" sidebar with older stories wins over a `<time pubdate>` in the
article, and it keeps only the day for `<time datetime>` values that carry a clock and zone.
Pages that say outright when they were published (JSON-LD `datePublished`, the
`article:published_time` family of meta tags, `<time pubdate|itemprop=datePublished>`, the
first `<time>` of the `<article>` outside asides, a visible "Published 2 November 2019" /
"Publié le ..." / "Publicado el ..." line) are read here; htmldate handles the rest.
Modified/updated dates are never taken. A value without a zone is taken as UTC; a value
without a time as midnight UTC (the documented date-only rule).
"""
from __future__ import annotations

import datetime as dt
import json
import re

import lxml.html

from transforms.pubdate import to_utc
from transforms.timex_patterns import MONTH_NUM

_META_NAMES = ("article:published_time", "og:article:published_time", "datepublished",
               "parsely-pub-date", "publish-date", "publish_date", "publication_date", "pubdate",
               "dc.date.issued", "dcterms.issued", "dc.date", "sailthru.date", "date")
_META_XPATH = "//meta[@content][@property or @name or @itemprop]"
_CHANGED = ("contains(@class, 'updat') or contains(@class, 'modif') or "
            "@itemprop='dateModified'")
_TIME_XPATH = ("(//time[@pubdate or @itemprop='datePublished'] | "
               "//article//time[not(ancestor::aside)][not(" + _CHANGED + ")])/@datetime")
_MONTH = "|".join(sorted((re.escape(m) for m in MONTH_NUM), key=len, reverse=True))
_VISIBLE = re.compile(
    r"(?:first published|published|posted|publié|publicado)(?:\s+(?:on|le|el))?\s*:?\s*"
    r"(?:(?P<d1>\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?(?P<m1>" + _MONTH + r")\.?"
    r"|(?P<m2>" + _MONTH + r")\.?\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?)"
    r",?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})", re.IGNORECASE)


def _parse(value: str) -> dt.datetime | None:
    parsed = to_utc(value)
    return parsed if parsed and 1990 <= parsed.year <= 2100 else None


def _json_ld_values(tree: lxml.html.HtmlElement) -> list[str]:
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("datePublished"), str):
                found.append(node["datePublished"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            walk(json.loads(script))
        except ValueError:  # broken JSON-LD is common; other signals remain
            continue
    return found


def _meta_values(tree: lxml.html.HtmlElement) -> list[str]:
    by_name: dict[str, str] = {}
    for meta in tree.xpath(_META_XPATH):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        by_name.setdefault(key, meta.get("content"))
    return [by_name[name] for name in _META_NAMES if name in by_name]


def _visible_value(tree: lxml.html.HtmlElement) -> str | None:
    root = next(iter(tree.xpath("//article") or tree.xpath("//body")), tree)
    match = _VISIBLE.search(" ".join(root.text_content().split())[:3000])
    if not match:
        return None
    month = MONTH_NUM.get((match["m1"] or match["m2"]).lower().rstrip("."))
    day = int(match["d1"] or match["d2"])
    try:
        return dt.date(int(match["y"]), month, day).isoformat() if month else None
    except ValueError:
        return None


def published_from_markup(tree: lxml.html.HtmlElement) -> dt.datetime | None:
    """The page's own statement of when it was published (UTC), or None.

    Signals in order of trust; a later signal only adds the time of day to an earlier
    date-only value when both name the same day."""
    candidates = [*_json_ld_values(tree), *_meta_values(tree),
                  *tree.xpath(_TIME_XPATH)]
    visible = _visible_value(tree)
    if visible:
        candidates.append(visible)
    parsed = [p for p in (_parse(c) for c in candidates if isinstance(c, str)) if p]
    if not parsed:
        return None
    best = parsed[0]
    if best.time() == dt.time(0):
        same_day = [p for p in parsed[1:] if p.date() == best.date() and p.time() != dt.time(0)]
        best = same_day[0] if same_day else best
    return best
