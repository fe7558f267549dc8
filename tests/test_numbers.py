import re

import polars as pl
import pytest

from transforms.numbers import parse_number
from transforms.numbers_fr_es import ES, FR


@pytest.mark.parametrize("num,qual,expected", [
    ("49", None, (49, 49, 49, "exact")), ("1,200", None, (1200, 1200, 1200, "exact")),
    ("1 200", None, (1200, 1200, 1200, "exact")), ("1.2 million", None, (1200000, 1200000, 1200000, "exact")),
    ("fifty-three", None, (53, 53, 53, "exact")), ("twenty one", None, (21, 21, 21, "exact")),
    ("a dozen", None, (12, 12, 12, "exact")), ("a hundred", None, (100, 100, 100, "exact")),
    ("one hundred and twenty", None, (120, 120, 120, "exact")),
    ("dozens", None, (12, 12, None, "vague")), ("hundreds", None, (100, 100, None, "vague")),
    ("several", None, (10, 10, None, "vague")), ("49", "at least", (49, 49, None, "at_least")),
    ("20", "more than", (20, 20, None, "at_least")), ("30", "up to", (30, None, 30, "at_most")),
    ("50", "nearly", (50, None, 50, "approximately")), ("20", "some", (20, None, None, "approximately")),
    ("between 10 and 15", None, (10, 10, 15, "range")), ("10-15", None, (10, 10, 15, "range")),
])
def test_parse_number(num, qual, expected):
    out = pl.DataFrame({"n": [num], "q": [qual]}, schema={"n": pl.Utf8, "q": pl.Utf8}).select(
        parse_number(pl.col("n"), pl.col("q")).alias("p")).unnest("p").row(0)
    assert out == expected


@pytest.mark.parametrize("lang,num,qual,expected", [
    ("fr", "1 200", None, (1200, 1200, 1200, "exact")), ("fr", "1.200", None, (1200, 1200, 1200, "exact")),
    ("fr", "1\u202f200", None, (1200, 1200, 1200, "exact")),
    ("fr", "1,2 million", None, (1200000, 1200000, 1200000, "exact")), ("fr", "vingt-et-un", None, (21, 21, 21, "exact")),
    ("fr", "quatre-vingt-dix", None, (90, 90, 90, "exact")), ("fr", "soixante-dix", None, (70, 70, 70, "exact")),
    ("fr", "deux cents", None, (200, 200, 200, "exact")), ("fr", "mille", None, (1000, 1000, 1000, "exact")),
    ("fr", "une vingtaine", None, (20, 20, None, "vague")), ("fr", "des dizaines", None, (12, 12, None, "vague")),
    ("fr", "plusieurs", None, (10, 10, None, "vague")), ("fr", "14", "au moins", (14, 14, None, "at_least")),
    ("fr", "200", "près de", (200, None, 200, "approximately")), ("fr", "entre 10 et 15", None, (10, 10, 15, "range")),
    ("es", "1.200", None, (1200, 1200, 1200, "exact")), ("es", "veintiuno", None, (21, 21, 21, "exact")),
    ("es", "treinta y cinco", None, (35, 35, 35, "exact")), ("es", "doscientos cincuenta", None, (250, 250, 250, "exact")),
    ("es", "mil doscientos", None, (1200, 1200, 1200, "exact")), ("es", "cien", None, (100, 100, 100, "exact")),
    ("es", "decenas", None, (12, 12, None, "vague")), ("es", "14", "al menos", (14, 14, None, "at_least")),
    ("es", "300", "casi", (300, None, 300, "approximately")), ("es", "entre 10 y 15", None, (10, 10, 15, "range")),
])
def test_parse_number_fr_es(lang, num, qual, expected):
    words = {"fr": FR, "es": ES}[lang]
    assert re.fullmatch(words.num, num)
    out = pl.DataFrame({"n": [num], "q": [qual]}, schema={"n": pl.Utf8, "q": pl.Utf8}).select(
        parse_number(pl.col("n"), pl.col("q"), words).alias("p")).unnest("p").row(0)
    assert out == expected
