"""bench.generate_corpus: deterministic, all landing formats, ~1% bad records, 300-1,200 words.

The bundled sample landing folder is described row by row in ../landing_sample.manifest.csv.
"""

import json
from pathlib import Path

from bench.generate_corpus import generate, words

N = 200


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _lines(root: Path):
    for p in sorted((root / "jsonl").iterdir()):
        for line in p.read_text(encoding="utf-8").splitlines():
            yield line


def test_same_seed_same_bytes_other_seed_differs(tmp_path):
    generate(tmp_path / "a", N, seed=7)
    generate(tmp_path / "b", N, seed=7)
    generate(tmp_path / "c", N, seed=8)
    a = _files(tmp_path / "a")
    assert a and a == _files(tmp_path / "b")
    assert a != _files(tmp_path / "c")


def test_formats_bad_share_and_lengths(tmp_path):
    counts = generate(tmp_path, N, seed=7)
    assert sum(counts[k] for k in ("jsonl", "pages", "bad")) == N
    lines = list(_lines(tmp_path))
    good, broken, no_text = [], 0, 0
    for line in lines:
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            broken += 1
            continue
        text = rec.get("text", rec.get("body"))
        if not text or not text.strip():
            no_text += 1
        else:
            good.append(rec)
    pages = list((tmp_path / "pages").rglob("*")) if (tmp_path / "pages").exists() else []
    records = len(lines) + sum(p.is_file() for p in pages)
    assert records == N
    assert 0 < broken + no_text <= 0.04 * N
    for rec in good:
        assert 300 <= len(rec.get("text", rec.get("body")).split()) <= 1200, rec["id"]
        assert set(rec) <= {"id", "title", "url", "published_at", "outlet", "author", "language", "text", "body"}


def test_larger_run_has_every_format_reprints_and_updates(tmp_path):
    counts = generate(tmp_path, 3000, seed=7)
    exts = {p.suffix for p in tmp_path.rglob("*") if p.is_file()}
    assert {".jsonl", ".md", ".txt", ".html"} <= exts
    assert 0.005 <= counts["bad"] / 3000 <= 0.02
    assert counts["updates"] > 0
    ids, texts = {}, {}
    for line in _lines(tmp_path):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            continue
        ids[rec["id"]] = ids.get(rec["id"], 0) + 1
    assert any(n > 1 for n in ids.values())  # same id again = an update


def test_words():
    assert words(21) == "twenty-one"
    assert words(53) == "fifty-three"
    assert words(105) == "one hundred and five"
