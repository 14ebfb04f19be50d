# `make run` and `make test` set up everything they need on first use and are quick afterwards.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.skver-installed
SYS    := $(VENV)/.skver-system-checked
WEB    := resources/web
ASSETS := $(WEB)/vendor/.skver-installed

export QTWEBENGINE_CHROMIUM_FLAGS ?= $(if $(filter 0,$(shell id -u)),--no-sandbox,)

.PHONY: run test lint bench fuzz setup clean translations

run: setup
	$(PY) main.py

test: setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

setup: $(SYS) $(STAMP) $(ASSETS)

$(SYS): scripts/system-packages.sh
	@mkdir -p $(VENV)
	sh scripts/system-packages.sh
	@touch $@

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

# The map's web assets (Leaflet and friends): `npm ci` from the lockfile, then the files that
# assets.json names, hash-checked, into resources/web/vendor/ (see scripts/web_assets.py).
$(ASSETS): $(WEB)/package-lock.json $(WEB)/assets.json scripts/web_assets.py
	$(PYTHON) scripts/web_assets.py
	@touch $@

bench: setup
	$(PY) bench/inspect_bench.py $(BENCH_ARGS)
	$(PY) bench/import_bench.py $(BENCH_ARGS)
	$(PY) bench/analysis_bench.py
	$(PY) bench/static_map_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/grid_bench.py
	$(PY) bench/report_bench.py
	$(PY) bench/bundle_bench.py

# Fuzzing the readers of hostile input for a bounded time (fuzz/run.py); a crash or hang is
# saved under fuzz/crashes/<target>/ and fails the run.
FUZZ_SECONDS ?= 120
fuzz: setup $(VENV)/.skver-fuzz-installed
	$(PY) fuzz/run.py --seconds $(FUZZ_SECONDS) $(FUZZ_ARGS)

$(VENV)/.skver-fuzz-installed: pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,fuzz]'
	@touch $@

# The interface's translations: new strings from gui/*.py into resources/i18n/skver_{ru,kk}.ts
# (pyside6-lupdate), then the .ts compiled into the .qm the app loads (pyside6-lrelease). Both
# are committed, so installing or building Skver needs no Qt tools.
translations: setup
	$(PY) scripts/translations.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache $(WEB)/node_modules $(WEB)/vendor
