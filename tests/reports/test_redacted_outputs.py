"""A redacted photo in every output that carries its pixels: the HTML report (its exhibit and
the interactive map inside it), the PDF report, the `map` page, the static map and the bundle's
reports. Photo 1 is blacked out whole: any of its pixels in an output is a leak, and so is its
unredacted thumbnail, byte for byte."""

from __future__ import annotations

import base64
import html as markup
import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from bundles import export as bundle_export
from evidence import derived, pictures, redaction, store
from evidence.importer import import_paths
from evidence.store import Case
from maps import interactive, static
from reports import content, html, images, pdf
from tests.helpers.casework import INSIDE, add_claim, add_venue
from tests.helpers.cli import skver_here
from tests.helpers.photos import Shot, busy_image, write_photo
from tests.helpers.tools import tool

SIZE = (480, 360)                  # busy_image()'s
WHOLE = redaction.region(0, 0, *SIZE, "face")
DATA_URI = re.compile(r"data:image/(?:jpeg|png);base64,([A-Za-z0-9+/=]+)")


@pytest.fixture
def case_root(tmp_path) -> Path:
    """A refusal with two photos inside its venue in its window (different pictures, so their
    thumbnails differ): photo 1 blacked out whole, photo 2 not redacted."""
    root = tmp_path / "case"
    with Case.create(root, title="t", timezone="Asia/Almaty", actor="t") as case:
        venue = add_venue(case)
        add_claim(case, venue, "2024-05-01 10:00", "2024-05-01 18:00", "repair_works")
        paths = [write_photo(tmp_path / "in" / f"p{n}.jpg", Shot(
            taken=f"2024:05:01 12:0{n}:00", lat=INSIDE[0], lon=INSIDE[1]), image,
            quality=95) for n, image in ((1, busy_image()), (2, busy_image().rotate(180)))]
        list(import_paths(case, [str(p) for p in paths], actor="t", workers=1))
        redaction.apply(case, 1, [WHOLE], "black", "aigerim")
    return root


def thumbnail(root: Path, photo_id: int) -> bytes:
    """The photo's derived thumbnail as the case keeps it (made from the original)."""
    with Case.open(root) as case:
        sha = store.photos.get(case, photo_id).sha256
        return case.files.read_bytes(derived.thumbnail_relpath(sha))


def embedded(text: str) -> list[Image.Image]:
    """Every image a page carries as a data: URI (inside a map frame's srcdoc too)."""
    return [Image.open(io.BytesIO(base64.b64decode(m)))
            for m in DATA_URI.findall(markup.unescape(text))]


def brightest(image: Image.Image) -> int:
    return int(ImageStat.Stat(image.convert("L")).extrema[0][1])


def assert_no_leak(text: str, root: Path) -> None:
    """The page holds neither photo 1's thumbnail nor any of its pixels; photo 2 is there."""
    plain = markup.unescape(text)
    assert base64.b64encode(thumbnail(root, 1)).decode() not in plain
    assert base64.b64encode(thumbnail(root, 2)).decode() in plain   # the map is there
    photos = [im for im in embedded(text) if im.size[0] / im.size[1] == SIZE[0] / SIZE[1]]
    dark = [im for im in photos if brightest(im) < 40]
    assert dark, "photo 1 is not drawn at all (as a black image)"
    assert all(brightest(im) < 40 or brightest(im) > 200 for im in photos)
    assert len([im for im in photos if brightest(im) > 200]) >= 1      # photo 2, unredacted


def built(root: Path) -> content.Report:
    with Case.open(root) as case:
        return content.build(case, prepared_by="A. Lawyer")


def test_the_map_page_carries_the_redacted_thumbnail(case_root, tmp_path):
    out = interactive.export(case_root, tmp_path / "map.html")
    assert out is not None
    page = out.read_text(encoding="utf-8")
    assert_no_leak(page, case_root)
    [black] = [im for im in embedded(page) if brightest(im) < 40]
    assert max(black.size) == derived.THUMB_PX     # a thumbnail: the popup's size


def test_the_html_report_and_its_maps_carry_the_redacted_photo(case_root, tmp_path):
    report = built(case_root)
    page = html.write_html(report, tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<iframe" in page          # the refusal's interactive map is inside
    assert_no_leak(page, case_root)
    # both the exhibit and the map's popup: two black images, no bright one of photo 1
    assert len([im for im in embedded(page) if brightest(im) < 40]) >= 2


@pytest.mark.slow
def test_the_pdf_report_draws_only_the_redacted_photo(case_root, tmp_path):
    path = pdf.write_pdf(built(case_root), tmp_path / "report.pdf")
    out = tmp_path / "images"
    out.mkdir()
    subprocess.run([tool("pdfimages"), "-j", str(path), str(out / "im")], check=True)
    drawn = [Image.open(p) for p in sorted(out.glob("im-*.jpg"))]
    photos = [im for im in drawn if im.size == SIZE]
    assert sorted(brightest(im) < 40 for im in photos) == [False, True]
    assert thumbnail(case_root, 1) not in path.read_bytes()


def test_the_static_map_carries_no_pixels_of_a_photo(case_root, tmp_path):
    """The static map draws numbered marks, never a photo: no thumbnail, no embedded image."""
    with Case.open(case_root) as case:
        svg = static.render_case_claim_map(case, 1, tmp_path / "map.svg", tiles=None)
        png = static.render_case_claim_map(case, 1, tmp_path / "map.png", tiles=None)
    text = Path(svg).read_text(encoding="utf-8")
    assert "<image" not in text and "base64" not in text
    for n in (1, 2):
        assert thumbnail(case_root, n) not in Path(png).read_bytes()


@pytest.mark.slow
def test_the_bundles_reports_carry_the_redacted_photo(case_root, tmp_path):
    with Case.open(case_root) as case:
        bundle_export.export_bundle_with_reports(case, tmp_path / "case.zip", prepared_by="A",
                                                 actor="t")
    with zipfile.ZipFile(tmp_path / "case.zip") as zf:
        page = zf.read("reports/report-en.html").decode("utf-8")
        report_pdf = zf.read("reports/report-en.pdf")
        assert not any(n.startswith("derived/") for n in zf.namelist())
    assert_no_leak(page, case_root)
    assert thumbnail(case_root, 1) not in report_pdf


def test_the_command_line_report_and_map_leak_nothing(case_root, tmp_path, capsys):
    """What the issue did by hand: `redact` the whole photo, then `report` as HTML and `map`."""
    root = tmp_path / "by-hand"
    with Case.create(root, title="t", timezone="Asia/Almaty", actor="t") as case:
        add_claim(case, add_venue(case), "2024-05-01 10:00", "2024-05-01 18:00",
                  "repair_works")
        list(import_paths(case, [str(tmp_path / "in" / "p1.jpg"),
                                 str(tmp_path / "in" / "p2.jpg")], actor="t", workers=1))
    code, _, err = skver_here(capsys, "redact", "--case", str(root), "1", "--region",
                              f"0,0,{SIZE[0]},{SIZE[1]}:face", "--method", "black")
    assert code == 0, err
    code, _, err = skver_here(capsys, "report", "--case", str(root), "--out",
                              str(tmp_path / "r.html"), "--prepared-by", "A")
    assert code == 0, err
    assert_no_leak((tmp_path / "r.html").read_text(encoding="utf-8"), root)
    code, _, err = skver_here(capsys, "map", "--case", str(root), "--out",
                              str(tmp_path / "m.html"))
    assert code == 0, err
    assert_no_leak((tmp_path / "m.html").read_text(encoding="utf-8"), root)


def test_removing_the_redaction_shows_the_photo_again(case_root, tmp_path):
    with Case.open(case_root) as case:
        redaction.remove(case, 1, "aigerim")
    page = interactive.export(case_root, tmp_path / "map.html")
    assert page is not None
    text = page.read_text(encoding="utf-8")
    assert base64.b64encode(thumbnail(case_root, 1)).decode() in text
    assert not [im for im in embedded(text) if brightest(im) < 40]


def test_a_thumbnail_is_made_from_the_recorded_redaction_not_a_stale_copy(case_root):
    """A redacted copy replaced behind the case's back is made again from the regions."""
    with Case.open(case_root) as case:
        done = redaction.get(case, 1)
        assert done is not None
        case.files.write_atomic(redaction.redacted_relpath(done.photo_sha256),
                                thumbnail(case_root, 2))
        data = store.read(case)
    made = pictures.for_export(data).thumbnail(data.photos[0])
    assert made is not None and brightest(Image.open(io.BytesIO(made))) < 40


def test_the_exhibit_image_comes_from_the_same_place(case_root):
    report = built(case_root)
    [first, second] = report.claims[0].exhibits
    assert brightest(Image.open(io.BytesIO(images.exhibit_jpeg(report, first)))) < 40
    assert brightest(Image.open(io.BytesIO(images.exhibit_jpeg(report, second)))) > 200
