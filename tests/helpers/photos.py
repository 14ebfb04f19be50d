"""Test photos with exactly known EXIF: the product's synthetic photo writer."""

from evidence.synthetic import FORMATS, Shot, exif_for, write_photo

__all__ = ["FORMATS", "Shot", "exif_for", "write_photo"]
