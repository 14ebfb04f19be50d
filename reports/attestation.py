"""What a file's own provenance attests, in a report's language: its Content Credentials (C2PA)
and the proofs of the capture app (ProofMode, Tella) that came with it.

The report's exhibit and the window's detail pane say the same sentences, made here from the
typed records (`evidence.model.ContentCredentials`, `evidence.model.Corroboration`) and a string
table (`reports.strings`). Credentials: which state they are in and what that means, who signed
with what and when, whether a trusted timestamp backs that time, the actions recorded, and what
failed, each failure code explained beside the code itself. Proofs: whether their signatures
hold (a self-issued key: integrity, not identity), whether their hash is the file's, and the
time and position they state beside the file's own. Every value from outside goes through
`printable`.

    credential_lines(inspection, strings.table("ru"))
    # ('Доверенные: подпись действительна, …', 'Подписано: …', 'Время подписи подкреплено …')
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from evidence import phrases, proofs
from evidence.model import (
    ContentCredentials,
    Corroboration,
    CredentialState,
    Inspection,
    ProofKind,
)
from evidence.printable import printable
from reports import strings

Table = Mapping[str, str]

# C2PA validation status codes (C2PA specification, "Validation"), by family, as the words that
# say what failed. The most particular pattern first: a hash mismatch is an assertion's code.
_FAILURE_FAMILIES: tuple[tuple[str, str], ...] = (
    ("signingCredential.untrusted", "untrusted"),
    ("Hash.mismatch", "hash"),
    ("claimSignature.", "signature"),
    ("signingCredential.", "certificate"),
    ("timeStamp.", "timestamp"),
    ("assertion.", "assertion"),
    ("ingredient.", "assertion"),
    ("manifest.", "manifest"),
    ("claim.", "manifest"),
)


def credential_lines(inspection: Inspection, table: Table, *,
                     say_none: bool = False) -> tuple[str, ...]:
    """The sentences on the file's Content Credentials. A file without them gets the
    'stripped on the way' sentence when it shows a trace of them, else (with `say_none`, as the
    window says it) that it has none and that this proves nothing; else no sentence at all."""
    found = inspection.content_credentials
    if found is None:
        if inspection.credentials_trace is not None:
            return (table["credentials.stripped"],)
        return (table["credentials.none"],) if say_none else ()
    lines = [state_line(found, table)]
    if found.state is not CredentialState.UNREADABLE:
        lines += [attested_line(found, table), time_line(found, table)]
        if found.signed_at is not None and not found.captured:
            lines.append(table["credentials.time.not_capture"])   # an edit's time, not a shot's
    if found.actions:
        lines.append(strings.text(table, "credentials.actions",
                                  actions=table["sep.items"].join(
                                      action_words(a, table) for a in found.actions)))
    if found.failures:
        lines.append(strings.text(table, "credentials.failures",
                                  failures=table["sep.notes"].join(
                                      failure_words(code, table)
                                      for code in dict.fromkeys(found.failures))))
    if found.state is CredentialState.UNREADABLE and found.reason:
        lines.append(strings.text(table, "credentials.reason", reason=printable(found.reason)))
    return tuple(lines)


def state_line(found: ContentCredentials, table: Table) -> str:
    """What the state means, in plain words; a trusted signer with the list that vouches."""
    if found.state is CredentialState.TRUSTED:
        return strings.text(table, "credentials.state.trusted",
                            list=list_words(found.trust_list, table))
    return table[f"credentials.state.{found.state.value}"]


def attested_line(found: ContentCredentials, table: Table) -> str:
    """'Signed by <subject> (certificate issued by <issuer>) with <generator> at <time>.' (no
    'at' where the credentials state no time)."""
    unsaid = table["credentials.not_stated"]

    def said(value: str | None) -> str:
        return printable(value) if value else unsaid

    names = {"signer": said(found.signer), "issuer": said(found.issuer),
             "generator": said(found.generator)}
    if found.signed_at is None:     # the time line says that none is stated
        return strings.text(table, "credentials.attested_untimed", **names)
    return strings.text(table, "credentials.attested", **names,
                        time=strings.utc_moment(found.signed_at.isoformat(), table["lang.code"]))


def time_line(found: ContentCredentials, table: Table) -> str:
    """Whether a trusted timestamp backs the signed time (and whose), or the device says it."""
    if found.signed_at is None and not found.timestamp_trusted:
        return table["credentials.time.none"]
    if not found.timestamp_trusted:
        return table["credentials.time.untrusted"]
    if found.timestamp_authority:
        return strings.text(table, "credentials.time.trusted_by",
                            authority=printable(found.timestamp_authority))
    return table["credentials.time.trusted"]


def list_words(name: str | None, table: Table) -> str:
    """The trust list that anchors a signer; the interim list always labelled interim."""
    return table.get(f"credentials.list.{name}", table["credentials.list.other"])


def action_words(action: str, table: Table) -> str:
    """'c2pa.edited' as 'edited'; an action the table does not know, as the file says it."""
    return table.get(f"credentials.action.{action}", printable(action))


def failure_words(code: str, table: Table) -> str:
    """A C2PA failure code explained, the code itself beside it: 'the file's bytes changed
    after signing (assertion.dataHash.mismatch)'."""
    family = next((name for pattern, name in _FAILURE_FAMILIES if pattern in code), "other")
    return f"{table[f'credentials.failure.{family}']} ({printable(code)})"


_APPS = {ProofKind.PROOFMODE: "ProofMode", ProofKind.TELLA: "Tella"}


def proof_lines(stated: tuple[Corroboration, ...], inspection: Inspection,
                table: Table) -> tuple[str, ...]:
    """The sentences on each proof of the photo: its signatures, its hash, what it states
    beside what the file itself records, and where the two disagree (its findings)."""
    lines: list[str] = []
    for proof in stated:
        lines.append(signature_line(proof, table))
        if proof.hash_matches is not None:
            lines.append(table["proofs.hash.same"] if proof.hash_matches else strings.text(
                table, "proofs.hash.other", stated=printable(proof.stated_sha256 or "")))
        lines += stated_lines(proof, inspection, table)
        lines += [table.get(f"finding.{f.code}", f.message)
                  for f in proofs.findings(proof, inspection) if f.code in DISAGREEMENTS]
    return tuple(lines)


# The proof's findings that the lines above do not already say (its hash and its signatures
# they do): a position or a time further from the file's than their accuracy allows.
DISAGREEMENTS = frozenset({"proof_position_disagrees", "proof_time_disagrees"})


def signature_line(proof: Corroboration, table: Table) -> str:
    """What the proof's signatures show: integrity since the app signed (its key self-issued),
    a change, something missing, or nothing (unsigned: corroboration only)."""
    failed = table["sep.items"].join(
        table.get(f"proofs.role.{role}", printable(role)) for role in proof.signature_failures)
    return strings.text(table, f"proofs.signature.{proof.signature.value}",
                        app=_APPS.get(proof.kind, proof.kind.value),
                        source=printable(proof.source_name),
                        fingerprint=printable(proof.key_fingerprint or
                                              table["credentials.not_stated"]),
                        failed=failed or table["credentials.not_stated"])


def stated_lines(proof: Corroboration, inspection: Inspection, table: Table) -> list[str]:
    """The proof's time, position, network and device, each beside the file's own reading."""
    lang, unsaid = table["lang.code"], table["proofs.not_in_file"]
    meta, lines = inspection.metadata, []
    local = proofs.stated_local(proof)
    if proof.stated_utc is not None:
        taken = inspection.time.taken_utc
        lines.append(strings.text(
            table, "proofs.time", time=strings.utc_moment(proof.stated_utc.isoformat(), lang),
            file=strings.utc_moment(taken.isoformat(), lang) if taken else unsaid))
    elif local is not None:     # ProofMode's wall-clock time: held to the camera's own clock
        reading = inspection.time.taken_local
        lines.append(strings.text(
            table, "proofs.time_local", time=_wall(local, lang),
            file=_wall(reading, lang) if reading is not None else unsaid))
    if proof.latitude is not None and proof.longitude is not None:
        details = [strings.text(table, "unit.metres", n=f"\u00b1 {proof.accuracy_m:.0f}")
                   if proof.accuracy_m is not None else "", printable(proof.provider or "")]
        here = (position(meta.latitude, meta.longitude, table)
                if meta.latitude is not None and meta.longitude is not None else unsaid)
        lines.append(strings.text(
            table, "proofs.position", position=position(proof.latitude, proof.longitude, table),
            details=table["sep.items"].join(d for d in details if d) or unsaid, file=here))
    if proof.network:
        lines.append(strings.text(table, "proofs.network", network=printable(proof.network)))
    if proof.device:
        lines.append(strings.text(table, "proofs.device", device=printable(proof.device)))
    return lines


def _wall(moment: datetime, lang: str) -> str:
    """A clock's reading without a zone, as the language writes dates ('20.08.2022 18:30:04')."""
    return phrases.dates(moment.replace(microsecond=0).isoformat(" "), lang)


def position(latitude: float, longitude: float, table: Table) -> str:
    """'43.238949, 76.889709'; '43,238949; 76,889709' in Russian and Kazakh, as the inventory."""
    return strings.text(table, "inventory.position",
                        lat=format(phrases.Number(latitude, table), ".6f"),
                        lon=format(phrases.Number(longitude, table), ".6f"))


def inventory_note(inspection: Inspection, stated: tuple[Corroboration, ...],
                   table: Table) -> str:
    """What the inventory of exhibits says of a photo's own provenance, one short line each:
    'Content Credentials: valid, signer on no trust list', 'ProofMode proof: signatures
    verified (self-issued key)'; '' for a photo with neither (nor a trace of credentials)."""
    lines = []
    found = inspection.content_credentials
    if found is not None:
        lines.append(table[f"inventory.credentials.{found.state.value}"])
    elif inspection.credentials_trace is not None:
        lines.append(table["inventory.credentials.stripped"])
    lines += [strings.text(table, f"inventory.proof.{proof.signature.value}",
                           app=_APPS.get(proof.kind, proof.kind.value)) for proof in stated]
    return "\n".join(lines)
