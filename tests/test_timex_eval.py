import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))
import score_timex  # noqa: E402

TIMEML = Path(__file__).resolve().parents[2] / "shared" / "dev" / "timeml"


def test_own_set_scores_do_not_regress():
    """The own set holds the blind rounds after their rules; rounds 16 (TempEval-3 platinum style, value F1 0.901,
    DATE 0.895 before its rules), 17 (TimeBank/AQUAINT style, 0.938 / 0.947) 18 (platinum style again, written
    after round 16's rules: 0.954 / 0.955) 19 (platinum and local copy: 0.917 / 0.917), 20 (platinum style, written after every other rule: 0.919 / 0.917),
    21 (platinum style: 0.943 / 0.943), 22 (platinum and TimeBank style: 0.903 / 0.911), 23 (platinum style, written
    before round 22's rules and scored after them: 0.953 / 0.948), 24 (platinum style, scored after rounds 21-23's
    rules: 0.944 / 0.952), 25 (platinum style: 0.931 / 0.931 after rounds 21-23's rules) and 26 (held out: no rule
    written from it; 0.938 / 0.943 on the final rules, appended as it is), 27 (TimeBank/AQUAINT style, DCTs 1989-2000:
    0.956 / 0.962 before its rules), 29 (2016-2025 news copy: 0.923 / 0.919 before its rules), 30 (TimeBank style again,
    after rounds 27 and 29's rules: 0.963 / 0.962), 31 (2016-2025 copy: 0.941 / 0.953), 33 (2015-2025 copy: 0.936 / 0.925)
    and the held-out rounds 28 (0.894 / 0.925 on the final rules; 0.923 with its decade notation relabelled) and 32 (0.943
    / 0.944, as it is); stop 15: 34 (TimeBank/AQUAINT style: 0.949 / 0.956 before its rules), 36 (2016-2025: 0.923 /
    0.926), 37 (AQUAINT broadcast style: 0.916 / 0.965, TIME 0.649), 38 (2017-2025: 0.959 / 0.964), 39 (anchored
    chains: 0.959 / 0.950) and the held-out rounds 35 and 40 (test below) keep misses we chose not
    to fit (TimeBank's "two days later" is a DURATION, the blind annotators made it a date; TimeBank's "a decade" is
    P10Y, round 22 wrote P1DE), hence 0.97 overall and 0.975 on DURATION."""
    docs = score_timex.load_docs()
    assert len(docs) >= 1070 and sum(len(d["timexes"]) for d in docs) >= 9400
    res = score_timex.score(docs, score_timex.tag(docs))
    assert res["ALL"]["relaxed_f1"] >= 0.99
    assert res["ALL"]["value_f1"] >= 0.97
    assert res["DATE"]["value_f1"] >= 0.975
    assert res["DURATION"]["value_f1"] >= 0.975
    assert res["TIME"]["value_f1"] >= 0.92
    assert res["SET"]["value_f1"] >= 0.99


def _round(number: int, tmp_path: Path) -> list[dict]:
    """The paragraphs of one blind round of the own set (from its "# round N (" header to the next header)."""
    lines, keep = [], False
    for line in score_timex.PARAGRAPHS.read_text(encoding="utf-8").splitlines():
        if line.startswith("# round "):
            keep = line.startswith(f"# round {number} (")
        elif keep:
            lines.append(line)
    (tmp_path / "round.txt").write_text("\n".join(lines), encoding="utf-8")
    return score_timex.build_docs(tmp_path / "round.txt")


@pytest.mark.parametrize("number, overall, date", [(35, 0.93, 0.935), (40, 0.965, 0.96)])
def test_held_out_rounds_of_stop_15(number, overall, date, tmp_path):
    """Rounds 35 (half 1989-2000, half 2015-2025 copy; 0.934 / DATE 0.941 when written and unchanged by the stop's ~50
    date rules) and 40 (same mix, written late in the stop; 0.973 / 0.969) were held out: no rule was written from them.
    Floors just under, so a rule that breaks them shows."""
    docs = _round(number, tmp_path)
    assert len(docs) == 25
    res = score_timex.score(docs, score_timex.tag(docs))
    assert res["ALL"]["value_f1"] >= overall
    assert res["DATE"]["value_f1"] >= date


@pytest.mark.skipif(not TIMEML.exists(), reason="TimeBank+AQUAINT dev data (shared/dev/timeml) not present")
def test_timebank_aquaint_scores_do_not_regress():
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from eval_timebank import parse

    docs = [parse(f) for f in sorted(TIMEML.glob("*/*.tml"))]
    res = score_timex.score(docs, score_timex.tag(docs))
    assert res["ALL"]["relaxed_f1"] >= 0.94
    assert res["ALL"]["value_f1"] >= 0.81
    assert res["DATE"]["value_f1"] >= 0.825
    assert res["DURATION"]["value_f1"] >= 0.785
