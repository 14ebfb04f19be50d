"""The report's page: an FPDF set up for PDF/A-2b with the DejaVu fonts, a footer on every page,
and the few building blocks the report is made of (headings, paragraphs, tables).

Every string that reaches the page goes through `ReportPDF.clean`: control and bidi-override
characters are dropped, characters the font cannot draw become U+FFFD, and one cell never
holds more than `CELL_LIMIT` characters (a row taller than a page cannot be broken).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from importlib import resources
from typing import cast

from fpdf import FPDF
from fpdf import __version__ as fpdf_version
from fpdf.enums import (
    MethodReturnValue,
    OutputIntentSubType,
    XPos,
    YPos,
)
from fpdf.output import PDFICCProfile

from reports import fonts
from reports.anchor import Anchor, Describing, xmp

PAGES_ALIAS = "{skver-pages}"     # replaced with the page count when the file is written
CELL_LIMIT = 600
BODY, SMALL, TINY = 9.5, 8, 6.5
LINE = 4.6                          # mm per body line
GREY = (90, 90, 90)
RULE = (170, 170, 170)
HEAD_FILL = (230, 230, 230)
PAD_X, PAD_Y = 1.2, 0.8              # mm inside a table cell, as grid() pads them

Color = tuple[int, int, int]


class ReportPDF(FPDF):
    """A4 portrait, PDF/A-2b, the report's fonts; `footer_text` printed on every page."""

    def __init__(self, footer_text: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4",
                         enforce_compliance="PDFA_2B")
        self.footer_text = footer_text
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        self.alias_nb_pages(PAGES_ALIAS)
        for (family, style), path in fonts.font_files().items():
            self.add_font(family, style, str(path))
        self._sans, self._mono = fonts.glyphs("sans"), fonts.glyphs("mono")
        self._add_srgb_intent()
        self.set_font("sans", size=BODY)

    def _add_srgb_intent(self) -> None:
        icc = resources.files("fpdf").joinpath("data", "color_profiles", "sRGB2014.icc")
        profile = PDFICCProfile(contents=icc.read_bytes(), n=3, alternate="DeviceRGB")
        self.add_output_intent(OutputIntentSubType.PDFA, "sRGB2014.icc",
                               registry_name="http://www.color.org",
                               dest_output_profile=profile, info="sRGB2014 (v2)")

    def describe(self, *, title: str, subject: str, author: str, lang: str,
                 created: datetime, creator: str, anchor: Anchor) -> None:
        """The document's metadata: the Info dictionary, and the XMP packet (PDF/A) that
        repeats it and carries the report's anchor (reports.anchor)."""
        doc = Describing(self.clean(title), self.clean(subject), self.clean(author),
                         self.clean(creator), f"fpdf2 {fpdf_version}", created)
        self.set_title(doc.title)
        self.set_subject(doc.subject)
        self.set_author(doc.author)
        self.set_creator(doc.creator)
        self.set_producer(doc.producer)
        self.set_lang(lang)
        self.set_creation_date(created)
        self.set_xmp_metadata(xmp(anchor, doc))

    def clean(self, text: object, mono: bool = False, limit: int | None = None) -> str:
        glyphs = self._mono if mono else self._sans
        value = glyphs.clean(str(text)).replace(PAGES_ALIAS, "")
        if limit is not None and len(value) > limit:
            value = value[:limit - 1] + "\u2026"
        return value

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("sans", size=SMALL)
        self.set_text_color(*GREY)
        text = self.footer_text.replace("{page}", str(self.page_no()))
        self.cell(0, 5, text, align="C")
        self.set_text_color(0, 0, 0)

    # -- building blocks -------------------------------------------------------------------

    def heading(self, text: str, level: int = 1, outline: bool = True) -> None:
        """A heading that keeps at least a few lines of what follows on its page."""
        size = {0: 18, 1: 14, 2: 11.5, 3: 10}[level]
        if self.will_page_break(size * 0.6 + 4 * LINE):
            self.add_page(same=True)
        if outline and level <= 2:
            self.start_section(self.clean(text), level=max(level - 1, 0), strict=False)
        self.ln(1.5 if level > 1 else 0)
        self.set_font("sans", "B", size)
        self.multi_cell(0, size * 0.5, self.clean(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("sans", size=BODY)
        self.ln(1.5)

    def para(self, text: str, *, size: float = BODY, style: str = "", mono: bool = False,
             color: Color = (0, 0, 0), gap: float = 1.5, align: str = "J") -> None:
        self.set_font("mono" if mono else "sans", style, size)
        self.set_text_color(*color)
        self.multi_cell(0, size * 0.48, self.clean(text, mono), new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT, align=align)
        self.set_text_color(0, 0, 0)
        self.set_font("sans", size=BODY)
        self.ln(gap)

    def label(self, text: str) -> None:
        """A bold line that stays with (a few lines of) what it introduces."""
        if self.will_page_break(4 * LINE):
            self.add_page(same=True)
        self.para(text, style="B", gap=0.8)

    def bullets(self, items: Sequence[str], size: float = BODY) -> None:
        self.set_font("sans", size=size)
        for item in items:
            self.set_x(self.l_margin)
            self.cell(5, size * 0.48, "\u2022")
            self.multi_cell(0, size * 0.48, self.clean(item), new_x=XPos.LMARGIN,
                            new_y=YPos.NEXT)
            self.ln(0.6)
        self.ln(1)

    def pairs(self, rows: Sequence[tuple[str, str]], *, label_width: float = 0.34,
              mono_values: bool = False, size: float = SMALL) -> None:
        """A two-column table: label, value."""
        widths = (label_width, 1 - label_width)
        self.grid([], rows, widths=widths, size=size, first_bold=True,
                  mono_cols={1} if mono_values else set())

    def grid(self, headings: Sequence[str], rows: Sequence[Sequence[str]], *,
             widths: Sequence[float], size: float = SMALL, mono_cols: set[int] | None = None,
             fills: Sequence[Color | None] | None = None, fill_col: int = -1,
             first_bold: bool = False) -> None:
        """A table whose header row repeats on every page it breaks onto: plain cells, each
        padded by PAD_X and PAD_Y, a bold header on HEAD_FILL; `fills` colours column
        `fill_col` row by row; `first_bold` makes the first column bold.

        Drawn cell by cell, wrapping only a cell that needs it, as fpdf's table would (same
        padding, line height and breaks): fpdf's table lays out every cell twice, about 4 ms
        a row on the development machine, 40 s for a table of 10,000 rows and half the time
        of a report's exhibits."""
        mono_cols = mono_cols or set()
        columns = [w * self.epw for w in widths]
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        everything = set(range(len(columns)))
        margin, self.c_margin = self.c_margin, 0   # the padding alone, as fpdf's table has it
        try:
            head = self._lay_out([self.clean(h) for h in headings], columns, set(), size,
                                 everything) if headings else None
            if head:
                self._draw_row(head, columns, set(), size, everything,
                               dict.fromkeys(everything, HEAD_FILL))
            bold = {0} if first_bold else set()
            for i, values in enumerate(rows):
                cells = [self.clean(v, col in mono_cols, CELL_LIMIT)
                         for col, v in enumerate(values)]
                row = self._lay_out(cells, columns, mono_cols, size, bold)
                if self.will_page_break(row[0]):
                    self.add_page(same=True)
                    if head:
                        self._draw_row(head, columns, set(), size, everything,
                                       dict.fromkeys(everything, HEAD_FILL))
                fill = fills[i] if fills else None
                self._draw_row(row, columns, mono_cols, size, bold,
                               {fill_col: fill} if fill is not None else {})
        finally:
            self.c_margin = margin
        self.set_draw_color(0, 0, 0)
        self.set_font("sans", size=BODY)
        self.ln(2.5)

    def long_grid(self, headings: Sequence[str], rows: Sequence[Sequence[str]], *,
                  widths: Sequence[float], size: float = SMALL,
                  mono_cols: set[int] | None = None) -> None:
        """`grid`, for a table of thousands of rows (the same: grid is as fast)."""
        self.grid(headings, rows, widths=widths, size=size, mono_cols=mono_cols)

    def _lay_out(self, cells: Sequence[str], columns: Sequence[float], mono_cols: set[int],
                 size: float, bold: set[int]) -> tuple[float, list[list[str]]]:
        """A row's height and each cell's lines: one line unless the text is too wide."""
        lines: list[list[str]] = []
        for col, (text, width) in enumerate(zip(cells, columns, strict=True)):
            self._font(col in mono_cols, col in bold, size)
            inner = width - 2 * PAD_X
            if "\n" in text or self.get_string_width(text) > inner:
                # fpdf2 types multi_cell's result as the union of what every `output` gives;
                # with LINES alone it is the list of lines.
                lines.append(cast(list[str], self.multi_cell(
                    inner, size * 0.46, text, dry_run=True, output=MethodReturnValue.LINES)))
            else:
                lines.append([text])
        return max(len(cell) for cell in lines) * size * 0.46 + 2 * PAD_Y, lines

    def _draw_row(self, row: tuple[float, list[list[str]]], columns: Sequence[float],
                  mono_cols: set[int], size: float, bold: set[int],
                  fills: Mapping[int, Color] | None = None) -> None:
        height, lines = row
        x, y = self.l_margin, self.get_y()
        for col, (cell, width) in enumerate(zip(lines, columns, strict=True)):
            fill = (fills or {}).get(col)
            if fill is not None:
                self.set_fill_color(*fill)
            self.rect(x, y, width, height, style="DF" if fill is not None else "D")
            self._font(col in mono_cols, col in bold, size)
            for k, text in enumerate(cell):
                self.set_xy(x + PAD_X, y + PAD_Y + k * size * 0.46)
                self.cell(width - 2 * PAD_X, size * 0.46, text)
            x += width
        self.set_xy(self.l_margin, y + height)

    def _font(self, mono: bool, bold: bool, size: float) -> None:
        self.set_font("mono" if mono else "sans", "B" if bold and not mono else "", size)
