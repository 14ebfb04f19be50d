"""The interface in English, Russian and Kazakh: switched from View ▸ Language, live, and kept."""

from __future__ import annotations

import ast
import filecmp
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from evidence.phrases import phrase, render
from gui.app import i18n, settings
from gui.app.main_window import MainWindow
from gui.app.mnemonics import plain
from gui.widgets.workers import SynchronousRunner
from scripts import translations
from tests.helpers.gui import refusal_cells

TS_FILES = [translations.ts_file(code) for code in translations.LANGUAGES]


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Every other test reads the English texts: the translators go when this test ends."""
    yield
    i18n.install("en")


def translator(code: str) -> QTranslator:
    found = QTranslator()
    assert found.load(str(i18n.translation_file(code)))
    return found


def expected(code: str, context: str, source: str) -> str:
    """What the committed .qm says `source` is in `code`; asserts it says something else."""
    text = translator(code).translate(context, source)
    assert text and text != source, f"{source!r} has no {code} translation"
    return text


def choose_language(window: MainWindow, code: str) -> None:
    action = next(a for a in window.menus.language_actions.actions() if a.data() == code)
    action.trigger()


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_choosing_a_language_translates_the_menus_and_tabs_at_once(window, code):
    english_tabs = tab_titles(window)
    choose_language(window, code)
    assert i18n.current() == code
    # As translated; where an Alt+letter would clash, its `&` moves (test_language_live.py).
    assert [plain(t) for t in menu_titles(window)] == [plain(t) for t in [
        expected(code, "Menus", "&File"), expected(code, "Menus", "&Photos"),
        expected(code, "RefusalActions", "&Refusals"), expected(code, "Menus", "&View"),
        expected(code, "Menus", "&Help")]]
    assert tab_titles(window) == [expected(code, "MainWindow", t) for t in english_tabs]
    assert window.actions.quit.text() == expected(code, "Actions", "Quit")
    assert window.actions.open_demo.text() == expected(code, "Actions", "Open demo case")
    ticked = [a.data() for a in window.menus.language_actions.actions() if a.isChecked()]
    assert ticked == [code]


def test_english_again_puts_every_english_text_back(window):
    before = menu_titles(window), tab_titles(window), window.count_label.text()
    choose_language(window, "ru")
    choose_language(window, "kk")
    choose_language(window, "en")
    assert (menu_titles(window), tab_titles(window), window.count_label.text()) == before


def test_the_choice_is_kept_for_the_next_start(window, qtbot):
    choose_language(window, "kk")
    window.close()
    assert settings.LANGUAGE.get() == "kk"
    i18n.install("en")  # the app ends: nothing of this run stays installed
    assert i18n.install() == "kk"  # the next start reads the setting
    again = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(again)
    assert plain(menu_titles(again)[0]) == plain(expected("kk", "Menus", "&File"))
    assert [a.data() for a in again.menus.language_actions.actions() if a.isChecked()] == ["kk"]


def test_with_no_choice_the_system_language_is_used_when_skver_speaks_it(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "ru")
    assert i18n.chosen_language() == "ru"
    settings.LANGUAGE.set("en")
    assert i18n.chosen_language() == "en"


def test_new_dialogs_open_in_the_language_and_export_defaults_to_it(window, demo_case, qtbot):
    window.open_case(str(demo_case))
    choose_language(window, "ru")
    dialog = window.exports.export()
    assert dialog is not None
    assert dialog.windowTitle() == expected("ru", "ExportDialog", "Export")
    assert dialog.language.currentData() == "ru"
    dialog.close()


# --- the translation files ---------------------------------------------------------------

def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated(ts):
    untranslated = []
    for message in messages(ts):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            untranslated.append(message.findtext("source"))
    assert not untranslated, f"{ts.name}: translate these, then run `make translations`"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_placeholders_survive_translation(ts):
    """A `{name}` or `%n` lost in translation would show the user a broken or wrong text."""
    wrong = []
    for message in messages(ts):
        source = message.findtext("source")
        translation = message.find("translation")
        for text in [f.text for f in translation.iter("numerusform")] or [translation.text]:
            if sorted(re.findall(r"\{[^}]*\}|%n", source)) != sorted(
                    re.findall(r"\{[^}]*\}|%n", text or "")):
                wrong.append((source, text))
    assert not wrong, f"{ts.name}: placeholders differ in {wrong}"


@pytest.mark.parametrize("code", translations.LANGUAGES)
def test_the_committed_qm_is_compiled_from_the_ts(code, tmp_path):
    fresh = tmp_path / f"skver_{code}.qm"
    translations.release(translations.ts_file(code), fresh)
    assert filecmp.cmp(fresh, i18n.translation_file(code), shallow=False), (
        f"skver_{code}.qm is older than skver_{code}.ts: run `make translations`")


def test_every_string_of_the_interface_is_in_the_ts_files(tmp_path):
    """lupdate run now would find nothing new: a string added to gui/ has been translated."""
    for ts in TS_FILES:
        copy = tmp_path / ts.name
        copy.write_bytes(ts.read_bytes())
        translations.update([copy])
        known = {(m.findtext("source")) for m in messages(ts)}
        new = sorted({m.findtext("source") for m in messages(copy)} - known)
        assert not new, (f"strings not yet in {ts.name}: {new}; run `make translations` and "
                         "translate them")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_a_refusals_reasons_are_said_in_the_chosen_language(window, demo_case, code):
    from gui.refusals.model import RefusalColumn
    from reports import strings

    choose_language(window, code)
    window.open_case(str(demo_case))
    numbers = refusal_cells(window, RefusalColumn.DOCUMENT)
    window.refusals.select_row(numbers.index("DEMO-2022/095"))
    text = window.refusals.detail.toPlainText()
    claim = window.refusals.current_claim()
    assert render(claim.reasons[0]) not in text  # not the analysis's English
    table = strings.table(code)
    few = render(phrase("rule.few_people", people=phrase("count.people", n=8), limit=20), table)
    assert few in text  # '8 people recorded, fewer than 20: …', in Russian or Kazakh


def test_the_statistics_name_months_in_the_chosen_language(window, demo_case):
    choose_language(window, "ru")
    window.open_case(str(demo_case))
    recurring = window.statistics.recurring.item(0).text()
    assert "(июнь 2022, июль 2022)" in recurring
    page = window.statistics.pages["by_month"]
    assert page.model.data(page.model.index(0, 0)) == "июнь 2022"


def untranslatable_calls(tree: ast.Module) -> list[int]:
    """Lines of tr() / translate() / numerus() / a `_t` wrapper handed a text that is not a
    literal: lupdate (and scripts/translations.py for the helpers) reads only literals, so such
    a text never reaches the .ts and stays English in every language. The wrappers and
    `numerus` itself pass their argument on, and are left out."""
    wrappers = translations._wrappers(tree)
    passing_on = {id(n) for d in ast.walk(tree) if isinstance(d, ast.FunctionDef)
                  and (d.name in wrappers or d.name == "numerus") for n in ast.walk(d)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in passing_on:
            continue
        name, args = translations._called(node), node.args
        text = {"tr": 0, "translate": 1, "numerus": 1}.get(name or "", 0 if name in wrappers
                                                            else None)
        if text is not None and len(args) > text and not translations._is_str(args[text]):
            found.append(node.lineno)
    return found


def test_every_translated_text_is_a_literal_lupdate_can_read():
    wrong = {str(p.relative_to(translations.ROOT)): lines for p in translations.sources()
             if (lines := untranslatable_calls(ast.parse(p.read_text(encoding="utf-8"))))}
    assert not wrong, f"texts lupdate cannot read (make each call's text a literal): {wrong}"


def test_a_text_from_a_variable_is_caught():
    tree = ast.parse('def _t(text):\n    return QCoreApplication.translate("V", text)\n\n'
                     'words = {"a": "%n apple(s)"}\n'
                     'said = numerus("V", words["a"], 2)\nother = _t(name)\n'
                     'fine = numerus("V", "%n pear(s)", 2) + _t("pear")\n')
    assert untranslatable_calls(tree) == [5, 6]
