"""The detail pane's sections on what a file's own provenance attests: its Content Credentials
(C2PA) and the proofs of the capture app that came with it (ProofMode, Tella).

Both say the report's sentences (`reports.attestation`) in the interface's language, so the
window and the exhibit never disagree; here they only get a heading and the findings' colours:
green where they vouch (a trusted signer, a proof's signatures verified), red where they fail,
amber where they are stripped on the way or a proof misses a signature, blue where they vouch
for less (a signer on no trust list, credentials that cannot be checked offline; an unsigned
Tella file, corroboration only): each as severe as the file's finding about it says.
"""

from __future__ import annotations

from html import escape

from evidence.model import (
    Corroboration,
    CredentialState,
    Finding,
    Inspection,
    Severity,
    SignatureState,
)
from evidence.proofs import findings as proof_findings
from gui.app import i18n
from gui.widgets import severity
from reports import attestation, strings

_CREDENTIAL_SEVERITY = {
    CredentialState.TRUSTED: None,
    CredentialState.VALID: Severity.INFO,   # as credentials_untrusted_signer: information
    CredentialState.UNREADABLE: Severity.INFO,
    CredentialState.INVALID: Severity.CRITICAL,
}
# The finding each state comes with (evidence/credentials.py): the section takes its severity,
# so an invalid credential whose failure is lesser (an expired certificate) is amber, not red.
_CREDENTIAL_FINDING = {
    CredentialState.VALID: "credentials_untrusted_signer",
    CredentialState.UNREADABLE: "credentials_unreadable",
    CredentialState.INVALID: "credentials_invalid",
}
_PROOF_SEVERITY = {
    SignatureState.VERIFIED: None,
    SignatureState.UNSIGNED: Severity.INFO,
    SignatureState.MISSING: Severity.WARNING,
    SignatureState.INVALID: Severity.CRITICAL,
}


def credentials_html(result: Inspection) -> str:
    """The file's Content Credentials: their state first, in plain words, then who signed with
    what and when, the time's backing, the actions and the failures; or that it has none (which
    proves nothing), or that it shows it lost them on the way."""
    if result.metadata.error:
        return ""
    words = strings.table(i18n.current())
    lines = attestation.credential_lines(result, words, say_none=True)
    found = result.content_credentials
    if found is not None:
        level = _finding_level(result, _CREDENTIAL_FINDING.get(found.state),
                               _CREDENTIAL_SEVERITY[found.state])
    else:
        level = _finding_level(result, "credentials_stripped", Severity.WARNING) \
            if result.credentials_trace is not None else Severity.INFO
    return _section(words["exhibit.credentials"], lines, level, grey=found is None and
                    result.credentials_trace is None)


def proofs_html(proofs: tuple[Corroboration, ...], result: Inspection) -> str:
    """Each capture app's proof of the photo, beside what the file itself records; nothing
    for a photo that came with none."""
    if not proofs:
        return ""
    words = strings.table(i18n.current())
    parts = [f"<h4>{escape(words['exhibit.proofs'])}</h4>"]
    for proof in proofs:
        lines = attestation.proof_lines((proof,), result, words)
        parts.append(_paragraph(lines, _worst(proof_findings(proof, result),
                                              _PROOF_SEVERITY[proof.signature])))
    return "".join(parts)


def _worst(found: tuple[Finding, ...], otherwise: Severity | None) -> Severity | None:
    """The gravest of the proof's findings (a hash that is not the file's, a signature that
    fails, a position or time that disagrees); `otherwise` where it has none."""
    order = (Severity.CRITICAL, Severity.WARNING, Severity.INFO)
    return next((s for s in order if any(f.severity is s for f in found)), otherwise)


def _finding_level(result: Inspection, code: str | None,
                   otherwise: Severity | None) -> Severity | None:
    """The severity of the file's finding `code`, where it has one."""
    return next((f.severity for f in result.findings if f.code == code), otherwise)


def _section(heading: str, lines: tuple[str, ...], level: Severity | None, *,
             grey: bool = False) -> str:
    if grey:
        return (f"<h4>{escape(heading)}</h4><p style='color:gray'>"
                f"{'<br>'.join(escape(line) for line in lines)}</p>")
    return f"<h4>{escape(heading)}</h4>{_paragraph(lines, level)}"


def _paragraph(lines: tuple[str, ...], level: Severity | None) -> str:
    """The first line (the state) in the level's colour; the rest plain."""
    if not lines:
        return ""
    first = f"<span style='color:{severity.COLOURS[level]}'>{escape(lines[0])}</span>"
    rest = "".join(f"<br>{escape(line)}" for line in lines[1:])
    return f"<p style='margin:2px 0 8px 0'>{first}{rest}</p>"
