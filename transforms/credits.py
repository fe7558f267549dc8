"""Agency credits in an article: who wrote it (wire), who took its photos, who it merely quotes.

Why: a reprint of agency copy is not an independent report. The byline, the dateline
("BAMAKO, Nov 2 (AFP) -"), a sign-off ("- Reuters") and photo credits ("/ AFP / Name") say
whose copy it is; "told AFP" / "according to Reuters" only cites the agency.

Patterns are built once from the registry's wire-agency aliases. Acronyms and single words
("AP", "AFP", "Reuters", "Antara") match case-sensitively (as written and in capitals) so
"AP" never hits "map" or "Antara" the Indonesian word "antara"; multi-word names ("Agence
France Presse", "The Associated Press") match in any case. A byline of only "Agencies" names
no agency and yields no row: we cannot tell which wire it was.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import polars as pl


_B = r"(?-u:\b)"  # ASCII word boundary: keeps the regex on the fast DFA (Unicode \b does not)
_REG_COLS = ("outlet_name", "aliases", "domains", "country_code", "outlet_type")
_QUALIFIERS = (
    r"(?:(?:French|British|US|American|German|Spanish|Chinese|Turkish|Russian|Japanese|Italian"
    r"|Indian|Nigerian|Kenyan|Iranian|Korean|state|state-run|official|news|wire)\s+)*"
    r"(?:news\s+agency\s+|agency\s+)?"
)
_CITE_BEFORE = (
    r"(?:told|according to|quoted by|cited by|speaking to|spoke to|interview with|"
    r"confirmed to|statement to|reported by|contacted by|seen by|obtained by|tally by|count by)"
)
_CITE_AFTER = (
    r"(?:news agency reported|reported|reports|has reported|quoted|cited|tally|count|"
    r"correspondent|correspondents|journalist|journalists|reporter|reporters|photographer|"
    r"has learned|learned|was told)"
)


REGISTRY_PATH = Path(__file__).parent / "data" / "outlets.csv"


@lru_cache(maxsize=1)
def _registry() -> pl.DataFrame:
    return pl.read_csv(REGISTRY_PATH, schema_overrides={c: pl.Utf8 for c in _REG_COLS})


def load_registry() -> pl.DataFrame:
    """The outlet registry (transforms/data/outlets.csv): one row per canonical outlet."""
    return _registry().with_columns(pl.col(c).fill_null("") for c in ("aliases", "domains"))


def _alias_forms(alias: str) -> list[str]:
    """Regex fragments for one alias: exact (+ UPPER) for single tokens, any case otherwise."""
    alias = alias.strip()
    if not alias:
        return []
    if " " not in alias:
        forms = {alias, alias.upper()}
        return [re.escape(f) for f in sorted(forms, key=len, reverse=True)]
    return ["(?i:" + r"\s+".join(re.escape(p) for p in alias.split()) + ")"]


@lru_cache(maxsize=1)
def agency_patterns() -> dict[str, object]:
    """Alternation of all agency aliases and a lowercase-alias -> canonical name map."""
    reg = load_registry().filter(pl.col("outlet_type") == "wire_agency")
    lookup: dict[str, str] = {}
    fragments: list[tuple[int, str]] = []
    for name, aliases in reg.select("outlet_name", "aliases").iter_rows():
        for alias in [name, *(aliases or "").split("|")]:
            key = _norm(alias)
            if not key or key in lookup:
                continue
            lookup[key] = name
            fragments += [(len(alias), f) for f in _alias_forms(alias)]
    fragments.sort(key=lambda t: -t[0])
    alt = "(?:" + "|".join(f for _, f in fragments) + ")"
    agency = rf"\b{alt}\b"
    return {k: v.replace(r"\b", _B) if isinstance(v, str) else v for k, v in {
        "agency": agency,
        "lookup": lookup,
        "dateline": rf"\(\s*{alt}(?:\s*[/,&-]\s*{alt})*\s*\)\s*[-–—:]",
        "signoff": rf"(?:[-–—(|/]\s*|\n\s*|\A){alt}(?:\s*[/,&-]\s*{alt})*\s*\)?\.?\s*\z",
        "with": (rf"(?:(?:^|\n|[-–—(]\s*)(?i:with)|(?i:\b(?:additional reporting by|compiled from|"
                 rf"reporting by)))\s+{alt}\b"
                 rf"|\b{alt}\s+(?:could not|was unable to|has not been able to|cannot)\s+"
                 r"(?:independently\s+)?(?:verify|confirm)"),
        "body_photo": (
            rf"(?:(?i:photo|photograph|picture|image|credit|file photo)s?\s*(?::|/|\||by)\s*"
            rf"(?:[^\n/:]{{0,40}}/\s*)?{alt}\b|/\s*{alt}\s*(?:/|\n|\z)|\b{alt}\s*(?:PHOTO|Photo)\b"
            rf"|\b{alt}\s*/\s*Getty|\b{alt} via Getty)"
        ),
        "cited": (
            rf"(?:\b{_CITE_BEFORE}\s+(?:the\s+|an?\s+)?{_QUALIFIERS}{alt}\b"
            rf"|\b{alt}\s+{_CITE_AFTER}\b|\ban?\s+{alt}\s+(?:tally|count|correspondent|journalist|"
            rf"reporter|photographer)\b)"
        ),
    }.items()}


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).lower()


def _hits(frame: pl.LazyFrame, expr: pl.Expr, context: str | None, role: str) -> pl.LazyFrame:
    """Agency names inside the matches of `context` over `expr`, as (article_key, agency, role)."""
    pats = agency_patterns()
    col = expr.fill_null("")
    matches = col.str.extract_all(context) if context else col.str.extract_all(pats["agency"])
    out = frame.select("article_key", matches.alias("m")).explode("m").drop_nulls("m")
    if context:
        out = out.with_columns(pl.col("m").str.extract_all(pats["agency"])).explode("m")
    key = pl.col("m").str.replace_all(r"\s+", " ").str.strip_chars().str.to_lowercase()
    return out.select(
        "article_key",
        key.replace_strict(pats["lookup"], default=None, return_dtype=pl.Utf8).alias("agency"),
        pl.lit(role).alias("role"),
    ).drop_nulls("agency")


def detect_credits(articles: pl.LazyFrame) -> pl.LazyFrame:
    """(article_key, agency, role) for every agency credit; role wire | photo_credit | cited."""
    pats = agency_patterns()
    cols = [c for c in ("byline", "body", "captions") if c in articles.collect_schema().names()]
    frame = articles.select("article_key", *cols)
    body = pl.col("body") if "body" in cols else pl.lit("")
    head = body.fill_null("").str.slice(0, 400)
    tail = body.fill_null("").str.strip_chars().str.slice(-160)
    parts = [
        _hits(frame, head, pats["dateline"], "wire"),
        _hits(frame, tail, pats["signoff"], "wire"),
        _hits(frame, body, pats["with"], "wire"),
        _hits(frame, body, pats["body_photo"], "photo_credit"),
        _hits(frame, body, pats["cited"], "cited"),
    ]
    if "byline" in cols:
        parts.append(_hits(frame, pl.col("byline"), None, "wire"))
    if "captions" in cols:
        parts.append(_hits(frame, pl.col("captions"), None, "photo_credit"))
    return pl.concat(parts, how="vertical").unique(maintain_order=True)
