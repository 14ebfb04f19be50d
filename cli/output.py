"""What the command line writes: text from outside is shown, never obeyed by the terminal.

A bundle, a file name or a photo's metadata can carry a newline that adds a fake "Intact." line,
or an escape sequence that clears the screen. Two defences:

1. At the value. Every line a command prints goes through `say`, which makes the whole line
   printable (`evidence.printable`): a line is built from the program's words and outside
   values, and a newline or ESC inside it can only be a value's, so it is shown as `\\n` or
   `\\u001b`. Problem sentences and error messages are escaped the same way, line by line.
   JSON goes through `show_json`: json.dumps escapes C0 controls itself, and the rest (DEL, C1,
   bidi, U+2028) get JSON's own escapes, so the output stays valid JSON meaning the same.
2. At the stream. While a command runs (`guarded`), stdout and stderr, and the log's handlers
   on stderr, escape every control character except the newline: whatever a future print, an
   argparse message or a traceback lets through cannot drive the terminal. It keeps the
   newlines, so it cannot stop an injected line on its own; 1 does that.

The progress bar writes its own carriage returns and erase codes to the stream beneath
(`unguarded`).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO, cast

from evidence.printable import printable


def say(line: object = "", *, err: bool = False) -> None:
    """Prints one line, every control character in it (a newline too) shown as an escape."""
    print(printable(line), file=sys.stderr if err else sys.stdout)


def say_lines(text: str, *, err: bool = False) -> None:
    """Prints text the program laid out in lines (an error message), each made printable."""
    for line in text.split("\n"):
        say(line, err=err)


def show_json(value: Any, **options: Any) -> None:
    """Prints `value` as JSON (indented unless told, letters kept), every string printable;
    `options` are json.dumps's."""
    print(json_text(value, **{"indent": 2, **options}))


def json_text(value: Any, **options: Any) -> str:
    """`value` as JSON text with no raw control, format or separator character in it."""
    # json.dumps leaves no raw character but its own line breaks outside a string.
    return printable(json.dumps(value, ensure_ascii=False, **options), keep_newlines=True)


class GuardedStream:
    """A text stream that passes on what it is given with control characters made visible and
    newlines kept; everything else (isatty, flush, encoding…) is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self.unguarded = stream

    def write(self, text: str) -> int:
        self.unguarded.write(printable(text, keep_newlines=True))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.unguarded, name)


def unguarded(stream: TextIO) -> TextIO:
    """The stream beneath a guard, for the program's own control codes (a progress bar's)."""
    return cast(TextIO, getattr(stream, "unguarded", stream))


@contextmanager
def guarded() -> Iterator[None]:
    """stdout, stderr and the log's handlers on stderr guarded while a command runs."""
    out, err = sys.stdout, sys.stderr
    guard = cast(TextIO, GuardedStream(err))
    handlers = [h for h in logging.getLogger().handlers
                if isinstance(h, logging.StreamHandler) and h.stream is err]
    sys.stdout, sys.stderr = cast(TextIO, GuardedStream(out)), guard
    for handler in handlers:
        handler.setStream(guard)
    try:
        yield
    finally:
        for handler in handlers:
            handler.stream = err  # not setStream: that flushes the guard, maybe closed by now
        sys.stdout, sys.stderr = out, err
