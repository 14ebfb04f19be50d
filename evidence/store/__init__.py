"""The case on disk, and the only code that speaks SQL to it.

    CASE/case.sqlite      the tables below (WAL, foreign keys, user_version)
    CASE/custody-head     the custody log's last entry, outside the database
    CASE/originals/ab/<sha256>.<ext>   the bytes as imported, read-only, never touched again
    CASE/derived/         thumbnails, display and redacted copies: rebuilt from originals
    CASE/staging/         files being copied in; anything left here is an unfinished copy
    CASE/bundles/<sha256>/  manifest and custody log of another monitor's bundle merged in
    CASE/keyfile          only in an encrypted case: the data key, sealed by the passphrase

One module owns each table and gives typed records (`evidence.model`) in and out:

    case          Case: opening, creating, transactions, custody entries, case_info
    schema        the tables and their forward migrations
    health        SQLite's integrity checks; a damaged database as a KnownError
    log           custody            photos   photos, imports
    venues        venues             claims   claims
    observations  observations       redactions  redactions
    proofs        proofs: what capture apps' proofs (ProofMode, Tella) state of a photo
    occupancy     occupancy_pages, occupancy_entries (the akimat's published occupancy)
    audit         the digests of the rows people edit, checked against the custody log
    snapshot      `read(case)`: the whole case as one `CaseData`, which every reader shares

Every file inside the case is read and written through `case.files` (`evidence.casefiles`),
plain or encrypted; an encrypted case's database is SQLCipher's.
"""

from evidence.store import log, schema  # isort: skip  (case.py needs them first)
from evidence.store import (
    audit,
    claims,
    health,
    observations,
    occupancy,
    photos,
    proofs,
    redactions,
    venues,
)
from evidence.store.case import (
    BUNDLES,
    CASE_INFO_KEYS,
    DB_FILE,
    DERIVED,
    EXTENSIONS,
    HEAD_FILE,
    LOCK_FILE,
    ORIGINALS,
    STAGING,
    Case,
    software_version,
    stored_relpath,
)
from evidence.store.snapshot import CaseData, read, reading

__all__ = ["BUNDLES", "CASE_INFO_KEYS", "DB_FILE", "DERIVED", "EXTENSIONS", "HEAD_FILE",
           "LOCK_FILE", "ORIGINALS", "STAGING", "Case", "CaseData", "audit", "claims", "health",
           "log", "observations", "occupancy", "photos", "proofs", "read", "reading",
           "redactions", "schema", "software_version", "stored_relpath", "venues"]
