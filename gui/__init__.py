"""The desktop application: the only package that imports PySide6."""

from gui.app import qtcheck

qtcheck.check()  # before any window: a known-faulty PySide6 is refused with a clear message
