"""An exclusive, non-blocking lock on an open file: flock on POSIX, msvcrt.locking on Windows.

The lock belongs to the open file and goes when the file is closed or the process dies, so a
killed import never leaves a case locked.
"""

from __future__ import annotations

import sys
from typing import BinaryIO

if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build, not here
    import msvcrt

    def try_lock(fh: BinaryIO) -> bool:
        """Takes the lock if no other process holds it; False when one does."""
        fh.seek(0)
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # the first byte, even past EOF
        except OSError:
            return False
        return True

    def unlock(fh: BinaryIO) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def try_lock(fh: BinaryIO) -> bool:
        """Takes the lock if no other process holds it; False when one does."""
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(fh: BinaryIO) -> None:
        fcntl.flock(fh, fcntl.LOCK_UN)
