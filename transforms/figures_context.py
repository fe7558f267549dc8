"""Who stated a figure and when: attribution per sentence, pronouns resolved, dates from mentions.

Attribution is read per sentence (vectorised) from "X said", "said X", "according to X",
"X told AFP"; a pronoun source ("it said", "he added") becomes the sentence's opening noun
phrase when it has one (`The army "recorded 49 dead", it said`), else the previous sentence's
source in the article (forward fill). The source text is sliced from the original body so
names keep their case. `stated_on` is the resolved day of a date mention in the attribution
clause ("said on Saturday"); `refers_to_date` is the nearest other one-day date mention in the
figure's sentence.
"""
from __future__ import annotations

import polars as pl

from transforms.figures_lexicon import NEVER, Attribution

_SAID = (r"(?:said|says|say|told|reported|announced|confirmed|stated|added|tweeted|wrote|posted|"
         r"claimed|reports|confirms|announces|insisted|noted|explained|declared|revealed|disclosed|"
         r"indicated|put the toll|gave a toll|updated)")
_AUX = r"(?:had |has |have |was |were )?(?:earlier |also |later |previously |initially |first |further |then )?"
_ACCORDING = r"according to ([^,.;:\"“”()]{2,60}?)(?:[,.;:\"“”]|$| on | in a | who | citing )"
_SAID_X = r"(?:^|[,\"”] ?)" + _SAID + r" ([a-z][^,.;:\"“”]{1,60}?)(?:[,.;:\"“”]|$| on | in a | that | late | early | after )"
_X_SAID = r"(?:^|[,;:\"“”(] ?|(?-u:\b)and )([a-z][^,;:\"“”]{1,70}?) " + _AUX + _SAID + r"(?-u:\b)"
_PRONOUN = r"^(?:it|he|she|they|we|i|this|the statement|the report)$"
_OPENING_NP = r"^([a-z][^,\"“”]{2,60}?) ?[\"“(]"
_BAD_SOURCE = (r"[0-9]|(?-u:\b)(?:killed|dead|died|wounded|injured|attack|attacks|which|who|when|where|"
               r"there|one|we|you|i|a search|process|toll|number|if|also said|people|soldiers|"
               r"civilians|survivors|bodies)(?-u:\b)")
_LEAD_DET = r"^(?:however |but |and |while |as |the |a |an |its |their |his |her |some |[a-z]+['’]s )+"


ENGLISH_ATTRIBUTION = Attribution(
    according=_ACCORDING, said_x=_SAID_X, x_said=_X_SAID, said=r"(?-u:\b)" + _SAID + r"(?-u:\b)", pronoun=_PRONOUN, opening_np=_OPENING_NP,
    bad_source=_BAD_SOURCE, lead_det=_LEAD_DET, leading_conj=r"^(?:and |but |while |as )",
    trigger=(r"(?-u:\b)(?:said|says|say|told|according|report|announc|confirm|stat|added|tweet|wrote|posted|claim|insist|noted|"
             r"explain|declar|reveal|disclos|indicat|record|count|put|gave|updat)"))


def _span(s: pl.Expr, phrase: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    # str.find counts bytes; offsets here are characters: measure the text before the phrase
    start = pl.when(phrase.is_not_null()).then(s.str.split(phrase).list.first().str.len_chars())
    return start, start + phrase.str.len_chars()


def attributions(sents: pl.LazyFrame, lang: Attribution = ENGLISH_ATTRIBUTION) -> pl.LazyFrame:
    """Per sentence: src_start, src_end (body offsets of the source phrase) and said_end."""
    s = pl.col("s")
    acc = s.str.extract(lang.according, 1)
    said_x = s.str.extract(lang.said_x, 1)
    x_said = s.str.extract(lang.x_said, 1).str.replace(lang.leading_conj, "")
    raw = pl.coalesce(acc, said_x, x_said).str.strip_chars()
    pronoun = raw.str.contains(lang.pronoun)
    opening = s.str.extract(lang.opening_np, 1).str.strip_chars()
    phrase = (pl.when(pronoun & opening.is_not_null() & ~opening.str.contains(lang.bad_source))
              .then(opening).otherwise(raw).str.replace(lang.lead_det, ""))
    phrase = pl.when(phrase.str.contains(lang.bad_source) | (phrase.str.count_matches(" ") > 7)).then(None).otherwise(phrase)
    verb_at = s.str.extract(r"(?s)^(.*)" + lang.said, 1).str.len_chars()
    lf = (sents.with_columns(phrase.alias("src"), pronoun.alias("pron"),
                             (opening.is_not_null() & pronoun).alias("pron_np"))
          .with_columns(*[(pl.col("s_start") + e).alias(n)
                          for n, e in zip(("src_start", "src_end"), _span(s, pl.col("src")))],
                        (pl.col("s_start") + verb_at).alias("said_at"))
          .with_columns(pl.when(pl.col("src").is_null() & ~pl.col("pron")).then(None)
                        .otherwise(pl.col("src_start")).alias("src_start")))
    # pronoun without its own noun phrase: the previous sentence's source in the article
    own = pl.col("src").is_not_null() & (~pl.col("pron") | pl.col("pron_np"))
    prev = lambda c: pl.when(own).then(pl.col(c)).otherwise(None).forward_fill().shift(1).over(  # noqa: E731
        "article_key", order_by="sid")
    return lf.with_columns(
        pl.when(pl.col("pron") & ~pl.col("pron_np")).then(prev("src_start")).otherwise(pl.col("src_start")).alias("src_start"),
        pl.when(pl.col("pron") & ~pl.col("pron_np")).then(prev("src_end")).otherwise(pl.col("src_end")).alias("src_end"),
    ).select("article_key", "sid", "src_start", "src_end", "said_at")


def figure_dates(figs: pl.LazyFrame, date_mentions: pl.LazyFrame, running_since: str = NEVER) -> pl.LazyFrame:
    """fig_id -> stated_on, refers_to_date, old_date (a date in the clause long before publication)."""
    # a "date" that starts at a figure's number is that number ("6 Mai-Mai dead" is no 6 May)
    nums = figs.select("article_key", pl.col("num_at").alias("d_start")).unique()
    dm = (date_mentions.filter(pl.col("timex_type") == "DATE")
          .select("article_key", pl.col("char_start").alias("d_start"), "resolved_date", "timex_value")
          .join(nums, on=["article_key", "d_start"], how="anti"))
    # a relative clause after the figure tells the victim's past, not the figure's day
    # ("killed a commander who had joined the 2018 agreement")
    rel_at = pl.col("s_start") + pl.col("m_end") + pl.col("s").str.slice(pl.col("m_end")).str.extract(
        r"^(.*?)(?-u:\b)(?:who|whom|whose)(?-u:\b)").str.len_chars()
    j = (figs.select("fig_id", "article_key", "s", "s_start", "s_end", "said_at", "char_start", "pub_date",
                     rel_at.alias("rel_at"))
         .join(dm, on="article_key", how="inner")
         .filter((pl.col("d_start") >= pl.col("s_start")) & (pl.col("d_start") < pl.col("s_end"))))
    in_attr = (pl.col("said_at").is_not_null() & (pl.col("d_start") >= pl.col("said_at"))
               & (pl.col("d_start") <= pl.col("said_at") + 45) & (pl.col("d_start") > pl.col("char_start"))
               | (pl.col("said_at").is_not_null() & (pl.col("d_start") >= pl.col("said_at"))
                  & (pl.col("d_start") <= pl.col("said_at") + 45) & (pl.col("said_at") < pl.col("char_start"))))
    year = pl.col("timex_value").str.extract(r"^([0-9]{4})").cast(pl.Int32, strict=False)
    # a year naming a thing is no date of the figure's event ("an aspirant in the 2017 general election")
    named_year = pl.col("s").str.slice(pl.col("d_start") - pl.col("s_start") - 4, 4) == "the "
    old = (pl.col("resolved_date").is_not_null() & pl.col("pub_date").is_not_null()
           & (pl.col("resolved_date") < pl.col("pub_date") - pl.duration(days=10))) | (
        year.is_not_null() & pl.col("pub_date").is_not_null() & (year < pl.col("pub_date").dt.year()) & ~named_year
        & pl.col("timex_value").str.contains(r"^[0-9]{4}(?:-[0-9]{2})?$")) | (
        # a whole month before the month of publication, stated before the figure ("In June, an
        # attack ... killed 31")
        pl.col("timex_value").str.contains(r"^[0-9]{4}-[0-9]{2}$") & pl.col("pub_date").is_not_null()
        & (pl.col("d_start") < pl.col("char_start"))
        & ((pl.col("timex_value") + "-01").str.to_date(strict=False) < pl.col("pub_date").dt.month_start()))
    # nor is a day naming an accord or a vote ("killing a man, despite the 5 march ceasefire")
    named_day = named_year & pl.col("s").str.slice(pl.col("d_start") - pl.col("s_start"), 40).str.contains(
        r"^[0-9a-z ,-]{1,20}? (?:ceasefire|cease-fire|truce|agreement|accord|deal|elections?|vote|referendum|polls?|deadline|ultimatum)(?-u:\b)")
    # a date in a bracketed aside after the figure is the note's own bookkeeping, not the figure's day
    # ("fatalities: 17 (mortuary count minus 1 recorded 31/1/07)")
    in_aside = (pl.col("d_start") > pl.col("char_start")) & pl.col("s").str.slice(
        pl.col("char_start") - pl.col("s_start"), (pl.col("d_start") - pl.col("char_start")).clip(0)).str.contains(r"\([^()]*$")
    # the day an analyst's note opens on is its event's, however late the note ("On 7 April 2020, insurgents killed 52 young
    # men ... The killings were only confirmed on 21 April 2020")
    opening = (pl.col("s_start") == 0) & (pl.col("d_start") <= 4) & pl.col("s").str.slice(pl.col("d_start")).str.contains(r"^[^,.;]{1,25},")
    # nor the first day of a running toll after the figure ("31 were killed ..., bringing the toll since 7 october to 34,000")
    running = (pl.col("d_start") > pl.col("char_start")) & pl.col("s").str.slice(
        pl.col("char_start") - pl.col("s_start"), (pl.col("d_start") - pl.col("char_start")).clip(0)).str.contains(running_since)
    old = old & ~(pl.col("d_start") > pl.col("rel_at")).fill_null(False) & ~named_day & ~in_aside & ~opening & ~running
    dist = (pl.col("d_start") - pl.col("char_start")).abs()
    j = j.with_columns(in_attr.alias("in_attr"), old.alias("old"), dist.alias("dist"))
    # The event's day: the nearest other one-day mention, preferring one after the figure.
    # Sorted as a frame, then first per group: `sort_by` on filtered expressions inside
    # group_by returned garbage days for empty groups on Polars 2.1.
    refers = (j.filter(~pl.col("in_attr") & pl.col("resolved_date").is_not_null())
              .sort("fig_id", pl.col("d_start") < pl.col("char_start"), "dist")
              .group_by("fig_id").agg(pl.col("resolved_date").first().alias("refers_to_date")))
    # joins keep no row order: sort before `first`, or the attribution's day can change
    # between runs when the attribution holds two dates
    return (j.sort("fig_id", "d_start").group_by("fig_id").agg(
                pl.col("resolved_date").filter(pl.col("in_attr") & pl.col("resolved_date").is_not_null()).first().alias("stated_on"),
                pl.col("old").filter(~pl.col("in_attr")).any().alias("old_date"))
            .join(refers, on="fig_id", how="left")
            .select("fig_id", "stated_on", "refers_to_date", "old_date"))
