"""Every word in the chosen language, switched live: the real window, its map page in Qt
WebEngine, the filters, the statistics, the refusal's detail, the findings, the venues' names,
and the menus' Alt+letters in every language.

Where the window says what the report's string tables say (the map page, a finding, a reason),
the test reads the Russian table. Where it says a tr() string, whose Russian comes with the
translation files, the test puts a marking translator in and checks that every such text was
asked for again when the language changed (QEvent.LanguageChange), not only at start."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from evidence import venues
from evidence.phrases import phrase, render
from evidence.store import Case
from gui.app import i18n, mnemonics
from gui.app.main_window import MainWindow
from gui.photos.table_model import Column
from gui.refusals.model import RefusalColumn
from gui.widgets import vocabulary
from gui.widgets.workers import SynchronousRunner
from reports import strings
from tests.helpers.gui import evaluate_map, refusal_cells
from tests.helpers.webengine import IGNORE_NOISE

pytestmark = IGNORE_NOISE
RU = strings.table("ru")


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


class Marking(QTranslator):
    """Says every text as ⟦its English⟧: what shows so was asked of the translators again."""

    def translate(self, context, source, disambiguation=None, n=-1):  # Qt's signature
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp) -> Iterator[Marking]:
    marker = Marking()
    yield marker
    qapp.removeTranslator(marker)


def retranslate_with(qapp, marker: Marking) -> None:
    """Puts the marking translator in and lets the windows hear of it, as a switch does."""
    qapp.installTranslator(marker)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def choose_language(window: MainWindow, code: str) -> None:
    action = next(a for a in window.menus.language_actions.actions() if a.data() == code)
    action.trigger()


@pytest.fixture
def shown(qtbot):
    """The window on screen (offscreen), so its map draws."""
    window = show(qtbot, MainWindow(runner=SynchronousRunner()))
    yield window
    close(qtbot, window)


def show(qtbot, window: MainWindow) -> MainWindow:
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def close(qtbot, window: MainWindow) -> None:
    """Closes and deletes the window while the test's event loop runs: the map's page must go
    before Qt WebEngine's profiles do at exit."""
    window.close()
    window.deleteLater()
    qtbot.wait(50)


def map_ready(qtbot, window: MainWindow) -> None:
    """Waits for the Map tab's page (built anew after a change) to say it is ready."""
    qtbot.waitUntil(lambda: window.map.gate.is_open and not window.map._stale, timeout=30000)


def legend(qtbot, window: MainWindow) -> str:
    return evaluate_map(qtbot, window.map, "document.querySelector('.skver-legend').innerText")


def select_refusal(window: MainWindow, number: str) -> None:
    window.refusals.select_row(refusal_cells(window, RefusalColumn.DOCUMENT).index(number))


def photo_row(window: MainWindow, photo_id: int) -> int:
    row = window.photos.model.row_of_photo(photo_id)
    assert row is not None
    return row


def test_switching_to_russian_puts_every_view_in_russian_at_once(qtbot, qapp, shown, demo_case,
                                                                 marking):
    window = shown
    window.open_case(str(demo_case))
    window.tabs.setCurrentWidget(window.map)
    map_ready(qtbot, window)
    select_refusal(window, "DEMO-2022/095")
    assert RU["mappage.venues"] not in legend(qtbot, window)

    choose_language(window, "ru")
    map_ready(qtbot, window)   # the page was built again, in Russian, without a restart
    said = legend(qtbot, window)
    assert RU["mappage.venues"] in said and RU["mappage.photos"] in said
    assert f"{RU['verdict.contradicted']} (3)" in said
    assert RU["mappage.no_tiles"] not in said   # the app's words for its own bar instead
    # A finding, in the map's popup and in the photo table's tooltip, as the report says it.
    assert evaluate_map(qtbot, window.map, "skverMap.openPhoto(6)") is True
    qtbot.waitUntil(lambda: RU["finding.clock_skew"] in evaluate_map(
        qtbot, window.map, "document.querySelector('.leaflet-popup-content').innerText"))
    tooltip = window.photos.model.index(photo_row(window, 6), Column.FINDINGS).data(
        Qt.ItemDataRole.ToolTipRole)
    assert RU["finding.clock_skew"] in tooltip
    assert "camera clock disagrees" not in tooltip
    # The refusal shown stays shown, its reasons now in Russian.
    text = window.refusals.detail.toPlainText()
    few = render(phrase("rule.few_people", people=phrase("count.people", n=8), limit=20), RU)
    assert few in text
    # The statistics name the months as Russian does.
    page = window.statistics.pages["by_month"]
    assert page.model.data(page.model.index(0, 0)) == "июнь 2022"

    # Every text the window makes with tr() was asked for again: with a translator that marks
    # what it is asked, each shows marked (the .ts files' Russian will show there).
    retranslate_with(qapp, marking)
    bar = window.refusals.filters
    assert [bar.venue.itemText(0), bar.category.itemText(0), bar.verdict.itemText(0)] == [
        "⟦All venues⟧", "⟦All excuses⟧", "⟦All verdicts⟧"]
    assert bar.category.itemText(1) == "⟦repair works⟧"
    assert bar.verdict.itemText(1).startswith("⟦")
    assert [bar.basis.itemText(0), bar.from_label.text(), bar.reset_button.text()] == [
        "⟦Window date⟧", "⟦from⟧", "⟦Reset⟧"]
    assert bar.shown.text().startswith("⟦")
    stats = window.statistics
    assert stats.groupings.tabText(0) == "⟦By venue⟧"
    assert stats.pages["by_venue"].model.headerData(0, Qt.Orientation.Horizontal) == "⟦Venue⟧"
    assert stats.pages["by_venue"].chart.sets[next(iter(stats.pages["by_venue"].chart.sets))] \
        .label().startswith("⟦")
    assert stats.summary.text().startswith("⟦")
    assert stats.recurring_box.title().startswith("⟦")
    assert "⟦The excuse, as written⟧" in window.refusals.detail.toPlainText()
    assert window.refusals.map_button.text() == "⟦Show on map⟧"
    assert window.map.bar.online.text().startswith("⟦Online map")
    assert mnemonics.plain(window.menuBar().actions()[0].text()) == "⟦File⟧"
    assert window.count_label.text().startswith("⟦")


def test_the_map_page_is_in_the_language_after_a_restart(qtbot, shown, demo_case):
    window = shown
    choose_language(window, "kk")
    window.close()  # the app ends: nothing of this run stays installed
    i18n.install("en")
    assert i18n.install() == "kk"   # the next start reads the setting
    again = show(qtbot, MainWindow(runner=SynchronousRunner()))
    again.open_case(str(demo_case))
    again.tabs.setCurrentWidget(again.map)
    map_ready(qtbot, again)
    assert strings.table("kk")["mappage.venues"] in legend(qtbot, again)
    close(qtbot, again)


# --- venue names ---------------------------------------------------------------------------

@pytest.fixture
def half_named(tmp_path, demo_case) -> Path:
    """The demo case with Gandhi Park's Russian name taken away."""
    root = tmp_path / "case"
    shutil.copytree(demo_case, root)
    with Case.open(root) as case:
        venues.edit(case, 1, {"name_ru": ""}, "tester")
    return root


def test_a_venue_is_named_in_the_language_or_marked_as_standing_in(qtbot, shown, half_named):
    window = shown
    window.open_case(str(half_named))
    choose_language(window, "ru")
    missing = QCoreApplication.translate("Vocabulary", "no Russian name recorded")
    model = window.refusals.model
    cells = {model.index(r, RefusalColumn.VENUE).data(): model.index(r, RefusalColumn.VENUE)
             for r in range(model.rowCount())}
    assert "сквер Валиханова" in cells and "Gandhi Park" in cells
    assert "Valikhanov Square" not in cells
    own, stand_in = cells["сквер Валиханова"], cells["Gandhi Park"]
    assert own.data(Qt.ItemDataRole.FontRole) is None
    assert stand_in.data(Qt.ItemDataRole.FontRole).italic()
    assert stand_in.data(Qt.ItemDataRole.ToolTipRole) == f"Gandhi Park ({missing})"
    # The filter offers it the same way.
    combo = window.refusals.filters.venue
    row = combo.findText("Gandhi Park")
    assert row > 0 and combo.itemData(row, Qt.ItemDataRole.FontRole).italic()
    assert combo.itemData(row, Qt.ItemDataRole.ToolTipRole) == missing
    assert combo.findText("сквер Валиханова") > 0
    # The refusal's detail says so beside the name.
    claim = next(c for c in window.session.state.claims if c.venue.slug == "gandhi-park")
    window.refusals.select_claim(claim.claim_id)
    assert f"Gandhi Park ({missing})" in window.refusals.detail.toPlainText()
    # The statistics' table too.
    page = window.statistics.pages["by_venue"]
    rows = {page.model.data(page.model.index(r, 0)): r for r in range(page.model.rowCount())}
    assert page.model.data(page.model.index(rows["Gandhi Park"], 0),
                           Qt.ItemDataRole.FontRole).italic()
    # And the map: its label in italics, the legend saying what italics mean.
    window.tabs.setCurrentWidget(window.map)
    map_ready(qtbot, window)
    labels = evaluate_map(qtbot, window.map, "skverMap.labelBoxes()")
    flagged = {label["name"]: label["stand_in"] for label in labels}
    assert flagged == {"Gandhi Park": True, "сквер Валиханова": False,
                       "сквер за кинотеатром „Сары-Арка“": False}
    assert evaluate_map(qtbot, window.map, "getComputedStyle(document.querySelector("
                        "'.skver-venue-label.skver-stand-in')).fontStyle") == "italic"
    assert RU["mappage.italic_names"] in legend(qtbot, window)


def test_kazakh_reads_the_russian_name_before_the_english_one(half_named, qtbot, shown):
    window = shown
    with Case.open(half_named) as case:
        venues.edit(case, 3, {"name_kk": ""}, "tester")
    window.open_case(str(half_named))
    choose_language(window, "kk")
    names = refusal_cells(window, RefusalColumn.VENUE)
    assert "сквер Валиханова" in names    # no Kazakh name: the Russian one, marked
    state = window.session.state
    venue = next(c.venue.venue for c in state.claims if c.venue.slug == "valikhanov-square")
    label = vocabulary.venue_label(venue)
    assert (label.text, label.own, label.lang) == ("сквер Валиханова", False, "ru")
    assert vocabulary.missing_name(label) == QCoreApplication.translate(
        "Vocabulary", "no Kazakh name recorded")


# --- the menus' Alt+letters -----------------------------------------------------------------

ENGLISH_MENUS = ["&File", "&Photos", "&Refusals", "&View", "&Help"]


def open_popup_after(qtbot, window: MainWindow, key: int) -> str | None:
    """The title of the menu that Alt+`key` opens, if one opens."""
    from PySide6.QtTest import QTest

    QTest.keyClick(window, Qt.Key(key), Qt.KeyboardModifier.AltModifier)
    qtbot.wait(30)
    popup = QApplication.activePopupWidget()
    if popup is None:
        return None
    title = popup.title()
    popup.close()
    qtbot.wait(30)
    return title


@pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$",
                           r"^keyToAscii Unhandled key code")
@pytest.mark.parametrize("code", ["en", "ru", "kk"])
def test_each_menu_opens_with_its_own_alt_letter_and_the_english_one(qtbot, shown, code):
    window = shown
    choose_language(window, code)
    menus = [a.menu() for a in window.menuBar().actions()]
    titles = [m.title() for m in menus]
    letters = [mnemonics.mnemonic(t) for t in titles]
    assert all(letters) and len(set(letters)) == len(letters), titles  # one each, distinct
    for menu, letter, english in zip(menus, letters, ENGLISH_MENUS, strict=True):
        assert open_popup_after(qtbot, window, ord(letter.upper())) == menu.title()
        latin = mnemonics.mnemonic(english)
        assert open_popup_after(qtbot, window, ord(latin.upper())) == menu.title(), english


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_no_key_of_a_cyrillic_layout_opens_two_menus(code):
    """On a Cyrillic layout Qt also tries the Latin letter of the key pressed; no menu's own
    letter may sit on the key of another menu's English letter (the key would open neither)."""
    from tests.gui.test_i18n import translator

    found = translator(code)
    titles = [found.translate("RefusalActions" if e == "&Refusals" else "Menus", e) or e
              for e in ENGLISH_MENUS]
    placed = mnemonics.place(titles, ENGLISH_MENUS, code)
    for n, menu_keys in enumerate(placed):
        key = mnemonics.key_of(menu_keys.mnemonic, code)
        others = {mnemonics.mnemonic(e) for i, e in enumerate(ENGLISH_MENUS) if i != n}
        assert key not in others, (menu_keys.title, key)
        assert mnemonics.plain(menu_keys.title) == mnemonics.plain(titles[n])  # words kept


def test_a_translation_without_letters_or_with_clashing_ones_still_gets_distinct_keys():
    placed = mnemonics.place(["Файл", "Фото", "Отказы", "Вид", "Справка"], ENGLISH_MENUS, "ru")
    letters = [p.mnemonic for p in placed]
    assert all(letters) and len(set(letters)) == 5
    assert [p.latin for p in placed] == ["f", "p", "r", "v", "h"]
    # «&Анықтама» would put Help on the F key, where Alt+F opens File: it moves.
    kk = mnemonics.place(["&Файл", "Фо&тосуреттер", "&Бас тартулар", "&Көрініс", "&Анықтама"],
                         ENGLISH_MENUS, "kk")
    assert kk[4].title == "А&нықтама" and kk[3].title == "К&өрініс"
    assert kk[0].title == "&Файл"   # a good choice is kept
