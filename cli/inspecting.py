"""`inspect`: read, date, locate and flag photos without a case."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TextIO

from cli.common import EXIT_OK, TerminalProgress, existing
from cli.output import json_text
from evidence import inspection, timing
from evidence.model import Inspection, OffsetSource
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
    progress = TerminalProgress(sys.stderr, "Inspecting")
    results = inspection.inspect_many(paths, args.timezone, workers=args.workers,
                                      progress=progress)
    write: Callable[[Inspection, TextIO, bool], None] = _write_json if args.json else _write_text
    out = sys.stdout
    if args.json:
        out.write("[")
    for index, result in enumerate(results):
        progress.clear()
        write(result, out, index == 0)
    if args.json:
        out.write("\n]\n" if paths else "]\n")
    progress.finish()
    out.flush()
    return EXIT_OK


def _write_json(result: Inspection, out: TextIO, first: bool) -> None:
    text = json_text(inspection.as_json(result), indent=2)
    out.write(("\n" if first else ",\n") + text)


def _write_text(result: Inspection, out: TextIO, first: bool) -> None:
    if not first:
        out.write("\n")
    out.write("\n".join(describe(result)) + "\n")


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
        lines.append(f"  taken      {time.taken_local.isoformat(' ')} by the camera clock")
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
    for finding in result.findings:
        lines.append(f"  {finding.severity.value:<9}  {finding.code}: {finding.message}")
    if not result.findings and not meta.error:
        lines.append("  findings   none")
    return lines


def _utc_line(result: Inspection) -> str:
    time = result.time
    if time.taken_utc is None:
        return "unknown (no UTC offset could be established)"
    source = {
        OffsetSource.EXIF: "offset recorded by the camera",
        OffsetSource.CONTAINER_UTC: "UTC as the video's container records it",
        OffsetSource.LOCATION: f"offset of {time.zone} at the photo's position",
        OffsetSource.CASE_DEFAULT: f"offset of the case time zone {time.zone}",
    }[time.offset_source]
    return f"{timing.format_utc(time.taken_utc)} (UTC{timing.format_offset(time.offset)}, {source})"


