"""The report's own words in English, Russian and Kazakh.

Each language is one JSON table in resources/report/ (`strings.en.json` ...). The English table
also takes the analysis's phrases from `evidence.phrases.EN` and the interactive map page's words
from `maps.page_words.EN`; the Russian and Kazakh tables give those themselves. Every table has
every key, with the same placeholders (a test checks).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any

from evidence import phrases
from evidence.errors import KnownError
from evidence.timing import format_offset, zone
from maps import page_words

LANGUAGES = ("en", "ru", "kk")


@cache
def table(lang: str) -> Mapping[str, str]:
    """The string table of `lang` (en, ru or kk)."""
    if lang not in LANGUAGES:
        raise KnownError(f"The report can be written in {', '.join(LANGUAGES)}, not {lang!r}.")
    raw = resources.files("resources").joinpath("report", f"strings.{lang}.json").read_bytes()
    own = json.loads(raw)
    return {**phrases.EN, **page_words.EN, **own} if lang == "en" else own


def text(strings: Mapping[str, str], key: str, **args: Any) -> str:
    """The entry `key`, its placeholders filled."""
    if not args:
        return strings[key]
    return strings[key].format(**{
        name: phrases.Number(value, strings)
        if isinstance(value, int | float) and not isinstance(value, bool) else value
        for name, value in args.items()})


def placeholders(template: str) -> set[str]:
    return {m.group(1) for m in re.finditer(r"\{(\w+)[^{}]*\}", template)}


def local_time(moment: datetime, zone_name: str, seconds: bool = True, lang: str = "en") -> str:
    """'2022-08-20 18:30:05 UTC+06:00' in `zone_name` ('20.08.2022 18:30:05 UTC+06:00' in
    Russian and Kazakh)."""
    local = moment.astimezone(zone(zone_name))
    shape = "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M"
    return phrases.dates(f"{local.strftime(shape)} UTC{format_offset(local.utcoffset())}", lang)


def day(iso: str | None, lang: str) -> str:
    """A date as `lang` writes it: '2022-08-20', or '20.08.2022' in Russian and Kazakh."""
    return phrases.dates(iso, lang) if iso else ""


def utc_moment(iso: str, lang: str) -> str:
    """A logged UTC time ('2022-08-20T12:15:05Z' or with an offset) as '2022-08-20 12:15:05
    UTC' ('20.08.2022 12:15:05 UTC' in Russian and Kazakh)."""
    return phrases.dates(f"{iso[:19].replace('T', ' ')} UTC", lang)
