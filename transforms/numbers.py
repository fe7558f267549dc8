"""Number phrases in lowercased news text -> value, literal bounds and qualifier, as Polars expressions.

One code path for digits and words: `NUM` is a regex alternation that matches "1,200", "1 200",
"1.2 million", "fifty-three", "twenty one", "one hundred and twenty", "a dozen", "dozens", "several".
`parse_number(num, qual)` turns the matched text (and an optional qualifier phrase such as
"at least") into `value`, `value_low`, `value_high`, `qualifier` with vectorised expressions
(number words are mapped to digits word by word and folded with list arithmetic: no Python loop).

Conventions (ACLED's conservative coding):
- exact "49" -> 49 (low = high = 49).
- "at least 49" / "no fewer than 49" -> 49, low 49, high open; "more than 20" / "over 20" -> 20
  (the stated number, as ACLED codes it), low 20, high open; qualifier `at_least`.
- "up to 30" / "as many as 30" / "fewer than 30" -> 30, high 30; qualifier `at_most`.
- "about 20" / "some 20" / "around 20" / "an estimated 20" -> 20, no bounds; "nearly 50" /
  "almost 50" -> 50, high 50; qualifier `approximately`.
- "between 10 and 15", "10-15", "10 to 15", "10 or 15" -> 10 (the low end), low 10, high 15, `range`.
- "a total of 8" -> 8, exact.
- vague words (qualifier `vague`): several / many / numerous / multiple / a number of / an unknown (undetermined) number of / plural
  without a number / tens -> 10; a few -> 3; a couple -> 2; a handful -> 5; dozens -> 12;
  scores -> 20; hundreds -> 100; thousands -> 1000; tens of thousands -> 10000; hundreds of
  thousands -> 100000. value_low = that value, value_high open.

Other languages: the same parser reads a `NumberWords` table (`EN` here; French and Spanish in
`transforms.numbers_fr_es`), passed as `lang`.
"""
from __future__ import annotations

from dataclasses import dataclass

import polars as pl

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "m": 1_000_000,
          "dozen": 12}
WORD_VALUES = {**UNITS, **TENS, **SCALES, "a": 1, "an": 1, "the": 1, "another": 1, "both": 2, "half": 0.5, "him": 1, "her": 1}

VAGUE = {
    "several": 10, "many": 10, "numerous": 10, "multiple": 10, "a number": 10, "a number of": 10,
    "an unknown number": 10, "an unspecified number": 10, "an undisclosed number": 10, "unknown number": 10,
    "an undetermined number": 10, "an indeterminate number": 10,
    "tens": 10, "a few": 3, "few": 3, "a couple": 2, "a couple of": 2, "a handful": 5,
    "a handful of": 5, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000,
    "tens of thousands": 10000, "hundreds of thousands": 100000, "countless": 10,
    "plural": 10,
}

_U = "|".join(sorted(UNITS, key=len, reverse=True))
_T = "|".join(TENS)
_U9 = "one|two|three|four|five|six|seven|eight|nine"
_W1 = rf"(?:(?:{_T})(?:[- ](?:{_U9}))?|{_U})"  # 1..99 (and zero)
_W = rf"(?:(?:{_W1}|a|an) hundred(?:(?: and)? {_W1})?|{_W1})"  # 1..999
# ("more than a million people have been forced from their homes")
WORDNUM = rf"(?:{_W}(?: (?:thousand|million)(?:(?: and)? {_W})?)?|(?:a|an) (?:thousand|million)|(?:a|half a|{_W1}) dozen)"
DIGITNUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+(?:\.\d+)?)(?: ?(?:million|thousand|hundred|m)(?-u:\b))?"
VAGUENUM = (r"(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|tens|"
            r"several|many|numerous|multiple|countless|an? (?:unknown|unspecified|undisclosed|undetermined|indeterminate) number|"
            r"unknown number|a number|a few|a couple|a handful)")
_ONE = rf"(?:{DIGITNUM}|{WORDNUM})"
# A number phrase: a range, one number, or a vague quantity. ASCII word boundaries (fast).
NUM = (rf"(?:between {_ONE} and {_ONE}|{_ONE}(?:-|–| to | or ){_ONE}|{_ONE}|{VAGUENUM})")
QUALIFIERS = {
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "more than": "at_least", "over": "at_least",
    "upwards of": "at_least", "in excess of": "at_least",
    "up to": "at_most", "as many as": "at_most", "at most": "at_most", "fewer than": "at_most",
    "less than": "at_most", "no more than": "at_most", "under": "at_most",
    "about": "approximately", "around": "approximately", "some": "approximately",
    "approximately": "approximately", "roughly": "approximately", "an estimated": "approximately",
    "estimated": "approximately", "nearly": "approximately", "almost": "approximately",
    "close to": "approximately", "approx.": "approximately", "circa": "approximately",
    "a total of": "exact", "a combined": "exact",
}
QUAL = "(?:" + "|".join(sorted((q.replace(".", r"\.") for q in QUALIFIERS), key=len, reverse=True)) + ")"
_UPPER_ONLY = ("nearly", "almost", "close to")


@dataclass(frozen=True)
class NumberWords:
    """One language's number vocabulary: everything `parse_numbers_frame` needs to read it.

    `num` / `one` / `qual` are the regexes the patterns embed (`count`: `num` without the
    indefinite article, where the language counts with it); `words` maps each number word to
    its value (folded by `_word_fold`: "hundred"/"dozen"-like 100 and 12 multiply the number
    before them, values from 1000 up multiply everything since the previous one); `rewrites`
    normalise a lowercased phrase first (regex, replacement); `range_` splits "A to B" after
    `between` is stripped; `thousands` joins digit groups, `decimal_comma` reads "1,2" as 1.2."""
    num: str
    count: str
    one: str
    qual: str
    words: dict[str, float]
    vague: dict[str, int]
    qualifiers: dict[str, str]
    upper_only: tuple[str, ...]
    range_: str
    between: str
    connectors: str
    digit_scales: tuple[tuple[str, float], ...]
    thousands: str
    euro_dots: bool
    decimal_comma: bool
    empty: str
    rewrites: tuple[tuple[str, str], ...]


EN = NumberWords(
    num=NUM, count=NUM, one=_ONE, qual=QUAL, words={k: float(v) for k, v in WORD_VALUES.items()}, vague=VAGUE,
    qualifiers=QUALIFIERS, upper_only=_UPPER_ONLY, range_=rf"^({_ONE}) ?(?:-|to|or|and) ?({_ONE})$", between=r"^between ",
    connectors=r"(?-u:\b)and(?-u:\b)", digit_scales=((r"(?:million|m)", 1e6), ("thousand", 1e3), ("hundred", 1e2)),
    thousands=r"(\d)[, ](\d{3})", euro_dots=True, decimal_comma=False, empty="one", rewrites=((r"^half a dozen$", "6"),))


def _word_fold(text: pl.Expr, lang: NumberWords = EN) -> pl.Expr:
    """'fifty 3' / 'one hundred twenty' / '1.2 million' -> float, by list arithmetic."""
    words = (text.str.replace_all(lang.connectors, " ").str.replace_all(r"[-–]", " ")
             .str.strip_chars().str.split(" ").list.eval(pl.element().filter(pl.element() != "")))
    x = words.list.eval(
        pl.element().replace_strict(lang.words, default=None, return_dtype=pl.Float64)
        .fill_null(pl.element().cast(pl.Float64, strict=False)))
    # "hundred"/"dozen" multiply the small number before them; "thousand"/"million" multiply
    # every number since the previous big scale (backward fill of the next big scale).
    e, prev, nxt = pl.element(), pl.element().shift(1), pl.element().shift(-1)
    small_mult = e.is_in([100.0, 12.0])
    contribution = (pl.when(e >= 1000).then(0.0)
                    .when(small_mult & (prev.is_null() | (prev >= 1000))).then(e)
                    .when(small_mult).then(0.0)
                    .when(nxt.is_in([100.0, 12.0])).then(e * nxt)
                    .otherwise(e))
    group = pl.when(e >= 1000).then(e).otherwise(None).fill_null(strategy="backward").fill_null(1.0)
    folded = x.list.eval(contribution * group)
    return folded.list.sum()


def _one_value(text: pl.Expr, lang: NumberWords = EN) -> pl.Expr:
    t = text.str.strip_chars()
    is_digits = t.str.contains(r"^[0-9]")
    digits = t
    if lang.euro_dots:
        digits = pl.when(t.str.contains(r"^\d{1,3}(?:\.\d{3})+$")).then(t.str.replace_all(r"\.", "")).otherwise(t)
    digits = digits.str.replace_all(lang.thousands, "$1$2").str.replace_all(lang.thousands, "$1$2")
    if lang.decimal_comma:
        digits = digits.str.replace(r"(\d),(\d)", "$1.$2")
    mult = pl.lit(1.0)
    for suffix, factor in reversed(lang.digit_scales):
        mult = pl.when(digits.str.contains(suffix + "$")).then(factor).otherwise(mult)
    dval = digits.str.extract(r"^([0-9]+(?:\.[0-9]+)?)").cast(pl.Float64, strict=False) * mult
    return pl.when(is_digits).then(dval).otherwise(_word_fold(t, lang))


def _normalise(num: pl.Expr, lang: NumberWords) -> pl.Expr:
    t = num.str.to_lowercase().replace("", lang.empty).str.strip_chars().str.replace_all("–", "-")
    for rx, repl in lang.rewrites:
        t = t.str.replace_all(rx, repl)
    return t


def parse_number(num: pl.Expr, qual: pl.Expr | None = None, lang: NumberWords = EN) -> pl.Expr:
    """Struct {value, value_low, value_high, qualifier} for a number phrase and its qualifier."""
    t = _normalise(num, lang)
    q = (qual if qual is not None else pl.lit(None, pl.Utf8)).str.strip_chars()
    vague_key = t.str.replace(r" of$", "")
    vague = vague_key.replace_strict(lang.vague, default=None, return_dtype=pl.Int64)
    rng = t.str.replace(lang.between, "").str.extract_groups(lang.range_)
    lo_r, hi_r = _one_value(rng.struct.field("1"), lang), _one_value(rng.struct.field("2"), lang)
    is_range = lo_r.is_not_null() & hi_r.is_not_null() & (hi_r > lo_r)
    single = _one_value(t, lang)
    qkind = q.replace_strict(lang.qualifiers, default=None, return_dtype=pl.Utf8)
    value = (pl.when(vague.is_not_null()).then(vague.cast(pl.Float64))
             .when(is_range).then(lo_r).otherwise(single)).round(0).cast(pl.Int64, strict=False)
    qualifier = (pl.when(vague.is_not_null()).then(pl.lit("vague"))
                 .when(is_range).then(pl.lit("range"))
                 .when(qkind.is_not_null()).then(qkind).otherwise(pl.lit("exact")))
    low = (pl.when(qualifier.is_in(["exact", "at_least", "range", "vague"])).then(value)
           .otherwise(None))
    high = (pl.when(qualifier == "exact").then(value)
            .when(qualifier == "range").then(hi_r.round(0).cast(pl.Int64, strict=False))
            .when(qualifier == "at_most").then(value)
            .when((qualifier == "approximately") & q.is_in(list(lang.upper_only))).then(value)
            .otherwise(None))
    return pl.struct(value.alias("value"), low.cast(pl.Int64).alias("value_low"),
                     high.cast(pl.Int64).alias("value_high"), qualifier.alias("qualifier"))



def parse_numbers_frame(lf: pl.LazyFrame, num: str = "num", qual: str = "qual", out: str = "p",
                        lang: NumberWords = EN) -> pl.LazyFrame:
    """`lf` with a struct column `out` equal to `parse_number(num, qual)`, computed once per
    distinct (num, qual) pair in materialised steps and joined back. Number phrases repeat a lot,
    and the single nested expression of `parse_number` is large (the optimiser alone takes a
    few hundred ms on it), so this is the form to use on big frames."""
    c = pl.col
    uniq = (lf.select(c(num).alias("_n"), c(qual).alias("_q")).unique()
            .with_columns(_normalise(c("_n"), lang).alias("_t"), c("_q").str.strip_chars().alias("_qs"))
            .with_columns(c("_t").str.replace(r" of$", "").replace_strict(lang.vague, default=None, return_dtype=pl.Int64).alias("_vague"),
                          c("_t").str.replace(lang.between, "").str.extract_groups(lang.range_).alias("_rng"),
                          c("_qs").replace_strict(lang.qualifiers, default=None, return_dtype=pl.Utf8).alias("_qkind"))
            .with_columns(c("_rng").struct.field("1").alias("_r1"), c("_rng").struct.field("2").alias("_r2"))
            .with_columns(_one_value(c("_r1"), lang).alias("_lo"), _one_value(c("_r2"), lang).alias("_hi"),
                          _one_value(c("_t"), lang).alias("_single"))
            .with_columns((c("_lo").is_not_null() & c("_hi").is_not_null() & (c("_hi") > c("_lo"))).alias("_isr"))
            .with_columns(pl.when(c("_vague").is_not_null()).then(c("_vague").cast(pl.Float64))
                          .when(c("_isr")).then(c("_lo")).otherwise(c("_single")).round(0).cast(pl.Int64, strict=False).alias("value"),
                          pl.when(c("_vague").is_not_null()).then(pl.lit("vague")).when(c("_isr")).then(pl.lit("range"))
                          .when(c("_qkind").is_not_null()).then(c("_qkind")).otherwise(pl.lit("exact")).alias("qualifier"))
            .with_columns(pl.when(c("qualifier").is_in(["exact", "at_least", "range", "vague"])).then(c("value"))
                          .otherwise(None).cast(pl.Int64).alias("value_low"),
                          pl.when(c("qualifier") == "exact").then(c("value"))
                          .when(c("qualifier") == "range").then(c("_hi").round(0).cast(pl.Int64, strict=False))
                          .when(c("qualifier") == "at_most").then(c("value"))
                          .when((c("qualifier") == "approximately") & c("_qs").is_in(list(lang.upper_only))).then(c("value"))
                          .otherwise(None).cast(pl.Int64).alias("value_high"))
            .select("_n", "_q", pl.struct("value", "value_low", "value_high", "qualifier").alias(out)))
    return lf.join(uniq, left_on=[num, qual], right_on=["_n", "_q"], how="left", nulls_equal=True)
