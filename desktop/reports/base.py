"""What every printed document of Dodam shares (DESIGN §1.4–1.5): A4 pages, the bundled
Korean font embedded as a subset, a confidentiality marking at the top of each page, and a footer
with the purpose, who printed it and when, and "n / N".

No Qt here: documents are built by reportlab from plain data, so they can be printed headless
(`dodam report …`) exactly as from the GUI.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from desktop.services.actor import Actor
from desktop.services.audit import AuditRecord
from desktop.services.printing import record_print
from desktop.storage.atomic import atomic_write_bytes

FONT = "NanumGothic"
FONT_BOLD = "NanumGothic-Bold"
FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

CONFIDENTIAL = "대외비 · 개인정보 포함 — 목적 외 사용·복제·제공 금지"
"""The marking at the top of every page (a school's own documents are in Korean)."""


def register_fonts() -> None:
    """Register the bundled Nanum Gothic once. reportlab embeds TrueType fonts as subsets: only the
    glyphs a document uses end up in the file."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONTS_DIR / "NanumGothic.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS_DIR / "NanumGothicBold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@dataclass(frozen=True)
class PrintContext:
    """Who prints what, when and why; and what the print may show."""

    purpose: str
    printed_by: str
    printed_at: datetime
    school_name: str
    full_names: bool = False
    include_restricted: bool = False


def masked_name(name: str, full_names: bool) -> str:
    """A student's name as a print shows it: in full only when chosen, otherwise the family name
    and a circle per other syllable ("김하늘" → "김○○"), as Korean school documents do."""
    name = name.strip()
    if full_names or not name:
        return name
    return name[0] + "○" * max(1, len(name) - 1)


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every document (Korean wraps per character: wordWrap CJK)."""
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=14, wordWrap="CJK")
    return {
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=24,
            alignment=TA_CENTER,
            spaceAfter=4 * mm,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=18,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=15,
            spaceBefore=3 * mm,
            spaceAfter=1.5 * mm,
        ),
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=12),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=FONT_BOLD, fontSize=8.5, leading=12),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(str(text)).replace("\n", "<br/>"), style)


_CELL_PADDING = 4  # points left and right of a cell's text (see the LEFT/RIGHTPADDING below)


def _cell(value: object, style: ParagraphStyle, width: float | None) -> object:
    """A table cell: a plain string when it fits on one line (drawn directly, which is many times
    faster for long tables), otherwise a Paragraph that wraps."""
    if isinstance(value, Flowable):
        return value
    text = "" if value is None else str(value)
    if (
        width
        and "\n" not in text
        and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width - 2 * _CELL_PADDING
    ):
        return text
    return para(text, style)


def table(
    rows: Sequence[Sequence[object]],
    col_widths: Sequence[float],
    *,
    header_rows: int = 1,
    style_extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A grid table whose cells wrap Korean text; header rows shaded and repeated on every page."""
    st = styles()
    widths = list(col_widths)
    data = [
        [
            _cell(
                cell,
                st["cell_bold"] if r < header_rows else st["cell"],
                widths[c] if c < len(widths) else None,
            )
            for c, cell in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    t = Table(data, colWidths=widths, repeatRows=header_rows)
    commands: list[tuple[Any, ...]] = [
        # Plain-string cells are drawn in the cell style's font; Paragraph cells carry their own, but
        # the table still sets a font per cell: keep it the embedded one.
        ("FONTNAME", (0, 0), (-1, -1), st["cell"].fontName),
        ("FONTSIZE", (0, 0), (-1, -1), st["cell"].fontSize),
        ("LEADING", (0, 0), (-1, -1), st["cell"].leading),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a8694")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e6ebf1")))
        commands.append(("FONTNAME", (0, 0), (-1, header_rows - 1), st["cell_bold"].fontName))
    commands.extend(style_extra)
    t.setStyle(TableStyle(commands))
    return t


def _numbered_canvas(print_ctx: PrintContext, title: str) -> type[Canvas]:
    """A canvas that draws the header and footer once the page count is known ("n / N")."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # Start every page in the embedded font, so no unembedded Helvetica is referenced.
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            self.saveState()
            self.setFillColor(colors.HexColor("#b00020"))
            self.setFont(FONT_BOLD, 8.5)
            self.drawString(MARGIN, PAGE_HEIGHT - 11 * mm, CONFIDENTIAL)
            self.setFillColor(colors.HexColor("#44505c"))
            self.setFont(FONT, 8)
            self.drawRightString(
                PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 11 * mm, f"{print_ctx.school_name} · {title}"
            )
            self.setStrokeColor(colors.HexColor("#b8c1cc"))
            self.line(MARGIN, 14 * mm, PAGE_WIDTH - MARGIN, 14 * mm)
            printed = print_ctx.printed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            self.drawString(
                MARGIN, 9.5 * mm, f"출력: {print_ctx.printed_by} · {printed} · 목적: {print_ctx.purpose}"
            )
            self.drawRightString(PAGE_WIDTH - MARGIN, 9.5 * mm, f"{self._pageNumber} / {total}")
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    target: Path | IO[bytes],
    print_ctx: PrintContext,
    title: str,
    story: list[Flowable],
    *,
    subject: str | None = None,
) -> int:
    """Lay out `story` on A4 pages with the marking and footer; write to a path or a binary
    stream. Returns the number of pages. The PDF's metadata names only the document type and, as
    its subject, what the document is of — a case code, a meeting's number, a date — never a
    person ("지원계획 2026-0012 2026-12-08"): the default file name when it is saved."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=17 * mm,
        bottomMargin=19 * mm,
        title=title,
        author="Dodam",
        subject=subject or title,
        creator="Dodam",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(print_ctx, title))
    data = buffer.getvalue()
    if isinstance(target, Path):
        # Owner read/write only, like every file of the school Dodam writes (storage.atomic).
        atomic_write_bytes(target, data)
    else:
        target.write(data)
    return int(doc.page)


def print_recorded(
    session: Session,
    actor: Actor,
    target: Path | IO[bytes],
    print_ctx: PrintContext,
    *,
    title: str,
    story: list[Flowable],
    subject: str,
    document: str,
    purpose: str,
    entity_type: AuditRecord,
    entity_id: int | None = None,
    student_id: int | None = None,
) -> int:
    """Lay out and write the document (`build_pdf`), then record the print in the audit log with
    its purpose and what it showed (full names, restricted notes, pages), and commit. Returns the
    number of pages."""
    pages = build_pdf(target, print_ctx, title, story, subject=subject)
    record_print(
        session,
        actor,
        document=document,
        purpose=purpose,
        entity_type=entity_type,
        entity_id=entity_id,
        student_id=student_id,
        full_names=print_ctx.full_names,
        include_restricted=print_ctx.include_restricted,
        pages=pages,
    )
    return pages


__all__ = [
    "CONFIDENTIAL",
    "CONTENT_WIDTH",
    "FONT",
    "FONT_BOLD",
    "PrintContext",
    "build_pdf",
    "masked_name",
    "para",
    "print_recorded",
    "register_fonts",
    "styles",
    "table",
]
