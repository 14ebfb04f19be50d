"""Callbacks that outlive their widget: a write's answer can arrive after its form was closed
and deleted (a venue saved: the form accepts, Qt deletes it, then the write's `always` runs)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject


def while_alive(widget: QObject, then: Callable[..., object]) -> Callable[..., None]:
    """`then`, run only while `widget` still exists (its C++ object not yet deleted)."""
    def run(*args: object) -> None:
        if shiboken6.isValid(widget):
            then(*args)
    return run
