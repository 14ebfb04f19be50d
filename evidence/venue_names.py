"""A venue's name in a reader's language, and whether it is the name in that language.

A venue has a name in English and may have one in Russian and in Kazakh. A reader is given the
name in their own language; when the case has none, the next one they most likely read (a
Kazakh reader gets the Russian name before the English one), and whoever shows it can say that
it stands in for the missing one.
"""

from __future__ import annotations

from dataclasses import dataclass

from evidence.model import Venue

# For each reader's language, the names to try, in order.
ORDER = {"en": ("en", "ru", "kk"), "ru": ("ru", "en", "kk"), "kk": ("kk", "ru", "en")}


@dataclass(frozen=True)
class LocalName:
    text: str
    lang: str       # the language `text` is in; "" for the slug, when the venue has no name
    wanted: str     # the language asked for

    @property
    def own(self) -> bool:
        """The name is the one in the language asked for (not a stand-in)."""
        return self.lang == self.wanted


def local_name(venue: Venue, lang: str) -> LocalName:
    """The venue's name for a reader of `lang` (en, ru or kk; any other reads English)."""
    wanted = lang if lang in ORDER else "en"
    names = {"en": venue.name_en, "ru": venue.name_ru, "kk": venue.name_kk}
    for code in ORDER[wanted]:
        if names[code].strip():
            return LocalName(names[code], code, wanted)
    return LocalName(venue.slug, "", wanted)
