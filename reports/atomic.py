"""Writing a file whole or not at all: a reader (or a court) never sees half a report.

`replacing` lives in `evidence.tempfiles`, with the naming and sweeping of every temporary file
Skver makes (maps, below reports, write through it too)."""

from __future__ import annotations

from evidence.tempfiles import replacing

__all__ = ["replacing"]
