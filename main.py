"""Skver's entry point: no arguments opens the app; any arguments run the command line."""

from __future__ import annotations

import logging
import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if argv:
        import cli

        return cli.main(argv)
    from gui.app import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
