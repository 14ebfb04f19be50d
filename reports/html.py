"""The contradiction report as one self-contained HTML file that opens offline, anywhere.

The same content, in the same order, as the PDF: it lays out a `reports.content.Report`. The
page is rendered by an autoescaping, strict Jinja template (resources/report/report.html.j2), so
every string from the case (a venue name, an excuse, a note, a file name) shows as the text it
is. Images and the stylesheet are inside the file (data: URIs, one <style>); each refusal's
interactive map is the `map` command's page in a sandboxed `<iframe srcdoc>` (reports/html_map).
A Content-Security-Policy lets the page load nothing and run only those maps' scripts.

    write_html(report, Path("report.html"), tiles="city.mbtiles")
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, StrictUndefined, Template
from markupsafe import Markup
from PIL.Image import DecompressionBombError

from evidence.errors import KnownError
from evidence.frames import FrameError
from evidence.results import Verdict
from maps.basemap import Basemap
from maps.static import Tiles
from reports import closing, html_map, html_timeline, images, procedure_section
from reports.anchor import Anchor, html_block
from reports.atomic import replacing
from reports.content import ClaimSection, Exhibit, Report

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
TEMPLATE, STYLE = "report.html.j2", "report.css"
MAP_SIZE = (1200, 900)


def render_html(report: Report, *, tiles: Tiles | Basemap = None,
                progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> str:
    """The report's page as one string."""
    return "".join(_chunks(report, tiles, progress, cancelled))


def write_html(report: Report, out_path: str | Path, *, tiles: Tiles | Basemap = None,
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> Path:
    """Writes the page (through a temporary file, so a cancelled or failed report leaves no
    file behind) and returns its path; `tiles` is the static maps' background and, for an
    MBTiles file, the interactive maps' too."""
    out = Path(out_path)
    with replacing(out) as temp, temp.open("w", encoding="utf-8", newline="\n") as stream:
        for chunk in _chunks(report, tiles, progress, cancelled):
            stream.write(chunk)
    return out


@cache
def _template() -> Template:
    """The report's template, with its stylesheet; compiled once."""
    folder = resources.files("resources").joinpath("report")
    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True)
    env.globals["css"] = Markup(_style(_palette() +
                                       folder.joinpath(STYLE).read_text(encoding="utf-8")))
    return env.from_string(folder.joinpath(TEMPLATE).read_text(encoding="utf-8"))


def _chunks(report: Report, tiles: Tiles | Basemap, progress: Progress | None,
            cancelled: Cancelled | None) -> Iterator[str]:
    steps = _Steps(len(report.claims) + report.exhibit_count, progress, cancelled)
    steps.check()
    pages = html_map.claim_pages(report, tiles, cancelled)
    static_tiles = _static_tiles(tiles)
    context = {
        "r": report, "t": report.t, "maps": {k: p.html for k, p in pages.items()},
        "csp": policy(html_map.all_hashes(pages.values())),
        "static_map": lambda s: steps.did(_map_uri(report, s, static_tiles)),
        "image": lambda e: steps.did(_image(report, e)),
        # a video exhibit is one step, done with its last frame
        "frame": lambda e, f: (steps.did(_frame(report, e, f.offset_s))
                               if f is e.video.frames[-1] else _frame(report, e, f.offset_s)),
        "timeline": html_timeline.layout,
        "document": _document,
        "anchor": Markup(html_block(Anchor.of(report))),
        "closing": {"limits": closing.limits(report), "redactions": closing.redactions(report),
                    "declarations": closing.declarations(report)},
        "procedure_calendar": procedure_section.calendar_note(report.table),
    }
    yield from _template().generate(**context)


def policy(script_hashes: list[str]) -> str:
    """The page's Content-Security-Policy: nothing loaded from anywhere, only the maps' scripts
    (by hash) run; the maps' frames inherit it."""
    scripts = " ".join(script_hashes) or "'none'"
    return ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
            f"script-src {scripts}; frame-src 'self'; base-uri 'none'; form-action 'none'")


class _Steps:
    """Progress after each picture drawn; the cancel check before it."""

    def __init__(self, total: int, progress: Progress | None,
                 cancelled: Cancelled | None) -> None:
        self.total, self.done = total, 0
        self.progress, self.cancelled = progress, cancelled

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise KnownError(html_map.CANCELLED)

    def did(self, value: Any) -> Any:
        self.done += 1
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()
        return value


def _static_tiles(tiles: Tiles | Basemap) -> Tiles:
    if isinstance(tiles, Basemap):
        return tiles.source
    return tiles


def _map_uri(report: Report, section: ClaimSection, tiles: Tiles) -> str:
    words = images.map_words(report, section)
    return _data_uri("image/png", images.map_png(section, MAP_SIZE, tiles, words))


def _image(report: Report, exhibit: Exhibit) -> dict[str, str]:
    """{'uri': ...} for the exhibit's picture, or {'error': why} when it cannot be drawn."""
    try:
        return {"uri": _data_uri("image/jpeg", images.exhibit_jpeg(report, exhibit))}
    except (OSError, ValueError, SyntaxError, DecompressionBombError) as error:  # Pillow's
        return {"error": f"{type(error).__name__}: {error}"}


def _frame(report: Report, exhibit: Exhibit, offset_s: float) -> dict[str, str]:
    """{'uri': ...} for a video exhibit's frame, or {'error': why}."""
    try:
        return {"uri": _data_uri("image/jpeg", images.frame_jpeg(report, exhibit, offset_s))}
    except (OSError, ValueError, FrameError, KnownError) as error:
        return {"error": f"{type(error).__name__}: {error}"}


def _data_uri(media_type: str, data: bytes) -> str:
    return f"data:{media_type};base64,{base64.b64encode(data).decode('ascii')}"


def _document(section: ClaimSection) -> str:
    return section.result.claim.document_number


def _palette() -> str:
    """The verdicts' colours as CSS variables: declared once, in evidence.results."""
    return ":root { " + " ".join(f"--{v.value}: {v.colour};" for v in Verdict) + " }\n"


def _style(css: str) -> str:
    if "</style" in css.lower():
        raise ValueError("the report's stylesheet contains '</style'")
    return css
