"""Writing a file whole or not at all: a reader (or a court) never sees half a report."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(target: Path, *, durable: bool = False) -> Iterator[Path]:
    """A temporary path beside `target` to write; moved onto `target` when the block ends,
    removed if it raises (a cancel included). `durable` flushes it to disk before the move."""
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        yield temp
        if durable:
            with open(temp, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
