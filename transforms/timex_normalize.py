"""TIMEX3 type / value / resolved day for each mention, computed over whole columns (first pass: what
needs only the document date; `timex_anchor.second_pass` resolves mentions on earlier ones).

Input columns: `article_key`, `char_start`, `m` (lowercased mention), `dct` (Date, may be null),
`tense` ('future' | 'past' | 'neutral', from the words before the mention in its clause).
Rules (documented choices):
- weekday: past/neutral -> the latest such day on or before the document date; future -> the first
  on or after; 'last X' strictly before, 'next X' strictly after.
- month (and day-month) without a year: past -> latest not after the document date, future -> the
  first not before it, neutral -> the document's year.
- 'N units ago' anchors on the document date; 'N units earlier', 'the day before', 'the following
  year', and times of day without a day anchor on the previous dated mention of the same article
  (else the document date). 'N units later/after' is a DURATION of 'N units'.
- Parts of day: morning TMO, afternoon TAF, evening TEV, night/overnight TNI, lunchtime TMI; midday is noon (T12:00).
Rules added for TimeML 1.2.1 / TempEval-3 values (scored on TimeBank+AQUAINT, scripts/eval_timebank.py):
- Month (day) without a year: 'last/next/this <month>' -> the previous / next / current such month;
  otherwise by tense and distance (`_PAST_FWD` etc.): past goes back a year only when the month is more
  than ~2 months ahead of the document date ("will expire Nov. 16" reported in the past tense stays in
  the DCT's year), future moves forward only when more than ~2 months behind, neutral takes the nearer
  occurrence with a backward bias. A weekday given with the day ("Monday, Oct. 26") picks the year
  whose calendar agrees.
- Quarters: "the third quarter" / "third-quarter" / "fourth quarter" -> YYYY-Qn (past tense and a
  quarter after the DCT's -> previous year); "this year's / next year's / the 1988 second quarter";
  "the quarter", "the latest quarter/period" -> the quarter of the previous current-period quarter
  mention in the article (else the last completed quarter, DCT - 45 days); "a year ago/earlier",
  "year-earlier", "year-ago", "the year-ago quarter/period", "last year's quarter" -> that quarter a year
  back; "the 1988 quarter/period" -> that year, same quarter. "the past two quarters" is DURATION P2Q.
- Seasons incl. "last/this/next fall": 'last X' is the latest X that has ended, 'next X' the next to start.
- 'N weeks ago' is at week granularity (1998-W02), like 'N months ago' at month granularity.
- Anchored: "that day/week/month/year", "(earlier|later) that day", "the same day", "earlier in the year"
  take the previous dated mention at their unit; "that morning" / "the next morning" are TIME on the
  previous day mentioned (+1 for next/following).
- Holidays with fixed dates (Christmas, New Year's Day/Eve, ...) and Thanksgiving (4th Thursday of
  November) resolve like a month and day without a year.
- Halves: "N and a half" / "N 1/2" / "half a(n)" units -> P2Y6M, PT5H30M, P1DT12H, PT1M30S, P6M, PT30M.
- Movable holidays (Easter and its days, Thanksgiving, Election/Labor/Memorial/Columbus/MLK/Presidents'/Mother's/Father's Day) get
  their day in the inferred year (`timex_parts.movable_holiday`); "the week of Nov. 15" is that ISO week; "the day
  before/after <day>" shifts it; "the previous/following Thursday" and "for the week" / "the month's" are anchored;
  "Tuesday nights" is SET XXXX-WXX-2TNI; "the last half of 2012" / "the final quarter (of the year)" are H2 / Q4.
- Seasons: a bare season in a past clause that has not begun this year is last year's, in a future clause one that
  has ended is next year's; "last winter" in January or February is the previous one.
- "the October-December quarter" is the quarter of its first month; "the previous/prior/preceding quarter" the one
  before the last quarter mentioned (else before the DCT's); "a decade ago" is a year (TimeBank); "Dec. 22 and 29, 2016"
  gives both days the year; "a quarter century" is P25Y, "half a century" P50Y.
"""
from __future__ import annotations

import polars as pl

from transforms import timex_parts as P
from transforms.timex_patterns import HOLIDAY, MONTH_ANY

M = pl.col("m")
DCT = pl.col("dct")


_MONTHS = "(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# month (day) without a year, in days from the DCT within the DCT's year: past tense goes back a year only
# beyond _PAST_FWD days ahead (deadlines reported in the past tense), future forward beyond _FUT_BACK days
# behind, and neutral picks the nearer occurrence with a backward bias.
_PAST_FWD, _FUT_BACK, _NEUTRAL_FWD, _NEUTRAL_BACK = 62, 62, 124, 248
# a day without a year takes the year written after the next day of a pair ("Dec. 22 and Dec. 29, 2016", "Dec. 22
# and 29, 2016", "22 and 29 December 2016")
_DAY_NO_YEAR = rf"(?:{MONTH_ANY} [0-9]{{1,2}}(?:st|nd|rd|th)?|^[0-9]{{1,2}}(?:st|nd|rd|th)?(?: (?:of )?{MONTH_ANY})?)$"
_PAIR_YEAR = rf"^(?:,? (?:and|or|to|through|until) |[-–])(?:{MONTH_ANY} )?[0-9]{{1,2}}(?:st|nd|rd|th)?(?: (?:of )?{MONTH_ANY})?,? ([0-9]{{4}})(?-u:\b)"
# so does a month without a year before the second month of a range ("between March and September 2012")
_MONTH_PAIR_YEAR = rf"^ ?(?:and|to|through|until|till|[-–]) ?{MONTH_ANY},? ([0-9]{{4}})(?-u:\b)"
# a day without a year after a month with its year earlier in its sentence, linked by before/after, is in that year ("sold
# shares in late March 2018, two weeks before the company disclosed on April 9"; not "since November 2014, and ... since Jan. 4"), unless the words between look ahead ("passed in March 2018,
# takes effect on April 9")
_SENT_MONTH_YEAR = rf"(?-u:\b){MONTH_ANY} (?:[0-9]{{1,2}},? )?([0-9]{{4}})(?-u:\b)[^.!?;]*(?-u:\b)(?:before|after|later|earlier|until)(?-u:\b)[^.!?;]*$"
_AHEAD_WORDS = r"(?-u:\b)(?:will|'ll|takes? effect|is to|are to|is due|are due|scheduled|expected|next|this year)(?-u:\b)[^.!?;]*$"
# resolved on the previous dated mention of the article (else the document date): "the day before", "that week",
# "earlier in the month", "the previous Thursday", "for the week"
# a quarter or half named by its months ("the final three months of 2012"): a DATE, not a DURATION
_MONTHS_PERIOD = r"^the (?:first|last|final) (?:three|six) months of "
_ANCHORED = (r"^the (?:previous|prior|preceding|following|next) (?:day|week|month|quarter|year|weekend)$|^the (?:day|week|month|year) (?:before|after)(?: last)?$"
             r"|(?:^|^earlier |^later |^on )(?:that|the same|that same) (?:day|week|month|year)$|^(?:earlier|later) in the (?:day|week|month|year)$"
             r"|^the (?:previous|following) [a-z]+day(?: (?:morning|afternoon|evening|night))?$|^the (?:week|month)$"
             r"|^the (?:following|previous|preceding) (?:january|february|march|april|may|june|july|august|september|october|november|december)$")


def _c(pattern: str) -> pl.Expr:
    return M.str.contains(pattern)


def _fmt_day(d: pl.Expr) -> pl.Expr:
    return d.dt.strftime("%Y-%m-%d")


def _mk_date(y: pl.Expr, mo: pl.Expr, d: pl.Expr) -> pl.Expr:
    s = pl.format("{}-{}-{}", y.cast(pl.Utf8).str.zfill(4), mo.cast(pl.Utf8).str.zfill(2), d.cast(pl.Utf8).str.zfill(2))
    return s.str.to_date("%Y-%m-%d", strict=False)


def _shift(d: pl.Expr, n: pl.Expr | int, unit: str) -> pl.Expr:
    n = pl.lit(n) if isinstance(n, int) else n
    return d.dt.offset_by(pl.format("{}" + unit, n.cast(pl.Utf8)))


def _weekday_day(wd: pl.Expr, future: pl.Expr, strict_past: pl.Expr, strict_future: pl.Expr) -> pl.Expr:
    dw = DCT.dt.weekday().cast(pl.Int32)
    back = -((dw - wd) % 7)
    back_strict = -(((dw - wd - 1) % 7) + 1)
    fwd = (wd - dw) % 7
    fwd_strict = ((wd - dw - 1) % 7) + 1
    delta = (pl.when(strict_past).then(back_strict).when(strict_future).then(fwd_strict)
             .when(future).then(fwd).otherwise(back))
    return _shift(DCT, delta, "d")


def first_pass(lf: pl.LazyFrame) -> pl.LazyFrame:
    """Everything that needs only the document date."""
    ny, nm, nd = P.numeric_date()
    n, unit = P.quantity()
    lf = lf.with_columns(
        yr=pl.coalesce(P.year(), pl.when(_c(_DAY_NO_YEAR)).then(pl.col("after").str.extract(_PAIR_YEAR).cast(pl.Int32)),
                       pl.when(_c(rf"^{MONTH_ANY}$")).then(pl.col("after").str.extract(_MONTH_PAIR_YEAR).cast(pl.Int32)),
                       pl.when(_c(_DAY_NO_YEAR) & ~pl.col("before").str.contains(_AHEAD_WORDS)).then(pl.col("before").str.extract(_SENT_MONTH_YEAR).cast(pl.Int32))), mon=P.month(), dom=P.day_of_month(), hol=P.holiday(), ny=ny, nm=nm, nd=nd,
        clock=P.clock(), part=P.part_of_day(), qn=n, unit=unit,
        dy=DCT.dt.year().cast(pl.Int32), dmo=DCT.dt.month().cast(pl.Int32), ddom=DCT.dt.day().cast(pl.Int32),
    ).with_columns(wd=pl.when(pl.col("hol").is_null()).then(P.weekday()))  # "Good Friday" is a holiday, not a Friday
    fut = (pl.col("tense") == "future") | _c(r"^(?:next|coming)\b|\bnext (?:year|month)")
    past = (pl.col("tense") == "past") | _c(r"\b(?:last|past|previous)\b")
    mon, dom, yr = pl.col("mon"), pl.col("dom"), pl.col("yr")
    y_rel = (pl.when(_c(r"\blast year\b")).then(pl.col("dy") - 1).when(_c(r"\bnext year\b")).then(pl.col("dy") + 1))
    # signed distance (days, months counted as 31) from the document date to the month (day) in the DCT's year
    off = (mon - pl.col("dmo")) * 31 + pl.coalesce(dom, pl.col("ddom")) - pl.col("ddom")
    # a holiday is a day, not a deadline: one in a past clause that is still ahead this year is last year's (and one
    # in a future clause already gone is next year's); movable ones are measured on their real day this year
    # (a column, as the year rules below read it many times)
    hol = pl.col("hol").is_not_null()
    lf = lf.with_columns(off=pl.when(hol).then(pl.coalesce(P.movable_holiday(pl.col("hol"), pl.col("dy")), _mk_date(pl.col("dy"), mon, dom)) - DCT)
                         .otherwise(pl.duration(days=off)).dt.total_days())
    off = pl.col("off")
    # (a holiday at most a week ahead after "for/ahead of/before/the run-up to" is this year's even in a past sentence:
    # "were busy on Good Friday ... sunshine for Easter" two days before it, "a fall in shoppers in the run-up to
    # Christmas"; "Turnout was high on Election Day" and "on Black Friday last year" are last year's)
    # (so is one naming its own events after a determiner: "Ireland has called off its St. Patrick's Day parades" five
    # days before it)
    hol_b, hol_a = pl.when(hol).then(pl.col("before")).otherwise(pl.lit("")), pl.when(hol).then(pl.col("after")).otherwise(pl.lit(""))
    hol_ahead = ((hol_b.str.contains(r"(?-u:\b)(?:for|ahead of|before|(?:run|lead|build)-up to) $")
                  | (hol_b.str.contains(r"(?-u:\b)(?:its|their|the|this year's) $")
                     & hol_a.str.contains(r"^ (?:parades?|celebrations?|festivities|festivals?|concerts?|services|gatherings?|fireworks|events|dinners?|feasts?|plans)(?-u:\b)")))
                 & ~hol_a.str.contains(r"^,? (?:last year|a year (?:ago|earlier))"))
    past_fwd = pl.when(hol).then(pl.when(hol_ahead).then(7).otherwise(0)).otherwise(_PAST_FWD)
    fut_back = pl.when(hol).then(0).otherwise(_FUT_BACK)
    dy = pl.col("dy")
    # a deadline ("postponed until Tuesday", "pay down the loan by February", "loans through January") lies ahead
    # whatever the tense ("continued until Saturday night" in a past sentence stays in the past)
    # (the regexes only read contexts that end in such a word: cheap literal tests first)
    b = pl.col("before")
    tail = pl.when(b.str.ends_with("until ") | b.str.ends_with("till ") | b.str.ends_with("through ")
                   | b.str.ends_with(" by ") | b.str.ends_with(" as ") | b.str.ends_with("effective ") | b.str.ends_with("payable ")).then(b).otherwise(pl.lit(""))
    # (a change "effective Feb. 1" or a dividend "payable Jan. 2" takes effect later, whatever the tense)
    # (an infinitive after an urging verb looks ahead too: "urged residents to stay off the roads until Thursday")
    deadline = (tail.str.contains(r"(?:postpone|put off|delay|defer|adjourn|extend|suspend|shut|clos|ban|halt|ground|give|gave|given|deadline|warning|watch|alert|advisory|curfew|emergency)[a-z]* (?:[a-z0-9.'$-]+ ){0,10}(?:until|till|through) $|[a-z] as (?:soon|early) as $|(?-u:\b)(?:effective|payable) $"
                                   r"|(?-u:\b)(?:urg|ask|told|tell|order|advis|warn|instruct|encourag|allow|call(?:ed|s|ing)? on)[a-z]* (?:[a-z0-9.'$-]+ ){0,4}to [a-z]+ (?:[a-z0-9.'$-]+ ){0,6}(?:until|till|through) $")
                | (tail.str.contains(r"[a-z] (?:until|till) $") & (pl.col("tense") != "past"))
                | (tail.str.contains(r"[a-z] by $") & (mon.is_not_null() | _c(r"^(?:the )?weekend$|^[a-z]+day$")) & (pl.col("tense") != "past"))
                # (a present modal's deadline lies ahead over a participle before it: "ballots postmarked by Election Day can
                # still be counted if they arrive by Saturday")
                | (tail.str.contains(r"(?-u:\b)(?:can|must|should|may)(?: still| only| not| also)? (?:[a-z]+ ){1,8}by $") & _c(r"^[a-z]+day$")))
    # a date a plan is moved to lies ahead, the passive too ("the deadline was pushed back this week to Jan. 31" in
    # October, "extended the offer to Feb. 28"); only a month or its day, as a weekday's direction keeps the tense
    moved_to = (pl.when(mon.is_not_null() & b.str.ends_with(" to ")).then(b).otherwise(pl.lit("")).str.contains(r"(?-u:\b)(?:postpone|delay|defer|pushed back|push(?:es|ing)? (?:[a-z0-9.'$-]+ ){0,4}back|put (?:[a-z0-9.'$-]+ ){0,4}back|put off|moved back|reschedul|extend)[a-z]* (?:[a-z0-9.,'$-]+ ){0,8}to $"))
    deadline = deadline | moved_to
    fut = fut | deadline
    named = r"(?:" + _MONTHS[3:-1] + "|" + HOLIDAY[3:-1] + ")"
    inferred_year = (pl.when(_c(r"\blast " + named)).then(pl.when(off >= 0).then(dy - 1).otherwise(dy))
                     .when(_c(r"\b(?:next|coming) " + named)).then(pl.when(off <= 0).then(dy + 1).otherwise(dy))
                     .when(_c(r"\bthis " + _MONTHS)).then(dy)
                     # a start of what lasts until now is behind us ("the first cut since July" in May is last July)
                     .when(b.str.ends_with("since ") & (off > 0)).then(dy - 1)
                     .when((pl.col("tense") == "past") & ~deadline).then(pl.when(off > past_fwd).then(dy - 1).otherwise(dy))
                     .when(fut).then(pl.when(off < -fut_back).then(dy + 1).otherwise(dy))
                     .otherwise(pl.when(off > _NEUTRAL_FWD).then(dy - 1).when(off < -_NEUTRAL_BACK).then(dy + 1).otherwise(dy)))
    # a weekday given with the day ("Monday, Oct. 26") picks the year whose calendar agrees
    wd = pl.col("wd")
    wd_ok = lambda y: _mk_date(y, mon, dom).dt.weekday() == wd  # noqa: E731
    inferred_year = (pl.when(wd.is_null() | dom.is_null() | wd_ok(inferred_year)).then(inferred_year)
                     .when(wd_ok(dy)).then(dy).when(wd_ok(dy - 1)).then(dy - 1).when(wd_ok(dy + 1)).then(dy + 1)
                     .otherwise(inferred_year))
    lf = lf.with_columns(y_full=pl.coalesce(yr, y_rel, inferred_year), fut=fut, pastw=past)
    y_full, fut = pl.col("y_full"), pl.col("fut")
    cal_day = pl.coalesce(_mk_date(pl.col("ny"), pl.col("nm"), pl.col("nd")), P.movable_holiday(pl.col("hol"), y_full),
                          pl.when(mon.is_not_null() & dom.is_not_null()).then(_mk_date(y_full, mon, dom)))
    wd_day = _weekday_day(pl.col("wd"), fut, _c(r"\blast (?:mon|tue|wed|thu|fri|sat|sun)"), _c(r"\b(?:next|coming) (?:mon|tue|wed|thu|fri|sat|sun)"))
    rel_day = (pl.when(_c(r"\byesterday\b|\blast night\b|^overnight$")).then(_shift(DCT, -1, "d"))
               .when(_c(r"\btomorrow\b")).then(_shift(DCT, 1, "d"))
               .when(_c(r"\b(?:today|tonight)\b|^(?:.* )?this (?:morning|afternoon|evening|night)$")).then(DCT))
    # "the first week of March": the ISO week holding the month's 4th (11th, 18th, 25th; the last: its 4th-last day),
    # as an ISO year's first week holds 4 January
    nth_week = pl.col("m").str.extract(r"^the (first|second|third|fourth|last|final) week of ")
    week_day = pl.when(nth_week.is_in(["last", "final"])).then(_mk_date(y_full, mon, pl.lit(1)).dt.month_end().dt.offset_by("-3d")) \
        .otherwise(_mk_date(y_full, mon, nth_week.replace_strict({"first": 4, "second": 11, "third": 18, "fourth": 25}, default=None)))
    # "the first Monday in February": that weekday's n-th (or last) occurrence in the month
    nth_wd = pl.col("m").str.extract(r"^the (first|second|third|fourth|last|final) [a-z]+day (?:in|of) ")
    first_of = _mk_date(y_full, mon, pl.lit(1))
    end_of = first_of.dt.month_end()
    nth_wd_day = pl.when(nth_wd.is_in(["last", "final"])).then(end_of - pl.duration(days=(end_of.dt.weekday() - wd + 7) % 7)) \
        .otherwise(first_of + pl.duration(days=(wd - first_of.dt.weekday() + 7) % 7
                                          + 7 * (nth_wd.replace_strict({"first": 1, "second": 2, "third": 3, "fourth": 4}, default=None, return_dtype=pl.Int64) - 1)))
    day = pl.coalesce(cal_day, pl.when(nth_wd.is_not_null() & mon.is_not_null()).then(nth_wd_day),
                      pl.when(pl.col("wd").is_not_null()).then(wd_day), rel_day,
                      pl.when(nth_week.is_not_null() & mon.is_not_null()).then(week_day))
    lf = lf.with_columns(day=day)
    # "the day before last Tuesday", "the day after Labor Day"
    step = pl.when(_c(r"^the day before ")).then(-1).when(_c(r"^the day after ")).then(1).otherwise(0)
    lf = lf.with_columns(day=pl.col("day") + pl.duration(days=step))
    # a recurring day is no day to anchor on ("marched every Monday since early October ... By 11 p.m." is today's)
    return lf.with_columns(_values()).with_columns(day=pl.when(pl.col("kind") != "SET").then(pl.col("day")))


def _rel_period(unit: str, fmt: str) -> pl.Expr:
    """'last/this/next <unit>' relative to the document date."""
    step = {"week": "1w", "month": "1mo", "year": "1y", "quarter": "3mo", "decade": "10y"}[unit]
    base = (pl.when(_c(r"\b(?:last|previous|past) " + unit)).then(DCT.dt.offset_by("-" + step))
            .when(_c(r"\b(?:next|coming|following) " + unit)).then(DCT.dt.offset_by(step)).otherwise(DCT))
    if fmt == "Q":
        return pl.format("{}-Q{}", base.dt.year(), base.dt.quarter())
    if fmt == "DEC":
        return (base.dt.year() // 10).cast(pl.Utf8)
    return base.dt.strftime(fmt)


def _weekend() -> pl.Expr:
    dw = DCT.dt.weekday().cast(pl.Int32)
    prev_sat = _shift(DCT, -((dw - 6) % 7), "d")
    next_sat = _shift(DCT, (6 - dw) % 7, "d")
    sat = (pl.when(_c(r"^last ")).then(pl.when(dw >= 6).then(_shift(prev_sat, -7, "d")).otherwise(prev_sat))
           .when(_c(r"^next ")).then(_shift(DCT, ((6 - dw - 1) % 7) + 1, "d").dt.offset_by(pl.when(dw >= 6).then(pl.lit("0d")).otherwise(pl.lit("0d"))))
           .when(pl.col("fut")).then(next_sat)
           # "this weekend" is the one of the document's week whatever the tense, but on a Monday the one just gone
           .when(_c(r"^this weekend$") & (dw >= 2) & (dw <= 5)).then(next_sat)
           .otherwise(pl.when(dw == 7).then(_shift(DCT, -1, "d")).otherwise(prev_sat)))
    return pl.format("{}-WE", sat.dt.strftime("%G-W%V"))


def _values() -> list[pl.Expr]:
    day, yr, mon, y_full = pl.col("day"), pl.col("yr"), pl.col("mon"), pl.col("y_full")
    qn, unit = pl.col("qn"), pl.col("unit")
    dur = pl.coalesce(P.compound_duration(), P.duration_value(qn, unit))
    # a rate: "$1 billion a year", "four flights a week" recur (SET), they do not last
    _n = r"(?:[0-9][0-9,.]*[0-9]|[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand|million|billion|dozen)"
    one_unit = _c(r"^an? (?:year|month|week|day)$")
    rate = one_unit & pl.when(one_unit).then(pl.col("before")).otherwise(pl.lit("")).str.contains(r"(?:^|[^a-z])" + _n + r"(?: [a-z]+)? $")
    is_set = rate | _c(r"^(?:every|each)\b|^(?:daily|weekly|monthly|annually|yearly|hourly|nightly|fortnightly|quarterly)$|\b(?:once|twice|times|days|nights) (?:a|per|each|every)\b|^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:s|s? (?:morning|afternoon|evening|night)s)$|^weekends$|^per (?:day|week|month|year)$")
    season_set = pl.col("m").str.extract(r"^(?:every|each) (spring|summer|autumn|fall|winter)$").replace_strict(
        P.SEASON_CODE, default=None)
    # "each July" / "every summer" recur yearly on that month / season
    set_val = (pl.when(_c(r"^(?:every|each) [a-z]+$") & pl.col("mon").is_not_null()).then(pl.format("XXXX-{}", pl.col("mon").cast(pl.Utf8).str.zfill(2)))
               .when(season_set.is_not_null()).then(pl.format("XXXX-{}", season_set))
               .when(_c(r"\b(?:other|second)\b") & pl.col("wd").is_not_null()).then(pl.lit("P2W"))
               .when(_c(r"^weekends$")).then(pl.lit("XXXX-WXX-WE"))
               .when(pl.col("wd").is_not_null()).then(pl.format("XXXX-WXX-{}{}", pl.col("wd"), M.str.extract(r" ([a-z]+)s$").replace_strict(P.PART_CODE, default="")))
               .when(_c(r"^daily|^nightly")).then(pl.lit("P1D")).when(_c(r"^weekly")).then(pl.lit("P1W"))
               .when(_c(r"^monthly")).then(pl.lit("P1M")).when(_c(r"^(?:annually|yearly)")).then(pl.lit("P1Y"))
               .when(_c(r"^hourly")).then(pl.lit("PT1H")).when(_c(r"^fortnightly")).then(pl.lit("P2W"))
               .when(_c(r"^quarterly")).then(pl.lit("P3M"))
               .when(pl.col("part").is_not_null()).then(pl.format("XXXX-XX-XX{}", pl.col("part")))
               .when(_c(r"\b(?:other|second)\b")).then(P.duration_value(pl.lit("2"), unit))
               .when(_c(r"\b(?:few|couple)\b")).then(P.duration_value(pl.lit("X"), unit))
               .when(_c(r"\b(?:a|per|each|every) (?:day|week|month|year)$")).then(P.duration_value(pl.lit("1"), M.str.extract(r"(day|week|month|year)$")))
               .otherwise(dur))
    ref = (pl.when(_c(r"^(?:right now|now|currently|nowadays|current|these days)$")).then(pl.lit("PRESENT_REF"))
           # "recent years" is a vague past; "recent weeks/months" a vague stretch (DURATION PXW), as TimeBank has them
           .when(_c(r"^(?:recently|more recently|lately|the past|recent|then[- ]current)$|recent (?:years|decades)$")).then(pl.lit("PAST_REF"))
           # "Islam will one day be ...": an unspecified future day
           .when(_c(r"^one day$") & pl.col("before").str.contains(r"(?-u:\b)(?:will|would|could|may|might|can|shall|he|she|they|we|i|you|it) $")).then(pl.lit("FUTURE_REF"))
           .when(_c(r"^the (?:(?:near|distant) )?future$|^the (?:near|short) term$|^as soon as possible$")).then(pl.lit("FUTURE_REF")))
    ago = _c(r" ago$| from now$")
    is_dur = (_c(r"^(?:[a-z]+ )*?(?:the )?(?:past|last|next|coming|first|previous|following) (?:[0-9a-z-]+ )*(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries)$")
              & (_c(r"^(?:[a-z]+ )*?the ") | (qn != "1") | _c(r"\b(?:a|one|an) [a-z]+$"))
              | (unit.is_not_null() & pl.col("mon").is_null() & pl.col("yr").is_null() & ~_c(r"\b[a-z0-9-]+(?:st|nd|rd|th) century") & ~_c(r"^(?:just |only |even )?(?:the )?(?:early |late )?(?:last|next|this|past|previous|following|coming|same|current|earlier|later|[a-z]+-?quarter|the quarter)\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th|latest|last|final|this|next|current|the|its|fiscal)[ -](?:quarter|half)\b|^the (?:start|beginning|end|middle|turn|rest)\b|\bearlier$|^the (?:year|month)-"))
              | _c(r"^most of the|(?:months|weeks?) (?:to|ended|ending) "))
    # a company's reporting year: "for the year, sales rose" is the year (DATE); "the year ended Sept. 30" lasts one
    report_year = _c(r"^the new year$|^the (?:(?:current|latest|full|entire) )?(?:fiscal |financial |calendar )?year$|^(?:around )?year(?:[- ]|['’]s )end$|^mid-?year$")
    report_year = report_year & ~pl.col("after").str.contains(r"^ end(?:ed|ing)\b")
    is_dur = is_dur & ~report_year & ~ago & ~_c(r"^the day (?:before|after) .") & ~_c(r"^(?:the )?(?:start|beginning|end|middle|turn) of ") & ~_c(r"^(?:the )?(?:fiscal[ -])?(?:first|second|third|fourth|1st|2nd|3rd|4th|last|latest|final)[ -](?:quarter|half)\b") & ~_c(_ANCHORED) & ~_c(r"^the whole of") & ~_c(_MONTHS_PERIOD)
    # a reporting week is a date ("the week ending 9 March" 2014-W10, "epidemiological week 9" 2014-W09)
    is_dur = is_dur & ~_c(r"^the week (?:ending|ended) |^(?:epidemiological|epidemiologic|epi) week ")
    is_time = pl.col("clock").is_not_null() | (pl.col("part").is_not_null() & ~_c(r"^overnight$") & ~_c(r"^lunch ?time$|^midday$") | _c(r"^overnight$|^lunch ?time$|^midday$"))
    tod = pl.coalesce(pl.format("T{}", pl.col("clock")), pl.col("part"))
    ago_val = ago_value(DCT)
    # dates
    quarter_n = pl.coalesce(pl.col("m").str.extract(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)[ -](?:quarter|half)").replace_strict(P.ORDINALS, default=None),
                            pl.col("m").str.extract(r"^q([1-4]) "),
                            pl.when(_c(r"\bfinal (?:quarter|half)\b|\blast (?:quarter|half) of (?:[0-9]{4}$|the year|this year|last year|next year)")).then(pl.when(_c(r"half")).then(pl.lit("2")).otherwise(pl.lit("4"))),
                            # "the first three months of 2012" is Q1, "the final six months of the year" H2
                            pl.when(_c(_MONTHS_PERIOD)).then(pl.when(_c(r"^the first ")).then(pl.lit("1")).when(_c(r"six")).then(pl.lit("2")).otherwise(pl.lit("4"))))
    dq = DCT.dt.quarter().cast(pl.Int32)
    q_int = quarter_n.cast(pl.Int32, strict=False)
    rq = DCT.dt.offset_by("-45d")  # the last reported quarter
    qyear = pl.coalesce(yr, pl.when(_c(r"last year")).then(pl.col("dy") - 1).when(_c(r"next year")).then(pl.col("dy") + 1),
                        pl.when(_c(r"year-(?:ago|earlier)")).then(rq.dt.year() - 1),
                        # a quarter (or half) still ahead is last year's in a past clause, and when its results are meant
                        # ("Alphabet reports fourth-quarter results on Feb. 2": results follow the quarter)
                        pl.when((_c(r"\bquarter|^the (?:first|last|final) three months of ") & (q_int > dq) | _c(r"^the (?:first|last|final) six months of ") & (q_int * 2 > dq)) & ((pl.col("tense") == "past") | pl.col("after").str.contains(
                            r"^ (?:(?:net |operating |financial |earnings |sales )?(?:results?|earnings|profits?|loss(?:es)?|sales|revenues?|numbers|figures|report))(?-u:\b)")))
                        .then(pl.col("dy") - 1),
                        pl.col("dy"))
    decade = pl.col("m").str.extract(r"((?:1[6-9]|20)[0-9])0s\b")
    decade_w = pl.col("m").str.extract(r"^the (?:early |late |mid-?)?([a-z]+ties)$").replace_strict(
        {"twenties": "2", "thirties": "3", "forties": "4", "fifties": "5", "sixties": "6", "seventies": "7", "eighties": "8", "nineties": "9"}, default=None)
    decade2 = pl.col("m").str.extract(r"'([0-9])0s")
    century = pl.col("m").str.extract(r"\b([0-9]{2})(?:st|nd|rd|th) century").cast(pl.Int32)
    cent_w = pl.col("m").str.extract(r"\b([a-z-]+) century").replace_strict(
        {w: str(i + 1) for i, w in enumerate(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"])} | {"twenty-first": "21"},
        default=None).cast(pl.Int32)
    season = pl.col("m").str.extract(r"\b(spring|summer|autumn|fall|winter)\b").replace_strict(P.SEASON_CODE, default=None)
    s_start = season.replace_strict({"SP": 3, "SU": 6, "FA": 9, "WI": 12}, default=None, return_dtype=pl.Int32)
    s_end = season.replace_strict({"SP": 5, "SU": 8, "FA": 11, "WI": 0}, default=None, return_dtype=pl.Int32)
    # 'last X' is the latest X that has ended (winter, which straddles the new year, is the current year's until it
    # ends in February), 'next X' the next to start; a bare season in a past clause that has not begun this year is
    # last year's, in a future clause one that has ended or is in the second half of its last month is next year's
    # ('will move in the fall' on Nov. 17; 'would remain high over the summer' on Aug. 3 is this one)
    dmo, dy_ = pl.col("dmo"), pl.col("dy")
    winter = season == "WI"
    ended = pl.when(winter).then(dmo <= 2).otherwise(dmo <= s_end)
    bare = ~_c(r"\b(?:last|next|this|past|coming)\b") & ~winter
    season_year = pl.coalesce(yr, pl.when(_c(r"^(?:last|this past) ")).then(pl.when(ended).then(dy_ - 1).otherwise(dy_))
                              .when(_c(r"^(?:next|this coming) ")).then(pl.when(dmo >= s_start).then(dy_ + 1).otherwise(dy_))
                              .when(bare & (pl.col("tense") == "past") & (dmo < s_start)).then(dy_ - 1)
                              .when(bare & pl.col("fut") & ((dmo > s_end) | ((dmo == s_end) & (pl.col("ddom") >= 15)))).then(dy_ + 1), dy_)
    ym = pl.format("{}-{}", y_full.cast(pl.Utf8), mon.cast(pl.Utf8).str.zfill(2))
    date_val = (
        pl.when(_c(r"^the (?:(?:first|second|third|fourth|last|final) )?week (?:of|ending|ended) ") & day.is_not_null()).then(day.dt.strftime("%G-W%V"))
        .when(_c(r"^(?:epidemiological|epidemiologic|epi) week ")).then(pl.format(
            "{}-W{}", y_full, pl.col("m").str.extract(r"week (?:no\.? )?([0-9]{1,2})").str.zfill(2)))
        # a holiday's weekend: the one after it, or before it for a Monday or Tuesday ("the Labor Day weekend")
        .when(_c(r"weekend$") & pl.col("hol").is_not_null() & day.is_not_null())
        .then((day - pl.duration(days=pl.when(day.dt.weekday() <= 2).then(3).otherwise(0))).dt.strftime("%G-W%V-WE"))
        .when(day.is_not_null()).then(_fmt_day(day))
        .when(_c(r"weekend")).then(_weekend())
        # "the October-December quarter", "the December quarter": the quarter of its month, in that month's year; a
        # bare month's quarter that closed at most three months ago is the one just reported ("narrowed its loss in
        # the December quarter" in February is last year's)
        .when((_c(r"[a-z.](?:-| to |-to-)[a-z]+\.?(?: [0-9]{4})? (?:quarter|period)$") | _c(r"^the [a-z]+\.?(?: [0-9]{4})? quarter$")) & mon.is_not_null())
        .then(pl.format("{}-Q{}", pl.when(yr.is_null() & (mon > dmo) & (mon % 3 == 0) & (mon - dmo >= 9)).then(dy_ - 1).otherwise(y_full), (mon - 1) // 3 + 1))
        .when(quarter_n.is_not_null() & _c(r"half|six months")).then(pl.when(mon.is_not_null()).then(ym).otherwise(pl.format("{}-H{}", qyear, quarter_n)))
        .when(quarter_n.is_not_null()).then(pl.format("{}-Q{}", qyear, quarter_n))
        .when(_c(r"^(?:the )?(?:comparable |same )?(?:year|month)-(?:earlier|ago) ")).then(pl.format("{}-Q{}", rq.dt.year() - 1, rq.dt.quarter()))
        .when(_c(r"^the (?:latest |last )?quarter$|^the latest period$")).then(pl.format("{}-Q{}", rq.dt.year(), rq.dt.quarter()))
        .when(_c(r"^(?:the )?[0-9]{4} (?:quarter|period)$")).then(pl.format("{}-Q{}", yr, rq.dt.quarter()))
        .when(_c(r"^last year's (?:quarter|period)$")).then(pl.format("{}-Q{}", rq.dt.year() - 1, rq.dt.quarter()))
        .when(season.is_not_null()).then(pl.format("{}-{}", season_year, season))
        .when(decade.is_not_null()).then(decade).when(decade_w.is_not_null()).then(pl.format("19{}", decade_w))
        .when(_c(r"^(?:this|the current) century$")).then((pl.col("dy") // 100).cast(pl.Utf8))
        .when(_c(r"^last century$")).then((pl.col("dy") // 100 - 1).cast(pl.Utf8))
        .when(_c(r"^next century$")).then((pl.col("dy") // 100 + 1).cast(pl.Utf8)).when(decade2.is_not_null()).then(pl.format("19{}", decade2))
        .when(century.is_not_null()).then((century - 1).cast(pl.Utf8)).when(cent_w.is_not_null()).then((cent_w - 1).cast(pl.Utf8))
        # "in the new year", "two days left before the new year": the coming year late in a year, else the current one
        .when(_c(r"^the new year$")).then((pl.col("dy") + (pl.col("dmo") >= 10).cast(pl.Int32)).cast(pl.Utf8))
        .when(mon.is_not_null()).then(ym)
        # a year of an era: "A.D. 79" 0079, "44 B.C." BC0044
        .when(_c(r"^[0-9]{1,4} (?:b\.c\.|bce?)$")).then(pl.format("BC{}", pl.col("m").str.extract(r"^([0-9]+)").str.zfill(4)))
        .when(_c(r"^a\.d\. [0-9]+$|^[0-9]+ a\.d\.$")).then(pl.col("m").str.extract(r"([0-9]+)").str.zfill(4))
        .when(_c(r"^1[0-5][0-9]{2}$")).then(pl.col("m"))  # an earlier year after "in/since/until/from" ("in 1415")
        .when(yr.is_not_null()).then(yr.cast(pl.Utf8))
        .when(_c(r"\bweek\b")).then(_rel_period("week", "%G-W%V"))
        .when(_c(r"\bmonth\b")).then(_rel_period("month", "%Y-%m"))
        .when(_c(r"\bquarter\b")).then(_rel_period("quarter", "Q"))
        .when(_c(r"\bdecade\b")).then(_rel_period("decade", "DEC"))
        .when(_c(r"\byear\b|^midyear$")).then(_rel_period("year", "%Y"))
    )
    kind = (pl.when(is_set).then(pl.lit("SET")).when(ref.is_not_null()).then(pl.lit("REF"))
            .when(ago).then(pl.lit("AGO")).when(_c(r"\bearlier$|^year-ago$")).then(pl.lit("EARLIER"))
            # "odds of an aftershock in the next week", "within the next month": a stretch from now (TimeBank: "over the next
            # two years" P2Y), not the week after the last one named
            .when(_c(r"^the next (?:day|week|month|year)$") & pl.col("before").str.contains(r"(?-u:\b)(?:in|within|during|for|over|through) $")).then(pl.lit("DURATION"))
            .when(_c(_ANCHORED)).then(pl.lit("ANCHORED"))
            .when(is_time).then(pl.lit("TIME")).when(is_dur).then(pl.lit("DURATION")).otherwise(pl.lit("DATE")))
    return [
        kind.alias("kind"),
        pl.when(kind == "SET").then(set_val).when(kind == "REF").then(ref).when(kind == "AGO").then(ago_val)
        .when(kind == "DURATION").then(pl.when(_c(r"quarter[- ]century")).then(pl.lit("P25Y")).when(_c(r"^half an? hour")).then(pl.lit("PT30M")).when(_c(r"^half an? year")).then(pl.lit("P6M")).otherwise(dur)).when(kind == "DATE").then(date_val).alias("value1"),
        tod.alias("tod"),
    ]


def ago_value(anchor: pl.Expr) -> pl.Expr:
    """'N units ago/earlier' = anchor minus N units, at the unit's granularity (vague N -> PAST_REF); 'N units from
    now' plus N units."""
    qn, unit = pl.col("qn"), pl.col("unit")
    n = qn.cast(pl.Int64, strict=False) * unit.replace_strict(P.UNIT_MULT, default=1, return_dtype=pl.Int64)
    step = unit.replace_strict({"day": "d", "week": "w", "fortnight": "w", "month": "mo", "year": "y", "decade": "y", "centur": "y", "quarter": "q", "hour": "h", "minute": "m"}, default=None)
    ahead = pl.col("m").str.ends_with(" from now")
    shifted = anchor.dt.offset_by(pl.format("{}{}{}", pl.when(ahead).then(pl.lit("")).otherwise(pl.lit("-")), n.fill_null(0), step.fill_null("d")))
    # "half a century ago" (1969 in 2019), "a quarter century ago": the year that many years back
    span_y = pl.col("m").str.extract(r"(half a century|half a decade|quarter[- ]century) ago$").replace_strict(
        {"half a century": 50, "half a decade": 5, "quarter century": 25, "quarter-century": 25}, default=None, return_dtype=pl.Int64)
    return (pl.when(span_y.is_not_null()).then(anchor.dt.offset_by(pl.format("-{}y", span_y)).dt.strftime("%Y"))
            .when(n.is_null()).then(pl.when(ahead).then(pl.lit("FUTURE_REF")).otherwise(pl.lit("PAST_REF")))
            .when(unit == "day").then(_fmt_day(shifted))
            .when(unit.is_in(["week", "fortnight"])).then(shifted.dt.strftime("%G-W%V"))
            .when(unit == "month").then(shifted.dt.strftime("%Y-%m"))
            .when(unit == "quarter").then(pl.format("{}-Q{}", shifted.dt.year(), shifted.dt.quarter()))
            # "a decade ago" is a year (TimeBank: 1989-XX in 1999), not the decade
            # (so is "a century ago": 1923 in 2023)
            .when(unit.is_in(["year", "decade", "centur"])).then(shifted.dt.strftime("%Y"))
            .when(unit.is_in(["hour", "minute"])).then(_fmt_day(anchor)))
