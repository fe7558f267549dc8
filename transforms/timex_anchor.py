"""Second pass of TIMEX3 normalisation: mentions resolved on the article's earlier mentions.

"the day before", "that week", "the previous Thursday" and "the previous quarter" take the last
dated mention (else the document date); "N units ago/earlier" step back from it; financial "a
year ago"/"the quarter"/"the latest period" take the quarter an earnings story reports; "the same
period last year" is the last period named, a year back; a year opening a sentence dates a
month-day in it; the end of a range read before its start moves after it; a time of day takes
its day (its own, else the last day named outside a since/after/relative clause).
"""
from __future__ import annotations

import polars as pl

from transforms import timex_parts as P
from transforms.timex_normalize import DCT, M, _fmt_day, ago_value
from transforms.timex_tense import _ABBREV_DOT, _NOT_VERB, _PAST


# a sentence ends after a word of two letters or more, or a number ("a.m." and "U.S." end none)
SENT_END = r"(?:[a-z]{2}|[0-9])[.!?][\"'”’)]?\s"
# the tense of a clock time's clause ("will begin at 11 a.m.", "he fired at about 3 a.m.")
_FUTURE_CLOCK = r"(?-u:\b)(?:will|'ll|shall|(?:is|are) (?:expected |due |scheduled |set |slated )?to)(?-u:\b)"
_PAST_CLOCK = r"(?-u:\b)(?:" + _PAST + r")(?-u:\b)"
_REPORT_THAT = (r"(?-u:\b)(?:said|says|say|told [a-z]+|announced|added|reported|stated|believed?|thinks?|thought|knew|knows?|showed|"
                r"shows?|found|claimed|insisted|warned|noted|confirmed|denied|so|such|now)(?: [a-z]+){0,3} that [^.;:!?,]*$")


def _sub_clause(before: pl.Expr) -> pl.Expr:
    """The words before a mention put it in a "since", "after" or relative clause (a "that" no reporting verb governs)."""
    return (before.str.contains(r"(?-u:\b)(?:since|after|which|who|whom|whose)(?-u:\b)[^.;:!?,]*$")
            | (before.str.contains(r"(?-u:\b)that [^.;:!?,]*$") & ~before.str.contains(_REPORT_THAT)))


def second_pass(lf: pl.LazyFrame) -> pl.LazyFrame:
    """Mentions anchored on the previous dated mention of the article (else the document date)."""
    # the end of a range lies on or after its start: "from 6 p.m. Friday until noon Saturday" (whatever the tense)
    lf = lf.sort("article_key", "char_start")
    prev_day = pl.col("day").shift(1).over("article_key")
    range_end = (pl.col("wd").is_not_null() & prev_day.is_not_null()
                 & pl.col("before").str.contains(r"(?-u:\b)(?:until|till|to|through|thru) $|[-–] ?$")
                 & pl.col("before").shift(1).over("article_key").str.contains(r"(?-u:\b)(?:from|between) $")
                 & (pl.col("char_start") - pl.col("char_end").shift(1).over("article_key") < 12)
                 & (pl.col("day") < prev_day))  # only an end read before its start moves ("from Sept. 14 to Thursday" stays)
    lf = lf.with_columns(range_end=range_end.fill_null(False)).with_columns(
        day=pl.when(pl.col("range_end")).then(prev_day + pl.duration(days=(pl.col("wd") - prev_day.dt.weekday()) % 7))
        .otherwise(pl.col("day")))
    # ... and its start before its end: "between Thursday and Easter Monday" on Good Friday is the Thursday just gone
    next_day = pl.col("day").shift(-1).over("article_key")
    range_start = (pl.col("wd").is_not_null() & next_day.is_not_null() & (pl.col("day") > next_day)
                   & (pl.col("before").str.ends_with(" from ") | pl.col("before").str.ends_with(" between "))
                   & pl.col("after").str.contains(r"^ (?:and|to|through|until|till) |^ ?[-–] ?")
                   & (pl.col("char_start").shift(-1).over("article_key") - pl.col("char_end") < 12))
    lf = lf.with_columns(_rs=range_start.fill_null(False)).with_columns(
        day=pl.when(pl.col("_rs")).then(next_day - pl.duration(days=((next_day.dt.weekday() - pl.col("wd") - 1) % 7) + 1)).otherwise(pl.col("day")),
        range_end=pl.col("range_end") | pl.col("_rs"))  # (the value follows the moved day)
    v1 = pl.col("value1")
    ref_day = pl.coalesce(pl.col("day"), v1.str.extract(r"^([0-9]{4}-[0-9]{2})$").str.to_date("%Y-%m", strict=False),
                          v1.str.extract(r"^([0-9]{4})$").str.to_date("%Y", strict=False))
    gran = pl.when(pl.col("day").is_not_null()).then(pl.lit("D")).when(v1.str.contains(r"^[0-9]{4}-[0-9]{2}$")).then(pl.lit("M")) \
        .when(v1.str.contains(r"^[0-9]{4}$")).then(pl.lit("Y"))
    lf = lf.with_columns(year_opener=(pl.col("kind") == "DATE") & M.str.contains(r"^(?:last year|next year|[0-9]{4})$")
                         # (also a start: "Starting next year, the holiday will be celebrated on April 27")
                         & pl.col("before").str.contains(r"(?:^|[.!?]\s+|\n\s*)(?:in |during |(?:starting|beginning|from) )?$")
                         # (with or without its comma: "Last year the rains arrived on May 29")
                         & pl.col("after").str.contains(r"^(?:,| (?:the|a|an|he|she|it|they|we|its|their|his|her) )"))
    lf = lf.with_columns(
        ref_day=pl.when(pl.col("kind") == "DATE").then(ref_day), gran=pl.when(pl.col("kind") == "DATE").then(gran))
    # a day in a clause about an earlier event ("since the military removed him last Wednesday", "after battering
    # Jamaica on Wednesday", "the budget that X announced on Friday") is no anchor for a time of day in a later
    # sentence: that takes the last main-clause day; so is one in a past perfect clause ("He had recognized the two
    # regions on Monday ... Explosions were heard from about 5 a.m." is the lead's day)
    has_day = pl.col("day").is_not_null()
    day_before = pl.when(has_day).then(pl.col("before")).otherwise(pl.lit(""))
    sub = has_day & (_sub_clause(day_before) | day_before.str.contains(
        r"(?-u:\b)had (?:already |just |earlier |also |not )?(?:been|[a-z]+ed|[a-z]+en|made|met|told|held|said|sent|left|won|lost|led|set|put|hit|struck|spent|paid|sold|bought|built|fought|brought|found|begun|done|gone|seen)(?-u:\b)[^.;:!?,]*$"))
    prev = lambda e: e.shift(1).forward_fill().over("article_key")  # noqa: E731
    lf = lf.with_columns(_sub=sub.fill_null(False), main_day=prev(pl.when(has_day & ~sub).then(pl.col("day"))),
                         day_sub=prev(pl.when(has_day).then(sub)), day_sent=prev(pl.when(has_day).then(pl.col("sent"))))
    lf = lf.with_columns(
        anchor=pl.coalesce(pl.col("ref_day").shift(1).forward_fill().over("article_key"), DCT),
        agran=pl.col("gran").shift(1).forward_fill().over("article_key"),
        aday=pl.coalesce(pl.col("day").shift(1).forward_fill().over("article_key"), DCT),
        q_cand=pl.when(pl.col("value1").str.contains(r"^[0-9]{4}-Q[1-4]$") & (pl.col("kind") == "DATE")
                       # (a quarter with its year is usually an aside, "the third quarter of 2011"; "the final three months of 2012" opens
                       # an earnings story)
                       & (~M.str.contains(r"year-|last year|next year|[0-9]{4}") | M.str.contains(r"^the (?:first|last|final) three months of [0-9]{4}$"))
                       & (pl.col("value1") <= pl.format("{}-Q{}", DCT.dt.offset_by("-45d").dt.year(), DCT.dt.offset_by("-45d").dt.quarter())))
        .then(pl.col("value1")),
    )
    # the reported quarter is the first one an earnings story names; later ones are often asides ("after a flat
    # second quarter")
    lf = lf.with_columns(qa=pl.when(pl.col("q_cand").shift(1).forward_fill().over("article_key").is_not_null())
                         .then(pl.col("q_cand").first(ignore_nulls=True).over("article_key")))
    # "the previous quarter": the quarter before the last quarter mentioned (else before the DCT's)
    q_prev = pl.when(pl.col("value1").str.contains(r"^[0-9]{4}-Q[1-4]$") & (pl.col("kind") == "DATE")).then(pl.col("value1"))
    # the last period (month, quarter, half, week) named: "the same period last year" is it, a year back
    period = pl.when(pl.col("value1").str.contains(r"^[0-9]{4}-(?:Q[1-4]|H[12]|[0-9]{2}|W[0-9]{2})$") & (pl.col("kind") == "DATE")).then(pl.col("value1"))
    lf = lf.with_columns(q_anchor=pl.coalesce(q_prev.shift(1).forward_fill().over("article_key"),
                                              pl.format("{}-Q{}", DCT.dt.year(), DCT.dt.quarter())),
                         last_period=period.shift(1).forward_fill().over("article_key"),
                         # a year opening the sentence ("Last year, the index touched 486 on November 8", "In 2013, ...")
                         sent_year=pl.when((pl.col("sent").shift(1).over("article_key") == pl.col("sent"))
                                           & pl.col("year_opener").shift(1).over("article_key"))
                         .then(pl.col("value1").shift(1).over("article_key").str.extract(r"^([0-9]{4})$"))
                         # a holiday after a month named with its year in the same sentence is in that year ("a storm in
                         # December 2010 left passengers stranded in the days before Christmas")
                         .when((pl.col("sent").shift(1).over("article_key") == pl.col("sent")) & pl.col("hol").is_not_null()
                               & M.shift(1).over("article_key").str.contains(r"[a-z]\.? [0-9]{4}$")
                               & pl.col("value1").shift(1).over("article_key").str.contains(r"^[0-9]{4}-[0-9]{2}$"))
                         .then(pl.col("value1").shift(1).over("article_key").str.slice(0, 4))
                         # a day set after a year in apposition is in that year ("at or above 110 degrees in 2023, from
                         # June 30 to July 30"; "in 2019, and on June 3" is no apposition)
                         .when(pl.col("mon").is_not_null() & pl.col("before").str.contains(", ", literal=True))
                         .then(pl.col("before").str.slice(-48).str.extract(
                             r"(?-u:\b)(?:in|during) ([0-9]{4}), (?:(?:from |between |on )?|(?:from|between) [a-z]+\.? [0-9]{1,2} (?:to|and|through|until) )$")))
    anchor, m = pl.col("anchor"), M
    # "later in the week" / "earlier in the month" after a sentence of its own is the report's week ("struck on May 3,
    # 1999, when ... Forecasters warned of more storms later in the week"); in the sentence of a day named it is that day's
    ref_sent = prev(pl.when(pl.col("ref_day").is_not_null()).then(pl.col("sent")))
    anchor = pl.when(m.str.contains(r"^(?:earlier|later) in the (?:week|month)$") & (ref_sent < pl.col("sent"))).then(DCT).otherwise(anchor)
    # the position of each mention, and of the last day named before it other than the report's own ("said Thursday",
    # "the association said Wednesday")
    pos = pl.int_range(pl.len()).over("article_key")
    reported = pl.col("before").str.contains(r"(?-u:\b)(?:said|says|reported|announced|told [a-z]+)(?: on)? $")
    other_day = pl.when(pl.col("day").is_not_null() & (pl.col("day") != DCT) & ~reported).then(pos).shift(1).forward_fill().over("article_key")
    # "the previous week" after a week named since that day is the week before it ("rose last week ... the Labor
    # Department said Thursday ... from the previous week")
    is_week = (pl.col("kind") == "DATE") & pl.col("value1").str.contains(r"^[0-9]{4}-W[0-9]{2}$")
    week_pos = pl.when(is_week).then(pos).shift(1).forward_fill().over("article_key")
    week_named = pl.when(is_week).then(pl.col("value1")).shift(1).forward_fill().over("article_key")
    week_before = pl.when(m.str.contains(r"^the (?:previous|prior|preceding) week$") & (week_pos >= other_day.fill_null(-1))).then(
        pl.concat_str(week_named, pl.lit("-1")).str.to_date("%G-W%V-%u", strict=False).dt.offset_by("-1w").dt.strftime("%G-W%V"))
    step = (pl.when(m.str.contains(r"\b(?:that|same)\b|in the (?:day|week|month|year)$|^the (?:week|month)$")).then(0)
            .when(m.str.contains(r"\b(?:before|previous|prior|preceding)\b")).then(-1).otherwise(1))
    unit_s = m.str.extract(r"\b(day|week|month|quarter|year|weekend)\b")
    q_idx = pl.col("q_anchor").str.slice(0, 4).cast(pl.Int32) * 4 + pl.col("q_anchor").str.slice(6, 1).cast(pl.Int32) - 1 + step
    # "the previous day" in a relative clause after a sentence of its own tells of a participant in the lead's event: the
    # day before the lead's day ("Stocks rebounded today ... halted at 3:30 p.m. Monday ... the stocks that led the slide
    # the previous day led the recovery"; "bond prices, which had fallen the previous day" after "said Thursday" in the
    # same sentence keeps Thursday)
    lead_day = pl.when(pl.col("sent") == 0).then(pl.col("day")).first(ignore_nulls=True).over("article_key")  # the lead's day
    rel_prev = (m.str.contains(r"^the (?:previous|prior|preceding) day$") & (pl.col("day_sent") < pl.col("sent"))
                & pl.col("before").str.contains(r"(?-u:\b)(?:that|which|who)(?-u:\b)[^.;:!?,]*$"))
    anch_day = pl.when(rel_prev).then(pl.coalesce(lead_day, DCT)).otherwise(pl.col("aday")).dt.offset_by(pl.format("{}d", step))
    # "the previous Thursday": the Thursday before the anchor day; "the following Wednesday": the one after it
    dw, wd = pl.col("aday").dt.weekday().cast(pl.Int32), pl.col("wd")
    wd_delta = pl.when(m.str.starts_with("the previous ")).then(-(((dw - wd - 1) % 7) + 1)).otherwise(((wd - dw - 1) % 7) + 1)
    # "the following Monday morning": that day's part, a TIME
    wd_part = m.str.contains(r"^the (?:previous|following) [a-z]+day (?:morning|afternoon|evening|night)$")
    # "the following March": the first March after the anchor; "the previous March" the last one before it
    a_y, a_m = anchor.dt.year().cast(pl.Int32), anchor.dt.month().cast(pl.Int32)
    month_y = pl.when(m.str.starts_with("the following ")).then(a_y + (pl.col("mon") <= a_m).cast(pl.Int32)).otherwise(a_y - (pl.col("mon") >= a_m).cast(pl.Int32))
    anchored = (pl.when(m.str.contains(r"^the (?:following|previous|preceding) [a-z]+$") & pl.col("mon").is_not_null())
                .then(pl.format("{}-{}", month_y, pl.col("mon").cast(pl.Utf8).str.zfill(2)))
                .when(m.str.contains(r"^the (?:previous|following) [a-z]+day")).then(pl.format(
                    "{}{}", _fmt_day(pl.col("aday").dt.offset_by(pl.format("{}d", wd_delta))),
                    pl.when(wd_part).then(pl.col("tod")).otherwise(pl.lit(""))))
                .when(unit_s == "day").then(_fmt_day(anch_day))
                .when(week_before.is_not_null()).then(week_before)
                .when(unit_s == "week").then(anchor.dt.offset_by(pl.format("{}w", step)).dt.strftime("%G-W%V"))
                .when(unit_s == "month").then(anchor.dt.offset_by(pl.format("{}mo", step)).dt.strftime("%Y-%m"))
                .when(unit_s == "quarter").then(pl.format("{}-Q{}", q_idx // 4, q_idx % 4 + 1))
                .when(unit_s == "year").then(anchor.dt.offset_by(pl.format("{}y", step)).dt.strftime("%Y")))
    earlier = pl.when(pl.col("agran") == "M").then(
        anchor.dt.offset_by(pl.format("-{}{}", pl.col("qn").cast(pl.Int64, strict=False).fill_null(0), pl.col("unit").replace_strict({"year": "y", "month": "mo"}, default="mo"))).dt.strftime("%Y-%m")
    ).otherwise(ago_value(anchor))
    # financial reporting: "a year ago/earlier", "year-earlier", "the year-ago period", "the quarter",
    # "the latest period", "the 1988 quarter" take the quarter of the previous quarter mention
    qa = pl.col("qa")
    qa_prev = pl.format("{}-{}", qa.str.slice(0, 4).cast(pl.Int32) - 1, qa.str.slice(5, 2))
    year_back = m.str.contains(r"^(?:(?:a|an|one) year (?:ago|earlier)|year-(?:earlier|ago))$|^(?:the )?(?:comparable |same )?year-(?:earlier|ago) (?:quarter|period)$|^last year's (?:quarter|period)$")
    same_q = m.str.contains(r"^the (?:latest )?(?:quarter|period)$")
    year_q = m.str.contains(r"^(?:the )?[0-9]{4} (?:quarter|period)$")
    # "for the full year" after the reported quarter is that quarter's year (fourth-quarter results in February)
    full_year = m.str.contains(r"^the (?:full|whole|entire) year$")
    # (after a year named in the same sentence it is the year before that: "earned $1.86 billion in 1997, up from $1.31
    # billion a year earlier")
    after_year = ((pl.col("kind").shift(1).over("article_key") == "DATE") & (pl.col("sent").shift(1).over("article_key") == pl.col("sent"))
                  & pl.col("value1").shift(1).over("article_key").str.contains(r"^[0-9]{4}$"))
    # (so after a month opening the sentence: "In June, consumer prices were 9.1% higher than a year earlier" is June a
    # year back)
    after_year = after_year | ((pl.col("sent").shift(1).over("article_key") == pl.col("sent"))
                               & pl.col("value1").shift(1).over("article_key").str.contains(r"^[0-9]{4}-[0-9]{2}$")
                               & pl.col("before").shift(1).over("article_key").str.contains(r"(?:^|[.!?]\s+|\n\s*)(?:in |during )?$"))
    q_value = (pl.when(year_back & ~after_year).then(qa_prev).when(same_q).then(qa).when(full_year).then(qa.str.slice(0, 4))
               .when(year_q).then(pl.format("{}-{}", pl.col("yr"), qa.str.slice(5, 2))))
    lp = pl.col("last_period")
    same_last_year = (m.str.contains(r"^the (?:same|corresponding|comparable) [a-z]+ (?:of |in )?(?:last year|the (?:previous|prior) year|a year (?:ago|earlier|before))$")
                      & lp.is_not_null())
    # (in an earnings story a month named last outside the reported quarter is an aside: "cold weather in March and
    # April hurt sales ... down from $4.2 billion in the same period last year" is the first quarter a year back)
    lp_mon = lp.str.slice(5, 2).cast(pl.Int32, strict=False)
    lp_aside = (lp.str.contains(r"^[0-9]{4}-[0-9]{2}$") & pl.col("qa").is_not_null()
                & ((lp.str.slice(0, 4) != pl.col("qa").str.slice(0, 4)) | ((lp_mon - 1) // 3 + 1 != pl.col("qa").str.slice(6, 1).cast(pl.Int32, strict=False))))
    lp = pl.when(lp_aside).then(pl.col("qa")).otherwise(lp)
    last_year_period = pl.format("{}{}", lp.str.slice(0, 4).cast(pl.Int32, strict=False) - 1, lp.str.slice(4))
    in_named_year = ((pl.col("kind") == "DATE") & pl.col("yr").is_null() & pl.col("mon").is_not_null() & pl.col("sent_year").is_not_null()
                     & pl.col("value1").str.contains(r"^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$") & ~m.str.contains(r"\b(?:last|next|this|coming|past)\b"))
    later = pl.col("day_sub") & (pl.col("day_sent") < pl.col("sent")) & pl.col("main_day").is_not_null()
    # a clock time after a part of a named day that holds it is on that day ("tore across the state Monday night ...
    # touched down at about 9:40 p.m."; after "Sunday night", 3 a.m. is Monday's), also past the reporting day between
    # them ("on Sunday evening, officials said Monday. The twister touched down at about 6:40 p.m."): the latest such part
    hour = pl.col("tod").str.extract(r"^T([0-9]{2}):").cast(pl.Int32, strict=False)
    fits = {"TNI": (hour >= 18) | (hour < 6), "TEV": hour >= 17, "TMO": (hour >= 4) & (hour < 12), "TAF": (hour >= 12) & (hour < 18)}
    # (window columns staged once: the expressions below read each several times)
    # (today's part in a relative clause holds none: "a figure that organizers disputed this morning. Speeches began at 6 a.m.")
    part_row = pl.col("day").is_not_null() & ~(pl.col("_sub") & (pl.col("day") == DCT))
    lf = lf.with_columns(_other_day=other_day, **{f"_pos_{c}": pl.when(part_row & (pl.col("tod") == c)).then(pos)
                                                   .shift(1).forward_fill().over("article_key") for c in fits},
                         **{f"_at_{c}": pl.when(part_row & (pl.col("tod") == c)).then(pl.col("day"))
                            .shift(1).forward_fill().over("article_key") for c in fits})
    other_day = pl.col("_other_day")
    part_pos = {c: pl.col(f"_pos_{c}") for c in fits}
    part_at = {c: pl.col(f"_at_{c}") for c in fits}
    # (no other day between them but the report's own: "Sunday night ... an 81-71 win ... face Florida Friday ... 9:45 p.m.")
    best = pl.max_horizontal([pl.when(f).then(part_pos[c]) for c, f in fits.items()])
    best = pl.when(best >= other_day).then(best)
    next_day = pl.when(hour < 6).then(pl.lit("1d")).otherwise(pl.lit("0d"))  # (a night runs past midnight)
    part_day = pl.coalesce([pl.when(f & (part_pos[c] == best)).then(part_at[c].dt.offset_by(next_day if c == "TNI" else "0d")) for c, f in fits.items()])
    # a bare clock time in a sentence after the report's day ("was found alive on Tuesday, authorities said Wednesday. A
    # helicopter crew spotted him at about 3 p.m.") is on the day the report's sentence tells of ("a spokesman said
    # Wednesday that he was released at 9 a.m." stays the report's)
    dated = pl.col("day").is_not_null()
    told_sent = prev(pl.when(dated & ~reported).then(pl.col("sent")))
    report_sent = prev(pl.when(dated & reported).then(pl.col("sent")))
    told_day = pl.when(prev(pl.when(dated).then(reported)) & (told_sent == report_sent) & (report_sent < pl.col("sent"))
                       & ~m.str.contains(r"^the (?:next|following|previous|prior|preceding) ")).then(prev(pl.when(dated & ~reported).then(pl.col("day"))))
    # a clock time after "a week ago" / "two days ago" in its sentence, no day named between, is on that day ("the bombs
    # that destroyed the embassies a week ago went off at about 10:30 a.m.")
    ago_n = pl.col("qn").cast(pl.Int64, strict=False) * pl.when(pl.col("unit") == "week").then(7).when(pl.col("unit") == "day").then(1)
    ago_row = (pl.col("kind") == "AGO") & pl.col("m").str.ends_with(" ago") & ago_n.is_not_null()
    ago_mark = pl.when(ago_row).then(pl.col("sent")).when(dated).then(-1)
    ago_day = pl.when(prev(ago_mark) == pl.col("sent")).then(prev(pl.when(ago_row).then(DCT.dt.offset_by(pl.format("-{}d", ago_n)))))
    # the end of a period or a range in an earlier sentence holds no clock time ("the three months ended Aug. 31 ... Shares
    # were up 4 percent by 10:30 a.m." is today's; "open on Friday, July 26 and run through Aug. 11. The ceremony is due
    # to begin at 7:30 p.m." is July 26's), nor does a deadline ("pull out before May 1 ... will speak at 2:15 p.m."
    # is today's): the last day named that is no end, else today
    # (nor do a rescheduled event's days, which leave today: "originally scheduled for Sunday and then moved to Monday.
    # Racers stood at the top at about 7:30 a.m." is today's)
    resched = dated & pl.col("before").str.contains(
        r"(?-u:\b)(?:(?:moved|postponed|rescheduled|put off|pushed back|delayed|shifted) (?:back )?(?:to|until|till|for)|originally (?:scheduled|set|planned|slated) for) $")
    # (nor do a pair of weekdays, a span: "fled the coast on Tuesday and Wednesday ... By 11 a.m., Floyd had weakened" is
    # the lead's day)
    pair = dated & (pl.col("before").str.contains(r"[a-z]day (?:and|or) $") | pl.col("after").str.contains(r"^ (?:and|or) [a-z]+day(?-u:\b)")) & m.str.contains(r"^[a-z]+day$")
    # (a day things had happened by is no deadline: "broke out on Monday and by Tuesday morning had forced evacuations")
    endpoint = resched | pair | (dated & pl.col("before").str.contains(r"(?-u:\b)(?:ended|ending|through|thru|until|till|before|by) $")
                                 & ~(pl.col("before").str.ends_with("by ") & pl.col("after").str.contains(r"^,? (?:(?:the |a |an )?[a-z]+ )?had (?:been |[a-z]+(?:ed|en|t)(?-u:\b))")))
    end_last = prev(pl.when(dated).then(endpoint)) & (pl.col("day_sent") < pl.col("sent")) & ~m.str.starts_with("the ")
    clock_aday = (pl.when(end_last & prev(pl.when(dated).then(resched))).then(DCT)
                  .when(end_last).then(pl.coalesce(prev(pl.when(dated & ~endpoint).then(pl.col("day"))), DCT)).otherwise(pl.col("aday")))
    # an early-morning clock time after an evening one on the day carried over is the next morning ("called Florida at
    # 7:50 p.m. last night, withdrew the call at about 10 p.m., and declared Bush the winner shortly after 2 a.m.")
    clock_row = hour.is_not_null()
    # (also any morning hour that ends a range from the evening: "a curfew from 7 p.m. to 6 a.m.")
    range_end = pl.col("before").str.contains(r"p\.?m\.? (?:to|until|till) $")
    past_midnight = (((hour < 6) | ((hour < 12) & range_end)) & (prev(pl.when(clock_row).then(hour)) >= 18)
                     & (prev(pl.when(clock_row).then(pos)) >= pl.coalesce(prev(pl.when(dated).then(pos)), pl.lit(-1))))
    clock_aday = pl.when(past_midnight & pl.col("day").is_null()).then(clock_aday.dt.offset_by("1d")).otherwise(clock_aday)
    # ("the previous evening": the evening of the day before the anchor day)
    time_day = pl.coalesce(pl.col("day"), part_day, ago_day, pl.when(later).then(pl.col("main_day")), told_day, clock_aday.dt.offset_by(
        pl.when(m.str.contains(r"^the (?:next|following) ")).then(pl.lit("1d"))
        .when(m.str.contains(r"^the (?:previous|prior|preceding) (?:morning|afternoon|evening|night)$")).then(pl.lit("-1d")).otherwise(pl.lit("0d"))))
    # a bare clock time agrees with the tense of its clause (the words since the last comma): one that "will" happen is
    # not on a past day ("died on Monday ... The funeral service will begin at 11 a.m." is the day ahead the lead's
    # sentence names, else today's: "metro lines will close at 10 p.m."), and one that happened is not on a day ahead
    # ("adjourned until Friday ... he fired at about 3 a.m." is the last day named up to today; "tip-off set for 6:09 p.m." is no past)
    clause = (pl.col("before").str.replace_all(_ABBREV_DOT, "${1}_").str.replace_all(r"([ap])\.m\.", "${1}m")
              .str.extract(r"([^.;!?,]*)$").str.replace_all(_NOT_VERB, " ")
              .str.replace_all(r"(?-u:\b)(?:set|slated|due|timed|fixed) (?:for|to)(?-u:\b)", " is to "))
    lf = lf.with_columns(_time_day=time_day, _clause=clause, _past_midnight=(past_midnight & pl.col("day").is_null()).fill_null(False))
    time_day, clause = pl.col("_time_day"), pl.col("_clause")
    fut_clause = clause.str.contains(_FUTURE_CLOCK)
    past_clause = ~fut_clause & clause.str.contains(_PAST_CLOCK)
    lead_ahead = pl.when((pl.col("day") > DCT) & (pl.col("sent") == 0)).then(pl.col("day")).first(ignore_nulls=True).over("article_key")
    up_to_today = prev(pl.when(pl.col("day") <= DCT).then(pl.col("day")))
    # the deadline of a past order is on the order's day, the last main-clause day up to today, not one in a since/relative
    # clause ("a heat wave that began on New Year's Day ... Police ordered residents to leave by 6 p.m." is the lead's day)
    order_by = pl.col("before").str.contains(
        r"(?-u:\b)(?:order|instruct|told|urg|ask|advis|direct)[a-z]* (?:[a-z0-9.'$_-]+ ){0,6}to [a-z]+(?: [a-z0-9.'$_-]+){0,5} (?:by|before|until) (?:about |around )?$")
    main_up_to_today = prev(pl.when((pl.col("day") <= DCT) & ~pl.col("_sub")).then(pl.col("day")))
    bare = pl.col("day").is_null() & (pl.col("kind") == "TIME")
    # (a morning report, which tells of "this morning" and neither of "today" nor of a later part of it, puts a past
    # afternoon or evening hour on the day before: "Good morning. This morning ... The networks projected Florida for
    # Gore at 7:50 p.m." is yesterday's; "convicted him today ... The verdict was read at 2:15 p.m." stays today's)
    morning_report = (m.str.contains(r"^(?:early |late )?this morning$").any().over("article_key")
                      & ~m.str.contains(r"(?-u:\b)(?:tonight|this (?:afternoon|evening)|today)$").any().over("article_key"))
    # (a present copula tells of the lead's day: "Real need three goals on Tuesday night ... the final will be played on
    # May 25 ... Kickoff is at 8:45 p.m." is Tuesday's)
    pres_clause = ~fut_clause & ~past_clause & clause.str.contains(r"(?-u:\b)(?:is|are) (?:at |set for )?(?:about |around )?$")
    # (and a schedule in the present, "our next report comes at 8 o'clock", "coverage continues at 10 p.m.", is today's
    # unless the lead is on a day ahead)
    sched_clause = ~fut_clause & ~past_clause & clause.str.contains(r"(?-u:\b)(?:comes|continues|resumes|returns|airs|begins|starts) (?:again )?at (?:about |around )?$")
    time_day = (pl.when(bare & past_clause & order_by & (pl.col("_sub").shift(1).forward_fill().over("article_key") | (time_day > DCT))).then(pl.coalesce(main_up_to_today, DCT))
                .when(bare & pres_clause & (lead_day >= DCT)).then(lead_day)
                .when(bare & sched_clause).then(pl.when(lead_day >= DCT).then(lead_day).otherwise(DCT))
                .when(bare & fut_clause & (time_day < DCT)).then(pl.coalesce(lead_ahead, DCT))
                .when(bare & past_clause & (time_day > DCT)).then(pl.coalesce(up_to_today, DCT))
                .when(bare & past_clause & (time_day == DCT) & (hour >= 12) & morning_report).then(DCT.dt.offset_by("-1d")).otherwise(time_day))
    # a bare clock time opening a range is on its end's day, the day before when it runs past midnight ("in effect from
    # 4 a.m. to 7 p.m. Thursday", "closed from 10 p.m. until 5 a.m. Sunday")
    nxt = lambda e: e.shift(-1).over("article_key")  # noqa: E731
    end_day = nxt(pl.when(pl.col("kind") == "TIME").then(pl.col("day")))
    time_day = pl.when(bare & end_day.is_not_null() & pl.col("before").str.ends_with("from ")
                       & pl.col("after").str.contains(r"^ (?:to|until|till|through) |^ ?[-–] ?")
                       & (nxt(pl.col("char_start")) - pl.col("char_end") < 10)).then(
        pl.when(hour > nxt(hour)).then(end_day.dt.offset_by("-1d")).otherwise(end_day)).otherwise(time_day)
    # (the morning after an evening clock time is the day after that time's, however the clause moved it: "ordered a
    # curfew from 7 p.m. to 5 a.m.")
    lf = lf.with_columns(_time_day=pl.when(pl.col("_past_midnight") & bare).then(
        prev(pl.when(clock_row).then(time_day)).dt.offset_by("1d")).otherwise(time_day))
    time_day = pl.col("_time_day")
    time_day_s = pl.when(time_day.is_not_null()).then(_fmt_day(time_day)).otherwise(pl.lit("XXXX-XX-XX"))
    # "that summer": the season of the year last named ("on Aug. 6, 2011, one of several robberies that summer")
    that_season = m.str.extract(r"^that (spring|summer|autumn|fall|winter)$").replace_strict(
        P.SEASON_CODE, default=None)
    kind = pl.col("kind")
    year_named = pl.coalesce(pl.col("day").dt.year().cast(pl.Utf8), pl.col("value1").str.extract(r"^([0-9]{4})(?:$|-)"))
    season_year = pl.coalesce(year_named.shift(1).forward_fill().over("article_key"), DCT.dt.year().cast(pl.Utf8))
    # ("elected that June": the month of the year last named, like "that summer")
    that_month = m.str.extract(r"^that ([a-z]+)$").replace_strict(P.MONTH_NUM, default=None, return_dtype=pl.Int32)
    value_expr = (pl.when(that_season.is_not_null()).then(pl.format("{}-{}", season_year, that_season))
                  .when(that_month.is_not_null()).then(pl.format("{}-{}", season_year, that_month.cast(pl.Utf8).str.zfill(2)))
                  .when(same_last_year).then(last_year_period)
                  .when(pl.col("range_end") & (kind == "DATE")).then(_fmt_day(pl.col("day")))
                  .when(in_named_year).then(pl.format("{}{}", pl.col("sent_year"), pl.col("value1").str.slice(4))).when(qa.is_not_null() & q_value.is_not_null()).then(q_value).when(kind == "ANCHORED").then(anchored).when(kind == "EARLIER").then(earlier)
                  .when(kind == "TIME").then(pl.format("{}{}", time_day_s, pl.col("tod"))).otherwise(pl.col("value1")))
    ttype = (pl.when((kind == "ANCHORED") & wd_part).then(pl.lit("TIME")).when(same_last_year | (qa.is_not_null() & q_value.is_not_null())).then(pl.lit("DATE"))
             .when(kind.is_in(["REF", "AGO", "EARLIER", "ANCHORED"])).then(pl.lit("DATE")).otherwise(kind))
    value = pl.col("timex_value")
    resolved = (pl.when(kind.is_in(["DATE", "TIME"])).then(pl.col("day"))
                .when(kind.is_in(["ANCHORED", "EARLIER", "AGO"]) & value.str.contains(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T[A-Z]{2})?$"))
                .then(value.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False)))
    staged = ["_sub", "_other_day", "_time_day", "_clause", "_past_midnight", *(f"_{k}_{c}" for k in ("pos", "at") for c in fits)]
    return lf.with_columns(timex_type=ttype, timex_value=value_expr).with_columns(resolved_date=resolved).drop(staged)
