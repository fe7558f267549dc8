import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "eval"))
import score_timex  # noqa: E402


def test_own_set_scores_do_not_regress():
    docs = score_timex.load_docs()
    assert len(docs) >= 60 and sum(len(d["timexes"]) for d in docs) >= 400
    res = score_timex.score(docs, score_timex.tag(docs))
    assert res["ALL"]["relaxed_f1"] >= 0.98
    assert res["ALL"]["value_f1"] >= 0.95
    assert res["DATE"]["value_f1"] >= 0.95
    assert res["DURATION"]["value_f1"] >= 0.95
    assert res["TIME"]["value_f1"] >= 0.90
