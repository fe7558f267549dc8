# newsledger — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test eval bench bench-large clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: setup
	$(BIN)/newsledger run

test: setup
	$(BIN)/python -m pytest; status=$$?; \
	  if [ $$status -eq 5 ]; then echo 'pytest collected no tests' >&2; exit 1; fi; exit $$status

# Accuracy on our labelled sets, then on the bundled sample (blind), then on the dev data in
# ../shared/dev when it is there.
eval: run
	$(BIN)/python tests/eval/score_figures.py
	$(BIN)/python tests/eval/score_timex.py
	$(BIN)/python tests/eval/score_pubdate.py
	$(BIN)/python tests/eval/score_outlets.py
	$(BIN)/python -m tests.eval.score_sample
	-$(BIN)/python scripts/eval_acled_notes.py
	-$(BIN)/python scripts/eval_timebank.py

bench: setup
	$(BIN)/python -m bench.run --articles 10000 100000

bench-large: setup
	$(BIN)/python -m bench.run --articles 10000 100000 1000000

clean:
	rm -rf data dagster_home/storage dagster_home/history dagster_home/schedules dagster_home/logs
