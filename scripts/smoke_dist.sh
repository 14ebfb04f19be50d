#!/bin/sh
# Smoke test of the PyInstaller app (what `make dist` runs after building it):
#
#   sh scripts/smoke_dist.sh [dist/skver]
#
# The built app's --version, inspect, demo, report (PDF), and its GUI started offscreen, which
# quits by itself (SKVER_SMOKE_QUIT_MS) once the window has been up; its data in a scratch folder.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP=$(cd "${1:-$ROOT/dist/skver}" && pwd)
EXE="$APP/skver"
[ -x "$APP/skver-cli.exe" ] && EXE="$APP/skver-cli.exe"   # Windows: the console one
[ -x "$EXE" ] || [ -x "$EXE.exe" ] || { echo "smoke-dist: no app in $APP (make dist)" >&2; exit 1; }
CORPUS=${CORPUS:-$ROOT/../shared/corpus/exif-samples}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/skver-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export SKVER_DATA_DIR="$WORK/data"
[ "$(id -u)" = 0 ] && export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"
cd "$WORK"
step() { printf '\n== %s\n' "$*"; }
fail() { echo "smoke-dist: FAILED: $*" >&2; exit 1; }

step "$EXE --version"
"$EXE" --version | tee version.txt
grep -q "^Skver [0-9]" version.txt || fail "--version names no version"
grep -q "^PySide6 .*, Qt [0-9]" version.txt || fail "--version names no Qt"

step "inspect --json"
"$EXE" inspect "$CORPUS/jpg/gps/DSCN0010.jpg" --json > inspect.json
grep -q '"sha256"' inspect.json || fail "inspect printed no SHA-256"
head -c 200 inspect.json; echo " ..."

step "demo, report (PDF)"
"$EXE" demo --out case
"$EXE" report --case case --out r.pdf
head -c 5 r.pdf | grep -q '%PDF-' || fail "r.pdf is not a PDF"
echo "r.pdf: $(wc -c < r.pdf) bytes"

step "the GUI, offscreen, quits by itself"
start=$(date +%s)
QT_QPA_PLATFORM=offscreen SKVER_SMOKE_QUIT_MS=${SKVER_SMOKE_QUIT_MS:-8000} "$APP/skver" 2> gui.log \
    || { cat gui.log >&2; fail "the GUI exited non-zero"; }
grep "SKVER_SMOKE_QUIT_MS" gui.log || { cat gui.log >&2; fail "the GUI did not quit by the switch"; }
if grep -E "Traceback|ModuleNotFoundError|CRITICAL|ERROR" gui.log; then fail "errors in the GUI's log"; fi
echo "GUI ran $(( $(date +%s) - start )) s and exited 0"

echo; echo "smoke-dist: OK ($(du -sh "$APP" | cut -f1) in $APP)"
