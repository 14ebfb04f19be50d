"""The HTML report: one offline file with everything the PDF says, and no case text as markup."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from evidence.errors import KnownError
from evidence.store import Case
from reports import content, html, html_map, images, strings
from tests.helpers.html_cases import (
    CLOSE,
    FILE_NAME,
    HOSTILE,
    HOSTILE_CLAIM,
    LINE_SEP,
    SCRIPT,
    TEMPLATE,
    hostile_case,
    parse,
)

MAP_SCRIPTS = 5  # Leaflet, markercluster, our page script, and folium's two


def build(root: Path, **options) -> content.Report:
    with Case.open(root) as case:
        return content.build(case, **options)


@pytest.fixture(scope="module")
def demo_report(demo_source) -> tuple[content.Report, str]:
    report = build(demo_source, prepared_by="A. Lawyer")
    return report, html.render_html(report)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[content.Report, str]:
    root, _ = hostile_case(tmp_path_factory.mktemp("hostile"))
    report = build(root, prepared_by=f"Lawyer {HOSTILE}")
    return report, html.render_html(report)


def test_the_page_says_every_verdict_exhibit_hash_and_excuse(demo_report):
    report, page = demo_report
    text = parse(page).text
    for section in report.claims:
        assert section.verdict in text and section.excuse_text in text
        assert section.basis in text and all(limit in text for limit in section.limits)
        for name, taken, why in section.not_counted:
            assert name in text and taken in text and why in text
        for exhibit in section.exhibits:
            assert f'id="{exhibit.label}"' in page and exhibit.sha256 in text
    assert "IMG_0007.jpg" in text and report.t("uncounted.no_position") in text
    assert report.t("methodology.headcount", limit=20) in text
    for row in report.inventory.exhibits:
        assert row.sha256 in text and all(label in text for label in row.labels)
    assert "A. Lawyer" in text and report.case.id in text
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert '<meta charset="utf-8">' in page


def test_the_sections_come_in_the_pdfs_order(demo_report):
    report, page = demo_report
    ids = ["cover", "summary", *(s.label for s in report.claims), "methodology",
           "redactions", "declarations", "appendix"]
    positions = [page.index(f'id="{name}"') for name in ids]
    assert positions == sorted(positions)
    toc = page[page.index('class="toc"'):page.index('id="summary"')]
    assert all(f'href="#{name}"' in toc for name in ids[1:])


def pictures(report) -> int:
    """The exhibits' pictures: one a photo, a video's each of its frames."""
    return sum(len(e.video.frames) if e.video else 1 for s in report.claims for e in s.exhibits)


def test_every_picture_is_inside_the_file_and_nothing_is_fetched(demo_report):
    report, page = demo_report
    documents = [parse(page), *(parse(frame) for frame in parse(page).frames)]
    assert len(documents) == 1 + len(report.claims)  # each refusal's interactive map
    for doc in documents:
        for tag, attrs in doc.elements:
            assert tag not in ("link", "object", "embed", "base")
            if "src" in attrs:
                assert attrs["src"].startswith("data:image/"), (tag, attrs["src"][:40])
            href = attrs.get("href")
            if href is not None:  # links only (Leaflet's attribution), never loaded
                assert tag == "a" and (href.startswith("#") or href.startswith("https://"))
    top = parse(page)
    images_ = [a["src"] for t, a in top.elements if t == "img"]
    assert len(images_) == len(report.claims) + pictures(report)   # maps, photos, frames
    assert not re.search(r"(src|href)=\"?http", page.split("srcdoc=")[0])
    assert "url(http" not in page and "@import" not in page


def test_the_content_security_policy_allows_only_the_maps_scripts(demo_report):
    _, page = demo_report
    top = parse(page)
    policy = next(a["content"] for t, a in top.elements
                  if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy and "img-src data:" in policy
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    assert top.scripts == []  # the report itself runs nothing
    hashes = {html_map.csp_hash(s) for frame in top.frames for s in parse(frame).scripts}
    assert hashes and all(h in policy for h in hashes)


@pytest.mark.slow
def test_the_file_opens_from_anywhere_without_the_case(tmp_path, demo_report):
    report, _ = demo_report
    written = html.write_html(report, tmp_path / "report.html")
    moved = tmp_path / "elsewhere" / "copy.html"
    moved.parent.mkdir()
    shutil.move(written, moved)
    page = moved.read_text(encoding="utf-8")
    assert parse(page).text.count("C1-E1") >= 2
    assert not re.search(r"(src|href)=\"(?!data:|#|https://)", page)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["elsewhere"]  # no temporary left


def test_hostile_text_is_escaped_and_shows_literally(hostile):
    report, page = hostile
    top = parse(page)
    assert top.scripts == []
    [anchor] = top.data_blocks   # the report's anchor: data, never run, and still data
    assert json.loads(anchor)["case_id"] == report.case.id and "</" not in anchor
    assert [a["src"][:11] for t, a in top.elements if t == "img"] == \
        ["data:image/"] * (len(report.claims) + pictures(report))
    assert not [a for _, attrs in top.elements for a in attrs if a.startswith("on")]
    for needle in (f"Square {HOSTILE}", f"Repair {HOSTILE}", f"No. {HOSTILE}",
                   f"Reviewer {HOSTILE}", f"Note {HOSTILE}", f"Lawyer {HOSTILE}", FILE_NAME):
        assert needle in top.text, needle
    assert TEMPLATE in top.text  # data is never a template
    assert SCRIPT not in page and CLOSE not in page


def test_hostile_text_in_the_maps_stays_data(hostile):
    _, page = hostile
    for frame in parse(page).frames:
        doc = parse(frame)
        assert len(doc.scripts) == MAP_SCRIPTS
        assert not [a for _, attrs in doc.elements for a in attrs if a.startswith("on")]
        assert not [t for t, a in doc.elements if t == "img"]
        assert all(LINE_SEP not in s and "</script" not in s.lower() for s in doc.scripts)
    hostile_map = parse(parse(page).frames[HOSTILE_CLAIM - 1])
    assert f"Repair {HOSTILE}" in hostile_map.text  # the legend: text, never template code


def test_a_claims_choice_leaves_the_others_out(tmp_path, demo_report):
    report, _ = demo_report
    chosen = build(Path(report.case_root), claim_ids=[3])
    page = html.render_html(chosen)
    assert 'id="C3"' in page and 'id="C3-E1"' in page
    assert 'id="C1"' not in page and 'id="C1-E1"' not in page
    assert len(parse(page).frames) == 1


def test_an_undrawable_image_is_named_and_the_report_goes_on(monkeypatch, demo_report):
    report, _ = demo_report

    def broken(*_args, **_kwargs):
        raise OSError("cannot identify image file")

    monkeypatch.setattr(images, "exhibit_jpeg", broken)
    text = parse(html.render_html(report)).text
    assert "The image could not be drawn (OSError: cannot identify image file)" in text
    assert report.claims[-1].exhibits[-1].sha256 in text


def test_progress_counts_every_picture_and_a_cancel_writes_nothing(tmp_path, demo_report):
    report, _ = demo_report
    seen: list[tuple[int, int]] = []
    html.write_html(report, tmp_path / "a.html", progress=lambda d, n: seen.append((d, n)))
    total = len(report.claims) + report.exhibit_count
    assert seen[-1] == (total, total)
    asked = []

    def cancelled() -> bool:  # the user cancels after the third picture
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(KnownError, match="cancelled"):
        html.write_html(report, tmp_path / "b.html", cancelled=cancelled)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.html"]


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_page_is_in_russian_and_kazakh(lang, demo_report):
    report, _ = demo_report
    local = build(Path(report.case_root), lang=lang)
    page = html.render_html(local)
    table = strings.table(lang)
    text = parse(page).text
    assert f'<html lang="{lang}">' in page
    for key in ("report.title", "summary.title", "methodology.title", "appendix.title",
                "toc.title", "verdict.contradicted"):
        assert table[key] in text, key
    if lang == "kk":
        assert set("әғқңөұүһі") & set(text)
