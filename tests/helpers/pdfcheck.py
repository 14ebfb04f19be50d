"""Reading a written PDF back the way a court clerk's tools would: text per page, fonts, XMP."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime
from pathlib import Path

from evidence import timing
from evidence.importer import import_paths
from evidence.store import Case
from tests.helpers.casework import add_claim, add_venue, observe
from tests.helpers.tools import tool


def pages_text(pdf: Path) -> list[str]:
    """pdftotext's text of each page."""
    out = subprocess.run([tool("pdftotext"), "-enc", "UTF-8", str(pdf), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.split("\f")[:-1]


def fonts(pdf: Path) -> list[list[str]]:
    """pdffonts' rows, split into columns."""
    out = subprocess.run([tool("pdffonts"), str(pdf)], check=True, capture_output=True,
                         text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def xmp(pdf: Path) -> str:
    data = pdf.read_bytes()
    start, end = data.find(b"<x:xmpmeta"), data.find(b"</x:xmpmeta>")
    return data[start:end].decode("utf-8") if start >= 0 else ""


def flat(text: str) -> str:
    """Text with line breaks and hyphen-free wrapping undone, to find long phrases."""
    return re.sub(r"\s+", " ", text)


def corpus_case(root: Path, corpus: Path) -> Path:
    """Real camera files: a Nikon whose clock is a day off (dated by its GPS clock), at a
    venue drawn around it with a refusal over its moment, and a Canon without GPS."""
    case = Case.create(root, title="Corpus case", timezone="Asia/Almaty", actor="t")
    nikon, canon = corpus / "jpg" / "gps" / "DSCN0010.jpg", corpus / "jpg" / "Canon_40D.jpg"
    list(import_paths(case, [str(nikon), str(canon)], actor="t"))
    row = case.conn.execute("SELECT * FROM photos WHERE id = 1").fetchone()
    record = json.loads(row["inspection"])
    venue = add_venue(case, "piazza", geometry={"type": "Point", "coordinates": [
        record["longitude"], record["latitude"]]}, radius_m=120, valid_from=None)
    instant = datetime.fromisoformat(record["gps_time_utc"].replace("Z", "+00:00"))
    local = instant.astimezone(timing.zone("Asia/Almaty"))
    start, end = (local.replace(hour=h, minute=0, second=0, microsecond=0) for h in (8, 23))
    add_claim(case, venue, start.strftime("%Y-%m-%d %H:%M"), end.strftime("%Y-%m-%d %H:%M"),
              "repair_works", excuse="Площадь закрыта на ремонт (работы ведутся).")
    observe(case, 1, "no_repair_activity", "access_open")
    case.close()
    return root
