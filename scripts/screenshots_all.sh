#!/bin/sh
# Takes every screenshot of the window in docs/screenshots again, from the demo case, in English,
# Russian and Kazakh: each tab (Photos as a table and as a grid, Refusals, Map, Venues,
# Statistics) and the forms (tagging, refusal, refusal from photos, venue, export).
#
#     sh scripts/screenshots_all.sh            # all of them (about four minutes)
#     sh scripts/screenshots_all.sh refusals   # only the names given, in every language
#
# English keeps the names the docs link to (refusals.png); Russian and Kazakh add their code
# (refusals-ru.png, refusals-kk.png). Runs under Xvfb (started here when there is no display)
# at 1600x1000; a picture over 250 KB is saved again with a palette of 256 colours. The report
# pictures (report-*.png, map.png) come from scripts/report_screenshot.py and map_screenshot.py.
set -eu
cd "$(dirname "$0")/.."
if [ -z "${SKVER_SHOTS_XVFB:-}" ]; then
    SKVER_SHOTS_XVFB=1 exec xvfb-run -a -s "-screen 0 1600x1000x24" sh "$0" "$@"
fi
PY=.venv/bin/python
OUT=docs/screenshots
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---no-sandbox}"

# name: screenshot.py's options for it
shots='
main-window: --select 5
photo-grid: --grid --select 9
tagging-form: --tab tagging --select 4
refusals: --tab refusals --select 2
map-tab: --tab map --claim 3
venues: --tab venues --select 1
statistics: --tab statistics
refusal-form: --tab refusal-form --select 2
refusal-from-photos: --tab refusal-from-photos --photos 5,6,8,9
venue-form: --tab venue-form --select 2
export-dialog: --tab export --claim 3
'

wanted="$*"
failed=0
while IFS=: read -r name options; do
    [ -n "$name" ] || continue
    if [ -n "$wanted" ] && ! echo " $wanted " | grep -q " $name "; then
        continue
    fi
    for lang in en ru kk; do
        file="$OUT/$name-$lang.png"
        [ "$lang" = en ] && file="$OUT/$name.png"
        # shellcheck disable=SC2086  # the options are words
        if ! $PY scripts/screenshot.py --demo $options --lang "$lang" "$file" 2>/dev/null; then
            echo "could not take $file" >&2
            failed=1
        fi
    done
done <<LIST
$shots
LIST
$PY - "$OUT" <<'EOF'
"""Pictures over 250 KB saved again with an adaptive palette (screenshots keep their look)."""
import sys
from pathlib import Path

from PIL import Image

LIMIT = 250_000
for path in sorted(Path(sys.argv[1]).glob("*.png")):
    if path.stat().st_size <= LIMIT or path.name.startswith(("report-", "map.")):
        continue
    with Image.open(path) as image:
        smaller = image.convert("RGB").quantize(256, method=Image.Quantize.MEDIANCUT, dither=0)
    smaller.save(path, optimize=True)
    print(f"{path}: {path.stat().st_size // 1000} KB with 256 colours")
EOF
exit $failed
