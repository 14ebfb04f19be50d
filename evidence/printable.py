"""Text from outside the program, made safe to show: shown, never obeyed.

A case title in a bundle's manifest, a file name, a camera's Software tag, an actor in a custody
log: whoever made them chose every character. A newline in one can add a fake line ("Intact.")
below the real result, an escape sequence (ESC [ ...) can clear the screen or move the cursor,
a bidi override can make "gpj.exe" read as "exe.jpg", a zero-width space can make two names that
differ look the same. `printable` replaces each such character with a visible escape, so the
reader sees what is there.

Escaped: every control character (C0 with \\n, \\r and \\t, DEL, C1), every format character
(bidi marks, embeddings, overrides and isolates, zero-width spaces and joiners, the byte order
mark, tag characters…), the line and paragraph separators, and lone surrogates (the bytes of a
file name that are not UTF-8). Every other character, Russian and Kazakh letters, accents,
emoji and spaces included, passes unchanged.

The escapes are JSON's own (`\\n`, `\\t`, `\\r`, `\\u001b`, `\\u202e`; a character beyond
U+FFFF as its UTF-16 pair), so printable JSON stays valid JSON that means the same. A backslash
is kept as it is: a Windows path reads as one, and making text printable twice changes nothing.
"""

from __future__ import annotations

import unicodedata

# Unicode general categories: control, format, surrogate, line and paragraph separator.
ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(value: object, *, keep_newlines: bool = False) -> str:
    """`value` as text with every control, format and separator character made a visible
    escape; with `keep_newlines`, "\\n" stays a line break (for text the program laid out)."""
    text = str(value)
    if keep_newlines:
        return "\n".join(printable(line) for line in text.split("\n"))
    if text.isprintable():  # the common case, at C speed
        return text
    return "".join(_shown(ch) for ch in text)


def _shown(ch: str) -> str:
    if unicodedata.category(ch) not in ESCAPED_CATEGORIES:
        return ch  # printable after all: a no-break space, a private-use or unassigned letter
    return _NAMED.get(ch) or _escape(ord(ch))


def _escape(code: int) -> str:
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"
