"""The menu bar's Alt+letter keys in every language, on either keyboard layout.

A Russian or Kazakh reader types on a Cyrillic layout, or on a Latin one they switched to for a
password or a file name, and their fingers may know the English Alt+F, Alt+V. So each menu has
two keys outside English:

- its own mnemonic, the `&` letter of its translated title (Alt+В for «&Вид»), distinct from the
  other menus' and kept off the keys of the English letters below;
- the English letter (Alt+V for View), a window shortcut, where it differs from the mnemonic.

Why kept off: on a Cyrillic layout Qt also tries the Latin letter printed on the same key (so
Ctrl+C copies in Russian), and a key that matches two shortcuts runs neither. «&Анықтама» (Help)
puts its mnemonic on the F key, where Alt+F must open File; so the mnemonic moves to another
letter of the title. A translation that chose its letters well is kept as it is; one with no `&`
or with a clash gets the first letter of the title that fits (`place`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Which Latin key bears each Cyrillic letter: ЙЦУКЕН, and the Kazakh letters of its number row.
_RU_LETTERS = "йцукенгшщзхъфывапролджэячсмитьбюё"
_RU_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`"
LAYOUTS: dict[str, dict[str, str]] = {
    "ru": dict(zip(_RU_LETTERS, _RU_KEYS, strict=True)),
    "kk": {**dict(zip(_RU_LETTERS, _RU_KEYS, strict=True)),
           **dict(zip("әіңғүұқөһ", "23458 90-=".replace(" ", ""), strict=True))},
}


@dataclass(frozen=True)
class Placed:
    """One menu's title with its mnemonic, and the English letter that also opens it."""

    title: str              # with `&` before its mnemonic
    mnemonic: str           # the letter after `&`, lower case
    latin: str | None       # the English title's letter, when it is not the mnemonic


def mnemonic(title: str) -> str | None:
    """The letter after the title's `&` (`&&` is an ampersand), lower case; None without one."""
    i = 0
    while i < len(title) - 1:
        if title[i] == "&":
            if title[i + 1] != "&":
                return title[i + 1].lower()
            i += 1
        i += 1
    return None


def plain(title: str) -> str:
    """The title as shown: its mnemonic's `&` gone, `&&` an ampersand."""
    return title.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_of(letter: str, lang: str) -> str:
    """The Latin key that types `letter` on `lang`'s usual keyboard layout (itself if Latin)."""
    return LAYOUTS.get(lang, {}).get(letter.lower(), letter.lower())


def place(titles: Sequence[str], english: Sequence[str], lang: str) -> list[Placed]:
    """Each translated title with a mnemonic that works beside the English letters.

    `titles` are the menus' titles in `lang`, `english` the same titles in English (each with its
    `&`). In English the titles are kept as they are. Otherwise a title keeps its translator's
    `&` unless that letter is another menu's, or its key is an English letter (other than the
    same letter of its own menu's English title); then it gets the first letter of its title
    that is free, and none if no letter is.
    """
    if lang == "en":
        return [Placed(t, mnemonic(t) or "", None) for t in titles]
    latin = [mnemonic(e) or "" for e in english]
    every_latin = {k for k in latin if k}
    taken: set[str] = set()     # mnemonics given so far, and the keys they are on
    keys: set[str] = set()
    placed: list[Placed] = []
    for title, own in zip(titles, latin, strict=True):
        def fits(letter: str, own: str = own) -> bool:
            key = key_of(letter, lang)
            return (letter.isalnum() and letter not in taken and key not in keys
                    and (key not in every_latin or letter == own))

        wanted = mnemonic(title)
        if wanted is not None and fits(wanted):
            shown, letter = title, wanted
        else:
            text = plain(title)
            at = next((i for i, c in enumerate(text) if fits(c.lower())), None)
            if at is None:
                shown, letter = _escaped(text), ""
            else:
                shown = _escaped(text[:at]) + "&" + _escaped(text[at:])
                letter = text[at].lower()
        if letter:
            taken.add(letter)
            keys.add(key_of(letter, lang))
        placed.append(Placed(shown, letter, own if own and own != letter else None))
    return placed


def _escaped(text: str) -> str:
    return text.replace("&", "&&")
