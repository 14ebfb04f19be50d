"""The desktop application: the only package that imports PySide6."""

from gui import qtfix

qtfix.install()  # before any signal is emitted: see gui/qtfix.py
