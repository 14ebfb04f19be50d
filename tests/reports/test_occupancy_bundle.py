"""The akimat's published occupancy in the evidence bundle (issue 20): each kept page is a file
of the bundle (kind occupancy-page, under originals/<its SHA-256>) with its address and capture
time, the pages' and entries' rows are in the manifest, and verify re-hashes the pages and holds
the rows to the custody log."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from bundles import writer as bundle
from bundles.verify import verify_bundle
from evidence import occupancy
from evidence.model import OccupancyEntry, PageCapture
from evidence.timing import zone
from tests.helpers.zips import flip_byte, rewrite

MANIFEST = "manifest.json"
URL = "https://almaty.gov.kz/ru/occupancy"


@pytest.fixture(scope="module")
def exported(demo_source, tmp_path_factory) -> tuple[Path, dict]:
    """The demo case with a saved page and one event entered from it, exported and signed."""
    from evidence.store import Case

    folder = tmp_path_factory.mktemp("occupancy-bundle")
    root = Path(shutil.copytree(demo_source, folder / "case"))
    page = folder / "occupancy.html"
    page.write_text("<html><body><p>Занятость: август 2022</p></body></html>", encoding="utf-8")
    tz = zone("Asia/Almaty")
    with Case.open(root) as case:
        kept, _ = occupancy.import_page(case, page, url=URL, captured="2022-08-15 10:00+06:00",
                                        capture=PageCapture.SAVED, actor="aigerim",
                                        covers=("2022-08-01", "2022-08-31"))
        occupancy.add_entry(case, OccupancyEntry(
            kept.id, 1, datetime(2022, 9, 10, 12, tzinfo=tz), datetime(2022, 9, 10, 16, tzinfo=tz),
            "Asia/Almaty", "Концерт", 321), "aigerim")
        occupancy.mark_complete(case, kept.id, "aigerim")
        bundle.export(case, folder / "b.zip", actor="aigerim")
    with zipfile.ZipFile(folder / "b.zip") as zf:
        manifest = json.loads(zf.read(MANIFEST))
    return folder / "b.zip", manifest


def test_the_page_is_a_file_of_the_bundle_and_its_rows_are_in_the_manifest(exported):
    path, manifest = exported
    [page] = [f for f in manifest["files"] if f["kind"] == "occupancy-page"]
    assert page["path"] == f"originals/{page['sha256']}.html"
    assert (page["url"], page["captured_utc"], page["capture"]) == (
        URL, "2022-08-15T04:00:00Z", "saved")
    assert [r["url"] for r in manifest["occupancy"]["occupancy_pages"]] == [URL]
    assert manifest["occupancy"]["occupancy_pages"][0]["events_recorded"] == "person"
    [entry] = manifest["occupancy"]["occupancy_entries"]
    assert entry["expected_participants"] == 321 and entry["event_name"] == "Концерт"
    report = verify_bundle(path)
    assert report.intact, report.problems


def test_a_page_changed_in_the_bundle_is_named(exported, tmp_path):
    path, manifest = exported
    [page] = [f for f in manifest["files"] if f["kind"] == "occupancy-page"]
    report = verify_bundle(rewrite(path, tmp_path / "t.zip", {page["path"]: flip_byte}))
    assert not report.intact
    assert any(f"the akimat's occupancy page {page['page_id']}, {URL}" in p and "has changed"
               in p for p in report.problems)


def test_an_entry_edited_in_the_manifest_is_caught(exported, tmp_path):
    path, _ = exported
    edited = rewrite(path, tmp_path / "t.zip", {
        MANIFEST: lambda data: data.replace(b'"expected_participants":321',
                                            b'"expected_participants":3210')})
    report = verify_bundle(edited)
    assert any("Occupancy entry 1 in the manifest differs from what the custody log last "
               "recorded" in p for p in report.problems)


def test_a_bundle_merged_brings_its_pages_and_their_events(exported, tmp_path):
    from bundles.merge import import_bundle
    from evidence import store, verify
    from evidence.procedure import ProcedureCode
    from evidence.store import Case

    path, manifest = exported
    [page] = [f for f in manifest["files"] if f["kind"] == "occupancy-page"]
    with Case.create(tmp_path / "other", title="Other", timezone="Asia/Almaty",
                     actor="dana") as case:
        result = import_bundle(case, path, actor="dana", accept_unverified=True)
        assert (result.occupancy_pages_added, result.occupancy_entries_added) == (1, 1)
        data = store.read(case)
        [kept] = data.occupancy_pages
        assert (kept.sha256, kept.url, kept.covers_from) == (page["sha256"], URL, "2022-08-01")
        [entry] = data.occupancy_entries
        [source_venue] = [v for v in manifest["venues"] if v["id"] == 1]
        assert data.venue(entry.venue_id).slug == source_venue["slug"]
        assert entry.expected_participants == 321 and entry.page_id == kept.id
        assert verify.verify(case, actor="dana").intact
    from evidence.analysis import analyze
    from evidence.store import read

    with Case.open(tmp_path / "other") as case:
        results = analyze(read(case))
    codes = {r.claim.document_number: [f.code for f in r.procedure] for r in results.claims}
    assert any(ProcedureCode.EVENT_PUBLISHED in c for c in codes.values())
