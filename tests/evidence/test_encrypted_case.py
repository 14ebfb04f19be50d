"""An encrypted case: nothing readable on disk without the passphrase, and still a whole case."""

from __future__ import annotations

import shutil
import struct
from datetime import UTC, datetime
from pathlib import Path

import pytest

from evidence import casekeys, claims, cryptofile, observations, store, venues, verify
from evidence.errors import KnownError
from evidence.importer import import_paths
from evidence.model import Category, Claim, Confidence, Observation, Tag, Venue
from evidence.store import Case
from tests.helpers.files import folder_bytes, folder_hash
from tests.helpers.photos import Shot, write_photo

MAKE, MODEL, SOFTWARE = "Zhetisu-Optics", "Kokpar-X9", "Barsakelmes Editor 7"
LAT, LON = 43.238949, 76.889709
VENUE = "Skver Talgarskiy Zharyk"
VENUE_NOTE = "Gate on Abai avenue padlocked"
EXCUSE = "Remont kanalizatsii Qyzylorda"
OBSERVED = "Pensioners playing togyz kumalak"
SECRET = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _forget_keys():
    yield
    casekeys.lock()


def _rational_bytes(value: float) -> list[bytes]:
    """How EXIF spells the GPS degrees/minutes/seconds: unsigned rationals, either byte order."""
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 4)
    found = []
    for order in "<>":
        found.append(struct.pack(f"{order}II", degrees, 1))
        found += [struct.pack(f"{order}II", round(seconds * d), d) for d in (10000, 1000, 100)]
    return found


def _secrets() -> list[bytes]:
    texts = [MAKE, MODEL, SOFTWARE, VENUE, VENUE_NOTE, EXCUSE, OBSERVED, f"{LAT}", f"{LON}",
             "43.2389", "76.8897"]
    found = []
    for text in texts:
        found += [text.encode("utf-8"), text.encode("utf-16-le")]
    return found + _rational_bytes(LAT)[1:] + _rational_bytes(LON)[1:]


def _filled_case(tmp_path: Path) -> tuple[Path, str]:
    photo = write_photo(tmp_path / "in" / "site.jpg",
                        Shot(make=MAKE, model=MODEL, software=SOFTWARE, lat=LAT, lon=LON,
                             offset="+05:00"))
    assert MAKE.encode() in photo.read_bytes()  # the photo itself does carry them
    root = tmp_path / "case"
    with Case.create(root, title="Encrypted", timezone="Asia/Almaty", actor="t",
                     passphrase=SECRET) as case:
        [result] = import_paths(case, [str(photo)], actor="t", workers=1)
        assert result.outcome == "imported", result.reason
        venue_id = venues.add(case, Venue(
            slug="talgar", name_en=VENUE, geometry={"type": "Point", "coordinates": [LON, LAT]},
            radius_m=80.0, confidence=Confidence("surveyed"), notes=VENUE_NOTE), "t")
        claims.add(case, Claim(
            document_number="ZT-1", document_date="2024-05-01", venue_id=venue_id,
            window_start=datetime(2024, 5, 10, 4, tzinfo=UTC),
            window_end=datetime(2024, 5, 10, 12, tzinfo=UTC), window_zone="Asia/Almaty",
            excuse_text=EXCUSE, category=Category("repair_works")), "t", letter=photo)
        observations.add(case, Observation(result.photo_id, "t", (Tag("venue_empty"),), 0,
                                           note=OBSERVED), "t")
    return root, result.sha256


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> tuple[Path, str, bytes]:
    """The filled encrypted case, made once: its folder, the photo's SHA-256, its data key."""
    root, sha = _filled_case(tmp_path_factory.mktemp("encrypted"))
    key = casekeys.unlocked(root)
    assert key is not None
    return root, sha, key


@pytest.fixture
def filled(made) -> tuple[Path, str]:
    """The shared case, unlocked in this process as just after making it; only read."""
    root, sha, key = made
    casekeys.remember(root, key)
    return root, sha


@pytest.fixture
def filled_copy(made, tmp_path) -> tuple[Path, str]:
    """A copy of the case, unlocked in this process, free to change."""
    root, sha, key = made
    copy = Path(shutil.copytree(root, tmp_path / "case"))
    casekeys.remember(copy, key)
    return copy, sha


def test_nothing_readable_on_disk(filled):
    root, sha = filled
    with Case.open(root) as case:  # still unlocked in this process: open, WAL and all
        assert case.encrypted and len(store.photos.all_photos(case)) == 1
        on_disk = folder_bytes(root)
        assert any(name.endswith("-wal") for name in on_disk) or "case.sqlite" in on_disk
        for name, data in on_disk.items():
            for secret in _secrets():
                assert secret not in data, (name, secret)
            assert sha not in name and sha.encode() not in data, name
            assert b"SQLite format 3" not in data[:16], name
        assert not list(root.rglob("*.jpg"))


def test_wrong_passphrase_is_refused_and_touches_nothing(filled):
    root, _sha = filled
    casekeys.lock()
    before = folder_hash(root)
    with pytest.raises(KnownError, match="Wrong passphrase for this case; nothing was changed"):
        Case.open(root, passphrase="not it")
    with pytest.raises(casekeys.Locked):
        Case.open(root)
    assert folder_hash(root) == before


@pytest.mark.slow
def test_passphrase_change_rewraps_only_the_key(filled_copy):
    root, _sha = filled_copy
    casekeys.lock()
    originals = {k: v for k, v in folder_bytes(root).items() if k.startswith("originals/")}
    casekeys.change(root, SECRET, "a new one")
    casekeys.lock()
    with pytest.raises(KnownError, match="Wrong passphrase"):
        Case.open(root, passphrase=SECRET)
    with Case.open(root, passphrase="a new one") as case:
        assert verify.verify(case, actor="t").intact
    assert {k: v for k, v in folder_bytes(root).items() if k.startswith("originals/")} == \
        originals
    with pytest.raises(KnownError, match="Wrong passphrase"):
        casekeys.change(root, SECRET, "x")


def test_the_hashes_are_of_the_plain_photo(filled):
    root, sha = filled
    with Case.open(root) as case:
        row = store.photos.by_sha(case, sha)
        assert row.stored_path.startswith(f"originals/{sha[:2]}/{sha}")
        assert case.files.sha256(row.stored_path) == sha
        with case.files.open_read(row.stored_path) as fh:
            assert fh.read(2) == b"\xff\xd8"


@pytest.mark.parametrize("damage", ["truncate", "flip", "append"])
def test_a_damaged_encrypted_original_is_found_by_verify(filled_copy, damage):
    root, sha = filled_copy
    with Case.open(root) as case:
        path = case.path_of(store.photos.by_sha(case, sha).stored_path)
        path.chmod(0o644)
        data = bytearray(path.read_bytes())
        if damage == "truncate":
            data = data[:-7]
        elif damage == "flip":
            data[len(data) // 2] ^= 0x01
        else:
            data += b"\0" * 16
        path.write_bytes(bytes(data))
        path.chmod(0o444)
        report = verify.verify(case, actor="t")
    assert not report.intact
    assert any("missing or unreadable" in p or "has changed" in p for p in report.problems)


def test_chunks_cannot_be_cut_or_swapped(tmp_path):
    key = bytes(32)
    plain = bytes(range(256)) * (3 * cryptofile.CHUNK_BYTES // 256 + 5)
    sealed = cryptofile.encrypt_bytes(plain, key, b"k")
    assert cryptofile.decrypt_bytes(sealed, key) == plain
    header = len(sealed) - len(plain) - 4 * cryptofile.TAG
    chunk = cryptofile.CHUNK_BYTES + cryptofile.TAG
    cut = sealed[:header + 3 * chunk]  # three whole chunks: the new last is not flagged last
    first, second = sealed[header:header + chunk], sealed[header + chunk:header + 2 * chunk]
    swapped = sealed[:header] + second + first + sealed[header + 2 * chunk:]
    for bad in (cut, swapped):
        with pytest.raises(cryptofile.CorruptFile):
            cryptofile.decrypt_bytes(bad, key)
    with pytest.raises(cryptofile.CorruptFile):
        cryptofile.decrypt_bytes(sealed, bytes([1]) * 32)
    assert cryptofile.decrypt_bytes(cryptofile.encrypt_bytes(b"", key, b""), key) == b""
