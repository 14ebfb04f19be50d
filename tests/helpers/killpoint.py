"""`python -m tests.helpers.killpoint ARGS...`: Skver's command line that kills itself (SIGKILL,
as a crash or a pulled plug would) at one chosen moment, so a test can land a kill -9 exactly
in a window between two steps instead of hoping a timer does.

$SKVER_KILL_AT names the moment: `before:NAME` or `after:NAME`, where NAME is the last part of
a path that `os.replace` or `os.rename` moves a file to (`keyfile`, `keyfile.pending`; `*` for
any); $SKVER_KILL_NTH (default 1) picks the n-th such move. Nothing of this is in the
product: only tests run it.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _arm(spec: str, nth: int) -> None:
    when, _, name = spec.partition(":")
    seen = [0]

    def hit() -> bool:
        seen[0] += 1
        return seen[0] == nth

    def armed(real: Callable[..., None]) -> Callable[..., None]:
        def move(src: object, dst: object, *args: object, **kwargs: object) -> None:
            matches = name == "*" or Path(os.fsdecode(dst)).name == name  # type: ignore[arg-type]
            if matches and when == "before" and hit():
                _die()
            real(src, dst, *args, **kwargs)
            if matches and when == "after" and hit():
                _die()
        return move

    os.replace = armed(os.replace)  # type: ignore[assignment]
    os.rename = armed(os.rename)  # type: ignore[assignment]


def main() -> int:
    spec = os.environ.get("SKVER_KILL_AT", "")
    if spec:
        _arm(spec, int(os.environ.get("SKVER_KILL_NTH", "1")))
    import cli

    return cli.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
