"""An open case: its database connection, its files, and the one way to change it.

    CASE/case.sqlite      photos, imports, the custody log (WAL, foreign keys, user_version)
    CASE/custody-head     the custody log's last entry, outside the database (and a second
                          anchor in this computer's data folder: evidence.witness)
    CASE/originals/ab/<sha256>.<ext>   the bytes as imported, read-only, never touched again
    CASE/derived/         thumbnails and display copies: disposable, rebuilt from originals
    CASE/staging/         files being copied in; anything left here is an unfinished copy
    CASE/bundles/<sha256>/  manifest and custody log of another monitor's bundle merged in
    CASE/keyfile          only in an encrypted case: the data key, sealed by the passphrase
    CASE/signing-key.pem  the case's Ed25519 signing key (evidence.signing); owner-only, or
                          encrypted with the rest of an encrypted case

Every file inside the case is read and written through `case.files` (`evidence.casefiles`),
plain or encrypted; an encrypted case's database is SQLCipher's.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from evidence import (
    buildinfo,
    casefiles,
    casekeys,
    custody,
    filelock,
    limits,
    rekey,
    rotation,
    signing,
    tempfiles,
    timing,
    witness,
)
from evidence.errors import KnownError
from evidence.model import CaseInfo
from evidence.store import health, log, schema

DB_FILE = "case.sqlite"
HEAD_FILE = "custody-head"
ORIGINALS = "originals"
DERIVED = "derived"
STAGING = "staging"
BUNDLES = "bundles"
LOCK_FILE = ".lock"
TABLES = ("case_info", "custody", "photos", "imports", "venues", "claims", "observations",
          "redactions", "proofs", "occupancy_pages", "occupancy_entries")
CASE_INFO_KEYS = ("id", "title", "timezone", "created_utc", "created_by")
EXTENSIONS = {"image/jpeg": ".jpg", "image/heic": ".heic", "image/heif": ".heif",
              "image/avif": ".avif", "image/png": ".png", "image/webp": ".webp",
              "image/tiff": ".tif", "image/x-adobe-dng": ".dng", "image/gif": ".gif",
              "video/mp4": ".mp4", "video/quicktime": ".mov", "video/x-m4v": ".m4v",
              "video/3gpp": ".3gp", "video/3gpp2": ".3g2",  # videos, kept as filmed
              "application/pdf": ".pdf",  # scanned refusal letters
              "text/html": ".html"}  # the akimat's occupancy page as saved (evidence/occupancy)


@cache  # importlib.metadata re-reads the package metadata on every call
def software_version() -> str:
    return buildinfo.version()  # a frozen app has no package metadata, but a build record


def _make_key(case: Case, actor: str) -> None:
    """The case's identity from the start: every report prints this key's fingerprint."""
    key = signing.new_key(case.files)
    case.record(actor, signing.CREATED, details=signing.created_details(key))


def stored_relpath(sha256: str, media_type: str | None) -> str:
    """Where the original with these bytes lives inside the case (forward slashes)."""
    return f"{ORIGINALS}/{sha256[:2]}/{sha256}{EXTENSIONS.get(media_type or '', '.bin')}"


class Case:
    """An open case. Changes go through `transaction()`, which keeps the head anchor current."""

    def __init__(self, root: Path, conn: sqlite3.Connection,
                 files: casefiles.PlainFiles | None = None) -> None:
        self.root = root
        self.conn = conn
        self.files = files or casefiles.PlainFiles(root)
        self._last_entry: custody.Entry | None = None
        self._id: str | None = None
        self.witnessed = True   # this computer notes the log's last entry (evidence.witness)

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, root: Path, *, title: str, timezone: str | None, actor: str,
               passphrase: str | None = None) -> Case:
        """Creates a case folder, whole or not at all; encrypted when given a passphrase."""
        root = Path(root).absolute()
        if timezone:
            timing.zone(timezone)
        too_long = limits.problem("The case's title", title, limits.TITLE)
        if too_long:
            raise KnownError(too_long)
        if root.exists() and (not root.is_dir() or any(root.iterdir())):
            raise KnownError(f"{root} already exists and is not an empty folder; a case needs "
                             "a new or empty folder.")
        root.parent.mkdir(parents=True, exist_ok=True)
        building = tempfiles.beside(root)  # a killed run's is swept by the next
        building.mkdir(mode=0o700)
        try:
            key = casekeys.create(building, passphrase) if passphrase is not None else None
            cls._build(building, title=title, timezone=timezone, actor=actor, key=key)
            os.rename(building, root)  # replaces an empty folder too
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        if key is not None:
            casekeys.remember(root, key)
        return cls.open(root)

    @classmethod
    def _build(cls, root: Path, *, title: str, timezone: str | None, actor: str,
               key: bytes | None) -> None:
        root.chmod(0o700 if key else 0o755)
        for folder in (ORIGINALS, DERIVED, STAGING):
            (root / folder).mkdir()
        files = casefiles.for_root(root, key)
        conn = schema.connect(root / DB_FILE, files.db_key)
        try:
            schema.migrate(conn, root / DB_FILE)
            case = cls(root, conn, files)
            case.witnessed = False  # built under a temporary name, witnessed where it ends up
            info = dict(zip(CASE_INFO_KEYS, (str(uuid.uuid4()), title, timezone or "",
                                             custody.now_utc(), actor), strict=True))
            with case.transaction():
                conn.executemany("INSERT INTO case_info (key, value) VALUES (?, ?)",
                                 info.items())
                case.record(actor, "case-created", details={
                    **info, "software": software_version(), "tzdata": timing.TZDATA_VERSION,
                    "schema": schema.current_version(), "encrypted": files.encrypted})
                _make_key(case, actor)
        finally:
            conn.close()

    @classmethod
    def open(cls, root: Path, passphrase: str | None = None) -> Case:
        """Opens a case, migrating an older format; refuses what is not a case or is newer.

        An encrypted case needs its passphrase, unless this process has unlocked it already;
        a wrong one raises KnownError before anything is opened for writing.
        """
        root = Path(root).absolute()
        db = root / DB_FILE
        if not db.is_file():
            raise KnownError(f"{root} is not a Skver case (it has no {DB_FILE}); create one "
                             "with `python main.py case init DIR`.")
        if passphrase is not None and casekeys.is_encrypted(root):
            casekeys.unlock(root, passphrase)
        else:
            rotation.recover(root)  # a data key change cut short: finished or undone first
        files = casefiles.for_root(root)
        with health.damage_reported(db):
            conn = schema.connect(db, files.db_key)
            try:
                found = schema.migrate(conn, db)
            except BaseException:
                conn.close()
                raise
            case = cls(root, conn, files)
            if found < schema.current_version():
                with case.transaction():
                    case.record("skver", "schema-migrated", details={
                        "from": found, "to": schema.current_version(),
                        "software": software_version()})
            if rekey.needs_settling(case):  # a passphrase change cut short
                try:
                    rekey.settle(case)
                except BaseException:
                    conn.close()
                    raise
        return case

    def close(self) -> None:
        self.conn.close()

    def export_encrypted(self, path: Path, key: bytes) -> None:
        """The whole database, encrypted with another raw key, to a new file at `path`
        (`case passphrase --rotate`, evidence.rotation)."""
        schema.export_encrypted(self.conn, path, key)

    def reopen(self, files: casefiles.PlainFiles) -> None:
        """Opens the case's database again on `files`' key (once evidence.rotation has moved
        the rotated database into place)."""
        self.files = files
        self.conn = schema.connect(self.root / DB_FILE, files.db_key)
        schema.migrate(self.conn, self.root / DB_FILE)

    def __enter__(self) -> Case:
        return self

    def __exit__(self, _type: object, exc: BaseException | None, _tb: object) -> None:
        self.close()
        # Damage SQLite finds while the case is open is the user's to act on, not a bug.
        if health.is_damage(exc):
            raise health.damage_error(exc, self.root / DB_FILE) from exc

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing change; the custody head anchor follows each commit.

        Inside another change it becomes a part of that one (a savepoint): undone alone when
        it fails, kept only when the enclosing change commits.
        """
        if self.conn.in_transaction:
            yield from self._part()
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self._check_anchors()
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._last_entry = None
            raise
        self.conn.execute("COMMIT")
        if self._last_entry is not None:
            self.files.write_atomic(HEAD_FILE, custody.head_bytes(self._last_entry),
                                    durable=True)
            case_id = self._case_id() if self.witnessed else ""
            if case_id:
                witness.remember(case_id, self.root, self._last_entry)
            self._last_entry = None

    def _check_anchors(self) -> None:
        """Before a change: a log short of its head anchor, or of what this computer saw of
        it, is first recorded in the log itself, so that the next anchor (moved forward by
        this change) does not hide it. See `evidence.custody`."""
        last = log.last_seq(self.conn)
        if last == 0:
            return  # a case being created
        head = self.read_head()
        found = custody.shortfall(head, log.at(self.conn, head[0]) if head else None, last)
        if head is None:
            self._discrepancy(custody.HEAD_ANCHOR, "missing", None, last)
        elif found:
            self._discrepancy(custody.HEAD_ANCHOR, found, head, last)
        if head is None or found:
            return  # what the witness would add is the same finding
        case_id = self._case_id()
        seen = witness.seen(case_id, self.root) if case_id else None
        found = custody.shortfall(seen, log.at(self.conn, seen[0]) if seen else None, last)
        if seen is not None and found:
            self._discrepancy(custody.WITNESS, found, seen, last)

    def _discrepancy(self, anchor: str, found: str, at: tuple[int, str] | None,
                     last: int) -> None:
        self.record("skver", custody.DISCREPANCY, details={
            "anchor": anchor, "found": found, "anchor_seq": at[0] if at else None,
            "anchor_hash": at[1] if at else None, "log_last_seq": last})

    def _case_id(self) -> str:
        if self._id is None:
            row = self.conn.execute("SELECT value FROM case_info WHERE key = 'id'").fetchone()
            if row is None:
                return ""  # a case being created: its id is not written yet
            self._id = str(row[0])
        return self._id

    def _part(self) -> Iterator[sqlite3.Connection]:
        before = self._last_entry
        self.conn.execute("SAVEPOINT part")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK TO part")
            self.conn.execute("RELEASE part")
            self._last_entry = before
            raise
        self.conn.execute("RELEASE part")

    def record(self, actor: str, action: str, object_hash: str | None = None,
               details: dict[str, Any] | None = None) -> custody.Entry:
        """Appends a custody entry inside the current transaction."""
        self._last_entry = log.append(self.conn, actor, action, object_hash, details)
        return self._last_entry

    @contextmanager
    def exclusive(self, doing: str) -> Iterator[None]:
        """Only one process at a time may write originals and rows into a case."""
        with open(self.root / LOCK_FILE, "a+b") as lock:
            if not filelock.try_lock(lock):
                raise KnownError(f"Another Skver process is working on {self.root}; wait for "
                                 f"it to finish before {doing}.")
            try:
                yield
            finally:
                filelock.unlock(lock)

    # -- reading -------------------------------------------------------------------------

    @property
    def info(self) -> CaseInfo:
        values = self.info_values()
        return CaseInfo(values.get("id", ""), values.get("title", ""),
                        values.get("timezone") or None, values.get("created_utc", ""),
                        values.get("created_by", ""))

    def info_values(self) -> dict[str, str]:
        """The case_info rows as stored (verify compares them with the custody log)."""
        return {key: value for key, value in
                self.conn.execute("SELECT key, value FROM case_info").fetchall()}

    def table_counts(self) -> dict[str, int]:
        """How many rows each table of the case holds (a check that nothing was added)."""
        return {table: int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in TABLES}

    @property
    def encrypted(self) -> bool:
        return self.files.encrypted

    def path_of(self, relpath: str) -> Path:
        """Where a file's bytes are on disk (encrypted in an encrypted case): read them
        through `files`."""
        return self.files.physical(relpath)

    def read_head(self) -> tuple[int, str] | None:
        try:
            return custody.parse_head(self.files.read_bytes(HEAD_FILE))
        except OSError:
            return None
