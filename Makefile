# `make run` and `make test` set up everything they need on first use and are quick afterwards.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.skver-installed
SYS    := $(VENV)/.skver-system-checked

export QTWEBENGINE_CHROMIUM_FLAGS ?= $(if $(filter 0,$(shell id -u)),--no-sandbox,)

.PHONY: run test lint bench setup clean

run: setup
	$(PY) main.py

test: setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

setup: $(SYS) $(STAMP)

$(SYS): scripts/system-packages.sh
	@mkdir -p $(VENV)
	sh scripts/system-packages.sh
	@touch $@

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

bench: setup
	$(PY) bench/inspect_bench.py $(BENCH_ARGS)
	$(PY) bench/import_bench.py $(BENCH_ARGS)
	$(PY) bench/analysis_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
