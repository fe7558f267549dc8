"""Articles -> outlets: the publisher (from URL domain / outlet hint) and the agencies credited.

Why: counting outlets and independent reports needs one canonical row per real outlet, whatever
way a page names it ("Capital FM", "capitalfm.co.ke", "amp.capitalfm.co.ke"). The registry
(transforms/data/outlets.csv) gives canonical names; an unknown domain still becomes an outlet,
named after its registered domain, so nothing is lost.

Rules: the URL's domain wins over the hint (aggregators and syndication partners put the
source's name in og:site_name); the hint is used when the URL is missing or its domain is not
in the registry. A ccTLD gives the country only where it clearly means one (.ke, .co.uk), not
for vanity suffixes (.tv, .io, .co, .me, .fm ...).
"""
from __future__ import annotations

import re
from functools import lru_cache

import polars as pl
import pycountry
import tldextract

from transforms.credits import detect_credits, load_registry
from transforms.keys import stable_key

__all__ = ["load_registry", "resolve_outlets", "resolve_publishers", "url_domain"]

# Offline: bundled public-suffix snapshot, never a download. Private suffixes (blogspot.com,
# github.io) are kept so that two blogs are two outlets.
_EXTRACT = tldextract.TLDExtract(suffix_list_urls=(), include_psl_private_domains=True)
_VANITY_TLDS = {
    "tv", "io", "co", "me", "fm", "am", "ai", "ly", "gg", "to", "cc", "ws", "la", "nu", "tk",
    "sh", "ac", "vc", "ag", "gl", "so", "ms", "bz", "cx", "im", "is", "st", "eu", "su", "af",
}
_HOST_PREFIX = re.compile(r"^(?:(?:www\d?|amp|m|mobile|edition|en|english|beta)\.)+")
DIM_COLUMNS = ["outlet_key", "outlet_name", "domain", "outlet_type", "country_code"]


def _hint_key(text: str) -> str:
    text = re.sub(r"[\s\u00a0]+", " ", text).strip().lower()
    return re.sub(r"^the ", "", text).strip(" .")


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, int], dict[str, int], pl.DataFrame]:
    """domain -> registry row, hint key -> registry row (ambiguous aliases dropped)."""
    reg = load_registry().with_row_index("rid")
    by_domain: dict[str, int] = {}
    names: dict[str, int] = {}
    aliases: dict[str, set[int]] = {}
    for rid, name, als, doms in reg.select("rid", "outlet_name", "aliases", "domains").iter_rows():
        for d in doms.split("|"):
            if d:
                by_domain.setdefault(d.lower(), rid)
        names.setdefault(_hint_key(name), rid)
        for a in [*als.split("|"), *doms.split("|")]:
            if a:
                aliases.setdefault(_hint_key(a), set()).add(rid)
    by_hint = {k: next(iter(v)) for k, v in aliases.items() if len(v) == 1}
    by_hint.update(names)  # a canonical name beats another outlet's alias
    return by_domain, by_hint, reg


@lru_cache(maxsize=200_000)
def url_domain(url: str | None) -> tuple[str | None, str | None, int | None]:
    """(registered domain, ccTLD country, registry row) for one URL; host match beats parent."""
    if not url or not url.strip():
        return None, None, None
    url = url.strip()
    if "://" not in url:
        url = "http://" + url
    ext = _EXTRACT(url)
    registered = ext.top_domain_under_public_suffix if ext.suffix else None
    if not registered:
        return None, None, None
    registered = registered.lower()
    host = _HOST_PREFIX.sub("", ".".join(p for p in (ext.subdomain, registered) if p).lower())
    by_domain, _, _ = _indexes()
    rid = None
    labels = host.split(".")
    for i in range(len(labels) - 1):
        cand = ".".join(labels[i:])
        if cand in by_domain:
            rid = by_domain[cand]
            break
        if cand == registered:
            break
    tld = ext.suffix.rsplit(".", 1)[-1].lower()
    cc = "GB" if tld == "uk" else tld.upper()
    if tld in _VANITY_TLDS or len(tld) != 2 or pycountry.countries.get(alpha_2=cc) is None:
        cc = None
    return registered, cc, rid


def _hint_rid(hint: str | None) -> int | None:
    if not hint or not hint.strip():
        return None
    _, by_hint, _ = _indexes()
    key = _hint_key(hint)
    if key in by_hint:
        return by_hint[key]
    for part in re.split(r"\s+[-–—|:]\s+|\s*\|\s*", hint):
        if _hint_key(part) in by_hint:
            return by_hint[_hint_key(part)]
    return None


def _clean_hint(hint: str | None) -> str | None:
    if not hint or not hint.strip():
        return None
    return re.split(r"\s+[-–—|]\s+|\s*\|\s*", " ".join(hint.split()))[0].strip() or None


def resolve_publishers(articles: pl.LazyFrame) -> pl.LazyFrame:
    """Per article: outlet_name, domain (registry's), url_domain, outlet_type, country_code."""
    _, _, reg = _indexes()
    reg_cols = reg.select(
        pl.col("rid").cast(pl.Int64), "outlet_name", "outlet_type",
        pl.col("domains").str.split("|").list.first().alias("reg_domain"),
        pl.col("country_code").replace("", None).alias("reg_country"),
    ).lazy()
    url_info = pl.struct(
        pl.col("url").map_elements(lambda u: url_domain(u)[0], return_dtype=pl.Utf8).alias("d"),
        pl.col("url").map_elements(lambda u: url_domain(u)[1], return_dtype=pl.Utf8).alias("cc"),
        pl.col("url").map_elements(lambda u: url_domain(u)[2], return_dtype=pl.Int64).alias("r"),
    )
    urls = (
        articles.select("url").unique().drop_nulls()
        .with_columns(url_info.alias("u")).unnest("u")
    )
    hints = articles.select("outlet_hint").unique().drop_nulls().with_columns(
        pl.col("outlet_hint").map_elements(_hint_rid, return_dtype=pl.Int64).alias("hr"),
        pl.col("outlet_hint").map_elements(_clean_hint, return_dtype=pl.Utf8).alias("hn"),
    )
    base = (
        articles.select("article_key", "url", "outlet_hint")
        .join(urls, on="url", how="left")
        .join(hints, on="outlet_hint", how="left")
        .with_columns(pl.coalesce("r", "hr").alias("rid"))
        .join(reg_cols, on="rid", how="left")
    )
    known = pl.col("outlet_name").is_not_null()
    return base.select(
        "article_key",
        pl.when(known).then("outlet_name").otherwise(pl.coalesce("d", "hn")).alias("outlet_name"),
        pl.when(known).then(pl.coalesce("reg_domain", "d")).otherwise("d").alias("domain"),
        pl.col("d").alias("url_domain"),
        pl.col("outlet_type").fill_null("publisher"),
        pl.when(known).then(pl.coalesce("reg_country", "cc")).otherwise("cc").alias("country_code"),
        pl.col("rid").is_not_null().alias("in_registry"),
    ).filter(pl.col("outlet_name").is_not_null())


def _with_key(frame: pl.LazyFrame) -> pl.LazyFrame:
    return frame.with_columns(
        pl.col("outlet_name")
        .map_elements(lambda n: stable_key(n), return_dtype=pl.Int64)
        .alias("outlet_key")
    )


def resolve_outlets(articles: pl.LazyFrame) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """(dim_outlet, bridge_article_outlet) for these articles; dim_outlet deduplicated."""
    pubs = resolve_publishers(articles)
    agencies = load_registry().filter(pl.col("outlet_type") == "wire_agency").lazy().select(
        pl.col("outlet_name").alias("agency"),
        pl.col("domains").str.split("|").list.first().replace("", None).alias("domain"),
        "outlet_type",
        pl.col("country_code").replace("", None),
    )
    credits = detect_credits(articles).collect().lazy()  # used twice below: compute once
    credited = credits.select("agency").unique().join(agencies, on="agency", how="inner")
    dim = pl.concat(
        [
            pubs.select("outlet_name", "domain", "outlet_type", "country_code"),
            credited.rename({"agency": "outlet_name"}),
        ],
        how="vertical",
    ).unique(subset="outlet_name", keep="first", maintain_order=True)
    dim = _with_key(dim).select(DIM_COLUMNS)
    bridge = pl.concat(
        [
            pubs.select("article_key", "outlet_name", pl.lit("publisher").alias("role")),
            credits.select("article_key", pl.col("agency").alias("outlet_name"), "role"),
        ],
        how="vertical",
    )
    bridge = (
        bridge.join(dim.select("outlet_name", "outlet_key"), on="outlet_name", how="inner")
        .select("article_key", "outlet_key", "role")
        .unique(maintain_order=True)
    )
    return dim, bridge
