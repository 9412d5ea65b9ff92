"""The briefing as a print-ready PDF: A4, the network as vectors, every line with its document and locator.

fpdf2 writes the pages; the network is matplotlib's SVG with its text as outlines, which fpdf2
draws as vector paths (no bitmap, so it stays sharp on paper and needs no font in the reader).
The text uses a Unicode Latin font and, glyph by glyph, the CJK font the system has
(:mod:`dashboard.fonts`). Without a CJK font, each Chinese label falls back to English and the
first page says so; without any Unicode font, the text is kept to Latin-1 rather than fail.
"""

from __future__ import annotations

import io
import re

from dashboard import fonts
from dashboard.briefing import Briefing, Line

__all__ = ["to_pdf", "wrap", "NO_CJK_NOTE", "CJK_PLACEHOLDER", "FIGURE"]

NO_CJK_NOTE = "No font for Chinese was found on this system: Chinese names are given in English."
CJK_PLACEHOLDER = "[Chinese text]"
_CJK_RUN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+(?:\s*[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+)*")
#: The network's height on the page (mm); its width is the text width (A4 less margins: 180 mm), 16:10.
FIGURE_HEIGHT = 112.5
#: The figure to draw for the page (:func:`dashboard.figure.svg`): 8×5 inches, printed at 7.1×4.4, so that
#: 10-point labels print at about 9 points.
FIGURE = {"size": (8, 5), "font": 10}


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title("MechGraph briefing")
    # Latin text in a TrueType font, Chinese glyph by glyph in the CJK font: CJK fonts are mostly CFF, whose
    # subsetting costs time per glyph, so only the Chinese glyphs go through it.
    text, cjk = fonts.text_font(), fonts.cjk_font()
    family = "Helvetica"
    if text is not None:
        pdf.add_font("text", fname=str(text.path))
        family = "text"
    if cjk is not None:
        pdf.add_font("cjk", fname=str(cjk.path), collection_font_number=cjk.index)
        if text is None:
            family = "cjk"
        else:
            pdf.set_fallback_fonts(["cjk"], exact_match=False)
    return pdf, family, cjk is not None


#: A line is broken between words, or between any two Chinese characters (which have no spaces between them).
_TOKENS = re.compile(r"\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+")


def wrap(text: str, width: float, measure) -> list[str]:
    """``text`` in lines no wider than ``width`` (``measure`` gives a string's width), greedily, in one pass.

    fpdf2's own ``multi_cell`` measures each line again for every word added, which takes seconds on a
    briefing; here each word is measured once.

    >>> wrap("Joint visits to Tunisia", 12, len)
    ['Joint visits', 'to Tunisia']
    >>> wrap("每个人权机制 ACHPR", 4, len)
    ['每个人权', '机制', 'ACHPR']
    """
    lines, line, used = [], [], 0.0
    for token in _TOKENS.findall(text):
        size = measure(" " if token.isspace() else token)
        if token.isspace():
            if line:
                line.append(" ")
                used += size
            continue
        if line and used + size > width:
            lines.append("".join(line).rstrip())
            line, used = [], 0.0
        line.append(token)
        used += size
    if line:
        lines.append("".join(line).rstrip())
    return lines or [""]


def to_pdf(briefing: Briefing, network_svg: bytes) -> bytes:
    """The briefing on A4 pages: title, network, each attendee, the gaps, the sources."""
    pdf, family, cjk = _pdf()
    unicode = family != "Helvetica"

    def fit(text: str, english: str = "") -> str:
        text, _fell = fonts.printable(text, english or text, cjk)
        if not unicode:
            return text.encode("latin-1", "replace").decode("latin-1")
        if not cjk and fonts.has_cjk(text):
            # Chinese words with no font to draw them (a quote, a title): marked as such rather than printed as boxes.
            return _CJK_RUN.sub(CJK_PLACEHOLDER, text)
        return text

    widths: dict[tuple[str, float], float] = {}

    def measure(token: str) -> float:
        # Words come back often ("United Nations", symbols): each is measured once per size.
        key = (token, pdf.font_size_pt)
        if key not in widths:
            widths[key] = pdf.get_string_width(token)
        return widths[key]

    def paragraph(text: str, height: float, indent: float = 0) -> None:
        for piece in wrap(text, pdf.epw - indent, measure):
            pdf.set_x(pdf.l_margin + indent)
            pdf.cell(0, height, piece, new_x="LMARGIN", new_y="NEXT")

    def heading(text: str, size: float, english: str = "") -> None:
        pdf.set_font(family, size=size)
        paragraph(fit(text, english), size * 0.5)
        pdf.ln(1)

    def lines(items: list[Line], empty: str) -> None:
        pdf.set_font(family, size=9.5)
        if not items:
            pdf.set_text_color(110)
            paragraph(empty, 5)
            pdf.set_text_color(0)
            return
        for line in items:
            pdf.set_font(family, size=9.5)
            paragraph("• " + fit(line.text, line.text_en), 4.8)
            if line.source:
                pdf.set_text_color(90)
                pdf.set_font(family, size=8)
                paragraph(fit(line.source), 4, indent=4)
                pdf.set_text_color(0)
            pdf.ln(0.8)

    def subheading(text: str) -> None:
        pdf.ln(1.5)
        pdf.set_font(family, size=11)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    heading(briefing.title, 17)
    pdf.set_font(family, size=9.5)
    names = "; ".join(fit(person.label, person.label_en) for person in briefing.attendees)
    paragraph(f"MechGraph briefing, {briefing.date}. Attendees: {names}.", 5)
    if not cjk and (
        briefing.lang == "zh" or any(fonts.has_cjk(line.text) for p in briefing.attendees for line in p.lines)
    ):
        paragraph(NO_CJK_NOTE, 5)
    pdf.ln(2)
    pdf.image(io.BytesIO(network_svg), x=pdf.l_margin, w=pdf.epw, h=FIGURE_HEIGHT)
    pdf.set_y(pdf.get_y() + 2)
    for person in briefing.attendees:
        pdf.ln(3)
        heading(person.label, 14, person.label_en)
        subheading("Open workplan actions")
        lines(person.actions, "None.")
        if briefing.since:
            subheading(f"Moved since {briefing.since}")
            lines(person.moved, "Nothing recorded.")
        subheading("Recent joint activities")
        lines(person.activities, "None.")
        subheading("References between attendees")
        lines(person.references, "None between these attendees.")
        subheading("Focal point")
        lines(person.focal_points, "No focal point recorded.")
    pdf.ln(3)
    heading("Gaps", 14)
    subheading("Attendees without a focal point")
    pdf.set_font(family, size=9.5)
    missing = "; ".join(fit(name) for name in briefing.without_focal_point) or "None."
    paragraph(missing, 5)
    subheading("Workplan actions owned only collectively")
    lines(briefing.gaps, "None.")
    pdf.ln(3)
    heading("Sources", 14)
    pdf.set_font(family, size=8.5)
    for source in briefing.sources:
        paragraph(fit(source), 4.5)
    return bytes(pdf.output())
