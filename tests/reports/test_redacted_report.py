"""A redacted exhibit in the report: the hidden pixels never reach the PDF or the page, the
report says what was hidden, and the bundle keeps the original and lists the redaction."""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from bundles import writer as bundle
from evidence import redaction
from evidence.importer import import_paths
from evidence.store import Case
from reports import content, html, images, pdf
from tests.helpers.casework import INSIDE, add_claim, add_venue
from tests.helpers.files import sha256_of
from tests.helpers.pdfcheck import pages_text
from tests.helpers.photos import Shot, busy_image, write_photo
from tests.helpers.tools import tool

FACE = redaction.region(120, 80, 160, 120, "face")
PLATE = redaction.region(300, 280, 120, 40, "plate")


@pytest.fixture
def case_root(tmp_path) -> Path:
    root = tmp_path / "case"
    with Case.create(root, title="t", timezone="Asia/Almaty", actor="t") as case:
        venue = add_venue(case)
        add_claim(case, venue, "2024-05-01 10:00", "2024-05-01 18:00", "repair_works")
        photo = write_photo(tmp_path / "in" / "square.jpg", Shot(
            taken="2024:05:01 12:00:00", lat=INSIDE[0], lon=INSIDE[1]), busy_image(),
            quality=95)
        list(import_paths(case, [str(photo)], actor="t"))
        redaction.apply(case, 1, [FACE, PLATE], "black", "aigerim")
    return root


def built(root: Path, lang: str = "en") -> content.Report:
    with Case.open(root) as case:
        return content.build(case, lang=lang, prepared_by="A. Lawyer")


def darkest(image: Image.Image, box: tuple[int, int, int, int]) -> float:
    return ImageStat.Stat(image.convert("L").crop(box)).extrema[0][1]


@pytest.mark.slow
def test_the_pdf_says_what_was_hidden_and_draws_the_redacted_image(case_root, tmp_path):
    report = built(case_root)
    [exhibit] = report.claims[0].exhibits
    assert exhibit.redacted is not None
    path = pdf.write_pdf(report, tmp_path / "report.pdf")
    text = " ".join(" ".join(pages_text(path)).split())
    assert "Redacted for this report: 2 region(s) (faces of bystanders, licence plates) " \
           "blacked out" in text
    assert exhibit.sha256[:16] in text and "unaltered in the evidence bundle" in text
    out = tmp_path / "images"
    out.mkdir()
    subprocess.run([tool("pdfimages"), "-j", str(path), str(out / "im")], check=True)
    drawn = [Image.open(p) for p in sorted(out.glob("im-*.jpg"))]
    [photo] = [im for im in drawn if im.size == (480, 360)]   # the exhibit, not the map
    assert darkest(photo, (128, 88, 272, 192)) < 40         # the face: black in the PDF
    assert darkest(photo, (308, 288, 412, 312)) < 40         # the plate too
    assert ImageStat.Stat(photo.convert("L").crop((0, 220, 100, 360))).var[0] > 1000


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_html_page_says_it_in_the_reports_language(case_root, lang):
    report = built(case_root, lang)
    page = html.render_html(report)
    note = report.claims[0].exhibits[0].redaction_note
    assert note and "{" not in note and note in page
    assert report.claims[0].exhibits[0].sha256 in note


def test_removing_the_redaction_restores_the_exhibit(case_root):
    with Case.open(case_root) as case:
        redaction.remove(case, 1, "aigerim")
    report = built(case_root)
    [exhibit] = report.claims[0].exhibits
    assert exhibit.redacted is None and exhibit.redaction_note == ""
    with Image.open(io.BytesIO(images.exhibit_jpeg(report, exhibit))) as image:
        assert darkest(image, (128, 88, 272, 192)) > 100


def test_a_lost_redacted_copy_is_remade_for_the_report(case_root):
    with Case.open(case_root) as case:
        done = redaction.get(case, 1)
    assert done is not None
    copy = redaction.redacted_path(case_root, done.photo_sha256)
    copy.write_bytes(b"tampered")
    report = built(case_root)
    data = images.exhibit_jpeg(report, report.claims[0].exhibits[0])
    with Image.open(io.BytesIO(data)) as image:
        assert darkest(image, (128, 88, 272, 192)) < 40
    assert sha256_of(copy) == done.derived_sha256


def test_the_bundle_keeps_the_original_and_lists_the_redaction(case_root, tmp_path):
    with Case.open(case_root) as case:
        done = redaction.get(case, 1)
        bundle.export(case, tmp_path / "case.zip", actor="t")
    assert done is not None
    with zipfile.ZipFile(tmp_path / "case.zip") as zf:
        manifest = json.loads(zf.read("manifest.json"))
        original = zf.read(f"originals/{done.photo_sha256}.jpg")
    [listed] = manifest["redactions"]
    assert listed["photo_sha256"] == done.photo_sha256 and listed["method"] == "black"
    assert listed["redacted_sha256"] == done.derived_sha256
    assert [r["reason"] for r in listed["regions"]] == ["face", "plate"]
    with Image.open(io.BytesIO(original)) as image:   # the court's copy: whole
        assert darkest(image, (128, 88, 272, 192)) > 100
