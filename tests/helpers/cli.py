"""Running the command line as a user does: `python main.py ...` in a child process, or
`cli.main()` in this one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import cli

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def skver(*args: str, actor: str = "aigerim", passphrase: str | None = None,
          timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
    """`python main.py *args` as `actor`, its output as text. No SKVER_* setting of the
    caller's reaches it but the data folder (a temporary one in every test, tests/conftest.py);
    the case's passphrase is `passphrase`, and `env` adds variables (SKVER_NEW_PASSPHRASE...).
    Its input is empty, so nothing waits at a prompt."""
    environ = {k: v for k, v in os.environ.items()
               if not k.startswith("SKVER_") or k == "SKVER_DATA_DIR"}
    environ["SKVER_ACTOR"] = actor
    if passphrase is not None:
        environ["SKVER_PASSPHRASE"] = passphrase
    environ.update(env)
    return subprocess.run([sys.executable, str(MAIN), *args], capture_output=True, text=True,
                          timeout=timeout, check=False, env=environ, stdin=subprocess.DEVNULL)


def ok(run: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    """`run`, which must have succeeded."""
    assert run.returncode == 0, run.stderr
    return run


def skver_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`cli.main(args)` in this process: its exit code, standard output and error."""
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
