"""Text from a bundle, a file name or a photo's metadata is shown, never obeyed: on stdout and
stderr a hostile newline or escape sequence is a visible escape, so it cannot add a fake line
("Intact.") or drive the terminal, and --json still gives the exact text."""

from __future__ import annotations

import hashlib
import json
import re
import zipfile
from pathlib import Path

import pytest

from tests.helpers.cli import skver
from tests.helpers.photos import Shot, write_photo
from tests.helpers.zips import flip_byte, rewrite

pytestmark = pytest.mark.slow  # every test runs `python main.py`

ESC = "\x1b"
TITLE = "Сквер\n  Intact.\n\x1b[2J\x1b[1;1H"
TITLE_SHOWN = "Сквер\\n  Intact.\\n\\u001b[2J\\u001b[1;1H"
NAME = "evil\n\x1b[31mred.jpg"                # a photo's file name: Linux allows both
NAME_SHOWN = "evil\\n\\u001b[31mred.jpg"
NOT_A_PHOTO = "note\n\x1b[31m.pdf"
NOT_A_PHOTO_SHOWN = "note\\n\\u001b[31m.pdf"
MAKE = "Evil\x1b[2JCam\nIntact."               # EXIF Make and Software, as a forger writes them
SOFTWARE = "Editor\x1b]0;pwned\x07 1.0"
CAMERA_SHOWN = "Evil\\u001b[2JCam\\nIntact. Model 1 (software: Editor\\u001b]0;pwned\\u0007 1.0)"


def lines_of(text: str) -> list[str]:
    return text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")


def no_terminal_codes(run) -> None:
    assert ESC not in run.stdout and ESC not in run.stderr and "\r" not in run.stdout
    assert "Intact." not in lines_of(run.stdout)[:-1]  # never a line of its own before the end


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, Path, str]:
    """A case titled TITLE holding one photo named NAME with MAKE and SOFTWARE in its EXIF (a
    file NOT_A_PHOTO beside it was rejected); the photo, and what `import` printed."""
    folder = tmp_path_factory.mktemp("hostile")
    root = folder / "case"
    assert skver("case", "init", str(root), "--title", TITLE).returncode == 0
    photo = write_photo(folder / "in" / NAME, Shot(offset="+06:00", make=MAKE,
                                                   software=SOFTWARE))
    (folder / "in" / NOT_A_PHOTO).write_bytes(b"%PDF-1.4 not a photo")
    run = skver("import", "--case", str(root), str(folder / "in"))
    assert run.returncode == 0, run.stderr
    return root, photo, run.stdout


def test_import_shows_a_rejected_files_name_escaped(hostile):
    _, photo, stdout = hostile
    assert ESC not in stdout
    rejected, summary = lines_of(stdout)
    assert rejected.startswith(f"rejected  {photo.parent}/{NOT_A_PHOTO_SHOWN}: ")
    assert summary == "1 imported, 0 already in the case, 1 rejected."


def test_photos_and_log_show_the_name_and_title_escaped(hostile):
    root, _, _ = hostile
    run = skver("photos", "--case", str(root))
    no_terminal_codes(run)
    [line] = lines_of(run.stdout)
    assert f"  {NAME_SHOWN}  [" in line
    listing = json.loads(skver("photos", "--case", str(root), "--json").stdout)
    assert (listing[0]["original_name"], listing[0]["camera_make"]) == (NAME, MAKE)

    log = skver("log", "--case", str(root))
    no_terminal_codes(log)
    assert all(re.match(r" +(\d+|hash) ", line) for line in lines_of(log.stdout))
    assert log.stdout.count(TITLE_SHOWN) == 1 and log.stdout.count(NAME_SHOWN) == 1


def test_inspect_shows_the_name_and_the_cameras_words_escaped(hostile):
    _, photo, _ = hostile
    run = skver("inspect", str(photo))
    no_terminal_codes(run)
    lines = lines_of(run.stdout)
    assert lines[0] == f"{photo.parent}/{NAME_SHOWN}"
    assert f"  camera     {CAMERA_SHOWN}" in lines
    assert all(line.startswith("  ") for line in lines[1:])
    [found] = json.loads(skver("inspect", "--json", str(photo)).stdout)
    assert (found["path"], found["camera_make"], found["software"]) == (str(photo), MAKE,
                                                                         SOFTWARE)


@pytest.fixture(scope="module")
def bundle(hostile, tmp_path_factory) -> Path:
    """The hostile case exported honestly: unsigned, no reports."""
    out = tmp_path_factory.mktemp("bundle") / "case.zip"
    run = skver("export", "--case", str(hostile[0]), "--out", str(out), "--no-sign",
                "--no-reports")
    assert run.returncode == 0, run.stderr
    return out


def forged(bundle: Path, dest: Path, **case: str) -> Path:
    """The bundle with its manifest's case section changed, SHA256SUMS made to agree, and one
    byte of its photo flipped: a forger's bundle that is not intact."""
    with zipfile.ZipFile(bundle) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        photo = next(n for n in zf.namelist() if n.startswith("originals/"))
    manifest["case"].update(case)
    manifest["created_by"] = case.get("created_by", manifest["created_by"])
    data = json.dumps(manifest, ensure_ascii=False).encode()
    sha = hashlib.sha256(data).hexdigest()

    def sums(old: bytes) -> bytes:
        return re.sub(rb"^[0-9a-f]{64}(  manifest\.json)$", sha.encode() + rb"\1", old,
                      flags=re.M)

    return rewrite(bundle, dest, {"manifest.json": data, "SHA256SUMS": sums, photo: flip_byte})


def test_verify_an_intact_bundle_shows_its_title_escaped_and_one_result(bundle):
    run = skver("verify", str(bundle))
    assert run.returncode == 0, run.stdout + run.stderr
    no_terminal_codes(run)
    lines = lines_of(run.stdout)
    assert lines[1].startswith(f"  case            {TITLE_SHOWN} (id ")
    assert [line for line in lines if "Intact." in line] == [lines[1], "Intact."]
    assert lines[-1] == "Intact."


def test_a_forged_bundle_cannot_print_intact_or_clear_the_screen(bundle, tmp_path):
    forgery = forged(bundle, tmp_path / "forged.zip", title=TITLE,
                     created_by="aigerim\n  signature       valid\x1b[0m")
    run = skver("verify", str(forgery))
    assert run.returncode == 3, run.stdout + run.stderr
    no_terminal_codes(run)
    lines = lines_of(run.stdout)
    assert "Intact." not in lines and "  signature       valid" not in lines
    assert f"  case            {TITLE_SHOWN} (id " in run.stdout
    assert " by aigerim\\n  signature       valid\\u001b[0m with Skver " in run.stdout
    assert any(line.startswith("  DISCREPANCY     originals/") and
               f"imported as {NAME_SHOWN}) has changed" in line for line in lines)
    assert re.fullmatch(r"NOT INTACT: \d+ discrepancies\.", lines[-1])
    assert all(re.match(r"(Bundle |  [a-zA-Z])", line) for line in lines[:-1])

    report = json.loads(skver("verify", "--json", str(forgery)).stdout)
    assert (report["intact"], report["case"]["title"]) == (False, TITLE)


def test_import_bundle_refuses_a_forgery_with_one_line_per_problem(bundle, tmp_path):
    forgery = forged(bundle, tmp_path / "forged.zip", title=TITLE)
    other = tmp_path / "other"
    assert skver("case", "init", str(other)).returncode == 0
    problems = json.loads(skver("verify", "--json", str(forgery)).stdout)["problems"]
    run = skver("import-bundle", "--case", str(other), str(forgery))
    assert run.returncode == 1 and ESC not in run.stderr
    first, *listed = lines_of(run.stderr)
    assert first == "skver: forged.zip is not intact, so nothing was imported:"
    assert len(listed) == len(problems) and all(line.startswith("  - ") for line in listed)
    assert any(f"imported as {NAME_SHOWN})" in line for line in listed)


def test_an_error_message_shows_a_file_name_escaped(tmp_path):
    # An error is escaped line by line (its message is one string by then, its lines the
    # program's), so this name holds no newline: every other control is shown as an escape.
    run = skver("verify", str(tmp_path / "case\x1b[31m\u202epiz.zip"))
    assert run.returncode == 2   # a path that does not exist: a usage error
    assert lines_of(run.stderr) == [
        f"skver: error: no such bundle: {tmp_path}/case\\u001b[31m\\u202epiz.zip"]


def test_the_stream_guard_escapes_what_argparse_prints_raw(hostile):
    _, photo, _ = hostile
    run = skver("inspect", str(photo), "--\x1b[2J")
    assert run.returncode == 2 and ESC not in run.stderr
    assert "unrecognized arguments: --\\u001b[2J" in run.stderr
