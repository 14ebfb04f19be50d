# `make run` and `make test` set up everything they need on first use and are quick afterwards.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.skver-installed
SYS    := $(VENV)/.skver-system-checked
WEB    := resources/web
ASSETS := $(WEB)/vendor/.skver-installed

export QTWEBENGINE_CHROMIUM_FLAGS ?= $(if $(filter 0,$(shell id -u)),--no-sandbox,)

.PHONY: run test test-fast lint bench soak fuzz setup clean translations dist check-wheel install-desktop

run: setup
	$(PY) main.py

test: setup lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

# The tests of the Qt-free core (evidence, maps, reports) without those marked slow (child
# processes, whole PDFs, property tests): well under a minute. `make test` runs everything.
test-fast: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not slow" tests/evidence tests/maps tests/reports $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

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
	$(PY) bench/report_bench.py --case-photos 10000
	$(PY) bench/bundle_bench.py
	$(PY) bench/video_import_bench.py

# Soak and scale (bench/soak_bench.py): a generated case of 10,000 small photos taken through
# import, analysis, the window, a report and the bundle. Long, so not part of `make bench`.
SOAK_ARGS ?= --compare 1000,10000
soak: setup
	QT_QPA_PLATFORM=offscreen $(PY) bench/soak_bench.py $(SOAK_ARGS)

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

# The one-folder app (packaging/skver.spec) in dist/skver/, then its smoke test: the built app's
# --version, inspect, demo, report, and its GUI offscreen (scripts/smoke_dist.sh).
dist: $(ASSETS) $(VENV)/.skver-dist-installed
	rm -rf dist/skver
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build packaging/skver.spec
	sh scripts/smoke_dist.sh dist/skver

$(VENV)/.skver-dist-installed: pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dist]'
	@touch $@

# `pip install .` from a clean clone of HEAD, into a fresh venv, then its commands and GUI.
check-wheel:
	sh scripts/check_wheel.sh

# The desktop entry and icons for the current user (XDG). For the app from `make dist`:
# make install-desktop SKVER_EXEC=$$PWD/dist/skver/skver
XDG_DATA_HOME ?= $(HOME)/.local/share
SKVER_EXEC ?= skver
ICON_SIZES := 16 24 32 48 64 128 256
install-desktop:
	mkdir -p $(XDG_DATA_HOME)/applications $(XDG_DATA_HOME)/icons/hicolor/scalable/apps
	sed 's|^Exec=.*|Exec=$(SKVER_EXEC)|' resources/skver.desktop > $(XDG_DATA_HOME)/applications/skver.desktop
	cp resources/icons/skver.svg $(XDG_DATA_HOME)/icons/hicolor/scalable/apps/skver.svg
	for size in $(ICON_SIZES); do \
	  mkdir -p $(XDG_DATA_HOME)/icons/hicolor/$${size}x$${size}/apps && \
	  cp resources/icons/skver-$$size.png $(XDG_DATA_HOME)/icons/hicolor/$${size}x$${size}/apps/skver.png; \
	done
	@# the menus notice at once where these tools exist; otherwise at the next login
	-@command -v update-desktop-database >/dev/null && update-desktop-database -q $(XDG_DATA_HOME)/applications || true
	-@command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t $(XDG_DATA_HOME)/icons/hicolor || true
	@echo "Installed $(XDG_DATA_HOME)/applications/skver.desktop (Exec=$(SKVER_EXEC))"

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache $(WEB)/node_modules $(WEB)/vendor
