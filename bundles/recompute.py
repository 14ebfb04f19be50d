"""A bundle's verdicts judged again from its own records: do they follow from what it holds?

The manifest keeps every photo's stored inspection and every venue, claim and observation row
as the case stored them (corrections and withdrawals of observations too, so only the
observations in effect count again), and the verdicts the case's analysis gave. Verification
reads those records back as the case would (`evidence.store`'s `from_stored`), runs the same
analysis, and names every refusal whose stated result its own records do not give. A bundle
made under other rules (another Skver with other rules or parameters) is said to be so and is
not judged again: its verdicts follow from the rules it names, which the methodology describes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evidence import custody, store
from evidence.analysis import analyze
from evidence.errors import KnownError
from evidence.model import CaseInfo, Corroboration, PhotoRecord
from evidence.printable import printable
from evidence.store import CaseData


def case_data(manifest: dict[str, Any]) -> CaseData:
    """The bundle's records as typed records, as its case held them (KeyError, TypeError or
    ValueError when a record cannot be read)."""
    info = manifest.get("case") or {}
    zone = info.get("timezone") or None
    photos = tuple(sorted((_photo(f, zone) for f in manifest["files"] if f["kind"] == "photo"),
                          key=lambda p: p.id))
    # Every row in id order, as the case read them: corrections and withdrawals take effect.
    history = store.observations.group(
        sorted((store.observations.from_stored(row) for row in manifest["observations"]),
               key=lambda o: o.id or 0))
    return CaseData(
        root=Path("."),
        info=CaseInfo(str(info.get("id", "")), str(info.get("title", "")), zone,
                      str(info.get("created_utc", "")), str(info.get("created_by", ""))),
        encrypted=False, photos=photos,
        venues=tuple(sorted((store.venues.from_stored(r) for r in manifest["venues"]),
                            key=lambda v: v.slug)),
        claims=tuple(store.claims.from_stored(r) for r in manifest["claims"]),
        observations=store.observations.effective(history), redactions={},
        observation_history=history, proofs=_proofs(manifest.get("proofs") or []),
        **_occupancy(manifest.get("occupancy") or {}))


def _proofs(rows: list[dict[str, Any]]) -> dict[int, tuple[Corroboration, ...]]:
    """The capture apps' proofs by photo id (each held to its custody entry and its files by
    bundles/proofcheck.py): one that disowns its file weakens the photo as the case judged it."""
    found: dict[int, list[Corroboration]] = {}
    for row in rows:
        item = store.proofs.from_json(int(row["photo_id"]), row, id=row.get("id"),
                                      custody_seq=row.get("custody_seq"))
        found.setdefault(item.photo_id, []).append(item)
    return {k: tuple(v) for k, v in found.items()}


def _occupancy(section: dict[str, Any]) -> dict[str, Any]:
    """The akimat's published occupancy the bundle holds (none in a bundle without it)."""
    return {"occupancy_pages": tuple(store.occupancy.page_from_stored(r)
                                     for r in section.get("occupancy_pages", [])),
            "occupancy_entries": tuple(store.occupancy.entry_from_stored(r)
                                       for r in section.get("occupancy_entries", []))}


def _photo(f: dict[str, Any], zone: str | None) -> PhotoRecord:
    names = tuple(str(i["source_name"]) for i in f["imports"] if i.get("source_name"))
    return PhotoRecord(int(f["photo_id"]), str(f["sha256"]), str(f["stored_path"]),
                       int(f["size_bytes"]), str(f["media_type"]),
                       custody.canonical(f["inspection"]), None, None, None,
                       int(f["custody_seq"]), names, zone)


def verdict_findings(manifest: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(problems, notes): each refusal whose stated verdict or analysis the bundle's own
    records do not give."""
    stated = manifest.get("analysis")
    if not isinstance(stated, dict) or not isinstance(stated.get("claims"), list):
        return ["manifest.json states no analysis, so its verdicts cannot be checked."], []
    try:
        again = analyze(case_data(manifest)).as_json()
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError,
            KnownError) as exc:
        return [f"The bundle's records cannot be read back to judge its refusals again "
                f"({type(exc).__name__}: {exc}): the manifest was damaged or forged."], []
    if (stated.get("rules"), stated.get("parameters")) != (again["rules"],
                                                            again["parameters"]):
        software = (manifest.get("software") or {}).get("skver", "another version")
        return [], [f"The bundle was judged under other rules or parameters (Skver "
                    f"{software}); its verdicts were not judged again here."]
    problems = _claim_problems(stated["claims"], again["claims"])
    if not problems and stated.get("aggregates") != again["aggregates"]:
        problems.append("The bundle's stated totals (verdicts by venue, excuse and month) are "
                        "not the totals of its own refusals.")
    return problems, []


def _as_stated(claim: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """The analysis judged again, in the shape of the stated one: a bundle of a Skver before
    the procedure findings (issue 20) states none, and there are none to state when its
    records hold no procedure."""
    if "procedure" not in given and claim.get("procedure") == []:
        return {k: v for k, v in claim.items() if k != "procedure"}
    return claim


def _claim_problems(stated: list[Any], again: list[dict[str, Any]]) -> list[str]:
    problems = []
    if any(not isinstance(c, dict) or not isinstance(c.get("claim_id"), int) for c in stated):
        problems.append("The bundle's stated analysis has entries that are not refusals: it "
                        "was damaged or forged.")
    said = {c["claim_id"]: c for c in stated
            if isinstance(c, dict) and isinstance(c.get("claim_id"), int)}
    for claim in again:
        label = f"Refusal {printable(claim['document_number'])} (claim {claim['claim_id']})"
        given = said.pop(claim["claim_id"], None)
        if given is None:
            problems.append(f"{label} is among the bundle's records, but its stated analysis "
                            "leaves it out.")
        elif given.get("verdict") != claim["verdict"]:
            problems.append(f"{label}: the bundle states the verdict "
                            f"“{printable(str(given.get('verdict')))}”, but its own photos, "
                            f"observations and rules give “{claim['verdict']}”.")
        elif given != _as_stated(claim, given):
            changed = sorted(k for k in claim if given.get(k) != claim[k])
            problems.append(f"{label}: the bundle's stated analysis ({', '.join(changed)}) is "
                            "not what its own records give.")
    for claim_id in said:
        problems.append(f"The bundle's analysis states a verdict on claim {claim_id}, which is "
                        "not among its records.")
    return problems
