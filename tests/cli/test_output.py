"""cli.output: each printed line made printable, JSON kept JSON, and the stream guard around a
command that lets the program's own newlines and progress bar through and nothing else."""

from __future__ import annotations

import ast
import io
import json
import logging
import sys
import unicodedata
from pathlib import Path

from cli.common import TerminalProgress
from cli.output import GuardedStream, guarded, json_text
from evidence.printable import ESCAPED_CATEGORIES
from evidence.store import Case
from tests.helpers.claimfiles import add_venue
from tests.helpers.cli import skver_here

DOCUMENT = "ЗТ-1\n  Intact.\x1b[2J"
EXCUSE = "ремонт\u202e\x9b31m"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_guard_escapes_controls_and_keeps_newlines():
    beneath = io.StringIO()
    guard = GuardedStream(beneath)
    print("one\x1b[31m", "two\u202e\r", file=guard)
    guard.writelines(["Сквер\n", "\x07"])
    assert beneath.getvalue() == "one\\u001b[31m two\\u202e\\r\nСквер\n\\u0007"


def test_a_progress_bar_draws_past_the_guard():
    terminal = Terminal()
    bar = TerminalProgress(GuardedStream(terminal), "Importing")
    bar(1, 2)
    bar.finish()
    assert terminal.getvalue() == f"\rImporting [{'#' * 15}{'-' * 15}] 1/2\r\x1b[2K"


def test_a_command_runs_guarded_and_the_streams_are_restored_after(capsys):
    handler = logging.StreamHandler(sys.stderr)
    logging.getLogger().addHandler(handler)
    before = sys.stdout, sys.stderr
    try:
        with guarded():
            assert isinstance(sys.stdout, GuardedStream) and handler.stream is sys.stderr
            print("\x1b[2J")
            logging.getLogger("skver").error("bad \x1b[31m name")
        assert (sys.stdout, sys.stderr) == before and handler.stream is before[1]
    finally:
        logging.getLogger().removeHandler(handler)
    out, err = capsys.readouterr()
    assert (out, err) == ("\\u001b[2J\n", "bad \\u001b[31m name\n")


def test_json_text_is_valid_json_of_the_same_value():
    value = {"title": "a\x85b\u2028c\u202ed\x7f", "n": [1, "\U000e0041"]}
    text = json_text(value, indent=2)
    assert json.loads(text) == value
    assert [ch for ch in text if unicodedata.category(ch) in ESCAPED_CATEGORIES] == ["\n"] * 6


def test_claim_and_venue_fields_are_shown_escaped(tmp_path, capsys):
    with Case.create(tmp_path / "case", title="t", timezone="Asia/Almaty", actor="t") as case:
        add_venue(case)
    code, out, err = skver_here(
        capsys, "claim", "add", "--case", str(tmp_path / "case"), "--document-number", DOCUMENT,
        "--document-date", "2022-08-15", "--venue", "sary-arka", "--window-start",
        "2022-08-20 18:00", "--window-end", "23:00", "--excuse", EXCUSE, "--actor", "t")
    assert code == 0, err
    assert out.split("\n")[0] == ("Added claim 1: document ЗТ-1\\n  Intact.\\u001b[2J of "
                                  "2022-08-15.")
    code, out, err = skver_here(capsys, "claim", "list", "--case", str(tmp_path / "case"))
    assert code == 0 and "\x1b" not in out and "\u202e" not in out and "\x9b" not in out
    listing, excuse = out.split("\n")[:-1]
    assert "ЗТ-1\\n  Intact.\\u001b[2J" in listing and excuse == "       ремонт\\u202e\\u009b31m"
    code, out, _ = skver_here(capsys, "claim", "list", "--case", str(tmp_path / "case"),
                              "--json")
    [claim] = json.loads(out)
    assert (claim["document_number"], claim["excuse_text"]) == (DOCUMENT, EXCUSE)


def test_the_commands_print_through_say_or_show_json():
    """A bare print() in cli/ would show outside text raw: only cli/output.py prints."""
    found = []
    for path in sorted(Path(__file__).resolve().parents[2].joinpath("cli").glob("*.py")):
        if path.name != "output.py":
            found += [f"{path.name}:{node.lineno}" for node in ast.walk(ast.parse(path.read_text()))
                      if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print"]
    assert found == []
