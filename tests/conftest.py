from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "landing_sample" / "seeds"


@pytest.fixture
def write_files(tmp_path):
    """Write {relative path: str | bytes} under a fresh landing folder and return it."""

    def _write(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "landing"
        for rel, content in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        root.mkdir(exist_ok=True)
        return root

    return _write
