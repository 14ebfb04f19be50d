"""Images kept encrypted in a case (thumbnails), named by a reference and decrypted in memory.

An encrypted case's thumbnail is not a file Qt can read: the window names it by a reference,
`skver-encrypted:<case folder>/derived/thumbs/...`, and whoever shows it reads the bytes through
the case's files with the key this process unlocked (`evidence.casekeys`). No Case and no
SQLite connection is needed, so a worker thread can do it; the plain bytes never touch the disk.
Once the case is locked the key is gone and a reference reads as nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QUrl
from PySide6.QtGui import QImage, QImageReader

from evidence import casefiles
from evidence.errors import KnownError
from gui.app.state import SEALED_SCHEME as SCHEME
from gui.app.state import sealed_reference as reference

_DERIVED = f"{os.sep}derived{os.sep}"
__all__ = ["SCHEME", "from_url", "is_reference", "read_bytes", "read_image", "reader",
           "reference", "split", "url"]


def is_reference(name: str | None) -> bool:
    return bool(name) and name.startswith(f"{SCHEME}:")


def split(ref: str) -> tuple[Path, str]:
    """(the case folder, the logical path) a reference names."""
    path = ref[len(SCHEME) + 1:]
    head, _sep, tail = path.rpartition(_DERIVED)
    return Path(head), "derived/" + tail.replace(os.sep, "/")


def url(ref: str) -> QUrl:
    """The reference as a URL for a QTextBrowser's <img> (its loadResource reads it)."""
    found = QUrl()
    found.setScheme(SCHEME)
    found.setPath(ref[len(SCHEME) + 1:])
    return found


def from_url(found: QUrl) -> str | None:
    return f"{SCHEME}:{found.path()}" if found.scheme() == SCHEME else None


def read_bytes(ref: str) -> bytes | None:
    """The plain bytes, in memory; None when locked, missing or damaged."""
    root, relpath = split(ref)
    try:
        return casefiles.for_root(root).read_bytes(relpath)
    except (OSError, KnownError):  # locked meanwhile, or the file is gone or damaged
        return None


def reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    """A QImageReader over bytes in memory; keep the buffer alive while reading."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return QImageReader(buffer), buffer


def read_image(ref: str) -> QImage:
    """The image a reference names, decoded in memory; a null image when it cannot be read."""
    data = read_bytes(ref)
    if data is None:
        return QImage()
    image_reader, _buffer = reader(data)
    image_reader.setAutoTransform(True)
    return image_reader.read()
