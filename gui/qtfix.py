"""A workaround for PySide6 6.12.0 on Python 3.11: lost references to None, True and False.

That PySide6 drops a reference each time `SignalInstance.emit` returns True, and each time a
Python override (a model's `data`) hands None back to Qt. Python 3.12+ makes these singletons
immortal, so there it is harmless; on 3.11 a session that paints a few hundred screens of a
model, or emits a few thousand signals, brings a count to zero and aborts with "Fatal Python
error: none_dealloc" (or bool_dealloc). Where the fault is found, each of the three gets a
reserve of 2**40 references: what 3.12 does by design, they are never freed anyway.
Remove this once PySide6 is fixed or the project needs Python 3.12.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PROBES = 64
RESERVE = 1 << 40
_SINGLETONS = (None, True, False)
_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_leaks_bools() -> bool:
    """Whether emitting a signal from Python loses a reference to the bool it returns."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.ping.emit()
    return before - sys.getrefcount(True) >= PROBES


def install() -> bool:
    """Gives None, True and False their reserve if this PySide6 loses references to them."""
    global _installed
    if _installed or sys.version_info >= (3, 12) or not emit_leaks_bools():
        return False
    for singleton in _SINGLETONS:
        # CPython: a PyObject starts with its reference count (Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(singleton)).value += RESERVE
    _installed = True
    return True
