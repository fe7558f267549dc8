"""Publication dates: from HTML metadata (htmldate) or inferred from the article text.

- `published_from_html(html, url)`: htmldate, original date, `extensive_search=False` (offline, no
  network). The full timestamp is kept when the page gives one; a date-only value is stored as
  midnight UTC. Source label 'metadata'.
- `infer_published_at(articles)`: for rows whose `published_at` is null:
  (a) 'dateline' — "BAMAKO, Mali, Nov 2 –", "PARIS, 2 novembre (AFP) -", "BOGOTÁ, 5 de mayo (EFE) -"
      at the start of the body. Year: the dateline's own year, else the year of the latest full date
      (day month year) in the text if it is within 12 months before the dateline day, else null.
      Confidence 'day'.
  (b) 'text' — the latest full date mentioned (the piece was written on or after it), moved forward
      to the first day on or after it matching the weekday of any past-tense weekday mention
      ("the army said on Saturday"). Confidence 'lower_bound' (earliest consistent date).
  Unresolvable rows stay null. Time-of-day: midnight UTC.
"""
from __future__ import annotations

import datetime as dt

import polars as pl

from transforms.timex import extract_date_mentions
from transforms.timex_patterns import DAY, MONTH_ANY, MONTH_NUM, WEEKDAY_NUM, YEAR


def published_from_html(html: str, url: str | None = None) -> tuple[dt.datetime | None, str | None]:
    """(UTC datetime, 'metadata') from the page's meta tags / JSON-LD / <time> / URL, else (None, None)."""
    from htmldate import find_date

    try:
        found = find_date(html, url=url, original_date=True, extensive_search=False,
                          outputformat="%Y-%m-%dT%H:%M:%S%z")
    except Exception:  # htmldate raises on unparsable input
        found = None
    value = to_utc(found)
    return (value, "metadata") if value else (None, None)


def to_utc(value: str | None) -> dt.datetime | None:
    """An ISO 8601 date or timestamp (Python 3.11 reads 'Z', basic '20191102' and a space
    separator) in UTC; no zone means UTC, a date alone midnight UTC; unparsable → None."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return (parsed.replace(tzinfo=dt.timezone.utc) if parsed.tzinfo is None
            else parsed.astimezone(dt.timezone.utc))


_DATELINE = (r"^\s*[^\n,]{2,40}(?:,[^\n,]{2,30})?,\s*((?:" + DAY + r"\s+(?:de\s+)?" + MONTH_ANY + r"|" + MONTH_ANY + r"\s+" + DAY
             + r")(?:,?\s+(?:de\s+)?" + YEAR + r")?)\s*(?:\([^)]{2,30}\)\s*)?[-–—:]")


def infer_published_at(articles: pl.LazyFrame) -> pl.LazyFrame:
    """Fill null `published_at` from the dateline, else the text; adds `published_at_confidence`."""
    text = pl.col("body")
    if "captions" in articles.collect_schema().names():  # captions are kept apart from the body
        text = pl.concat_str([pl.col("body"), pl.col("captions").fill_null("")], separator="\n")
    todo = articles.filter(pl.col("published_at").is_null()).select("article_key", body=text)
    # the dateline phrase: day and month (and year, when given) read directly
    low = pl.col("body").str.to_lowercase()
    dl_txt = low.str.extract(_DATELINE, 1)
    dl_m = todo.select(
        "article_key",
        dmon=dl_txt.str.extract("(" + "|".join(sorted(MONTH_NUM, key=len, reverse=True)) + ")").replace_strict(MONTH_NUM, default=None, return_dtype=pl.Int32),
        dday=dl_txt.str.extract(r"(?:^|[^0-9])([0-9]{1,2})(?:st|nd|rd|th)?(?:[^0-9]|$)").cast(pl.Int32),
        dyear=dl_txt.str.extract(r"([0-9]{4})").cast(pl.Int32),
    ).filter(pl.col("dmon").is_not_null() & pl.col("dday").is_not_null())
    # full dates (with year) and past-tense weekday mentions in the text, no document date needed
    ment = extract_date_mentions(todo.with_columns(published_at=pl.lit(None, dtype=pl.Datetime("us", "UTC"))))
    full = (ment.filter(pl.col("timex_value").str.contains(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
            .group_by("article_key").agg(latest=pl.col("timex_value").str.to_date().max()))
    wd_re = r"(?-u:\b)(?:said|announced|reported|told [a-z]+|added|claimed|confirmed)(?: [a-z]+){0,3} on (" + "|".join(k for k in WEEKDAY_NUM if k.isascii()) + r")(?-u:\b)"
    wds = todo.select("article_key", wd=low.str.extract_all(wd_re)).explode("wd").filter(pl.col("wd").is_not_null())
    wds = wds.with_columns(wdn=pl.col("wd").str.extract(r"([a-z]+)$").replace_strict(WEEKDAY_NUM, default=None, return_dtype=pl.Int32))
    wds = wds.group_by("article_key").agg(pl.col("wdn").max())
    res = todo.select("article_key").join(dl_m, on="article_key", how="left").join(full, on="article_key", how="left") \
        .join(wds, on="article_key", how="left")
    # dateline year: own year, else the latest full date's year (or the next one when the month wrapped)
    ly = pl.col("latest").dt.year().cast(pl.Int32)
    wrap = (pl.col("dmon") < pl.col("latest").dt.month()) | ((pl.col("dmon") == pl.col("latest").dt.month()) & (pl.col("dday") < pl.col("latest").dt.day()))
    dyear = pl.coalesce(pl.col("dyear"), pl.when(wrap).then(ly + 1).otherwise(ly))
    dl_date = pl.format("{}-{}-{}", dyear, pl.col("dmon").cast(pl.Utf8).str.zfill(2), pl.col("dday").cast(pl.Utf8).str.zfill(2)).str.to_date(strict=False)
    lw = pl.col("latest").dt.weekday().cast(pl.Int32)
    text_date = pl.col("latest").dt.offset_by(pl.format("{}d", pl.when(pl.col("wdn").is_not_null()).then((pl.col("wdn") - lw) % 7).otherwise(0)))
    res = res.with_columns(dl_date=dl_date, text_date=text_date).select(
        "article_key",
        _inf_at=pl.coalesce("dl_date", "text_date").cast(pl.Datetime("us")).dt.replace_time_zone("UTC"),
        _inf_src=pl.when(pl.col("dl_date").is_not_null()).then(pl.lit("dateline")).when(pl.col("text_date").is_not_null()).then(pl.lit("text")),
        _inf_conf=pl.when(pl.col("dl_date").is_not_null()).then(pl.lit("day")).when(pl.col("text_date").is_not_null()).then(pl.lit("lower_bound")),
    )
    cols = articles.collect_schema().names()
    out = articles.join(res, on="article_key", how="left").with_columns(
        published_at_confidence=pl.when(pl.col("published_at").is_not_null()).then(pl.lit("exact")).otherwise(pl.col("_inf_conf")),
        published_at_source=pl.when(pl.col("published_at").is_not_null()).then(pl.col("published_at_source")).otherwise(pl.col("_inf_src")),
        published_at=pl.coalesce(pl.col("published_at"), pl.col("_inf_at")),
    )
    return out.select(*cols, *([] if "published_at_confidence" in cols else ["published_at_confidence"]))
