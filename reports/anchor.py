"""What a report anchors: the case's key, its custody log at the time, its exhibits' hashes.

A report that goes to court carries, on its cover for people and in its metadata for tools,
the fingerprint of the case's signing key, the custody log's last entry it relies on (seq and
hash; see `relied_on`) and the SHA-256 of every exhibit. An evidence bundle handed over later must
match all three (`verify BUNDLE.zip --against REPORT.pdf`): signed by that key, a custody log
that still holds that entry with that hash (so nothing before it was changed, removed or
reordered), and every exhibit among its originals.

In a PDF the anchor is XMP metadata (namespace `NS`, declared as a PDF/A extension schema so
the file stays PDF/A-2b), found as the XMP specification allows, by scanning for the packet:
`grep -a skver: report.pdf` shows it. In the HTML report it is a JSON block
(`<script type="application/json" id="skver-anchor">`).
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evidence.errors import KnownError

if TYPE_CHECKING:
    from evidence.custody import Entry
    from reports.content import Report

NS = "urn:skver:anchor:1#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
HTML_ID = "skver-anchor"
MAX_BYTES = 512 * 1024 * 1024          # a filed report larger than this is not read
_SHA = re.compile(r"[0-9a-f]{64}")
# Entries that record the case being read out, not changed: a report written from it, a bundle
# exported, a verification. What a report says does not depend on them.
READ_OUT = frozenset({"report-written", "bundle-exported", "verify"})
_PROPERTIES = (  # name, XMP value type, what it says
    ("caseId", "Text", "The identifier of the Skver case the report was written from"),
    ("signingKey", "Text", "Fingerprint (SHA-256 of the raw Ed25519 public key) of the "
                           "case's signing key"),
    ("custodyHeadSeq", "Integer", "Number of the custody log's last entry the report relies "
                                  "on"),
    ("custodyHeadHash", "Text", "Hash of that custody entry"),
    ("exhibits", "Seq Text", "Each exhibit's label and the SHA-256 of its original"),
    ("language", "Text", "The report's language"),
    ("written", "Text", "The report's date (UTC): the time of that custody entry"),
)


def relied_on(log: Sequence[Entry]) -> Entry | None:
    """The custody entry a report of the case as `log` leaves it relies on: the last one that
    is not a record of the case being read out (`READ_OUT`). Its seq and hash are the report's
    anchor and its time the report's date, so two reports of the same case with the same
    options are the same bytes, even when the first report's own entry now ends the log."""
    return next((e for e in reversed(log) if e.action not in READ_OUT), None)


@dataclass(frozen=True)
class Anchor:
    case_id: str
    fingerprint: str | None
    head: tuple[int, str] | None           # (seq, entry hash)
    exhibits: tuple[tuple[str, str], ...]  # (label, sha256), in the report's order
    language: str
    written_utc: str

    @classmethod
    def of(cls, report: Report) -> Anchor:
        exhibits = tuple((e.label, e.sha256) for c in report.claims for e in c.exhibits)
        return cls(report.case.id, report.fingerprint, report.custody_head, exhibits,
                   report.lang, report.generated_utc)

    def as_json(self) -> dict[str, Any]:
        return {"case_id": self.case_id, "signing_key": self.fingerprint,
                "custody_head": None if self.head is None else
                {"seq": self.head[0], "entry_hash": self.head[1]},
                "exhibits": [{"label": label, "sha256": sha} for label, sha in self.exhibits],
                "language": self.language, "written_utc": self.written_utc}


# -- writing -----------------------------------------------------------------------------------

def html_block(anchor: Anchor) -> str:
    """The anchor as a JSON block for the HTML report (safe inside <script>)."""
    text = json.dumps(anchor.as_json(), sort_keys=True, ensure_ascii=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{HTML_ID}">{text}</script>'


@dataclass(frozen=True)
class Describing:
    """The document's own metadata, which the XMP packet must repeat (PDF/A)."""

    title: str
    subject: str
    author: str
    creator: str
    producer: str
    created: datetime


def xmp(anchor: Anchor, doc: Describing) -> str:
    """The whole <x:xmpmeta> of a PDF/A-2b report: the document's description, the PDF/A
    identification, the extension schema that declares Skver's properties, and the anchor."""
    stamp = doc.created.isoformat(timespec="seconds")
    lines = [
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
        f'<rdf:RDF xmlns:rdf="{RDF}">',
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" '
        'xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
        f"<xmp:CreatorTool>{_x(doc.creator)}</xmp:CreatorTool>",
        f"<xmp:CreateDate>{stamp}</xmp:CreateDate>",
        f"<xmp:ModifyDate>{stamp}</xmp:ModifyDate>",
        f"<xmp:MetadataDate>{stamp}</xmp:MetadataDate>",
        f"<pdf:Producer>{_x(doc.producer)}</pdf:Producer>",
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_x(doc.title)}</rdf:li></rdf:Alt>'
        "</dc:title>",
        '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
        f"{_x(doc.subject)}</rdf:li></rdf:Alt></dc:description>",
        f"<dc:creator><rdf:Seq><rdf:li>{_x(doc.author)}</rdf:li></rdf:Seq></dc:creator>",
        "</rdf:Description>",
        *_extension_schema(),
        *_anchor_description(anchor),
        "</rdf:RDF>",
        "</x:xmpmeta>",
    ]
    return "\n".join(lines)


def _extension_schema() -> list[str]:
    props = "".join(
        '<rdf:li rdf:parseType="Resource">'
        f"<pdfaProperty:name>{name}</pdfaProperty:name>"
        f"<pdfaProperty:valueType>{kind}</pdfaProperty:valueType>"
        "<pdfaProperty:category>external</pdfaProperty:category>"
        f"<pdfaProperty:description>{_x(what)}</pdfaProperty:description></rdf:li>"
        for name, kind, what in _PROPERTIES)
    return [
        '<rdf:Description rdf:about="" '
        'xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" '
        'xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" '
        'xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
        '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
        "<pdfaSchema:schema>Skver report anchor</pdfaSchema:schema>",
        f"<pdfaSchema:namespaceURI>{NS}</pdfaSchema:namespaceURI>",
        "<pdfaSchema:prefix>skver</pdfaSchema:prefix>",
        f"<pdfaSchema:property><rdf:Seq>{props}</rdf:Seq></pdfaSchema:property>",
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>",
        "</rdf:Description>",
    ]


def _anchor_description(anchor: Anchor) -> list[str]:
    lines = [f'<rdf:Description rdf:about="" xmlns:skver="{NS}">',
             f"<skver:caseId>{_x(anchor.case_id)}</skver:caseId>",
             f"<skver:signingKey>{_x(anchor.fingerprint or '')}</skver:signingKey>"]
    if anchor.head is not None:
        lines += [f"<skver:custodyHeadSeq>{anchor.head[0]}</skver:custodyHeadSeq>",
                  f"<skver:custodyHeadHash>{_x(anchor.head[1])}</skver:custodyHeadHash>"]
    items = "".join(f"<rdf:li>{_x(label)} {sha}</rdf:li>" for label, sha in anchor.exhibits)
    lines += [f"<skver:exhibits><rdf:Seq>{items}</rdf:Seq></skver:exhibits>",
              f"<skver:language>{_x(anchor.language)}</skver:language>",
              f"<skver:written>{_x(anchor.written_utc)}</skver:written>",
              "</rdf:Description>"]
    return lines


def _x(text: str) -> str:
    """Text for XML: escaped, and without the characters XML 1.0 cannot hold."""
    kept = "".join(c for c in text if c in "\t\n\r" or (ord(c) >= 0x20 and c not in
                                                         "\ufffe\uffff"))
    return escape(kept, quote=True)


# -- reading -----------------------------------------------------------------------------------

def read(path: str | Path) -> Anchor:
    """The anchor of a report Skver wrote (PDF or HTML); KnownError when it has none."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise KnownError(f"{path.name} is larger than a Skver report can be; it was not "
                             "read.")
        data = path.read_bytes()
    except OSError as exc:
        raise KnownError(f"{path} cannot be read: {exc.strerror or exc}.") from None
    return parse(data, path.name)


def parse(data: bytes, name: str) -> Anchor:
    """The anchor of a report's bytes (PDF or HTML); KnownError when it has none."""
    if data.lstrip().startswith(b"%PDF"):
        return _from_xmp(data, name)
    return _from_html(data, name)


def _missing(name: str) -> KnownError:
    return KnownError(f"{name} carries no Skver anchor (the case's key, custody log and "
                      "exhibits): it was not written by this version of Skver, or its "
                      "metadata was removed when it was saved again. Compare the fingerprint "
                      "and the custody entry printed on its cover by hand (see SIGNATURE.txt "
                      "in the bundle).")


def _from_xmp(data: bytes, name: str) -> Anchor:
    for match in re.finditer(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.DOTALL):
        try:
            root = ET.fromstring(match.group(0))
        except ET.ParseError:
            continue
        for desc in root.iter(f"{{{RDF}}}Description"):
            if desc.find(f"{{{NS}}}caseId") is not None:
                return _from_description(desc, name)
    raise _missing(name)


def _from_description(desc: ET.Element, name: str) -> Anchor:
    def text(tag: str) -> str:
        return (desc.findtext(f"{{{NS}}}{tag}") or "").strip()

    seq, head_hash = text("custodyHeadSeq"), text("custodyHeadHash")
    exhibits = []
    for item in desc.iterfind(f"{{{NS}}}exhibits/{{{RDF}}}Seq/{{{RDF}}}li"):
        label, _, sha = (item.text or "").strip().rpartition(" ")
        exhibits.append((label, sha))
    return _checked(name, text("caseId"), text("signingKey") or None,
                    (int(seq), head_hash) if seq.isdigit() else None, exhibits,
                    text("language"), text("written"))


def _from_html(data: bytes, name: str) -> Anchor:
    found = re.search(rb'<script type="application/json" id="' + HTML_ID.encode() +
                      rb'">(.*?)</script>', data, re.DOTALL)
    if found is None:
        raise _missing(name)
    try:
        value = json.loads(found.group(1))
        head = value.get("custody_head")
        return _checked(name, str(value["case_id"]), value.get("signing_key"),
                        None if head is None else (int(head["seq"]), str(head["entry_hash"])),
                        [(str(e["label"]), str(e["sha256"])) for e in value["exhibits"]],
                        str(value.get("language", "")), str(value.get("written_utc", "")))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _missing(name) from None


def _checked(name: str, case_id: str, fingerprint: str | None,
             head: tuple[int, str] | None, exhibits: list[tuple[str, str]], language: str,
             written: str) -> Anchor:
    if not case_id or any(not _SHA.fullmatch(sha) for _, sha in exhibits) or \
            (head is not None and not _SHA.fullmatch(head[1])):
        raise KnownError(f"{name}'s Skver anchor is malformed: it was edited.")
    return Anchor(case_id, fingerprint, head, tuple(exhibits), language, written)
