#!/usr/bin/env bash
# Replace README's example-SQL section with fresh output from `make run`'s warehouse.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python scripts/readme_examples.py | sed 's/^#### /### /' > /tmp/newsledger_examples.md
python3 - <<'PY'
from pathlib import Path
readme = Path("README.md").read_text()
start = readme.index("### Tolls per event")
end = readme.index("### Querying while a run holds the file")
Path("README.md").write_text(readme[:start] + Path("/tmp/newsledger_examples.md").read_text().rstrip() + "\n\n" + readme[end:])
PY
