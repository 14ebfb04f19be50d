"""The README's command reference against the command line's own parsers: every command has its
row, every option of a command is named in that row, and a row names no option its commands do
not have. An option added, renamed or dropped fails here until the table says so."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import cli

README = Path(__file__).resolve().parents[2] / "README.md"
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")  # --c2pa has a digit


def commands() -> dict[str, set[str]]:
    """Each command as typed ('case init'), with its long options but --help."""
    found: dict[str, set[str]] = {}

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if subs:
            for name, sub in subs[0].choices.items():
                walk(sub, [*path, name])
            return
        found[" ".join(path)] = {s for a in parser._actions for s in a.option_strings
                                 if s.startswith("--") and s != "--help"}

    walk(cli._parser(), [])
    return found


def reference_rows() -> list[tuple[str, str]]:
    """(first cell, whole row) of each row of the command table."""
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Command reference\n", 1)[1].split("\n## ", 1)[0]
    table = section.split("| command | what it does | options |", 1)[1].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    return [(row.split("|")[1], row) for row in rows]


def rows_for(command: str, rows: list[tuple[str, str]]) -> list[str]:
    named = re.compile(rf"`{re.escape(command)}[ `]")
    return [row for first, row in rows if named.search(first)]


def test_every_command_has_one_row_naming_each_of_its_options():
    rows = reference_rows()
    for command, options in commands().items():
        found = rows_for(command, rows)
        assert len(found) == 1, f"the README's command reference has {len(found)} rows for " \
                                f"`{command}`"
        named = set(OPTION.findall(found[0]))
        assert options <= named, f"`{command}`: {sorted(options - named)} not in its row"


def test_each_row_names_only_options_its_commands_have():
    parsers = commands()
    for first, row in reference_rows():
        if first.strip() == "`--version`":
            continue
        mine = [c for c in parsers if rows_for(c, [(first, row)])]
        assert mine, f"the row {first.strip()} names no command the parser has"
        known = set().union(*(parsers[c] for c in mine))
        stray = set(OPTION.findall(row)) - known
        assert not stray, f"{first.strip()} names {sorted(stray)}, which no command of it has"


def test_the_version_row_is_the_parsers_option():
    assert "--version" in cli._parser()._option_string_actions
    assert any(first.strip() == "`--version`" for first, _ in reference_rows())
