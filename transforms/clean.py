"""Raw records → cleaned article text and metadata.

Works line by line over all records at once (split, explode, classify, re-aggregate), so the
cost is a few vectorised passes, not a Python loop per article. Each line becomes one of:
header (seed-style metadata), title, dek (standfirst), byline, boilerplate, translation flag,
caption (photo captions are kept apart from the body), or body. Body lines are joined with
"\\n" into `body`; every character offset downstream points into that string.
"""
from __future__ import annotations

import polars as pl

# Seed-style metadata header ("Published at: **...**", "Author: **...**", "Original: [N](url)").
_HEADER_PUBLISHED = r"(?m)^\s*Published at:\s*\**\s*([^*\n]+?)\s*\**\s*$"
_HEADER_AUTHOR = r"(?m)^\s*Author:\s*\**\s*([^*\n]+?)\s*\**\s*$"
_HEADER_ORIGINAL = r"(?m)^\s*Original:\s*\[([^\]\n]+)\]\(\s*([^)\s]+)\s*\)"
_HEADER_TITLE = r"\A\s*#\s+([^\n]+)"
_HEADER_LINE = r"^(?:#{1,6}\s|published at:|author:|original:\s*\[)"

# Page furniture, matched on the lowercased, stripped line. Anchored: a line must be only this.
_BOILERPLATE = "|".join(
    [
        r"advertisement",
        r"advertisements?\s*-?\s*scroll to continue.*",
        r"post views:\s*[\d,. ]+",
        r"views:\s*[\d,. ]+",
        r"(?:get|receive|sign up for|subscribe to)\b.{0,60}\b(?:inbox|newsletter|updates)\b.*",
        r"please leave this field empty",
        r"check your inbox or spam folder.*",
        r"(?:read more|related|also read|see also|recommended|more on this story)\s*:.*",
        r"(?:share|share this|share this article|share on \w+|tweet|print|email)\s*:?",
        r"follow us on .{0,40}",
        r"click here.{0,80}",
        r"(?:copyright|©).{0,120}",
        r"all rights reserved\.?",
        r"subscribe(?: now)?",
        r"sign up(?: now)?",
        r"loading\.\.\.",
        r"\[?\d+\s+comments?\]?",
    ]
)
_TRANSLATION_FLAG = (
    r"^(?:powered by automated translation|automatically translated|machine[- ]translated"
    r"|this (?:article|story) (?:was|has been) (?:automatically|machine) translated.*)$"
)
# A line that is (part of) a photo caption: "(FILES) In this file photo taken on ...",
# "... / AFP / Michele CATTANI", "Photo: Reuters", "AFP PHOTO / ...".
_CAPTION = (
    r"^\((?:files?|file photo|archives?)\)"
    r"|\bin this (?:file )?(?:photo|picture|image)\b|\bphoto taken on\b"
    r"|\s/\s*[a-z][a-z .-]{1,30}\s*/\s*\S.{0,40}$"
    r"|^(?:photo|picture|image|credit|photograph)\s*:|\bafp photo\b|\(photo:|\bphoto\s*/\s*"
    r"|\b(?:photo|picture|image|credit|photograph)s?\s*:\s*[a-z][\w .&/-]{1,40}\.?$"
)
_BYLINE_LINE = r"^by\s+[a-z][\w.'’ -]{1,60}$"
_ENDS_SENTENCE = r"[.!?\"”’»)\]:]\s*$"


def clean_records(records: pl.LazyFrame) -> pl.LazyFrame:
    """One row per record: header fields, title, dek, byline, body, captions, flags."""
    records = records.with_row_index("rid").with_columns(
        # One newline convention, and no-break spaces as plain spaces for every pattern after.
        pl.col("raw_text").str.replace_all("\r\n?", "\n").str.replace_all("[\u00a0\u2009\u202f]", " ")
        .alias("raw_text")
    )
    header = records.select(
        "rid",
        pl.col("raw_text").str.extract(_HEADER_TITLE, 1).str.strip_chars().alias("h_title"),
        pl.col("raw_text").str.extract(_HEADER_PUBLISHED, 1).alias("h_published"),
        pl.col("raw_text").str.extract(_HEADER_AUTHOR, 1).alias("h_author"),
        pl.col("raw_text").str.extract(_HEADER_ORIGINAL, 1).alias("h_outlet"),
        pl.col("raw_text").str.extract(_HEADER_ORIGINAL, 2).alias("h_url"),
    )
    parts = _classify_lines(records).group_by("rid").agg(
        _joined("body", "\n").alias("body"),
        _joined("caption", "\n").alias("captions"),
        _joined("dek", " ").alias("subtitle"),
        _joined("title", " ").alias("text_title"),
        _joined("byline", " ").str.replace(r"^(?i)by\s+", "").alias("text_byline"),
        (pl.col("kind") == "translation_flag").any().alias("machine_translated"),
    )
    given_title = pl.col("given_title").str.strip_chars()
    return (
        records.join(header, on="rid", how="left")
        .join(parts, on="rid", how="left")
        .select(
            "source_file",
            "record",
            "format",
            "given_id",
            "raw_text",
            pl.coalesce(
                pl.when(given_title != "").then(given_title), "h_title", "text_title"
            ).alias("title"),
            pl.col("subtitle").replace("", None),
            pl.coalesce("given_url", "h_url").alias("url"),
            pl.coalesce("given_author", "h_author", pl.col("text_byline").replace("", None)).alias(
                "byline"
            ),
            pl.coalesce("given_outlet", "h_outlet").alias("outlet_hint"),
            pl.coalesce("given_published_at", "h_published").alias("published_at_text"),
            pl.col("given_language").alias("language"),
            pl.col("body").fill_null(""),
            pl.concat_str(
                [pl.col("given_captions"), pl.col("captions").replace("", None)],
                separator="\n",
                ignore_nulls=True,
            )
            .replace("", None)
            .alias("captions"),
            pl.col("machine_translated").fill_null(False),
        )
    )


def _joined(kind: str, separator: str) -> pl.Expr:
    return pl.col("line").filter(pl.col("kind") == kind).sort_by(
        pl.col("line_no").filter(pl.col("kind") == kind)
    ).str.join(separator)


def _classify_lines(records: pl.LazyFrame) -> pl.LazyFrame:
    """Explode records into lines and give each line its kind."""
    lines = (
        records.select(
            "rid",
            (pl.col("format") == "html").alias("is_html"),
            pl.col("given_title").is_not_null().alias("has_given_title"),
            pl.col("raw_text").str.split("\n").alias("line"),
        )
        .with_columns(pl.int_ranges(pl.col("line").list.len()).alias("line_no"))
        .explode("line", "line_no")
        .with_columns(pl.col("line").str.strip_chars())
        .with_columns(pl.col("line").str.to_lowercase().alias("low"))
        .with_columns(
            (pl.col("line") == "").alias("blank"),
        )
        .with_columns(
            pl.col("blank").cast(pl.Int32).cum_sum().over("rid").alias("block"),
            (~pl.col("blank")).cast(pl.Int32).cum_sum().over("rid").alias("nonblank_rank"),
        )
    )
    is_header = pl.col("low").str.contains(_HEADER_LINE)
    is_boiler = pl.col("low").str.contains(f"^(?:{_BOILERPLATE})$")
    is_flag = pl.col("low").str.contains(_TRANSLATION_FLAG)
    is_caption_marker = pl.col("low").str.contains(_CAPTION)
    lines = lines.with_columns(
        pl.when(pl.col("blank"))
        .then(pl.lit("blank"))
        .when(is_header & (pl.col("nonblank_rank") <= 6))
        .then(pl.lit("header"))
        .when(is_flag)
        .then(pl.lit("translation_flag"))
        .when(is_boiler)
        .then(pl.lit("boilerplate"))
        .when(pl.col("low").str.contains(r"^#{1,6}\s"))
        .then(pl.lit("subhead"))
        .otherwise(pl.lit("text"))
        .alias("kind"),
        is_caption_marker.alias("caption_marker"),
    )
    # A caption block: a short paragraph (≤ 3 text lines) holding a caption marker. In longer
    # blocks only the marked line itself is a caption, so a missing blank line never swallows
    # the body.
    text_line = pl.col("kind") == "text"
    lines = lines.with_columns(
        text_line.cast(pl.Int32).sum().over("rid", "block").alias("block_lines"),
        (pl.col("caption_marker") & text_line).any().over("rid", "block").alias("block_marked"),
    ).with_columns(
        pl.when(
            text_line
            & (pl.col("caption_marker") | (pl.col("block_marked") & (pl.col("block_lines") <= 3)))
        )
        .then(pl.lit("caption"))
        .otherwise(pl.col("kind"))
        .alias("kind")
    )
    # Bare text: the first text line is the title (unless one was given); short unpunctuated
    # lines before the first sentence are the dek; a "By ..." line there is the byline.
    text_line = pl.col("kind") == "text"
    ends_sentence = pl.col("line").str.contains(_ENDS_SENTENCE)
    first_text = pl.col("line_no").filter(text_line).min().over("rid")
    has_header_title = (pl.col("kind") == "header").any().over("rid") & (
        pl.col("low").str.contains(r"^#\s").any().over("rid")
    )
    lines = lines.with_columns(
        pl.when(
            text_line
            & (pl.col("line_no") == first_text)
            & ~has_header_title
            & ~pl.col("has_given_title")
            & ~ends_sentence
            & (pl.col("line").str.len_chars() < 200)
        )
        .then(pl.lit("title"))
        .otherwise(pl.col("kind"))
        .alias("kind")
    )
    text_line = pl.col("kind") == "text"
    first_sentence = (
        pl.col("line_no").filter(text_line & ends_sentence).min().over("rid").fill_null(1 << 30)
    )
    before_story = text_line & (pl.col("line_no") < first_sentence) & ~pl.col("has_given_title")
    return lines.with_columns(
        pl.when(before_story & pl.col("low").str.contains(_BYLINE_LINE))
        .then(pl.lit("byline"))
        .when(before_story & ~ends_sentence & (pl.col("line").str.len_chars() < 250))
        .then(pl.lit("dek"))
        .when(text_line)
        .then(pl.lit("body"))
        .otherwise(pl.col("kind"))
        .alias("kind")
    ).select("rid", "line_no", "line", "kind")
