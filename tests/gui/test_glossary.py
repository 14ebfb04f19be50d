"""The window's and the report's Russian and Kazakh keep to ../shared/GLOSSARY.md.

The glossary is a table of terms, not a list a program can read, so its rules are written out
here, each with the glossary's section and line it comes from. Two kinds:

- a word it rules out never appears (the venues are «специализированные места», never
  «площадки»; an observation is a «байқау», not a «бақылау»; ...);
- an English text that names one of its concepts (venue, excuse, refusal, observation,
  evidence, finding, caveat, verdict, inconsistent with / bears out) is said with the
  concept's one term in every translation, so the same thing is never called two names.

Both hold for every message of resources/i18n/skver_{ru,kk}.ts (each plural form) and every
entry of resources/report/strings.{ru,kk}.json.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gui.app import i18n, qt_words
from gui.widgets import vocabulary
from reports import strings
from scripts import translations

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "resources" / "report"


@dataclass(frozen=True)
class RuledOut:
    pattern: str        # a regular expression, matched case-insensitively
    instead: str        # what the glossary says instead
    where: str          # the glossary's section and line


RULED_OUT: dict[str, list[RuledOut]] = {
    "ru": [
        RuledOut(r"площадк", "специализированное место (место)",
                 "The law and its institutions: specialised places ... (not «площадки»)"),
        RuledOut(r"довод", "основание (отказа)",
                 "The law and its institutions: ground for refusal ... (not «довод», which is "
                 "a party's argument)"),
        RuledOut(r"опроверг", "не согласуются с указанным основанием",
                 "Evidence and the report: the photos are inconsistent with the stated ground "
                 "(avoid «опровергнуто»: refuted)"),
        RuledOut(r"наблюдени.*подпис|подпис.*наблюдени", "наблюдение зафиксировано",
                 "Evidence and the report: observation ... (зафиксировано, с указанием лица и "
                 "даты — not «подписано»)"),
    ],
    "kk": [
        RuledOut(r"(?<![а-яәғқңөұүһі])алаң", "арнайы орын (орын)",
                 "The law and its institutions: specialised places ... арнайы орындар (the "
                 "Russian line rules out «площадки», whose Kazakh is «алаң»)"),
        RuledOut(r"бақылау(?!шы)", "байқау",
                 "Evidence and the report: observation ... байқау («бақылау» is control or "
                 "surveillance; «бақылаушы», a monitor, is a person, not an observation)"),
        RuledOut(r"(?<!жалған )айғақ", "дәлелдемелер",
                 "Evidence and the report: evidence ... дәлелдемелер («айғақтар» is testimony, "
                 "as in the liability formula «жалған айғақтар»)"),
        RuledOut(r"жоққа\s+шығар", "көрсетілген негізге сәйкес келмейді",
                 "Evidence and the report: the photos are inconsistent with the stated ground "
                 "(avoid «жоққа шығарылды»)"),
    ],
}


@dataclass(frozen=True)
class Concept:
    english: str        # the English words naming it (placeholders are left out first)
    ru: str             # its Russian term, as a pattern any inflected form matches
    kk: str
    where: str


CONCEPTS = [
    Concept(r"\bvenues?\b", r"мест", r"орын|орн",
            "The law and its institutions: specialised places (the designated venues)"),
    Concept(r"\bexcuses?\b", r"основани", r"негіз",
            "The law and its institutions: ground for refusal (Art. 14)"),
    Concept(r"\brefusals?\b", r"отказ", r"бас тарт",
            "The law and its institutions: refusal (as the document states it)"),
    Concept(r"\bobservations?\b", r"наблюдени", r"байқау",
            "Evidence and the report: observation (what a reviewer recorded seeing)"),
    Concept(r"\bevidence\b", r"доказательств|доказательн", r"дәлелдеме",
            "Evidence and the report: evidence"),
    Concept(r"\bfindings?\b(?! on)", r"признак", r"белгі",
            "Evidence and the report: finding (a property of a file)"),
    Concept(r"\bcaveats?\b", r"оговорк", r"ескертпе",
            "Evidence and the report: caveat (a limit on a conclusion)"),
    Concept(r"\bverdicts?\b", r"вывод", r"қорытынды",
            "Evidence and the report: the verdicts (resources/report/strings.*.json)"),
    Concept(r"\bcontradict(s|ed)?\b(?! nor)|\binconsistent\b", r"не согласу",
            r"сәйкес келме",
            "Evidence and the report: the photos are inconsistent with the stated ground"),
    Concept(r"\bbears? (\w+ )?out\b|\bborne out\b|\bbearing out\b", r"подтвержд",
            r"раста",
            "Evidence and the report: the photos bear out the stated ground"),
]


@dataclass(frozen=True)
class Text:
    where: str          # the file and the message
    english: str
    translated: str


def placeholder_free(text: str) -> str:
    return re.sub(r"\{[^{}]*\}", " ", text)


def ts_texts(code: str) -> list[Text]:
    path = translations.ts_file(code)
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""]
            found += [Text(f"{path.name} [{name}] {source!r}", source, form) for form in forms]
    return found


def report_texts(code: str) -> list[Text]:
    english = strings.table("en")
    own = json.loads((REPORT / f"strings.{code}.json").read_text(encoding="utf-8"))
    return [Text(f"strings.{code}.json {key}", english.get(key, ""), value)
            for key, value in own.items()]


def every_text(code: str) -> list[Text]:
    return ts_texts(code) + report_texts(code)


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_no_translation_uses_a_word_the_glossary_rules_out(code):
    wrong = [f"{t.where}: {t.translated!r} says «{m.group(0)}» — {rule.instead} ({rule.where})"
             for t in every_text(code) for rule in RULED_OUT[code]
             if (m := re.search(rule.pattern, placeholder_free(t.translated), re.I))]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_each_glossary_concept_is_said_with_its_one_term(code):
    wrong = []
    for text in every_text(code):
        english = placeholder_free(text.english)
        said = placeholder_free(text.translated)
        for concept in CONCEPTS:
            term = getattr(concept, code)
            if re.search(concept.english, english, re.I) and not re.search(term, said, re.I):
                wrong.append(f"{text.where}: {text.translated!r} lacks «{term}» "
                             f"({concept.where})")
    assert not wrong, "\n".join(wrong)


def test_the_rules_catch_what_they_are_for():
    """Each rule fires on the words it was written against, and not on their lawful uses."""
    def ruled_out(code: str, text: str) -> bool:
        return any(re.search(r.pattern, text, re.I) for r in RULED_OUT[code])

    assert ruled_out("ru", "Все площадки") and ruled_out("ru", "Довод дословно")
    assert ruled_out("ru", "опровергнуто") and ruled_out("ru", "Наблюдение подписано")
    assert not ruled_out("ru", "Подписано ключом с отпечатком")
    assert ruled_out("kk", "Алаңдар") and ruled_out("kk", "Бақылаулар")
    assert ruled_out("kk", "Айғақтар пакеті") and ruled_out("kk", "себепті жоққа шығарады")
    assert not ruled_out("kk", "мыс. Әйгерім Бекова, бақылаушы")
    assert not ruled_out("kk", "Көрінеу жалған айғақтар бергені үшін жауаптылық туралы")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_window_names_the_verdicts_as_the_report_does(code):
    """The refusals' table, filters and detail say a verdict in the report's words (capitalised
    or not, as the place needs): the window's name for it, its English the report's English
    name (or, in older code, the verdict's code), is translated as the report translates it."""
    vocabulary = {t.english: t.translated for t in ts_texts(code)
                  if "[Vocabulary]" in t.where}
    english, report = strings.table("en"), strings.table(code)
    for verdict in ("contradicted", "supported", "mixed", "unverified"):
        named = [vocabulary[source] for source in (english[f"verdict.{verdict}"], verdict)
                 if source in vocabulary]
        assert named, f"the window does not name the verdict {verdict}"
        assert {n.casefold() for n in named} == {report[f"verdict.{verdict}"].casefold()}


# --- Qt's own words ------------------------------------------------------------------------

@pytest.fixture
def english_afterwards():
    yield
    i18n.install("en")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_the_refusal_forms_cancel_button_does_not_say_refusal(window, demo_case, qtbot, code,
                                                               english_afterwards):
    """Qt's Kazakh for Cancel is «Бас тарту», the statute's word for a refusal: the refusal
    form's buttons read "Save" / "Refusal" unless Skver's translation says Cancel otherwise."""
    with qtbot.waitSignal(window.case_shown, timeout=30_000):
        window.open_case(str(demo_case))
    next(a for a in window.menus.language_actions.actions() if a.data() == code).trigger()
    window.show()
    window.tabs.setCurrentWidget(window.refusals)
    window.actions.add_refusal.trigger()
    form = window.refusal_actions.form
    assert form is not None
    cancel = form.buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    refusal = {"ru": "отказ", "kk": "бас тарт"}[code]
    assert refusal not in cancel.casefold()
    assert cancel == {"ru": "Отмена", "kk": "Болдырмау"}[code]
    assert [word for _, _, word in qt_words.overridden()] == [cancel]
    form.reject()


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_a_count_of_refusals_by_verdict_is_said_in_the_language(code, english_afterwards):
    """The status bar's and statistics' '4 inconsistent with the ground': its words must reach
    the .ts (lupdate reads only literal texts), and say the verdict in the report's terms."""
    i18n.install(code)
    ground = {"ru": "основани", "kk": "негіз"}[code]
    for verdict in ("contradicted", "supported", "mixed", "unverified"):
        said = vocabulary.verdict_count(verdict, 4)
        assert "4" in said and not re.search(r"[A-Za-z]", said), said
        if verdict in ("contradicted", "supported"):
            assert ground in said
