"""The blocks of a document as they are collected: :class:`Paragraph` (one citable unit) and
:class:`Builder`, which gathers the lines the reader of ``blocks`` hands it into paragraphs, with
locators that match how people cite them ("para. 12", "annex II, short-term 3", "annex III,
para. 2", "summary", "heading: Objectives").

>>> build = Builder(Counter(), wrapped=False)
>>> build.start_annex("2", "Workplan")
>>> build.start_numbered(1, "The Council met.")
>>> build.flush()
>>> [(p.locator, p.text) for p in build.paragraphs]
[('annex II, para. 1', 'The Council met.')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from loaders.documents.headings import (
    CHINESE_HEADING,
    FEED_LINE,
    IMPRINT_LINE,
    LETTER_HEADING,
    LETTERHEAD_LINE,
    NUMBER_HEADING,
    ROMAN_HEADING,
    SERIES_LINE,
    SUMMARY,
    finished,
    heading_text,
)
from loaders.documents.joining import join
from loaders.documents.lines import Line
from loaders.documents.organs import (
    ECONOMIC_AND_SOCIAL_COUNCIL,
    GENERAL_ASSEMBLY,
    SECURITY_COUNCIL,
    UNITED_NATIONS,
    alternation,
)

__all__ = ["Paragraph", "Builder", "PARAGRAPH_START", "ANNEX", "TERM", "MASTHEAD", "NUMBERED_HEADING"]


@dataclass
class Paragraph:
    """One citable unit: a numbered paragraph, a block of unnumbered text, an item, a footnote, a
    UN document's masthead line ("United Nations", "General Assembly": kind ``masthead``, names no body)."""

    locator: str
    kind: str
    text: str
    number: str | None = None
    annex: str | None = None
    section: str | None = None
    footnotes: list[str] = field(default_factory=list)  # locators of the footnotes it calls
    implementation: str | None = None  # workplan items: the "Implementation:" text
    term: str | None = None  # workplan items: short, mid, long
    id: str | None = None  # set when the paragraph is planned for the graph


PARAGRAPH_START = re.compile(r"^\s*(\d{1,3})\.\s+(\S.*)$")
ANNEX = re.compile(
    r"^(?:Annex|Annexe|ANNEX|ANNEXE)\s+([IVXLC]+|\d+)\b\.?\s*(.*)$"
    r"|^附件([一二三四五六七八九十]+)\s*$"
)
TERM = re.compile(r"\b(short|medium|mid|long)[\s-]*term\b", re.I)
TERMS = {"short": "short", "medium": "mid", "mid": "mid", "long": "long"}
_CHINESE_NUMERALS = "一二三四五六七八九十"


def _roman(text: str) -> str:
    """An annex number as a Roman numeral: "2" and "二" are "II"."""
    if text.isdigit():
        return _to_roman(int(text))
    if text[0] in _CHINESE_NUMERALS:
        last = _CHINESE_NUMERALS.index(text[-1]) + 1
        return _to_roman(last if len(text) == 1 else 10 + last % 11)
    return text


def _to_roman(value: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    result = ""
    for amount, numeral in numerals:
        while value >= amount:
            result, value = result + numeral, value - amount
    return result


class Builder:
    """Collects lines into paragraphs as the body is read from top to bottom."""

    def __init__(self, words: Counter, wrapped: bool, keep_head: bool = False, keep_alone: bool = False):
        self.words = words
        # a web page's or press release's title, byline, date and "speaker / occasion" lines are
        # read as headings; in a document without numbered paragraphs, those of its head (before
        # its first finished sentence) are also kept as blocks, so that the bodies they name are found
        self.keep_head = keep_head
        # a numbered report copied from the web prints its header one line a block ("Consejo de
        # Derechos Humanos", "47º período de sesiones", "Tema 2 de la agenda") before paragraph 1:
        # those lines, standing alone, are kept as blocks too (a markdown file marks its headings)
        self.keep_alone = keep_alone
        self.chinese = False  # the text is Chinese (set by ``segment``)
        self.marked = False  # a markdown file: its headings are marked up (set by ``segment``)
        self.head = True
        self.wrapped = wrapped  # lines cut at a page width: a line may end mid-sentence
        self.paragraphs: list[Paragraph] = []
        self.headings: list[str] = []
        self.annexes: list[str] = []
        self.annex: str | None = None
        self.heading: str | None = None
        self.section: str | None = None
        self.numbered = False  # the current block is a numbered paragraph
        self.expected = 1  # the next paragraph number in this part of the document
        self.term: str | None = None  # in a workplan annex, the current term
        self.items = Counter()
        self.parts: list[str] = []  # a block is open while ``parts`` holds lines
        self.markers: list[str] = []
        self.pending: dict = {}
        self.implementation: list[str] | None = None
        self.unnumbered = Counter()

    def flush(self) -> None:
        """Close the open block: it becomes a paragraph, or gives its footnote markers to the last one."""
        if self.implementation is not None and self.pending.get("kind") != "annex_item":
            self.parts += self.implementation
            self.implementation = None
        text = join(self.parts, self.words)
        kind = self.pending.get("kind", "text")
        if kind == "text" and any(line.match(text) for line in (SERIES_LINE, IMPRINT_LINE, LETTERHEAD_LINE, FEED_LINE)):
            kind = "masthead"  # a report's cover: the series it is printed in, its publisher; a letterhead; a feed
        if text and kind != "masthead" and (kind != "text" or finished(text)):
            self.head = False  # the head ends at the first finished sentence or numbered block
        if text:
            locator = self.pending.get("locator") or self._unnumbered_locator()
            implementation = None
            if self.implementation is not None:
                implementation = join(self.implementation, self.words)
                text = f"{text} Implementation: {implementation}" if implementation else text
            self.paragraphs.append(
                Paragraph(
                    locator=locator,
                    kind=kind,
                    text=text,
                    number=self.pending.get("number"),
                    annex=self.annex,
                    section=self.section,
                    footnotes=list(self.markers),
                    implementation=implementation,
                    term=self.pending.get("term"),
                )
            )
            self.markers = []
        elif self.markers and self.paragraphs:
            self.paragraphs[-1].footnotes += self.markers
            self.markers = []
        self.parts, self.pending, self.implementation, self.numbered = [], {}, None, False

    def _unnumbered_locator(self) -> str:
        prefix = f"annex {self.annex}, " if self.annex else ""
        if self.heading and SUMMARY.match(self.heading):
            base = "summary"
        elif self.annex and not self.heading:
            base = f"{prefix}introduction"
        elif self.heading:
            base = f"{prefix}heading: {self.heading}"
        else:
            base = f"{prefix}introduction" if self.annex else "front matter"
        return self._count(base)

    def _count(self, base: str) -> str:
        """``base``, numbered from its second use on: "heading: Objectives (2)"."""
        self.unnumbered[base] += 1
        count = self.unnumbered[base]
        return base if count == 1 else f"{base} ({count})"

    def start_annex(self, number: str, title: str) -> None:
        self.flush()
        self.annex = _roman(number)
        self.annexes.append(self.annex)
        self.heading = None
        self.section = f"Annex {self.annex}" + (f" {title}" if title else "")
        self.expected, self.term = 1, None

    def add_heading(self, text: str, alone: bool = False) -> None:
        """A heading; ``alone``: it stands alone between blank lines, not marked up as a heading."""
        self.flush()
        text = text.strip()
        if self.keep_alone and (SUMMARY.match(heading_text(text)) or NUMBERED_HEADING.match(text)):
            self.head = False  # the header is over where the summary or the first numbered section starts
        # a Chinese web page's headings are short phrases naming what the section is about
        # ("非政府组织和国家人权机构的参与"): they are blocks of their own all through the page
        heading_block = self.keep_head and self.chinese
        in_head = (self.keep_head or alone and self.keep_alone) and self.head or heading_block
        # after the head, a line standing alone is a block of its own too, wherever it stands: a heading
        # ("I. Introduction", "Histoire"), a byline, a salutation, a release number: "line: I. Introduction"
        # (the text under it keeps its locator, "heading: I. Introduction"). A markdown file marks its headings:
        # there a line standing alone is text.
        if (in_head or alone and not self.marked) and not self.annex:
            # the masthead is kept as a block of its own kind, which names no body
            self.pending = {"kind": "masthead"} if MASTHEAD.match(heading_text(text)) else {}
            if not in_head:
                self.pending["locator"] = self._count(f"line: {text}")
            self.parts = [text]
            self.flush()
        self.headings.append(text)
        self.heading = text
        self.section = f"Annex {self.annex}: {text}" if self.annex else text
        term = TERM.search(text)
        if self.annex and term and len(text) < 80:
            self.term = TERMS[term.group(1).lower()]

    def start_numbered(self, number: int, first: str) -> None:
        self.flush()
        prefix = f"annex {self.annex}, " if self.annex else ""
        self.pending = {"kind": "paragraph", "locator": f"{prefix}para. {number}", "number": str(number)}
        self.numbered, self.expected = True, number + 1
        self.parts = [first]

    def add(self, line: Line) -> None:
        if self.term and not self.parts and not line.blank and self.implementation is None:
            self.items[self.term] += 1
            number = self.items[self.term]
            self.pending = {
                "kind": "annex_item",
                "locator": f"annex {self.annex}, {self.term}-term {number}",
                "number": str(number),
                "term": self.term,
            }
        self.parts.append(line.text)
        self.markers += line.markers


# The masthead of a UN document ("United Nations", "General Assembly" over its symbol): the series
# it belongs to, not a body its text names. A bilingual page prints it in two languages on one line
# ("General Assembly 大 会").
_SERIES = alternation(UNITED_NATIONS, GENERAL_ASSEMBLY, SECURITY_COUNCIL, ECONOMIC_AND_SOCIAL_COUNCIL, spaced=True)
MASTHEAD = re.compile(rf"^{_SERIES}(?:\s+{_SERIES})?$", re.I)


NUMBERED_HEADING = re.compile(
    "|".join(pattern.pattern for pattern in (ROMAN_HEADING, LETTER_HEADING, CHINESE_HEADING, NUMBER_HEADING))
)
