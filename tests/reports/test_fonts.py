"""The fonts Skver ships (resources/fonts): every face the report and the static map name is
there, is the file recorded in its README, ships with its licence, and goes into the wheel."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path, PurePosixPath

from fontTools.ttLib import TTFont

from maps import static_fonts
from reports import fonts

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "fonts"
LICENCE = "LICENSE-DejaVu.txt"
# What each face's name table says it is: (family, subfamily).
NAMES = {
    "DejaVuSans.ttf": ("DejaVu Sans", "Book"),
    "DejaVuSans-Bold.ttf": ("DejaVu Sans", "Bold"),
    "DejaVuSans-Oblique.ttf": ("DejaVu Sans", "Oblique"),
    "DejaVuSansMono.ttf": ("DejaVu Sans Mono", "Book"),
}


def named_faces() -> set[str]:
    return set(fonts.FACES.values()) | {static_fonts.DEJAVU_SANS}


def test_every_face_the_code_names_is_the_shipped_file():
    assert fonts.font_dir().resolve() == SHIPPED
    for face, path in fonts.font_files().items():
        assert path.resolve() == SHIPPED / fonts.FACES[face]
        assert path.is_file()
    assert static_fonts.dejavu_file() is not None
    assert static_fonts.dejavu_file().resolve() == SHIPPED / static_fonts.DEJAVU_SANS


def test_only_the_faces_the_code_uses_ship_and_each_is_the_face_it_is_named():
    assert {p.name for p in SHIPPED.glob("*.ttf")} == named_faces() == set(NAMES)
    for name, (family, subfamily) in NAMES.items():
        font = TTFont(SHIPPED / name, lazy=True)
        table = font["name"]
        assert (table.getDebugName(1), table.getDebugName(2)) == (family, subfamily), name
        assert table.getDebugName(5) == "Version 2.37", name
        font.close()


def test_the_fonts_are_the_files_their_readme_records():
    readme = (SHIPPED / "README.txt").read_text(encoding="utf-8")
    recorded = dict(
        (name, digest) for digest, name in re.findall(r"^([0-9a-f]{64})  (\S+)$", readme, re.M))
    assert set(recorded) == named_faces()
    for name, digest in recorded.items():
        assert hashlib.sha256((SHIPPED / name).read_bytes()).hexdigest() == digest, name


def test_the_licence_ships_beside_the_fonts():
    text = (SHIPPED / LICENCE).read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in text
    assert "Arev Fonts Copyright" in text
    assert "DejaVu changes are in public domain" in text
    assert LICENCE in (SHIPPED / "README.txt").read_text(encoding="utf-8")


def test_the_wheel_takes_the_fonts_and_their_licence():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["resources"]
    for path in SHIPPED.iterdir():
        relative = PurePosixPath(path.relative_to(ROOT / "resources").as_posix())
        assert any(relative.match(pattern) for pattern in patterns), relative
    assert not any("matplotlib" in dep for dep in pyproject["project"]["dependencies"])
