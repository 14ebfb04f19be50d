"""Merging another monitor's evidence bundle into a case: nothing taken on trust, nothing lost.

The bundle is verified first (and refused, with every discrepancy named, unless intact; a
hostile archive is refused before anything is unpacked). Its photos are unpacked to a temporary
folder, encrypted with a key only this process holds (evidence/tempfiles.Sealed), and go through
the case's own import, which reads them through that key: each copied once, hashed, inspected
and committed with its custody entry, which names the bundle (file name, case, manifest, signing
key) and the photo's path inside it; bytes the case already has are recorded as a duplicate and
stored once. Then, in one transaction: venues by slug (missing ones added; one the case has
differently is kept as the case has it, and named), claims matched by document number, venue and
window (missing ones added, with their letters), the akimat's occupancy pages by SHA-256
(missing ones kept like letters) and the events entered from them, observations (missing ones
added with their reviewer and time; a correction or withdrawal naming this case's row for the
observation it corrects or withdraws), capture apps' proofs of the merged photos (re-read and
re-verified from their own files before anything is written, a tampered one refusing the bundle:
bundles/mergeproofs.py), and a `bundle-imported` custody entry. The other
monitor's manifest and custody log are kept in CASE/bundles/<manifest sha256>/, where `verify
--case` checks them.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar, cast

from bundles import mergeproofs
from bundles.manifest import LOG, MANIFEST, PUBLIC_KEY, SIGNATURE
from bundles.paths import TIMESTAMP_NOTE, is_timestamp_file
from bundles.verify import BundleReport, verify_bundle
from bundles.zipsafe import Limits, Opener, SafeZip
from evidence import (
    claims,
    importer,
    observations,
    occupancy,
    signing,
    store,
    tempfiles,
    venues,
)
from evidence.errors import KnownError
from evidence.model import (
    BundleSource,
    Category,
    Claim,
    Confidence,
    Observation,
    PageCapture,
    Venue,
)
from evidence.parallel import Progress
from evidence.printable import printable
from evidence.provenance import Source, SourceFile
from evidence.store import BUNDLES, Case, audit
from evidence.timing import parse_utc
from evidence.venue_checks import validate as validate_venue

T = TypeVar("T")


@dataclass
class BundleImport:
    manifest_sha256: str
    source_case: dict[str, Any]
    stored_in: str
    signature: str = "unsigned"        # unsigned | valid (an invalid one is never merged)
    fingerprint: str | None = None     # of the key that signed it
    trusted: bool = False              # by this case: its own key, or one accepted on purpose
    trusted_as: str = ""               # how: "the case's own key", or who accepted it and why
    photos: dict[str, int] = field(default_factory=lambda: {
        "imported": 0, "duplicate": 0, "rejected": 0})
    rejected: list[str] = field(default_factory=list)
    venues_added: int = 0
    venues_differing: list[str] = field(default_factory=list)
    claims_added: int = 0
    claims_present: int = 0
    letters_added: int = 0
    occupancy_pages_added: int = 0     # copies of the akimat's occupancy page
    occupancy_entries_added: int = 0
    observations_added: int = 0
    observations_present: int = 0
    observations_skipped: int = 0      # their photo (or the observation they correct or
                                       # withdraw) could not be imported
    observations_conflicting: int = 0  # a correction or withdrawal of an observation this
                                       # case had already corrected or withdrawn otherwise
    proofs_added: int = 0              # capture apps' proofs (ProofMode, Tella) of its photos
    proofs_present: int = 0            # the same proof already recorded for that photo
    proofs_skipped: int = 0            # their photo was rejected
    custody_seq: int = 0

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def import_bundle(case: Case, zip_path: str | Path, *, actor: str,
                  progress: Progress | None = None, limits: Limits | None = None,
                  accept_unverified: bool = False, opener: Opener | None = None) -> BundleImport:
    """Verifies a bundle and merges it into the case; returns what was added.

    Only a bundle signed by a key the case trusts (its own, or one a person accepted with
    `evidence.signing.trust`) is merged, unless `accept_unverified`: then the merge is recorded
    as unverified, with the signer's fingerprint (or none). `opener` opens the zip of a bundle
    sealed for transport (bundles.transport.opened), decrypted as it is read."""
    report = verify_bundle(zip_path, limits=limits, opener=opener)
    if not report.intact:
        raise KnownError(f"{Path(zip_path).name} is not intact, so nothing was imported:\n  - "
                         + "\n  - ".join(report.problems))
    trusted = _trusted_signer(case, report, Path(zip_path).name, accept_unverified)
    sha = report.manifest_sha256 or ""
    _refuse_repeat(case, sha)
    result = BundleImport(sha, report.case or {}, f"{BUNDLES}/{sha}", report.signature,
                          report.fingerprint, trusted is not None, _how(trusted))
    with SafeZip(zip_path, limits, opener) as archive, \
            tempfiles.folder(f"bundle-{sha[:12]}") as tmp:
        merge = _Merge(case, archive, tmp, actor, result)
        manifest = merge.manifest(sha)
        # Logs of bundles merged into the other case before travel on with this one.
        merge.forwarded = [f["path"] for f in manifest["files"] if f["kind"] == "imported-bundle"]
        proofs = mergeproofs.checked(archive, manifest)  # a tampered one: nothing written
        photo_ids = merge.photos(manifest["files"], progress)
        with case.exclusive("merging a bundle"):
            merge.rows(manifest, photo_ids, report, proofs)
    return result


def _trusted_signer(case: Case, report: BundleReport, name: str,
                    accept_unverified: bool) -> signing.TrustedKey | None:
    """The trusted key that signed the bundle; None when the user accepted it unverified;
    KnownError (nothing merged) otherwise."""
    known = signing.trusted(store.log.entries(case))
    if report.fingerprint is not None and report.fingerprint in known:
        return known[report.fingerprint]
    if accept_unverified:
        return None
    if report.signature == "unsigned":
        raise KnownError(f"{printable(name)} is not signed, so nothing shows which case it "
                         "comes from; nothing was imported. If you know where it came from, "
                         "import it with --accept-unverified: the custody log will say it was "
                         "merged unverified.")
    raise KnownError(
        f"{printable(name)} is signed by the key {report.fingerprint}, which this case does not "
        "trust; nothing was imported. Check that fingerprint with the person who sent the "
        "bundle, by another route (in person, by phone), then trust it: python main.py case "
        f'trust --case {case.root} "{report.fingerprint}" --note "how you checked it". Or '
        "import it with --accept-unverified: the custody log will say it was merged "
        "unverified.")


def _how(trusted: signing.TrustedKey | None) -> str:
    if trusted is None:
        return ""
    if trusted.own:
        return "the case's own key"
    return f"accepted by {trusted.actor} on {trusted.at_utc}, custody entry {trusted.seq}"


def _refuse_repeat(case: Case, manifest_sha: str) -> None:
    earlier = store.log.first(case, "bundle-imported", manifest_sha)
    if earlier is not None:
        raise KnownError(f"This bundle was already imported into the case on {earlier.at_utc} "
                         f"(custody entry {earlier.seq}); nothing was done.")


class _Merge:
    def __init__(self, case: Case, archive: SafeZip, tmp: Path, actor: str,
                 result: BundleImport) -> None:
        self.case, self.archive, self.tmp, self.actor = case, archive, tmp, actor
        self.result = result
        self.sealed = tempfiles.Sealed()  # what is unpacked is encrypted, its key in memory
        self.letters: list[claims.StoredLetter] = []
        self.pages: list[occupancy.StoredPage] = []
        self.forwarded: list[str] = []

    def manifest(self, expected_sha: str) -> dict[str, Any]:
        data = self.archive.read(MANIFEST)  # in memory: never unpacked
        if hashlib.sha256(data).hexdigest() != expected_sha:
            raise KnownError(f"{self.archive.path} changed while it was being imported; "
                             "nothing was merged.")
        return json.loads(data)

    def unpack(self, f: dict[str, Any], name: str) -> Path:
        """The member in the temporary folder, encrypted with the throwaway key (read back
        through `self.sealed`): a photo is never on disk in plaintext outside a case."""
        folder = self.tmp / f["sha256"]
        folder.mkdir(exist_ok=True)
        dest = folder / name
        if dest.exists():
            return dest
        sha = hashlib.sha256()

        def hashed() -> Iterator[bytes]:
            for chunk in self.archive.chunks(f["path"]):
                sha.update(chunk)
                yield chunk
        self.sealed.write(dest, hashed())
        if sha.hexdigest() != f["sha256"]:
            raise KnownError(f"{f['path']} in {self.archive.path} changed while it was being "
                             "imported; the photos imported so far are kept.")
        return dest

    def photos(self, files: list[dict[str, Any]], progress: Progress | None) -> dict[int, int]:
        """Imports the bundle's photos; {photo id in the bundle: photo id in this case}.

        Each import entry names the bundle and the photo's path inside it, never the temporary
        folder it is unpacked to."""
        sources = {str(self.unpack(f, _safe_name(f))): f for f in files if f["kind"] == "photo"}
        unpacked = [SourceFile(path, f["path"], path) for path, f in sources.items()]
        ids: dict[int, int] = {}
        for item in importer.import_files(self.case, unpacked, actor=self.actor,
                                          source=Source(bundle=self.bundle()),
                                          progress=progress, sealed_key=self.sealed.key):
            self.result.photos[item.outcome] += 1
            if item.outcome == "rejected":
                self.result.rejected.append(f"{Path(item.source).name}: {item.reason}")
            else:
                assert item.photo_id is not None  # imported, or found already in the case
                ids[sources[item.source]["photo_id"]] = item.photo_id
        return ids

    def bundle(self) -> BundleSource:
        """The bundle, as the custody entries of what it brings name it."""
        return BundleSource(self.archive.path.name, str(self.result.source_case.get("id", "")),
                            self.result.manifest_sha256, self.result.fingerprint)

    def rows(self, manifest: dict[str, Any], photo_ids: dict[int, int],
             report: BundleReport, proofs: list[mergeproofs.Checked]) -> None:
        kept = self.keep(report.manifest_sha256 or "")
        written: list[str] = []
        try:
            kept_proofs, self.result.proofs_skipped = mergeproofs.keep(
                self.case, self.archive, proofs, photo_ids, written)
            with self.case.transaction():
                venue_ids = self.venues(manifest["venues"])
                self.claims(manifest, venue_ids)
                self.occupancy(manifest, venue_ids)
                self.observations(manifest, photo_ids)
                self.result.proofs_added, self.result.proofs_present = mergeproofs.record(
                    self.case, kept_proofs, self.actor, self.bundle())
                self.record(manifest, report, kept)
        except BaseException:
            for relpath in written:  # proof files this merge brought; none is recorded
                self.case.files.unlink(relpath)
            shutil.rmtree(self.case.root / self.result.stored_in, ignore_errors=True)
            for name in kept if self.case.encrypted else ():
                self.case.files.unlink(f"{self.result.stored_in}/{name}")
            for letter in self.letters:
                claims.forget_letter(self.case, letter)
            for page in self.pages:
                occupancy.forget_page(self.case, page)
            raise

    def keep(self, sha: str) -> dict[str, str]:
        """The other monitor's manifest, custody log, signature and timestamps, kept in the
        case."""
        stamps = sorted(n for n in self.archive.files()
                        if is_timestamp_file(n) and n != TIMESTAMP_NOTE)
        names = [MANIFEST, LOG, SIGNATURE, PUBLIC_KEY, *stamps, *self.forwarded]
        if self.case.encrypted:  # each kept file encrypted, under its keyed name
            kept = {}
            for name in (n for n in names if n in self.archive):
                data = b"".join(self.archive.chunks(name))
                self.case.files.write_atomic(f"{BUNDLES}/{sha}/{name}", data, durable=True)
                kept[name] = hashlib.sha256(data).hexdigest()
            return kept
        final = self.case.root / BUNDLES / sha
        temp = final.with_name(f".{sha}.{uuid.uuid4().hex}.tmp")
        temp.mkdir(parents=True)
        kept = {}
        for name in (n for n in names if n in self.archive):
            (temp / name).parent.mkdir(parents=True, exist_ok=True)
            kept[name] = self.archive.extract(name, temp / name)[0]
            (temp / name).chmod(0o444)
        shutil.rmtree(final, ignore_errors=True)  # left by a merge that failed after this
        temp.rename(final)
        return kept

    def venues(self, rows: list[dict[str, Any]]) -> dict[int, int]:
        local = {v.slug: v for v in venues.all_venues(self.case)}
        ids: dict[int, int] = {}
        for row in rows:
            # Another case's records, kept as they are: the length limits are for what a
            # person types (evidence/limits.py), and an older case's may be longer.
            venue = _checked(lambda row=row: validate_venue(_venue(row), check_lengths=False),
                             f"Venue {row.get('slug')!r}")
            if venue.slug in local:
                known = local[venue.slug].id
                assert known is not None  # a stored venue
                ids[row["id"]] = known
                if replace(local[venue.slug], id=None) != venue:
                    self.result.venues_differing.append(venue.slug)
            else:
                ids[row["id"]] = venues.add(self.case, venue, self.actor, check_lengths=False)
                self.result.venues_added += 1
        return ids

    def claims(self, manifest: dict[str, Any], venue_ids: dict[int, int]) -> None:
        have = {(c.document_number, c.venue_id, c.window_start, c.window_end)
                for c in claims.all_claims(self.case)}
        letters = {f["sha256"]: f for f in manifest["files"] if "claim_ids" in f}
        for row in manifest["claims"]:
            label = f"Claim {row.get('document_number')!r}"
            claim = _checked(lambda row=row: _claim(row, venue_ids), label)
            key = (claim.document_number, claim.venue_id, claim.window_start, claim.window_end)
            if key in have:
                self.result.claims_present += 1
                continue
            claim = _checked(lambda claim=claim: claims.validate(
                self.case, claim, check_lengths=False), label)
            claim_id = claims.insert(self.case, claim, self.actor,
                                     {"bundle_manifest_sha256": self.result.manifest_sha256})
            have.add(key)
            self.result.claims_added += 1
            if row.get("letter_sha256") in letters:
                self.attach(claim_id, letters[row["letter_sha256"]])

    def attach(self, claim_id: int, f: dict[str, Any]) -> None:
        unpacked = self.unpack(f, Path(f["path"]).name)
        stored = claims.store_letter(self.case, unpacked, self.sealed.opener(unpacked))
        self.letters.append(stored)
        claims.link_letter(self.case, claim_id, stored, self.actor, {
            "source_path": f["path"], "source_bundle": self.bundle().as_json()})
        self.result.letters_added += 1

    def occupancy(self, manifest: dict[str, Any], venue_ids: dict[int, int]) -> None:
        """The bundle's copies of the akimat's occupancy page this case lacks (by SHA-256), and
        the events entered from them, each under this case's page and venue."""
        files = sorted((f for f in manifest["files"] if f["kind"] == "occupancy-page"),
                       key=lambda f: f.get("page_id") or 0)
        page_ids: dict[int, int] = {}
        for f in files:
            known = store.occupancy.page_by_sha256(self.case, f["sha256"])
            if known is None:
                unpacked = self.unpack(f, Path(f["path"]).name)
                stored = occupancy.store_page(self.case, unpacked, self.sealed.opener(unpacked))
                self.pages.append(stored)
                known = _checked(lambda f=f, stored=stored: occupancy.link_page(
                    self.case, stored, url=f["url"], captured=f["captured_utc"],
                    capture=PageCapture(f["capture"]), actor=self.actor,
                    covers=(f.get("covers_from"), f.get("covers_to")),
                    same_capture=page_ids.get(f.get("same_capture") or 0),
                    came_from={"source_path": f["path"],
                               "source_bundle": self.bundle().as_json()}),
                    f"The occupancy page {f['path']!r}")
                self.result.occupancy_pages_added += 1
            page_ids[f["page_id"]] = known.id
        have = {(e.page_id, e.venue_id, e.start, e.end, e.event_name)
                for e in occupancy.entries(self.case)}
        for row in (manifest.get("occupancy") or {}).get("occupancy_entries", []):
            entry = _checked(lambda row=row: store.occupancy.entry_from_stored(row),
                             f"Occupancy entry {row.get('id')!r}")
            if entry.page_id not in page_ids or entry.venue_id not in venue_ids:
                continue
            entry = replace(entry, page_id=page_ids[entry.page_id],
                            venue_id=venue_ids[entry.venue_id], id=None)
            if (entry.page_id, entry.venue_id, entry.start, entry.end, entry.event_name) in have:
                continue
            occupancy.add_entry(self.case, entry, self.actor)
            self.result.occupancy_entries_added += 1

    def observations(self, manifest: dict[str, Any], photo_ids: dict[int, int]) -> None:
        """The bundle's observations this case lacks, oldest first, with its corrections and
        withdrawals: each names this case's row for the one it corrects or withdraws. One the
        case has already corrected or withdrawn otherwise keeps the case's own history."""
        shas = {f["photo_id"]: f["sha256"] for f in manifest["files"] if f["kind"] == "photo"}
        local = [o for seen in store.observations.by_photo(self.case).values() for o in seen]
        have = {_same(o): o.id for o in local}
        ended = store.observations.superseded(local)
        ids: dict[int, int | None] = {}     # the bundle's observation id: this case's
        for row in sorted(manifest["observations"], key=lambda r: r["id"]):
            theirs = _checked(lambda row=row: store.observations.from_stored(row),
                              f"Observation {row.get('id')}")
            photo_id = photo_ids.get(theirs.photo_id)
            named = theirs.replaces if theirs.replaces is not None else theirs.withdraws
            target = None if named is None else ids.get(named)
            if photo_id is None or (named is not None and target is None):
                self.result.observations_skipped += 1  # its photo (or observation) is not here
                continue
            observation = replace(
                theirs, photo_id=photo_id, id=None,
                replaces=target if theirs.replaces is not None else None,
                withdraws=target if theirs.withdraws is not None else None)
            if _same(observation) in have:
                ids[theirs.id or 0] = have[_same(observation)]
                self.result.observations_present += 1
                continue
            if target is not None and target in ended:
                self.result.observations_conflicting += 1
                continue
            stored = store.observations.insert(self.case, observation)
            assert stored.id is not None
            ids[theirs.id or 0] = have[_same(stored)] = stored.id
            link = {}
            if target is not None:
                ended[target] = stored
                link = {"withdraws" if stored.is_withdrawal else "replaces": target}
            audit.record(self.case, self.actor, observations.IMPORTED, "observations",
                         stored.id, {"photo_sha256": shas[row["photo_id"]],
                                     "reviewer": row["reviewer"], **link,
                                     "bundle_manifest_sha256": self.result.manifest_sha256})
            self.result.observations_added += 1

    def record(self, manifest: dict[str, Any], report: BundleReport,
               kept: dict[str, str]) -> None:
        counts = {k: v for k, v in self.result.as_json().items()
                  if k not in ("manifest_sha256", "source_case", "stored_in", "custody_seq")}
        entry = self.case.record(self.actor, "bundle-imported", self.result.manifest_sha256, {
            "bundle_file": self.archive.path.name, "stored_in": self.result.stored_in,
            "kept": kept, "case": report.case, "custody_head": manifest["custody"]["head"],
            "custody_entries": report.entries, "signature": report.signature,
            "fingerprint": report.fingerprint, "trusted": self.result.trusted,
            "unverified": not self.result.trusted,
            **{k: v for k, v in counts.items()
               if k not in ("signature", "fingerprint", "trusted", "trusted_as")}})
        self.result.custody_seq = entry.seq


def _same(o: Observation) -> tuple[Any, ...]:
    """What makes two observations the same: photo, reviewer, time, tags, count and note, and
    which observation (of this case) it corrects or withdraws."""
    return (o.photo_id, o.reviewer, o.observed_utc, tuple(sorted(t.value for t in o.tags)),
            o.people_count, o.note, o.replaces, o.withdraws)


def _checked(make: Callable[..., T], label: str) -> T:
    """A record of the bundle read and validated, or a KnownError that says which one.

    `make` is called without arguments (`...`: it binds its loop variables as defaults)."""
    try:
        return make()
    except KnownError as exc:
        raise KnownError(f"{label} in the bundle cannot be merged: {exc} Nothing was "
                         "merged.") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise KnownError(f"{label} in the bundle cannot be read ({exc}); nothing was "
                         "merged.") from None


def _safe_name(f: dict[str, Any]) -> str:
    """The photo's first import name, if it is a plain file name; else its hash."""
    names = [i.get("source_name") for i in f["imports"]]
    name = str(names[0]) if names and names[0] else ""
    if not name or "/" in name or "\\" in name or name in (".", "..") or len(name) > 200 or \
            not name.isprintable():
        return Path(f["path"]).name
    return name


def _venue(row: dict[str, Any]) -> Venue:
    values = {c: row[c] for c in venues.COLUMNS if c in row}
    values.update(geometry=json.loads(row["geometry"]), confidence=Confidence(row["confidence"]))
    return Venue(**values)


def _claim(row: dict[str, Any], venue_ids: dict[int, int]) -> Claim:
    skip = {"id", "venue_id", "window_start", "window_end", "category", "letter_sha256",
            "letter_path"}
    values = {f.name: row[f.name] for f in fields(Claim) if f.name in row and f.name not in skip}
    # An empty time reads as None, which claims.validate then refuses, naming the field.
    return Claim(**values, venue_id=venue_ids[row["venue_id"]],
                 category=Category(row["category"]),
                 window_start=cast(datetime, parse_utc(row["window_start_utc"])),
                 window_end=cast(datetime, parse_utc(row["window_end_utc"])))
