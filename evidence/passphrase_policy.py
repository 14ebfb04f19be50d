"""How strong a new passphrase must be, and when to warn that it is weak: one policy for the
command line and the window, used wherever a passphrase is chosen (a new encrypted case, a
passphrase change, a bundle sealed for transport).

A passphrase shorter than `MIN_LENGTH` is refused. A longer one is accepted, with a warning for
each weakness a guesser tries first: one kind of character only (all letters, all digits) in a
short passphrase, few different characters ("aaaaaaaaaa", "abababab12"), a run along the
alphabet, the digits or the keyboard ("qwertyuiop", "1234567890"), or a common password or word
with a few digits and signs around it ("Password2024!", "Almaty12345"). Several unrelated
words pass: length is what protects an encrypted case against a guesser with the keyfile.
No dictionary beyond a short list, no new dependency.
"""

from __future__ import annotations

from enum import StrEnum

MIN_LENGTH = 10
# Below this length a passphrase of one kind of character is warned about.
ONE_CLASS_BELOW = 16
MIN_DISTINCT = 5
MIN_RUN = 6     # a run this long along the alphabet, the digits or the keyboard

_ROWS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm",
         "1qaz2wsx3edc4rfv", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю",
         "абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
# What guessers try first (the commonest passwords, and words near a case from Almaty), after
# lower-casing and reading 0/1/3/4/5/@/$ as letters.
COMMON = frozenset((
    "password", "passwort", "passw0rd", "parol", "пароль", "құпиясөз", "qwerty", "qwertyuiop",
    "admin", "administrator", "letmein", "welcome", "iloveyou", "monkey", "dragon", "football",
    "baseball", "master", "sunshine", "princess", "shadow", "superman", "batman", "trustno1",
    "secret", "secretpassword", "changeme", "default", "login", "abc", "abcdef", "almaty",
    "алматы", "kazakhstan", "казахстан", "қазақстан", "astana", "астана", "skver", "сквер",
    "evidence", "freedom", "свобода", "azattyq", "азаттық", "justice", "qazaqstan", "nursultan",
))
_LEET = str.maketrans("013457@$", "oleastas")


class Weakness(StrEnum):
    """Why an accepted passphrase is weak; the window says each in its own words."""

    ONE_KIND = "one_kind"          # letters only, or digits only, and short
    FEW_CHARACTERS = "few_characters"
    RUN = "run"                    # along the alphabet, the digits or the keyboard
    COMMON = "common"              # a common password or word, digits and signs around it


ENGLISH = {
    Weakness.ONE_KIND: "it has one kind of character only (add more words, or digits and signs)",
    Weakness.FEW_CHARACTERS: "it repeats a few characters",
    Weakness.RUN: "it follows the alphabet, the digits or the keyboard",
    Weakness.COMMON: "it is a common password or word with a few characters added",
}


def too_short(passphrase: str) -> bool:
    return len(passphrase) < MIN_LENGTH


def problem(passphrase: str) -> str | None:
    """Why a new passphrase is refused (in English, for the command line), or None."""
    if too_short(passphrase):
        return (f"The passphrase must have at least {MIN_LENGTH} characters (it has "
                f"{len(passphrase)}); several unrelated words are easy to remember and hard "
                "to guess.")
    return None


def weaknesses(passphrase: str) -> tuple[Weakness, ...]:
    """What makes an accepted passphrase weak, most telling first (empty: none found)."""
    found: list[Weakness] = []
    lowered = passphrase.lower()
    if _common(lowered):
        found.append(Weakness.COMMON)
    if _has_run(lowered):
        found.append(Weakness.RUN)
    if len(set(lowered)) < MIN_DISTINCT:
        found.append(Weakness.FEW_CHARACTERS)
    if len(passphrase) < ONE_CLASS_BELOW and (passphrase.isalpha() or passphrase.isdigit()):
        found.append(Weakness.ONE_KIND)
    return tuple(found)


def warning(passphrase: str) -> str | None:
    """The command line's warning for a weak passphrase (accepted all the same), or None."""
    found = weaknesses(passphrase)
    if not found:
        return None
    return ("Warning: this passphrase is weak: " + "; ".join(ENGLISH[w] for w in found) +
            ". It was accepted; several unrelated words would be much harder to guess.")


def _common(lowered: str) -> bool:
    """A common word once digits, signs and spaces are stripped from its ends (and leet read)."""
    core = lowered.strip("0123456789!@#$%^&*()_+-=.,?;:'\"~` ")
    return bool(core) and (core in COMMON or core.translate(_LEET) in COMMON)


def _has_run(lowered: str) -> bool:
    """A run of MIN_RUN characters along a row (either way) taking most of the passphrase."""
    compact = "".join(lowered.split())
    longest = 0
    for row in _ROWS:
        for line in (row, row[::-1]):
            for start in range(len(compact)):
                length = 0
                while start + length < len(compact) and compact[start:start + length + 1] in line:
                    length += 1
                longest = max(longest, length)
    return longest >= MIN_RUN and longest * 2 >= len(compact)
