"""Before an import: what the files come from, as the custody log will say it.

The log records each file by its path inside the folder chosen (a file chosen on its own: its
name) and the label given here; the folder's own absolute path only when asked for, since it
can name the person or the device and travels in every bundle (evidence/provenance.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidence import provenance
from evidence.errors import KnownError
from evidence.printable import printable
from evidence.provenance import Source
from gui.widgets.widgets import error_label


class ImportSourceDialog(QDialog):
    """Names the case the files go into (title and folder), then asks for the source's label
    (optional) and whether to record full paths (off)."""

    def __init__(self, label: str, parent: QWidget | None = None, *, case_title: str = "",
                 case_folder: str = "") -> None:
        super().__init__(parent)
        title = printable(case_title)
        self.setWindowTitle(self.tr("Import into “{case}”").format(case=title) if title
                            else self.tr("Import into the case"))
        self.case = QLabel(self.tr("Into the case “{case}”").format(case=title))
        self.case.setTextFormat(Qt.TextFormat.PlainText)
        self.case.setWordWrap(True)
        font = self.case.font()
        font.setBold(True)
        self.case.setFont(font)
        self.case_folder = QLabel(printable(case_folder))
        self.case_folder.setTextFormat(Qt.TextFormat.PlainText)
        self.case_folder.setWordWrap(True)
        self.case_folder.setStyleSheet("color: gray")
        self.case_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label = QLineEdit(label)
        self.label.setMaxLength(provenance.LABEL_MAX)
        self.label.setPlaceholderText(self.tr("e.g. second phone, SD card"))
        self.label.setClearButtonEnabled(True)
        self.full_paths = QCheckBox(self.tr("Also record the full paths on this computer"))
        self.full_paths.setChecked(False)
        what = QLabel(self.tr(
            "The custody log records each file by its path inside the folder you chose (a "
            "file chosen on its own: by its name) and the source named here. Full paths can "
            "name you or this device, and they travel in every evidence bundle of the case."))
        what.setWordWrap(True)
        what.setStyleSheet("color: gray")
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Source"), self.label)
        form.addRow("", self.full_paths)
        form.addRow("", what)
        layout = QVBoxLayout(self)
        if title:
            layout.addWidget(self.case)
            layout.addWidget(self.case_folder)
            layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self.chosen: Source | None = None

    @Slot()
    def submit(self) -> None:
        try:
            label = provenance.clean_label(self.label.text())
        except KnownError:  # the core's words are English; the rule is said here
            self.error.setText(self.tr("Name the source in one line of plain text."))
            self.error.show()
            return
        self.chosen = Source(label, full_paths=self.full_paths.isChecked())
        self.accept()
