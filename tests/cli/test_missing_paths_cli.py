"""A path that does not exist is a usage error for every command: exit 2 (as argparse's own),
'no such …' naming it, and nothing done; a folder that is there but is not a case stays a 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli.common import EXIT_KNOWN_ERROR, EXIT_USAGE
from tests.helpers.cli import skver_here


@pytest.fixture(scope="module")
def case(tmp_path_factory) -> Path:
    import cli

    root = tmp_path_factory.mktemp("paths") / "case"
    assert cli.main(["case", "init", str(root)]) == 0
    return root


def missing_cases(case: Path, gone: Path) -> list[tuple[list[str], str]]:
    c = ["--case", str(case)]
    return [
        (["photos", "--case", str(gone)], "no such case folder"),
        (["verify", "--case", str(gone)], "no such case folder"),
        (["verify", str(gone)], "no such bundle"),
        (["import-bundle", *c, str(gone)], "no such bundle"),
        (["import", *c, str(gone)], "no such file or folder"),
        (["inspect", str(gone)], "no such file or folder"),
        (["claim", "import", *c, str(gone)], "no such file"),
        (["claim", "add", *c, "--document-number", "N-1", "--document-date", "2024-05-01",
          "--venue", "x", "--window-start", "2024-05-10 09:00", "--window-end",
          "2024-05-10 18:00", "--excuse", "Remont", "--letter", str(gone)], "no such letter"),
        (["venue", "add", *c, "--slug", "s", "--name-en", "S", "--geometry-file", str(gone)],
         "no such geometry file"),
        (["map", *c, "--out", str(gone.parent / "m.html"), "--tiles", str(gone)],
         "no such tile folder or MBTiles file"),
        (["report", *c, "--out", str(gone.parent / "r.html"), "--tiles", str(gone)],
         "no such tile folder or MBTiles file"),
    ]


def test_every_command_says_a_missing_path_with_exit_2(case, tmp_path, capsys):
    gone = tmp_path / "not-here"
    for args, said in missing_cases(case, gone):
        code, _out, err = skver_here(capsys, *args)
        assert (code, said in err, str(gone) in err) == (EXIT_USAGE, True, True), (args, err)


def test_a_folder_that_is_not_a_case_is_still_a_problem_named(tmp_path, capsys):
    code, _out, err = skver_here(capsys, "photos", "--case", str(tmp_path))
    assert code == EXIT_KNOWN_ERROR and str(tmp_path) in err
