"""A killed import leaves no process behind: its forkserver and worker processes notice that the
process they work for is gone and exit, within seconds (they once stayed alive for an hour)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.helpers.photos import Shot, write_photo

pytestmark = pytest.mark.slow  # a child process with a pool of its own

ROOT = Path(__file__).resolve().parents[2]

# The child imports with two workers and, once the first file is in, stops listening (as a hung
# or busy window would) until it is killed.
CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from evidence.importer import import_paths
    from evidence.store import Case

    def hold(done, total):
        print("working", flush=True)
        time.sleep(600)

    with Case.create(Path(sys.argv[1]), title="T", timezone="Asia/Almaty", actor="t") as case:
        list(import_paths(case, [sys.argv[2]], actor="t", workers=2, progress=hold))
""")


def _children() -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        found.setdefault(ppid, []).append(int(entry))
    return found


def _descendants(pid: int) -> set[int]:
    tree, found, todo = _children(), set(), [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree "
                    "from /proc (Linux)")
def test_workers_of_a_killed_import_exit(tmp_path):
    for n in range(40):
        write_photo(tmp_path / "in" / f"{n}.jpg", Shot(taken=f"2022:08:20 18:{n:02d}:00"))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "case"),
                              str(tmp_path / "in")], cwd=ROOT, stdout=subprocess.PIPE,
                             text=True)
    try:
        assert child.stdout is not None and child.stdout.readline() == "working\n"
        workers = _descendants(child.pid)
        assert len(workers) >= 3  # the forkserver and two workers (and a resource tracker)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(p) for p in workers):
            time.sleep(0.2)
        assert [p for p in workers if _alive(p)] == []
    finally:
        child.kill()
        for pid in _descendants(os.getpid()) & (workers if "workers" in locals() else set()):
            os.kill(pid, signal.SIGKILL)
