"""Skver's temporary files: one naming scheme, removed on every exit path, swept after a crash.

Every temporary file or folder Skver makes (a report, map or bundle being written beside its
final name; a bundle's files unpacked in the temporary folder) is named

    .skver-<pid>-<start>-<random hex>.<what>.part

with the process that made it (its id and, where the system says it, when it started). The
owner removes it in a `finally` (or renames it into place); a process killed with kill -9 cannot,
so the next write into the same folder, and the next start of the command line or the window
(the temporary folder), sweep the leftovers whose process no longer runs. A file of a process
still running is never touched, even one of another Skver.

What an encrypted case or a sealed bundle unpacks goes through `Sealed`: encrypted on its way
to disk with a throwaway key that only this process's memory holds, so a leftover (or the
bytes of a removed file, which a disk keeps) is ciphertext nobody can open.
"""

from __future__ import annotations

import io
import os
import re
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from functools import cache, partial
from pathlib import Path

from evidence import cryptofile

Opener = Callable[[], io.BufferedReader]
PREFIX = ".skver-"
SUFFIX = ".part"
_NAME = re.compile(r"^\.skver-(\d+)-(\d+)-[0-9a-f]+\..*\.part$", re.DOTALL)
# Written by versions before this scheme: `.NAME.<12 hex>.part` beside a report or bundle,
# `.NAME.pdf.<8>.part` beside a PDF, `.NAME.png.<8>` beside a static map, `.NAME.html.tmp`
# beside a map page, and `skver-bundle-*` folders in the temporary folder. No process id says
# whose they are, so only those left untouched this long are taken for a killed run's. A
# case's own files were written as `.NAME.<pid>.<8 hex>.tmp`: their process id says.
_OLD_BESIDE = re.compile(r"^\..+\.(?:[0-9a-f]{12}\.part|pdf\.[a-z0-9_]{8}\.part|"
                         r"(?:png|svg)\.[a-z0-9_]{8}|html\.tmp)$", re.DOTALL)
_OLD_FOLDER = re.compile(r"^skver-bundle-(?:reports-|[0-9a-f]{12}-)?[a-z0-9_]{8}$")
_OLD_WITH_PID = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$", re.DOTALL)
OLD_AFTER_S = 3600.0
_WHAT_MAX = 100   # characters of the target's name kept in a temporary name


def _start_of(pid: int | str) -> int:
    """When process `pid` ("self": this one) started, in the system's clock ticks since boot;
    0 where the system does not say (the process id alone then names the owner)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    # The second field is the command in parentheses (which may hold spaces); the start time
    # is the 22nd field, the 20th after it.
    fields = stat[stat.rindex(")") + 2:].split()
    return int(fields[19]) if len(fields) > 19 else 0


def _start() -> int:
    """When this process started."""
    return _own_start(os.getpid())


@cache
def _own_start(pid: int) -> int:
    """Read once per process id (a forked worker has its own)."""
    return _start_of("self")


def owner_token() -> str:
    return f"{os.getpid()}-{_start()}"


def name(what: str) -> str:
    """A temporary name in the scheme, saying what it becomes (`what` is cut if long)."""
    what = what.replace("/", "_").replace("\\", "_")[:_WHAT_MAX] or "file"
    return f"{PREFIX}{owner_token()}-{secrets.token_hex(6)}.{what}{SUFFIX}"


def beside(target: Path) -> Path:
    """A temporary path beside `target` (the same folder, so a rename puts it in place),
    after sweeping that folder's leftovers."""
    sweep(target.parent)
    return target.with_name(name(target.name))


# Every file Skver writes for the user (a report, a bundle, a map, a venue export) is read and
# written by its owner only, whatever the umask and whether the case is encrypted or not: it
# holds evidence about people, and the computer may be shared or taken. Give a copy to whom it
# is for; the README's security notes say so.
OUTPUT_MODE = 0o600


@contextmanager
def replacing(target: Path, *, durable: bool = False) -> Iterator[Path]:
    """A temporary path beside `target` to write; moved onto `target` (mode OUTPUT_MODE) when
    the block ends, removed if it raises (a cancel included). `durable` flushes it to disk
    before the move."""
    temp = beside(target)
    try:
        yield temp
        os.chmod(temp, OUTPUT_MODE)
        if durable:
            with open(temp, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def removed(path: Path) -> Iterator[Path]:
    """`path`, removed (a file or a folder) when the block ends, however it ends."""
    try:
        yield path
    finally:
        remove(path)


def remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


@contextmanager
def folder(what: str) -> Iterator[Path]:
    """A private folder (mode 0700) in the temporary folder, removed when the block ends."""
    path = Path(tempfile.gettempdir()) / name(what)
    path.mkdir(mode=0o700)
    with removed(path):
        yield path


def _alive(pid: int, start: int) -> bool:
    """Whether the process that made a file still runs (unsure counts as running)."""
    if pid == os.getpid():
        return start in (0, _start())
    if sys.platform == "win32":  # pragma: no cover - the Windows build's check
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # another user's process: running
    except OSError:
        return True
    started = _start_of(pid)
    return start == 0 or started == 0 or started == start


def _alive_windows(pid: int) -> bool:  # pragma: no cover - the Windows build's check
    import ctypes

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel.GetLastError() == 5  # access denied: it runs, as someone else
    try:
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)


def leftovers(where: Path, *, temporary_folder: bool = False) -> list[Path]:
    """The temporary files and folders in `where` whose process no longer runs (and, in the
    system's `temporary_folder`, the older versions' bundle folders left an hour untouched)."""
    try:
        entries = list(os.scandir(where))
    except OSError:
        return []
    found = []
    now = time.time()
    for entry in entries:
        old_folder = temporary_folder and _OLD_FOLDER.match(entry.name) is not None and \
            entry.is_dir(follow_symlinks=False)
        if entry.name[:1] != "." and not old_folder:
            continue  # most of a folder: none of ours (a sweep is part of every write)
        match = _NAME.match(entry.name)
        with_pid = _OLD_WITH_PID.match(entry.name) if match is None else None
        if match is not None:
            if not _alive(int(match.group(1)), int(match.group(2))):
                found.append(Path(entry.path))
        elif with_pid is not None:
            if not _alive(int(with_pid.group(1)), 0):
                found.append(Path(entry.path))
        elif _OLD_BESIDE.match(entry.name) or old_folder:
            try:
                untouched = now - entry.stat(follow_symlinks=False).st_mtime
            except OSError:
                continue
            if untouched > OLD_AFTER_S:
                found.append(Path(entry.path))
    return found


def sweep(where: Path | str, *, temporary_folder: bool = False) -> int:
    """Removes the leftovers of processes that no longer run from `where`; how many."""
    found = leftovers(Path(where), temporary_folder=temporary_folder)
    for path in found:
        with suppress(OSError):  # not ours to remove after all (a read-only folder)
            remove(path)
    return len(found)


def sweep_at_start(extra: Iterable[Path] = ()) -> int:
    """What a killed run left in the temporary folder (and `extra` folders)."""
    return sweep(tempfile.gettempdir(), temporary_folder=True) + sum(sweep(w) for w in extra)


class Sealed:
    """Files written encrypted with a key only this object holds, and read back through it:
    for the plaintext of an encrypted case or a sealed bundle that must be a file for a while."""

    INFO = b"skver throwaway"

    def __init__(self) -> None:
        self.key = secrets.token_bytes(32)

    def write(self, path: Path, chunks: Iterable[bytes]) -> None:
        """Writes `chunks` to a new file at `path`, encrypted."""
        with open(path, "xb") as out:
            cryptofile.encrypt_stream(_Joined(chunks), out, self.key, self.INFO)

    def open(self, path: str | os.PathLike[str]) -> io.BufferedReader:
        """A seekable reader of what `write` put at `path`."""
        return cryptofile.open_decrypted(path, self.key)

    def opener(self, path: str | os.PathLike[str]) -> partial[io.BufferedReader]:
        """`open` of `path` as a call with no arguments, which a worker process can take."""
        return partial(open_sealed, os.fspath(path), self.key)


def open_sealed(path: str, key: bytes) -> io.BufferedReader:
    """A reader of a file `Sealed` wrote with `key` (a plain function, so it pickles)."""
    return cryptofile.open_decrypted(path, key)


class _Joined:
    """Chunks read as a file: `read(n)` gives n bytes until the last ones."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._buffer = bytearray()

    def read(self, size: int = -1, /) -> bytes:
        while size < 0 or len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        if size < 0:
            size = len(self._buffer)
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data


def fsync_folder(folder: Path | str) -> None:
    """Makes a folder's entries durable (a file just moved or renamed into it survives a power
    cut): POSIX needs the folder itself synced, not only the file."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
