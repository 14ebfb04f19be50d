"""Skver's entry point: no arguments opens the app; any arguments run the command line."""

from __future__ import annotations

import logging
import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if argv[:1] in (["--version"], ["-V"]):
        return print_version()
    if argv:
        import cli

        return cli.main(argv)
    try:
        from gui.app.application import run
    except RuntimeError as exc:  # gui.app.qtcheck: a PySide6 release known to break Skver
        if type(exc).__name__ != "FaultyQt":
            raise
        print(f"skver: {exc}", file=sys.stderr)
        return 1
    return run()


def print_version() -> int:
    """Skver's version and build, and what it runs on; Qt's version is asked of Qt itself."""
    from evidence import buildinfo

    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:  # the command line works without Qt; say so rather than fail
        print("\n".join(buildinfo.describe()))
        return 0
    print("\n".join(buildinfo.describe(qt_version=qVersion(), pyside_version=PySide6.__version__)))
    return 0


if __name__ == "__main__":
    # In a frozen app (PyInstaller) a worker process of evidence.parallel starts as this same
    # executable; this lets it do a worker's job instead of opening the app.
    multiprocessing.freeze_support()
    sys.exit(main())
