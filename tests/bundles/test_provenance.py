"""What a bundle says of where its photos came from: the source's label and each file's path
inside the folder chosen, never the folder (unless full paths were asked for); a merged photo
names the bundle it came from, never the temporary folder it was unpacked to; a case from before
labels still exports and verifies."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from bundles import writer
from bundles.merge import import_bundle
from bundles.verify import verify_bundle
from evidence import claims, claims_csv, custody, signing, store, verify
from evidence.importer import import_paths
from evidence.provenance import Source
from evidence.store import Case
from tests.helpers.claimfiles import ROWS, a_pdf, add_venue, write_csv
from tests.helpers.old_cases import old_case
from tests.helpers.photos import Shot, write_photo

LABEL = "second phone, SD card"


@pytest.fixture
def home(tmp_path) -> Path:
    """Photos copied from a phone into a home folder whose path names the person."""
    folder = tmp_path / "home" / "aigerim" / "Phone backup"
    write_photo(folder / "DCIM" / "IMG_0001.jpg")
    write_photo(folder / "DCIM" / "Camera" / "IMG_0002.jpg", Shot(taken="2022:08:20 19:00:00"))
    return folder


def new_case(root: Path, home: Path, source: Source) -> Path:
    """Photos imported from `home`, a refusal from a spreadsheet and its letter from there too."""
    documents = home.parent / "Documents"
    documents.mkdir()
    with Case.create(root, title="A", timezone="Asia/Almaty", actor="aigerim") as case:
        results = list(import_paths(case, [str(home)], actor="aigerim", source=source))
        assert [r.outcome for r in results] == ["imported", "imported"]
        add_venue(case)
        [claim_id] = claims_csv.import_csv(case, write_csv(documents / "refusals.csv", ROWS[0]),
                                           "aigerim")
        claims.attach_letter(case, claim_id, a_pdf(documents / "otkaz.pdf"), "aigerim")
    return root


def bundle_texts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def log_of(path: Path) -> list[custody.Entry]:
    return [custody.Entry(**json.loads(line)) for line in
            bundle_texts(path)["custody.jsonl"].decode().splitlines()]


def came_from_bundle(exported: writer.ExportResult, case_id: str) -> dict:
    return {"file": exported.path.name, "case_id": case_id,
            "manifest_sha256": exported.manifest_sha256, "fingerprint": exported.fingerprint}


def test_a_bundle_names_the_label_and_paths_inside_the_folder_never_the_folder(tmp_path,
                                                                               home):
    root = new_case(tmp_path / "a", home, Source(LABEL))
    with Case.open(root) as case:
        bundle = writer.export(case, tmp_path / "a.zip", actor="aigerim").path
    texts = bundle_texts(bundle)
    for name, data in texts.items():  # grep every file of the bundle
        for leak in (str(home), str(tmp_path / "home"), "/home/aigerim"):
            assert leak.encode() not in data, f"{leak} in {name}"
    log = log_of(bundle)
    imports = [e for e in log if e.action == "import"]
    assert [(e.details["source_path"], e.details["source_label"]) for e in imports] == [
        ("DCIM/Camera/IMG_0002.jpg", LABEL), ("DCIM/IMG_0001.jpg", LABEL)]
    [letter] = [e.details for e in log if e.action == "letter-attached"]
    [sheet] = [e.details for e in log if e.action == "claims-imported"]
    assert (letter["source_path"], sheet["source_path"]) == ("otkaz.pdf", "refusals.csv")
    assert verify_bundle(bundle).intact


def test_full_paths_asked_for_travel_in_the_bundle(tmp_path, home):
    root = new_case(tmp_path / "a", home, Source(LABEL, full_paths=True))
    with Case.open(root) as case:
        bundle = writer.export(case, tmp_path / "a.zip", actor="aigerim").path
    imports = [e for e in log_of(bundle) if e.action == "import"]
    assert [(e.details["source_path"], e.details["source_root"]) for e in imports] == [
        (str(home / "DCIM" / "Camera" / "IMG_0002.jpg"), str(home)),
        (str(home / "DCIM" / "IMG_0001.jpg"), str(home))]
    assert verify_bundle(bundle).intact


def test_a_merged_photo_names_the_bundle_it_came_from(tmp_path, home):
    root = new_case(tmp_path / "a", home, Source(LABEL))
    with Case.open(root) as case:
        exported = writer.export(case, tmp_path / "from-aigerim.zip", actor="aigerim")
        case_id = case.info.id
    with Case.create(tmp_path / "b", title="B", timezone="Asia/Almaty", actor="bolat") as case:
        signing.trust(case, exported.fingerprint or "", note="read out in person",
                      actor="bolat")
        merged = import_bundle(case, exported.path, actor="bolat")
        log = list(store.log.entries(case))
        rows = store.photos.all_imports(case)
        assert verify.verify(case, actor="bolat").intact
        own = writer.export(case, tmp_path / "b.zip", actor="bolat").path
    assert (merged.photos["imported"], merged.letters_added) == (2, 1)
    [letter] = [e.details for e in log if e.action == "letter-attached"]
    assert letter["source_bundle"] == came_from_bundle(exported, case_id)
    assert letter["source_path"] == f"originals/{letter['stored_path'].rsplit('/', 1)[1]}"
    imports = [e for e in log if e.action == "import"]
    came_from = came_from_bundle(exported, case_id)
    assert [e.details["source_bundle"] for e in imports] == [came_from, came_from]
    assert [e.details["source_path"] for e in imports] == [
        f"originals/{e.object_hash}.jpg" for e in imports]
    assert sorted(e.details["source_name"] for e in imports) == ["IMG_0001.jpg", "IMG_0002.jpg"]
    assert all(e.details["source_label"] == "" for e in imports)
    everything = "\n".join(custody.canonical(e.__dict__) for e in log)
    assert "skver-bundle-" not in everything and str(tmp_path) not in everything
    assert [r.source_bundle for r in rows] == [custody.canonical(came_from)] * 2
    assert verify_bundle(own).intact
    for data in bundle_texts(own).values():
        assert b"skver-bundle-" not in data and str(tmp_path).encode() not in data


def test_a_case_from_before_labels_exports_and_verifies(tmp_path, home, monkeypatch):
    old = home / "DCIM" / "IMG_0001.jpg"
    root = old_case(tmp_path / "old", [old], monkeypatch)
    with Case.open(root) as case:
        list(import_paths(case, [str(home)], actor="aigerim", source=Source(LABEL)))
        assert verify.verify(case, actor="lawyer").intact
        bundle = writer.export(case, tmp_path / "old.zip", actor="aigerim").path
    checked = verify_bundle(bundle)
    assert checked.intact, checked.problems
    shapes = [(e.details["source_path"], e.details.get("source_label"))
              for e in log_of(bundle) if e.action in ("import", "import-duplicate")]
    assert shapes == [(str(old), None),  # written before labels, kept as it was
                      ("DCIM/Camera/IMG_0002.jpg", LABEL), ("DCIM/IMG_0001.jpg", LABEL)]
    with Case.create(tmp_path / "b", title="B", timezone="Asia/Almaty", actor="bolat") as case:
        merged = import_bundle(case, bundle, actor="bolat", accept_unverified=True)
        assert merged.photos == {"imported": 2, "duplicate": 0, "rejected": 0}
        assert verify.verify(case, actor="bolat").intact
