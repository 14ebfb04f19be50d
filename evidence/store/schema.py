"""The case database: connection settings and forward migrations, versioned in user_version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from evidence.errors import KnownError

_V1 = """
CREATE TABLE case_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE custody (
    seq         INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_hash TEXT,
    details     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    entry_hash  TEXT NOT NULL UNIQUE
);
CREATE TRIGGER custody_append_only_update BEFORE UPDATE ON custody
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
CREATE TRIGGER custody_append_only_delete BEFORE DELETE ON custody
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
CREATE TABLE photos (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,
    stored_path   TEXT NOT NULL UNIQUE,
    size_bytes    INTEGER NOT NULL,
    media_type    TEXT NOT NULL,
    inspection    TEXT NOT NULL,   -- the inspect --json object of the stored bytes, canonical
    taken_utc     TEXT,
    latitude      REAL,
    longitude     REAL,
    custody_seq   INTEGER NOT NULL REFERENCES custody(seq)
);
CREATE INDEX photos_taken ON photos(taken_utc);
CREATE INDEX photos_position ON photos(latitude, longitude);
CREATE TABLE imports (
    id            INTEGER PRIMARY KEY,
    photo_id      INTEGER NOT NULL REFERENCES photos(id),
    source_path   TEXT NOT NULL,
    source_name   TEXT NOT NULL,
    imported_utc  TEXT NOT NULL,
    actor         TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('imported', 'duplicate')),
    custody_seq   INTEGER NOT NULL UNIQUE REFERENCES custody(seq)
);
CREATE INDEX imports_photo ON imports(photo_id);
"""

_V2 = """
CREATE TABLE venues (
    id              INTEGER PRIMARY KEY,
    slug            TEXT NOT NULL UNIQUE,     -- a stable handle, e.g. sary-arka-square
    name_en         TEXT NOT NULL,
    name_ru         TEXT NOT NULL DEFAULT '',
    name_kk         TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    geometry        TEXT NOT NULL,            -- GeoJSON Point or Polygon, WGS84
    radius_m        REAL,                     -- a Point's extent; NULL for a Polygon
    capacity        INTEGER,
    legal_basis     TEXT NOT NULL DEFAULT '', -- e.g. Almaty city maslikhat decision No. 462
    decision_date   TEXT,                     -- YYYY-MM-DD
    valid_from      TEXT,                     -- YYYY-MM-DD, inclusive; NULL: since ever
    valid_to        TEXT,                     -- YYYY-MM-DD, inclusive; NULL: still valid
    confidence      TEXT NOT NULL CHECK (confidence IN ('surveyed', 'photo-gps', 'approximate')),
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE TABLE claims (
    id                    INTEGER PRIMARY KEY,
    document_number       TEXT NOT NULL,
    document_date         TEXT NOT NULL,      -- YYYY-MM-DD
    authority             TEXT NOT NULL DEFAULT '',
    signatory             TEXT NOT NULL DEFAULT '',
    event_date            TEXT,               -- the requested event, YYYY-MM-DD
    event_hours           TEXT NOT NULL DEFAULT '',
    expected_participants INTEGER,
    venue_id              INTEGER NOT NULL REFERENCES venues(id),
    window_start_utc      TEXT NOT NULL,      -- when the venue is claimed to be unavailable
    window_end_utc        TEXT NOT NULL,
    window_zone           TEXT NOT NULL,      -- the IANA zone the window was given in
    excuse_text           TEXT NOT NULL,      -- the excuse in its original words
    excuse_lang           TEXT NOT NULL DEFAULT '',
    category              TEXT NOT NULL,
    category_source       TEXT NOT NULL CHECK (category_source IN ('classifier', 'user')),
    alternative_offered   TEXT NOT NULL DEFAULT '',
    letter_sha256         TEXT,               -- the scanned letter, stored like an original
    letter_path           TEXT,
    notes                 TEXT NOT NULL DEFAULT '',
    CHECK (window_end_utc > window_start_utc)
);
CREATE INDEX claims_venue ON claims(venue_id);
CREATE TABLE observations (
    id            INTEGER PRIMARY KEY,
    photo_id      INTEGER NOT NULL REFERENCES photos(id),
    reviewer      TEXT NOT NULL,
    observed_utc  TEXT NOT NULL,
    tags          TEXT NOT NULL,              -- JSON list of tag names, sorted
    people_count  INTEGER CHECK (people_count IS NULL OR people_count >= 0),
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX observations_photo ON observations(photo_id);
"""

_V3 = """
CREATE TABLE redactions (
    id              INTEGER PRIMARY KEY,
    photo_id        INTEGER NOT NULL UNIQUE REFERENCES photos(id),
    regions         TEXT NOT NULL,            -- JSON list of {x, y, w, h, reason}, upright pixels
    method          TEXT NOT NULL CHECK (method IN ('blur', 'black')),
    actor           TEXT NOT NULL,
    created_utc     TEXT NOT NULL,
    derived_sha256  TEXT NOT NULL             -- the redacted JPEG under derived/redacted/
);
"""

# Where an import came from, as its custody entry says it (evidence/provenance.py): the label
# the user gave the source, the folder chosen (only when full paths were asked for) and the bundle
# a merged photo came from. Imports recorded before keep their absolute source_path, no label.
_V4 = """
ALTER TABLE imports ADD COLUMN source_label TEXT NOT NULL DEFAULT '';
ALTER TABLE imports ADD COLUMN source_root TEXT;
ALTER TABLE imports ADD COLUMN source_bundle TEXT;  -- canonical JSON: file, case, manifest, key
"""

# Corrections and withdrawals (evidence/observations.py): an observation is never changed or
# deleted. A correction is a new row that `replaces` an earlier one; a withdrawal is a row that
# `withdraws` one (no tags, no count, its note the reason). Each observation is superseded at
# most once. Rows recorded before keep their digests: the audit leaves these columns out of a
# row's digest while they are NULL (store/audit.py, LATER_COLUMNS).
_V5 = """
ALTER TABLE observations ADD COLUMN replaces INTEGER REFERENCES observations(id);
ALTER TABLE observations ADD COLUMN withdraws INTEGER REFERENCES observations(id)
    CHECK (withdraws IS NULL OR replaces IS NULL);
CREATE UNIQUE INDEX observations_superseded ON observations(coalesce(replaces, withdraws))
    WHERE coalesce(replaces, withdraws) IS NOT NULL;
CREATE TRIGGER observations_never_updated BEFORE UPDATE ON observations
BEGIN SELECT RAISE(ABORT, 'an observation is corrected or withdrawn, never changed'); END;
CREATE TRIGGER observations_never_deleted BEFORE DELETE ON observations
BEGIN SELECT RAISE(ABORT, 'an observation is withdrawn, never deleted'); END;
"""

# What a capture app's proof states about a photo (evidence/proofs.py, issue 18): a ProofMode
# proof zip's hash, time, position, network and device, its OpenPGP signatures checked, or a
# Tella metadata CSV (unsigned). Rows are only added, each with its `proof-recorded` entry.
_V6 = """
CREATE TABLE proofs (
    id                 INTEGER PRIMARY KEY,
    photo_id           INTEGER NOT NULL REFERENCES photos(id),
    kind               TEXT NOT NULL CHECK (kind IN ('proofmode', 'tella')),
    signature          TEXT NOT NULL
                       CHECK (signature IN ('verified', 'invalid', 'missing', 'unsigned')),
    source_name        TEXT NOT NULL,           -- the zip or CSV's name, without its folder
    stated_sha256      TEXT,                    -- the media's SHA-256 as the proof states it
    hash_matches       INTEGER,                 -- 1: it is the photo's; NULL: none stated
    stated_utc         TEXT,                    -- when the proof was made, ISO 8601 UTC
    latitude           REAL,
    longitude          REAL,
    accuracy_m         REAL,
    provider           TEXT,
    location_utc       TEXT,
    network            TEXT,
    device             TEXT,
    device_id          TEXT,
    key_fingerprint    TEXT,                    -- pubkey.asc's, self-issued by the app
    signature_failures TEXT NOT NULL,           -- JSON list of the roles whose signature failed
    fields             TEXT NOT NULL,           -- JSON [[name, value], ...] as written
    files              TEXT NOT NULL,           -- JSON list of the proof's files kept
    custody_seq        INTEGER NOT NULL UNIQUE REFERENCES custody(seq)
);
CREATE INDEX proofs_photo ON proofs(photo_id);
CREATE TRIGGER proofs_never_updated BEFORE UPDATE ON proofs
BEGIN SELECT RAISE(ABORT, 'a proof is recorded once, never changed'); END;
CREATE TRIGGER proofs_never_deleted BEFORE DELETE ON proofs
BEGIN SELECT RAISE(ABORT, 'a proof is recorded once, never deleted'); END;
"""

# A refusal's procedure (evidence/procedure.py): the form of assembly, the notification's
# registration date, the answer's receipt date and the Art. 14(1) item cited ('none' when none
# is). NULL for refusals recorded before, which keep their digests (store/audit.py, LATER_COLUMNS).
_V7 = """
ALTER TABLE claims ADD COLUMN assembly_form TEXT CHECK (assembly_form IS NULL OR assembly_form
    IN ('picket', 'meeting', 'rally', 'demonstration', 'march'));
ALTER TABLE claims ADD COLUMN notified_on TEXT;
ALTER TABLE claims ADD COLUMN answered_on TEXT;
ALTER TABLE claims ADD COLUMN ground TEXT;
"""

# A moment in a video an observation names (evidence/observations.py, issue 19): seconds from
# the video's start. NULL for observations of photos and for rows recorded before, which keep
# their digests (store/audit.py, LATER_COLUMNS).
_V8 = """
ALTER TABLE observations ADD COLUMN at_s REAL CHECK (at_s IS NULL OR at_s >= 0);
"""

# The akimat's published occupancy of the specialised places (evidence/occupancy.py): saved or
# captured copies of its page, kept as originals, and the entries read from them (issue 20).
_V9 = """
CREATE TABLE occupancy_pages (
    id            INTEGER PRIMARY KEY,
    sha256        TEXT NOT NULL UNIQUE,
    stored_path   TEXT NOT NULL,            -- originals/ab/<sha256>.<ext>
    media_type    TEXT NOT NULL,            -- text/html, application/pdf or an image type
    size_bytes    INTEGER NOT NULL,
    url           TEXT NOT NULL,
    captured_utc  TEXT NOT NULL,            -- when the page was saved or captured
    capture       TEXT NOT NULL CHECK (capture IN ('saved', 'captured')),
    covers_from   TEXT,                     -- YYYY-MM-DD: the dates the page lists, inclusive
    covers_to     TEXT,
    same_capture  INTEGER REFERENCES occupancy_pages(id),  -- the HTML beside a captured PDF
    actor         TEXT NOT NULL,
    imported_utc  TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE TABLE occupancy_entries (
    id            INTEGER PRIMARY KEY,
    page_id       INTEGER NOT NULL REFERENCES occupancy_pages(id),
    venue_id      INTEGER NOT NULL REFERENCES venues(id),
    start_utc     TEXT NOT NULL,
    end_utc       TEXT NOT NULL,
    zone          TEXT NOT NULL,            -- the IANA zone the page's times were read in
    expected_participants INTEGER CHECK (expected_participants IS NULL
                                         OR expected_participants >= 0),
    event_name    TEXT NOT NULL DEFAULT '',  -- as printed on the page
    source        TEXT NOT NULL CHECK (source IN ('person', 'page-table')),
    row_text      TEXT NOT NULL DEFAULT '',  -- the table's row as read, when read from it
    actor         TEXT NOT NULL,
    entered_utc   TEXT NOT NULL
);
CREATE INDEX occupancy_entries_venue ON occupancy_entries(venue_id);
"""

# Whether a page's events were recorded, so that "no entry" can tell a page read and found to
# list nothing at a venue from a page nobody read: 'table' (its own table read and entered,
# evidence/occupancy.py `enter_read`), 'person' (a person marked its list complete). NULL: not
# recorded, and no absence of an event is claimed from the page (evidence/occupancy_check.py).
_V10 = """
ALTER TABLE occupancy_pages ADD COLUMN events_recorded TEXT
    CHECK (events_recorded IS NULL OR events_recorded IN ('table', 'person'));
ALTER TABLE occupancy_pages ADD COLUMN events_recorded_by TEXT;
ALTER TABLE occupancy_pages ADD COLUMN events_recorded_utc TEXT;
"""

# MIGRATIONS[n] takes a database from version n to n + 1. Never edit one that has shipped.
MIGRATIONS: list[str] = [_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10]


def current_version() -> int:
    return len(MIGRATIONS)


def connect(path: Path, key: bytes | None = None) -> sqlite3.Connection:
    """A connection with the case's settings; transactions are explicit (BEGIN ... COMMIT).

    With a key the database is SQLCipher's (the raw 256-bit key: no second passphrase KDF).
    """
    if key is None:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30)
        conn.row_factory = sqlite3.Row
    else:
        import sqlcipher3

        conn = sqlcipher3.connect(str(path), isolation_level=None, timeout=30)
        conn.row_factory = sqlcipher3.Row
        # SQLCipher would also print each bad page on stderr; damage is a KnownError instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError:
            conn.close()
            raise KnownError(f"{path} cannot be decrypted with this case's key: the database "
                             "is damaged or belongs to another case, or the keyfile is an old "
                             "copy from before the case's data key was changed (`case "
                             "passphrase --rotate`).") from None
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def checkpoint(conn: sqlite3.Connection) -> None:
    """Moves the write-ahead log into the database and empties it."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def export_encrypted(conn: sqlite3.Connection, path: Path, key: bytes) -> None:
    """Writes the whole database of an encrypted case's connection to a new file at `path`,
    encrypted with another raw key (SQLCipher's sqlcipher_export), its format version kept:
    `case passphrase --rotate` (evidence.rotation)."""
    checkpoint(conn)
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.execute("ATTACH DATABASE ? AS rotated KEY ?", (str(path), f"x'{key.hex()}'"))
    try:
        conn.execute("SELECT sqlcipher_export('rotated')")
        conn.execute(f"PRAGMA rotated.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE rotated")


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Brings the database up to the current version; refuses one from a newer Skver."""
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    target = current_version()
    if found > target:
        raise KnownError(
            f"{path} was written by a newer version of Skver (case format {found}; this "
            f"version understands up to {target}). Update Skver to open it; the case was "
            "not touched.")
    conn.execute("PRAGMA journal_mode = WAL")
    # Evidence: a committed import must survive a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")
    for version in range(found, target):
        # executescript() would commit on its own; one transaction per version instead.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return found


def _statements(script: str) -> list[str]:
    """Splits a migration script into statements, keeping trigger bodies whole."""
    statements, current = [], []
    for line in script.strip().splitlines():
        current.append(line)
        text = "\n".join(current).strip()
        if sqlite3.complete_statement(text):
            statements.append(text)
            current = []
    rest = "\n".join(current).strip()
    if rest:  # a last statement without its semicolon still runs (or fails loudly)
        statements.append(rest)
    return statements
