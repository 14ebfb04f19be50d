"""`inspect`: read, date, locate and flag photos without a case."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TextIO

from cli.common import EXIT_OK, TerminalProgress, existing
from cli.output import json_text
from evidence import inspection, proofimport, proofs, timing
from evidence.model import Corroboration, Inspection, OffsetSource, ProofKind
from evidence.printable import printable


def add_to(commands: argparse._SubParsersAction) -> None:
    inspect = commands.add_parser(
        "inspect", help="read, date, locate and flag photos (originals are never modified)",
        description="Read each photo's metadata, work out when and where it was taken, and "
        "list what weakens it as evidence. Folders are searched recursively.")
    inspect.add_argument("paths", nargs="+", metavar="PATH", help="photo files or folders")
    inspect.add_argument("--json", action="store_true",
                         help="print a JSON array, one object per file")
    inspect.add_argument("--timezone", metavar="ZONE",
                         help="IANA zone for photos with no offset and no GPS (e.g. Asia/Almaty)")
    inspect.add_argument("--workers", type=int, default=None, metavar="N",
                         help="worker processes (default: one per core)")
    inspect.set_defaults(handler=run)


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    existing(*args.paths)
    if args.timezone:
        timing.zone(args.timezone)  # a KnownError now rather than on the first photo
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    paths = list(inspection.iter_paths(args.paths))
    # A ProofMode zip's photos are read from inside it; a Tella CSV goes with its photo.
    loose = proofimport.sort_loose(paths)
    tella, refused = loose.tella, dict(loose.refused)
    paths = loose.plain
    present = {os.path.realpath(p) for p in paths}
    paths += sorted(photo for photo in tella if photo not in present)  # a CSV given alone
    progress = TerminalProgress(sys.stderr, "Inspecting")
    results = inspection.inspect_many(paths, args.timezone, workers=args.workers,
                                      progress=progress)
    write: Writer = _write_json if args.json else _write_text
    out = sys.stdout
    if args.json:
        out.write("[")
    first = True
    for result in results:
        progress.clear()
        told = tella.get(os.path.realpath(result.metadata.path))
        write(result, out, first, None if told is None else (
            proofimport.tella_proof(told[0], told[1], result.metadata.sha256 or ""),))
        first = False
    progress.finish()
    for package in loose.packages():
        for item in proofimport.inspect_package(package, refused.get(package), args.timezone):
            write(item.inspection, out, first, item.proofs)
            first = False
    if args.json:
        out.write("]\n" if first else "\n]\n")
    out.flush()
    return EXIT_OK


Writer = Callable[[Inspection, TextIO, bool, "tuple[Corroboration, ...] | None"], None]


def _write_json(result: Inspection, out: TextIO, first: bool,
                stated: tuple[Corroboration, ...] | None = None) -> None:
    record = inspection.as_json(result)
    if stated is not None:
        record["proofs"] = [proofimport.as_json(p, result) for p in stated]
    text = json_text(record, indent=2)
    out.write(("\n" if first else ",\n") + text)


def _write_text(result: Inspection, out: TextIO, first: bool,
                stated: tuple[Corroboration, ...] | None = None) -> None:
    if not first:
        out.write("\n")
    lines = describe(result) + [printable(line) for p in stated or ()
                                for line in proof_lines(p, result)]
    out.write("\n".join(lines) + "\n")


def proof_lines(item: Corroboration, result: Inspection | None) -> list[str]:
    """What a capture app's proof states, in a few lines, and where it disagrees."""
    app = "ProofMode" if item.kind is ProofKind.PROOFMODE else "Tella"
    key = f", key {item.key_fingerprint} (self-issued)" if item.key_fingerprint else ""
    lines = [f"  proof      {app} ({item.source_name}): signature {item.signature.value}{key}"]
    if item.stated_sha256:
        lines.append(f"  proof hash {item.stated_sha256} "
                     f"({'this file' if item.hash_matches else 'NOT this file'})")
    local = proofs.stated_local(item)
    if item.stated_utc:
        lines.append(f"  proof time {timing.format_utc(item.stated_utc)}")
    elif local is not None:
        lines.append(f"  proof time {local.isoformat(' ')} by the phone's own clock")
    if item.latitude is not None and item.longitude is not None:
        details = ", ".join(x for x in (
            f"accuracy ±{item.accuracy_m:.0f} m" if item.accuracy_m is not None else "",
            item.provider or "") if x)
        lines.append(f"  proof at   {item.latitude:.6f}, {item.longitude:.6f}"
                     + (f" ({details})" if details else ""))
    for label, value in (("network", item.network), ("device", item.device)):
        if value:
            lines.append(f"  {'proof ' + label:<10} {value}")
    for finding in proofs.findings(item, result):
        lines.append(f"  {finding.severity.value:<9}  {finding.code}: {finding.message}")
    return lines


def describe(result: Inspection) -> list[str]:
    """A readable summary of one inspected file, a line per aspect, each made printable: the
    path, the camera's words and the error are the file's, and can add no line of their own."""
    return [printable(line) for line in _lines(result)]


def _lines(result: Inspection) -> list[str]:
    meta, time = result.metadata, result.time
    lines = [meta.path]
    if meta.sha256:
        size = f"{meta.size_bytes:,} bytes"
        dims = f", {meta.width} × {meta.height} px" if meta.width else ""
        if meta.duration_s is not None:  # a video: its length, and where it was read
            dims += f", {meta.duration_s:.3f} s long ({meta.duration_source})"
        lines.append(f"  file       {meta.media_type or 'unknown type'}{dims}, {size}")
        lines.append(f"  sha-256    {meta.sha256}")
    if meta.error:
        lines.append(f"  error      {meta.error}")
    camera = " ".join(x for x in (meta.camera_make, meta.camera_model) if x)
    if camera or meta.software:
        lines.append(f"  camera     {camera or '—'}"
                     + (f" (software: {meta.software})" if meta.software else ""))
    if time.taken_local:
        lines.append(_taken_line(result, time.taken_local))
        lines.append(f"  in UTC     {_utc_line(result)}")
    elif time.offset_source is OffsetSource.CONTENT_CREDENTIALS:  # no camera clock, attested
        lines.append(f"  in UTC     {_utc_line(result)}")
    if meta.gps_time:
        skew = ("" if time.clock_skew_s is None
                else f"; camera minus GPS = {time.clock_skew_s:+.1f} s")
        lines.append(f"  GPS clock  {timing.format_utc(meta.gps_time)}{skew}")
    if meta.latitude is not None:
        extra = [f"altitude {meta.altitude_m:.1f} m" if meta.altitude_m is not None else "",
                 f"accuracy ±{meta.gps_accuracy_m:.0f} m"
                 if meta.gps_accuracy_m is not None else "",
                 f"bearing {meta.bearing_deg:.0f}°{meta.bearing_ref or ''}"
                 if meta.bearing_deg is not None else ""]
        details = ", ".join(x for x in extra if x)
        lines.append(f"  position   {meta.latitude:.6f}, {meta.longitude:.6f}"
                     + (f" ({details})" if details else ""))
    lines += _credential_lines(result)
    for finding in result.findings:
        lines.append(f"  {finding.severity.value:<9}  {finding.code}: {finding.message}")
    if not result.findings and not meta.error:
        lines.append("  findings   none")
    return lines


def _credential_lines(result: Inspection) -> list[str]:
    """The file's Content Credentials (C2PA) in a line or two; nothing when it has none."""
    found = result.content_credentials
    if found is None:
        return [f"  C2PA       none; the file shows it had some ({result.credentials_trace})"] \
            if result.credentials_trace else []
    listed = f" (on the {found.trust_list} list)" if found.trust_list else ""
    state = {"trusted": f"trusted{listed}", "valid": "valid, the signer on no trust list",
             "invalid": "INVALID", "unreadable": "unreadable"}[found.state.value]
    lines = [f"  C2PA       {state}" + (f": signed by {found.signer}" if found.signer else "")
             + (f" with {found.generator}" if found.generator else "")]
    if found.signed_at is not None:
        backed = f"time-stamped by {found.timestamp_authority}, on the TSA list" \
            if found.timestamp_trusted else "not backed by a time-stamp on the TSA list"
        lines.append(f"  signed at  {timing.format_utc(found.signed_at)} ({backed})")
    return lines


def _taken_line(result: Inspection, local: datetime) -> str:
    """When the camera's clock says it was taken; a video's start as what recorded it says:
    its container's creation time (UTC), or Apple's creationdate (the phone's clock with its
    offset, the only offset a video records)."""
    if not result.is_video:
        return f"  taken      {local.isoformat(' ')} by the camera clock"
    if result.time.offset_source is OffsetSource.CONTAINER_UTC:
        return f"  started    {local.isoformat(' ')} as the container's creation time records it"
    return f"  started    {local.isoformat(' ')} by the phone's clock (Apple's creationdate)"


def _utc_line(result: Inspection) -> str:
    time = result.time
    if time.taken_utc is None:
        return "unknown (no UTC offset could be established)"
    source = {
        OffsetSource.EXIF: "offset recorded by the camera",
        OffsetSource.CONTAINER_UTC: "UTC as the video's container records it",
        OffsetSource.LOCATION: f"offset of {time.zone} at the "
                               f"{'video' if result.is_video else 'photo'}'s position",
        OffsetSource.CASE_DEFAULT: f"offset of the case time zone {time.zone}",
        OffsetSource.CONTENT_CREDENTIALS: "the time-stamp of the file's trusted Content "
                                          "Credentials, not the camera clock",
    }[time.offset_source]
    offset = f"UTC{timing.format_offset(time.offset)}, " if time.offset is not None else ""
    return f"{timing.format_utc(time.taken_utc)} ({offset}{source})"


