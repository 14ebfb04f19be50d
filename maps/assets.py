"""The map's web assets: Leaflet and markercluster from resources/web/vendor/, checked by hash.

`make setup` installs them from the npm registry at the versions the lockfile pins and copies the
files that resources/web/assets.json names into vendor/ (scripts/web_assets.py). Here every file
is checked against the manifest's SHA-256 again as it is read, so the map never runs a script
other than the one pinned, and never fetches one: the page either inlines them (an exported file
that opens anywhere) or links them as file:// URLs (the app's own view).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

from evidence.errors import KnownError

# Load order matters: markercluster extends Leaflet.
SCRIPTS = ("leaflet.js", "leaflet.markercluster.js")
STYLES = ("leaflet.css", "MarkerCluster.css", "MarkerCluster.Default.css")
# Our own page script and style, committed beside the manifest (not vendored, not hashed).
OWN_SCRIPT, OWN_STYLE = "skver-map.js", "skver-map.css"

_SOURCE_MAP = re.compile(r"^\s*/[/*]# sourceMappingURL=\S+.*$", re.MULTILINE)
_CSS_URL = re.compile(r"url\((['\"]?)(images/[\w.-]+\.png)\1\)")


def web_dir() -> Path:
    return Path(str(resources.files("resources") / "web"))


def vendor_dir() -> Path:
    return web_dir() / "vendor"


@cache
def manifest() -> dict:
    """resources/web/assets.json: the pinned packages and each vendored file's SHA-256."""
    return json.loads((web_dir() / "assets.json").read_text(encoding="utf-8"))


def read_vendored(name: str) -> bytes:
    """A vendored file's bytes, refused unless they are the ones the manifest names."""
    entry = manifest()["files"].get(name)
    if entry is None:
        raise ValueError(f"{name} is not a vendored web asset")
    path = vendor_dir() / name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KnownError(f"The map's web assets are not installed ({path} is missing); run "
                         "`make setup`, which installs them with npm.") from None
    if hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise KnownError(f"{path} is not the file resources/web/assets.json pins (its SHA-256 "
                         "differs); run `make setup` again to reinstall the map's web assets.")
    return data


def own_text(name: str) -> str:
    return (web_dir() / name).read_text(encoding="utf-8")


def verify_all() -> None:
    """Checks every vendored file now (e.g. before a long render), not only those inlined."""
    for name in manifest()["files"]:
        read_vendored(name)


def inline_head() -> list[tuple[str, str]]:
    """(name, HTML) for <style> and <script> elements carrying every asset in the page itself."""
    styles = [(name, _style(_inline_images(read_vendored(name).decode("utf-8"))))
              for name in STYLES]
    scripts = [(name, _script(read_vendored(name).decode("utf-8"))) for name in SCRIPTS]
    return [*styles, (OWN_STYLE, _style(own_text(OWN_STYLE))), *scripts,
            (OWN_SCRIPT, _script(own_text(OWN_SCRIPT)))]


def linked_head() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(scripts, styles) as (name, file:// URL) pairs, for folium's default_js/default_css."""
    verify_all()
    vendor, own = vendor_dir(), web_dir()
    scripts = [(n, (vendor / n).as_uri()) for n in SCRIPTS] + [
        (OWN_SCRIPT, (own / OWN_SCRIPT).as_uri())]
    styles = [(n, (vendor / n).as_uri()) for n in STYLES] + [
        (OWN_STYLE, (own / OWN_STYLE).as_uri())]
    return scripts, styles


def _script(code: str) -> str:
    code = _SOURCE_MAP.sub("", code)  # a browser's tools would fetch the map from beside the page
    if "</script" in code.lower():    # would close the element early; the pinned files have none
        raise ValueError("a script to inline contains '</script'")
    return f"<script>\n{code}\n</script>"


def _style(css: str) -> str:
    if "</style" in css.lower():
        raise ValueError("a style sheet to inline contains '</style'")
    return f"<style>\n{css}\n</style>"


def _inline_images(css: str) -> str:
    """Leaflet's CSS names images beside it; inline they become data: URIs."""
    def data_uri(match: re.Match) -> str:
        png = base64.b64encode(read_vendored(match.group(2))).decode("ascii")
        return f"url(data:image/png;base64,{png})"

    return _CSS_URL.sub(data_uri, css)
