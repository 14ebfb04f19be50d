"""One exhibit on the page: its image (decoded now, dropped once placed), its hash, names,
reading, metadata, findings, observations and custody history."""

from __future__ import annotations

import io
import logging

from PIL import Image

from reports import images
from reports.content import Exhibit, Report
from reports.pdf_layout import BODY, GREY, SMALL, ReportPDF

log = logging.getLogger(__name__)
IMAGE_MAX_H = 105.0     # mm: an image and the start of its tables share a page
IMAGE_MAX_W = 150.0
FRAMES_PER_ROW = 3
FRAME_GAP = 3.0         # mm between frames


def draw(pdf: ReportPDF, report: Report, exhibit: Exhibit) -> None:
    title = report.t("exhibit.title", label=exhibit.label)
    if exhibit.same_as:
        pdf.heading(title, level=3, outline=False)
        _hash_line(pdf, report, exhibit)
        pdf.para(report.t("exhibit.same_as", label=exhibit.same_as), size=SMALL)
        return
    if exhibit.video is not None:
        _frames(pdf, report, exhibit, title)
    else:
        _image(pdf, report, exhibit, title)
    _hash_line(pdf, report, exhibit)
    pdf.pairs([(report.t("exhibit.names"), "\n".join(exhibit.names) or "\u2014"),
               (report.t("exhibit.reading"), report.t(f"reading.{exhibit.reading}")),
               (report.t("exhibit.seen"),
                "; ".join(exhibit.seen) or report.t("exhibit.nothing_recorded")),
               *([(report.t("exhibit.rule"), "; ".join(exhibit.inferred))]
                 if exhibit.inferred else [])])
    pdf.label(report.t("exhibit.metadata"))
    pdf.pairs(exhibit.metadata)
    if exhibit.credentials:     # what the file's Content Credentials attest, and by whom
        pdf.label(report.t("exhibit.credentials"))
        pdf.bullets(exhibit.credentials, size=SMALL)
    if exhibit.proofs:
        pdf.label(report.t("exhibit.proofs"))
        pdf.bullets(exhibit.proofs, size=SMALL)
    pdf.label(report.t("exhibit.findings"))
    if exhibit.findings:
        pdf.grid([], exhibit.findings, widths=(0.19, 0.22, 0.59))
    else:
        pdf.para(report.t("exhibit.no_findings"), size=SMALL)
    pdf.label(report.t("exhibit.observations"))
    if exhibit.observations:
        pdf.bullets(exhibit.observations, size=SMALL)
    else:
        pdf.para(report.t("exhibit.no_observations"), size=SMALL)
    if exhibit.custody:
        pdf.label(report.t("exhibit.custody"))
        heads = [report.t(f"custody.{k}") for k in ("seq", "at", "actor", "action")]
        pdf.grid(heads, exhibit.custody, widths=(0.08, 0.24, 0.26, 0.42))


def _hash_line(pdf: ReportPDF, report: Report, exhibit: Exhibit) -> None:
    pdf.para(report.t("exhibit.original"), size=SMALL, style="B", gap=0.3)
    pdf.para(exhibit.sha256, size=SMALL, mono=True)


def _image(pdf: ReportPDF, report: Report, exhibit: Exhibit, title: str) -> None:
    """The heading and the image, kept on one page."""
    try:
        data = images.exhibit_jpeg(report, exhibit)
        with Image.open(io.BytesIO(data)) as probe:    # reads the header only
            px_w, px_h = probe.size
    except Exception as exc:  # any undecodable original: said in the PDF, logged
        log.info("exhibit %s: image not drawn: %s", exhibit.label, exc)
        reason = type(exc).__name__ if not str(exc) else str(exc)[:120]
        pdf.heading(title, level=3, outline=False)
        pdf.para(report.t("exhibit.no_image", reason=reason), size=SMALL, color=GREY)
        return
    w = min(IMAGE_MAX_W, pdf.epw)
    h = w * px_h / px_w
    if h > IMAGE_MAX_H:
        w, h = IMAGE_MAX_H * px_w / px_h, IMAGE_MAX_H
    if pdf.will_page_break(h + 20):
        pdf.add_page()
    pdf.heading(title, level=3, outline=False)
    x = pdf.l_margin + (pdf.epw - w) / 2
    pdf.image(io.BytesIO(data), x=x, y=pdf.get_y(), w=w, h=h)
    pdf.set_y(pdf.get_y() + h + 1)
    pdf.para(report.t("exhibit.image_note"), size=SMALL - 1, color=GREY)
    if exhibit.redaction_note:
        pdf.para(exhibit.redaction_note, size=SMALL, style="B")


def _frames(pdf: ReportPDF, report: Report, exhibit: Exhibit, title: str) -> None:
    """A video: the heading, its span, then its frames three to a row, each captioned with its
    moment and the video's hash; a frame that cannot be drawn is said in its place."""
    video = exhibit.video
    assert video is not None
    w = (pdf.epw - FRAME_GAP * (FRAMES_PER_ROW - 1)) / FRAMES_PER_ROW
    if pdf.will_page_break(w * 0.75 + 30):
        pdf.add_page()
    pdf.heading(title, level=3, outline=False)
    pdf.para(video.span, size=SMALL, style="B")
    pdf.para(video.note, size=SMALL - 1, color=GREY)
    for start in range(0, len(video.frames), FRAMES_PER_ROW):
        row = video.frames[start:start + FRAMES_PER_ROW]
        pictures = [_frame_picture(report, exhibit, f.offset_s) for f in row]
        h = max((w * p[2] / p[1] for p in pictures if p[0] is not None), default=w * 0.5625)
        if pdf.will_page_break(h + 10):
            pdf.add_page()
        top = pdf.get_y()
        for n, (frame, (data, px_w, px_h, why)) in enumerate(zip(row, pictures, strict=True)):
            x = pdf.l_margin + n * (w + FRAME_GAP)
            if data is not None:
                fh = w * px_h / px_w
                pdf.image(io.BytesIO(data), x=x, y=top, w=w, h=fh)
            pdf.set_xy(x, top + h + 0.8)
            said = frame.caption if why is None else report.t(
                "exhibit.no_frame", offset=frame.clock, reason=why)
            pdf.set_font("sans", "B" if frame.observed else "", SMALL - 1.5)
            pdf.multi_cell(w, 3.2, said, align="L", new_x="RIGHT", new_y="TOP")
        pdf.set_font("sans", size=BODY)
        pdf.set_xy(pdf.l_margin, top + h + 8.5)
    if exhibit.redaction_note:
        pdf.para(exhibit.redaction_note, size=SMALL, style="B")


def _frame_picture(report: Report, exhibit: Exhibit,
                   offset_s: float) -> tuple[bytes | None, int, int, str | None]:
    """(JPEG, width, height, None), or (None, 0, 0, why) when the frame cannot be drawn."""
    try:
        data = images.frame_jpeg(report, exhibit, offset_s)
        with Image.open(io.BytesIO(data)) as probe:
            return data, probe.size[0], probe.size[1], None
    except Exception as exc:  # any undecodable video: said in the PDF, logged
        log.info("exhibit %s: frame at %s s not drawn: %s", exhibit.label, offset_s, exc)
        return None, 0, 0, (str(exc)[:120] or type(exc).__name__)
