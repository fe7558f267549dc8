"""Column-wise pieces of a lowercased time expression `m` (Polars expressions, no Python loops)."""
from __future__ import annotations

import datetime as dt

import polars as pl

from transforms.timex_patterns import (
    EASTER_OFFSETS, HOLIDAYS, MOVABLE_HOLIDAYS, MONTH_ANY, MONTH_NUM, NUMBER_WORDS, ORDINALS, VAGUE_NUMBERS, WEEKDAY_NUM, WD_ALL, B,
)

M = pl.col("m")
_MONTH_CAP = "(" + "|".join(sorted(MONTH_NUM, key=len, reverse=True)) + ")"
_NUM_CAP = ("(" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?|"
            + "|".join(VAGUE_NUMBERS) + ")")
_UNIT_CAP = r"(second|minute|hour|day|week|fortnight|month|year|decade|centur|quarter)"
UNIT_CODE = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "fortnight": "W",
             "month": "M", "year": "Y", "decade": "Y", "centur": "Y", "quarter": "Q"}
UNIT_MULT = {"fortnight": 2, "decade": 10, "centur": 100}
# TimeML season codes
SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PART_CODE = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "tonight": "TNI",
             "overnight": "TNI", "early hours": "TNI", "lunchtime": "TMI", "lunch time": "TMI", "midday": "TMI"}


def ext(pattern: str, group: int = 1) -> pl.Expr:
    return M.str.extract(pattern, group)


def year() -> pl.Expr:
    """Four digits, else a spoken year ("nineteen ninety-six" 1996, "the year two thousand and one" 2001)."""
    four = ext(B + r"((?:1[6-9]|20)[0-9]{2})" + B).cast(pl.Int32)
    words = {k: v for k, v in NUMBER_WORDS.items() if isinstance(v, int) and 10 <= v < 100}
    nineteen = ext(r"(?:^|[^a-z])nineteen ([a-z]+(?:[- ][a-z]+)?)$").replace_strict(words, default=None, return_dtype=pl.Int32) + 1900
    two_k = pl.when(M.str.contains(r"^the year two thousand")).then(
        2000 + ext(r"two thousand and ([a-z]+)$").replace_strict(NUMBER_WORDS, default=0, return_dtype=pl.Int32))
    return pl.coalesce(four, nineteen, two_k)


_HOLIDAY_CAP = "(" + "|".join(h.replace(".", r"\.").replace("'", "['’]") for h in sorted(HOLIDAYS, key=len, reverse=True)) + ")"


def holiday() -> pl.Expr:
    """Holiday name normalised to the `HOLIDAYS` key (typographic apostrophe folded), else null."""
    return ext(B + _HOLIDAY_CAP + B).str.replace_all("’", "'")


def _easter_sunday(y: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - b // 4 - g + 15) % 30
    l_ = (32 + 2 * (b % 4) + 2 * (c // 4) - h - c % 4) % 7
    n = h + l_ - 7 * ((a + 11 * h + 22 * l_) // 451) + 114
    return dt.date(y, n // 31, n % 31 + 1)


def _movable_day(name: str, y: int) -> dt.date:
    if name in EASTER_OFFSETS:
        return _easter_sunday(y) + dt.timedelta(days=EASTER_OFFSETS[name])
    (mo, d), wd = MOVABLE_HOLIDAYS[name]
    start = dt.date(y, mo, d)
    return start + dt.timedelta(days=(wd - start.isoweekday()) % 7)


# a lookup table (year * 32 + holiday index -> day) is far cheaper per row than date arithmetic on every mention
_MOVABLE = {name: i for i, name in enumerate([*MOVABLE_HOLIDAYS, *EASTER_OFFSETS])}
_MOVABLE_DAYS = {y * 32 + i: _movable_day(name, y) for name, i in _MOVABLE.items() for y in range(1800, 2201)}


def movable_holiday(name: pl.Expr, y: pl.Expr) -> pl.Expr:
    """The day of the movable holiday `name` (a `holiday()` value: Easter and its days, Thanksgiving, ...) in year `y`
    (1800-2200, else null)."""
    key = y.cast(pl.Int64) * 32 + name.replace_strict(_MOVABLE, default=None, return_dtype=pl.Int64)
    return key.replace_strict(_MOVABLE_DAYS, default=None, return_dtype=pl.Date)


def month() -> pl.Expr:
    named = ext(B + _MONTH_CAP + r"(?:\.|" + B + ")").replace_strict(MONTH_NUM, default=None, return_dtype=pl.Int32)
    return pl.coalesce(named, holiday().replace_strict({k: v[0] for k, v in HOLIDAYS.items()}, default=None, return_dtype=pl.Int32))


def day_of_month() -> pl.Expr:
    after = ext(MONTH_ANY + r" ([0-9]{1,2})(?:st|nd|rd|th)?" + B)
    before = ext(B + r"([0-9]{1,2})(?:st|nd|rd|th)? (?:of |de )?" + MONTH_ANY)
    hol = holiday().replace_strict({k: v[1] for k, v in HOLIDAYS.items()}, default=None, return_dtype=pl.Int32)
    return pl.coalesce(after.cast(pl.Int32), before.cast(pl.Int32), hol)


def weekday() -> pl.Expr:
    return ext(B + "(" + WD_ALL + ")").replace_strict(WEEKDAY_NUM, default=None, return_dtype=pl.Int32)


def numeric_date() -> tuple[pl.Expr, pl.Expr, pl.Expr]:
    """ISO `2019-11-01`, else `d/m/yyyy` (day first unless the second number is over 12)."""
    iso_y = ext(r"^([0-9]{4})-[0-9]{2}-[0-9]{2}$").cast(pl.Int32)
    iso_m = ext(r"^[0-9]{4}-([0-9]{2})-[0-9]{2}$").cast(pl.Int32)
    iso_d = ext(r"^[0-9]{4}-[0-9]{2}-([0-9]{2})$").cast(pl.Int32)
    a = ext(r"^([0-9]{1,2})[/.][0-9]{1,2}[/.][0-9]{2,4}$").cast(pl.Int32)
    b = ext(r"^[0-9]{1,2}[/.]([0-9]{1,2})[/.][0-9]{2,4}$").cast(pl.Int32)
    y = ext(r"^[0-9]{1,2}[/.][0-9]{1,2}[/.]([0-9]{2,4})$").cast(pl.Int32)
    y = pl.when(y < 100).then(y + 2000).otherwise(y)
    swap = b > 12
    return (pl.coalesce(iso_y, y), pl.coalesce(iso_m, pl.when(swap).then(a).otherwise(b)),
            pl.coalesce(iso_d, pl.when(swap).then(b).otherwise(a)))


def clock() -> pl.Expr:
    """'HH:MM' from '5pm', '6.30 p.m.', '11:45', '0600 gmt', 'noon', 'midnight'; else null."""
    ap = M.str.extract_groups(r"(?-u:\b)(?P<h>[0-9]{1,2})(?:[:.](?P<mi>[0-9]{2}))? ?(?P<ap>a\.m\.|p\.m\.|am|pm)")
    co = M.str.extract_groups(r"(?-u:\b)(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})")
    mil = M.str.extract_groups(r"(?-u:\b)(?P<h>[0-9]{2})(?P<mi>[0-9]{2}) (?:gmt|utc)")
    inthe = M.str.extract_groups(r"(?-u:\b)(?P<h>[0-9]{1,2})(?: o'clock)? in the (?P<p>morning|afternoon|evening)")
    # a bare "8 o'clock" in news copy is mostly the evening's (a broadcast's next report, a vote), unless the morning is named
    oc = ext(r"(?-u:\b)([0-9]{1,2}) o'clock")
    oc_am = ext(r"o'clock (?:this |tomorrow |yesterday |[a-z]+day )?(morning)") == "morning"
    h = pl.coalesce(ap.struct["h"], co.struct["h"], mil.struct["h"], inthe.struct["h"], oc).cast(pl.Int32)
    mi = pl.coalesce(ap.struct["mi"], co.struct["mi"], mil.struct["mi"]).cast(pl.Int32).fill_null(0)
    pm = (ap.struct["ap"].str.starts_with("p") | inthe.struct["p"].is_in(["afternoon", "evening"])
          | (inthe.struct["h"].is_null() & oc.is_not_null() & ~oc_am.fill_null(False)))
    am = ap.struct["ap"].str.starts_with("a") | (inthe.struct["p"] == "morning")
    # a bare '7:45' followed by the evening or night it falls in is the evening's ("about 7:45 this evening", "9:30 tonight")
    eve = (ap.struct["ap"].is_null() & co.struct["h"].is_not_null() & (h >= 5) & (h < 12)
           & M.str.contains(r"(?-u:\b)(?:evening|tonight|night)$"))
    h = pl.when((pm | eve) & (h < 12)).then(h + 12).when(am & (h == 12)).then(0).otherwise(h)
    hm = pl.format("{}:{}", h.cast(pl.Utf8).str.zfill(2), mi.cast(pl.Utf8).str.zfill(2))
    return (pl.when(h.is_not_null() & (h <= 24)).then(hm)
            .when(M.str.contains(B + "(?:noon|midday)" + B)).then(pl.lit("12:00"))
            .when(M.str.contains(B + "midnight" + B)).then(pl.lit("24:00")))


def part_of_day() -> pl.Expr:
    return ext("(?:^|[^a-z])(" + "|".join(PART_CODE) + ")(?:[^a-z]|$)").replace_strict(PART_CODE, default=None)


def quantity() -> tuple[pl.Expr, pl.Expr]:
    """(number as Utf8, 'X' when vague; unit stem) of '48 hours', 'two-year', 'a decade', 'years'."""
    num = ext(B + _NUM_CAP + r"(?: 1/2)?(?:-| )(?:and a half )?(?:consecutive |straight |full |more |trading |working |calendar )?" + _UNIT_CAP
              ).str.replace_all(",", "")  # "1,000 days"
    unit = ext(r"(?:^|[^a-z])" + _UNIT_CAP + r"(?:y|ies|s)?(?:'s|')?(?:[^a-z]|$)")
    ordinal = ext(B + "(" + "|".join(ORDINALS) + ") (?:quarter|half)")
    n = (pl.when(num.str.contains(r"^[0-9]+(?:\.[0-9]+)?$")).then(num)
         .when(num.is_in(list(VAGUE_NUMBERS))).then(pl.lit("X"))
         .otherwise(num.replace_strict({k: str(v) for k, v in NUMBER_WORDS.items()}, default=None)))
    bare_plural = M.str.contains(r"(?:^|[^a-z0-9])(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)(?: ago| ahead)?$") & num.is_null()
    n = pl.when(bare_plural).then(pl.lit("X")).otherwise(n.fill_null("1"))
    return pl.when(ordinal.is_null()).then(n), unit


_NUMBER_STR = {k: str(v) for k, v in NUMBER_WORDS.items()}


def compound_duration() -> pl.Expr:
    """'three hours and two minutes' PT3H2M, 'one hour, eight minutes and 12 seconds' PT1H8M12S, 'two days and
    six hours' P2DT6H: each unit's number, the date part before T; null unless two units are named."""
    # (the unit extracts read only mentions of that shape: the others get null, which costs nothing)
    mm = pl.when(M.str.contains(r"(?:,|(?-u:\b)and) [a-z0-9]+ (?:hour|minute|second)s?$")).then(M)

    def part(unit: str) -> pl.Expr:
        num = mm.str.extract(B + _NUM_CAP + " " + unit + "s?" + B, 1)
        return pl.when(num.str.contains(r"^[0-9]+$")).then(num).otherwise(num.replace_strict(_NUMBER_STR, default=None))
    d, h, mi, sec = part("day"), part("hour"), part("minute"), part("second")
    clock = pl.concat_str([h + "H", mi + "M", sec + "S"], ignore_nulls=True)
    named = pl.sum_horizontal([e.is_not_null().cast(pl.Int32) for e in (d, h, mi, sec)])
    value = pl.concat_str([pl.lit("P"), d + "D", pl.when(clock != "").then(pl.lit("T") + clock)], ignore_nulls=True)
    return pl.when(named >= 2).then(value)


def duration_value(n: pl.Expr, unit: pl.Expr) -> pl.Expr:
    """ISO duration; 'N and a half' / 'N 1/2' / 'half a(n)' add half a unit in the next smaller unit
    (P2Y6M, PT5H30M, P1DT12H, PT1M30S, P6M, PT30M)."""
    mult = unit.replace_strict(UNIT_MULT, default=1, return_dtype=pl.Int64)
    n_num = n.cast(pl.Int64, strict=False)
    n_str = pl.when(n_num.is_not_null()).then((n_num * mult).cast(pl.Utf8)).otherwise(n)
    code = unit.replace_strict(UNIT_CODE, default=None)
    is_clock = unit.is_in(["second", "minute", "hour"])
    plain = pl.when(unit.is_null()).then(None).when(is_clock).then(pl.format("PT{}{}", n_str, code)) \
        .otherwise(pl.format("P{}{}", n_str, code))
    half = M.str.contains(r"(?-u:\b)and a half(?-u:\b)|[0-9] 1/2 ")
    half_only = M.str.contains(r"(?:^|[^a-z])half an? (?:century|decade|year|day|hour|minute)")
    half_val = (pl.when(half_only & (unit == "centur")).then(pl.lit("P50Y")).when(half_only & (unit == "decade")).then(pl.lit("P5Y"))
                .when(half_only & (unit == "year")).then(pl.lit("P6M")).when(half_only & (unit == "day")).then(pl.lit("PT12H"))
                .when(half_only & (unit == "hour")).then(pl.lit("PT30M")).when(half_only & (unit == "minute")).then(pl.lit("PT30S"))
                .when(half & n_num.is_not_null() & (unit == "year") & (mult == 1)).then(pl.format("P{}Y6M", n_num))
                .when(half & n_num.is_not_null() & (unit == "day")).then(pl.format("P{}DT12H", n_num))
                .when(half & n_num.is_not_null() & (unit == "hour")).then(pl.format("PT{}H30M", n_num))
                .when(half & n_num.is_not_null() & (unit == "minute")).then(pl.format("PT{}M30S", n_num)))
    return pl.coalesce(half_val, plain)
