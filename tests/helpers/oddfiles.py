"""Image files Pillow opens but that are no photo format (Sun raster, FITS), written by hand."""

from __future__ import annotations

import struct
from pathlib import Path


def sun_raster(path: Path, width: int = 4, height: int = 3) -> Path:
    """A Sun raster (.ras): eight big-endian words of header, then 8-bit pixels."""
    pixels = bytes(range(width * height))
    header = struct.pack(">8I", 0x59A66A95, width, height, 8, len(pixels), 1, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + pixels)
    return path


def fits(path: Path, width: int = 4, height: int = 3) -> Path:
    """A FITS image: 80-character header cards in a 2,880-byte block, then the data's block."""
    cards = ["SIMPLE  =                    T", "BITPIX  =                    8",
             "NAXIS   =                    2", f"NAXIS1  = {width:>20}",
             f"NAXIS2  = {height:>20}", "END"]
    header = "".join(card.ljust(80) for card in cards).ljust(2880).encode("ascii")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + bytes(width * height).ljust(2880, b"\0"))
    return path
