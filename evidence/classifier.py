"""The excuse classifier: proposes a category for a refusal's reason, in Russian, Kazakh or English.

It only proposes: a person confirms or corrects the category, and the words that led to the
proposal are kept with it so the person can see why. Matching is by word stems, so
«ремонтных работ», «ремонта» and «ремонт» all count; every language's phrases are tried on every
text, because official letters in Almaty are often bilingual. A strong phrase weighs 2, a word
that only supports a reason weighs 1; the category with the highest total wins, and a tie or no
match at all proposes `other` with nothing matched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from evidence.model import Category

# A phrase is words separated by spaces. Each word matches at the start of a word in the text
# and may go on (a stem: "ремонт" matches «ремонтных»), except the short function words below,
# which must be whole words ("не" must not match «небольшой», "not" must not match "notice").
# "…" lets up to three other words stand in between; "-" also matches a space.
WHOLE_WORDS = frozenset({"не", "в", "с", "за", "на", "по", "к", "и", "чем", "емес",
                         "not", "no", "a", "an", "the", "is", "in", "at", "on", "of", "to"})
STRONG, SUPPORTING = 2, 1

RULES: dict[Category, dict[int, tuple[str, ...]]] = {
    Category.REPAIR_WORKS: {
        STRONG: ("ремонтн… работ", "ремонт", "благоустройств", "реконструкц", "реставрац",
                 "строительн", "строительств", "жөндеу жұмыс", "жөндеу", "абаттандыр",
                 "қайта жаңарт", "қайта құру", "құрылыс", "repair… work", "repair",
                 "renovat… work", "renovat", "reconstruct", "refurbish", "construction",
                 "improvement works", "landscaping", "roadworks", "road works"),
        SUPPORTING: ("демонтаж", "укладк", "озеленени", "maintenance"),
    },
    Category.OTHER_EVENT: {
        STRONG: ("культурно-массов", "праздн", "концерт", "фестивал", "ярмарк", "торжеств",
                 "мәдени", "мереке", "ойын-сауық", "concert", "festival", "celebrat",
                 "holiday", "ceremony"),
        SUPPORTING: ("мероприяти", "спортивн", "забронирован", "іс-шара", "спорттық",
                     "event", "sports", "booked"),
    },
    Category.PUBLIC_ORDER: {
        STRONG: ("общественн… порядк", "общественн… безопасност", "беспорядк", "провокац",
                 "қоғамдық тәртіп", "қоғамдық қауіпсіздік", "тәртіпсіздік", "public order",
                 "public safety", "public security", "riot", "disorder"),
        SUPPORTING: ("угроз", "безопасност", "қауіп", "threat", "security"),
    },
    Category.EPIDEMIC: {
        STRONG: ("карантин", "санитарн", "коронавирус", "ковид", "covid", "эпидеми", "пандеми",
                 "індет", "санитария", "quarantine", "sanitary", "coronavirus", "epidemi",
                 "pandemic", "lockdown"),
        SUPPORTING: ("ограничительн… мер", "инфекци", "infection"),
    },
    Category.CAPACITY: {
        STRONG: ("вместимост", "не вмещ", "не… вместит", "превыша… количеств",
                 "количеств… превыша", "не рассчитан… количеств", "сыйымд", "сыймай",
                 "capacity", "cannot accommodate", "exceed… number", "number… exceed"),
        SUPPORTING: ("accommodate", "too many"),
    },
    Category.PROCEDURAL: {
        STRONG: ("не соответству… требовани", "не указан", "не подписан", "ненадлежащ",
                 "порядк подачи", "талап… сәйкес", "көрсетілмеген", "not comply",
                 "not meet… requirement", "incomplete", "not signed", "improper"),
        SUPPORTING: ("неполн", "не содержит", "процедур", "оформлен", "толық емес", "рәсім",
                     "procedur", "requirement", "missing"),
    },
    Category.LATE_FILING: {
        STRONG: ("нарушен… срок", "пропущен… срок", "пропуск… срок", "несвоевременн",
                 "с опозданием", "мерзім", "кешік", "кеш бер", "deadline", "too late",
                 "notice period", "filed late"),
        SUPPORTING: ("позднее", "не менее чем за", "позже", "истек… срок", "күн бұрын",
                     "late", "in advance", "days before", "advance notice"),
    },
    Category.NOT_DESIGNATED: {
        STRONG: ("не является… специализированн", "не определен… мест", "не входит в перечень",
                 "вне специализированн", "за пределами специализированн",
                 "не отнесен… специализированн", "не предназначен", "арнайы… орын… табылмай",
                 "арнайы орын емес", "арнайы орын… тыс", "айқындалмаған", "тізбе… кірмей",
                 "not… designated", "outside… designated", "undesignated", "not on the list",
                 "not included… list"),
        SUPPORTING: (),
    },
}

_KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_CHARACTERS = str.maketrans({"ё": "е", "\u00ad": "", "\u2010": "-", "\u2011": "-",
                             "\u2012": "-", "\u2013": "-", "\u2014": "-"})
# Letters that look alike in Latin and Cyrillic, which get mixed up when people type (or OCR
# reads) a letter: «Сквердe» with a Latin "e". A word is read in the script most of it is in.
_LATIN_LOOKALIKES = "aceopxyikmth"
_CYRILLIC_LOOKALIKES = "асеорхуікмтһ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_GAP = r"(?:\s+\S+){0,3}?\s+"


@dataclass(frozen=True)
class Proposal:
    """A proposed category, the words in the text that led to it, and the text's language."""

    category: Category
    matched: tuple[str, ...]
    language: str  # "ru", "kk", "en", or "" when the text has no letters


def classify(text: str) -> Proposal:
    """Proposes a category for an excuse text; the same text always gets the same proposal."""
    normal = normalise(text)
    scores: dict[Category, tuple[int, tuple[str, ...]]] = {}
    for category in RULES:
        score, matched = _score(category, normal)
        if score:
            scores[category] = (score, matched)
    best = max((score for score, _ in scores.values()), default=0)
    winners = [category for category, (score, _) in scores.items() if score == best]
    if best == 0 or len(winners) > 1:
        return Proposal(Category.OTHER, (), language(normal))
    return Proposal(winners[0], scores[winners[0]][1], language(normal))


def normalise(text: str) -> str:
    """Case-folded, ё as е, one kind of hyphen, mixed-script words mended, spaces collapsed."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_CHARACTERS)
    text = re.sub(r"\w+", _mend_word, text)
    return " ".join(text.split())


def language(text: str) -> str:
    """'kk', 'ru' or 'en' by script; Kazakh when its own letters are frequent enough."""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    if not cyrillic and not latin:
        return ""
    if latin > cyrillic:
        return "en"
    kazakh = sum(1 for ch in text.lower() if ch in _KAZAKH_LETTERS)
    # A Russian letter may name a Kazakh place («Ақ жол»); Kazakh prose has these letters in
    # about one letter in ten.
    return "kk" if kazakh >= 0.03 * cyrillic else "ru"


def _mend_word(found: re.Match[str]) -> str:
    word = found.group()
    cyrillic = sum(1 for ch in word if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in word if "a" <= ch <= "z")
    if not cyrillic or not latin:
        return word
    return word.translate(_TO_CYRILLIC if cyrillic >= latin else _TO_LATIN)


def _score(category: Category, text: str) -> tuple[int, tuple[str, ...]]:
    """The category's total weight in the text and the words matched, in the text's order."""
    spans = []
    for weight, phrases in RULES[category].items():
        for phrase in phrases:
            for found in _pattern(phrase).finditer(text):
                spans.append((found.start(), -found.end(), weight, found.group()))
    kept, end = [], -1
    for start, neg_end, weight, words in sorted(spans):  # the longest match where they overlap
        if start >= end:
            kept.append((weight, words))
            end = -neg_end
    return sum(weight for weight, _ in kept), tuple(dict.fromkeys(w for _, w in kept))


@cache
def _pattern(phrase: str) -> re.Pattern[str]:
    regex, joint = r"(?<!\w)", ""
    for word in phrase.replace("…", " … ").split():
        if word == "…":
            joint = _GAP
            continue
        stem = r"(?:\s*-\s*|\s+)".join(re.escape(piece) for piece in word.split("-"))
        regex += joint + stem + (r"(?!\w)" if word in WHOLE_WORDS else r"\w*")
        joint = r"\s+"
    return re.compile(regex)
