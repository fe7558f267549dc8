import polars as pl
import pytest

from schemas.models import FactFigure, Quarantine
from schemas.quarantine import SchemaLevelError, split_valid


def _figure(**overrides):
    row = dict(figure_key=1, article_key=10, event_key=None, category="killed", value=5,
               value_low=5, value_high=5, qualifier="exact", subject="people", stated_by=None,
               stated_on=None, refers_to_date=None, is_background=False, is_superseded=False,
               is_hypothetical=False, in_article_total=True, mention_text="five killed",
               sentence="Five killed.", char_start=0, char_end=11)
    row.update(overrides)
    return row


def test_bad_rows_go_to_quarantine_with_reasons():
    frame = pl.DataFrame([
        _figure(),
        _figure(figure_key=2, category="eaten"),
        _figure(figure_key=3, value=4, value_low=5),
        _figure(figure_key=1),  # duplicate key: both rows fail uniqueness
    ])
    good, bad = split_valid(frame, FactFigure, stage="figures")
    assert good.height == 0 or good["figure_key"].to_list() == []
    assert bad.height == 4
    reasons = bad["reason"].to_list()
    assert any("category" in r and "isin" in r for r in reasons)
    assert any("bounds_hold_value" in r for r in reasons)
    assert sum("figure_key" in r for r in reasons) == 2
    Quarantine.validate(bad)
    assert set(bad["stage"]) == {"figures"}


def test_good_rows_pass_and_extra_columns_are_dropped():
    good, bad = split_valid(pl.DataFrame([_figure(helper="x")]), FactFigure, stage="figures")
    assert good.height == 1 and bad.height == 0 and "helper" not in good.columns


def test_schema_level_failure_stops_with_one_line():
    with pytest.raises(SchemaLevelError, match="column_in_dataframe"):
        split_valid(pl.DataFrame([_figure()]).drop("category"), FactFigure, stage="figures")


def test_impossible_dates_are_quarantined_not_a_crash():
    frame = pl.DataFrame([_figure(), _figure(figure_key=2)]).with_columns(
        pl.Series("refers_to_date", [None, -1845402128]).cast(pl.Int32).cast(pl.Date))
    good, bad = split_valid(frame, FactFigure, stage="figures")
    assert good["figure_key"].to_list() == [1]
    assert bad.select("stage", "reason", "detail").rows() == [
        ("figures", "date out of range: refers_to_date", "article_key=10")]
