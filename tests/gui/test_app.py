"""Starting the app, with or without a display, and bugs that must never be swallowed."""

from __future__ import annotations

import logging
import signal
import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from evidence import demo, inspection
from gui.app import application as app
from gui.app import crash
from gui.app.main_window import MainWindow
from gui.widgets.workers import SynchronousRunner


def test_no_display_on_linux_means_offscreen():
    env: dict[str, str] = {}
    assert app.use_offscreen_without_display(env, "linux")
    assert env == {"QT_QPA_PLATFORM": "offscreen"}


def test_a_display_or_a_chosen_platform_is_left_alone():
    for env in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "xcb"}):
        before = dict(env)
        assert not app.use_offscreen_without_display(env, "linux")
        assert env == before
    assert not app.use_offscreen_without_display({}, "darwin")


def test_run_opens_the_demo_case_on_first_start_and_returns_at_close(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    seen: list[str] = []

    def watch_when_shown() -> None:
        # The demo is built on a worker thread: the window is there at once, the case after.
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible())
        seen.append(window.windowTitle())
        window.case_shown.connect(lambda _root: seen.append(window.windowTitle()))
        window.case_shown.connect(lambda _root: qapp.closeAllWindows())

    handler = signal.getsignal(signal.SIGINT)
    QTimer.singleShot(0, watch_when_shown)
    guard = QTimer()  # a build that fails must fail the test, not hang it
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.closeAllWindows)
    guard.start(60_000)
    assert app.run() == 0
    guard.stop()
    assert seen == ["Skver", demo.TITLE]
    assert qapp.applicationName() == "Skver" and qapp.organizationName() == "Skver"
    assert sys.excepthook.__qualname__.startswith("make_excepthook")
    assert signal.getsignal(signal.SIGINT) is handler


def test_an_uncaught_exception_is_reported_with_its_traceback():
    reported: list[str] = []
    hook = crash.make_excepthook(reported.append)
    try:
        raise ValueError("the model lost a row")
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert len(reported) == 1
    assert "Traceback" in reported[0] and "ValueError: the model lost a row" in reported[0]


def test_a_bug_is_logged_and_shown_with_details_to_copy(qtbot, monkeypatch, caplog):
    shown = []
    monkeypatch.setattr(crash.QMessageBox, "exec", lambda box: shown.append(box) or 0)
    with caplog.at_level(logging.ERROR, logger="skver"):
        crash.report_bug("Traceback (most recent call last):\nKeyError: 'x'")
    assert "KeyError: 'x'" in caplog.text
    assert len(shown) == 1
    assert "KeyError: 'x'" in shown[0].detailedText()
    assert shown[0].windowTitle() == "Skver hit a bug"


def test_a_bug_inside_the_worker_reaches_the_user(qtbot, monkeypatch, photos):
    def broken(*args, **kwargs):
        raise RuntimeError("inspection broke")

    reported: list[str] = []
    monkeypatch.setattr(inspection, "inspect_many", broken)
    monkeypatch.setattr(crash, "report_bug", lambda details, parent=None: reported.append(details))
    window = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.intake.run_finished):
        window.intake.inspect_paths([str(photos["located"])])
    assert len(reported) == 1 and "RuntimeError: inspection broke" in reported[0]
    inspector = window.intake.inspector
    assert inspector.job is None and inspector.run_status.isHidden()


def test_the_smoke_switch_closes_the_window_after_the_delay(qtbot, capsys):
    window = MainWindow(runner=SynchronousRunner())
    qtbot.addWidget(window)
    window.show()
    assert app.smoke_quit_after(window, {app.SMOKE_QUIT_ENV: "50"}) == 50
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert f"{app.SMOKE_QUIT_ENV}: closing 'Skver' after 50 ms" in capsys.readouterr().err


def test_without_the_smoke_switch_nothing_is_armed():
    assert app.smoke_quit_after(QWidget(), {}) is None
    assert app.smoke_quit_after(QWidget(), {app.SMOKE_QUIT_ENV: "soon"}) is None


def test_run_with_the_smoke_switch_returns_zero_and_sets_the_icon(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setenv(app.SMOKE_QUIT_ENV, "200")
    assert app.run() == 0
    assert not qapp.windowIcon().isNull()
    assert qapp.desktopFileName() == "skver"


def test_run_removes_what_a_killed_run_left_in_the_temporary_folder(qapp, monkeypatch, tmp_path):
    import subprocess
    import tempfile

    from evidence import tempfiles

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv(app.SMOKE_QUIT_ENV, "200")
    killed = subprocess.Popen([sys.executable, "-c", "pass"])
    killed.wait()
    left = tmp_path / f".skver-{killed.pid}-0-0a1b2c.bundle-0a1b2c3d4e5f.part"
    (left / "photo").mkdir(parents=True)
    (left / "photo" / "IMG_0001.jpg").write_bytes(b"sealed bytes")
    running = tmp_path / tempfiles.name("report.pdf")   # this process's: in use
    running.write_bytes(b"%PDF-")
    assert app.run() == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".skver-")] == \
        [running.name]
