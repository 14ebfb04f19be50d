"""Qt WebEngine in tests: the noise its first page makes offscreen, and a page that keeps its
alerts and script errors for the test to read."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineUrlRequestInterceptor,
)

# The first WebEngine page of a process probes for GPU rendering, which the offscreen platform
# has not got, and says so before falling back to software (--disable-gpu and a software Qt
# Quick backend do not quiet it): the machine, not the map. Only these messages are let by.
WEBENGINE_NOISE = (
    r"^QRhiGles2: Failed to create (temporary )?context$",
    r"^Failed to create RHI for backend: OpenGL$",
    r"^This plugin does not support createPlatformVulkanInstance$",
    r"^QVulkanInstance: Failed to initialize Vulkan$",
    r"^GBM is not supported with the current configuration and Vulkan is not available\. "
    r"Fallback to software rendering\.$",
    r"^GPUInfo not initialized on GpuInfoUpdate$")
IGNORE_NOISE = pytest.mark.qt_log_ignore(*WEBENGINE_NOISE)


class KeepsAlerts:
    """Mixed into a page: keeps its alerts and console errors instead of showing or printing
    them."""

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.alerts: list[str] = []
        self.errors: list[str] = []

    def javaScriptAlert(self, _origin, message: str) -> None:
        self.alerts.append(message)

    def javaScriptConsoleMessage(self, level, message, line, source) -> None:
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            self.errors.append(f"{source}:{line}: {message}")


def evaluate(qtbot, page: QWebEnginePage, script: str):
    """The script's value, passed back as JSON (PySide drops arrays it gets as they are)."""
    with qtbot.waitCallback(timeout=10000) as callback:
        page.runJavaScript(f"JSON.stringify({script})", 0, callback)
    return json.loads(callback.args[0])


# What an offline page may load: its own file, data: URIs, Qt's resources.
LOCAL_SCHEMES = ("file:", "data:", "qrc:")


class Recorder(QWebEngineUrlRequestInterceptor):
    """Records every URL the page asks for (and lets it through, so nothing is hidden)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def interceptRequest(self, info) -> None:  # Qt's names, not ours
        self.urls.append(info.requestUrl().toString())


class Page(KeepsAlerts, QWebEnginePage):
    """A plain page that keeps its alerts and console errors."""


def recording_page() -> Page:
    """A page in an off-the-record profile whose every request is recorded (`page.recorder`);
    delete the page before the profile goes."""
    profile = QWebEngineProfile()
    recorder = Recorder()
    profile.setUrlRequestInterceptor(recorder)
    page = Page(profile)
    page.recorder = recorder
    page.profile_kept = profile  # Python must not collect the profile before the page
    return page
