#!/bin/sh
# `pip install .` from a clean clone gives a working `skver`: builds the wheel from a fresh
# `git clone` of HEAD (so the map's web assets come from the build step, as for a user), installs
# it into a new venv, and runs the command line and the GUI (offscreen) from there.
#
#   sh scripts/check_wheel.sh            # uses .venv's packages for the dependencies (fast)
#   SKVER_WHEEL_DEPS=index sh scripts/check_wheel.sh   # dependencies from the package index
#
# The wheel is installed with --no-deps and the project's venv site-packages is appended to the
# new venv's path (a .pth line: its own .pth files, like the editable install's, are not run),
# so the installed skver is the wheel's and nothing is downloaded. Committed files only.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$ROOT/.venv/bin/python}
CORPUS=${CORPUS:-$ROOT/../shared/corpus/exif-samples}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/skver-wheel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
[ "$(id -u)" = 0 ] && export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
step() { printf '\n== %s\n' "$*"; }
fail() { echo "check-wheel: FAILED: $*" >&2; exit 1; }

step "clean clone of HEAD ($(git -C "$ROOT" rev-parse --short HEAD))"
git clone -q "$ROOT" "$WORK/src"
test ! -e "$WORK/src/resources/web/vendor" || fail "the clone already has web assets"

step "pip wheel . --no-deps"
(cd "$WORK/src" && "$PY" -m pip wheel --quiet --disable-pip-version-check --no-deps \
    -w "$WORK/wheel" .)
WHEEL=$(ls "$WORK"/wheel/skver-*.whl)
"$PY" - "$WHEEL" <<'PYEOF'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
need = ["main.py", "resources/build-info.json", "resources/icons/skver.svg",
        "resources/skver.desktop", "resources/web/skver-map.js",
        "resources/fonts/DejaVuSans.ttf", "resources/fonts/LICENSE-DejaVu.txt"]
missing = [n for n in need if n not in names]
vendor = [n for n in names if n.startswith("resources/web/vendor/")]
venues = [n for n in names if n.startswith("resources/venues/")]
if missing or not vendor or not venues:
    sys.exit(f"check-wheel: the wheel lacks {missing or ''} {'' if vendor else 'web/vendor'} "
             f"{'' if venues else 'venues'}")
print(f"wheel: {len(names)} files, {len(vendor)} web assets, {len(venues)} venue datasets")
PYEOF

step "fresh venv, wheel installed"
"$PY" -m venv "$WORK/venv"
V="$WORK/venv/bin"
if [ "${SKVER_WHEEL_DEPS:-venv}" = index ]; then
    "$V/pip" install --quiet --disable-pip-version-check "$WHEEL"
else
    SITE=$("$V/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
    "$PY" -c 'import sysconfig; print(sysconfig.get_path("purelib"))' > "$SITE/zz-skver-deps.pth"
    "$V/pip" install --quiet --disable-pip-version-check --no-deps "$WHEEL"
fi
cd "$WORK"  # never the checkout: the installed code must be the wheel's
"$V/python" -c 'import evidence, sys; sys.exit(0 if evidence.__file__.startswith(sys.prefix) else
    f"evidence imported from {evidence.__file__}, not the new venv")'

step "skver --version"
"$V/skver" --version | tee version.txt
grep -q "^Skver .*(commit [0-9a-f]\{12\}" version.txt || fail "no commit in --version"

step "skver inspect --json"
"$V/skver" inspect "$CORPUS/jpg/gps/DSCN0010.jpg" --json > inspect.json
"$V/python" -c 'import json; d = json.load(open("inspect.json")); print(str(d)[:160], "...")'

step "skver demo, skver report (PDF)"
export SKVER_DATA_DIR="$WORK/data"
"$V/skver" demo --out case
"$V/skver" report --case case --out r.pdf
head -c 5 r.pdf | grep -q '%PDF-' || fail "r.pdf is not a PDF"
echo "r.pdf: $(wc -c < r.pdf) bytes"

step "the GUI, offscreen, quits by itself"
QT_QPA_PLATFORM=offscreen SKVER_SMOKE_QUIT_MS=${SKVER_SMOKE_QUIT_MS:-6000} "$V/skver" 2> gui.log \
    || { cat gui.log >&2; fail "the GUI exited non-zero"; }
grep "SKVER_SMOKE_QUIT_MS" gui.log

echo; echo "check-wheel: OK"
