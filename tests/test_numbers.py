import polars as pl
import pytest

from transforms.numbers import parse_number


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
