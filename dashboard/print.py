"""The briefing as a print-ready PDF: A4, the network as vectors, every line with its document and locator.

fpdf2 writes the pages; the network is matplotlib's SVG with its text as outlines, which fpdf2
draws as vector paths (no bitmap, so it stays sharp on paper and needs no font in the reader).
The text uses the CJK font the system has (:mod:`dashboard.fonts`), which covers Latin too, or else a
Unicode Latin font. Without a CJK font, each Chinese label falls back to English and the
first page says so; without any Unicode font, the text is kept to Latin-1 rather than fail.
"""

from __future__ import annotations

import io

from dashboard import fonts
from dashboard.briefing import Briefing, Line

__all__ = ["to_pdf", "NO_CJK_NOTE"]

NO_CJK_NOTE = "No font for Chinese was found on this system: Chinese names are given in English."
#: The network's height on the page (mm); its width is the text width (A4 less margins: 180 mm), 16:10.
FIGURE_HEIGHT = 112.5


def _pdf():
    from fpdf import FPDF

    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_title("MechGraph briefing")
    # One font only when the system covers Chinese: CJK fonts carry Latin glyphs too, and a second font
    # (fpdf2's glyph-by-glyph fallback) would double the time spent parsing, measuring and subsetting.
    cjk = fonts.cjk_font()
    chosen = cjk or fonts.text_font()
    family = "Helvetica"
    if chosen is not None:
        pdf.add_font("text", fname=str(chosen.path), collection_font_number=chosen.index)
        family = "text"
    return pdf, family, cjk is not None


def to_pdf(briefing: Briefing, network_svg: bytes) -> bytes:
    """The briefing on A4 pages: title, network, each attendee, the gaps, the sources."""
    pdf, family, cjk = _pdf()
    unicode = family != "Helvetica"

    def fit(text: str, english: str = "") -> str:
        text, _fell = fonts.printable(text, english or text, cjk)
        if not unicode:
            return text.encode("latin-1", "replace").decode("latin-1")
        if not cjk and fonts.has_cjk(text):
            # A quote in Chinese with no font to draw it: say so rather than print boxes.
            return "[Chinese text: no font for Chinese on this system]"
        return text

    def heading(text: str, size: float, english: str = "") -> None:
        pdf.set_font(family, size=size)
        pdf.multi_cell(0, size * 0.5, fit(text, english), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def lines(items: list[Line], empty: str) -> None:
        pdf.set_font(family, size=9.5)
        if not items:
            pdf.set_text_color(110)
            pdf.multi_cell(0, 5, empty, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0)
            return
        for line in items:
            pdf.set_font(family, size=9.5)
            pdf.multi_cell(0, 4.8, "• " + fit(line.text), new_x="LMARGIN", new_y="NEXT")
            if line.source:
                pdf.set_text_color(90)
                pdf.set_font(family, size=8)
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(0, 4, fit(line.source), new_x="LMARGIN", new_y="NEXT")
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
    pdf.multi_cell(0, 5, f"MechGraph briefing, {briefing.date}. Attendees: {names}.", new_x="LMARGIN", new_y="NEXT")
    if briefing.lang == "zh" and not cjk:
        pdf.multi_cell(0, 5, NO_CJK_NOTE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.image(io.BytesIO(network_svg), x=pdf.l_margin, w=pdf.epw, h=FIGURE_HEIGHT)
    pdf.set_y(pdf.get_y() + 2)
    for person in briefing.attendees:
        pdf.ln(3)
        heading(person.label, 14, person.label_en)
        subheading("Open workplan actions")
        lines(person.actions, "None.")
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
    pdf.multi_cell(0, 5, missing, new_x="LMARGIN", new_y="NEXT")
    subheading("Workplan actions owned only collectively")
    lines(briefing.gaps, "None.")
    pdf.ln(3)
    heading("Sources", 14)
    pdf.set_font(family, size=8.5)
    for source in briefing.sources:
        pdf.multi_cell(0, 4.5, fit(source), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
