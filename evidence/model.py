"""Frozen records passed between the core's stages."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cached_property
from typing import Any


class Severity(StrEnum):
    INFO = "info"          # context for the reader, the evidence is not weakened
    WARNING = "warning"    # weakens the evidence; a lawyer must be able to explain it
    CRITICAL = "critical"  # the file cannot serve as evidence of time or place as it stands


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    message: str


@dataclass(frozen=True)
class PhotoMetadata:
    """What one file says about itself, as read; nothing is inferred here."""

    path: str
    sha256: str | None = None
    size_bytes: int | None = None
    media_type: str | None = None
    width: int | None = None
    height: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    altitude_m: float | None = None
    gps_accuracy_m: float | None = None
    bearing_deg: float | None = None
    bearing_ref: str | None = None          # "T" true north, "M" magnetic north
    camera_time: datetime | None = None     # DateTimeOriginal + SubSecTimeOriginal, naive
    camera_time_raw: str | None = None      # as written, kept when it could not be parsed
    camera_offset: timedelta | None = None  # OffsetTimeOriginal
    camera_time_utc: bool = False           # camera_time is UTC (a video container's time)
    gps_time: datetime | None = None        # GPSDateStamp + GPSTimeStamp, aware UTC
    modified_time: datetime | None = None   # DateTime, naive
    camera_make: str | None = None
    camera_model: str | None = None
    software: str | None = None
    duration_s: float | None = None         # a video's length (None for a photo)
    duration_source: str | None = None      # "container" (the movie header) or "stream"
    # Problems met while reading (unreadable, not an image, truncated ...), as findings.
    problems: tuple[Finding, ...] = ()
    # Set when the file could not be read as an image at all.
    error: str | None = None


class OffsetSource(StrEnum):
    EXIF = "exif"
    # A video's start as its container records it, in UTC as the MP4 format defines it; the
    # place's time is then found as for any instant (position, else the case's zone).
    CONTAINER_UTC = "container-utc"
    LOCATION = "timezone-at-location"
    CASE_DEFAULT = "case-default"
    UNKNOWN = "unknown"
    # The photo's Content Credentials: a signer on a trust list attested the capture, and a
    # time-stamp from an authority on the TSA trust list backs the time (evidence/credentials.py).
    # It names where the UTC instant came from; the local offset is still found from the place.
    CONTENT_CREDENTIALS = "content-credentials"


@dataclass(frozen=True)
class CaptureTime:
    """When a photo was taken, and how that was established."""

    taken_local: datetime | None       # the camera's own clock, naive
    offset: timedelta | None
    offset_source: OffsetSource
    zone: str | None = None            # IANA zone used, when the offset came from one
    taken_utc: datetime | None = None  # aware UTC
    clock_skew_s: float | None = None  # camera clock minus GPS clock; positive = camera ahead


class CredentialState(StrEnum):
    """What validating a file's Content Credentials (C2PA) offline gave."""

    TRUSTED = "trusted"        # valid, and the signer chains to an anchor on a trust list
    VALID = "valid"            # signature and hashes hold; the signer is on no list Skver has
    INVALID = "invalid"        # a failure code: tampered bytes, a broken signature, ...
    UNREADABLE = "unreadable"  # there are credentials but they cannot be checked offline
                               # (stored online, damaged beyond parsing)


class CredentialTrace(StrEnum):
    """What a file without readable credentials still shows of ones it once carried: the trace
    behind "stripped on the way" (a messenger re-encodes and drops the JUMBF). Only what the
    file itself shows counts: a maker known to sign whose file carries none is NOT a trace."""

    XMP_PROVENANCE = "xmp-provenance"  # XMP dcterms:provenance names a manifest not embedded
    C2PA_REMNANT = "c2pa-remnant"      # a C2PA manifest store's label remains in the bytes,
                                       # but no manifest store can be found there


@dataclass(frozen=True)
class ContentCredentials:
    """A file's C2PA Content Credentials as validated offline (evidence/credentials.py).

    `Inspection.content_credentials` is None when the file carries none; whether it shows a
    trace of ones it lost is `Inspection.credentials_trace` (finding `credentials_stripped`).
    Every text field is from the file: printable text (evidence/printable.py), never obeyed.
    """

    state: CredentialState
    signer: str | None          # the signing certificate's subject (printable text)
    issuer: str | None          # its issuer
    generator: str | None       # the claim generator: the app or camera that signed
    signed_at: datetime | None  # aware UTC: the capture/signing time the credentials state
    timestamp_trusted: bool     # a time-stamp on the TSA trust list backs signed_at
    failures: tuple[str, ...]   # C2PA validation failure codes
    actions: tuple[str, ...]    # the actions recorded (c2pa.created, c2pa.edited, ...)
    trust_list: str | None      # the list anchoring the signer: "c2pa", "interim" (labelled
                                # as such everywhere), "user" (added from a file); None: none
    timestamp_authority: str | None = None  # who time-stamped the signature (its subject)
    reason: str | None = None   # why unreadable: the reader's words, or the online manifest's URL
    format: str | None = None   # the media type c2pa read the file as
    # The manifest states a capture: its first action c2pa.created from a camera (IPTC digital,
    # computational or composite capture). Only then does its time-stamp follow the shutter;
    # an edited or exported file's dates the edit, so only an upper bound on the capture.
    captured: bool = False


@dataclass(frozen=True)
class Inspection:
    """One file fully read: metadata, resolved time and the findings that weaken it."""

    metadata: PhotoMetadata
    time: CaptureTime
    findings: tuple[Finding, ...] = field(default=())
    # None: the file carries no Content Credentials (see ContentCredentials).
    content_credentials: ContentCredentials | None = None
    # Without credentials: what the file still shows of ones it lost (None: nothing).
    credentials_trace: CredentialTrace | None = None

    @property
    def media_type(self) -> str:
        """"image/jpeg" ... or "video/mp4", "video/quicktime", "video/3gpp", "video/x-m4v";
        "" when the bytes named none."""
        return self.metadata.media_type or ""

    @property
    def duration_s(self) -> float | None:
        """A video's length in seconds (its start is `time.taken_utc`); None for a photo."""
        return self.metadata.duration_s

    @property
    def is_video(self) -> bool:
        return self.media_type.startswith("video/")


class Confidence(StrEnum):
    """How sure a venue's coordinates are."""

    SURVEYED = "surveyed"
    PHOTO_GPS = "photo-gps"        # set from a photo's GPS position
    APPROXIMATE = "approximate"    # needs checking on the ground


@dataclass(frozen=True)
class Venue:
    """A place designated for public assemblies, with the decision that designated it."""

    slug: str
    name_en: str
    geometry: dict                  # GeoJSON geometry: {"type": "Point"|"Polygon", ...}
    confidence: Confidence
    radius_m: float | None = None   # a Point's extent
    name_ru: str = ""
    name_kk: str = ""
    city: str = ""
    capacity: int | None = None
    legal_basis: str = ""
    decision_date: str | None = None  # YYYY-MM-DD
    valid_from: str | None = None     # YYYY-MM-DD, inclusive
    valid_to: str | None = None
    notes: str = ""
    id: int | None = None


class Category(StrEnum):
    """Why an authority says a venue was unavailable."""

    REPAIR_WORKS = "repair_works"
    OTHER_EVENT = "other_event"
    CAPACITY = "capacity"
    PUBLIC_ORDER = "public_order"
    EPIDEMIC = "epidemic"
    PROCEDURAL = "procedural"
    LATE_FILING = "late_filing"
    NOT_DESIGNATED = "not_designated"
    OTHER = "other"


class AssemblyForm(StrEnum):
    """The form of a peaceful assembly, as the Law of 25 May 2020 No. 333-VI names them: a
    picket, meeting or rally is notified (Arts. 10-11), a demonstration or march applied for
    (Arts. 12-13)."""

    PICKET = "picket"
    MEETING = "meeting"
    RALLY = "rally"
    DEMONSTRATION = "demonstration"
    MARCH = "march"


@dataclass(frozen=True)
class Claim:
    """An official refusal: what the document says, in its own words."""

    document_number: str
    document_date: str              # YYYY-MM-DD
    venue_id: int
    window_start: datetime          # aware; the venue is claimed unavailable from ...
    window_end: datetime            # ... to (exclusive)
    window_zone: str                # the IANA zone the window was stated in
    excuse_text: str
    category: Category
    category_source: str = "user"   # "classifier" until a person confirms it
    excuse_lang: str = ""
    authority: str = ""
    signatory: str = ""
    event_date: str | None = None
    event_hours: str = ""
    expected_participants: int | None = None
    alternative_offered: str = ""
    letter_sha256: str | None = None
    letter_path: str | None = None
    notes: str = ""
    id: int | None = None
    # The procedure as the record shows it (evidence/procedure.py); None: not recorded.
    assembly_form: AssemblyForm | None = None
    notified_on: str | None = None  # YYYY-MM-DD: the notification's (application's) registration
    answered_on: str | None = None  # YYYY-MM-DD: the answer's receipt; the letter's date if None
    ground: str | None = None       # the Art. 14(1) item cited ("10"), "none" when none is cited

    @property
    def duration_s(self) -> float:
        return (self.window_end - self.window_start).total_seconds()

    @property
    def key(self) -> int:
        """The claim's id; only a stored claim has one."""
        if self.id is None:
            raise ValueError("a claim that is not stored yet has no id")
        return self.id


class Tag(StrEnum):
    """What a reviewer sees in a photo."""

    VENUE_EMPTY = "venue_empty"
    NO_EVENT_VISIBLE = "no_event_visible"
    EVENT_IN_PROGRESS = "event_in_progress"
    STAGE_OR_EQUIPMENT = "stage_or_equipment"
    NO_REPAIR_ACTIVITY = "no_repair_activity"
    REPAIR_ACTIVITY = "repair_activity"
    BARRIERS_OR_FENCING = "barriers_or_fencing"
    ACCESS_OPEN = "access_open"
    ACCESS_BLOCKED = "access_blocked"


@dataclass(frozen=True)
class Observation:
    """What one reviewer saw in one photo, and when they recorded it.

    Observations are never changed or deleted. A correction is a new observation that
    `replaces` an earlier one; a withdrawal is a row that `withdraws` one (no tags, no count,
    its note the reason). Only the observations in effect (neither corrected nor withdrawn, and
    not themselves a withdrawal) count; the rest stays on the record."""

    photo_id: int
    reviewer: str
    tags: tuple[Tag, ...]
    people_count: int | None = None
    note: str = ""
    observed_utc: str = ""
    id: int | None = None
    replaces: int | None = None    # a correction: the observation it takes the place of
    withdraws: int | None = None   # a withdrawal: the observation it withdraws
    at_s: float | None = None      # of a video: the moment seen, in seconds from its start

    @property
    def is_withdrawal(self) -> bool:
        return self.withdraws is not None


@dataclass(frozen=True)
class CaseInfo:
    """The case's own facts, as its custody log recorded them when it was created."""

    id: str
    title: str
    timezone: str | None
    created_utc: str
    created_by: str


@dataclass(frozen=True)
class BundleSource:
    """The evidence bundle a merged photo came from, as its import's custody entry names it."""

    file: str                      # the bundle's file name, without its folder
    case_id: str                   # the case that made the bundle
    manifest_sha256: str           # the bundle's manifest (its `bundle-imported` entry's object)
    fingerprint: str | None        # the key that signed it; None when it was not signed

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class ImportRecord:
    """One time a file was imported: the photo it gave (or was a duplicate of), and from where.

    `source_path` is the file's path inside the folder the user chose (POSIX separators; a file
    chosen on its own: its name), or, when the user asked for full paths, its absolute path with
    the folder chosen as `source_root`. Imports recorded before Skver kept paths this way hold
    the absolute path and no label (evidence/provenance.py). `source_bundle` is the canonical
    JSON of the BundleSource of a photo merged from another monitor's bundle, as stored.
    """

    id: int
    photo_id: int
    source_path: str
    source_name: str
    imported_utc: str
    actor: str
    outcome: str                   # imported | duplicate
    custody_seq: int
    source_label: str = ""         # what the user called the source ("second phone, SD card")
    source_root: str | None = None
    source_bundle: str | None = None


class ProofKind(StrEnum):
    """The capture app whose proof came with a photo."""

    PROOFMODE = "proofmode"    # a ProofMode proof zip: proof .json/.csv, OpenPGP signatures, key
    TELLA = "tella"            # a Tella "share with metadata" CSV beside the file: unsigned


class SignatureState(StrEnum):
    """What the proof's OpenPGP signatures say, checked offline against the key it came with."""

    VERIFIED = "verified"      # every signature over the media and the proof checks out
    INVALID = "invalid"        # a signature does not match: the file or the proof was changed,
                               # or another key signed it
    MISSING = "missing"        # a signature or the public key the format has is not there
    UNSIGNED = "unsigned"      # the format has no signature (Tella): corroboration only


class ProofRole(StrEnum):
    """What a file kept beside a photo is to its proof."""

    PROOF_JSON = "proof-json"            # <sha256>.proof.json
    PROOF_CSV = "proof-csv"              # <sha256>.proof.csv
    MEDIA_SIGNATURE = "media-signature"  # <sha256>.asc: detached signature over the media
    JSON_SIGNATURE = "json-signature"    # <sha256>.proof.json.asc
    CSV_SIGNATURE = "csv-signature"      # <sha256>.proof.csv.asc
    PUBLIC_KEY = "public-key"            # pubkey.asc
    METADATA_CSV = "metadata-csv"        # Tella's <name>.csv
    NOTARIZATION = "notarization"        # <sha256>.ots, .gst, .nostr: kept, not checked


@dataclass(frozen=True)
class ProofFile:
    """One file of a proof, kept in the case as it came (originals/ab/<sha256>.<ext>)."""

    role: ProofRole
    name: str                  # its name in the zip or folder, as given (shown through printable)
    sha256: str
    stored_path: str
    size_bytes: int

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "role": self.role.value}


@dataclass(frozen=True)
class Corroboration:
    """What a capture app's proof states about one photo, kept next to the photo's EXIF and
    never in its place: the app's own hash, time, position, network and device as it wrote them,
    and whether its signatures hold. A ProofMode key is made by the app on the phone
    (self-issued): a good signature shows the files are as the phone signed them, not who held
    the phone. Evidence/proofs.py reads it; store/proofs.py keeps it; each has a custody entry.
    """

    photo_id: int
    kind: ProofKind
    signature: SignatureState
    source_name: str                          # the zip or CSV it came from (its name only)
    stated_sha256: str | None = None          # the media's SHA-256 as the proof states it
    hash_matches: bool | None = None          # stated == the photo's SHA-256; None: none stated
    stated_utc: datetime | None = None        # when the proof was made (ProofMode "Proof
                                              # Generated", Tella "Timestamp"), aware UTC
    latitude: float | None = None
    longitude: float | None = None
    accuracy_m: float | None = None
    provider: str | None = None               # gps, network, fused ...
    location_utc: datetime | None = None      # the position's own fix time
    network: str | None = None                # network name and type as stated
    device: str | None = None                 # manufacturer and hardware as stated
    device_id: str | None = None
    key_fingerprint: str | None = None        # of pubkey.asc; self-issued
    signature_failures: tuple[str, ...] = ()  # which signatures failed or are missing (roles)
    fields: tuple[tuple[str, str], ...] = ()  # every field of the proof as written
    files: tuple[ProofFile, ...] = ()
    id: int | None = None
    custody_seq: int | None = None

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class PhotoRecord:
    """A photo as the case keeps it: its original and the inspection of those stored bytes.

    `stored_json` is the inspection exactly as stored (canonical JSON); the custody entry of its
    import vouches for that text's digest, so verify and the bundle use it as it is. Everything
    else reads the typed `inspection`, built from it on first use.
    """

    id: int
    sha256: str
    stored_path: str               # inside the case: originals/ab/<sha256>.<ext>
    size_bytes: int
    media_type: str
    stored_json: str
    taken_utc: str | None          # as the row keeps them (indexed copies of the inspection)
    latitude: float | None
    longitude: float | None
    custody_seq: int
    names: tuple[str, ...] = ()    # the file names it was imported under, first first
    case_zone: str | None = None   # the case's time zone, behind a case-default offset

    @property
    def name(self) -> str:
        """The file name it was first imported under (its stored name if none is known)."""
        return self.names[0] if self.names else self.stored_path.rsplit("/", 1)[-1]

    @cached_property
    def record(self) -> dict[str, Any]:
        """The stored inspection as the JSON object `inspect --json` prints (an edge)."""
        import json

        value: dict[str, Any] = json.loads(self.stored_json)
        return value

    @cached_property
    def inspection(self) -> Inspection:
        from evidence.inspection import from_json

        # The zone behind a position's offset is looked up only when shown (it is costly).
        return from_json(self.record, self.stored_path, self.case_zone, find_zone=False)


@dataclass(frozen=True)
class Region:
    """A rectangle of a redaction, in the pixels of the upright original."""

    x: int
    y: int
    w: int
    h: int
    reason: str = "other"      # face | plate | other

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.x, self.y, self.x + self.w, self.y + self.h

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Redaction:
    """What a photo's reports hide, and the derived copy that hides it."""

    id: int
    photo_id: int
    photo_sha256: str
    stored_path: str
    regions: tuple[Region, ...]
    method: str                # blur | black
    actor: str
    created_utc: str
    derived_sha256: str

    def regions_json(self) -> list[dict[str, Any]]:
        return [r.as_json() for r in self.regions]


class PageCapture(StrEnum):
    """How a copy of the akimat's occupancy page came into the case."""

    SAVED = "saved"        # saved by a person (the browser's Save as, a PDF, a screenshot)
    CAPTURED = "captured"  # loaded and saved by Skver from its address, when asked


@dataclass(frozen=True)
class OccupancyPage:
    """A copy of the page where the akimat publishes the occupancy of the specialised places
    (resolution No. 61-NP of 20 January 2025), kept as an original: once, read-only, named by
    its SHA-256. `covers_from`..`covers_to` are the dates the page lists (YYYY-MM-DD, inclusive;
    None: not stated), so an absence is claimed only where the page speaks."""

    id: int
    sha256: str
    stored_path: str
    media_type: str
    size_bytes: int
    url: str
    captured_utc: str               # ISO 8601 UTC, when it was saved or captured
    capture: PageCapture
    actor: str
    imported_utc: str
    covers_from: str | None = None
    covers_to: str | None = None
    same_capture: int | None = None  # the other file of the same capture (its PDF or HTML)
    note: str = ""
    # How its events were recorded (None: they were not, so no absence is claimed from it).
    events_recorded: EventsRecorded | None = None
    events_recorded_by: str | None = None
    events_recorded_utc: str | None = None

    def covers(self, day: str) -> bool:
        """Whether the page lists `day` (YYYY-MM-DD)."""
        return (self.covers_from is not None and self.covers_to is not None
                and self.covers_from <= day <= self.covers_to)


class EventsRecorded(StrEnum):
    """How the events an occupancy page lists were recorded in the case."""

    TABLE = "table"            # its own table read and entered (`occupancy read --enter`)
    PERSON = "person"          # a person marked its list complete (`occupancy complete`)


class EntrySource(StrEnum):
    """Who put an occupancy entry into the case."""

    PERSON = "person"          # typed in by a person reading the page
    PAGE_TABLE = "page-table"  # read from the page's own table (a person confirmed the venue)


@dataclass(frozen=True)
class OccupancyEntry:
    """One event the akimat's page publishes: where, when, how many it expects."""

    page_id: int
    venue_id: int
    start: datetime                 # aware, in `zone` (the venue's) as the page gives it
    end: datetime
    zone: str
    event_name: str = ""            # as printed
    expected_participants: int | None = None
    source: EntrySource = EntrySource.PERSON
    row_text: str = ""              # the table's row as read, when read from it
    actor: str = ""
    entered_utc: str = ""
    id: int | None = None

    @property
    def day(self) -> str:
        return self.start.date().isoformat()
