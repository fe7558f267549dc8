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
    / 0.944, as it is) keep misses we chose not
    to fit (TimeBank's "two days later" is a DURATION, the blind annotators made it a date; TimeBank's "a decade" is
    P10Y, round 22 wrote P1DE), hence 0.97 overall and 0.975 on DURATION."""
    docs = score_timex.load_docs()
    assert len(docs) >= 845 and sum(len(d["timexes"]) for d in docs) >= 7400
    res = score_timex.score(docs, score_timex.tag(docs))
    assert res["ALL"]["relaxed_f1"] >= 0.99
    assert res["ALL"]["value_f1"] >= 0.97
    assert res["DATE"]["value_f1"] >= 0.975
    assert res["DURATION"]["value_f1"] >= 0.975
    assert res["TIME"]["value_f1"] >= 0.92
    assert res["SET"]["value_f1"] >= 0.99


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
