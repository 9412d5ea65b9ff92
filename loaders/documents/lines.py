"""The lines of a document's text, and the page furniture among them.

Text taken from PDF keeps what was printed on every page besides the report itself: the
symbol as a page header ("A/HRC/15/56"), the job number ("GE.10-15331"), bar codes and page
numbers. ``to_lines`` cuts the text into :class:`Line` objects (markdown emphasis and escapes
removed, headings and footnote markers kept apart), and ``furniture`` says which of them are
page furniture; the symbol printed once in the front page's masthead is not (``masthead_symbol``): a reader
sees it there. The helpers at the end (printed width, a line standing alone, the words of a
text) are what the later steps measure lines with.

>>> page = "The Council met.\\nA/HRC/15/56\\n\\n1. It met.\\n\\nGE.10-15331\\n3\\fA/HRC/15/56\\n\\n2. It adjourned.\\n"
>>> found = to_lines(page, markdown=False)
>>> symbol = page_symbol(found)
>>> symbol, [found[i].text for i in sorted(furniture(found, symbol))]
('A/HRC/15/56', ['A/HRC/15/56', 'GE.10-15331', '3', 'A/HRC/15/56'])
>>> width("人权 rights"), standalone(to_lines("\\nSummary\\n", markdown=False), 1)
(11, True)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.documents.citations import SYMBOL

__all__ = [
    "Line",
    "to_lines",
    "page_symbol",
    "header_symbol",
    "furniture",
    "masthead_symbol",
    "AGENDA",
    "width",
    "standalone",
    "word_counts",
    "CJK",
    "TERMINAL",
    "split_captions",
]

#: Chinese, Japanese and Korean characters and punctuation, for character classes.
CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
#: How a finished sentence ends.
TERMINAL = tuple('.。!?！？;；:：”"»')


@dataclass
class Line:
    """One line of text; later steps remove footnote markers from ``text`` into ``markers``."""

    text: str
    heading_level: int = 0  # markdown heading level, 0 for none
    page_edge: bool = False  # first or last line of a PDF page
    markers: list[str] = field(default_factory=list)  # footnote keys called on this line

    @property
    def blank(self) -> bool:
        return not self.text.strip()


_SUP = re.compile(r"<sup>\s*([0-9]{1,3}|[a-z])\s*</sup>")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_JOB_NUMBER = re.compile(r"^\s*(\d{1,3}\s+)?GE\.\d{2}-\d{4,6}(\s*\(\w\))?(\s+\d{1,3})?\s*$")
_PAGE_NUMBER = re.compile(r"^\s*(page\s+)?\d{1,3}\s*$", re.I)
# A word processor's page label, spaced out by the text layer and glued to what follows: "1 | P a g e I. SUMMARY"
_PAGE_LABEL = re.compile(r"^\s*\d{1,4}\s*\|\s*P\s?a\s?g\s?e(?![a-z])\s*")
# A paragraph number set apart from its full stop by the text layer: "1 . À la quarante-huitième session", "1 . 本报告"
_SPACED_NUMBER = re.compile(r"^(\s*\d{1,3}) \.(?=\s+\D)")
# A paragraph number glued to its first word by the text layer: "1.Pursuant to rules 57 and 58", "1.委员会在", "1.2023年5月"
_GLUED_NUMBER = re.compile(r"^(\s*\d{1,3})\.(?=[A-ZÀ-ÖØ-Þ\u4e00-\u9fff]|\d{4}\s*年)")
# So is a section's letter or Roman number: "A.Introduction", "A.导言", "II.Métodos de trabajo"
_GLUED_HEADING = re.compile(r"^(\s*(?:[A-H]|[IVX]{1,5}))\.(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ]|[\u4e00-\u9fff])")
_BARCODE = re.compile(r"^\s*[\\*]*\s*(\d\s*){7,}[\\*]*\s*$|^\s*\\?\*\s*(\d\s+){5,}\d\s*\\?\*\s*$")
# A date written on eight digits, as a letter's Chinese copy prints it under the English one ("20241114"): no bar code
_COMPACT_DATE = re.compile(r"^\s*(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*$")
_MD_RULE = re.compile(r"^\s*(-{3,}|\*{3,}|_{3,})\s*$")
# A page header or footer holding the symbol, alone or with a job or page number, as text copied
# from the web keeps them: "A/HRC/28/31", "GE.14-24717 A/HRC/28/31", "2 A/HRC/28/31", "A/HRC/28/31 3"
_SYMBOL_FURNITURE = re.compile(
    rf"^\s*(?:\d{{1,3}}\s+|GE\.\d{{2}}-\d{{4,6}}(?:\s*\(\w\))?\s+)?({SYMBOL.pattern})(?:\s+\d{{1,3}})?\s*$"
)
# A photo credit or caption glued to the next sentence by copying from a web page:
# "© UN Photo/Jean-Marc FerréThe Special Rapporteur", "Photo: OHCHRThe Commission"
_GLUED_CAPTION = re.compile(
    r"((?:©|\(c\)|Photo\s*:|Foto\s*:|Crédit\s*:|Credit\s*:)[^\n]{0,120}?[a-zà-ÿ)])(?=[A-ZÀ-Ý][a-zà-ÿ])"
)


def to_lines(text: str, markdown: bool) -> list[Line]:
    """The lines of ``text``; pages are separated by form feeds, as ``reading.pdf_text`` writes them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = split_captions(text)
    if markdown:
        text = text.replace("****", "**\n\n**")  # two bold lines glued together by the conversion
    result = []
    pages = text.split("\f")
    for page in pages:
        page_lines = page.split("\n")
        filled = [i for i, raw in enumerate(page_lines) if raw.strip()]
        edges = {filled[0], filled[-1]} if len(pages) > 1 and filled else set()
        for position, raw in enumerate(page_lines):
            result.append(_line(raw, markdown, position in edges))
    return result


def _line(raw: str, markdown: bool, page_edge: bool) -> Line:
    level = 0
    if markdown:
        # a superscript footnote marker is kept between private-use characters, for footnotes.py
        raw = _SUP.sub(lambda m: f"\ue000{m.group(1)}\ue001", raw)
        found = _MD_HEADING.match(raw)
        if found:
            level, raw = len(found.group(1)), found.group(2)
        raw = raw.replace("**", "").replace("<i>", "").replace("</i>", "").replace("\\*", "*")
        raw = re.sub(r"\\([\[\]()_#.-])", r"\1", raw)
        raw = re.sub(r"(?<![\w*])\*(\S[^*]*?)\*(?![\w*])", r"\1", raw)  # *emphasis*
    raw = _PAGE_LABEL.sub("", raw)
    raw = _SPACED_NUMBER.sub(r"\1.", raw)
    raw = _GLUED_NUMBER.sub(r"\1. ", raw)
    raw = _GLUED_HEADING.sub(r"\1. ", raw)
    return Line(raw.rstrip(), heading_level=level, page_edge=page_edge)


def split_captions(text: str) -> str:
    """Photo credits and captions of web pages put on a line of their own, apart from the next sentence.

    >>> split_captions("© UN Photo/Jean-Marc FerréThe Special Rapporteur met the Commission.")
    '© UN Photo/Jean-Marc Ferré\\nThe Special Rapporteur met the Commission.'
    """
    return _GLUED_CAPTION.sub(lambda found: found.group(1) + "\n", text)


def header_symbol(text: str) -> str | None:
    """The symbol of a page header or footer line, alone or with a job or page number.

    >>> header_symbol("GE.14-24717 A/HRC/28/31"), header_symbol("A/HRC/28/31 was adopted")
    ('A/HRC/28/31', None)
    """
    found = _SYMBOL_FURNITURE.match(text)
    return found.group(1) if found else None


_ITEMS = r"(\d{1,2}(?:\s*(?:,|and|et|y|和|、)\s*\d{1,2})*)"
#: A document's agenda items, in its four languages: "Agenda items 2 and 3", "Point 2 de l'ordre du jour", "Tema 2 de
#: la agenda", "议程项目 2"; the numbers are the groups that matched.
AGENDA = re.compile(
    rf"Agenda items?\s+{_ITEMS}|Points?\s+{_ITEMS}\s+de l['’]ordre du jour|"
    rf"Temas?\s+{_ITEMS}\s+(?:de la agenda|del (?:programa|orden del día))|议程项目\s*{_ITEMS}",
    re.I,
)


def page_symbol(lines: list[Line]) -> str | None:
    """The symbol printed as a page header: a line holding only a symbol (or a symbol and a job or
    page number), seen most often, and more often than all other such lines together. A table or list
    of documents prints a lone symbol on each row, one of them perhaps on several rows (the report that
    holds several deliberations): those are citations, and none of them is a page header.

    >>> rows = "Deliberation 2\\nA/HRC/22/44\\nDeliberation 3\\nE/CN.4/1993/24\\nDeliberation 4\\nE/CN.4/1993/24\\n"
    >>> page_symbol(to_lines(rows + "Deliberation 5\\nE/CN.4/2006/7\\n", markdown=False)) is None
    True
    """
    counts = Counter(found for line in lines if (found := header_symbol(line.text.strip())))
    if not counts:
        return None
    symbol, seen = counts.most_common(1)[0]
    return symbol if seen >= 2 and seen > sum(counts.values()) - seen else None


def masthead_symbol(lines: list[Line], symbol: str | None) -> int | None:
    """The index of the line of the front page that prints the document's own ``symbol`` alone, in its masthead
    ("United Nations" / "A/HRC/46/21" / "General Assembly"): a line a reader sees, not a page header. It comes
    before the first line of text (a sentence or a long line).

    >>> masthead_symbol(to_lines("United Nations\\nCED/C/22/2\\nDistr.: General\\n", markdown=False), "CED/C/22/2")
    1
    >>> masthead_symbol(to_lines("The Committee met.\\nCED/C/22/2\\n", markdown=False), "CED/C/22/2")
    """
    if not symbol:
        return None
    after_agenda = False
    for index, line in enumerate(lines[:80]):
        stripped = line.text.strip()
        if stripped == symbol:
            return index
        # a cover may print the agenda item's title, long but no sentence, above the masthead's symbol
        titled = after_agenda and not stripped.endswith((".", "。"))
        if width(stripped) > 100 and not titled or stripped.endswith((".", "。")) and len(stripped.split()) >= 3:
            return None
        after_agenda = bool(AGENDA.fullmatch(stripped)) if stripped else after_agenda
    return None


def furniture(lines: list[Line], symbol: str | None) -> set[int]:
    """Indexes of page headers and footers: the symbol (but not the masthead's), job numbers, bar codes, and page
    numbers next to one of those or at the edge of a PDF page (a lone number elsewhere may be a
    Chinese footnote marker)."""
    strong = set()
    masthead = masthead_symbol(lines, symbol)
    for index, line in enumerate(lines):
        stripped = line.text.strip()
        if index == masthead:
            continue
        if stripped and (
            (symbol and header_symbol(stripped) == symbol)
            or _JOB_NUMBER.match(stripped)
            or (_BARCODE.match(stripped) and not _COMPACT_DATE.match(stripped))
            or _MD_RULE.match(stripped)
        ):
            strong.add(index)
    result = set(strong)
    for index, line in enumerate(lines):
        if line.heading_level or not _PAGE_NUMBER.match(line.text.strip() or "x"):
            continue
        near = [i for i in range(index - 3, index + 4) if i in strong]
        if near or line.page_edge:
            result.add(index)
    return result


# -- measuring lines ------------------------------------------------------------------
def width(text: str) -> int:
    """Printed width: a Chinese character is as wide as two Latin ones."""
    return len(text) + len(re.findall(rf"[{CJK}]", text))


def standalone(lines: list[Line], index: int) -> bool:
    """Whether line ``index`` has a blank line (or the edge of the text) above and below."""
    before = index == 0 or lines[index - 1].blank
    after = index + 1 >= len(lines) or lines[index + 1].blank
    return before and after


def word_counts(lines: list[Line]) -> Counter:
    """How often each word (case-folded) and number occurs: what tells a word from a word with
    a marker glued to it, and a hyphenated word from a compound."""
    return Counter(word.casefold() for line in lines for word in re.findall(r"[^\W\d_]+|\d+", line.text))
