"""The shape of the code a change must keep: one owner of the case's tables, a thin window,
rooms by what the user sees. Each rule is checked on the source, so it cannot rot unnoticed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("cli", "bundles", "evidence", "maps", "reports", "gui")
TABLES = ("photos", "imports", "venues", "claims", "observations", "redactions", "custody",
          "case_info")
# SQL that names a case's table: what only evidence/store/ may write.
_TABLE = "(" + "|".join(TABLES) + r")\b"
CASE_SQL = re.compile(rf"\bFROM\s+{_TABLE}|\bINSERT\s+INTO\s+{_TABLE}|\bUPDATE\s+{_TABLE}\s+SET"
                      rf"|\bDELETE\s+FROM\s+{_TABLE}")


def sources(*packages: str) -> list[Path]:
    return sorted(p for package in packages for p in (REPO / package).rglob("*.py"))


def test_only_the_store_speaks_sql_to_a_case():
    offenders = []
    for path in sources(*PACKAGES, "bench", "scripts", "fuzz"):
        relative = path.relative_to(REPO).as_posix()
        if relative.startswith("evidence/store/"):
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\.conn\b", text):
            offenders.append(f"{relative}: uses a case's connection")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                    CASE_SQL.search(node.value):
                offenders.append(f"{relative}:{node.lineno}: SQL on a case's table")
    assert offenders == []


def test_the_window_is_a_frame_not_a_hub():
    lines = (REPO / "gui" / "app" / "main_window.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) < 300


def test_gui_is_in_rooms_by_what_the_user_sees():
    rooms = {p.name for p in (REPO / "gui").iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert rooms == {"app", "case", "photos", "refusals", "map", "venues", "statistics",
                     "widgets"}
    loose = [p.name for p in (REPO / "gui").glob("*.py") if p.name != "__init__.py"]
    assert loose == []


def test_verdicts_are_declared_once():
    """The verdict names and their colours live in evidence.results, nowhere else."""
    found = []
    for path in sources(*PACKAGES):
        if path.relative_to(REPO).as_posix() == "evidence/results.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"[\"']contradicted[\"']\s*,\s*[\"'](mixed|supported)[\"']", text):
            found.append(path.relative_to(REPO).as_posix())
    assert found == []
