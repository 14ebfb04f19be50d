"""Qt's own words that Skver's translations say otherwise.

Qt translates its standard buttons itself (qtbase_<code>.qm). Its Kazakh "Cancel" is «Бас
тарту», which is also the statute's word for a refusal, the thing Skver is about: the refusal
form's buttons would read «Сақтау» / «Бас тарту», "Save" / "Refusal". Skver's own .qm is
installed after Qt's and asked first (gui/app/i18n.py), so a message of Qt's context translated
in resources/i18n/skver_<code>.ts overrides Qt's word. The calls below are there for lupdate to
find those messages; `overridden` lists them for the test.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def overridden() -> list[tuple[str, str, str]]:
    """(Qt's context, its English, its text in the current language) of each word overridden."""
    return [
        ("QPlatformTheme", "Cancel", QCoreApplication.translate("QPlatformTheme", "Cancel")),
    ]
