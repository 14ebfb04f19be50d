"""One passphrase policy: under 10 characters refused, weak ones accepted with a warning."""

from __future__ import annotations

import pytest

from evidence import passphrase_policy as policy
from evidence.passphrase_policy import Weakness


@pytest.mark.parametrize("short", ["", "x", "123456789", "correct"])
def test_a_passphrase_under_ten_characters_is_refused(short):
    assert policy.too_short(short)
    assert "at least 10 characters" in policy.problem(short)


@pytest.mark.parametrize("strong", ["correct horse battery staple", "Tulpan sayat 7 kesh",
                                    "бір екі үш төрт бес", "mango-radio-cliff"])
def test_unrelated_words_pass_without_a_warning(strong):
    assert policy.problem(strong) is None
    assert policy.weaknesses(strong) == ()
    assert policy.warning(strong) is None


@pytest.mark.parametrize(("weak", "why"), [
    ("aaaaaaaaaa", Weakness.FEW_CHARACTERS),
    ("abababab12", Weakness.FEW_CHARACTERS),
    ("qwertyuiop", Weakness.RUN),
    ("1234567890", Weakness.RUN),
    ("0987654321", Weakness.RUN),
    ("Password2024!", Weakness.COMMON),
    ("P@ssw0rd123", Weakness.COMMON),
    ("Almaty12345", Weakness.COMMON),
    ("пароль12345", Weakness.COMMON),
    ("mountainriver", Weakness.ONE_KIND),
    ("5551234987", Weakness.ONE_KIND),
])
def test_weak_passphrases_are_accepted_with_a_warning_naming_why(weak, why):
    assert policy.problem(weak) is None                  # accepted
    assert why in policy.weaknesses(weak)
    assert policy.warning(weak).startswith("Warning: this passphrase is weak: ")
    assert policy.ENGLISH[why] in policy.warning(weak)
