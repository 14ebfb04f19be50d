"""Photos signed with Content Credentials (C2PA) in the test, with c2pa-python's Builder and the
test signing certificate of ../shared/corpus/c2pa/ (es256_certs.pem, es256_private.key: on no
trust list Skver ships, so the credentials they make are valid, not trusted)."""

from __future__ import annotations

import json
from pathlib import Path

import c2pa
from PIL import Image

from tests.helpers.photos import CORPUS, Shot, write_photo

C2PA = CORPUS.parent / "c2pa"   # c2pa-python's own test files and signing certificates

GENERATOR = ("Skver test camera", "1.0")      # claim_generator_info: its name and version
EDITOR = ("Skver test editor", "1.0")
CAPTURE = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"


def certificates() -> tuple[bytes, bytes]:
    return (C2PA / "es256_certs.pem").read_bytes(), (C2PA / "es256_private.key").read_bytes()


def _info(generator: tuple[str, str]) -> dict[str, str]:
    name, version = generator
    return {"name": name, "version": version}


def _signer() -> c2pa.Signer:
    cert, key = certificates()
    return c2pa.Signer.from_info(c2pa.C2paSignerInfo(
        alg=b"es256", sign_cert=cert, private_key=key, ta_url=None))


def sign(source: Path, dest: Path, *, generator: tuple[str, str] = GENERATOR) -> Path:
    """`source` (a JPEG) signed as `dest`, its manifest recording its capture."""
    manifest = {"claim_generator_info": [_info(generator)], "title": dest.name, "assertions": [
        {"label": "c2pa.actions", "data": {"actions": [
            {"action": "c2pa.created", "digitalSourceType": CAPTURE}]}}]}
    with c2pa.Builder(json.dumps(manifest)) as builder, open(source, "rb") as src, \
            open(dest, "wb") as out:
        builder.sign(_signer(), "image/jpeg", src, out)
    return dest


def edit(signed: Path, dest: Path, *, generator: tuple[str, str] = EDITOR) -> Path:
    """`signed` re-encoded (its EXIF kept) and signed again as `dest`: the manifest records it
    opened (the signed photo its parent ingredient) and edited."""
    resaved = dest.with_name(f"resaved-{dest.name}")
    with Image.open(signed) as image:
        image.save(resaved, quality=85, exif=image.info.get("exif", b""))
    manifest = {"claim_generator_info": [_info(generator)], "title": dest.name, "assertions": [
        {"label": "c2pa.actions", "data": {"actions": [
            {"action": "c2pa.opened", "parameters": {"ingredientIds": ["parent"]}},
            {"action": "c2pa.edited"}]}}]}
    try:
        with c2pa.Builder(json.dumps(manifest)) as builder, open(signed, "rb") as parent, \
                open(resaved, "rb") as src, open(dest, "wb") as out:
            builder.add_ingredient(json.dumps({"title": signed.name, "relationship": "parentOf",
                                               "label": "parent"}), "image/jpeg", parent)
            builder.sign(_signer(), "image/jpeg", src, out)
    finally:
        resaved.unlink()
    return dest


def signed_photo(folder: Path, name: str = "signed.jpg",
                 shot: Shot | None = None, **options) -> Path:
    """A located, dated photo written with Pillow and signed (the unsigned one is removed)."""
    folder.mkdir(parents=True, exist_ok=True)
    plain = write_photo(folder / f"unsigned-{name}", shot or Shot(
        taken="2024:05:01 12:00:00", lat=43.2407, lon=76.941))
    try:
        return sign(plain, folder / name, **options)
    finally:
        plain.unlink()
