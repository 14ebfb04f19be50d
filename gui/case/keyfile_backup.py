"""Keep a copy of an encrypted case's keyfile: offered when the case is made and after its
passphrase or data key changes. A damaged keyfile loses the case whatever the passphrase; the
copy, kept apart from the laptop, opens nothing without the passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from evidence import casekeys
from evidence.errors import KnownError
from gui.widgets.widgets import error_label


class KeyfileBackupDialog(QDialog):
    """Says why a copy of the keyfile matters and saves one where the user chooses."""

    def __init__(self, root: Path, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = Path(root)
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("Keep a copy of the keyfile"))
        self.message = QLabel((intro + "\n\n" if intro else "") + self.tr(
            "The case's keyfile holds the key to everything in it, sealed by your passphrase. "
            "If the keyfile is damaged, the case is lost even with the right passphrase. Save "
            "a copy apart from this computer, for example on a USB stick kept elsewhere: the "
            "copy opens nothing without the passphrase. To use it, copy it back into the case "
            "folder as “keyfile”."))
        self.message.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save a copy…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.later_button = self.buttons.addButton(self.tr("Later"),
                                                   QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @Slot()
    def save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of the keyfile"),
            str(Path.home() / f"{self.root.name}.keyfile"))
        if not path:
            return
        try:
            casekeys.backup(self.root, Path(path))
        except (KnownError, OSError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.saved_to = Path(path)
        self.error.hide()
        self.result_label.setText(self.tr(
            "A copy of the keyfile was saved to {path}. Move it off this computer, and make a "
            "new copy after changing the passphrase.").format(path=path))
        self.result_label.show()
        self.later_button.setText(self.tr("Close"))
